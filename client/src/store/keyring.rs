//! OS keyring access through the `keyring-core` store crates: Secret Service and kernel
//! keyutils on Linux, Keychain on macOS, Credential Manager on Windows. Every call runs
//! on its own thread under a timeout, because an absent or locked keyring can block
//! for two minutes; only a write proves a keyring works (reads say `NoEntry` even
//! when it is unusable).

use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;

use keyring_core::{CredentialStore, Entry};
use serde::Serialize;

/// Service name of every `ws` keyring entry.
const SERVICE: &str = "ws";

/// A keyring implementation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyringBackend {
    /// freedesktop Secret Service over D-Bus (gnome-keyring, KWallet).
    SecretService,
    /// Linux kernel session keyring (lost at reboot).
    Keyutils,
    /// macOS Keychain.
    Keychain,
    /// Windows Credential Manager.
    WindowsCredentialManager,
}

impl KeyringBackend {
    /// The desktop keyring of this platform (`--token-store keyring` and `auto`).
    pub fn platform_default() -> Option<Self> {
        if cfg!(target_os = "linux") {
            Some(Self::SecretService)
        } else if cfg!(target_os = "macos") {
            Some(Self::Keychain)
        } else if cfg!(target_os = "windows") {
            Some(Self::WindowsCredentialManager)
        } else {
            None
        }
    }

    /// A human name.
    pub fn name(self) -> &'static str {
        match self {
            Self::SecretService => "Secret Service keyring",
            Self::Keyutils => "kernel keyutils keyring",
            Self::Keychain => "macOS Keychain",
            Self::WindowsCredentialManager => "Windows Credential Manager",
        }
    }

    fn open(self) -> keyring_core::Result<Arc<CredentialStore>> {
        let unsupported = || {
            keyring_core::Error::NotSupportedByStore(format!(
                "{} is not available on this platform",
                self.name()
            ))
        };
        match self {
            #[cfg(target_os = "linux")]
            Self::SecretService => Ok(zbus_secret_service_keyring_store::Store::new()?),
            #[cfg(target_os = "linux")]
            Self::Keyutils => Ok(linux_keyutils_keyring_store::Store::new()?),
            #[cfg(target_os = "macos")]
            Self::Keychain => Ok(apple_native_keyring_store::keychain::Store::new()?),
            #[cfg(target_os = "windows")]
            Self::WindowsCredentialManager => Ok(windows_native_keyring_store::Store::new()?),
            #[allow(unreachable_patterns)]
            _ => Err(unsupported()),
        }
    }
}

/// Why a keyring operation failed, in words (no secrets).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{backend}: {reason}")]
pub struct KeyringError {
    /// Which keyring.
    pub backend: &'static str,
    /// What happened.
    pub reason: String,
}

/// One keyring, with a per-operation timeout.
#[derive(Debug, Clone)]
pub struct Keyring {
    backend: KeyringBackend,
    timeout: Duration,
}

impl Keyring {
    /// A keyring handle; nothing is contacted until an operation runs.
    pub fn new(backend: KeyringBackend, timeout: Duration) -> Self {
        Self { backend, timeout }
    }

    /// Which keyring this is.
    pub fn backend(&self) -> KeyringBackend {
        self.backend
    }

    /// Reads an account's secret; `Ok(None)` when there is no entry.
    pub fn get(&self, account: &str) -> Result<Option<String>, KeyringError> {
        self.run(account, |e| match e.get_password() {
            Ok(v) => Ok(Some(v)),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(err) => Err(err),
        })
    }

    /// Writes an account's secret.
    pub fn set(&self, account: &str, secret: String) -> Result<(), KeyringError> {
        self.run(account, move |e| e.set_password(&secret))
    }

    /// Deletes an account's secret; `Ok(false)` when there was none.
    pub fn delete(&self, account: &str) -> Result<bool, KeyringError> {
        self.run(account, |e| match e.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring_core::Error::NoEntry) => Ok(false),
            Err(err) => Err(err),
        })
    }

    /// Proves the keyring works: write, read back, delete a probe entry.
    pub fn probe(&self) -> Result<(), KeyringError> {
        let account = format!("probe-{}", uuid::Uuid::new_v4());
        let value = uuid::Uuid::new_v4().to_string();
        let expected = value.clone();
        self.run(&account, move |e| {
            e.set_password(&value)?;
            let back = e.get_password();
            let _ = e.delete_credential();
            match back {
                Ok(v) if v == expected => Ok(()),
                Ok(_) => Err(keyring_core::Error::BadStoreFormat(
                    "probe read back a different value".into(),
                )),
                Err(err) => Err(err),
            }
        })
    }

    /// Opens the store and runs `op` on a thread, giving up after the timeout (the
    /// thread is left behind: it cannot be cancelled, and the process exits soon).
    fn run<T, F>(&self, account: &str, op: F) -> Result<T, KeyringError>
    where
        T: Send + 'static,
        F: FnOnce(&Entry) -> keyring_core::Result<T> + Send + 'static,
    {
        let (tx, rx) = mpsc::channel();
        let backend = self.backend;
        let account = account.to_owned();
        let spawned = std::thread::Builder::new()
            .name("ws-keyring".into())
            .spawn(move || {
                let result = backend.open().and_then(|store| {
                    let entry = Entry::new_in_store(&store, SERVICE, &account)?;
                    op(&entry)
                });
                let _ = tx.send(result);
            });
        let fail = |reason: String| KeyringError {
            backend: backend.name(),
            reason,
        };
        spawned.map_err(|e| fail(format!("cannot start keyring thread: {e}")))?;
        match rx.recv_timeout(self.timeout) {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(err)) => Err(fail(describe(&err))),
            Err(_) => Err(fail(format!(
                "no answer within {} s (keyring daemon absent, locked or waiting for a prompt)",
                self.timeout.as_secs()
            ))),
        }
    }
}

/// A one-line description of a keyring error, with its platform cause.
fn describe(err: &keyring_core::Error) -> String {
    let mut text = err.to_string();
    let mut src = std::error::Error::source(err);
    while let Some(s) = src {
        let s_text = s.to_string();
        if !text.contains(&s_text) {
            text = format!("{text}: {s_text}");
        }
        src = s.source();
    }
    text
}
