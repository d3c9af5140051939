//! The audit log through the real server: writes are recorded (here: first-use
//! provisioning and a denied share), listed with filters and pages, scoped by tenant
//! (an Acme admin sees Acme only; everyone else only themselves), and streamed live
//! as Server-Sent Events with the same scope.

use std::time::Duration;

use serde_json::{Value, json};
use ws_tests::TestServer;
use ws_tests::workspace::{Reply, WsApi, token_for, user_id};

fn actions(r: &Reply) -> Vec<(String, String)> {
    r.body["items"]
        .as_array()
        .unwrap_or_else(|| panic!("{r:?}"))
        .iter()
        .map(|e| {
            (
                e["actor"].as_str().unwrap().to_owned(),
                e["action"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Reads Server-Sent Events from a streaming response.
struct Events {
    resp: reqwest::Response,
    buf: String,
}

impl Events {
    /// The next `event: audit` entry's data (a bounded wait, not a timing assertion).
    async fn next_audit(&mut self) -> Value {
        loop {
            if let Some(end) = self.buf.find("\n\n") {
                let block: String = self.buf.drain(..end + 2).collect();
                if block.lines().any(|l| l == "event: audit") {
                    let data: String = block
                        .lines()
                        .filter_map(|l| l.strip_prefix("data: "))
                        .collect();
                    return serde_json::from_str(&data).unwrap();
                }
                continue;
            }
            let chunk = tokio::time::timeout(Duration::from_secs(20), self.resp.chunk())
                .await
                .expect("an audit event within 20 s")
                .unwrap()
                .expect("the stream stays open");
            self.buf.push_str(std::str::from_utf8(&chunk).unwrap());
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn audit_is_recorded_scoped_filtered_paged_and_streamed() {
    let server = TestServer::start_demo().await;
    let alice = WsApi::new(&server, &token_for(&server, "alice").await);
    let bob = WsApi::new(&server, &token_for(&server, "bob").await);
    let charlie = WsApi::new(&server, &token_for(&server, "charlie").await);
    let (alice_id, bob_id) = (user_id(&server, "alice"), user_id(&server, "bob"));

    // alice follows the live stream (her own first use is recorded before it opens).
    let resp = alice
        .request(reqwest::Method::GET, "/audit/stream")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.headers()["content-type"], "text/event-stream");
    let mut live = Events {
        resp,
        buf: String::new(),
    };

    assert_eq!(bob.get("/me").await.status, 200);
    assert_eq!(charlie.get("/me").await.status, 200);
    let share = json!({"kind": "doc", "resource_id": "no-such-doc",
        "grantee": {"type": "user", "id": alice_id}, "role": "viewer"});
    let denied = bob.post("/shares", &share).await;
    assert_eq!(denied.status, 404, "{denied:?}");

    // Live: bob's two entries in order; charlie's (Globex) never reaches an Acme admin.
    let first = live.next_audit().await;
    assert_eq!(
        (first["actor"].as_str(), first["action"].as_str()),
        (Some(bob_id.as_str()), Some("workspace.provision"))
    );
    let second = live.next_audit().await;
    assert_eq!(second["action"], "shares.create");
    assert_eq!(second["outcome"], "denied");
    assert_eq!(second["target"], "doc:no-such-doc");
    assert!(second["request_id"].is_string());

    // Listing: the admin sees her org, bob himself, charlie himself.
    let all = alice.get("/audit").await;
    assert_eq!(all.status, 200, "{all:?}");
    let entries = actions(&all);
    assert_eq!(entries.len(), 3, "{entries:?}");
    assert!(
        entries.iter().all(|(a, _)| a == &alice_id || a == &bob_id),
        "{entries:?}"
    );
    let own = actions(&bob.get("/audit").await);
    assert!(
        own.len() == 2 && own.iter().all(|(a, _)| a == &bob_id),
        "{own:?}"
    );
    let globex = actions(&charlie.get("/audit").await);
    assert_eq!(
        globex,
        [(
            user_id(&server, "charlie"),
            "workspace.provision".to_owned()
        )]
    );
    // Asking for someone else's entries as a non-admin finds nothing.
    assert!(actions(&bob.get(&format!("/audit?actor={alice_id}")).await).is_empty());

    // Filters.
    let f = alice
        .get(&format!("/audit?actor={bob_id}&action=shares."))
        .await;
    assert_eq!(actions(&f), [(bob_id.clone(), "shares.create".to_owned())]);
    let f = alice.get("/audit?target=doc:no-such-doc").await;
    assert_eq!(actions(&f).len(), 1);
    let f = alice.get("/audit?since=2999-01-01T00:00:00Z").await;
    assert!(actions(&f).is_empty());
    let f = alice.get("/audit?until=2000-01-01T00:00:00Z").await;
    assert!(actions(&f).is_empty());
    let bad = alice.get("/audit?since=yesterday").await;
    assert_eq!((bad.status, bad.code()), (400, "invalid_argument"));
    assert!(
        bad.body["message"].as_str().unwrap().starts_with("since:"),
        "{bad:?}"
    );
    let bad = alice.get("/audit?page_size=0").await;
    assert!(
        bad.body["message"]
            .as_str()
            .unwrap()
            .starts_with("page_size:"),
        "{bad:?}"
    );

    // Paging walks every entry once, oldest first.
    let mut seen = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let path = match &token {
            Some(t) => format!("/audit?page_size=2&page_token={t}"),
            None => "/audit?page_size=2".to_owned(),
        };
        let page = alice.get(&path).await;
        assert_eq!(page.status, 200, "{page:?}");
        for e in page.body["items"].as_array().unwrap() {
            seen.push(e["seq"].as_i64().unwrap());
        }
        match page.body["next_page_token"].as_str() {
            Some(t) => token = Some(t.to_owned()),
            None => break,
        }
    }
    assert_eq!(seen.len(), 3);
    assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
}
