//! A [`Session`]: one profile's settings, HTTP client, discovery document and tokens.
//! It hands out a valid access token (`WS_TOKEN` first, else the stored one, renewed
//! shortly before expiry), retries a request once after renewing on a 401, and logs
//! out (revoke at the issuer, then delete locally whatever the revocation said).

use std::sync::Mutex;

use reqwest::{RequestBuilder, Response, StatusCode};
use time::OffsetDateTime;
use tokio::sync::OnceCell;

use crate::config::Profile;
use crate::error::Error;
use crate::http::{Http, error_from};
use crate::oidc::{Discovery, token};
use crate::store::{Location, Saved, TokenStore};
use crate::tokens::{Grant, Secret, TokenSet};

/// Renew this long before the access token expires.
pub const REFRESH_MARGIN: time::Duration = time::Duration::seconds(60);

/// The tokens in force and where they came from.
#[derive(Debug, Clone)]
pub struct Current {
    /// The tokens.
    pub tokens: TokenSet,
    /// Where they are stored.
    pub location: Location,
}

/// What `logout` did.
#[derive(Debug, Clone)]
pub struct LogoutReport {
    /// Whether the issuer revoked the tokens (`None`: nothing was stored).
    pub revoked: Option<Result<(), String>>,
    /// Where local copies were deleted.
    pub deleted: Vec<Location>,
}

/// One profile's connection to its issuer and token store.
#[derive(Debug)]
pub struct Session {
    profile: Profile,
    http: Http,
    store: TokenStore,
    discovery: OnceCell<Discovery>,
    current: Mutex<Option<Current>>,
    notices: Mutex<Vec<String>>,
}

impl Session {
    /// A session for a resolved profile, with the profile's token store.
    pub fn new(profile: Profile) -> Result<Self, Error> {
        let store = TokenStore::for_profile(&profile);
        Self::with_store(profile, store)
    }

    /// A session with an explicit store (tests choose the keyring timeout).
    pub fn with_store(profile: Profile, store: TokenStore) -> Result<Self, Error> {
        Ok(Self {
            profile,
            http: Http::new()?,
            store,
            discovery: OnceCell::new(),
            current: Mutex::new(None),
            notices: Mutex::new(Vec::new()),
        })
    }

    /// The resolved profile.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// The HTTP client.
    pub fn http(&self) -> &Http {
        &self.http
    }

    /// The token store.
    pub fn store(&self) -> &TokenStore {
        &self.store
    }

    /// Messages for stderr gathered since the last call (store fallbacks).
    pub fn take_notices(&self) -> Vec<String> {
        std::mem::take(&mut self.notices.lock().expect("notices lock"))
    }

    /// The issuer's discovery document (fetched once).
    pub async fn discovery(&self) -> Result<&Discovery, Error> {
        self.discovery
            .get_or_try_init(|| Discovery::fetch(&self.http, &self.profile.issuer))
            .await
    }

    /// Stores freshly obtained tokens and makes them current.
    pub fn save(&self, tokens: TokenSet) -> Result<Saved, Error> {
        let saved = self.store.save(&tokens)?;
        if let Some(n) = &saved.notice {
            self.notices.lock().expect("notices lock").push(n.clone());
        }
        *self.current.lock().expect("current lock") = Some(Current {
            tokens,
            location: saved.location.clone(),
        });
        Ok(saved)
    }

    /// The tokens without renewal: `WS_TOKEN`, else the store; `NotLoggedIn` when none.
    pub fn stored(&self) -> Result<Current, Error> {
        if let Some(c) = self.current.lock().expect("current lock").clone() {
            return Ok(c);
        }
        let current = match &self.profile.env_token {
            Some(t) => Current {
                tokens: env_tokens(&self.profile, t),
                location: Location::Environment,
            },
            None => {
                let (tokens, location) = self.store.load()?.ok_or_else(|| Error::NotLoggedIn {
                    profile: self.profile.name.clone(),
                })?;
                Current { tokens, location }
            }
        };
        *self.current.lock().expect("current lock") = Some(current.clone());
        Ok(current)
    }

    /// Valid tokens: renewed first when they expire within [`REFRESH_MARGIN`].
    pub async fn current(&self) -> Result<Current, Error> {
        let current = self.stored()?;
        if current.tokens.renewable()
            && current
                .tokens
                .expires_within(OffsetDateTime::now_utc(), REFRESH_MARGIN)
        {
            return self.renew().await;
        }
        Ok(current)
    }

    /// Renews the tokens now and stores the result. If storing fails the new tokens
    /// are still used for this invocation and the failure becomes a notice.
    pub async fn renew(&self) -> Result<Current, Error> {
        let old = self.stored()?;
        if old.location == Location::Environment {
            return Err(Error::Login(
                "WS_TOKEN cannot be renewed; unset it or supply a fresh token".into(),
            ));
        }
        let disc = self.discovery().await?;
        let fresh = token::renew(&self.http, disc, &old.tokens).await?;
        match self.save(fresh.clone()) {
            Ok(saved) => Ok(Current {
                tokens: fresh,
                location: saved.location,
            }),
            Err(e) => {
                self.notices
                    .lock()
                    .expect("notices lock")
                    .push(format!("could not store the renewed token: {e}"));
                let current = Current {
                    tokens: fresh,
                    location: old.location,
                };
                *self.current.lock().expect("current lock") = Some(current.clone());
                Ok(current)
            }
        }
    }

    /// Sends an authenticated request built by `build(access_token)`; on a 401 renews
    /// once (when renewable) and retries.
    pub async fn send<F>(&self, url: &str, build: F) -> Result<Response, Error>
    where
        F: Fn(&str) -> RequestBuilder,
    {
        let current = self.current().await?;
        let resp = build(current.tokens.access_token.expose())
            .send()
            .await
            .map_err(|e| Error::transport(url, &e))?;
        if resp.status() == StatusCode::UNAUTHORIZED
            && current.tokens.renewable()
            && current.location != Location::Environment
        {
            let renewed = self.renew().await?;
            let retry = build(renewed.tokens.access_token.expose())
                .send()
                .await
                .map_err(|e| Error::transport(url, &e))?;
            return check(retry, url).await;
        }
        check(resp, url).await
    }

    /// The userinfo claims of the current token (renewing once on 401).
    pub async fn userinfo(&self) -> Result<serde_json::Value, Error> {
        // Not signed in is the more useful answer than an unreachable issuer.
        self.stored()?;
        let disc = self.discovery().await?;
        let url = disc.userinfo_endpoint()?.to_owned();
        let resp = self
            .send(&url, |t| self.http.client().get(&url).bearer_auth(t))
            .await?;
        crate::http::decode(resp, &url).await
    }

    /// Revokes at the issuer (best effort) and deletes every local copy.
    pub async fn logout(&self) -> Result<LogoutReport, Error> {
        let stored = match self.store.load() {
            Ok(s) => s,
            Err(e) => {
                // An unreadable credentials file still gets deleted below.
                self.notices
                    .lock()
                    .expect("notices lock")
                    .push(e.to_string());
                None
            }
        };
        let revoked = match &stored {
            None => None,
            Some((tokens, _)) => Some(match self.discovery().await {
                Ok(disc) => token::revoke(&self.http, disc, tokens)
                    .await
                    .map_err(|e| e.to_string()),
                Err(e) => Err(e.to_string()),
            }),
        };
        let deleted = self.store.delete()?;
        *self.current.lock().expect("current lock") = None;
        Ok(LogoutReport { revoked, deleted })
    }
}

async fn check(resp: Response, url: &str) -> Result<Response, Error> {
    if resp.status().is_success() {
        Ok(resp)
    } else {
        Err(error_from(resp, url).await)
    }
}

fn env_tokens(profile: &Profile, token: &Secret) -> TokenSet {
    TokenSet {
        issuer: profile.issuer.as_str().trim_end_matches('/').to_owned(),
        client_id: None,
        access_token: token.clone(),
        refresh_token: None,
        id_token: None,
        expires_at: None,
        scope: None,
        grant: Grant::Environment,
        renewal: None,
    }
}
