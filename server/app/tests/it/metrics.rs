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
    assert!(resp.headers()["content-type"].to_str().unwrap().starts_with("text/plain"));
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
    assert!(!text.contains("3f1b7c2e-raw-id"), "a raw path leaked into a label:\n{text}");

    let Some(promtool) = support::program("promtool") else { return };
    let mut check = Command::new(promtool)
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    check.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = check.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "promtool: {}{}\n{text}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
