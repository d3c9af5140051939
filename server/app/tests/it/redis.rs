//! Rate limits shared through a real Redis: one budget across two servers, and the
//! failure policy (one log line per outage) when Redis is killed.

use std::process::{Child, Command, Stdio};

use reqwest::StatusCode;
use ws_server::config::Secret;

use crate::support::{self, Binary, start};

/// The shared Redis of the test run (`scripts/test.sh` starts it), or `None`.
fn shared_redis() -> Option<String> {
    let url = std::env::var("WS_TEST_REDIS_URL").ok();
    if url.is_none() {
        assert!(
            !support::services_required(),
            "WS_TEST_REDIS_URL is unset but WS_TEST_REQUIRE_SERVICES=1"
        );
        eprintln!("skipped: WS_TEST_REDIS_URL is unset");
    }
    url
}

fn fresh_prefix() -> String {
    format!("ws-test:{}", uuid::Uuid::new_v4().simple())
}

async fn status(base: &str) -> StatusCode {
    reqwest::get(format!("{base}/api/v1/docs"))
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn two_servers_share_one_budget_in_redis() {
    let Some(url) = shared_redis() else { return };
    let prefix = fresh_prefix();
    let config = |c: &mut ws_server::ServerConfig| {
        c.rate_limit.api_per_address = 4;
        c.rate_limit.redis_url = Some(Secret::new(url.clone()));
        c.rate_limit.redis_key_prefix = prefix.clone();
    };
    let a = start(config).await;
    let b = start(config).await;
    for base in [&a.base, &b.base, &a.base, &b.base] {
        assert_eq!(status(base).await, StatusCode::UNAUTHORIZED);
    }
    // Four requests were spent across both: the fifth is refused on either.
    for base in [&a.base, &b.base] {
        let resp = reqwest::get(format!("{base}/api/v1/docs")).await.unwrap();
        assert_eq!(resp.status(), StatusCode::TOO_MANY_REQUESTS);
        let retry: u64 = resp.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((1..=60).contains(&retry), "{retry}");
    }
}

/// A private redis-server on a free port, so this test may kill it.
struct PrivateRedis {
    child: Child,
    url: String,
    _dir: tempfile::TempDir,
}

impl PrivateRedis {
    fn start(program: &std::path::Path) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(program)
            .args(["--bind", "127.0.0.1", "--port", &port.to_string()])
            .args(["--save", "", "--appendonly", "no", "--dir"])
            .arg(dir.path())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let url = format!("redis://127.0.0.1:{port}/");
        let client = redis::Client::open(url.as_str()).unwrap();
        // Wait for it to answer PING (an event, not a timed sleep between tries).
        let ready = (0..200).any(|_| {
            let ok = client
                .get_connection()
                .and_then(|mut c| redis::cmd("PING").query::<String>(&mut c))
                .is_ok();
            if !ok {
                std::thread::sleep(std::time::Duration::from_millis(25));
            }
            ok
        });
        assert!(ready, "redis-server on port {port} did not start");
        Self {
            child,
            url,
            _dir: dir,
        }
    }
}

impl Drop for PrivateRedis {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// Several workers: `stop()` blocks this thread while the clients' connections
// must still answer the server's GOAWAY and close.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_killed_fail_closed_refuses_with_503_and_logs_once() {
    let Some(program) = support::program("redis-server") else {
        return;
    };
    let mut redis = PrivateRedis::start(&program);
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("ws-server.toml");
    std::fs::write(
        &config,
        format!(
            "[server]\ndata_dir = {:?}\n[rate_limit]\nredis_url = {:?}\nredis_failure = \"fail_closed\"\nredis_key_prefix = {:?}\n",
            dir.path().join("data"),
            redis.url,
            fresh_prefix()
        ),
    )
    .unwrap();
    let server = Binary::serve(&config, "info");
    let base = format!("http://{}", server.addr);
    assert_eq!(status(&base).await, StatusCode::UNAUTHORIZED);

    redis.child.kill().unwrap();
    redis.child.wait().unwrap();
    for _ in 0..5 {
        let resp = reqwest::get(format!("{base}/api/v1/docs")).await.unwrap();
        assert_eq!(resp.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(resp.headers()["retry-after"], "1");
        let body: serde_json::Value = resp.json().await.unwrap();
        assert_eq!(body["code"], "rate_limit_unavailable");
    }
    // Unlimited routes do not depend on Redis.
    let health = reqwest::get(format!("{base}/healthz")).await.unwrap();
    assert_eq!(health.status(), StatusCode::OK);

    let log = server.stop();
    let outages = log.matches("rate limit store unreachable").count();
    assert_eq!(outages, 1, "one line per outage, not per request:\n{log}");
    assert!(
        !log.contains(&redis.url),
        "the Redis URL may hold a password:\n{log}"
    );
}

#[tokio::test]
async fn redis_killed_fail_open_lets_requests_through() {
    let Some(program) = support::program("redis-server") else {
        return;
    };
    let mut redis = PrivateRedis::start(&program);
    let prefix = fresh_prefix();
    let url = redis.url.clone();
    let server = start(move |c| {
        c.rate_limit.api_per_address = 2;
        c.rate_limit.redis_url = Some(Secret::new(url));
        c.rate_limit.redis_key_prefix = prefix;
    })
    .await;
    assert_eq!(status(&server.base).await, StatusCode::UNAUTHORIZED);
    redis.child.kill().unwrap();
    redis.child.wait().unwrap();
    // Over the quota, yet let through uncounted while Redis is gone.
    for _ in 0..3 {
        let resp = reqwest::get(format!("{}/api/v1/docs", server.base))
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
        assert!(!resp.headers().contains_key("ratelimit"));
    }
}
