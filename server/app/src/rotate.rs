//! `ws-server rotate-master-key`: re-encrypts every secret at rest under a new
//! master key, offline (stop the servers first, or rotate through configuration:
//! `identity.previous_master_key_file`). When the current key is the data
//! directory's default `master.key`, that file is replaced by the new key; a
//! configured key is the operator's to switch.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use ws_identity::tokens::key_sealing::{SealReport, seal_stored_keys};

use crate::config::ServerConfig;
use crate::master_key::{self, KeySource};

/// What a rotation did, for the operator.
#[derive(Debug)]
pub struct Rotation {
    /// The re-encryption pass.
    pub report: SealReport,
    /// The new key's id.
    pub new_key_id: String,
    /// The data directory's key file, when it was replaced by the new key.
    pub replaced_default: Option<PathBuf>,
}

/// Re-encrypts every stored secret of `config`'s database with the key in
/// `new_key_file`.
pub async fn rotate_master_key(
    config: &ServerConfig,
    new_key_file: &Path,
) -> anyhow::Result<Rotation> {
    let data_dir = config.server.data_dir.clone().context(
        "no data directory: pass --data DIR, set server.data_dir in the config file \
         or WS_SERVER__SERVER__DATA_DIR",
    )?;
    let source = KeySource::of(&config.identity, &data_dir)?;
    if let KeySource::DataDir(path) = &source
        && !path.exists()
    {
        bail!(
            "there is no master key to rotate: {} does not exist and neither \
             identity.master_key_file nor identity.master_key is set",
            path.display()
        );
    }
    let old = master_key::load(&config.identity, &data_dir)
        .context("cannot load the current master key")?;
    let new = master_key::read_key_file(new_key_file, "--new-key-file")?;
    let new_key_id = new.id().to_owned();
    let keys = old.rotate_to(new);
    let store = crate::server::open_store(&data_dir).await?;
    let report = seal_stored_keys(&store, &keys)
        .await
        .context("cannot re-encrypt the signing keys")?;
    let replaced_default = match source {
        KeySource::DataDir(path) => {
            replace_default_key(&path, new_key_file)?;
            Some(path)
        }
        _ => None,
    };
    Ok(Rotation {
        report,
        new_key_id,
        replaced_default,
    })
}

/// Puts the new key in place of the data directory's `master.key` (mode 0600,
/// renamed over it so the file is never half-written).
fn replace_default_key(path: &Path, new_key_file: &Path) -> anyhow::Result<()> {
    let text = zeroize::Zeroizing::new(
        std::fs::read_to_string(new_key_file)
            .with_context(|| format!("cannot read {}", new_key_file.display()))?,
    );
    let staged = path.with_extension("key.new");
    let _ = std::fs::remove_file(&staged);
    master_key::write_new_key_file(&staged, &text)?;
    std::fs::rename(&staged, path)
        .with_context(|| format!("cannot replace the master key file {}", path.display()))
}

impl Rotation {
    /// What to tell the operator.
    pub fn summary(&self, new_key_file: &Path) -> String {
        let r = &self.report;
        let mut out = format!(
            "re-encrypted {} signing key(s) with master key '{}' ({} were stored in plain, \
             {} already used it)\n",
            r.sealed_plain + r.resealed,
            self.new_key_id,
            r.sealed_plain,
            r.unchanged
        );
        match &self.replaced_default {
            Some(path) => out.push_str(&format!(
                "{} now holds the new key; back it up with the database\n",
                path.display()
            )),
            None => out.push_str(&format!(
                "now configure the new key (identity.master_key_file = \"{}\", or its content \
                 in WS_SERVER__IDENTITY__MASTER_KEY) before starting the servers\n",
                new_key_file.display()
            )),
        }
        out
    }
}
