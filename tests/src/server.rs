//! [`TestServer`]: the real `ws-server`, started in-process on 127.0.0.1:0 over a
//! temporary data directory, with the files bootstrap wrote already read in.
//!
//! The server runs on its own thread and tokio runtime, so it keeps answering whatever
//! the test does (blocking calls, a single-threaded test runtime, a browser) and stops
//! gracefully when the `TestServer` is dropped or [`TestServer::stop`]ped.
//! [`TestServer::attach`] instead describes a server a test runs in a child process
//! (to SIGKILL it), so the same helpers work against it.
//!
//! Records are in `DIR/data/ws.db` (SQLite), or with `WS_TEST_STORAGE=postgres` in a
//! database of the server's own on the test PostgreSQL ([`crate::postgres`]); blobs
//! are in the data directory, or with `WS_TEST_BLOBS=s3` on the test S3 server
//! ([`crate::s3`]). [`TestServer::store`] opens whichever it is.

use std::path::{Path, PathBuf};
use std::thread::JoinHandle;

use anyhow::Context;
use serde_json::Value;
use tempfile::TempDir;
use tokio::sync::oneshot;
use ws_server::ServerConfig;
use ws_storage::Store;

use crate::postgres::TestDatabase;

/// How to start a [`TestServer`].
#[derive(Debug, Default)]
pub struct TestOptions {
    /// Create the demo tenants (as `ws-server serve --demo`).
    pub demo: bool,
    /// Base configuration; `server.listen`, `server.data_dir` and `server.demo` are
    /// replaced by the harness (the issuer too, unless set here).
    pub config: ServerConfig,
    /// Reuse this temporary directory (from [`TestServer::stop`]), whose `data/` holds the
    /// data directory, instead of a new one.
    pub data_dir: Option<TempDir>,
    /// Listen on this port of 127.0.0.1 instead of a free one: restarting a stopped
    /// server at the same address, as clients that stay open (the dashboard) see it.
    pub port: Option<u16>,
}

/// A running in-process `ws-server`.
#[derive(Debug)]
pub struct TestServer {
    /// `http://127.0.0.1:<port>` (no trailing slash); also the issuer unless configured.
    pub base_url: String,
    /// The data directory (`data/` in a temporary directory removed on drop).
    pub data_dir: PathBuf,
    /// Contents of `DIR/bootstrap.json` (issuer and ids, no secrets).
    pub bootstrap: Value,
    /// The IAM_OWNER service account's personal access token (`DIR/admin.pat`).
    pub admin_pat: String,
    /// Contents of `DIR/demo-credentials.json` when started with demo data.
    pub demo_credentials: Option<Value>,
    /// Its PostgreSQL database, when on PostgreSQL; dropped with the server unless
    /// [`TestServer::stop`] hands the data directory back for a restart.
    database: Option<TestDatabase>,
    dir: Option<TempDir>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<anyhow::Result<()>>>,
}

impl TestServer {
    /// A fresh server with the default bootstrap. Panics if it cannot start.
    pub async fn start() -> Self {
        Self::start_with(TestOptions::default()).await
    }

    /// A fresh server with the demo tenants (Acme Corp, Globex Inc). Panics if it cannot start.
    pub async fn start_demo() -> Self {
        Self::start_with(TestOptions {
            demo: true,
            ..TestOptions::default()
        })
        .await
    }

    /// A server with custom options. Panics if it cannot start.
    pub async fn start_with(options: TestOptions) -> Self {
        Self::try_start_with(options)
            .await
            .expect("test server failed to start")
    }

    /// A server with custom options, or the reason it could not start.
    pub async fn try_start_with(options: TestOptions) -> anyhow::Result<Self> {
        let restart = options.data_dir.is_some();
        let dir = match options.data_dir {
            Some(d) => d,
            None => TempDir::with_prefix("ws-test-")?,
        };
        // A directory the server creates itself (mode 0700), inside the temporary one.
        let data_dir = dir.path().join("data");
        let mut config = options.config;
        let identity_provider = config.identity.enabled;
        config.server.data_dir = Some(data_dir.clone());
        config.server.demo = options.demo;
        if config.blobs.url.is_none()
            && let Some(s3) = crate::s3::section_for(dir.path())
        {
            config.blobs = s3;
        }
        let database = match config.storage.database_url {
            Some(_) => None,
            None => crate::postgres::database_for(dir.path()).await?,
        };
        if let Some(db) = &database {
            config.storage = db.section();
        }
        let started = Self::launch(config, options.port, identity_provider, &data_dir).await;
        let (addr, shutdown, thread, files) = match started {
            Ok(parts) => parts,
            Err(e) => {
                // A first start that failed leaves nothing to restart on.
                if let (true, Some(mut db)) = (restart, database) {
                    db.disown();
                }
                return Err(e);
            }
        };
        Ok(Self {
            base_url: format!("http://{addr}"),
            data_dir,
            bootstrap: files.bootstrap,
            admin_pat: files.admin_pat,
            demo_credentials: files.demo_credentials,
            database,
            dir: Some(dir),
            shutdown: Some(shutdown),
            thread: Some(thread),
        })
    }

    /// Runs the server on its thread and waits until it listens (or fails to start).
    async fn launch(
        config: ServerConfig,
        port: Option<u16>,
        identity_provider: bool,
        data_dir: &Path,
    ) -> anyhow::Result<Launched> {
        let (ready_tx, ready_rx) = oneshot::channel();
        let (shutdown_tx, shutdown_rx) = oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("ws-test-server".into())
            .spawn(move || run_server(config, port.unwrap_or(0), ready_tx, shutdown_rx))?;
        let addr = match ready_rx.await {
            Ok(Ok(addr)) => addr,
            Ok(Err(e)) => return Err(e),
            Err(_) => {
                return Err(thread_result(thread).err().unwrap_or_else(|| {
                    anyhow::anyhow!("server thread ended before it was ready")
                }));
            }
        };
        let files = match identity_provider {
            true => BootstrapFiles::read(data_dir)?,
            false => BootstrapFiles::none(),
        };
        Ok((addr, shutdown_tx, thread, files))
    }

    /// A handle on a server that runs elsewhere (a child process the test started and
    /// may kill) at `base_url` over `data_dir`, with the files bootstrap wrote there read
    /// in, for the helpers that take a `TestServer`. Dropping it leaves that server alone.
    pub fn attach(base_url: &str, data_dir: &Path) -> anyhow::Result<Self> {
        let files = BootstrapFiles::read(data_dir)?;
        Ok(Self {
            base_url: base_url.trim_end_matches('/').to_owned(),
            data_dir: data_dir.to_owned(),
            bootstrap: files.bootstrap,
            admin_pat: files.admin_pat,
            demo_credentials: files.demo_credentials,
            database: None,
            dir: None,
            shutdown: None,
            thread: None,
        })
    }

    /// The server's store (the same database, SQLite or PostgreSQL), opened beside it,
    /// for tests that look at records directly.
    pub async fn store(&self) -> Store {
        match crate::postgres::database_of(&self.data_dir) {
            Some(db) => db.store().await,
            None => Store::open_sqlite(&self.data_dir.join("ws.db"))
                .await
                .expect("open the test server's store"),
        }
    }

    /// `base_url` + `path` (`path` starts with `/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// An HTTP client suited to talking to this server (no redirects followed, so tests
    /// see the 302s of the OIDC flows).
    pub fn client(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("reqwest client")
    }

    /// Sends the shutdown signal (as SIGTERM would) without waiting: the server stops
    /// accepting connections and finishes the requests in flight.
    pub fn begin_shutdown(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }

    /// Shuts the server down gracefully, waits for it, and hands back the data directory
    /// so a test can start again on it.
    pub fn stop(mut self) -> anyhow::Result<TempDir> {
        self.shutdown_and_join()?;
        // The database goes on with the directory, for the next start on it.
        if let Some(db) = self.database.as_mut() {
            db.disown();
        }
        self.dir.take().context("data directory already taken")
    }

    fn shutdown_and_join(&mut self) -> anyhow::Result<()> {
        self.begin_shutdown();
        match self.thread.take() {
            Some(t) => thread_result(t),
            None => Ok(()),
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Err(e) = self.shutdown_and_join() {
            eprintln!("test server stopped with an error: {e:#}");
        }
        // Its database (if any) is dropped after it, with the `database` field.
    }
}

/// What [`TestServer::launch`] hands back: address, shutdown switch, thread, files.
type Launched = (
    std::net::SocketAddr,
    oneshot::Sender<()>,
    JoinHandle<anyhow::Result<()>>,
    BootstrapFiles,
);

fn thread_result(t: JoinHandle<anyhow::Result<()>>) -> anyhow::Result<()> {
    t.join()
        .map_err(|_| anyhow::anyhow!("server thread panicked"))?
}

/// Body of the server thread: its own runtime, a port-0 listener, the real server.
fn run_server(
    mut config: ServerConfig,
    port: u16,
    ready: oneshot::Sender<anyhow::Result<std::net::SocketAddr>>,
    shutdown: oneshot::Receiver<()>,
) -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let started = async {
            let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
            config.server.listen = listener.local_addr()?;
            let shutdown = async move {
                let _ = shutdown.await;
            };
            ws_server::start(listener, config, shutdown).await
        }
        .await;
        match started {
            Ok(running) => {
                let _ = ready.send(Ok(running.local_addr));
                running.wait().await
            }
            Err(e) => {
                let _ = ready.send(Err(e));
                Ok(())
            }
        }
    })
}

/// What bootstrap leaves in the data directory for clients.
struct BootstrapFiles {
    bootstrap: Value,
    admin_pat: String,
    demo_credentials: Option<Value>,
}

impl BootstrapFiles {
    /// A workspace-only server bootstraps nothing: `bootstrap` is null, the PAT empty.
    fn none() -> Self {
        Self {
            bootstrap: Value::Null,
            admin_pat: String::new(),
            demo_credentials: None,
        }
    }

    fn read(dir: &Path) -> anyhow::Result<Self> {
        let bootstrap = read_json(&dir.join("bootstrap.json"))?
            .context("bootstrap did not write bootstrap.json")?;
        let admin_pat = std::fs::read_to_string(dir.join("admin.pat"))
            .context("reading admin.pat")?
            .trim()
            .to_owned();
        let demo_credentials = read_json(&dir.join("demo-credentials.json"))?;
        Ok(Self {
            bootstrap,
            admin_pat,
            demo_credentials,
        })
    }
}

fn read_json(path: &Path) -> anyhow::Result<Option<Value>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(
            serde_json::from_slice(&bytes)
                .with_context(|| format!("parsing {}", path.display()))?,
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}
