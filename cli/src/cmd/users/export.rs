//! `ws users export`: users as flat rows (username, email, given_name, family_name,
//! org, state) in any output format — `-o csv`, `-o jsonl` or `-o yaml` files are what
//! `ws users import` reads back.

use anyhow::Result;
use clap::Args;
use serde_json::{Value, json};
use ws_client::admin::paging;
use ws_client::admin::str_field;
use ws_client::admin::users::{self, UserFilter};

use crate::cmd::admin_util::{self, ListArgs};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// The columns of an export (and of an import file).
pub const COLUMNS: &[&str] = &[
    "username",
    "email",
    "given_name",
    "family_name",
    "org",
    "state",
];

/// Export users.
#[derive(Debug, Args)]
pub struct Cmd {
    #[command(flatten)]
    list: ListArgs,
}

impl Cmd {
    /// Lists (within `--org` when given) and prints flat rows.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let filter = UserFilter {
            search: self.list.search,
            state: None,
            org_id: admin_util::org_id(ctx, &api).await?,
        };
        let call = users::list_call(&filter);
        let all = paging::all(&api, &call, self.list.limit).await?;
        let rows: Vec<Value> = all
            .iter()
            .filter(|u| u.get("human").is_some())
            .map(row)
            .collect();
        output::print(ctx, Shape::List(&rows), COLUMNS)?;
        Ok(exit::OK)
    }
}

fn row(u: &Value) -> Value {
    json!({
        "username": str_field(u, "username"),
        "email": str_field(u, "human.email.email"),
        "given_name": str_field(u, "human.profile.givenName"),
        "family_name": str_field(u, "human.profile.familyName"),
        "org": str_field(u, "details.resourceOwner"),
        "state": str_field(u, "state").trim_start_matches("USER_STATE_").to_ascii_lowercase(),
    })
}
