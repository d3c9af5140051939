//! ID-token verification with `openidconnect`: signature against the issuer's JWKS,
//! issuer, audience (ZITADEL adds project ids to `aud`, which are accepted), expiry
//! and the nonce of this login.

use openidconnect::core::{CoreIdToken, CoreIdTokenVerifier, CoreJsonWebKeySet};
use openidconnect::{ClientId, IssuerUrl, Nonce};

use super::Discovery;
use crate::error::Error;
use crate::http::Http;

/// Verifies `raw` and returns its subject.
pub async fn verify(
    http: &Http,
    disc: &Discovery,
    client_id: &str,
    raw: &str,
    nonce: &Nonce,
) -> Result<String, Error> {
    let jwks_url = &disc.metadata.jwks_uri;
    let jwks: CoreJsonWebKeySet = http.json(http.client().get(jwks_url), jwks_url).await?;
    let issuer = IssuerUrl::new(disc.metadata.issuer.clone()).map_err(|e| Error::Protocol {
        url: disc.metadata.issuer.clone(),
        reason: format!("issuer is not a URL: {e}"),
    })?;
    // ZITADEL lists project ids besides the client id in `aud`; they are the same
    // issuer's projects, so they are trusted.
    let verifier =
        CoreIdTokenVerifier::new_public_client(ClientId::new(client_id.to_owned()), issuer, jwks)
            .set_other_audience_verifier_fn(|_| true);
    let bad = |reason: String| Error::Login(format!("the ID token is not valid: {reason}"));
    let token: CoreIdToken = raw.parse().map_err(|e| bad(format!("{e}")))?;
    let claims = token
        .claims(&verifier, nonce)
        .map_err(|e| bad(e.to_string()))?;
    Ok(claims.subject().as_str().to_owned())
}
