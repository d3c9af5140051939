//! Calendars on the wire: calendars, events (single, recurring, all-day), the
//! occurrences a window expands to, invitations, free/busy and iCalendar imports.
//!
//! Times are strings so this crate needs no date library: an instant is RFC 3339
//! (answers use UTC, `2026-12-01T09:00:00Z`), an all-day date is `YYYY-MM-DD`. Inputs
//! also accept a wall-clock time without offset (`2026-12-01T10:00:00`), read in the
//! event's `time_zone`. Recurrence uses RFC 5545 `RRULE` values.

use serde::{Deserialize, Serialize};

/// A calendar the caller can see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct Calendar {
    /// Calendar id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Free text.
    #[serde(default)]
    pub description: String,
    /// IANA time zone new events default to.
    pub time_zone: String,
    /// The owner's personal calendar (made on first use, cannot be deleted).
    pub personal: bool,
    /// The owning user's id.
    pub owner: String,
    /// The owning organization's id.
    pub org_id: String,
    /// The caller's role on it: `viewer`, `commenter`, `editor` or `owner`.
    pub role: String,
    /// When it was created (RFC 3339).
    pub created_at: String,
    /// When it last changed (RFC 3339).
    pub updated_at: String,
}

/// `POST /api/v1/calendars`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateCalendar {
    /// Display name (1–200 characters).
    pub name: String,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// IANA time zone; default UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// Share it with the caller's whole organization with this role (`viewer` or
    /// `editor`): an org calendar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_role: Option<String>,
}

/// `PATCH /api/v1/calendars/{id}`: fields left out stay as they are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateCalendar {
    /// New name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// New description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// New default time zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
}

/// An invitee's answer (iCalendar `PARTSTAT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ResponseStatus {
    /// Not answered yet.
    NeedsAction,
    /// Will attend.
    Accepted,
    /// Will not attend.
    Declined,
    /// Might attend.
    Tentative,
}

impl ResponseStatus {
    /// The wire name, e.g. `needs_action`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NeedsAction => "needs_action",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::Tentative => "tentative",
        }
    }
}

/// A user invited to an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct Attendee {
    /// The user's id.
    pub user_id: String,
    /// Their answer.
    pub status: ResponseStatus,
}

/// An event as stored: a single event, a series (with `rrule`), or an overridden
/// instance of a series (with `recurrence_id`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct Event {
    /// Event id.
    pub id: String,
    /// The calendar holding it.
    pub calendar_id: String,
    /// iCalendar UID.
    pub uid: String,
    /// Title.
    pub summary: String,
    /// Free text.
    #[serde(default)]
    pub description: String,
    /// Where.
    #[serde(default)]
    pub location: String,
    /// Whole days: `start` and `end` are dates, `end` exclusive.
    pub all_day: bool,
    /// Start: RFC 3339 UTC, or a date when all-day.
    pub start: String,
    /// End (exclusive), same form as `start`.
    pub end: String,
    /// IANA time zone of the event's wall clock (recurrences keep its local time).
    pub time_zone: String,
    /// RFC 5545 RRULE value, e.g. `FREQ=WEEKLY;BYDAY=MO`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rrule: Option<String>,
    /// Starts of occurrences removed from the series, same form as `start`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exdates: Vec<String>,
    /// For an overridden instance: the original start of the occurrence it replaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurrence_id: Option<String>,
    /// Counts as busy in free/busy (iCalendar `TRANSP:OPAQUE`).
    pub busy: bool,
    /// The organizer's user id.
    pub organizer: String,
    /// Invited users and their answers.
    #[serde(default)]
    pub attendees: Vec<Attendee>,
    /// iCalendar SEQUENCE.
    pub sequence: u32,
    /// When it was created (RFC 3339).
    pub created_at: String,
    /// When it last changed (RFC 3339).
    pub updated_at: String,
}

/// `POST /api/v1/calendars/{id}/events`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateEvent {
    /// Title (1–500 characters).
    pub summary: String,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Whole days: `start`/`end` are `YYYY-MM-DD`, `end` exclusive (default: the day after `start`).
    #[serde(default)]
    pub all_day: bool,
    /// Start: RFC 3339, or a wall-clock `YYYY-MM-DDTHH:MM[:SS]` in `time_zone`, or a date.
    pub start: String,
    /// End (exclusive), same forms; required unless all-day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// IANA time zone; default the calendar's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// RFC 5545 RRULE value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rrule: Option<String>,
    /// Occurrence starts to leave out of the series.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exdates: Vec<String>,
    /// Counts as busy; default true for timed and false for all-day events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub busy: Option<bool>,
    /// Users to invite, by id or username (in organizations the calendar may reach).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<String>,
}

/// `PATCH /api/v1/calendars/{id}/events/{eid}`: fields left out stay. With
/// `?occurrence=<original start>` on a series, changes only that occurrence.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateEvent {
    /// New title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// New description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// New location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Switch between all-day and timed (then give `start` and `end` too).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_day: Option<bool>,
    /// New start (same forms as when creating).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// New end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// New time zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// New RRULE; an empty string ends the recurrence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rrule: Option<String>,
    /// Replaces the removed occurrences.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exdates: Option<Vec<String>>,
    /// New busy flag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub busy: Option<bool>,
    /// Replaces the invitees (answers of users who stay invited are kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendees: Option<Vec<String>>,
}

/// One occurrence of an event inside a window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct Occurrence {
    /// The event row it comes from (an overridden instance has its own id).
    pub event_id: String,
    /// The calendar holding the event.
    pub calendar_id: String,
    /// iCalendar UID of the event.
    pub uid: String,
    /// Title.
    pub summary: String,
    /// Where.
    #[serde(default)]
    pub location: String,
    /// Whole days.
    pub all_day: bool,
    /// Start: RFC 3339 UTC, or a date when all-day.
    pub start: String,
    /// End (exclusive), same form.
    pub end: String,
    /// The event's IANA time zone.
    pub time_zone: String,
    /// Part of a series: `original_start` identifies it for `?occurrence=`.
    pub recurring: bool,
    /// For an occurrence of a series: its start as the rule placed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_start: Option<String>,
    /// Counts as busy.
    pub busy: bool,
    /// The organizer's user id.
    pub organizer: String,
    /// Invitees and answers.
    #[serde(default)]
    pub attendees: Vec<Attendee>,
}

/// `POST .../events/{eid}/respond`: the caller's answer to an invitation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RespondRequest {
    /// `accepted`, `declined` or `tentative`.
    pub status: ResponseStatus,
}

/// `POST /api/v1/freebusy`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct FreeBusyRequest {
    /// Users by id or username.
    pub users: Vec<String>,
    /// Window start (RFC 3339).
    pub from: String,
    /// Window end, exclusive (RFC 3339).
    pub to: String,
}

/// A busy interval: nothing but its bounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct BusyInterval {
    /// Start (RFC 3339 UTC).
    pub start: String,
    /// End, exclusive (RFC 3339 UTC).
    pub end: String,
}

/// The busy time of one user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct UserBusy {
    /// The user as asked for (id or username).
    pub user: String,
    /// Their id.
    pub user_id: String,
    /// Merged, sorted, non-overlapping busy intervals clipped to the window.
    pub busy: Vec<BusyInterval>,
}

/// Answer of `POST /api/v1/freebusy`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct FreeBusyResponse {
    /// Window start (RFC 3339 UTC).
    pub from: String,
    /// Window end (RFC 3339 UTC).
    pub to: String,
    /// One entry per user asked for, in the order asked.
    pub users: Vec<UserBusy>,
}

/// Answer of `POST /api/v1/calendars/{id}/ics`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct ImportResult {
    /// Events (and overridden instances) that were new.
    pub created: u64,
    /// Events that replaced one with the same UID.
    pub updated: u64,
    /// The UIDs imported, in file order.
    pub uids: Vec<String>,
}
