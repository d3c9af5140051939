//! The in-process identity event bus on a real SQLite store: events written with
//! their change reach the audit consumer (identity administration in the audit log)
//! and the provisioning consumer (a new human's Getting started doc, My Drive root
//! and personal calendar), each once, also when a restarted relay reads the outbox
//! again from its start.

use std::sync::Arc;

use ws_auth::{AuthConfig, Authenticator, Secret, SystemClock};
use ws_storage::{
    AuditFilter, Human, IdentityChange, IdentityEvent, Org, State, Store, User, UserKind,
    UserState, new_id,
};
use ws_workspace::drive::blobs::BlobStore;
use ws_workspace::identity_events::Relay;
use ws_workspace::{WorkspaceConfig, WorkspaceState};

const NOW: i64 = 1_800_000_000;

async fn state(dir: &std::path::Path) -> WorkspaceState {
    let store = Store::open_sqlite(&dir.join("ws.db")).await.unwrap();
    // Never contacted: the consumers validate no token.
    let config = AuthConfig::new("http://127.0.0.1:9", "project", "client", Secret::new("s"));
    let auth = Authenticator::builder(config).build().unwrap();
    let blobs = BlobStore::local(&dir.join("blobs")).unwrap();
    WorkspaceState::new(
        store,
        auth,
        WorkspaceConfig::default(),
        Arc::new(SystemClock),
        blobs,
    )
}

fn event(event_type: &str, org_id: &str, kind: &str, id: &str, detail: &str) -> IdentityEvent {
    IdentityEvent {
        id: new_id(),
        event_type: event_type.to_owned(),
        actor: "admin-1".to_owned(),
        org_id: org_id.to_owned(),
        target_kind: kind.to_owned(),
        target_id: id.to_owned(),
        detail: Some(detail.to_owned()),
        at_ms: NOW * 1000,
    }
}

fn alice(org_id: &str) -> User {
    User {
        id: new_id(),
        org_id: org_id.to_owned(),
        username: "alice".into(),
        state: UserState::Active,
        kind: UserKind::Human(Human {
            given_name: "Alice".into(),
            family_name: "Doe".into(),
            display_name: "Alice Doe".into(),
            nick_name: None,
            preferred_language: None,
            email: "alice@example.com".into(),
            email_verified: true,
            phone: None,
            password_hash: None,
            password_change_required: false,
        }),
        created_at: NOW,
        changed_at: NOW,
    }
}

async fn identity_entries(state: &WorkspaceState, org_id: &str) -> Vec<ws_storage::AuditRecord> {
    let filter = AuditFilter {
        org_id: Some(org_id.to_owned()),
        action: Some("identity.".into()),
        ..Default::default()
    };
    state.store.ws_audit.list_audit(&filter).await.unwrap()
}

#[tokio::test]
async fn identity_changes_reach_audit_and_provisioning_once() {
    let dir = tempfile::tempdir().unwrap();
    let state = state(dir.path()).await;
    let events = &state.store.identity_events;
    let acme = Org {
        id: new_id(),
        name: "Acme".into(),
        primary_domain: "acme.localhost".into(),
        state: State::Active,
        created_at: NOW,
        changed_at: NOW,
    };
    let org_created = event(
        "org.created",
        &acme.id,
        "org",
        &acme.id,
        r#"{"name":"Acme"}"#,
    );
    events
        .apply(IdentityChange::CreateOrg(&acme), &org_created)
        .await
        .unwrap();
    let user = alice(&acme.id);
    let detail = r#"{"username":"alice","human":true}"#;
    let created = event("user.created", &acme.id, "user", &user.id, detail);
    events
        .apply(IdentityChange::CreateUser(&user), &created)
        .await
        .unwrap();
    let locked = event("user.locked", &acme.id, "user", &user.id, "{}");
    let lock = IdentityChange::SetUserState {
        id: &user.id,
        state: UserState::Locked,
        now: NOW,
    };
    events.apply(lock, &locked).await.unwrap();

    let mut relay = Relay::new();
    assert_eq!(relay.deliver_pending(&state).await.unwrap(), 3);
    assert_eq!(
        relay.deliver_pending(&state).await.unwrap(),
        0,
        "nothing new"
    );

    let entries = identity_entries(&state, &acme.id).await;
    let seen: Vec<_> = entries
        .iter()
        .map(|e| {
            (
                e.action.as_str(),
                e.target.clone(),
                e.actor.as_str(),
                e.request_id.clone(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (
                "identity.org.created",
                format!("org:{}", acme.id),
                "admin-1",
                Some(org_created.id.clone())
            ),
            (
                "identity.user.created",
                format!("user:{}", user.id),
                "admin-1",
                Some(created.id.clone())
            ),
            (
                "identity.user.locked",
                format!("user:{}", user.id),
                "admin-1",
                Some(locked.id.clone())
            ),
        ]
    );
    let stored: serde_json::Value =
        serde_json::from_str(entries[1].detail.as_deref().unwrap()).unwrap();
    assert_eq!(
        stored,
        serde_json::json!({ "username": "alice", "human": true })
    );

    // Provisioned on user.created, before any request of the user.
    let store = &state.store;
    assert!(
        store
            .ws_sharing
            .get_member(&user.id)
            .await
            .unwrap()
            .is_some()
    );
    let doc = store
        .ws_docs
        .get_doc(&format!("getting-started-{}", user.id))
        .await
        .unwrap();
    assert_eq!(doc.map(|d| d.owner_id), Some(user.id.clone()));
    assert!(store.ws_drive.get_root(&user.id).await.unwrap().is_some());
    let cal = store
        .ws_calendars
        .get_personal_calendar(&user.id)
        .await
        .unwrap();
    assert_eq!(cal.map(|c| c.name), Some("alice".to_owned()));
    for consumer in ["audit", "provisioning"] {
        assert!(
            events.was_applied(consumer, &created.id).await.unwrap(),
            "{consumer}"
        );
    }

    // A restarted relay (and a second server process: a fresh state) reads the outbox
    // from its start: every event passes, none is applied twice.
    let restarted = self::state(dir.path()).await;
    assert_eq!(Relay::new().deliver_pending(&restarted).await.unwrap(), 3);
    assert_eq!(identity_entries(&restarted, &acme.id).await.len(), 3);
    let provisions = AuditFilter {
        action: Some("workspace.provision".into()),
        ..Default::default()
    };
    assert_eq!(
        store.ws_audit.list_audit(&provisions).await.unwrap().len(),
        1
    );
}

#[tokio::test]
async fn a_machine_user_is_not_provisioned_but_audited() {
    let dir = tempfile::tempdir().unwrap();
    let state = state(dir.path()).await;
    let org_id = new_id();
    let bot = event(
        "user.created",
        &org_id,
        "user",
        "bot-1",
        r#"{"username":"bot","human":false}"#,
    );
    state
        .store
        .identity_events
        .apply(IdentityChange::None, &bot)
        .await
        .unwrap();
    assert_eq!(Relay::new().deliver_pending(&state).await.unwrap(), 1);
    assert!(
        state
            .store
            .ws_sharing
            .get_member("bot-1")
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(identity_entries(&state, &org_id).await.len(), 1);
}
