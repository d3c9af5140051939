//! Remembered upload sessions, so re-running an interrupted `ws drive upload`
//! continues where the server's committed offset is instead of starting over.
//!
//! One small JSON file per upload under `$XDG_STATE_HOME/ws/uploads/` (the cache dir
//! where there is no state dir), named by a digest of the source's absolute path,
//! size and modification time plus the destination: a changed file never resumes
//! into an old session.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// What is remembered about an upload in progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    /// The server's upload session id.
    pub session_id: String,
    /// The API base it belongs to (a session on another server is useless).
    pub api: String,
}

/// The directory of remembered uploads.
#[derive(Debug, Clone)]
pub struct ResumeStore {
    dir: PathBuf,
}

impl ResumeStore {
    /// The default place, or `None` when the platform has neither a state nor a cache dir.
    pub fn default_location() -> Option<Self> {
        let base = dirs::state_dir().or_else(dirs::cache_dir)?;
        Some(Self::at(base.join("ws").join("uploads")))
    }

    /// Remembered uploads under `dir`.
    pub fn at(dir: PathBuf) -> Self {
        Self { dir }
    }

    /// The key of uploading `source` (as it is now) to `destination`.
    pub fn key(source: &Path, size: u64, modified: SystemTime, destination: &str) -> String {
        let abs = std::path::absolute(source).unwrap_or_else(|_| source.to_owned());
        let mtime = modified
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        let mut h = Sha256::new();
        for part in [
            abs.to_string_lossy().as_bytes(),
            &size.to_le_bytes(),
            &mtime.to_le_bytes(),
            destination.as_bytes(),
        ] {
            h.update((part.len() as u64).to_le_bytes());
            h.update(part);
        }
        hex::encode(h.finalize())
    }

    fn file(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.json"))
    }

    /// The upload remembered under `key`, if any (an unreadable file counts as none).
    pub fn load(&self, key: &str) -> Option<Pending> {
        let text = std::fs::read(self.file(key)).ok()?;
        serde_json::from_slice(&text).ok()
    }

    /// Remembers an upload (written to a temporary file, then renamed).
    pub fn save(&self, key: &str, pending: &Pending) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let tmp = self.dir.join(format!("{key}.tmp"));
        std::fs::write(&tmp, serde_json::to_vec(pending)?)?;
        std::fs::rename(tmp, self.file(key))
    }

    /// Forgets an upload (finished, or its session is gone).
    pub fn forget(&self, key: &str) {
        let _ = std::fs::remove_file(self.file(key));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn keys_change_with_size_mtime_and_destination() {
        let p = Path::new("/tmp/a.bin");
        let t = UNIX_EPOCH + Duration::from_secs(1000);
        let k = ResumeStore::key(p, 10, t, "root/a.bin");
        assert_eq!(k, ResumeStore::key(p, 10, t, "root/a.bin"));
        assert_ne!(k, ResumeStore::key(p, 11, t, "root/a.bin"));
        assert_ne!(
            k,
            ResumeStore::key(p, 10, t + Duration::from_nanos(1), "root/a.bin")
        );
        assert_ne!(k, ResumeStore::key(p, 10, t, "root/b.bin"));
    }

    #[test]
    fn saved_uploads_load_back_until_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let store = ResumeStore::at(dir.path().join("uploads"));
        let pending = Pending {
            session_id: "42".into(),
            api: "http://x".into(),
        };
        assert_eq!(store.load("k"), None);
        store.save("k", &pending).unwrap();
        assert_eq!(store.load("k"), Some(pending));
        store.forget("k");
        assert_eq!(store.load("k"), None);
    }
}
