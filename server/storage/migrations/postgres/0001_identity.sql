-- The identity model of the embedded Zitadel-compatible provider (PostgreSQL).
-- Same tables and columns as migrations/sqlite/0001_identity.sql. Timestamps are unix
-- seconds (BIGINT); flags are BOOLEAN; lists of strings are JSON arrays in TEXT columns
-- (read by the same code as on SQLite). SQLite's COLLATE NOCASE uniqueness becomes a
-- unique index on lower(column).

CREATE TABLE instances (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    domain      TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
-- One instance per database. SQLite inserts only into an empty table, which its single
-- writer makes atomic; here two concurrent inserts would both see it empty, so a unique
-- index over a constant admits one row.
CREATE UNIQUE INDEX instances_single ON instances ((TRUE));

CREATE TABLE orgs (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    primary_domain  TEXT NOT NULL,
    state           TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    changed_at      BIGINT NOT NULL
);
CREATE UNIQUE INDEX orgs_name_folded ON orgs (lower(name));
CREATE UNIQUE INDEX orgs_domain_folded ON orgs (lower(primary_domain));
CREATE INDEX orgs_created ON orgs (created_at, id);

-- One table for humans and machines: `kind` says which column group is filled.
-- Usernames are unique across the instance so that a bare username logs in.
CREATE TABLE users (
    id                        TEXT PRIMARY KEY,
    org_id                    TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    username                  TEXT NOT NULL,
    state                     TEXT NOT NULL,
    kind                      TEXT NOT NULL,
    given_name                TEXT,
    family_name               TEXT,
    display_name              TEXT,
    nick_name                 TEXT,
    preferred_language        TEXT,
    email                     TEXT,
    email_verified            BOOLEAN NOT NULL DEFAULT FALSE,
    phone                     TEXT,
    password_hash             TEXT,
    password_change_required  BOOLEAN NOT NULL DEFAULT FALSE,
    machine_name              TEXT,
    description               TEXT,
    access_token_type         TEXT,
    secret_digest             TEXT,
    created_at                BIGINT NOT NULL,
    changed_at                BIGINT NOT NULL
);
CREATE UNIQUE INDEX users_username_unique ON users (lower(username));
CREATE INDEX users_org ON users (org_id, created_at, id);
CREATE INDEX users_created ON users (created_at, id);
CREATE INDEX users_email ON users (lower(email));

CREATE TABLE user_metadata (
    user_id  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key      TEXT NOT NULL,
    value    BYTEA NOT NULL,
    PRIMARY KEY (user_id, key)
);

CREATE TABLE machine_keys (
    id              TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    public_key_pem  TEXT NOT NULL,
    expires_at      BIGINT NOT NULL,
    created_at      BIGINT NOT NULL
);
CREATE INDEX machine_keys_user ON machine_keys (user_id);

CREATE TABLE pats (
    id            TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_digest  TEXT NOT NULL UNIQUE,
    expires_at    BIGINT NOT NULL,
    created_at    BIGINT NOT NULL
);
CREATE INDEX pats_user ON pats (user_id);

CREATE TABLE projects (
    id                      TEXT PRIMARY KEY,
    org_id                  TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    name                    TEXT NOT NULL,
    state                   TEXT NOT NULL,
    project_role_assertion  BOOLEAN NOT NULL,
    project_role_check      BOOLEAN NOT NULL,
    has_project_check       BOOLEAN NOT NULL,
    created_at              BIGINT NOT NULL,
    changed_at              BIGINT NOT NULL,
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
    created_at      BIGINT NOT NULL,
    changed_at      BIGINT NOT NULL,
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
    created_at        BIGINT NOT NULL,
    changed_at        BIGINT NOT NULL,
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
    created_at     BIGINT NOT NULL,
    changed_at     BIGINT NOT NULL,
    PRIMARY KEY (user_id, resource_type, resource_id)
);
CREATE INDEX administrators_resource ON administrators (resource_type, resource_id);

-- Administrators point at different tables, so foreign keys cannot clean them up.
CREATE FUNCTION orgs_drop_admins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM administrators WHERE resource_type = 'org' AND resource_id = OLD.id;
    RETURN OLD;
END $$;
CREATE TRIGGER orgs_drop_admins AFTER DELETE ON orgs
    FOR EACH ROW EXECUTE FUNCTION orgs_drop_admins();

CREATE FUNCTION projects_drop_admins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM administrators
    WHERE (resource_type = 'project' AND resource_id = OLD.id)
       OR (resource_type = 'project_grant' AND project_id = OLD.id);
    RETURN OLD;
END $$;
CREATE TRIGGER projects_drop_admins AFTER DELETE ON projects
    FOR EACH ROW EXECUTE FUNCTION projects_drop_admins();

CREATE FUNCTION project_grants_drop_admins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM administrators WHERE resource_type = 'project_grant' AND resource_id = OLD.id;
    RETURN OLD;
END $$;
CREATE TRIGGER project_grants_drop_admins AFTER DELETE ON project_grants
    FOR EACH ROW EXECUTE FUNCTION project_grants_drop_admins();

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
    dev_mode                     BOOLEAN NOT NULL,
    id_token_role_assertion      BOOLEAN NOT NULL,
    access_token_role_assertion  BOOLEAN NOT NULL,
    state                        TEXT NOT NULL,
    created_at                   BIGINT NOT NULL,
    changed_at                   BIGINT NOT NULL,
    UNIQUE (project_id, name)
);

CREATE TABLE sessions (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    auth_time   BIGINT NOT NULL,
    amr         TEXT NOT NULL,
    expires_at  BIGINT NOT NULL,
    created_at  BIGINT NOT NULL
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
    auth_time              BIGINT NOT NULL,
    amr                    TEXT NOT NULL,
    expires_at             BIGINT NOT NULL,
    used_at                BIGINT
);

-- prev_poll_at keeps the poll time replaced by the latest poll, so one UPDATE ...
-- RETURNING both records the poll and tells the caller when the previous one was.
CREATE TABLE device_codes (
    device_code_digest  TEXT PRIMARY KEY,
    user_code           TEXT NOT NULL UNIQUE,
    client_id           TEXT NOT NULL,
    scopes              TEXT NOT NULL,
    expires_at          BIGINT NOT NULL,
    interval_secs       BIGINT NOT NULL,
    last_poll_at        BIGINT,
    prev_poll_at        BIGINT,
    status              TEXT NOT NULL,
    user_id             TEXT REFERENCES users (id) ON DELETE CASCADE,
    auth_time           BIGINT
);

CREATE TABLE refresh_tokens (
    id            TEXT PRIMARY KEY,
    token_digest  TEXT NOT NULL UNIQUE,
    family_id     TEXT NOT NULL,
    client_id     TEXT NOT NULL,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    scopes        TEXT NOT NULL,
    auth_time     BIGINT NOT NULL,
    amr           TEXT NOT NULL,
    expires_at    BIGINT NOT NULL,
    rotated_at    BIGINT,
    revoked       BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    BIGINT NOT NULL
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);

CREATE TABLE revoked_access_tokens (
    jti         TEXT PRIMARY KEY,
    expires_at  BIGINT NOT NULL
);

CREATE TABLE signing_keys (
    id               TEXT PRIMARY KEY,
    algorithm        TEXT NOT NULL,
    private_key_pem  TEXT NOT NULL,
    created_at       BIGINT NOT NULL,
    signs_until      BIGINT NOT NULL,
    publish_until    BIGINT NOT NULL
);
