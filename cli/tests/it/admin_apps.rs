//! `ws apps` of the real binary against the real server with demo data, as the
//! bootstrap admin: create the seed's `acme-web` in the `workspace` project, list,
//! get, update, renew its secret (printed once, on stdout only) and delete it
//! (refused without a terminal unless `--yes`).

use crate::util;

use util::admin_sandbox as sandbox;
use ws_tests::TestServer;

#[tokio::test(flavor = "multi_thread")]
async fn apps_lifecycle() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    tokio::task::spawn_blocking(move || {
        let create = sb.run(
            &[
                "apps",
                "create",
                "Acme Web",
                "--project",
                "workspace",
                "--id",
                "acme-web",
                "--redirect-uri",
                "https://acme.localhost/callback",
                "--post-logout-uri",
                "https://acme.localhost/",
                "--grant",
                "authorization-code",
                "--grant",
                "refresh-token",
                "-o",
                "json",
            ],
            "",
        );
        create.expect(0);
        let created = create.json();
        assert_eq!(created["clientId"], "acme-web");
        let secret = created["clientSecret"].as_str().unwrap().to_owned();
        assert!(secret.len() >= 32, "{created}");
        assert!(
            !create.stderr().contains(&secret),
            "the secret goes to stdout only"
        );

        let list = sb.run(
            &[
                "apps",
                "ls",
                "--project",
                "workspace",
                "-o",
                "csv",
                "--fields",
                "clientId,type,name",
            ],
            "",
        );
        list.expect(0);
        assert!(
            list.stdout().contains("acme-web,oidc,Acme Web\n"),
            "{}",
            list.stdout()
        );
        assert!(
            list.stdout().contains(",api,workspace-api\n"),
            "{}",
            list.stdout()
        );

        // By name (any case) or id; the secret is never read back.
        let get = sb.run(
            &[
                "apps",
                "get",
                "acme web",
                "--project",
                "workspace",
                "-o",
                "yaml",
            ],
            "",
        );
        get.expect(0);
        assert!(
            get.stdout().contains("https://acme.localhost/callback"),
            "{}",
            get.stdout()
        );
        assert!(!get.stdout().contains(&secret));

        let update = sb.run(
            &[
                "apps",
                "update",
                "acme-web",
                "--project",
                "workspace",
                "--dev-mode",
                "true",
                "--redirect-uri",
                "http://localhost:3000/callback",
                "-o",
                "json",
            ],
            "",
        );
        update.expect(0);
        let cfg = &update.json()["oidcConfiguration"];
        assert_eq!(cfg["developmentMode"], true);
        assert_eq!(
            cfg["redirectUris"],
            serde_json::json!(["http://localhost:3000/callback"])
        );
        assert_eq!(
            cfg["postLogoutRedirectUris"],
            serde_json::json!(["https://acme.localhost/"])
        );
        sb.run(
            &["apps", "update", "acme-web", "--project", "workspace"],
            "",
        )
        .expect(2);

        let renewed = sb.run(
            &["apps", "secret", "acme-web", "--project", "workspace"],
            "",
        );
        renewed.expect(0);
        let new_secret = renewed.stdout().trim().to_owned();
        assert!(
            new_secret.len() >= 32 && new_secret != secret,
            "{}",
            renewed.stdout()
        );
        assert!(!renewed.stderr().contains(&new_secret));

        // Bad input: the server's error naming the field, exit 1, nothing stored.
        let bad = sb.run(
            &[
                "apps",
                "create",
                "Bad",
                "--project",
                "workspace",
                "--redirect-uri",
                "not a url",
            ],
            "",
        );
        bad.expect(1);
        assert!(bad.stderr().contains("redirectUris[0]"), "{}", bad.stderr());
        sb.run(&["apps", "get", "Bad", "--project", "workspace"], "")
            .expect(5);

        let refused = sb.run(&["apps", "rm", "acme-web", "--project", "workspace"], "");
        refused.expect(2);
        assert!(refused.stderr().contains("--yes"), "{}", refused.stderr());
        sb.run(&["apps", "get", "acme-web"], "").expect(0);
        sb.run(
            &["apps", "rm", "acme-web", "--project", "workspace", "--yes"],
            "",
        )
        .expect(0);
        sb.run(&["apps", "get", "acme-web"], "").expect(5);
        sb.run(&["apps", "rm", "acme-web"], "").expect(2);
    })
    .await
    .unwrap();
}
