-- Calendars of the workspace: calendars, their events (recurring masters and the
-- overridden instances of a series) and the attendees of events. Users and orgs are
-- the identity provider's ids; there is no foreign key to `users`, because the issuer
-- is configuration and may be an external ZITADEL.

CREATE TABLE ws_calendars (
    id          TEXT PRIMARY KEY,
    org_id      TEXT NOT NULL,
    owner_user  TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    time_zone   TEXT NOT NULL,
    personal    INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    changed_at  INTEGER NOT NULL
);
-- One personal calendar per user: provisioning may race with itself.
CREATE UNIQUE INDEX ws_calendars_personal ON ws_calendars (owner_user) WHERE personal = 1;
CREATE INDEX ws_calendars_org ON ws_calendars (org_id);
CREATE INDEX ws_calendars_owner ON ws_calendars (owner_user);

-- Times are wall-clock values in `time_zone` ("2026-12-01T10:00:00", or "2026-12-01"
-- for all-day events), so a weekly 10:00 stays at 10:00 across a DST change.
-- `span_start`/`span_end` (unix seconds) bound every occurrence of the row, for window
-- queries; `span_end` is NULL for a series without end.
CREATE TABLE ws_events (
    id            TEXT PRIMARY KEY,
    calendar_id   TEXT NOT NULL REFERENCES ws_calendars (id) ON DELETE CASCADE,
    org_id        TEXT NOT NULL,
    uid           TEXT NOT NULL,
    recurrence_id TEXT,
    summary       TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    location      TEXT NOT NULL DEFAULT '',
    all_day       INTEGER NOT NULL,
    time_zone     TEXT NOT NULL,
    start_local   TEXT NOT NULL,
    end_local     TEXT NOT NULL,
    rrule         TEXT,
    exdates       TEXT NOT NULL DEFAULT '[]',
    busy          INTEGER NOT NULL DEFAULT 1,
    organizer     TEXT NOT NULL,
    sequence      INTEGER NOT NULL DEFAULT 0,
    span_start    INTEGER NOT NULL,
    span_end      INTEGER,
    created_at    INTEGER NOT NULL,
    changed_at    INTEGER NOT NULL
);
-- A series and each of its overridden instances are unique per calendar.
CREATE UNIQUE INDEX ws_events_uid ON ws_events (calendar_id, uid, COALESCE(recurrence_id, ''));
CREATE INDEX ws_events_window ON ws_events (calendar_id, span_start);

CREATE TABLE ws_event_attendees (
    event_id TEXT NOT NULL REFERENCES ws_events (id) ON DELETE CASCADE,
    user_id  TEXT NOT NULL,
    org_id   TEXT NOT NULL,
    status   TEXT NOT NULL,
    PRIMARY KEY (event_id, user_id)
);
CREATE INDEX ws_event_attendees_user ON ws_event_attendees (user_id);
