//! Concurrency stories of the workspace repositories, on SQLite and on PostgreSQL: what
//! SQLite gets from its single writer must hold when PostgreSQL runs writers at once.
//! Each story starts its writers together on a multi-threaded runtime and checks that
//! exactly the allowed number won, and that the stored state agrees.

use futures::future::join_all;
use ws_storage::{
    DocChange, DocWrite, DriveItemRecord, DriveKind, DriveUploadRecord, FileCommit, StorageError,
    WsDoc, WsDriveRepo, new_id,
};

use crate::common::backends;

/// How many writers each story starts at once.
const WRITERS: usize = 8;

fn item(parent: Option<&str>, name: &str, kind: DriveKind, size: i64) -> DriveItemRecord {
    DriveItemRecord {
        id: new_id(),
        org_id: "org1".into(),
        owner_id: "u1".into(),
        parent_id: parent.map(str::to_owned),
        name: name.into(),
        kind,
        size,
        sha256: (kind == DriveKind::File).then(|| format!("{size:064x}")),
        content_type: None,
        trashed_at: None,
        created_at: 1,
        changed_at: 1,
    }
}

fn session(parent: &str, name: &str, size: i64) -> DriveUploadRecord {
    DriveUploadRecord {
        id: new_id(),
        org_id: "org1".into(),
        user_id: "u1".into(),
        parent_id: parent.into(),
        name: name.into(),
        size,
        committed: 0,
        received: 0,
        overwrite: false,
        created_at: 1,
        expires_at: 1_000,
    }
}

async fn root(drive: &dyn WsDriveRepo) -> String {
    let root = item(None, "My Drive", DriveKind::Folder, 0);
    drive.ensure_root(&root).await.unwrap().id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_upload_sessions_straddling_the_quota_never_exceed_it() {
    for b in backends().await {
        let parent = root(&*b.ws_drive).await;
        // 8 sessions of 30 bytes against 100: exactly three fit.
        let opened = join_all((0..WRITERS).map(|n| {
            let (drive, s) = (b.ws_drive.clone(), session(&parent, &format!("f{n}"), 30));
            async move { drive.create_upload(&s, 100).await.unwrap() }
        }))
        .await;
        let fitted = opened.iter().filter(|r| r.is_ok()).count();
        assert_eq!(fitted, 3, "{}: sessions that fit", b.name);
        let usage = b.ws_drive.usage("org1").await.unwrap();
        assert_eq!((usage.used, usage.reserved), (0, 90), "{}", b.name);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_commits_straddling_the_quota_never_exceed_it() {
    for b in backends().await {
        let parent = root(&*b.ws_drive).await;
        let committed = join_all((0..WRITERS).map(|n| {
            let drive = b.ws_drive.clone();
            let file = item(Some(&parent), &format!("f{n}"), DriveKind::File, 40);
            async move {
                let commit = FileCommit {
                    item: file,
                    overwrite: false,
                    session_id: None,
                    limit: 100,
                };
                drive.commit_file(&commit).await.unwrap()
            }
        }))
        .await;
        assert_eq!(
            committed.iter().filter(|r| r.is_ok()).count(),
            2,
            "{}: commits that fit",
            b.name
        );
        assert_eq!(
            b.ws_drive.usage("org1").await.unwrap().used,
            80,
            "{}",
            b.name
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_creates_of_one_name_in_one_folder_give_one_conflict() {
    for b in backends().await {
        let parent = root(&*b.ws_drive).await;
        let created = join_all((0..2).map(|_| {
            let (drive, folder) = (
                b.ws_drive.clone(),
                item(Some(&parent), "Reports", DriveKind::Folder, 0),
            );
            async move { drive.create_folder(&folder).await }
        }))
        .await;
        let conflicts = created
            .iter()
            .filter(|r| matches!(r, Err(StorageError::Conflict(_))))
            .count();
        assert_eq!(conflicts, 1, "{}: {created:?}", b.name);
        assert!(created.iter().any(Result::is_ok), "{}", b.name);
        let children = b.ws_drive.list_children(&parent, Default::default()).await;
        assert_eq!(children.unwrap().total, 1, "{}", b.name);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_commits_of_one_upload_session_store_one_file() {
    for b in backends().await {
        let parent = root(&*b.ws_drive).await;
        let s = session(&parent, "big.bin", 10);
        b.ws_drive.create_upload(&s, 100).await.unwrap().unwrap();
        let committed = join_all((0..2).map(|_| {
            let drive = b.ws_drive.clone();
            let commit = FileCommit {
                item: item(Some(&parent), "big.bin", DriveKind::File, 10),
                overwrite: false,
                session_id: Some(s.id.clone()),
                limit: 100,
            };
            async move { drive.commit_file(&commit).await }
        }))
        .await;
        let stored = committed.iter().filter(|r| matches!(r, Ok(Ok(_)))).count();
        assert_eq!(stored, 1, "{}: {committed:?}", b.name);
        let usage = b.ws_drive.usage("org1").await.unwrap();
        assert_eq!((usage.used, usage.reserved), (10, 0), "{}", b.name);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_doc_updates_with_one_if_match_version_have_one_winner() {
    for b in backends().await {
        let doc = WsDoc {
            id: new_id(),
            org_id: "org1".into(),
            owner_id: "u1".into(),
            title: "Plan".into(),
            body: "v1".into(),
            version: 1,
            created_at: 1,
            updated_at: 1,
            updated_by: "u1".into(),
        };
        b.ws_docs.create_doc(&doc).await.unwrap();
        let written = join_all((0..WRITERS).map(|n| {
            let docs = b.ws_docs.clone();
            let change = DocChange {
                id: doc.id.clone(),
                expected_version: Some(1),
                title: None,
                body: Some(format!("writer {n}")),
                author: "u2".into(),
                now: 2,
                restored_from: None,
            };
            async move { docs.update_doc(&change).await.unwrap() }
        }))
        .await;
        let winners: Vec<&WsDoc> = written
            .iter()
            .filter_map(|w| match w {
                DocWrite::Written(d) => Some(d),
                DocWrite::Stale { .. } => None,
            })
            .collect();
        assert_eq!(winners.len(), 1, "{}: {written:?}", b.name);
        assert!(
            written
                .iter()
                .all(|w| matches!(w, DocWrite::Written(_) | DocWrite::Stale { current: 2 })),
            "{}: {written:?}",
            b.name
        );
        let stored = b.ws_docs.get_doc(&doc.id).await.unwrap().unwrap();
        assert_eq!(
            (stored.version, &stored.body),
            (2, &winners[0].body),
            "{}",
            b.name
        );
        let versions = b.ws_docs.list_versions(&doc.id, Default::default()).await;
        assert_eq!(versions.unwrap().total, 2, "{}", b.name);
    }
}
