//! Authorizations, the roles claims query, and administrators, on SQLite and on
//! PostgreSQL.

use crate::common;

use common::*;
use ws_storage::*;

/// Acme owns `workspace` (roles viewer, editor) and grants it to Globex with viewer.
struct Tenants {
    store: Backend,
    acme: Org,
    globex: Org,
    ws: Project,
    grant: ProjectGrant,
}

/// The tenants on every backend.
async fn tenants() -> Vec<Tenants> {
    let mut all = Vec::new();
    for store in backends().await {
        all.push(tenants_on(store).await);
    }
    all
}

async fn tenants_on(store: Backend) -> Tenants {
    let (acme, globex) = (org("Acme"), org("Globex"));
    store.orgs.create_org(&acme).await.unwrap();
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
        role_keys: strings(&["viewer"]),
        state: State::Active,
        created_at: NOW,
        changed_at: NOW,
    };
    store.projects.create_grant(&grant).await.unwrap();
    Tenants {
        store,
        acme,
        globex,
        ws,
        grant,
    }
}

fn assignment(project: &Project, role: &str, org: &Org) -> RoleAssignment {
    RoleAssignment {
        project_id: project.id.clone(),
        role_key: role.to_owned(),
        org_id: org.id.clone(),
        org_primary_domain: org.primary_domain.clone(),
    }
}

#[tokio::test]
async fn roles_in_a_granted_org_count_only_through_an_active_grant_with_the_role() {
    for t in tenants().await {
        let charlie = human(&t.globex.id, "charlie");
        t.store.users.create_user(&charlie).await.unwrap();
        let mut authz = authorization(&charlie, &t.ws.id, &t.globex.id, &["viewer", "editor"]);
        authz.project_grant_id = Some(t.grant.id.clone());
        t.store.authz.create_authorization(&authz).await.unwrap();
        let projects = [t.ws.id.clone()];

        // viewer is in the grant, editor is not.
        let roles = t
            .store
            .authz
            .roles_for_user(&charlie.id, &projects)
            .await
            .unwrap();
        assert_eq!(roles, vec![assignment(&t.ws, "viewer", &t.globex)]);

        // Other projects, or none asked for, yield nothing.
        assert!(
            t.store
                .authz
                .roles_for_user(&charlie.id, &["other".into()])
                .await
                .unwrap()
                .is_empty()
        );
        assert!(
            t.store
                .authz
                .roles_for_user(&charlie.id, &[])
                .await
                .unwrap()
                .is_empty()
        );

        // A deactivated grant counts for nothing.
        let inactive = ProjectGrant {
            state: State::Inactive,
            changed_at: NOW + 1,
            ..t.grant.clone()
        };
        t.store.projects.update_grant(&inactive).await.unwrap();
        assert!(
            t.store
                .authz
                .roles_for_user(&charlie.id, &projects)
                .await
                .unwrap()
                .is_empty()
        );

        // Reactivated with editor added, both count.
        let wider = ProjectGrant {
            role_keys: strings(&["viewer", "editor"]),
            ..t.grant.clone()
        };
        t.store.projects.update_grant(&wider).await.unwrap();
        let roles = t
            .store
            .authz
            .roles_for_user(&charlie.id, &projects)
            .await
            .unwrap();
        assert_eq!(roles.len(), 2);
    }
}

#[tokio::test]
async fn an_authorization_outside_the_owner_without_a_grant_counts_for_nothing() {
    for t in tenants().await {
        let dave = human(&t.globex.id, "dave");
        t.store.users.create_user(&dave).await.unwrap();
        // Made in Globex but not through the grant: not a valid path to a role.
        let authz = authorization(&dave, &t.ws.id, &t.globex.id, &["viewer"]);
        t.store.authz.create_authorization(&authz).await.unwrap();
        assert!(
            t.store
                .authz
                .roles_for_user(&dave.id, std::slice::from_ref(&t.ws.id))
                .await
                .unwrap()
                .is_empty()
        );
    }
}

#[tokio::test]
async fn only_active_users_orgs_and_authorizations_count() {
    for t in tenants().await {
        let alice = human(&t.acme.id, "alice");
        t.store.users.create_user(&alice).await.unwrap();
        let authz = authorization(&alice, &t.ws.id, &t.acme.id, &["editor", "ghost"]);
        t.store.authz.create_authorization(&authz).await.unwrap();
        let projects = [t.ws.id.clone()];
        // "ghost" is not a role of the project, so only editor counts.
        let roles = t
            .store
            .authz
            .roles_for_user(&alice.id, &projects)
            .await
            .unwrap();
        assert_eq!(roles, vec![assignment(&t.ws, "editor", &t.acme)]);

        t.store
            .users
            .set_user_state(&alice.id, UserState::Inactive, NOW)
            .await
            .unwrap();
        assert!(
            t.store
                .authz
                .roles_for_user(&alice.id, &projects)
                .await
                .unwrap()
                .is_empty()
        );
        t.store
            .users
            .set_user_state(&alice.id, UserState::Active, NOW)
            .await
            .unwrap();

        t.store
            .orgs
            .set_org_state(&t.acme.id, State::Inactive, NOW)
            .await
            .unwrap();
        assert!(
            t.store
                .authz
                .roles_for_user(&alice.id, &projects)
                .await
                .unwrap()
                .is_empty()
        );
        t.store
            .orgs
            .set_org_state(&t.acme.id, State::Active, NOW)
            .await
            .unwrap();

        let off = Authorization {
            state: State::Inactive,
            ..authz.clone()
        };
        t.store.authz.update_authorization(&off).await.unwrap();
        assert!(
            t.store
                .authz
                .roles_for_user(&alice.id, &projects)
                .await
                .unwrap()
                .is_empty()
        );
    }
}

#[tokio::test]
async fn authorization_story() {
    for t in tenants().await {
        let alice = human(&t.acme.id, "alice");
        let bob = human(&t.acme.id, "bob");
        t.store.users.create_user(&alice).await.unwrap();
        t.store.users.create_user(&bob).await.unwrap();
        let a = authorization(&alice, &t.ws.id, &t.acme.id, &["editor"]);
        let mut b = authorization(&bob, &t.ws.id, &t.acme.id, &["viewer"]);
        b.created_at = NOW + 1;
        t.store.authz.create_authorization(&a).await.unwrap();
        t.store.authz.create_authorization(&b).await.unwrap();
        let twin = Authorization {
            id: new_id(),
            ..a.clone()
        };
        let err = t.store.authz.create_authorization(&twin).await.unwrap_err();
        assert!(
            matches!(&err, StorageError::Conflict(m) if m.contains(&alice.id)),
            "{err}"
        );
        let dangling = authorization(&alice, "404", &t.acme.id, &["editor"]);
        assert!(matches!(
            t.store.authz.create_authorization(&dangling).await,
            Err(StorageError::MissingReference(_))
        ));

        let all = AuthorizationFilter {
            project_id: Some(t.ws.id.clone()),
            ..Default::default()
        };
        let page = t
            .store
            .authz
            .list_authorizations(
                &all,
                ListQuery {
                    offset: 0,
                    limit: 1,
                    asc: false,
                },
            )
            .await
            .unwrap();
        assert_eq!((page.total, page.items), (2, vec![b.clone()]));
        let alices = AuthorizationFilter {
            user_id: Some(alice.id.clone()),
            ..Default::default()
        };
        let page = t
            .store
            .authz
            .list_authorizations(&alices, ListQuery::default())
            .await
            .unwrap();
        assert_eq!(page.items, vec![a.clone()]);

        t.store.authz.delete_authorization(&a.id).await.unwrap();
        assert!(matches!(
            t.store.authz.delete_authorization(&a.id).await,
            Err(StorageError::NotFound)
        ));
    }
}

#[tokio::test]
async fn administrator_story() {
    for t in tenants().await {
        let admin = human(&t.acme.id, "admin");
        t.store.users.create_user(&admin).await.unwrap();
        let grant_resource = AdminResource::ProjectGrant(t.ws.id.clone(), t.grant.id.clone());
        let entries = [
            (AdminResource::Instance, "IAM_OWNER"),
            (AdminResource::Org(t.acme.id.clone()), "ORG_OWNER"),
            (AdminResource::Project(t.ws.id.clone()), "PROJECT_OWNER"),
            (grant_resource.clone(), "PROJECT_GRANT_OWNER"),
        ];
        for (resource, role) in &entries {
            let a = Administrator {
                user_id: admin.id.clone(),
                resource: resource.clone(),
                roles: strings(&[role]),
            };
            t.store.admins.add_admin(&a, NOW).await.unwrap();
        }
        let dup = Administrator {
            user_id: admin.id.clone(),
            resource: AdminResource::Instance,
            roles: vec![],
        };
        assert!(matches!(
            t.store.admins.add_admin(&dup, NOW).await,
            Err(StorageError::Conflict(_))
        ));

        let mine = t
            .store
            .admins
            .admin_roles_for_user(&admin.id)
            .await
            .unwrap();
        assert_eq!(mine.len(), 4);
        assert!(
            mine.iter()
                .any(|a| a.resource == grant_resource
                    && a.roles == strings(&["PROJECT_GRANT_OWNER"]))
        );

        let more = Administrator {
            user_id: admin.id.clone(),
            resource: AdminResource::Org(t.acme.id.clone()),
            roles: strings(&["ORG_OWNER", "ORG_USER_MANAGER"]),
        };
        t.store.admins.update_admin(&more, NOW + 1).await.unwrap();
        let page = t
            .store
            .admins
            .list_admins(&AdminResource::Org(t.acme.id.clone()), ListQuery::default())
            .await
            .unwrap();
        assert_eq!((page.total, page.items), (1, vec![more]));

        // Deleting the project drops its project and project-grant administrators.
        t.store.projects.delete_project(&t.ws.id).await.unwrap();
        let left = t
            .store
            .admins
            .admin_roles_for_user(&admin.id)
            .await
            .unwrap();
        let kinds: Vec<_> = left.iter().map(|a| a.resource.clone()).collect();
        assert_eq!(
            kinds,
            vec![
                AdminResource::Instance,
                AdminResource::Org(t.acme.id.clone())
            ]
        );

        t.store
            .admins
            .remove_admin(&admin.id, &AdminResource::Instance)
            .await
            .unwrap();
        assert!(matches!(
            t.store
                .admins
                .remove_admin(&admin.id, &AdminResource::Instance)
                .await,
            Err(StorageError::NotFound)
        ));
    }
}

/// How many writers the concurrency story starts at once.
const WRITERS: usize = 8;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_grants_of_one_authorization_or_admin_role_store_one_each() {
    for t in tenants().await {
        let dana = human(&t.acme.id, "dana");
        t.store.users.create_user(&dana).await.unwrap();
        // Fresh ids, one (user, project, org): one row, the rest Conflict.
        let authzs: Vec<Authorization> = (0..WRITERS)
            .map(|_| authorization(&dana, &t.ws.id, &t.acme.id, &["viewer"]))
            .collect();
        let created =
            futures::future::join_all(authzs.iter().map(|a| t.store.authz.create_authorization(a)))
                .await;
        the_winner(t.store.name, &authzs, &created);
        let filter = AuthorizationFilter {
            user_id: Some(dana.id.clone()),
            ..Default::default()
        };
        let page = t
            .store
            .authz
            .list_authorizations(&filter, ListQuery::default())
            .await
            .unwrap();
        assert_eq!(page.total, 1, "{}", t.store.name);

        let admins: Vec<Administrator> = (0..WRITERS)
            .map(|n| Administrator {
                user_id: dana.id.clone(),
                resource: AdminResource::Org(t.acme.id.clone()),
                roles: vec![format!("ROLE_{n}")],
            })
            .collect();
        let added =
            futures::future::join_all(admins.iter().map(|a| t.store.admins.add_admin(a, NOW)))
                .await;
        let winner = the_winner(t.store.name, &admins, &added);
        let held = t.store.admins.admin_roles_for_user(&dana.id).await.unwrap();
        assert_eq!(held, vec![winner.clone()], "{}", t.store.name);
    }
}
