//! The state of the Docs and Drive views and of the transfers panel: where the drive
//! browser is (My Drive or Shared-with-me, and the folder path), the open doc, the
//! shares of the selected item, and every upload/download with its progress. Also the
//! messages and effects of transfers, and the share/upload/download/create-doc/mkdir
//! operations with their equivalent `ws` command lines. Rows live in [`rows`]. Only
//! [`crate::update`] changes this state; views only read it.

pub mod rows;

use ws_client::ws_api::workspace::sharing::{Grantee, ResourceKind, ShareRole};

pub use rows::{CommentLine, DocDetail, DocRow, DriveRow, ShareLine};

use crate::msg::shell_quote;
use crate::table::Table;

/// Where the drive browser is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum DriveLoc {
    /// The top of My Drive.
    #[default]
    Root,
    /// The items others shared with the caller.
    Shared,
    /// A folder, by id.
    Folder(String),
}

/// One step of the breadcrumb path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crumb {
    /// Folder id.
    pub id: String,
    /// Folder name.
    pub name: String,
}

/// The drive browser: which top (mine or shared), the folders opened below it, and
/// the items of the current folder.
#[derive(Debug, Clone, Default)]
pub struct DriveState {
    /// Browsing Shared-with-me instead of My Drive.
    pub shared: bool,
    /// Folders opened from the top, outermost first.
    pub path: Vec<Crumb>,
    /// Items of the current folder.
    pub table: Table<DriveRow>,
    /// After going up: the folder to select once the parent's items arrive.
    pub reselect: Option<String>,
}

impl DriveState {
    /// The location shown now.
    pub fn loc(&self) -> DriveLoc {
        match (self.path.last(), self.shared) {
            (Some(c), _) => DriveLoc::Folder(c.id.clone()),
            (None, true) => DriveLoc::Shared,
            (None, false) => DriveLoc::Root,
        }
    }

    /// `My Drive / Reports / 2026` (or `Shared with me / …`).
    pub fn breadcrumb(&self) -> String {
        let top = if self.shared {
            "Shared with me"
        } else {
            "My Drive"
        };
        std::iter::once(top)
            .chain(self.path.iter().map(|c| c.name.as_str()))
            .collect::<Vec<_>>()
            .join(" / ")
    }

    /// How `ws drive` names the current folder: a path from My Drive, or `id:ID`
    /// below Shared-with-me (shared items have no path from the caller's root).
    pub fn cli_path(&self) -> String {
        match (self.shared, self.path.last()) {
            (true, Some(c)) => format!("id:{}", c.id),
            _ => self
                .path
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>()
                .join("/"),
        }
    }
}

/// Upload or download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Local file to the drive.
    Up,
    /// Drive file to a local path.
    Down,
}

/// Where a transfer is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransferState {
    /// Moving bytes.
    Running,
    /// Finished; what happened.
    Done(String),
    /// Failed; why.
    Failed(String),
    /// Cancelled by the user.
    Cancelled,
}

/// One upload or download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transfer {
    /// Id within this dashboard run.
    pub id: u64,
    /// Up or down.
    pub direction: Direction,
    /// The drive name.
    pub name: String,
    /// The local path as typed.
    pub local: String,
    /// Bytes done (on the server for uploads, on disk for downloads).
    pub done: u64,
    /// Total bytes, once known.
    pub total: Option<u64>,
    /// Bytes done when this run started (a resumed transfer starts above zero).
    pub base: Option<u64>,
    /// Milliseconds since the transfer started, as last reported.
    pub elapsed_ms: u64,
    /// State.
    pub state: TransferState,
    /// Where the drive side is (reloaded when an upload lands there).
    pub loc: DriveLoc,
}

impl Transfer {
    /// Bytes per second moved by this run (0 before any time has passed).
    pub fn rate(&self) -> u64 {
        let moved = self.done.saturating_sub(self.base.unwrap_or(0));
        moved
            .saturating_mul(1000)
            .checked_div(self.elapsed_ms)
            .unwrap_or(0)
    }

    /// Done as a fraction of the total (0 when the total is unknown).
    pub fn ratio(&self) -> f64 {
        match self.total {
            Some(0) => 1.0,
            Some(t) => (self.done as f64 / t as f64).clamp(0.0, 1.0),
            None => 0.0,
        }
    }
}

/// Every transfer of this run, newest last, and the panel showing them.
#[derive(Debug, Clone, Default)]
pub struct Transfers {
    /// The transfers.
    pub list: Vec<Transfer>,
    /// The panel is shown.
    pub open: bool,
    /// Selected transfer (index into `list`).
    pub selected: usize,
    /// The id the next transfer gets.
    pub next_id: u64,
}

impl Transfers {
    /// A transfer by id.
    pub fn get_mut(&mut self, id: u64) -> Option<&mut Transfer> {
        self.list.iter_mut().find(|t| t.id == id)
    }

    /// Rows the panel takes when open (borders plus up to six transfers).
    pub fn height(&self) -> u16 {
        if self.open {
            let n = u16::try_from(self.list.len().clamp(1, 6)).unwrap_or(6);
            n + 2
        } else {
            0
        }
    }
}

/// Everything the Docs and Drive views and the transfers panel know.
#[derive(Debug, Clone, Default)]
pub struct Files {
    /// The docs list.
    pub docs: Table<DocRow>,
    /// The docs as they arrived (renamed when the users list arrives later).
    pub summaries: Vec<ws_client::ws_api::workspace::docs::DocSummary>,
    /// The doc whose details are open (or last were).
    pub doc: Option<DocDetail>,
    /// A doc just created: selected once the docs list with it arrives.
    pub doc_reselect: Option<String>,
    /// The drive browser.
    pub drive: DriveState,
    /// The shares of the resource whose details are open.
    pub shares: Option<(ShareTarget, Vec<ShareLine>)>,
    /// Uploads and downloads.
    pub transfers: Transfers,
}

/// A shareable resource.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ShareTarget {
    /// Doc, folder or file.
    pub kind: ResourceKind,
    /// Its id.
    pub id: String,
}

/// Share a resource with a user, an organization or a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareOp {
    /// What.
    pub target: ShareTarget,
    /// Its title or name (messages).
    pub name: String,
    /// With whom, as typed: a user's login (username, email, `user@org-domain`) or
    /// id, an organization's name or id; resolved by the server's directory on submit.
    pub grantee: Grantee,
    /// The role given.
    pub role: ShareRole,
}

impl ShareOp {
    /// `ws share add doc:ID|drive:id:ID (--user U | --org O | --link) --role R`.
    pub fn command_line(&self) -> String {
        let who = match &self.grantee {
            Grantee::User { id } => format!("--user {}", shell_quote(id)),
            Grantee::Org { id } => format!("--org {}", shell_quote(id)),
            Grantee::Link { .. } => "--link".to_owned(),
        };
        let resource = match self.target.kind {
            ResourceKind::Doc => format!("doc:{}", self.target.id),
            ResourceKind::Calendar => format!("calendar:{}", self.target.id),
            ResourceKind::File | ResourceKind::Folder => format!("drive:id:{}", self.target.id),
        };
        format!(
            "ws share add {} {who} --role {}",
            shell_quote(&resource),
            self.role.as_str()
        )
    }
}

/// Upload a local file into a drive folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadOp {
    /// The local path as typed.
    pub local: String,
    /// Name on the drive.
    pub name: String,
    /// Target folder (My Drive's top when `None`).
    pub parent_id: Option<String>,
    /// The folder as `ws drive` names it ("" = My Drive).
    pub folder: String,
    /// The drive location it lands in.
    pub loc: DriveLoc,
}

impl UploadOp {
    /// `ws drive upload LOCAL [FOLDER] [--name NAME]`.
    pub fn command_line(&self) -> String {
        let mut line = format!("ws drive upload {}", shell_quote(&self.local));
        if !self.folder.is_empty() {
            line.push(' ');
            line.push_str(&shell_quote(&self.folder));
        }
        if local_name(&self.local) != self.name {
            line.push_str(&format!(" --name {}", shell_quote(&self.name)));
        }
        line
    }
}

/// The last component of a local path as typed.
pub fn local_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Create a doc (empty body) owned by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDocOp {
    /// Its title.
    pub title: String,
}

impl NewDocOp {
    /// `ws docs create --title TITLE`.
    pub fn command_line(&self) -> String {
        format!("ws docs create --title {}", shell_quote(&self.title))
    }
}

/// Create a folder in the drive browser's current folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MkdirOp {
    /// The new folder's name.
    pub name: String,
    /// The folder it goes into (My Drive's top when `None`).
    pub parent_id: Option<String>,
    /// That folder as `ws drive` names it ("" = My Drive, `id:ID` below Shared-with-me).
    pub folder: String,
    /// The drive location it lands in (reloaded afterwards).
    pub loc: DriveLoc,
}

impl MkdirOp {
    /// `ws drive mkdir FOLDER/NAME`.
    pub fn command_line(&self) -> String {
        let path = if self.folder.is_empty() {
            self.name.clone()
        } else {
            format!("{}/{}", self.folder, self.name)
        };
        format!("ws drive mkdir {}", shell_quote(&path))
    }
}

/// What a create (doc or folder) made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Created {
    /// The new doc's or folder's id (selected once its list reloads).
    pub id: String,
    /// What happened, for the status line.
    pub message: String,
}

/// Download a drive file to a local path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DownloadOp {
    /// Drive file id.
    pub item_id: String,
    /// Its name (the file name inside a destination folder).
    pub name: String,
    /// The local file or folder as typed (`.` = the current folder).
    pub dest: String,
    /// The drive location it came from.
    pub loc: DriveLoc,
}

impl DownloadOp {
    /// `ws drive download id:ID [DEST]`.
    pub fn command_line(&self) -> String {
        let src = shell_quote(&format!("id:{}", self.item_id));
        if self.dest == "." {
            format!("ws drive download {src}")
        } else {
            format!("ws drive download {src} {}", shell_quote(&self.dest))
        }
    }
}

/// What a transfer task reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilesMsg {
    /// Bytes moved so far.
    Progress {
        /// Transfer id.
        id: u64,
        /// Bytes done.
        done: u64,
        /// Total, once known.
        total: Option<u64>,
        /// Milliseconds since the transfer started.
        elapsed_ms: u64,
    },
    /// The transfer ended: what happened, or why it failed.
    Finished {
        /// Transfer id.
        id: u64,
        /// Outcome.
        result: Result<String, String>,
    },
    /// A doc or folder create finished ([`crate::msg::WriteOp::CreateDoc`] or
    /// [`crate::msg::WriteOp::Mkdir`]): what was made, or the server's message.
    Created {
        /// The create that was sent.
        op: Box<crate::msg::WriteOp>,
        /// The new item, or why not.
        result: Result<Created, String>,
    },
}

/// Transfer work for the driver.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilesEffect {
    /// Upload in the background, reporting progress as transfer `id`.
    Upload(u64, UploadOp),
    /// Download in the background, reporting progress as transfer `id`.
    Download(u64, DownloadOp),
    /// Stop transfer `id`.
    Cancel(u64),
}

impl FilesEffect {
    /// The transfer it concerns.
    pub fn id(&self) -> u64 {
        match self {
            FilesEffect::Upload(id, _) | FilesEffect::Download(id, _) | FilesEffect::Cancel(id) => {
                *id
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_lines_name_the_folder_the_way_ws_drive_does() {
        let up = UploadOp {
            local: "/tmp/my notes.txt".into(),
            name: "my notes.txt".into(),
            parent_id: Some("f1".into()),
            folder: "Reports/2026".into(),
            loc: DriveLoc::Folder("f1".into()),
        };
        assert_eq!(
            up.command_line(),
            "ws drive upload '/tmp/my notes.txt' Reports/2026"
        );
        let down = DownloadOp {
            item_id: "9".into(),
            name: "a.txt".into(),
            dest: ".".into(),
            loc: DriveLoc::Root,
        };
        assert_eq!(down.command_line(), "ws drive download id:9");
        let share = ShareOp {
            target: ShareTarget {
                kind: ResourceKind::File,
                id: "9".into(),
            },
            name: "a.txt".into(),
            grantee: Grantee::Link { id: String::new() },
            role: ShareRole::Viewer,
        };
        assert_eq!(
            share.command_line(),
            "ws share add drive:id:9 --link --role viewer"
        );
        let mut d = DriveState {
            shared: true,
            ..DriveState::default()
        };
        assert_eq!((d.loc(), d.cli_path()), (DriveLoc::Shared, String::new()));
        d.path.push(Crumb {
            id: "7".into(),
            name: "Team".into(),
        });
        assert_eq!(d.cli_path(), "id:7");
        assert_eq!(d.breadcrumb(), "Shared with me / Team");
    }

    #[test]
    fn rate_counts_only_this_runs_bytes() {
        let t = Transfer {
            id: 1,
            direction: Direction::Up,
            name: "x".into(),
            local: "x".into(),
            done: 3_000,
            total: Some(4_000),
            base: Some(1_000),
            elapsed_ms: 500,
            state: TransferState::Running,
            loc: DriveLoc::Root,
        };
        assert_eq!(t.rate(), 4_000);
        assert!((t.ratio() - 0.75).abs() < 1e-9);
    }
}
