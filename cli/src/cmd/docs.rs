//! `ws docs`: Markdown documents on the workspace server — list, search, show,
//! create, edit in `$EDITOR`, update, delete, history and restore, comment threads
//! and exports. Writes can be made conditional on the version last seen
//! (`--if-version`); a stale one exits with 6 and changes nothing.

pub mod comment;
pub mod comments;
pub mod create;
pub mod edit;
pub mod export;
pub mod get;
pub mod history;
pub mod list;
pub mod resolve;
pub mod restore;
pub mod rm;
pub mod search;
pub mod shared;
pub mod update;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::ctx::Ctx;

/// Default table columns of a doc.
pub const FIELDS: &[&str] = &["id", "title", "version", "updated_at", "updated_by"];

/// Work with docs (Markdown documents).
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:
  ws docs ls                                  your docs and those shared with you
  ws docs search 'launch \"pad 39\"'            every word or quoted phrase must match
  ws docs create --title Notes --file notes.md
  echo '# Hi' | ws docs create --title Hi --file -
  ws docs get DOC --body > doc.md             just the Markdown
  ws docs edit DOC                            opens $VISUAL/$EDITOR, saves if unchanged on the server
  ws docs update DOC --file doc.md --if-version 3
  ws docs history DOC && ws docs restore DOC 2
  ws docs comment DOC 'Is May realistic?' --quote 'Ship in May'
  ws docs comment DOC 'Yes' --reply-to COMMENT && ws docs resolve DOC COMMENT
  ws docs export DOC --format html --file plan.html

Exit code 6 means the doc changed on the server since the version you named.")]
pub struct Cmd {
    #[command(subcommand)]
    command: Verb,
}

#[derive(Debug, Subcommand)]
enum Verb {
    /// List your docs and the docs shared with you, most recently changed first
    #[command(visible_alias = "list")]
    Ls(list::Cmd),
    /// Search titles and bodies of the docs you can see
    Search(search::Cmd),
    /// Show one doc
    Get(get::Cmd),
    /// Create a doc
    Create(create::Cmd),
    /// Edit a doc in $VISUAL or $EDITOR
    Edit(edit::Cmd),
    /// Change a doc's title or body
    Update(update::Cmd),
    /// Delete a doc with its history and comments (permanent)
    #[command(visible_alias = "delete", alias = "remove")]
    Rm(rm::Cmd),
    /// List a doc's versions, newest first
    History(history::Cmd),
    /// Make an old version the current one (as a new version)
    Restore(restore::Cmd),
    /// List a doc's comment threads
    Comments(comments::Cmd),
    /// Comment on a doc, or reply in a thread
    Comment(comment::Cmd),
    /// Resolve (or reopen) a comment thread
    Resolve(resolve::Cmd),
    /// Export a doc as Markdown, HTML or plain text
    Export(export::Cmd),
}

impl Cmd {
    /// Dispatches to the verb.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        match self.command {
            Verb::Ls(c) => c.run(ctx).await,
            Verb::Search(c) => c.run(ctx).await,
            Verb::Get(c) => c.run(ctx).await,
            Verb::Create(c) => c.run(ctx).await,
            Verb::Edit(c) => c.run(ctx).await,
            Verb::Update(c) => c.run(ctx).await,
            Verb::Rm(c) => c.run(ctx).await,
            Verb::History(c) => c.run(ctx).await,
            Verb::Restore(c) => c.run(ctx).await,
            Verb::Comments(c) => c.run(ctx).await,
            Verb::Comment(c) => c.run(ctx).await,
            Verb::Resolve(c) => c.run(ctx).await,
            Verb::Export(c) => c.run(ctx).await,
        }
    }
}
