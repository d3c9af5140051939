//! Router-level tests of the interactive endpoints (authorize, login, device flow,
//! end_session) against a real SQLite store in a temp dir, driven with `oneshot`.

#[path = "interactive/fixture.rs"]
mod fixture;

#[path = "interactive/authorize.rs"]
mod authorize;
#[path = "interactive/device.rs"]
mod device;
#[path = "interactive/end_session.rs"]
mod end_session;
#[path = "interactive/lockout.rs"]
mod lockout;
#[path = "interactive/login.rs"]
mod login;
#[path = "interactive/second_factor.rs"]
mod second_factor;
