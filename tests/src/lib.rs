//! End-to-end test support shared by the tests in `tests/tests/`: [`server::TestServer`]
//! runs the real `ws-server` in-process on 127.0.0.1:0 with a temporary data directory,
//! and [`browser::Browser`] drives a real headless Chromium through chromedriver.
//! No mocks: real SQLite file, real HTTP, real browser.

pub mod browser;
pub mod server;

pub use server::{TestOptions, TestServer};
