-- ListUsers folds case with lower(coalesce(column, '')) (postgres/text.rs). Indexes on
-- exactly those expressions turn an exact email or user name lookup into an index search
-- instead of a scan of every user, and let the default sort (user name) read its first
-- page in order. Measured with bench/users-list.sh.
CREATE INDEX users_email_folded ON users (lower(coalesce(email, '')));
CREATE INDEX users_username_folded ON users (lower(coalesce(username, '')));
