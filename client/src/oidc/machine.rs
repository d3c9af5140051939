//! Machine logins: client credentials (a service account's secret) and the JWT-bearer
//! grant with a ZITADEL service-account key file (README §10). The credentials are
//! kept in the token set so the token can be renewed without a person.

use serde::Deserialize;
use time::OffsetDateTime;

use super::Discovery;
use crate::error::Error;
use crate::http::Http;
use crate::tokens::{Grant, Renewal, Secret, TokenResponse, TokenSet};

/// Scopes used when renewing a machine token whose scopes are unknown.
pub const MACHINE_SCOPES: &str = "openid profile urn:zitadel:iam:org:project:id:zitadel:aud";

/// The `jwt-bearer` grant type.
const JWT_BEARER: &str = "urn:ietf:params:oauth:grant-type:jwt-bearer";

/// A ZITADEL key file: `{"type":"serviceaccount","keyId","key","userId",…}` or an
/// application key (`"type":"application"`, `clientId`).
#[derive(Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceAccountKey {
    /// `serviceaccount` or `application`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Key id, sent as the JWT `kid`.
    pub key_id: String,
    /// PEM private key.
    key: String,
    /// The machine user's id (service-account keys).
    #[serde(default)]
    pub user_id: Option<String>,
    /// The client id (application keys).
    #[serde(default)]
    pub client_id: Option<String>,
}

impl std::fmt::Debug for ServiceAccountKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServiceAccountKey")
            .field("kind", &self.kind)
            .field("key_id", &self.key_id)
            .field("user_id", &self.user_id)
            .finish_non_exhaustive()
    }
}

impl ServiceAccountKey {
    /// Parses a key file, saying which field is missing when it is not one.
    pub fn parse(json: &str) -> Result<Self, Error> {
        let key: Self = serde_json::from_str(json).map_err(|e| {
            Error::Login(format!("the key file is not a ZITADEL service-account key ({e}); download a JSON key for the service account"))
        })?;
        if key.subject().is_none() {
            return Err(Error::Login(
                "the key file has neither userId nor clientId".into(),
            ));
        }
        Ok(key)
    }

    /// The JWT `iss`/`sub`: the user id, or the client id of an application key.
    pub fn subject(&self) -> Option<&str> {
        self.user_id.as_deref().or(self.client_id.as_deref())
    }

    /// Signs the RS256 assertion: iss = sub = subject, aud = issuer, one hour valid.
    pub fn assertion(&self, issuer: &str, now: OffsetDateTime) -> Result<String, Error> {
        #[derive(serde::Serialize)]
        struct Claims<'a> {
            iss: &'a str,
            sub: &'a str,
            aud: &'a str,
            iat: i64,
            exp: i64,
        }
        let sub = self.subject().unwrap_or_default();
        let iat = now.unix_timestamp();
        let claims = Claims {
            iss: sub,
            sub,
            aud: issuer,
            iat,
            exp: iat + 3600,
        };
        let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
        header.kid = Some(self.key_id.clone());
        let key = jsonwebtoken::EncodingKey::from_rsa_pem(self.key.as_bytes())
            .map_err(|e| Error::Login(format!("the key file's private key cannot be used: {e}")))?;
        jsonwebtoken::encode(&header, &claims, &key)
            .map_err(|e| Error::Login(format!("cannot sign the assertion: {e}")))
    }
}

/// `client_credentials` with HTTP Basic client authentication.
pub async fn client_credentials(
    http: &Http,
    disc: &Discovery,
    client_id: &str,
    secret: &str,
    scope: &str,
) -> Result<TokenSet, Error> {
    let now = OffsetDateTime::now_utc();
    let form = [("grant_type", "client_credentials"), ("scope", scope)];
    let resp: TokenResponse = http
        .post_form(
            &disc.metadata.token_endpoint,
            &form,
            Some((client_id, secret)),
        )
        .await?;
    let mut tokens = resp.into_tokens(
        &disc.metadata.issuer,
        Some(client_id.to_owned()),
        Grant::ClientCredentials,
        now,
    );
    tokens.scope.get_or_insert_with(|| scope.to_owned());
    tokens.renewal = Some(Renewal::ClientCredentials {
        client_id: client_id.to_owned(),
        client_secret: Secret::new(secret.to_owned()),
    });
    Ok(tokens)
}

/// The JWT-bearer grant with a service-account key (`key_json` is kept for renewal).
pub async fn jwt_bearer(
    http: &Http,
    disc: &Discovery,
    key: &ServiceAccountKey,
    key_json: &Secret,
    scope: &str,
) -> Result<TokenSet, Error> {
    let now = OffsetDateTime::now_utc();
    let assertion = key.assertion(&disc.metadata.issuer, now)?;
    let form = [
        ("grant_type", JWT_BEARER),
        ("scope", scope),
        ("assertion", assertion.as_str()),
    ];
    let resp: TokenResponse = http
        .post_form(&disc.metadata.token_endpoint, &form, None)
        .await?;
    let mut tokens = resp.into_tokens(
        &disc.metadata.issuer,
        key.client_id.clone(),
        Grant::JwtBearer,
        now,
    );
    tokens.scope.get_or_insert_with(|| scope.to_owned());
    tokens.renewal = Some(Renewal::JwtKey {
        key_json: key_json.clone(),
    });
    Ok(tokens)
}

/// A personal access token as a token set (no expiry known, not renewable).
pub fn personal_access_token(issuer: &str, token: &str) -> Result<TokenSet, Error> {
    let token = token.trim();
    if token.is_empty() || token.contains(char::is_whitespace) {
        return Err(Error::Login(
            "expected one token on stdin (a personal access token), got none or several words"
                .into(),
        ));
    }
    Ok(TokenSet {
        issuer: issuer.trim_end_matches('/').to_owned(),
        client_id: None,
        access_token: Secret::new(token.to_owned()),
        refresh_token: None,
        id_token: None,
        expires_at: None,
        scope: None,
        grant: Grant::PersonalAccessToken,
        renewal: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_errors_are_clear_and_debug_hides_key() {
        let err = ServiceAccountKey::parse("{\"type\":\"serviceaccount\"}")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("not a ZITADEL service-account key") && err.contains("keyId"),
            "{err}"
        );
        let key = ServiceAccountKey::parse(r#"{"type":"serviceaccount","keyId":"k1","key":"-----BEGIN RSA PRIVATE KEY-----\nSECRET","userId":"u1"}"#).unwrap();
        assert_eq!(key.subject(), Some("u1"));
        assert!(!format!("{key:?}").contains("SECRET"));
        let err = key
            .assertion("http://i", OffsetDateTime::now_utc())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("private key cannot be used") && !err.contains("SECRET"),
            "{err}"
        );
    }

    #[test]
    fn pat_must_be_one_word() {
        assert!(personal_access_token("i", "  \n").is_err());
        assert!(personal_access_token("i", "a b").is_err());
        assert_eq!(
            personal_access_token("http://i/", "tok\n")
                .unwrap()
                .access_token
                .expose(),
            "tok"
        );
    }
}
