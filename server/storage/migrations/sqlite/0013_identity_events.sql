-- The identity outbox: one row per identity change (user created, org created, role
-- granted, ...), written in the same transaction as the change so a change is never
-- without its event nor an event without its change. `seq` orders the log for the
-- relay; `id` is the event id consumers deduplicate on.
CREATE TABLE identity_events (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    event_type  TEXT NOT NULL,
    actor       TEXT NOT NULL,
    org_id      TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    detail      TEXT,
    at_ms       INTEGER NOT NULL
);
CREATE INDEX identity_events_type ON identity_events (event_type, seq);

-- Which consumer has applied which event: a consumer records its event here after
-- applying it, and skips an event already recorded (deliveries are at least once).
CREATE TABLE identity_event_deliveries (
    consumer   TEXT NOT NULL,
    event_id   TEXT NOT NULL REFERENCES identity_events (id) ON DELETE CASCADE,
    applied_ms INTEGER NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX identity_event_deliveries_event ON identity_event_deliveries (event_id);
