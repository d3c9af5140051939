//! Starting servers in process and as the real binary, and finding the services the
//! tests need.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, ChildStderr, Command, Stdio};

use tokio::sync::oneshot;
use ws_server::{RunningServer, ServerConfig};

/// An in-process server on a port-0 listener, stopped when dropped.
pub(crate) struct Server {
    _running: RunningServer,
    pub(crate) base: String,
    stop: Option<oneshot::Sender<()>>,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Starts a server whose configuration `adjust` changes from the defaults.
pub(crate) async fn start(adjust: impl FnOnce(&mut ServerConfig)) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let mut config = ServerConfig::default();
    config.server.data_dir = Some(dir.path().join("data"));
    adjust(&mut config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    let running = ws_server::start(listener, config, async move {
        let _ = stopped.await;
    })
    .await
    .unwrap();
    let base = format!("http://{}", running.local_addr);
    Server {
        _running: running,
        base,
        stop: Some(stop),
        _dir: dir,
    }
}

/// Whether a missing service must fail the test instead of skipping it.
pub(crate) fn services_required() -> bool {
    std::env::var_os("WS_TEST_REQUIRE_SERVICES").is_some_and(|v| v == "1")
}

/// The path of `program` on PATH, or `None` (a failure when services are required).
pub(crate) fn program(program: &str) -> Option<std::path::PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(program))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        assert!(
            !services_required(),
            "{program} is not installed but WS_TEST_REQUIRE_SERVICES=1"
        );
        eprintln!("skipped: {program} is not installed");
    }
    found
}

/// The real `ws-server` binary serving with `config_file`, killed when dropped.
pub(crate) struct Binary {
    pub(crate) child: Child,
    pub(crate) stderr: BufReader<ChildStderr>,
    pub(crate) addr: String,
}

impl Binary {
    pub(crate) fn serve(config_file: &Path, log: &str) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ws-server"))
            .args(["serve", "--listen", "127.0.0.1:0", "--config"])
            .arg(config_file)
            .env("WS_LOG", log)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let line = read_until(&mut stderr, "is listening on ");
        let addr = line.rsplit("://").next().unwrap().trim().to_owned();
        Self {
            child,
            stderr,
            addr,
        }
    }

    /// Sends `signal` (`HUP`, `TERM`, ...) to the process.
    pub(crate) fn signal(&self, signal: &str) {
        signal_pid(self.child.id(), signal);
    }

    /// Stops the server with SIGTERM and returns the rest of its log.
    pub(crate) fn stop(mut self) -> String {
        self.signal("TERM");
        let mut rest = String::new();
        std::io::Read::read_to_string(&mut self.stderr, &mut rest).unwrap();
        let exit = self.child.wait().unwrap();
        assert!(exit.success(), "exit {exit:?}; log: {rest}");
        rest
    }
}

impl Drop for Binary {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) fn signal_pid(pid: u32, signal: &str) {
    let status = Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(pid.to_string())
        .status()
        .unwrap();
    assert!(status.success(), "kill -{signal} {pid}");
}

/// Reads log lines until one contains `needle`; returns it (panics at end of output).
pub(crate) fn read_until(stderr: &mut BufReader<ChildStderr>, needle: &str) -> String {
    let mut seen = String::new();
    loop {
        let mut line = String::new();
        let n = stderr.read_line(&mut line).unwrap();
        assert!(n > 0, "output ended before {needle:?}:\n{seen}");
        if line.contains(needle) {
            return line;
        }
        seen.push_str(&line);
    }
}
