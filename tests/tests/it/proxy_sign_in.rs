//! Sign-in throttling behind a real HAProxy (`WS_TEST_HAPROXY`, started by this test
//! on a free port): the server trusts the proxy's `X-Forwarded-For`, so one
//! attacker's wrong passwords throttle only that attacker's (account, address) and
//! never another user behind the same proxy; a forwarded header from anyone but the
//! proxy, or one a client smuggles through it, chooses nobody's bucket.
//!
//! Every client is on loopback, told apart by its source address (127.0.0.0/8 is all
//! loopback on Linux): HAProxy connects to the server from 127.0.0.2, the one trusted
//! proxy address; clients connect from 127.0.0.10 and up.

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, HeaderValue};
use ws_tests::login::{demo_password, password_attempt};
use ws_tests::{TestOptions, TestServer};

const PROXY_SOURCE: &str = "127.0.0.2";
/// Wrong passwords per (account, address) before the throttle answers 429.
const THROTTLE_AFTER: usize = 10;

/// HAProxy's binary, or `None` (after saying why) unless the run requires it.
fn haproxy_binary() -> Option<PathBuf> {
    match std::env::var("WS_TEST_HAPROXY") {
        Ok(bin) if !bin.is_empty() => Some(PathBuf::from(bin)),
        _ => {
            assert!(
                std::env::var("WS_TEST_REQUIRE_SERVICES").as_deref() != Ok("1"),
                "WS_TEST_REQUIRE_SERVICES=1 but WS_TEST_HAPROXY is not set"
            );
            eprintln!("skipped: WS_TEST_HAPROXY is not set (scripts/services/haproxy.sh)");
            None
        }
    }
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// HAProxy in front of one server, connecting to it from [`PROXY_SOURCE`] and
/// appending the client's address to `X-Forwarded-For`; killed when dropped.
struct Proxy {
    child: Child,
    url: String,
}

impl Proxy {
    fn start(bin: &Path, dir: &Path, backend: &str) -> Self {
        let port = free_port();
        let backend = backend.trim_start_matches("http://");
        let cfg = format!(
            "global\n    maxconn 64\n\
             defaults\n    mode http\n    timeout connect 2s\n    timeout client 30s\n    \
             timeout server 30s\n    option forwardfor\n\
             frontend fe\n    bind 127.0.0.1:{port}\n    default_backend be\n\
             backend be\n    server s1 {backend} source {PROXY_SOURCE}\n"
        );
        let file = dir.join("haproxy.cfg");
        std::fs::write(&file, cfg).unwrap();
        let check = Command::new(bin).arg("-c").arg("-f").arg(&file).output();
        let check = check.unwrap();
        assert!(check.status.success(), "haproxy -c: {check:?}");
        let child = Command::new(bin)
            .arg("-db")
            .arg("-f")
            .arg(&file)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        Self {
            child,
            url: format!("http://127.0.0.1:{port}"),
        }
    }

    /// Waits (a liveness bound) until the server answers through the proxy.
    async fn wait_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            match reqwest::get(format!("{}/healthz", self.url)).await {
                Ok(r) if r.status() == 200 => return,
                _ => {
                    assert!(Instant::now() < deadline, "HAProxy never became ready");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            }
        }
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A client connecting from `source`, sending `forwarded` as its own
/// `X-Forwarded-For` when given.
fn client_from(source: &str, forwarded: Option<&str>) -> reqwest::Client {
    let mut headers = HeaderMap::new();
    if let Some(f) = forwarded {
        headers.insert("x-forwarded-for", HeaderValue::from_str(f).unwrap());
    }
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .local_address(source.parse::<IpAddr>().unwrap())
        .default_headers(headers)
        .build()
        .unwrap()
}

struct Site {
    server: TestServer,
    proxy: Proxy,
    _dir: tempfile::TempDir,
}

impl Site {
    async fn start(bin: &Path) -> Self {
        let mut options = TestOptions {
            demo: true,
            ..TestOptions::default()
        };
        options.config.server.trusted_proxies = vec![format!("{PROXY_SOURCE}/32").parse().unwrap()];
        let server = TestServer::start_with(options).await;
        let dir = tempfile::tempdir().unwrap();
        let proxy = Proxy::start(bin, dir.path(), &server.base_url);
        proxy.wait_ready().await;
        Self {
            server,
            proxy,
            _dir: dir,
        }
    }

    /// One sign-in of `name` at `base` from `source` (with a forged `forwarded`
    /// header, if any): the form's status.
    async fn attempt(
        &self,
        base: &str,
        source: &str,
        forwarded: Option<&str>,
        name: &str,
        password: &str,
    ) -> StatusCode {
        let http = client_from(source, forwarded);
        password_attempt(&self.server, http, base, name, password).await
    }

    async fn right_password(&self, base: &str, source: &str, name: &str) -> StatusCode {
        let password = demo_password(&self.server, name);
        self.attempt(base, source, None, name, &password).await
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_attacker_behind_haproxy_throttles_only_itself() {
    let Some(bin) = haproxy_binary() else { return };
    let site = Site::start(&bin).await;
    let proxy = site.proxy.url.clone();
    let attacker = "127.0.0.10";
    // Each guess forges a different X-Forwarded-For; HAProxy appends the real
    // address, and only that one counts.
    for i in 0..THROTTLE_AFTER {
        let forged = format!("203.0.113.{i}");
        let status = site
            .attempt(&proxy, attacker, Some(&forged), "alice", "guess")
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "guess {i}");
    }
    assert_eq!(
        site.right_password(&proxy, attacker, "alice").await,
        StatusCode::TOO_MANY_REQUESTS,
        "the attacker's own (account, address) waits, forged headers or not"
    );

    // Everyone else behind the same proxy signs in.
    let colleague = "127.0.0.11";
    assert_eq!(
        site.right_password(&proxy, colleague, "bob").await,
        StatusCode::FOUND
    );
    assert_eq!(
        site.right_password(&proxy, colleague, "alice").await,
        StatusCode::FOUND,
        "alice herself, from her own address"
    );
    assert_eq!(
        site.right_password(&proxy, attacker, "bob").await,
        StatusCode::FOUND,
        "another account from the attacker's address"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn x_forwarded_for_from_an_untrusted_peer_is_ignored() {
    let Some(bin) = haproxy_binary() else { return };
    let site = Site::start(&bin).await;
    let direct = site.server.base_url.clone();
    let proxy = site.proxy.url.clone();
    let (attacker, victim) = ("127.0.0.20", "127.0.0.21");
    // Straight to the server, naming the victim's address: were the header believed,
    // these failures would land on (alice, victim).
    for i in 0..THROTTLE_AFTER {
        let status = site
            .attempt(&direct, attacker, Some(victim), "alice", "guess")
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "guess {i}");
    }
    assert_eq!(
        site.right_password(&proxy, victim, "alice").await,
        StatusCode::FOUND,
        "the named address was not throttled"
    );
    assert_eq!(
        site.right_password(&direct, attacker, "alice").await,
        StatusCode::TOO_MANY_REQUESTS,
        "the failures counted against the real peer"
    );
}
