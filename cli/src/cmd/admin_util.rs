//! Helpers shared by the identity-administration commands (`orgs`, `users`, …): the
//! API handle, error mapping, list arguments, `--org` resolution and list printing.

use anyhow::Result;
use clap::Args;
use serde_json::Value;
use ws_client::admin::paging::{self, ListCall};
use ws_client::admin::{AdminError, orgs};
use ws_client::zitadel::ZitadelApi;
use ws_client::{OutputFormat, Session};

use crate::ctx::Ctx;
use crate::output::{self, Shape};

/// The Zitadel API of the context's session.
pub fn api(ctx: &Ctx) -> Result<ZitadelApi<'_>> {
    let session: &Session = ctx.session()?;
    Ok(ZitadelApi::new(session))
}

/// Keeps the typed error in the chain so the exit code (5 not found, …) is right.
pub fn fail(e: AdminError) -> anyhow::Error {
    match e {
        AdminError::Api(e) => e.into(),
        AdminError::Resolve(e) => e.into(),
    }
}

/// `--search` and `--limit`, common to every list.
#[derive(Debug, Clone, Args)]
pub struct ListArgs {
    /// Only items whose name (users: username, email or display name) contains TEXT, any case
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Stop after N items (all pages are fetched otherwise)
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

/// `--limit` alone, for lists the API cannot search: a `--search` there would be
/// accepted and ignored.
#[derive(Debug, Clone, Args)]
pub struct LimitArg {
    /// Stop after N items (all pages are fetched otherwise)
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

/// The organization `--org` / `WS_ORG` / the profile's `default_org` names, as an id.
pub async fn org_id(ctx: &Ctx, api: &ZitadelApi<'_>) -> Result<Option<String>> {
    let Some(name) = ctx.profile()?.default_org.clone() else {
        return Ok(None);
    };
    let org = orgs::resolve(api, &name).await.map_err(fail)?;
    Ok(Some(orgs::id_of(&org)))
}

/// Fetches every page of `call` and prints the items; JSON lines are streamed page by
/// page, the other formats need all rows (column widths, one document).
pub async fn print_list(
    ctx: &Ctx,
    api: &ZitadelApi<'_>,
    call: &ListCall<'_>,
    limit: Option<usize>,
    default_fields: &[&str],
) -> Result<()> {
    if ctx.format() == OutputFormat::Jsonl {
        let mut failure = None;
        paging::for_each(api, call, limit, paging::MAX_PAGE, |page| {
            if let Err(e) = output::print(ctx, Shape::List(&page), default_fields) {
                failure.get_or_insert(e);
            }
            Ok(())
        })
        .await?;
        return failure.map_or(Ok(()), Err);
    }
    let items: Vec<Value> = paging::all(api, call, limit).await?;
    output::print(ctx, Shape::List(&items), default_fields)
}
