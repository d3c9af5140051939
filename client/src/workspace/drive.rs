//! `/api/v1/drive` calls: the tree (list, get, mkdir, move, copy, trash, restore,
//! delete, quota) and the byte paths (resumable upload sessions, streaming upload,
//! ranged download). Transfers use a client without a total timeout (a 1 GiB body
//! takes longer than any sane request timeout) but with a read timeout, and retry
//! transient failures (connection errors, 5xx, 429) with exponential backoff.
//!
//! JSON calls go through [`WorkspaceApi`]; the byte paths use their own client
//! because the shared one has a total request timeout.
//!
//! The engines that move whole files live in [`upload`] and [`download`]; the
//! state that lets an interrupted upload resume lives in [`resume`].

mod blocking;
pub mod download;
pub mod resume;
pub mod upload;

use std::time::Duration;

use backon::ExponentialBuilder;
use reqwest::{Method, RequestBuilder, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;
use url::Url;
use ws_api::workspace::drive::{
    CopyItem, CreateFolder, CreateUpload, DriveItem, DriveItemList, FinishUpload, Quota,
    UpdateItem, UploadSession,
};

use super::WorkspaceApi;
use crate::error::Error;
use crate::session::Session;

/// Which listing [`Drive::list`] returns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Listing {
    /// A folder's children (the caller's root when `None`).
    #[default]
    Root,
    /// A folder's children.
    Folder(String),
    /// Items others shared with the caller.
    Shared,
    /// The caller's trash.
    Trash,
    /// The caller's items whose name contains the text.
    Search(String),
}

/// Whether an error is worth retrying (the workspace client's rule: unreachable,
/// reset, 5xx, 429).
pub fn is_transient(e: &Error) -> bool {
    super::retryable(e)
}

/// The backoff for transient failures: 6 tries, from 200 ms up to 10 s apart, with
/// jitter (so parallel transfers do not retry in lockstep).
pub fn backoff() -> ExponentialBuilder {
    ExponentialBuilder::default()
        .with_min_delay(Duration::from_millis(200))
        .with_max_delay(Duration::from_secs(10))
        .with_max_times(5)
        .with_jitter()
}

/// The drive API of one profile's workspace server.
#[derive(Debug)]
pub struct Drive<'a> {
    session: &'a Session,
    api: WorkspaceApi<'a>,
    base: Url,
    http: reqwest::Client,
}

impl<'a> Drive<'a> {
    /// The drive of `session`'s profile (`api_url`, which defaults to the issuer).
    pub fn new(session: &'a Session) -> Result<Self, Error> {
        let base = session.profile().api_url.clone();
        let http = crate::http::client_builder()
            .connect_timeout(Duration::from_secs(10))
            .read_timeout(Duration::from_secs(120))
            .build()
            .map_err(|e| Error::Protocol {
                url: base.to_string(),
                reason: format!("cannot build HTTP client: {e}"),
            })?;
        Ok(Self {
            session,
            api: WorkspaceApi::new(session),
            base,
            http,
        })
    }

    /// The absolute URL of `/api/v1/<path>`.
    pub fn url(&self, path: &str) -> String {
        format!("{}/api/v1/{path}", self.base.as_str().trim_end_matches('/'))
    }

    /// Sends an authenticated request (renewing the token once on 401); `build` may
    /// be called twice, so it must make a fresh body each time.
    pub async fn send<F>(&self, method: Method, url: &str, build: F) -> Result<Response, Error>
    where
        F: Fn(RequestBuilder) -> RequestBuilder,
    {
        self.session
            .send(url, |token| {
                build(self.http.request(method.clone(), url).bearer_auth(token))
            })
            .await
    }

    /// Sends a request whose body can be read only once: no renewal, no retry.
    pub async fn send_once(
        &self,
        method: Method,
        url: &str,
        body: reqwest::Body,
    ) -> Result<Response, Error> {
        let current = self.session.current().await?;
        let resp = self
            .http
            .request(method, url)
            .bearer_auth(current.tokens.access_token.expose())
            .body(body)
            .send()
            .await
            .map_err(|e| Error::transport(url, &e))?;
        if resp.status().is_success() {
            Ok(resp)
        } else {
            Err(crate::http::error_from(resp, url).await)
        }
    }

    /// A JSON call through the workspace client (which retries idempotent ones).
    async fn json<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&(dyn erased::Body + Sync)>,
    ) -> Result<T, Error> {
        let path = format!("/{path}");
        let value = body.map(|b| b.value());
        let resp = self.api.send(method, &path, value.as_ref()).await?;
        crate::http::decode(resp, &self.api.url(&path)).await
    }

    /// Lists a folder, Shared-with-me, the trash or a search, following every page.
    pub async fn list(&self, what: &Listing) -> Result<Vec<DriveItem>, Error> {
        // The serializers are dropped before any await: they hold a non-`Sync`
        // encoder, and a future keeping one cannot be spawned (the dashboard does).
        let base = list_query(what);
        let mut items = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let path = {
                let mut q = url::form_urlencoded::Serializer::new(base.clone());
                q.append_pair("page_size", "1000");
                if let Some(t) = &token {
                    q.append_pair("page_token", t);
                }
                format!("drive/files?{}", q.finish())
            };
            let page: DriveItemList = self.json(Method::GET, &path, None).await?;
            items.extend(page.items);
            match page.next_page_token {
                Some(t) => token = Some(t),
                None => return Ok(items),
            }
        }
    }

    /// One item.
    pub async fn get(&self, id: &str) -> Result<DriveItem, Error> {
        self.json(Method::GET, &format!("drive/files/{}", enc(id)), None)
            .await
    }

    /// Creates a folder.
    pub async fn mkdir(&self, body: &CreateFolder) -> Result<DriveItem, Error> {
        self.json(Method::POST, "drive/folders", Some(body)).await
    }

    /// Renames and/or moves an item.
    pub async fn update(&self, id: &str, body: &UpdateItem) -> Result<DriveItem, Error> {
        self.json(
            Method::PATCH,
            &format!("drive/files/{}", enc(id)),
            Some(body),
        )
        .await
    }

    /// Copies a file, or a folder and everything in it (one transaction on the server).
    pub async fn copy(&self, id: &str, body: &CopyItem) -> Result<DriveItem, Error> {
        self.json(
            Method::POST,
            &format!("drive/files/{}/copy", enc(id)),
            Some(body),
        )
        .await
    }

    /// Moves an item to the trash.
    pub async fn trash(&self, id: &str) -> Result<DriveItem, Error> {
        self.json(
            Method::POST,
            &format!("drive/files/{}/trash", enc(id)),
            None,
        )
        .await
    }

    /// Takes an item out of the trash.
    pub async fn restore(&self, id: &str) -> Result<DriveItem, Error> {
        self.json(
            Method::POST,
            &format!("drive/files/{}/restore", enc(id)),
            None,
        )
        .await
    }

    /// Deletes an item for good.
    pub async fn delete(&self, id: &str) -> Result<(), Error> {
        let url = self.url(&format!("drive/files/{}", enc(id)));
        self.send(Method::DELETE, &url, |r| r).await.map(drop)
    }

    /// The organization's quota.
    pub async fn quota(&self) -> Result<Quota, Error> {
        self.json(Method::GET, "drive/quota", None).await
    }

    /// Opens a resumable upload session.
    pub async fn create_upload(&self, body: &CreateUpload) -> Result<UploadSession, Error> {
        self.json(Method::POST, "drive/uploads", Some(body)).await
    }

    /// An upload session (its committed offset).
    pub async fn get_upload(&self, id: &str) -> Result<UploadSession, Error> {
        self.json(Method::GET, &format!("drive/uploads/{}", enc(id)), None)
            .await
    }

    /// Finishes an upload session with the content's sha256.
    pub async fn finish_upload(&self, id: &str, sha256: &str) -> Result<DriveItem, Error> {
        let body = FinishUpload {
            sha256: sha256.to_owned(),
        };
        self.json(
            Method::POST,
            &format!("drive/uploads/{}/finish", enc(id)),
            Some(&body),
        )
        .await
    }
}

/// The query string of a listing, without paging.
fn list_query(what: &Listing) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    match what {
        Listing::Root => {}
        Listing::Folder(id) => {
            query.append_pair("parent", id);
        }
        Listing::Shared => {
            query.append_pair("shared", "true");
        }
        Listing::Trash => {
            query.append_pair("trashed", "true");
        }
        Listing::Search(q) => {
            query.append_pair("q", q);
        }
    }
    query.finish()
}

/// Percent-encodes an id for a path segment.
fn enc(id: &str) -> String {
    url::form_urlencoded::byte_serialize(id.as_bytes()).collect()
}

/// Request bodies as one object-safe type, so [`Drive::json`] takes any of them.
mod erased {
    /// A serializable request body.
    pub(super) trait Body {
        /// The body as JSON.
        fn value(&self) -> serde_json::Value;
    }

    impl<T: super::Serialize> Body for T {
        fn value(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap_or_default()
        }
    }
}
