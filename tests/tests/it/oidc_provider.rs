//! The embedded provider driven end to end by third-party clients: the
//! `openidconnect` crate (discovery, JWKS, ID-token verification with nonce and
//! `at_hash`, code + PKCE, refresh rotation, client credentials, userinfo,
//! introspection, revocation) and `jsonwebtoken` (jwt-bearer assertions, access-token
//! verification against the published JWKS). Real HTTP on 127.0.0.1:0, real SQLite.

use crate::oidc_support;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use oidc_support::*;
use openidconnect::core::{
    CoreClient, CoreErrorResponseType, CoreIdToken, CoreProviderMetadata, CoreUserInfoClaims,
};
use openidconnect::{
    AccessTokenHash, AuthorizationCode, ClientId, ClientSecret, IntrospectionUrl, IssuerUrl, Nonce,
    OAuth2TokenResponse, PkceCodeChallenge, RedirectUrl, RequestTokenError, Scope,
    TokenIntrospectionResponse, TokenResponse, reqwest,
};
use serde_json::{Value, json};

fn http() -> reqwest::Client {
    reqwest::ClientBuilder::new()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

async fn metadata(p: &Provider) -> CoreProviderMetadata {
    CoreProviderMetadata::discover_async(IssuerUrl::new(p.issuer.clone()).unwrap(), &http())
        .await
        .expect("discovery and JWKS")
}

fn server_error<T: std::fmt::Debug, E: std::error::Error + 'static>(
    r: Result<T, RequestTokenError<E, openidconnect::StandardErrorResponse<CoreErrorResponseType>>>,
) -> CoreErrorResponseType {
    match r {
        Err(RequestTokenError::ServerResponse(e)) => e.error().clone(),
        other => panic!("expected an OAuth error response, got {other:?}"),
    }
}

#[tokio::test]
async fn code_with_pkce_verified_id_token_and_refresh_rotation() {
    let p = Provider::start().await;
    let meta = metadata(&p).await;
    let redirect = "http://127.0.0.1:49152/callback";
    let client = CoreClient::from_provider_metadata(meta, ClientId::new(NATIVE.into()), None)
        .set_redirect_uri(RedirectUrl::new(redirect.into()).unwrap());
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let nonce = Nonce::new_random();
    let scopes = ["openid", "profile", "email", "offline_access"];
    let code = p
        .auth_code(redirect, &scopes, challenge.as_str(), nonce.secret())
        .await;
    let http = http();
    let token = client
        .exchange_code(AuthorizationCode::new(code.clone()))
        .unwrap()
        .set_pkce_verifier(verifier)
        .request_async(&http)
        .await
        .expect("code exchange");

    let id_token = token.id_token().expect("an ID token for openid");
    // Like ZITADEL, the ID token's `aud` also names the client's project: a client
    // trusts that extra audience explicitly (OIDC Core §3.1.3.7 step 3).
    let project = p.project.id.clone();
    let verifier = client
        .id_token_verifier()
        .set_other_audience_verifier_fn(move |aud| **aud == project);
    let claims = id_token.claims(&verifier, &nonce).expect("valid ID token");
    assert_eq!(claims.subject().as_str(), p.alice.id);
    assert_eq!(
        claims.email().map(|e| e.as_str()),
        Some("alice@acme.example")
    );
    assert_eq!(
        claims.preferred_username().map(|u| u.as_str()),
        Some("alice@acme.localhost")
    );
    let hash = AccessTokenHash::from_token(
        token.access_token(),
        id_token.signing_alg().unwrap(),
        id_token.signing_key(&verifier).unwrap(),
    )
    .unwrap();
    assert_eq!(claims.access_token_hash(), Some(&hash));
    assert!(
        id_token
            .claims(&verifier, &Nonce::new("another".into()))
            .is_err(),
        "nonce is checked"
    );

    // Rotation: a new refresh token each time; reuse of an old one kills the family.
    let rt1 = token
        .refresh_token()
        .expect("offline_access gives a refresh token")
        .clone();
    let t2 = client
        .exchange_refresh_token(&rt1)
        .unwrap()
        .request_async(&http)
        .await
        .expect("refresh");
    let rt2 = t2.refresh_token().unwrap().clone();
    assert_ne!(rt1.secret(), rt2.secret());
    let id2 = t2
        .id_token()
        .unwrap()
        .claims(&verifier, |_: Option<&Nonce>| Ok(()))
        .unwrap();
    assert_eq!(id2.subject().as_str(), p.alice.id);
    let reuse = client
        .exchange_refresh_token(&rt1)
        .unwrap()
        .request_async(&http)
        .await;
    assert_eq!(server_error(reuse), CoreErrorResponseType::InvalidGrant);
    let after = client
        .exchange_refresh_token(&rt2)
        .unwrap()
        .request_async(&http)
        .await;
    assert_eq!(server_error(after), CoreErrorResponseType::InvalidGrant);

    // Replaying the code is refused.
    let replay = client
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(openidconnect::PkceCodeVerifier::new("x".repeat(43)))
        .request_async(&http)
        .await;
    assert_eq!(server_error(replay), CoreErrorResponseType::InvalidGrant);
}

#[tokio::test]
async fn code_replay_revokes_the_tokens_it_issued() {
    let p = Provider::start().await;
    let redirect = "http://127.0.0.1:49153/callback";
    let client =
        CoreClient::from_provider_metadata(metadata(&p).await, ClientId::new(NATIVE.into()), None)
            .set_redirect_uri(RedirectUrl::new(redirect.into()).unwrap());
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let code = p
        .auth_code(
            redirect,
            &["openid", "offline_access"],
            challenge.as_str(),
            "n",
        )
        .await;
    let http = http();
    let token = client
        .exchange_code(AuthorizationCode::new(code.clone()))
        .unwrap()
        .set_pkce_verifier(verifier)
        .request_async(&http)
        .await
        .unwrap();
    let again = client
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(openidconnect::PkceCodeVerifier::new("y".repeat(43)))
        .request_async(&http)
        .await;
    assert_eq!(server_error(again), CoreErrorResponseType::InvalidGrant);
    let rt = token.refresh_token().unwrap();
    let r = client
        .exchange_refresh_token(rt)
        .unwrap()
        .request_async(&http)
        .await;
    assert_eq!(server_error(r), CoreErrorResponseType::InvalidGrant);
    let resp = http
        .get(p.url("/oidc/v1/userinfo"))
        .bearer_auth(token.access_token().secret())
        .send()
        .await
        .unwrap();
    assert_eq!(
        resp.status(),
        401,
        "the access token of a replayed code is revoked"
    );
}

#[tokio::test]
async fn client_credentials_userinfo_introspection_and_revocation() {
    let p = Provider::start().await;
    let meta = metadata(&p).await;
    let http = http();
    let bot = CoreClient::from_provider_metadata(
        meta.clone(),
        ClientId::new(BOT.into()),
        Some(ClientSecret::new(BOT_SECRET.into())),
    );
    let aud = format!("urn:zitadel:iam:org:project:id:{}:aud", p.project.id);
    let token = bot
        .exchange_client_credentials()
        .unwrap()
        .add_scope(Scope::new("openid".into()))
        .add_scope(Scope::new("profile".into()))
        .add_scope(Scope::new(aud))
        .request_async(&http)
        .await
        .expect("client credentials");
    let project = p.project.id.clone();
    let verifier = bot
        .id_token_verifier()
        .set_other_audience_verifier_fn(move |aud| **aud == project);
    let id = token
        .id_token()
        .unwrap()
        .claims(&verifier, |_: Option<&Nonce>| Ok(()))
        .unwrap();
    assert_eq!(id.subject().as_str(), p.bot.id);

    let info: CoreUserInfoClaims = bot
        .user_info(token.access_token().clone(), None)
        .unwrap()
        .request_async(&http)
        .await
        .expect("userinfo");
    assert_eq!(info.subject().as_str(), p.bot.id);
    assert_eq!(
        info.preferred_username().map(|u| u.as_str()),
        Some("ci-bot@acme.localhost")
    );

    let api = CoreClient::from_provider_metadata(
        meta.clone(),
        ClientId::new(API.into()),
        Some(ClientSecret::new(API_SECRET.into())),
    )
    .set_introspection_url(IntrospectionUrl::new(p.url("/oauth/v2/introspect")).unwrap());
    let intro = api
        .introspect(token.access_token())
        .request_async(&http)
        .await
        .expect("introspection");
    assert!(intro.active());
    assert_eq!(intro.sub(), Some(p.bot.id.as_str()));
    assert_eq!(intro.client_id().map(|c| c.as_str()), Some(BOT));

    // openidconnect refuses plain-HTTP revocation URLs, so revoke with a raw request.
    let resp = http
        .post(p.url("/oauth/v2/revoke"))
        .basic_auth(BOT, Some(BOT_SECRET))
        .form(&[
            ("token", token.access_token().secret().as_str()),
            ("token_type_hint", "access_token"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let intro = api
        .introspect(token.access_token())
        .request_async(&http)
        .await
        .unwrap();
    assert!(!intro.active(), "revoked tokens are inactive");

    let wrong = CoreClient::from_provider_metadata(
        meta,
        ClientId::new(BOT.into()),
        Some(ClientSecret::new("guess".into())),
    );
    let r = wrong
        .exchange_client_credentials()
        .unwrap()
        .request_async(&http)
        .await;
    assert_eq!(server_error(r), CoreErrorResponseType::InvalidClient);
}

fn assertion(p: &Provider, alg_header: Header, claims: Value) -> String {
    let key = EncodingKey::from_rsa_pem(p.bot_key_pem.as_bytes()).unwrap();
    jsonwebtoken::encode(&alg_header, &claims, &key).unwrap()
}

fn kid_header(p: &Provider) -> Header {
    Header {
        kid: Some(p.key_id.clone()),
        ..Header::new(Algorithm::RS256)
    }
}

#[tokio::test]
async fn jwt_bearer_tokens_verify_against_the_published_jwks() {
    let p = Provider::start().await;
    let meta = metadata(&p).await;
    let now = p.state.clock.now();
    let uid = p.bot.id.clone();
    let a = assertion(
        &p,
        kid_header(&p),
        json!({"iss": uid, "sub": uid, "aud": p.issuer, "iat": now, "exp": now + 3600}),
    );
    let scope = format!("openid urn:zitadel:iam:org:project:id:{}:aud", p.project.id);
    let form = [
        ("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
        ("assertion", a.as_str()),
        ("scope", scope.as_str()),
    ];
    let resp = http()
        .post(p.url("/oauth/v2/token"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let body: Value = resp.json().await.unwrap();

    // The ID token through openidconnect (client id = the service account's user id).
    let client = CoreClient::from_provider_metadata(meta, ClientId::new(uid.clone()), None);
    let id: CoreIdToken = body["id_token"].as_str().unwrap().parse().unwrap();
    let project = p.project.id.clone();
    let verifier = client
        .id_token_verifier()
        .set_other_audience_verifier_fn(move |aud| **aud == project);
    let claims = id.claims(&verifier, |_: Option<&Nonce>| Ok(())).unwrap();
    assert_eq!(claims.subject().as_str(), uid);

    // The JWT access token through jsonwebtoken and the JWKS, as an API would.
    let jwks: jsonwebtoken::jwk::JwkSet = http()
        .get(p.url("/oauth/v2/keys"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let at = body["access_token"].as_str().unwrap();
    let kid = jsonwebtoken::decode_header(at).unwrap().kid.unwrap();
    let key = DecodingKey::from_jwk(jwks.find(&kid).unwrap()).unwrap();
    let mut v = Validation::new(Algorithm::RS256);
    v.set_audience(&[p.project.id.as_str()]);
    v.set_issuer(&[p.issuer.as_str()]);
    let data = jsonwebtoken::decode::<Value>(at, &key, &v).expect("access token verifies");
    let roles_claim = format!("urn:zitadel:iam:org:project:{}:roles", p.project.id);
    assert_eq!(
        data.claims[roles_claim],
        json!({"editor": {p.org.id.clone(): "acme.localhost"}})
    );
    assert_eq!(
        data.claims["urn:zitadel:iam:org:project:roles"],
        json!({"editor": {p.org.id.clone(): "acme.localhost"}})
    );
}

#[tokio::test]
async fn bad_input_gets_rfc_errors_never_500() {
    let p = Provider::start().await;
    let now = p.state.clock.now();
    let uid = p.bot.id.clone();
    let good = json!({"iss": uid, "sub": uid, "aud": p.issuer, "iat": now, "exp": now + 3600});
    let hs = jsonwebtoken::encode(
        &Header {
            kid: Some(p.key_id.clone()),
            ..Header::new(Algorithm::HS256)
        },
        &good,
        &EncodingKey::from_secret(b"guessable"),
    )
    .unwrap();
    let expired = assertion(
        &p,
        kid_header(&p),
        json!({"iss": uid, "sub": uid, "aud": p.issuer, "iat": now - 7200, "exp": now - 3600}),
    );
    let valid = assertion(&p, kid_header(&p), good.clone());
    // Same signature, payload changed to live longer.
    let mut parts: Vec<String> = valid.split('.').map(String::from).collect();
    let mut longer = good.clone();
    longer["exp"] = json!(now + 3500);
    parts[1] = URL_SAFE_NO_PAD.encode(longer.to_string());
    let tampered = parts.join(".");
    let none = format!("eyJhbGciOiJub25lIn0.{}.", valid.split('.').nth(1).unwrap());
    let jb = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    type Case<'a> = (Vec<(&'a str, &'a str)>, u16, &'a str);
    let cases: Vec<Case> = vec![
        (vec![], 400, "invalid_request"),
        (
            vec![("grant_type", "password")],
            400,
            "unsupported_grant_type",
        ),
        (
            vec![
                ("grant_type", "authorization_code"),
                ("client_id", "nobody"),
                ("code", "c"),
                ("redirect_uri", "x"),
            ],
            401,
            "invalid_client",
        ),
        (
            vec![("grant_type", "authorization_code"), ("client_id", NATIVE)],
            400,
            "invalid_request",
        ),
        (
            vec![("grant_type", jb), ("assertion", &hs)],
            400,
            "invalid_grant",
        ),
        (
            vec![("grant_type", jb), ("assertion", &none)],
            400,
            "invalid_grant",
        ),
        (
            vec![("grant_type", jb), ("assertion", &expired)],
            400,
            "invalid_grant",
        ),
        (
            vec![("grant_type", jb), ("assertion", &tampered)],
            400,
            "invalid_grant",
        ),
        (
            vec![("grant_type", jb), ("assertion", "%%%")],
            400,
            "invalid_grant",
        ),
    ];
    for (form, status, code) in cases {
        let resp = http()
            .post(p.url("/oauth/v2/token"))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), status, "{form:?}");
        let body: Value = resp.json().await.unwrap();
        assert_eq!(body["error"], code, "{form:?}: {body}");
        assert!(
            body["error_description"]
                .as_str()
                .is_some_and(|d| d.len() > 10),
            "{body}"
        );
    }
    let resp = http()
        .get(p.url("/oidc/v1/userinfo"))
        .bearer_auth("nope")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
    assert_eq!(
        resp.headers()["www-authenticate"],
        "Bearer error=\"invalid_token\""
    );
}

/// What certified relying parties tripped on: the client-auth challenge scheme,
/// discovery's RFC 9207 flag, a wrong `code_verifier`, and refresh-token reuse.
#[tokio::test]
async fn certified_peer_fidelity_challenge_iss_flag_verifier_and_reuse() {
    let p = Provider::start().await;
    let http = http();
    // A wrong client secret by Basic: 401 invalid_client challenged with Basic.
    let resp = http
        .post(p.url("/oauth/v2/token"))
        .basic_auth(BOT, Some("wrong-secret"))
        .form(&[("grant_type", "client_credentials")])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
    let challenge = resp.headers()["www-authenticate"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(challenge.starts_with("Basic "), "{challenge}");
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["error"], "invalid_client");

    let disc: Value = http
        .get(p.url("/.well-known/openid-configuration"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(disc["authorization_response_iss_parameter_supported"], true);

    // A wrong verifier is named, and the code stays good for the right one.
    let redirect = "http://127.0.0.1:49154/callback";
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let code = p
        .auth_code(
            redirect,
            &["openid", "offline_access"],
            challenge.as_str(),
            "n",
        )
        .await;
    let exchange = |v: String| {
        http.post(p.url("/oauth/v2/token"))
            .form(&[
                ("grant_type", "authorization_code"),
                ("code", code.as_str()),
                ("redirect_uri", redirect),
                ("client_id", NATIVE),
                ("code_verifier", v.as_str()),
            ])
            .send()
    };
    let wrong: Value = exchange("w".repeat(43))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(wrong["error"], "invalid_grant");
    let d = wrong["error_description"].as_str().unwrap();
    assert!(d.contains("code_verifier does not match"), "{d}");
    let tokens: Value = exchange(verifier.secret().clone())
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let rt1 = tokens["refresh_token"].as_str().expect("tokens").to_owned();

    // Rotate once, then reuse the first refresh token: the newest access token dies too.
    let refresh = |rt: String| {
        http.post(p.url("/oauth/v2/token"))
            .form(&[
                ("grant_type", "refresh_token"),
                ("refresh_token", rt.as_str()),
                ("client_id", NATIVE),
            ])
            .send()
    };
    let t2: Value = refresh(rt1.clone()).await.unwrap().json().await.unwrap();
    let newest = t2["access_token"].as_str().unwrap().to_owned();
    let userinfo = |at: String| http.get(p.url("/oidc/v1/userinfo")).bearer_auth(at).send();
    assert_eq!(userinfo(newest.clone()).await.unwrap().status(), 200);
    let reuse = refresh(rt1).await.unwrap();
    assert_eq!(reuse.status(), 400);
    assert_eq!(userinfo(newest).await.unwrap().status(), 401);
}
