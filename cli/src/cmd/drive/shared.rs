//! What the `ws drive` verbs share: the API handle, remote path resolution
//! (`folder/sub/file` from My Drive, or `id:ID` for anything, e.g. a shared item),
//! rendering, and progress bars that appear only when stderr is a terminal.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::Value;
use ws_api::workspace::drive::{DriveItem, ItemKind};
use ws_client::workspace::drive::upload::Progress;
use ws_client::workspace::drive::{Drive, Listing};

use crate::ctx::Ctx;
use crate::exit;

/// The drive API of the context's session.
pub fn drive(ctx: &Ctx) -> Result<Drive<'_>> {
    Ok(Drive::new(ctx.session()?)?)
}

/// The prefix that names an item by id instead of by path.
pub const ID_PREFIX: &str = "id:";

/// Splits a remote path into its segments (`/a//b/` → `[a, b]`).
pub fn segments(path: &str) -> Vec<&str> {
    path.split('/')
        .filter(|s| !s.is_empty() && *s != ".")
        .collect()
}

/// The item a remote path names: `id:ID`, or a path from My Drive (empty = My Drive).
pub async fn resolve(drive: &Drive<'_>, path: &str) -> Result<DriveItem> {
    if let Some(id) = path.strip_prefix(ID_PREFIX) {
        return Ok(drive.get(id).await?);
    }
    let mut current = drive.get("root").await?;
    for (i, name) in segments(path).iter().enumerate() {
        let children = drive.list(&Listing::Folder(current.id.clone())).await?;
        current = children
            .into_iter()
            .find(|c| c.name == *name)
            .ok_or_else(|| {
                let so_far = segments(path)[..=i].join("/");
                exit::with_code(
                    exit::NOT_FOUND,
                    format!("no file or folder '{so_far}' in My Drive"),
                )
            })?;
    }
    Ok(current)
}

/// The child `name` of folder `parent_id`, if there is one.
pub async fn child(drive: &Drive<'_>, parent_id: &str, name: &str) -> Result<Option<DriveItem>> {
    let children = drive.list(&Listing::Folder(parent_id.to_owned())).await?;
    Ok(children.into_iter().find(|c| c.name == name))
}

/// Splits `a/b/name` into the folder `a/b` (resolved) and `name`.
pub async fn parent_and_name(drive: &Drive<'_>, path: &str) -> Result<(DriveItem, String)> {
    let segs = segments(path);
    let Some((name, dirs)) = segs.split_last() else {
        return Err(exit::usage("the path needs a name, e.g. folder/new-name"));
    };
    let parent = resolve(drive, &dirs.join("/")).await?;
    Ok((parent, (*name).to_owned()))
}

/// An item as a record for the output layer.
pub fn record(item: &DriveItem) -> Value {
    serde_json::to_value(item).unwrap_or(Value::Null)
}

/// A byte count for people: `1.5 MiB`.
pub fn human(bytes: u64) -> String {
    indicatif::HumanBytes(bytes).to_string()
}

/// Whether an item is a folder.
pub fn is_folder(item: &DriveItem) -> bool {
    item.kind == ItemKind::Folder
}

/// Progress bars on stderr, drawn only when it is a terminal.
pub struct Bars {
    multi: MultiProgress,
}

impl Bars {
    /// Bars for this context (hidden unless stderr is a terminal).
    pub fn new(ctx: &Ctx) -> Self {
        let target = if ctx.io.err_tty {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        Self {
            multi: MultiProgress::with_draw_target(target),
        }
    }

    /// A bar for one transfer of `len` bytes (unknown length: a spinner with bytes
    /// and rate), and the callback that moves it.
    pub fn transfer(&self, label: &str, len: Option<u64>) -> (ProgressBar, Progress) {
        let bar = match len {
            Some(n) => ProgressBar::new(n).with_style(
                ProgressStyle::with_template(
                    "{msg:24!} {bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
            ),
            None => ProgressBar::new_spinner().with_style(
                ProgressStyle::with_template("{msg:24!} {spinner} {bytes} {binary_bytes_per_sec}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            ),
        };
        let bar = self.multi.add(bar.with_message(label.to_owned()));
        bar.enable_steady_tick(Duration::from_millis(200));
        let handle = bar.clone();
        (bar, Arc::new(move |pos| handle.set_position(pos)))
    }
}
