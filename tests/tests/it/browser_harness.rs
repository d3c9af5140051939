//! The Chromium harness itself: it starts, renders a page served on loopback, and
//! leaves no chromedriver behind.

use fantoccini::Locator;
use ws_tests::browser::Browser;

#[tokio::test]
async fn chromium_renders_a_loopback_page() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        while let Ok((mut s, _)) = listener.accept().await {
            let mut buf = [0u8; 2048];
            let _ = s.read(&mut buf).await;
            let body = "<!doctype html><title>t</title><h1 id=\"x\">hello chromium</h1>";
            let resp = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = s.write_all(resp.as_bytes()).await;
        }
    });
    let browser = Browser::start().await.unwrap();
    browser
        .client()
        .goto(&format!("http://{addr}/"))
        .await
        .unwrap();
    let text = browser
        .client()
        .find(Locator::Id("x"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(text, "hello chromium");
    browser.quit().await;
}
