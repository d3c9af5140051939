//! The messages [`crate::update::update`] consumes and the effects it asks the driver
//! to run. Effects are plain data: the driver turns each into a background task that
//! calls `ws-client` and answers with a [`Msg::Loaded`], [`Msg::Failed`] or [`Msg::Wrote`].

use crossterm::event::{KeyEvent, MouseEvent};

use crate::data::{AuthzRow, GrantRow, Health, Me, OrgRow, ProjectRow, RoleRow, UserRow};
// docs/drive
use crate::files::{DocDetail, DriveLoc, DriveRow, FilesEffect, FilesMsg, ShareLine, ShareTarget};
use ws_client::ws_api::workspace::docs::DocSummary;

/// Something that happened.
#[derive(Debug, Clone)]
pub enum Msg {
    /// A key press.
    Key(KeyEvent),
    /// A mouse event (only with `--mouse`).
    Mouse(MouseEvent),
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// One second passed (drives live refresh).
    Tick,
    /// A load finished.
    Loaded(Data),
    /// A load failed; the message is for the status line.
    Failed(Resource, String),
    /// A write finished: what was done, or why not.
    Wrote(WriteOp, Result<String, String>),
    // calendar/audit
    /// The Calendar view's loads and answers.
    Cal(crate::calendar::CalMsg),
    /// The audit follow task.
    Audit(crate::audit::AuditMsg),
    /// Workspace counts for the Overview.
    Counts(crate::audit::Counts),
    // docs/drive
    /// Transfer progress and outcomes.
    Files(FilesMsg),
}

/// Data a load brought back.
#[derive(Debug, Clone)]
pub enum Data {
    /// The signed-in identity.
    Me(Me),
    /// Server liveness/readiness.
    Health(Health),
    /// Users.
    Users(Vec<UserRow>),
    /// Organizations.
    Orgs(Vec<OrgRow>),
    /// Projects.
    Projects(Vec<ProjectRow>),
    /// The roles of one project.
    Roles(String, Vec<RoleRow>),
    /// Project grants.
    Grants(Vec<GrantRow>),
    /// Authorizations.
    Authz(Vec<AuthzRow>),
    // docs/drive
    /// The docs the caller can see (owners are named from the users list on arrival).
    Docs(Vec<DocSummary>),
    /// One doc with its text, history count and comments.
    Doc(DocDetail),
    /// The items of one drive location.
    Drive(DriveLoc, Vec<DriveRow>),
    /// Who a doc or drive item is shared with.
    Shares(ShareTarget, Vec<ShareLine>),
}

impl Data {
    /// The resource this data answers.
    pub fn resource(&self) -> Resource {
        match self {
            Data::Me(_) => Resource::Me,
            Data::Health(_) => Resource::Health,
            Data::Users(_) => Resource::Users,
            Data::Orgs(_) => Resource::Orgs,
            Data::Projects(_) => Resource::Projects,
            Data::Roles(p, _) => Resource::Roles(p.clone()),
            Data::Grants(_) => Resource::Grants,
            Data::Authz(_) => Resource::Authz,
            // docs/drive
            Data::Docs(_) => Resource::Docs,
            Data::Doc(d) => Resource::Doc(d.id.clone()),
            Data::Drive(loc, _) => Resource::Drive(loc.clone()),
            Data::Shares(t, _) => Resource::Shares(t.clone()),
        }
    }
}

/// Something that can be loaded.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Resource {
    /// userinfo.
    Me,
    /// `/healthz` + `/readyz`.
    Health,
    /// `ListUsers`.
    Users,
    /// `ListOrganizations`.
    Orgs,
    /// `ListProjects`.
    Projects,
    /// `ListProjectRoles` of a project id.
    Roles(String),
    /// `ListProjectGrants`.
    Grants,
    /// `ListAuthorizations`.
    Authz,
    // docs/drive
    /// `GET /docs`.
    Docs,
    /// One doc, its versions and comments.
    Doc(String),
    /// A drive folder, My Drive or Shared-with-me.
    Drive(DriveLoc),
    /// `GET /shares` of a resource.
    Shares(ShareTarget),
}

/// A change on the server, with everything needed to make it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteOp {
    /// A human user.
    CreateUser {
        /// Organization id, name or domain.
        org: String,
        /// Username.
        username: String,
        /// Email.
        email: String,
        /// Given name.
        given_name: String,
        /// Family name.
        family_name: String,
        /// Initial password (never shown; the command line reads it from stdin).
        password: Option<String>,
    },
    /// `DeactivateUser`, `ReactivateUser`, `LockUser` or `UnlockUser`.
    UserState {
        /// User id.
        id: String,
        /// Username (for messages and the command line).
        username: String,
        /// The state change.
        change: StateChange,
    },
    /// An administrator sets a user's password.
    SetPassword {
        /// User id.
        id: String,
        /// Username.
        username: String,
        /// The new password (never shown).
        password: String,
        /// Must be changed at the next sign-in.
        change_required: bool,
    },
    /// `CreateAuthorization`.
    Authorize {
        /// User id, username, login name or email.
        user: String,
        /// Project id or name.
        project: String,
        /// Role keys.
        roles: Vec<String>,
    },
    /// `CreateProjectGrant`.
    CreateGrant {
        /// Project id or name.
        project: String,
        /// Organization id, name or domain.
        org: String,
        /// Role keys.
        roles: Vec<String>,
    },
    // docs/drive
    /// Share a doc, folder or file (`POST /shares`).
    Share(crate::files::ShareOp),
    /// Upload a local file into a drive folder (runs as a transfer, not a write task).
    Upload(crate::files::UploadOp),
    /// Download a drive file to a local path (a transfer; allowed when read-only).
    Download(crate::files::DownloadOp),
    /// Create a doc (`POST /docs`); answered by a [`crate::files::FilesMsg::Created`].
    CreateDoc(crate::files::NewDocOp),
    /// Create a folder (`POST /drive/folders`); answered like `CreateDoc`.
    Mkdir(crate::files::MkdirOp),
}

/// A user state change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StateChange {
    /// Cannot sign in until reactivated.
    Deactivate,
    /// Undo a deactivation.
    Reactivate,
    /// Cannot sign in until unlocked.
    Lock,
    /// Undo a lock.
    Unlock,
}

impl StateChange {
    /// The `UserService` method.
    pub fn method(self) -> &'static str {
        match self {
            StateChange::Deactivate => "DeactivateUser",
            StateChange::Reactivate => "ReactivateUser",
            StateChange::Lock => "LockUser",
            StateChange::Unlock => "UnlockUser",
        }
    }

    /// The `ws users` verb.
    pub fn verb(self) -> &'static str {
        match self {
            StateChange::Deactivate => "deactivate",
            StateChange::Reactivate => "reactivate",
            StateChange::Lock => "lock",
            StateChange::Unlock => "unlock",
        }
    }

    /// The past tense for messages ("Locked").
    pub fn past(self) -> &'static str {
        match self {
            StateChange::Deactivate => "Deactivated",
            StateChange::Reactivate => "Reactivated",
            StateChange::Lock => "Locked",
            StateChange::Unlock => "Unlocked",
        }
    }

    /// Whether it stops someone from signing in (needs type-to-confirm).
    pub fn destructive(self) -> bool {
        matches!(self, StateChange::Deactivate | StateChange::Lock)
    }
}

/// Quotes a word for a POSIX shell when it needs it.
pub fn shell_quote(s: &str) -> String {
    let safe = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "@%+=:,./-_".contains(c));
    if safe {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

impl WriteOp {
    /// The `ws` command that does the same (passwords are read from stdin, never shown).
    pub fn command_line(&self) -> String {
        let q = |s: &str| shell_quote(s);
        let roles = |r: &[String]| {
            r.iter()
                .map(|k| format!(" --role {}", q(k)))
                .collect::<String>()
        };
        match self {
            WriteOp::CreateUser {
                org,
                username,
                email,
                given_name,
                family_name,
                password,
            } => format!(
                "ws users create --org {} --username {} --email {} --given-name {} --family-name {}{}",
                q(org),
                q(username),
                q(email),
                q(given_name),
                q(family_name),
                if password.is_some() {
                    " --password-stdin"
                } else {
                    ""
                }
            ),
            WriteOp::UserState {
                username, change, ..
            } => {
                format!("ws users {} {}", change.verb(), q(username))
            }
            WriteOp::SetPassword {
                username,
                change_required,
                ..
            } => format!(
                "ws users set-password {}{}",
                q(username),
                if *change_required {
                    " --change-required"
                } else {
                    ""
                }
            ),
            WriteOp::Authorize {
                user,
                project,
                roles: r,
            } => {
                format!(
                    "ws authz create --user {} --project {}{}",
                    q(user),
                    q(project),
                    roles(r)
                )
            }
            WriteOp::CreateGrant {
                project,
                org,
                roles: r,
            } => format!(
                "ws grants create --project {} --granted-org {}{}",
                q(project),
                q(org),
                roles(r)
            ),
            // docs/drive
            WriteOp::Share(op) => op.command_line(),
            WriteOp::Upload(op) => op.command_line(),
            WriteOp::Download(op) => op.command_line(),
            WriteOp::CreateDoc(op) => op.command_line(),
            WriteOp::Mkdir(op) => op.command_line(),
        }
    }

    /// Whether it changes the server (downloads do not, so `--readonly` allows them).
    pub fn writes(&self) -> bool {
        !matches!(self, WriteOp::Download(_))
    }

    /// What a refresh must reload after this write.
    pub fn affects(&self) -> Resource {
        match self {
            WriteOp::CreateUser { .. }
            | WriteOp::UserState { .. }
            | WriteOp::SetPassword { .. } => Resource::Users,
            WriteOp::Authorize { .. } => Resource::Authz,
            WriteOp::CreateGrant { .. } => Resource::Grants,
            // docs/drive
            WriteOp::Share(op) => Resource::Shares(op.target.clone()),
            WriteOp::Upload(op) => Resource::Drive(op.loc.clone()),
            WriteOp::Download(op) => Resource::Drive(op.loc.clone()),
            WriteOp::CreateDoc(_) => Resource::Docs,
            WriteOp::Mkdir(op) => Resource::Drive(op.loc.clone()),
        }
    }
}

/// Work for the driver.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Load a resource in the background.
    Load(Resource),
    /// Make a change in the background.
    Write(WriteOp),
    // calendar/audit
    /// Calendar loads and invitation answers.
    Cal(crate::calendar::CalEffect),
    /// Follow the audit log for the rest of the session: a long-lived task that
    /// backfills, streams and reconnects, answering with many `Msg::Audit`.
    FollowAudit,
    /// Count docs and drive items (Overview).
    CountWorkspace,
    // docs/drive
    /// Start or cancel a transfer.
    Files(FilesEffect),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_lines_quote_and_never_show_passwords() {
        let op = WriteOp::CreateUser {
            org: "Acme Corp".into(),
            username: "erin".into(),
            email: "erin@example.com".into(),
            given_name: "Erin".into(),
            family_name: "O'Neil".into(),
            password: Some("s3cret!".into()),
        };
        let line = op.command_line();
        assert_eq!(
            line,
            r"ws users create --org 'Acme Corp' --username erin --email erin@example.com --given-name Erin --family-name 'O'\''Neil' --password-stdin"
        );
        assert!(!line.contains("s3cret"));
        let grant = WriteOp::CreateGrant {
            project: "workspace".into(),
            org: "globex".into(),
            roles: vec!["viewer".into(), "editor".into()],
        };
        assert_eq!(
            grant.command_line(),
            "ws grants create --project workspace --granted-org globex --role viewer --role editor"
        );
    }
}
