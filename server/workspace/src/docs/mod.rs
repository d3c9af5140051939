//! Docs: Markdown documents with optimistic concurrency, version history, threaded
//! comments, exports and search.

pub mod export;
pub mod search;
pub mod validate;
