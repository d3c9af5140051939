//! Bootstrap of the first instance on an empty data dir, as ZITADEL's FirstInstance:
//! the instance, a default org, an admin human, an IAM_OWNER service account with a
//! PAT in `DIR/admin.pat`, the `workspace` project with its roles, the native app `ws`
//! logs in with and the API app the workspace server introspects with; `--demo` adds
//! the seed's two tenants.
//!
//! Idempotent: the instance record is written last and marks a complete bootstrap, so
//! a later start finds it and changes nothing. A start interrupted half-way is
//! detected (objects but no instance) and refused with what to do.

mod demo;
mod files;
mod seed;

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use ws_storage::{AdminResource, Instance, StorageError, Store, new_id};

pub use demo::{DemoCredentials, DemoUser};
pub use files::{ADMIN_PAT_FILE, BOOTSTRAP_FILE, DEMO_CREDENTIALS_FILE, INTROSPECTION_CLIENT_FILE};
pub(crate) use seed::org_domain;
use seed::{NewHuman, Seeder, generate_password};

/// The instance's domain; org primary domains hang below it.
pub const INSTANCE_DOMAIN: &str = "localhost";
/// Name of the default organization.
pub const DEFAULT_ORG_NAME: &str = "Default";
/// Username of the IAM_OWNER service account whose PAT lands in `admin.pat`.
pub const SERVICE_ACCOUNT_USERNAME: &str = "ws-admin";

/// What to bootstrap.
#[derive(Clone)]
pub struct BootstrapOptions {
    /// The data directory receiving the bootstrap files (must exist).
    pub data_dir: PathBuf,
    /// The issuer URL written to `bootstrap.json`.
    pub issuer: String,
    /// Also create the demo tenants.
    pub demo: bool,
    /// Username of the first human administrator.
    pub admin_username: String,
    /// E-mail of the first human administrator.
    pub admin_email: String,
    /// Initial admin password; generated when `None`.
    pub admin_password: Option<String>,
}

impl std::fmt::Debug for BootstrapOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BootstrapOptions")
            .field("data_dir", &self.data_dir)
            .field("issuer", &self.issuer)
            .field("demo", &self.demo)
            .field("admin_username", &self.admin_username)
            .field("admin_email", &self.admin_email)
            .field(
                "admin_password",
                &self.admin_password.as_ref().map(|_| "[redacted]"),
            )
            .finish()
    }
}

/// An organization as clients need to know it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct OrgRef {
    /// Org id (e.g. for the `x-zitadel-orgid` header or the `…:org:id:{id}` scope).
    pub id: String,
    /// Org name.
    pub name: String,
    /// Primary domain (suffix of login names, value in role claims).
    pub primary_domain: String,
}

/// Contents of `DIR/bootstrap.json`: the issuer and every id a client needs; no secrets.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct BootstrapInfo {
    /// Issuer URL of the identity provider.
    pub issuer: String,
    /// Instance id.
    pub instance_id: String,
    /// Whether the demo tenants exist.
    pub demo: bool,
    /// The default organization (owner of the administrators).
    pub default_org: OrgRef,
    /// Every organization bootstrap created, default first.
    pub orgs: Vec<OrgRef>,
    /// Id of the `workspace` project (an audience: `urn:zitadel:iam:org:project:id:{id}:aud`).
    pub project_id: String,
    /// Org owning the `workspace` project (Acme Corp in demo mode, else the default org).
    pub project_org_id: String,
    /// Roles of the `workspace` project.
    pub project_roles: Vec<String>,
    /// With `--demo`: the grant of the project to Globex Inc.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_grant_id: Option<String>,
    /// Client id of the native app `ws` logs in with (public; PKCE, device code).
    pub cli_client_id: String,
    /// Client id of the API app the workspace server introspects with (its secret is in
    /// `introspection-client.json`).
    pub introspection_client_id: String,
    /// The first human administrator.
    pub admin_user_id: String,
    /// Its username.
    pub admin_username: String,
    /// The IAM_OWNER service account (its PAT is in `admin.pat`).
    pub service_account_user_id: String,
    /// Its username.
    pub service_account_username: String,
}

/// Contents of `DIR/introspection-client.json` (mode 0600); the issuer is in
/// `bootstrap.json`.
#[derive(Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct IntrospectionClient {
    /// Client id (HTTP Basic user).
    pub client_id: String,
    /// Client secret (HTTP Basic password).
    pub client_secret: String,
}

impl std::fmt::Debug for IntrospectionClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IntrospectionClient")
            .field("client_id", &self.client_id)
            .finish_non_exhaustive()
    }
}

/// What [`ensure_bootstrapped`] found or did.
pub struct BootstrapReport {
    /// The ids written to `bootstrap.json`.
    pub info: BootstrapInfo,
    /// True when this call created the instance, false when it existed.
    pub created: bool,
    /// The admin password generated by this call: show it once, never log it.
    pub generated_admin_password: Option<String>,
    /// Where the service account's PAT is.
    pub admin_pat_path: PathBuf,
    /// Where the demo credentials are, with `--demo`.
    pub demo_credentials_path: Option<PathBuf>,
}

impl std::fmt::Debug for BootstrapReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BootstrapReport")
            .field("info", &self.info)
            .field("created", &self.created)
            .field("admin_pat_path", &self.admin_pat_path)
            .finish_non_exhaustive()
    }
}

/// Why bootstrap failed.
#[derive(Debug, thiserror::Error)]
pub enum BootstrapError {
    /// The database refused an operation.
    #[error("bootstrap: database error: {0}")]
    Storage(#[from] StorageError),
    /// A bootstrap file could not be read or written.
    #[error("bootstrap: cannot use {}: {source}", path.display())]
    File {
        /// The file.
        path: PathBuf,
        /// The IO error.
        source: std::io::Error,
    },
    /// `--demo` on a data directory bootstrapped without it.
    #[error(
        "the data directory {} was bootstrapped without --demo; demo tenants are only created \
         on a fresh data directory: start without --demo, or use --data with a new directory",
        dir.display()
    )]
    DemoOnExisting {
        /// The data directory.
        dir: PathBuf,
    },
    /// A previous bootstrap stopped half-way.
    #[error(
        "the data directory {} holds an unfinished bootstrap (a previous first start was \
         interrupted); remove the directory and start again",
        dir.display()
    )]
    Unfinished {
        /// The data directory.
        dir: PathBuf,
    },
    /// `bootstrap.json` is missing from a bootstrapped data directory.
    #[error(
        "{} is missing, but the database in that directory is bootstrapped; restore the file \
         from a backup or start on a fresh data directory",
        dir.join(BOOTSTRAP_FILE).display()
    )]
    MissingInfo {
        /// The data directory.
        dir: PathBuf,
    },
    /// Something else, e.g. a hashing task failed.
    #[error("bootstrap: {0}")]
    Internal(String),
}

/// Bootstraps a fresh store, or checks and returns the existing bootstrap. `now` is the
/// creation time (unix seconds) to stamp records with.
pub async fn ensure_bootstrapped(
    store: &Store,
    now: i64,
    opts: &BootstrapOptions,
) -> Result<BootstrapReport, BootstrapError> {
    let dir = &opts.data_dir;
    if store.instance.get_instance().await?.is_some() {
        return existing(opts);
    }
    if store
        .orgs
        .get_org_by_name(DEFAULT_ORG_NAME)
        .await?
        .is_some()
    {
        return Err(BootstrapError::Unfinished { dir: dir.clone() });
    }
    create(store, now, opts).await
}

fn existing(opts: &BootstrapOptions) -> Result<BootstrapReport, BootstrapError> {
    let dir = &opts.data_dir;
    let mut info: BootstrapInfo = files::read_json(dir, BOOTSTRAP_FILE)?
        .ok_or_else(|| BootstrapError::MissingInfo { dir: dir.clone() })?;
    if opts.demo && !info.demo {
        return Err(BootstrapError::DemoOnExisting { dir: dir.clone() });
    }
    // The issuer is configuration, not bootstrap state: keep the file in step with it.
    if info.issuer != opts.issuer {
        tracing::info!(old = %info.issuer, new = %opts.issuer, "issuer changed; updating bootstrap.json");
        info.issuer.clone_from(&opts.issuer);
        files::write_json(dir, BOOTSTRAP_FILE, &info)?;
    }
    Ok(BootstrapReport {
        demo_credentials_path: info.demo.then(|| dir.join(DEMO_CREDENTIALS_FILE)),
        info,
        created: false,
        generated_admin_password: None,
        admin_pat_path: dir.join(ADMIN_PAT_FILE),
    })
}

async fn create(
    store: &Store,
    now: i64,
    opts: &BootstrapOptions,
) -> Result<BootstrapReport, BootstrapError> {
    let s = Seeder { store, now };
    let generated = opts.admin_password.is_none().then(generate_password);
    let password = opts.admin_password.as_deref().or(generated.as_deref());
    let admins = seed_admins(&s, opts, password.unwrap_or_default()).await?;

    let demo_orgs = match opts.demo {
        true => Some(demo::create_orgs(&s, INSTANCE_DOMAIN).await?),
        false => None,
    };
    // The seed scenario: with demo tenants, Acme owns the project and grants it on.
    let project_org = demo_orgs.as_ref().map_or(&admins.org, |d| &d.acme);
    let project_id = s.workspace_project(&project_org.id).await?;
    let cli_client_id = s.cli_app(&project_id).await?;
    let (introspection_client_id, introspection_secret) = s.introspection_app(&project_id).await?;
    let demo_seed = match &demo_orgs {
        Some(orgs) => Some(demo::seed_users(&s, orgs, &project_id).await?),
        None => None,
    };

    let mut orgs = vec![org_ref(&admins.org)];
    if let Some(d) = &demo_orgs {
        orgs.extend([org_ref(&d.acme), org_ref(&d.globex)]);
    }
    let instance = Instance {
        id: new_id(),
        name: "ws".into(),
        domain: INSTANCE_DOMAIN.into(),
        created_at: now,
    };
    let info = BootstrapInfo {
        issuer: opts.issuer.clone(),
        instance_id: instance.id.clone(),
        demo: opts.demo,
        default_org: org_ref(&admins.org),
        orgs,
        project_id,
        project_org_id: project_org.id.clone(),
        project_roles: seed::WORKSPACE_ROLES
            .iter()
            .map(|(k, _)| (*k).to_owned())
            .collect(),
        project_grant_id: demo_seed.as_ref().map(|(g, _)| g.clone()),
        cli_client_id,
        introspection_client_id: introspection_client_id.clone(),
        admin_user_id: admins.admin_user_id,
        admin_username: opts.admin_username.clone(),
        service_account_user_id: admins.service_account_id,
        service_account_username: SERVICE_ACCOUNT_USERNAME.into(),
    };
    let secrets = Secrets {
        pat: admins.pat,
        introspection: IntrospectionClient {
            client_id: introspection_client_id,
            client_secret: introspection_secret,
        },
        demo_users: demo_seed.map(|(_, users)| users),
    };
    let (admin_pat_path, demo_credentials_path) = write_files(&opts.data_dir, &info, secrets)?;
    // Last: the instance record marks the bootstrap complete.
    store.instance.create_instance(&instance).await?;
    tracing::info!(instance_id = %info.instance_id, demo = opts.demo, "bootstrapped a new instance");
    Ok(BootstrapReport {
        info,
        created: true,
        generated_admin_password: generated,
        admin_pat_path,
        demo_credentials_path,
    })
}

/// The default org and its administrators.
struct Admins {
    org: ws_storage::Org,
    admin_user_id: String,
    service_account_id: String,
    pat: String,
}

/// The default org, the admin human (IAM_OWNER, ORG_OWNER) and the IAM_OWNER service
/// account with its PAT, as ZITADEL's FirstInstance creates them.
async fn seed_admins(
    s: &Seeder<'_>,
    opts: &BootstrapOptions,
    password: &str,
) -> Result<Admins, BootstrapError> {
    let org = s.org(DEFAULT_ORG_NAME, INSTANCE_DOMAIN).await?;
    let admin_user_id = s
        .human(NewHuman {
            org_id: &org.id,
            username: &opts.admin_username,
            given_name: "Instance",
            family_name: "Administrator",
            email: &opts.admin_email,
            password,
        })
        .await?;
    s.admin(&admin_user_id, AdminResource::Instance, "IAM_OWNER")
        .await?;
    s.admin(
        &admin_user_id,
        AdminResource::Org(org.id.clone()),
        "ORG_OWNER",
    )
    .await?;
    let description = "IAM_OWNER service account created by bootstrap";
    let (service_account_id, pat) = s
        .machine_with_pat(&org.id, SERVICE_ACCOUNT_USERNAME, description)
        .await?;
    s.admin(&service_account_id, AdminResource::Instance, "IAM_OWNER")
        .await?;
    Ok(Admins {
        org,
        admin_user_id,
        service_account_id,
        pat,
    })
}

/// The plaintext secrets bootstrap hands out, each only through a 0600 file.
struct Secrets {
    pat: String,
    introspection: IntrospectionClient,
    demo_users: Option<Vec<DemoUser>>,
}

/// Writes the secret files, then `bootstrap.json`; returns the PAT and demo paths.
fn write_files(
    dir: &std::path::Path,
    info: &BootstrapInfo,
    secrets: Secrets,
) -> Result<(PathBuf, Option<PathBuf>), BootstrapError> {
    let pat_path =
        files::write_private(dir, ADMIN_PAT_FILE, format!("{}\n", secrets.pat).as_bytes())?;
    files::write_json(dir, INTROSPECTION_CLIENT_FILE, &secrets.introspection)?;
    let demo_path = match secrets.demo_users {
        Some(users) => Some(files::write_json(
            dir,
            DEMO_CREDENTIALS_FILE,
            &DemoCredentials { users },
        )?),
        None => None,
    };
    files::write_json(dir, BOOTSTRAP_FILE, info)?;
    Ok((pat_path, demo_path))
}

fn org_ref(org: &ws_storage::Org) -> OrgRef {
    OrgRef {
        id: org.id.clone(),
        name: org.name.clone(),
        primary_domain: org.primary_domain.clone(),
    }
}

#[cfg(test)]
mod tests;
