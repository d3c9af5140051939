//! First-use provisioning raced across replicas: two workspace-only servers on one
//! PostgreSQL database, in front of one identity provider, receive the first requests
//! of the same new users at the same moment (several at once on each). No lock is
//! shared between them; the database alone must keep provisioning single.
//!
//! What must hold: every request succeeds, and each user ends with exactly one
//! "Getting started" doc, one My Drive root, one personal calendar, one provisioned
//! row and one `workspace.provision` audit entry.

use futures::future::join_all;
use sqlx::postgres::PgPool;
use ws_tests::idp::trusting;
use ws_tests::postgres::TestDatabase;
use ws_tests::workspace::{WsApi, token_for, user_id};
use ws_tests::{TestOptions, TestServer};

/// The demo users, none of whom has used the new workspace yet.
const USERS: [&str; 4] = ["alice", "bob", "charlie", "dave"];
/// Simultaneous first requests of each user on each replica.
const PER_REPLICA: usize = 3;

/// A workspace-only replica trusting `idp`, on the database `db`.
async fn replica(idp: &TestServer, db: &TestDatabase) -> TestServer {
    let mut options = TestOptions::default();
    options.config.identity.enabled = false;
    options.config.workspace = trusting(idp, Some(&idp.data_dir.join("admin.pat")));
    options.config.storage = db.section();
    TestServer::start_with(options).await
}

/// Rows per user in `query` (which selects one user id column per matching row).
async fn per_user(pool: &PgPool, query: &'static str, user: &str) -> i64 {
    let rows: Vec<(String,)> = sqlx::query_as(query).fetch_all(pool).await.unwrap();
    rows.iter().filter(|(u,)| u == user).count() as i64
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_provisioning_the_same_new_users_at_once_create_everything_once() {
    let Some(url) = ws_tests::postgres::server_url() else {
        eprintln!("skipped: no WS_TEST_DATABASE_URL");
        return;
    };
    let idp = TestServer::start_demo().await;
    let db = TestDatabase::create(&url).await.unwrap();
    let replicas = [replica(&idp, &db).await, replica(&idp, &db).await];

    // Every first request of every user, on both replicas, sent together.
    let mut calls = Vec::new();
    for name in USERS {
        let token = token_for(&idp, name).await;
        for server in &replicas {
            for _ in 0..PER_REPLICA {
                let api = WsApi::new(server, &token);
                calls.push(async move { (name, api.get("/me").await) });
            }
        }
    }
    for (name, r) in join_all(calls).await {
        assert_eq!(r.status, 200, "{name}'s first request: {r:?}");
    }

    let pool = PgPool::connect(&db.url).await.unwrap();
    let counted: [(&str, &'static str); 5] = [
        (
            "Getting started docs",
            "SELECT owner_id FROM ws_docs WHERE title = 'Getting started'",
        ),
        (
            "My Drive roots",
            "SELECT owner_id FROM ws_drive_items WHERE parent_id IS NULL",
        ),
        (
            "personal calendars",
            "SELECT owner_user FROM ws_calendars WHERE personal",
        ),
        ("provisioned rows", "SELECT user_id FROM ws_provisioned"),
        (
            "workspace.provision entries",
            "SELECT actor FROM ws_audit WHERE action = 'workspace.provision'",
        ),
    ];
    for name in USERS {
        let id = user_id(&idp, name);
        for (what, query) in counted {
            assert_eq!(per_user(&pool, query, &id).await, 1, "{name}'s {what}");
        }
    }
    pool.close().await;
}
