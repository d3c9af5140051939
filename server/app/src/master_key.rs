//! Where the master key that encrypts secrets at rest comes from, in this order:
//! `identity.master_key_file`, or the key itself in `identity.master_key`
//! (`WS_SERVER__IDENTITY__MASTER_KEY`), or else `master.key` in the data directory,
//! created with mode 0600 at the first start. A key file readable by group or others
//! is refused. Errors name the source, never the key.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use ws_identity::master_key::{MasterKey, MasterKeys};
use zeroize::Zeroizing;

use crate::config::IdentitySection;

/// The master key file in the data directory when none is configured.
pub const MASTER_KEY_FILE: &str = "master.key";

/// Where the configured (current) master key comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    /// A file named by `identity.master_key_file`.
    File(PathBuf),
    /// `identity.master_key`, usually `WS_SERVER__IDENTITY__MASTER_KEY`.
    Inline,
    /// `master.key` in the data directory.
    DataDir(PathBuf),
}

impl KeySource {
    /// The source `identity` selects.
    pub fn of(identity: &IdentitySection, data_dir: &Path) -> anyhow::Result<Self> {
        match (&identity.master_key_file, &identity.master_key) {
            (Some(_), Some(_)) => bail!(
                "both identity.master_key_file and identity.master_key \
                 (WS_SERVER__IDENTITY__MASTER_KEY) are set: set only one"
            ),
            (Some(path), None) => Ok(Self::File(path.clone())),
            (None, Some(_)) => Ok(Self::Inline),
            (None, None) => Ok(Self::DataDir(data_dir.join(MASTER_KEY_FILE))),
        }
    }
}

/// The master keys of `identity`: the current key (created in the data directory
/// when nothing is configured) and the previous one during a rotation.
pub fn load(identity: &IdentitySection, data_dir: &Path) -> anyhow::Result<MasterKeys> {
    let current = match KeySource::of(identity, data_dir)? {
        KeySource::File(path) => read_key_file(&path, "identity.master_key_file")?,
        KeySource::Inline => {
            let secret = identity.master_key.as_ref().expect("KeySource::Inline");
            MasterKey::parse(
                secret.expose().as_bytes(),
                "identity.master_key (WS_SERVER__IDENTITY__MASTER_KEY)",
            )?
        }
        KeySource::DataDir(path) => data_dir_key(&path)?,
    };
    let mut keys = MasterKeys::new(current);
    if let Some(path) = &identity.previous_master_key_file {
        keys = keys.with_previous(read_key_file(path, "identity.previous_master_key_file")?);
    }
    Ok(keys)
}

/// Reads a key file after checking that only its owner can read it; `key` names
/// the configuration key that pointed at it.
pub fn read_key_file(path: &Path, key: &str) -> anyhow::Result<MasterKey> {
    refuse_if_shared(path, key)?;
    let text =
        Zeroizing::new(std::fs::read(path).with_context(|| {
            format!("cannot read the master key file {} ({key})", path.display())
        })?);
    Ok(MasterKey::parse(
        &text,
        format!("the file {} ({key})", path.display()),
    )?)
}

/// The data directory's key: read when it exists, else made and written.
fn data_dir_key(path: &Path) -> anyhow::Result<MasterKey> {
    if path.exists() {
        return read_key_file(path, "the default, in the data directory");
    }
    let source = format!(
        "the file {} (the default, in the data directory)",
        path.display()
    );
    let (key, text) = MasterKey::generate(source);
    write_new_key_file(path, &text)?;
    tracing::info!(
        path = %path.display(),
        master_key = %key.id(),
        "created a new master key; back it up with the database, which cannot be read without it"
    );
    Ok(key)
}

/// Writes `text` to `path` with mode 0600, failing if `path` exists: the content is
/// written to a temporary file that is then hard-linked into place, so a concurrent
/// start sees either no file or the whole key.
pub fn write_new_key_file(path: &Path, text: &str) -> anyhow::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".{MASTER_KEY_FILE}.{}.tmp", uuid::Uuid::new_v4()));
    let written = write_private(&tmp, text).and_then(|()| {
        std::fs::hard_link(&tmp, path)
            .with_context(|| format!("cannot create the master key file {}", path.display()))
    });
    let _ = std::fs::remove_file(&tmp);
    written
}

fn write_private(path: &Path, text: &str) -> anyhow::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("cannot write {}", path.display()))
}

/// Refuses a key file that group or others may read or write.
fn refuse_if_shared(path: &Path, key: &str) -> anyhow::Result<()> {
    let open = crate::file_mode::open_to_others(path)
        .with_context(|| format!("cannot read the master key file {} ({key})", path.display()))?;
    if let Some(mode) = open {
        bail!(
            "the master key file {} ({key}) is accessible to group or others (mode {mode:03o}): \
             run `chmod 600 {}` (in Kubernetes: defaultMode: 0400 on the secret volume)",
            path.display(),
            path.display()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Secret;

    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn the_default_key_is_created_once_with_mode_0600_and_then_reused() {
        let dir = tempfile::tempdir().unwrap();
        let identity = IdentitySection::default();
        let first = load(&identity, dir.path()).unwrap();
        let path = dir.path().join(MASTER_KEY_FILE);
        assert_eq!(mode(&path), 0o600);
        let again = load(&identity, dir.path()).unwrap();
        assert_eq!(first.current().id(), again.current().id());
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_key_file_others_can_read_is_refused_saying_how_to_fix_it() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        load(&IdentitySection::default(), dir.path()).unwrap();
        let path = dir.path().join(MASTER_KEY_FILE);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let err = format!(
            "{:#}",
            load(&IdentitySection::default(), dir.path()).unwrap_err()
        );
        assert!(err.contains("mode 644"), "{err}");
        assert!(
            err.contains(&format!("chmod 600 {}", path.display())),
            "{err}"
        );
    }

    #[test]
    fn a_configured_file_or_the_environment_wins_and_both_at_once_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("prod.key");
        write_new_key_file(&file, "MasterkeyNeedsToHave32Characters\n").unwrap();
        let mut identity = IdentitySection {
            master_key_file: Some(file.clone()),
            ..IdentitySection::default()
        };
        let from_file = load(&identity, dir.path()).unwrap();
        assert!(!dir.path().join(MASTER_KEY_FILE).exists());
        identity.master_key = Some(Secret::new("MasterkeyNeedsToHave32Characters"));
        let err = load(&identity, dir.path()).unwrap_err().to_string();
        assert!(err.contains("set only one"), "{err}");
        identity.master_key_file = None;
        let from_env = load(&identity, dir.path()).unwrap();
        assert_eq!(from_env.current().id(), from_file.current().id());

        identity.master_key = Some(Secret::new("too-short-secret-value"));
        let err = load(&identity, dir.path()).unwrap_err().to_string();
        assert!(err.contains("WS_SERVER__IDENTITY__MASTER_KEY"), "{err}");
        assert!(!err.contains("too-short-secret-value"), "{err}");
    }

    #[test]
    fn a_missing_configured_file_names_the_key_and_the_path() {
        let identity = IdentitySection {
            master_key_file: Some("/nonexistent/ws.key".into()),
            ..IdentitySection::default()
        };
        let err = format!("{:#}", load(&identity, Path::new("/tmp")).unwrap_err());
        assert!(err.contains("/nonexistent/ws.key"), "{err}");
        assert!(err.contains("identity.master_key_file"), "{err}");
    }
}
