//! Machine logins of the real `ws` binary against the real `ws-server`: client
//! credentials (secret from env, flag or stdin) and a ZITADEL-format service-account
//! key file (JWT bearer), including renewal without a refresh token.

use crate::util;

use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::pkcs8::{EncodePublicKey, LineEnding};
use util::Sandbox;
use ws_storage::*;
use ws_tests::{TestOptions, TestServer};

const SECRET: &str = "ci-bot-secret-0123456789";

/// A machine user `ci-bot` in the project's org with a client secret and an RSA key,
/// written straight into the running server's database (no management API needed).
async fn machine_fixture(server: &TestServer) -> (String, String) {
    let store = server.store().await;
    let org = server.bootstrap["project_org_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let user = User {
        id: new_id(),
        org_id: org,
        username: "ci-bot".into(),
        state: UserState::Active,
        kind: UserKind::Machine(Machine {
            name: "CI bot".into(),
            description: "deploys".into(),
            access_token_type: AccessTokenType::Jwt,
            secret_digest: Some(ws_identity::secrets::digest(SECRET)),
        }),
        created_at: now,
        changed_at: now,
    };
    store.users.create_user(&user).await.unwrap();
    let key = rsa::RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048).unwrap();
    let key_id = new_id();
    let mk = MachineKey {
        id: key_id.clone(),
        user_id: user.id.clone(),
        public_key_pem: key
            .to_public_key()
            .to_public_key_pem(LineEnding::LF)
            .unwrap(),
        expires_at: now + 86400,
        created_at: now,
    };
    store.users.add_machine_key(&mk).await.unwrap();
    // The key file exactly as ZITADEL's AddKey hands it out (PKCS#1 PEM).
    let json = serde_json::json!({
        "type": "serviceaccount",
        "keyId": key_id,
        "key": key.to_pkcs1_pem(LineEnding::LF).unwrap().to_string(),
        "expirationDate": "2099-01-01T00:00:00Z",
        "userId": user.id,
    });
    (user.id, json.to_string())
}

async fn setup() -> (TestServer, Sandbox, String, String) {
    let server = TestServer::start_with(TestOptions {
        demo: true,
        ..TestOptions::default()
    })
    .await;
    let (user_id, key_json) = machine_fixture(&server).await;
    let sb = Sandbox::new();
    let boot = server.data_dir.join("bootstrap.json");
    sb.run(
        &[
            "profile",
            "set",
            "local",
            "--bootstrap",
            boot.to_str().unwrap(),
            "--default",
            "token_store=file",
        ],
        "",
    )
    .expect(0);
    (server, sb, user_id, key_json)
}

#[tokio::test(flavor = "multi_thread")]
async fn client_credentials_from_env_flag_and_stdin() {
    let (_server, sb, user_id, _) = setup().await;
    tokio::task::spawn_blocking(move || {
        // Secret on stdin.
        let run = sb.run(
            &["login", "--client-credentials", "--client-id", "ci-bot"],
            &format!("{SECRET}\n"),
        );
        run.expect(0);
        assert!(
            run.stderr().contains("(client credentials)"),
            "{}",
            run.stderr()
        );
        assert!(!run.stderr().contains(SECRET));
        let st = sb.run(&["auth", "status", "-o", "json"], "");
        st.expect(0);
        assert_eq!(st.json()["subject"], user_id.as_str());
        assert_eq!(st.json()["renewable"], true);
        // Renewal without a refresh token uses the stored credentials.
        let before = sb.run(&["auth", "token"], "").stdout();
        sb.run(&["auth", "refresh"], "").expect(0);
        assert_ne!(before, sb.run(&["auth", "token"], "").stdout());
        // Secret from the environment; a wrong one is an auth failure (exit 4) with a hint.
        let mut env_sb = Sandbox {
            dir: tempfile::tempdir().unwrap(),
            env: sb.env.clone(),
        };
        env_sb
            .set("WS_CLIENT_ID", "ci-bot")
            .set("WS_CLIENT_SECRET", SECRET);
        env_sb.run(&["login", "--client-credentials"], "").expect(0);
        let bad = env_sb.run(
            &[
                "login",
                "--client-credentials",
                "--client-secret",
                "wrong-secret",
            ],
            "",
        );
        bad.expect(4);
        assert!(
            bad.stderr().contains("invalid_client") || bad.stderr().contains("unauthorized_client"),
            "{}",
            bad.stderr()
        );
        assert!(!bad.stderr().contains("wrong-secret"));
        sb.run(&["logout"], "").expect(0);
        sb.run(&["auth", "status"], "").expect(4);
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn jwt_bearer_with_a_key_file_and_from_stdin() {
    let (_server, sb, user_id, key_json) = setup().await;
    tokio::task::spawn_blocking(move || {
        let key_path = sb.dir.path().join("key.json");
        std::fs::write(&key_path, &key_json).unwrap();
        let run = sb.run(&["login", "--key-file", key_path.to_str().unwrap()], "");
        run.expect(0);
        assert!(
            run.stderr().contains("service account key (JWT)"),
            "{}",
            run.stderr()
        );
        let who = sb.run(&["whoami", "-o", "json"], "");
        who.expect(0);
        assert_eq!(who.json()["subject"], user_id.as_str());
        let before = sb.run(&["auth", "token"], "").stdout();
        sb.run(&["auth", "refresh"], "").expect(0);
        assert_ne!(before, sb.run(&["auth", "token"], "").stdout());
        sb.run(&["login", "--key-file", "-"], &key_json).expect(0);
        let bad = sb.run(
            &["login", "--key-file", "-"],
            "{\"type\":\"serviceaccount\"}",
        );
        bad.expect(1);
        assert!(
            bad.stderr().contains("not a ZITADEL service-account key"),
            "{}",
            bad.stderr()
        );
    })
    .await
    .unwrap();
}
