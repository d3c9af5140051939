//! Persistence: repository traits and their sqlx implementations (SQLite now,
//! PostgreSQL later), embedded migrations. No HTTP types live here.

/// Handle to every repository; cheap to clone. (Placeholder until the repositories land.)
#[derive(Clone, Debug, Default)]
pub struct Store {}
