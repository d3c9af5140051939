//! Workspace docs: documents, versions and comment threads.

use async_trait::async_trait;

use super::StoreResult;
use crate::model::{
    DocChange, DocFilter, DocWrite, ListQuery, Page, WsComment, WsDoc, WsDocMeta, WsDocVersion,
    WsThread,
};

/// Documents with their full history and comments. Callers decide who may see what;
/// this trait only filters by what [`DocFilter`] names.
///
/// Under concurrent callers every backend guarantees: `update_doc` checks the expected
/// version (If-Match) and bumps it in one conditional statement, so of writers holding
/// the same version exactly one writes and the others get `Stale` with the new version;
/// version numbers have no gaps and each has exactly one history row.
#[async_trait]
pub trait WsDocRepo: Send + Sync {
    /// Stores a new document and its version 1 together; `MissingReference` when its
    /// org does not exist, `Conflict` when the id is taken.
    async fn create_doc(&self, doc: &WsDoc) -> StoreResult<()>;
    /// A document by id.
    async fn get_doc(&self, id: &str) -> StoreResult<Option<WsDoc>>;
    /// Applies a change as one new version (document and history row in one
    /// transaction); `Stale` without writing when `expected_version` is outdated,
    /// `NotFound` when the document does not exist.
    async fn update_doc(&self, change: &DocChange) -> StoreResult<DocWrite>;
    /// Deletes a document with its versions and comments; `NotFound` if absent.
    async fn delete_doc(&self, id: &str) -> StoreResult<()>;
    /// A page of the documents the filter selects, most recently changed first.
    async fn list_docs(&self, filter: &DocFilter, q: ListQuery) -> StoreResult<Page<WsDocMeta>>;
    /// A page of a document's versions without bodies, newest first.
    async fn list_versions(&self, doc_id: &str, q: ListQuery) -> StoreResult<Page<WsDocVersion>>;
    /// One version of a document, with its body.
    async fn get_version(&self, doc_id: &str, version: i64) -> StoreResult<Option<WsDocVersion>>;
    /// Stores a comment; a reply's `parent_id` must name an opening comment of the same
    /// document (`MissingReference` otherwise, and for a missing document).
    async fn add_comment(&self, comment: &WsComment) -> StoreResult<()>;
    /// A comment of a document by id.
    async fn get_comment(&self, doc_id: &str, id: &str) -> StoreResult<Option<WsComment>>;
    /// One thread of a document (by its opening comment's id) with all its replies.
    async fn get_thread(&self, doc_id: &str, id: &str) -> StoreResult<Option<WsThread>>;
    /// A page of a document's threads, oldest first, each with all its replies.
    async fn list_threads(&self, doc_id: &str, q: ListQuery) -> StoreResult<Page<WsThread>>;
    /// Marks a thread resolved (by whom, when) or reopens it (`None`); `NotFound` when
    /// the document has no opening comment with this id.
    async fn set_resolved(
        &self,
        doc_id: &str,
        id: &str,
        resolved: Option<(&str, i64)>,
    ) -> StoreResult<()>;
}
