//! `ws share add --link [--expires]` and `ws share link` of the real binary against
//! the real server (demo data): the printed URL downloads the file, byte for byte,
//! without signing in; a doc link opens the doc; a removed link is a 404.

use crate::util;

use util::Sandbox;
use util::drive::{file_sha, signed_in, write_big};
use ws_tests::TestServer;

fn json_of(sb: &Sandbox, args: &[&str]) -> serde_json::Value {
    let mut full = args.to_vec();
    full.extend(["-o", "json"]);
    let run = sb.run(&full, "");
    run.expect(0);
    run.json()
}

/// GETs `url` without any credentials; (status, body).
async fn anonymous_get(url: &str) -> (u16, Vec<u8>) {
    let resp = reqwest::get(url).await.unwrap();
    let status = resp.status().as_u16();
    (status, resp.bytes().await.unwrap().to_vec())
}

fn sha(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_file_link_downloads_the_file_without_signing_in_until_removed() {
    let server = TestServer::start_demo().await;
    let (sb, _api) = signed_in(&server, "alice").await;
    let big = sb.dir.path().join("report.bin");
    write_big(&big, 3);
    let want = file_sha(&big);

    let (sb, share, printed, no_link) = tokio::task::spawn_blocking(move || {
        sb.run(&["drive", "upload", big.to_str().unwrap(), "/"], "")
            .expect(0);
        // No link yet: exit 5, saying how to make one.
        let none = sb.run(&["share", "link", "--file", "/report.bin"], "");
        none.expect(5);
        // A date in the past is refused before anything is shared.
        sb.run(
            &[
                "share",
                "add",
                "--file",
                "/report.bin",
                "--link",
                "--role",
                "viewer",
                "--expires",
                "2020-01-01",
            ],
            "",
        )
        .expect(2);
        let added = sb.run(
            &[
                "share",
                "add",
                "--file",
                "/report.bin",
                "--link",
                "--role",
                "viewer",
                "--expires",
                "7d",
                "-o",
                "json",
            ],
            "",
        );
        added.expect(0);
        let link = sb.run(&["share", "link", "--file", "/report.bin"], "");
        link.expect(0);
        let (printed, said) = (link.stdout(), none.stderr());
        (sb, added, printed, said)
    })
    .await
    .unwrap();
    assert!(
        no_link.contains("ws share add --file /report.bin --link --role viewer"),
        "{no_link}"
    );
    let record = share.json();
    let expires = record["expires_at"].as_str().unwrap();
    let expires = chrono::DateTime::parse_from_rfc3339(expires).unwrap();
    let days = (expires.with_timezone(&chrono::Utc) - chrono::Utc::now()).num_hours();
    assert!((166..=168).contains(&days), "{record}");
    let url = printed.trim();
    assert_eq!(printed.lines().count(), 1, "{printed}");
    assert!(
        url.starts_with(&server.base_url) && url.contains("/api/v1/links/file/"),
        "{url}"
    );
    assert!(share.stderr().contains(url), "{}", share.stderr());

    let (status, body) = anonymous_get(url).await;
    assert_eq!(status, 200);
    assert_eq!(body.len(), 3 << 20);
    assert_eq!(sha(&body), want);

    // -o json names the link's fields; removing the share ends the link.
    let id = record["id"].as_str().unwrap().to_owned();
    let listed = tokio::task::spawn_blocking(move || {
        let listed = json_of(&sb, &["share", "link", "--file", "/report.bin"]);
        sb.run(&["share", "rm", &id], "").expect(0);
        let gone = sb.run(&["share", "link", "--file", "/report.bin"], "");
        gone.expect(5);
        listed
    })
    .await
    .unwrap();
    assert_eq!(listed[0]["url"], url);
    assert_eq!(listed[0]["role"], "viewer");
    let (status, _) = anonymous_get(url).await;
    assert_eq!(status, 404);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_doc_link_opens_the_doc_and_a_folder_cannot_have_one() {
    let server = TestServer::start_demo().await;
    let (sb, _api) = signed_in(&server, "alice").await;
    let url = tokio::task::spawn_blocking(move || {
        sb.run(
            &["docs", "create", "--title", "Q1 plan", "--file", "-"],
            "# Q1\n\nship it\n",
        )
        .expect(0);
        sb.run(
            &[
                "share", "add", "--doc", "Q1 plan", "--link", "--role", "viewer",
            ],
            "",
        )
        .expect(0);
        sb.run(&["drive", "mkdir", "Reports"], "").expect(0);
        let folder = sb.run(&["share", "link", "--folder", "/Reports"], "");
        folder.expect(2);
        assert!(folder.stderr().contains("folder"), "{}", folder.stderr());
        // --expires needs --link.
        sb.run(
            &[
                "share",
                "add",
                "--doc",
                "Q1 plan",
                "--user",
                "bob",
                "--role",
                "viewer",
                "--expires",
                "7d",
            ],
            "",
        )
        .expect(2);
        let link = sb.run(&["share", "link", "--doc", "Q1 plan"], "");
        link.expect(0).stdout().trim().to_owned()
    })
    .await
    .unwrap();
    let (status, body) = anonymous_get(&url).await;
    assert_eq!(status, 200, "{url}");
    assert_eq!(String::from_utf8(body).unwrap(), "# Q1\n\nship it\n");
}
