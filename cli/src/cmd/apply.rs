//! `ws apply -f tenant.yaml` and `ws plan -f tenant.yaml`: bring organizations,
//! projects, roles, project grants, users (with metadata) and their authorizations to
//! the state a file describes. Structure first ([`structure`]), then the users through
//! the same row machinery as `ws users import` (`--on-exists update`: the file is the
//! desired state). `plan` = `apply --dry-run`: only read calls, every item reported as
//! create/update/unchanged/delete. `--prune` also removes projects, roles, grants and
//! human users of the listed organizations that the file does not list (never
//! organizations, machine users, the caller itself, or authorizations' extra roles).
//! The report and exit codes are those of `ws users import` (3 when an item failed).
//! A real `--prune` run is planned first and the deletions confirmed (their count typed
//! back on a terminal, or `--yes`).

pub mod spec;
pub mod structure;

use std::collections::BTreeSet;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use serde_json::{Value, json};
use ws_client::admin::limiter::Limiter;
use ws_client::admin::paging;
use ws_client::admin::str_field;
use ws_client::admin::users::{self, UserFilter};

use crate::bulk::report::{self, Action, Outcome, Tally};
use crate::cmd::admin_util;
use crate::cmd::users::import::{OnExists, RowRun, apply_rows};
use crate::cmd::users::import_row::{self, UserRow};
use crate::confirm::{self, Ask, Yes};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};
use spec::Tenant;
use structure::Structure;

/// Apply (or plan) a tenant file.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:
  ws plan -f config/tenant.example.yaml          what would change (no write call)
  ws apply -f config/tenant.example.yaml         make it so (idempotent)
  ws apply -f tenant.yaml --prune --dry-run      also show what --prune would remove
  ws apply -f tenant.yaml --prune --yes          remove them without asking (scripts)
  ws apply -f tenant.yaml --report out.csv       per-item report (row,key,action,id,error)")]
pub struct Cmd {
    /// The tenant file (YAML or JSON), or - for stdin
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    file: String,
    /// Show the differences; make no write call (what `ws plan` does)
    #[arg(long)]
    dry_run: bool,
    /// Also remove projects, roles, grants and human users of the listed organizations
    /// that the file does not list
    #[arg(long)]
    prune: bool,
    /// Users applied at the same time
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=256))]
    parallel: u16,
    /// Write the per-item report to FILE (CSV if it ends in .csv, else JSON lines)
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    #[command(flatten)]
    yes: Yes,
}

impl Cmd {
    /// Plans or applies; `plan` forces a dry run.
    pub async fn run(mut self, ctx: &Ctx, plan: bool) -> Result<i32> {
        self.dry_run |= plan;
        let text = if self.file == "-" {
            ctx.read_stdin()?
        } else {
            std::fs::read_to_string(&self.file)
                .with_context(|| format!("cannot read {}", self.file))?
        };
        let tenant =
            Tenant::parse(&text).map_err(|e| exit::usage(format!("{}: {e}", self.file)))?;
        if self.prune && !self.dry_run {
            self.confirm_prune(ctx, &tenant).await?;
        }
        let lim = Limiter::default();
        let outcomes = self.outcomes(ctx, &tenant, self.dry_run, &lim).await?;
        self.finish(ctx, &outcomes, &lim)
    }

    /// Plans the run and, when it deletes anything, lists the deletions and asks for
    /// their count to be typed back (refused up front without a terminal or `--yes`).
    async fn confirm_prune(&self, ctx: &Ctx, tenant: &Tenant) -> Result<()> {
        const ACTION: &str = "delete what the file does not list";
        confirm::can_ask(ctx, self.yes, ACTION)?;
        if self.yes.yes {
            return Ok(());
        }
        let plan = self
            .outcomes(ctx, tenant, true, &Limiter::default())
            .await?;
        let deletes: Vec<&Outcome> = plan.iter().filter(|o| o.action == Action::Delete).collect();
        if deletes.is_empty() {
            return Ok(());
        }
        for o in &deletes {
            ctx.say(format_args!("would delete {}", o.key));
        }
        let count = deletes.len().to_string();
        let action = format!("delete these {count} items the file does not list");
        confirm::confirm(ctx, self.yes, &action, Ask::Type(&count))
    }

    /// Applies (or, with `dry_run`, plans) the tenant; the outcomes in file order.
    async fn outcomes(
        &self,
        ctx: &Ctx,
        tenant: &Tenant,
        dry_run: bool,
        lim: &Limiter,
    ) -> Result<Vec<Outcome>> {
        let api = admin_util::api(ctx)?;
        let mut st = Structure {
            api,
            lim,
            dry_run,
            prune: self.prune,
            outcomes: Vec::new(),
            org_ids: Default::default(),
        };
        st.apply(tenant).await;
        let mut outcomes = std::mem::take(&mut st.outcomes);
        let planned_projects: BTreeSet<String> = outcomes
            .iter()
            .filter(|o| o.action == Action::Create && o.id.is_empty())
            .filter_map(|o| o.key.strip_prefix("project:"))
            .filter_map(|k| k.split_once('/').map(|(_, p)| p.to_owned()))
            .collect();
        let base = outcomes.len();
        let (rows, stripped) = user_rows(tenant, base, &planned_projects);
        let (known, planned): (Vec<_>, Vec<_>) = rows
            .into_iter()
            .partition(|(_, org, _)| st.org_ids.contains_key(org.as_str()));
        for (n, org, row) in planned {
            outcomes.push(match row {
                Ok(r) => Outcome {
                    row: n,
                    key: format!("user:{org}/{}", r.username),
                    action: Action::Create,
                    id: String::new(),
                    error: String::new(),
                },
                Err(e) => Outcome::failed(n, format!("user:{org}/"), e),
            });
        }
        let checked: Vec<(usize, Result<UserRow, String>)> =
            known.iter().map(|(n, _, r)| (*n, r.clone())).collect();
        let opts = RowRun {
            on_exists: OnExists::Update,
            dry_run,
            parallel: usize::from(self.parallel),
            passwords: None,
        };
        for mut o in apply_rows(ctx, api, lim, &checked, None, opts).await? {
            let org = known
                .iter()
                .find(|(n, _, _)| *n == o.row)
                .map(|(_, org, _)| org.as_str())
                .unwrap_or("");
            o.key = format!("user:{org}/{}", o.key);
            if o.action == Action::Unchanged && stripped.contains(&o.row) {
                o.action = Action::Update; // roles on a project this run would create
            }
            outcomes.push(o);
        }
        if self.prune {
            self.prune_users(ctx, tenant, &st, &mut outcomes).await?;
        }
        outcomes.sort_by_key(|o| o.row);
        Ok(outcomes)
    }

    /// Deletes (plans deleting) human users of listed orgs that the file does not list.
    async fn prune_users(
        &self,
        ctx: &Ctx,
        t: &Tenant,
        st: &Structure<'_>,
        out: &mut Vec<Outcome>,
    ) -> Result<()> {
        let api = st.api;
        let me = ctx.session()?.userinfo().await.ok();
        let me = me
            .as_ref()
            .map(|u| str_field(u, "sub").to_owned())
            .unwrap_or_default();
        for o in &t.orgs {
            let Some(org) = st.org_ids.get(&o.name) else {
                continue;
            };
            let wanted: BTreeSet<String> = o
                .users
                .iter()
                .filter_map(|u| u.get("username").and_then(Value::as_str))
                .map(str::to_lowercase)
                .collect();
            let filter = UserFilter {
                org_id: Some(org.clone()),
                ..UserFilter::default()
            };
            let call = users::list_call(&filter);
            let all = st.lim.call(|| paging::all(&api, &call, None)).await?;
            for u in all.iter().filter(|u| u.get("human").is_some()) {
                let (id, name) = (users::id_of(u), str_field(u, "username"));
                if wanted.contains(&name.to_lowercase()) || id == me {
                    continue;
                }
                let row = out.len() + 1;
                let key = format!("user:{}/{name}", o.name);
                let r = if st.dry_run {
                    Ok(())
                } else {
                    st.lim
                        .call(|| users::call(&api, "DeleteUser", &id))
                        .await
                        .map(drop)
                };
                out.push(match r {
                    Ok(()) => Outcome {
                        row,
                        key,
                        action: Action::Delete,
                        id,
                        error: String::new(),
                    },
                    Err(e) => Outcome {
                        id,
                        ..Outcome::failed(row, key, e)
                    },
                });
            }
        }
        Ok(())
    }

    fn finish(&self, ctx: &Ctx, outcomes: &[Outcome], lim: &Limiter) -> Result<i32> {
        let records: Vec<Value> = outcomes.iter().map(Outcome::to_json).collect();
        output::print(ctx, Shape::List(&records), report::COLUMNS)?;
        if let Some(path) = &self.report {
            report::write_file(path, outcomes)?;
        }
        if lim.retries() > 0 {
            ctx.say(format_args!(
                "{} calls retried ({} answered 429 Too Many Requests)",
                lim.retries(),
                lim.throttled()
            ));
        }
        let tally = Tally::of(outcomes);
        ctx.say(tally.summary("items", self.dry_run));
        Ok(if tally.failed > 0 {
            exit::PARTIAL
        } else {
            exit::OK
        })
    }
}

/// Users of every org as import rows (numbered after the structure items), with roles
/// on projects that a dry run would only create removed; the second value lists the
/// rows that lost roles that way.
#[allow(clippy::type_complexity)]
fn user_rows(
    t: &Tenant,
    base: usize,
    planned_projects: &BTreeSet<String>,
) -> (
    Vec<(usize, String, Result<UserRow, String>)>,
    BTreeSet<usize>,
) {
    let mut rows = Vec::new();
    let mut stripped = BTreeSet::new();
    for o in &t.orgs {
        for u in &o.users {
            let n = base + rows.len() + 1;
            let mut v = u.clone();
            if let Value::Object(m) = &mut v {
                m.insert("org".into(), json!(o.name));
            }
            let row = import_row::parse(&v).map(|mut r| {
                let before = r.roles.len();
                r.roles.retain(|p, _| !planned_projects.contains(p));
                if r.roles.len() != before {
                    stripped.insert(n);
                }
                r
            });
            rows.push((n, o.name.clone(), row));
        }
    }
    (rows, stripped)
}
