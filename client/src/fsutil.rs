//! Small file-system helpers: atomic writes (temp file, fsync, rename) and private
//! directories, used by the config editor and the credentials file; private (0600)
//! files for secrets the command line writes out (key files, generated passwords).

use std::io::Write;
use std::path::Path;

use crate::error::Error;

/// Writes `bytes` to `path` atomically: a temp file in the same directory, fsync,
/// rename over the target, fsync of the directory. With `mode`, the file gets that
/// mode before any byte is written and the parent directory is created 0700.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8], mode: Option<u32>) -> Result<(), Error> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if mode.is_some() {
        create_private_dir(dir)?;
    } else {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::io(format!("cannot create {}", dir.display()), e))?;
    }
    let ctx = |what: &str| format!("cannot {what} {}", path.display());
    // tempfile creates the file 0600 on Unix, so a secret is never briefly world-readable.
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::io(ctx("write"), e))?;
    #[cfg(unix)]
    if let Some(mode) = mode {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .map_err(|e| Error::io(ctx("chmod"), e))?;
    }
    tmp.write_all(bytes)
        .map_err(|e| Error::io(ctx("write"), e))?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| Error::io(ctx("fsync"), e))?;
    #[cfg(unix)]
    if mode.is_none() {
        // Keep the usual permissions for non-secret files such as config.toml.
        use std::os::unix::fs::PermissionsExt;
        let _ = tmp
            .as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644));
    }
    tmp.persist(path)
        .map_err(|e| Error::io(ctx("replace"), e.error))?;
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Creates `dir` (and parents) and makes it 0700.
pub(crate) fn create_private_dir(dir: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::io(format!("cannot create {}", dir.display()), e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
            .map_err(|e| Error::io(format!("cannot chmod {}", dir.display()), e))?;
    }
    Ok(())
}

/// Writes a file only its owner may read (0600 on Unix, created so before any byte is
/// written): key files, generated passwords. The directory is not changed.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let mut f = create_private(path)?;
    f.write_all(bytes)
        .and_then(|()| f.sync_all())
        .map_err(|e| Error::io(format!("cannot write {}", path.display()), e))
}

/// Creates (or truncates) a file that only its owner may read, for writing secrets
/// into as they arrive; an existing file is made 0600 before it is truncated.
pub fn create_private(path: &Path) -> Result<std::fs::File, Error> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let ctx = || format!("cannot create {}", path.display());
    let f = opts.open(path).map_err(|e| Error::io(ctx(), e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        f.set_permissions(std::fs::Permissions::from_mode(0o600))
            .map_err(|e| Error::io(ctx(), e))?;
    }
    f.set_len(0).map_err(|e| Error::io(ctx(), e))?;
    Ok(f)
}
