//! Whether a file or directory holding credentials is open to other users: the one
//! permission test behind the data directory's warning, the directory credential's
//! warning and the master key's refusal.

use std::path::Path;

/// The permission bits of `path` when group or others may read, write or enter it;
/// `None` when only its owner may (and always on systems without Unix modes).
pub(crate) fn open_to_others(path: &Path) -> std::io::Result<Option<u32>> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)?.permissions().mode() & 0o777;
        Ok((mode & 0o077 != 0).then_some(mode))
    }
    #[cfg(not(unix))]
    {
        std::fs::metadata(path).map(|_| None)
    }
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn only_group_or_other_bits_count() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("secret");
        std::fs::write(&file, "x").unwrap();
        for (mode, open) in [
            (0o600, None),
            (0o400, None),
            (0o640, Some(0o640)),
            (0o602, Some(0o602)),
        ] {
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(mode)).unwrap();
            assert_eq!(open_to_others(&file).unwrap(), open, "{mode:o}");
        }
        assert!(open_to_others(&dir.path().join("missing")).is_err());
    }
}
