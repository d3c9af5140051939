//! Files bootstrap leaves in the data directory. Secret files are created with mode
//! 0600 and written atomically (temporary file + rename), so a reader never sees a
//! half-written credential and a crash never leaves one world-readable.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::BootstrapError;

/// `DIR/bootstrap.json`: issuer and ids, no secrets.
pub const BOOTSTRAP_FILE: &str = "bootstrap.json";
/// `DIR/admin.pat`: the IAM_OWNER service account's personal access token.
pub const ADMIN_PAT_FILE: &str = "admin.pat";
/// `DIR/introspection-client.json`: the workspace API app's client id and secret.
pub const INTROSPECTION_CLIENT_FILE: &str = "introspection-client.json";
/// `DIR/demo-credentials.json`: the demo users' passwords (only with `--demo`).
pub const DEMO_CREDENTIALS_FILE: &str = "demo-credentials.json";

/// Writes `contents` to `dir/name` with mode 0600, replacing any previous file.
pub(crate) fn write_private(
    dir: &Path,
    name: &str,
    contents: &[u8],
) -> Result<PathBuf, BootstrapError> {
    let path = dir.join(name);
    let tmp = dir.join(format!(".{name}.tmp"));
    let io = |source| BootstrapError::File {
        path: path.clone(),
        source,
    };
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let mut f = opts.open(&tmp).map_err(io)?;
    // The mode above applies only to a new file; a stale temp file is tightened here.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        f.set_permissions(std::fs::Permissions::from_mode(0o600))
            .map_err(io)?;
    }
    f.write_all(contents).map_err(io)?;
    f.sync_all().map_err(io)?;
    drop(f);
    std::fs::rename(&tmp, &path).map_err(io)?;
    Ok(path)
}

/// Serializes `value` as pretty JSON into `dir/name` (mode 0600).
pub(crate) fn write_json<T: serde::Serialize>(
    dir: &Path,
    name: &str,
    value: &T,
) -> Result<PathBuf, BootstrapError> {
    let mut text = serde_json::to_vec_pretty(value).map_err(|e| BootstrapError::File {
        path: dir.join(name),
        source: std::io::Error::other(e),
    })?;
    text.push(b'\n');
    write_private(dir, name, &text)
}

/// Reads and parses `dir/name`; `Ok(None)` if it does not exist.
pub(crate) fn read_json<T: serde::de::DeserializeOwned>(
    dir: &Path,
    name: &str,
) -> Result<Option<T>, BootstrapError> {
    let path = dir.join(name);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| BootstrapError::File {
                path,
                source: std::io::Error::new(std::io::ErrorKind::InvalidData, e),
            }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(BootstrapError::File { path, source }),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn private_files_are_0600_and_replaced_whole() {
        let dir = tempfile::tempdir().unwrap();
        let p = write_private(dir.path(), "secret", b"one").unwrap();
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
        write_private(dir.path(), "secret", b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert!(!dir.path().join(".secret.tmp").exists());
    }
}
