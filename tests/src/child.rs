//! A real `ws-server` in a child process, so a test can SIGKILL it or cut its database
//! off under it and start it again.
//!
//! The child is the test binary itself, run again with only an `#[ignore]`d entry test
//! (named by the caller, module path included), which calls [`serve`] with the
//! configuration it builds from the environment the caller gave it. (A `ws-server`
//! executable is not a build product of the test packages, so it could be missing or
//! stale.) The child exits when its stdin closes, so it never outlives its test.

use std::ffi::OsStr;
use std::io::BufRead;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The line the child prints, followed by its address, once it answers requests.
const READY: &str = "ws-test-server-process listening on";

/// A server process; killed (SIGKILL) when dropped.
#[derive(Debug)]
pub struct ServerProcess {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub base_url: String,
    /// The port it listens on.
    pub port: u16,
}

impl ServerProcess {
    /// Runs `entry` of this test binary with `envs` and waits (bounded: two minutes,
    /// a liveness bound) until it listens. Blocks.
    pub fn start<K: AsRef<OsStr>, V: AsRef<OsStr>>(entry: &str, envs: &[(K, V)]) -> Self {
        let mut child = Command::new(std::env::current_exe().expect("the test binary"))
            .args([
                entry,
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .envs(envs.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start the server process");
        let stdout = std::io::BufReader::new(child.stdout.take().expect("piped stdout"));
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
        let port = addr
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .expect("the server process printed its address");
        Self {
            child,
            base_url: format!("http://{addr}"),
            port,
        }
    }

    /// SIGKILL: no shutdown, no flushing, requests in flight cut off.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// In the child: serves `config` on `port` of 127.0.0.1 (0: any free one) until
/// killed or until stdin closes, announcing its address to [`ServerProcess::start`].
pub fn serve(mut config: ws_server::ServerConfig, port: u16) {
    std::thread::spawn(|| {
        let _ = std::io::copy(&mut std::io::stdin(), &mut std::io::sink());
        std::process::exit(0);
    });
    let rt = tokio::runtime::Runtime::new().expect("a runtime");
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .expect("bind the server port");
        config.server.listen = listener.local_addr().expect("its address");
        let running = ws_server::start(listener, config, std::future::pending())
            .await
            .expect("the server starts");
        println!("{READY} {}", running.local_addr);
        running.wait().await.expect("the server runs");
    });
}
