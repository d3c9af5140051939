-- Indexes on foreign key columns that had none: deleting a user or a project grant
-- (and the cascades it triggers) otherwise scans these tables, and sessions are
-- also deleted per user.
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX auth_codes_user ON auth_codes (user_id);
CREATE INDEX device_codes_user ON device_codes (user_id);
CREATE INDEX authorizations_grant ON authorizations (project_grant_id);
