//! Names → ids for the workspace: what a person knows (a doc's title, a calendar's
//! name, a colleague's email, an org's name) becomes the one object it names, or a
//! [`LookupError`] saying there is none or listing the candidates with their ids.
//! Grantees go through the server's exact-match directory (`/api/v1/directory`);
//! docs and calendars through the caller's own listings.

use ws_api::workspace::calendar::Calendar;
use ws_api::workspace::docs::DocSummary;
use ws_api::workspace::sharing::{DirectoryOrg, DirectoryUser};

use super::{WorkspaceApi, query};
use crate::admin::ResolveError;
use crate::error::{Error, ErrorKind};

/// Why a name did not give exactly one object.
#[derive(Debug, thiserror::Error)]
pub enum LookupError {
    /// The request failed (network, auth, server).
    #[error(transparent)]
    Api(#[from] Error),
    /// Nothing or several things matched.
    #[error(transparent)]
    Resolve(#[from] ResolveError),
}

impl LookupError {
    /// Exit-code class.
    pub fn kind(&self) -> ErrorKind {
        match self {
            LookupError::Api(e) => e.kind(),
            LookupError::Resolve(e) => e.kind(),
        }
    }
}

/// Whether `e` is the server's 404.
fn is_not_found(e: &Error) -> bool {
    matches!(e, Error::Api(a) if a.status == 404)
}

/// The single element of `found`, or the error naming what was asked.
fn exactly_one<T>(
    kind: &'static str,
    name: &str,
    mut found: Vec<T>,
    label: impl Fn(&T) -> String,
) -> Result<T, ResolveError> {
    match found.len() {
        0 => Err(ResolveError::NotFound {
            kind,
            name: name.to_owned(),
        }),
        1 => Ok(found.remove(0)),
        _ => Err(ResolveError::Ambiguous {
            kind,
            name: name.to_owned(),
            candidates: found.iter().map(label).collect(),
        }),
    }
}

impl WorkspaceApi<'_> {
    /// The doc `which` names: its id, else the one doc the caller can see whose
    /// title is exactly `which` (several → [`ResolveError::Ambiguous`] listing them).
    pub async fn find_doc(&self, which: &str) -> Result<DocSummary, LookupError> {
        let all = self.list_docs(None, None).await?;
        if let Some(d) = all.iter().find(|d| d.id == which) {
            return Ok(d.clone());
        }
        let titled: Vec<DocSummary> = all.into_iter().filter(|d| d.title == which).collect();
        if !titled.is_empty() {
            return Ok(exactly_one("doc", which, titled, |d| {
                format!("{} ({}, changed {})", d.id, d.title, d.updated_at)
            })?);
        }
        // A doc reachable by id but not listed (a link share, say).
        match self.get_doc(which).await {
            Ok(d) => Ok(DocSummary {
                id: d.id,
                org_id: d.org_id,
                owner_id: d.owner_id,
                title: d.title,
                version: d.version,
                updated_at: d.updated_at,
                updated_by: d.updated_by,
                snippet: None,
            }),
            Err(e) if is_not_found(&e) => Err(not_found("doc", which)),
            Err(e) => Err(e.into()),
        }
    }

    /// The calendar `which` names: its id, else the one calendar of the caller's (own
    /// and shared with them) whose name is `which` ignoring case.
    pub async fn find_calendar(&self, which: &str) -> Result<Calendar, LookupError> {
        let all = self.list_calendars().await?;
        if let Some(c) = all.iter().find(|c| c.id == which) {
            return Ok(c.clone());
        }
        let named: Vec<Calendar> = all
            .into_iter()
            .filter(|c| c.name.eq_ignore_ascii_case(which))
            .collect();
        if !named.is_empty() {
            return Ok(exactly_one("calendar", which, named, |c| {
                format!("{} ({}, owner {})", c.id, c.name, c.owner)
            })?);
        }
        match self.get_calendar(which).await {
            Ok(c) => Ok(c),
            Err(e) if is_not_found(&e) => Err(not_found("calendar", which)),
            Err(e) => Err(e.into()),
        }
    }

    /// The workspace user an exact login (username, `user@org-domain`, email) or
    /// user id names, if they could be given a share (any org with the workspace).
    pub async fn find_user(&self, login: &str) -> Result<DirectoryUser, LookupError> {
        let q = query(&[("login", Some(login))]);
        match self.get(&format!("/directory/users{q}")).await {
            Ok(u) => Ok(u),
            Err(e) if is_not_found(&e) => Err(not_found("workspace user", login)),
            Err(e) => Err(e.into()),
        }
    }

    /// The organization an exact name or id names, if it could be given a share.
    pub async fn find_org(&self, name: &str) -> Result<DirectoryOrg, LookupError> {
        let q = query(&[("name", Some(name))]);
        match self.get(&format!("/directory/orgs{q}")).await {
            Ok(o) => Ok(o),
            Err(e) if is_not_found(&e) => Err(not_found("workspace organization", name)),
            Err(e) => Err(e.into()),
        }
    }
}

fn not_found(kind: &'static str, name: &str) -> LookupError {
    LookupError::Resolve(ResolveError::NotFound {
        kind,
        name: name.to_owned(),
    })
}
