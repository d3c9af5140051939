//! `ws authz update ID|--user U --project P --role KEY…`: replaces the roles of an
//! authorization (`UpdateAuthorization`; roles not listed are revoked), checked
//! first against what its organization may hold on the project.

use anyhow::Result;
use clap::Args;
use serde_json::{Value, json};
use ws_client::admin::paging;
use ws_client::admin::placement::ProjectAccess;
use ws_client::admin::{authz, projects, str_field, users};
use ws_client::zitadel::ZitadelApi;

use crate::cmd::admin_util::{self, fail};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Replace the roles of an authorization.
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("which").required(true).args(["id", "user"]))]
pub struct Cmd {
    /// Authorization id (see `ws authz list`)
    id: Option<String>,
    /// Instead of an id: the user (id, username, login name or email)
    #[arg(long, requires = "project", conflicts_with = "id")]
    user: Option<String>,
    /// With --user: the project (id or name)
    #[arg(long, requires = "user")]
    project: Option<String>,
    /// The role keys it keeps; repeatable (roles not listed are revoked)
    #[arg(long = "role", value_name = "KEY")]
    roles: Vec<String>,
}

impl Cmd {
    /// Checks the roles, updates and prints the authorization.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let held = self.find(ctx, &api).await?;
        let id = str_field(&held, "id").to_owned();
        let access = ProjectAccess::load(&api, str_field(&held, "project.id")).await?;
        let org = str_field(&held, "organization.id");
        // An organization's placement is itself: the owner's roles, or its grant's.
        let place = access.placement(org);
        if let Some(why) = place.refusal(&access, &self.roles) {
            return Err(exit::usage(why));
        }
        authz::update(&api, &id, &self.roles).await?;
        let rec = json!({"id": id, "userId": str_field(&held, "user.id"),
                         "projectId": access.project_id, "organizationId": org, "roles": self.roles});
        output::print(ctx, Shape::One(&rec), &[])?;
        Ok(exit::OK)
    }

    /// The authorization by id, or the one of --user on --project.
    async fn find(&self, ctx: &Ctx, api: &ZitadelApi<'_>) -> Result<Value> {
        let (call, what) = match (&self.id, &self.user, &self.project) {
            (Some(id), _, _) => (authz::by_id_call(id), format!("authorization {id}")),
            (None, Some(u), Some(p)) => {
                let narrow = admin_util::org_id(ctx, api).await?;
                let user = users::resolve(api, u, narrow.as_deref())
                    .await
                    .map_err(fail)?;
                let project = projects::resolve(api, p).await.map_err(fail)?;
                let call =
                    authz::list_call(Some(&projects::id_of(&project)), Some(&users::id_of(&user)));
                (call, format!("an authorization of {u} on project {p}"))
            }
            _ => {
                return Err(exit::usage(
                    "give an authorization id, or --user and --project",
                ));
            }
        };
        let mut found = paging::all(api, &call, Some(2)).await?;
        match found.len() {
            0 => Err(exit::with_code(exit::NOT_FOUND, format!("no {what}"))),
            1 => Ok(found.remove(0)),
            _ => Err(exit::usage(format!(
                "{what} exists in more than one organization; give its id (see ws authz list)"
            ))),
        }
    }
}
