//! `ws docs comments DOC`: the doc's comment threads, oldest first. JSON and YAML
//! keep threads nested; tables and CSV show one row per comment, replies under
//! their thread.

use anyhow::Result;
use clap::Args;
use serde_json::{Value, json};
use ws_client::OutputFormat;
use ws_client::ws_api::workspace::docs::CommentThread;

use super::shared::{api, fail, print_list};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// List a doc's comment threads.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Doc id
    doc: String,
    /// Leave out resolved threads
    #[arg(long)]
    open: bool,
}

/// One row per comment: the thread's opening comment, then its replies.
pub fn rows(threads: &[CommentThread]) -> Vec<Value> {
    let mut rows = Vec::new();
    for t in threads {
        let state = if t.resolved { "resolved" } else { "open" };
        rows.push(json!({
            "thread": t.comment.id, "id": t.comment.id, "author": t.comment.author,
            "created_at": t.comment.created_at, "state": state,
            "quote": t.comment.quote, "body": t.comment.body,
        }));
        for r in &t.replies {
            rows.push(json!({
                "thread": t.comment.id, "id": r.id, "author": r.author,
                "created_at": r.created_at, "state": "", "quote": null,
                "body": format!("↳ {}", r.body),
            }));
        }
    }
    rows
}

impl Cmd {
    /// Lists and prints.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = api(ctx)?;
        let mut threads = api
            .doc_comments(&self.doc)
            .await
            .map_err(|e| fail(e, &self.doc))?;
        if self.open {
            threads.retain(|t| !t.resolved);
        }
        match ctx.format() {
            OutputFormat::Table | OutputFormat::Csv => {
                let fields = ["thread", "id", "author", "created_at", "state", "body"];
                output::print(ctx, Shape::List(&rows(&threads)), &fields)?;
            }
            _ => print_list(ctx, &threads, &[])?,
        }
        Ok(exit::OK)
    }
}
