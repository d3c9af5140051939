//! OpenID Connect and OAuth flows against any ZITADEL-compatible issuer: discovery,
//! PKCE loopback login, device authorization, machine grants, ID-token verification,
//! refresh, userinfo and revocation.

pub mod device;
pub mod discovery;
pub mod idtoken;
pub mod machine;
pub mod pkce;
pub mod token;

pub use discovery::{Discovery, ProviderMetadata};

use time::OffsetDateTime;

/// Something a login flow wants the person to see (printed on stderr by the CLI).
#[derive(Debug, Clone)]
pub enum LoginEvent {
    /// Open this URL in a browser; `opened` says whether a browser was launched.
    OpenUrl {
        /// The authorization URL.
        url: String,
        /// Whether the system browser was asked to open it.
        opened: bool,
    },
    /// Enter a code on the verification page.
    DeviceCode {
        /// `verification_uri`.
        verification_uri: String,
        /// `verification_uri_complete`, when the server sent one.
        verification_uri_complete: Option<String>,
        /// The code to type.
        user_code: String,
        /// When the code expires.
        expires_at: OffsetDateTime,
    },
    /// The server asked to poll more slowly.
    SlowDown {
        /// The new interval in seconds.
        interval_secs: u64,
    },
}

/// Receives [`LoginEvent`]s.
pub type Notify<'a> = &'a (dyn Fn(LoginEvent) + Send + Sync);
