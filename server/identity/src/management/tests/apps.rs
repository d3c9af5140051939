//! ApplicationService: OIDC and API apps of a project, their secrets shown once,
//! idempotent state changes, and another org's app answering as a random id does.

use axum::http::StatusCode;
use serde_json::{Value, json};

use super::fixture::Fx;
use crate::secrets::digest;

const APPS: &str = "/zitadel.application.v2.ApplicationService/";

async fn call(fx: &Fx, who: &str, method: &str, body: Value) -> (StatusCode, Value) {
    fx.connect(Some(who), &format!("{APPS}{method}"), &body.to_string())
        .await
}

/// Creates the seed's web app as alice and returns its answer.
async fn create_web(fx: &Fx) -> Value {
    let (s, b) = call(
        fx,
        "alice",
        "CreateApplication",
        json!({
            "projectId": fx.project,
            "applicationId": "acme-web",
            "name": "Acme Web",
            "oidcConfiguration": {
                "redirectUris": ["https://acme.localhost/callback"],
                "postLogoutRedirectUris": ["https://acme.localhost/bye"],
                "grantTypes": ["OIDC_GRANT_TYPE_AUTHORIZATION_CODE", "OIDC_GRANT_TYPE_REFRESH_TOKEN"],
                "responseTypes": ["OIDC_RESPONSE_TYPE_CODE"],
                "authMethodType": "OIDC_AUTH_METHOD_TYPE_BASIC",
                "accessTokenType": "OIDC_TOKEN_TYPE_JWT",
            }
        }),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    b
}

async fn stored_digest(fx: &Fx, id: &str) -> Option<String> {
    let app = fx.store.apps.get_app(id).await.unwrap().unwrap();
    app.client_secret_digest
}

#[tokio::test]
async fn oidc_app_round_trips_and_its_secret_is_shown_once() {
    let fx = Fx::new().await;
    let created = create_web(&fx).await;
    assert_eq!(created["applicationId"], "acme-web");
    let oidc = &created["oidcConfiguration"];
    assert_eq!(oidc["clientId"], "acme-web");
    let secret = oidc["clientSecret"].as_str().unwrap().to_owned();
    assert_eq!(stored_digest(&fx, "acme-web").await, Some(digest(&secret)));

    let (s, got) = call(
        &fx,
        "alice",
        "GetApplication",
        json!({"applicationId": "acme-web"}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{got}");
    let app = &got["application"];
    assert_eq!(app["name"], "Acme Web");
    assert_eq!(app["state"], "APPLICATION_STATE_ACTIVE");
    let c = &app["oidcConfiguration"];
    assert_eq!(
        c["redirectUris"],
        json!(["https://acme.localhost/callback"])
    );
    assert_eq!(
        c["postLogoutRedirectUris"],
        json!(["https://acme.localhost/bye"])
    );
    assert_eq!(
        c["grantTypes"],
        json!([
            "OIDC_GRANT_TYPE_AUTHORIZATION_CODE",
            "OIDC_GRANT_TYPE_REFRESH_TOKEN"
        ])
    );
    assert_eq!(c["responseTypes"], json!(["OIDC_RESPONSE_TYPE_CODE"]));
    assert_eq!(c["accessTokenType"], "OIDC_TOKEN_TYPE_JWT");
    // Zero enum values are left out, as protojson does (WEB, BASIC).
    assert!(c.get("applicationType").is_none() && c.get("authMethodType").is_none());
    assert!(
        !got.to_string().contains(&secret),
        "the secret is never read back"
    );

    let (s, b) = call(
        &fx,
        "alice",
        "UpdateApplication",
        json!({"applicationId": "acme-web", "projectId": fx.project,
               "oidcConfiguration": {"redirectUris": ["http://localhost:3000/cb"], "developmentMode": true}}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (_, got) = call(
        &fx,
        "alice",
        "GetApplication",
        json!({"applicationId": "acme-web"}),
    )
    .await;
    let c = &got["application"]["oidcConfiguration"];
    assert_eq!(c["redirectUris"], json!(["http://localhost:3000/cb"]));
    assert_eq!(c["developmentMode"], true);
    assert_eq!(
        c["postLogoutRedirectUris"],
        json!(["https://acme.localhost/bye"]),
        "unset fields are kept"
    );
    assert_eq!(got["application"]["name"], "Acme Web");

    let (s, b) = call(
        &fx,
        "alice",
        "GenerateClientSecret",
        json!({"applicationId": "acme-web", "projectId": fx.project}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let renewed = b["clientSecret"].as_str().unwrap();
    assert_ne!(renewed, secret);
    assert_eq!(stored_digest(&fx, "acme-web").await, Some(digest(renewed)));
}

#[tokio::test]
async fn api_apps_states_lists_and_deletion() {
    let fx = Fx::new().await;
    create_web(&fx).await;
    let (s, b) = call(
        &fx,
        "alice",
        "CreateApplication",
        json!({"projectId": fx.project, "name": "Acme API", "apiConfiguration": {}}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let api_id = b["applicationId"].as_str().unwrap().to_owned();
    let secret = b["apiConfiguration"]["clientSecret"].as_str().unwrap();
    assert_eq!(stored_digest(&fx, &api_id).await, Some(digest(secret)));
    // A public OIDC client has no secret to renew.
    let (_, b) = call(
        &fx,
        "alice",
        "CreateApplication",
        json!({"projectId": fx.project, "name": "CLI",
               "oidcConfiguration": {"applicationType": "OIDC_APP_TYPE_NATIVE", "authMethodType": "OIDC_AUTH_METHOD_TYPE_NONE"}}),
    )
    .await;
    let cli_id = b["applicationId"].as_str().unwrap().to_owned();
    assert!(b["oidcConfiguration"].get("clientSecret").is_none(), "{b}");
    let (s, b) = call(
        &fx,
        "alice",
        "GenerateClientSecret",
        json!({"applicationId": cli_id, "projectId": fx.project}),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{b}");
    assert_eq!(stored_digest(&fx, &cli_id).await, None);

    let ids = |b: &Value| -> Vec<String> {
        b["applications"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|x| x["applicationId"].as_str().unwrap().to_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    // The seed's apps (ws, workspace-api) share the project.
    let (_, b) = call(
        &fx,
        "alice",
        "ListApplications",
        json!({"filters": [{"typeFilter": "APPLICATION_TYPE_API"}, {"projectIdFilter": {"projectId": fx.project}}],
               "sortingColumn": "APPLICATION_SORT_BY_NAME", "pagination": {"asc": true}}),
    )
    .await;
    assert_eq!(ids(&b)[0], api_id, "{b}");
    assert!(b.to_string().contains("workspace-api"), "{b}");
    assert!(!b.to_string().contains("acme-web"), "{b}");
    let (_, b) = call(
        &fx,
        "alice",
        "ListApplications",
        json!({"filters": [{"nameFilter": {"name": "acme", "method": "TEXT_FILTER_METHOD_STARTS_WITH_IGNORE_CASE"}}],
               "sortingColumn": "APPLICATION_SORT_BY_NAME", "pagination": {"asc": true}}),
    )
    .await;
    assert_eq!(ids(&b), [api_id.clone(), "acme-web".to_owned()], "{b}");
    assert_eq!(b["pagination"]["totalResult"], "2", "CLI is filtered out");

    let target = json!({"applicationId": api_id, "projectId": fx.project});
    for _ in 0..2 {
        let (s, b) = call(&fx, "alice", "DeactivateApplication", target.clone()).await;
        assert_eq!(s, StatusCode::OK, "{b}");
        assert!(b["deactivationDate"].is_string(), "{b}");
    }
    let (_, b) = call(
        &fx,
        "alice",
        "ListApplications",
        json!({"filters": [{"stateFilter": "APPLICATION_STATE_INACTIVE"}]}),
    )
    .await;
    assert_eq!(ids(&b), std::slice::from_ref(&api_id), "{b}");
    let (s, _) = call(&fx, "alice", "ReactivateApplication", target.clone()).await;
    assert_eq!(s, StatusCode::OK);

    let (s, b) = call(&fx, "alice", "DeleteApplication", target.clone()).await;
    assert_eq!(s, StatusCode::OK);
    assert!(b["deletionDate"].is_string(), "{b}");
    let (s, b) = call(&fx, "alice", "DeleteApplication", target.clone()).await;
    assert_eq!(
        (s, b),
        (StatusCode::OK, json!({})),
        "deleting again is a no-op"
    );
    let (s, _) = call(
        &fx,
        "alice",
        "GetApplication",
        json!({"applicationId": api_id}),
    )
    .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn another_orgs_app_answers_as_a_random_id() {
    let fx = Fx::new().await;
    create_web(&fx).await;
    let random = json!({"applicationId": "404404404", "projectId": fx.project});
    let foreign = json!({"applicationId": "acme-web", "projectId": fx.project});
    for method in [
        "UpdateApplication",
        "DeactivateApplication",
        "GenerateClientSecret",
    ] {
        let a = call(&fx, "charlie", method, random.clone()).await;
        let b = call(&fx, "charlie", method, foreign.clone()).await;
        assert_eq!(a.0, StatusCode::NOT_FOUND, "{method}: {}", a.1);
        assert_eq!(a, b, "{method}");
    }
    let a = call(
        &fx,
        "charlie",
        "GetApplication",
        json!({"applicationId": "404404404"}),
    )
    .await;
    let b = call(
        &fx,
        "charlie",
        "GetApplication",
        json!({"applicationId": "acme-web"}),
    )
    .await;
    assert_eq!(a, b);
    let (_, b) = call(&fx, "charlie", "ListApplications", json!({})).await;
    assert!(!b.to_string().contains("acme-web"), "{b}");
    let (s, b) = call(&fx, "charlie", "DeleteApplication", foreign.clone()).await;
    assert_eq!((s, b), (StatusCode::OK, json!({})));
    assert!(
        fx.store.apps.get_app("acme-web").await.unwrap().is_some(),
        "kept"
    );
    // A project charlie cannot see (not granted to Globex): the same answer as a
    // missing project.
    let (s, b) = fx
        .connect(
            Some("alice"),
            "/zitadel.project.v2.ProjectService/CreateProject",
            &json!({"organizationId": fx.acme, "name": "Private"}).to_string(),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let private = b["projectId"].as_str().unwrap().to_owned();
    let create = |project: &str| json!({"projectId": project, "name": "X", "apiConfiguration": {}});
    let a = call(&fx, "charlie", "CreateApplication", create("404404404")).await;
    let b = call(&fx, "charlie", "CreateApplication", create(&private)).await;
    assert_eq!(a.0, StatusCode::NOT_FOUND);
    assert_eq!(a, b);
}

#[tokio::test]
async fn bad_requests_name_the_field_and_store_nothing() {
    let fx = Fx::new().await;
    let base = |config: Value| {
        let mut b = json!({"projectId": fx.project, "name": "Bad"});
        b.as_object_mut()
            .unwrap()
            .extend(config.as_object().unwrap().clone());
        b
    };
    let cases = [
        (
            json!({"oidcConfiguration": {"redirectUris": ["https://ok.example/cb", "not a url"]}}),
            "redirectUris[1]",
        ),
        (
            json!({"oidcConfiguration": {"postLogoutRedirectUris": ["https://x.example/#frag"]}}),
            "postLogoutRedirectUris[0]",
        ),
        (
            json!({"oidcConfiguration": {"grantTypes": ["PASSWORD"]}}),
            "grantTypes",
        ),
        (
            json!({"oidcConfiguration": {"responseTypes": [0]}}),
            "responseTypes",
        ),
        (
            json!({"oidcConfiguration": {}, "apiConfiguration": {}}),
            "exactly one",
        ),
        (json!({}), "exactly one"),
        (json!({"name": "", "apiConfiguration": {}}), "name"),
    ];
    for (config, needle) in cases {
        let (s, b) = call(&fx, "alice", "CreateApplication", base(config.clone())).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{config}: {b}");
        assert!(
            b["message"].as_str().unwrap().contains(needle),
            "{config}: {b}"
        );
    }
    for config in [
        json!({"samlConfiguration": {"metadataUrl": "https://x"}}),
        json!({"apiConfiguration": {"authMethodType": "API_AUTH_METHOD_TYPE_PRIVATE_KEY_JWT"}}),
        json!({"oidcConfiguration": {"authMethodType": "OIDC_AUTH_METHOD_TYPE_PRIVATE_KEY_JWT"}}),
    ] {
        let (s, b) = call(&fx, "alice", "CreateApplication", base(config.clone())).await;
        assert_eq!(s, StatusCode::NOT_IMPLEMENTED, "{config}: {b}");
    }
    let (_, b) = call(
        &fx,
        "alice",
        "ListApplications",
        json!({"filters": [{"nameFilter": {"name": "Bad"}}]}),
    )
    .await;
    assert!(b.get("applications").is_none(), "nothing stored: {b}");
    // An API app takes no OIDC configuration.
    let (_, b) = call(
        &fx,
        "alice",
        "CreateApplication",
        base(json!({"apiConfiguration": {}})),
    )
    .await;
    let id = b["applicationId"].as_str().unwrap();
    let (s, b) = call(
        &fx,
        "alice",
        "UpdateApplication",
        json!({"applicationId": id, "projectId": fx.project, "oidcConfiguration": {"developmentMode": true}}),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{b}");
}
