//! The OIDC settings `ws apps create` and `ws apps update` share, as clap flags,
//! turned into ZITADEL's `oidcConfiguration` (only the flags given).

use clap::{Args, ValueEnum};
use serde_json::{Map, Value, json};

/// What kind of OIDC client.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum AppKind {
    /// Server-side web app (confidential)
    Web,
    /// Single-page app in the browser (public)
    Spa,
    /// Installed app or CLI (public)
    Native,
}

/// A grant type the app may use.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Grant {
    /// Authorization code (with PKCE for public clients)
    AuthorizationCode,
    /// Implicit flow
    Implicit,
    /// Refresh tokens
    RefreshToken,
    /// Device authorization
    DeviceCode,
    /// Token exchange
    TokenExchange,
}

/// A response type the app may ask for.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Response {
    /// `code`
    Code,
    /// `id_token`
    IdToken,
    /// `id_token token`
    IdTokenToken,
}

/// How the client authenticates at the token endpoint.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum AuthMethod {
    /// client_secret_basic
    Basic,
    /// client_secret_post
    Post,
    /// No secret (public client with PKCE)
    None,
    /// private_key_jwt
    PrivateKeyJwt,
}

/// The kind of access token issued.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum TokenType {
    /// Opaque, checked by introspection
    Bearer,
    /// Signed JWT
    Jwt,
}

/// OIDC flags.
#[derive(Debug, Clone, Args)]
pub struct OidcArgs {
    /// Client kind
    #[arg(long = "kind", value_enum)]
    pub kind: Option<AppKind>,
    /// Allowed redirect URI (repeat for more; on update replaces the list)
    #[arg(long = "redirect-uri", value_name = "URI")]
    pub redirect_uris: Vec<String>,
    /// Allowed post-logout redirect URI (repeat for more; on update replaces the list)
    #[arg(long = "post-logout-uri", value_name = "URI")]
    pub post_logout_uris: Vec<String>,
    /// Allowed grant type (repeat for more; default authorization-code)
    #[arg(long = "grant", value_enum, value_name = "GRANT")]
    pub grants: Vec<Grant>,
    /// Allowed response type (repeat for more; default code)
    #[arg(long = "response-type", value_enum, value_name = "TYPE")]
    pub response_types: Vec<Response>,
    /// Client authentication at the token endpoint (default basic)
    #[arg(long, value_enum)]
    pub auth_method: Option<AuthMethod>,
    /// Development mode: relaxed redirect URI rules (true or false)
    #[arg(long, value_name = "BOOL")]
    pub dev_mode: Option<bool>,
    /// Access token kind (default bearer)
    #[arg(long, value_enum)]
    pub token_type: Option<TokenType>,
}

fn names<T: Copy>(items: &[T], name: impl Fn(T) -> &'static str) -> Value {
    json!(items.iter().map(|i| name(*i)).collect::<Vec<_>>())
}

impl OidcArgs {
    /// Whether no OIDC flag was given.
    pub fn is_empty(&self) -> bool {
        self.to_json().as_object().is_none_or(Map::is_empty)
    }

    /// The `oidcConfiguration` of the flags given.
    pub fn to_json(&self) -> Value {
        let mut c = Map::new();
        if let Some(k) = self.kind {
            let name = match k {
                AppKind::Web => "OIDC_APP_TYPE_WEB",
                AppKind::Spa => "OIDC_APP_TYPE_USER_AGENT",
                AppKind::Native => "OIDC_APP_TYPE_NATIVE",
            };
            c.insert("applicationType".into(), json!(name));
        }
        if !self.redirect_uris.is_empty() {
            c.insert("redirectUris".into(), json!(self.redirect_uris));
        }
        if !self.post_logout_uris.is_empty() {
            c.insert(
                "postLogoutRedirectUris".into(),
                json!(self.post_logout_uris),
            );
        }
        if !self.grants.is_empty() {
            c.insert("grantTypes".into(), names(&self.grants, grant_name));
        }
        if !self.response_types.is_empty() {
            c.insert(
                "responseTypes".into(),
                names(&self.response_types, response_name),
            );
        }
        if let Some(m) = self.auth_method {
            c.insert("authMethodType".into(), json!(auth_name(m)));
        }
        if let Some(d) = self.dev_mode {
            c.insert("developmentMode".into(), json!(d));
        }
        if let Some(t) = self.token_type {
            let name = match t {
                TokenType::Bearer => "OIDC_TOKEN_TYPE_BEARER",
                TokenType::Jwt => "OIDC_TOKEN_TYPE_JWT",
            };
            c.insert("accessTokenType".into(), json!(name));
        }
        Value::Object(c)
    }
}

fn grant_name(g: Grant) -> &'static str {
    match g {
        Grant::AuthorizationCode => "OIDC_GRANT_TYPE_AUTHORIZATION_CODE",
        Grant::Implicit => "OIDC_GRANT_TYPE_IMPLICIT",
        Grant::RefreshToken => "OIDC_GRANT_TYPE_REFRESH_TOKEN",
        Grant::DeviceCode => "OIDC_GRANT_TYPE_DEVICE_CODE",
        Grant::TokenExchange => "OIDC_GRANT_TYPE_TOKEN_EXCHANGE",
    }
}

fn response_name(r: Response) -> &'static str {
    match r {
        Response::Code => "OIDC_RESPONSE_TYPE_CODE",
        Response::IdToken => "OIDC_RESPONSE_TYPE_ID_TOKEN",
        Response::IdTokenToken => "OIDC_RESPONSE_TYPE_ID_TOKEN_TOKEN",
    }
}

fn auth_name(m: AuthMethod) -> &'static str {
    match m {
        AuthMethod::Basic => "OIDC_AUTH_METHOD_TYPE_BASIC",
        AuthMethod::Post => "OIDC_AUTH_METHOD_TYPE_POST",
        AuthMethod::None => "OIDC_AUTH_METHOD_TYPE_NONE",
        AuthMethod::PrivateKeyJwt => "OIDC_AUTH_METHOD_TYPE_PRIVATE_KEY_JWT",
    }
}

/// The `authMethodType` of an API app (`basic` or `private-key-jwt`).
pub fn api_auth_name(m: AuthMethod) -> Option<&'static str> {
    match m {
        AuthMethod::Basic => Some("API_AUTH_METHOD_TYPE_BASIC"),
        AuthMethod::PrivateKeyJwt => Some("API_AUTH_METHOD_TYPE_PRIVATE_KEY_JWT"),
        AuthMethod::Post | AuthMethod::None => None,
    }
}
