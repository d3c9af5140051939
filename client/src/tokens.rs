//! Token material: [`Secret`] (a string never printed by `Debug`), [`TokenSet`] (what
//! a login yields and the store keeps) and [`Renewal`] (machine credentials kept so a
//! token can be renewed without a person).

use std::fmt;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// A secret string; `Debug` prints `***`, only [`Secret::expose`] gives the value.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    pub fn new(s: String) -> Self {
        Self(s)
    }

    /// The secret value; call only where it is sent or stored.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// How a token set was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grant {
    /// Authorization code + PKCE on a loopback redirect.
    AuthorizationCode,
    /// Device authorization grant.
    DeviceCode,
    /// Client credentials (service account secret).
    ClientCredentials,
    /// JWT bearer (service account key).
    JwtBearer,
    /// A personal access token given on stdin.
    PersonalAccessToken,
    /// `WS_TOKEN` from the environment (never stored).
    Environment,
}

impl Grant {
    /// A short human name.
    pub fn describe(self) -> &'static str {
        match self {
            Grant::AuthorizationCode => "browser login (PKCE)",
            Grant::DeviceCode => "device code",
            Grant::ClientCredentials => "client credentials",
            Grant::JwtBearer => "service account key (JWT)",
            Grant::PersonalAccessToken => "personal access token",
            Grant::Environment => "WS_TOKEN",
        }
    }
}

/// Machine credentials kept to obtain a new token when the current one expires.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Renewal {
    /// `client_credentials` with these credentials.
    ClientCredentials {
        /// Client id (the machine user's username in ZITADEL).
        client_id: String,
        /// Client secret.
        client_secret: Secret,
    },
    /// `jwt-bearer` signed with this service-account key (the JSON key file).
    JwtKey {
        /// The whole key file content.
        key_json: Secret,
    },
}

/// The tokens of one login.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenSet {
    /// Issuer the tokens come from.
    pub issuer: String,
    /// Client id used, when any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Bearer access token (or PAT).
    pub access_token: Secret,
    /// Refresh token (with `offline_access`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<Secret>,
    /// ID token, kept for logout hints and claims.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<Secret>,
    /// When the access token expires; `None` = unknown (PATs).
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub expires_at: Option<OffsetDateTime>,
    /// Granted scopes, as the server reported them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// How the tokens were obtained.
    pub grant: Grant,
    /// Machine credentials to renew with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renewal: Option<Renewal>,
}

impl TokenSet {
    /// Whether the access token expires within `margin` of `now` (unknown expiry = no).
    pub fn expires_within(&self, now: OffsetDateTime, margin: time::Duration) -> bool {
        self.expires_at.is_some_and(|exp| exp - now <= margin)
    }

    /// Whether it can be renewed without a person.
    pub fn renewable(&self) -> bool {
        self.refresh_token.is_some() || self.renewal.is_some()
    }
}

/// The token endpoint's success body (RFC 6749 §5.1).
#[derive(Debug, Deserialize)]
pub(crate) struct TokenResponse {
    pub(crate) access_token: String,
    #[serde(default)]
    pub(crate) expires_in: Option<i64>,
    #[serde(default)]
    pub(crate) refresh_token: Option<String>,
    #[serde(default)]
    pub(crate) id_token: Option<String>,
    #[serde(default)]
    pub(crate) scope: Option<String>,
}

impl TokenResponse {
    /// Builds a [`TokenSet`]; `now` is when the request was sent (expiry errs early).
    pub(crate) fn into_tokens(
        self,
        issuer: &str,
        client_id: Option<String>,
        grant: Grant,
        now: OffsetDateTime,
    ) -> TokenSet {
        TokenSet {
            issuer: issuer.to_owned(),
            client_id,
            access_token: Secret::new(self.access_token),
            refresh_token: self.refresh_token.map(Secret::new),
            id_token: self.id_token.map(Secret::new),
            expires_at: self.expires_in.map(|s| now + time::Duration::seconds(s)),
            scope: self.scope,
            grant,
            renewal: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_secrets() {
        let t = TokenSet {
            issuer: "i".into(),
            client_id: None,
            access_token: Secret::new("AT-123".into()),
            refresh_token: Some(Secret::new("RT-456".into())),
            id_token: None,
            expires_at: None,
            scope: None,
            grant: Grant::DeviceCode,
            renewal: Some(Renewal::ClientCredentials {
                client_id: "c".into(),
                client_secret: Secret::new("S-789".into()),
            }),
        };
        let dbg = format!("{t:?}");
        assert!(
            !dbg.contains("AT-123") && !dbg.contains("RT-456") && !dbg.contains("S-789"),
            "{dbg}"
        );
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(serde_json::from_str::<TokenSet>(&json).unwrap(), t);
    }

    #[test]
    fn expiry_margin() {
        let now = OffsetDateTime::now_utc();
        let resp = TokenResponse {
            access_token: "a".into(),
            expires_in: Some(30),
            refresh_token: None,
            id_token: None,
            scope: None,
        };
        let t = resp.into_tokens("i", None, Grant::DeviceCode, now);
        assert!(t.expires_within(now, time::Duration::seconds(60)));
        assert!(!t.expires_within(now, time::Duration::seconds(10)));
        assert!(!t.renewable());
    }
}
