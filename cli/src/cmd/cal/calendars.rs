//! `ws cal ls`, `ws cal create`, `ws cal rm`.

use anyhow::Result;
use clap::{Args, ValueEnum};
use ws_client::workspace::WorkspaceApi;
use ws_client::ws_api::workspace::calendar::CreateCalendar;

use super::shared::{find_calendar, zone};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Default table columns of a calendar.
pub const FIELDS: &[&str] = &["id", "name", "personal", "role", "time_zone"];

/// List calendars.
#[derive(Debug, Args)]
pub struct Ls {}

impl Ls {
    /// Lists and prints.
    pub async fn run(self, ctx: &Ctx, api: &WorkspaceApi<'_>) -> Result<i32> {
        let items: Vec<serde_json::Value> = api
            .list_calendars()
            .await?
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<_, _>>()?;
        output::print(ctx, Shape::List(&items), FIELDS)?;
        Ok(exit::OK)
    }
}

/// Who in your organization sees a new calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OrgRole {
    /// Everyone in the org may read it
    Viewer,
    /// Everyone in the org may add and change events
    Editor,
}

/// Create a calendar.
#[derive(Debug, Args)]
pub struct Create {
    /// Name
    name: String,
    /// Default time zone of its events (IANA name; default: --tz, $TZ or the system's)
    #[arg(long)]
    tz: Option<String>,
    /// Description
    #[arg(long)]
    description: Option<String>,
    /// Share it with your whole organization (an org calendar)
    #[arg(long, value_enum)]
    org_role: Option<OrgRole>,
}

impl Create {
    /// Creates and prints the calendar.
    pub async fn run(self, ctx: &Ctx, api: &WorkspaceApi<'_>) -> Result<i32> {
        let tz = zone(ctx, self.tz.as_deref())?;
        let body = CreateCalendar {
            name: self.name,
            description: self.description,
            time_zone: Some(tz.name().to_owned()),
            org_role: self.org_role.map(|r| match r {
                OrgRole::Viewer => "viewer".to_owned(),
                OrgRole::Editor => "editor".to_owned(),
            }),
        };
        let cal = api.create_calendar(&body).await?;
        output::print(ctx, Shape::One(&serde_json::to_value(&cal)?), FIELDS)?;
        Ok(exit::OK)
    }
}

/// Delete a calendar and its events.
#[derive(Debug, Args)]
pub struct Rm {
    /// Calendar id or name
    calendar: String,
}

impl Rm {
    /// Deletes it.
    pub async fn run(self, ctx: &Ctx, api: &WorkspaceApi<'_>) -> Result<i32> {
        let cal = find_calendar(api, Some(&self.calendar)).await?;
        api.delete_calendar(&cal.id).await?;
        ctx.say(format_args!("Deleted calendar {} ({})", cal.name, cal.id));
        Ok(exit::OK)
    }
}
