//! Records of the workspace calendars: calendars, events and attendees. Event times
//! are stored as wall-clock text in the event's IANA time zone; the workspace module
//! owns their meaning (recurrence, expansion), this crate only keeps them.

use serde::Serialize;

use super::text_enum;

/// A calendar: a user's personal calendar or a shared one, owned by a user of an org.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WsCalendar {
    /// Calendar id.
    pub id: String,
    /// The organization that owns it (the owner's org).
    pub org_id: String,
    /// The user who created it (or whom it was provisioned for).
    pub owner_user: String,
    /// Display name.
    pub name: String,
    /// Free text.
    pub description: String,
    /// The IANA time zone new events default to, e.g. "Europe/Berlin".
    pub time_zone: String,
    /// The user's personal calendar (one per user, never deleted by API calls).
    pub personal: bool,
    /// When it was created (unix seconds).
    pub created_at: i64,
    /// When it last changed (unix seconds).
    pub changed_at: i64,
}

text_enum! {
    /// An attendee's answer to an invitation (iCalendar `PARTSTAT`).
    WsAttendeeStatus {
        /// Not answered yet.
        NeedsAction = "needs_action",
        /// Will attend.
        Accepted = "accepted",
        /// Will not attend.
        Declined = "declined",
        /// Might attend.
        Tentative = "tentative",
    }
}

/// A user invited to an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WsAttendee {
    /// The invited user.
    pub user_id: String,
    /// The invited user's organization.
    pub org_id: String,
    /// Their answer.
    pub status: WsAttendeeStatus,
}

/// An event row: a single event, the master of a series (with `rrule`), or an
/// overridden instance of a series (with `recurrence_id`, same `uid` as its master).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WsEvent {
    /// Event id.
    pub id: String,
    /// The calendar holding it.
    pub calendar_id: String,
    /// The calendar's organization.
    pub org_id: String,
    /// iCalendar UID, unique per calendar (with `recurrence_id`).
    pub uid: String,
    /// For an overridden instance: the original start of the occurrence it replaces,
    /// as an RFC 3339 UTC instant (or a date for all-day series), so it matches
    /// whatever zone the series is in.
    pub recurrence_id: Option<String>,
    /// Title.
    pub summary: String,
    /// Free text.
    pub description: String,
    /// Where.
    pub location: String,
    /// Whole days (`start_local`/`end_local` are dates, end exclusive).
    pub all_day: bool,
    /// IANA time zone of the wall-clock times.
    pub time_zone: String,
    /// Start, "YYYY-MM-DDTHH:MM:SS" (or "YYYY-MM-DD" when all-day).
    pub start_local: String,
    /// End (exclusive), same form as the start.
    pub end_local: String,
    /// RFC 5545 RRULE value (without the "RRULE:" prefix), for a series.
    pub rrule: Option<String>,
    /// Starts of occurrences removed from the series, same form as the start.
    pub exdates: Vec<String>,
    /// Counts as busy time (iCalendar `TRANSP:OPAQUE`).
    pub busy: bool,
    /// The user who organizes it.
    pub organizer: String,
    /// iCalendar SEQUENCE: bumped on every change of the times.
    pub sequence: i64,
    /// Earliest start of any occurrence (unix seconds), for window queries.
    pub span_start: i64,
    /// Latest end of any occurrence (unix seconds); `None` for an endless series.
    pub span_end: Option<i64>,
    /// Invited users and their answers.
    pub attendees: Vec<WsAttendee>,
    /// When it was created (unix seconds).
    pub created_at: i64,
    /// When it last changed (unix seconds).
    pub changed_at: i64,
}

/// How an import changed a calendar.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct WsImportCounts {
    /// Rows that did not exist (by UID and recurrence id).
    pub created: u64,
    /// Rows that replaced an existing one.
    pub updated: u64,
}
