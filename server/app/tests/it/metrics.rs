//! `/metrics`: a real scrape after real requests, validated by `promtool check metrics`;
//! series are labelled by the matched route template, never the raw path.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::support::{self, start};

#[tokio::test]
async fn metrics_name_matched_routes_and_pass_promtool() {
    let server = start(|_| {}).await;
    let client = reqwest::Client::new();
    let doc = format!("{}/api/v1/docs/3f1b7c2e-raw-id", server.base);
    for url in [
        format!("{}/api/v1/docs", server.base),
        doc,
        format!("{}/healthz", server.base),
        format!("{}/no/such/route", server.base),
    ] {
        client.get(url).send().await.unwrap();
    }
    let resp = client
        .get(format!("{}/metrics", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert!(
        resp.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    let text = resp.text().await.unwrap();
    for needle in [
        r#"http_server_requests_total{method="GET",route="/api/v1/docs",status="401"}"#,
        r#"http_server_requests_total{method="GET",route="/healthz",status="200"}"#,
        r#"route="unmatched",status="404""#,
        "# TYPE http_server_request_duration_seconds histogram",
        r#"http_server_request_duration_seconds_bucket{method="GET",route="/healthz",status="200",le="0.001"}"#,
    ] {
        assert!(text.contains(needle), "missing {needle} in:\n{text}");
    }
    assert!(
        !text.contains("3f1b7c2e-raw-id"),
        "a raw path leaked into a label:\n{text}"
    );

    let Some(promtool) = support::program("promtool") else {
        return;
    };
    let mut check = Command::new(promtool)
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    check
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = check.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "promtool: {}{}\n{text}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn log_lines_of_a_request_carry_its_trace_id_and_matched_route() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("ws-server.toml");
    std::fs::write(
        &config,
        format!("[server]\ndata_dir = {:?}\n", dir.path().join("data")),
    )
    .unwrap();
    let server = crate::support::Binary::serve(&config, "info,tower_http=debug");
    let trace = "4bf92f3577b34da6a3ce929d0e0e4736";
    let resp = reqwest::Client::new()
        .get(format!("http://{}/api/v1/docs/some-raw-id", server.addr))
        .header("traceparent", format!("00-{trace}-00f067aa0ba902b7-01"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
    let log = server.stop();
    let line = log
        .lines()
        .find(|l| l.contains(trace))
        .unwrap_or_else(|| panic!("no line with the trace id:\n{log}"));
    assert!(line.contains("route=/api/v1/docs/{id}"), "{line}");
    assert!(!line.contains("some-raw-id"), "{line}");
}
