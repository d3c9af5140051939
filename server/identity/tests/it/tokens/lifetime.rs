//! The provider's own token check (userinfo, introspection, the management API's
//! bearer check all go through it): a token of ours re-signed with our key is
//! refused when its `nbf` or `iat` lies more than the 60 s clock skew in the
//! future, or its header lists critical extensions (`crit`); within the skew it is
//! accepted.

use axum::http::StatusCode;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::SystemRandom;
use ring::signature::{RSA_PKCS1_SHA256, RsaKeyPair};
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey};
use serde_json::{Value, json};

use super::fixture::*;

/// `jwt` with its header and payload edited, signed again with the provider's key.
fn resigned(
    jwt: &str,
    edit_header: impl FnOnce(&mut Value),
    edit: impl FnOnce(&mut Value),
) -> String {
    let part = |i: usize| -> Value {
        let seg = jwt.split('.').nth(i).unwrap();
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(seg).unwrap()).unwrap()
    };
    let (mut header, mut claims) = (part(0), part(1));
    edit_header(&mut header);
    edit(&mut claims);
    let enc = |v: &Value| URL_SAFE_NO_PAD.encode(serde_json::to_vec(v).unwrap());
    let input = format!("{}.{}", enc(&header), enc(&claims));
    let private = rsa::RsaPrivateKey::from_pkcs8_pem(&shared_keys().0).unwrap();
    let pair = RsaKeyPair::from_pkcs8(private.to_pkcs8_der().unwrap().as_bytes()).unwrap();
    let mut sig = vec![0; pair.public().modulus_len()];
    pair.sign(
        &RSA_PKCS1_SHA256,
        &SystemRandom::new(),
        input.as_bytes(),
        &mut sig,
    )
    .unwrap();
    format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig))
}

async fn access_token(fx: &Fx) -> String {
    let code = fx
        .code("ws-cli", "openid profile", Some(challenge(VERIFIER)))
        .await;
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", "http://127.0.0.1:5555/callback"),
        ("client_id", "ws-cli"),
        ("code_verifier", VERIFIER),
    ];
    let r = fx.token(&form).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.body["access_token"].as_str().unwrap().to_owned()
}

async fn accepted(fx: &Fx, token: &str) -> (bool, bool) {
    let userinfo = fx.get("/oidc/v1/userinfo", Some(token)).await.status == StatusCode::OK;
    let active = fx.introspect(token).await["active"] == json!(true);
    (userinfo, active)
}

#[tokio::test]
async fn future_nbf_or_iat_and_crit_headers_are_refused() {
    let fx = Fx::new().await;
    let at = access_token(&fx).await;
    let same = resigned(&at, |_| {}, |_| {});
    assert_eq!(
        accepted(&fx, &same).await,
        (true, true),
        "re-signing keeps it valid"
    );
    let skewed = resigned(
        &at,
        |_| {},
        |c| {
            c["nbf"] = json!(NOW + 60);
            c["iat"] = json!(NOW + 60);
        },
    );
    assert_eq!(
        accepted(&fx, &skewed).await,
        (true, true),
        "within the 60 s skew"
    );
    for (what, token) in [
        ("nbf", resigned(&at, |_| {}, |c| c["nbf"] = json!(NOW + 61))),
        (
            "iat",
            resigned(&at, |_| {}, |c| c["iat"] = json!(NOW + 3600)),
        ),
        (
            "crit",
            resigned(&at, |h| h["crit"] = json!(["exp"]), |_| {}),
        ),
        (
            "crit empty",
            resigned(&at, |h| h["crit"] = json!([]), |_| {}),
        ),
    ] {
        assert_eq!(accepted(&fx, &token).await, (false, false), "{what}");
    }
}
