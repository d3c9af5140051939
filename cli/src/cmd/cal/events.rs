//! `ws cal events|add|update|cancel`: events over date ranges, in the local zone.

use anyhow::{Result, bail};
use chrono::{Duration, NaiveDate};
use chrono_tz::Tz;
use clap::Args;
use ws_client::workspace::WorkspaceApi;
use ws_client::ws_api::workspace::calendar::{CreateEvent, Event, UpdateEvent};

use super::shared::{find_calendar, parse_duration, parse_local, window, with_local, zone};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Default table columns of an occurrence.
pub const FIELDS: &[&str] = &[
    "local_start",
    "local_end",
    "summary",
    "location",
    "event_id",
    "original_start",
];
/// Default table columns of an event.
pub const EVENT_FIELDS: &[&str] = &[
    "id",
    "summary",
    "local_start",
    "local_end",
    "time_zone",
    "rrule",
];

/// Show events of a date range.
#[derive(Debug, Args)]
pub struct List {
    /// Calendar id or name (default: your personal calendar, with your invitations)
    calendar: Option<String>,
    /// First day or time (default: today)
    #[arg(long)]
    from: Option<String>,
    /// End, exclusive (default: a week after --from)
    #[arg(long)]
    to: Option<String>,
    /// Time zone to show and read times in (default: $TZ, else the system's)
    #[arg(long)]
    tz: Option<String>,
}

impl List {
    /// Lists and prints the occurrences.
    pub async fn run(self, ctx: &Ctx, api: &WorkspaceApi<'_>) -> Result<i32> {
        let tz = zone(ctx, self.tz.as_deref())?;
        let (from, to) = window(
            self.from.as_deref(),
            self.to.as_deref(),
            tz,
            chrono::Utc::now(),
        )?;
        let cal = find_calendar(api, self.calendar.as_deref()).await?;
        let items: Vec<serde_json::Value> = api
            .list_occurrences(&cal.id, &from, &to)
            .await?
            .iter()
            .map(|o| serde_json::to_value(o).map(|v| with_local(v, tz)))
            .collect::<Result<_, _>>()?;
        output::print(ctx, Shape::List(&items), FIELDS)?;
        Ok(exit::OK)
    }
}

/// When an event runs, as given on the command line.
#[derive(Debug, Args)]
pub struct Times {
    /// Start: "2026-12-01 10:00" (in --tz), RFC 3339, or a date with --all-day
    #[arg(long)]
    start: Option<String>,
    /// End (exclusive), same forms as --start
    #[arg(long, conflicts_with = "duration")]
    end: Option<String>,
    /// Length instead of --end: 30m, 1h 30m, 2d
    #[arg(long)]
    duration: Option<String>,
    /// Whole days (--start/--end are dates; --end defaults to the next day)
    #[arg(long)]
    all_day: bool,
    /// Time zone of the times (default: $TZ, else the system's)
    #[arg(long)]
    tz: Option<String>,
}

impl Times {
    /// `(start, end)` as wall-clock text for the server, given a start.
    fn resolve(&self, start: &str) -> Result<(String, Option<String>)> {
        if self.all_day {
            let day = |flag: &str, t: &str| {
                NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d")
                    .map_err(|_| anyhow::anyhow!("{flag}: '{t}' is not a date (YYYY-MM-DD)"))
            };
            let first = day("--start", start)?;
            let end = match (&self.end, &self.duration) {
                (Some(e), _) => Some(day("--end", e)?),
                (None, Some(d)) => {
                    Some(first + Duration::days(parse_duration(d)?.num_days().max(1)))
                }
                (None, None) => None,
            };
            return Ok((first.to_string(), end.map(|e| e.to_string())));
        }
        let wire = |flag: &str, t: &str| -> Result<String> {
            if chrono::DateTime::parse_from_rfc3339(t).is_ok() {
                return Ok(t.to_owned());
            }
            match parse_local(t) {
                Some(l) => Ok(l.format("%Y-%m-%dT%H:%M:%S").to_string()),
                None => bail!("{flag}: '{t}' is not a time; use \"2026-12-01 10:00\" or RFC 3339"),
            }
        };
        let s = wire("--start", start)?;
        let end = match (&self.end, &self.duration) {
            (Some(e), _) => Some(wire("--end", e)?),
            (None, Some(d)) => {
                let begin = parse_local(start).ok_or_else(|| {
                    anyhow::anyhow!(
                        "--duration needs --start as a local time such as \"2026-12-01 10:00\""
                    )
                })?;
                Some(
                    (begin + parse_duration(d)?)
                        .format("%Y-%m-%dT%H:%M:%S")
                        .to_string(),
                )
            }
            (None, None) => None,
        };
        Ok((s, end))
    }
}

/// Prints an event with its times shown in `tz`.
fn print_event(ctx: &Ctx, event: &Event, tz: Tz) -> Result<()> {
    let v = with_local(serde_json::to_value(event)?, tz);
    output::print(ctx, Shape::One(&v), EVENT_FIELDS)
}

/// Add an event.
#[derive(Debug, Args)]
pub struct Add {
    /// Calendar id or name, then the title; with only a title, your personal calendar
    #[arg(num_args = 1..=2, required = true)]
    args: Vec<String>,
    #[command(flatten)]
    times: Times,
    /// Recurrence rule (RFC 5545), e.g. "FREQ=WEEKLY;BYDAY=MO"
    #[arg(long)]
    rrule: Option<String>,
    /// Where
    #[arg(long)]
    location: Option<String>,
    /// Description
    #[arg(long)]
    description: Option<String>,
    /// Users to invite (ids or usernames), comma separated
    #[arg(long, value_delimiter = ',')]
    invite: Vec<String>,
    /// Do not count as busy time
    #[arg(long)]
    free: bool,
}

impl Add {
    /// Creates and prints the event.
    pub async fn run(self, ctx: &Ctx, api: &WorkspaceApi<'_>) -> Result<i32> {
        let (which, summary) = match self.args.as_slice() {
            [s] => (None, s.clone()),
            [c, s] => (Some(c.as_str()), s.clone()),
            _ => bail!("give a calendar and a title, or just a title"),
        };
        let Some(start) = self.times.start.as_deref() else {
            bail!("--start is required")
        };
        let tz = zone(ctx, self.times.tz.as_deref())?;
        let (start, end) = self.times.resolve(start)?;
        if end.is_none() && !self.times.all_day {
            bail!("give --end or --duration (or --all-day)");
        }
        let cal = find_calendar(api, which).await?;
        let body = CreateEvent {
            summary,
            description: self.description,
            location: self.location,
            all_day: self.times.all_day,
            start,
            end,
            time_zone: Some(tz.name().to_owned()),
            rrule: self.rrule,
            exdates: vec![],
            busy: self.free.then_some(false),
            attendees: self.invite,
        };
        let event = api.create_event(&cal.id, &body).await?;
        print_event(ctx, &event, tz)?;
        Ok(exit::OK)
    }
}

/// Change an event (or with --occurrence one occurrence of a series).
#[derive(Debug, Args)]
pub struct Update {
    /// Calendar id or name
    calendar: String,
    /// Event id
    event: String,
    /// Only this occurrence (its original_start, as `ws cal events` lists it)
    #[arg(long)]
    occurrence: Option<String>,
    /// New title
    #[arg(long)]
    summary: Option<String>,
    #[command(flatten)]
    times: Times,
    /// New recurrence rule ("" ends the recurrence)
    #[arg(long)]
    rrule: Option<String>,
    /// New location
    #[arg(long)]
    location: Option<String>,
    /// New description
    #[arg(long)]
    description: Option<String>,
}

impl Update {
    /// Sends the change and prints the event.
    pub async fn run(self, ctx: &Ctx, api: &WorkspaceApi<'_>) -> Result<i32> {
        let tz = zone(ctx, self.times.tz.as_deref())?;
        let (start, end) = match self.times.start.as_deref() {
            Some(s) => {
                let (s, e) = self.times.resolve(s)?;
                (Some(s), e)
            }
            None if self.times.end.is_some() || self.times.duration.is_some() => {
                bail!("changing the end needs --start too")
            }
            None => (None, None),
        };
        let cal = find_calendar(api, Some(&self.calendar)).await?;
        let body = UpdateEvent {
            summary: self.summary,
            description: self.description,
            location: self.location,
            all_day: self.times.all_day.then_some(true),
            time_zone: start.as_ref().map(|_| tz.name().to_owned()),
            start,
            end,
            rrule: self.rrule,
            ..UpdateEvent::default()
        };
        let event = api
            .update_event(&cal.id, &self.event, self.occurrence.as_deref(), &body)
            .await?;
        print_event(ctx, &event, tz)?;
        Ok(exit::OK)
    }
}

/// Cancel an event (or with --occurrence one occurrence of a series): it is deleted.
/// Not `delete`, which like `rm` removes a calendar.
#[derive(Debug, Args)]
pub struct Cancel {
    /// Calendar id or name
    calendar: String,
    /// Event id
    event: String,
    /// Only this occurrence (its original_start)
    #[arg(long)]
    occurrence: Option<String>,
}

impl Cancel {
    /// Deletes it.
    pub async fn run(self, ctx: &Ctx, api: &WorkspaceApi<'_>) -> Result<i32> {
        let cal = find_calendar(api, Some(&self.calendar)).await?;
        api.delete_event(&cal.id, &self.event, self.occurrence.as_deref())
            .await?;
        match &self.occurrence {
            Some(o) => ctx.say(format_args!(
                "Deleted the occurrence {o} of event {}",
                self.event
            )),
            None => ctx.say(format_args!("Deleted event {}", self.event)),
        }
        Ok(exit::OK)
    }
}
