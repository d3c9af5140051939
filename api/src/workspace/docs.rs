//! Wire types of the docs API (`/api/v1/docs`): documents written in Markdown, their
//! version history, threaded comments and export formats.
//!
//! Times are RFC 3339 strings in UTC. A document's `version` starts at 1 and grows by
//! one with every change; the server sends it as the `ETag` `"v<version>"` and takes it
//! back in `If-Match` to refuse a stale write with 412.

use serde::{Deserialize, Serialize};

/// A document with its body, as `GET /api/v1/docs/{id}` answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct Doc {
    /// Document id.
    pub id: String,
    /// The organization that owns it.
    pub org_id: String,
    /// The user who created it (its owner).
    pub owner_id: String,
    /// Title: 1–200 characters, no control characters.
    pub title: String,
    /// The Markdown text.
    pub body: String,
    /// The current version (1 after creation).
    pub version: u64,
    /// When it was created.
    pub created_at: String,
    /// When it last changed.
    pub updated_at: String,
    /// Who made the last change.
    pub updated_by: String,
}

/// A document without its body, as lists and search answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct DocSummary {
    /// Document id.
    pub id: String,
    /// The organization that owns it.
    pub org_id: String,
    /// The user who created it.
    pub owner_id: String,
    /// Title.
    pub title: String,
    /// The current version.
    pub version: u64,
    /// When it last changed.
    pub updated_at: String,
    /// Who made the last change.
    pub updated_by: String,
    /// For a search: a short excerpt of the body around the first match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snippet: Option<String>,
}

/// The body of `POST /api/v1/docs`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateDoc {
    /// Title: required, at most 200 characters, no control characters.
    pub title: String,
    /// The Markdown text; empty when left out.
    #[serde(default)]
    pub body: String,
}

/// The body of `PATCH /api/v1/docs/{id}`: the fields to change (at least one).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateDoc {
    /// A new title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// A new Markdown body (replaces the old one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
}

/// One entry of a document's history (`GET /api/v1/docs/{id}/versions`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct DocVersion {
    /// The version number.
    pub version: u64,
    /// The title as of this version.
    pub title: String,
    /// Who wrote this version.
    pub author: String,
    /// When it was written.
    pub created_at: String,
    /// Size of the body in bytes.
    pub size: u64,
    /// The version this one restored, when it was made by a restore.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restored_from: Option<u64>,
    /// The body; only in `GET /api/v1/docs/{id}/versions/{v}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
}

/// A comment or a reply. Top-level comments open a thread; replies point at it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct Comment {
    /// Comment id.
    pub id: String,
    /// The thread it replies to; absent on the comment that opens a thread.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
    /// Its author.
    pub author: String,
    /// The text.
    pub body: String,
    /// The passage of the document the thread is about, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// When it was written.
    pub created_at: String,
}

/// A comment thread: the opening comment, its replies (oldest first) and its state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct CommentThread {
    /// The comment that opened the thread.
    #[serde(flatten)]
    pub comment: Comment,
    /// Whether the thread is resolved.
    pub resolved: bool,
    /// Who resolved it, while resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_by: Option<String>,
    /// When it was resolved, while resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_at: Option<String>,
    /// The replies, oldest first.
    #[serde(default)]
    pub replies: Vec<Comment>,
}

/// The body of `POST /api/v1/docs/{id}/comments` and of a reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewComment {
    /// The text: required, at most 10,000 characters.
    pub body: String,
    /// For a new thread: the passage it is about (ignored on replies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// Formats of `GET /api/v1/docs/{id}/export?format=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    /// The Markdown source (`text/markdown`).
    Md,
    /// A standalone HTML page (`text/html`); raw HTML in the source is escaped.
    Html,
    /// Plain text without Markdown syntax (`text/plain`).
    Txt,
}

impl ExportFormat {
    /// Every format, in the order help texts list them.
    pub const ALL: [ExportFormat; 3] = [Self::Md, Self::Html, Self::Txt];

    /// The name used in `?format=` and as the file extension.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Md => "md",
            Self::Html => "html",
            Self::Txt => "txt",
        }
    }

    /// The `Content-Type` of an export in this format.
    pub fn content_type(self) -> &'static str {
        match self {
            Self::Md => "text/markdown; charset=utf-8",
            Self::Html => "text/html; charset=utf-8",
            Self::Txt => "text/plain; charset=utf-8",
        }
    }

    /// Reads a format name (`md`, `html`, `txt`; also `markdown` and `text`).
    pub fn parse(name: &str) -> Option<Self> {
        match name.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Self::Md),
            "html" | "htm" => Some(Self::Html),
            "txt" | "text" => Some(Self::Txt),
            _ => None,
        }
    }
}

/// The `ETag` value of a document version: `"v<version>"` with the quotes.
pub fn etag(version: u64) -> String {
    format!("\"v{version}\"")
}

/// The version named by an entity tag such as `"v3"` or `W/"v3"`; `None` for a tag
/// this API never sent.
pub fn parse_etag(tag: &str) -> Option<u64> {
    let tag = tag.trim();
    let tag = tag.strip_prefix("W/").unwrap_or(tag);
    let inner = tag.strip_prefix('"')?.strip_suffix('"')?;
    let digits = inner.strip_prefix('v')?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn etags_round_trip_and_foreign_tags_are_refused() {
        assert_eq!(etag(7), "\"v7\"");
        assert_eq!(parse_etag(&etag(7)), Some(7));
        assert_eq!(parse_etag(" W/\"v12\" "), Some(12));
        for bad in ["v7", "\"7\"", "\"v\"", "\"v-1\"", "\"v1x\"", "*", ""] {
            assert_eq!(parse_etag(bad), None, "{bad}");
        }
    }

    #[test]
    fn export_formats_parse_their_names_and_aliases() {
        for f in ExportFormat::ALL {
            assert_eq!(ExportFormat::parse(f.as_str()), Some(f));
        }
        assert_eq!(ExportFormat::parse("Markdown"), Some(ExportFormat::Md));
        assert_eq!(ExportFormat::parse("pdf"), None);
        assert!(ExportFormat::Html.content_type().starts_with("text/html"));
    }

    #[test]
    fn a_thread_flattens_its_opening_comment() {
        let thread = CommentThread {
            comment: Comment {
                id: "c1".into(),
                parent_id: None,
                author: "u1".into(),
                body: "Typo here".into(),
                quote: Some("teh".into()),
                created_at: "2026-01-01T00:00:00Z".into(),
            },
            resolved: false,
            resolved_by: None,
            resolved_at: None,
            replies: vec![],
        };
        let json = serde_json::to_value(&thread).unwrap();
        assert_eq!(json["id"], "c1");
        assert_eq!(json["quote"], "teh");
        assert!(json.get("parent_id").is_none());
        let back: CommentThread = serde_json::from_value(json).unwrap();
        assert_eq!(back, thread);
    }

    #[test]
    fn unknown_fields_in_a_create_are_refused() {
        let err = serde_json::from_str::<CreateDoc>(r#"{"title":"a","titel":"b"}"#).unwrap_err();
        assert!(err.to_string().contains("titel"), "{err}");
    }
}
