//! Minting the token response every grant ends with: the access token (RS256 JWT or
//! opaque, by the client's access-token type as in ZITADEL), the ID token when
//! `openid` was granted, and a refresh token when the grant calls for one.

use axum::Json;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use ws_storage::{AccessTokenType, App, RefreshToken};

use super::claims::{Scopes, Subject, add_metadata, add_roles, audience, userinfo_claims};
use super::keys::{LoadedKey, signer};
use super::{jws, opaque};
use crate::secrets::{digest, random_token};
use crate::{IdentityState, OAuthError};

/// The claims of an access token; opaque tokens seal the same struct (without the
/// extra claims).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct AccessClaims {
    pub iss: String,
    pub sub: String,
    pub aud: Vec<String>,
    pub exp: i64,
    pub iat: i64,
    pub nbf: i64,
    pub jti: String,
    pub client_id: String,
    pub scope: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amr: Vec<String>,
    /// The browser session the grant came from: ending it (end_session) revokes
    /// the token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<String>,
    /// The grant (refresh-token family) the token belongs to: revoking a refresh
    /// token of the family revokes it, as ZITADEL does.
    #[serde(
        default,
        rename = "urn:ws:grant",
        skip_serializing_if = "Option::is_none"
    )]
    pub grant: Option<String>,
    /// ZITADEL's claims (resource owner, roles) in JWTs.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What happens to refresh tokens in this response.
#[derive(Debug)]
pub(crate) enum Refresh {
    /// None is issued.
    No,
    /// A new token is issued in this family (code and device grants).
    New {
        /// The family id (the code digest for code grants, so a replay finds it).
        family_id: String,
    },
    /// Rotation already stored the successor; this is its value.
    Rotated(String),
}

/// Everything a token response is made from.
pub(crate) struct Issue<'a> {
    /// The OAuth client id (`client_id`, `azp`).
    pub client_id: &'a str,
    /// The application, when the client is one (machine users are clients too).
    pub app: Option<&'a App>,
    /// The machine user's token type, when the client is a machine user.
    pub machine_token_type: Option<AccessTokenType>,
    /// The user the tokens are about.
    pub subject: &'a Subject,
    /// Granted scopes.
    pub scopes: &'a Scopes,
    /// When the user authenticated (absent for machine grants).
    pub auth_time: Option<i64>,
    /// Authentication methods.
    pub amr: &'a [String],
    /// The nonce of the authorization request.
    pub nonce: Option<&'a str>,
    /// A fixed access-token id (code grants derive it from the code so a replay
    /// can revoke it); random otherwise.
    pub jti: Option<String>,
    /// Refresh token handling.
    pub refresh: Refresh,
    /// The browser session behind the grant (`sid`).
    pub sid: Option<String>,
    /// The refresh-token family the access token belongs to.
    pub grant: Option<String>,
}

/// Mints the tokens and answers with the RFC 6749 §5.1 JSON body.
pub(crate) async fn respond(state: &IdentityState, i: Issue<'_>) -> Result<Response, OAuthError> {
    let key = signer(state).await?;
    let ttl = state.config.access_token_ttl.as_secs() as i64;
    let own_project = i.app.map(|a| a.project_id.as_str());
    let aud = audience(i.client_id, own_project, i.scopes);
    let projects: Vec<String> = aud.iter().filter(|a| *a != i.client_id).cloned().collect();
    let (claims, access_token) = access_token(state, &key, &i, aud, &projects).await?;
    let id_token = if i.scopes.has("openid") {
        Some(id_token(state, &key, &i, &claims, &access_token, &projects).await?)
    } else {
        None
    };
    let refresh_token = match &i.refresh {
        Refresh::No => None,
        Refresh::Rotated(t) => Some(t.clone()),
        Refresh::New { family_id } => Some(new_refresh(state, &i, family_id.clone()).await?),
    };
    let mut body = json!({
        "access_token": access_token,
        "token_type": "Bearer",
        "expires_in": ttl,
        "scope": claims.scope,
    });
    if let Some(t) = id_token {
        body["id_token"] = json!(t);
    }
    if let Some(t) = refresh_token {
        body["refresh_token"] = json!(t);
    }
    Ok(no_store(Json(body).into_response()))
}

/// Builds the access-token claims and the token: sealed (opaque) or a JWT carrying
/// the resource-owner claims and, when wanted, the roles.
async fn access_token(
    state: &IdentityState,
    key: &LoadedKey,
    i: &Issue<'_>,
    aud: Vec<String>,
    projects: &[String],
) -> Result<(AccessClaims, String), OAuthError> {
    let now = state.clock.now();
    let mut claims = AccessClaims {
        iss: state.config.issuer_str().to_owned(),
        sub: i.subject.user.id.clone(),
        aud,
        exp: now + state.config.access_token_ttl.as_secs() as i64,
        iat: now,
        nbf: now,
        jti: i.jti.clone().unwrap_or_else(ws_storage::new_id),
        client_id: i.client_id.to_owned(),
        scope: i.scopes.joined(),
        auth_time: i.auth_time,
        amr: i.amr.to_vec(),
        sid: i.sid.clone(),
        grant: i.grant.clone(),
        extra: Map::new(),
    };
    let token_type = i
        .app
        .map(|a| a.access_token_type)
        .or(i.machine_token_type)
        .unwrap_or(AccessTokenType::Jwt);
    if token_type == AccessTokenType::Bearer {
        let token = seal_opaque(state, key, &claims)?;
        return Ok((claims, token));
    }
    let info = userinfo_claims(i.subject, &Scopes::default());
    claims
        .extra
        .extend(info.into_iter().filter(|(k, _)| k.starts_with("urn:")));
    if access_roles_wanted(state, i, projects).await? {
        let own_project = i.app.map(|a| a.project_id.as_str());
        let generic = own_project.or(projects.first().map(String::as_str));
        let sub = claims.sub.clone();
        add_roles(state, &mut claims.extra, &sub, projects, generic, i.scopes).await?;
    }
    let token = key
        .sign(&state.signing.rng, &claims)
        .map_err(OAuthError::server_error)?;
    Ok((claims, token))
}

/// Adds `Cache-Control: no-store` and `Pragma: no-cache` (RFC 6749 §5.1).
pub(crate) fn no_store(mut resp: Response) -> Response {
    let h = resp.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    resp
}

fn seal_opaque(
    state: &IdentityState,
    key: &LoadedKey,
    claims: &AccessClaims,
) -> Result<String, OAuthError> {
    let plain = serde_json::to_vec(claims).map_err(OAuthError::server_error)?;
    Ok(opaque::seal(
        &key.opaque,
        &state.signing.rng,
        &key.kid,
        &plain,
    ))
}

/// Roles go into JWT access tokens when the app asks for them ("roles in access
/// token"), when the scopes ask for them, or when an audience project asserts roles.
async fn access_roles_wanted(
    state: &IdentityState,
    i: &Issue<'_>,
    projects: &[String],
) -> Result<bool, OAuthError> {
    if i.app.is_some_and(|a| a.access_token_role_assertion) || i.scopes.roles_requested() {
        return Ok(true);
    }
    projects_assert_roles(state, projects).await
}

/// Whether any of `projects` has "assert roles on authentication" switched on.
pub(crate) async fn projects_assert_roles(
    state: &IdentityState,
    projects: &[String],
) -> Result<bool, OAuthError> {
    for p in projects
        .iter()
        .filter(|p| p.as_str() != super::claims::ZITADEL_API_AUDIENCE)
    {
        if state.token_cache.project_asserts_roles(state, p).await? {
            return Ok(true);
        }
    }
    Ok(false)
}

async fn id_token(
    state: &IdentityState,
    key: &LoadedKey,
    i: &Issue<'_>,
    access: &AccessClaims,
    access_token: &str,
    projects: &[String],
) -> Result<String, OAuthError> {
    let mut c = userinfo_claims(i.subject, i.scopes);
    add_metadata(state, &mut c, &access.sub, i.scopes).await?;
    c.insert("iss".into(), json!(access.iss));
    c.insert("aud".into(), json!(access.aud));
    c.insert("exp".into(), json!(access.exp));
    c.insert("iat".into(), json!(access.iat));
    c.insert("azp".into(), json!(i.client_id));
    c.insert("client_id".into(), json!(i.client_id));
    c.insert("at_hash".into(), json!(jws::at_hash(access_token)));
    if let Some(t) = i.auth_time {
        c.insert("auth_time".into(), json!(t));
    }
    if !i.amr.is_empty() {
        c.insert("amr".into(), json!(i.amr));
    }
    if let Some(n) = i.nonce {
        c.insert("nonce".into(), json!(n));
    }
    if i.app.is_some_and(|a| a.id_token_role_assertion) || i.scopes.roles_requested() {
        let generic = i.app.map(|a| a.project_id.as_str());
        add_roles(state, &mut c, &access.sub, projects, generic, i.scopes).await?;
    }
    key.sign(&state.signing.rng, &c)
        .map_err(OAuthError::server_error)
}

/// Stores and returns a new refresh token of `family_id`.
async fn new_refresh(
    state: &IdentityState,
    i: &Issue<'_>,
    family_id: String,
) -> Result<String, OAuthError> {
    let now = state.clock.now();
    let token = random_token(32);
    let record = RefreshToken {
        id: ws_storage::new_id(),
        token_digest: digest(&token),
        family_id,
        client_id: i.client_id.to_owned(),
        user_id: i.subject.user.id.clone(),
        scopes: i.scopes.0.clone(),
        auth_time: i.auth_time.unwrap_or(now),
        amr: i.amr.to_vec(),
        expires_at: now + state.config.refresh_token_ttl.as_secs() as i64,
        rotated_at: None,
        revoked: false,
        created_at: now,
    };
    state
        .store
        .oidc
        .insert_refresh_token(&record)
        .await
        .map_err(OAuthError::from_storage)?;
    Ok(token)
}

/// Whether a refresh token goes with this grant: `offline_access` granted and the
/// app allows the refresh_token grant.
pub(crate) fn wants_refresh(app: &App, scopes: &Scopes) -> bool {
    scopes.has("offline_access") && app.grant_types.iter().any(|g| g == "refresh_token")
}
