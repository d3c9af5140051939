//! `ws cal invite|respond|freebusy`.

use anyhow::Result;
use clap::{Args, ValueEnum};
use ws_client::workspace::WorkspaceApi;
use ws_client::ws_api::workspace::calendar::{FreeBusyRequest, ResponseStatus, UpdateEvent};

use super::shared::{find_calendar, local, window, zone};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Invite users to an event (keeps those invited already and their answers).
#[derive(Debug, Args)]
pub struct Invite {
    /// Calendar id or name
    calendar: String,
    /// Event id
    event: String,
    /// Users to invite: ids or usernames
    #[arg(required = true)]
    users: Vec<String>,
}

impl Invite {
    /// Adds the invitees and prints the attendee list.
    pub async fn run(self, ctx: &Ctx, api: &WorkspaceApi<'_>) -> Result<i32> {
        let cal = find_calendar(api, Some(&self.calendar)).await?;
        let event = api.get_event(&cal.id, &self.event).await?;
        let mut attendees: Vec<String> =
            event.attendees.iter().map(|a| a.user_id.clone()).collect();
        attendees.extend(self.users);
        let body = UpdateEvent {
            attendees: Some(attendees),
            ..UpdateEvent::default()
        };
        let updated = api.update_event(&cal.id, &self.event, None, &body).await?;
        let items: Vec<serde_json::Value> = updated
            .attendees
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<_, _>>()?;
        output::print(ctx, Shape::List(&items), &["user_id", "status"])?;
        Ok(exit::OK)
    }
}

/// An answer to an invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Answer {
    /// Will attend
    Accepted,
    /// Will not attend
    Declined,
    /// Might attend
    Tentative,
}

/// Answer an invitation.
#[derive(Debug, Args)]
pub struct Respond {
    /// Calendar id (as `ws cal events` shows it in calendar_id)
    calendar: String,
    /// Event id
    event: String,
    /// Your answer
    #[arg(value_enum)]
    answer: Answer,
}

impl Respond {
    /// Sends the answer.
    pub async fn run(self, ctx: &Ctx, api: &WorkspaceApi<'_>) -> Result<i32> {
        let status = match self.answer {
            Answer::Accepted => ResponseStatus::Accepted,
            Answer::Declined => ResponseStatus::Declined,
            Answer::Tentative => ResponseStatus::Tentative,
        };
        // Invitations may come from calendars the caller cannot list: use the id as given.
        let event = api.respond(&self.calendar, &self.event, status).await?;
        ctx.say(format_args!(
            "Answered {} to \"{}\"",
            status.as_str(),
            event.summary
        ));
        Ok(exit::OK)
    }
}

/// Show when users are busy (intervals only).
#[derive(Debug, Args)]
pub struct FreeBusy {
    /// Users: ids or usernames of your organization
    #[arg(required = true)]
    users: Vec<String>,
    /// First day or time (default: today)
    #[arg(long)]
    from: Option<String>,
    /// End, exclusive (default: a week after --from)
    #[arg(long)]
    to: Option<String>,
    /// Time zone to show and read times in
    #[arg(long)]
    tz: Option<String>,
}

impl FreeBusy {
    /// Asks and prints one row per busy interval.
    pub async fn run(self, ctx: &Ctx, api: &WorkspaceApi<'_>) -> Result<i32> {
        let tz = zone(ctx, self.tz.as_deref())?;
        let (from, to) = window(
            self.from.as_deref(),
            self.to.as_deref(),
            tz,
            chrono::Utc::now(),
        )?;
        let answer = api
            .freebusy(&FreeBusyRequest {
                users: self.users,
                from,
                to,
            })
            .await?;
        let mut rows = Vec::new();
        for u in &answer.users {
            for b in &u.busy {
                rows.push(serde_json::json!({
                    "user": u.user, "user_id": u.user_id, "start": b.start, "end": b.end,
                    "local_start": local(&b.start, tz), "local_end": local(&b.end, tz),
                }));
            }
        }
        output::print(
            ctx,
            Shape::List(&rows),
            &["user", "local_start", "local_end"],
        )?;
        Ok(exit::OK)
    }
}
