//! What `ws users import` needs to know before it decides anything: organization and
//! project names resolved once, and a snapshot of the existing users of every org the
//! file names and of the authorizations on every project it names — a few paged list
//! calls instead of one lookup per row, all through the run's [`Limiter`].

use std::collections::{BTreeSet, HashMap};

use anyhow::Result;
use serde_json::Value;
use ws_client::admin::limiter::Limiter;
use ws_client::admin::paging::{self, ListCall, MAX_PAGE};
use ws_client::admin::placement::ProjectAccess;
use ws_client::admin::users::UserFilter;
use ws_client::admin::{authz, orgs, projects, str_field, users};
use ws_client::zitadel::ZitadelApi;

use crate::cmd::admin_util;

/// An existing user, as much as import compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    /// User id.
    pub id: String,
    /// Email.
    pub email: String,
    /// Given name.
    pub given: String,
    /// Family name.
    pub family: String,
    /// Display name.
    pub display: String,
    /// State, short (`active`, `inactive`, `locked`, …).
    pub state: String,
}

/// An existing authorization: its id and role keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    /// Authorization id.
    pub id: String,
    /// Role keys held.
    pub keys: Vec<String>,
}

/// Names resolved and existing objects listed, before any row is applied.
#[derive(Debug, Default)]
pub struct Snapshot {
    /// Org as written → id, or why not.
    pub orgs: HashMap<String, Result<String, String>>,
    /// Project as written → id, or why not.
    pub projects: HashMap<String, Result<String, String>>,
    /// (org id, lowercase username) → user.
    pub users: HashMap<(String, String), Known>,
    /// (user id, project id, org id) → authorization.
    pub grants: HashMap<(String, String, String), Grant>,
    /// Project id → its organization, roles and grants: where each row's
    /// authorization goes and which roles it may hold there.
    pub access: HashMap<String, ProjectAccess>,
}

impl Snapshot {
    /// Resolves `org_names` and `project_names` and lists what exists under them.
    pub async fn load(
        api: &ZitadelApi<'_>,
        lim: &Limiter,
        org_names: BTreeSet<String>,
        project_names: BTreeSet<String>,
    ) -> Result<Snapshot> {
        let mut s = Snapshot::default();
        for name in org_names {
            let r = lim
                .call(|| async { Ok(orgs::resolve(api, &name).await) })
                .await?;
            let id = r.map(|o| orgs::id_of(&o));
            s.orgs
                .insert(name, id.map_err(|e| admin_util::fail(e).to_string()));
        }
        for name in project_names {
            let r = lim
                .call(|| async { Ok(projects::resolve(api, &name).await) })
                .await?;
            let id = r.map(|p| projects::id_of(&p));
            s.projects
                .insert(name, id.map_err(|e| admin_util::fail(e).to_string()));
        }
        let org_ids: BTreeSet<String> = s.orgs.values().flatten().cloned().collect();
        for org in org_ids {
            let filter = UserFilter {
                org_id: Some(org.clone()),
                ..UserFilter::default()
            };
            let found = list(api, lim, &users::list_call(&filter), known).await?;
            s.users
                .extend(found.into_iter().map(|(name, k)| ((org.clone(), name), k)));
        }
        let project_ids: BTreeSet<String> = s.projects.values().flatten().cloned().collect();
        for p in project_ids {
            let found = list(api, lim, &authz::list_call(Some(&p), None), grant).await?;
            s.grants.extend(found);
            // Roles the authorization could not hold fail their row before any write
            // (and in a dry run), so no user is created only to have it refused.
            let access = lim.call(|| ProjectAccess::load(api, &p)).await?;
            s.access.insert(p, access);
        }
        Ok(s)
    }
}

/// All pages of `call`, each item mapped by `f` as it arrives (no page is kept), the
/// whole listing retried when the server throttles or fails transiently.
async fn list<K, V>(
    api: &ZitadelApi<'_>,
    lim: &Limiter,
    call: &ListCall<'_>,
    f: fn(&Value) -> Option<(K, V)>,
) -> Result<Vec<(K, V)>> {
    let out = lim
        .call(|| async {
            let mut out = Vec::new();
            paging::for_each(api, call, None, MAX_PAGE, |page| {
                out.extend(page.iter().filter_map(f));
                Ok(())
            })
            .await?;
            Ok(out)
        })
        .await?;
    Ok(out)
}

fn known(u: &Value) -> Option<(String, Known)> {
    u.get("human")?;
    Some((
        str_field(u, "username").to_lowercase(),
        Known {
            id: users::id_of(u),
            email: str_field(u, "human.email.email").to_owned(),
            given: str_field(u, "human.profile.givenName").to_owned(),
            family: str_field(u, "human.profile.familyName").to_owned(),
            display: str_field(u, "human.profile.displayName").to_owned(),
            state: str_field(u, "state")
                .trim_start_matches("USER_STATE_")
                .to_ascii_lowercase(),
        },
    ))
}

fn grant(a: &Value) -> Option<((String, String, String), Grant)> {
    let key = (
        str_field(a, "user.id").to_owned(),
        str_field(a, "project.id").to_owned(),
        str_field(a, "organization.id").to_owned(),
    );
    Some((
        key,
        Grant {
            id: str_field(a, "id").to_owned(),
            keys: authz::role_keys(a),
        },
    ))
}
