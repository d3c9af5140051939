//! `ws docs comment DOC TEXT [--quote Q] [--reply-to COMMENT]`: opens a thread, or
//! replies in one.

use anyhow::Result;
use clap::Args;
use ws_client::ws_api::workspace::docs::NewComment;

use super::shared::{api, fail, print_one};
use crate::ctx::Ctx;
use crate::exit;

/// Comment on a doc.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Doc id
    doc: String,
    /// The comment (`-` reads it from stdin)
    text: String,
    /// The passage of the doc the new thread is about
    #[arg(long, conflicts_with = "reply_to")]
    quote: Option<String>,
    /// Reply in the thread of this comment instead of opening a new one
    #[arg(long, value_name = "COMMENT")]
    reply_to: Option<String>,
}

impl Cmd {
    /// Posts and prints the new comment.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let body = if self.text == "-" {
            ctx.read_stdin()?
        } else {
            self.text
        };
        let api = api(ctx)?;
        let new = NewComment {
            body,
            quote: self.quote,
        };
        let fields = ["id", "parent_id", "author", "created_at", "body"];
        match &self.reply_to {
            Some(cid) => {
                let reply = api
                    .reply_doc_comment(&self.doc, cid, &new)
                    .await
                    .map_err(|e| fail(e, &self.doc))?;
                ctx.say(format_args!(
                    "Replied in thread {}",
                    reply.parent_id.as_deref().unwrap_or(cid)
                ));
                print_one(ctx, &reply, &fields)?;
            }
            None => {
                let thread = api
                    .comment_doc(&self.doc, &new)
                    .await
                    .map_err(|e| fail(e, &self.doc))?;
                ctx.say(format_args!("Opened thread {}", thread.comment.id));
                print_one(ctx, &thread, &fields)?;
            }
        }
        Ok(exit::OK)
    }
}
