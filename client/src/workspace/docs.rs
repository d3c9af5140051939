//! `/api/v1/docs`: list and search, read, create, update (optionally conditional on
//! a version, as `If-Match: "v<n>"`), delete, history and restore, comment threads
//! and exports. A refused conditional write is an [`Error::Api`] with status 412
//! and code `stale_version`.

use reqwest::Method;
use ws_api::workspace::ListPage;
use ws_api::workspace::docs::{
    Comment, CommentThread, CreateDoc, Doc, DocSummary, DocVersion, ExportFormat, NewComment,
    UpdateDoc, etag,
};

use super::{WorkspaceApi, query};
use crate::error::Error;

/// Largest page asked for when fetching every item.
const PAGE: usize = 1000;

/// A downloaded export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocExport {
    /// The file content.
    pub content: Vec<u8>,
    /// The server's `Content-Type`.
    pub content_type: String,
    /// A bare file name (no directory part) from `Content-Disposition`, or
    /// `document.<ext>` when the server gave none usable.
    pub file_name: String,
}

/// A path segment, percent-encoded (ids are opaque strings).
fn seg(id: &str) -> String {
    url::form_urlencoded::byte_serialize(id.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

/// `If-Match` for a write that must apply to `version` only.
fn if_match(version: Option<u64>) -> Vec<(&'static str, String)> {
    version
        .map(|v| vec![("if-match", etag(v))])
        .unwrap_or_default()
}

/// The file name in a `Content-Disposition` value (`filename="…"`), reduced to its
/// last path component so a hostile server cannot aim it elsewhere.
fn disposition_name(value: &str) -> Option<String> {
    let start = value.find("filename=\"")? + "filename=\"".len();
    let rest = &value[start..];
    let name = &rest[..rest.find('"')?];
    let base = name.rsplit(['/', '\\']).next()?.trim();
    (!base.is_empty() && base != "." && base != "..").then(|| base.to_owned())
}

impl WorkspaceApi<'_> {
    /// Every doc the caller can see (with `q`: those matching the search), most
    /// recently changed first, stopping after `limit`.
    pub async fn list_docs(
        &self,
        q: Option<&str>,
        limit: Option<usize>,
    ) -> Result<Vec<DocSummary>, Error> {
        let mut items = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let size = limit
                .map_or(PAGE, |l| (l - items.len()).clamp(1, PAGE))
                .to_string();
            let path = format!(
                "/docs{}",
                query(&[
                    ("q", q),
                    ("page_size", Some(&size)),
                    ("page_token", token.as_deref())
                ])
            );
            let page: ListPage<DocSummary> = self.get(&path).await?;
            items.extend(page.items);
            token = page.next_page_token;
            if token.is_none() || limit.is_some_and(|l| items.len() >= l) {
                break;
            }
        }
        if let Some(l) = limit {
            items.truncate(l);
        }
        Ok(items)
    }

    /// One doc with its body.
    pub async fn get_doc(&self, id: &str) -> Result<Doc, Error> {
        self.get(&format!("/docs/{}", seg(id))).await
    }

    /// Creates a doc.
    pub async fn create_doc(&self, doc: &CreateDoc) -> Result<Doc, Error> {
        self.post("/docs", doc).await
    }

    /// Changes a doc; with `if_version`, only if it is still at that version.
    pub async fn update_doc(
        &self,
        id: &str,
        change: &UpdateDoc,
        if_version: Option<u64>,
    ) -> Result<Doc, Error> {
        let path = format!("/docs/{}", seg(id));
        let resp = self
            .send_with(Method::PATCH, &path, Some(change), &if_match(if_version))
            .await?;
        crate::http::decode(resp, &self.url(&path)).await
    }

    /// Deletes a doc for good; with `if_version`, only if it is still at that version.
    pub async fn delete_doc(&self, id: &str, if_version: Option<u64>) -> Result<(), Error> {
        let path = format!("/docs/{}", seg(id));
        self.send_with::<()>(Method::DELETE, &path, None, &if_match(if_version))
            .await?;
        Ok(())
    }

    /// A doc's versions, newest first, stopping after `limit`.
    pub async fn doc_versions(
        &self,
        id: &str,
        limit: Option<usize>,
    ) -> Result<Vec<DocVersion>, Error> {
        let mut items = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let q = query(&[
                ("page_size", Some("1000")),
                ("page_token", token.as_deref()),
            ]);
            let page: ListPage<DocVersion> =
                self.get(&format!("/docs/{}/versions{q}", seg(id))).await?;
            items.extend(page.items);
            token = page.next_page_token;
            if token.is_none() || limit.is_some_and(|l| items.len() >= l) {
                break;
            }
        }
        if let Some(l) = limit {
            items.truncate(l);
        }
        Ok(items)
    }

    /// One version of a doc, with its body.
    pub async fn doc_version(&self, id: &str, version: u64) -> Result<DocVersion, Error> {
        self.get(&format!("/docs/{}/versions/{version}", seg(id)))
            .await
    }

    /// Makes `version` current again (as a new version); with `if_version`, only if
    /// the doc is still at that version.
    pub async fn restore_doc(
        &self,
        id: &str,
        version: u64,
        if_version: Option<u64>,
    ) -> Result<Doc, Error> {
        let path = format!("/docs/{}/versions/{version}/restore", seg(id));
        let resp = self
            .send_with::<()>(Method::POST, &path, None, &if_match(if_version))
            .await?;
        crate::http::decode(resp, &self.url(&path)).await
    }

    /// Every comment thread of a doc, oldest first.
    pub async fn doc_comments(&self, id: &str) -> Result<Vec<CommentThread>, Error> {
        let mut items = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let q = query(&[
                ("page_size", Some("1000")),
                ("page_token", token.as_deref()),
            ]);
            let page: ListPage<CommentThread> =
                self.get(&format!("/docs/{}/comments{q}", seg(id))).await?;
            items.extend(page.items);
            token = page.next_page_token;
            if token.is_none() {
                return Ok(items);
            }
        }
    }

    /// Opens a comment thread.
    pub async fn comment_doc(
        &self,
        id: &str,
        comment: &NewComment,
    ) -> Result<CommentThread, Error> {
        self.post(&format!("/docs/{}/comments", seg(id)), comment)
            .await
    }

    /// Replies in the thread of comment `cid`.
    pub async fn reply_doc_comment(
        &self,
        id: &str,
        cid: &str,
        comment: &NewComment,
    ) -> Result<Comment, Error> {
        let path = format!("/docs/{}/comments/{}/replies", seg(id), seg(cid));
        self.post(&path, comment).await
    }

    /// Resolves (`true`) or reopens (`false`) the thread of comment `cid`.
    pub async fn resolve_doc_comment(
        &self,
        id: &str,
        cid: &str,
        resolved: bool,
    ) -> Result<CommentThread, Error> {
        let verb = if resolved { "resolve" } else { "reopen" };
        let path = format!("/docs/{}/comments/{}/{verb}", seg(id), seg(cid));
        self.post(&path, &serde_json::json!({})).await
    }

    /// A doc exported in `format`.
    pub async fn export_doc(&self, id: &str, format: ExportFormat) -> Result<DocExport, Error> {
        let path = format!("/docs/{}/export?format={}", seg(id), format.as_str());
        let url = self.url(&path);
        let resp = self.send::<()>(Method::GET, &path, None).await?;
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let content_type = header("content-type").unwrap_or_default();
        let file_name = header("content-disposition")
            .as_deref()
            .and_then(disposition_name)
            .unwrap_or_else(|| format!("document.{}", format.as_str()));
        let content = resp
            .bytes()
            .await
            .map_err(|e| Error::transport(&url, &e))?
            .to_vec();
        Ok(DocExport {
            content,
            content_type,
            file_name,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_file_names_lose_any_directory_part() {
        let cd = |n: &str| format!("attachment; filename=\"{n}\"; filename*=UTF-8''x");
        assert_eq!(disposition_name(&cd("plan.md")).as_deref(), Some("plan.md"));
        assert_eq!(
            disposition_name(&cd("../../etc/passwd")).as_deref(),
            Some("passwd")
        );
        assert_eq!(disposition_name(&cd("a\\b.txt")).as_deref(), Some("b.txt"));
        assert_eq!(disposition_name(&cd("..")), None);
        assert_eq!(disposition_name("inline"), None);
    }

    #[test]
    fn ids_are_encoded_as_path_segments_and_versions_as_etags() {
        assert_eq!(seg("a b/c"), "a%20b%2Fc");
        assert_eq!(if_match(Some(3)), [("if-match", "\"v3\"".to_owned())]);
        assert!(if_match(None).is_empty());
    }
}
