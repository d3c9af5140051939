//! Calendars: personal and shared calendars, events with IANA time zones, all-day
//! events, recurrence (RRULE, EXDATE, overridden instances), invitations, free/busy and
//! iCalendar import/export.

pub mod convert;
pub mod freebusy;
pub mod ics;
pub mod recur;
pub mod time;
