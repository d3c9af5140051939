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

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
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
    /// A browser command failed (navigation, an element that never appeared, ...).
    #[error("browser command failed: {0}")]
    Command(#[from] fantoccini::error::CmdError),
    /// A page did not show what the flow expected.
    #[error("unexpected page: {0}")]
    Page(String),
}

/// The answer given on the device consent page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceDecision {
    /// Click Approve; the page then says "Device connected".
    Approve,
    /// Click Deny; the page then says "Request denied".
    Deny,
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

    /// Waits (up to 10 s) for an element matching `css` and returns it.
    pub async fn wait_for(&self, css: &str) -> Result<Element, BrowserError> {
        Ok(self
            .client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await?)
    }

    /// Waits until the page's `<h1>` reads `text`. A bare `h1` wait right after a click
    /// can match the old page's heading, which then goes stale when the navigation lands.
    pub async fn wait_for_heading(&self, text: &str) -> Result<(), BrowserError> {
        let xpath = format!("//h1[normalize-space()='{text}']");
        let found = self
            .client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::XPath(&xpath))
            .await;
        if found.is_ok() {
            return Ok(());
        }
        let now = match self.client.find(Locator::Css("h1")).await {
            Ok(h) => h.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        Err(BrowserError::Page(format!(
            "expected the heading {text:?}, the page says {now:?}"
        )))
    }

    /// Fills and submits the identity provider's sign-in form (`#username`,
    /// `#password`, `#submit`) on the page the browser shows now.
    pub async fn sign_in(&self, username: &str, password: &str) -> Result<(), BrowserError> {
        let user = self.wait_for("#username").await?;
        user.clear().await?;
        user.send_keys(username).await?;
        self.client
            .find(Locator::Id("password"))
            .await?
            .send_keys(password)
            .await?;
        self.client
            .find(Locator::Id("submit"))
            .await?
            .click()
            .await?;
        Ok(())
    }

    /// Opens `url` (an authorization URL) and signs in there; the browser then
    /// follows the redirect to the client.
    pub async fn sign_in_at(
        &self,
        url: &str,
        username: &str,
        password: &str,
    ) -> Result<(), BrowserError> {
        self.client.goto(url).await?;
        self.sign_in(username, password).await
    }

    /// Approves a device: opens `verification_uri_complete`, confirms the pre-filled
    /// code, signs in when asked, and clicks Approve on the consent page.
    pub async fn approve_device(
        &self,
        verification_uri_complete: &str,
        username: &str,
        password: &str,
    ) -> Result<(), BrowserError> {
        self.decide_device(
            verification_uri_complete,
            username,
            password,
            DeviceDecision::Approve,
        )
        .await
    }

    /// Walks the device pages like [`Browser::approve_device`] and then clicks the
    /// button of `decision`, waiting until the page that answers it has loaded.
    pub async fn decide_device(
        &self,
        verification_uri_complete: &str,
        username: &str,
        password: &str,
        decision: DeviceDecision,
    ) -> Result<(), BrowserError> {
        self.client.goto(verification_uri_complete).await?;
        self.wait_for("#user_code").await?;
        self.client
            .find(Locator::Id("submit"))
            .await?
            .click()
            .await?;
        let next = self.wait_for("#username, #approve").await?;
        if next.attr("id").await?.as_deref() == Some("username") {
            self.sign_in(username, password).await?;
        }
        let (button, heading) = match decision {
            DeviceDecision::Approve => ("#approve", "Device connected"),
            DeviceDecision::Deny => ("#deny", "Request denied"),
        };
        self.wait_for(button).await?.click().await?;
        self.wait_for_heading(heading).await
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
