//! End to end: the Application API of the real server. An OIDC app registered
//! through it (the seed's `acme-web`, a confidential web client) signs a user in,
//! and `end_session` returns to its registered post-logout URI (with `state`) but
//! refuses an unregistered one; every method answers the same over gRPC, gRPC-web
//! and Connect binary as over Connect JSON; another org's app id is answered as a
//! random id is.

use reqwest::StatusCode;
use serde_json::{Value, json};
use ws_tests::TestServer;
use ws_tests::login::{LoginClient, sign_in_through};
use ws_tests::workspace::project_id;

use crate::mgmt_wire_support::{BINARY, Clients, Wire};

const APPS: &str = "zitadel.application.v2.ApplicationService";
const CALLBACK: &str = "http://127.0.0.1:9/acme/callback";
const BYE: &str = "http://127.0.0.1:9/acme/bye";

/// Registers `acme-web` as alice's org's project owner would (here: the admin).
async fn register_acme_web(clients: &Clients) -> String {
    let created = clients
        .call(
            Wire::ConnectJson,
            APPS,
            "CreateApplication",
            json!({
                "projectId": project_id(&clients.server),
                "applicationId": "acme-web",
                "name": "Acme Web",
                "oidcConfiguration": {
                    "redirectUris": [CALLBACK],
                    "postLogoutRedirectUris": [BYE],
                    "grantTypes": ["OIDC_GRANT_TYPE_AUTHORIZATION_CODE", "OIDC_GRANT_TYPE_REFRESH_TOKEN"],
                    "responseTypes": ["OIDC_RESPONSE_TYPE_CODE"],
                    "authMethodType": "OIDC_AUTH_METHOD_TYPE_BASIC",
                    "accessTokenType": "OIDC_TOKEN_TYPE_JWT"
                }
            }),
        )
        .await
        .unwrap();
    assert_eq!(created["oidcConfiguration"]["clientId"], "acme-web");
    created["oidcConfiguration"]["clientSecret"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn end_session(
    server: &TestServer,
    cookie: &str,
    query: &[(&str, &str)],
) -> reqwest::Response {
    server
        .client()
        .get(server.url("/oidc/v1/end_session"))
        .query(query)
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
}

async fn userinfo(server: &TestServer, token: &str) -> StatusCode {
    let resp = server
        .client()
        .get(server.url("/oidc/v1/userinfo"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    resp.status()
}

fn text<'v>(v: &'v Value, key: &str) -> &'v str {
    v[key].as_str().unwrap_or_else(|| panic!("no {key} in {v}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_app_made_by_the_api_signs_in_and_returns_to_its_registered_logout_uri() {
    let clients = Clients::start().await;
    let server = &clients.server;
    let secret = register_acme_web(&clients).await;
    let client = LoginClient {
        client_id: "acme-web",
        redirect_uri: CALLBACK,
        secret: Some(&secret),
    };
    let (tokens, cookie) =
        sign_in_through(server, &server.base_url, "alice", "openid profile", &client).await;
    let hint = text(&tokens, "id_token");
    let resp = end_session(
        server,
        &cookie,
        &[
            ("id_token_hint", hint),
            ("post_logout_redirect_uri", BYE),
            ("state", "st-1"),
        ],
    )
    .await;
    assert_eq!(resp.status(), StatusCode::FOUND);
    let location = resp.headers()["location"].to_str().unwrap();
    assert_eq!(location, format!("{BYE}?state=st-1"));
    assert_eq!(
        userinfo(server, text(&tokens, "access_token")).await,
        StatusCode::UNAUTHORIZED,
        "signed out"
    );

    // An unregistered URI is refused and the session is kept.
    let (tokens, cookie) =
        sign_in_through(server, &server.base_url, "alice", "openid profile", &client).await;
    let hint = text(&tokens, "id_token");
    let resp = end_session(
        server,
        &cookie,
        &[
            ("id_token_hint", hint),
            ("post_logout_redirect_uri", "http://127.0.0.1:9/elsewhere"),
        ],
    )
    .await;
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
    assert!(resp.headers().get("location").is_none());
    assert!(resp.text().await.unwrap().contains("not registered"));
    assert_eq!(
        userinfo(server, text(&tokens, "access_token")).await,
        StatusCode::OK,
        "still signed in"
    );

    // A wrong secret is refused at the token endpoint: the secret is really checked.
    let wrong = LoginClient {
        secret: Some("not-the-secret"),
        ..client
    };
    let resp = server
        .client()
        .post(server.url("/oauth/v2/token"))
        .basic_auth(wrong.client_id, wrong.secret)
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", "x"),
            ("redirect_uri", CALLBACK),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn applications_answer_alike_over_every_wire_and_hide_other_orgs_apps() {
    let clients = Clients::start().await;
    let project = project_id(&clients.server);
    for wire in BINARY {
        let name = format!("{wire:?} app");
        let created = clients
            .call(wire, APPS, "CreateApplication", json!({
                "projectId": project, "name": name,
                "oidcConfiguration": {"redirectUris": [CALLBACK], "applicationType": "OIDC_APP_TYPE_NATIVE",
                                      "authMethodType": "OIDC_AUTH_METHOD_TYPE_NONE",
                                      "grantTypes": ["OIDC_GRANT_TYPE_AUTHORIZATION_CODE", "OIDC_GRANT_TYPE_DEVICE_CODE"]}
            }))
            .await
            .unwrap();
        let id = text(&created, "applicationId").to_owned();
        assert!(
            created["oidcConfiguration"].get("clientSecret").is_none(),
            "{wire:?}: public"
        );
        let target = json!({"applicationId": id, "projectId": project});
        let mut update = target.clone();
        update["oidcConfiguration"] =
            json!({"developmentMode": true, "postLogoutRedirectUris": [BYE]});
        clients
            .call(wire, APPS, "UpdateApplication", update)
            .await
            .unwrap();
        let get = json!({"applicationId": id});
        let got = clients
            .call(wire, APPS, "GetApplication", get.clone())
            .await
            .unwrap();
        let reference = clients
            .call(Wire::ConnectJson, APPS, "GetApplication", get)
            .await
            .unwrap();
        assert_eq!(got, reference, "{wire:?}");
        let c = &got["application"]["oidcConfiguration"];
        assert_eq!(c["developmentMode"], true, "{wire:?}: {got}");
        assert_eq!(c["postLogoutRedirectUris"], json!([BYE]));
        assert_eq!(c["applicationType"], "OIDC_APP_TYPE_NATIVE");
        assert_eq!(
            c["grantTypes"],
            json!([
                "OIDC_GRANT_TYPE_AUTHORIZATION_CODE",
                "OIDC_GRANT_TYPE_DEVICE_CODE"
            ])
        );

        let list = json!({"filters": [{"nameFilter": {"name": name}}, {"typeFilter": "APPLICATION_TYPE_OIDC"}]});
        let listed = clients
            .call(wire, APPS, "ListApplications", list.clone())
            .await
            .unwrap();
        let reference = clients
            .call(Wire::ConnectJson, APPS, "ListApplications", list)
            .await
            .unwrap();
        assert_eq!(listed, reference, "{wire:?}");
        assert_eq!(listed["applications"][0]["applicationId"], id.as_str());

        // A public client has no secret: the same error on every wire.
        let failure = clients
            .call(wire, APPS, "GenerateClientSecret", target.clone())
            .await
            .unwrap_err();
        let reference = clients
            .call(
                Wire::ConnectJson,
                APPS,
                "GenerateClientSecret",
                target.clone(),
            )
            .await
            .unwrap_err();
        assert_eq!(failure, reference, "{wire:?}");
        assert_eq!(failure.code, "failed_precondition");

        clients
            .call(wire, APPS, "DeactivateApplication", target.clone())
            .await
            .unwrap();
        let got = clients
            .call(wire, APPS, "GetApplication", json!({"applicationId": id}))
            .await
            .unwrap();
        assert_eq!(got["application"]["state"], "APPLICATION_STATE_INACTIVE");
        let deleted = clients
            .call(wire, APPS, "DeleteApplication", target.clone())
            .await
            .unwrap();
        assert!(deleted["deletionDate"].is_string(), "{wire:?}: {deleted}");
        let missing = clients
            .call(wire, APPS, "GetApplication", json!({"applicationId": id}))
            .await
            .unwrap_err();
        assert_eq!(missing.code, "not_found", "{wire:?}");
    }

    // charlie (ORG_OWNER of Globex, which the project is granted to) gets the
    // answer of a random id for Acme's app, over JSON and gRPC alike.
    register_acme_web(&clients).await;
    let scope = "openid urn:zitadel:iam:org:project:id:zitadel:aud";
    let cli = LoginClient {
        client_id: clients.server.bootstrap["cli_client_id"].as_str().unwrap(),
        redirect_uri: "http://127.0.0.1/callback",
        secret: None,
    };
    let (tokens, _) = sign_in_through(
        &clients.server,
        &clients.server.base_url,
        "charlie",
        scope,
        &cli,
    )
    .await;
    let charlie = text(&tokens, "access_token").to_owned();
    for wire in [Wire::ConnectJson, Wire::Grpc] {
        let foreign = clients
            .call_as(
                wire,
                Some(&charlie),
                APPS,
                "GetApplication",
                json!({"applicationId": "acme-web"}),
            )
            .await;
        let random = clients
            .call_as(
                wire,
                Some(&charlie),
                APPS,
                "GetApplication",
                json!({"applicationId": "4040404040"}),
            )
            .await;
        assert_eq!(foreign.unwrap_err(), random.unwrap_err(), "{wire:?}");
        let body = json!({"applicationId": "acme-web", "projectId": project});
        let foreign = clients
            .call_as(wire, Some(&charlie), APPS, "GenerateClientSecret", body)
            .await;
        let random = clients
            .call_as(
                wire,
                Some(&charlie),
                APPS,
                "GenerateClientSecret",
                json!({"applicationId": "4040404040", "projectId": project}),
            )
            .await;
        assert_eq!(foreign.unwrap_err(), random.unwrap_err(), "{wire:?}");
        let listed = clients
            .call_as(wire, Some(&charlie), APPS, "ListApplications", json!({}))
            .await
            .unwrap();
        assert!(
            !listed.to_string().contains("acme-web"),
            "{wire:?}: {listed}"
        );
    }
    let kept = clients
        .call(
            Wire::ConnectJson,
            APPS,
            "GetApplication",
            json!({"applicationId": "acme-web"}),
        )
        .await;
    assert_eq!(
        kept.unwrap()["application"]["name"],
        "Acme Web",
        "charlie changed nothing"
    );
}
