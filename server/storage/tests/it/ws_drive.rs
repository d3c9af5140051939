//! The drive repository on a real SQLite file: roots, names, commits under quota,
//! overwrite, trash and restore, upload session offsets.

use ws_storage::{
    DriveItemRecord, DriveKind, DriveUploadRecord, FileCommit, ListQuery, StorageError, new_id,
};

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

fn commit(item: DriveItemRecord, overwrite: bool, limit: i64) -> FileCommit {
    FileCommit {
        item,
        overwrite,
        session_id: None,
        limit,
    }
}

#[tokio::test]
async fn root_is_created_once_per_owner() {
    for s in crate::common::backends().await {
        eprintln!("backend: {}", s.name);
        let a = s
            .ws_drive
            .ensure_root(&item(None, "My Drive", DriveKind::Folder, 0))
            .await
            .unwrap();
        let b = s
            .ws_drive
            .ensure_root(&item(None, "My Drive", DriveKind::Folder, 0))
            .await
            .unwrap();
        assert_eq!(a.id, b.id);
    }
}

#[tokio::test]
async fn names_are_unique_among_live_siblings_and_overwrite_replaces_content() {
    for s in crate::common::backends().await {
        eprintln!("backend: {}", s.name);
        let root = s
            .ws_drive
            .ensure_root(&item(None, "r", DriveKind::Folder, 0))
            .await
            .unwrap();
        let first = s
            .ws_drive
            .commit_file(&commit(
                item(Some(&root.id), "a.txt", DriveKind::File, 5),
                false,
                100,
            ))
            .await
            .unwrap()
            .unwrap();
        let second = s
            .ws_drive
            .commit_file(&commit(
                item(Some(&root.id), "a.txt", DriveKind::File, 7),
                false,
                100,
            ))
            .await;
        assert!(matches!(second, Err(StorageError::Conflict(m)) if m.contains("a.txt")));
        let replaced = s
            .ws_drive
            .commit_file(&commit(
                item(Some(&root.id), "a.txt", DriveKind::File, 7),
                true,
                100,
            ))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(replaced.id, first.id);
        assert_eq!(replaced.size, 7);
        assert_eq!(s.ws_drive.usage("org1").await.unwrap().used, 7);
        let folder = item(Some(&root.id), "a.txt", DriveKind::Folder, 0);
        assert!(matches!(
            s.ws_drive.create_folder(&folder).await,
            Err(StorageError::Conflict(_))
        ));
    }
}

#[tokio::test]
async fn quota_refuses_commits_and_sessions_beyond_the_limit() {
    for s in crate::common::backends().await {
        eprintln!("backend: {}", s.name);
        let root = s
            .ws_drive
            .ensure_root(&item(None, "r", DriveKind::Folder, 0))
            .await
            .unwrap();
        s.ws_drive
            .commit_file(&commit(
                item(Some(&root.id), "a", DriveKind::File, 60),
                false,
                100,
            ))
            .await
            .unwrap()
            .unwrap();
        let over = s
            .ws_drive
            .commit_file(&commit(
                item(Some(&root.id), "b", DriveKind::File, 41),
                false,
                100,
            ))
            .await
            .unwrap();
        assert_eq!(over.unwrap_err().usage.used, 60);
        assert!(
            s.ws_drive
                .find_child(&root.id, "b")
                .await
                .unwrap()
                .is_none()
        );
        let session = DriveUploadRecord {
            id: new_id(),
            org_id: "org1".into(),
            user_id: "u1".into(),
            parent_id: root.id.clone(),
            name: "c".into(),
            size: 30,
            committed: 0,
            received: 0,
            overwrite: false,
            created_at: 1,
            expires_at: 10,
        };
        s.ws_drive
            .create_upload(&session, 100)
            .await
            .unwrap()
            .unwrap();
        let mut second = session.clone();
        second.id = new_id();
        assert!(
            s.ws_drive
                .create_upload(&second, 100)
                .await
                .unwrap()
                .is_err(),
            "60 used + 30 reserved + 30 > 100"
        );
        // The offset only moves from where it is.
        assert!(
            s.ws_drive
                .advance_upload(&session.id, 0, 10, 10)
                .await
                .unwrap()
        );
        assert!(
            !s.ws_drive
                .advance_upload(&session.id, 0, 20, 20)
                .await
                .unwrap()
        );
        let got = s.ws_drive.get_upload(&session.id).await.unwrap().unwrap();
        assert_eq!((got.committed, got.received), (10, 10));
        // Finishing releases the reservation and deletes the session in one transaction.
        let mut c = commit(item(Some(&root.id), "c", DriveKind::File, 30), false, 100);
        c.session_id = Some(session.id.clone());
        s.ws_drive.commit_file(&c).await.unwrap().unwrap();
        assert!(s.ws_drive.get_upload(&session.id).await.unwrap().is_none());
        assert_eq!(s.ws_drive.usage("org1").await.unwrap().reserved, 0);
        assert!(matches!(
            s.ws_drive.commit_file(&c).await,
            Err(StorageError::NotFound)
        ));
    }
}

#[tokio::test]
async fn trash_hides_and_restore_conflicts_when_the_name_was_reused() {
    for s in crate::common::backends().await {
        eprintln!("backend: {}", s.name);
        let root = s
            .ws_drive
            .ensure_root(&item(None, "r", DriveKind::Folder, 0))
            .await
            .unwrap();
        let dir = item(Some(&root.id), "docs", DriveKind::Folder, 0);
        s.ws_drive.create_folder(&dir).await.unwrap();
        let inner = item(Some(&dir.id), "deep", DriveKind::Folder, 0);
        s.ws_drive.create_folder(&inner).await.unwrap();
        let up: Vec<_> = s
            .ws_drive
            .ancestors(&inner.id)
            .await
            .unwrap()
            .into_iter()
            .map(|i| i.id)
            .collect();
        assert_eq!(up, vec![dir.id.clone(), root.id.clone()]);
        s.ws_drive.set_trashed(&dir.id, Some(5)).await.unwrap();
        assert_eq!(
            s.ws_drive
                .list_children(&root.id, ListQuery::default())
                .await
                .unwrap()
                .total,
            0
        );
        assert_eq!(s.ws_drive.list_trashed("u1").await.unwrap().len(), 1);
        s.ws_drive
            .create_folder(&item(Some(&root.id), "docs", DriveKind::Folder, 0))
            .await
            .unwrap();
        assert!(matches!(
            s.ws_drive.set_trashed(&dir.id, None).await,
            Err(StorageError::Conflict(_))
        ));
        s.ws_drive.delete_item(&dir.id).await.unwrap();
        assert!(
            s.ws_drive.get_item(&inner.id).await.unwrap().is_none(),
            "descendants go with it"
        );
    }
}
