//! `ws docs edit DOC`: opens the doc's Markdown in `$VISUAL` / `$EDITOR` (else `vi`)
//! and saves it as a new version only if nobody changed the doc meanwhile
//! (`If-Match` with the version opened). When the save is refused, the edited text
//! is kept in a file whose path is printed, and the exit code is 6.

use anyhow::{Context, Result};
use clap::Args;
use ws_client::ws_api::workspace::docs::UpdateDoc;

use super::shared::{api, fail, print_one};
use crate::ctx::Ctx;
use crate::exit;

/// Edit a doc in an editor.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Doc id
    doc: String,
}

/// The editor command: `$VISUAL`, else `$EDITOR`, else `vi`.
fn editor(ctx: &Ctx) -> String {
    ctx.env
        .get("VISUAL")
        .or_else(|| ctx.env.get("EDITOR"))
        .unwrap_or("vi")
        .to_owned()
}

/// Runs `editor` on `path` through the shell, so editors given with arguments
/// (`code --wait`) work; the path is passed as `$1`, never spliced into the script.
async fn run_editor(editor: &str, path: &std::path::Path) -> Result<()> {
    let status = tokio::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(path)
        .status()
        .await
        .with_context(|| format!("cannot start the editor '{editor}'"))?;
    if !status.success() {
        anyhow::bail!("the editor '{editor}' exited with {status}; nothing was saved");
    }
    Ok(())
}

impl Cmd {
    /// Fetches, edits, saves.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let api = api(ctx)?;
        let doc = api
            .get_doc(&self.doc)
            .await
            .map_err(|e| fail(e, &self.doc))?;
        let file = tempfile::Builder::new()
            .prefix("ws-doc-")
            .suffix(".md")
            .tempfile()
            .context("cannot create a temporary file to edit in")?;
        std::fs::write(file.path(), &doc.body)?;
        run_editor(&editor(ctx), file.path()).await?;
        let edited = std::fs::read_to_string(file.path())
            .with_context(|| format!("cannot read back {}", file.path().display()))?;
        if edited == doc.body {
            ctx.say(format_args!(
                "No changes; doc {} stays at version {}",
                doc.id, doc.version
            ));
            return Ok(exit::OK);
        }
        let change = UpdateDoc {
            title: None,
            body: Some(edited),
        };
        match api.update_doc(&doc.id, &change, Some(doc.version)).await {
            Ok(saved) => {
                ctx.say(format_args!(
                    "Saved doc {} as version {}",
                    saved.id, saved.version
                ));
                print_one(ctx, &saved, super::FIELDS)?;
                Ok(exit::OK)
            }
            Err(e) => {
                // Keep the person's work whatever went wrong.
                let (_, kept) = file.keep().context("cannot keep the edited file")?;
                ctx.say(format_args!(
                    "Your edited text is kept in {}",
                    kept.display()
                ));
                Err(fail(e, &doc.id))
            }
        }
    }
}
