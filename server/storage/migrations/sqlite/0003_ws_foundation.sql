-- Workspace foundation: the ACL shared by every kind of workspace resource, the audit
-- log, and the users the workspace has provisioned. No foreign keys to the identity
-- tables: the workspace may run against a remote ZITADEL whose users are not here.

-- One row per (resource, grantee). `org_id` is the org owning the resource;
-- `grantee_org` is the grantee user's org (or the org itself for an org grantee,
-- empty for a link), so cross-org shares can be listed and checked without a join.
CREATE TABLE ws_acl (
    id            TEXT PRIMARY KEY,
    org_id        TEXT NOT NULL,
    resource_kind TEXT NOT NULL,
    resource_id   TEXT NOT NULL,
    grantee_type  TEXT NOT NULL,
    grantee_id    TEXT NOT NULL,
    grantee_org   TEXT NOT NULL,
    role          TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    UNIQUE (resource_kind, resource_id, grantee_type, grantee_id)
);
CREATE INDEX ws_acl_grantee ON ws_acl (grantee_type, grantee_id, resource_kind);

-- Append-only. `seq` orders entries and is the page token; `at_ms` is unix millis.
CREATE TABLE ws_audit (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id     TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    target     TEXT NOT NULL,
    outcome    TEXT NOT NULL,
    request_id TEXT,
    detail     TEXT,
    at_ms      INTEGER NOT NULL
);
CREATE INDEX ws_audit_org ON ws_audit (org_id, seq);
CREATE INDEX ws_audit_actor ON ws_audit (actor, seq);

-- Users whose first-use provisioning ran; also the workspace's own directory of
-- known users (id → org), which sharing consults for grantees.
CREATE TABLE ws_provisioned (
    user_id    TEXT PRIMARY KEY,
    org_id     TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX ws_provisioned_org ON ws_provisioned (org_id);
