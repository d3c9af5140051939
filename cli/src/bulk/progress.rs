//! The progress bar of a bulk run: an `indicatif` bar on stderr only when stderr is a
//! terminal; otherwise nothing is drawn (logs and pipes stay clean).

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::ctx::Ctx;

/// A bar that may be hidden.
#[derive(Debug, Clone)]
pub struct Progress(ProgressBar);

impl Progress {
    /// A bar over `total` items, drawn only when stderr is a terminal.
    pub fn new(ctx: &Ctx, total: usize, what: &str) -> Self {
        if !ctx.io.err_tty {
            return Progress(ProgressBar::hidden());
        }
        let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
        let template = format!("{{bar:30}} {{pos}}/{{len}} {what} {{per_sec}} eta {{eta}}");
        if let Ok(style) = ProgressStyle::with_template(&template) {
            bar.set_style(style);
        }
        Progress(bar)
    }

    /// One more item done.
    pub fn inc(&self) {
        self.0.inc(1);
    }

    /// Removes the bar.
    pub fn finish(&self) {
        self.0.finish_and_clear();
    }
}
