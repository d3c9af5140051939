-- PostgreSQL twin of migrations/sqlite/0004_ws_docs.sql: same tables, columns, constraints and
-- indexes; unix times are BIGINT and flags BOOLEAN.
-- Workspace docs: Markdown documents, every version of each, and comment threads.
-- Every row carries the owning org (directly or through its doc); deleting a doc
-- deletes its versions and comments. `org_id` is the issuer's organization id and
-- deliberately not a foreign key: with an external ZITADEL the organizations do not
-- live in this database (as for drive and calendars).

CREATE TABLE ws_docs (
    id          TEXT PRIMARY KEY,
    org_id      TEXT NOT NULL,
    owner_id    TEXT NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    version     BIGINT NOT NULL CHECK (version >= 1),
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL,
    updated_by  TEXT NOT NULL
);
CREATE INDEX ws_docs_org_updated ON ws_docs (org_id, updated_at);
CREATE INDEX ws_docs_owner ON ws_docs (owner_id);

CREATE TABLE ws_doc_versions (
    doc_id         TEXT NOT NULL REFERENCES ws_docs(id) ON DELETE CASCADE,
    version        BIGINT NOT NULL,
    title          TEXT NOT NULL,
    body           TEXT NOT NULL,
    author         TEXT NOT NULL,
    created_at     BIGINT NOT NULL,
    restored_from  BIGINT,
    PRIMARY KEY (doc_id, version)
);

CREATE TABLE ws_doc_comments (
    id           TEXT PRIMARY KEY,
    doc_id       TEXT NOT NULL REFERENCES ws_docs(id) ON DELETE CASCADE,
    parent_id    TEXT REFERENCES ws_doc_comments(id) ON DELETE CASCADE,
    author       TEXT NOT NULL,
    body         TEXT NOT NULL,
    quote        TEXT,
    resolved_by  TEXT,
    resolved_at  BIGINT,
    created_at   BIGINT NOT NULL
);
CREATE INDEX ws_doc_comments_doc ON ws_doc_comments (doc_id, parent_id, created_at);
CREATE INDEX ws_doc_comments_parent ON ws_doc_comments (parent_id);
