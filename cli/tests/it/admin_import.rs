//! `ws users export` / `ws users import` of the real binary against the real server:
//! a round trip, `--dry-run` writing nothing, bad rows reported with exit 3.

use crate::util;

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
        // A row that fails its own checks still names its user in the report.
        let keys: Vec<&str> = report
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["key"].as_str().unwrap())
            .collect();
        assert_eq!(keys, ["frank", "gina", "nomail", "lost"]);
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

const WITH_EXTRAS: &str =
    "username,email,given_name,family_name,org,roles,metadata.dept,metadata.site
hank,hank@example.com,Hank,Hill,Acme Corp,workspace:editor;workspace:viewer,sales,berlin
ivy,ivy@example.com,Ivy,Ives,Acme Corp,workspace:viewer,,lyon
";

/// The rows of `hank` and `ivy` in an export, as text lines (the demo users differ
/// between servers only by what the test imported).
fn imported_lines(export: &str) -> Vec<String> {
    export
        .lines()
        .filter(|l| l.starts_with("hank,") || l.starts_with("ivy,"))
        .map(str::to_owned)
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn export_with_roles_and_metadata_imports_into_another_server_unchanged() {
    let first = TestServer::start_demo().await;
    let second = TestServer::start_demo().await;
    let (a, b) = (sandbox(&first), sandbox(&second));
    tokio::task::spawn_blocking(move || {
        a.run(&["users", "import", "-"], WITH_EXTRAS).expect(0);
        let args = [
            "users",
            "export",
            "--org",
            "Acme Corp",
            "--roles",
            "--metadata",
            "-o",
            "csv",
        ];
        let export = a.run(&args, "");
        let text = export.expect(0).stdout().to_owned();
        assert!(
            text.starts_with(
                "username,email,given_name,family_name,org,state,roles,metadata.dept,metadata.site\n"
            ),
            "{text}"
        );
        let lines = imported_lines(&text);
        assert_eq!(
            lines,
            [
                "hank,hank@example.com,Hank,Hill,Acme Corp,active,workspace:editor;workspace:viewer,sales,berlin",
                "ivy,ivy@example.com,Ivy,Ives,Acme Corp,active,workspace:viewer,,lyon",
            ],
            "{text}"
        );
        // The demo's alice carries her authorization too, by project name.
        assert!(text.contains(",Acme Corp,active,workspace:"), "{text}");

        // Into a fresh server (other ids): the names resolve, roles and metadata land.
        let path = b.dir.path().join("acme.csv");
        std::fs::write(&path, &text).unwrap();
        let import = b.run(&["users", "import", path.to_str().unwrap(), "-o", "json"], "");
        import.expect(0);
        let actions: Vec<(String, String)> = import
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["key"].as_str().unwrap().into(), r["action"].as_str().unwrap().into()))
            .collect();
        assert!(actions.contains(&("hank".into(), "create".into())), "{actions:?}");
        assert!(actions.contains(&("ivy".into(), "create".into())), "{actions:?}");
        let again = b.run(&args, "");
        assert_eq!(imported_lines(&again.expect(0).stdout()), lines);
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_misspelt_header_is_one_usage_error_naming_every_unknown_column() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    tokio::task::spawn_blocking(move || {
        let csv = "username,emial,given_name,famly_name,colour\n\
                   tina,tina@example.com,Tina,Turner,red\n\
                   umar,umar@example.com,Umar,Uddin,blue\n";
        let out = sb.run(&["users", "import", "-", "-o", "json"], csv);
        out.expect(2);
        let err = out.stderr();
        for said in [
            "'emial' (did you mean 'email'?)",
            "'famly_name' (did you mean 'family_name'?)",
            "'colour'",
            "Nothing was imported",
        ] {
            assert!(err.contains(said), "{said}: {err}");
        }
        assert_eq!(err.matches("unknown column").count(), 1, "{err}");
        assert!(out.stdout().is_empty(), "{}", out.stdout());
        sb.run(&["users", "get", "tina"], "").expect(5);
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn generated_passwords_name_the_org_as_the_row_did() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    tokio::task::spawn_blocking(move || {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("passwords.csv");
        let csv = "username,email,given_name,family_name,org\n\
                   vera,vera@example.com,Vera,Vance,Acme Corp\n";
        let out = sb.run(
            &[
                "users",
                "import",
                "-",
                "--generate-passwords",
                file.to_str().unwrap(),
            ],
            csv,
        );
        out.expect(0);
        let text = std::fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "username,org,password");
        let fields: Vec<&str> = lines[1].split(',').collect();
        assert_eq!(fields[..2], ["vera", "Acme Corp"], "{text}");
        assert!(fields[2].len() >= 12, "{text}");
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_changed_family_name_updates_a_derived_display_name() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    tokio::task::spawn_blocking(move || {
        let row = |family: &str| {
            format!(
                "username,email,given_name,family_name,org\n\
                 wade,wade@example.com,Wade,{family},Acme Corp\n"
            )
        };
        sb.run(&["users", "import", "-"], &row("Winter")).expect(0);
        let args = ["users", "import", "-", "--on-exists", "update"];
        sb.run(&args, &row("Summers")).expect(0);
        let user = sb.run(&["users", "get", "wade", "-o", "json"], "");
        user.expect(0);
        let v = user.json();
        let profile = v
            .pointer("/user/human/profile")
            .or_else(|| v.pointer("/human/profile"))
            .unwrap_or_else(|| panic!("{v}"));
        assert_eq!(profile["familyName"], "Summers", "{v}");
        assert_eq!(profile["displayName"], "Wade Summers", "{v}");
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn the_state_column_is_applied_on_create_and_update() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    tokio::task::spawn_blocking(move || {
        let row = |state: &str| {
            format!(
                "username,email,given_name,family_name,org,state\n\
                 xena,xena@example.com,Xena,Xu,Acme Corp,{state}\n"
            )
        };
        let state = || {
            let user = sb.run(&["users", "get", "xena", "-o", "json"], "");
            user.expect(0);
            user.json()["state"].as_str().unwrap().to_owned()
        };
        sb.run(&["users", "import", "-"], &row("inactive"))
            .expect(0);
        assert_eq!(state(), "USER_STATE_INACTIVE");
        let update = [
            "users",
            "import",
            "-",
            "--on-exists",
            "update",
            "-o",
            "json",
        ];
        for (want, api) in [
            ("locked", "USER_STATE_LOCKED"),
            ("inactive", "USER_STATE_INACTIVE"),
            ("active", "USER_STATE_ACTIVE"),
        ] {
            let out = sb.run(&update, &row(want));
            out.expect(0);
            assert_eq!(out.json()[0]["action"], "update", "{want}");
            assert_eq!(state(), api);
        }
        let same = sb.run(&update, &row("active"));
        assert_eq!(same.json()[0]["action"], "unchanged");
        let bad = sb.run(&update, &row("frozen"));
        bad.expect(3);
        let error = bad.json()[0]["error"].as_str().unwrap().to_owned();
        assert!(error.contains("invalid state 'frozen'"), "{error}");
        assert_eq!(state(), "USER_STATE_ACTIVE");
    })
    .await
    .unwrap();
}
