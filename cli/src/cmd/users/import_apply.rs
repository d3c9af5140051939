//! Applying one checked row of `ws users import` against the [`Snapshot`]: create the
//! user (profile, email, password or hash, metadata — one `CreateUser` call, so those
//! land together) and then its authorizations; or compare an existing user and change
//! what differs.
//!
//! The completion rule: a row is done when its user exists with the file's metadata
//! keys and roles. Missing metadata keys and missing roles are *added* on every run,
//! whatever `--on-exists` says (they cannot clobber anything), so a row whose
//! authorization step failed after the user was created is completed by the re-run.
//! Values that *differ* (email, names, a metadata value) change only with
//! `--on-exists update`; `skip` leaves them and `fail` reports the row. Import never
//! removes a role or metadata key, and never changes an existing user's password.

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::Mutex;

use serde_json::{Value, json};
use ws_client::admin::limiter::Limiter;
use ws_client::admin::{authz, users};
use ws_client::zitadel::ZitadelApi;
use ws_client::{Error, ErrorCode};

use super::import::OnExists;
use super::import_row::UserRow;
use super::import_state::{Known, Snapshot};
use crate::bulk::report::{Action, Outcome};

/// Settings of one run.
pub struct Runner<'a> {
    /// The API.
    pub api: ZitadelApi<'a>,
    /// Retry policy shared by every row.
    pub lim: &'a Limiter,
    /// What exists.
    pub snap: &'a Snapshot,
    /// `--on-exists`.
    pub on_exists: OnExists,
    /// `--dry-run`: decide, never write.
    pub dry_run: bool,
    /// `--generate-passwords FILE`, open (0600) for appending `username,org,password`.
    pub passwords: Option<&'a Mutex<std::fs::File>>,
}

/// A row with its organization and projects resolved.
pub struct Resolved<'r> {
    /// Row number.
    pub n: usize,
    /// The row.
    pub row: &'r UserRow,
    /// Organization id.
    pub org: String,
    /// Organization as the row (or `--org`) names it, for what people read.
    pub org_name: String,
    /// Project id → (the organization its authorization lives in, the roles).
    pub roles: BTreeMap<String, (String, Vec<String>)>,
}

impl Runner<'_> {
    /// Applies (or, in a dry run, plans) one row.
    pub async fn apply(&self, r: &Resolved<'_>) -> Outcome {
        let key = r.row.username.clone();
        let existing = self
            .snap
            .users
            .get(&(r.org.clone(), r.row.username.to_lowercase()));
        let result = match existing {
            None => self.create(r).await,
            Some(k) => self.existing(r, k).await,
        };
        match result {
            Ok((action, id, note)) => Outcome {
                row: r.n,
                key,
                action,
                id,
                error: note,
            },
            Err((id, e)) => Outcome {
                id,
                ..Outcome::failed(r.n, key, e)
            },
        }
    }

    async fn create(&self, r: &Resolved<'_>) -> Step {
        if self.dry_run {
            return Ok((Action::Create, String::new(), String::new()));
        }
        let (body, generated) = create_body(r.row, self.passwords.is_some());
        let api = self.api;
        let id = self
            .lim
            .call(|| users::create(&api, &r.org, body.clone()))
            .await
            .map_err(|e| (String::new(), explain_create(r.row, &e)))?;
        if let (Some(pw), Some(file)) = (generated, self.passwords) {
            let mut f = file.lock().expect("password file lock");
            let line = csv_line(&[&r.row.username, &r.org_name, &pw]);
            f.write_all(line.as_bytes())
                .and_then(|()| f.flush())
                .map_err(|e| (id.clone(), format!("created, but the password file: {e}")))?;
        }
        for (project, (org, keys)) in &r.roles {
            self.grant(&id, project, org, keys, None)
                .await
                .map_err(|e| (id.clone(), incomplete(project, &e)))?;
        }
        if let Some(want) = r.row.state {
            self.set_state(&id, "active", want)
                .await
                .map_err(|e| (id.clone(), format!("created, but not made {want}: {e}")))?;
        }
        Ok((Action::Create, id, String::new()))
    }

    /// Moves a user from state `from` to `to` with the calls the API has for each
    /// step (a locked user is unlocked before deactivation, an inactive one
    /// reactivated before locking).
    async fn set_state(&self, id: &str, from: &str, to: &str) -> Result<(), Error> {
        let calls: &[&str] = match (from, to) {
            (f, t) if f == t => &[],
            ("inactive", "active") => &["ReactivateUser"],
            ("locked", "active") => &["UnlockUser"],
            ("locked", "inactive") => &["UnlockUser", "DeactivateUser"],
            ("inactive", "locked") => &["ReactivateUser", "LockUser"],
            (_, "inactive") => &["DeactivateUser"],
            (_, "locked") => &["LockUser"],
            _ => &[],
        };
        let api = self.api;
        for method in calls {
            self.lim.call(|| users::call(&api, method, id)).await?;
        }
        Ok(())
    }

    async fn existing(&self, r: &Resolved<'_>, k: &Known) -> Step {
        let fail = |e: Error| (k.id.clone(), e.to_string());
        let api = self.api;
        let current = if r.row.metadata.is_empty() {
            BTreeMap::new()
        } else {
            self.lim
                .call(|| users::metadata(&api, &k.id))
                .await
                .map_err(fail)?
        };
        let d = Diff::of(r, k, &current, self.snap);
        if d.is_empty() {
            return Ok((Action::Unchanged, k.id.clone(), String::new()));
        }
        let change_differing = match self.on_exists {
            OnExists::Fail if !d.differs.is_empty() => {
                return Err((
                    k.id.clone(),
                    format!("user exists and differs: {}", d.differs.join(", ")),
                ));
            }
            OnExists::Update => true,
            _ => false,
        };
        if !change_differing && d.missing.is_empty() {
            let note = format!("left alone: {} differ", d.differs.join(", "));
            return Ok((Action::Skip, k.id.clone(), note));
        }
        if !self.dry_run {
            self.write_changes(r, k, &d, change_differing).await?;
        }
        Ok((Action::Update, k.id.clone(), String::new()))
    }

    async fn write_changes(
        &self,
        r: &Resolved<'_>,
        k: &Known,
        d: &Diff,
        all: bool,
    ) -> Result<(), (String, String)> {
        let api = self.api;
        let fail = |e: Error| (k.id.clone(), e.to_string());
        if all && d.profile {
            let mut profile = json!({"givenName": r.row.given, "familyName": r.row.family});
            // A display name derived from the old names follows them; one chosen
            // by hand is left alone.
            let derived = format!("{} {}", k.given, k.family);
            if k.display.is_empty() || k.display == derived {
                profile["displayName"] = json!(format!("{} {}", r.row.given, r.row.family));
            }
            let body = json!({"human": {"profile": profile, "email": {"email": r.row.email}}});
            self.lim
                .call(|| users::update(&api, &k.id, body.clone()))
                .await
                .map_err(fail)?;
        }
        let meta: BTreeMap<String, String> = if all {
            d.meta_changed.clone()
        } else {
            d.meta_missing.clone()
        };
        if !meta.is_empty() {
            self.lim
                .call(|| users::set_metadata(&api, &k.id, &meta))
                .await
                .map_err(fail)?;
        }
        if let Some(want) = d.state.filter(|_| all) {
            self.set_state(&k.id, &k.state, want).await.map_err(fail)?;
        }
        for (project, (org, keys, existing)) in &d.roles_missing {
            self.grant(&k.id, project, org, keys, existing.as_deref())
                .await
                .map_err(|e| (k.id.clone(), incomplete(project, &e)))?;
        }
        Ok(())
    }

    /// Creates the authorization, or widens an existing one to `keys`.
    async fn grant(
        &self,
        user: &str,
        project: &str,
        org: &str,
        keys: &[String],
        existing: Option<&str>,
    ) -> Result<(), Error> {
        let api = self.api;
        match existing {
            Some(id) => self
                .lim
                .call(|| authz::update(&api, id, keys))
                .await
                .map(drop),
            None => self
                .lim
                .call(|| authz::create(&api, user, project, org, keys))
                .await
                .map(drop),
        }
    }
}

/// (action, id, note) or (id, error).
type Step = Result<(Action, String, String), (String, String)>;

/// What differs between a row and an existing user.
#[derive(Debug, Default)]
struct Diff {
    /// Email or names differ.
    profile: bool,
    /// Names of differing values, for the report.
    differs: Vec<String>,
    /// Names of missing pieces.
    missing: Vec<String>,
    meta_missing: BTreeMap<String, String>,
    meta_changed: BTreeMap<String, String>,
    /// Project → (the authorization's organization, the role set to hold, the
    /// authorization to widen if any).
    roles_missing: BTreeMap<String, (String, Vec<String>, Option<String>)>,
    /// The state to move to, when the row names another.
    state: Option<&'static str>,
}

impl Diff {
    fn of(
        r: &Resolved<'_>,
        k: &Known,
        current: &BTreeMap<String, String>,
        snap: &Snapshot,
    ) -> Diff {
        let row = r.row;
        let mut d = Diff::default();
        for (name, want, have) in [
            ("email", &row.email, &k.email),
            ("given_name", &row.given, &k.given),
            ("family_name", &row.family, &k.family),
        ] {
            if !want.eq_ignore_ascii_case(have) || (name != "email" && want != have) {
                d.profile = true;
                d.differs.push(name.to_owned());
            }
        }
        if let Some(want) = row.state.filter(|w| *w != k.state) {
            d.state = Some(want);
            d.differs.push("state".to_owned());
        }
        for (key, want) in &row.metadata {
            match current.get(key) {
                None => {
                    d.missing.push(format!("metadata.{key}"));
                    d.meta_missing.insert(key.clone(), want.clone());
                }
                Some(have) if have != want => d.differs.push(format!("metadata.{key}")),
                Some(_) => continue,
            }
            d.meta_changed.insert(key.clone(), want.clone());
        }
        for (project, (org, keys)) in &r.roles {
            let held = snap
                .grants
                .get(&(k.id.clone(), project.clone(), org.clone()));
            let have: &[String] = held.map_or(&[], |g| &g.keys);
            if keys.iter().all(|key| have.contains(key)) {
                continue;
            }
            let mut union: Vec<String> = have.iter().chain(keys).cloned().collect();
            union.sort();
            union.dedup();
            d.missing.push(format!("roles on {project}"));
            d.roles_missing.insert(
                project.clone(),
                (org.clone(), union, held.map(|g| g.id.clone())),
            );
        }
        d
    }

    fn is_empty(&self) -> bool {
        self.differs.is_empty() && self.missing.is_empty()
    }
}

/// The `CreateUser` body, and the generated password when one was made.
fn create_body(row: &UserRow, generate: bool) -> (Value, Option<String>) {
    let mut human = json!({
        "profile": {"givenName": row.given, "familyName": row.family},
        "email": {"email": row.email},
    });
    let mut generated = None;
    if let Some(pw) = &row.password {
        human["password"] = json!({"password": pw, "changeRequired": false});
    } else if let Some(hash) = &row.hashed_password {
        human["hashedPassword"] = json!({"hash": hash, "changeRequired": false});
    } else if generate {
        let pw = generate_password();
        human["password"] = json!({"password": pw, "changeRequired": true});
        generated = Some(pw);
    }
    let mut body = json!({"username": row.username, "human": human});
    if !row.metadata.is_empty() {
        let items: Vec<Value> = row
            .metadata
            .iter()
            .map(|(k, v)| users::metadata_entry(k, v))
            .collect();
        body["metadata"] = Value::Array(items);
    }
    (body, generated)
}

/// 20 random characters with at least one lower, upper, digit and symbol (ZITADEL's
/// default complexity policy), from the OS generator.
pub fn generate_password() -> String {
    use rand::Rng;
    use rand::seq::SliceRandom;
    const SETS: [&[u8]; 4] = [
        b"abcdefghijkmnopqrstuvwxyz",
        b"ABCDEFGHJKLMNPQRSTUVWXYZ",
        b"23456789",
        b"!#%+-=?@_",
    ];
    let mut rng = rand::rngs::OsRng;
    let mut chars: Vec<u8> = SETS.iter().map(|s| s[rng.gen_range(0..s.len())]).collect();
    let all: Vec<u8> = SETS.concat();
    chars.extend((0..16).map(|_| all[rng.gen_range(0..all.len())]));
    chars.shuffle(&mut rng);
    String::from_utf8(chars).unwrap_or_default()
}

fn csv_line(fields: &[&str]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(fields);
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

fn explain_create(row: &UserRow, e: &Error) -> String {
    match e {
        Error::Api(a) if a.code == ErrorCode::AlreadyExists => format!(
            "username '{}' (or email) is already taken on the server, in another organization or by a machine user: {}",
            row.username, a.message
        ),
        other => other.to_string(),
    }
}

fn incomplete(project: &str, e: &Error) -> String {
    format!(
        "user exists but the authorization on project {project} failed: {e}; re-run to complete"
    )
}
