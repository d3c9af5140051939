-- The identity model of the embedded Zitadel-compatible provider.
-- Timestamps are unix seconds; lists of strings are JSON arrays in TEXT columns;
-- booleans are 0/1. States and kinds are lower-case names checked by the Rust side.

CREATE TABLE instances (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    domain      TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE orgs (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL COLLATE NOCASE UNIQUE,
    primary_domain  TEXT NOT NULL COLLATE NOCASE UNIQUE,
    state           TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    changed_at      INTEGER NOT NULL
);
CREATE INDEX orgs_created ON orgs (created_at, id);

-- One table for humans and machines: `kind` says which column group is filled.
-- Usernames are unique across the instance so that a bare username logs in.
CREATE TABLE users (
    id                        TEXT PRIMARY KEY,
    org_id                    TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    username                  TEXT NOT NULL COLLATE NOCASE UNIQUE,
    state                     TEXT NOT NULL,
    kind                      TEXT NOT NULL,
    given_name                TEXT,
    family_name               TEXT,
    display_name              TEXT,
    nick_name                 TEXT,
    preferred_language        TEXT,
    email                     TEXT COLLATE NOCASE,
    email_verified            INTEGER NOT NULL DEFAULT 0,
    phone                     TEXT,
    password_hash             TEXT,
    password_change_required  INTEGER NOT NULL DEFAULT 0,
    machine_name              TEXT,
    description               TEXT,
    access_token_type         TEXT,
    secret_digest             TEXT,
    created_at                INTEGER NOT NULL,
    changed_at                INTEGER NOT NULL
);
CREATE INDEX users_org ON users (org_id, created_at, id);
CREATE INDEX users_created ON users (created_at, id);
CREATE INDEX users_email ON users (email);

CREATE TABLE user_metadata (
    user_id  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key      TEXT NOT NULL,
    value    BLOB NOT NULL,
    PRIMARY KEY (user_id, key)
);

CREATE TABLE machine_keys (
    id              TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    public_key_pem  TEXT NOT NULL,
    expires_at      INTEGER NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX machine_keys_user ON machine_keys (user_id);

CREATE TABLE pats (
    id            TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_digest  TEXT NOT NULL UNIQUE,
    expires_at    INTEGER NOT NULL,
    created_at    INTEGER NOT NULL
);
CREATE INDEX pats_user ON pats (user_id);

CREATE TABLE projects (
    id                      TEXT PRIMARY KEY,
    org_id                  TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    name                    TEXT NOT NULL,
    state                   TEXT NOT NULL,
    project_role_assertion  INTEGER NOT NULL,
    project_role_check      INTEGER NOT NULL,
    has_project_check       INTEGER NOT NULL,
    created_at              INTEGER NOT NULL,
    changed_at              INTEGER NOT NULL,
    UNIQUE (org_id, name)
);
CREATE INDEX projects_created ON projects (created_at, id);

CREATE TABLE project_roles (
    project_id    TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    key           TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    role_group    TEXT,
    PRIMARY KEY (project_id, key)
);

CREATE TABLE project_grants (
    id              TEXT PRIMARY KEY,
    project_id      TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    granted_org_id  TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    role_keys       TEXT NOT NULL,
    state           TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    changed_at      INTEGER NOT NULL,
    UNIQUE (project_id, granted_org_id)
);
CREATE INDEX project_grants_org ON project_grants (granted_org_id);

CREATE TABLE authorizations (
    id                TEXT PRIMARY KEY,
    user_id           TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    project_id        TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    org_id            TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    project_grant_id  TEXT REFERENCES project_grants (id) ON DELETE CASCADE,
    role_keys         TEXT NOT NULL,
    state             TEXT NOT NULL,
    created_at        INTEGER NOT NULL,
    changed_at        INTEGER NOT NULL,
    UNIQUE (user_id, project_id, org_id)
);
CREATE INDEX authorizations_project ON authorizations (project_id);
CREATE INDEX authorizations_org ON authorizations (org_id);

-- resource_type: instance | org | project | project_grant; resource_id is '' for the
-- instance, else the org, project or grant id; project_id is set for project grants.
CREATE TABLE administrators (
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    resource_type  TEXT NOT NULL,
    resource_id    TEXT NOT NULL,
    project_id     TEXT,
    roles          TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    changed_at     INTEGER NOT NULL,
    PRIMARY KEY (user_id, resource_type, resource_id)
);
CREATE INDEX administrators_resource ON administrators (resource_type, resource_id);

-- Administrators point at different tables, so foreign keys cannot clean them up.
CREATE TRIGGER orgs_drop_admins AFTER DELETE ON orgs BEGIN
    DELETE FROM administrators WHERE resource_type = 'org' AND resource_id = OLD.id;
END;
CREATE TRIGGER projects_drop_admins AFTER DELETE ON projects BEGIN
    DELETE FROM administrators
    WHERE (resource_type = 'project' AND resource_id = OLD.id)
       OR (resource_type = 'project_grant' AND project_id = OLD.id);
END;
CREATE TRIGGER project_grants_drop_admins AFTER DELETE ON project_grants BEGIN
    DELETE FROM administrators WHERE resource_type = 'project_grant' AND resource_id = OLD.id;
END;

CREATE TABLE apps (
    id                           TEXT PRIMARY KEY,
    project_id                   TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name                         TEXT NOT NULL,
    client_id                    TEXT NOT NULL UNIQUE,
    client_secret_digest         TEXT,
    app_type                     TEXT NOT NULL,
    auth_method                  TEXT NOT NULL,
    redirect_uris                TEXT NOT NULL,
    post_logout_redirect_uris    TEXT NOT NULL,
    grant_types                  TEXT NOT NULL,
    access_token_type            TEXT NOT NULL,
    dev_mode                     INTEGER NOT NULL,
    id_token_role_assertion      INTEGER NOT NULL,
    access_token_role_assertion  INTEGER NOT NULL,
    state                        TEXT NOT NULL,
    created_at                   INTEGER NOT NULL,
    changed_at                   INTEGER NOT NULL,
    UNIQUE (project_id, name)
);

CREATE TABLE sessions (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    auth_time   INTEGER NOT NULL,
    amr         TEXT NOT NULL,
    expires_at  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE auth_codes (
    code_digest            TEXT PRIMARY KEY,
    client_id              TEXT NOT NULL,
    user_id                TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id             TEXT,
    redirect_uri           TEXT NOT NULL,
    scopes                 TEXT NOT NULL,
    nonce                  TEXT,
    code_challenge         TEXT,
    code_challenge_method  TEXT,
    auth_time              INTEGER NOT NULL,
    amr                    TEXT NOT NULL,
    expires_at             INTEGER NOT NULL,
    used_at                INTEGER
);

-- prev_poll_at keeps the poll time replaced by the latest poll, so one UPDATE ...
-- RETURNING both records the poll and tells the caller when the previous one was.
CREATE TABLE device_codes (
    device_code_digest  TEXT PRIMARY KEY,
    user_code           TEXT NOT NULL UNIQUE,
    client_id           TEXT NOT NULL,
    scopes              TEXT NOT NULL,
    expires_at          INTEGER NOT NULL,
    interval_secs       INTEGER NOT NULL,
    last_poll_at        INTEGER,
    prev_poll_at        INTEGER,
    status              TEXT NOT NULL,
    user_id             TEXT REFERENCES users (id) ON DELETE CASCADE,
    auth_time           INTEGER
);

CREATE TABLE refresh_tokens (
    id            TEXT PRIMARY KEY,
    token_digest  TEXT NOT NULL UNIQUE,
    family_id     TEXT NOT NULL,
    client_id     TEXT NOT NULL,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    scopes        TEXT NOT NULL,
    auth_time     INTEGER NOT NULL,
    amr           TEXT NOT NULL,
    expires_at    INTEGER NOT NULL,
    rotated_at    INTEGER,
    revoked       INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);

CREATE TABLE revoked_access_tokens (
    jti         TEXT PRIMARY KEY,
    expires_at  INTEGER NOT NULL
);

CREATE TABLE signing_keys (
    id               TEXT PRIMARY KEY,
    algorithm        TEXT NOT NULL,
    private_key_pem  TEXT NOT NULL,
    created_at       INTEGER NOT NULL,
    signs_until      INTEGER NOT NULL,
    publish_until    INTEGER NOT NULL
);
