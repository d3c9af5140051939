//! `ws users import FILE|-`: create (or update) users from CSV with a header, JSON,
//! JSON lines or YAML rows (columns as `ws users export` writes them, plus an optional
//! `password`). `--dry-run` makes no write call; every row gets a report line; exit 3
//! when some rows failed.

use std::collections::HashMap;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use serde_json::{Value, json};
use ws_client::admin::{AdminError, ResolveError, orgs, users};
use ws_client::zitadel::ZitadelApi;

use crate::cmd::admin_util;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// What to do with a row whose user already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnExists {
    /// Leave the user alone.
    Skip,
    /// Update profile and email.
    Update,
    /// Report the row as failed.
    Fail,
}

/// Import users.
#[derive(Debug, Args)]
pub struct Cmd {
    /// The file, or - for stdin
    file: String,
    /// Show what would happen; make no write call
    #[arg(long)]
    dry_run: bool,
    /// What to do when the user exists
    #[arg(long, value_enum, default_value = "skip")]
    on_exists: OnExists,
}

impl Cmd {
    /// Reads the rows, applies each, prints the per-row report.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let text = if self.file == "-" {
            ctx.read_stdin()?
        } else {
            std::fs::read_to_string(&self.file)
                .with_context(|| format!("cannot read {}", self.file))?
        };
        let rows = super::import_rows::parse(&self.file, &text)?;
        let api = admin_util::api(ctx)?;
        let default_org = admin_util::org_id(ctx, &api).await?;
        let mut org_ids: HashMap<String, String> = HashMap::new();
        let mut report = Vec::new();
        for (i, row) in rows.into_iter().enumerate() {
            let n = i + 1;
            let line = match row {
                Ok(r) => {
                    self.apply(&api, &r, default_org.as_deref(), &mut org_ids)
                        .await
                }
                Err(e) => Err(e),
            };
            report.push(match line {
                Ok((key, action, id)) => json!({"row": n, "key": key, "action": action, "id": id, "error": ""}),
                Err(e) => json!({"row": n, "key": "", "action": "failed", "id": "", "error": e.to_string()}),
            });
        }
        output::print(
            ctx,
            Shape::List(&report),
            &["row", "key", "action", "id", "error"],
        )?;
        let failed = report.iter().filter(|r| r["action"] == "failed").count();
        ctx.say(format_args!(
            "{} rows, {failed} failed{}",
            report.len(),
            if self.dry_run {
                " (dry run: nothing written)"
            } else {
                ""
            }
        ));
        Ok(if failed > 0 { exit::PARTIAL } else { exit::OK })
    }

    /// One row → (key, action, id).
    async fn apply(
        &self,
        api: &ZitadelApi<'_>,
        row: &Value,
        default_org: Option<&str>,
        org_ids: &mut HashMap<String, String>,
    ) -> Result<(String, &'static str, String)> {
        let field = |k: &str| {
            row.get(k)
                .and_then(Value::as_str)
                .unwrap_or("")
                .trim()
                .to_owned()
        };
        let username = field("username");
        anyhow::ensure!(!username.is_empty(), "missing username");
        let org = match (field("org"), default_org) {
            (o, _) if !o.is_empty() => match org_ids.get(&o) {
                Some(id) => id.clone(),
                None => {
                    let id = orgs::id_of(&orgs::resolve(api, &o).await.map_err(admin_util::fail)?);
                    org_ids.insert(o, id.clone());
                    id
                }
            },
            (_, Some(d)) => d.to_owned(),
            _ => anyhow::bail!("no org column and no --org"),
        };
        let (email, given, family) = (field("email"), field("given_name"), field("family_name"));
        anyhow::ensure!(!email.is_empty(), "missing email");
        anyhow::ensure!(
            !given.is_empty() && !family.is_empty(),
            "missing given_name or family_name"
        );
        let profile = json!({"givenName": given, "familyName": family});
        let existing = match users::resolve(api, &username, Some(&org)).await {
            Ok(u) => Some(users::id_of(&u)),
            Err(AdminError::Resolve(ResolveError::NotFound { .. })) => None,
            Err(e) => return Err(admin_util::fail(e)),
        };
        match (existing, self.on_exists) {
            (Some(id), OnExists::Skip) => Ok((username, "skip", id)),
            (Some(_), OnExists::Fail) => anyhow::bail!("user {username} already exists"),
            (Some(id), OnExists::Update) => {
                if !self.dry_run {
                    let body = json!({"human": {"profile": profile, "email": {"email": email}}});
                    users::update(api, &id, body).await?;
                }
                Ok((username, "update", id))
            }
            (None, _) if self.dry_run => Ok((username, "create", String::new())),
            (None, _) => {
                let mut human = json!({"profile": profile, "email": {"email": email}});
                let password = field("password");
                if !password.is_empty() {
                    human["password"] = json!({"password": password, "changeRequired": false});
                }
                let id =
                    users::create(api, &org, json!({"username": username, "human": human})).await?;
                Ok((username, "create", id))
            }
        }
    }
}
