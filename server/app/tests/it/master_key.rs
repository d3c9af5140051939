//! Secrets at rest through the real binary: the database holds no private key
//! after a start, a restart with the same master key works, a wrong or shared key
//! refuses to start naming its source, plain rows of an older database are sealed,
//! and `rotate-master-key` (and the previous-key configuration) re-encrypts.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::Binary;

struct Data {
    dir: tempfile::TempDir,
}

impl Data {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
        }
    }
    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }
    /// A config file with the data directory and `extra` lines under `[identity]`.
    fn config(&self, extra: &str) -> PathBuf {
        let file = self.dir.path().join("ws-server.toml");
        std::fs::write(
            &file,
            format!(
                "[server]\ndata_dir = {:?}\n[identity]\n{extra}\n",
                self.data()
            ),
        )
        .unwrap();
        file
    }
    /// Every byte of the database files (main file and write-ahead log).
    fn database_bytes(&self) -> Vec<u8> {
        let mut all = Vec::new();
        for name in ["ws.db", "ws.db-wal"] {
            if let Ok(bytes) = std::fs::read(self.data().join(name)) {
                all.extend(bytes);
            }
        }
        assert!(!all.is_empty());
        all
    }
    fn key_file(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        path
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The key ids the server publishes.
async fn kids(server: &Binary) -> Vec<String> {
    let jwks: serde_json::Value = reqwest::get(format!("http://{}/oauth/v2/keys", server.addr))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    jwks["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["kid"].as_str().unwrap().to_owned())
        .collect()
}

/// A start that must fail: its stderr.
fn refused_start(config: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_ws-server"))
        .args(["serve", "--listen", "127.0.0.1:0", "--config"])
        .arg(config)
        .env("WS_LOG", "info")
        .output()
        .unwrap();
    assert!(!out.status.success());
    String::from_utf8(out.stderr).unwrap()
}

fn rotate(config: &Path, new_key: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_ws-server"))
        .args(["rotate-master-key", "--config"])
        .arg(config)
        .arg("--new-key-file")
        .arg(new_key)
        .env("WS_LOG", "warn")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    String::from_utf8(out.stdout).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_database_holds_no_secret_and_only_the_right_master_key_opens_it() {
    let d = Data::new();
    let config = d.config("");
    let server = Binary::serve(&config, "info");
    let first = kids(&server).await;
    server.stop();

    let key_path = d.data().join("master.key");
    let mode = std::fs::metadata(&key_path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let db = d.database_bytes();
    assert!(!contains(&db, b"PRIVATE KEY"), "a PEM in the database");
    assert!(contains(&db, b"ws-sealed:v1:"));
    // The credentials bootstrap wrote to files are not in the database either.
    let pat = std::fs::read_to_string(d.data().join("admin.pat")).unwrap();
    assert!(!contains(&db, pat.trim().as_bytes()));
    let client: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d.data().join("introspection-client.json")).unwrap())
            .unwrap();
    let secret = client["client_secret"].as_str().unwrap();
    assert!(!contains(&db, secret.as_bytes()));

    // The same key: the same signing key comes back.
    let server = Binary::serve(&config, "info");
    assert_eq!(kids(&server).await, first);
    server.stop();

    // Another key: refused, naming the file, never printing a key.
    let original = std::fs::read_to_string(&key_path).unwrap();
    std::fs::write(&key_path, "AnotherKeyThatHas32CharactersXYZ\n").unwrap();
    let err = refused_start(&config);
    assert!(err.contains("was encrypted with master key"), "{err}");
    assert!(err.contains(&key_path.display().to_string()), "{err}");
    assert!(!err.contains("AnotherKeyThatHas32"), "{err}");
    assert!(!err.contains(original.trim()), "{err}");
    assert!(!err.contains("panicked"), "{err}");

    // The right key, but readable by others: refused, saying how to fix it.
    std::fs::write(&key_path, &original).unwrap();
    std::fs::set_permissions(&key_path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let err = refused_start(&config);
    assert!(err.contains("chmod 600"), "{err}");
    std::fs::set_permissions(&key_path, std::fs::Permissions::from_mode(0o600)).unwrap();

    // A key in the environment that is not the database's: refused, naming the variable.
    let out = Command::new(env!("CARGO_BIN_EXE_ws-server"))
        .args(["serve", "--listen", "127.0.0.1:0", "--config"])
        .arg(&config)
        .env(
            "WS_SERVER__IDENTITY__MASTER_KEY",
            "AnotherKeyThatHas32CharactersXYZ",
        )
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!out.status.success());
    assert!(err.contains("WS_SERVER__IDENTITY__MASTER_KEY"), "{err}");
    assert!(!err.contains("AnotherKeyThatHas32"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plain_key_of_an_older_database_is_sealed_at_start() {
    let d = Data::new();
    let config = d.config("");
    Binary::serve(&config, "info").stop();
    // A key as databases before encryption at rest stored it, signing longest.
    let pem = rsa::pkcs8::EncodePrivateKey::to_pkcs8_pem(
        &rsa::RsaPrivateKey::new(&mut rand_core(), 2048).unwrap(),
        rsa::pkcs8::LineEnding::LF,
    )
    .unwrap()
    .to_string();
    let store = ws_storage::Store::open_sqlite(&d.data().join("ws.db"))
        .await
        .unwrap();
    let far = 4_000_000_000;
    store
        .keys
        .insert_signing_key(&ws_storage::SigningKey {
            id: "legacy".into(),
            algorithm: "RS256".into(),
            private_key: pem.clone(),
            created_at: 0,
            signs_until: far,
            publish_until: far + 1,
        })
        .await
        .unwrap();
    let server = Binary::serve(&config, "info");
    assert!(kids(&server).await.contains(&"legacy".to_owned()));
    server.stop();
    let rows = store.keys.list_signing_keys().await.unwrap();
    assert_eq!(rows.len(), 2);
    for row in rows {
        assert!(row.private_key.starts_with("ws-sealed:v1:"), "{}", row.id);
    }
    store.close().await;
}

fn rand_core() -> rsa::rand_core::OsRng {
    rsa::rand_core::OsRng
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rotation_by_command_and_by_configuration_reencrypts_every_key() {
    let d = Data::new();
    let config = d.config("");
    let server = Binary::serve(&config, "info");
    let first = kids(&server).await;
    server.stop();
    let default_key = d.data().join("master.key");
    let old = std::fs::read_to_string(&default_key).unwrap();

    // The command: the default key file is replaced by the new key.
    let second = d.key_file("second.key", "SecondMasterKeyWith32Characters!\n");
    let out = rotate(&config, &second);
    assert!(out.contains("re-encrypted 1 signing key(s)"), "{out}");
    assert_eq!(
        std::fs::read_to_string(&default_key).unwrap(),
        "SecondMasterKeyWith32Characters!\n"
    );
    assert_ne!(old, std::fs::read_to_string(&default_key).unwrap());
    let server = Binary::serve(&config, "info");
    assert_eq!(kids(&server).await, first);
    server.stop();

    // Configuration: a new key file with the old one as previous; the start re-seals.
    let third = d.key_file("third.key", "ThirdMasterKeyWith32Characters!!\n");
    let both = d.config(&format!(
        "master_key_file = {third:?}\nprevious_master_key_file = {default_key:?}"
    ));
    let server = Binary::serve(&both, "info");
    assert_eq!(kids(&server).await, first);
    server.stop();
    let only_third = d.config(&format!("master_key_file = {third:?}"));
    let server = Binary::serve(&only_third, "info");
    assert_eq!(kids(&server).await, first);
    server.stop();
    // The replaced key opens nothing any more.
    let err = refused_start(&d.config(""));
    assert!(err.contains("was encrypted with master key"), "{err}");
}
