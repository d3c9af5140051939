//! Where tokens live: the OS keyring when it works, else a private file. The keyring
//! is proven by a write (with a timeout) when saving; when it fails the tokens go to
//! the file and the fallback is announced once, so a token once obtained is never
//! lost because a store failed. A keyring named explicitly (`--token-store keyring`
//! or `keyutils`) never falls back: its failure is an error.

pub mod file;
pub mod keyring;

use std::path::PathBuf;
use std::time::Duration;

use serde::Serialize;

pub use file::FileStore;
pub use keyring::{Keyring, KeyringBackend, KeyringError};

use crate::config::{Profile, TokenStoreKind};
use crate::error::Error;
use crate::tokens::TokenSet;

/// How long one keyring operation may take before the keyring counts as unusable.
pub const KEYRING_TIMEOUT: Duration = Duration::from_secs(3);

/// Where a token set is (or was put).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Location {
    /// An OS keyring.
    Keyring {
        /// Which one.
        backend: KeyringBackend,
    },
    /// The credentials file.
    File {
        /// Its path.
        path: PathBuf,
    },
    /// Not stored: `WS_TOKEN` from the environment.
    Environment,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::Keyring { backend } => f.write_str(backend.name()),
            Location::File { path } => write!(f, "file {}", path.display()),
            Location::Environment => f.write_str("environment (WS_TOKEN)"),
        }
    }
}

/// The result of a save: where the tokens went, and what to tell the user.
#[derive(Debug, Clone)]
pub struct Saved {
    /// Where the tokens are now.
    pub location: Location,
    /// A message for stderr (fallback announcement), when there is one.
    pub notice: Option<String>,
}

/// The token store of one profile.
#[derive(Debug, Clone)]
pub struct TokenStore {
    kind: TokenStoreKind,
    profile: String,
    account: String,
    issuer: String,
    file: FileStore,
    keyring: Option<Keyring>,
}

impl TokenStore {
    /// The store the profile asks for (`token_store`), with the default timeout.
    pub fn for_profile(profile: &Profile) -> Self {
        Self::with_timeout(profile, KEYRING_TIMEOUT)
    }

    /// As [`TokenStore::for_profile`] with a chosen keyring timeout.
    pub fn with_timeout(profile: &Profile, timeout: Duration) -> Self {
        let backend = match profile.token_store {
            TokenStoreKind::File => None,
            TokenStoreKind::Keyutils => Some(KeyringBackend::Keyutils),
            TokenStoreKind::Auto | TokenStoreKind::Keyring => KeyringBackend::platform_default(),
        };
        let issuer = profile.issuer.as_str().trim_end_matches('/').to_owned();
        Self {
            kind: profile.token_store,
            profile: profile.name.clone(),
            account: format!("{}|{}", profile.name, issuer),
            issuer,
            file: FileStore::new(&profile.data_dir),
            keyring: backend.map(|b| Keyring::new(b, timeout)),
        }
    }

    /// The configured kind.
    pub fn kind(&self) -> TokenStoreKind {
        self.kind
    }

    /// The keyring this store tries first, if any.
    pub fn keyring(&self) -> Option<&Keyring> {
        self.keyring.as_ref()
    }

    /// The credentials file path of this profile.
    pub fn file_path(&self) -> PathBuf {
        self.file.path(&self.profile)
    }

    /// Loads the profile's tokens. A credentials file, when present, is the current
    /// copy (a successful keyring save deletes it), so it is read first and the keyring
    /// — which may be slow or hang when broken — is not asked at all. Tokens issued by
    /// another issuer than the profile's are ignored.
    pub fn load(&self) -> Result<Option<(TokenSet, Location)>, Error> {
        if let Some(t) = self.file.load(&self.profile)? {
            if t.issuer.trim_end_matches('/') == self.issuer {
                return Ok(Some((
                    t,
                    Location::File {
                        path: self.file_path(),
                    },
                )));
            }
            return Ok(None);
        }
        let Some(kr) = &self.keyring else {
            return Ok(None);
        };
        // An unusable keyring reads as "no tokens": login will say where tokens go.
        match kr.get(&self.account) {
            Ok(Some(json)) => Ok(serde_json::from_str::<TokenSet>(&json).ok().map(|t| {
                (
                    t,
                    Location::Keyring {
                        backend: kr.backend(),
                    },
                )
            })),
            _ => Ok(None),
        }
    }

    /// Saves tokens: to the keyring when it accepts the write, else to the file.
    pub fn save(&self, tokens: &TokenSet) -> Result<Saved, Error> {
        let json = serde_json::to_string(tokens).map_err(|e| Error::Store(e.to_string()))?;
        let failure = match &self.keyring {
            None => None,
            Some(kr) => match kr.set(&self.account, json) {
                Ok(()) => {
                    // The file may hold an older fallback copy: it must not shadow this one.
                    let _ = self.file.delete(&self.profile);
                    return Ok(Saved {
                        location: Location::Keyring {
                            backend: kr.backend(),
                        },
                        notice: None,
                    });
                }
                Err(e) if self.kind != TokenStoreKind::Auto => {
                    // A store asked for by name is a decision (a policy against token
                    // files, say): falling back to a file would quietly overrule it.
                    return Err(Error::Store(format!(
                        "could not use the {e}, and the token store was set to {} \
                         (--token-store, WS_TOKEN_STORE or the profile); nothing was saved \
                         (the store auto falls back to a 0600 file)",
                        self.kind.as_str()
                    )));
                }
                Err(e) => Some(e),
            },
        };
        let path = self.file.save(&self.profile, tokens)?;
        let notice = failure.and_then(|e| {
            self.file.first_announcement().then(|| {
                format!(
                    "could not use the {e}; tokens saved to {} (mode 0600) instead",
                    path.display()
                )
            })
        });
        Ok(Saved {
            location: Location::File { path },
            notice,
        })
    }

    /// Deletes the profile's tokens everywhere they may be; returns where they were.
    pub fn delete(&self) -> Result<Vec<Location>, Error> {
        let mut removed = Vec::new();
        if let Some(kr) = &self.keyring
            && let Ok(true) = kr.delete(&self.account)
        {
            removed.push(Location::Keyring {
                backend: kr.backend(),
            });
        }
        if self.file.delete(&self.profile)? {
            removed.push(Location::File {
                path: self.file_path(),
            });
        }
        Ok(removed)
    }
}
