//! Token endpoint, introspection, revocation, userinfo, discovery and keys of the
//! embedded provider, driven through `ws_identity::router` on a real SQLite store.

mod fixture;

mod code;
mod device;
mod keys;
mod lifetime;
mod machine;
mod read;
mod refresh;
mod sealing;
