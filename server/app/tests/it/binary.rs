//! The real `ws-server` binary: help, default-config, validate-config, and a serve
//! that stops cleanly on SIGTERM.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

fn ws_server() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ws-server"));
    c.env_remove("WS_LOG");
    c
}

#[test]
fn help_lists_commands_and_examples() {
    let out = ws_server().arg("--help").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "serve",
        "default-config",
        "validate-config",
        "Examples:",
        "WS_SERVER__",
        "WS_LOG",
    ] {
        assert!(text.contains(needle), "--help lacks {needle}:\n{text}");
    }
    let serve = ws_server().args(["serve", "--help"]).output().unwrap();
    let text = String::from_utf8(serve.stdout).unwrap();
    for flag in ["--data", "--listen", "--config", "--issuer", "--demo"] {
        assert!(text.contains(flag), "serve --help lacks {flag}");
    }
}

#[test]
fn default_config_round_trips_through_validate_config() {
    let out = ws_server().arg("default-config").output().unwrap();
    assert!(out.status.success());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ws-server.toml");
    std::fs::write(&file, &out.stdout).unwrap();
    let check = ws_server()
        .arg("validate-config")
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(String::from_utf8(check.stdout).unwrap().contains("ok"));
}

#[test]
fn validate_config_names_the_key_and_line_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.toml");
    std::fs::write(
        &file,
        "# comment\n[identity]\naccess_token_ttl = \"12h\"\nrefresh_token_ttl = true\n",
    )
    .unwrap();
    let out = ws_server()
        .arg("validate-config")
        .arg(&file)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad.toml:4:"), "{err}");
    assert!(err.contains("identity.refresh_token_ttl"), "{err}");

    std::fs::write(&file, "[server]\nport = 8080\n").unwrap();
    let out = ws_server()
        .arg("validate-config")
        .arg(&file)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("unknown field `port`") && err.contains(":2:"),
        "{err}"
    );
}

#[test]
fn serve_bootstraps_prints_how_to_log_in_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut child = ws_server()
        .args(["serve", "--listen", "127.0.0.1:0", "--data"])
        .arg(&data)
        // The most verbose logging there is: still no secret may appear in it.
        .env("WS_LOG", "trace")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut banner = String::new();
    let mut line = String::new();
    // Read up to the end of the banner (its "Log in with ws" block).
    while stderr.read_line(&mut line).unwrap() > 0 {
        banner.push_str(&line);
        let done = line.contains("--with-token");
        line.clear();
        if done {
            break;
        }
    }
    assert!(
        banner.contains("listening on http://127.0.0.1:"),
        "{banner}"
    );
    assert!(
        banner.contains(&data.join("admin.pat").display().to_string()),
        "{banner}"
    );
    assert!(banner.contains("ws login"), "{banner}");
    assert!(banner.contains("password (shown once"), "{banner}");

    // A request carrying the admin PAT, logged at trace level.
    let addr = banner
        .split("listening on http://")
        .nth(1)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .trim()
        .to_owned();
    let pat = std::fs::read_to_string(data.join("admin.pat"))
        .unwrap()
        .trim()
        .to_owned();
    let mut conn = std::net::TcpStream::connect(&addr).unwrap();
    let req = format!(
        "GET /oidc/v1/userinfo HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {pat}\r\nConnection: close\r\n\r\n"
    );
    std::io::Write::write_all(&mut conn, req.as_bytes()).unwrap();
    let mut answer = String::new();
    std::io::Read::read_to_string(&mut conn, &mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 "), "{answer}");

    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    let exit = child.wait().unwrap();
    assert!(exit.success(), "exit {exit:?}; stderr: {rest}");
    assert!(rest.contains("ws-server stopped"), "{rest}");
    // The generated password is shown once, in the banner, never in log lines.
    let password = banner
        .lines()
        .find(|l| l.contains("shown once"))
        .unwrap()
        .rsplit(' ')
        .next()
        .unwrap();
    assert_eq!(format!("{banner}{rest}").matches(password).count(), 1);
    assert!(!rest.contains(&pat), "the PAT reached the log");
}

#[test]
fn serve_without_a_data_directory_says_how_to_give_one() {
    let out = ws_server()
        .args(["serve", "--listen", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("--data DIR"), "{err}");
}
