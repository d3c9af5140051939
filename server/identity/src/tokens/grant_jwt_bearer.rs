//! The JWT-bearer grant (RFC 7523) with a machine user's key, as ZITADEL serves it
//! (reference README §10): an RS256 assertion whose header `kid` is the key id,
//! `iss` = `sub` = the user id, `aud` = the issuer, and a short `iat`..`exp`.
//! The algorithm comes from the registered key (RSA), never from the token: `none`,
//! `HS*` and every other `alg` are refused.

use axum::response::Response;
use rsa::pkcs1::DecodeRsaPublicKey;
use rsa::pkcs8::DecodePublicKey;
use rsa::traits::PublicKeyParts;
use serde::Deserialize;
use serde_json::Value;
use ws_storage::AccessTokenType;

use super::claims::{Scopes, Subject};
use super::form::Form;
use super::jws::{self, RsaPublic};
use super::mint::{Issue, Refresh, respond};
use crate::{IdentityState, OAuthError};

/// Clock skew tolerated on `iat` and `exp`.
const LEEWAY: i64 = 10;
/// Oldest `iat` accepted and longest `iat`..`exp` span (the SDKs use one hour).
const MAX_AGE: i64 = 3600;

#[derive(Deserialize)]
struct Assertion {
    iss: Option<String>,
    sub: Option<String>,
    aud: Option<Value>,
    iat: Option<i64>,
    exp: Option<i64>,
    nbf: Option<i64>,
}

pub(crate) async fn grant(state: &IdentityState, form: &Form) -> Result<Response, OAuthError> {
    let assertion = form.require("assertion")?;
    let scopes = Scopes::parse(form.get("scope"))?;
    let parsed =
        jws::parse(assertion).map_err(|e| OAuthError::invalid_grant(format!("assertion: {e}")))?;
    let entry = state
        .token_cache
        .machine_key(state, parsed.kid())
        .await?
        .ok_or_else(|| {
            OAuthError::invalid_grant(
                "assertion: no key with this 'kid' is registered; use the keyId of the key file",
            )
        })?;
    let (key, public) = &*entry;
    let now = state.clock.now();
    if key.expires_at <= now {
        return Err(OAuthError::invalid_grant(
            "assertion: the key has expired; add a new key to the service account",
        ));
    }
    let public = public.as_ref().ok_or_else(|| {
        OAuthError::invalid_grant("assertion: the registered key is not an RSA public key")
    })?;
    let claims: Assertion = parsed
        .verify(public)
        .map_err(|e| OAuthError::invalid_grant(format!("assertion: {e}")))?;
    check_claims(&claims, &key.user_id, state.config.issuer_str(), now)?;
    let Some(subject) = Subject::load(state, &key.user_id).await? else {
        return Err(OAuthError::invalid_grant(
            "this service account or its organization is not active",
        ));
    };
    let token_type = subject
        .user
        .machine()
        .map(|m| m.access_token_type)
        .unwrap_or(AccessTokenType::Bearer);
    let issue = Issue {
        client_id: &key.user_id,
        app: None,
        machine_token_type: Some(token_type),
        subject: &subject,
        scopes: &scopes,
        auth_time: None,
        amr: &[],
        nonce: None,
        jti: None,
        refresh: Refresh::No,
        sid: None,
        grant: None,
    };
    respond(state, issue).await
}

/// A registered public key (SPKI or PKCS#1 PEM) as modulus and exponent.
pub(crate) fn parse_public_key(pem: &str) -> Option<RsaPublic> {
    let pem = pem.trim();
    let k = rsa::RsaPublicKey::from_public_key_pem(pem)
        .or_else(|_| rsa::RsaPublicKey::from_pkcs1_pem(pem))
        .ok()?;
    Some(RsaPublic {
        n: k.n().to_bytes_be(),
        e: k.e().to_bytes_be(),
    })
}

/// `iss` = `sub` = the key's user, `aud` names the issuer, and the time claims are
/// present, current and at most [`MAX_AGE`] apart.
fn check_claims(c: &Assertion, user_id: &str, issuer: &str, now: i64) -> Result<(), OAuthError> {
    let bad = |d: &str| Err(OAuthError::invalid_grant(format!("assertion: {d}")));
    if c.iss.as_deref() != Some(user_id) || c.sub.as_deref() != Some(user_id) {
        return bad("'iss' and 'sub' must both be the user id of the key's service account");
    }
    let issuer_like =
        |a: &str| a.trim_end_matches('/') == issuer || a == format!("{issuer}/oauth/v2/token");
    let aud_ok = match &c.aud {
        Some(Value::String(a)) => issuer_like(a),
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).any(issuer_like),
        _ => false,
    };
    if !aud_ok {
        return bad(&format!("'aud' must contain the issuer '{issuer}'"));
    }
    let (Some(iat), Some(exp)) = (c.iat, c.exp) else {
        return bad("'iat' and 'exp' are required");
    };
    if exp <= now - LEEWAY {
        return bad("the assertion has expired ('exp' is in the past); sign a fresh one");
    }
    if iat > now + LEEWAY || c.nbf.is_some_and(|nbf| nbf > now + LEEWAY) {
        return bad("'iat'/'nbf' lie in the future; check the clock");
    }
    if iat < now - MAX_AGE {
        return bad("'iat' is more than an hour old; sign a fresh assertion");
    }
    if exp - iat > MAX_AGE + LEEWAY {
        return bad("the assertion lives longer than one hour ('exp' - 'iat')");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn a(v: Value) -> Assertion {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn claim_checks() {
        let iss = "http://127.0.0.1:8080";
        let ok = json!({"iss":"u1","sub":"u1","aud":iss,"iat":1000,"exp":4000});
        assert!(check_claims(&a(ok.clone()), "u1", iss, 1000).is_ok());
        assert!(
            check_claims(
                &a(json!({"iss":"u1","sub":"u1","aud":[format!("{iss}/")],"iat":1000,"exp":2000})),
                "u1",
                iss,
                1500
            )
            .is_ok()
        );
        let cases = [
            (
                json!({"iss":"u2","sub":"u1","aud":iss,"iat":1000,"exp":2000}),
                1000,
                "'iss' and 'sub'",
            ),
            (
                json!({"iss":"u1","sub":"u1","aud":"http://other","iat":1000,"exp":2000}),
                1000,
                "'aud'",
            ),
            (
                json!({"iss":"u1","sub":"u1","aud":iss,"exp":2000}),
                1000,
                "'iat' and 'exp'",
            ),
            (
                json!({"iss":"u1","sub":"u1","aud":iss,"iat":1000,"exp":2000}),
                2100,
                "expired",
            ),
            (
                json!({"iss":"u1","sub":"u1","aud":iss,"iat":1100,"exp":2000}),
                1000,
                "future",
            ),
            (
                json!({"iss":"u1","sub":"u1","aud":iss,"iat":1000,"exp":9000}),
                1000,
                "longer than one hour",
            ),
            (
                json!({"iss":"u1","sub":"u1","aud":iss,"iat":1000,"exp":1000+7300}),
                5000,
                "more than an hour old",
            ),
        ];
        for (v, now, want) in cases {
            let e = check_claims(&a(v), "u1", iss, now).unwrap_err();
            assert_eq!(e.code, "invalid_grant");
            assert!(
                e.description.contains(want),
                "{} lacks {want}",
                e.description
            );
        }
    }
}
