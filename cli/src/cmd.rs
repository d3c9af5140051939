//! The subcommands of `ws` and their dispatch. Each group lives in `cmd/<group>.rs`,
//! each verb in `cmd/<group>/<verb>.rs` with `pub struct Cmd` and `pub async fn run`.

pub mod admin_util;
pub mod admins;
pub mod apply;
pub mod apps;
pub mod audit;
pub mod auth;
pub mod authz;
pub mod cal;
pub mod completions;
pub mod dashboard;
pub mod docs;
pub mod doctor;
pub mod drive;
pub mod generate;
pub mod grants;
pub mod machine_users;
pub mod orgs;
pub mod profile;
pub mod projects;
pub mod roles;
pub mod share;
pub mod users;
pub mod whoami;

use anyhow::Result;
use clap::Subcommand;

use crate::ctx::Ctx;

/// Every top-level command.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Sign in and out, show and renew the session
    Auth(auth::Cmd),
    /// Sign in (same as `ws auth login`)
    Login(auth::login::Cmd),
    /// Sign out (same as `ws auth logout`)
    Logout(auth::logout::Cmd),
    /// Show who the current token belongs to
    Whoami(whoami::Cmd),
    /// List, show, select and edit profiles
    Profile(profile::Cmd),
    /// Manage organizations
    Orgs(orgs::Cmd),
    /// Manage users
    Users(users::Cmd),
    /// Bring orgs, projects, roles, grants, users and authorizations to a file's state
    Apply(apply::Cmd),
    /// Show what `ws apply -f FILE` would change (no write call)
    Plan(apply::Cmd),
    /// Manage machine users (service accounts), their keys, tokens and secrets
    MachineUsers(machine_users::Cmd),
    /// Manage projects
    Projects(projects::Cmd),
    /// Manage project roles
    Roles(roles::Cmd),
    /// Manage applications (OIDC clients and APIs) of projects
    Apps(apps::Cmd),
    /// Manage project grants (projects shared with other organizations)
    Grants(grants::Cmd),
    /// Manage authorizations (users' roles on projects)
    Authz(authz::Cmd),
    /// Manage administrators (manager roles on the instance, orgs and projects)
    Admins(admins::Cmd),
    /// Work with docs (Markdown documents, their history, comments and exports)
    Docs(docs::Cmd),
    /// Share docs, folders, files and calendars with users, organizations or links
    Share(share::Cmd),
    /// Show or follow the workspace audit log
    Audit(audit::Cmd),
    /// Calendars and events: date ranges, invitations, free/busy, .ics files
    Cal(cal::Cmd),
    /// Open the interactive terminal dashboard
    #[command(alias = "tui")]
    Dashboard(dashboard::Cmd),
    /// Files and folders in the workspace drive: transfers, listing, trash
    Drive(drive::Cmd),
    /// Check config, token store, issuer, clock skew and the workspace API
    Doctor(doctor::Cmd),
    /// Print a shell completion script
    Completions(completions::Cmd),
    /// Write completion scripts and man pages (for packaging; used to refresh the repository copies)
    #[command(hide = true)]
    GenerateAssets(generate::Cmd),
}

/// Runs a command; returns the exit code for outcomes that are not errors.
pub async fn run(cmd: Command, ctx: &Ctx) -> Result<i32> {
    match cmd {
        Command::Auth(c) => c.run(ctx).await,
        Command::Login(c) => c.run(ctx).await,
        Command::Logout(c) => c.run(ctx).await,
        Command::Whoami(c) => c.run(ctx).await,
        Command::Profile(c) => c.run(ctx).await,
        Command::Orgs(c) => c.run(ctx).await,
        Command::Users(c) => c.run(ctx).await,
        Command::Apply(c) => c.run(ctx, false).await,
        Command::Plan(c) => c.run(ctx, true).await,
        Command::MachineUsers(c) => c.run(ctx).await,
        Command::Projects(c) => c.run(ctx).await,
        Command::Roles(c) => c.run(ctx).await,
        Command::Apps(c) => c.run(ctx).await,
        Command::Grants(c) => c.run(ctx).await,
        Command::Authz(c) => c.run(ctx).await,
        Command::Admins(c) => c.run(ctx).await,
        Command::Docs(c) => c.run(ctx).await,
        Command::Share(c) => c.run(ctx).await,
        Command::Audit(c) => c.run(ctx).await,
        Command::Cal(c) => c.run(ctx).await,
        Command::Dashboard(c) => c.run(ctx).await,
        Command::Drive(c) => c.run(ctx).await,
        Command::Doctor(c) => c.run(ctx).await,
        Command::Completions(c) => c.run(ctx),
        Command::GenerateAssets(c) => c.run(ctx),
    }
}
