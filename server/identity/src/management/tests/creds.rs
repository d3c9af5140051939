//! Metadata, secrets, keys and PATs of users: they work where they are used
//! (a new PAT authenticates, a removed one does not; a new secret is stored).

use axum::http::StatusCode;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};

use super::fixture::{Fx, USERS};

async fn new_machine(fx: &Fx, org: &str, username: &str) -> String {
    let body = json!({"organizationId": org, "username": username, "machine": {"name": "CI bot", "accessTokenType": "ACCESS_TOKEN_TYPE_JWT"}});
    let (s, b) = fx
        .connect(
            Some("admin"),
            &format!("{USERS}CreateUser"),
            &body.to_string(),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    b["id"].as_str().unwrap().to_owned()
}

async fn call(fx: &Fx, who: &str, method: &str, body: Value) -> (StatusCode, Value) {
    fx.connect(Some(who), &format!("{USERS}{method}"), &body.to_string())
        .await
}

#[tokio::test]
async fn metadata_set_list_delete() {
    let fx = Fx::new().await;
    let bob = fx.ids["bob"].clone();
    let v = STANDARD.encode("blue");
    let (s, b) = call(&fx, "alice", "SetUserMetadata", json!({"userId": bob, "metadata": [{"key": "color", "value": v}, {"key": "team", "value": STANDARD.encode("ops")}]})).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert!(b["setDate"].is_string());
    let (s, b) = call(&fx, "alice", "ListUserMetadata", json!({"userId": bob, "filters": [{"keyFilter": {"key": "col", "method": "TEXT_FILTER_METHOD_STARTS_WITH"}}]})).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["pagination"]["totalResult"], "1");
    assert_eq!(b["metadata"][0], json!({"key": "color", "value": v}));
    // Bad base64 is refused and stores nothing.
    let (s, _) = call(
        &fx,
        "alice",
        "SetUserMetadata",
        json!({"userId": bob, "metadata": [{"key": "x", "value": "%%%"}]}),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    // Another org's owner cannot see it.
    let (s, _) = call(&fx, "charlie", "ListUserMetadata", json!({"userId": bob})).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    // ListUsers' metadata filter finds bob.
    let (_, b) = call(
        &fx,
        "admin",
        "ListUsers",
        json!({"queries": [{"metadataKeyFilter": {"key": "team"}}]}),
    )
    .await;
    assert_eq!(b["result"][0]["username"], "bob");
    let (s, _) = call(
        &fx,
        "alice",
        "DeleteUserMetadata",
        json!({"userId": bob, "keys": ["color", "team"]}),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = call(
        &fx,
        "alice",
        "DeleteUserMetadata",
        json!({"userId": bob, "keys": ["color"]}),
    )
    .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    // The REST alias takes the keys from the query string.
    call(
        &fx,
        "alice",
        "SetUserMetadata",
        json!({"userId": bob, "metadata": [{"key": "k", "value": v}]}),
    )
    .await;
    let (s, b) = fx
        .rest(
            "alice",
            "DELETE",
            &format!("/v2/users/{bob}/metadata?keys=k"),
            "",
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
}

#[tokio::test]
async fn pats_authenticate_until_removed() {
    let fx = Fx::new().await;
    let id = new_machine(&fx, &fx.acme, "ci").await;
    let (s, b) = call(
        &fx,
        "alice",
        "AddPersonalAccessToken",
        json!({"userId": id, "expirationDate": "2999-01-01T00:00:00Z"}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let token = b["token"].as_str().unwrap().to_owned();
    let token_id = b["tokenId"].as_str().unwrap().to_owned();
    // The new PAT works as a bearer token (the machine may read itself).
    let mut fx2 = fx;
    fx2.tokens.insert("ci", token);
    let (s, b) = call(&fx2, "ci", "GetUserByID", json!({"userId": id})).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(
        b["user"]["machine"]["accessTokenType"],
        "ACCESS_TOKEN_TYPE_JWT"
    );
    let (_, b) = call(
        &fx2,
        "alice",
        "ListPersonalAccessTokens",
        json!({"filters": [{"userIdFilter": {"id": id}}]}),
    )
    .await;
    assert_eq!(b["result"][0]["id"], token_id.as_str());
    assert_eq!(b["result"][0]["expirationDate"], "2999-01-01T00:00:00Z");
    // Charlie (Globex) does not see Acme's tokens.
    let (_, b) = call(
        &fx2,
        "charlie",
        "ListPersonalAccessTokens",
        json!({"filters": [{"userIdFilter": {"id": id}}]}),
    )
    .await;
    assert!(b.get("result").is_none(), "{b}");
    let (s, _) = call(
        &fx2,
        "alice",
        "RemovePersonalAccessToken",
        json!({"userId": id, "tokenId": token_id}),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let (s, b) = call(&fx2, "ci", "GetUserByID", json!({"userId": id})).await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("unauthenticated"))
    );
    // Humans have no PATs.
    let (s, _) = call(
        &fx2,
        "alice",
        "AddPersonalAccessToken",
        json!({"userId": fx2.ids["bob"]}),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn secrets_and_keys() {
    let fx = Fx::new().await;
    let id = new_machine(&fx, &fx.globex, "bot").await;
    let (s, b) = call(&fx, "charlie", "AddSecret", json!({"userId": id})).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let secret = b["clientSecret"].as_str().unwrap();
    let stored = fx.store.users.get_user(&id).await.unwrap().unwrap();
    let d = stored.machine().unwrap().secret_digest.clone().unwrap();
    assert!(crate::secrets::matches_digest(secret, &d));
    let (_, b) = call(&fx, "charlie", "GetUserByID", json!({"userId": id})).await;
    assert_eq!(b["user"]["machine"]["hasSecret"], true);
    assert_eq!(
        call(&fx, "charlie", "RemoveSecret", json!({"userId": id}))
            .await
            .0,
        StatusCode::OK
    );
    assert_eq!(
        call(&fx, "charlie", "RemoveSecret", json!({"userId": id}))
            .await
            .0,
        StatusCode::NOT_FOUND
    );

    let (s, b) = call(&fx, "charlie", "AddKey", json!({"userId": id})).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let file: Value =
        serde_json::from_slice(&STANDARD.decode(b["keyContent"].as_str().unwrap()).unwrap())
            .unwrap();
    assert_eq!(file["type"], "serviceaccount");
    assert_eq!(file["userId"], id.as_str());
    assert!(
        file["key"]
            .as_str()
            .unwrap()
            .starts_with("-----BEGIN RSA PRIVATE KEY-----")
    );
    let key_id = b["keyId"].as_str().unwrap().to_owned();
    let (_, b) = call(
        &fx,
        "charlie",
        "ListKeys",
        json!({"filters": [{"keyIdFilter": {"id": key_id}}]}),
    )
    .await;
    assert_eq!(b["pagination"]["totalResult"], "1");
    assert_eq!(b["result"][0]["userId"], id.as_str());
    let (s, b) = call(
        &fx,
        "charlie",
        "AddKey",
        json!({"userId": id, "publicKey": STANDARD.encode("not a pem")}),
    )
    .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_argument"))
    );
    assert_eq!(
        call(
            &fx,
            "alice",
            "RemoveKey",
            json!({"userId": id, "keyId": key_id})
        )
        .await
        .0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        call(
            &fx,
            "charlie",
            "RemoveKey",
            json!({"userId": id, "keyId": key_id})
        )
        .await
        .0,
        StatusCode::OK
    );
}
