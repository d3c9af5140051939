//! Story test of user search (scope, condition trees, metadata, order), on SQLite and
//! on PostgreSQL.

use crate::common;

use common::*;
use ws_storage::*;

fn text(op: TextOp, value: &str, ignore_case: bool) -> TextMatch {
    TextMatch {
        op,
        ignore_case,
        value: value.into(),
    }
}

#[tokio::test]
async fn searches_combine_conditions_scope_metadata_and_order() {
    for (store, acme) in backends_with_org().await {
        let globex = org("Globex");
        store.orgs.create_org(&globex).await.unwrap();
        let alice = human(&acme.id, "alice");
        let bob = human(&acme.id, "Bob");
        let bot = machine(&acme.id, "ci-bot");
        let carol = human(&globex.id, "carol");
        for user in [&alice, &bob, &bot, &carol] {
            store.users.create_user(user).await.unwrap();
        }
        for (user, value) in [(&alice, &b"Blue team"[..]), (&bob, &[0xff, 0x00][..])] {
            let entry = UserMetadata {
                user_id: user.id.clone(),
                key: "team".into(),
                value: value.to_vec(),
            };
            store.users.set_metadata(&entry).await.unwrap();
        }
        let search = |scope: UserScope, conds: Vec<UserCond>, sort: UserSort| {
            let users = store.users.clone();
            async move {
                let search = UserSearch { scope, conds, sort };
                let page = users
                    .search_users(&search, ListQuery::default())
                    .await
                    .unwrap();
                let names: Vec<String> = page.items.into_iter().map(|u| u.username).collect();
                (page.total, names)
            }
        };
        let by_name = UserSort::Text(UserText::UserName);
        assert_eq!(
            search(UserScope::All, vec![], by_name).await,
            (4, strings(&["alice", "Bob", "carol", "ci-bot"])),
            "{}",
            store.name
        );
        // The scope counts before the total: Globex's user stays invisible to Acme.
        let acme_only = UserScope::Some {
            user_id: None,
            org_ids: vec![acme.id.clone()],
        };
        let humans = vec![UserCond::Human(true)];
        assert_eq!(
            search(acme_only.clone(), humans, by_name).await,
            (2, strings(&["alice", "Bob"])),
            "{}",
            store.name
        );
        let either = vec![UserCond::Any(vec![
            UserCond::Text(UserText::UserName, text(TextOp::StartsWith, "B", false)),
            UserCond::Text(
                UserText::Email,
                text(TextOp::EndsWith, "CAROL@EXAMPLE.COM", true),
            ),
        ])];
        assert_eq!(
            search(UserScope::All, either, by_name).await,
            (2, strings(&["Bob", "carol"])),
            "{}",
            store.name
        );
        // Metadata values are compared as text; a value that is not text matches nothing.
        let blue = vec![UserCond::MetaValue(text(TextOp::Contains, "blue", true))];
        assert_eq!(
            search(UserScope::All, blue, by_name).await,
            (1, strings(&["alice"])),
            "{}",
            store.name
        );
        let not_team = vec![
            UserCond::Not(Box::new(UserCond::MetaKey(text(
                TextOp::Equals,
                "team",
                false,
            )))),
            UserCond::Org(acme.id.clone()),
        ];
        assert_eq!(
            search(acme_only, not_team, UserSort::Kind).await,
            (1, strings(&["ci-bot"])),
            "{}",
            store.name
        );
    }
}
