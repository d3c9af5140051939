//! The parts of a fleet for the fleet test: workspace-only replicas in child processes
//! (each a configuration file, as an operator writes one), HAProxy in front of them on
//! free ports, and their `/metrics` read back.
//!
//! The services come from the run (scripts/test.sh): PostgreSQL
//! (`WS_TEST_DATABASE_URL`), S3 (`WS_TEST_S3_ENDPOINT`), Redis (`WS_TEST_REDIS_URL`) and
//! HAProxy's binary (`WS_TEST_HAPROXY`). [`Services::from_env`] says `None` when one is
//! missing (the test is skipped), unless `WS_TEST_REQUIRE_SERVICES=1`, which fails it.
//! The replicas reach PostgreSQL through a TCP proxy of the test's own, so the test can
//! take the database away from them and bring it back without disturbing the shared
//! server other tests use.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use ws_tests::TestServer;
use ws_tests::postgres::TestDatabase;
use ws_tests::proxy::TcpProxy;

use super::server_process::ServerProcess;

/// What the run provides.
pub struct Services {
    pub database: TestDatabase,
    /// In front of the database's server: cutting it is PostgreSQL going down for the
    /// replicas (and only for them).
    pub database_proxy: TcpProxy,
    pub s3_endpoint: String,
    pub s3_bucket: String,
    pub redis_url: String,
    pub haproxy: PathBuf,
}

impl Services {
    /// The run's services with a fresh database, or `None` (after saying why).
    pub async fn from_env() -> Option<Self> {
        let required = std::env::var("WS_TEST_REQUIRE_SERVICES").as_deref() == Ok("1");
        let var = |name: &str| {
            let value = std::env::var(name).ok().filter(|v| !v.is_empty());
            if value.is_none() {
                assert!(
                    !required,
                    "WS_TEST_REQUIRE_SERVICES=1 but {name} is not set"
                );
                eprintln!("skipped: {name} is not set (scripts/services/)");
            }
            value
        };
        let haproxy = PathBuf::from(var("WS_TEST_HAPROXY")?);
        let redis_url = var("WS_TEST_REDIS_URL")?;
        let (s3_endpoint, s3_bucket) = ws_tests::s3::server()?;
        let Some(database_server) = ws_tests::postgres::server_url() else {
            eprintln!("skipped: WS_TEST_DATABASE_URL is not set (scripts/services/postgres.sh)");
            return None;
        };
        let database = TestDatabase::create(&database_server).await.unwrap();
        let url = reqwest::Url::parse(&database.url).unwrap();
        let target = format!("{}:{}", url.host_str().unwrap(), url.port().unwrap_or(5432));
        let database_proxy = TcpProxy::start(&target).await;
        Some(Self {
            database,
            database_proxy,
            s3_endpoint,
            s3_bucket,
            redis_url,
            haproxy,
        })
    }

    /// The database's URL through the proxy.
    pub fn proxied_database_url(&self) -> String {
        let mut url = reqwest::Url::parse(&self.database.url).unwrap();
        url.set_port(Some(self.database_proxy.addr.port())).unwrap();
        url.to_string()
    }
}

/// The `ws-server.toml` of one workspace-only replica trusting `idp`, on `port`, over
/// the shared database, blob prefix and Redis key prefix, allowing each principal
/// `api_limit` API requests an hour.
pub fn replica_config(
    idp: &TestServer,
    s: &Services,
    port: u16,
    data_dir: &Path,
    prefix: &str,
    api_limit: u32,
) -> String {
    let client: Value = serde_json::from_slice(
        &std::fs::read(idp.data_dir.join("introspection-client.json")).unwrap(),
    )
    .unwrap();
    let audience = ws_tests::workspace::project_id(idp);
    let pat_file = idp.data_dir.join("admin.pat");
    format!(
        r#"[server]
listen = "127.0.0.1:{port}"
data_dir = "{data_dir}"
trusted_proxies = ["127.0.0.1/32"]
shutdown_grace = "100ms"

[identity]
enabled = false

[workspace]
issuer = "{issuer}"
audience = "{audience}"
introspection_client_id = "{client_id}"
introspection_client_secret = "{client_secret}"
directory_pat_file = "{pat_file}"

[storage]
database_url = "{database}"
pool_size = 4
# While the database is away a request waits this long for a connection, then is a 503.
acquire_timeout = "1s"

[blobs]
url = "s3://{bucket}/{prefix}"
endpoint = "{endpoint}"
region = "us-east-1"
access_key_id = "{access}"
secret_access_key = "{secret}"

[rate_limit]
enabled = true
window = "1h"
api_per_principal = {api_limit}
api_per_address = 100000
redis_url = "{redis}"
redis_key_prefix = "{prefix}"
redis_failure = "fail_closed"
"#,
        data_dir = data_dir.display(),
        issuer = idp.base_url,
        client_id = client["client_id"].as_str().unwrap(),
        client_secret = client["client_secret"].as_str().unwrap(),
        pat_file = pat_file.display(),
        database = s.proxied_database_url(),
        bucket = s.s3_bucket,
        endpoint = s.s3_endpoint,
        access = ws_tests::s3::ACCESS_KEY,
        secret = ws_tests::s3::SECRET_KEY,
        redis = s.redis_url,
    )
}

/// Starts a replica from `config` written into `dir`. Blocks.
pub fn start_replica(dir: &Path, config: &str) -> ServerProcess {
    let file = dir.join("ws-server.toml");
    std::fs::write(&file, config).unwrap();
    ServerProcess::start_config(&file, &dir.join("data"))
}

/// HAProxy round robin over `backends` (ports on 127.0.0.1), health-checking
/// `/readyz`; killed when dropped.
pub struct Haproxy {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
}

impl Haproxy {
    /// Writes `dir/haproxy.cfg`, checks it (`haproxy -c`) and starts HAProxy.
    pub fn start(bin: &Path, dir: &Path, port: u16, backends: &[u16]) -> Self {
        let servers: String = backends
            .iter()
            .enumerate()
            .map(|(i, p)| format!("    server r{i} 127.0.0.1:{p} check\n"))
            .collect();
        // Retries with redispatch: a request that finds a replica dead (refused) is
        // sent to the other one, as a production load balancer does.
        let cfg = format!(
            "global\n    maxconn 256\n\
             defaults\n    mode http\n    timeout connect 2s\n    timeout client 5m\n    \
             timeout server 5m\n    retries 3\n    option redispatch\n    option forwardfor\n\
             frontend fe\n    bind 127.0.0.1:{port}\n    default_backend be\n\
             backend be\n    balance roundrobin\n    option httpchk GET /readyz\n    \
             default-server inter 300ms fall 2 rise 1\n{servers}"
        );
        let file = dir.join("haproxy.cfg");
        std::fs::write(&file, cfg).unwrap();
        let check = Command::new(bin)
            .arg("-c")
            .arg("-f")
            .arg(&file)
            .output()
            .unwrap();
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

    /// Waits (a liveness bound) until `/readyz` through HAProxy answers 200 four times
    /// in a row (round robin alternates the replicas, so both are up).
    pub async fn wait_ready(&self) {
        let http = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut ok = 0;
        while ok < 4 {
            assert!(Instant::now() < deadline, "HAProxy never became ready");
            match http.get(format!("{}/readyz", self.url)).send().await {
                Ok(r) if r.status() == 200 => ok += 1,
                _ => {
                    ok = 0;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        }
    }
}

impl Drop for Haproxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The sum of `http_server_requests_total` samples at `base_url/metrics` whose
/// labels contain every one of `labels` (e.g. `method="PUT"`).
pub async fn requests_counted(base_url: &str, labels: &[&str]) -> u64 {
    let text = reqwest::get(format!("{base_url}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    text.lines()
        .filter(|l| l.starts_with("http_server_requests_total{"))
        .filter(|l| labels.iter().all(|want| l.contains(want)))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .map(|v| v as u64)
        .sum()
}
