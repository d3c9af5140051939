//! Drive: the folder/file tree, upload sessions and per-organization quotas.

use async_trait::async_trait;

use super::StoreResult;
use crate::model::{
    DriveItemRecord, DriveUploadRecord, DriveUsage, FileCommit, ListQuery, Page, QuotaExceeded,
    TreeCopied, TreeCopy,
};

/// Storage of drive metadata. Bytes live in a blob store; a file exists for readers
/// only once [`WsDriveRepo::commit_file`] has stored its row.
///
/// What every backend guarantees under concurrent callers (SQLite through its single
/// writer, PostgreSQL through locks and constraints):
/// - **Quota**: `create_upload`, `commit_file` and `copy_tree` of one organization are
///   serialised, each reading usage and writing in one transaction, so writers racing
///   for the last bytes never take the organization past its limit together.
/// - **Upload commits**: a session is ended by the commit that stores its file; of two
///   commits of one session exactly one stores a file, the other gets `NotFound`.
///   `advance_upload` is a compare-and-set on the committed offset, so two writers of
///   the same piece cannot both move it.
/// - **Unique names**: live names in a folder are unique by a unique index, never by a
///   check made first: of two creates (or moves, restores, commits) of one name, one
///   succeeds and the other gets `Conflict`. An overwriting commit locks the file it
///   replaces.
/// - **Roots**: `ensure_root` stores exactly one root per owner.
#[async_trait]
pub trait WsDriveRepo: Send + Sync {
    /// The owner's root folder, inserting `root` first if the owner has none (safe
    /// under concurrent first requests: exactly one root per owner).
    async fn ensure_root(&self, root: &DriveItemRecord) -> StoreResult<DriveItemRecord>;
    /// The owner's root folder.
    async fn get_root(&self, owner_id: &str) -> StoreResult<Option<DriveItemRecord>>;
    /// An item by id, trashed or not.
    async fn get_item(&self, id: &str) -> StoreResult<Option<DriveItemRecord>>;
    /// The live (not itself trashed) child of `parent_id` called `name`.
    async fn find_child(&self, parent_id: &str, name: &str)
    -> StoreResult<Option<DriveItemRecord>>;
    /// A page of the live children of a folder, folders first, then by name.
    async fn list_children(
        &self,
        parent_id: &str,
        q: ListQuery,
    ) -> StoreResult<Page<DriveItemRecord>>;
    /// The items among `ids` that exist and are not themselves trashed.
    async fn get_items(&self, ids: &[String]) -> StoreResult<Vec<DriveItemRecord>>;
    /// Items owned by `owner_id` that were trashed themselves, most recent first.
    async fn list_trashed(&self, owner_id: &str) -> StoreResult<Vec<DriveItemRecord>>;
    /// Live items of `owner_id` whose name contains `needle` (case-insensitive).
    async fn search(
        &self,
        owner_id: &str,
        needle: &str,
        q: ListQuery,
    ) -> StoreResult<Vec<DriveItemRecord>>;
    /// The ancestors of an item, its parent first and the root last.
    async fn ancestors(&self, id: &str) -> StoreResult<Vec<DriveItemRecord>>;
    /// Stores a folder; `Conflict` when its parent has a live item of that name.
    async fn create_folder(&self, item: &DriveItemRecord) -> StoreResult<()>;
    /// Makes a file visible in one transaction: inserts it (or, with `overwrite`,
    /// replaces the content of the live file of that name), ends the upload session
    /// and checks the quota. `Conflict` when the name is taken and not overwritten,
    /// `NotFound` when the session is gone; `Ok(Err(_))` when over quota.
    async fn commit_file(
        &self,
        commit: &FileCommit,
    ) -> StoreResult<Result<DriveItemRecord, QuotaExceeded>>;
    /// Copies a folder and everything live in it in one transaction, checking the
    /// quota for the whole copy; `Conflict` when the target name is taken, `NotFound`
    /// when the source is gone; `Ok(Err((bytes the copy needs, _)))` when over quota
    /// (nothing stored then).
    async fn copy_tree(
        &self,
        copy: &TreeCopy,
    ) -> StoreResult<Result<TreeCopied, (i64, QuotaExceeded)>>;
    /// Renames and/or moves an item; `Conflict` when the target name is taken.
    async fn move_item(
        &self,
        id: &str,
        parent_id: &str,
        name: &str,
        changed_at: i64,
    ) -> StoreResult<()>;
    /// Trashes (`Some(time)`) or restores (`None`) an item and, through it, its
    /// descendants; restoring fails with `Conflict` when its name was taken meanwhile.
    async fn set_trashed(&self, id: &str, trashed_at: Option<i64>) -> StoreResult<()>;
    /// Deletes an item and its descendants for good.
    async fn delete_item(&self, id: &str) -> StoreResult<()>;
    /// Bytes used and reserved by an organization.
    async fn usage(&self, org_id: &str) -> StoreResult<DriveUsage>;
    /// An organization's quota, if one was set.
    async fn get_quota(&self, org_id: &str) -> StoreResult<Option<i64>>;
    /// Sets an organization's quota.
    async fn set_quota(&self, org_id: &str, limit: i64) -> StoreResult<()>;
    /// Opens an upload session, reserving its size; `Ok(Err(_))` when used plus
    /// reserved plus its size would exceed `limit` (nothing stored then).
    async fn create_upload(
        &self,
        session: &DriveUploadRecord,
        limit: i64,
    ) -> StoreResult<Result<(), QuotaExceeded>>;
    /// An upload session.
    async fn get_upload(&self, id: &str) -> StoreResult<Option<DriveUploadRecord>>;
    /// Moves a session's committed offset from `from` to `to` and adds `received`
    /// to its counter; `false` (nothing changed) when the offset is no longer `from`.
    async fn advance_upload(
        &self,
        id: &str,
        from: i64,
        to: i64,
        received: i64,
    ) -> StoreResult<bool>;
    /// Drops an upload session.
    async fn delete_upload(&self, id: &str) -> StoreResult<()>;
    /// Ids of sessions that expired before `now`.
    async fn expired_uploads(&self, now: i64) -> StoreResult<Vec<String>>;
}
