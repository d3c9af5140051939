//! Hidden `ws generate-assets DIR`: writes `DIR/completions/` (every shell) and
//! `DIR/man/` (a page per command). The repository's copies are produced with
//! `cargo run -p ws-cli --bin ws -- generate-assets .`, and a test fails when they are stale.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;
use clap::ValueEnum;
use clap_complete::Shell;

use crate::ctx::Ctx;
use crate::exit;

/// Write completion scripts and man pages.
#[derive(Debug, Args)]
pub struct Cmd {
    /// Directory that receives `completions/` and `man/`
    pub dir: PathBuf,
}

impl Cmd {
    /// Generates both trees.
    pub fn run(self, ctx: &Ctx) -> Result<i32> {
        generate(&self.dir)?;
        ctx.say(format_args!(
            "Wrote {} and {}",
            self.dir.join("completions").display(),
            self.dir.join("man").display()
        ));
        Ok(exit::OK)
    }
}

/// Writes completions and man pages under `dir`.
pub fn generate(dir: &Path) -> Result<()> {
    let comp = dir.join("completions");
    let man = dir.join("man");
    std::fs::create_dir_all(&comp).with_context(|| format!("cannot create {}", comp.display()))?;
    std::fs::create_dir_all(&man).with_context(|| format!("cannot create {}", man.display()))?;
    for shell in Shell::value_variants() {
        let mut cmd = crate::cli::command();
        clap_complete::generate_to(*shell, &mut cmd, "ws", &comp)
            .with_context(|| format!("cannot write {shell} completions"))?;
    }
    clap_mangen::generate_to(crate::cli::command(), &man).context("cannot write man pages")?;
    Ok(())
}
