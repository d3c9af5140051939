//! Authorization code + PKCE (S256) with a loopback redirect (RFC 8252): listen on
//! 127.0.0.1, send the browser to the authorization endpoint, receive one callback,
//! check `state`, exchange the code and verify the ID token's `nonce`.

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::{Request, Response, StatusCode};
use openidconnect::{CsrfToken, Nonce, PkceCodeChallenge};
use subtle::ConstantTimeEq;
use time::OffsetDateTime;
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use url::Url;

use super::{Discovery, LoginEvent, Notify, idtoken};
use crate::error::Error;
use crate::http::Http;
use crate::tokens::{Grant, TokenResponse, TokenSet};

/// Options of the loopback login.
#[derive(Debug, Clone)]
pub struct LoopbackOptions {
    /// Address to listen on; `None` = 127.0.0.1 with a random port.
    pub listen: Option<SocketAddr>,
    /// Whether to launch the system browser (the URL is always reported).
    pub open_browser: bool,
    /// How long to wait for the browser to come back.
    pub timeout: Duration,
}

/// Runs the loopback login until tokens are issued.
pub async fn login(
    http: &Http,
    disc: &Discovery,
    client_id: &str,
    scopes: &[String],
    opts: &LoopbackOptions,
    notify: Notify<'_>,
    cancel: impl Future<Output = ()>,
) -> Result<TokenSet, Error> {
    let listener = bind(opts.listen).await?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::io("loopback listener", e))?;
    let redirect_uri = format!("http://{addr}/callback");
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let state = CsrfToken::new_random();
    let nonce = Nonce::new_random();
    let url = authorization_url(
        disc,
        client_id,
        &redirect_uri,
        scopes,
        &challenge,
        &state,
        &nonce,
    )?;
    let opened = opts.open_browser && webbrowser::open(url.as_str()).is_ok();
    notify(LoginEvent::OpenUrl {
        url: url.to_string(),
        opened,
    });

    let wait = receive_code(listener, state.secret().clone());
    let code = tokio::select! {
        r = tokio::time::timeout(opts.timeout, wait) => r.map_err(|_| Error::Login(format!(
            "no answer from the browser within {} s; run `ws auth login` again (or use --device)", opts.timeout.as_secs()
        )))??,
        () = cancel => return Err(Error::Cancelled),
    };
    let now = OffsetDateTime::now_utc();
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", redirect_uri.as_str()),
        ("client_id", client_id),
        ("code_verifier", verifier.secret().as_str()),
    ];
    let resp: TokenResponse = http
        .post_form(&disc.metadata.token_endpoint, &form, None)
        .await?;
    let tokens = resp.into_tokens(
        &disc.metadata.issuer,
        Some(client_id.to_owned()),
        Grant::AuthorizationCode,
        now,
    );
    if let Some(id_token) = &tokens.id_token {
        idtoken::verify(http, disc, client_id, id_token.expose(), &nonce).await?;
    } else if scopes.iter().any(|s| s == "openid") {
        return Err(Error::Login(
            "the issuer returned no ID token for an `openid` login".into(),
        ));
    }
    Ok(tokens)
}

/// The authorization request: code flow, S256 challenge, state and nonce.
fn authorization_url(
    disc: &Discovery,
    client_id: &str,
    redirect_uri: &str,
    scopes: &[String],
    challenge: &PkceCodeChallenge,
    state: &CsrfToken,
    nonce: &Nonce,
) -> Result<Url, Error> {
    let mut url =
        Url::parse(&disc.metadata.authorization_endpoint).map_err(|e| Error::Protocol {
            url: disc.metadata.authorization_endpoint.clone(),
            reason: format!("authorization endpoint is not a URL: {e}"),
        })?;
    url.query_pairs_mut()
        .append_pair("client_id", client_id)
        .append_pair("redirect_uri", redirect_uri)
        .append_pair("response_type", "code")
        .append_pair("scope", &scopes.join(" "))
        .append_pair("state", state.secret())
        .append_pair("nonce", nonce.secret())
        .append_pair("code_challenge", challenge.as_str())
        .append_pair("code_challenge_method", "S256");
    // OIDC Core §11: a provider may ignore `offline_access` unless the user is
    // asked for consent; ZITADEL grants it either way, others only with this.
    if scopes.iter().any(|s| s == "offline_access") {
        url.query_pairs_mut().append_pair("prompt", "consent");
    }
    Ok(url)
}

async fn bind(listen: Option<SocketAddr>) -> Result<TcpListener, Error> {
    let addr = listen.unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 0)));
    TcpListener::bind(addr).await.map_err(|e| {
        let why = if e.kind() == std::io::ErrorKind::AddrInUse { "address already in use".to_owned() } else { e.to_string() };
        Error::Login(format!(
            "cannot listen on {addr} for the browser's redirect: {why}; choose another --listen-address or leave it out for a random port"
        ))
    })
}

/// Serves callbacks until one carries a code (or an error) with the right state.
async fn receive_code(listener: TcpListener, state: String) -> Result<String, Error> {
    let (tx, mut rx) = mpsc::channel::<Result<String, Error>>(1);
    let server = async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let tx = tx.clone();
            let state = state.clone();
            tokio::spawn(async move {
                let svc = hyper::service::service_fn(move |req| {
                    let tx = tx.clone();
                    let state = state.clone();
                    async move { Ok::<_, Infallible>(handle(req, &state, &tx).await) }
                });
                let io = hyper_util::rt::TokioIo::new(stream);
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(io, svc)
                    .await;
            });
        }
    };
    tokio::select! {
        () = server => Err(Error::Login("loopback listener stopped".into())),
        r = rx.recv() => r.unwrap_or_else(|| Err(Error::Login("loopback listener stopped".into()))),
    }
}

async fn handle(
    req: Request<Incoming>,
    state: &str,
    tx: &mpsc::Sender<Result<String, Error>>,
) -> Response<Full<Bytes>> {
    if req.uri().path() != "/callback" {
        return page(
            StatusCode::NOT_FOUND,
            "Not found",
            "This address only receives the login redirect of ws.",
        );
    }
    let params: std::collections::HashMap<String, String> =
        url::form_urlencoded::parse(req.uri().query().unwrap_or("").as_bytes())
            .into_owned()
            .collect();
    let got_state = params.get("state").map(String::as_str).unwrap_or("");
    if !bool::from(got_state.as_bytes().ct_eq(state.as_bytes())) {
        // Not ours (stale tab or forged request): keep waiting for the real one.
        return page(
            StatusCode::BAD_REQUEST,
            "Login failed",
            "The state parameter does not match this login. Start again with `ws auth login`.",
        );
    }
    if let Some(err) = params.get("error") {
        let desc = params.get("error_description").cloned().unwrap_or_default();
        let _ = tx
            .send(Err(Error::Login(format!(
                "the issuer answered {err}: {desc}"
            ))))
            .await;
        return page(
            StatusCode::OK,
            "Login failed",
            &format!("{err}: {desc}. You can close this tab."),
        );
    }
    match params.get("code") {
        Some(code) => {
            let _ = tx.send(Ok(code.clone())).await;
            page(
                StatusCode::OK,
                "Signed in",
                "Signed in to ws. You can close this tab and return to the terminal.",
            )
        }
        None => page(
            StatusCode::BAD_REQUEST,
            "Login failed",
            "The redirect carried no code.",
        ),
    }
}

fn page(status: StatusCode, title: &str, text: &str) -> Response<Full<Bytes>> {
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>ws: {t}</title></head>\
         <body style=\"font-family:sans-serif;max-width:36em;margin:4em auto\"><h1>{t}</h1><p>{x}</p></body></html>",
        t = escape(title),
        x = escape(text)
    );
    let mut resp = Response::new(Full::new(Bytes::from(html)));
    *resp.status_mut() = status;
    resp.headers_mut().insert(
        "content-type",
        "text/html; charset=utf-8".parse().expect("static header"),
    );
    resp
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn listener() -> (TcpListener, String) {
        let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", l.local_addr().unwrap());
        (l, base)
    }

    #[test]
    fn offline_access_is_requested_with_prompt_consent() {
        let metadata: crate::oidc::discovery::ProviderMetadata =
            serde_json::from_value(serde_json::json!({
                "issuer": "https://idp.example",
                "authorization_endpoint": "https://idp.example/authorize",
                "token_endpoint": "https://idp.example/token",
                "jwks_uri": "https://idp.example/keys",
            }))
            .unwrap();
        let disc = Discovery {
            metadata,
            server_date: None,
        };
        let (challenge, _) = PkceCodeChallenge::new_random_sha256();
        let url = |scopes: &[&str]| {
            let scopes: Vec<String> = scopes.iter().map(|s| (*s).to_owned()).collect();
            let url = authorization_url(
                &disc,
                "ws",
                "http://127.0.0.1:1/callback",
                &scopes,
                &challenge,
                &CsrfToken::new_random(),
                &Nonce::new_random(),
            )
            .unwrap();
            url.query_pairs()
                .find(|(k, _)| k == "prompt")
                .map(|(_, v)| v.into_owned())
        };
        assert_eq!(
            url(&["openid", "offline_access"]).as_deref(),
            Some("consent")
        );
        assert_eq!(url(&["openid"]), None);
    }

    #[tokio::test]
    async fn callback_checks_state_before_accepting_a_code() {
        let (l, base) = listener().await;
        let wait = tokio::spawn(receive_code(l, "the-state".into()));
        let http = reqwest::Client::new();
        let forged = http
            .get(format!("{base}/callback?code=evil&state=other"))
            .send()
            .await
            .unwrap();
        assert_eq!(forged.status(), 400);
        assert!(forged.text().await.unwrap().contains("does not match"));
        let other = http
            .get(format!("{base}/favicon.ico"))
            .send()
            .await
            .unwrap();
        assert_eq!(other.status(), 404);
        let ok = http
            .get(format!("{base}/callback?code=good&state=the-state"))
            .send()
            .await
            .unwrap();
        assert_eq!(ok.status(), 200);
        assert!(ok.text().await.unwrap().contains("You can close this tab"));
        assert_eq!(wait.await.unwrap().unwrap(), "good");
    }

    #[tokio::test]
    async fn callback_error_is_reported_and_escaped() {
        let (l, base) = listener().await;
        let wait = tokio::spawn(receive_code(l, "s".into()));
        let url = format!(
            "{base}/callback?state=s&error=access_denied&error_description=%3Cb%3Eno%3C%2Fb%3E"
        );
        let page = reqwest::get(url).await.unwrap().text().await.unwrap();
        assert!(
            page.contains("&lt;b&gt;no&lt;/b&gt;") && !page.contains("<b>no"),
            "{page}"
        );
        let err = wait.await.unwrap().unwrap_err().to_string();
        assert!(err.contains("access_denied: <b>no</b>"), "{err}");
    }

    #[tokio::test]
    async fn busy_listen_address_is_a_clear_error() {
        let (l, _) = listener().await;
        let err = bind(Some(l.local_addr().unwrap()))
            .await
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("address already in use") && err.contains("--listen-address"),
            "{err}"
        );
    }
}
