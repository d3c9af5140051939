//! `ws users export` / `ws users import` of the real binary against the real server:
//! a round trip, `--dry-run` writing nothing, bad rows reported with exit 3.

mod util;

use util::admin_sandbox as sandbox;
use ws_tests::TestServer;

const CSV: &str = "username,email,given_name,family_name,org,password
frank,frank@example.com,Frank,Fox,Acme Corp,Frank-pass-123!
gina,gina@example.com,Gina,Gale,globex inc,
nomail,,No,Mail,Acme Corp,
lost,lost@example.com,Lo,St,No Such Org,
";

#[tokio::test(flavor = "multi_thread")]
async fn import_dry_run_then_real_then_rerun_and_export_round_trip() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    tokio::task::spawn_blocking(move || {
        let dry = sb.run(&["users", "import", "-", "--dry-run", "-o", "json"], CSV);
        dry.expect(3);
        let report = dry.json();
        let actions: Vec<&str> = report
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["action"].as_str().unwrap())
            .collect();
        assert_eq!(actions, ["create", "create", "failed", "failed"]);
        assert!(
            report[2]["error"]
                .as_str()
                .unwrap()
                .contains("missing email")
        );
        assert!(report[3]["error"].as_str().unwrap().contains("not found"));
        sb.run(&["users", "get", "frank"], "").expect(5);
        let real = sb.run(&["users", "import", "-", "-o", "json"], CSV);
        real.expect(3);
        assert_eq!(real.json()[0]["action"], "create");
        assert!(
            !real.stdout().contains("Frank-pass-123") && !real.stderr().contains("Frank-pass-123")
        );
        sb.run(&["users", "get", "gina", "--org", "Globex Inc"], "")
            .expect(0);
        let again = sb.run(&["users", "import", "-", "-o", "json"], CSV);
        again.expect(3);
        assert_eq!(again.json()[0]["action"], "unchanged");
        assert_eq!(again.json()[1]["action"], "unchanged");
        assert!(again.stderr().contains("2 unchanged"), "{}", again.stderr());
        // Export Acme as CSV and import it back: every row exists unchanged, exit 0.
        let export = sb.run(&["users", "export", "--org", "Acme Corp", "-o", "csv"], "");
        export.expect(0);
        assert!(
            export
                .stdout()
                .starts_with("username,email,given_name,family_name,org,state\n")
        );
        assert!(
            export
                .stdout()
                .contains("frank,frank@example.com,Frank,Fox,")
        );
        let path = sb.dir.path().join("acme.csv");
        std::fs::write(&path, export.stdout()).unwrap();
        let back = sb.run(
            &["users", "import", path.to_str().unwrap(), "-o", "json"],
            "",
        );
        back.expect(0);
        assert!(
            back.json()
                .as_array()
                .unwrap()
                .iter()
                .all(|r| r["action"] == "unchanged"),
            "{}",
            back.stdout()
        );
        // A differing value with --on-exists fail: that row fails, the others are unchanged.
        let changed = export.stdout().replace("Frank,Fox,", "Frank,Foxx,");
        std::fs::write(&path, changed).unwrap();
        let fail = sb.run(
            &[
                "users",
                "import",
                path.to_str().unwrap(),
                "--on-exists",
                "fail",
                "-o",
                "jsonl",
            ],
            "",
        );
        fail.expect(3);
        let frank = fail
            .stdout()
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .find(|r| r["key"] == "frank")
            .unwrap();
        assert_eq!(frank["action"], "failed");
        assert!(
            frank["error"].as_str().unwrap().contains("family_name"),
            "{frank}"
        );
    })
    .await
    .unwrap();
}
