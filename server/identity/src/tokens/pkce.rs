//! PKCE (RFC 7636) verification at the token endpoint: only `S256` is accepted, as
//! in ZITADEL's discovery (`code_challenge_methods_supported: ["S256"]`).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

use crate::OAuthError;
use crate::secrets::ct_eq;

/// Checks `verifier` against the challenge stored with the code.
///
/// `challenge` is `None` when the authorization request carried none; then a public
/// client (`public == true`) is refused, because PKCE is its only protection.
pub(crate) fn check(
    challenge: Option<(&str, Option<&str>)>,
    verifier: Option<&str>,
    public: bool,
) -> Result<(), OAuthError> {
    let Some((challenge, method)) = challenge else {
        if public {
            return Err(OAuthError::invalid_grant(
                "this public client must use PKCE: the authorization request carried no code_challenge",
            ));
        }
        if verifier.is_some() {
            return Err(OAuthError::invalid_grant(
                "code_verifier sent, but the authorization request carried no code_challenge",
            ));
        }
        return Ok(());
    };
    if method.is_some_and(|m| m != "S256") {
        return Err(OAuthError::invalid_grant(
            "code_challenge_method must be S256; 'plain' is not supported",
        ));
    }
    let Some(verifier) = verifier else {
        return Err(OAuthError::invalid_request(
            "missing code_verifier: this code was issued with a PKCE code_challenge",
        ));
    };
    // RFC 7636 §4.1: 43..128 characters of [A-Za-z0-9-._~].
    let well_formed = (43..=128).contains(&verifier.len())
        && verifier
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b));
    if !well_formed {
        return Err(OAuthError::invalid_request(
            "code_verifier must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636 §4.1)",
        ));
    }
    let computed = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    if !ct_eq(computed.as_bytes(), challenge.as_bytes()) {
        return Err(OAuthError::invalid_grant(
            "code_verifier does not match the code_challenge of the authorization request; \
             the code was not spent: exchange it with the verifier of that request",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 7636 Appendix B.
    const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    const CHALLENGE: &str = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    #[test]
    fn s256_vector_and_failures() {
        assert!(check(Some((CHALLENGE, Some("S256"))), Some(VERIFIER), true).is_ok());
        let wrong = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXx";
        assert_eq!(
            check(Some((CHALLENGE, Some("S256"))), Some(wrong), true)
                .unwrap_err()
                .code,
            "invalid_grant"
        );
        assert_eq!(
            check(Some((CHALLENGE, Some("plain"))), Some(VERIFIER), true)
                .unwrap_err()
                .code,
            "invalid_grant"
        );
        assert_eq!(
            check(Some((CHALLENGE, None)), None, true).unwrap_err().code,
            "invalid_request"
        );
        assert_eq!(
            check(Some((CHALLENGE, None)), Some("short"), true)
                .unwrap_err()
                .code,
            "invalid_request"
        );
        assert_eq!(check(None, None, true).unwrap_err().code, "invalid_grant");
        assert!(check(None, None, false).is_ok());
    }
}
