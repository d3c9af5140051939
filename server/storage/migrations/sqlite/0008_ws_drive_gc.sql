-- Drive blob garbage collection (issue 5): the database decides which blobs may be
-- deleted, so the blob store never has to be trusted for "is this in use".
--
-- A row is either a claim (`deleting = 0`): an upload is about to promote a blob
-- with this digest (`claimed_at`), so the collector keeps it for the grace period
-- even while no file references it yet; or a tombstone (`deleting = 1`): the
-- collector found the blob unreferenced and unclaimed and is deleting it, so a new
-- claim waits until the row is gone. Claim and tombstone are single upserts of one
-- row, hence ordered: whichever comes first wins.
CREATE TABLE ws_drive_blob_marks (
    sha256     TEXT PRIMARY KEY,
    claimed_at INTEGER NOT NULL,
    deleting   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ws_drive_blob_marks_deleting ON ws_drive_blob_marks (deleting);
