//! A real `ws-server` in a child process, so a test can SIGKILL it mid-request and
//! start it again on the same port and data directory (clients remember the URL).
//!
//! The child is the test binary itself, run again with only its [`ENTRY`] test, which
//! must call [`serve_if_asked`]: that serves the data directory and port named in its
//! environment, with the demo tenants, through `ws_server::start` as the `ws-server`
//! binary does, on SQLite or (with `WS_TEST_STORAGE=postgres`) on the test PostgreSQL.
//! (The `ws-server` executable is not a build product of this package, so
//! it could be missing or stale.) The child exits when its stdin closes, so it never
//! outlives the test that started it.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use ws_tests::TestServer;

/// The full name (module path included: `--exact` matches it) of the `#[ignore]`d test
/// that runs [`serve_if_asked`] in the child.
pub const ENTRY: &str = "drive_server_kill::server_process_entry";
const DIR_VAR: &str = "WS_TEST_SERVER_PROCESS_DIR";
const PORT_VAR: &str = "WS_TEST_SERVER_PROCESS_PORT";
/// The line the child prints, followed by its address, once it answers requests.
const READY: &str = "ws-test-server-process listening on";

/// A `ws-server` process; killed (SIGKILL) when dropped.
pub struct ServerProcess {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub base_url: String,
    /// The port it listens on.
    pub port: u16,
    data_dir: PathBuf,
}

impl ServerProcess {
    /// Starts the server over `data_dir` (created on first use) on `port` (0: any
    /// free one) and waits (bounded) until it listens. Blocks.
    pub fn start(data_dir: &Path, port: u16) -> Self {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                ENTRY,
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(DIR_VAR, data_dir)
            .env(PORT_VAR, port.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        let (tx, rx) = std::sync::mpsc::channel();
        // Reads up to the ready line, then drains the rest so the child never blocks.
        std::thread::spawn(move || {
            for line in stdout.lines().map_while(Result::ok) {
                // libtest prints `test NAME ... ` on the same line first.
                if let Some((_, addr)) = line.split_once(READY) {
                    let _ = tx.send(addr.trim().to_owned());
                }
            }
        });
        let addr = rx
            .recv_timeout(Duration::from_secs(120))
            .expect("the server process did not start (its stderr is above)");
        let port = addr.rsplit(':').next().unwrap().parse().unwrap();
        Self {
            child,
            base_url: format!("http://{addr}"),
            port,
            data_dir: data_dir.to_owned(),
        }
    }

    /// A [`TestServer`] describing this process, for the helpers that take one.
    pub fn handle(&self) -> TestServer {
        TestServer::attach(&self.base_url, &self.data_dir).unwrap()
    }

    /// SIGKILL: no shutdown, no flushing, requests in flight cut off.
    pub fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// In the child process (its environment names a data directory): serves until killed
/// or until stdin closes. Anywhere else: returns at once.
pub fn serve_if_asked() {
    let (Some(dir), Ok(port)) = (std::env::var_os(DIR_VAR), std::env::var(PORT_VAR)) else {
        return;
    };
    std::thread::spawn(|| {
        let _ = std::io::copy(&mut std::io::stdin(), &mut std::io::sink());
        std::process::exit(0);
    });
    let port: u16 = port.parse().unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async move {
        let mut config = ws_server::ServerConfig::default();
        let dir = PathBuf::from(dir);
        // On PostgreSQL (WS_TEST_STORAGE=postgres) every start over this directory uses
        // one database, named beside it. It outlives the process (the next start needs
        // it), and nothing sees when the test is done with it: it stays until the test
        // cluster is removed.
        let database = ws_tests::postgres::database_for(dir.parent().unwrap())
            .await
            .unwrap();
        if let Some(mut db) = database {
            config.storage = db.section();
            db.disown();
        }
        config.server.data_dir = Some(dir);
        config.server.demo = true;
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .unwrap();
        config.server.listen = listener.local_addr().unwrap();
        let running = ws_server::start(listener, config, std::future::pending())
            .await
            .unwrap();
        println!("{READY} {}", running.local_addr);
        running.wait().await.unwrap();
    });
}
