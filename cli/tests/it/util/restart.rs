//! Helpers of tests that restart the server under a running `ws`: a demo server on
//! a fixed port that stops quickly, and the lines a child prints, one at a time.

use std::io::{BufRead, BufReader};

use ws_tests::TestServer;

/// Lines of a child's stream, read on a thread and handed over one at a time.
pub struct Lines(pub std::sync::mpsc::Receiver<String>);

impl Lines {
    pub fn of(r: impl std::io::Read + Send + 'static) -> Self {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(r).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Self(rx)
    }

    /// The next line; a liveness bound (two minutes), not a speed assertion.
    pub fn next(&self) -> String {
        self.0
            .recv_timeout(std::time::Duration::from_secs(120))
            .expect("ws printed no further line")
    }
}

/// A demo server on `port` over `data_dir` (a new one if `None`) that stops quickly:
/// an open audit stream would otherwise hold the graceful shutdown for its whole grace.
pub async fn server_on(port: u16, data_dir: Option<tempfile::TempDir>) -> TestServer {
    let mut config = ws_server::ServerConfig::default();
    config.server.shutdown_grace = std::time::Duration::from_millis(100);
    TestServer::start_with(ws_tests::TestOptions {
        demo: true,
        config,
        data_dir,
        port: Some(port),
    })
    .await
}
