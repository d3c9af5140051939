//! [`SdkVenv`]: a Python virtual environment with the official ZITADEL Python SDK
//! (PyPI `zitadel-client`, pinned), for tests that drive the server with it.
//!
//! The venv is cached under the target directory (`CARGO_TARGET_TMPDIR` of the test)
//! and reused while it holds the pinned version, so only the first run downloads.
//! It is built in a scratch directory and renamed into place when complete, so an
//! interrupted install is never mistaken for a ready one. The interpreter is
//! `$WS_TEST_PYTHON`, else `/usr/bin/python3` (Debian's, with `python3-venv`), else
//! `python3` on the PATH.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};

/// The SDK version the tests are written against.
pub const ZITADEL_CLIENT_VERSION: &str = "4.1.9";

/// A ready venv with `zitadel-client` installed.
#[derive(Debug, Clone)]
pub struct SdkVenv {
    /// The venv's directory.
    pub dir: PathBuf,
}

impl SdkVenv {
    /// The cached venv below `cache_dir`, created (with pip, from PyPI) if missing.
    pub fn ensure(cache_dir: &Path) -> anyhow::Result<SdkVenv> {
        let dir = cache_dir.join(format!("py-zitadel-client-{ZITADEL_CLIENT_VERSION}"));
        let venv = SdkVenv { dir };
        if venv.is_ready() {
            return Ok(venv);
        }
        std::fs::create_dir_all(cache_dir)?;
        let scratch = cache_dir.join(format!("py-zitadel-client-building-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&scratch);
        build(&scratch)?;
        if std::fs::rename(&scratch, &venv.dir).is_err() {
            // Another test process finished first: use its venv.
            let _ = std::fs::remove_dir_all(&scratch);
        }
        if !venv.is_ready() {
            bail!("the venv at {} is not usable", venv.dir.display());
        }
        Ok(venv)
    }

    /// The venv's interpreter.
    pub fn python(&self) -> PathBuf {
        self.dir.join("bin/python")
    }

    fn is_ready(&self) -> bool {
        std::fs::read_to_string(self.dir.join(".ready"))
            .is_ok_and(|v| v.trim() == ZITADEL_CLIENT_VERSION)
            && self.python().exists()
    }
}

fn base_python() -> PathBuf {
    if let Some(p) = std::env::var_os("WS_TEST_PYTHON") {
        return p.into();
    }
    let debian = Path::new("/usr/bin/python3");
    if debian.exists() {
        debian.to_owned()
    } else {
        "python3".into()
    }
}

fn run(cmd: &mut Command, what: &str) -> anyhow::Result<()> {
    let out = cmd
        .output()
        .with_context(|| format!("{what}: could not start"))?;
    if !out.status.success() {
        bail!(
            "{what} failed ({}):\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(())
}

fn build(dir: &Path) -> anyhow::Result<()> {
    let python = base_python();
    run(
        Command::new(&python).arg("-m").arg("venv").arg(dir),
        &format!(
            "{} -m venv (on Debian: apt-get install python3-venv)",
            python.display()
        ),
    )?;
    let pip = format!("zitadel-client=={ZITADEL_CLIENT_VERSION}");
    run(
        Command::new(dir.join("bin/python")).args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            &pip,
        ]),
        &format!("pip install {pip}"),
    )?;
    std::fs::write(dir.join(".ready"), ZITADEL_CLIENT_VERSION)?;
    Ok(())
}
