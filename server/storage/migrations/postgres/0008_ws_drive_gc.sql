-- PostgreSQL twin of migrations/sqlite/0008_ws_drive_gc.sql: same tables, columns, constraints and
-- indexes; unix times are BIGINT and flags BOOLEAN.
-- Drive blob garbage collection (issue 5): the database decides which blobs may be
-- deleted, so the blob store never has to be trusted for "is this in use".
--
-- A row is either a claim (`deleting = FALSE`): an upload is about to promote a blob
-- with this digest (`claimed_at`), so the collector keeps it for the grace period
-- even while no file references it yet; or a tombstone (`deleting = TRUE`): the
-- collector found the blob unreferenced and unclaimed and is deleting it, so a new
-- claim waits until the row is gone. Claim and tombstone are single upserts of one
-- row, hence ordered: whichever comes first wins.
CREATE TABLE ws_drive_blob_marks (
    sha256     TEXT PRIMARY KEY,
    claimed_at BIGINT NOT NULL,
    deleting   BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX ws_drive_blob_marks_deleting ON ws_drive_blob_marks (deleting);
