//! Telling a JWT from an opaque token, and reading a JWT header without trusting it:
//! the header is parsed here (not by `jsonwebtoken`, whose `Algorithm` cannot even
//! express `none`) so `none` and HMAC are refused by name before any key is looked up,
//! and so is a `crit` header, which `jsonwebtoken` would ignore.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;

use crate::error::{AuthError, Reason};

/// Longest bearer token accepted; real ones are a few KiB at most.
pub const MAX_TOKEN_LEN: usize = 16 * 1024;

/// What kind of bearer token this is.
#[derive(Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A compact JWS: three base64url segments.
    Jwt,
    /// Anything else that is a valid `b64token` (RFC 6750 §2.1): PATs, opaque tokens.
    Opaque,
}

/// Classifies `token`, refusing what no issuer would produce.
pub fn classify(token: &str) -> Result<TokenKind, AuthError> {
    if token.is_empty() || token.len() > MAX_TOKEN_LEN {
        return Err(malformed("the bearer token is empty or too long"));
    }
    let b64token = |c: char| c.is_ascii_alphanumeric() || "-._~+/=".contains(c);
    if !token.chars().all(b64token) {
        return Err(malformed(
            "the bearer token contains characters a token cannot have",
        ));
    }
    let segments: Vec<&str> = token.split('.').collect();
    match segments.len() {
        1 => Ok(TokenKind::Opaque),
        3 => Ok(TokenKind::Jwt),
        // Five segments would be a JWE, which we do not accept as an access token.
        _ => Err(malformed(
            "the bearer token is neither a JWT nor an opaque token",
        )),
    }
}

/// The header fields that matter, as the token claims them.
#[derive(Debug, Deserialize)]
pub struct Header {
    /// The claimed algorithm (checked against the key, never trusted).
    pub alg: String,
    /// The key id.
    #[serde(default)]
    pub kid: Option<String>,
    /// The media type (`JWT`, `at+jwt`); an ID token type is refused as a bearer token.
    #[serde(default)]
    pub typ: Option<String>,
    /// Critical extensions (RFC 7515 §4.1.11); none is implemented, so any is refused.
    #[serde(default)]
    pub crit: Option<serde_json::Value>,
}

/// Parses the header of a compact JWS and refuses `none` and HMAC by name.
pub fn header(jwt: &str) -> Result<Header, AuthError> {
    let first = jwt.split('.').next().unwrap_or_default();
    let bytes = URL_SAFE_NO_PAD
        .decode(first)
        .map_err(|_| malformed("the JWT header is not base64url"))?;
    let h: Header = serde_json::from_slice(&bytes)
        .map_err(|_| malformed("the JWT header is not a JSON object with an \"alg\""))?;
    let alg = h.alg.to_ascii_uppercase();
    if alg == "NONE" || alg.starts_with("HS") {
        return Err(AuthError::new(
            Reason::UnsupportedAlgorithm,
            format!(
                "tokens signed with {:?} are not accepted; only the issuer's asymmetric keys are",
                h.alg
            ),
        ));
    }
    if h.crit.is_some() {
        return Err(malformed(
            "the JWT header lists critical extensions (crit) this server does not implement",
        ));
    }
    Ok(h)
}

fn malformed(msg: &str) -> AuthError {
    AuthError::new(Reason::MalformedToken, msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(s: &str) -> String {
        URL_SAFE_NO_PAD.encode(s)
    }

    #[test]
    fn classifies_jwts_opaque_tokens_and_junk() {
        assert_eq!(classify("a.b.c").unwrap(), TokenKind::Jwt);
        assert_eq!(classify("AbC-_123").unwrap(), TokenKind::Opaque);
        for bad in [
            "",
            "a.b",
            "a.b.c.d.e",
            "has space",
            "ü",
            &"x".repeat(MAX_TOKEN_LEN + 1),
        ] {
            assert_eq!(
                classify(bad).unwrap_err().reason,
                Reason::MalformedToken,
                "{bad:?}"
            );
        }
    }

    #[test]
    fn none_and_hmac_are_refused_by_name() {
        for alg in ["none", "None", "HS256", "hs512"] {
            let t = format!("{}.e30.", b64(&format!(r#"{{"alg":"{alg}"}}"#)));
            assert_eq!(
                header(&t).unwrap_err().reason,
                Reason::UnsupportedAlgorithm,
                "{alg}"
            );
        }
        let ok = header(&format!("{}.e30.sig", b64(r#"{"alg":"RS256","kid":"k1"}"#))).unwrap();
        assert_eq!((ok.alg.as_str(), ok.kid.as_deref()), ("RS256", Some("k1")));
    }

    #[test]
    fn unreadable_headers_are_malformed() {
        for t in [
            "!!.e30.x",
            &format!("{}.e30.x", b64("[1]")),
            &format!("{}.e30.x", b64("{}")),
            &format!(
                "{}.e30.x",
                b64(r#"{"alg":"RS256","kid":"k1","crit":["exp"]}"#)
            ),
        ] {
            assert_eq!(header(t).unwrap_err().reason, Reason::MalformedToken, "{t}");
        }
    }
}
