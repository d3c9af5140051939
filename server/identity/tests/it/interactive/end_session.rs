//! `/oidc/v1/end_session`: the session ends; only registered URIs are returned to;
//! without a valid `id_token_hint` the user confirms first (a CSRF-protected POST),
//! so a cross-site GET or POST signs nobody out.

use axum::http::{StatusCode, header};

use super::fixture::*;

async fn signed_in(f: &Fixture) -> Client {
    let mut c = f.client();
    let page = c.get(&authorize_url(&[])).await;
    let r = sign_in(&mut c, &page, "alice", PASSWORD).await;
    assert_eq!(r.status, StatusCode::FOUND);
    c
}

/// Submits the confirmation form of `page` (its hidden fields) as the user would.
async fn confirm(c: &mut Client, page: &Resp) -> Resp {
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Sign out?"), "{}", page.body);
    let names = ["csrf", "client_id", "post_logout_redirect_uri", "state"];
    let fields: Vec<(&str, String)> = names
        .iter()
        .filter_map(|n| page.input(n).map(|v| (*n, v)))
        .collect();
    let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    c.post_form("/oidc/v1/end_session", &form).await
}

#[tokio::test]
async fn without_a_hint_nothing_ends_before_the_user_confirms() {
    let f = Fixture::new().await;
    let mut c = signed_in(&f).await;
    let page = c.get("/oidc/v1/end_session").await;
    let posted = c.post_form("/oidc/v1/end_session", &[]).await;
    assert!(posted.body.contains("Sign out?"), "a plain POST asks too");
    // A forged or missing token is refused, and the session is kept.
    for token in ["forged.token", page.csrf().as_str()] {
        let mut other = c.clone();
        if token == page.csrf() {
            other.cookies.remove("ws_csrf");
        }
        let r = other
            .post_form("/oidc/v1/end_session", &[("csrf", token)])
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{token}");
    }
    let r = c.get(&authorize_url(&[("prompt", "none")])).await;
    assert!(r.loc_param("code").is_some(), "still signed in");
    let r = confirm(&mut c, &page).await;
    assert!(r.body.contains("You are signed out"), "{}", r.body);
    let r = c.get(&authorize_url(&[("prompt", "none")])).await;
    assert_eq!(r.loc_param("error").as_deref(), Some("login_required"));
}

#[tokio::test]
async fn logout_with_registered_uri_redirects_and_ends_session() {
    let f = Fixture::new().await;
    let mut c = signed_in(&f).await;
    let page = c
        .get(&format!(
            "/oidc/v1/end_session?client_id={NATIVE}&post_logout_redirect_uri=http%3A%2F%2F127.0.0.1%3A9999%2Flogged-out&state=bye"
        ))
        .await;
    let r = confirm(&mut c, &page).await;
    assert_eq!(r.status, StatusCode::FOUND);
    assert_eq!(
        r.location().as_str(),
        "http://127.0.0.1:9999/logged-out?state=bye"
    );
    assert!(!c.cookies.contains_key("ws_session"), "cookie removed");
    let r = c.get(&authorize_url(&[("prompt", "none")])).await;
    assert_eq!(r.loc_param("error").as_deref(), Some("login_required"));
}

#[tokio::test]
async fn session_row_is_deleted_even_if_the_cookie_is_replayed() {
    let f = Fixture::new().await;
    let mut c = signed_in(&f).await;
    let stolen = c.cookies.get("ws_session").cloned().unwrap();
    let page = c.post_form("/oidc/v1/end_session", &[]).await;
    let r = confirm(&mut c, &page).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("You are signed out"));
    c.cookies.insert("ws_session".into(), stolen);
    let r = c.get(&authorize_url(&[("prompt", "none")])).await;
    assert_eq!(r.loc_param("error").as_deref(), Some("login_required"));
}

#[tokio::test]
async fn unregistered_or_clientless_redirects_are_not_followed() {
    let f = Fixture::new().await;
    for q in [
        format!("client_id={NATIVE}&post_logout_redirect_uri=https%3A%2F%2Fevil.example%2F"),
        "post_logout_redirect_uri=http%3A%2F%2F127.0.0.1%2Flogged-out".to_owned(),
        "client_id=nope&post_logout_redirect_uri=http%3A%2F%2F127.0.0.1%2Flogged-out".to_owned(),
    ] {
        let mut c = signed_in(&f).await;
        let page = c.get(&format!("/oidc/v1/end_session?{q}")).await;
        let r = confirm(&mut c, &page).await;
        assert_eq!(r.status, StatusCode::OK, "{q}");
        assert!(r.headers.get(header::LOCATION).is_none());
        assert!(r.body.contains("You are signed out"));
        assert!(!c.cookies.contains_key("ws_session"));
    }
}

/// Signs in, redeems the code at the token endpoint and returns (client, id_token).
async fn id_token(f: &Fixture) -> (Client, String) {
    let mut c = f.client();
    let page = c.get(&authorize_url(&[])).await;
    let r = sign_in(&mut c, &page, "alice", PASSWORD).await;
    let code = r.loc_param("code").unwrap();
    let r = c
        .post_form(
            "/oauth/v2/token",
            &[
                ("grant_type", "authorization_code"),
                ("code", &code),
                ("redirect_uri", "http://127.0.0.1:45678/callback"),
                ("client_id", NATIVE),
                ("code_verifier", VERIFIER),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let token = r.json()["id_token"].as_str().unwrap().to_owned();
    (c, token)
}

#[tokio::test]
async fn id_token_hint_names_the_client() {
    let f = Fixture::new().await;
    let (mut c, token) = id_token(&f).await;
    let back = "http%3A%2F%2F127.0.0.1%3A9999%2Flogged-out";
    // Expired hints are fine: logging out late is normal.
    f.clock.advance(std::time::Duration::from_secs(13 * 3600));
    let r = c
        .get(&format!(
            "/oidc/v1/end_session?id_token_hint={token}&post_logout_redirect_uri={back}&state=s"
        ))
        .await;
    assert_eq!(r.status, StatusCode::FOUND, "{}", r.body);
    assert_eq!(
        r.location().as_str(),
        "http://127.0.0.1:9999/logged-out?state=s"
    );
    assert!(!c.cookies.contains_key("ws_session"));
}

#[tokio::test]
async fn forged_or_mismatched_hints_are_refused_and_keep_the_session() {
    let f = Fixture::new().await;
    let (mut c, token) = id_token(&f).await;
    let mut parts: Vec<&str> = token.split('.').collect();
    let forged_sig = "AAAA".repeat(86);
    parts[2] = &forged_sig;
    let forged = parts.join(".");
    for q in [
        format!("id_token_hint={forged}"),
        "id_token_hint=not-a-jwt".to_owned(),
        format!("id_token_hint={token}&client_id={WEB}"),
    ] {
        let r = c.get(&format!("/oidc/v1/end_session?{q}")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{q}");
        assert!(r.headers.get(header::LOCATION).is_none());
    }
    let r = c.get(&authorize_url(&[("prompt", "none")])).await;
    assert!(r.loc_param("code").is_some(), "still signed in");
}

#[tokio::test]
async fn a_hinted_unregistered_uri_is_refused_and_keeps_the_session() {
    let f = Fixture::new().await;
    let (mut c, token) = id_token(&f).await;
    let r = c
        .get(&format!(
            "/oidc/v1/end_session?id_token_hint={token}&post_logout_redirect_uri=https%3A%2F%2Fevil.example%2F"
        ))
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(r.body.contains("not registered"), "{}", r.body);
    assert!(r.headers.get(header::LOCATION).is_none());
    let r = c.get(&authorize_url(&[("prompt", "none")])).await;
    assert!(r.loc_param("code").is_some(), "still signed in");
}
