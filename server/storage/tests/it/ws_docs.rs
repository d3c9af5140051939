//! Story test of workspace docs on a real SQLite file: versions under optimistic
//! concurrency, history, visibility filters and search, comment threads, cascades.

use crate::common;

use common::*;
use ws_storage::*;

fn doc(org_id: &str, owner: &str, title: &str, body: &str) -> WsDoc {
    WsDoc {
        id: new_id(),
        org_id: org_id.to_owned(),
        owner_id: owner.to_owned(),
        title: title.to_owned(),
        body: body.to_owned(),
        version: 1,
        created_at: NOW,
        updated_at: NOW,
        updated_by: owner.to_owned(),
    }
}

fn change(id: &str, expected: Option<i64>, body: &str, at: i64) -> DocChange {
    DocChange {
        id: id.to_owned(),
        expected_version: expected,
        title: None,
        body: Some(body.to_owned()),
        author: "bob".into(),
        now: at,
        restored_from: None,
    }
}

async fn two_orgs(store: &crate::common::Backend) -> (Org, Org) {
    let (acme, globex) = (org("Acme"), org("Globex"));
    store.orgs.create_org(&acme).await.unwrap();
    store.orgs.create_org(&globex).await.unwrap();
    (acme, globex)
}

#[tokio::test]
async fn versions_advance_atomically_and_stale_writes_change_nothing() {
    for store in crate::common::backends().await {
        eprintln!("backend: {}", store.name);
        let (acme, _) = two_orgs(&store).await;
        let d = doc(&acme.id, "alice", "Plan", "v1 text");
        store.ws_docs.create_doc(&d).await.unwrap();
        assert_eq!(store.ws_docs.get_doc(&d.id).await.unwrap(), Some(d.clone()));

        let DocWrite::Written(v2) = store
            .ws_docs
            .update_doc(&change(&d.id, Some(1), "v2 text", NOW + 1))
            .await
            .unwrap()
        else {
            panic!("expected a write");
        };
        assert_eq!(
            (v2.version, v2.body.as_str(), v2.title.as_str()),
            (2, "v2 text", "Plan")
        );
        assert_eq!(v2.updated_by, "bob");

        // A writer still holding version 1 is refused and the document is untouched.
        let stale = store
            .ws_docs
            .update_doc(&change(&d.id, Some(1), "lost update", NOW + 2))
            .await
            .unwrap();
        assert_eq!(stale, DocWrite::Stale { current: 2 });
        assert_eq!(
            store.ws_docs.get_doc(&d.id).await.unwrap(),
            Some(v2.clone())
        );
        assert_eq!(
            store
                .ws_docs
                .list_versions(&d.id, ListQuery::default())
                .await
                .unwrap()
                .total,
            2
        );

        // Without an expected version the write applies (last writer wins).
        let DocWrite::Written(v3) = store
            .ws_docs
            .update_doc(&change(&d.id, None, "v3 text", NOW + 3))
            .await
            .unwrap()
        else {
            panic!("expected a write");
        };
        assert_eq!(v3.version, 3);

        let missing = store
            .ws_docs
            .update_doc(&change("nope", None, "x", NOW))
            .await
            .unwrap_err();
        assert!(matches!(missing, StorageError::NotFound), "{missing}");
    }
}

#[tokio::test]
async fn history_keeps_every_version_with_author_and_restores() {
    for store in crate::common::backends().await {
        eprintln!("backend: {}", store.name);
        let (acme, _) = two_orgs(&store).await;
        let d = doc(&acme.id, "alice", "Plan", "first");
        store.ws_docs.create_doc(&d).await.unwrap();
        store
            .ws_docs
            .update_doc(&change(&d.id, None, "second ✓", NOW + 10))
            .await
            .unwrap();
        let mut restore = change(&d.id, Some(2), "first", NOW + 20);
        restore.restored_from = Some(1);
        store.ws_docs.update_doc(&restore).await.unwrap();

        let history = store
            .ws_docs
            .list_versions(&d.id, ListQuery::default())
            .await
            .unwrap();
        let summary: Vec<_> = history
            .items
            .iter()
            .map(|v| {
                (
                    v.version,
                    v.author.as_str(),
                    v.created_at,
                    v.restored_from,
                    v.body.is_none(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (3, "bob", NOW + 20, Some(1), true),
                (2, "bob", NOW + 10, None, true),
                (1, "alice", NOW, None, true),
            ]
        );
        // Size counts bytes, not characters.
        assert_eq!(history.items[1].size, "second ✓".len() as i64);
        let v2 = store.ws_docs.get_version(&d.id, 2).await.unwrap().unwrap();
        assert_eq!(v2.body.as_deref(), Some("second ✓"));
        assert_eq!(store.ws_docs.get_version(&d.id, 9).await.unwrap(), None);
    }
}

#[tokio::test]
async fn lists_show_only_the_org_owner_or_shared_docs_and_search_all_terms() {
    for store in crate::common::backends().await {
        eprintln!("backend: {}", store.name);
        let (acme, globex) = two_orgs(&store).await;
        let a1 = doc(
            &acme.id,
            "alice",
            "Roadmap 2027",
            "Launch the ROCKET in May",
        );
        let b1 = doc(
            &acme.id,
            "bob",
            "Bob's notes",
            "rocket fuel: 100% kerosene_1",
        );
        let g1 = doc(&globex.id, "charlie", "Globex secrets", "rocket plans");
        for d in [&a1, &b1, &g1] {
            store.ws_docs.create_doc(d).await.unwrap();
        }
        let ids = |page: Page<WsDocMeta>| page.items.into_iter().map(|m| m.id).collect::<Vec<_>>();
        let all_acme = DocFilter {
            org_id: acme.id.clone(),
            ..Default::default()
        };
        let listed = store
            .ws_docs
            .list_docs(&all_acme, ListQuery::default())
            .await
            .unwrap();
        assert_eq!(listed.total, 2);
        assert!(!ids(listed.clone()).contains(&g1.id));

        let bobs_own = DocFilter {
            owner_id: Some("bob".into()),
            ..all_acme.clone()
        };
        assert_eq!(
            ids(store
                .ws_docs
                .list_docs(&bobs_own, ListQuery::default())
                .await
                .unwrap()),
            vec![b1.id.clone()]
        );

        // Charlie sees his org's doc, plus Alice's only once it is shared with him.
        let charlie = DocFilter {
            org_id: globex.id.clone(),
            owner_id: Some("charlie".into()),
            ..Default::default()
        };
        assert_eq!(
            ids(store
                .ws_docs
                .list_docs(&charlie, ListQuery::default())
                .await
                .unwrap()),
            vec![g1.id.clone()]
        );
        let shared = DocFilter {
            shared_ids: vec![a1.id.clone()],
            ..charlie.clone()
        };
        let mut seen = ids(store
            .ws_docs
            .list_docs(&shared, ListQuery::default())
            .await
            .unwrap());
        seen.sort();
        let mut want = vec![a1.id.clone(), g1.id.clone()];
        want.sort();
        assert_eq!(seen, want);

        // Search: every term must match title or body, case-insensitively; LIKE's
        // wildcards in a term are literal.
        let search = |terms: &[&str]| DocFilter {
            terms: terms.iter().map(|t| t.to_string()).collect(),
            ..all_acme.clone()
        };
        let hits = store
            .ws_docs
            .list_docs(&search(&["rocket"]), ListQuery::default())
            .await
            .unwrap();
        assert_eq!(hits.total, 2, "Globex's rocket doc must not count");
        let hits = store
            .ws_docs
            .list_docs(&search(&["rocket", "roadmap"]), ListQuery::default())
            .await
            .unwrap();
        assert_eq!(ids(hits.clone()), vec![a1.id.clone()]);
        assert_eq!(
            hits.items[0].excerpt.as_deref(),
            Some("Launch the ROCKET in May")
        );
        assert_eq!(
            store
                .ws_docs
                .list_docs(&search(&["100%"]), ListQuery::default())
                .await
                .unwrap()
                .total,
            1
        );
        assert_eq!(
            store
                .ws_docs
                .list_docs(&search(&["0%k"]), ListQuery::default())
                .await
                .unwrap()
                .total,
            0
        );
        assert_eq!(
            store
                .ws_docs
                .list_docs(&search(&["e_1"]), ListQuery::default())
                .await
                .unwrap()
                .total,
            1
        );
        assert_eq!(
            store
                .ws_docs
                .list_docs(&search(&["e__"]), ListQuery::default())
                .await
                .unwrap()
                .total,
            0
        );
        let title_only = store
            .ws_docs
            .list_docs(&search(&["roadmap"]), ListQuery::default())
            .await
            .unwrap();
        assert_eq!(title_only.items[0].excerpt, None);

        // Paging, most recently changed first.
        store
            .ws_docs
            .update_doc(&change(&a1.id, None, "Launch the ROCKET in June", NOW + 5))
            .await
            .unwrap();
        let first = store
            .ws_docs
            .list_docs(
                &all_acme,
                ListQuery {
                    offset: 0,
                    limit: 1,
                    asc: false,
                },
            )
            .await
            .unwrap();
        assert_eq!((ids(first.clone()), first.total), (vec![a1.id.clone()], 2));
        let second = store
            .ws_docs
            .list_docs(
                &all_acme,
                ListQuery {
                    offset: 1,
                    limit: 1,
                    asc: false,
                },
            )
            .await
            .unwrap();
        assert_eq!(ids(second), vec![b1.id.clone()]);
    }
}

fn comment(doc_id: &str, parent: Option<&str>, body: &str, at: i64) -> WsComment {
    WsComment {
        id: new_id(),
        doc_id: doc_id.to_owned(),
        parent_id: parent.map(str::to_owned),
        author: "bob".into(),
        body: body.to_owned(),
        quote: parent.is_none().then(|| "the ROCKET".to_owned()),
        resolved: None,
        created_at: at,
    }
}

#[tokio::test]
async fn comment_threads_resolve_and_replies_stay_in_their_doc() {
    for store in crate::common::backends().await {
        eprintln!("backend: {}", store.name);
        let (acme, _) = two_orgs(&store).await;
        let d = doc(&acme.id, "alice", "Plan", "text");
        let other = doc(&acme.id, "alice", "Other", "text");
        store.ws_docs.create_doc(&d).await.unwrap();
        store.ws_docs.create_doc(&other).await.unwrap();

        let t1 = comment(&d.id, None, "Is May realistic?", NOW);
        let t2 = comment(&d.id, None, "Typo", NOW + 1);
        store.ws_docs.add_comment(&t1).await.unwrap();
        store.ws_docs.add_comment(&t2).await.unwrap();
        let r1 = comment(&d.id, Some(&t1.id), "Yes", NOW + 2);
        store.ws_docs.add_comment(&r1).await.unwrap();

        // Replies only under an opening comment of the same document.
        for bad in [
            comment(&other.id, Some(&t1.id), "wrong doc", NOW + 3),
            comment(&d.id, Some(&r1.id), "reply to a reply", NOW + 3),
            comment("missing-doc", None, "no doc", NOW + 3),
        ] {
            let err = store.ws_docs.add_comment(&bad).await.unwrap_err();
            assert!(matches!(err, StorageError::MissingReference(_)), "{err}");
            assert_eq!(
                store
                    .ws_docs
                    .get_comment(&bad.doc_id, &bad.id)
                    .await
                    .unwrap(),
                None
            );
        }

        store
            .ws_docs
            .set_resolved(&d.id, &t1.id, Some(("alice", NOW + 9)))
            .await
            .unwrap();
        let err = store
            .ws_docs
            .set_resolved(&d.id, &r1.id, Some(("alice", NOW)))
            .await
            .unwrap_err();
        assert!(
            matches!(err, StorageError::NotFound),
            "replies cannot be resolved: {err}"
        );
        let err = store
            .ws_docs
            .set_resolved(&other.id, &t1.id, None)
            .await
            .unwrap_err();
        assert!(matches!(err, StorageError::NotFound), "{err}");

        let threads = store
            .ws_docs
            .list_threads(&d.id, ListQuery::default())
            .await
            .unwrap();
        assert_eq!(threads.total, 2);
        assert_eq!(threads.items[0].comment.id, t1.id);
        assert_eq!(
            threads.items[0].comment.resolved,
            Some(("alice".into(), NOW + 9))
        );
        assert_eq!(threads.items[0].replies, vec![r1.clone()]);
        assert_eq!(
            (
                threads.items[1].comment.id.as_str(),
                threads.items[1].replies.len()
            ),
            (t2.id.as_str(), 0)
        );

        store
            .ws_docs
            .set_resolved(&d.id, &t1.id, None)
            .await
            .unwrap();
        let reopened = store
            .ws_docs
            .get_comment(&d.id, &t1.id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(reopened.resolved, None);

        // Deleting the doc takes its versions and comments with it.
        store.ws_docs.delete_doc(&d.id).await.unwrap();
        assert_eq!(
            store.ws_docs.get_comment(&d.id, &t1.id).await.unwrap(),
            None
        );
        assert_eq!(store.ws_docs.get_version(&d.id, 1).await.unwrap(), None);
        assert!(matches!(
            store.ws_docs.delete_doc(&d.id).await,
            Err(StorageError::NotFound)
        ));
        assert!(store.ws_docs.get_doc(&other.id).await.unwrap().is_some());
    }
}

#[tokio::test]
async fn a_doc_of_an_org_kept_by_an_external_issuer_is_stored_and_ids_are_unique() {
    for store in crate::common::backends().await {
        eprintln!("backend: {}", store.name);
        // With a real ZITADEL as issuer, organizations live there, not in this database.
        let d = doc("org-from-zitadel", "alice", "Plan", "text");
        store.ws_docs.create_doc(&d).await.unwrap();
        assert_eq!(
            store
                .ws_docs
                .get_doc(&d.id)
                .await
                .unwrap()
                .map(|x| x.org_id),
            Some("org-from-zitadel".to_owned())
        );
        let err = store.ws_docs.create_doc(&d).await.unwrap_err();
        assert!(matches!(err, StorageError::Conflict(_)), "{err}");
    }
}
