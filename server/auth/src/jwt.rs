//! JWT access tokens: the header names a key, the key decides the algorithm, the
//! signature is verified by `jsonwebtoken`, then `iss`, `aud` and the lifetime
//! (`exp`, `nbf`, `iat` against the injected clock, with the configured leeway).

use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::{Validation, decode};
use serde_json::{Map, Value};

use crate::clock::Clock;
use crate::config::AuthConfig;
use crate::error::{AuthError, Reason};
use crate::keys::{KeyError, KeySource};
use crate::principal::{Principal, Validated};
use crate::token;

/// Validates a compact JWS and returns its principal and its `exp`.
pub async fn validate(
    jwt: &str,
    config: &AuthConfig,
    keys: &dyn KeySource,
    clock: &dyn Clock,
) -> Result<(Principal, i64), AuthError> {
    let header = token::header(jwt)?;
    let kid = header.kid.as_deref().ok_or_else(|| {
        AuthError::new(
            Reason::UnknownKey,
            "the token header names no signing key (kid)",
        )
    })?;
    let key = keys.key(kid).await.map_err(|e| match e {
        KeyError::Unknown(_) => AuthError::new(
            Reason::UnknownKey,
            "the token was signed with a key the issuer does not publish",
        ),
        KeyError::Unavailable(detail) => AuthError::idp_unavailable(&detail),
    })?;
    if !header.alg.eq_ignore_ascii_case(&format!("{:?}", key.alg)) {
        return Err(AuthError::new(
            Reason::UnsupportedAlgorithm,
            format!(
                "the token claims {:?}, but its key is for {:?}",
                header.alg, key.alg
            ),
        ));
    }
    let mut v = Validation::new(key.alg);
    v.set_issuer(&[&config.issuer]);
    v.set_audience(&[&config.audience]);
    // Lifetime is checked below against the injected clock, not the system time.
    v.validate_exp = false;
    v.validate_nbf = false;
    v.set_required_spec_claims(&["iss", "aud"]);
    let data = decode::<Map<String, Value>>(jwt, &key.key, &v).map_err(map_jwt_error)?;
    check_is_access_token(header.typ.as_deref(), &data.claims)?;
    let exp = check_lifetime(&data.claims, config, clock.unix())?;
    let principal = Principal::from_claims(&data.claims, &config.audience, Validated::Jwt)?;
    Ok((principal, exp))
}

fn map_jwt_error(e: jsonwebtoken::errors::Error) -> AuthError {
    let (reason, msg) = match e.kind() {
        ErrorKind::InvalidSignature => {
            (Reason::BadSignature, "the token signature does not verify")
        }
        ErrorKind::InvalidIssuer => (
            Reason::WrongIssuer,
            "the token was issued by another issuer",
        ),
        ErrorKind::MissingRequiredClaim(c) if c == "iss" => {
            (Reason::WrongIssuer, "the token names no issuer (iss)")
        }
        ErrorKind::InvalidAudience => (
            Reason::WrongAudience,
            "the token is not meant for this workspace (aud lacks its project id)",
        ),
        ErrorKind::MissingRequiredClaim(c) if c == "aud" => {
            (Reason::WrongAudience, "the token names no audience (aud)")
        }
        ErrorKind::InvalidAlgorithm
        | ErrorKind::MissingAlgorithm
        | ErrorKind::InvalidAlgorithmName => (
            Reason::UnsupportedAlgorithm,
            "the token's algorithm does not match its key",
        ),
        _ => (Reason::MalformedToken, "the token cannot be decoded"),
    };
    AuthError::new(reason, msg)
}

/// Claims only an OIDC ID token carries (OIDC Core §2, §3.1.3.6, §3.3.2.11): an ID
/// token of the same issuer has the project audience and may carry roles, so without
/// this check it would authorize API calls like an access token.
const ID_TOKEN_CLAIMS: [&str; 3] = ["at_hash", "c_hash", "nonce"];

/// Only access tokens authorize: refuses an ID token (by its header `typ`, when the
/// issuer sets one other than an access-token type, or by its ID-token-only claims).
fn check_is_access_token(typ: Option<&str>, claims: &Map<String, Value>) -> Result<(), AuthError> {
    let access_typ = |t: &str| {
        let t = t.to_ascii_lowercase();
        ["jwt", "at+jwt", "application/at+jwt"].contains(&t.as_str())
    };
    let typ_says_other = typ.is_some_and(|t| !access_typ(t));
    if typ_says_other || ID_TOKEN_CLAIMS.iter().any(|c| claims.contains_key(*c)) {
        return Err(AuthError::new(
            Reason::NotAccessToken,
            "this is an ID token, not an access token; send the access_token from the token response",
        ));
    }
    Ok(())
}

/// `exp` is required; `nbf` and `iat` may not lie in the future. All with leeway.
/// Returns `exp`.
fn check_lifetime(
    claims: &Map<String, Value>,
    config: &AuthConfig,
    now: i64,
) -> Result<i64, AuthError> {
    let leeway = config.leeway.as_secs() as i64;
    let num = |name: &str| claims.get(name).and_then(Value::as_i64);
    let exp = num("exp")
        .ok_or_else(|| AuthError::new(Reason::MalformedToken, "the token has no expiry (exp)"))?;
    if now > exp.saturating_add(leeway) {
        return Err(AuthError::new(Reason::Expired, "the token has expired"));
    }
    for name in ["nbf", "iat"] {
        if num(name).is_some_and(|t| t > now.saturating_add(leeway)) {
            return Err(AuthError::new(
                Reason::NotYetValid,
                format!("the token is not valid yet ({name} is in the future; check the clocks)"),
            ));
        }
    }
    Ok(exp)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Secret;
    use serde_json::json;

    fn config() -> AuthConfig {
        AuthConfig::new("http://idp", "p1", "c", Secret::new("s"))
    }

    fn lifetime(v: Value, now: i64) -> Result<(), Reason> {
        check_lifetime(v.as_object().unwrap(), &config(), now)
            .map(drop)
            .map_err(|e| e.reason)
    }

    #[test]
    fn id_tokens_are_not_access_tokens() {
        let kind = |typ: Option<&str>, v: Value| {
            check_is_access_token(typ, v.as_object().unwrap()).map_err(|e| e.reason)
        };
        let refused = Err(Reason::NotAccessToken);
        assert_eq!(
            kind(Some("JWT"), json!({"jti": "1", "client_id": "c"})),
            Ok(())
        );
        assert_eq!(kind(Some("at+jwt"), json!({})), Ok(()));
        assert_eq!(kind(None, json!({})), Ok(()));
        assert_eq!(
            kind(Some("JWT"), json!({"at_hash": "x", "azp": "c"})),
            refused
        );
        assert_eq!(kind(None, json!({"nonce": "n"})), refused);
        assert_eq!(kind(Some("id_token+jwt"), json!({})), refused);
    }

    #[test]
    fn lifetime_honours_the_leeway() {
        let now = 1_000_000;
        assert_eq!(
            lifetime(json!({"exp": now + 10, "iat": now, "nbf": now}), now),
            Ok(())
        );
        assert_eq!(
            lifetime(json!({"exp": now - 59}), now),
            Ok(()),
            "within leeway"
        );
        assert_eq!(
            lifetime(json!({"exp": now - 61}), now),
            Err(Reason::Expired)
        );
        assert_eq!(
            lifetime(json!({"exp": now + 900, "nbf": now + 59}), now),
            Ok(())
        );
        assert_eq!(
            lifetime(json!({"exp": now + 900, "nbf": now + 61}), now),
            Err(Reason::NotYetValid)
        );
        assert_eq!(
            lifetime(json!({"exp": now + 900, "iat": now + 3600}), now),
            Err(Reason::NotYetValid)
        );
        assert_eq!(
            lifetime(json!({"iat": now}), now),
            Err(Reason::MalformedToken)
        );
        assert_eq!(
            lifetime(json!({"exp": "soon"}), now),
            Err(Reason::MalformedToken)
        );
    }
}

#[cfg(test)]
mod props;
