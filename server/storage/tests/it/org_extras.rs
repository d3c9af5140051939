//! Story test of organization metadata and domains on SQLite and on PostgreSQL: the
//! primary domain is one of the org's domains, a domain belongs to one org only,
//! filters and paging run in the database, deletes are all or nothing.

use crate::common;

use common::*;
use ws_storage::*;

fn text(op: TextOp, ignore_case: bool, value: &str) -> TextMatch {
    TextMatch {
        op,
        ignore_case,
        value: value.to_owned(),
    }
}

fn domain(org_id: &str, name: &str, at: i64) -> OrgDomain {
    OrgDomain {
        org_id: org_id.to_owned(),
        domain: name.to_owned(),
        is_primary: false,
        is_verified: true,
        validation: DomainValidation::Unspecified,
        created_at: at,
    }
}

#[tokio::test]
async fn metadata_story() {
    for store in backends().await {
        let acme = org("Acme");
        store.orgs.create_org(&acme).await.unwrap();
        let meta = &store.org_extras;
        let entries = [
            ("tier".to_owned(), b"gold".to_vec()),
            ("region".to_owned(), b"eu".to_vec()),
            ("Team".to_owned(), b"ops".to_vec()),
        ];
        meta.set_org_metadata(&acme.id, &entries, NOW)
            .await
            .unwrap();
        // Replacing keeps created_at; an empty value removes the key.
        let update = [
            ("tier".to_owned(), b"platinum".to_vec()),
            ("region".to_owned(), Vec::new()),
        ];
        meta.set_org_metadata(&acme.id, &update, NOW + 5)
            .await
            .unwrap();
        let page = meta
            .list_org_metadata(&acme.id, &[], ListQuery::default())
            .await
            .unwrap();
        let keys: Vec<_> = page.items.iter().map(|m| m.key.as_str()).collect();
        assert_eq!((keys, page.total), (vec!["Team", "tier"], 2));
        let tier = &page.items[1];
        assert_eq!(
            (tier.value.as_slice(), tier.created_at, tier.changed_at),
            (b"platinum".as_slice(), NOW, NOW + 5)
        );

        // Filters are case-(in)sensitive as asked; paging cuts after counting.
        let starts_t = [text(TextOp::StartsWith, false, "t")];
        let page = meta
            .list_org_metadata(&acme.id, &starts_t, ListQuery::default())
            .await
            .unwrap();
        assert_eq!(page.total, 1);
        let starts_t_any_case = [text(TextOp::StartsWith, true, "T")];
        let first = ListQuery {
            offset: 0,
            limit: 1,
            asc: false,
        };
        let page = meta
            .list_org_metadata(&acme.id, &starts_t_any_case, first)
            .await
            .unwrap();
        assert_eq!((page.items[0].key.as_str(), page.total), ("tier", 2));

        // Deleting a missing key removes nothing at all.
        let err = meta
            .delete_org_metadata(&acme.id, &["tier".into(), "nope".into()])
            .await
            .unwrap_err();
        assert!(matches!(err, StorageError::NotFound), "{err}");
        let all = meta
            .list_org_metadata(&acme.id, &[], ListQuery::default())
            .await
            .unwrap();
        assert_eq!(all.total, 2);
        meta.delete_org_metadata(&acme.id, &["tier".into(), "Team".into()])
            .await
            .unwrap();

        let err = meta
            .set_org_metadata("missing", &entries, NOW)
            .await
            .unwrap_err();
        assert!(matches!(err, StorageError::MissingReference(_)), "{err}");
    }
}

#[tokio::test]
async fn domain_story() {
    for store in backends().await {
        let acme = org("Acme");
        let globex = org("Globex");
        store.orgs.create_org(&acme).await.unwrap();
        store.orgs.create_org(&globex).await.unwrap();
        let domains = &store.org_extras;

        // The primary domain is listed, verified and primary.
        let page = domains
            .list_org_domains(&acme.id, &[], true, ListQuery::default())
            .await
            .unwrap();
        assert_eq!(page.total, 1);
        assert!(page.items[0].is_primary && page.items[0].is_verified);
        assert_eq!(page.items[0].domain, "acme.localhost");

        domains
            .add_org_domain(&domain(&acme.id, "acme.example", NOW + 1))
            .await
            .unwrap();
        domains
            .add_org_domain(&domain(&acme.id, "shop.acme.example", NOW + 2))
            .await
            .unwrap();
        // Taken by the same or another org, in any case, primary or not.
        for (org_id, name) in [
            (&globex.id, "ACME.example"),
            (&globex.id, "acme.localhost"),
            (&acme.id, "acme.example"),
        ] {
            let err = domains
                .add_org_domain(&domain(org_id, name, NOW))
                .await
                .unwrap_err();
            assert!(matches!(err, StorageError::Conflict(_)), "{name}: {err}");
        }
        // A new org whose primary domain is someone's secondary domain is refused.
        let mut clash = org("Clash");
        clash.primary_domain = "shop.acme.example".into();
        let err = store.orgs.create_org(&clash).await.unwrap_err();
        assert!(matches!(err, StorageError::Conflict(_)), "{err}");
        assert!(store.orgs.get_org(&clash.id).await.unwrap().is_none());

        let ends = [text(TextOp::EndsWith, false, ".example")];
        let newest_first = ListQuery {
            offset: 0,
            limit: 10,
            asc: false,
        };
        let page = domains
            .list_org_domains(&acme.id, &ends, false, newest_first)
            .await
            .unwrap();
        let names: Vec<_> = page.items.iter().map(|d| d.domain.as_str()).collect();
        assert_eq!(names, ["shop.acme.example", "acme.example"]);

        // The primary domain cannot be deleted; a secondary one can, once.
        let err = domains
            .delete_org_domain(&acme.id, "acme.localhost")
            .await
            .unwrap_err();
        assert!(matches!(err, StorageError::NotFound));
        domains
            .delete_org_domain(&acme.id, "acme.example")
            .await
            .unwrap();
        assert!(
            domains
                .get_org_domain(&acme.id, "acme.example")
                .await
                .unwrap()
                .is_none()
        );

        // Changing the primary domain moves the primary row; deleting the org drops all.
        let mut renamed = acme.clone();
        renamed.primary_domain = "acme-corp.localhost".into();
        store.orgs.update_org(&renamed).await.unwrap();
        let primary = domains
            .get_org_domain(&acme.id, "acme-corp.localhost")
            .await
            .unwrap()
            .unwrap();
        assert!(primary.is_primary);
        assert!(
            domains
                .get_org_domain(&acme.id, "acme.localhost")
                .await
                .unwrap()
                .is_none()
        );
        store.orgs.delete_org(&acme.id).await.unwrap();
        let page = domains
            .list_org_domains(&acme.id, &[], true, ListQuery::default())
            .await
            .unwrap();
        assert_eq!(page.total, 0);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_adds_of_one_domain_give_it_to_one_org() {
    for store in backends().await {
        let mut orgs = Vec::new();
        for n in 0..6 {
            let o = org(&format!("Org{n}"));
            store.orgs.create_org(&o).await.unwrap();
            orgs.push(o);
        }
        // The same domain in different case, from every org at once.
        let claims: Vec<OrgDomain> = orgs
            .iter()
            .enumerate()
            .map(|(n, o)| {
                let name = if n % 2 == 0 {
                    "shared.example"
                } else {
                    "SHARED.example"
                };
                domain(&o.id, name, NOW)
            })
            .collect();
        let results =
            futures::future::join_all(claims.iter().map(|d| store.org_extras.add_org_domain(d)))
                .await;
        let winner = the_winner(store.name, &claims, &results);
        let held = store
            .org_extras
            .get_org_domain(&winner.org_id, "shared.example")
            .await
            .unwrap();
        assert_eq!(held.map(|d| d.org_id), Some(winner.org_id.clone()));
    }
}

#[tokio::test]
async fn org_policy_story() {
    for store in backends().await {
        let acme = org("Acme");
        let other = org("Other");
        store.orgs.create_org(&acme).await.unwrap();
        store.orgs.create_org(&other).await.unwrap();
        let policies = &store.org_extras;
        let lockout = |org_id: &str, settings: &str, at: i64| OrgPolicy {
            org_id: org_id.to_owned(),
            kind: PolicyKind::Lockout,
            settings: settings.to_owned(),
            changed_at: at,
        };
        assert_eq!(
            policies
                .get_org_policy(&acme.id, PolicyKind::Lockout)
                .await
                .unwrap(),
            None
        );
        let first = lockout(&acme.id, r#"{"maxPasswordAttempts":3}"#, NOW);
        policies.set_org_policy(&first).await.unwrap();
        let second = lockout(&acme.id, r#"{"maxPasswordAttempts":5}"#, NOW + 1);
        policies.set_org_policy(&second).await.unwrap();
        let got = policies
            .get_org_policy(&acme.id, PolicyKind::Lockout)
            .await
            .unwrap();
        assert_eq!(got, Some(second), "a set replaces the org's policy");
        // Another kind and another org are separate.
        for (org_id, kind) in [
            (&acme.id, PolicyKind::Login),
            (&other.id, PolicyKind::Lockout),
        ] {
            assert_eq!(policies.get_org_policy(org_id, kind).await.unwrap(), None);
        }
        let missing = lockout("no-such-org", "{}", NOW);
        assert!(matches!(
            policies.set_org_policy(&missing).await,
            Err(StorageError::MissingReference(_))
        ));
        policies
            .delete_org_policy(&acme.id, PolicyKind::Lockout)
            .await
            .unwrap();
        assert!(matches!(
            policies
                .delete_org_policy(&acme.id, PolicyKind::Lockout)
                .await,
            Err(StorageError::NotFound)
        ));
        // Deleting the org removes its policies.
        policies.set_org_policy(&first).await.unwrap();
        store.orgs.delete_org(&acme.id).await.unwrap();
        assert_eq!(
            policies
                .get_org_policy(&acme.id, PolicyKind::Lockout)
                .await
                .unwrap(),
            None
        );
    }
}
