//! `ws docs resolve DOC COMMENT [--reopen]`: marks a thread resolved, or open again.

use anyhow::Result;
use clap::Args;

use super::shared::{api, fail, print_one};
use crate::ctx::Ctx;
use crate::exit;

/// Resolve or reopen a comment thread.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Doc id
    doc: String,
    /// The thread's opening comment id (see `ws docs comments`)
    comment: String,
    /// Reopen a resolved thread instead
    #[arg(long)]
    reopen: bool,
}

impl Cmd {
    /// Changes the thread's state and prints it.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = api(ctx)?;
        let thread = api
            .resolve_doc_comment(&self.doc, &self.comment, !self.reopen)
            .await
            .map_err(|e| fail(e, &self.doc))?;
        let verb = if thread.resolved {
            "Resolved"
        } else {
            "Reopened"
        };
        ctx.say(format_args!("{verb} thread {}", thread.comment.id));
        print_one(
            ctx,
            &thread,
            &["id", "author", "resolved", "resolved_by", "body"],
        )?;
        Ok(exit::OK)
    }
}
