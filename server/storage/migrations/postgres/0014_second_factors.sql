-- Second factors of human users and the sign-in step between the password and them.

-- A user's TOTP authenticator (at most one, as in ZITADEL). The shared secret is
-- sealed with the master key; verified_at stays NULL until the user proved the
-- authenticator app holds it (VerifyTOTPRegistration). last_step is the newest RFC 6238
-- time step accepted, so a code is never accepted twice; failures counts wrong codes
-- since the last right one, for the lockout policy's OTP limit.
CREATE TABLE user_totp (
    user_id        TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret_sealed  TEXT NOT NULL,
    verified_at    BIGINT,
    last_step      BIGINT NOT NULL DEFAULT 0,
    failures       BIGINT NOT NULL DEFAULT 0,
    created_at     BIGINT NOT NULL
);

-- One-time recovery codes (argon2id PHC strings, never the codes): each stands in
-- for the second factor once, then used_at is set.
CREATE TABLE user_recovery_codes (
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    position    BIGINT NOT NULL,
    code_hash   TEXT NOT NULL,
    used_at     BIGINT,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (user_id, position)
);

-- A sign-in whose password was right and whose second factor is still owed: the
-- browser holds a random secret, this table its digest (id), the user and the
-- methods already passed (amr, a JSON list).
CREATE TABLE login_challenges (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    amr         TEXT NOT NULL,
    expires_at  BIGINT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX login_challenges_user ON login_challenges (user_id);
CREATE INDEX login_challenges_expiry ON login_challenges (expires_at);

