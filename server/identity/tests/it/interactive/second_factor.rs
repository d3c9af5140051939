//! The TOTP second factor end to end through the router: registration and
//! verification over UserService v2, then sign-in through the real forms with codes
//! computed here with totp-rs: a wrong code refused, a recovery code working once, a
//! code's time step accepted once, and `amr` pwd/otp/mfa on the authorization code.

use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;
use ws_identity::interactive::second_factor_page::INVALID_CODE;
use ws_identity::secrets::digest;

use super::fixture::*;

const USERS: &str = "/zitadel.user.v2.UserService";

async fn call(f: &Fixture, token: &str, method: &str, body: Value) -> (StatusCode, Value) {
    let req = Request::post(format!("{USERS}/{method}"))
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::from(body.to_string()))
        .unwrap();
    let resp = ws_identity::router(f.state.clone())
        .oneshot(req)
        .await
        .unwrap();
    let status = resp.status();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

fn code_at(uri: &str, now: i64) -> String {
    let totp = totp_rs::Totp::from_url(uri).unwrap();
    totp.generate(u64::try_from(now).unwrap()).to_string()
}

/// Signs alice in with her password and submits `code` on the second step.
async fn sign_in_with(f: &Fixture, code: &str) -> Resp {
    let mut c = f.client();
    let page = c.get(&authorize_url(&[])).await;
    let step = sign_in(&mut c, &page, "alice", PASSWORD).await;
    assert_eq!(
        step.status,
        StatusCode::OK,
        "the second step, not a session"
    );
    assert!(step.body.contains("/ui/login/second-factor"));
    let csrf = step.csrf();
    let authorize = step.input("authorize").unwrap();
    let form = [
        ("csrf", csrf.as_str()),
        ("code", code),
        ("authorize", &authorize),
    ];
    c.post_form("/ui/login/second-factor", &form).await
}

#[tokio::test]
async fn totp_registration_sign_in_and_recovery_codes() {
    let f = Fixture::new().await;
    let admin = f.admin_token().await;
    let alice = json!({"userId": f.alice_id});
    let (status, body) = call(&f, &admin, "RegisterTOTP", alice.clone()).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let uri = body["uri"].as_str().unwrap().to_owned();
    assert!(uri.starts_with("otpauth://totp/"), "{uri}");
    let secret = body["secret"].as_str().unwrap();
    let stored = f
        .state
        .store
        .second_factors
        .get_totp(&f.alice_id)
        .await
        .unwrap();
    assert!(
        !stored.unwrap().secret_sealed.contains(secret),
        "sealed at rest"
    );

    // Until verified, sign-in needs the password only.
    let (status, _) = call(
        &f,
        &admin,
        "VerifyTOTPRegistration",
        json!({"userId": f.alice_id, "code": "000000"}),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "a wrong code is invalid_argument"
    );
    let now = f.state.clock.now();
    let verify = json!({"userId": f.alice_id, "code": code_at(&uri, now)});
    let (status, body) = call(&f, &admin, "VerifyTOTPRegistration", verify).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, _) = call(&f, &admin, "RegisterTOTP", alice.clone()).await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "a verified authenticator is not replaced"
    );
    let (_, methods) = call(&f, &admin, "ListAuthenticationMethodTypes", alice.clone()).await;
    assert_eq!(
        methods["authMethodTypes"],
        json!([
            "AUTHENTICATION_METHOD_TYPE_PASSWORD",
            "AUTHENTICATION_METHOD_TYPE_TOTP"
        ])
    );
    let (status, body) = call(&f, &admin, "GenerateRecoveryCodes", alice.clone()).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let recovery = body["recoveryCodes"][0].as_str().unwrap().to_owned();

    // A wrong code is refused; the code used for verification is not accepted again.
    let r = sign_in_with(&f, "123456").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.body.contains(INVALID_CODE), "{}", r.body);
    let r = sign_in_with(&f, &code_at(&uri, now)).await;
    assert_eq!(
        r.status,
        StatusCode::UNAUTHORIZED,
        "a time step is accepted once"
    );

    // A recovery code works once.
    let r = sign_in_with(&f, &recovery).await;
    assert_eq!(r.status, StatusCode::FOUND, "{}", r.body);
    let r = sign_in_with(&f, &recovery).await;
    assert_eq!(
        r.status,
        StatusCode::UNAUTHORIZED,
        "a recovery code is spent"
    );

    // The next time step's code signs in, and the code carries amr pwd, otp, mfa.
    f.clock.advance(Duration::from_secs(30));
    let r = sign_in_with(&f, &code_at(&uri, f.state.clock.now())).await;
    assert_eq!(r.status, StatusCode::FOUND, "{}", r.body);
    let code = r.loc_param("code").expect("an authorization code");
    let stored = f
        .state
        .store
        .oidc
        .find_pending_auth_code(&digest(&code), f.state.clock.now())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.amr, ["pwd", "otp", "mfa"]);

    // RemoveTOTP brings back the password-only sign-in.
    let (status, _) = call(&f, &admin, "RemoveTOTP", alice.clone()).await;
    assert_eq!(status, StatusCode::OK);
    let mut c = f.client();
    let page = c.get(&authorize_url(&[])).await;
    let r = sign_in(&mut c, &page, "alice", PASSWORD).await;
    assert_eq!(r.status, StatusCode::FOUND);
    let (status, _) = call(&f, &admin, "RemoveTOTP", alice).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
