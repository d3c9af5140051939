//! Binary-level tests of `ws` without a server: exit codes, stdout vs stderr, JSON
//! that parses, no ANSI when piped, config and profile errors, an unreachable issuer,
//! and the token-file fallback when no keyring exists (including one that hangs).

use crate::util;

use std::os::unix::fs::PermissionsExt;

use util::{Sandbox, assert_clean, free_port};

#[test]
fn help_is_on_stdout_with_examples_and_exit_codes() {
    let run = Sandbox::new().run(&["--help"], "");
    run.expect(0);
    assert!(run.stderr().is_empty());
    assert_clean(&run.stdout());
    insta::assert_snapshot!("help", run.stdout());
}

#[test]
fn login_help_snapshot() {
    let run = Sandbox::new().run(&["auth", "login", "--help"], "");
    run.expect(0);
    insta::assert_snapshot!("auth_login_help", run.stdout());
}

#[test]
fn version() {
    let run = Sandbox::new().run(&["--version"], "");
    run.expect(0);
    assert_eq!(run.stdout(), format!("ws {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn usage_errors_exit_2_on_stderr() {
    let sb = Sandbox::new();
    let run = sb.run(&["-o", "xml", "auth", "status"], "");
    run.expect(2);
    assert!(run.stdout().is_empty());
    assert!(
        run.stderr()
            .contains("possible values: table, json, jsonl, yaml, csv"),
        "{}",
        run.stderr()
    );
    assert_clean(&run.stderr());
    sb.run(&[], "").expect(2);
    sb.run(&["login", "--web", "--device"], "").expect(2);
    let run = sb.run(&["profile", "set", "dev", "colour=red"], "");
    run.expect(2);
    assert!(
        run.stderr().contains("a known key: issuer, api_url"),
        "{}",
        run.stderr()
    );
}

#[test]
fn not_logged_in_exits_4() {
    let sb = Sandbox::new();
    for args in [
        &["auth", "status"][..],
        &["auth", "token"],
        &["whoami"],
        &["auth", "status", "-o", "json"],
    ] {
        let run = sb.run(args, "");
        run.expect(4);
        assert!(
            run.stdout().is_empty(),
            "{args:?} printed data: {}",
            run.stdout()
        );
        assert!(
            run.stderr()
                .contains("not logged in (profile 'default'); run `ws auth login`"),
            "{}",
            run.stderr()
        );
    }
}

#[test]
fn broken_config_names_file_line_and_key() {
    let sb = Sandbox::new();
    sb.write_config("default_profile = \"dev\"\n[profile.dev]\nissuer = \"http://127.0.0.1:8080\"\noutput = \"xml\"\n");
    let run = sb.run(&["auth", "status"], "");
    run.expect(2);
    let err = run.stderr();
    assert!(
        err.contains(&sb.config_path().display().to_string()),
        "{err}"
    );
    assert!(
        err.contains("line 4")
            && err.contains("profile.dev.output")
            && err.contains("unknown variant `xml`"),
        "{err}"
    );
    assert_clean(&err);
    // `ws doctor` reports it as a failed check instead.
    let run = sb.run(&["doctor"], "");
    run.expect(1);
    assert!(run.stdout().starts_with("fail  config"), "{}", run.stdout());
}

#[test]
fn unknown_profile_exits_2_and_lists_known_ones() {
    let mut sb = Sandbox::new();
    sb.write_config("[profile.dev]\n[profile.prod]\n");
    let run = sb.run(&["--profile", "nope", "whoami"], "");
    run.expect(2);
    assert!(
        run.stderr()
            .contains("unknown profile 'nope' (known: dev, prod)"),
        "{}",
        run.stderr()
    );
    sb.set("WS_PROFILE", "gone");
    sb.run(&["auth", "status"], "").expect(2);
}

#[test]
fn unreachable_issuer_is_a_clear_error_without_backtrace() {
    let mut sb = Sandbox::new();
    sb.set("RUST_BACKTRACE", "1").set("WS_TOKEN", "some-token");
    let issuer = format!("http://127.0.0.1:{}", free_port());
    let run = sb.run(&["--issuer", &issuer, "whoami"], "");
    run.expect(1);
    let err = run.stderr();
    assert!(err.starts_with("ws: error: cannot reach"), "{err}");
    assert!(
        err.contains(&issuer) && err.contains("that the server is running"),
        "{err}"
    );
    assert!(
        !err.contains("some-token"),
        "the token leaked into an error: {err}"
    );
    assert_clean(&err);
}

#[test]
fn profiles_round_trip_and_render_in_every_format() {
    let sb = Sandbox::new();
    sb.run(
        &[
            "profile",
            "set",
            "dev",
            "issuer=http://127.0.0.1:8080",
            "client_id=cli-1",
            "project_id=42",
            "--default",
        ],
        "",
    )
    .expect(0);
    sb.run(
        &[
            "profile",
            "set",
            "prod",
            "issuer=https://acme.zitadel.cloud",
            "output=json",
        ],
        "",
    )
    .expect(0);
    let list = sb.run(&["profile", "list", "-o", "json"], "");
    list.expect(0);
    let v = list.json();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(v[0]["name"], "dev");
    assert_eq!(v[0]["default"], true);
    let csv = sb.run(
        &["profile", "list", "-o", "csv", "--fields", "name,issuer"],
        "",
    );
    assert_eq!(
        csv.stdout(),
        "name,issuer\ndev,http://127.0.0.1:8080\nprod,https://acme.zitadel.cloud\n"
    );
    let jsonl = sb.run(&["profile", "list", "-o", "jsonl"], "");
    assert_eq!(jsonl.stdout().lines().count(), 2);
    let yaml = sb.run(&["profile", "list", "-o", "yaml"], "").stdout();
    assert!(yaml.contains("name: prod"), "{yaml}");
    let table = sb.run(&["profile", "list"], "").stdout();
    assert!(table.starts_with("NAME  DEFAULT  ISSUER"), "{table}");
    assert_clean(&table);
    // show: the scopes include the project audience; sources are reported.
    let show = sb.run(&["profile", "show", "-o", "json"], "").json();
    assert_eq!(show["name"], "dev");
    assert!(
        show["scopes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == "urn:zitadel:iam:org:project:id:42:aud")
    );
    assert_eq!(show["sources"]["client_id"], "file");
    let mut env_sb = sb;
    env_sb.set("WS_CLIENT_ID", "from-env");
    let show = env_sb
        .run(
            &["profile", "show", "-o", "json", "--client-id", "from-flag"],
            "",
        )
        .json();
    assert_eq!(
        (
            show["client_id"].as_str(),
            show["sources"]["client_id"].as_str()
        ),
        (Some("from-flag"), Some("flag --client-id"))
    );
    let show = env_sb
        .run(&["profile", "show", "prod", "-o", "json"], "")
        .json();
    assert_eq!(
        (show["client_id"].as_str(), show["output"].as_str()),
        (Some("from-env"), Some("json"))
    );
    env_sb.run(&["profile", "use", "prod"], "").expect(0);
    assert_eq!(
        env_sb.run(&["profile", "show", "-o", "json"], "").json()["name"],
        "prod"
    );
    env_sb.run(&["profile", "use", "nope"], "").expect(2);
    env_sb.run(&["profile", "delete", "prod"], "").expect(0);
    let names: Vec<_> = env_sb
        .run(&["profile", "list", "-o", "json"], "")
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].clone())
        .collect();
    assert_eq!(names, ["dev"]);
    let fields = env_sb.run(&["profile", "list", "-o", "json", "--fields", "nope"], "");
    fields.expect(2);
    assert!(
        fields.stderr().contains("unknown field 'nope'"),
        "{}",
        fields.stderr()
    );
}

#[test]
fn with_token_falls_back_to_a_private_file_announced_once() {
    let sb = Sandbox::new();
    let issuer = format!("http://127.0.0.1:{}", free_port());
    let first = sb.run(&["--issuer", &issuer, "login", "--with-token"], "pat-123\n");
    first.expect(0);
    assert!(first.stdout().is_empty());
    let err = first.stderr();
    assert!(
        err.contains("could not use the Secret Service keyring") && err.contains("mode 0600"),
        "{err}"
    );
    assert!(
        err.contains("Signed in to") && err.contains("personal access token"),
        "{err}"
    );
    assert!(!err.contains("pat-123"));
    let file = sb.credentials("default");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    let dir_mode = std::fs::metadata(file.parent().unwrap())
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!((mode, dir_mode), (0o600, 0o700));
    // Announced once: the second save says nothing about the fallback.
    let second = sb.run(&["--issuer", &issuer, "login", "--with-token"], "pat-456\n");
    second.expect(0);
    assert!(
        !second.stderr().contains("could not use"),
        "{}",
        second.stderr()
    );
    let token = sb.run(&["--issuer", &issuer, "auth", "token"], "");
    token.expect(0);
    assert_eq!(token.stdout(), "pat-456\n");
    // WS_TOKEN wins over the stored token.
    let mut env_sb = Sandbox {
        dir: sb.dir,
        env: sb.env.clone(),
    };
    env_sb.set("WS_TOKEN", "from-env");
    assert_eq!(
        env_sb
            .run(&["--issuer", &issuer, "auth", "token"], "")
            .stdout(),
        "from-env\n"
    );
}

#[test]
fn an_explicit_keyring_that_fails_is_an_error_not_a_file() {
    let sb = Sandbox::new();
    let issuer = format!("http://127.0.0.1:{}", free_port());
    let run = sb.run(
        &[
            "--issuer",
            &issuer,
            "--token-store",
            "keyring",
            "login",
            "--with-token",
        ],
        "pat-123\n",
    );
    run.expect(1);
    let err = run.stderr();
    assert!(
        err.contains("could not use the Secret Service keyring")
            && err.contains("set to keyring")
            && err.contains("nothing was saved"),
        "{err}"
    );
    assert!(!err.contains("pat-123"), "{err}");
    assert!(!sb.credentials("default").exists());
    sb.run(&["--issuer", &issuer, "auth", "token"], "")
        .expect(4);
}

#[test]
fn with_token_rejects_empty_stdin() {
    let run = Sandbox::new().run(&["login", "--with-token"], "\n");
    run.expect(1);
    assert!(
        run.stderr().contains("expected one token on stdin"),
        "{}",
        run.stderr()
    );
}

#[test]
fn refuses_a_credentials_file_others_can_read() {
    let sb = Sandbox::new();
    let issuer = format!("http://127.0.0.1:{}", free_port());
    sb.run(
        &[
            "--issuer",
            &issuer,
            "--token-store",
            "file",
            "login",
            "--with-token",
        ],
        "tok",
    )
    .expect(0);
    let file = sb.credentials("default");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let run = sb.run(
        &[
            "--issuer",
            &issuer,
            "--token-store",
            "file",
            "auth",
            "token",
        ],
        "",
    );
    run.expect(1);
    assert!(
        run.stderr().contains("readable by others (mode 0644)"),
        "{}",
        run.stderr()
    );
    assert!(run.stdout().is_empty());
}

#[test]
fn logout_deletes_local_tokens_even_when_revocation_fails() {
    let sb = Sandbox::new();
    let issuer = format!("http://127.0.0.1:{}", free_port());
    sb.run(
        &[
            "--issuer",
            &issuer,
            "--token-store",
            "file",
            "login",
            "--with-token",
        ],
        "tok",
    )
    .expect(0);
    let run = sb.run(
        &["--issuer", &issuer, "--token-store", "file", "logout"],
        "",
    );
    run.expect(0);
    assert!(
        run.stderr().contains("Deleted the tokens from file"),
        "{}",
        run.stderr()
    );
    assert!(!sb.credentials("default").exists());
    sb.run(&["--issuer", &issuer, "auth", "status"], "")
        .expect(4);
}

#[test]
fn a_hanging_session_bus_does_not_hang_ws() {
    // A "D-Bus" socket that accepts connections and never answers: the keyring call
    // would block; the probe's timeout must give up and fall back to the file.
    let mut sb = Sandbox::new();
    let sock = sb.dir.path().join("bus");
    let listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    let _held = std::thread::spawn(move || {
        let conns: Vec<_> = listener.incoming().take(8).collect();
        std::thread::sleep(std::time::Duration::from_secs(60));
        drop(conns);
    });
    sb.set(
        "DBUS_SESSION_BUS_ADDRESS",
        &format!("unix:path={}", sock.display()),
    );
    let issuer = format!("http://127.0.0.1:{}", free_port());
    let run = sb.run(&["--issuer", &issuer, "login", "--with-token"], "tok");
    run.expect(0);
    assert!(
        run.stderr().contains("no answer within 3 s"),
        "{}",
        run.stderr()
    );
    assert!(sb.credentials("default").exists());
}

#[test]
fn colour_follows_no_color_and_clicolor_force() {
    let mut sb = Sandbox::new();
    let issuer = format!("http://127.0.0.1:{}", free_port());
    let plain = sb.run(&["--issuer", &issuer, "doctor"], "");
    assert_clean(&plain.stdout());
    sb.set("CLICOLOR_FORCE", "1");
    let forced = sb.run(&["--issuer", &issuer, "doctor"], "");
    assert!(
        forced.stdout().contains("\x1b[31mfail\x1b[0m"),
        "{}",
        forced.stdout()
    );
    sb.set("NO_COLOR", "1");
    assert_clean(&sb.run(&["--issuer", &issuer, "doctor"], "").stdout());
}

#[test]
fn doctor_json_lists_every_check() {
    let sb = Sandbox::new();
    let issuer = format!("http://127.0.0.1:{}", free_port());
    let run = sb.run(
        &[
            "--issuer",
            &issuer,
            "--token-store",
            "file",
            "doctor",
            "-o",
            "json",
        ],
        "",
    );
    run.expect(1);
    let checks: Vec<_> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["check"].as_str().unwrap().to_owned(),
                c["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let names: Vec<_> = checks.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(
        names,
        ["config", "token store", "issuer", "login", "workspace api"]
    );
    assert_eq!(checks[2].1, "fail");
    assert_eq!(checks[1].1, "ok");
}

#[test]
fn broken_pipe_exits_0() {
    let sb = Sandbox::new();
    let mut cmd = sb.cmd(&["completions", "zsh"]);
    cmd.stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    drop(child.stdout.take());
    let out = util::wait_bounded(child);
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The real keyring of this process's session, or `None` (reason printed) — panics when
/// `WS_TEST_REQUIRE_KEYRING=1` (set by scripts/test.sh, which starts the keyrings).
fn keyring_or_skip(backend: ws_client::store::KeyringBackend) -> Option<()> {
    let kr = ws_client::store::Keyring::new(backend, std::time::Duration::from_secs(5));
    match kr.probe() {
        Ok(()) => Some(()),
        Err(e) if std::env::var("WS_TEST_REQUIRE_KEYRING").as_deref() == Ok("1") => panic!("{e}"),
        Err(e) => {
            eprintln!(
                "SKIPPED: {e} (run inside dbus-run-session + gnome-keyring / keyctl session -, see scripts/test.sh)"
            );
            None
        }
    }
}

/// A sandbox that keeps this process's D-Bus session (for the real Secret Service).
fn with_session_bus() -> Sandbox {
    let mut sb = Sandbox::new();
    for var in ["DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"] {
        if let Ok(v) = std::env::var(var) {
            sb.set(var, &v);
        }
    }
    sb
}

#[test]
fn tokens_go_to_the_secret_service_when_it_works() {
    if keyring_or_skip(ws_client::store::KeyringBackend::SecretService).is_none() {
        return;
    }
    let sb = with_session_bus();
    let issuer = format!("http://127.0.0.1:{}", free_port());
    let profile = format!("ss{}", std::process::id());
    sb.run(&["profile", "set", &profile], "").expect(0);
    let base = ["--issuer", issuer.as_str(), "--profile", profile.as_str()];
    let run = sb.run(
        &[&base[..], &["login", "--with-token"]].concat(),
        "pat-in-keyring",
    );
    run.expect(0);
    assert!(
        run.stderr().contains("tokens in Secret Service keyring"),
        "{}",
        run.stderr()
    );
    assert!(!run.stderr().contains("could not use"), "{}", run.stderr());
    assert!(
        !sb.credentials(&profile).exists(),
        "no file copy when the keyring works"
    );
    assert_eq!(
        sb.run(&[&base[..], &["auth", "token"]].concat(), "")
            .stdout(),
        "pat-in-keyring\n"
    );
    let doctor = sb
        .run(&[&base[..], &["doctor", "-o", "json"]].concat(), "")
        .json();
    assert_eq!(doctor[1]["status"], "ok", "{doctor}");
    let out = sb.run(&[&base[..], &["logout"]].concat(), "");
    assert!(
        out.stderr()
            .contains("Deleted the tokens from Secret Service keyring"),
        "{}",
        out.stderr()
    );
    sb.run(&[&base[..], &["auth", "token"]].concat(), "")
        .expect(4);
}

#[test]
fn keyutils_store_is_used_when_chosen() {
    if keyring_or_skip(ws_client::store::KeyringBackend::Keyutils).is_none() {
        return;
    }
    let sb = Sandbox::new();
    let issuer = format!("http://127.0.0.1:{}", free_port());
    let profile = format!("ku{}", std::process::id());
    sb.run(&["profile", "set", &profile, "token_store=keyutils"], "")
        .expect(0);
    let base = ["--issuer", issuer.as_str(), "--profile", profile.as_str()];
    let run = sb.run(
        &[&base[..], &["login", "--with-token"]].concat(),
        "pat-in-keyutils",
    );
    run.expect(0);
    assert!(
        run.stderr().contains("tokens in kernel keyutils keyring"),
        "{}",
        run.stderr()
    );
    assert_eq!(
        sb.run(&[&base[..], &["auth", "token"]].concat(), "")
            .stdout(),
        "pat-in-keyutils\n"
    );
    sb.run(&[&base[..], &["logout"]].concat(), "").expect(0);
    sb.run(&[&base[..], &["auth", "token"]].concat(), "")
        .expect(4);
}
