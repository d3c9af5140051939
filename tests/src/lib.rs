//! End-to-end tests across crates live in `tests/tests/`.
//!
//! Shared harnesses for those tests:
//! - [`browser`]: a headless Chromium driven through chromedriver.

pub mod browser;
