//! Wire types shared by the `ws` client and the servers: request and response
//! bodies, error bodies and identifiers. No IO lives here; `axum` integration is
//! behind the optional `axum` feature so the client never pulls in a server stack.

pub mod error;
pub mod oauth;
pub mod workspace;

pub use error::ErrorBody;
