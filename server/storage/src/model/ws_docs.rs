//! Workspace docs: documents, their versions and comments. Times are unix seconds.

/// A document as stored, with its current body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WsDoc {
    /// Document id.
    pub id: String,
    /// The owning organization; every query filters by it or by an ACL.
    pub org_id: String,
    /// The user who created it.
    pub owner_id: String,
    /// Title.
    pub title: String,
    /// Markdown text.
    pub body: String,
    /// Current version, 1 after creation.
    pub version: i64,
    /// Creation time.
    pub created_at: i64,
    /// Time of the last change.
    pub updated_at: i64,
    /// Author of the last change.
    pub updated_by: String,
}

/// A document in a list: everything but the body, plus an excerpt for searches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WsDocMeta {
    /// Document id.
    pub id: String,
    /// The owning organization.
    pub org_id: String,
    /// The user who created it.
    pub owner_id: String,
    /// Title.
    pub title: String,
    /// Current version.
    pub version: i64,
    /// Time of the last change.
    pub updated_at: i64,
    /// Author of the last change.
    pub updated_by: String,
    /// With search terms: up to ~300 characters of the body starting a little before
    /// the first term's first match in the body (none when only the title matched).
    pub excerpt: Option<String>,
}

/// Which documents a list returns: those of `org_id` (all of them, or only those of
/// `owner_id` when set), plus the documents in `shared_ids` whatever their org, each
/// matching every one of `terms` in its title or body (ASCII case-insensitive).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocFilter {
    /// The caller's organization.
    pub org_id: String,
    /// Restricts the org's documents to this owner's (a caller who cannot see all).
    pub owner_id: Option<String>,
    /// Documents shared with the caller (by the sharing module's ACL).
    pub shared_ids: Vec<String>,
    /// Search terms; empty lists everything visible.
    pub terms: Vec<String>,
}

/// A change to a document, applied atomically as one new version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocChange {
    /// The document.
    pub id: String,
    /// Apply only if the document is still at this version (optimistic concurrency).
    pub expected_version: Option<i64>,
    /// A new title, or keep the old one.
    pub title: Option<String>,
    /// A new body, or keep the old one.
    pub body: Option<String>,
    /// Who makes the change.
    pub author: String,
    /// When.
    pub now: i64,
    /// Set when the change restores an older version (recorded in the history).
    pub restored_from: Option<i64>,
}

/// The result of a [`DocChange`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocWrite {
    /// Applied; the document as it is now.
    Written(WsDoc),
    /// Refused because the document moved on; nothing was written.
    Stale {
        /// The version the document is at.
        current: i64,
    },
}

/// One version of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WsDocVersion {
    /// The document.
    pub doc_id: String,
    /// Version number.
    pub version: i64,
    /// Title as of this version.
    pub title: String,
    /// Body as of this version; `None` in history lists.
    pub body: Option<String>,
    /// Body size in bytes.
    pub size: i64,
    /// Who wrote it.
    pub author: String,
    /// When.
    pub created_at: i64,
    /// The version it restored, if it was made by a restore.
    pub restored_from: Option<i64>,
}

/// A comment: a thread's opening comment (`parent_id` none) or a reply to one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WsComment {
    /// Comment id.
    pub id: String,
    /// The document.
    pub doc_id: String,
    /// The thread's opening comment, for a reply.
    pub parent_id: Option<String>,
    /// Author.
    pub author: String,
    /// Text.
    pub body: String,
    /// The quoted passage of the document, for an opening comment.
    pub quote: Option<String>,
    /// Who resolved the thread and when, while resolved (opening comments only).
    pub resolved: Option<(String, i64)>,
    /// When it was written.
    pub created_at: i64,
}

/// A thread: its opening comment and replies, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WsThread {
    /// The opening comment.
    pub comment: WsComment,
    /// The replies, oldest first.
    pub replies: Vec<WsComment>,
}
