//! HTTP clients for the identity provider (OIDC + Zitadel APIs) and the workspace
//! server, login flows, token storage and profiles. Depends on `ws-api` only; it
//! never assumes the embedded identity module: everything works against a real ZITADEL.
