//! Drive over HTTP against the real server: streaming and resumable uploads,
//! downloads with `Range`/`ETag`, bad input (names, ranges, digests, quota), the
//! rule for two uploads of one name, folder sharing, and an upload that survives a
//! server restart without ever showing a partial file.

use bytes::Bytes;
use reqwest::Method;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use ws_tests::workspace::{WsApi, org_id, token_for, user_id};
use ws_tests::{TestOptions, TestServer};

fn sha(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

/// `PUT /drive/content` of `data` as `name` into My Drive.
async fn put(api: &WsApi, name: &str, data: &'static [u8]) -> ws_tests::workspace::Reply {
    let path = format!("/drive/content?name={}", urlencode(name));
    api.send(api.request(Method::PUT, &path).body(data)).await
}

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// Names in My Drive.
async fn root_names(api: &WsApi) -> Vec<String> {
    let list = api.get("/drive/files").await;
    assert_eq!(list.status, 200, "{list:?}");
    list.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap().to_owned())
        .collect()
}

/// Raw download: status, headers, bytes.
async fn download(
    api: &WsApi,
    id: &str,
    headers: &[(&str, &str)],
) -> (u16, reqwest::header::HeaderMap, Bytes) {
    let mut req = api.request(Method::GET, &format!("/drive/files/{id}/content"));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let resp = req.send().await.unwrap();
    let (status, h) = (resp.status().as_u16(), resp.headers().clone());
    (status, h, resp.bytes().await.unwrap())
}

async fn chunk(
    api: &WsApi,
    sid: &str,
    range: &str,
    data: &'static [u8],
) -> ws_tests::workspace::Reply {
    let req = api
        .request(Method::PUT, &format!("/drive/uploads/{sid}"))
        .header("content-range", range)
        .body(data);
    api.send(req).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn streaming_upload_then_ranged_and_conditional_downloads() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let up = put(&alice, "hello.txt", b"hello world").await;
    assert_eq!(up.status, 201, "{up:?}");
    assert_eq!(up.body["sha256"], sha(b"hello world"));
    assert_eq!(up.body["content_type"], "text/plain");
    assert_eq!(up.body["size"], 11);
    let id = up.body["id"].as_str().unwrap().to_owned();
    assert_eq!(root_names(&alice).await, ["hello.txt"]);

    let (status, h, body) = download(&alice, &id, &[]).await;
    assert_eq!((status, &body[..]), (200, &b"hello world"[..]));
    let etag = h["etag"].to_str().unwrap().to_owned();
    assert_eq!(etag, format!("\"{}\"", sha(b"hello world")));
    assert_eq!(h["accept-ranges"], "bytes");

    let (status, _, body) = download(&alice, &id, &[("if-none-match", &etag)]).await;
    assert_eq!((status, body.len()), (304, 0));
    let (status, h, body) = download(&alice, &id, &[("range", "bytes=6-")]).await;
    assert_eq!((status, &body[..]), (206, &b"world"[..]));
    assert_eq!(h["content-range"], "bytes 6-10/11");
    let (status, _, body) = download(&alice, &id, &[("range", "bytes=-3")]).await;
    assert_eq!((status, &body[..]), (206, &b"rld"[..]));
    // A suffix longer than the file selects all of it (RFC 9110 §14.1.2).
    let (status, h, body) = download(&alice, &id, &[("range", "bytes=-100")]).await;
    assert_eq!((status, &body[..]), (206, &b"hello world"[..]));
    assert_eq!(h["content-range"], "bytes 0-10/11");
    for bad in ["bytes=11-", "bytes=100-200", "bytes=5-2"] {
        let (status, h, body) = download(&alice, &id, &[("range", bad)]).await;
        assert_eq!(status, 416, "{bad}");
        assert_eq!(h["content-range"], "bytes */11", "{bad}");
        let err: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(err["code"], "range_not_satisfiable");
    }

    // Uploads are audited with what was stored.
    let audit = alice.get("/audit?action=drive.upload").await;
    assert_eq!(audit.status, 200, "{audit:?}");
    let entry = &audit.body["items"][0];
    assert_eq!(entry["target"], format!("file:{id}"));
    assert_eq!(entry["detail"]["sha256"], sha(b"hello world"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resumable_session_commits_only_a_verified_whole_file() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let open = |name: &str| json!({"name": name, "size": 10});
    let s = alice.post("/drive/uploads", &open("ten.bin")).await;
    assert_eq!(s.status, 201, "{s:?}");
    let sid = s.body["id"].as_str().unwrap().to_owned();

    let c = chunk(&alice, &sid, "bytes 0-3/10", b"0123").await;
    assert_eq!(
        (c.status, c.body["committed"].clone()),
        (200, json!(4)),
        "{c:?}"
    );
    assert_eq!(
        alice.get(&format!("/drive/uploads/{sid}")).await.body["committed"],
        4
    );
    // Not at the committed offset: 409 saying where to continue.
    let c = chunk(&alice, &sid, "bytes 2-5/10", b"2345").await;
    assert_eq!(c.status, 409, "{c:?}");
    assert!(
        c.body["message"]
            .as_str()
            .unwrap()
            .contains("holds 4 bytes"),
        "{c:?}"
    );
    // Malformed or inconsistent Content-Range: 400 naming the header.
    for (range, why) in [
        ("bytes 4-9/11", "size"),
        ("items 4-9/10", "bytes"),
        ("bytes 4-10/10", "below the size"),
    ] {
        let c = chunk(&alice, &sid, range, b"456789").await;
        assert_eq!(
            (c.status, c.code()),
            (400, "invalid_argument"),
            "{range}: {c:?}"
        );
        let msg = c.body["message"].as_str().unwrap();
        assert!(
            msg.contains("Content-Range") && msg.contains(why),
            "{range}: {msg}"
        );
    }
    // A body shorter than its Content-Range: 400 saying so, and nothing of it kept.
    let short = chunk(&alice, &sid, "bytes 4-9/10", b"456").await;
    assert_eq!(
        (short.status, short.code()),
        (400, "invalid_argument"),
        "{short:?}"
    );
    let msg = short.body["message"].as_str().unwrap();
    assert!(
        msg.contains("Content-Range") && msg.contains("ended after 3"),
        "{msg}"
    );
    let held = alice.get(&format!("/drive/uploads/{sid}")).await;
    assert_eq!(held.body["committed"], 4, "{held:?}");
    // Finishing early is refused.
    let early = alice
        .post(
            &format!("/drive/uploads/{sid}/finish"),
            &json!({"sha256": sha(b"0123456789")}),
        )
        .await;
    assert_eq!(early.status, 409, "{early:?}");
    assert_eq!(
        chunk(&alice, &sid, "bytes 4-9/10", b"456789").await.body["committed"],
        10
    );

    // A wrong digest: 400 naming sha256, and nothing becomes visible.
    let wrong = alice
        .post(
            &format!("/drive/uploads/{sid}/finish"),
            &json!({"sha256": sha(b"something else")}),
        )
        .await;
    assert_eq!(
        (wrong.status, wrong.code()),
        (400, "invalid_argument"),
        "{wrong:?}"
    );
    assert!(
        wrong.body["message"]
            .as_str()
            .unwrap()
            .starts_with("sha256"),
        "{wrong:?}"
    );
    assert!(root_names(&alice).await.is_empty());
    assert_eq!(
        alice.get(&format!("/drive/uploads/{sid}")).await.status,
        404
    );
    let bad_hex = alice.post("/drive/uploads", &open("x.bin")).await.body["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let r = alice
        .post(
            &format!("/drive/uploads/{bad_hex}/finish"),
            &json!({"sha256": "XYZ"}),
        )
        .await;
    assert_eq!(r.status, 400, "{r:?}");

    // The right digest commits the file.
    let s = alice.post("/drive/uploads", &open("ten.bin")).await;
    let sid = s.body["id"].as_str().unwrap().to_owned();
    chunk(&alice, &sid, "bytes 0-9/10", b"0123456789").await;
    let done = alice
        .post(
            &format!("/drive/uploads/{sid}/finish"),
            &json!({"sha256": sha(b"0123456789")}),
        )
        .await;
    assert_eq!(done.status, 201, "{done:?}");
    assert_eq!(root_names(&alice).await, ["ten.bin"]);
    // Another user cannot see or drive someone's session.
    let bob = WsApi::new(&server, &token_for(&server, "bob").await);
    assert_eq!(
        bob.get(&format!("/drive/uploads/{bad_hex}")).await.status,
        404
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unsafe_names_are_refused_naming_the_field_and_store_nothing() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let long = "x".repeat(256);
    for name in [
        "..",
        "../etc/passwd",
        "a/b",
        "a\\b",
        "bell\u{7}",
        "line\nbreak",
        "",
        "   ",
        long.as_str(),
    ] {
        let r = put(&alice, name, b"data").await;
        assert_eq!(
            (r.status, r.code()),
            (400, "invalid_argument"),
            "{name:?}: {r:?}"
        );
        assert!(
            r.body["message"].as_str().unwrap().starts_with("name"),
            "{name:?}: {r:?}"
        );
        let f = alice.post("/drive/folders", &json!({"name": name})).await;
        assert_eq!(f.status, 400, "{name:?}: {f:?}");
        let s = alice
            .post("/drive/uploads", &json!({"name": name, "size": 1}))
            .await;
        assert_eq!(s.status, 400, "{name:?}: {s:?}");
    }
    assert!(root_names(&alice).await.is_empty());
    let staged = ws_tests::s3::blobs_of(&server.data_dir).list_staged().await;
    assert_eq!(staged.unwrap(), [], "no staged bytes left behind");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_uploads_of_one_name_first_commit_wins() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    // Two sessions for one name: whichever finishes first wins, the other gets 409.
    let mut sids = Vec::new();
    for _ in 0..2 {
        let s = alice
            .post("/drive/uploads", &json!({"name": "same.txt", "size": 3}))
            .await;
        assert_eq!(s.status, 201, "{s:?}");
        sids.push(s.body["id"].as_str().unwrap().to_owned());
    }
    chunk(&alice, &sids[0], "bytes 0-2/3", b"one").await;
    chunk(&alice, &sids[1], "bytes 0-2/3", b"two").await;
    let second = alice
        .post(
            &format!("/drive/uploads/{}/finish", sids[1]),
            &json!({"sha256": sha(b"two")}),
        )
        .await;
    assert_eq!(second.status, 201, "{second:?}");
    let first = alice
        .post(
            &format!("/drive/uploads/{}/finish", sids[0]),
            &json!({"sha256": sha(b"one")}),
        )
        .await;
    assert_eq!((first.status, first.code()), (409, "conflict"), "{first:?}");
    let id = second.body["id"].as_str().unwrap();
    assert_eq!(&download(&alice, id, &[]).await.2[..], b"two");

    // Two streaming PUTs at once: exactly one 201, the other 409, and the file
    // holds the winner's bytes.
    let (a, b) = tokio::join!(
        put(&alice, "race.txt", b"aaaa"),
        put(&alice, "race.txt", b"bbbb")
    );
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses, [201, 409], "{a:?} {b:?}");
    let (winner, want) = if a.status == 201 {
        (&a, &b"aaaa"[..])
    } else {
        (&b, &b"bbbb"[..])
    };
    assert_eq!(
        &download(&alice, winner.body["id"].as_str().unwrap(), &[])
            .await
            .2[..],
        want
    );
    // With overwrite the last commit wins and the file keeps its id.
    let over = alice
        .send(
            alice
                .request(Method::PUT, "/drive/content?name=race.txt&overwrite=true")
                .body("cccc"),
        )
        .await;
    assert_eq!(
        (over.status, &over.body["id"]),
        (201, &winner.body["id"]),
        "{over:?}"
    );
    assert_eq!(
        &download(&alice, winner.body["id"].as_str().unwrap(), &[])
            .await
            .2[..],
        b"cccc"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quota_refuses_before_writing() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let acme = org_id(&server, "Acme Corp");
    let store = server.store().await;
    store.ws_drive.set_quota(&acme, 100).await.unwrap();
    assert_eq!(put(&alice, "small.txt", &[b'x'; 60]).await.status, 201);

    let s = alice
        .post("/drive/uploads", &json!({"name": "big.bin", "size": 41}))
        .await;
    assert_eq!((s.status, s.code()), (413, "too_large"), "{s:?}");
    assert!(
        s.body["message"].as_str().unwrap().starts_with("size"),
        "{s:?}"
    );
    let r = put(&alice, "big.bin", &[b'y'; 41]).await;
    assert_eq!((r.status, r.code()), (413, "too_large"), "{r:?}");
    assert_eq!(root_names(&alice).await, ["small.txt"]);
    let blobs = ws_tests::s3::blobs_of(&server.data_dir);
    assert_eq!(blobs.list_staged().await.unwrap(), []);
    let q = alice.get("/drive/quota").await;
    assert_eq!(
        (q.body["used"].clone(), q.body["limit"].clone()),
        (json!(60), json!(100)),
        "{q:?}"
    );
    // Globex's quota is its own.
    let charlie = WsApi::new(&server, &token_for(&server, "charlie").await);
    assert_eq!(charlie.get("/drive/quota").await.body["used"], 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shared_folder_shares_its_files_and_nothing_leaks_across_orgs() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let bob = WsApi::new(&server, &token_for(&server, "bob").await);
    let charlie = WsApi::new(&server, &token_for(&server, "charlie").await);
    let folder = alice.post("/drive/folders", &json!({"name": "team"})).await;
    assert_eq!(folder.status, 201, "{folder:?}");
    let fid = folder.body["id"].as_str().unwrap().to_owned();
    let path = format!("/drive/content?name=plan.md&parent={fid}");
    let file = alice
        .send(alice.request(Method::PUT, &path).body("# plan"))
        .await;
    let id = file.body["id"].as_str().unwrap().to_owned();
    assert_eq!(file.body["content_type"], "text/markdown");

    assert_eq!(bob.get(&format!("/drive/files/{id}")).await.status, 404);
    let share = json!({"kind": "folder", "resource_id": fid, "grantee": {"type": "user", "id": user_id(&server, "bob")}, "role": "viewer"});
    let r = alice.post("/shares", &share).await;
    assert_eq!(r.status, 201, "{r:?}");
    assert_eq!(
        bob.get(&format!("/drive/files/{id}")).await.status,
        200,
        "inherited from the folder"
    );
    let shared = bob.get("/drive/files?shared=true").await;
    assert_eq!(shared.body["items"][0]["id"], fid, "{shared:?}");
    let bobs_path = format!("/drive/content?name=x.txt&parent={fid}");
    let write = bob
        .send(bob.request(Method::PUT, &bobs_path).body("x"))
        .await;
    assert_eq!(write.status, 403, "a viewer cannot write: {write:?}");
    // Moving into one's own subtree is refused.
    let r = alice
        .patch(&format!("/drive/files/{fid}"), &json!({"parent_id": fid}))
        .await;
    assert_eq!(r.status, 400, "{r:?}");

    // Globex sees nothing of it, and cannot tell it from a missing id.
    for path in [
        format!("/drive/files/{id}"),
        format!("/drive/files/{id}/content"),
        "/drive/files/0".to_owned(),
    ] {
        let r = charlie.get(&path).await;
        assert_eq!((r.status, r.code()), (404, "not_found"), "{path}: {r:?}");
    }
    assert!(
        charlie.get("/drive/files?shared=true").await.body["items"]
            .as_array()
            .unwrap()
            .is_empty()
    );

    // Trash hides, restore brings back.
    assert_eq!(
        alice
            .post(&format!("/drive/files/{fid}/trash"), &json!({}))
            .await
            .status,
        200
    );
    assert!(root_names(&alice).await.is_empty());
    let trash = alice.get("/drive/files?trashed=true").await;
    assert_eq!(trash.body["items"][0]["id"], fid, "{trash:?}");
    assert_eq!(
        alice
            .post(&format!("/drive/files/{fid}/restore"), &json!({}))
            .await
            .status,
        200
    );
    assert_eq!(root_names(&alice).await, ["team"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upload_survives_a_server_restart_and_is_never_half_visible() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let data: Vec<u8> = (0..3u32 << 20)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    let size = data.len();
    let s = alice
        .post(
            "/drive/uploads",
            &json!({"name": "restart.bin", "size": size}),
        )
        .await;
    let sid = s.body["id"].as_str().unwrap().to_owned();

    // A chunk whose connection breaks after 1 MiB: the server keeps what arrived.
    let first = Bytes::copy_from_slice(&data[..1 << 20]);
    let broken = futures::stream::iter(vec![Ok(first), Err(std::io::Error::other("cable pulled"))]);
    let req = alice
        .request(Method::PUT, &format!("/drive/uploads/{sid}"))
        .header("content-range", format!("bytes 0-{}/{size}", size - 1))
        .body(reqwest::Body::wrap_stream(broken));
    assert!(req.send().await.is_err(), "the client saw its request fail");
    let committed = wait_for_committed(&alice, &sid).await;
    assert_eq!(committed, 1 << 20);
    assert!(
        root_names(&alice).await.is_empty(),
        "nothing visible mid-upload"
    );

    let dir = server.stop().unwrap();
    let server = TestServer::start_with(TestOptions {
        demo: true,
        data_dir: Some(dir),
        ..TestOptions::default()
    })
    .await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    assert!(
        root_names(&alice).await.is_empty(),
        "nothing visible after the restart"
    );
    let again = alice.get(&format!("/drive/uploads/{sid}")).await;
    assert_eq!(again.body["committed"], 1 << 20, "{again:?}");
    let rest = Bytes::copy_from_slice(&data[1 << 20..]);
    let req = alice
        .request(Method::PUT, &format!("/drive/uploads/{sid}"))
        .header(
            "content-range",
            format!("bytes {}-{}/{size}", 1 << 20, size - 1),
        )
        .body(rest);
    assert_eq!(alice.send(req).await.body["committed"], size);
    let done = alice
        .post(
            &format!("/drive/uploads/{sid}/finish"),
            &json!({"sha256": sha(&data)}),
        )
        .await;
    assert_eq!(done.status, 201, "{done:?}");
    let (_, _, body) = download(&alice, done.body["id"].as_str().unwrap(), &[]).await;
    assert_eq!(sha(&body), sha(&data));
}

/// Waits (bounded) until the server has recorded the broken chunk's bytes.
async fn wait_for_committed(api: &WsApi, sid: &str) -> u64 {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let c = api.get(&format!("/drive/uploads/{sid}")).await.body["committed"]
            .as_u64()
            .unwrap();
        if c > 0 || std::time::Instant::now() > deadline {
            return c;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}
