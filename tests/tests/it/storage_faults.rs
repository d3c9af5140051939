//! Storage faults with real parts: a PostgreSQL of the test's own (a cluster in a temp
//! dir, started and stopped with `pg_ctl`; the shared test server is never touched)
//! under a real `ws-server` in a child process, restarted while clients write.
//!
//! What must hold: a request that reaches the database while it is down answers 503
//! with `Retry-After` (never 500), the pool reconnects by itself once it is back, and
//! every write that was acknowledged (2xx) is there afterwards. A refresh at the token
//! endpoint while the database is down is a 503 too, and does not spend the token.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use tempfile::TempDir;
use tokio::sync::watch;
use ws_tests::TestServer;
use ws_tests::child::ServerProcess;
use ws_tests::workspace::{Reply, WsApi, org_id, tokens_for};

/// The `#[ignore]`d test the child process runs to serve (module path included).
const ENTRY: &str = "storage_faults::server_process_entry";
const DIR_VAR: &str = "WS_TEST_FAULT_SERVER_DIR";
const DB_VAR: &str = "WS_TEST_FAULT_SERVER_DB";
/// Writes acknowledged before the restart, and again after it.
const WRITES_EACH_SIDE: usize = 15;

/// A PostgreSQL 15 cluster of this test's own on a fixed free port, stopped on drop.
struct OwnPostgres {
    bin: PathBuf,
    data: PathBuf,
    port: u16,
    _dir: TempDir,
}

impl OwnPostgres {
    /// `initdb` and start, next to the `pg_ctl` that `WS_TEST_PG_CTL` names; `None`
    /// (a failure when services are required) without it.
    fn start() -> Option<Self> {
        let Ok(pg_ctl) = std::env::var("WS_TEST_PG_CTL") else {
            assert_ne!(
                std::env::var("WS_TEST_REQUIRE_SERVICES").as_deref(),
                Ok("1"),
                "WS_TEST_REQUIRE_SERVICES=1 but WS_TEST_PG_CTL is not set (scripts/services/postgres.sh)"
            );
            eprintln!("skipped: no WS_TEST_PG_CTL");
            return None;
        };
        let bin = Path::new(&pg_ctl).parent().unwrap().to_owned();
        // Under /tmp: the user postgres must reach it when the test runs as root.
        let dir = TempDir::with_prefix_in("ws-pg-fault-", "/tmp").unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        if is_root() {
            run(Command::new("chown")
                .arg("-R")
                .arg("postgres:")
                .arg(dir.path()));
        }
        let port = free_port();
        let pg = Self {
            bin,
            data,
            port,
            _dir: dir,
        };
        pg.run_bin(
            "initdb",
            &[
                "--auth=trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-locale",
            ],
        );
        pg.ctl_start();
        Some(pg)
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// Runs a PostgreSQL binary on the cluster, as the user postgres when we are root
    /// (PostgreSQL refuses to run as root).
    fn run_bin(&self, name: &str, args: &[&str]) {
        let program = self.bin.join(name);
        let mut cmd = match is_root() {
            true => {
                let mut c = Command::new("runuser");
                c.args(["-u", "postgres", "--"]).arg(program);
                c
            }
            false => Command::new(program),
        };
        run(cmd.arg("-D").arg(&self.data).args(args));
    }

    /// Starts the server and waits (`-w`) until it accepts connections.
    fn ctl_start(&self) {
        let options = format!(
            "-c listen_addresses=127.0.0.1 -p {} -k {} -c fsync=off",
            self.port,
            self.data.display()
        );
        let log = self.data.join("log");
        let log = log.to_str().unwrap();
        self.run_bin(
            "pg_ctl",
            &["-l", log, "-w", "-t", "60", "-o", &options, "start"],
        );
    }

    /// Stops the server (`-m fast`: open sessions are cut off, as in a crash or a
    /// failover) and waits until it is gone.
    fn ctl_stop(&self) {
        self.run_bin("pg_ctl", &["-m", "fast", "-w", "stop"]);
    }
}

impl Drop for OwnPostgres {
    fn drop(&mut self) {
        let _ = std::panic::catch_unwind(|| self.ctl_stop());
    }
}

fn is_root() -> bool {
    // `id -u` rather than libc, which this crate does not depend on.
    let out = Command::new("id").arg("-u").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim() == "0"
}

fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// In the child: serves the directory and database its environment names, with the
/// demo tenants, until stdin closes. Anywhere else: nothing.
#[test]
#[ignore = "the server of storage_faults, run in a child process"]
fn server_process_entry() {
    let (Some(dir), Ok(url)) = (std::env::var_os(DIR_VAR), std::env::var(DB_VAR)) else {
        return;
    };
    let mut config = ws_server::ServerConfig::default();
    config.server.data_dir = Some(PathBuf::from(dir));
    config.server.demo = true;
    config.storage.database_url = Some(url.try_into().unwrap());
    // A request waits this long for a connection while the database is down.
    config.storage.acquire_timeout = Duration::from_secs(1);
    ws_tests::child::serve(config, 0);
}

/// What one write created, once acknowledged.
#[derive(Debug, Clone)]
enum Written {
    Doc(String),
    User(String),
}

/// Clients of the server: alice on the workspace API, the admin on the management API.
struct Clients {
    alice: WsApi,
    admin_pat: String,
    acme: String,
    server: TestServer,
}

impl Clients {
    /// Write number `i`: a doc (even) or a user in Acme (odd). `Ok` with what was
    /// created when acknowledged, `Err` with the answer otherwise.
    async fn write(&self, i: usize) -> Result<Written, Reply> {
        if i.is_multiple_of(2) {
            let r = self
                .alice
                .post("/docs", &json!({"title": format!("doc {i}"), "body": "x"}))
                .await;
            return match r.status {
                200..=299 => Ok(Written::Doc(r.body["id"].as_str().unwrap().to_owned())),
                _ => Err(r),
            };
        }
        let name = format!("fault-user-{i}");
        let body = json!({"organizationId": self.acme, "username": name,
            "human": {"profile": {"givenName": "F", "familyName": "U"},
                      "email": {"email": format!("{name}@example.com"), "isVerified": true}}});
        let r = self.admin_post("/v2/users/new", &body).await;
        match r.status {
            200..=299 => Ok(Written::User(
                r.body["id"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{r:?}"))
                    .to_owned(),
            )),
            _ => Err(r),
        }
    }

    async fn admin_post(&self, path: &str, body: &Value) -> Reply {
        let req = self.server.client().post(self.server.url(path));
        self.alice
            .send(req.bearer_auth(&self.admin_pat).json(body))
            .await
    }

    /// Whether what `w` created can be read back.
    async fn is_there(&self, w: &Written) -> bool {
        match w {
            Written::Doc(id) => self.alice.get(&format!("/docs/{id}")).await.status == 200,
            Written::User(id) => {
                let req = self
                    .server
                    .client()
                    .get(self.server.url(&format!("/v2/users/{id}")));
                let r = self.alice.send(req.bearer_auth(&self.admin_pat)).await;
                r.status == 200
            }
        }
    }
}

/// An answer that is not an acknowledgement must be a 503 with `Retry-After`.
fn assert_unavailable(r: &Reply, what: &str) {
    assert_eq!(r.status, 503, "{what}: {r:?}");
    assert!(
        r.header("retry-after").is_some(),
        "{what}: no Retry-After: {r:?}"
    );
}

/// Writes until `stop` is set, counting acknowledgements in `acked`; every other
/// answer is checked to be a 503 with `Retry-After`.
async fn writer(
    clients: Arc<Clients>,
    first: usize,
    acked: watch::Sender<Vec<Written>>,
    stop: watch::Receiver<bool>,
) {
    let mut i = first;
    while !*stop.borrow() {
        match clients.write(i).await {
            Ok(w) => acked.send_modify(|a| a.push(w)),
            Err(r) => assert_unavailable(&r, &format!("write {i}")),
        }
        i += 2;
    }
}

/// `grant_type=refresh_token` of `token` by the CLI's client at the token endpoint.
async fn refresh(server: &TestServer, token: &str) -> Reply {
    let client_id = server.bootstrap["cli_client_id"].as_str().unwrap();
    let form = [
        ("grant_type", "refresh_token"),
        ("refresh_token", token),
        ("client_id", client_id),
    ];
    let req = server
        .client()
        .post(server.url("/oauth/v2/token"))
        .form(&form);
    WsApi::anonymous(server).send(req).await
}

/// Waits until `n` writes are acknowledged; two minutes is a liveness bound (a pool
/// that never reconnects fails here), not a speed assertion.
async fn acks_reach(acked: &mut watch::Receiver<Vec<Written>>, n: usize) {
    let reached = acked.wait_for(|a| a.len() >= n);
    tokio::time::timeout(Duration::from_secs(120), reached)
        .await
        .unwrap_or_else(|_| panic!("fewer than {n} writes acknowledged in two minutes"))
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_postgres_restart_mid_writes_answers_503_reconnects_and_loses_no_acknowledged_write() {
    let Some(pg) = OwnPostgres::start() else {
        return;
    };
    let dir = TempDir::new().unwrap();
    let data_dir = dir.path().join("data");
    let envs = [
        (DIR_VAR, data_dir.into_os_string()),
        (DB_VAR, pg.url().into()),
    ];
    let process = tokio::task::block_in_place(|| ServerProcess::start(ENTRY, &envs));
    let data_dir = dir.path().join("data");
    let server = TestServer::attach(&process.base_url, &data_dir).unwrap();
    let tokens = tokens_for(&server, "alice").await;
    let alice = WsApi::new(&server, tokens["access_token"].as_str().unwrap());
    let refresh_token = tokens["refresh_token"].as_str().unwrap().to_owned();
    let clients = Arc::new(Clients {
        alice,
        admin_pat: server.admin_pat.clone(),
        acme: org_id(&server, "Acme Corp"),
        server,
    });

    // Two writers (docs and users interleaved) keep going through the restart.
    let (acked_tx, mut acked) = watch::channel(Vec::new());
    let (stop_tx, stop_rx) = watch::channel(false);
    let writers: Vec<_> = (0..2)
        .map(|first| {
            tokio::spawn(writer(
                clients.clone(),
                first,
                acked_tx.clone(),
                stop_rx.clone(),
            ))
        })
        .collect();
    acks_reach(&mut acked, WRITES_EACH_SIDE).await;

    tokio::task::block_in_place(|| pg.ctl_stop());
    // While it is down, a write is a 503 with Retry-After, and nothing else.
    let down = clients
        .write(1_000_001)
        .await
        .expect_err("a write while PostgreSQL is down");
    assert_unavailable(&down, "a user created while PostgreSQL is down");
    let down = clients
        .write(1_000_000)
        .await
        .expect_err("a write while PostgreSQL is down");
    assert_unavailable(&down, "a doc created while PostgreSQL is down");
    // So is a refresh (the token endpoint), and the refresh token is not spent by it.
    let down = refresh(&clients.server, &refresh_token).await;
    assert_unavailable(&down, "a refresh while PostgreSQL is down");
    assert_eq!(down.body["error"], "temporarily_unavailable", "{down:?}");
    let before_start = acked.borrow().len();
    tokio::task::block_in_place(|| pg.ctl_start());
    let up = refresh(&clients.server, &refresh_token).await;
    assert_eq!(
        up.status, 200,
        "the refresh token after the restart: {up:?}"
    );

    // The same pool reconnects: the writers get acknowledgements again.
    acks_reach(&mut acked, before_start + WRITES_EACH_SIDE).await;
    stop_tx.send(true).unwrap();
    for w in writers {
        w.await.unwrap();
    }

    let written = acked.borrow().clone();
    for w in &written {
        assert!(clients.is_there(w).await, "acknowledged but lost: {w:?}");
    }
    drop(process);
}
