//! `ws authz create --user U --project P --role KEY…`: the authorization goes where
//! ZITADEL expects it ([`placement`]): in the user's organization through its grant
//! of the project (only the granted roles), else in the project's organization. A
//! role it may not hold is refused before the call; an authorization the user holds
//! already there is named with the command that changes it.

use anyhow::Result;
use clap::Args;
use serde_json::json;
use ws_client::admin::placement::ProjectAccess;
use ws_client::admin::{authz, projects, str_field, users};
use ws_client::{Error, ErrorCode};

use crate::cmd::admin_util::{self, fail};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Give a user roles on a project.
#[derive(Debug, Args)]
pub struct Cmd {
    /// The user (id, username, login name or email; --org narrows a name)
    #[arg(long)]
    user: String,
    /// The project (id or name)
    #[arg(long)]
    project: String,
    /// A role key; repeatable
    #[arg(long = "role", value_name = "KEY")]
    roles: Vec<String>,
}

impl Cmd {
    /// Creates the authorization and prints it.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let narrow = admin_util::org_id(ctx, &api).await?;
        let user = users::resolve(&api, &self.user, narrow.as_deref())
            .await
            .map_err(fail)?;
        let user_id = users::id_of(&user);
        let project = projects::resolve(&api, &self.project).await.map_err(fail)?;
        let access = ProjectAccess::load(&api, &projects::id_of(&project)).await?;
        let place = access.placement(str_field(&user, "details.resourceOwner"));
        if let Some(why) = place.refusal(&access, &self.roles) {
            return Err(exit::usage(why));
        }
        let created = authz::create(
            &api,
            &user_id,
            &access.project_id,
            place.org_id,
            &self.roles,
        )
        .await;
        let id = match created {
            Err(Error::Api(a)) if a.code == ErrorCode::AlreadyExists => {
                return Err(held_already(&api, &self.user, &user_id, &access, place.org_id).await);
            }
            other => other?,
        };
        let rec = json!({"id": id, "userId": user_id, "projectId": access.project_id,
                         "organizationId": place.org_id, "roles": self.roles});
        output::print(ctx, Shape::One(&rec), &[])?;
        Ok(exit::OK)
    }
}

/// The conflict error naming the authorization the user holds and how to change it.
async fn held_already(
    api: &ws_client::zitadel::ZitadelApi<'_>,
    user: &str,
    user_id: &str,
    access: &ProjectAccess,
    org_id: &str,
) -> anyhow::Error {
    let call = authz::list_call(Some(&access.project_id), Some(user_id));
    let held = ws_client::admin::paging::all(api, &call, None)
        .await
        .unwrap_or_default()
        .into_iter()
        .find(|a| str_field(a, "organization.id") == org_id);
    let name = &access.project_name;
    let message = match held {
        Some(a) => format!(
            "{user} already has an authorization on project {name} (id {}, roles: {}); \
             change its roles with: ws authz update {} --role …",
            str_field(&a, "id"),
            authz::role_keys(&a).join(", "),
            str_field(&a, "id"),
        ),
        None => format!("{user} already has an authorization on project {name}"),
    };
    exit::with_code(exit::CONFLICT, message)
}
