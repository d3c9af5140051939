//! `ws users`: list, show, create, update, state changes, delete and password of users
//! (`zitadel.user.v2.UserService`). Wherever an id is taken, a username, login name
//! (`alice@acme.localhost`) or email works too.

pub mod create;
pub mod delete;
pub mod export;
pub mod get;
pub mod import;
pub mod import_apply;
pub mod import_row;
pub mod import_state;
pub mod list;
pub mod set_password;
pub mod state;
pub mod update;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::ctx::Ctx;

/// Default table columns of a user.
pub const FIELDS: &[&str] = &[
    "userId",
    "username",
    "preferredLoginName",
    "state",
    "human.email.email",
    "details.resourceOwner",
];

/// Manage users.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:
  ws users list --org acme --state active      active users of Acme
  ws users list --search ali -o csv            username/email/name contains \"ali\"
  ws users get alice@acme.localhost            by id, username, login name or email
  ws users create --org acme --username erin --email erin@example.com \\
      --given-name Erin --family-name Ely --password-stdin <<<\"$PW\"
  ws users update erin --family-name Smith
  ws users lock erin; ws users unlock erin
  ws users delete erin
  ws users export --org acme -o csv > acme.csv
  ws users import acme.csv --org acme --dry-run --on-exists update")]
pub struct Cmd {
    #[command(subcommand)]
    command: Verb,
}

#[derive(Debug, Subcommand)]
enum Verb {
    /// List users (all pages)
    #[command(alias = "ls")]
    List(list::Cmd),
    /// Show one user
    Get(get::Cmd),
    /// Create a human (or, with --machine, a machine) user
    Create(create::Cmd),
    /// Change a user's username, profile or email
    Update(update::Cmd),
    /// Deactivate a user (cannot sign in until reactivated)
    Deactivate(state::Cmd),
    /// Reactivate a deactivated user
    Reactivate(state::Cmd),
    /// Lock a user
    Lock(state::Cmd),
    /// Unlock a locked user
    Unlock(state::Cmd),
    /// Delete a user
    #[command(aliases = ["rm", "remove"])]
    Delete(delete::Cmd),
    /// Set a human user's password (read from stdin)
    SetPassword(set_password::Cmd),
    /// Write users as flat rows (`-o csv|jsonl|yaml`) that `import` reads back
    Export(export::Cmd),
    /// Create or update users from a CSV, JSON, JSON lines or YAML file
    Import(import::Cmd),
}

impl Cmd {
    /// Dispatches to the verb.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        match self.command {
            Verb::List(c) => c.run(ctx).await,
            Verb::Get(c) => c.run(ctx).await,
            Verb::Create(c) => c.run(ctx).await,
            Verb::Update(c) => c.run(ctx).await,
            Verb::Deactivate(c) => c.run(ctx, "DeactivateUser", "Deactivated").await,
            Verb::Reactivate(c) => c.run(ctx, "ReactivateUser", "Reactivated").await,
            Verb::Lock(c) => c.run(ctx, "LockUser", "Locked").await,
            Verb::Unlock(c) => c.run(ctx, "UnlockUser", "Unlocked").await,
            Verb::Delete(c) => c.run(ctx).await,
            Verb::SetPassword(c) => c.run(ctx).await,
            Verb::Export(c) => c.run(ctx).await,
            Verb::Import(c) => c.run(ctx).await,
        }
    }
}

/// Resolves a user argument, within `--org` when one is given.
pub async fn resolve(
    ctx: &Ctx,
    api: &ws_client::zitadel::ZitadelApi<'_>,
    name: &str,
) -> Result<serde_json::Value> {
    let org = super::admin_util::org_id(ctx, api).await?;
    ws_client::admin::users::resolve(api, name, org.as_deref())
        .await
        .map_err(super::admin_util::fail)
}
