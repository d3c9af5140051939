//! `/api/v1/calendars` and `/api/v1/freebusy`: calendars, events and their
//! occurrences, invitations, free/busy, iCalendar export and import.

use reqwest::Method;
use ws_api::workspace::ListPage;
use ws_api::workspace::calendar::{
    Calendar, CreateCalendar, CreateEvent, Event, FreeBusyRequest, FreeBusyResponse, ImportResult,
    Occurrence, RespondRequest, ResponseStatus, UpdateCalendar, UpdateEvent,
};

use super::{WorkspaceApi, query};
use crate::error::Error;

/// A path segment, percent-encoded.
fn seg(id: &str) -> String {
    url::form_urlencoded::byte_serialize(id.as_bytes()).collect()
}

impl WorkspaceApi<'_> {
    /// The caller's calendars and those shared with them.
    pub async fn list_calendars(&self) -> Result<Vec<Calendar>, Error> {
        let page: ListPage<Calendar> = self.get("/calendars").await?;
        Ok(page.items)
    }

    /// One calendar.
    pub async fn get_calendar(&self, id: &str) -> Result<Calendar, Error> {
        self.get(&format!("/calendars/{}", seg(id))).await
    }

    /// Creates a calendar.
    pub async fn create_calendar(&self, body: &CreateCalendar) -> Result<Calendar, Error> {
        self.post("/calendars", body).await
    }

    /// Changes a calendar's name, description or time zone.
    pub async fn update_calendar(
        &self,
        id: &str,
        body: &UpdateCalendar,
    ) -> Result<Calendar, Error> {
        let path = format!("/calendars/{}", seg(id));
        let resp = self.send(Method::PATCH, &path, Some(body)).await?;
        crate::http::decode(resp, &self.url(&path)).await
    }

    /// Deletes a (non-personal) calendar.
    pub async fn delete_calendar(&self, id: &str) -> Result<(), Error> {
        self.delete(&format!("/calendars/{}", seg(id))).await
    }

    /// The occurrences of a calendar's events in `[from, to)` (RFC 3339 or dates).
    pub async fn list_occurrences(
        &self,
        cal: &str,
        from: &str,
        to: &str,
    ) -> Result<Vec<Occurrence>, Error> {
        let q = query(&[("from", Some(from)), ("to", Some(to))]);
        let page: ListPage<Occurrence> = self
            .get(&format!("/calendars/{}/events{q}", seg(cal)))
            .await?;
        Ok(page.items)
    }

    /// One event.
    pub async fn get_event(&self, cal: &str, eid: &str) -> Result<Event, Error> {
        self.get(&format!("/calendars/{}/events/{}", seg(cal), seg(eid)))
            .await
    }

    /// Creates an event.
    pub async fn create_event(&self, cal: &str, body: &CreateEvent) -> Result<Event, Error> {
        self.post(&format!("/calendars/{}/events", seg(cal)), body)
            .await
    }

    /// Changes an event, or with `occurrence` (an `original_start`) one occurrence of a series.
    pub async fn update_event(
        &self,
        cal: &str,
        eid: &str,
        occurrence: Option<&str>,
        body: &UpdateEvent,
    ) -> Result<Event, Error> {
        let q = query(&[("occurrence", occurrence)]);
        let path = format!("/calendars/{}/events/{}{q}", seg(cal), seg(eid));
        let resp = self.send(Method::PATCH, &path, Some(body)).await?;
        crate::http::decode(resp, &self.url(&path)).await
    }

    /// Deletes an event, or with `occurrence` only that occurrence of a series.
    pub async fn delete_event(
        &self,
        cal: &str,
        eid: &str,
        occurrence: Option<&str>,
    ) -> Result<(), Error> {
        let q = query(&[("occurrence", occurrence)]);
        self.delete(&format!("/calendars/{}/events/{}{q}", seg(cal), seg(eid)))
            .await
    }

    /// Answers an invitation.
    pub async fn respond(
        &self,
        cal: &str,
        eid: &str,
        status: ResponseStatus,
    ) -> Result<Event, Error> {
        let path = format!("/calendars/{}/events/{}/respond", seg(cal), seg(eid));
        self.post(&path, &RespondRequest { status }).await
    }

    /// Busy intervals of users.
    pub async fn freebusy(&self, body: &FreeBusyRequest) -> Result<FreeBusyResponse, Error> {
        self.post("/freebusy", body).await
    }

    /// A calendar as an iCalendar file.
    pub async fn export_ics(&self, cal: &str) -> Result<String, Error> {
        let path = format!("/calendars/{}/ics", seg(cal));
        let resp = self.send::<()>(Method::GET, &path, None).await?;
        resp.text()
            .await
            .map_err(|e| Error::transport(&self.url(&path), &e))
    }

    /// Imports an iCalendar file (validated whole by the server; nothing is stored on error).
    pub async fn import_ics(&self, cal: &str, ics: String) -> Result<ImportResult, Error> {
        let url = self.url(&format!("/calendars/{}/ics", seg(cal)));
        let http = self.session().http().client().clone();
        let resp = self
            .session()
            .send(&url, |token| {
                http.post(&url)
                    .bearer_auth(token)
                    .header("content-type", "text/calendar; charset=utf-8")
                    .body(ics.clone())
            })
            .await?;
        crate::http::decode(resp, &url).await
    }
}
