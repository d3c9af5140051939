//! The permission matrix: IAM_OWNER (admin), ORG_OWNER of Acme (alice), ORG_OWNER
//! of Globex (charlie) and a plain Acme user (bob) against one call of each
//! service: who is allowed, who is denied, and what lists show each of them.

use axum::http::StatusCode;
use serde_json::{Value, json};

use super::fixture::Fx;

const CALLERS: [&str; 4] = ["admin", "alice", "charlie", "bob"];
const OK: StatusCode = StatusCode::OK;
const NF: StatusCode = StatusCode::NOT_FOUND;
const DENIED: StatusCode = StatusCode::FORBIDDEN;

/// Calls `path` as every caller; `body` may depend on the caller.
async fn statuses(fx: &Fx, path: &str, body: impl Fn(&str) -> Value) -> Vec<StatusCode> {
    let mut out = Vec::new();
    for who in CALLERS {
        out.push(fx.connect(Some(who), path, &body(who).to_string()).await.0);
    }
    out
}

/// How many items of `key` each caller's list shows.
async fn counts(fx: &Fx, path: &str, key: &str, body: Value) -> Vec<usize> {
    let mut out = Vec::new();
    for who in CALLERS {
        let (s, b) = fx.connect(Some(who), path, &body.to_string()).await;
        assert_eq!(s, OK, "{who} {path}: {b}");
        out.push(b[key].as_array().map_or(0, Vec::len));
    }
    out
}

#[tokio::test]
async fn each_role_against_each_service() {
    let fx = Fx::new().await;
    let dave = json!({"userId": fx.ids["dave"]});
    let get_user = statuses(&fx, "/zitadel.user.v2.UserService/GetUserByID", |_| {
        dave.clone()
    })
    .await;
    assert_eq!(get_user, [OK, NF, OK, NF], "GetUserByID of a Globex user");

    let project = json!({"projectId": fx.project});
    let get_project = statuses(&fx, "/zitadel.project.v2.ProjectService/GetProject", |_| {
        project.clone()
    })
    .await;
    assert_eq!(
        get_project,
        [OK, OK, OK, NF],
        "Acme's project, granted to Globex"
    );
    let add_role = statuses(
        &fx,
        "/zitadel.project.v2.ProjectService/AddProjectRole",
        |who| json!({"projectId": fx.project, "roleKey": format!("r-{who}"), "displayName": "R"}),
    )
    .await;
    assert_eq!(
        add_role,
        [OK, OK, DENIED, NF],
        "roles are the owner's to define"
    );

    let set_meta = statuses(
        &fx,
        "/zitadel.user.v2.UserService/SetUserMetadata",
        |_| json!({"userId": fx.ids["bob"], "metadata": [{"key": "k", "value": "dg=="}]}),
    )
    .await;
    assert_eq!(set_meta, [OK, OK, NF, DENIED], "metadata of an Acme user");

    let org_meta = statuses(
        &fx,
        "/zitadel.org.v2.OrganizationService/SetOrganizationMetadata",
        |_| json!({"organizationId": fx.acme, "metadata": [{"key": "k", "value": "dg=="}]}),
    )
    .await;
    assert_eq!(org_meta, [OK, OK, NF, DENIED], "metadata of Acme");
    let list_meta = statuses(
        &fx,
        "/zitadel.org.v2.OrganizationService/ListOrganizationMetadata",
        |_| json!({"organizationId": fx.acme}),
    )
    .await;
    assert_eq!(list_meta, [OK, OK, NF, OK], "Acme's members read it");
    let add_domain = statuses(
        &fx,
        "/zitadel.org.v2.OrganizationService/AddOrganizationDomain",
        |who| json!({"organizationId": fx.globex, "domain": format!("{who}.globex.example")}),
    )
    .await;
    assert_eq!(add_domain, [OK, NF, OK, NF], "domains of Globex");
    let del_domain = statuses(
        &fx,
        "/zitadel.org.v2.OrganizationService/DeleteOrganizationDomain",
        |_| json!({"organizationId": fx.globex, "domain": "admin.globex.example"}),
    )
    .await;
    assert_eq!(
        del_domain,
        [OK, NF, NF, NF],
        "the admin deleted it; for charlie it is gone, the others cannot see Globex"
    );

    let deactivate = statuses(
        &fx,
        "/zitadel.org.v2.OrganizationService/DeactivateOrganization",
        // The admin goes first and succeeds; the others then find Acme inactive,
        // unreadable or theirs only to read.
        |_| json!({"organizationId": fx.acme}),
    )
    .await;
    assert_eq!(
        deactivate[1..],
        [StatusCode::BAD_REQUEST, NF, DENIED],
        "admin deactivated first, then alice finds it inactive"
    );

    // Lists show only what each may read; nothing leaks across organizations.
    let users = counts(
        &fx,
        "/zitadel.user.v2.UserService/ListUsers",
        "result",
        json!({}),
    )
    .await;
    assert_eq!(
        users[1..],
        [2, 2, 1],
        "Acme's two, Globex's two, bob himself"
    );
    assert!(users[0] >= 6);
    let orgs = counts(
        &fx,
        "/zitadel.org.v2.OrganizationService/ListOrganizations",
        "result",
        json!({}),
    )
    .await;
    assert_eq!(orgs, [3, 1, 1, 1]);
    let projects = counts(
        &fx,
        "/zitadel.project.v2.ProjectService/ListProjects",
        "projects",
        json!({}),
    )
    .await;
    assert_eq!(
        projects,
        [2, 1, 1, 0],
        "admin sees the owned and the granted view"
    );
    let grants = counts(
        &fx,
        "/zitadel.project.v2.ProjectService/ListProjectGrants",
        "projectGrants",
        json!({}),
    )
    .await;
    assert_eq!(grants, [1, 1, 1, 0]);
    let authz = counts(
        &fx,
        "/zitadel.authorization.v2.AuthorizationService/ListAuthorizations",
        "authorizations",
        json!({}),
    )
    .await;
    assert_eq!(
        authz,
        [4, 4, 2, 1],
        "Globex sees what it made through the grant; bob his own"
    );
    let admins = counts(
        &fx,
        "/zitadel.internal_permission.v2.InternalPermissionService/ListAdministrators",
        "administrators",
        json!({}),
    )
    .await;
    assert_eq!(admins[3], 0, "a plain user manages nothing");
    assert_eq!(
        admins[1..3],
        [1, 1],
        "each owner sees their organization's owner"
    );
    assert!(admins[0] >= 4, "{admins:?}");
    let admin = statuses(&fx, "/zitadel.internal_permission.v2.InternalPermissionService/CreateAdministrator", |who| {
        let user = if who == "admin" { &fx.ids["dave"] } else { &fx.ids["bob"] };
        json!({"userId": user, "resource": {"organizationId": fx.globex}, "roles": ["ORG_USER_MANAGER"]})
    })
    .await;
    // Bob became a Globex ORG_USER_MANAGER through charlie's call in this loop: he
    // now sees Globex but may not manage its administrators.
    assert_eq!(admin, [OK, NF, OK, DENIED], "administrators of Globex");
}
