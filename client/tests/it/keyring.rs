//! Token stores against the real keyrings: Secret Service (gnome-keyring on a private
//! D-Bus session) and kernel keyutils (inside `keyctl session -`). Each test probes its
//! keyring first and, when it is not there, prints why and skips — unless
//! `WS_TEST_REQUIRE_KEYRING=1`, which `scripts/test.sh` sets where it starts them, so
//! a broken store fails CI instead of skipping.
//!
//! Run for real:
//! `dbus-run-session -- keyctl session - sh -c 'echo -n test-pw | gnome-keyring-daemon --unlock --components=secrets; cargo test -p ws-client --test keyring'`
//! with XDG_RUNTIME_DIR (mode 0700) and XDG_DATA_HOME pointing at temp dirs.

use std::process::Command;
use std::time::Duration;

use ws_client::config::ConfigFile;
use ws_client::store::{Keyring, KeyringBackend, Location, TokenStore};
use ws_client::{Env, Grant, Overrides, Profile, Secret, TokenSet};

fn profile(data: &std::path::Path, name: &str, store: &str) -> Profile {
    let env = Env::from_pairs([
        ("XDG_DATA_HOME", data.to_str().unwrap()),
        ("WS_TOKEN_STORE", store),
        ("WS_PROFILE", name),
    ]);
    let file = ConfigFile::parse(
        std::path::Path::new("/c.toml"),
        &format!("[profile.{name}]\nissuer = \"http://127.0.0.1:9\"\n"),
    )
    .unwrap();
    Profile::resolve_with(&env, &Overrides::default(), &file, "/c.toml".into()).unwrap()
}

fn tokens(access: &str) -> TokenSet {
    TokenSet {
        issuer: "http://127.0.0.1:9".into(),
        client_id: Some("cli".into()),
        access_token: Secret::new(access.into()),
        refresh_token: Some(Secret::new("refresh-1".into())),
        id_token: None,
        expires_at: None,
        scope: Some("openid".into()),
        grant: Grant::DeviceCode,
        renewal: None,
    }
}

/// Probes a keyring; `None` means "skip" (reason printed), panics if required.
fn available(backend: KeyringBackend) -> Option<Keyring> {
    let kr = Keyring::new(backend, Duration::from_secs(5));
    match kr.probe() {
        Ok(()) => Some(kr),
        Err(e) if std::env::var("WS_TEST_REQUIRE_KEYRING").as_deref() == Ok("1") => {
            panic!(
                "WS_TEST_REQUIRE_KEYRING=1 but the {} does not work: {e}",
                backend.name()
            )
        }
        Err(e) => {
            eprintln!(
                "SKIPPED: {} unavailable ({e}); run inside dbus-run-session + gnome-keyring / keyctl session - (see scripts/test.sh)",
                backend.name()
            );
            None
        }
    }
}

#[test]
fn secret_service_store_round_trip() {
    let Some(_) = available(KeyringBackend::SecretService) else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let name = format!("ss-{}", std::process::id());
    let p = profile(tmp.path(), &name, "keyring");
    let store = TokenStore::for_profile(&p);
    let saved = store.save(&tokens("access-ss")).unwrap();
    assert_eq!(
        saved.location,
        Location::Keyring {
            backend: KeyringBackend::SecretService
        }
    );
    assert!(saved.notice.is_none());
    assert!(
        !store.file_path().exists(),
        "a keyring save must not leave a file copy"
    );
    // An independent reader (libsecret's secret-tool) sees the entry under service "ws".
    let account = format!("{name}|http://127.0.0.1:9");
    let out = Command::new("secret-tool")
        .args(["lookup", "service", "ws", "username", &account])
        .output();
    if let Ok(out) = out {
        let json = String::from_utf8_lossy(&out.stdout);
        assert!(
            json.contains("access-ss"),
            "secret-tool lookup gave {json:?}"
        );
    }
    let (loaded, loc) = store.load().unwrap().unwrap();
    assert_eq!(loaded, tokens("access-ss"));
    assert_eq!(
        loc,
        Location::Keyring {
            backend: KeyringBackend::SecretService
        }
    );
    assert_eq!(
        store.delete().unwrap(),
        vec![Location::Keyring {
            backend: KeyringBackend::SecretService
        }]
    );
    assert!(store.load().unwrap().is_none());
}

#[test]
fn auto_prefers_a_working_keyring_and_replaces_an_old_file_copy() {
    let Some(_) = available(KeyringBackend::SecretService) else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let name = format!("auto-{}", std::process::id());
    // A fallback copy from an earlier run without keyring.
    let file_store = TokenStore::for_profile(&profile(tmp.path(), &name, "file"));
    file_store.save(&tokens("old-file-token")).unwrap();
    let store = TokenStore::for_profile(&profile(tmp.path(), &name, "auto"));
    let saved = store.save(&tokens("new-keyring-token")).unwrap();
    assert!(matches!(saved.location, Location::Keyring { .. }));
    assert!(
        !file_store.file_path().exists(),
        "the stale file copy must be removed"
    );
    assert_eq!(
        store.load().unwrap().unwrap().0.access_token.expose(),
        "new-keyring-token"
    );
    store.delete().unwrap();
}

#[test]
fn keyutils_store_round_trip() {
    let Some(_) = available(KeyringBackend::Keyutils) else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let name = format!("ku-{}", std::process::id());
    let store = TokenStore::for_profile(&profile(tmp.path(), &name, "keyutils"));
    let saved = store.save(&tokens("access-ku")).unwrap();
    assert_eq!(
        saved.location,
        Location::Keyring {
            backend: KeyringBackend::Keyutils
        }
    );
    // keyctl (an independent reader) finds the key in the session keyring.
    let desc = format!("keyring:{name}|http://127.0.0.1:9@ws");
    if let Ok(out) = Command::new("keyctl")
        .args(["search", "@s", "user", &desc])
        .output()
    {
        assert!(
            out.status.success(),
            "keyctl search failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let id = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        let printed = Command::new("keyctl")
            .args(["print", &id])
            .output()
            .unwrap();
        assert!(String::from_utf8_lossy(&printed.stdout).contains("access-ku"));
    }
    assert_eq!(
        store.load().unwrap().unwrap().0.access_token.expose(),
        "access-ku"
    );
    assert_eq!(store.delete().unwrap().len(), 1);
    assert!(store.load().unwrap().is_none());
}

#[test]
fn file_store_when_chosen_never_touches_a_keyring() {
    let tmp = tempfile::tempdir().unwrap();
    let store = TokenStore::for_profile(&profile(tmp.path(), "f", "file"));
    assert!(store.keyring().is_none());
    let saved = store.save(&tokens("a")).unwrap();
    assert_eq!(
        saved.location,
        Location::File {
            path: store.file_path()
        }
    );
    assert!(saved.notice.is_none());
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(store.file_path())
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
}
