//! `ws drive tree [PATH]`: a folder and everything below it.

use anyhow::Result;
use clap::Args;
use serde_json::Value;
use ws_api::workspace::drive::DriveItem;
use ws_client::OutputFormat;
use ws_client::workspace::drive::{Drive, Listing};

use super::shared;
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Show a folder and everything below it.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Folder (path from My Drive, or id:ID); My Drive by default
    path: Option<String>,
}

/// Every item below `folder`, depth first, with its path relative to it.
pub async fn walk(drive: &Drive<'_>, folder: &DriveItem) -> Result<Vec<(String, DriveItem)>> {
    let mut out = Vec::new();
    let mut stack = vec![(String::new(), folder.id.clone())];
    while let Some((prefix, id)) = stack.pop() {
        let children = drive.list(&Listing::Folder(id)).await?;
        // Reversed so the stack pops them in listing order.
        for child in children.into_iter().rev() {
            let path = format!("{prefix}{}", child.name);
            if shared::is_folder(&child) {
                stack.push((format!("{path}/"), child.id.clone()));
            }
            out.push((path, child));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

impl Cmd {
    /// Walks and prints: an indented tree for tables, records with `path` otherwise.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let drive = shared::drive(ctx)?;
        let root = shared::resolve(&drive, self.path.as_deref().unwrap_or("")).await?;
        if !shared::is_folder(&root) {
            return Err(exit::usage(format!(
                "'{}' is a file, not a folder",
                root.name
            )));
        }
        let items = walk(&drive, &root).await?;
        if ctx.format() != OutputFormat::Table {
            let records: Vec<Value> = items
                .iter()
                .map(|(path, item)| {
                    let mut v = shared::record(item);
                    v["path"] = Value::String(path.clone());
                    v
                })
                .collect();
            output::print(ctx, Shape::List(&records), &["path", "kind", "size", "id"])?;
            return Ok(exit::OK);
        }
        let mut text = format!("{}\n", root.name);
        for (path, item) in &items {
            let depth = path.matches('/').count();
            let size = if shared::is_folder(item) {
                String::from("/")
            } else {
                format!("  {}", shared::human(item.size))
            };
            text.push_str(&format!("{}{}{size}\n", "  ".repeat(depth + 1), item.name));
        }
        ctx.out().write_all(text.as_bytes())?;
        Ok(exit::OK)
    }
}
