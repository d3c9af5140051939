//! The structural part of `ws apply`: organizations, projects, roles and project
//! grants, compared with the server one object at a time (they are few) and created,
//! changed or — with `--prune` — removed. In a dry run nothing is written and objects
//! under a not-yet-created parent are reported as `create` without being looked up.

use std::collections::{BTreeSet, HashMap};

use serde_json::Value;
use ws_client::Error;
use ws_client::admin::limiter::Limiter;
use ws_client::admin::paging::{self, ListCall};
use ws_client::admin::{AdminError, ResolveError, grants, orgs, projects, str_field};
use ws_client::zitadel::ZitadelApi;

use super::spec::{OrgSpec, ProjectSpec, Tenant};
use crate::bulk::report::{Action, Outcome};

/// Applies (or plans) the structure; keeps outcomes and the org ids found or made.
pub struct Structure<'a> {
    /// The API.
    pub api: ZitadelApi<'a>,
    /// Retries.
    pub lim: &'a Limiter,
    /// Decide only.
    pub dry_run: bool,
    /// Remove what the file does not list.
    pub prune: bool,
    /// Outcomes so far, numbered in file order.
    pub outcomes: Vec<Outcome>,
    /// Org name → id (absent: planned, not created, in a dry run).
    pub org_ids: HashMap<String, String>,
}

impl Structure<'_> {
    fn push(&mut self, key: String, action: Action, id: &str, error: String) {
        let row = self.outcomes.len() + 1;
        self.outcomes.push(Outcome {
            row,
            key,
            action,
            id: id.to_owned(),
            error,
        });
    }

    fn record(&mut self, key: String, r: Result<(Action, String), Error>) -> Option<String> {
        match r {
            Ok((action, id)) => {
                self.push(key, action, &id, String::new());
                Some(id).filter(|i| !i.is_empty())
            }
            Err(e) => {
                self.push(key, Action::Failed, "", e.to_string());
                None
            }
        }
    }

    /// Every org of the tenant, then its projects; grants come after all orgs exist.
    pub async fn apply(&mut self, t: &Tenant) {
        for o in &t.orgs {
            let id = self.org(o).await;
            if let Some(id) = &id {
                self.org_ids.insert(o.name.clone(), id.clone());
            }
        }
        for o in &t.orgs {
            let org_id = self.org_ids.get(&o.name).cloned();
            let mut project_ids = Vec::new();
            for p in &o.projects {
                let key = format!("project:{}/{}", o.name, p.name);
                let found = match &org_id {
                    Some(org) => self.project(org, p).await,
                    None => Ok((Action::Create, String::new())),
                };
                let pid = self.record(key, found);
                self.roles(p, pid.as_deref()).await;
                project_ids.push((p, pid));
            }
            for (p, pid) in &project_ids {
                self.grants(p, pid.as_deref()).await;
            }
            if let (true, Some(org)) = (self.prune, &org_id) {
                self.prune_projects(o, org).await;
            }
        }
    }

    async fn org(&mut self, o: &OrgSpec) -> Option<String> {
        let key = format!("org:{}", o.name);
        let (api, lim) = (self.api, self.lim);
        let found = lim
            .call(|| async { Ok(orgs::resolve(&api, &o.name).await) })
            .await;
        let r = match found {
            Ok(Ok(v)) => Ok((Action::Unchanged, orgs::id_of(&v))),
            Ok(Err(AdminError::Resolve(ResolveError::NotFound { .. }))) if self.dry_run => {
                Ok((Action::Create, String::new()))
            }
            Ok(Err(AdminError::Resolve(ResolveError::NotFound { .. }))) => lim
                .call(|| orgs::create(&api, &o.name, &[]))
                .await
                .map(|id| (Action::Create, id)),
            Ok(Err(e)) => {
                self.push(key, Action::Failed, "", e.to_string());
                return None;
            }
            Err(e) => Err(e),
        };
        self.record(key, r)
    }

    async fn project(&self, org: &str, p: &ProjectSpec) -> Result<(Action, String), Error> {
        let (api, lim) = (self.api, self.lim);
        let owned = list(api, lim, &projects::list_call(Some(&p.name), Some(org))).await?;
        let hit = owned.iter().find(|v| {
            str_field(v, "organizationId") == org
                && str_field(v, "name").eq_ignore_ascii_case(&p.name)
        });
        match hit {
            Some(v) => Ok((Action::Unchanged, projects::id_of(v))),
            None if self.dry_run => Ok((Action::Create, String::new())),
            None => lim
                .call(|| projects::create(&api, org, &p.name))
                .await
                .map(|id| (Action::Create, id)),
        }
    }

    async fn roles(&mut self, p: &ProjectSpec, pid: Option<&str>) {
        let (api, lim) = (self.api, self.lim);
        let have: BTreeSet<String> = match pid {
            None => BTreeSet::new(),
            Some(pid) => match list(api, lim, &projects::roles_call(pid, None)).await {
                Ok(v) => v.iter().map(|r| str_field(r, "key").to_owned()).collect(),
                Err(e) => {
                    return self.push(
                        format!("roles:{}", p.name),
                        Action::Failed,
                        "",
                        e.to_string(),
                    );
                }
            },
        };
        for r in &p.roles {
            let key = format!("role:{}/{}", p.name, r.key());
            let result = match (have.contains(r.key()), pid) {
                (true, _) => Ok((Action::Unchanged, String::new())),
                (false, Some(pid)) if !self.dry_run => {
                    let (display, group) = match r {
                        super::spec::RoleSpec::Key(k) => (k.clone(), None),
                        super::spec::RoleSpec::Full {
                            key,
                            display_name,
                            group,
                        } => (
                            display_name.clone().unwrap_or_else(|| key.clone()),
                            group.clone(),
                        ),
                    };
                    lim.call(|| projects::add_role(&api, pid, r.key(), &display, group.as_deref()))
                        .await
                        .map(|_| (Action::Create, String::new()))
                }
                (false, _) => Ok((Action::Create, String::new())),
            };
            self.record(key, result);
        }
        let wanted: BTreeSet<&str> = p.roles.iter().map(|r| r.key()).collect();
        if let (true, Some(pid)) = (self.prune, pid) {
            for extra in have.iter().filter(|k| !wanted.contains(k.as_str())) {
                let r = self
                    .remove(|| projects::remove_role(&api, pid, extra))
                    .await;
                self.record(format!("role:{}/{extra}", p.name), r);
            }
        }
    }

    async fn grants(&mut self, p: &ProjectSpec, pid: Option<&str>) {
        let (api, lim) = (self.api, self.lim);
        let have: Vec<Value> = match pid {
            None => Vec::new(),
            Some(pid) => match list(api, lim, &grants::list_call(Some(pid))).await {
                Ok(v) => v,
                Err(e) => {
                    return self.push(
                        format!("grants:{}", p.name),
                        Action::Failed,
                        "",
                        e.to_string(),
                    );
                }
            },
        };
        let mut kept = BTreeSet::new();
        let mut unresolved = false;
        for g in &p.grants {
            match self.grant_one(p, pid, &have, g).await {
                Ok(Some(org)) => {
                    kept.insert(org);
                }
                Ok(None) => {}
                Err(()) => unresolved = true,
            }
        }
        // A grant whose organization could not be resolved cannot be matched, so
        // nothing is pruned beside it.
        if unresolved {
            return;
        }
        if let (true, Some(pid)) = (self.prune, pid) {
            for v in have
                .iter()
                .filter(|v| !kept.contains(str_field(v, "grantedOrganizationId")))
            {
                let org = str_field(v, "grantedOrganizationId");
                let r = self.remove(|| grants::delete(&api, pid, org)).await;
                self.record(format!("grant:{}→{org}", p.name), r);
            }
        }
    }

    /// One grant of the file; `Ok(Some(org id))` when it was matched against the
    /// server, `Err` when its organization could not be resolved.
    async fn grant_one(
        &mut self,
        p: &ProjectSpec,
        pid: Option<&str>,
        have: &[Value],
        g: &super::spec::GrantSpec,
    ) -> Result<Option<String>, ()> {
        let (api, lim) = (self.api, self.lim);
        let key = format!("grant:{}→{}", p.name, g.org);
        let org = match self.org_ids.get(&g.org).cloned() {
            Some(id) => Some(id),
            None => match lim
                .call(|| async { Ok(orgs::resolve(&api, &g.org).await) })
                .await
            {
                Ok(Ok(v)) => Some(orgs::id_of(&v)),
                _ if self.dry_run => None,
                Ok(Err(e)) => {
                    self.push(key, Action::Failed, "", e.to_string());
                    return Err(());
                }
                Err(e) => {
                    self.push(key, Action::Failed, "", e.to_string());
                    return Err(());
                }
            },
        };
        let (Some(pid), Some(org)) = (pid, org) else {
            self.record(key, Ok((Action::Create, String::new())));
            return Ok(None);
        };
        let mut want = g.roles.clone();
        want.sort();
        let existing = have
            .iter()
            .find(|v| str_field(v, "grantedOrganizationId") == org);
        let method = match existing.map(granted_keys) {
            Some(keys) if keys == want => {
                self.record(key, Ok((Action::Unchanged, String::new())));
                return Ok(Some(org));
            }
            Some(_) => ("UpdateProjectGrant", Action::Update),
            None => ("CreateProjectGrant", Action::Create),
        };
        let r = if self.dry_run {
            Ok((method.1, String::new()))
        } else {
            lim.call(|| grants::write(&api, method.0, pid, &org, &want))
                .await
                .map(|_| (method.1, String::new()))
        };
        self.record(key, r);
        Ok(Some(org))
    }

    async fn prune_projects(&mut self, o: &OrgSpec, org: &str) {
        let (api, lim) = (self.api, self.lim);
        let Ok(all) = list(api, lim, &projects::list_call(None, Some(org))).await else {
            return;
        };
        let wanted: BTreeSet<String> = o.projects.iter().map(|p| p.name.to_lowercase()).collect();
        for v in all.iter().filter(|v| str_field(v, "organizationId") == org) {
            if wanted.contains(&str_field(v, "name").to_lowercase()) {
                continue;
            }
            let id = projects::id_of(v);
            let r = self
                .remove(|| projects::delete(&api, &id))
                .await
                .map(|(a, _)| (a, id.clone()));
            self.record(format!("project:{}/{}", o.name, str_field(v, "name")), r);
        }
    }

    async fn remove<F, Fut>(&self, op: F) -> Result<(Action, String), Error>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<Value, Error>>,
    {
        if self.dry_run {
            return Ok((Action::Delete, String::new()));
        }
        self.lim
            .call(op)
            .await
            .map(|_| (Action::Delete, String::new()))
    }
}

fn granted_keys(v: &Value) -> Vec<String> {
    let mut keys: Vec<String> = v
        .get("grantedRoleKeys")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    keys.sort();
    keys
}

async fn list(
    api: ZitadelApi<'_>,
    lim: &Limiter,
    call: &ListCall<'_>,
) -> Result<Vec<Value>, Error> {
    lim.call(|| paging::all(&api, call, None)).await
}
