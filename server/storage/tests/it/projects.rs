//! Story tests of projects, roles, project grants and apps, each on a fresh SQLite
//! database and a fresh PostgreSQL database.

use crate::common;

use common::*;
use ws_storage::*;

fn app(project_id: &str, name: &str, client_id: &str) -> App {
    App {
        id: new_id(),
        project_id: project_id.to_owned(),
        name: name.to_owned(),
        client_id: client_id.to_owned(),
        client_secret_digest: None,
        app_type: AppType::Native,
        auth_method: AuthMethod::None,
        redirect_uris: strings(&["http://127.0.0.1/callback"]),
        post_logout_redirect_uris: vec![],
        grant_types: strings(&["authorization_code", "refresh_token"]),
        response_types: strings(&["code"]),
        access_token_type: AccessTokenType::Jwt,
        dev_mode: false,
        id_token_role_assertion: true,
        access_token_role_assertion: true,
        state: State::Active,
        created_at: NOW,
        changed_at: NOW,
    }
}

#[tokio::test]
async fn project_and_role_story() {
    for store in backends().await {
        eprintln!("backend: {}", store.name);
        project_and_role_story_on(&store).await;
    }
}

async fn project_and_role_story_on(store: &Backend) {
    let acme = org("Acme");
    store.orgs.create_org(&acme).await.unwrap();
    let globex = org("Globex");
    store.orgs.create_org(&globex).await.unwrap();
    let ws = project(&acme.id, "workspace");
    store.projects.create_project(&ws).await.unwrap();
    let err = store
        .projects
        .create_project(&project(&acme.id, "workspace"))
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "project 'workspace' already exists in the organization"
    );
    // The same name in another org is fine.
    store
        .projects
        .create_project(&project(&globex.id, "workspace"))
        .await
        .unwrap();
    let by_name = store
        .projects
        .get_project_by_name(&acme.id, "workspace")
        .await
        .unwrap();
    assert_eq!(by_name, Some(ws.clone()));
    let changed = Project {
        project_role_check: true,
        changed_at: NOW + 1,
        ..ws.clone()
    };
    store.projects.update_project(&changed).await.unwrap();
    assert_eq!(
        store.projects.get_project(&ws.id).await.unwrap(),
        Some(changed.clone())
    );
    let listed = store
        .projects
        .list_projects(Some(&acme.id), ListQuery::default())
        .await
        .unwrap();
    assert_eq!((listed.total, listed.items), (1, vec![changed]));
    assert_eq!(
        store
            .projects
            .list_projects(None, ListQuery::default())
            .await
            .unwrap()
            .total,
        2
    );

    for key in ["viewer", "editor"] {
        store.projects.add_role(&role(&ws.id, key)).await.unwrap();
    }
    let err = store
        .projects
        .add_role(&role(&ws.id, "viewer"))
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "role 'viewer' already exists on the project"
    );
    let renamed = ProjectRole {
        display_name: "Reader".into(),
        group: Some("read".into()),
        ..role(&ws.id, "viewer")
    };
    store.projects.update_role(&renamed).await.unwrap();
    let roles = store.projects.list_roles(&ws.id).await.unwrap();
    assert_eq!(roles, vec![role(&ws.id, "editor"), renamed]);

    store.projects.delete_project(&ws.id).await.unwrap();
    assert!(store.projects.list_roles(&ws.id).await.unwrap().is_empty());
    assert!(matches!(
        store.projects.delete_project(&ws.id).await,
        Err(StorageError::NotFound)
    ));
}

/// Acme's `workspace` (roles viewer and editor) granted to Globex with both.
async fn granted(store: &Backend) -> (Org, Project, ProjectGrant) {
    let acme = org("Acme");
    store.orgs.create_org(&acme).await.unwrap();
    let globex = org("Globex");
    store.orgs.create_org(&globex).await.unwrap();
    let ws = project(&acme.id, "workspace");
    store.projects.create_project(&ws).await.unwrap();
    for key in ["viewer", "editor"] {
        store.projects.add_role(&role(&ws.id, key)).await.unwrap();
    }
    let grant = ProjectGrant {
        id: new_id(),
        project_id: ws.id.clone(),
        granted_org_id: globex.id.clone(),
        role_keys: strings(&["viewer", "editor"]),
        state: State::Active,
        created_at: NOW,
        changed_at: NOW,
    };
    store.projects.create_grant(&grant).await.unwrap();
    (globex, ws, grant)
}

#[tokio::test]
async fn grant_story() {
    for store in backends().await {
        eprintln!("backend: {}", store.name);
        let (globex, ws, grant) = granted(&store).await;
        grant_story_on(&store, &globex, &ws, grant).await;
    }
}

async fn grant_story_on(store: &Backend, globex: &Org, ws: &Project, grant: ProjectGrant) {
    let again = ProjectGrant {
        id: new_id(),
        ..grant.clone()
    };
    let err = store.projects.create_grant(&again).await.unwrap_err();
    assert!(
        matches!(&err, StorageError::Conflict(m) if m.contains(&globex.id)),
        "{err}"
    );
    let dangling = ProjectGrant {
        id: new_id(),
        granted_org_id: "404".into(),
        ..grant.clone()
    };
    let err = store.projects.create_grant(&dangling).await.unwrap_err();
    assert!(matches!(err, StorageError::MissingReference(_)));

    let q = ListQuery::default();
    let page = store
        .projects
        .list_grants(None, Some(&globex.id), q)
        .await
        .unwrap();
    assert_eq!((page.total, page.items), (1, vec![grant.clone()]));
    assert_eq!(
        store
            .projects
            .list_grants(Some(&ws.id), Some("x"), q)
            .await
            .unwrap()
            .total,
        0
    );

    let narrowed = ProjectGrant {
        role_keys: strings(&["viewer"]),
        changed_at: NOW + 1,
        ..grant
    };
    store.projects.update_grant(&narrowed).await.unwrap();
    assert_eq!(
        store.projects.get_grant(&narrowed.id).await.unwrap(),
        Some(narrowed.clone())
    );
    store.projects.delete_grant(&narrowed.id).await.unwrap();
    assert_eq!(store.projects.get_grant(&narrowed.id).await.unwrap(), None);
}

#[tokio::test]
async fn deleting_a_role_or_grant_cleans_up_what_refers_to_it() {
    for store in backends().await {
        eprintln!("backend: {}", store.name);
        deleting_a_role_or_grant_cleans_up_on(&store).await;
    }
}

/// The role keys of an authorization, `None` when it is gone.
async fn roles_of(store: &Backend, id: &str) -> Option<Vec<String>> {
    let authz = store.authz.get_authorization(id).await.unwrap();
    authz.map(|a| a.role_keys)
}

async fn deleting_a_role_or_grant_cleans_up_on(store: &Backend) {
    let (globex, ws, grant) = granted(store).await;
    let charlie = human(&globex.id, "charlie");
    store.users.create_user(&charlie).await.unwrap();
    let mut authz = authorization(&charlie, &ws.id, &globex.id, &["viewer", "editor"]);
    authz.project_grant_id = Some(grant.id.clone());
    store.authz.create_authorization(&authz).await.unwrap();

    // A deleted role leaves grants and authorizations in the same transaction.
    store.projects.delete_role(&ws.id, "editor").await.unwrap();
    let grant_now = store.projects.get_grant(&grant.id).await.unwrap().unwrap();
    assert_eq!(grant_now.role_keys, strings(&["viewer"]));
    assert_eq!(roles_of(store, &authz.id).await, Some(strings(&["viewer"])));
    let again = store.projects.delete_role(&ws.id, "editor").await;
    assert!(matches!(again, Err(StorageError::NotFound)));

    // A deleted grant takes the authorizations made through it.
    store.projects.delete_grant(&grant.id).await.unwrap();
    assert_eq!(roles_of(store, &authz.id).await, None);
}

#[tokio::test]
async fn app_story() {
    for store in backends().await {
        eprintln!("backend: {}", store.name);
        app_story_on(&store).await;
    }
}

async fn app_story_on(store: &Backend) {
    let acme = org("Acme");
    store.orgs.create_org(&acme).await.unwrap();
    let ws = project(&acme.id, "workspace");
    store.projects.create_project(&ws).await.unwrap();

    let cli = app(&ws.id, "ws", "ws-cli");
    store.apps.create_app(&cli).await.unwrap();
    assert_eq!(
        store.apps.get_app_by_client_id("ws-cli").await.unwrap(),
        Some(cli.clone())
    );
    let err = store
        .apps
        .create_app(&app(&ws.id, "other", "ws-cli"))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, StorageError::Conflict(m) if m.contains("'ws-cli'")),
        "{err}"
    );
    let err = store
        .apps
        .create_app(&app("404", "x", "y"))
        .await
        .unwrap_err();
    assert_eq!(err.to_string(), "project '404' does not exist");

    let mut api = app(&ws.id, "workspace-api", "ws-api");
    api.app_type = AppType::Api;
    api.auth_method = AuthMethod::Basic;
    api.client_secret_digest = Some("secret-digest".into());
    api.redirect_uris.clear();
    api.grant_types.clear();
    api.created_at = NOW + 1;
    store.apps.create_app(&api).await.unwrap();
    assert!(!format!("{api:?}").contains("secret-digest"));

    let mut changed = cli.clone();
    changed.redirect_uris.push("http://[::1]/callback".into());
    changed.dev_mode = true;
    changed.response_types.push("id_token".into());
    changed.changed_at = NOW + 2;
    store.apps.update_app(&changed).await.unwrap();
    assert_eq!(store.apps.get_app(&cli.id).await.unwrap(), Some(changed));

    store.apps.delete_app(&api.id).await.unwrap();
    assert_eq!(
        store.apps.get_app_by_client_id("ws-api").await.unwrap(),
        None
    );
}

#[tokio::test]
async fn app_lists_page_in_both_directions() {
    for store in backends().await {
        eprintln!("backend: {}", store.name);
        app_lists_page_on(&store).await;
    }
}

async fn app_lists_page_on(store: &Backend) {
    let acme = org("Acme");
    store.orgs.create_org(&acme).await.unwrap();
    let ws = project(&acme.id, "workspace");
    store.projects.create_project(&ws).await.unwrap();
    let cli = app(&ws.id, "ws", "ws-cli");
    let api = App {
        created_at: NOW + 1,
        ..app(&ws.id, "workspace-api", "ws-api")
    };
    store.apps.create_app(&cli).await.unwrap();
    store.apps.create_app(&api).await.unwrap();
    let newest_first = ListQuery {
        offset: 0,
        limit: 10,
        asc: false,
    };
    let page = store.apps.list_apps(&ws.id, newest_first).await.unwrap();
    assert_eq!(
        page.items
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>(),
        ["workspace-api", "ws"]
    );
    let second = ListQuery {
        offset: 1,
        limit: 1,
        asc: true,
    };
    let page = store.apps.list_apps(&ws.id, second).await.unwrap();
    assert_eq!(
        (page.total, page.items[0].name.as_str()),
        (2, "workspace-api")
    );
}

#[tokio::test]
async fn concurrent_creates_of_one_name_or_client_id_give_one_conflict() {
    for store in backends().await {
        let acme = org("Acme");
        store.orgs.create_org(&acme).await.unwrap();
        let (first, second) = (
            project(&acme.id, "workspace"),
            project(&acme.id, "workspace"),
        );
        let (a, b) = tokio::join!(
            store.projects.create_project(&first),
            store.projects.create_project(&second)
        );
        let results = [a, b];
        assert_eq!(
            wins_and_conflicts(&results),
            (1, 1),
            "{}: {results:?}",
            store.name
        );
        let kept = store
            .projects
            .get_project_by_name(&acme.id, "workspace")
            .await
            .unwrap()
            .unwrap();

        let (one, two) = (
            app(&kept.id, "one", "ws-cli"),
            app(&kept.id, "two", "ws-cli"),
        );
        let (a, b) = tokio::join!(store.apps.create_app(&one), store.apps.create_app(&two));
        let results = [a, b];
        assert_eq!(
            wins_and_conflicts(&results),
            (1, 1),
            "{}: {results:?}",
            store.name
        );
        let page = store
            .apps
            .list_apps(&kept.id, ListQuery::default())
            .await
            .unwrap();
        assert_eq!(page.total, 1, "{}", store.name);
    }
}
