//! Runs [`Effect`]s against the server with `ws-client` and answers with the [`Msg`]
//! that reports the outcome. Called from background tasks, never from `update`.

// docs/drive
pub mod files;

use serde_json::{Value, json};
use ws_client::Session;
use ws_client::admin::paging::{self, ListCall};
use ws_client::admin::users::UserFilter;
use ws_client::admin::{authz, grants, orgs, projects, str_field, users};
use ws_client::zitadel::ZitadelApi;

use crate::data::{AuthzRow, GrantRow, Health, Me, OrgRow, ProjectRow, RoleRow, UserRow};
use crate::msg::{Data, Effect, Msg, Resource, WriteOp};

/// Runs one effect to completion.
pub async fn run(session: &Session, effect: Effect) -> Msg {
    match effect {
        Effect::Load(res) => match load(session, &res).await {
            Ok(data) => Msg::Loaded(data),
            Err(e) => Msg::Failed(res, e),
        },
        // docs/drive: a create answers with the new id, so the list can select it.
        Effect::Write(op @ (WriteOp::CreateDoc(_) | WriteOp::Mkdir(_))) => {
            let result = files::create(session, &op).await;
            Msg::Files(crate::files::FilesMsg::Created {
                op: Box::new(op),
                result,
            })
        }
        Effect::Write(op) => {
            let result = write(session, &op).await;
            Msg::Wrote(op, result)
        }
        // calendar/audit (the follow task is spawned by the driver, never run here)
        Effect::Cal(e) => crate::live::calendar(session, e).await,
        Effect::CountWorkspace => crate::live::counts(session).await,
        Effect::FollowAudit => Msg::Audit(crate::audit::AuditMsg::Unavailable(
            "the audit follow task runs in the driver".into(),
        )),
        // docs/drive: transfers need the driver's cancel handles (see `files::Jobs`).
        Effect::Files(f) => Msg::Files(crate::files::FilesMsg::Finished {
            id: f.id(),
            result: Err("a transfer was started without the driver".into()),
        }),
    }
}

async fn rows<T>(
    api: &ZitadelApi<'_>,
    call: &ListCall<'_>,
    f: fn(&Value) -> T,
) -> Result<Vec<T>, String> {
    let items = paging::all(api, call, None)
        .await
        .map_err(|e| e.to_string())?;
    Ok(items.iter().map(f).collect())
}

async fn load(session: &Session, res: &Resource) -> Result<Data, String> {
    let api = ZitadelApi::new(session);
    Ok(match res {
        Resource::Me => Data::Me(Me::from_userinfo(
            &session.userinfo().await.map_err(|e| e.to_string())?,
        )),
        Resource::Health => Data::Health(health(session).await?),
        Resource::Users => Data::Users(
            rows(
                &api,
                &users::list_call(&UserFilter::default()),
                UserRow::from_json,
            )
            .await?,
        ),
        Resource::Orgs => Data::Orgs(
            rows(
                &api,
                &orgs::list_call(&Default::default()),
                OrgRow::from_json,
            )
            .await?,
        ),
        Resource::Projects => Data::Projects(
            rows(
                &api,
                &projects::list_call(None, None),
                ProjectRow::from_json,
            )
            .await?,
        ),
        Resource::Roles(pid) => Data::Roles(
            pid.clone(),
            rows(&api, &projects::roles_call(pid, None), RoleRow::from_json).await?,
        ),
        Resource::Grants => {
            Data::Grants(rows(&api, &grants::list_call(None), GrantRow::from_json).await?)
        }
        Resource::Authz => {
            Data::Authz(rows(&api, &authz::list_call(None, None), AuthzRow::from_json).await?)
        }
        // docs/drive
        Resource::Docs | Resource::Doc(_) | Resource::Drive(_) | Resource::Shares(_) => {
            files::load(session, res).await?
        }
    })
}

/// `/healthz` and `/readyz` of the workspace API's origin.
async fn health(session: &Session) -> Result<Health, String> {
    let base = session
        .profile()
        .api_url
        .as_str()
        .trim_end_matches('/')
        .to_owned();
    let http = session.http().client();
    let url = format!("{base}/healthz");
    let live = http
        .get(&url)
        .send()
        .await
        .map_err(|e| unreachable(&url, &e))?;
    let version = live
        .headers()
        .get(reqwest::header::SERVER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let url = format!("{base}/readyz");
    let ready = http
        .get(&url)
        .send()
        .await
        .map_err(|e| unreachable(&url, &e))?;
    let ready_ok = ready.status().is_success();
    let body: Value = ready.json().await.unwrap_or(Value::Null);
    let checks = flatten(&body);
    Ok(Health {
        live: live.status().is_success(),
        ready: ready_ok,
        checks,
        version,
    })
}

fn unreachable(url: &str, e: &reqwest::Error) -> String {
    if e.is_connect() {
        format!("{url}: connection refused or host unreachable")
    } else if e.is_timeout() {
        format!("{url}: timed out")
    } else {
        format!("{url}: {e}")
    }
}

/// `{"database": "ok", "checks": {"keys": "ok"}}` → `database: ok`, `keys: ok`.
fn flatten(v: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Value::Object(map) = v {
        for (k, v) in map {
            match v {
                Value::Object(_) => out.extend(flatten(v)),
                Value::String(s) => out.push((k.clone(), s.clone())),
                other => out.push((k.clone(), other.to_string())),
            }
        }
    }
    out
}

async fn write(session: &Session, op: &WriteOp) -> Result<String, String> {
    let api = ZitadelApi::new(session);
    let s = |e: &dyn std::fmt::Display| e.to_string();
    match op {
        WriteOp::CreateUser {
            org,
            username,
            email,
            given_name,
            family_name,
            password,
        } => {
            let org_id = orgs::id_of(&orgs::resolve(&api, org).await.map_err(|e| s(&e))?);
            let mut human = json!({
                "profile": {"givenName": given_name, "familyName": family_name},
                "email": {"email": email, "isVerified": false},
            });
            if let Some(p) = password {
                human["password"] = json!({"password": p, "changeRequired": true});
            }
            let body = json!({"username": username, "human": human});
            let id = users::create(&api, &org_id, body)
                .await
                .map_err(|e| s(&e))?;
            Ok(format!("Created user {username} ({id})"))
        }
        WriteOp::UserState {
            id,
            username,
            change,
        } => {
            users::call(&api, change.method(), id)
                .await
                .map_err(|e| s(&e))?;
            Ok(format!("{} user {username}", change.past()))
        }
        WriteOp::SetPassword {
            id,
            username,
            password,
            change_required,
        } => {
            users::set_password(&api, id, password, *change_required)
                .await
                .map_err(|e| s(&e))?;
            Ok(format!("Password set for {username}"))
        }
        WriteOp::Authorize {
            user,
            project,
            roles,
        } => {
            let user_id = users::id_of(&users::resolve(&api, user, None).await.map_err(|e| s(&e))?);
            let p = projects::resolve(&api, project).await.map_err(|e| s(&e))?;
            let org = match &session.profile().default_org {
                Some(o) => orgs::id_of(&orgs::resolve(&api, o).await.map_err(|e| s(&e))?),
                None => str_field(&p, "organizationId").to_owned(),
            };
            let id = authz::create(&api, &user_id, &projects::id_of(&p), &org, roles)
                .await
                .map_err(|e| s(&e))?;
            Ok(format!("Authorized {user} on {project} ({id})"))
        }
        WriteOp::CreateGrant {
            project,
            org,
            roles,
        } => {
            let pid = projects::id_of(&projects::resolve(&api, project).await.map_err(|e| s(&e))?);
            let oid = orgs::id_of(&orgs::resolve(&api, org).await.map_err(|e| s(&e))?);
            grants::write(&api, "CreateProjectGrant", &pid, &oid, roles)
                .await
                .map_err(|e| s(&e))?;
            Ok(format!("Granted {project} to {org}"))
        }
        // docs/drive
        WriteOp::Share(op) => files::share(session, op).await,
        WriteOp::Upload(_) | WriteOp::Download(_) => {
            Err("transfers run in the transfers panel, not as writes".into())
        }
        WriteOp::CreateDoc(_) | WriteOp::Mkdir(_) => {
            files::create(session, op).await.map(|c| c.message)
        }
    }
}
