//! [`WsDocRepo`] on PostgreSQL.

use async_trait::async_trait;
use sqlx::postgres::PgRow;
use sqlx::{PgConnection, Row};

use super::{PgDb, one_row};
use crate::StorageError;
use crate::model::{
    DocChange, DocFilter, DocWrite, ListQuery, Page, WsComment, WsDoc, WsDocMeta, WsDocVersion,
    WsThread,
};
use crate::repo::{StoreResult, WsDocRepo};
use crate::sql::{contains_pattern, missing_reference, paging, write_err};

/// The columns of a [`WsDoc`], as a literal for `concat!` (sqlx takes static SQL).
macro_rules! doc_columns {
    () => {
        "id, org_id, owner_id, title, body, version, created_at, updated_at, updated_by"
    };
}

/// The visibility and search condition of [`DocFilter`], over bind parameters $1 org,
/// $2 owner (or NULL), $3 shared ids (text[]), $4 `ILIKE` patterns (text[]): every
/// pattern must match title or body. Static SQL: the lists travel as arrays. ILIKE
/// stands for SQLite's LIKE, which ignores (ASCII) case.
macro_rules! filter_sql {
    () => {
        "((d.org_id = $1 AND ($2 IS NULL OR d.owner_id = $2))
            OR d.id = ANY($3))
        AND NOT EXISTS (SELECT 1 FROM unnest($4::text[]) AS t(value)
            WHERE d.title NOT ILIKE t.value ESCAPE '\\'
              AND d.body NOT ILIKE t.value ESCAPE '\\')"
    };
}

fn doc_from_row(row: &PgRow) -> StoreResult<WsDoc> {
    Ok(WsDoc {
        id: row.try_get("id")?,
        org_id: row.try_get("org_id")?,
        owner_id: row.try_get("owner_id")?,
        title: row.try_get("title")?,
        body: row.try_get("body")?,
        version: row.try_get("version")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
        updated_by: row.try_get("updated_by")?,
    })
}

fn meta_from_row(row: &PgRow) -> StoreResult<WsDocMeta> {
    Ok(WsDocMeta {
        id: row.try_get("id")?,
        org_id: row.try_get("org_id")?,
        owner_id: row.try_get("owner_id")?,
        title: row.try_get("title")?,
        version: row.try_get("version")?,
        updated_at: row.try_get("updated_at")?,
        updated_by: row.try_get("updated_by")?,
        excerpt: row.try_get("excerpt")?,
    })
}

fn version_from_row(row: &PgRow, with_body: bool) -> StoreResult<WsDocVersion> {
    Ok(WsDocVersion {
        doc_id: row.try_get("doc_id")?,
        version: row.try_get("version")?,
        title: row.try_get("title")?,
        body: if with_body {
            Some(row.try_get("body")?)
        } else {
            None
        },
        size: row.try_get("size")?,
        author: row.try_get("author")?,
        created_at: row.try_get("created_at")?,
        restored_from: row.try_get("restored_from")?,
    })
}

fn comment_from_row(row: &PgRow) -> StoreResult<WsComment> {
    let resolved_by: Option<String> = row.try_get("resolved_by")?;
    let resolved_at: Option<i64> = row.try_get("resolved_at")?;
    Ok(WsComment {
        id: row.try_get("id")?,
        doc_id: row.try_get("doc_id")?,
        parent_id: row.try_get("parent_id")?,
        author: row.try_get("author")?,
        body: row.try_get("body")?,
        quote: row.try_get("quote")?,
        resolved: resolved_by.zip(resolved_at),
        created_at: row.try_get("created_at")?,
    })
}

/// Appends the history row of a document's current state.
async fn insert_version(
    conn: &mut PgConnection,
    doc: &WsDoc,
    restored_from: Option<i64>,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO ws_doc_versions
            (doc_id, version, title, body, author, created_at, restored_from)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&doc.id)
    .bind(doc.version)
    .bind(&doc.title)
    .bind(&doc.body)
    .bind(&doc.updated_by)
    .bind(doc.updated_at)
    .bind(restored_from)
    .execute(conn)
    .await?;
    Ok(())
}

impl PgDb {
    /// Threads of the given opening-comment rows, each with its replies oldest first.
    async fn with_replies(&self, doc_id: &str, openers: &[PgRow]) -> StoreResult<Vec<WsThread>> {
        let mut threads: Vec<WsThread> = openers
            .iter()
            .map(|r| {
                Ok(WsThread {
                    comment: comment_from_row(r)?,
                    replies: Vec::new(),
                })
            })
            .collect::<StoreResult<_>>()?;
        let ids: Vec<String> = threads.iter().map(|t| t.comment.id.clone()).collect();
        let replies = sqlx::query(
            "SELECT * FROM ws_doc_comments
             WHERE doc_id = $1 AND parent_id = ANY($2)
             ORDER BY created_at, id",
        )
        .bind(doc_id)
        .bind(&ids)
        .fetch_all(&self.pool)
        .await?;
        for row in &replies {
            let reply = comment_from_row(row)?;
            if let Some(t) = threads
                .iter_mut()
                .find(|t| Some(&t.comment.id) == reply.parent_id.as_ref())
            {
                t.replies.push(reply);
            }
        }
        Ok(threads)
    }
}

#[async_trait]
impl WsDocRepo for PgDb {
    async fn create_doc(&self, doc: &WsDoc) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO ws_docs (id, org_id, owner_id, title, body, version, created_at,
                 updated_at, updated_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(&doc.id)
        .bind(&doc.org_id)
        .bind(&doc.owner_id)
        .bind(&doc.title)
        .bind(&doc.body)
        .bind(doc.version)
        .bind(doc.created_at)
        .bind(doc.updated_at)
        .bind(&doc.updated_by)
        .execute(&mut *tx)
        .await
        .map_err(|e| {
            write_err(
                e,
                || format!("document '{}' already exists", doc.id),
                missing_reference,
            )
        })?;
        insert_version(&mut tx, doc, None).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn get_doc(&self, id: &str) -> StoreResult<Option<WsDoc>> {
        let sql = concat!("SELECT ", doc_columns!(), " FROM ws_docs WHERE id = $1");
        let row = sqlx::query(sql).bind(id).fetch_optional(&self.pool).await?;
        row.as_ref().map(doc_from_row).transpose()
    }

    async fn update_doc(&self, change: &DocChange) -> StoreResult<DocWrite> {
        let mut tx = self.pool.begin().await?;
        // The version check and the bump are one statement, so two writers holding the
        // same version cannot both succeed.
        let sql = concat!(
            "UPDATE ws_docs SET title = COALESCE($2, title), body = COALESCE($3, body),
                 version = version + 1, updated_at = $4, updated_by = $5
             WHERE id = $1 AND ($6 IS NULL OR version = $6)
             RETURNING ",
            doc_columns!()
        );
        let row = sqlx::query(sql)
            .bind(&change.id)
            .bind(&change.title)
            .bind(&change.body)
            .bind(change.now)
            .bind(&change.author)
            .bind(change.expected_version)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(row) = row else {
            let current: Option<i64> =
                sqlx::query_scalar("SELECT version FROM ws_docs WHERE id = $1")
                    .bind(&change.id)
                    .fetch_optional(&mut *tx)
                    .await?;
            return match current {
                Some(current) => Ok(DocWrite::Stale { current }),
                None => Err(StorageError::NotFound),
            };
        };
        let doc = doc_from_row(&row)?;
        insert_version(&mut tx, &doc, change.restored_from).await?;
        tx.commit().await?;
        Ok(DocWrite::Written(doc))
    }

    async fn delete_doc(&self, id: &str) -> StoreResult<()> {
        let result = sqlx::query("DELETE FROM ws_docs WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        one_row(result)
    }

    async fn list_docs(&self, filter: &DocFilter, q: ListQuery) -> StoreResult<Page<WsDocMeta>> {
        let (limit, offset, _) = paging(q);
        let patterns: Vec<String> = filter.terms.iter().map(|t| contains_pattern(t)).collect();
        let first = filter.terms.first().map(|t| t.to_lowercase());
        // The excerpt starts 80 characters before the first term's first match in the
        // body (case-folded like ILIKE), or is NULL when the body lacks it.
        let sql = concat!(
            "SELECT d.id, d.org_id, d.owner_id, d.title, d.version, d.updated_at, d.updated_by,
                 CASE WHEN $7::text IS NULL OR strpos(lower(d.body), $7) = 0 THEN NULL
                      ELSE substr(d.body, greatest(1, strpos(lower(d.body), $7) - 80), 300)
                      END
                     AS excerpt
             FROM ws_docs d WHERE ",
            filter_sql!(),
            " ORDER BY d.updated_at DESC, d.id DESC LIMIT $5 OFFSET $6"
        );
        let rows = sqlx::query(sql)
            .bind(&filter.org_id)
            .bind(&filter.owner_id)
            .bind(&filter.shared_ids)
            .bind(&patterns)
            .bind(limit)
            .bind(offset)
            .bind(first)
            .fetch_all(&self.pool)
            .await?;
        let count_sql = concat!("SELECT COUNT(*) FROM ws_docs d WHERE ", filter_sql!());
        let total: i64 = sqlx::query_scalar(count_sql)
            .bind(&filter.org_id)
            .bind(&filter.owner_id)
            .bind(&filter.shared_ids)
            .bind(&patterns)
            .fetch_one(&self.pool)
            .await?;
        Ok(Page {
            items: rows.iter().map(meta_from_row).collect::<StoreResult<_>>()?,
            total: u64::try_from(total).unwrap_or(0),
        })
    }

    async fn list_versions(&self, doc_id: &str, q: ListQuery) -> StoreResult<Page<WsDocVersion>> {
        let (limit, offset, _) = paging(q);
        let rows = sqlx::query(
            "SELECT doc_id, version, title, octet_length(body)::BIGINT AS size, author,
                 created_at, restored_from
             FROM ws_doc_versions WHERE doc_id = $1
             ORDER BY version DESC LIMIT $2 OFFSET $3",
        )
        .bind(doc_id)
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        let total: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM ws_doc_versions WHERE doc_id = $1")
                .bind(doc_id)
                .fetch_one(&self.pool)
                .await?;
        Ok(Page {
            items: rows
                .iter()
                .map(|r| version_from_row(r, false))
                .collect::<StoreResult<_>>()?,
            total: u64::try_from(total).unwrap_or(0),
        })
    }

    async fn get_version(&self, doc_id: &str, version: i64) -> StoreResult<Option<WsDocVersion>> {
        let row = sqlx::query(
            "SELECT doc_id, version, title, body, octet_length(body)::BIGINT AS size, author,
                 created_at, restored_from
             FROM ws_doc_versions WHERE doc_id = $1 AND version = $2",
        )
        .bind(doc_id)
        .bind(version)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| version_from_row(&r, true)).transpose()
    }

    async fn add_comment(&self, comment: &WsComment) -> StoreResult<()> {
        // A reply is stored only under an opening comment of the same document; the
        // SELECT yields no row otherwise, and nothing is written.
        let result = sqlx::query(
            "INSERT INTO ws_doc_comments
                 (id, doc_id, parent_id, author, body, quote, resolved_by, resolved_at, created_at)
             SELECT $1, $2, $3, $4, $5, $6, NULL, NULL, $7
             WHERE $3::text IS NULL OR EXISTS (SELECT 1 FROM ws_doc_comments p
                 WHERE p.id = $3 AND p.doc_id = $2 AND p.parent_id IS NULL)",
        )
        .bind(&comment.id)
        .bind(&comment.doc_id)
        .bind(&comment.parent_id)
        .bind(&comment.author)
        .bind(&comment.body)
        .bind(&comment.quote)
        .bind(comment.created_at)
        .execute(&self.pool)
        .await
        .map_err(|e| {
            write_err(
                e,
                || format!("comment '{}' already exists", comment.id),
                || format!("document '{}' does not exist", comment.doc_id),
            )
        })?;
        if result.rows_affected() == 0 {
            return Err(StorageError::MissingReference(format!(
                "comment thread '{}' does not exist in this document",
                comment.parent_id.as_deref().unwrap_or_default()
            )));
        }
        Ok(())
    }

    async fn get_comment(&self, doc_id: &str, id: &str) -> StoreResult<Option<WsComment>> {
        let row = sqlx::query("SELECT * FROM ws_doc_comments WHERE doc_id = $1 AND id = $2")
            .bind(doc_id)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(comment_from_row).transpose()
    }

    async fn get_thread(&self, doc_id: &str, id: &str) -> StoreResult<Option<WsThread>> {
        let opener = sqlx::query(
            "SELECT * FROM ws_doc_comments WHERE doc_id = $1 AND id = $2 AND parent_id IS NULL",
        )
        .bind(doc_id)
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        Ok(self.with_replies(doc_id, &opener).await?.pop())
    }

    async fn list_threads(&self, doc_id: &str, q: ListQuery) -> StoreResult<Page<WsThread>> {
        let (limit, offset, _) = paging(q);
        let openers = sqlx::query(
            "SELECT * FROM ws_doc_comments WHERE doc_id = $1 AND parent_id IS NULL
             ORDER BY created_at, id LIMIT $2 OFFSET $3",
        )
        .bind(doc_id)
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        let threads = self.with_replies(doc_id, &openers).await?;
        let total: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM ws_doc_comments WHERE doc_id = $1 AND parent_id IS NULL",
        )
        .bind(doc_id)
        .fetch_one(&self.pool)
        .await?;
        Ok(Page {
            items: threads,
            total: u64::try_from(total).unwrap_or(0),
        })
    }

    async fn set_resolved(
        &self,
        doc_id: &str,
        id: &str,
        resolved: Option<(&str, i64)>,
    ) -> StoreResult<()> {
        let (by, at) = resolved.unzip();
        let result = sqlx::query(
            "UPDATE ws_doc_comments SET resolved_by = $3, resolved_at = $4
             WHERE doc_id = $1 AND id = $2 AND parent_id IS NULL",
        )
        .bind(doc_id)
        .bind(id)
        .bind(by)
        .bind(at)
        .execute(&self.pool)
        .await?;
        one_row(result)
    }
}
