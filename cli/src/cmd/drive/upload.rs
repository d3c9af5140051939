//! `ws drive upload SRC [DEST]`: a file, a folder (`-r`) or stdin (`-`) into a drive
//! folder. Files go through resumable sessions (re-running an interrupted upload
//! continues from the server's committed offset); a file already there with the same
//! sha256 is skipped; `--parallel N` moves N files at once. A folder upload goes on
//! past a failed file, prints one line per item and a summary, and exits 3 when
//! some failed; symbolic links are skipped unless `--follow-links`.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use bytes::Bytes;
use clap::Args;
use futures::{SinkExt, StreamExt};
use serde_json::Value;
use ws_api::workspace::drive::{CreateFolder, DriveItem};
use ws_client::workspace::drive::download::local_sha256;
use ws_client::workspace::drive::resume::ResumeStore;
use ws_client::workspace::drive::upload::{self, DEFAULT_CHUNK, UploadOptions};
use ws_client::workspace::drive::{Drive, is_transient};

use super::shared::{self, Bars};
use crate::ctx::Ctx;
use crate::exit;
use crate::output::{self, Shape};

/// Upload files or folders (or stdin with `-`).
#[derive(Debug, Args)]
pub struct Cmd {
    /// Local file or folder, or `-` for stdin
    src: String,
    /// Drive folder to upload into (path from My Drive, or id:ID); My Drive by default
    dest: Option<String>,
    /// Name on the drive (default: the local name; required for stdin)
    #[arg(long)]
    name: Option<String>,
    /// Upload a folder and everything in it
    #[arg(short, long)]
    recursive: bool,
    /// Files transferred at once
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=64))]
    parallel: u16,
    /// Replace files of the same name that differ (otherwise they are a conflict)
    #[arg(long, visible_alias = "update")]
    overwrite: bool,
    /// Upload what symbolic links point to (by default they are skipped, and said so)
    #[arg(long)]
    follow_links: bool,
    /// Bytes per upload request
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_CHUNK, hide = true)]
    chunk_size: u64,
}

/// What happened to one file.
enum Outcome {
    Uploaded(DriveItem),
    Unchanged(DriveItem),
}

impl Cmd {
    /// Uploads and prints the resulting items.
    pub async fn run(self, ctx: &Ctx) -> Result<i32> {
        let drive = shared::drive(ctx)?;
        let folder = shared::resolve(&drive, self.dest.as_deref().unwrap_or("")).await?;
        if !shared::is_folder(&folder) {
            return Err(exit::usage(format!(
                "'{}' is a file; upload into a folder",
                folder.name
            )));
        }
        let bars = Bars::new(ctx);
        let items = if self.src == "-" {
            vec![self.upload_stdin(ctx, &drive, &folder, &bars).await?]
        } else {
            self.upload_path(ctx, &drive, &folder, &bars).await?
        };
        output::print(ctx, Shape::List(&items), super::FIELDS)?;
        Ok(if items.iter().any(|i| i["status"] == "failed") {
            exit::PARTIAL
        } else {
            exit::OK
        })
    }

    async fn upload_stdin(
        &self,
        ctx: &Ctx,
        drive: &Drive<'_>,
        folder: &DriveItem,
        bars: &Bars,
    ) -> Result<Value> {
        let name = self
            .name
            .clone()
            .ok_or_else(|| exit::usage("uploading stdin needs --name"))?;
        let opts = self.options(folder, name.clone());
        let (bar, progress) = bars.transfer(&name, None);
        let item =
            upload::upload_stream(drive, stdin_stream(ctx.take_stdin()), &opts, progress).await?;
        bar.finish_and_clear();
        Ok(shared::record(&item))
    }

    async fn upload_path(
        &self,
        ctx: &Ctx,
        drive: &Drive<'_>,
        folder: &DriveItem,
        bars: &Bars,
    ) -> Result<Vec<Value>> {
        let src = PathBuf::from(&self.src);
        let meta =
            std::fs::metadata(&src).with_context(|| format!("cannot read {}", src.display()))?;
        let local_name = || {
            src.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        let name = self.name.clone().unwrap_or_else(local_name);
        if !meta.is_dir() {
            let outcome = self.one_file(ctx, drive, folder, &src, &name, bars).await?;
            return Ok(vec![record(outcome, &name)]);
        }
        if !self.recursive {
            return Err(exit::usage(format!(
                "{} is a folder; add --recursive",
                src.display()
            )));
        }
        let Walk {
            files,
            links,
            unreadable,
        } = local_files(&src, self.follow_links)?;
        for link in &links {
            ctx.say(format_args!(
                "skipped {} (a symbolic link; --follow-links uploads what it points to)",
                link.display()
            ));
        }
        let unreadable: Vec<Value> = unreadable
            .iter()
            .map(|(rel, why)| {
                let label = rel.display().to_string();
                ctx.say(format_args!("failed {label}: {why}"));
                failed(&label, &anyhow::anyhow!("{why}"))
            })
            .collect();
        let top = ensure_folder(drive, folder, &name).await?;
        let mut folders = std::collections::HashMap::from([(String::new(), top)]);
        let mut jobs = Vec::new();
        for rel in &files {
            let parent =
                ensure_path(drive, &mut folders, rel.parent().unwrap_or(Path::new(""))).await?;
            let file_name = rel
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            jobs.push((rel, parent, file_name));
        }
        let src = &src;
        let mut items: Vec<Value> = futures::stream::iter(jobs.iter())
            .map(|(rel, parent, file_name)| async move {
                let label = rel.display().to_string();
                match self
                    .one_file(ctx, drive, parent, &src.join(rel), file_name, bars)
                    .await
                {
                    Ok(outcome) => record(outcome, &label),
                    Err(e) => {
                        ctx.say(format_args!("failed {label}: {e:#}"));
                        failed(&label, &e)
                    }
                }
            })
            .buffer_unordered(usize::from(self.parallel))
            .collect()
            .await;
        items.extend(unreadable);
        items.sort_by(|a, b| a["path"].as_str().cmp(&b["path"].as_str()));
        ctx.say(summary(&items, links.len()));
        Ok(items)
    }

    fn options(&self, folder: &DriveItem, name: String) -> UploadOptions {
        UploadOptions {
            parent_id: Some(folder.id.clone()),
            name,
            overwrite: self.overwrite,
            chunk_size: self.chunk_size,
        }
    }

    async fn one_file(
        &self,
        ctx: &Ctx,
        drive: &Drive<'_>,
        folder: &DriveItem,
        path: &Path,
        name: &str,
        bars: &Bars,
    ) -> Result<Outcome> {
        if let Some(existing) = shared::child(drive, &folder.id, name).await?
            && existing.sha256.is_some()
            && local_sha256(path).await? == existing.sha256
        {
            ctx.say(format_args!("unchanged {name} (same sha256 on the drive)"));
            return Ok(Outcome::Unchanged(existing));
        }
        let size = std::fs::metadata(path).map(|m| m.len()).ok();
        let (bar, progress) = bars.transfer(name, size);
        let resume = ResumeStore::default_location();
        let done = upload::upload_file(
            drive,
            path,
            &self.options(folder, name.to_owned()),
            resume.as_ref(),
            progress,
        )
        .await
        .map_err(|e| resumable(e, name, resume.is_some()))?;
        bar.finish_and_clear();
        if done.resumed_from > 0 {
            ctx.say(format_args!(
                "uploaded {name}: resumed at byte {}, sent {} bytes{}",
                done.resumed_from,
                done.sent,
                resent(done.resent)
            ));
        } else {
            ctx.say(format_args!(
                "uploaded {name} ({})",
                shared::human(done.item.size)
            ));
        }
        Ok(Outcome::Uploaded(done.item))
    }
}

/// The clause on bytes sent again after broken requests, if any were.
fn resent(bytes: u64) -> String {
    match bytes {
        0 => String::new(),
        n => format!(" (and {n} again after interrupted requests)"),
    }
}

/// An upload that gave up on a server that stayed unreachable or failing (its retries
/// spent) can go on later: the error says how, since the server keeps what it got.
fn resumable(e: ws_client::Error, name: &str, remembered: bool) -> anyhow::Error {
    if remembered && is_transient(&e) {
        anyhow::Error::new(e).context(format!(
            "uploading {name} stopped; run the same command again to resume from what the server kept"
        ))
    } else {
        e.into()
    }
}

/// The output row of one uploaded or unchanged file; `path` is its local path
/// (relative to the uploaded folder).
fn record(outcome: Outcome, path: &str) -> Value {
    let (item, status) = match outcome {
        Outcome::Uploaded(i) => (i, "uploaded"),
        Outcome::Unchanged(i) => (i, "unchanged"),
    };
    let mut v = shared::record(&item);
    v["status"] = Value::String(status.into());
    v["path"] = Value::String(path.into());
    v
}

/// The output row of a file that failed: its local path, name and the reason.
fn failed(path: &str, e: &anyhow::Error) -> Value {
    let name = Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    serde_json::json!({
        "name": name,
        "path": path,
        "status": "failed",
        "error": format!("{e:#}"),
    })
}

/// `12 uploaded, 3 unchanged, 1 failed` (and the skipped links, if any).
fn summary(items: &[Value], skipped: usize) -> String {
    let count = |status: &str| items.iter().filter(|i| i["status"] == status).count();
    let mut line = format!(
        "{} uploaded, {} unchanged, {} failed",
        count("uploaded"),
        count("unchanged"),
        count("failed")
    );
    if skipped > 0 {
        line.push_str(&format!(", {skipped} skipped"));
    }
    line
}

/// What a folder walk found: files to upload, symbolic links left out, and followed
/// links whose target cannot be read (with the reason), as paths relative to the
/// folder, sorted.
struct Walk {
    files: Vec<PathBuf>,
    links: Vec<PathBuf>,
    unreadable: Vec<(PathBuf, String)>,
}

/// Walks `dir`. Links are followed only when `follow` says so; a followed link to a
/// folder already being walked (a loop) is not entered twice, and one whose target is
/// missing or unreadable is noted and the walk goes on.
fn local_files(dir: &Path, follow: bool) -> Result<Walk> {
    let mut walk = Walk {
        files: Vec::new(),
        links: Vec::new(),
        unreadable: Vec::new(),
    };
    let mut seen = std::collections::HashSet::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let here = dir.join(&rel);
        if !seen.insert(std::fs::canonicalize(&here)?) {
            continue;
        }
        for entry in
            std::fs::read_dir(&here).with_context(|| format!("cannot read {}", here.display()))?
        {
            let entry = entry?;
            let child = rel.join(entry.file_name());
            let is_link = entry.file_type()?.is_symlink();
            if is_link && !follow {
                walk.links.push(child);
                continue;
            }
            match std::fs::metadata(entry.path()) {
                Ok(meta) if meta.is_dir() => stack.push(child),
                Ok(_) => walk.files.push(child),
                Err(e) if is_link => walk.unreadable.push((child, link_problem(&entry, &e))),
                Err(e) => {
                    return Err(e)
                        .with_context(|| format!("cannot read {}", entry.path().display()));
                }
            }
        }
    }
    walk.files.sort();
    walk.links.sort();
    walk.unreadable.sort();
    Ok(walk)
}

/// Why a followed link cannot be uploaded: `a symbolic link to TARGET, which does not
/// exist` (or the error reading it).
fn link_problem(entry: &std::fs::DirEntry, e: &std::io::Error) -> String {
    let target = std::fs::read_link(entry.path())
        .map(|t| t.display().to_string())
        .unwrap_or_else(|_| "?".into());
    if e.kind() == std::io::ErrorKind::NotFound {
        format!("a symbolic link to {target}, which does not exist")
    } else {
        format!("a symbolic link to {target}, which cannot be read: {e}")
    }
}

/// The child folder `name` of `parent`, created if missing.
async fn ensure_folder(drive: &Drive<'_>, parent: &DriveItem, name: &str) -> Result<DriveItem> {
    match shared::child(drive, &parent.id, name).await? {
        Some(f) if shared::is_folder(&f) => Ok(f),
        Some(_) => Err(exit::with_code(
            exit::CONFLICT,
            format!("'{name}' exists on the drive and is a file"),
        )),
        None => {
            let body = CreateFolder {
                parent_id: Some(parent.id.clone()),
                name: name.to_owned(),
            };
            Ok(drive.mkdir(&body).await?)
        }
    }
}

/// The drive folder for local relative folder `rel`, creating missing ones.
async fn ensure_path(
    drive: &Drive<'_>,
    known: &mut std::collections::HashMap<String, DriveItem>,
    rel: &Path,
) -> Result<DriveItem> {
    let mut key = String::new();
    let mut current = known[""].clone();
    for part in rel.iter() {
        let part = part.to_string_lossy();
        key = if key.is_empty() {
            part.to_string()
        } else {
            format!("{key}/{part}")
        };
        current = match known.get(&key) {
            Some(f) => f.clone(),
            None => {
                let f = ensure_folder(drive, &current, &part).await?;
                known.insert(key.clone(), f.clone());
                f
            }
        };
    }
    Ok(current)
}

/// Stdin as a stream of chunks, read on a thread so a slow pipe blocks no task.
fn stdin_stream(
    mut input: Box<dyn std::io::Read + Send>,
) -> impl futures::Stream<Item = std::io::Result<Bytes>> + Send + 'static {
    let (mut tx, rx) = futures::channel::mpsc::channel::<std::io::Result<Bytes>>(4);
    std::thread::spawn(move || {
        loop {
            let mut buf = vec![0; 256 * 1024];
            let item = match input.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    buf.truncate(n);
                    Ok(Bytes::from(buf))
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => Err(e),
            };
            let failed = item.is_err();
            if futures::executor::block_on(tx.send(item)).is_err() || failed {
                break;
            }
        }
    });
    rx
}
