//! The signing keys' private halves at rest: sealed with the master key
//! ([`crate::master_key`]) when made, opened when loaded, and on every load
//! brought up to the current master key: rows stored in plain PEM before
//! encryption at rest, and rows sealed with a previous master key, are re-sealed.
//! `ws-server rotate-master-key` runs the same pass with the new key.

use ws_storage::{SigningKey as StoredKey, Store};
use zeroize::Zeroizing;

use super::keys::KeyError;
use crate::master_key::MasterKeys;

/// What a sealing pass changed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SealReport {
    /// Rows that held a plain PEM and are now sealed.
    pub sealed_plain: usize,
    /// Rows sealed with another (previous) master key, now sealed with the current one.
    pub resealed: usize,
    /// Rows already sealed with the current key.
    pub unchanged: usize,
}

/// Seals every stored signing key with the current master key of `keys`. A row
/// another process changes meanwhile is left to that process (compare-and-swap).
/// Fails, changing nothing more, on a row sealed with a key `keys` does not hold.
pub async fn seal_stored_keys(store: &Store, keys: &MasterKeys) -> Result<SealReport, KeyError> {
    let mut report = SealReport::default();
    let current = keys.current().id();
    for row in store.keys.list_signing_keys().await? {
        let was_plain = match MasterKeys::sealed_with(&row.private_key) {
            Some(kid) if kid == current => {
                report.unchanged += 1;
                continue;
            }
            Some(_) => false,
            None => true,
        };
        let pem = open_private_key(keys, &row)?;
        let sealed = keys.seal(&row.id, pem.as_bytes());
        if store
            .keys
            .replace_signing_key_material(&row.id, &row.private_key, &sealed)
            .await?
        {
            if was_plain {
                report.sealed_plain += 1;
            } else {
                report.resealed += 1;
            }
        }
    }
    if report.sealed_plain + report.resealed > 0 {
        tracing::info!(
            master_key = %current,
            sealed_plain = report.sealed_plain,
            resealed = report.resealed,
            "sealed the stored signing keys with the master key"
        );
    }
    Ok(report)
}

/// The PEM of a stored key: opened with the master keys, or as stored when the row
/// predates encryption at rest (the next sealing pass seals it).
pub(crate) fn open_private_key(
    keys: &MasterKeys,
    row: &StoredKey,
) -> Result<Zeroizing<String>, KeyError> {
    if !MasterKeys::is_sealed(&row.private_key) {
        return Ok(Zeroizing::new(row.private_key.clone()));
    }
    let what = format!("signing key '{}'", row.id);
    let bytes = keys.open(&what, &row.id, &row.private_key)?;
    let pem = std::str::from_utf8(&bytes).map_err(|_| KeyError::Corrupt(row.id.clone()))?;
    Ok(Zeroizing::new(pem.to_owned()))
}
