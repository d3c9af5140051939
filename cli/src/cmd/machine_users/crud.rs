//! `ws machine-users list|get|create|update|delete`.

use anyhow::Result;
use clap::{Args, ValueEnum};
use serde_json::json;
use ws_client::admin::users::{self, UserFilter};

use crate::cmd::admin_util::{self, ListArgs};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// List machine users.
#[derive(Debug, Args)]
pub struct List {
    #[command(flatten)]
    list: ListArgs,
}

impl List {
    /// Lists machine users of `--org` (or all the caller may see).
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let filter = UserFilter {
            search: self.list.search,
            state: None,
            org_id: admin_util::org_id(ctx, &api).await?,
        };
        let mut call = users::list_call(&filter);
        if let Some(q) = call.body["queries"].as_array_mut() {
            q.push(json!({"typeQuery": {"type": "TYPE_MACHINE"}}));
        }
        admin_util::print_list(ctx, &api, &call, self.list.limit, super::FIELDS).await?;
        Ok(exit::OK)
    }
}

/// One machine user.
#[derive(Debug, Args)]
pub struct Get {
    /// Id, username or login name
    user: String,
}

impl Get {
    /// Prints the machine user.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let user = super::resolve(ctx, &api, &self.user).await?;
        output::print(ctx, Shape::One(&user), super::FIELDS)?;
        Ok(exit::OK)
    }

    /// Deletes the machine user.
    pub async fn delete(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let id = users::id_of(&super::resolve(ctx, &api, &self.user).await?);
        users::call(&api, "DeleteUser", &id).await?;
        ctx.say(format_args!("Deleted machine user {id}"));
        output::print(ctx, Shape::One(&json!({"id": id, "deleted": true})), &[])?;
        Ok(exit::OK)
    }
}

/// How the machine user's access tokens look.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum TokenType {
    /// Opaque bearer tokens (checked by introspection).
    Bearer,
    /// JWT access tokens.
    Jwt,
}

impl TokenType {
    fn name(self) -> &'static str {
        match self {
            TokenType::Bearer => "ACCESS_TOKEN_TYPE_BEARER",
            TokenType::Jwt => "ACCESS_TOKEN_TYPE_JWT",
        }
    }
}

/// Create a machine user.
#[derive(Debug, Args)]
pub struct Create {
    /// Username (also the client id for client credentials)
    username: String,
    /// Display name (default: the username)
    #[arg(long)]
    name: Option<String>,
    /// Description
    #[arg(long)]
    description: Option<String>,
    /// Access token type
    #[arg(long, value_enum)]
    token_type: Option<TokenType>,
}

impl Create {
    /// Creates in `--org` and prints the new user.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let Some(org) = admin_util::org_id(ctx, &api).await? else {
            return Err(exit::usage(
                "which organization? pass --org ORG (id, name or domain) or set WS_ORG",
            ));
        };
        let mut machine = json!({
            "name": self.name.as_deref().unwrap_or(&self.username),
            "description": self.description.unwrap_or_default(),
        });
        if let Some(t) = self.token_type {
            machine["accessTokenType"] = json!(t.name());
        }
        let body = json!({"username": self.username, "machine": machine});
        let id = users::create(&api, &org, body).await?;
        let user = users::get(&api, &id).await?;
        ctx.say(format_args!(
            "Created machine user {} ({id})",
            self.username
        ));
        output::print(ctx, Shape::One(&user), super::FIELDS)?;
        Ok(exit::OK)
    }
}

/// Change a machine user.
#[derive(Debug, Args)]
pub struct Update {
    /// Id, username or login name
    user: String,
    /// New display name
    #[arg(long)]
    name: Option<String>,
    /// New description
    #[arg(long)]
    description: Option<String>,
    /// New access token type
    #[arg(long, value_enum)]
    token_type: Option<TokenType>,
}

impl Update {
    /// Sends only the given changes and prints the result.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        if self.name.is_none() && self.description.is_none() && self.token_type.is_none() {
            return Err(exit::usage(
                "nothing to change: pass --name, --description or --token-type",
            ));
        }
        let api = admin_util::api(ctx)?;
        let id = users::id_of(&super::resolve(ctx, &api, &self.user).await?);
        let mut machine = json!({});
        if let Some(n) = self.name {
            machine["name"] = json!(n);
        }
        if let Some(d) = self.description {
            machine["description"] = json!(d);
        }
        if let Some(t) = self.token_type {
            machine["accessTokenType"] = json!(t.name());
        }
        users::update(&api, &id, json!({"machine": machine})).await?;
        let user = users::get(&api, &id).await?;
        output::print(ctx, Shape::One(&user), super::FIELDS)?;
        Ok(exit::OK)
    }
}
