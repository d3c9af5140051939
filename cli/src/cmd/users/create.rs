//! `ws users create`: a human user (profile, email, optional password from stdin) or,
//! with `--machine`, a machine user, in the organization `--org` names.

use anyhow::Result;
use clap::Args;
use serde_json::{Value, json};
use ws_client::admin::users;

use crate::cmd::admin_util;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Create a user in `--org`.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Username (default: the email for humans)
    #[arg(long)]
    username: Option<String>,
    /// Email address (humans)
    #[arg(long, required_unless_present = "machine")]
    email: Option<String>,
    /// Given name (humans)
    #[arg(long, required_unless_present = "machine")]
    given_name: Option<String>,
    /// Family name (humans)
    #[arg(long, required_unless_present = "machine")]
    family_name: Option<String>,
    /// Display name (humans; default "Given Family")
    #[arg(long)]
    display_name: Option<String>,
    /// Mark the email as verified (no verification mail)
    #[arg(long)]
    email_verified: bool,
    /// Read an initial password from the first line of stdin
    #[arg(long, conflicts_with = "machine")]
    password_stdin: bool,
    /// The password must be changed at the first sign-in
    #[arg(long, requires = "password_stdin")]
    change_required: bool,
    /// Create a machine user with this name instead of a human
    #[arg(long, value_name = "NAME", conflicts_with_all = ["email", "given_name", "family_name"])]
    machine: Option<String>,
    /// Machine user description
    #[arg(long, requires = "machine")]
    description: Option<String>,
}

impl Cmd {
    /// Creates and prints the new user.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let password = if self.password_stdin {
            Some(super::set_password::read_secret(ctx)?)
        } else {
            None
        };
        let api = admin_util::api(ctx)?;
        let Some(org) = admin_util::org_id(ctx, &api).await? else {
            return Err(exit::usage(
                "which organization? pass --org ORG (id, name or domain) or set WS_ORG",
            ));
        };
        let body = self.body(password);
        let id = users::create(&api, &org, body).await?;
        let user = users::get(&api, &id).await?;
        ctx.say(format_args!("Created user {} ({id})", users_name(&user)));
        output::print(ctx, Shape::One(&user), super::FIELDS)?;
        Ok(exit::OK)
    }

    fn body(&self, password: Option<String>) -> Value {
        let mut body = json!({});
        if let Some(u) = &self.username {
            body["username"] = json!(u);
        }
        if let Some(name) = &self.machine {
            body["machine"] =
                json!({"name": name, "description": self.description.clone().unwrap_or_default()});
            return body;
        }
        let mut profile = json!({
            "givenName": self.given_name, "familyName": self.family_name,
        });
        if let Some(d) = &self.display_name {
            profile["displayName"] = json!(d);
        }
        let mut human = json!({
            "profile": profile,
            "email": {"email": self.email, "isVerified": self.email_verified},
        });
        if let Some(p) = password {
            human["password"] = json!({"password": p, "changeRequired": self.change_required});
        }
        body["human"] = human;
        body
    }
}

fn users_name(user: &Value) -> &str {
    ws_client::admin::str_field(user, "username")
}
