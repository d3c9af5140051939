-- PostgreSQL twin of migrations/sqlite/0005_ws_drive.sql: same tables, columns, constraints and
-- indexes; unix times are BIGINT and flags BOOLEAN.
-- Drive (issue 5): a tree of folders and files per organization, resumable upload
-- sessions and per-org quotas. File bytes live in the blob store, addressed by
-- sha256; a row here is what makes a file visible, so it is written last.
-- Owners are user ids of the token issuer, not foreign keys: the issuer may be an
-- external ZITADEL whose users this database does not hold.

CREATE TABLE ws_drive_items (
    id           TEXT PRIMARY KEY,
    org_id       TEXT NOT NULL,
    owner_id     TEXT NOT NULL,
    parent_id    TEXT REFERENCES ws_drive_items (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    size         BIGINT NOT NULL DEFAULT 0,
    sha256       TEXT,
    content_type TEXT,
    -- Set on the item that was trashed; its descendants are trashed through it.
    trashed_at   BIGINT,
    created_at   BIGINT NOT NULL,
    changed_at   BIGINT NOT NULL
);
-- One My Drive root per user.
CREATE UNIQUE INDEX ws_drive_root ON ws_drive_items (owner_id) WHERE parent_id IS NULL;
-- Names are unique among the live items of a folder; this index is what makes two
-- concurrent uploads of one name resolve deterministically (the second commit fails).
CREATE UNIQUE INDEX ws_drive_names ON ws_drive_items (parent_id, name) WHERE trashed_at IS NULL;
CREATE INDEX ws_drive_org ON ws_drive_items (org_id, trashed_at);
CREATE INDEX ws_drive_sha ON ws_drive_items (sha256);

CREATE TABLE ws_drive_uploads (
    id          TEXT PRIMARY KEY,
    org_id      TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    parent_id   TEXT NOT NULL REFERENCES ws_drive_items (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    size        BIGINT NOT NULL,
    committed   BIGINT NOT NULL DEFAULT 0,
    received    BIGINT NOT NULL DEFAULT 0,
    overwrite   BOOLEAN NOT NULL,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX ws_drive_uploads_org ON ws_drive_uploads (org_id);
CREATE INDEX ws_drive_uploads_parent ON ws_drive_uploads (parent_id);

CREATE TABLE ws_drive_quotas (
    org_id      TEXT PRIMARY KEY,
    limit_bytes BIGINT NOT NULL
);
