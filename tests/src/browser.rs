//! A real headless Chromium for end-to-end tests, driven over WebDriver
//! (`fantoccini`) through Debian's `chromedriver`.
//!
//! [`Browser::start`] picks a free loopback port, starts `chromedriver` in its own
//! process group with private `HOME`/`TMPDIR` and a private profile directory, waits
//! until it answers, and opens a session. Dropping the [`Browser`] kills that process
//! group (chromedriver and the Chromium it launched) and removes the directories.

use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;
use tempfile::TempDir;

/// Where Debian installs the browser and its driver.
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Why the browser could not be started.
#[derive(Debug, thiserror::Error)]
pub enum BrowserError {
    /// A file-system or process error (temp dirs, spawning chromedriver).
    #[error("browser harness: {0}")]
    Io(#[from] std::io::Error),
    /// chromedriver did not accept connections in time; its log is attached.
    #[error("chromedriver did not start listening on port {port}; its log:\n{log}")]
    DriverNotReady {
        /// The port it was told to use.
        port: u16,
        /// Its stdout/stderr.
        log: String,
    },
    /// The WebDriver session could not be created.
    #[error("could not open a Chromium session: {0}")]
    Session(#[from] fantoccini::error::NewSessionError),
}

/// A running chromedriver and one Chromium session; killed on drop.
pub struct Browser {
    client: Client,
    driver: Child,
    dirs: TempDir,
}

impl std::fmt::Debug for Browser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Browser")
            .field("driver_pid", &self.driver.id())
            .field("dir", &self.dirs.path())
            .finish_non_exhaustive()
    }
}

impl Browser {
    /// Starts chromedriver and a headless Chromium session.
    pub async fn start() -> Result<Self, BrowserError> {
        let dirs = tempfile::Builder::new().prefix("ws-browser.").tempdir()?;
        for sub in ["home", "tmp", "profile"] {
            std::fs::create_dir_all(dirs.path().join(sub))?;
        }
        let port = free_port()?;
        let log_path = dirs.path().join("chromedriver.log");
        let log = std::fs::File::create(&log_path)?;
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .env("HOME", dirs.path().join("home"))
            .env("TMPDIR", dirs.path().join("tmp"))
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            // Its own process group, so drop can end chromedriver and Chromium together.
            .process_group(0)
            .spawn()?;
        let mut guard = DriverGuard(Some(driver));
        if !wait_for_port(port).await {
            return Err(BrowserError::DriverNotReady {
                port,
                log: std::fs::read_to_string(&log_path).unwrap_or_default(),
            });
        }
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities(dirs.path().join("profile")))
            .connect(&format!("http://127.0.0.1:{port}"))
            .await?;
        let driver = guard
            .0
            .take()
            .ok_or_else(|| std::io::Error::other("driver lost"))?;
        Ok(Self {
            client,
            driver,
            dirs,
        })
    }

    /// The WebDriver client (navigate, find elements, type, click).
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Ends the session cleanly (Chromium exits), then chromedriver.
    pub async fn quit(self) {
        // Errors here only mean the session is already gone; drop kills the rest.
        let _ = self.client.clone().close().await;
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        kill_group(&mut self.driver);
    }
}

/// Kills a half-started chromedriver when `start` fails after spawning it.
struct DriverGuard(Option<Child>);

impl Drop for DriverGuard {
    fn drop(&mut self) {
        if let Some(child) = self.0.as_mut() {
            kill_group(child);
        }
    }
}

fn kill_group(child: &mut Child) {
    // The group id is chromedriver's pid (process_group(0)); it holds only the
    // driver and the browser it started.
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{}", child.id())])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    let _ = child.kill();
    let _ = child.wait();
}

fn capabilities(profile: PathBuf) -> serde_json::Map<String, serde_json::Value> {
    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
                format!("--user-data-dir={}", profile.display()),
            ],
        },
    });
    match caps {
        serde_json::Value::Object(map) => map,
        _ => serde_json::Map::new(),
    }
}

fn free_port() -> std::io::Result<u16> {
    let l = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))?;
    Ok(l.local_addr()?.port())
}

/// Polls until something accepts connections on `port` (up to about 20 s).
async fn wait_for_port(port: u16) -> bool {
    for _ in 0..200 {
        if tokio::net::TcpStream::connect((Ipv4Addr::LOCALHOST, port))
            .await
            .is_ok()
        {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}
