//! Router tests of the management APIs: the real router over a real SQLite file
//! bootstrapped with the demo tenants, called with `oneshot`.

mod admins;
mod apps;
mod creds;
mod fixture;
mod foreign_ids;
mod matrix;
mod org_extras;
mod orgs;
mod projects;
mod users;
