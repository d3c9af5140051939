//! Calls to ZITADEL's management APIs with the session's token: Connect
//! (`POST /{package}.{Service}/{Method}`, JSON) and the REST gateway (`/v2/…`). Errors in
//! either shape come back as [`crate::ApiError`]s with the normalised code, so callers
//! branch on `not_found` / `already_exists` rather than on HTTP statuses (README §3.7).

use reqwest::Method;
use serde_json::Value;

use crate::error::Error;
use crate::session::Session;

/// The Zitadel API of one session's issuer.
#[derive(Debug, Clone, Copy)]
pub struct ZitadelApi<'a> {
    session: &'a Session,
}

impl<'a> ZitadelApi<'a> {
    /// The API of the session's issuer.
    pub fn new(session: &'a Session) -> Self {
        Self { session }
    }

    fn url(&self, path: &str) -> String {
        format!(
            "{}{path}",
            self.session.profile().issuer.as_str().trim_end_matches('/')
        )
    }

    /// A Connect unary call, e.g. `("zitadel.user.v2.UserService", "GetUserByID", body)`.
    pub async fn connect(&self, service: &str, method: &str, body: &Value) -> Result<Value, Error> {
        let url = self.url(&format!("/{service}/{method}"));
        let http = self.session.http().client();
        let resp = self
            .session
            .send(&url, |token| {
                http.post(&url)
                    .bearer_auth(token)
                    .header("Connect-Protocol-Version", "1")
                    .json(body)
            })
            .await?;
        crate::http::decode(resp, &url).await
    }

    /// A REST gateway call (`path` starts with `/`); the profile's `default_org` is sent
    /// as `x-zitadel-orgid`. Any 2xx is success (ZITADEL answers 201 to some creates).
    pub async fn rest(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Value, Error> {
        let url = self.url(path);
        let http = self.session.http().client();
        let org = self.session.profile().default_org.clone();
        let resp = self
            .session
            .send(&url, |token| {
                let mut req = http.request(method.clone(), &url).bearer_auth(token);
                if let Some(org) = &org {
                    req = req.header("x-zitadel-orgid", org);
                }
                if let Some(b) = body {
                    req = req.json(b);
                }
                req
            })
            .await?;
        let bytes = resp.bytes().await.map_err(|e| Error::transport(&url, &e))?;
        if bytes.is_empty() {
            return Ok(Value::Object(Default::default()));
        }
        serde_json::from_slice(&bytes).map_err(|e| Error::Protocol {
            url,
            reason: format!("invalid JSON: {e}"),
        })
    }
}
