//! [`WsCalendarRepo`] on SQLite.

use std::collections::HashMap;

use async_trait::async_trait;
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, Sqlite, Transaction};

use super::{
    SqliteDb, SqliteQuery, from_json, missing_reference, one_row, parse_enum, to_json, write_err,
};
use crate::StorageError;
use crate::model::{WsAttendee, WsAttendeeStatus, WsCalendar, WsEvent, WsImportCounts};
use crate::repo::{StoreResult, WsCalendarRepo};

fn calendar_from_row(row: &SqliteRow) -> StoreResult<WsCalendar> {
    Ok(WsCalendar {
        id: row.try_get("id")?,
        org_id: row.try_get("org_id")?,
        owner_user: row.try_get("owner_user")?,
        name: row.try_get("name")?,
        description: row.try_get("description")?,
        time_zone: row.try_get("time_zone")?,
        personal: row.try_get("personal")?,
        created_at: row.try_get("created_at")?,
        changed_at: row.try_get("changed_at")?,
    })
}

/// An event row without attendees (they are loaded by [`with_attendees`]).
fn event_from_row(row: &SqliteRow) -> StoreResult<WsEvent> {
    Ok(WsEvent {
        id: row.try_get("id")?,
        calendar_id: row.try_get("calendar_id")?,
        org_id: row.try_get("org_id")?,
        uid: row.try_get("uid")?,
        recurrence_id: row.try_get("recurrence_id")?,
        summary: row.try_get("summary")?,
        description: row.try_get("description")?,
        location: row.try_get("location")?,
        all_day: row.try_get("all_day")?,
        time_zone: row.try_get("time_zone")?,
        start_local: row.try_get("start_local")?,
        end_local: row.try_get("end_local")?,
        rrule: row.try_get("rrule")?,
        exdates: from_json(row.try_get("exdates")?)?,
        busy: row.try_get("busy")?,
        organizer: row.try_get("organizer")?,
        sequence: row.try_get("sequence")?,
        span_start: row.try_get("span_start")?,
        span_end: row.try_get("span_end")?,
        attendees: Vec::new(),
        created_at: row.try_get("created_at")?,
        changed_at: row.try_get("changed_at")?,
    })
}

fn uid_conflict(event: &WsEvent) -> impl FnOnce() -> String + '_ {
    move || match &event.recurrence_id {
        None => format!("an event with UID '{}' exists in this calendar", event.uid),
        Some(rid) => format!(
            "the occurrence {rid} of UID '{}' is overridden already",
            event.uid
        ),
    }
}

/// The ids of `rows` as one JSON array, bound to `json_each(?)` in `IN` lists.
fn ids_json(ids: impl Iterator<Item = String>) -> String {
    to_json(&ids.collect::<Vec<_>>())
}

impl SqliteDb {
    /// Reads rows and fills in their attendees with one more query.
    async fn with_attendees(&self, rows: Vec<SqliteRow>) -> StoreResult<Vec<WsEvent>> {
        let mut events = rows
            .iter()
            .map(event_from_row)
            .collect::<StoreResult<Vec<_>>>()?;
        if events.is_empty() {
            return Ok(events);
        }
        let ids = ids_json(events.iter().map(|e| e.id.clone()));
        let rows = sqlx::query(
            "SELECT * FROM ws_event_attendees
             WHERE event_id IN (SELECT value FROM json_each(?1)) ORDER BY rowid",
        )
        .bind(ids)
        .fetch_all(&self.pool)
        .await?;
        let mut by_event: HashMap<String, Vec<WsAttendee>> = HashMap::new();
        for row in &rows {
            let status: String = row.try_get("status")?;
            by_event
                .entry(row.try_get("event_id")?)
                .or_default()
                .push(WsAttendee {
                    user_id: row.try_get("user_id")?,
                    org_id: row.try_get("org_id")?,
                    status: parse_enum(&status, "attendee status", WsAttendeeStatus::parse)?,
                });
        }
        for event in &mut events {
            event.attendees = by_event.remove(&event.id).unwrap_or_default();
        }
        Ok(events)
    }
}

/// Binds `?1` = id and `?2`..`?18` = the columns an update rewrites, in the order
/// both [`insert_event`] and [`update_event_row`] name them.
fn bind_event_fields<'q>(query: SqliteQuery<'q>, e: &'q WsEvent) -> SqliteQuery<'q> {
    query
        .bind(&e.id)
        .bind(&e.uid)
        .bind(&e.recurrence_id)
        .bind(&e.summary)
        .bind(&e.description)
        .bind(&e.location)
        .bind(e.all_day)
        .bind(&e.time_zone)
        .bind(&e.start_local)
        .bind(&e.end_local)
        .bind(&e.rrule)
        .bind(to_json(&e.exdates))
        .bind(e.busy)
        .bind(&e.organizer)
        .bind(e.sequence)
        .bind(e.span_start)
        .bind(e.span_end)
        .bind(e.changed_at)
}

/// Inserts an event row and its attendees inside `tx`.
async fn insert_event(tx: &mut Transaction<'_, Sqlite>, e: &WsEvent) -> StoreResult<()> {
    let query = sqlx::query(
        "INSERT INTO ws_events (id, uid, recurrence_id, summary, description, location,
             all_day, time_zone, start_local, end_local, rrule, exdates, busy, organizer,
             sequence, span_start, span_end, changed_at, calendar_id, org_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
             ?17, ?18, ?19, ?20, ?21)",
    );
    // The columns only an insert sets follow the shared ones.
    bind_event_fields(query, e)
        .bind(&e.calendar_id)
        .bind(&e.org_id)
        .bind(e.created_at)
        .execute(&mut **tx)
        .await
        .map_err(|err| write_err(err, uid_conflict(e), missing_reference))?;
    insert_attendees(tx, e).await
}

/// Replaces the attendee rows of `e` inside `tx`.
async fn insert_attendees(tx: &mut Transaction<'_, Sqlite>, e: &WsEvent) -> StoreResult<()> {
    sqlx::query("DELETE FROM ws_event_attendees WHERE event_id = ?1")
        .bind(&e.id)
        .execute(&mut **tx)
        .await?;
    for a in &e.attendees {
        sqlx::query(
            "INSERT INTO ws_event_attendees (event_id, user_id, org_id, status)
             VALUES (?1, ?2, ?3, ?4)",
        )
        .bind(&e.id)
        .bind(&a.user_id)
        .bind(&a.org_id)
        .bind(a.status.as_str())
        .execute(&mut **tx)
        .await
        .map_err(|err| {
            write_err(
                err,
                || format!("user '{}' is invited twice", a.user_id),
                missing_reference,
            )
        })?;
    }
    Ok(())
}

/// Overwrites every column of an existing row (found by id) inside `tx`.
async fn update_event_row(tx: &mut Transaction<'_, Sqlite>, e: &WsEvent) -> StoreResult<()> {
    let query = sqlx::query(
        "UPDATE ws_events SET uid = ?2, recurrence_id = ?3, summary = ?4, description = ?5,
             location = ?6, all_day = ?7, time_zone = ?8, start_local = ?9, end_local = ?10,
             rrule = ?11, exdates = ?12, busy = ?13, organizer = ?14, sequence = ?15,
             span_start = ?16, span_end = ?17, changed_at = ?18
         WHERE id = ?1",
    );
    let result = bind_event_fields(query, e)
        .execute(&mut **tx)
        .await
        .map_err(|err| write_err(err, uid_conflict(e), missing_reference))?;
    one_row(result)
}

/// The id of the row with `uid` and `recurrence_id` in a calendar, inside `tx`.
async fn find_uid(
    tx: &mut Transaction<'_, Sqlite>,
    calendar_id: &str,
    e: &WsEvent,
) -> StoreResult<Option<String>> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM ws_events WHERE calendar_id = ?1 AND uid = ?2
           AND COALESCE(recurrence_id, '') = COALESCE(?3, '')",
    )
    .bind(calendar_id)
    .bind(&e.uid)
    .bind(&e.recurrence_id)
    .fetch_optional(&mut **tx)
    .await?)
}

/// Rows of a window (span meets `[?2, ?3)`), as an SQL condition on alias `m`; a
/// macro so the statements stay static strings.
macro_rules! in_window {
    () => {
        " m.span_start < ?3 AND (m.span_end IS NULL OR m.span_end > ?2) "
    };
}

#[async_trait]
impl WsCalendarRepo for SqliteDb {
    async fn create_calendar(&self, c: &WsCalendar) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO ws_calendars (id, org_id, owner_user, name, description, time_zone,
                 personal, created_at, changed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )
        .bind(&c.id)
        .bind(&c.org_id)
        .bind(&c.owner_user)
        .bind(&c.name)
        .bind(&c.description)
        .bind(&c.time_zone)
        .bind(c.personal)
        .bind(c.created_at)
        .bind(c.changed_at)
        .execute(&self.pool)
        .await
        .map_err(|e| {
            write_err(
                e,
                || "the user has a personal calendar already".to_owned(),
                missing_reference,
            )
        })?;
        Ok(())
    }

    async fn get_calendar(&self, id: &str) -> StoreResult<Option<WsCalendar>> {
        let row = sqlx::query("SELECT * FROM ws_calendars WHERE id = ?1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(calendar_from_row).transpose()
    }

    async fn get_personal_calendar(&self, user_id: &str) -> StoreResult<Option<WsCalendar>> {
        let row = sqlx::query("SELECT * FROM ws_calendars WHERE owner_user = ?1 AND personal = 1")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(calendar_from_row).transpose()
    }

    async fn update_calendar(&self, c: &WsCalendar) -> StoreResult<()> {
        let result = sqlx::query(
            "UPDATE ws_calendars SET name = ?2, description = ?3, time_zone = ?4,
                 changed_at = ?5 WHERE id = ?1",
        )
        .bind(&c.id)
        .bind(&c.name)
        .bind(&c.description)
        .bind(&c.time_zone)
        .bind(c.changed_at)
        .execute(&self.pool)
        .await?;
        one_row(result)
    }

    async fn delete_calendar(&self, id: &str) -> StoreResult<()> {
        let result = sqlx::query("DELETE FROM ws_calendars WHERE id = ?1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        one_row(result)
    }

    async fn list_calendars(
        &self,
        owner_user: &str,
        ids: &[String],
    ) -> StoreResult<Vec<WsCalendar>> {
        let rows = sqlx::query(
            "SELECT * FROM ws_calendars
             WHERE owner_user = ?1 OR id IN (SELECT value FROM json_each(?2))
             ORDER BY personal DESC, name, id",
        )
        .bind(owner_user)
        .bind(to_json(ids))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(calendar_from_row).collect()
    }

    async fn create_event(&self, event: &WsEvent) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        insert_event(&mut tx, event).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn get_event(&self, id: &str) -> StoreResult<Option<WsEvent>> {
        let rows = sqlx::query("SELECT * FROM ws_events WHERE id = ?1")
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
        Ok(self.with_attendees(rows).await?.pop())
    }

    async fn find_event(
        &self,
        calendar_id: &str,
        uid: &str,
        recurrence_id: Option<&str>,
    ) -> StoreResult<Option<WsEvent>> {
        let rows = sqlx::query(
            "SELECT * FROM ws_events WHERE calendar_id = ?1 AND uid = ?2
               AND COALESCE(recurrence_id, '') = COALESCE(?3, '')",
        )
        .bind(calendar_id)
        .bind(uid)
        .bind(recurrence_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(self.with_attendees(rows).await?.pop())
    }

    async fn update_event(&self, event: &WsEvent) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        update_event_row(&mut tx, event).await?;
        insert_attendees(&mut tx, event).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn delete_event(&self, id: &str) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        // A master takes its overridden instances with it; an override goes alone.
        sqlx::query(
            "DELETE FROM ws_events WHERE recurrence_id IS NOT NULL AND (calendar_id, uid) IN
               (SELECT calendar_id, uid FROM ws_events WHERE id = ?1 AND recurrence_id IS NULL)",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?;
        let result = sqlx::query("DELETE FROM ws_events WHERE id = ?1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        one_row(result)?;
        tx.commit().await?;
        Ok(())
    }

    async fn events_in_window(
        &self,
        calendar_ids: &[String],
        from: i64,
        to: i64,
    ) -> StoreResult<Vec<WsEvent>> {
        let rows = sqlx::query(concat!(
            "SELECT * FROM ws_events e WHERE e.calendar_id IN (SELECT value FROM json_each(?1))
               AND EXISTS (SELECT 1 FROM ws_events m WHERE m.calendar_id = e.calendar_id
                 AND m.uid = e.uid AND",
            in_window!(),
            "AND (m.id = e.id OR (m.recurrence_id IS NULL AND e.recurrence_id IS NOT NULL)))
             ORDER BY e.span_start, e.id"
        ))
        .bind(to_json(calendar_ids))
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await?;
        self.with_attendees(rows).await
    }

    async fn all_events(&self, calendar_id: &str) -> StoreResult<Vec<WsEvent>> {
        let rows = sqlx::query(
            "SELECT * FROM ws_events WHERE calendar_id = ?1
             ORDER BY uid, recurrence_id IS NOT NULL, recurrence_id, id",
        )
        .bind(calendar_id)
        .fetch_all(&self.pool)
        .await?;
        self.with_attendees(rows).await
    }

    async fn invited_events(&self, user_id: &str, from: i64, to: i64) -> StoreResult<Vec<WsEvent>> {
        // Invitations live on the series master; its overrides come along.
        let rows = sqlx::query(concat!(
            "SELECT * FROM ws_events e WHERE EXISTS (SELECT 1 FROM ws_events m
                 JOIN ws_event_attendees a ON a.event_id = m.id AND a.user_id = ?1
               WHERE m.calendar_id = e.calendar_id AND m.uid = e.uid
                 AND m.recurrence_id IS NULL AND",
            in_window!(),
            ") ORDER BY e.span_start, e.id"
        ))
        .bind(user_id)
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await?;
        self.with_attendees(rows).await
    }

    async fn organized_events(
        &self,
        user_id: &str,
        from: i64,
        to: i64,
    ) -> StoreResult<Vec<WsEvent>> {
        // The organizer is kept on the series master; its overrides come along.
        let rows = sqlx::query(concat!(
            "SELECT * FROM ws_events e WHERE EXISTS (SELECT 1 FROM ws_events m
               WHERE m.calendar_id = e.calendar_id AND m.uid = e.uid
                 AND m.recurrence_id IS NULL AND m.organizer = ?1 AND",
            in_window!(),
            ") ORDER BY e.span_start, e.id"
        ))
        .bind(user_id)
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await?;
        self.with_attendees(rows).await
    }

    async fn set_attendee_status(
        &self,
        event_id: &str,
        user_id: &str,
        status: WsAttendeeStatus,
        now: i64,
    ) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        let result = sqlx::query(
            "UPDATE ws_event_attendees SET status = ?3 WHERE event_id = ?1 AND user_id = ?2",
        )
        .bind(event_id)
        .bind(user_id)
        .bind(status.as_str())
        .execute(&mut *tx)
        .await?;
        one_row(result)?;
        sqlx::query("UPDATE ws_events SET changed_at = ?2 WHERE id = ?1")
            .bind(event_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn import_events(
        &self,
        calendar_id: &str,
        events: &[WsEvent],
    ) -> StoreResult<WsImportCounts> {
        let mut counts = WsImportCounts::default();
        let mut tx = self.pool.begin().await?;
        for event in events {
            if event.calendar_id != calendar_id {
                return Err(StorageError::Conflict(format!(
                    "event '{}' belongs to another calendar",
                    event.uid
                )));
            }
            match find_uid(&mut tx, calendar_id, event).await? {
                Some(id) => {
                    let mut replaced = event.clone();
                    replaced.id = id;
                    update_event_row(&mut tx, &replaced).await?;
                    counts.updated += 1;
                }
                None => {
                    insert_event(&mut tx, event).await?;
                    counts.created += 1;
                }
            }
        }
        tx.commit().await?;
        Ok(counts)
    }
}
