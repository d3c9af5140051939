//! The identity outbox on SQLite and PostgreSQL: a change and its event commit
//! together or not at all, the relay reads them in order, and a consumer's record of
//! what it applied makes a redelivery a no-op.

use crate::common;

use common::*;
use ws_storage::*;

fn event(event_type: &str, org_id: &str, target_kind: &str, target_id: &str) -> IdentityEvent {
    IdentityEvent {
        id: new_id(),
        event_type: event_type.to_owned(),
        actor: "admin-1".to_owned(),
        org_id: org_id.to_owned(),
        target_kind: target_kind.to_owned(),
        target_id: target_id.to_owned(),
        detail: Some(r#"{"username":"alice"}"#.to_owned()),
        at_ms: NOW * 1000,
    }
}

#[tokio::test]
async fn a_change_and_its_event_commit_together() {
    for (db, acme) in backends_with_org().await {
        let alice = human(&acme.id, "alice");
        let created = event("user.created", &acme.id, "user", &alice.id);
        let seq = db
            .events
            .apply(IdentityChange::CreateUser(&alice), &created)
            .await
            .unwrap();
        assert_eq!(
            db.users.get_user(&alice.id).await.unwrap(),
            Some(alice.clone()),
            "{}",
            db.name
        );

        let locked = event("user.locked", &acme.id, "user", &alice.id);
        let change = IdentityChange::SetUserState {
            id: &alice.id,
            state: UserState::Locked,
            now: NOW + 1,
        };
        let seq2 = db.events.apply(change, &locked).await.unwrap();
        assert!(seq2 > seq, "{}", db.name);
        let got = db.users.get_user(&alice.id).await.unwrap().unwrap();
        assert_eq!(got.state, UserState::Locked, "{}", db.name);

        let listed = db.events.list_events(0, 0).await.unwrap();
        assert_eq!(
            listed,
            [
                StoredEvent {
                    seq,
                    event: created
                },
                StoredEvent {
                    seq: seq2,
                    event: locked.clone()
                },
            ],
            "{}",
            db.name
        );
        let after_first = db.events.list_events(seq, 10).await.unwrap();
        assert_eq!(after_first.len(), 1, "{}", db.name);
        assert_eq!(after_first[0].event, locked, "{}", db.name);
    }
}

#[tokio::test]
async fn a_failed_change_stores_no_event_and_a_failed_event_undoes_the_change() {
    for (db, acme) in backends_with_org().await {
        let alice = human(&acme.id, "alice");
        let first = event("user.created", &acme.id, "user", &alice.id);
        db.events
            .apply(IdentityChange::CreateUser(&alice), &first)
            .await
            .unwrap();

        // The change fails (name taken): no event.
        let twin = human(&acme.id, "ALICE");
        let err = db
            .events
            .apply(
                IdentityChange::CreateUser(&twin),
                &event("user.created", &acme.id, "user", &twin.id),
            )
            .await
            .unwrap_err();
        assert!(
            matches!(err, StorageError::Conflict(_)),
            "{}: {err}",
            db.name
        );

        // The change fails (no such user): no event.
        let err = db
            .events
            .apply(
                IdentityChange::DeleteUser("nobody"),
                &event("user.deleted", &acme.id, "user", "nobody"),
            )
            .await
            .unwrap_err();
        assert!(matches!(err, StorageError::NotFound), "{}: {err}", db.name);

        // The event fails (its id exists): the change is rolled back.
        let bob = human(&acme.id, "bob");
        let mut reused = event("user.created", &acme.id, "user", &bob.id);
        reused.id = first.id.clone();
        let err = db
            .events
            .apply(IdentityChange::CreateUser(&bob), &reused)
            .await
            .unwrap_err();
        assert!(
            matches!(&err, StorageError::Conflict(m) if m.contains(&first.id)),
            "{}: {err}",
            db.name
        );
        assert_eq!(
            db.users.get_user(&bob.id).await.unwrap(),
            None,
            "{}",
            db.name
        );

        let listed = db.events.list_events(0, 0).await.unwrap();
        assert_eq!(listed.len(), 1, "{}", db.name);
        assert_eq!(listed[0].event, first, "{}", db.name);
    }
}

#[tokio::test]
async fn every_change_kind_runs_in_the_event_transaction() {
    for (db, acme) in backends_with_org().await {
        let alice = human(&acme.id, "alice");
        let project = project(&acme.id, "Portal");
        db.projects.create_project(&project).await.unwrap();
        let globex = org("Globex");
        let grant = ProjectGrant {
            id: new_id(),
            project_id: project.id.clone(),
            granted_org_id: globex.id.clone(),
            role_keys: vec![],
            state: State::Active,
            created_at: NOW,
            changed_at: NOW,
        };
        let mut authz = authorization(&alice, &project.id, &acme.id, &[]);
        let session = Session {
            id: new_id(),
            user_id: alice.id.clone(),
            auth_time: NOW,
            amr: vec!["pwd".into()],
            expires_at: NOW + 3600,
        };
        let mut renamed = alice.clone();
        renamed.username = "alice2".into();
        let changes = [
            IdentityChange::CreateOrg(&globex),
            IdentityChange::CreateUser(&alice),
            IdentityChange::UpdateUser(&renamed),
            IdentityChange::SetPasswordHash {
                id: &alice.id,
                hash: Some("$argon2id$new"),
                change_required: true,
                now: NOW + 2,
            },
            IdentityChange::CreateSession(&session),
            IdentityChange::CreateGrant(&grant),
            IdentityChange::UpdateGrant(&grant),
            IdentityChange::CreateAuthorization(&authz),
            IdentityChange::None,
        ];
        for change in changes {
            db.events
                .apply(change, &event("x", &acme.id, "user", &alice.id))
                .await
                .unwrap_or_else(|e| panic!("{}: {change:?}: {e}", db.name));
        }
        let got = db.users.get_user(&alice.id).await.unwrap().unwrap();
        assert_eq!(got.username, "alice2", "{}", db.name);
        match got.kind {
            UserKind::Human(h) => assert_eq!(h.password_hash.as_deref(), Some("$argon2id$new")),
            UserKind::Machine(_) => panic!("{}: alice became a machine", db.name),
        }
        assert!(db.oidc.get_session(&session.id).await.unwrap().is_some());
        assert!(db.projects.get_grant(&grant.id).await.unwrap().is_some());
        authz.role_keys = vec![];
        authz.state = State::Inactive;
        let later = [
            IdentityChange::UpdateAuthorization(&authz),
            IdentityChange::DeleteAuthorization(&authz.id),
            IdentityChange::DeleteGrant(&grant.id),
            IdentityChange::SetOrgState {
                id: &globex.id,
                state: State::Inactive,
                now: NOW + 3,
            },
            IdentityChange::DeleteUser(&alice.id),
            IdentityChange::DeleteOrg(&globex.id),
        ];
        for change in later {
            db.events
                .apply(change, &event("x", &acme.id, "user", &alice.id))
                .await
                .unwrap_or_else(|e| panic!("{}: {change:?}: {e}", db.name));
        }
        assert_eq!(db.authz.get_authorization(&authz.id).await.unwrap(), None);
        assert_eq!(db.projects.get_grant(&grant.id).await.unwrap(), None);
        assert_eq!(db.orgs.get_org(&globex.id).await.unwrap(), None);
        assert_eq!(db.users.get_user(&alice.id).await.unwrap(), None);
        assert_eq!(
            db.events.list_events(0, 100).await.unwrap().len(),
            15,
            "{}",
            db.name
        );
    }
}

#[tokio::test]
async fn a_consumer_applies_each_event_once() {
    for (db, acme) in backends_with_org().await {
        let first = event("org.created", &acme.id, "org", &acme.id);
        db.events.apply(IdentityChange::None, &first).await.unwrap();

        assert!(!db.events.was_applied("audit", &first.id).await.unwrap());
        assert!(db.events.mark_applied("audit", &first.id, 1).await.unwrap());
        assert!(
            !db.events.mark_applied("audit", &first.id, 2).await.unwrap(),
            "{}",
            db.name
        );
        assert!(db.events.was_applied("audit", &first.id).await.unwrap());
        // Another consumer has its own record.
        assert!(
            !db.events
                .was_applied("provisioning", &first.id)
                .await
                .unwrap()
        );
        assert!(
            db.events
                .mark_applied("provisioning", &first.id, 3)
                .await
                .unwrap()
        );

        let err = db
            .events
            .mark_applied("audit", "no-such-event", 4)
            .await
            .unwrap_err();
        assert!(
            matches!(&err, StorageError::MissingReference(m) if m.contains("no-such-event")),
            "{}: {err}",
            db.name
        );
    }
}
