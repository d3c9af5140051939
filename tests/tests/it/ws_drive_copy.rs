//! Folder copy over HTTP against the real server: everything live below the folder
//! is copied in one go (trashed items are not), the copies share the originals'
//! blobs and outlive them, the whole copy is charged against the quota before
//! anything is stored, a taken name is a 409 naming it, and a folder cannot be
//! copied into itself or by someone who cannot see it.

use reqwest::Method;
use serde_json::{Value, json};
use ws_tests::TestServer;
use ws_tests::workspace::{WsApi, org_id, token_for};

/// Creates folder `name` in `parent` (My Drive when `None`); returns its id.
async fn mkdir(api: &WsApi, parent: Option<&str>, name: &str) -> String {
    let r = api
        .post(
            "/drive/folders",
            &json!({"name": name, "parent_id": parent}),
        )
        .await;
    assert_eq!(r.status, 201, "{r:?}");
    r.body["id"].as_str().unwrap().to_owned()
}

/// Uploads `data` as `name` into `parent`; returns the item.
async fn put(api: &WsApi, parent: &str, name: &str, data: &'static [u8]) -> Value {
    let path = format!("/drive/content?name={name}&parent={parent}");
    let r = api.send(api.request(Method::PUT, &path).body(data)).await;
    assert_eq!(r.status, 201, "{r:?}");
    r.body
}

/// Names of the live children of `parent` (My Drive when `None`), with their kinds.
async fn children(api: &WsApi, parent: Option<&str>) -> Vec<(String, String)> {
    let path = match parent {
        Some(p) => format!("/drive/files?parent={p}"),
        None => "/drive/files".to_owned(),
    };
    let r = api.get(&path).await;
    assert_eq!(r.status, 200, "{r:?}");
    let mut out: Vec<(String, String)> = r.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["name"].as_str().unwrap().into(),
                i["id"].as_str().unwrap().into(),
            )
        })
        .collect();
    out.sort();
    out
}

async fn content(api: &WsApi, id: &str) -> Vec<u8> {
    let resp = api
        .request(Method::GET, &format!("/drive/files/{id}/content"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    resp.bytes().await.unwrap().to_vec()
}

async fn used(api: &WsApi) -> u64 {
    api.get("/drive/quota").await.body["used"].as_u64().unwrap()
}

/// `photos/{a.txt, 2024/{b.txt, trashed c.txt}}` in alice's My Drive; returns
/// (photos id, 2024 id, a.txt item).
async fn photos(alice: &WsApi) -> (String, String, Value) {
    let photos = mkdir(alice, None, "photos").await;
    let year = mkdir(alice, Some(&photos), "2024").await;
    let a = put(alice, &photos, "a.txt", b"alpha").await;
    put(alice, &year, "b.txt", b"beta!!").await;
    let c = put(alice, &year, "c.txt", b"trashed").await;
    let trashed = alice
        .post(
            &format!("/drive/files/{}/trash", c["id"].as_str().unwrap()),
            &json!({}),
        )
        .await;
    assert_eq!(trashed.status, 200, "{trashed:?}");
    (photos, year, a)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_folder_copy_repeats_the_live_tree_and_shares_blobs() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let (photos, _, a) = photos(&alice).await;
    let before = used(&alice).await;

    let r = alice
        .post(
            &format!("/drive/files/{photos}/copy"),
            &json!({"name": "backup"}),
        )
        .await;
    assert_eq!(r.status, 201, "{r:?}");
    assert_eq!(
        (r.body["name"].as_str(), r.body["kind"].as_str()),
        (Some("backup"), Some("folder"))
    );
    let backup = r.body["id"].as_str().unwrap().to_owned();
    assert_ne!(backup, photos);

    let top = children(&alice, Some(&backup)).await;
    let names: Vec<&str> = top.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["2024", "a.txt"]);
    let year_copy = &top[0].1;
    let below = children(&alice, Some(year_copy)).await;
    assert_eq!(
        below.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
        ["b.txt"],
        "the trashed c.txt is not copied"
    );
    let a_copy = &top[1].1;
    let info = alice.get(&format!("/drive/files/{a_copy}")).await;
    assert_eq!(info.body["sha256"], a["sha256"]);
    assert_eq!(content(&alice, a_copy).await, b"alpha");
    // The live bytes were charged again (5 + 6), the trashed file's were not.
    assert_eq!(used(&alice).await, before + 11);

    // The copies outlive the originals: they name the same blobs.
    assert_eq!(
        alice.delete(&format!("/drive/files/{photos}")).await.status,
        204
    );
    assert_eq!(content(&alice, &below[0].1).await, b"beta!!");
    assert_eq!(content(&alice, a_copy).await, b"alpha");

    let audit = alice.get("/audit?action=drive.copy").await;
    let entry = &audit.body["items"][0];
    assert_eq!(
        (entry["target"].as_str(), entry["outcome"].as_str()),
        (Some(format!("item:{photos}").as_str()), Some("ok")),
        "{audit:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_folder_copy_is_refused_whole_when_it_cannot_be_done() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let (photos, year, _) = photos(&alice).await;
    mkdir(&alice, None, "taken").await;
    let root_before = children(&alice, None).await;
    let used_before = used(&alice).await;
    let copy = |body: Value| {
        let alice = alice.clone();
        let photos = photos.clone();
        async move {
            alice
                .post(&format!("/drive/files/{photos}/copy"), &body)
                .await
        }
    };

    let r = copy(json!({"name": "taken"})).await;
    assert_eq!((r.status, r.code()), (409, "conflict"), "{r:?}");
    assert!(
        r.body["message"].as_str().unwrap().contains("'taken'"),
        "{r:?}"
    );
    // Same folder, same name.
    let r = copy(json!({})).await;
    assert_eq!(r.status, 409, "{r:?}");
    assert!(
        r.body["message"].as_str().unwrap().contains("'photos'"),
        "{r:?}"
    );

    for parent in [&photos, &year] {
        let r = copy(json!({"parent_id": parent, "name": "loop"})).await;
        assert_eq!((r.status, r.code()), (400, "invalid_argument"), "{r:?}");
        assert!(
            r.body["message"].as_str().unwrap().starts_with("parent_id"),
            "{r:?}"
        );
    }
    let r = copy(json!({"name": "bad/name"})).await;
    assert_eq!(r.status, 400, "{r:?}");
    assert!(
        r.body["message"].as_str().unwrap().starts_with("name"),
        "{r:?}"
    );

    // 11 live bytes to copy; one byte short of room refuses the whole copy.
    let store = server.store().await;
    let acme = org_id(&server, "Acme Corp");
    let limit = i64::try_from(used_before + 10).unwrap();
    store.ws_drive.set_quota(&acme, limit).await.unwrap();
    let r = copy(json!({"name": "too-big"})).await;
    assert_eq!((r.status, r.code()), (413, "too_large"), "{r:?}");
    assert!(
        r.body["message"].as_str().unwrap().contains("11 bytes"),
        "{r:?}"
    );
    assert_eq!(
        children(&alice, None).await,
        root_before,
        "nothing half-copied"
    );
    assert_eq!(used(&alice).await, used_before);
    store.ws_drive.set_quota(&acme, limit + 1).await.unwrap();
    assert_eq!(copy(json!({"name": "fits"})).await.status, 201);

    // Bob (same org, nothing shared) cannot see the folder, so cannot copy it.
    let bob = WsApi::new(&server, &token_for(&server, "bob").await);
    let r = bob
        .post(&format!("/drive/files/{photos}/copy"), &json!({}))
        .await;
    assert_eq!(r.status, 404, "{r:?}");
}
