//! `ws machine-users` with the real binary against the real server: the life cycle of a
//! service account, a key file written 0600 that signs in, a PAT shown once that works
//! until removed, and a client secret.

use crate::util;

use util::admin_sandbox as sandbox;
use ws_tests::TestServer;

#[tokio::test(flavor = "multi_thread")]
async fn machine_user_life_cycle_with_keys_pats_and_secret() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    tokio::task::spawn_blocking(move || {
        let created = sb.run(
            &[
                "machine-users",
                "create",
                "deploy-bot",
                "--org",
                "Acme Corp",
                "--description",
                "CI deploys",
                "-o",
                "json",
            ],
            "",
        );
        created.expect(0);
        let id = created.json()["userId"].as_str().unwrap().to_owned();
        assert_eq!(created.json()["machine"]["description"], "CI deploys");
        let list = sb.run(
            &["machine-users", "list", "--org", "Acme Corp", "-o", "json"],
            "",
        );
        list.expect(0);
        let names: Vec<String> = list
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["username"].as_str().unwrap().to_owned())
            .collect();
        assert!(names.iter().any(|n| n == "deploy-bot"), "{names:?}");
        assert!(!names.iter().any(|n| n == "alice"), "{names:?}");
        sb.run(
            &[
                "machine-users",
                "update",
                "deploy-bot",
                "--description",
                "CD",
                "-o",
                "json",
            ],
            "",
        )
        .expect(0);
        let got = sb.run(&["machine-users", "get", "deploy-bot", "-o", "json"], "");
        assert_eq!(got.json()["machine"]["description"], "CD");
        let human = sb.run(&["machine-users", "get", "alice"], "");
        human.expect(2);
        assert!(human.stderr().contains("human user"), "{}", human.stderr());

        // A key: the file is 0600, holds the private key, and signs in.
        let key_path = sb.dir.path().join("deploy-bot.json");
        let key = sb.run(
            &[
                "machine-users",
                "keys",
                "add",
                "deploy-bot",
                "--file",
                key_path.to_str().unwrap(),
                "-o",
                "json",
            ],
            "",
        );
        key.expect(0);
        assert!(!key.stdout().contains("PRIVATE KEY") && !key.stderr().contains("PRIVATE KEY"));
        let key_id = key.json()["keyId"].as_str().unwrap().to_owned();
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let file: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&key_path).unwrap()).unwrap();
        assert_eq!(file["keyId"], key_id.as_str());
        assert_eq!(file["userId"], id.as_str());
        let again = sb.run(
            &[
                "machine-users",
                "keys",
                "add",
                "deploy-bot",
                "--file",
                key_path.to_str().unwrap(),
            ],
            "",
        );
        again.expect(6);
        let mut as_bot = util::Sandbox {
            dir: tempfile::tempdir().unwrap(),
            env: sb.env.clone(),
        };
        as_bot.env.retain(|(k, _)| k != "WS_TOKEN");
        as_bot
            .run(&["login", "--key-file", key_path.to_str().unwrap()], "")
            .expect(0);
        let who = as_bot.run(&["whoami", "-o", "json"], "");
        who.expect(0);
        assert_eq!(who.json()["subject"], id.as_str());
        let keys = sb.run(
            &["machine-users", "keys", "ls", "deploy-bot", "-o", "json"],
            "",
        );
        assert_eq!(keys.json()[0]["id"], key_id.as_str());
        sb.run(&["machine-users", "keys", "rm", "deploy-bot", &key_id], "")
            .expect(0);
        let keys = sb.run(
            &["machine-users", "keys", "ls", "deploy-bot", "-o", "json"],
            "",
        );
        assert_eq!(keys.json(), serde_json::json!([]));

        // A PAT: printed once (bare in table output), works, listed without the token,
        // and stops working when removed.
        let pat = sb.run(&["machine-users", "pats", "add", "deploy-bot"], "");
        pat.expect(0);
        let token = pat.stdout().trim().to_owned();
        assert!(pat.stderr().contains("cannot be shown again"));
        assert!(!pat.stderr().contains(&token));
        let mut with_pat = util::Sandbox {
            dir: tempfile::tempdir().unwrap(),
            env: sb.env.clone(),
        };
        with_pat.set("WS_TOKEN", &token);
        let who = with_pat.run(&["whoami", "-o", "json"], "");
        who.expect(0);
        assert_eq!(who.json()["subject"], id.as_str());
        let pats = sb.run(
            &["machine-users", "pats", "ls", "deploy-bot", "-o", "json"],
            "",
        );
        assert!(!pats.stdout().contains(&token));
        let pat_id = pats.json()[0]["id"].as_str().unwrap().to_owned();
        sb.run(&["machine-users", "pats", "rm", "deploy-bot", &pat_id], "")
            .expect(0);
        with_pat.run(&["whoami"], "").expect(4);

        // The client secret.
        let secret = sb.run(
            &[
                "machine-users",
                "secret",
                "generate",
                "deploy-bot",
                "-o",
                "json",
            ],
            "",
        );
        secret.expect(0);
        assert_eq!(secret.json()["clientId"], "deploy-bot");
        assert!(secret.json()["clientSecret"].as_str().unwrap().len() >= 20);
        let got = sb.run(&["machine-users", "get", "deploy-bot", "-o", "json"], "");
        assert_eq!(got.json()["machine"]["hasSecret"], true);
        sb.run(&["machine-users", "secret", "rm", "deploy-bot"], "")
            .expect(0);
        let got = sb.run(&["machine-users", "get", "deploy-bot", "-o", "json"], "");
        assert_ne!(got.json()["machine"]["hasSecret"], true);

        sb.run(&["machine-users", "delete", "deploy-bot"], "")
            .expect(0);
        sb.run(&["machine-users", "get", "deploy-bot"], "")
            .expect(5);
    })
    .await
    .unwrap();
}
