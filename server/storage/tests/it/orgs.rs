//! Story test of organizations, on SQLite and on PostgreSQL.

use crate::common;

use common::*;
use ws_storage::*;

#[tokio::test]
async fn org_story() {
    for store in backends().await {
        let acme = org("Acme");
        store.orgs.create_org(&acme).await.unwrap();
        assert_eq!(
            store.orgs.get_org(&acme.id).await.unwrap(),
            Some(acme.clone())
        );
        assert_eq!(
            store
                .orgs
                .get_org_by_domain("ACME.localhost")
                .await
                .unwrap()
                .map(|o| o.id),
            Some(acme.id.clone())
        );

        let mut dup = org("acme");
        dup.primary_domain = "other.localhost".into();
        let err = store.orgs.create_org(&dup).await.unwrap_err();
        assert!(
            matches!(&err, StorageError::Conflict(m) if m.contains("'acme'")),
            "{err}"
        );

        store
            .orgs
            .set_org_state(&acme.id, State::Inactive, NOW + 5)
            .await
            .unwrap();
        let got = store.orgs.get_org(&acme.id).await.unwrap().unwrap();
        assert_eq!((got.state, got.changed_at), (State::Inactive, NOW + 5));

        let mut later = org("Globex");
        later.created_at = NOW + 10;
        store.orgs.create_org(&later).await.unwrap();
        let desc = ListQuery {
            offset: 0,
            limit: 1,
            asc: false,
        };
        let page = store.orgs.list_orgs(None, desc).await.unwrap();
        assert_eq!(page.total, 2);
        assert_eq!(
            page.items.iter().map(|o| &o.name).collect::<Vec<_>>(),
            ["Globex"]
        );
        let filtered = store
            .orgs
            .list_orgs(Some("glob"), ListQuery::default())
            .await
            .unwrap();
        assert_eq!(filtered.total, 1);
        // Case-insensitive, and LIKE's wildcards in the needle are literal.
        let upper = store.orgs.list_orgs(Some("GLOB"), ListQuery::default());
        assert_eq!(upper.await.unwrap().total, 1);
        let wildcard = store.orgs.list_orgs(Some("%"), ListQuery::default());
        assert_eq!(wildcard.await.unwrap().total, 0);

        store.orgs.delete_org(&acme.id).await.unwrap();
        assert!(matches!(
            store.orgs.delete_org(&acme.id).await,
            Err(StorageError::NotFound)
        ));
    }
}
