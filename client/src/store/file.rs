//! The credentials-file store: one JSON file per profile, mode 0600, in a 0700
//! directory, written atomically; a file that others can read is refused.

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::fsutil;
use crate::tokens::TokenSet;

/// Marker that the fallback to this store has been announced once.
const ANNOUNCED_MARKER: &str = ".fallback-announced";

/// Credentials files under `<data_dir>/credentials/`.
#[derive(Debug, Clone)]
pub struct FileStore {
    dir: PathBuf,
}

impl FileStore {
    /// A store under `data_dir` (usually `$XDG_DATA_HOME/ws`).
    pub fn new(data_dir: &Path) -> Self {
        Self {
            dir: data_dir.join("credentials"),
        }
    }

    /// The file holding a profile's tokens.
    pub fn path(&self, profile: &str) -> PathBuf {
        self.dir.join(format!("{}.json", file_name(profile)))
    }

    /// Reads a profile's tokens; `None` when there is no file.
    pub fn load(&self, profile: &str) -> Result<Option<TokenSet>, Error> {
        let path = self.path(profile);
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Error::io(format!("cannot read {}", path.display()), e)),
        };
        check_private(&path, &meta)?;
        let bytes = std::fs::read(&path)
            .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
        serde_json::from_slice(&bytes).map(Some).map_err(|e| {
            Error::Store(format!(
                "{} is not a valid credentials file ({e}); delete it and run `ws auth login`",
                path.display()
            ))
        })
    }

    /// Writes a profile's tokens (0600, atomic).
    pub fn save(&self, profile: &str, tokens: &TokenSet) -> Result<PathBuf, Error> {
        let path = self.path(profile);
        let json = serde_json::to_vec_pretty(tokens).map_err(|e| Error::Store(e.to_string()))?;
        fsutil::write_atomic(&path, &json, Some(0o600))?;
        Ok(path)
    }

    /// Deletes a profile's file; returns whether one existed.
    pub fn delete(&self, profile: &str) -> Result<bool, Error> {
        let path = self.path(profile);
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(Error::io(format!("cannot delete {}", path.display()), e)),
        }
    }

    /// True the first time it is called for this directory (then records it), so the
    /// fallback to a file is announced once, not at every refresh.
    pub fn first_announcement(&self) -> bool {
        let marker = self.dir.join(ANNOUNCED_MARKER);
        if marker.exists() {
            return false;
        }
        let _ = fsutil::create_private_dir(&self.dir)
            .and_then(|()| std::fs::write(&marker, b"").map_err(|e| Error::io("marker", e)));
        true
    }
}

/// Profile names become file names; anything outside `[A-Za-z0-9_.-]` is hex-escaped.
fn file_name(profile: &str) -> String {
    profile
        .chars()
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '_' | '-' => c.to_string(),
            '.' => "%2e".to_owned(),
            c => format!("%{:02x}", c as u32),
        })
        .collect()
}

#[cfg(unix)]
fn check_private(path: &Path, meta: &std::fs::Metadata) -> Result<(), Error> {
    use std::os::unix::fs::PermissionsExt;
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(Error::Store(format!(
            "refusing to read {}: it is readable by others (mode {mode:04o}); run `chmod 600 {}` if you trust it, or delete it and run `ws auth login`",
            path.display(),
            path.display()
        )));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(_path: &Path, _meta: &std::fs::Metadata) -> Result<(), Error> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::{Grant, Secret};
    use std::os::unix::fs::PermissionsExt;

    fn tokens() -> TokenSet {
        TokenSet {
            issuer: "http://i".into(),
            client_id: Some("c".into()),
            access_token: Secret::new("at".into()),
            refresh_token: None,
            id_token: None,
            expires_at: None,
            scope: None,
            grant: Grant::PersonalAccessToken,
            renewal: None,
        }
    }

    #[test]
    fn round_trip_with_private_modes() {
        let tmp = tempfile::tempdir().unwrap();
        let store = FileStore::new(&tmp.path().join("ws"));
        assert!(store.load("dev").unwrap().is_none());
        let path = store.save("dev", &tokens()).unwrap();
        let file_mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        let dir_mode = std::fs::metadata(path.parent().unwrap())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!((file_mode, dir_mode), (0o600, 0o700));
        assert_eq!(store.load("dev").unwrap().unwrap(), tokens());
        // Overwrite keeps the mode and leaves no temp files behind.
        store.save("dev", &tokens()).unwrap();
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
        assert!(store.delete("dev").unwrap());
        assert!(!store.delete("dev").unwrap());
    }

    #[test]
    fn refuses_world_readable_file() {
        let tmp = tempfile::tempdir().unwrap();
        let store = FileStore::new(tmp.path());
        let path = store.save("p", &tokens()).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let err = store.load("p").unwrap_err().to_string();
        assert!(
            err.contains("readable by others (mode 0644)") && err.contains("chmod 600"),
            "{err}"
        );
    }

    #[test]
    fn odd_profile_names_stay_inside_the_dir() {
        let store = FileStore::new(Path::new("/d"));
        assert_eq!(
            store.path("../x"),
            Path::new("/d/credentials/%2e%2e%2fx.json")
        );
    }

    #[test]
    fn announces_once() {
        let tmp = tempfile::tempdir().unwrap();
        let store = FileStore::new(tmp.path());
        assert!(store.first_announcement());
        assert!(!store.first_announcement());
    }
}
