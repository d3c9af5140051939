//! Calendars, events and attendees of the workspace.

use async_trait::async_trait;

use super::StoreResult;
use crate::model::{WsAttendeeStatus, WsCalendar, WsEvent, WsImportCounts};

/// Calendars and their events. Window queries take unix seconds and return every
/// row whose span meets `[from, to)`, plus the overridden instances of the series
/// returned (which may have been moved out of the window); callers expand them.
///
/// Under concurrent callers every backend guarantees: one personal calendar per user
/// and one row per (calendar, UID, recurrence id), by unique indexes (the loser of a
/// race gets `Conflict`); an event and its attendee list are replaced together in one
/// transaction; an attendee answer is one conditional update; an import is all or
/// nothing, a concurrent insert of one of its UIDs failing the import with `Conflict`.
#[async_trait]
pub trait WsCalendarRepo: Send + Sync {
    /// Stores a calendar; `Conflict` when the user has a personal calendar already.
    async fn create_calendar(&self, calendar: &WsCalendar) -> StoreResult<()>;
    /// A calendar by id.
    async fn get_calendar(&self, id: &str) -> StoreResult<Option<WsCalendar>>;
    /// A user's personal calendar.
    async fn get_personal_calendar(&self, user_id: &str) -> StoreResult<Option<WsCalendar>>;
    /// Replaces name, description, time zone and `changed_at`.
    async fn update_calendar(&self, calendar: &WsCalendar) -> StoreResult<()>;
    /// Deletes a calendar and its events.
    async fn delete_calendar(&self, id: &str) -> StoreResult<()>;
    /// Calendars owned by `owner_user` or whose id is in `ids`, by name.
    async fn list_calendars(
        &self,
        owner_user: &str,
        ids: &[String],
    ) -> StoreResult<Vec<WsCalendar>>;

    /// Stores an event and its attendees; `Conflict` when its UID (and recurrence id)
    /// exists in the calendar.
    async fn create_event(&self, event: &WsEvent) -> StoreResult<()>;
    /// An event by id, with its attendees.
    async fn get_event(&self, id: &str) -> StoreResult<Option<WsEvent>>;
    /// The row with `uid` (and `recurrence_id`: `None` for the series itself) in a calendar.
    async fn find_event(
        &self,
        calendar_id: &str,
        uid: &str,
        recurrence_id: Option<&str>,
    ) -> StoreResult<Option<WsEvent>>;
    /// Replaces every field and the attendee list of an existing event.
    async fn update_event(&self, event: &WsEvent) -> StoreResult<()>;
    /// Deletes an event; deleting a series master also deletes its overridden instances.
    async fn delete_event(&self, id: &str) -> StoreResult<()>;
    /// The rows of the given calendars meeting the window (see the trait docs).
    async fn events_in_window(
        &self,
        calendar_ids: &[String],
        from: i64,
        to: i64,
    ) -> StoreResult<Vec<WsEvent>>;
    /// Every row of a calendar (for export), masters before their overrides.
    async fn all_events(&self, calendar_id: &str) -> StoreResult<Vec<WsEvent>>;
    /// Rows meeting the window to which `user_id` is invited, in any calendar.
    async fn invited_events(&self, user_id: &str, from: i64, to: i64) -> StoreResult<Vec<WsEvent>>;
    /// Rows meeting the window of the events `user_id` organizes, in any calendar
    /// (a team calendar's meetings keep their organizer busy).
    async fn organized_events(
        &self,
        user_id: &str,
        from: i64,
        to: i64,
    ) -> StoreResult<Vec<WsEvent>>;
    /// Sets an attendee's answer; `NotFound` when the user is not invited.
    async fn set_attendee_status(
        &self,
        event_id: &str,
        user_id: &str,
        status: WsAttendeeStatus,
        now: i64,
    ) -> StoreResult<()>;
    /// Stores all `events` in `calendar_id` in one transaction, replacing rows with the
    /// same UID and recurrence id (their attendees are kept): all or nothing.
    async fn import_events(
        &self,
        calendar_id: &str,
        events: &[WsEvent],
    ) -> StoreResult<WsImportCounts>;
}
