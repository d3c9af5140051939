//! End-to-end test support shared by the tests in `tests/tests/`: [`server::TestServer`]
//! runs the real `ws-server` in-process on 127.0.0.1:0 with a temporary data directory,
//! and [`browser::Browser`] drives a real headless Chromium through chromedriver;
//! [`python::SdkVenv`] provides the official ZITADEL Python SDK in a cached venv.
//! [`login`] signs demo users in without a browser, and [`workspace`] gives tests of
//! the workspace API real tokens ([`workspace::token_for`]) and a small client;
//! [`s3`] moves blobs to the test S3 server when `WS_TEST_BLOBS=s3`, [`postgres`]
//! records to the test PostgreSQL when `WS_TEST_STORAGE=postgres`;
//! [`child`] runs the server in a child process (to SIGKILL it);
//! [`proxy`] puts a TCP proxy in front of a service, to cut it off and bring it back;
//! [`idp`] runs a workspace in front of another server playing the remote ZITADEL.
//! No mocks: real SQLite file or PostgreSQL, real HTTP, real browser.

pub mod browser;
pub mod child;
pub mod idp;
pub mod login;
pub mod postgres;
pub mod proxy;
pub mod python;
pub mod s3;
pub mod server;
pub mod workspace;

pub use server::{TestOptions, TestServer};
