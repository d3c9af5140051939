//! Drive records: the folder/file tree, upload sessions and quotas.

use serde::Serialize;

use super::text_enum;

text_enum! {
    /// Folder or file.
    DriveKind {
        /// A folder.
        Folder = "folder",
        /// A file.
        File = "file",
    }
}

/// A folder or file row. A file's bytes are the blob named by `sha256`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DriveItemRecord {
    /// Item id.
    pub id: String,
    /// Owning organization.
    pub org_id: String,
    /// Owning user.
    pub owner_id: String,
    /// Parent folder; `None` for a user's root.
    pub parent_id: Option<String>,
    /// Name, unique among the live items of the parent.
    pub name: String,
    /// Folder or file.
    pub kind: DriveKind,
    /// Content size (0 for folders).
    pub size: i64,
    /// Content digest, lower-case hex (files only).
    pub sha256: Option<String>,
    /// Detected media type (files only).
    pub content_type: Option<String>,
    /// When this item itself was trashed.
    pub trashed_at: Option<i64>,
    /// Creation time.
    pub created_at: i64,
    /// Last change of name, place or content.
    pub changed_at: i64,
}

/// A resumable upload session; its bytes are staged outside the database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DriveUploadRecord {
    /// Session id.
    pub id: String,
    /// The uploader's organization (the quota charged).
    pub org_id: String,
    /// The uploader.
    pub user_id: String,
    /// Target folder.
    pub parent_id: String,
    /// Target name.
    pub name: String,
    /// Declared total size.
    pub size: i64,
    /// Bytes durably staged, from offset 0.
    pub committed: i64,
    /// Bytes accepted over all chunk requests.
    pub received: i64,
    /// Replace an existing file of that name.
    pub overwrite: bool,
    /// Creation time.
    pub created_at: i64,
    /// Expiry time.
    pub expires_at: i64,
}

/// Bytes used and reserved by an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct DriveUsage {
    /// Sum of its files' sizes, trashed included.
    pub used: i64,
    /// Sum of the declared sizes of its open upload sessions.
    pub reserved: i64,
}

/// What [`crate::WsDriveRepo::commit_file`] stores: the new file (or new content for
/// an existing one when `overwrite`), charged against `limit`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileCommit {
    /// The row to insert (its id is used only when no file is replaced).
    pub item: DriveItemRecord,
    /// Replace the content of a live file of the same name instead of failing.
    pub overwrite: bool,
    /// The upload session this commit ends (deleted in the same transaction).
    pub session_id: Option<String>,
    /// The organization's quota in bytes.
    pub limit: i64,
}

/// Why a write charged against the quota was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuotaExceeded {
    /// Bytes in use (and reserved) before the write.
    pub usage: DriveUsage,
    /// The limit.
    pub limit: i64,
}

/// What [`crate::WsDriveRepo::copy_tree`] copies: the folder `source_id` and every
/// live (untrashed) item below it, as a new folder `name` in `parent_id`. The copies
/// belong to `owner_id` in `org_id`; files share their originals' blobs (bytes are
/// content-addressed), but their sizes are charged again against `limit`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeCopy {
    /// The folder to copy.
    pub source_id: String,
    /// The folder that receives the copy.
    pub parent_id: String,
    /// The copy's name in `parent_id`.
    pub name: String,
    /// The organization of `parent_id` (charged).
    pub org_id: String,
    /// Who owns the copies.
    pub owner_id: String,
    /// Creation time of the copies.
    pub at: i64,
    /// The organization's quota in bytes.
    pub limit: i64,
}

/// What [`crate::WsDriveRepo::copy_tree`] stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeCopied {
    /// The new top folder.
    pub top: DriveItemRecord,
    /// Folders copied, the top one included.
    pub folders: u64,
    /// Files copied.
    pub files: u64,
    /// Bytes of the files copied (charged against the quota).
    pub bytes: i64,
}
