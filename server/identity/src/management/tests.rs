//! Router tests of the management APIs: the real router over a real SQLite file
//! bootstrapped with the demo tenants, called with `oneshot`.

mod admins;
mod creds;
mod fixture;
mod matrix;
mod orgs;
mod projects;
mod users;
