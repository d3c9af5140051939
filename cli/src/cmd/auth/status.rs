//! `ws auth status`: who is signed in, in which org with which roles, from which issuer
//! and store, until when. Exit 4 when not signed in or when the server rejects the token.

use anyhow::Result;
use clap::Args;
use serde_json::Value;
use time::OffsetDateTime;

use super::shared;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

const FIELDS: &[&str] = &[
    "profile",
    "issuer",
    "user",
    "subject",
    "org_name",
    "org_id",
    "roles",
    "store",
    "grant",
    "expires_at",
];

/// Show the session.
#[derive(Debug, Args)]
pub struct Cmd {}

impl Cmd {
    /// Checks the token against the issuer's userinfo endpoint and prints the session.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let session = ctx.session()?;
        let current = session.current().await?;
        let info = session.userinfo().await.map_err(shared::rejected)?;
        // `current` again: the userinfo call may have renewed the tokens.
        let current = session.stored().unwrap_or(current);
        let profile = session.profile();
        let mut record = shared::identity(&info);
        let extra = shared::token_fields(&current, OffsetDateTime::now_utc());
        if let (Value::Object(r), Value::Object(e)) = (&mut record, extra) {
            r.extend(e);
            r.insert("profile".into(), profile.name.clone().into());
            r.insert(
                "issuer".into(),
                profile.issuer.as_str().trim_end_matches('/').into(),
            );
            r.insert("logged_in".into(), true.into());
        }
        output::print(ctx, Shape::One(&record), FIELDS)?;
        Ok(exit::OK)
    }
}
