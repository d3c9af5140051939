//! Which organizations' audit logs an entry goes to.
//!
//! An entry belongs to the actor's org, as before. When the target is a resource of
//! another org (a Globex user writing, or trying to write, to an Acme doc shared with
//! them), the resource's owning org must see it too: it is their data, and the
//! attempt matters to them whether it was allowed or denied. So such an entry is
//! stored twice, one copy per org, each visible only to its own org's scope:
//!
//! - the owning org's copy is complete, with `detail.actor_org` naming the actor's
//!   org (an owner's admin otherwise sees a user id from an org they cannot look up);
//! - the actor's org's copy keeps who, what, which target id and the outcome, but
//!   drops `detail`: names, titles and sizes there describe the other org's resource,
//!   which was shared with the member, not with their org's admins.
//!
//! A target that no longer resolves (deleted by this very write) or is not a
//! shareable resource stays in the actor's org only. A resource target that does
//! not resolve keeps no `detail` either: the actor's copy must read the same for a
//! missing id as for another org's, or `GET /audit?target=` would tell which ids
//! exist elsewhere.

use super::AuditEntry;
use crate::sharing::{ResourceKind, resolve};
use crate::state::WorkspaceState;

/// Records `entry` in the actor's org and, for another org's resource, in the
/// owning org too (see the module docs).
pub async fn record_entry(state: &WorkspaceState, entry: AuditEntry) {
    match owner_org(state, &entry.target).await {
        Some(owner) if owner != entry.org => {
            let mut owners = entry.clone();
            let mut detail = match owners.detail.take() {
                Some(serde_json::Value::Object(map)) => map,
                Some(other) => {
                    let mut map = serde_json::Map::new();
                    map.insert("detail".into(), other);
                    map
                }
                None => serde_json::Map::new(),
            };
            detail.insert("actor_org".into(), entry.org.clone().into());
            owners.detail = Some(detail.into());
            owners.org = owner;
            state.audit.record(owners).await;
            state
                .audit
                .record(AuditEntry {
                    detail: None,
                    ..entry
                })
                .await;
        }
        Some(_) => state.audit.record(entry).await,
        None if is_resource(&entry.target) => {
            let entry = AuditEntry {
                detail: None,
                ..entry
            };
            state.audit.record(entry).await;
        }
        None => state.audit.record(entry).await,
    }
}

/// The kind and id of a target naming a shareable resource.
fn resource_target(target: &str) -> Option<(ResourceKind, &str)> {
    let (kind, id) = target.split_once(':')?;
    Some((ResourceKind::parse(kind)?, id))
}

fn is_resource(target: &str) -> bool {
    resource_target(target).is_some()
}

/// The org owning the resource a `kind:id` target names, if it is one and exists.
async fn owner_org(state: &WorkspaceState, target: &str) -> Option<String> {
    let (kind, id) = resource_target(target)?;
    match resolve(state, kind, id).await {
        Ok(res) => res.map(|r| r.owner_org),
        Err(e) => {
            tracing::warn!(error = %e.message, target, "could not find the owner of an audit target");
            None
        }
    }
}
