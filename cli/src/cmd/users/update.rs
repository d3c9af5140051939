//! `ws users update USER`: change username, profile fields or email; fields not given
//! stay as they are.

use anyhow::Result;
use clap::Args;
use serde_json::{Map, Value, json};
use ws_client::admin::users;

use crate::cmd::admin_util;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Update a user.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Id, username, login name or email
    user: String,
    /// New username
    #[arg(long)]
    username: Option<String>,
    /// New given name
    #[arg(long)]
    given_name: Option<String>,
    /// New family name
    #[arg(long)]
    family_name: Option<String>,
    /// New display name
    #[arg(long)]
    display_name: Option<String>,
    /// New email address
    #[arg(long)]
    email: Option<String>,
    /// Mark the new email as verified
    #[arg(long, requires = "email")]
    email_verified: bool,
}

impl Cmd {
    /// Updates and prints the user afterwards.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let body = self.body()?;
        let api = admin_util::api(ctx)?;
        let id = users::id_of(&super::resolve(ctx, &api, &self.user).await?);
        users::update(&api, &id, body).await?;
        let user = users::get(&api, &id).await?;
        output::print(ctx, Shape::One(&user), super::FIELDS)?;
        Ok(exit::OK)
    }

    fn body(&self) -> Result<Value> {
        let mut body = json!({});
        if let Some(u) = &self.username {
            body["username"] = json!(u);
        }
        let mut profile = Map::new();
        for (key, v) in [
            ("givenName", &self.given_name),
            ("familyName", &self.family_name),
            ("displayName", &self.display_name),
        ] {
            if let Some(v) = v {
                profile.insert(key.into(), json!(v));
            }
        }
        let mut human = Map::new();
        if !profile.is_empty() {
            human.insert("profile".into(), Value::Object(profile));
        }
        if let Some(e) = &self.email {
            human.insert(
                "email".into(),
                json!({"email": e, "isVerified": self.email_verified}),
            );
        }
        if !human.is_empty() {
            body["human"] = Value::Object(human);
        }
        if body.as_object().is_some_and(Map::is_empty) {
            return Err(exit::usage(
                "nothing to change: give at least one of --username, --given-name, --family-name, --display-name, --email",
            ));
        }
        Ok(body)
    }
}
