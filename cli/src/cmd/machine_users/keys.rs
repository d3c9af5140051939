//! `ws machine-users keys add|ls|rm`: keys for the JWT-profile grant. With no
//! `--public-key` the server generates the pair and the JSON key file (with the
//! private key) is written to `--file` with mode 0600 — never to stdout or a log.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;
use ws_client::admin::machine::{self, Cred};
use ws_client::admin::{paging, users};

use crate::cmd::admin_util;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Columns of a key or token list.
pub const FIELDS: &[&str] = &["id", "userId", "creationDate", "expirationDate"];

/// Key verbs.
#[derive(Debug, Subcommand)]
pub enum Verb {
    /// Add a key (the server generates the pair unless --public-key is given)
    Add(Add),
    /// List a machine user's keys
    #[command(alias = "list")]
    Ls(UserArg),
    /// Remove a key
    #[command(aliases = ["delete", "remove"])]
    Rm(Remove),
}

impl Verb {
    /// Dispatches.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        match self {
            Verb::Add(c) => c.run(ctx).await,
            Verb::Ls(c) => c.list(ctx, Cred::Key).await,
            Verb::Rm(c) => c.run(ctx, Cred::Key).await,
        }
    }
}

/// A machine user argument.
#[derive(Debug, Args)]
pub struct UserArg {
    /// Id, username or login name of the machine user
    user: String,
}

impl UserArg {
    /// The user as given.
    pub fn name(&self) -> &str {
        &self.user
    }

    /// Lists the user's keys or tokens (ids and dates; never secret material).
    pub async fn list(self, ctx: &Ctx, cred: Cred) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let id = users::id_of(&super::resolve(ctx, &api, &self.user).await?);
        let items = paging::all(&api, &machine::list_call(cred, &id), None).await?;
        output::print(ctx, Shape::List(&items), FIELDS)?;
        Ok(exit::OK)
    }
}

/// Remove a key or token.
#[derive(Debug, Args)]
pub struct Remove {
    /// Id, username or login name of the machine user
    user: String,
    /// The key or token id
    id: String,
}

impl Remove {
    /// Removes and prints `{id, deleted}`.
    pub async fn run(self, ctx: &Ctx, cred: Cred) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let user = users::id_of(&super::resolve(ctx, &api, &self.user).await?);
        machine::remove(&api, cred, &user, &self.id).await?;
        ctx.say(format_args!("Removed {}", self.id));
        output::print(
            ctx,
            Shape::One(&json!({"id": self.id, "deleted": true})),
            &[],
        )?;
        Ok(exit::OK)
    }
}

/// Add a key.
#[derive(Debug, Args)]
pub struct Add {
    /// Id, username or login name of the machine user
    user: String,
    /// Where to write the generated JSON key file (mode 0600)
    #[arg(
        long,
        short = 'f',
        value_name = "FILE",
        required_unless_present = "public_key"
    )]
    file: Option<PathBuf>,
    /// Upload this RSA public key (PEM) instead; no key file is written
    #[arg(long, value_name = "PEM_FILE", conflicts_with = "file")]
    public_key: Option<PathBuf>,
    /// Expiry (RFC 3339, e.g. 2027-01-01T00:00:00Z); default never
    #[arg(long, value_name = "TIME")]
    expires: Option<String>,
}

impl Add {
    /// Adds the key; writes the key file; prints `{keyId, userId, file}`.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let pem = match &self.public_key {
            Some(p) => Some(std::fs::read_to_string(p).map_err(|e| {
                exit::usage(format!("cannot read --public-key {}: {e}", p.display()))
            })?),
            None => None,
        };
        if let Some(f) = self.file.as_ref().filter(|f| f.exists()) {
            return Err(exit::with_code(
                exit::CONFLICT,
                format!(
                    "{} exists; choose another --file (a key file is never overwritten)",
                    f.display()
                ),
            ));
        }
        let api = admin_util::api(ctx)?;
        let user = users::id_of(&super::resolve(ctx, &api, &self.user).await?);
        let key = machine::add_key(&api, &user, self.expires.as_deref(), pem.as_deref()).await?;
        let mut out = json!({"keyId": key.id, "userId": user});
        if let (Some(bytes), Some(path)) = (&key.key_file, &self.file) {
            ws_client::fsutil::write_private(path, bytes)?;
            ctx.say(format_args!(
                "Wrote the key file {} (mode 0600); it cannot be downloaded again",
                path.display()
            ));
            out["file"] = json!(path.display().to_string());
        }
        output::print(ctx, Shape::One(&out), &[])?;
        Ok(exit::OK)
    }
}
