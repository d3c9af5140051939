//! Rows of the Docs and Drive views and the parts of their details panes, flattened
//! from the workspace API's types once when they arrive (drawing and filtering never
//! look at the wire types).

use ws_client::ws_api::workspace::docs::{CommentThread, Doc, DocSummary};
use ws_client::ws_api::workspace::drive::{DriveItem, ItemKind};
use ws_client::ws_api::workspace::sharing::{Grantee, Share};

use crate::data::Row;

fn haystack(parts: &[&str]) -> String {
    parts.join("\u{1f}").to_lowercase()
}

/// `2026-11-29T07:04:32Z` → `2026-11-29 07:04` (other text unchanged).
pub fn short_time(rfc3339: &str) -> String {
    match (rfc3339.get(..10), rfc3339.get(11..16)) {
        (Some(day), Some(hm)) if rfc3339.as_bytes().get(10) == Some(&b'T') => {
            format!("{day} {hm}")
        }
        _ => rfc3339.to_owned(),
    }
}

/// A byte count for people: `512 B`, `1.50 KiB`, `3.00 GiB`.
pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["KiB", "MiB", "GiB", "TiB", "PiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut v = n as f64 / 1024.0;
    let mut unit = 0;
    while v >= 1024.0 && unit + 1 < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    format!("{v:.2} {}", UNITS[unit])
}

/// A doc in the Docs list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocRow {
    /// Doc id.
    pub id: String,
    /// Title.
    pub title: String,
    /// The owner's username when known, else their id.
    pub owner: String,
    /// Last change, `YYYY-MM-DD HH:MM`.
    pub updated: String,
    /// `v<version>`.
    pub version: String,
    search: String,
}

impl DocRow {
    /// A row from fields (tests, and [`DocRow::from_summary`]).
    pub fn new(id: &str, title: &str, owner: &str, updated: &str, version: u64) -> Self {
        let updated = short_time(updated);
        let version = format!("v{version}");
        Self {
            search: haystack(&[title, owner, &updated, id]),
            id: id.into(),
            title: title.into(),
            owner: owner.into(),
            updated,
            version,
        }
    }

    /// A row from the API, naming the owner with `name_of` (id → username).
    pub fn from_summary(d: &DocSummary, name_of: impl Fn(&str) -> Option<String>) -> Self {
        let owner = name_of(&d.owner_id).unwrap_or_else(|| d.owner_id.clone());
        Self::new(&d.id, &d.title, &owner, &d.updated_at, d.version)
    }
}

impl Row for DocRow {
    const HEADERS: &'static [&'static str] = &["TITLE", "OWNER", "UPDATED", "VERSION", "ID"];
    fn id(&self) -> &str {
        &self.id
    }
    fn cells(&self) -> Vec<&str> {
        vec![
            &self.title,
            &self.owner,
            &self.updated,
            &self.version,
            &self.id,
        ]
    }
    fn haystack(&self) -> &str {
        &self.search
    }
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![
            ("Id", self.id.clone()),
            ("Title", self.title.clone()),
            ("Owner", self.owner.clone()),
            ("Updated", self.updated.clone()),
            ("Version", self.version.clone()),
        ]
    }
}

/// A comment thread, flattened for the details pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommentLine {
    /// Author id.
    pub author: String,
    /// Text.
    pub body: String,
    /// Resolved threads are shown dimmed.
    pub resolved: bool,
    /// Number of replies.
    pub replies: usize,
}

impl From<&CommentThread> for CommentLine {
    fn from(t: &CommentThread) -> Self {
        Self {
            author: t.comment.author.clone(),
            body: t.comment.body.clone(),
            resolved: t.resolved,
            replies: t.replies.len(),
        }
    }
}

/// One doc with what its details pane shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocDetail {
    /// Doc id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Current version.
    pub version: u64,
    /// Last change, `YYYY-MM-DD HH:MM`.
    pub updated: String,
    /// Who changed it last.
    pub updated_by: String,
    /// The Markdown text.
    pub body: String,
    /// How many versions its history holds.
    pub history: usize,
    /// Comment threads.
    pub comments: Vec<CommentLine>,
}

impl DocDetail {
    /// From the doc, its history length and its comment threads.
    pub fn new(doc: &Doc, history: usize, comments: &[CommentThread]) -> Self {
        Self {
            id: doc.id.clone(),
            title: doc.title.clone(),
            version: doc.version,
            updated: short_time(&doc.updated_at),
            updated_by: doc.updated_by.clone(),
            body: doc.body.clone(),
            history,
            comments: comments.iter().map(CommentLine::from).collect(),
        }
    }
}

/// A file or folder in the Drive view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DriveRow {
    /// Item id.
    pub id: String,
    /// Name.
    pub name: String,
    /// A folder (Enter opens it).
    pub folder: bool,
    /// Bytes (files).
    pub size: u64,
    /// `1.50 MiB`, or empty for folders.
    pub size_text: String,
    /// `folder` or the content type.
    pub kind: String,
    /// Lower-case hex sha256 (files).
    pub sha256: String,
    /// Last change, `YYYY-MM-DD HH:MM`.
    pub modified: String,
    /// Owner id.
    pub owner_id: String,
    display: String,
    search: String,
}

impl DriveRow {
    /// A row from fields (tests, and [`DriveRow::from_item`]).
    pub fn new(id: &str, name: &str, folder: bool, size: u64, kind: &str, modified: &str) -> Self {
        let display = if folder {
            format!("{name}/")
        } else {
            name.to_owned()
        };
        let modified = short_time(modified);
        Self {
            search: haystack(&[name, kind, &modified, id]),
            id: id.into(),
            name: name.into(),
            folder,
            size,
            size_text: if folder {
                String::new()
            } else {
                human_bytes(size)
            },
            kind: kind.into(),
            sha256: String::new(),
            modified,
            owner_id: String::new(),
            display,
        }
    }

    /// Sets the digest and owner (builder style, for fixed test data).
    pub fn with_digest(mut self, sha256: &str, owner_id: &str) -> Self {
        self.sha256 = sha256.into();
        self.owner_id = owner_id.into();
        self
    }

    /// A row from the API.
    pub fn from_item(i: &DriveItem) -> Self {
        let folder = i.kind == ItemKind::Folder;
        let kind = if folder {
            "folder"
        } else {
            i.content_type.as_deref().unwrap_or("file")
        };
        Self::new(&i.id, &i.name, folder, i.size, kind, &i.changed_at)
            .with_digest(i.sha256.as_deref().unwrap_or(""), &i.owner_id)
    }

    /// Folders first, then by name (case-insensitive).
    pub fn sort(rows: &mut [DriveRow]) {
        rows.sort_by(|a, b| {
            b.folder
                .cmp(&a.folder)
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
    }
}

impl Row for DriveRow {
    const HEADERS: &'static [&'static str] = &["NAME", "SIZE", "TYPE", "MODIFIED", "ID"];
    fn id(&self) -> &str {
        &self.id
    }
    fn cells(&self) -> Vec<&str> {
        vec![
            &self.display,
            &self.size_text,
            &self.kind,
            &self.modified,
            &self.id,
        ]
    }
    fn haystack(&self) -> &str {
        &self.search
    }
    fn details(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![("Id", self.id.clone()), ("Name", self.name.clone())];
        if self.folder {
            out.push(("Type", "folder".into()));
        } else {
            out.push(("Size", format!("{} ({} bytes)", self.size_text, self.size)));
            out.push(("Type", self.kind.clone()));
            out.push(("SHA-256", self.sha256.clone()));
        }
        out.push(("Modified", self.modified.clone()));
        out.push(("Owner", self.owner_id.clone()));
        out
    }
}

/// One entry of a resource's access list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareLine {
    /// Share id.
    pub id: String,
    /// `user 123`, `org 456` or `link abc`.
    pub grantee: String,
    /// `viewer`, `commenter`, `editor` or `owner`.
    pub role: String,
}

impl From<&Share> for ShareLine {
    fn from(s: &Share) -> Self {
        let grantee = match &s.grantee {
            Grantee::User { id } => format!("user {id}"),
            Grantee::Org { id } => format!("org {id}"),
            Grantee::Link { id } => format!("link {id}"),
        };
        Self {
            id: s.id.clone(),
            grantee,
            role: s.role.as_str().to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_sizes_read_well() {
        assert_eq!(short_time("2026-11-29T07:04:32Z"), "2026-11-29 07:04");
        assert_eq!(short_time("yesterday"), "yesterday");
        assert_eq!(human_bytes(512), "512 B");
        assert_eq!(human_bytes(1536), "1.50 KiB");
        assert_eq!(human_bytes(3 << 30), "3.00 GiB");
    }

    #[test]
    fn folders_sort_first_and_show_a_slash() {
        let mut rows = vec![
            DriveRow::new("1", "b.txt", false, 10, "text/plain", ""),
            DriveRow::new("2", "Zeta", true, 0, "folder", ""),
            DriveRow::new("3", "a.txt", false, 10, "text/plain", ""),
        ];
        DriveRow::sort(&mut rows);
        let names: Vec<&str> = rows.iter().map(|r| r.cells()[0]).collect();
        assert_eq!(names, ["Zeta/", "a.txt", "b.txt"]);
        assert_eq!(rows[0].cells()[1], "", "folders have no size");
    }
}
