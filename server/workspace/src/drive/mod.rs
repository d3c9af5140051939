//! Drive: My Drive and Shared-with-me, folders, streaming and resumable uploads,
//! ranged downloads, trash, quotas.

pub mod blobs;
pub mod names;
