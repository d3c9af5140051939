//! TLS with a generated certificate: HTTP/2 by ALPN, HSTS, a certificate swapped on
//! SIGHUP while an open connection keeps working; cleartext HTTP/2 (h2c) and CORS on the
//! plain listener.

use std::path::Path;

use reqwest::{Certificate, Client, Version};

use crate::support::{Binary, read_until, start};

/// A self-signed certificate for 127.0.0.1, written as PEM files; returns it for trust.
fn write_cert(dir: &Path) -> Certificate {
    let cert = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned()]).unwrap();
    std::fs::write(dir.join("cert.pem"), cert.cert.pem()).unwrap();
    std::fs::write(dir.join("key.pem"), cert.signing_key.serialize_pem()).unwrap();
    Certificate::from_pem(cert.cert.pem().as_bytes()).unwrap()
}

/// A config file serving TLS from `dir`'s PEM files.
fn tls_config(dir: &Path) -> std::path::PathBuf {
    let config = dir.join("ws-server.toml");
    let toml = format!(
        "[server]\ndata_dir = {:?}\ntls_cert = {:?}\ntls_key = {:?}\n",
        dir.join("data"),
        dir.join("cert.pem"),
        dir.join("key.pem"),
    );
    std::fs::write(&config, toml).unwrap();
    config
}

/// A client that trusts only `root`.
fn trusting(root: Certificate) -> Client {
    Client::builder()
        .tls_built_in_root_certs(false)
        .add_root_certificate(root)
        .build()
        .unwrap()
}

// Several workers: `stop()` blocks this thread while the clients' connections
// must still answer the server's GOAWAY and close.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_speaks_h2_sends_hsts_and_reloads_the_certificate_on_sighup() {
    let dir = tempfile::tempdir().unwrap();
    let first = write_cert(dir.path());
    let first_pem = std::fs::read_to_string(dir.path().join("cert.pem")).unwrap();
    let mut server = Binary::serve(&tls_config(dir.path()), "info");
    let url = format!("https://{}/healthz", server.addr);

    let old = trusting(first);
    let resp = old.get(&url).send().await.unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.version(), Version::HTTP_2, "ALPN picks h2");
    assert_eq!(
        resp.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );

    let second = write_cert(dir.path());
    server.signal("HUP");
    read_until(&mut server.stderr, "TLS certificate reloaded");
    // New handshakes present the new certificate...
    let new = trusting(second);
    assert_eq!(new.get(&url).send().await.unwrap().status(), 200);
    // ...while the connection opened before the reload stays up: `old` trusts only the
    // first certificate, so a fresh handshake would fail.
    assert_eq!(old.get(&url).send().await.unwrap().status(), 200);
    // A new client trusting only the first certificate cannot connect any more.
    let stale = trusting(Certificate::from_pem(first_pem.as_bytes()).unwrap());
    assert!(
        stale.get(&url).send().await.is_err(),
        "new handshakes use the new certificate"
    );
    server.stop();
}

// Several workers: `stop()` blocks this thread while the clients' connections
// must still answer the server's GOAWAY and close.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_certificate_on_reload_keeps_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let first = write_cert(dir.path());
    let mut server = Binary::serve(&tls_config(dir.path()), "info");
    std::fs::write(dir.path().join("cert.pem"), "not a certificate").unwrap();
    server.signal("HUP");
    let line = read_until(&mut server.stderr, "TLS reload failed");
    assert!(line.contains("cert.pem"), "{line}");
    let url = format!("https://{}/healthz", server.addr);
    assert_eq!(
        trusting(first).get(&url).send().await.unwrap().status(),
        200
    );
    server.stop();
}

#[tokio::test]
async fn plain_listener_speaks_h2c_and_answers_cors_for_allowed_origins_only() {
    let server = start(|c| {
        c.server.cors_allowed_origins = vec!["https://app.example.com".to_owned()];
    })
    .await;
    let h2c = Client::builder().http2_prior_knowledge().build().unwrap();
    let resp = h2c
        .get(format!("{}/healthz", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.version(), Version::HTTP_2);
    assert!(
        !resp.headers().contains_key("strict-transport-security"),
        "no HSTS over plain HTTP"
    );

    let preflight = |origin: &'static str| {
        Client::new()
            .request(
                reqwest::Method::OPTIONS,
                format!("{}/api/v1/docs", server.base),
            )
            .header("origin", origin)
            .header("access-control-request-method", "GET")
            .header("access-control-request-headers", "authorization")
            .send()
    };
    let allowed = preflight("https://app.example.com").await.unwrap();
    assert_eq!(
        allowed.headers()["access-control-allow-origin"],
        "https://app.example.com"
    );
    let other = preflight("https://evil.example.net").await.unwrap();
    assert!(!other.headers().contains_key("access-control-allow-origin"));
}
