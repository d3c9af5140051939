-- Failed password checks since the last successful one (or the last unlock), for the
-- lockout policy: at the configured maximum the user is locked until an
-- administrator unlocks it. 0 on every existing row.
ALTER TABLE users ADD COLUMN password_failures BIGINT NOT NULL DEFAULT 0;
