//! Docs end to end against the real server (demo tenants): CRUD under optimistic
//! concurrency, history and restore, comment threads, exports, search and tenant
//! isolation, bad input, provisioning and audit. Every call carries a real access
//! token issued by the server for a demo user.

use reqwest::Method;
use reqwest::header::HeaderMap;
use serde_json::{Value, json};
use ws_tests::TestServer;
use ws_tests::workspace::token_for;

/// One demo user talking to the workspace API.
struct User {
    http: reqwest::Client,
    base: String,
    token: String,
}

/// An answer: status, headers and body text.
struct Answer {
    status: u16,
    headers: HeaderMap,
    text: String,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("{e}: {}", self.text))
    }
    fn header(&self, name: &str) -> String {
        self.headers
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    }
    #[track_caller]
    fn expect(&self, status: u16) -> Value {
        assert_eq!(self.status, status, "{}", self.text);
        if self.text.is_empty() {
            Value::Null
        } else {
            self.json()
        }
    }
}

impl User {
    async fn new(server: &TestServer, name: &str) -> User {
        User {
            http: server.client(),
            base: server.url("/api/v1"),
            token: token_for(server, name).await,
        }
    }

    async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        if_match: Option<&str>,
    ) -> Answer {
        let mut req = self
            .http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(&self.token);
        if let Some(b) = body {
            req = req.json(b);
        }
        if let Some(tag) = if_match {
            req = req.header("if-match", tag);
        }
        let resp = req.send().await.expect("request");
        Answer {
            status: resp.status().as_u16(),
            headers: resp.headers().clone(),
            text: resp.text().await.expect("body"),
        }
    }

    async fn get(&self, path: &str) -> Answer {
        self.send(Method::GET, path, None, None).await
    }

    async fn post(&self, path: &str, body: Value) -> Answer {
        self.send(Method::POST, path, Some(&body), None).await
    }

    async fn patch(&self, path: &str, body: Value, if_match: Option<&str>) -> Answer {
        self.send(Method::PATCH, path, Some(&body), if_match).await
    }

    async fn create(&self, title: &str, body: &str) -> Value {
        self.post("/docs", json!({"title": title, "body": body}))
            .await
            .expect(201)
    }

    async fn me(&self) -> Value {
        self.get("/me").await.expect(200)
    }

    /// Titles of the docs a search (or list, with `q` empty) shows.
    async fn titles(&self, q: &str) -> Vec<String> {
        let path = format!("/docs?q={}", urlencode(q));
        let page = self.get(&path).await.expect(200);
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["title"].as_str().unwrap().to_owned())
            .collect()
    }
}

fn urlencode(s: &str) -> String {
    serde_urlencoded::to_string([("", s)]).unwrap()[1..].to_owned()
}

fn id(doc: &Value) -> String {
    doc["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn crud_with_etags_and_a_stale_write_that_changes_nothing() {
    let server = TestServer::start_demo().await;
    let alice = User::new(&server, "alice").await;
    let created = alice
        .post(
            "/docs",
            json!({"title": "  Launch plan ", "body": "# Plan\n\nShip in May."}),
        )
        .await;
    assert_eq!(created.header("etag"), "\"v1\"");
    let doc = created.expect(201);
    let doc_id = id(&doc);
    assert_eq!(created.header("location"), format!("/api/v1/docs/{doc_id}"));
    assert_eq!(
        (doc["title"].as_str(), doc["version"].as_u64()),
        (Some("Launch plan"), Some(1))
    );

    let got = alice.get(&format!("/docs/{doc_id}")).await;
    assert_eq!(got.header("etag"), "\"v1\"");
    assert_eq!(got.expect(200), doc);

    let path = format!("/docs/{doc_id}");
    let v2 = alice
        .patch(&path, json!({"body": "Ship in June."}), Some("\"v1\""))
        .await;
    assert_eq!(v2.header("etag"), "\"v2\"");
    let v2 = v2.expect(200);
    assert_eq!(
        (v2["version"].as_u64(), v2["title"].as_str()),
        (Some(2), Some("Launch plan"))
    );

    // A writer still holding v1 is refused; nothing changes, no version is added.
    let stale = alice
        .patch(&path, json!({"body": "Ship in July."}), Some("\"v1\""))
        .await;
    let err = stale.expect(412);
    assert_eq!(err["code"], "stale_version");
    assert!(
        err["message"].as_str().unwrap().contains("version 2"),
        "{err}"
    );
    assert_eq!(alice.get(&path).await.expect(200), v2);
    let history = alice.get(&format!("{path}/versions")).await.expect(200);
    assert_eq!(history["items"].as_array().unwrap().len(), 2);

    // Without If-Match the write applies to the current version; the answer says which.
    let v3 = alice
        .patch(&path, json!({"title": "Launch"}), None)
        .await
        .expect(200);
    assert_eq!(
        (v3["version"].as_u64(), v3["body"].as_str()),
        (Some(3), Some("Ship in June."))
    );
    let star = alice
        .patch(&path, json!({"title": "Launch!"}), Some("*"))
        .await
        .expect(200);
    assert_eq!(star["version"], 4);

    let del = alice
        .send(Method::DELETE, &path, None, Some("\"v3\""))
        .await;
    del.expect(412);
    alice
        .send(Method::DELETE, &path, None, Some("\"v4\""))
        .await
        .expect(204);
    assert_eq!(alice.get(&path).await.expect(404)["code"], "not_found");
    alice.get(&format!("{path}/versions")).await.expect(404);
}

#[tokio::test]
async fn concurrent_writers_of_one_version_get_one_success_and_one_412() {
    let server = TestServer::start_demo().await;
    let alice = User::new(&server, "alice").await;
    let doc = alice.create("Race", "start").await;
    let path = format!("/docs/{}", id(&doc));
    let (a, b) = tokio::join!(
        alice.patch(&path, json!({"body": "from A"}), Some("\"v1\"")),
        alice.patch(&path, json!({"body": "from B"}), Some("\"v1\"")),
    );
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses, [200, 412], "{} / {}", a.text, b.text);
    let winner = if a.status == 200 { &a } else { &b };
    assert_eq!(alice.get(&path).await.expect(200), winner.json());
}

#[tokio::test]
async fn history_lists_every_version_and_restore_makes_a_new_one() {
    let server = TestServer::start_demo().await;
    let alice = User::new(&server, "alice").await;
    let me = alice.me().await;
    let doc = alice.create("Notes", "first").await;
    let path = format!("/docs/{}", id(&doc));
    alice
        .patch(&path, json!({"body": "second"}), None)
        .await
        .expect(200);
    alice
        .patch(&path, json!({"title": "Notes v3", "body": "third"}), None)
        .await
        .expect(200);

    let history = alice.get(&format!("{path}/versions")).await.expect(200);
    let items = history["items"].as_array().unwrap();
    let versions: Vec<u64> = items
        .iter()
        .map(|v| v["version"].as_u64().unwrap())
        .collect();
    assert_eq!(versions, [3, 2, 1]);
    assert!(
        items
            .iter()
            .all(|v| v["author"] == me["user_id"] && v.get("body").is_none())
    );
    assert_eq!(items[2]["size"], 5);
    let v1 = alice.get(&format!("{path}/versions/1")).await.expect(200);
    assert_eq!(
        (v1["body"].as_str(), v1["title"].as_str()),
        (Some("first"), Some("Notes"))
    );

    let restored = alice
        .send(
            Method::POST,
            &format!("{path}/versions/1/restore"),
            None,
            Some("\"v3\""),
        )
        .await;
    assert_eq!(restored.header("etag"), "\"v4\"");
    let restored = restored.expect(200);
    assert_eq!(
        (restored["body"].as_str(), restored["title"].as_str()),
        (Some("first"), Some("Notes"))
    );
    let top = &alice.get(&format!("{path}/versions")).await.expect(200)["items"][0];
    assert_eq!(
        (top["version"].as_u64(), top["restored_from"].as_u64()),
        (Some(4), Some(1))
    );

    // A stale restore writes nothing; unknown or malformed versions are named.
    let stale = alice
        .send(
            Method::POST,
            &format!("{path}/versions/2/restore"),
            None,
            Some("\"v3\""),
        )
        .await;
    stale.expect(412);
    assert_eq!(alice.get(&path).await.expect(200)["version"], 4);
    alice
        .post(&format!("{path}/versions/99/restore"), json!({}))
        .await
        .expect(404);
    let bad = alice
        .get(&format!("{path}/versions/latest"))
        .await
        .expect(400);
    assert!(
        bad["message"].as_str().unwrap().starts_with("version"),
        "{bad}"
    );
}

/// Shares doc `doc_id` of `owner` with user `grantee` at `role`.
async fn share(owner: &User, doc_id: &str, grantee: &User, role: &str) {
    let grantee_id = grantee.me().await["user_id"].clone();
    owner
        .post(
            "/shares",
            json!({"kind": "doc", "resource_id": doc_id,
                   "grantee": {"type": "user", "id": grantee_id}, "role": role}),
        )
        .await
        .expect(201);
}

#[tokio::test]
async fn comment_threads_with_replies_resolve_and_reopen() {
    let server = TestServer::start_demo().await;
    let (alice, bob) = (
        User::new(&server, "alice").await,
        User::new(&server, "bob").await,
    );
    let doc = alice.create("Review me", "Teh plan").await;
    let path = format!("/docs/{}/comments", id(&doc));

    // Bob has no role on Alice's doc yet: it does not exist for him.
    bob.post(&path, json!({"body": "hi"})).await.expect(404);
    share(&alice, &id(&doc), &bob, "commenter").await;

    let thread = bob
        .post(&path, json!({"body": "Typo?", "quote": "Teh"}))
        .await
        .expect(201);
    let tid = id(&thread);
    assert_eq!(
        (thread["quote"].as_str(), thread["resolved"].as_bool()),
        (Some("Teh"), Some(false))
    );
    let reply = alice
        .post(&format!("{path}/{tid}/replies"), json!({"body": "Fixed"}))
        .await
        .expect(201);
    assert_eq!(reply["parent_id"].as_str(), Some(tid.as_str()));
    // A reply to a reply joins the thread.
    let nested = bob
        .post(
            &format!("{path}/{}/replies", id(&reply)),
            json!({"body": "Thanks"}),
        )
        .await
        .expect(201);
    assert_eq!(nested["parent_id"].as_str(), Some(tid.as_str()));
    let second = alice
        .post(&path, json!({"body": "Add dates"}))
        .await
        .expect(201);

    let resolved = bob
        .post(&format!("{path}/{tid}/resolve"), json!({}))
        .await
        .expect(200);
    assert_eq!(resolved["resolved"], true);
    assert_eq!(resolved["resolved_by"], bob.me().await["user_id"]);
    let threads = alice.get(&path).await.expect(200);
    let items = threads["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["id"].as_str(), Some(tid.as_str()));
    let replies: Vec<&str> = items[0]["replies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["body"].as_str().unwrap())
        .collect();
    assert_eq!(replies, ["Fixed", "Thanks"]);
    assert_eq!(
        (items[0]["resolved"].as_bool(), items[1]["id"].clone()),
        (Some(true), second["id"].clone())
    );

    let reopened = alice
        .post(&format!("{path}/{tid}/reopen"), json!({}))
        .await
        .expect(200);
    assert_eq!(
        (reopened["resolved"].as_bool(), reopened.get("resolved_by")),
        (Some(false), None)
    );
    // Only threads resolve; unknown comments are 404; empty comments name the field.
    alice
        .post(&format!("{path}/{}/resolve", id(&reply)), json!({}))
        .await
        .expect(404);
    alice
        .post(&format!("{path}/nope/replies"), json!({"body": "x"}))
        .await
        .expect(404);
    let empty = alice.post(&path, json!({"body": "  "})).await.expect(400);
    assert!(
        empty["message"].as_str().unwrap().starts_with("body"),
        "{empty}"
    );
    assert_eq!(
        alice.get(&path).await.expect(200)["items"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[tokio::test]
async fn exports_in_markdown_html_and_text() {
    let server = TestServer::start_demo().await;
    let alice = User::new(&server, "alice").await;
    let md = "# Q3 <plan>\n\nShip **fast**, see [docs](https://example.com).\n\n<script>alert(1)</script>\n";
    let doc = alice.create("Q3 plan: draft", md).await;
    let export = |f: &str| format!("/docs/{}/export?format={f}", id(&doc));

    let got = alice.get(&export("md")).await;
    assert_eq!(got.status, 200);
    assert_eq!(got.header("content-type"), "text/markdown; charset=utf-8");
    assert!(
        got.header("content-disposition")
            .contains("filename=\"Q3-plan-draft.md\"")
    );
    assert_eq!(got.text, md);

    let html = alice.get(&export("html")).await;
    assert_eq!(html.header("content-type"), "text/html; charset=utf-8");
    assert!(
        html.header("content-disposition")
            .starts_with("attachment; filename=\"Q3-plan-draft.html\"")
    );
    assert!(
        html.text.contains("<title>Q3 plan: draft</title>"),
        "{}",
        html.text
    );
    assert!(html.text.contains("<strong>fast</strong>"));
    assert!(
        html.text.contains("<h1>Q3 &lt;plan&gt;</h1>"),
        "{}",
        html.text
    );
    assert!(!html.text.contains("<script>"), "{}", html.text);

    let txt = alice.get(&export("txt")).await;
    assert_eq!(txt.header("content-type"), "text/plain; charset=utf-8");
    assert!(
        txt.text
            .contains("Ship fast, see docs (https://example.com)."),
        "{}",
        txt.text
    );
    assert!(
        !txt.text.contains("**") && !txt.text.contains('#'),
        "{}",
        txt.text
    );

    let default = alice.get(&format!("/docs/{}/export", id(&doc))).await;
    assert_eq!(default.text, md);
    let bad = alice.get(&export("pdf")).await.expect(400);
    assert!(
        bad["message"].as_str().unwrap().starts_with("format"),
        "{bad}"
    );
}

#[tokio::test]
async fn search_never_shows_another_orgs_docs_until_shared_and_then_only_to_read() {
    let server = TestServer::start_demo().await;
    let alice = User::new(&server, "alice").await;
    let bob = User::new(&server, "bob").await;
    let charlie = User::new(&server, "charlie").await;
    let secret = alice
        .create("Acme rocket plan", "The ROCKET launches from pad 39.")
        .await;
    let bobs = bob.create("Bob's fuel notes", "rocket fuel mix").await;
    let secret_path = format!("/docs/{}", id(&secret));

    // Org admin alice sees her org's docs; editor bob only his own; Globex nothing.
    let mut alice_hits = alice.titles("rocket").await;
    alice_hits.sort();
    assert_eq!(alice_hits, ["Acme rocket plan", "Bob's fuel notes"]);
    assert_eq!(bob.titles("rocket").await, ["Bob's fuel notes"]);
    assert!(charlie.titles("rocket").await.is_empty());
    assert!(
        !charlie
            .titles("")
            .await
            .iter()
            .any(|t| t.contains("rocket"))
    );

    // Hidden and missing docs answer alike, on every route.
    let missing = "/docs/000000000000000000";
    for suffix in ["", "/versions", "/comments", "/export?format=txt"] {
        let hidden = charlie.get(&format!("{secret_path}{suffix}")).await;
        let absent = charlie.get(&format!("{missing}{suffix}")).await;
        assert_eq!((hidden.status, absent.status), (404, 404), "{suffix}");
        assert_eq!(
            hidden.json()["message"],
            absent.json()["message"],
            "{suffix}"
        );
    }
    let write = charlie
        .patch(&secret_path, json!({"body": "pwned"}), None)
        .await;
    assert_eq!(write.status, 404);
    bob.get(&secret_path).await.expect(404);
    alice.get(&format!("/docs/{}", id(&bobs))).await.expect(200);

    // Shared with charlie (even as editor), Globex's viewer can read but not write.
    share(&alice, &id(&secret), &charlie, "editor").await;
    assert_eq!(charlie.titles("pad 39").await, ["Acme rocket plan"]);
    let page = charlie.get("/docs?q=launches").await.expect(200);
    let snippet = page["items"][0]["snippet"].as_str().unwrap();
    assert!(snippet.contains("ROCKET launches"), "{snippet}");
    charlie.get(&secret_path).await.expect(200);
    let export = charlie
        .get(&format!("{secret_path}/export?format=md"))
        .await;
    assert_eq!(
        (export.status, export.text.as_str()),
        (200, "The ROCKET launches from pad 39.")
    );
    let denied = charlie
        .patch(&secret_path, json!({"body": "pwned"}), None)
        .await
        .expect(403);
    assert_eq!(denied["code"], "permission_denied");
    charlie
        .post(&format!("{secret_path}/comments"), json!({"body": "hi"}))
        .await
        .expect(403);
    charlie
        .send(Method::DELETE, &secret_path, None, None)
        .await
        .expect(403);
    assert_eq!(alice.get(&secret_path).await.expect(200)["version"], 1);
    // Bob's doc stays invisible to charlie.
    assert_eq!(charlie.titles("rocket").await, ["Acme rocket plan"]);

    // Charlie's writes are audited as denials (in his org's log, where he sees his
    // own entries), alice's share-free history shows her own successful create.
    let outcomes = |audit: &Value| -> Vec<String> {
        audit["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                format!(
                    "{} {}",
                    e["action"].as_str().unwrap(),
                    e["outcome"].as_str().unwrap()
                )
            })
            .collect()
    };
    let charlies = charlie.get("/audit?action=docs.update").await.expect(200);
    assert_eq!(
        outcomes(&charlies),
        ["docs.update denied", "docs.update denied"],
        "{charlies}"
    );
    let alices = alice.get("/audit?action=docs.create").await.expect(200);
    assert!(
        outcomes(&alices).contains(&"docs.create ok".to_owned()),
        "{alices}"
    );
    assert!(!alices.to_string().contains("denied"), "{alices}");
}

#[tokio::test]
async fn bad_input_is_named_and_nothing_is_written() {
    let server = TestServer::start_demo().await;
    let alice = User::new(&server, "alice").await;
    let before = alice.titles("").await;
    let raw = |body: &str| {
        alice
            .http
            .post(format!("{}/docs", alice.base))
            .bearer_auth(&alice.token)
            .header("content-type", "application/json")
            .body(body.to_owned())
            .send()
    };
    for (body, field) in [
        (r#"{"title": 5}"#, "title"),
        (r#"{"body": "no title"}"#, "title"),
        (r#"{"title": "x", "body": ["not", "text"]}"#, "body"),
        (r#"{"title": "", "body": ""}"#, "title"),
        (r#"{"title": "two\nlines"}"#, "title"),
        (r#"{"title": "x", "colour": "red"}"#, "colour"),
        (r#"{"title": "x""#, ""),
    ] {
        let resp = raw(body).await.unwrap();
        assert_eq!(resp.status(), 400, "{body}");
        let err: Value = resp.json().await.unwrap();
        assert_eq!(err["code"], "invalid_argument", "{body}");
        assert!(
            err["message"].as_str().unwrap().contains(field),
            "{body}: {err}"
        );
    }
    let long_title = "t".repeat(201);
    alice
        .post("/docs", json!({"title": long_title}))
        .await
        .expect(400);

    // Over the doc body limit (512 KiB by default) but under the JSON limit: 413.
    let big = "x".repeat(600 * 1024);
    let too_large = alice
        .post("/docs", json!({"title": "Big", "body": big}))
        .await
        .expect(413);
    assert_eq!(too_large["code"], "too_large");
    assert!(
        too_large["message"].as_str().unwrap().starts_with("body"),
        "{too_large}"
    );
    assert_eq!(alice.titles("").await, before);

    // Updates: bad fields leave the doc at its version.
    let doc = alice.create("Keep", "safe").await;
    let path = format!("/docs/{}", id(&doc));
    alice
        .patch(&path, json!({"title": ""}), None)
        .await
        .expect(400);
    alice.patch(&path, json!({}), None).await.expect(400);
    alice
        .patch(&path, json!({"body": big}), None)
        .await
        .expect(413);
    let kept = alice.get(&path).await.expect(200);
    assert_eq!(
        (kept["version"].as_u64(), kept["body"].as_str()),
        (Some(1), Some("safe"))
    );

    // Paging and search parameters are checked too.
    let bad = alice.get("/docs?page_size=0").await.expect(400);
    assert!(
        bad["message"].as_str().unwrap().contains("page_size"),
        "{bad}"
    );
    alice.get("/docs?page_token=zz").await.expect(400);
    alice
        .get(&format!(
            "/docs?q={}",
            "a b c d e f g h i".replace(' ', "+")
        ))
        .await
        .expect(400);
}

#[tokio::test]
async fn a_new_user_finds_a_getting_started_doc_and_lists_page() {
    let server = TestServer::start_demo().await;
    let bob = User::new(&server, "bob").await;
    let titles = bob.titles("").await;
    assert_eq!(
        titles,
        ["Getting started"],
        "provisioned once, on first use"
    );
    for n in 0..3 {
        bob.create(&format!("Doc {n}"), "").await;
    }
    let first = bob.get("/docs?page_size=3").await.expect(200);
    assert_eq!(first["items"].as_array().unwrap().len(), 3);
    let token = first["next_page_token"].as_str().unwrap();
    let second = bob
        .get(&format!("/docs?page_size=3&page_token={token}"))
        .await
        .expect(200);
    assert_eq!(second["items"].as_array().unwrap().len(), 1);
    assert!(second.get("next_page_token").is_none());
    let mut all: Vec<&str> = [&first, &second]
        .iter()
        .flat_map(|p| p["items"].as_array().unwrap())
        .map(|d| d["title"].as_str().unwrap())
        .collect();
    all.sort();
    assert_eq!(all, ["Doc 0", "Doc 1", "Doc 2", "Getting started"]);
    // Viewers (Globex's dave) may read but not create.
    let dave = User::new(&server, "dave").await;
    let denied = dave
        .post("/docs", json!({"title": "mine"}))
        .await
        .expect(403);
    assert_eq!(denied["code"], "permission_denied");
}
