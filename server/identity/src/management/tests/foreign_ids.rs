//! Another organization's ids are indistinguishable from ids that do not exist: for
//! every id-taking call, Globex's owner gets the same status and body for an Acme
//! object it cannot see as for a random id.

use axum::http::StatusCode;
use serde_json::{Value, json};
use ws_storage::new_id;

use super::fixture::Fx;

const PROJECTS: &str = "/zitadel.project.v2.ProjectService/";
const AUTHZ: &str = "/zitadel.authorization.v2.AuthorizationService/";
const USERS: &str = "/zitadel.user.v2.UserService/";
const ORGS: &str = "/zitadel.org.v2.OrganizationService/";

/// Calls taking a project id (`{ID}` is replaced by the id under test).
const PROJECT_CALLS: &[(&str, &str)] = &[
    ("GetProject", r#"{"projectId":"{ID}"}"#),
    ("DeleteProject", r#"{"projectId":"{ID}"}"#),
    ("UpdateProject", r#"{"projectId":"{ID}","name":"x"}"#),
    ("DeactivateProject", r#"{"projectId":"{ID}"}"#),
    ("ActivateProject", r#"{"projectId":"{ID}"}"#),
    (
        "AddProjectRole",
        r#"{"projectId":"{ID}","roleKey":"k","displayName":"K"}"#,
    ),
    (
        "UpdateProjectRole",
        r#"{"projectId":"{ID}","roleKey":"k","displayName":"K"}"#,
    ),
    ("RemoveProjectRole", r#"{"projectId":"{ID}","roleKey":"k"}"#),
    ("ListProjectRoles", r#"{"projectId":"{ID}"}"#),
    (
        "CreateProjectGrant",
        r#"{"projectId":"{ID}","grantedOrganizationId":"{ORG}"}"#,
    ),
    (
        "UpdateProjectGrant",
        r#"{"projectId":"{ID}","grantedOrganizationId":"{ORG}"}"#,
    ),
    (
        "DeleteProjectGrant",
        r#"{"projectId":"{ID}","grantedOrganizationId":"{ORG}"}"#,
    ),
    (
        "ActivateProjectGrant",
        r#"{"projectId":"{ID}","grantedOrganizationId":"{ORG}"}"#,
    ),
    (
        "DeactivateProjectGrant",
        r#"{"projectId":"{ID}","grantedOrganizationId":"{ORG}"}"#,
    ),
];

const AUTHZ_CALLS: &[(&str, &str)] = &[
    ("DeleteAuthorization", r#"{"id":"{ID}"}"#),
    ("UpdateAuthorization", r#"{"id":"{ID}","roleKeys":[]}"#),
    ("ActivateAuthorization", r#"{"id":"{ID}"}"#),
    ("DeactivateAuthorization", r#"{"id":"{ID}"}"#),
];

const USER_CALLS: &[(&str, &str)] = &[
    ("GetUserByID", r#"{"userId":"{ID}"}"#),
    ("DeleteUser", r#"{"userId":"{ID}"}"#),
    ("DeactivateUser", r#"{"userId":"{ID}"}"#),
    ("ReactivateUser", r#"{"userId":"{ID}"}"#),
    ("LockUser", r#"{"userId":"{ID}"}"#),
    ("UnlockUser", r#"{"userId":"{ID}"}"#),
    ("UpdateUser", r#"{"userId":"{ID}","username":"x"}"#),
    ("UpdateHumanUser", r#"{"userId":"{ID}","username":"x"}"#),
    (
        "SetPassword",
        r#"{"userId":"{ID}","newPassword":{"password":"Password1!"}}"#,
    ),
    ("PasswordReset", r#"{"userId":"{ID}"}"#),
    (
        "SetUserMetadata",
        r#"{"userId":"{ID}","metadata":[{"key":"k","value":"dg=="}]}"#,
    ),
    ("ListUserMetadata", r#"{"userId":"{ID}"}"#),
    ("DeleteUserMetadata", r#"{"userId":"{ID}","keys":["k"]}"#),
    (
        "AddKey",
        r#"{"userId":"{ID}","expirationDate":"2519-04-01T08:45:00Z"}"#,
    ),
    ("RemoveKey", r#"{"userId":"{ID}","keyId":"{RANDOM}"}"#),
    (
        "ListKeys",
        r#"{"filters":[{"userIdFilter":{"id":"{ID}"}}]}"#,
    ),
    (
        "AddPersonalAccessToken",
        r#"{"userId":"{ID}","expirationDate":"2519-04-01T08:45:00Z"}"#,
    ),
    (
        "RemovePersonalAccessToken",
        r#"{"userId":"{ID}","tokenId":"{RANDOM}"}"#,
    ),
    (
        "ListPersonalAccessTokens",
        r#"{"filters":[{"userIdFilter":{"id":"{ID}"}}]}"#,
    ),
    ("AddSecret", r#"{"userId":"{ID}"}"#),
    ("RemoveSecret", r#"{"userId":"{ID}"}"#),
];

const ORG_CALLS: &[(&str, &str)] = &[
    ("DeleteOrganization", r#"{"organizationId":"{ID}"}"#),
    (
        "UpdateOrganization",
        r#"{"organizationId":"{ID}","name":"x"}"#,
    ),
    ("DeactivateOrganization", r#"{"organizationId":"{ID}"}"#),
    ("ActivateOrganization", r#"{"organizationId":"{ID}"}"#),
    (
        "SetOrganizationMetadata",
        r#"{"organizationId":"{ID}","metadata":[{"key":"k","value":"dg=="}]}"#,
    ),
    ("ListOrganizationMetadata", r#"{"organizationId":"{ID}"}"#),
    (
        "DeleteOrganizationMetadata",
        r#"{"organizationId":"{ID}","keys":["k"]}"#,
    ),
    (
        "AddOrganizationDomain",
        r#"{"organizationId":"{ID}","domain":"x.example"}"#,
    ),
    ("ListOrganizationDomains", r#"{"organizationId":"{ID}"}"#),
    (
        "DeleteOrganizationDomain",
        r#"{"organizationId":"{ID}","domain":"x.example"}"#,
    ),
];

/// Status and body of `method` as charlie (Globex's owner) for `id`, with the id
/// itself blanked out of the body.
async fn answer(
    fx: &Fx,
    service: &str,
    method: &str,
    template: &str,
    id: &str,
) -> (StatusCode, String) {
    let body = template
        .replace("{ID}", id)
        .replace("{ORG}", &fx.globex)
        .replace("{RANDOM}", &new_id());
    let (status, value) = fx
        .connect(Some("charlie"), &format!("{service}{method}"), &body)
        .await;
    (status, value.to_string().replace(id, "ID"))
}

async fn assert_indistinguishable(fx: &Fx, service: &str, calls: &[(&str, &str)], foreign: &str) {
    let mut leaks = Vec::new();
    for (method, template) in calls {
        let random = answer(fx, service, method, template, &new_id()).await;
        let existing = answer(fx, service, method, template, foreign).await;
        if random != existing {
            leaks.push(format!(
                "{method}: random {random:?} vs foreign {existing:?}"
            ));
        }
    }
    assert!(leaks.is_empty(), "answers differ:\n{}", leaks.join("\n"));
}

/// An Acme project that is not granted to Globex, with an authorization of bob.
async fn acme_private_project(fx: &Fx) -> (String, String) {
    let (s, p) = fx
        .connect(
            Some("alice"),
            &format!("{PROJECTS}CreateProject"),
            &json!({"organizationId": fx.acme, "name": "Private"}).to_string(),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{p}");
    let project = p["projectId"].as_str().unwrap().to_owned();
    let (s, a) = fx
        .connect(
            Some("alice"),
            &format!("{AUTHZ}CreateAuthorization"),
            &json!({"userId": fx.ids["bob"], "projectId": project, "organizationId": fx.acme})
                .to_string(),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{a}");
    (project, a["id"].as_str().unwrap().to_owned())
}

#[tokio::test]
async fn delete_project_and_authorization_of_another_org_answer_as_missing() {
    let fx = Fx::new().await;
    let (project, authz) = acme_private_project(&fx).await;
    for (service, method, body) in [
        (PROJECTS, "DeleteProject", json!({"projectId": project})),
        (AUTHZ, "DeleteAuthorization", json!({"id": authz})),
    ] {
        let path = format!("{service}{method}");
        let (s, b) = fx.connect(Some("charlie"), &path, &body.to_string()).await;
        assert_eq!(
            (s, &b),
            (StatusCode::OK, &Value::Object(Default::default())),
            "{method}"
        );
    }
    // Nothing was deleted: the owner still sees both.
    let (s, _) = fx
        .connect(
            Some("alice"),
            &format!("{PROJECTS}GetProject"),
            &json!({"projectId": project}).to_string(),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = fx
        .connect(
            Some("alice"),
            &format!("{AUTHZ}DeactivateAuthorization"),
            &json!({"id": authz}).to_string(),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
}

#[tokio::test]
async fn project_calls_do_not_tell_foreign_ids_from_random_ones() {
    let fx = Fx::new().await;
    let (project, _) = acme_private_project(&fx).await;
    assert_indistinguishable(&fx, PROJECTS, PROJECT_CALLS, &project).await;
}

#[tokio::test]
async fn authorization_calls_do_not_tell_foreign_ids_from_random_ones() {
    let fx = Fx::new().await;
    let (_, authz) = acme_private_project(&fx).await;
    assert_indistinguishable(&fx, AUTHZ, AUTHZ_CALLS, &authz).await;
}

#[tokio::test]
async fn user_calls_do_not_tell_foreign_ids_from_random_ones() {
    let fx = Fx::new().await;
    let bob = fx.ids["bob"].clone();
    assert_indistinguishable(&fx, USERS, USER_CALLS, &bob).await;
}

#[tokio::test]
async fn org_calls_do_not_tell_foreign_ids_from_random_ones() {
    let fx = Fx::new().await;
    let acme = fx.acme.clone();
    assert_indistinguishable(&fx, ORGS, ORG_CALLS, &acme).await;
}
