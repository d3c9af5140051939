//! `ws users import` at scale and with bad input, the real binary against the real
//! embedded server: 10,000 CSV rows (then a re-run that changes nothing, and a dry run
//! verified on the server to write nothing), a file of bad rows where the good rows
//! land and each bad one is reported with its row and reason, and the retry file.

use crate::util;

use std::time::Instant;

use serde_json::{Value, json};
use util::admin_sandbox as sandbox;
use ws_tests::TestServer;

fn jsonl(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn count_users(sb: &util::Sandbox, search: &str) -> usize {
    let r = sb.run(
        &[
            "users",
            "list",
            "--org",
            "Acme Corp",
            "--search",
            search,
            "-o",
            "jsonl",
        ],
        "",
    );
    r.expect(0);
    r.stdout().lines().count()
}

#[tokio::test(flavor = "multi_thread")]
async fn ten_thousand_rows_then_rerun_unchanged_and_dry_run_writes_nothing() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    tokio::task::spawn_blocking(move || {
        let mut csv = String::from("username,email,given_name,family_name\n");
        for i in 0..10_000 {
            csv.push_str(&format!(
                "bulk{i:05},bulk{i:05}@example.com,Bulk,User {i}\n"
            ));
        }
        let file = sb.dir.path().join("users.csv");
        std::fs::write(&file, &csv).unwrap();
        let file = file.to_str().unwrap();
        let report = sb.dir.path().join("report.csv");
        let report = report.to_str().unwrap();
        let args = |extra: &[&str]| -> Vec<String> {
            let mut a = vec![
                "users",
                "import",
                file,
                "--org",
                "Acme Corp",
                "--parallel",
                "8",
            ];
            a.extend_from_slice(extra);
            a.into_iter().map(str::to_owned).collect()
        };
        let run = |a: Vec<String>| {
            let refs: Vec<&str> = a.iter().map(String::as_str).collect();
            sb.run_within(&refs, "", 600)
        };
        assert_eq!(count_users(&sb, "bulk"), 0);

        let t = Instant::now();
        let dry = run(args(&["--dry-run", "-o", "jsonl"]));
        dry.expect(0);
        eprintln!("dry run of 10,000 rows: {:?}", t.elapsed());
        let rows = jsonl(&dry.stdout());
        assert_eq!(rows.len(), 10_000);
        assert!(rows.iter().all(|r| r["action"] == "create"));
        assert!(dry.stderr().contains("10000 to create"), "{}", dry.stderr());
        assert_eq!(count_users(&sb, "bulk"), 0, "the dry run wrote users");

        let t = Instant::now();
        let real = run(args(&["--report", report, "-o", "jsonl"]));
        real.expect(0);
        eprintln!("import of 10,000 rows: {:?}", t.elapsed());
        let text = std::fs::read_to_string(report).unwrap();
        assert!(text.starts_with("row,key,action,id,error\n"));
        assert_eq!(
            text.lines().filter(|l| l.contains(",create,")).count(),
            10_000
        );
        assert_eq!(count_users(&sb, "bulk"), 10_000);
        let one = sb.run(&["users", "get", "bulk04242", "-o", "json"], "");
        one.expect(0);
        assert_eq!(one.json()["human"]["profile"]["familyName"], "User 4242");

        let t = Instant::now();
        let again = run(args(&["-o", "jsonl"]));
        again.expect(0);
        eprintln!("re-run of 10,000 rows: {:?}", t.elapsed());
        assert!(
            jsonl(&again.stdout())
                .iter()
                .all(|r| r["action"] == "unchanged")
        );
        assert!(
            again
                .stderr()
                .contains("10000 rows: 10000 unchanged — nothing to change"),
            "{}",
            again.stderr()
        );
        assert_eq!(count_users(&sb, "bulk"), 10_000);
    })
    .await
    .unwrap();
}

/// Row 1 good (metadata, a role), 2 no email, 3 duplicate of row 1, 4 unknown org,
/// 5 invalid UTF-8, 6 unknown role, 7 an existing user with other values, 8 good (two
/// roles), 9 an unclosed quote, 10 good in another org (read after the bad quote).
const BAD: &[u8] = b"username,email,given_name,family_name,org,metadata.team,roles
hank,hank@example.com,Hank,Hill,Acme Corp,ops,workspace:viewer
nomail,,No,Mail,Acme Corp,,
hank,hank2@example.com,Hank,Two,Acme Corp,,
lost,lost@example.com,Lo,St,No Such Org,,
ivy,ivy@example.com,Ivy,\xffvy,Acme Corp,,
norole,norole@example.com,No,Role,Acme Corp,,workspace:nosuchrole
alice,alice.other@example.com,Alice,Other,Acme Corp,,
jill,jill@example.com,Jill,Jones,Acme Corp,dev,workspace:editor;workspace:viewer
\"broken,broken@example.com,Br,Oken,Acme Corp,,
kate,kate@example.com,Kate,Kerr,Globex Inc,,
";

#[tokio::test(flavor = "multi_thread")]
async fn bad_rows_are_reported_while_good_rows_land_and_retry_file_holds_only_bad_rows() {
    let server = TestServer::start_demo().await;
    let sb = sandbox(&server);
    let (base, pat) = (server.base_url.clone(), server.admin_pat.clone());
    let dir = sb.dir.path().to_owned();
    let input = dir.join("bad.csv");
    std::fs::write(&input, BAD).unwrap();
    let (report, retry) = (dir.join("report.jsonl"), dir.join("retry.csv"));
    let run = tokio::task::spawn_blocking({
        let (input, report, retry) = (input.clone(), report.clone(), retry.clone());
        move || {
            let r = sb.run(
                &[
                    "users",
                    "import",
                    input.to_str().unwrap(),
                    "--on-exists",
                    "fail",
                    "--report",
                    report.to_str().unwrap(),
                    "--retry-file",
                    retry.to_str().unwrap(),
                ],
                "",
            );
            r.expect(3);
            assert!(r.stderr().contains("3 created, 7 failed"), "{}", r.stderr());
            for name in ["nomail", "lost", "ivy", "norole", "broken"] {
                sb.run(&["users", "get", name], "").expect(5);
            }
            let authz = sb.run(
                &["authz", "list", "--project", "workspace", "-o", "json"],
                "",
            );
            authz.expect(0);
            (sb, authz.json())
        }
    });
    let (sb, authz) = run.await.unwrap();
    let lines = jsonl(&std::fs::read_to_string(&report).unwrap());
    let by_row = |n: u64| lines.iter().find(|l| l["row"] == n).unwrap().clone();
    let expect = [
        (1, "create", ""),
        (2, "failed", "missing email"),
        (
            3,
            "failed",
            "duplicate username 'hank' in the file (first in row 1)",
        ),
        (4, "failed", "unknown org"),
        (
            5,
            "failed",
            "invalid UTF-8 in column 'family_name' on line 6",
        ),
        (
            6,
            "failed",
            "role 'nosuchrole' does not exist on project workspace",
        ),
        (7, "failed", "user exists and differs: email, family_name"),
        (8, "create", ""),
        (9, "failed", "malformed CSV on line 10"),
        (10, "create", ""),
    ];
    for (n, action, reason) in expect {
        let l = by_row(n);
        assert_eq!(l["action"], action, "{l}");
        assert!(
            l["error"].as_str().unwrap().contains(reason),
            "row {n}: {l}"
        );
    }
    // The retry file is the header and exactly the seven bad rows, byte for byte.
    let retry_bytes = std::fs::read(&retry).unwrap();
    let bad_lines: Vec<&[u8]> = BAD.split(|b| *b == b'\n').collect();
    let mut want = Vec::new();
    for i in [0, 2, 3, 4, 5, 6, 7, 9] {
        want.extend_from_slice(bad_lines[i]);
        want.push(b'\n');
    }
    assert_eq!(
        String::from_utf8_lossy(&retry_bytes),
        String::from_utf8_lossy(&want)
    );
    // Metadata and authorizations of the good rows are on the server.
    let hank = by_row(1)["id"].as_str().unwrap().to_owned();
    let meta = reqwest::Client::new()
        .post(format!(
            "{base}/zitadel.user.v2.UserService/ListUserMetadata"
        ))
        .bearer_auth(&pat)
        .json(&json!({"userId": hank}))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(meta["metadata"][0]["key"], "team", "{meta}");
    assert_eq!(meta["metadata"][0]["value"], "b3Bz", "{meta}"); // base64("ops")
    let roles_of = |user: &str| -> Vec<String> {
        let a = authz
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["user"]["id"] == user);
        let mut keys: Vec<String> = a.map_or(vec![], |a| {
            a["roles"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["key"].as_str().unwrap().to_owned())
                .collect()
        });
        keys.sort();
        keys
    };
    assert_eq!(roles_of(&hank), ["viewer"]);
    assert_eq!(
        roles_of(by_row(8)["id"].as_str().unwrap()),
        ["editor", "viewer"]
    );
    // A re-run of the whole file with the default --on-exists skip: the good rows are
    // unchanged, alice's differing row is skipped, the bad rows fail again.
    tokio::task::spawn_blocking(move || {
        let again = sb.run(
            &["users", "import", input.to_str().unwrap(), "-o", "jsonl"],
            "",
        );
        again.expect(3);
        let rows = jsonl(&again.stdout());
        let action = |n: u64| rows.iter().find(|r| r["row"] == n).unwrap()["action"].clone();
        for n in [1, 8, 10] {
            assert_eq!(action(n), "unchanged");
        }
        assert_eq!(action(7), "skip");
        assert!(
            again.stderr().contains("3 unchanged, 1 skipped, 6 failed"),
            "{}",
            again.stderr()
        );
    })
    .await
    .unwrap();
}
