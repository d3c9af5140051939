//! [`SdkVenv`]: a Python virtual environment with the official ZITADEL Python SDK
//! (PyPI `zitadel-client`, pinned), for tests that drive the server with it; and
//! [`cached_venv`], the same cache for any pinned packages (e.g. the OpenAPI validator).
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
        let pip = format!("zitadel-client=={ZITADEL_CLIENT_VERSION}");
        let dir = cached_venv(
            cache_dir,
            &format!("py-zitadel-client-{ZITADEL_CLIENT_VERSION}"),
            ZITADEL_CLIENT_VERSION,
            &[&pip],
        )?;
        Ok(SdkVenv { dir })
    }

    /// The venv's interpreter.
    pub fn python(&self) -> PathBuf {
        self.dir.join("bin/python")
    }
}

/// The venv `cache_dir/name` holding the pip requirements `packages`, created (with
/// pip, from PyPI) unless it is there and marked with `marker` (change the marker
/// with the pins). Returns its directory; the interpreter is `bin/python` in it.
pub fn cached_venv(
    cache_dir: &Path,
    name: &str,
    marker: &str,
    packages: &[&str],
) -> anyhow::Result<PathBuf> {
    let dir = cache_dir.join(name);
    let ready = |dir: &Path| {
        std::fs::read_to_string(dir.join(".ready")).is_ok_and(|v| v.trim() == marker)
            && dir.join("bin/python").exists()
    };
    if ready(&dir) {
        return Ok(dir);
    }
    std::fs::create_dir_all(cache_dir)?;
    let scratch = cache_dir.join(format!("{name}-building-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    build(&scratch, packages)?;
    std::fs::write(scratch.join(".ready"), marker)?;
    if std::fs::rename(&scratch, &dir).is_err() {
        // Another test process finished first: use its venv.
        let _ = std::fs::remove_dir_all(&scratch);
    }
    if !ready(&dir) {
        bail!("the venv at {} is not usable", dir.display());
    }
    Ok(dir)
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

fn build(dir: &Path, packages: &[&str]) -> anyhow::Result<()> {
    let python = base_python();
    run(
        Command::new(&python).arg("-m").arg("venv").arg(dir),
        &format!(
            "{} -m venv (on Debian: apt-get install python3-venv)",
            python.display()
        ),
    )?;
    run(
        Command::new(dir.join("bin/python"))
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ])
            .args(packages),
        &format!("pip install {}", packages.join(" ")),
    )?;
    Ok(())
}
