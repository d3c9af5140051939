//! `ws users import` through a real local HTTP proxy in front of the real server that
//! answers the first CreateUser calls with 429 + `Retry-After: 1`, fails authorization
//! calls with 500 in the first run and with one 503 in the second: the import waits as
//! told, the rows whose authorization failed are reported (the users exist), and the
//! re-run from the retry file completes them; a third run changes nothing.

use crate::util;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::Value;
use util::admin_sandbox as sandbox;
use ws_tests::TestServer;

#[derive(Clone)]
struct Proxy {
    upstream: String,
    http: reqwest::Client,
    throttle: Arc<AtomicUsize>,
    unavailable: Arc<AtomicUsize>,
    fail_authz: Arc<AtomicBool>,
    /// (method name, when, status answered)
    log: Arc<Mutex<Vec<(String, Instant, u16)>>>,
}

fn take(n: &AtomicUsize) -> bool {
    n.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |v| v.checked_sub(1))
        .is_ok()
}

fn error(status: StatusCode, code: &str, retry_after: Option<&str>) -> Response {
    let body = format!(r#"{{"code":"{code}","message":"proxy says {code}"}}"#);
    let mut r = (status, [("content-type", "application/json")], body).into_response();
    if let Some(s) = retry_after {
        r.headers_mut().insert("retry-after", s.parse().unwrap());
    }
    r
}

async fn forward(State(p): State<Proxy>, req: Request) -> Response {
    let path = req.uri().path().to_owned();
    let method = path.rsplit('/').next().unwrap_or("").to_owned();
    let answer = if method == "CreateUser" && take(&p.throttle) {
        Some(error(
            StatusCode::TOO_MANY_REQUESTS,
            "resource_exhausted",
            Some("1"),
        ))
    } else if method == "CreateAuthorization" && p.fail_authz.load(Ordering::SeqCst) {
        Some(error(StatusCode::INTERNAL_SERVER_ERROR, "internal", None))
    } else if method == "CreateAuthorization" && take(&p.unavailable) {
        Some(error(StatusCode::SERVICE_UNAVAILABLE, "unavailable", None))
    } else {
        None
    };
    if let Some(r) = answer {
        p.log
            .lock()
            .unwrap()
            .push((method, Instant::now(), r.status().as_u16()));
        return r;
    }
    p.log.lock().unwrap().push((method, Instant::now(), 200));
    let (parts, body) = req.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    let mut out = p
        .http
        .request(parts.method, format!("{}{}", p.upstream, parts.uri));
    for (k, v) in &parts.headers {
        if k != "host" && k != "content-length" {
            out = out.header(k, v);
        }
    }
    let resp = out.body(body).send().await.unwrap();
    let status = resp.status();
    let ctype = resp.headers().get("content-type").cloned();
    let bytes = resp.bytes().await.unwrap();
    let mut r = Response::new(Body::from(bytes));
    *r.status_mut() = status;
    if let Some(c) = ctype {
        r.headers_mut().insert("content-type", c);
    }
    r
}

async fn start_proxy(upstream: &str) -> (String, Proxy) {
    let p = Proxy {
        upstream: upstream.to_owned(),
        http: reqwest::Client::new(),
        throttle: Arc::new(AtomicUsize::new(3)),
        unavailable: Arc::new(AtomicUsize::new(0)),
        fail_authz: Arc::new(AtomicBool::new(true)),
        log: Arc::new(Mutex::new(Vec::new())),
    };
    let app = axum::Router::new().fallback(forward).with_state(p.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, p)
}

const CSV: &str = "username,email,given_name,family_name,org,roles
rita,rita@example.com,Rita,Ray,Acme Corp,workspace:viewer
sam,sam@example.com,Sam,Sun,Acme Corp,workspace:viewer
tess,tess@example.com,Tess,Tay,Acme Corp,workspace:viewer;workspace:editor
";

fn jsonl(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn throttling_is_waited_out_and_a_failed_authorization_is_completed_by_the_rerun() {
    let server = TestServer::start_demo().await;
    let (proxy_url, proxy) = start_proxy(&server.base_url).await;
    let direct = sandbox(&server);
    let mut via = util::Sandbox {
        dir: tempfile::tempdir().unwrap(),
        env: direct.env.clone(),
    };
    via.set("WS_ISSUER", &proxy_url);
    let dir = via.dir.path().to_owned();
    let (input, retry) = (dir.join("users.csv"), dir.join("retry.csv"));
    std::fs::write(&input, CSV).unwrap();
    let p = proxy.clone();
    tokio::task::spawn_blocking(move || {
        let (input, retry) = (input.to_str().unwrap(), retry.to_str().unwrap());
        let first = via.run(
            &[
                "users",
                "import",
                input,
                "--parallel",
                "3",
                "--retry-file",
                retry,
                "-o",
                "jsonl",
            ],
            "",
        );
        first.expect(3);
        assert!(
            first
                .stderr()
                .contains("(3 answered 429 Too Many Requests)"),
            "{}",
            first.stderr()
        );
        for row in jsonl(&first.stdout()) {
            assert_eq!(row["action"], "failed", "{row}");
            assert!(
                row["error"]
                    .as_str()
                    .unwrap()
                    .contains("re-run to complete"),
                "{row}"
            );
            assert!(!row["id"].as_str().unwrap().is_empty(), "{row}");
        }
        // Retry-After was honoured: no CreateUser reached the server within the second
        // the first 429 asked for.
        let log = p.log.lock().unwrap().clone();
        let first_429 = log
            .iter()
            .find(|(m, _, s)| m == "CreateUser" && *s == 429)
            .unwrap()
            .1;
        let first_ok = log
            .iter()
            .find(|(m, _, s)| m == "CreateUser" && *s == 200)
            .unwrap()
            .1;
        assert!(
            first_ok.duration_since(first_429) >= Duration::from_millis(950),
            "{log:?}"
        );
        // The users exist; their authorizations do not.
        for u in ["rita", "sam", "tess"] {
            direct.run(&["users", "get", u], "").expect(0);
        }
        let authz = direct.run(
            &["authz", "list", "--project", "workspace", "-o", "json"],
            "",
        );
        assert!(!authz.stdout().contains("rita@"), "{}", authz.stdout());

        p.fail_authz.store(false, Ordering::SeqCst);
        p.unavailable.store(1, Ordering::SeqCst);
        let second = via.run(&["users", "import", retry, "-o", "jsonl"], "");
        second.expect(0);
        assert!(
            jsonl(&second.stdout())
                .iter()
                .all(|r| r["action"] == "update"),
            "{}",
            second.stdout()
        );
        assert!(
            second.stderr().contains("1 calls retried (0 answered 429"),
            "{}",
            second.stderr()
        );
        let authz = direct.run(
            &["authz", "list", "--project", "workspace", "-o", "json"],
            "",
        );
        let tess = authz
            .json()
            .as_array()
            .unwrap()
            .iter()
            .find(|a| {
                a["user"]["preferredLoginName"]
                    .as_str()
                    .unwrap_or("")
                    .starts_with("tess")
            })
            .cloned()
            .unwrap_or_else(|| panic!("{}", authz.stdout()));
        let mut keys: Vec<&str> = tess["roles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["key"].as_str().unwrap())
            .collect();
        keys.sort();
        assert_eq!(keys, ["editor", "viewer"]);

        let third = via.run(&["users", "import", input, "-o", "jsonl"], "");
        third.expect(0);
        assert!(
            third.stderr().contains("3 unchanged — nothing to change"),
            "{}",
            third.stderr()
        );
    })
    .await
    .unwrap();
}
