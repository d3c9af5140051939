//! Short-lived OIDC state: browser sessions, codes, device authorizations, refresh
//! tokens, revoked access tokens, and the provider's signing keys.

use std::fmt;

use serde::Serialize;

/// A browser login session (the login page's cookie points at it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Session {
    /// Session id (random; the cookie carries it).
    pub id: String,
    /// Who signed in.
    pub user_id: String,
    /// When they authenticated (the `auth_time` claim).
    pub auth_time: i64,
    /// Authentication methods used, e.g. `["pwd"]`.
    pub amr: Vec<String>,
    /// After this time the session is void.
    pub expires_at: i64,
}

/// An authorization code waiting to be exchanged; single use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuthCode {
    /// Digest of the code (the code itself is only in the redirect).
    #[serde(skip_serializing)]
    pub code_digest: String,
    /// The client it was issued to.
    pub client_id: String,
    /// The user who authorized it.
    pub user_id: String,
    /// The browser session it came from.
    pub session_id: Option<String>,
    /// The redirect URI of the authorization request (must match at the token call).
    pub redirect_uri: String,
    /// Scopes granted.
    pub scopes: Vec<String>,
    /// The request's nonce, echoed in the ID token.
    pub nonce: Option<String>,
    /// PKCE challenge.
    pub code_challenge: Option<String>,
    /// PKCE method ("S256").
    pub code_challenge_method: Option<String>,
    /// When the user authenticated.
    pub auth_time: i64,
    /// Authentication methods used.
    pub amr: Vec<String>,
    /// After this time the code is refused.
    pub expires_at: i64,
}

/// Result of [`crate::OidcRepo::consume_auth_code`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConsumeCodeOutcome {
    /// This caller consumed the code; it can never be consumed again.
    Consumed(AuthCode),
    /// The code was consumed before: a replay. Tokens issued from it should be
    /// revoked (issue its refresh tokens with `family_id` = the code digest, and
    /// [`crate::OidcRepo::revoke_refresh_family`] finds them).
    AlreadyUsed(AuthCode),
    /// The code exists but expired; it is not consumed.
    Expired,
    /// No such code.
    NotFound,
}

/// Where a device authorization stands (RFC 8628).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceStatus {
    /// Waiting for the user to enter the code and decide.
    Pending,
    /// The user approved.
    Approved {
        /// Who approved.
        user_id: String,
        /// When they authenticated.
        auth_time: i64,
        /// The methods they passed (RFC 8176), as their session records them.
        amr: Vec<String>,
    },
    /// The user denied.
    Denied,
    /// Tokens were issued; the device code is spent.
    Consumed,
}

/// A device authorization request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeviceCode {
    /// Digest of the device code the client polls with.
    #[serde(skip_serializing)]
    pub device_code_digest: String,
    /// The code the user types on the `/device` page; unique among stored codes.
    pub user_code: String,
    /// The client that asked.
    pub client_id: String,
    /// Scopes asked for.
    pub scopes: Vec<String>,
    /// After this time polling gets `expired_token`.
    pub expires_at: i64,
    /// Minimum seconds between polls.
    pub interval_secs: i64,
    /// The previous poll's time. [`crate::OidcRepo::poll_device_code`] returns the
    /// poll before the one it records, so the caller can answer `slow_down`.
    pub last_poll_at: Option<i64>,
    /// Where the request stands.
    pub status: DeviceStatus,
}

/// A refresh token; tokens rotated from one another share a `family_id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RefreshToken {
    /// Token id.
    pub id: String,
    /// Digest of the token.
    #[serde(skip_serializing)]
    pub token_digest: String,
    /// The family: every token rotated from the same first token.
    pub family_id: String,
    /// The client it was issued to.
    pub client_id: String,
    /// The user.
    pub user_id: String,
    /// Scopes it carries.
    pub scopes: Vec<String>,
    /// When the user authenticated.
    pub auth_time: i64,
    /// Authentication methods used.
    pub amr: Vec<String>,
    /// After this time it is refused.
    pub expires_at: i64,
    /// When it was exchanged for a successor; presenting it again is reuse.
    pub rotated_at: Option<i64>,
    /// Revoked (by the client, by logout, or by reuse detection).
    pub revoked: bool,
    /// When it was issued.
    pub created_at: i64,
}

/// The successor of a rotated refresh token; the rest is copied from the old one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRefreshToken {
    /// Id of the new token.
    pub id: String,
    /// Digest of the new token.
    pub token_digest: String,
    /// Scopes of the new token (the old ones, or a subset the client asked for).
    pub scopes: Vec<String>,
    /// When the new token expires.
    pub expires_at: i64,
}

/// Result of [`crate::OidcRepo::rotate_refresh_token`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RotateOutcome {
    /// Rotated: the old token (as it was before) is returned, the new one stored.
    Rotated(RefreshToken),
    /// The token had been rotated already: reuse. The whole family, the newest
    /// token included, is now revoked.
    Reused {
        /// The revoked family.
        family_id: String,
    },
    /// The token belongs to another client; nothing changed.
    WrongClient,
    /// No such token.
    NotFound,
    /// The token expired; nothing changed.
    Expired,
    /// The token was revoked; nothing changed.
    Revoked,
}

/// A key the provider signs tokens with.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct SigningKey {
    /// Key id (`kid`).
    pub id: String,
    /// JOSE algorithm, e.g. "RS256".
    pub algorithm: String,
    /// The private key as the identity provider stores it: sealed with its master
    /// key (column `private_key_pem`, named for the PKCS#8 PEM it held before
    /// encryption at rest; older rows still hold it until the first start seals
    /// them). Never serialized or printed.
    #[serde(skip_serializing)]
    pub private_key: String,
    /// When it was created.
    pub created_at: i64,
    /// Until this time it signs new tokens.
    pub signs_until: i64,
    /// Until this time its public key stays in the JWKS (after its last token expired).
    pub publish_until: i64,
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningKey")
            .field("id", &self.id)
            .field("algorithm", &self.algorithm)
            .field("created_at", &self.created_at)
            .field("signs_until", &self.signs_until)
            .field("publish_until", &self.publish_until)
            .finish_non_exhaustive()
    }
}
