//! Bootstrap of the first instance on an empty data dir, as ZITADEL's FirstInstance.
