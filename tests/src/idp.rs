//! A workspace in front of a "remote" identity provider, for tests: one real
//! `ws-server` plays the remote ZITADEL (its identity module speaks ZITADEL's v2
//! APIs), and [`workspace_trusting`] starts a second one whose workspace trusts it
//! (`[workspace] issuer`, `audience`, the introspection client) and, optionally, holds
//! a credential for its user API (`directory_pat_file`). The second server has none
//! of the first one's users.

use std::path::Path;

use serde_json::{Value, json};
use ws_server::config::{Secret, WorkspaceSection};

use crate::workspace::project_id;
use crate::{TestOptions, TestServer};

/// A `/zitadel.*` Connect call at `idp` with its admin PAT; panics unless 200.
pub async fn connect(idp: &TestServer, path: &str, body: Value) -> Value {
    let resp = idp
        .client()
        .post(idp.url(path))
        .bearer_auth(&idp.admin_pat)
        .header("connect-protocol-version", "1")
        .json(&body)
        .send()
        .await
        .expect("request to the identity provider");
    let status = resp.status();
    let body: Value = resp.json().await.expect("a JSON answer");
    assert_eq!(status, 200, "{path}: {body}");
    body
}

/// A human user at `idp` in org `org` with `email`; with `role`, authorized on the
/// workspace project in that org. Returns the user id.
pub async fn human(
    idp: &TestServer,
    org: &str,
    username: &str,
    email: &str,
    role: Option<&str>,
) -> String {
    let created = connect(
        idp,
        "/zitadel.user.v2.UserService/CreateUser",
        json!({"organizationId": org, "username": username, "human": {
            "profile": {"givenName": username, "familyName": "Test"},
            "email": {"email": email, "isVerified": true}}}),
    )
    .await;
    let id = created["id"].as_str().expect("id").to_owned();
    if let Some(role) = role {
        connect(
            idp,
            "/zitadel.authorization.v2.AuthorizationService/CreateAuthorization",
            json!({"userId": id, "projectId": project_id(idp), "organizationId": org,
                   "roleKeys": [role]}),
        )
        .await;
    }
    id
}

/// `[workspace]` trusting `idp`'s tokens (its issuer, its `workspace` project, its
/// introspection client), with `pat_file` as the directory credential if given.
pub fn trusting(idp: &TestServer, pat_file: Option<&Path>) -> WorkspaceSection {
    let path = idp.data_dir.join("introspection-client.json");
    let client: Value =
        serde_json::from_slice(&std::fs::read(&path).expect("introspection-client.json"))
            .expect("introspection client JSON");
    let field = |k: &str| client[k].as_str().expect("client field").to_owned();
    WorkspaceSection {
        issuer: Some(idp.base_url.parse().expect("issuer URL")),
        audience: Some(project_id(idp)),
        introspection_client_id: Some(field("client_id")),
        introspection_client_secret: Some(Secret::new(field("client_secret"))),
        directory_pat_file: pat_file.map(Path::to_owned),
        ..WorkspaceSection::default()
    }
}

/// A fresh workspace server (no demo data) configured by [`trusting`].
pub async fn workspace_trusting(idp: &TestServer, pat_file: Option<&Path>) -> TestServer {
    let mut options = TestOptions::default();
    options.config.workspace = trusting(idp, pat_file);
    TestServer::start_with(options).await
}
