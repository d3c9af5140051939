//! `ws users import FILE|-`: create or update users from CSV (with a header), JSON,
//! JSON lines or YAML. Columns: username, email, given_name, family_name, org (name or
//! id; else `--org`), password or hashed_password (or `--generate-passwords FILE`),
//! `metadata.<key>` or a `metadata` object, `roles` = `project:role;…`, `state`
//! (active, inactive, locked: applied on create and with `--on-exists update`).
//!
//! The run: parse every row ([`crate::bulk::input`]), resolve names and list what
//! exists once ([`super::import_state`]), then apply rows `--parallel` at a time
//! ([`super::import_apply`], which states the completion rule) through one
//! [`Limiter`] that honours 429 `Retry-After` and backs off on 5xx. `--dry-run` makes
//! only read calls. Every row gets a report line; failed rows can be written back in
//! the input format (`--retry-file`); exit 3 when any row failed.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::Mutex;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use futures::StreamExt;
use serde_json::Value;
use ws_client::admin::limiter::Limiter;
use ws_client::zitadel::ZitadelApi;

use super::import_apply::{Resolved, Runner};
use super::import_row::{self, UserRow};
use super::import_state::Snapshot;
use crate::bulk::input::Input;
use crate::bulk::progress::Progress;
use crate::bulk::report::{self, Outcome, Tally};
use crate::cmd::admin_util;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// What to do with a row whose user exists with different values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnExists {
    /// Leave differing values alone (missing roles and metadata keys are still added).
    Skip,
    /// Change differing email, names, state and metadata values.
    Update,
    /// Report the row as failed.
    Fail,
}

/// Import users.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Completion rule: a row is done when its user exists with the \
file's metadata keys and roles. Missing keys and roles are added on every run, so a row \
whose authorization failed after the user was created is completed by a re-run; values \
that differ change only with --on-exists update. Import never removes roles or metadata \
and never changes an existing user's password."
)]
pub struct Cmd {
    /// The file (.csv, .json, .jsonl, .yaml), or - for stdin
    file: String,
    /// Show what would happen (create/update/unchanged/skip per row); only read calls
    #[arg(long)]
    dry_run: bool,
    /// What to do when a user exists with different values
    #[arg(long, value_enum, default_value = "skip")]
    on_exists: OnExists,
    /// Rows applied at the same time
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=256))]
    parallel: u16,
    /// Give created users without a password a random one (change required at first
    /// sign-in), written only to FILE (mode 0600) as username,org,password
    #[arg(long, value_name = "FILE")]
    generate_passwords: Option<PathBuf>,
    /// Write the per-row report to FILE (CSV if it ends in .csv, else JSON lines)
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    /// Write the failed rows to FILE, in the input format, for a re-run
    #[arg(long, value_name = "FILE")]
    retry_file: Option<PathBuf>,
}

impl Cmd {
    /// Reads, plans and applies the rows; prints the report and a summary.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let bytes = if self.file == "-" {
            ctx.read_stdin_bytes()?
        } else {
            std::fs::read(&self.file).with_context(|| format!("cannot read {}", self.file))?
        };
        let input = Input::parse(&self.file, &bytes)?;
        drop(bytes);
        check_columns(&self.file, &input)?;
        let rows: Vec<(usize, Result<UserRow, String>)> = input
            .rows
            .iter()
            .map(|r| {
                (
                    r.n,
                    r.value
                        .as_ref()
                        .map_err(Clone::clone)
                        .and_then(import_row::parse),
                )
            })
            .collect();
        let api = admin_util::api(ctx)?;
        let default_org = ctx.profile()?.default_org.clone();
        let lim = Limiter::default();
        let passwords = match (&self.generate_passwords, self.dry_run) {
            (Some(p), false) => Some(Mutex::new(open_passwords(p)?)),
            _ => None,
        };
        let opts = RowRun {
            on_exists: self.on_exists,
            dry_run: self.dry_run,
            parallel: usize::from(self.parallel),
            passwords: passwords.as_ref(),
        };
        let mut outcomes = apply_rows(ctx, api, &lim, &rows, default_org.as_deref(), opts).await?;
        name_invalid_rows(&input, &mut outcomes);
        self.finish(ctx, &input, &outcomes, &lim)
    }

    fn finish(&self, ctx: &Ctx, input: &Input, outcomes: &[Outcome], lim: &Limiter) -> Result<i32> {
        let records: Vec<Value> = outcomes.iter().map(Outcome::to_json).collect();
        output::print(ctx, Shape::List(&records), report::COLUMNS)?;
        if let Some(path) = &self.report {
            report::write_file(path, outcomes)?;
        }
        let failed: Vec<usize> = outcomes
            .iter()
            .filter(|o| o.action == report::Action::Failed)
            .map(|o| o.row)
            .collect();
        if let Some(path) = &self.retry_file {
            input.write_retry(path, &failed)?;
            if !failed.is_empty() {
                ctx.say(format_args!(
                    "{} failed rows written to {}",
                    failed.len(),
                    path.display()
                ));
            }
        }
        if lim.retries() > 0 {
            ctx.say(format_args!(
                "{} calls retried ({} answered 429 Too Many Requests)",
                lim.retries(),
                lim.throttled()
            ));
        }
        ctx.say(Tally::of(outcomes).summary("rows", self.dry_run));
        if let (Some(p), false) = (&self.generate_passwords, self.dry_run) {
            ctx.say(format_args!(
                "generated passwords (if any) are in {}",
                p.display()
            ));
        }
        Ok(if failed.is_empty() {
            exit::OK
        } else {
            exit::PARTIAL
        })
    }
}

/// A row that failed its checks has no parsed username: its report line still
/// says which user it was about (the username, else the email, as typed), so a
/// reader can find the row without counting lines.
fn name_invalid_rows(input: &Input, outcomes: &mut [Outcome]) {
    let typed: HashMap<usize, &Value> = input
        .rows
        .iter()
        .filter_map(|r| r.value.as_ref().ok().map(|v| (r.n, v)))
        .collect();
    for o in outcomes.iter_mut().filter(|o| o.key.is_empty()) {
        let Some(v) = typed.get(&o.row) else { continue };
        o.key = import_row::key_of(v);
    }
}

/// A misspelt column would fail every row alike: one usage error naming every
/// unknown column (with the closest known name) instead, before anything is applied.
fn check_columns(file: &str, input: &Input) -> Result<()> {
    let keys = input.rows.iter().flat_map(|r| match &r.value {
        Ok(serde_json::Value::Object(map)) => map.keys().map(String::as_str).collect(),
        _ => Vec::new(),
    });
    let unknown = import_row::unknown_columns(keys);
    if unknown.is_empty() {
        return Ok(());
    }
    Err(crate::exit::usage(format!(
        "{file}: unknown column{} {}; known columns: {}, metadata.<key>. Nothing was imported",
        if unknown.len() == 1 { "" } else { "s" },
        unknown.join(", "),
        import_row::KNOWN.join(", ")
    )))
}

/// How checked rows are applied (shared by `ws users import` and `ws apply`).
pub struct RowRun<'a> {
    /// `--on-exists`.
    pub on_exists: OnExists,
    /// Decide only; no write call.
    pub dry_run: bool,
    /// Rows in flight at once.
    pub parallel: usize,
    /// The generated-passwords file, when asked for.
    pub passwords: Option<&'a Mutex<std::fs::File>>,
}

/// Resolves names, lists what exists, applies the rows `parallel` at a time; the
/// outcomes come back in row order.
pub async fn apply_rows(
    ctx: &Ctx,
    api: ZitadelApi<'_>,
    lim: &Limiter,
    rows: &[(usize, Result<UserRow, String>)],
    default_org: Option<&str>,
    opts: RowRun<'_>,
) -> Result<Vec<Outcome>> {
    let (orgs, projects) = names(rows, default_org);
    let snap = Snapshot::load(&api, lim, orgs, projects).await?;
    let (jobs, mut outcomes) = resolve(rows, default_org, &snap);
    let runner = Runner {
        api,
        lim,
        snap: &snap,
        on_exists: opts.on_exists,
        dry_run: opts.dry_run,
        passwords: opts.passwords,
    };
    let bar = Progress::new(ctx, rows.len(), "users");
    for _ in &outcomes {
        bar.inc();
    }
    let applied: Vec<Outcome> = futures::stream::iter(jobs.iter())
        .map(|j| async {
            let o = runner.apply(j).await;
            bar.inc();
            o
        })
        .buffer_unordered(opts.parallel.max(1))
        .collect()
        .await;
    bar.finish();
    outcomes.extend(applied);
    outcomes.sort_by_key(|o| o.row);
    Ok(outcomes)
}

/// The distinct org and project names the rows use.
fn names(
    rows: &[(usize, Result<UserRow, String>)],
    default_org: Option<&str>,
) -> (BTreeSet<String>, BTreeSet<String>) {
    let (mut orgs, mut projects) = (BTreeSet::new(), BTreeSet::new());
    for row in rows.iter().filter_map(|(_, r)| r.as_ref().ok()) {
        if let Some(o) = row.org.as_deref().or(default_org) {
            orgs.insert(o.to_owned());
        }
        projects.extend(row.roles.keys().cloned());
    }
    (orgs, projects)
}

/// Rows with orgs and projects resolved, and the rows that fail before any call:
/// unparsable, invalid, unknown org or project, or a username the file already had.
fn resolve<'r>(
    rows: &'r [(usize, Result<UserRow, String>)],
    default_org: Option<&str>,
    snap: &Snapshot,
) -> (Vec<Resolved<'r>>, Vec<Outcome>) {
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let (mut jobs, mut failed) = (Vec::new(), Vec::new());
    for (n, r) in rows {
        let row = match r {
            Ok(row) => row,
            Err(e) => {
                failed.push(Outcome::failed(*n, "", e));
                continue;
            }
        };
        match resolve_one(*n, row, default_org, snap, &mut seen) {
            Ok(job) => jobs.push(job),
            Err(e) => failed.push(Outcome::failed(*n, row.username.clone(), e)),
        }
    }
    (jobs, failed)
}

fn resolve_one<'r>(
    n: usize,
    row: &'r UserRow,
    default_org: Option<&str>,
    snap: &Snapshot,
    seen: &mut HashMap<(String, String), usize>,
) -> Result<Resolved<'r>, String> {
    let org_name = row
        .org
        .as_deref()
        .or(default_org)
        .ok_or("no org column value and no --org")?;
    let org = match snap.orgs.get(org_name) {
        Some(Ok(id)) => id.clone(),
        Some(Err(e)) => return Err(format!("unknown org: {e}")),
        None => return Err(format!("unknown org '{org_name}'")),
    };
    let mut roles = std::collections::BTreeMap::new();
    for (project, keys) in &row.roles {
        let id = match snap.projects.get(project) {
            Some(Ok(id)) => id,
            Some(Err(e)) => return Err(format!("unknown project: {e}")),
            None => return Err(format!("unknown project '{project}'")),
        };
        let place = match snap.access.get(id) {
            Some(access) => {
                let place = access.placement(&org);
                if let Some(why) = place.refusal(access, keys) {
                    return Err(why);
                }
                place.org_id.to_owned()
            }
            None => org.clone(),
        };
        roles.insert(id.clone(), (place, keys.clone()));
    }
    let key = (org.clone(), row.username.to_lowercase());
    if let Some(first) = seen.get(&key) {
        return Err(format!(
            "duplicate username '{}' in the file (first in row {first})",
            row.username
        ));
    }
    seen.insert(key, n);
    Ok(Resolved {
        n,
        row,
        org,
        org_name: org_name.to_owned(),
        roles,
    })
}

/// The generated-passwords file, 0600, with its header.
fn open_passwords(path: &std::path::Path) -> Result<std::fs::File> {
    use std::io::Write;
    let mut f = ws_client::fsutil::create_private(path)?;
    f.write_all(b"username,org,password\n")
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(f)
}
