//! `ws users export`: users as flat rows (username, email, given_name, family_name,
//! org, state; with `--roles` a `roles` column, with `--metadata` one `metadata.<key>`
//! column per key) in any output format — `-o csv`, `-o jsonl` or `-o yaml` files are
//! what `ws users import` reads back, roles and metadata included.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::Result;
use clap::Args;
use futures::{StreamExt, TryStreamExt};
use serde_json::{Map, Value, json};
use ws_client::admin::limiter::Limiter;
use ws_client::admin::orgs::{self, OrgFilter};
use ws_client::admin::paging;
use ws_client::admin::str_field;
use ws_client::admin::users::{self, UserFilter};
use ws_client::admin::{authz, users::id_of};
use ws_client::zitadel::ZitadelApi;

use crate::cmd::admin_util::{self, ListArgs};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// The profile columns of an export (and of an import file).
pub const COLUMNS: &[&str] = &[
    "username",
    "email",
    "given_name",
    "family_name",
    "org",
    "state",
];

/// How many users' metadata are fetched at once (one `ListUserMetadata` call each).
const METADATA_PARALLEL: usize = 8;

/// Export users.
#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  ws users export --org 'Acme Corp' -o csv > acme.csv
  ws users export --roles --metadata -o jsonl > everyone.jsonl
  ws users import everyone.jsonl --dry-run    # what the file would change")]
pub struct Cmd {
    #[command(flatten)]
    list: ListArgs,
    /// Add a `roles` column: every authorization as `project:role;…` (one extra list call)
    #[arg(long)]
    roles: bool,
    /// Add a `metadata.<key>` column per metadata key (one extra call per user)
    #[arg(long)]
    metadata: bool,
}

impl Cmd {
    /// Lists (within `--org` when given) and prints flat rows.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = admin_util::api(ctx)?;
        let filter = UserFilter {
            search: self.list.search.clone(),
            state: None,
            org_id: admin_util::org_id(ctx, &api).await?,
        };
        let call = users::list_call(&filter);
        let all = paging::all(&api, &call, self.list.limit).await?;
        let humans: Vec<&Value> = all.iter().filter(|u| u.get("human").is_some()).collect();
        let org_names = org_names(&api).await?;
        let mut rows: Vec<Value> = humans.iter().map(|u| row(u, &org_names)).collect();
        let mut columns: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
        if self.roles {
            let by_user = roles_by_user(&api).await?;
            for (r, u) in rows.iter_mut().zip(&humans) {
                let text = by_user.get(&id_of(u)).cloned().unwrap_or_default();
                r["roles"] = Value::String(text);
            }
            columns.push("roles".into());
        }
        if self.metadata {
            let keys = add_metadata(&api, &humans, &mut rows).await?;
            columns.extend(keys.into_iter().map(|k| format!("metadata.{k}")));
        }
        let fields: Vec<&str> = columns.iter().map(String::as_str).collect();
        output::print(ctx, Shape::List(&rows), &fields)?;
        Ok(exit::OK)
    }
}

/// Organization id → name over the organizations the caller can list: an export names
/// orgs (as projects) so that it imports into another server, where ids differ.
async fn org_names(api: &ZitadelApi<'_>) -> Result<HashMap<String, String>> {
    let list = paging::all(api, &orgs::list_call(&OrgFilter::default()), None).await?;
    Ok(list
        .iter()
        .map(|o| (orgs::id_of(o), str_field(o, "name").to_owned()))
        .collect())
}

/// One user's profile columns; the org by name when known, else by id.
fn row(u: &Value, org_names: &HashMap<String, String>) -> Value {
    let org_id = str_field(u, "details.resourceOwner");
    json!({
        "username": str_field(u, "username"),
        "email": str_field(u, "human.email.email"),
        "given_name": str_field(u, "human.profile.givenName"),
        "family_name": str_field(u, "human.profile.familyName"),
        "org": org_names.get(org_id).map_or(org_id, String::as_str),
        "state": str_field(u, "state").trim_start_matches("USER_STATE_").to_ascii_lowercase(),
    })
}

/// User id → `project:role;…` over every authorization the caller can list. A project
/// is named by its name unless two listed projects share that name; then by its id, so
/// the import resolves each entry to exactly one project.
async fn roles_by_user(api: &ZitadelApi<'_>) -> Result<HashMap<String, String>> {
    let list = paging::all(api, &authz::list_call(None, None), None).await?;
    let mut ids_per_name: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for a in &list {
        ids_per_name
            .entry(str_field(a, "project.name"))
            .or_default()
            .insert(str_field(a, "project.id"));
    }
    let mut per_user: HashMap<String, BTreeSet<String>> = HashMap::new();
    for a in &list {
        let name = str_field(a, "project.name");
        let project = if ids_per_name[name].len() == 1 && !name.is_empty() {
            name
        } else {
            str_field(a, "project.id")
        };
        let entries = per_user
            .entry(str_field(a, "user.id").to_owned())
            .or_default();
        entries.extend(
            authz::role_keys(a)
                .into_iter()
                .map(|k| format!("{project}:{k}")),
        );
    }
    Ok(per_user
        .into_iter()
        .map(|(user, entries)| (user, entries.into_iter().collect::<Vec<_>>().join(";")))
        .collect())
}

/// Fetches each user's metadata (a few at a time, 429/5xx retried by a shared
/// [`Limiter`]), puts one `metadata.<key>` field per key on every row (empty when a
/// user lacks the key, as the import skips empty values) and returns the sorted keys.
async fn add_metadata(
    api: &ZitadelApi<'_>,
    users: &[&Value],
    rows: &mut [Value],
) -> Result<BTreeSet<String>> {
    let lim = Limiter::default();
    let fetched: Vec<BTreeMap<String, String>> = futures::stream::iter(users.iter())
        .map(|u| {
            let id = id_of(u);
            let lim = &lim;
            async move { lim.call(|| users::metadata(api, &id)).await }
        })
        .buffered(METADATA_PARALLEL)
        .try_collect()
        .await?;
    let keys: BTreeSet<String> = fetched.iter().flat_map(|m| m.keys().cloned()).collect();
    for (r, meta) in rows.iter_mut().zip(&fetched) {
        // Output fields are paths, so `metadata.dept` reads `{"metadata": {"dept": …}}`,
        // the object shape the import also accepts.
        let obj: Map<String, Value> = keys
            .iter()
            .map(|k| {
                (
                    k.clone(),
                    Value::String(meta.get(k).cloned().unwrap_or_default()),
                )
            })
            .collect();
        r["metadata"] = Value::Object(obj);
    }
    Ok(keys)
}
