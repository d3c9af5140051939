//! `ws docs export DOC [--format md|html|txt] [--file PATH|-] [--save]`: the doc as
//! a file, to stdout by default.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use ws_client::ws_api::workspace::docs::ExportFormat;

use super::shared::{api, fail};
use crate::ctx::Ctx;
use crate::exit;

/// Export formats, as flag values.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    /// Markdown source
    Md,
    /// A standalone HTML page
    Html,
    /// Plain text
    Txt,
}

/// Export a doc.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Doc id
    doc: String,
    /// Format
    #[arg(long, value_enum, default_value = "md")]
    format: Format,
    /// Write to PATH instead of stdout (`-` is stdout)
    #[arg(long, value_name = "PATH", conflicts_with = "save")]
    file: Option<PathBuf>,
    /// Write to the file name the server suggests, in the current directory
    #[arg(long)]
    save: bool,
}

impl Cmd {
    /// Downloads the export and writes it.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let format = match self.format {
            Format::Md => ExportFormat::Md,
            Format::Html => ExportFormat::Html,
            Format::Txt => ExportFormat::Txt,
        };
        let api = api(ctx)?;
        let export = api
            .export_doc(&self.doc, format)
            .await
            .map_err(|e| fail(e, &self.doc))?;
        let target = match (&self.file, self.save) {
            (_, true) => Some(PathBuf::from(&export.file_name)),
            (Some(p), _) if p.as_os_str() != "-" => Some(p.clone()),
            _ => None,
        };
        match target {
            Some(path) => {
                std::fs::write(&path, &export.content)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                ctx.say(format_args!(
                    "Wrote {} ({} bytes)",
                    path.display(),
                    export.content.len()
                ));
            }
            None => {
                let mut out = ctx.out();
                out.write_all(&export.content)?;
                out.flush()?;
            }
        }
        Ok(exit::OK)
    }
}
