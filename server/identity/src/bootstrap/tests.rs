//! Bootstrap against a real SQLite file in a temporary directory.

use std::os::unix::fs::PermissionsExt;

use ws_storage::{AppType, AuthMethod, ListQuery, Store};

use super::*;
use crate::password::verify_password;
use crate::secrets::{digest, matches_digest};

const NOW: i64 = 1_790_000_000;

async fn fresh(demo: bool) -> (tempfile::TempDir, Store, BootstrapOptions) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_sqlite(&dir.path().join("ws.db")).await.unwrap();
    let opts = BootstrapOptions {
        data_dir: dir.path().to_owned(),
        issuer: "http://127.0.0.1:8080".into(),
        demo,
        admin_username: "admin".into(),
        admin_email: "admin@default.localhost".into(),
        admin_password: None,
    };
    (dir, store, opts)
}

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[tokio::test]
async fn first_start_creates_the_instance_and_its_files() {
    let (dir, store, opts) = fresh(false).await;
    let report = ensure_bootstrapped(&store, NOW, &opts).await.unwrap();
    assert!(report.created);
    let info = &report.info;
    assert_eq!(info.default_org.primary_domain, "default.localhost");
    assert_eq!(info.project_org_id, info.default_org.id);
    assert_eq!(info.project_roles, ["owner", "admin", "editor", "viewer"]);
    assert_eq!(
        store.instance.get_instance().await.unwrap().unwrap().id,
        info.instance_id
    );

    // The admin's generated password is the one stored (hashed).
    let password = report.generated_admin_password.clone().unwrap();
    let admin = store
        .users
        .get_user(&info.admin_user_id)
        .await
        .unwrap()
        .unwrap();
    assert!(verify_password(
        &password,
        admin.human().unwrap().password_hash.as_deref().unwrap()
    ));
    let roles = store
        .admins
        .admin_roles_for_user(&info.admin_user_id)
        .await
        .unwrap();
    assert!(
        roles
            .iter()
            .any(|a| a.resource == AdminResource::Instance && a.roles == ["IAM_OWNER"])
    );

    // admin.pat holds a PAT of the IAM_OWNER service account; only its digest is stored.
    let pat = std::fs::read_to_string(dir.path().join(ADMIN_PAT_FILE)).unwrap();
    let stored = store
        .users
        .find_pat_by_digest(&digest(pat.trim()))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.user_id, info.service_account_user_id);
    let sa_roles = store
        .admins
        .admin_roles_for_user(&stored.user_id)
        .await
        .unwrap();
    assert!(
        sa_roles
            .iter()
            .any(|a| a.roles.contains(&"IAM_OWNER".to_owned()))
    );

    // The CLI app: public, PKCE loopback + device code.
    let cli = store
        .apps
        .get_app_by_client_id(&info.cli_client_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (cli.app_type, cli.auth_method),
        (AppType::Native, AuthMethod::None)
    );
    assert!(cli.client_secret_digest.is_none());
    assert!(
        cli.redirect_uris
            .contains(&"http://127.0.0.1/callback".to_owned())
    );
    assert!(
        cli.grant_types
            .contains(&"urn:ietf:params:oauth:grant-type:device_code".to_owned())
    );

    // The introspection app's secret is in the 0600 file, its digest in the database.
    let client: IntrospectionClient = files::read_json(dir.path(), INTROSPECTION_CLIENT_FILE)
        .unwrap()
        .unwrap();
    let api = store
        .apps
        .get_app_by_client_id(&client.client_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (api.app_type, api.auth_method),
        (AppType::Api, AuthMethod::Basic)
    );
    assert!(matches_digest(
        &client.client_secret,
        api.client_secret_digest.as_deref().unwrap()
    ));

    for f in [ADMIN_PAT_FILE, INTROSPECTION_CLIENT_FILE, BOOTSTRAP_FILE] {
        assert_eq!(mode(&dir.path().join(f)), 0o600, "{f}");
    }
    let public = std::fs::read_to_string(dir.path().join(BOOTSTRAP_FILE)).unwrap();
    assert!(!public.contains(pat.trim()) && !public.contains(&client.client_secret));
    assert!(!public.contains(&password));
    assert!(!dir.path().join(DEMO_CREDENTIALS_FILE).exists());
}

#[tokio::test]
async fn a_second_start_changes_nothing() {
    let (dir, store, opts) = fresh(true).await;
    let first = ensure_bootstrapped(&store, NOW, &opts).await.unwrap();
    let snapshot = |name: &str| std::fs::read(dir.path().join(name)).unwrap();
    let before: Vec<_> = [
        ADMIN_PAT_FILE,
        BOOTSTRAP_FILE,
        DEMO_CREDENTIALS_FILE,
        INTROSPECTION_CLIENT_FILE,
    ]
    .map(snapshot)
    .into();
    let orgs = store
        .orgs
        .list_orgs(None, ListQuery::default())
        .await
        .unwrap()
        .total;

    let again = ensure_bootstrapped(&store, NOW + 60, &opts).await.unwrap();
    assert!(!again.created);
    assert!(again.generated_admin_password.is_none());
    assert_eq!(again.info, first.info);
    let after: Vec<_> = [
        ADMIN_PAT_FILE,
        BOOTSTRAP_FILE,
        DEMO_CREDENTIALS_FILE,
        INTROSPECTION_CLIENT_FILE,
    ]
    .map(snapshot)
    .into();
    assert_eq!(before, after);
    assert_eq!(
        store
            .orgs
            .list_orgs(None, ListQuery::default())
            .await
            .unwrap()
            .total,
        orgs
    );
}

#[tokio::test]
async fn demo_on_a_plain_instance_is_refused() {
    let (_dir, store, mut opts) = fresh(false).await;
    ensure_bootstrapped(&store, NOW, &opts).await.unwrap();
    opts.demo = true;
    let err = ensure_bootstrapped(&store, NOW, &opts).await.unwrap_err();
    assert!(
        matches!(err, BootstrapError::DemoOnExisting { .. }),
        "{err}"
    );
    assert!(err.to_string().contains("without --demo"));
    assert!(
        store
            .orgs
            .get_org_by_name("Acme Corp")
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn an_interrupted_bootstrap_is_detected() {
    let (_dir, store, opts) = fresh(false).await;
    let s = Seeder {
        store: &store,
        now: NOW,
    };
    s.org(DEFAULT_ORG_NAME, INSTANCE_DOMAIN).await.unwrap();
    let err = ensure_bootstrapped(&store, NOW, &opts).await.unwrap_err();
    assert!(matches!(err, BootstrapError::Unfinished { .. }), "{err}");
}

#[tokio::test]
async fn the_issuer_in_bootstrap_json_follows_the_configuration() {
    let (_dir, store, mut opts) = fresh(false).await;
    let first = ensure_bootstrapped(&store, NOW, &opts).await.unwrap();
    opts.issuer = "https://id.example.test".into();
    let again = ensure_bootstrapped(&store, NOW, &opts).await.unwrap();
    assert_eq!(again.info.issuer, "https://id.example.test");
    assert_eq!(again.info.instance_id, first.info.instance_id);
    let on_disk: BootstrapInfo = files::read_json(&opts.data_dir, BOOTSTRAP_FILE)
        .unwrap()
        .unwrap();
    assert_eq!(on_disk, again.info);
}

#[tokio::test]
async fn demo_tenants_have_their_roles_through_the_grant() {
    let (dir, store, opts) = fresh(true).await;
    let report = ensure_bootstrapped(&store, NOW, &opts).await.unwrap();
    let info = &report.info;
    let acme = store
        .orgs
        .get_org_by_name("Acme Corp")
        .await
        .unwrap()
        .unwrap();
    let globex = store
        .orgs
        .get_org_by_name("Globex Inc")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(info.project_org_id, acme.id);
    let grant = store
        .projects
        .get_grant(info.project_grant_id.as_deref().unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (grant.granted_org_id.as_str(), grant.role_keys.as_slice()),
        (globex.id.as_str(), &["viewer".to_owned()][..])
    );

    let creds: DemoCredentials = files::read_json(dir.path(), DEMO_CREDENTIALS_FILE)
        .unwrap()
        .unwrap();
    assert_eq!(mode(&dir.path().join(DEMO_CREDENTIALS_FILE)), 0o600);
    let expect = [
        ("alice", "admin", &acme),
        ("bob", "editor", &acme),
        ("charlie", "viewer", &globex),
        ("dave", "viewer", &globex),
    ];
    for (name, role, org) in expect {
        let u = creds.users.iter().find(|u| u.username == name).unwrap();
        let stored = store.users.get_user(&u.user_id).await.unwrap().unwrap();
        assert_eq!(stored.org_id, org.id, "{name}");
        assert!(verify_password(
            &u.password,
            stored.human().unwrap().password_hash.as_deref().unwrap()
        ));
        let roles = store
            .authz
            .roles_for_user(&u.user_id, std::slice::from_ref(&info.project_id))
            .await
            .unwrap();
        assert_eq!(roles.len(), 1, "{name}: {roles:?}");
        assert_eq!(
            (roles[0].role_key.as_str(), roles[0].org_id.as_str()),
            (role, org.id.as_str()),
            "{name}"
        );
    }
    let owners = ["alice", "charlie"];
    for u in &creds.users {
        let admin = store.admins.admin_roles_for_user(&u.user_id).await.unwrap();
        let is_owner = admin
            .iter()
            .any(|a| a.roles.contains(&"ORG_OWNER".to_owned()));
        assert_eq!(
            is_owner,
            owners.contains(&u.username.as_str()),
            "{}",
            u.username
        );
    }
}
