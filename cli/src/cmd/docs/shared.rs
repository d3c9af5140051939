//! Helpers of the `ws docs` verbs: the API handle, error mapping (412 → exit 6),
//! reading a body from a file or stdin, and printing docs.

use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;
use serde_json::Value;
use ws_client::workspace::WorkspaceApi;

use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// The workspace API of the context's session.
pub fn api(ctx: &Ctx) -> Result<WorkspaceApi<'_>> {
    Ok(WorkspaceApi::new(ctx.session()?))
}

/// Keeps the client error in the chain (exit 4 auth, 5 not found, …) and turns a 412
/// into exit 6 with what to do about it.
pub fn fail(e: ws_client::Error, doc: &str) -> anyhow::Error {
    if let ws_client::Error::Api(api) = &e
        && api.status == 412
    {
        return exit::with_code(
            exit::CONFLICT,
            format!(
                "doc {doc} changed on the server: {}\n\
                 Nothing was written. Run `ws docs get {doc}` to see the current version, \
                 then retry with its number in --if-version.",
                api.message
            ),
        );
    }
    e.into()
}

/// A body from `path`, or from stdin when `path` is `-`.
pub fn read_body(ctx: &Ctx, path: &Path) -> Result<String> {
    if path.as_os_str() == "-" {
        return ctx.read_stdin().context("cannot read the body from stdin");
    }
    std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
}

/// A wire value as the JSON the output module renders.
pub fn value(v: &impl Serialize) -> Result<Value> {
    Ok(serde_json::to_value(v)?)
}

/// Prints one record with the given default columns.
pub fn print_one(ctx: &Ctx, v: &impl Serialize, fields: &[&str]) -> Result<()> {
    output::print(ctx, Shape::One(&value(v)?), fields)
}

/// Prints a list with the given default columns.
pub fn print_list<T: Serialize>(ctx: &Ctx, items: &[T], fields: &[&str]) -> Result<()> {
    let values = items.iter().map(value).collect::<Result<Vec<_>>>()?;
    output::print(ctx, Shape::List(&values), fields)
}
