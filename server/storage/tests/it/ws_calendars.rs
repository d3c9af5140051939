//! Workspace calendars on a real SQLite file: personal calendar uniqueness, window
//! queries with overridden instances, invitations, and all-or-nothing imports.

use crate::common;

use common::*;
use ws_storage::*;

fn calendar(owner: &str, personal: bool) -> WsCalendar {
    WsCalendar {
        id: new_id(),
        org_id: "org-acme".into(),
        owner_user: owner.into(),
        name: if personal {
            owner.into()
        } else {
            "Team".into()
        },
        description: String::new(),
        time_zone: "Europe/Berlin".into(),
        personal,
        created_at: NOW,
        changed_at: NOW,
    }
}

fn event(cal: &WsCalendar, uid: &str, span: (i64, Option<i64>)) -> WsEvent {
    WsEvent {
        id: new_id(),
        calendar_id: cal.id.clone(),
        org_id: cal.org_id.clone(),
        uid: uid.into(),
        recurrence_id: None,
        summary: format!("event {uid}"),
        description: String::new(),
        location: String::new(),
        all_day: false,
        time_zone: "Europe/Berlin".into(),
        start_local: "2026-12-01T10:00:00".into(),
        end_local: "2026-12-01T11:00:00".into(),
        rrule: None,
        exdates: vec![],
        busy: true,
        organizer: cal.owner_user.clone(),
        sequence: 0,
        span_start: span.0,
        span_end: span.1,
        attendees: vec![],
        created_at: NOW,
        changed_at: NOW,
    }
}

#[tokio::test]
async fn one_personal_calendar_per_user_and_listing_by_owner_or_id() {
    for store in crate::common::backends().await {
        eprintln!("backend: {}", store.name);
        let repo = &store.ws_calendars;
        let alice = calendar("alice", true);
        repo.create_calendar(&alice).await.unwrap();
        let again = repo.create_calendar(&calendar("alice", true)).await;
        assert!(matches!(again, Err(StorageError::Conflict(_))), "{again:?}");
        let team = calendar("bob", false);
        repo.create_calendar(&team).await.unwrap();
        let bobs = calendar("bob", true);
        repo.create_calendar(&bobs).await.unwrap();

        let mine = repo.list_calendars("alice", &[]).await.unwrap();
        assert_eq!(mine, vec![alice.clone()]);
        let with_shared = repo
            .list_calendars("alice", std::slice::from_ref(&team.id))
            .await
            .unwrap();
        assert_eq!(
            with_shared.iter().map(|c| &c.id).collect::<Vec<_>>(),
            [&alice.id, &team.id]
        );
        assert_eq!(repo.get_personal_calendar("bob").await.unwrap(), Some(bobs));
    }
}

#[tokio::test]
async fn window_returns_meeting_rows_and_the_overrides_of_their_series() {
    for store in crate::common::backends().await {
        eprintln!("backend: {}", store.name);
        let repo = &store.ws_calendars;
        let cal = calendar("alice", false);
        repo.create_calendar(&cal).await.unwrap();
        let series = event(&cal, "series", (1000, None));
        let before = event(&cal, "before", (100, Some(200)));
        let after = event(&cal, "after", (5000, Some(6000)));
        // An instance of the series moved far away: still returned with its master.
        let mut moved = event(&cal, "series", (9000, Some(9100)));
        moved.recurrence_id = Some("2026-12-08T10:00:00".into());
        for e in [&series, &before, &after, &moved] {
            repo.create_event(e).await.unwrap();
        }
        let found = repo
            .find_event(&cal.id, "series", Some("2026-12-08T10:00:00"))
            .await
            .unwrap();
        assert_eq!(found.map(|e| e.id), Some(moved.id.clone()));
        let master = repo.find_event(&cal.id, "series", None).await.unwrap();
        assert_eq!(master.map(|e| e.id), Some(series.id.clone()));
        let dup = repo.create_event(&event(&cal, "series", (1, None))).await;
        assert!(matches!(dup, Err(StorageError::Conflict(_))), "{dup:?}");

        let got = repo
            .events_in_window(std::slice::from_ref(&cal.id), 1500, 2000)
            .await
            .unwrap();
        let ids: Vec<_> = got.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, [series.id.as_str(), moved.id.as_str()]);
        // The window is half-open: a row ending at `from` is out, one starting at `to` too.
        let edge = repo
            .events_in_window(std::slice::from_ref(&cal.id), 200, 5000)
            .await
            .unwrap();
        assert!(edge.iter().all(|e| e.uid == "series"), "{edge:?}");

        // Deleting the master deletes its overrides; the others stay.
        repo.delete_event(&series.id).await.unwrap();
        let left = repo.all_events(&cal.id).await.unwrap();
        assert_eq!(left.len(), 2);
        assert!(left.iter().all(|e| e.uid != "series"));
    }
}

#[tokio::test]
async fn invitations_are_found_answered_and_kept_with_the_event() {
    for store in crate::common::backends().await {
        eprintln!("backend: {}", store.name);
        let repo = &store.ws_calendars;
        let cal = calendar("alice", true);
        repo.create_calendar(&cal).await.unwrap();
        let mut meeting = event(&cal, "m", (1000, Some(2000)));
        meeting.attendees = vec![WsAttendee {
            user_id: "bob".into(),
            org_id: "org-acme".into(),
            status: WsAttendeeStatus::NeedsAction,
        }];
        repo.create_event(&meeting).await.unwrap();

        assert_eq!(repo.invited_events("bob", 0, 3000).await.unwrap().len(), 1);
        assert!(
            repo.invited_events("bob", 2000, 3000)
                .await
                .unwrap()
                .is_empty()
        );
        assert!(
            repo.invited_events("carol", 0, 3000)
                .await
                .unwrap()
                .is_empty()
        );
        // The organizer is found through the event wherever its calendar is.
        let organized = repo
            .organized_events(&meeting.organizer, 0, 3000)
            .await
            .unwrap();
        assert_eq!(organized.len(), 1);
        assert_eq!(organized[0].id, meeting.id);
        assert!(
            repo.organized_events("bob", 0, 3000)
                .await
                .unwrap()
                .is_empty()
        );
        assert!(
            repo.organized_events(&meeting.organizer, 2000, 3000)
                .await
                .unwrap()
                .is_empty()
        );

        repo.set_attendee_status(&meeting.id, "bob", WsAttendeeStatus::Tentative, NOW + 1)
            .await
            .unwrap();
        let stored = repo.get_event(&meeting.id).await.unwrap().unwrap();
        assert_eq!(stored.attendees[0].status, WsAttendeeStatus::Tentative);
        assert_eq!(stored.changed_at, NOW + 1);
        let stranger = repo
            .set_attendee_status(&meeting.id, "carol", WsAttendeeStatus::Accepted, NOW)
            .await;
        assert!(
            matches!(stranger, Err(StorageError::NotFound)),
            "{stranger:?}"
        );
    }
}

#[tokio::test]
async fn import_replaces_by_uid_and_stores_nothing_when_one_row_fails() {
    for store in crate::common::backends().await {
        eprintln!("backend: {}", store.name);
        let repo = &store.ws_calendars;
        let cal = calendar("alice", false);
        let other = calendar("bob", false);
        repo.create_calendar(&cal).await.unwrap();
        repo.create_calendar(&other).await.unwrap();
        let first = vec![
            event(&cal, "a", (1, Some(2))),
            event(&cal, "b", (1, Some(2))),
        ];
        let counts = repo.import_events(&cal.id, &first).await.unwrap();
        assert_eq!((counts.created, counts.updated), (2, 0));

        let mut renamed = event(&cal, "a", (1, Some(2)));
        renamed.summary = "renamed".into();
        let counts = repo
            .import_events(&cal.id, &[renamed, event(&cal, "c", (1, Some(2)))])
            .await
            .unwrap();
        assert_eq!((counts.created, counts.updated), (1, 1));
        let all = repo.all_events(&cal.id).await.unwrap();
        assert_eq!(all.len(), 3);
        assert_eq!(all[0].summary, "renamed");

        // A row for another calendar fails the whole import after a good row.
        let bad = vec![
            event(&cal, "d", (1, Some(2))),
            event(&other, "e", (1, Some(2))),
        ];
        assert!(repo.import_events(&cal.id, &bad).await.is_err());
        assert_eq!(repo.all_events(&cal.id).await.unwrap().len(), 3);
    }
}
