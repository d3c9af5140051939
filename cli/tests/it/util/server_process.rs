//! A real `ws-server` in a child process ([`ws_tests::child`]), so a test can SIGKILL
//! it mid-request and start it again on the same port and data directory (clients
//! remember the URL): the demo tenants over the data directory and port named in the
//! child's environment, on SQLite or (with `WS_TEST_STORAGE=postgres`) on the test
//! PostgreSQL. The child runs [`ENTRY`], which must call [`serve_if_asked`].

use std::path::{Path, PathBuf};

use ws_tests::TestServer;

/// The full name (module path included: `--exact` matches it) of the `#[ignore]`d test
/// that runs [`serve_if_asked`] in the child.
pub const ENTRY: &str = "drive_server_kill::server_process_entry";
const DIR_VAR: &str = "WS_TEST_SERVER_PROCESS_DIR";
const PORT_VAR: &str = "WS_TEST_SERVER_PROCESS_PORT";
/// A configuration file the child serves instead (as `ws-server serve --config FILE`).
const CONFIG_VAR: &str = "WS_TEST_SERVER_PROCESS_CONFIG";

/// A `ws-server` process; killed (SIGKILL) when dropped.
pub struct ServerProcess {
    process: ws_tests::child::ServerProcess,
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
        let port = port.to_string();
        let envs = [(DIR_VAR, data_dir.as_os_str()), (PORT_VAR, port.as_ref())];
        let process = ws_tests::child::ServerProcess::start(ENTRY, &envs);
        Self {
            base_url: process.base_url.clone(),
            port: process.port,
            process,
            data_dir: data_dir.to_owned(),
        }
    }

    /// Starts the server the configuration file `config` describes (its listen port,
    /// data directory `data_dir`, storage...), loaded as `ws-server serve --config`
    /// loads it, and waits (bounded) until it listens. Blocks.
    pub fn start_config(config: &Path, data_dir: &Path) -> Self {
        let process = ws_tests::child::ServerProcess::start(ENTRY, &[(CONFIG_VAR, config)]);
        Self {
            base_url: process.base_url.clone(),
            port: process.port,
            process,
            data_dir: data_dir.to_owned(),
        }
    }

    /// A [`TestServer`] describing this process, for the helpers that take one.
    pub fn handle(&self) -> TestServer {
        TestServer::attach(&self.base_url, &self.data_dir).unwrap()
    }

    /// SIGKILL: no shutdown, no flushing, requests in flight cut off.
    pub fn kill(self) {
        self.process.kill();
    }
}

/// In the child process (its environment names a data directory): serves until killed
/// or until stdin closes. Anywhere else: returns at once.
pub fn serve_if_asked() {
    if let Some(file) = std::env::var_os(CONFIG_VAR) {
        let config = ws_server::ServerConfig::load(
            Some(Path::new(&file)),
            std::env::vars(),
            &ws_server::FlagOverrides::default(),
        )
        .unwrap();
        let port = config.server.listen.port();
        return ws_tests::child::serve(config, port);
    }
    let (Some(dir), Ok(port)) = (std::env::var_os(DIR_VAR), std::env::var(PORT_VAR)) else {
        return;
    };
    let mut config = ws_server::ServerConfig::default();
    let dir = PathBuf::from(dir);
    // On PostgreSQL (WS_TEST_STORAGE=postgres) every start over this directory uses
    // one database, named beside it. It outlives the process (the next start needs
    // it), and nothing sees when the test is done with it: it stays until the test
    // cluster is removed.
    let rt = tokio::runtime::Runtime::new().unwrap();
    let database = rt
        .block_on(ws_tests::postgres::database_for(dir.parent().unwrap()))
        .unwrap();
    drop(rt);
    if let Some(mut db) = database {
        config.storage = db.section();
        db.disown();
    }
    config.server.data_dir = Some(dir);
    config.server.demo = true;
    ws_tests::child::serve(config, port.parse().unwrap());
}
