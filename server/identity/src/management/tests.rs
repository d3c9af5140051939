//! Router tests of the management APIs: the real router over a real SQLite file
//! bootstrapped with the demo tenants, called with `oneshot`.

mod fixture;
mod users;
