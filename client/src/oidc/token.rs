//! Operations on an existing token set: renewal (refresh token, or the stored machine
//! credentials), revocation (RFC 7009) and userinfo.

use serde_json::Value;
use time::OffsetDateTime;

use super::{Discovery, machine};
use crate::error::Error;
use crate::http::Http;
use crate::tokens::{Renewal, TokenResponse, TokenSet};

/// Renews a token set: `refresh_token` grant, else the stored machine credentials.
pub async fn renew(http: &Http, disc: &Discovery, tokens: &TokenSet) -> Result<TokenSet, Error> {
    if let Some(refresh) = &tokens.refresh_token {
        let now = OffsetDateTime::now_utc();
        let mut form = vec![
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh.expose()),
        ];
        if let Some(cid) = &tokens.client_id {
            form.push(("client_id", cid));
        }
        let url = &disc.metadata.token_endpoint;
        let resp: TokenResponse = http.post_form(url, &form, None).await?;
        let mut fresh =
            resp.into_tokens(&tokens.issuer, tokens.client_id.clone(), tokens.grant, now);
        // Servers without rotation send no new refresh/ID token: keep the old ones.
        fresh.refresh_token = fresh.refresh_token.or_else(|| tokens.refresh_token.clone());
        fresh.id_token = fresh.id_token.or_else(|| tokens.id_token.clone());
        fresh.renewal = tokens.renewal.clone();
        return Ok(fresh);
    }
    let scope = tokens
        .scope
        .clone()
        .unwrap_or_else(|| machine::MACHINE_SCOPES.to_owned());
    match &tokens.renewal {
        Some(Renewal::ClientCredentials {
            client_id,
            client_secret,
        }) => {
            machine::client_credentials(http, disc, client_id, client_secret.expose(), &scope).await
        }
        Some(Renewal::JwtKey { key_json }) => {
            let key = machine::ServiceAccountKey::parse(key_json.expose())?;
            machine::jwt_bearer(http, disc, &key, key_json, &scope).await
        }
        None => Err(Error::Login(format!(
            "the {} token cannot be renewed (no refresh token); run `ws auth login` again",
            tokens.grant.describe()
        ))),
    }
}

/// Revokes the refresh token (which ends the grant) and the access token. Personal
/// access tokens are not revocable over OAuth and are skipped.
pub async fn revoke(http: &Http, disc: &Discovery, tokens: &TokenSet) -> Result<(), Error> {
    if tokens.grant == crate::tokens::Grant::PersonalAccessToken {
        return Ok(());
    }
    let url = disc.revocation_endpoint()?;
    let basic = match &tokens.renewal {
        Some(Renewal::ClientCredentials {
            client_id,
            client_secret,
        }) => Some((client_id.as_str(), client_secret.expose())),
        _ => None,
    };
    let mut todo = vec![(tokens.access_token.expose(), "access_token")];
    if let Some(rt) = &tokens.refresh_token {
        todo.insert(0, (rt.expose(), "refresh_token"));
    }
    for (token, hint) in todo {
        let mut form = vec![("token", token), ("token_type_hint", hint)];
        if basic.is_none()
            && let Some(cid) = &tokens.client_id
        {
            form.push(("client_id", cid));
        }
        let mut req = http.client().post(url).form(&form);
        if let Some((u, p)) = basic {
            req = req.basic_auth(u, Some(p));
        }
        http.send(req, url).await?;
    }
    Ok(())
}

/// Calls the userinfo endpoint with an access token.
pub async fn userinfo(http: &Http, disc: &Discovery, access_token: &str) -> Result<Value, Error> {
    let url = disc.userinfo_endpoint()?;
    http.json(http.client().get(url).bearer_auth(access_token), url)
        .await
}
