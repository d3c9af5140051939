//! Stored doc records to their wire types (`ws_api::workspace::docs`).

use ws_api::workspace::docs::{Comment, CommentThread, Doc, DocSummary, DocVersion};
use ws_storage::{WsComment, WsDoc, WsDocMeta, WsDocVersion, WsThread};

use super::access::version_u64;
use super::search;
use crate::audit::rfc3339_ms;

/// Unix seconds as RFC 3339 UTC.
fn time(secs: i64) -> String {
    rfc3339_ms(secs.saturating_mul(1000))
}

/// A doc with its body.
pub(crate) fn doc(d: WsDoc) -> Doc {
    Doc {
        id: d.id,
        org_id: d.org_id,
        owner_id: d.owner_id,
        title: d.title,
        body: d.body,
        version: version_u64(d.version),
        created_at: time(d.created_at),
        updated_at: time(d.updated_at),
        updated_by: d.updated_by,
    }
}

/// A list entry; with search terms, the excerpt becomes a snippet around the first.
pub(crate) fn summary(m: WsDocMeta, terms: &[String]) -> DocSummary {
    let snippet = match (m.excerpt.as_deref(), terms.first()) {
        (Some(excerpt), Some(term)) => Some(search::snippet(excerpt, term)),
        _ => None,
    };
    DocSummary {
        id: m.id,
        org_id: m.org_id,
        owner_id: m.owner_id,
        title: m.title,
        version: version_u64(m.version),
        updated_at: time(m.updated_at),
        updated_by: m.updated_by,
        snippet,
    }
}

/// A history entry (with its body when storage returned one).
pub(crate) fn version(v: WsDocVersion) -> DocVersion {
    DocVersion {
        version: version_u64(v.version),
        title: v.title,
        author: v.author,
        created_at: time(v.created_at),
        size: u64::try_from(v.size).unwrap_or_default(),
        restored_from: v.restored_from.map(version_u64),
        body: v.body,
    }
}

/// A comment or reply.
pub(crate) fn comment(c: WsComment) -> Comment {
    Comment {
        id: c.id,
        parent_id: c.parent_id,
        author: c.author,
        body: c.body,
        quote: c.quote,
        created_at: time(c.created_at),
    }
}

/// A thread with its resolution state and replies.
pub(crate) fn thread(t: WsThread) -> CommentThread {
    let (resolved_by, resolved_at) = t.comment.resolved.clone().unzip();
    CommentThread {
        resolved: resolved_by.is_some(),
        resolved_by,
        resolved_at: resolved_at.map(time),
        comment: comment(t.comment),
        replies: t.replies.into_iter().map(comment).collect(),
    }
}
