//! `ws cal`: calendars, events over date ranges (shown in the local time zone),
//! invitations, free/busy and iCalendar import/export.

pub mod calendars;
pub mod events;
pub mod ics;
pub mod invite;
pub mod shared;

use anyhow::Result;
use clap::{Args, Subcommand};
use ws_client::workspace::WorkspaceApi;

use crate::ctx::Ctx;

/// Calendars and events.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Times are shown in --tz, else $TZ, else the system zone.

Examples:
  ws cal ls
  ws cal create Team --tz Europe/Berlin --org-role viewer
  ws cal events --from 2026-12-01 --to 2026-12-08
  ws cal add Team \"Standup\" --start \"2026-12-01 10:00\" --duration 15m --rrule \"FREQ=WEEKLY;BYDAY=MO\"
  ws cal add \"Holidays\" --all-day --start 2026-12-24 --end 2026-12-27
  ws cal update Team 2839471234 --occurrence 2026-12-08T09:00:00Z --start \"2026-12-08 11:00\"
  ws cal cancel Team 2839471234 --occurrence 2026-12-15T09:00:00Z
  ws cal invite Team 2839471234 bob charlie
  ws cal respond Team 2839471234 accepted
  ws cal freebusy alice bob --from 2026-12-01 --to 2026-12-02
  ws cal export Team --file team.ics && ws cal import Copy team.ics"
)]
pub struct Cmd {
    #[command(subcommand)]
    command: Verb,
}

#[derive(Debug, Subcommand)]
enum Verb {
    /// List your calendars and those shared with you
    #[command(alias = "list")]
    Ls(calendars::Ls),
    /// Create a calendar
    Create(calendars::Create),
    /// Delete a calendar (not your personal one)
    #[command(aliases = ["delete", "remove"])]
    Rm(calendars::Rm),
    /// Show the events of a date range
    Events(events::List),
    /// Add an event
    Add(events::Add),
    /// Change an event, or one occurrence of a series
    Update(events::Update),
    /// Cancel (delete) an event, or one occurrence of a series
    Cancel(events::Cancel),
    /// Invite users to an event
    Invite(invite::Invite),
    /// Answer an invitation
    Respond(invite::Respond),
    /// Show when users are busy
    Freebusy(invite::FreeBusy),
    /// Import an iCalendar (.ics) file into a calendar
    Import(ics::Import),
    /// Export a calendar as an iCalendar (.ics) file
    Export(ics::Export),
}

impl Cmd {
    /// Dispatches to the verb.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = WorkspaceApi::new(ctx.session()?);
        match self.command {
            Verb::Ls(c) => c.run(ctx, &api).await,
            Verb::Create(c) => c.run(ctx, &api).await,
            Verb::Rm(c) => c.run(ctx, &api).await,
            Verb::Events(c) => c.run(ctx, &api).await,
            Verb::Add(c) => c.run(ctx, &api).await,
            Verb::Update(c) => c.run(ctx, &api).await,
            Verb::Cancel(c) => c.run(ctx, &api).await,
            Verb::Invite(c) => c.run(ctx, &api).await,
            Verb::Respond(c) => c.run(ctx, &api).await,
            Verb::Freebusy(c) => c.run(ctx, &api).await,
            Verb::Import(c) => c.run(ctx, &api).await,
            Verb::Export(c) => c.run(ctx, &api).await,
        }
    }
}
