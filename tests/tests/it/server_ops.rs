//! The server's operational surface over real HTTP: liveness, readiness, request ids,
//! graceful shutdown.

use ws_tests::TestServer;

#[tokio::test]
async fn healthz_and_readyz_answer() {
    let server = TestServer::start().await;
    let client = server.client();
    let health = client.get(server.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    let body: serde_json::Value = health.json().await.unwrap();
    assert_eq!(body["status"], "ok");

    let ready = client.get(server.url("/readyz")).send().await.unwrap();
    assert_eq!(ready.status(), 200);
    let body: serde_json::Value = ready.json().await.unwrap();
    assert_eq!(body["status"], "ready");
    assert_eq!(body["checks"]["database"], "ok");
    assert_eq!(body["checks"]["signing_keys"], "ok");
}

#[tokio::test]
async fn every_response_carries_a_request_id() {
    let server = TestServer::start().await;
    let client = server.client();
    let mut seen = Vec::new();
    for path in ["/healthz", "/readyz", "/no-such-route"] {
        let resp = client.get(server.url(path)).send().await.unwrap();
        let id = resp.headers()["x-request-id"].to_str().unwrap().to_owned();
        assert!(!id.is_empty(), "{path}");
        seen.push(id);
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 3, "each request gets its own id");
}

#[tokio::test]
async fn a_caller_request_id_is_propagated() {
    let server = TestServer::start().await;
    let resp = server
        .client()
        .get(server.url("/healthz"))
        .header("x-request-id", "trace-me-42")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.headers()["x-request-id"], "trace-me-42");
}

/// A request in flight when the shutdown signal arrives is answered in full; new
/// connections are refused from then on, and the server then stops.
#[tokio::test]
async fn graceful_shutdown_finishes_the_request_in_flight() {
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
    use tokio::net::TcpStream;

    let mut server = TestServer::start().await;
    let addr = server.base_url.trim_start_matches("http://").to_owned();
    let client_id = server.bootstrap["cli_client_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let body = format!("client_id={}&scope=openid", client_id.replace('@', "%40"));

    // Headers only, asking for `100 Continue`: once it arrives, a handler is reading
    // this request's body, so the request is certainly in flight.
    let mut conn = BufReader::new(TcpStream::connect(&addr).await.unwrap());
    let head = format!(
        "POST /oauth/v2/device_authorization HTTP/1.1\r\nHost: {addr}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\
         Expect: 100-continue\r\n\r\n",
        body.len()
    );
    conn.get_mut().write_all(head.as_bytes()).await.unwrap();
    let mut status = String::new();
    conn.read_line(&mut status).await.unwrap();
    assert!(status.starts_with("HTTP/1.1 100"), "{status}");
    let mut blank = String::new();
    conn.read_line(&mut blank).await.unwrap();

    server.begin_shutdown();
    // Wait (without a deadline assertion) until the listener is closed.
    let mut refused = false;
    for _ in 0..500 {
        if TcpStream::connect(&addr).await.is_err() {
            refused = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert!(
        refused,
        "the server kept accepting connections after the shutdown signal"
    );

    conn.get_mut().write_all(body.as_bytes()).await.unwrap();
    let mut response = String::new();
    conn.read_to_string(&mut response).await.unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains("device_code"), "{response}");
    assert!(
        response.to_ascii_lowercase().contains("x-request-id:"),
        "{response}"
    );
    server.stop().unwrap();
}
