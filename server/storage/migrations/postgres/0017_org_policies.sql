-- An organization's own login, password-complexity and lockout policy (ZITADEL's
-- custom org policies): kind names the policy ('login', 'password_complexity',
-- 'lockout'), settings holds its fields as a JSON object that the identity layer
-- validates and reads. An org without a row follows the instance default.
CREATE TABLE org_policies (
    org_id      TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    settings    TEXT NOT NULL,
    changed_at  BIGINT NOT NULL,
    PRIMARY KEY (org_id, kind)
);
