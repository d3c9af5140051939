//! Drive wire types: files and folders, upload sessions and quotas, as sent by
//! `/api/v1/drive/…` and read by `ws drive`. Times are RFC 3339 UTC strings, sizes
//! bytes, digests lower-case hex sha256.

use serde::{Deserialize, Serialize};

/// Whether a drive item is a folder or a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// A folder: holds other items, has no content.
    Folder,
    /// A file: content addressed by its sha256.
    File,
}

/// A file or folder as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct DriveItem {
    /// Item id.
    pub id: String,
    /// Name within its parent folder (a single path segment).
    pub name: String,
    /// Folder or file.
    pub kind: ItemKind,
    /// The parent folder; `None` only for a user's My Drive root.
    pub parent_id: Option<String>,
    /// Content size in bytes (0 for folders).
    pub size: u64,
    /// sha256 of the content (files only); also the download `ETag`.
    pub sha256: Option<String>,
    /// Detected media type (files only).
    pub content_type: Option<String>,
    /// The user who owns it.
    pub owner_id: String,
    /// The organization it belongs to.
    pub org_id: String,
    /// Whether it is in the trash (directly or through a trashed folder).
    pub trashed: bool,
    /// When it was created (RFC 3339).
    pub created_at: String,
    /// When its name, place or content last changed (RFC 3339).
    pub changed_at: String,
}

/// A page of drive items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct DriveItemList {
    /// The items of this page, folders first, then by name.
    pub items: Vec<DriveItem>,
    /// Pass as `page_token` to get the next page; absent on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

/// `POST /api/v1/drive/folders`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateFolder {
    /// Parent folder; the caller's My Drive root when absent.
    #[serde(default)]
    pub parent_id: Option<String>,
    /// Folder name.
    pub name: String,
}

/// `PATCH /api/v1/drive/files/{id}`: rename and/or move.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateItem {
    /// New name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// New parent folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
}

/// `POST /api/v1/drive/files/{id}/copy`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CopyItem {
    /// Target folder; the source's folder when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
    /// Name of the copy; the source's name when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// `POST /api/v1/drive/uploads`: opens a resumable upload session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateUpload {
    /// Target folder; the caller's My Drive root when absent.
    #[serde(default)]
    pub parent_id: Option<String>,
    /// File name.
    pub name: String,
    /// Total size in bytes; checked against the quota before anything is written.
    pub size: u64,
    /// Replace the content of an existing file of that name instead of answering 409.
    #[serde(default)]
    pub overwrite: bool,
}

/// A resumable upload session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct UploadSession {
    /// Session id.
    pub id: String,
    /// Target folder.
    pub parent_id: String,
    /// File name.
    pub name: String,
    /// Declared total size.
    pub size: u64,
    /// Bytes stored so far, counted from the start; the next chunk starts here.
    pub committed: u64,
    /// Bytes the server accepted over all chunk requests (a resumed upload sends
    /// fewer bytes than a restarted one).
    pub received: u64,
    /// Whether an existing file of that name is replaced.
    pub overwrite: bool,
    /// After this time (RFC 3339) the session and its bytes are dropped.
    pub expires_at: String,
}

/// `POST /api/v1/drive/uploads/{id}/finish`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct FinishUpload {
    /// The sha256 of the whole content, as the client computed it; the server
    /// refuses to commit anything else.
    pub sha256: String,
}

/// `GET /api/v1/drive/quota`: the caller's organization's storage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct Quota {
    /// The organization.
    pub org_id: String,
    /// Bytes used by its files (trashed ones included until deleted).
    pub used: u64,
    /// Bytes reserved by open upload sessions.
    pub reserved: u64,
    /// The limit in bytes: the organization's own quota, else the server's
    /// `drive_quota`; 9223372036854775807 (`i64::MAX`) when that is `"unlimited"`.
    pub limit: u64,
}

/// Response header carrying the content's sha256 on downloads (besides `ETag`).
pub const SHA256_HEADER: &str = "x-content-sha256";
