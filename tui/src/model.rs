//! [`Model`]: everything the dashboard knows — the tables of each view, the overlay on
//! top (help, palette, details, a form), the status line, and the settings it was
//! started with. Only [`crate::update::update`] changes it; views only read it.

use std::collections::BTreeSet;

// docs/drive
use crate::data::{AuthzRow, GrantRow, Health, Me, OrgRow, ProjectRow, RoleRow, UserRow};
use crate::files::Files;
use crate::form::Form;
use crate::keymap::KeyMap;
use crate::msg::Resource;
use crate::table::Table;

/// The views, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    /// Who am I, the server, counts.
    Overview,
    /// Users.
    Users,
    /// Organizations.
    Orgs,
    /// Projects and their roles.
    Projects,
    /// Project grants.
    Grants,
    /// Authorizations.
    Authz,
    /// Documents.
    Docs,
    /// Drive.
    Drive,
    /// Calendar.
    Calendar,
    /// Audit log.
    Audit,
}

impl Tab {
    /// Every tab, in order.
    pub const ALL: [Tab; 10] = [
        Tab::Overview,
        Tab::Users,
        Tab::Orgs,
        Tab::Projects,
        Tab::Grants,
        Tab::Authz,
        Tab::Docs,
        Tab::Drive,
        Tab::Calendar,
        Tab::Audit,
    ];

    /// The tab title.
    pub fn title(self) -> &'static str {
        match self {
            Tab::Overview => "Overview",
            Tab::Users => "Users",
            Tab::Orgs => "Orgs",
            Tab::Projects => "Projects",
            Tab::Grants => "Grants",
            Tab::Authz => "Authorizations",
            Tab::Docs => "Docs",
            Tab::Drive => "Drive",
            Tab::Calendar => "Calendar",
            Tab::Audit => "Audit",
        }
    }

    /// Position in [`Tab::ALL`].
    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|&t| t == self).unwrap_or(0)
    }

    /// Whether the view is a list with a selection and a filter.
    pub fn is_list(self) -> bool {
        matches!(
            self,
            Tab::Users | Tab::Orgs | Tab::Projects | Tab::Grants | Tab::Authz
            // calendar/audit
            | Tab::Calendar | Tab::Audit
            // docs/drive
            | Tab::Docs | Tab::Drive
        )
    }

    /// The resources this view shows (what a refresh reloads).
    pub fn resources(self) -> Vec<Resource> {
        match self {
            Tab::Overview => vec![
                Resource::Me,
                Resource::Health,
                Resource::Users,
                Resource::Orgs,
                Resource::Projects,
                Resource::Grants,
                Resource::Authz,
            ],
            Tab::Users => vec![Resource::Users, Resource::Health],
            Tab::Orgs => vec![Resource::Orgs, Resource::Health],
            Tab::Projects => vec![Resource::Projects, Resource::Health],
            Tab::Grants => vec![Resource::Grants, Resource::Health],
            Tab::Authz => vec![Resource::Authz, Resource::Health],
            // docs/drive: Drive adds its current folder, Docs the users that name each
            // doc's owner (once; see `update::resources`).
            Tab::Docs => vec![Resource::Docs, Resource::Health],
            Tab::Drive => vec![Resource::Health],
            Tab::Calendar | Tab::Audit => vec![Resource::Health],
        }
    }
}

/// Settings the dashboard starts with.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Profile name (status line).
    pub profile: String,
    /// Issuer URL (status line, overview).
    pub server: String,
    /// Workspace API URL (overview).
    pub api_url: String,
    /// The profile's default organization, if any (pre-fills forms).
    pub default_org: Option<String>,
    /// No writes at all.
    pub readonly: bool,
    /// Seconds between live refreshes.
    pub refresh_secs: u64,
    /// Key bindings.
    pub keymap: KeyMap,
    // calendar/audit
    /// The zone times are shown in (event times, audit entries).
    pub zone: chrono_tz::Tz,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            profile: "default".into(),
            server: "http://127.0.0.1:8080".into(),
            api_url: "http://127.0.0.1:8080".into(),
            default_org: None,
            readonly: false,
            refresh_secs: 5,
            keymap: KeyMap::default(),
            zone: chrono_tz::Tz::UTC,
        }
    }
}

/// The status line's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// Text.
    pub text: String,
    /// Shown as an error (red).
    pub error: bool,
}

/// What is drawn over the current view; `Esc` closes it.
#[derive(Debug, Clone)]
pub enum Overlay {
    /// The `/` filter being typed (the previous filter, to restore on `Esc`).
    Filter(String),
    /// `?` help: its own filter text and how far it is scrolled.
    Help(String, usize),
    /// `:` palette: input and the selected match.
    Palette(String, usize),
    /// Details of the selected row.
    Details,
    /// A form (create, confirm, password).
    Form(Form),
}

/// The whole state of the dashboard.
#[derive(Debug, Clone)]
pub struct Model {
    /// Start settings.
    pub settings: Settings,
    /// Current view.
    pub tab: Tab,
    /// Overlay, if any.
    pub overlay: Option<Overlay>,
    /// Terminal size (columns, rows).
    pub size: (u16, u16),
    /// Identity of the token.
    pub me: Option<Me>,
    /// Server health.
    pub health: Option<Health>,
    /// Users.
    pub users: Table<UserRow>,
    /// Organizations.
    pub orgs: Table<OrgRow>,
    /// Projects.
    pub projects: Table<ProjectRow>,
    /// Roles of the project whose details are open.
    pub roles: Option<(String, Vec<RoleRow>)>,
    /// Project grants.
    pub grants: Table<GrantRow>,
    /// Authorizations.
    pub authz: Table<AuthzRow>,
    /// Loads in flight (not started twice).
    pub inflight: BTreeSet<Resource>,
    /// The last network failure while the server is unreachable or failing.
    pub offline: Option<String>,
    /// The status line message.
    pub status: Option<Status>,
    /// Live refresh is paused.
    pub paused: bool,
    /// Seconds since the last refresh.
    pub since_refresh: u64,
    /// Set when the user asked to quit.
    pub quit: bool,
    // calendar/audit
    /// The Calendar view.
    pub cal: crate::calendar::CalState,
    /// The audit tail.
    pub audit: crate::audit::AuditState,
    /// Workspace counts (Overview).
    pub counts: crate::audit::Counts,
    // docs/drive
    /// Docs, Drive and transfers.
    pub files: Files,
}

/// The smallest terminal the layout works in.
pub const MIN_SIZE: (u16, u16) = (50, 12);

impl Model {
    /// A fresh model (nothing loaded yet).
    pub fn new(settings: Settings, size: (u16, u16)) -> Self {
        Self {
            settings,
            tab: Tab::Overview,
            overlay: None,
            size,
            me: None,
            health: None,
            users: Table::default(),
            orgs: Table::default(),
            projects: Table::default(),
            roles: None,
            grants: Table::default(),
            authz: Table::default(),
            inflight: BTreeSet::new(),
            offline: None,
            status: None,
            paused: false,
            since_refresh: 0,
            quit: false,
            cal: Default::default(),
            audit: Default::default(),
            counts: Default::default(),
            files: Files::default(),
        }
    }

    /// Whether the terminal is below [`MIN_SIZE`].
    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_SIZE.0 || self.size.1 < MIN_SIZE.1
    }

    /// Rows of a list view's table body: the screen minus tab bar, status line, the
    /// table's borders and its header.
    pub fn page(&self) -> usize {
        // docs/drive: the transfers panel takes rows from the bottom of the body.
        let panel = self.files.transfers.height();
        usize::from(self.size.1.saturating_sub(5 + panel)).max(1)
    }

    /// Sets an informational status message.
    pub fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    /// Sets an error status message.
    pub fn error(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
        });
    }

    /// The organization name for an id, when the organizations are loaded.
    pub fn org_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.orgs
            .rows()
            .iter()
            .find(|o| o.id == id)
            .map_or(id, |o| o.name.as_str())
    }
}
