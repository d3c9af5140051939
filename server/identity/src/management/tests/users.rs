//! UserService over Connect and REST: success, error paths and permissions.

use axum::http::StatusCode;
use serde_json::{Value, json};

use super::fixture::{Fx, USERS};

/// The user names of a ListUsers answer, in its order.
fn usernames(b: &Value) -> Vec<String> {
    b["result"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|u| u["username"].as_str().unwrap().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

fn new_human(org: &str, username: &str) -> String {
    json!({"organizationId": org, "username": username,
           "human": {"profile": {"givenName": "Minnie", "familyName": "Mouse"},
                     "email": {"email": format!("{username}@example.com"), "isVerified": true},
                     "password": {"password": "S3cret-pass!", "changeRequired": false}}})
    .to_string()
}

#[tokio::test]
async fn missing_or_bad_token_is_unauthenticated() {
    let fx = Fx::new().await;
    let (s, b) = fx.connect(None, &format!("{USERS}ListUsers"), "{}").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert_eq!(b["code"], "unauthenticated");
    assert!(
        b["message"]
            .as_str()
            .unwrap()
            .contains("auth header missing")
    );
}

#[tokio::test]
async fn create_get_and_list_a_human() {
    let fx = Fx::new().await;
    let (s, b) = fx
        .connect(
            Some("admin"),
            &format!("{USERS}CreateUser"),
            &new_human(&fx.acme, "minnie"),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let id = b["id"].as_str().unwrap().to_owned();
    assert!(b["creationDate"].as_str().unwrap().ends_with('Z'));
    let (s, b) = fx
        .connect(
            Some("admin"),
            &format!("{USERS}GetUserByID"),
            &json!({"user_id": id}).to_string(),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let user = &b["user"];
    assert_eq!(user["state"], "USER_STATE_ACTIVE");
    assert_eq!(user["preferredLoginName"], "minnie@acme-corp.localhost");
    assert_eq!(user["human"]["profile"]["displayName"], "Minnie Mouse");
    assert_eq!(user["human"]["email"]["isVerified"], true);
    assert!(
        user["human"].get("passwordChangeRequired").is_none(),
        "zero values are omitted"
    );
    assert_eq!(user["details"]["resourceOwner"], fx.acme.as_str());
    // The stored password verifies at sign-in.
    let stored = fx.store.users.get_user(&id).await.unwrap().unwrap();
    assert!(crate::password::verify_password(
        "S3cret-pass!",
        stored.human().unwrap().password_hash.as_deref().unwrap()
    ));

    let q = json!({"query": {"limit": 10, "asc": true}, "sortingColumn": "USER_FIELD_NAME_USER_NAME",
                   "queries": [{"userNameQuery": {"userName": "MIN", "method": "TEXT_QUERY_METHOD_STARTS_WITH_IGNORE_CASE"}}]});
    let (s, b) = fx
        .connect(Some("admin"), &format!("{USERS}ListUsers"), &q.to_string())
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["details"]["totalResult"], "1");
    assert_eq!(b["result"][0]["userId"], id.as_str());
}

#[tokio::test]
async fn error_paths() {
    let fx = Fx::new().await;
    let create = format!("{USERS}CreateUser");
    let (s, b) = fx.connect(Some("admin"), &create, "{not json").await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_argument"))
    );
    let body = json!({"organizationId": fx.acme, "human": {"email": {"email": "x@example.com"}}})
        .to_string();
    let (s, b) = fx.connect(Some("admin"), &create, &body).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(b["message"].as_str().unwrap().contains("profile"), "{b}");
    let (s, b) = fx
        .connect(
            Some("admin"),
            &create,
            &json!({"machine": {"name": "ci"}}).to_string(),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(
        b["message"].as_str().unwrap().contains("organizationId"),
        "{b}"
    );
    let (s, _) = fx
        .connect(Some("admin"), &create, &new_human(&fx.acme, "dup"))
        .await;
    assert_eq!(s, StatusCode::OK);
    let (s, b) = fx
        .connect(Some("admin"), &create, &new_human(&fx.acme, "dup"))
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("already_exists"))
    );
    let (s, b) = fx
        .connect(
            Some("admin"),
            &format!("{USERS}GetUserByID"),
            r#"{"userId":"404"}"#,
        )
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("not_found"))
    );
    assert_eq!(b["details"][0]["debug"]["id"], "QUERY-Dfbg2");
    let (s, b) = fx
        .connect(
            Some("admin"),
            &format!("{USERS}ListUsers"),
            r#"{"query":{"limit":1001}}"#,
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(b["message"].as_str().unwrap().contains("QUERY-4M0fs"));
    let (s, b) = fx
        .connect(Some("admin"), &format!("{USERS}NoSuchMethod"), "{}")
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::NOT_IMPLEMENTED, Some("unimplemented"))
    );
}

#[tokio::test]
async fn state_changes_follow_user_v2_rules() {
    let fx = Fx::new().await;
    let bob = json!({"userId": fx.ids["bob"]}).to_string();
    let call = |m: &'static str| format!("{USERS}{m}");
    assert_eq!(
        fx.connect(Some("admin"), &call("DeactivateUser"), &bob)
            .await
            .0,
        StatusCode::OK
    );
    let (s, b) = fx
        .connect(Some("admin"), &call("DeactivateUser"), &bob)
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("failed_precondition"))
    );
    assert_eq!(
        fx.connect(Some("admin"), &call("ReactivateUser"), &bob)
            .await
            .0,
        StatusCode::OK
    );
    assert_eq!(
        fx.connect(Some("admin"), &call("LockUser"), &bob).await.0,
        StatusCode::OK
    );
    assert_eq!(
        fx.connect(Some("admin"), &call("LockUser"), &bob).await.0,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        fx.connect(Some("admin"), &call("UnlockUser"), &bob).await.0,
        StatusCode::OK
    );
    assert_eq!(
        fx.connect(Some("admin"), &call("DeleteUser"), &bob).await.0,
        StatusCode::OK
    );
    assert_eq!(
        fx.connect(Some("admin"), &call("GetUserByID"), &bob)
            .await
            .0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn rest_aliases_use_gateway_bodies() {
    let fx = Fx::new().await;
    let (s, b) = fx
        .rest(
            "admin",
            "GET",
            &format!("/v2/users/{}", fx.ids["alice"]),
            "",
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["user"]["username"], "alice");
    // GET bodies are ignored, as by the gateway.
    let (s, _) = fx
        .rest(
            "admin",
            "GET",
            &format!("/v2/users/{}", fx.ids["alice"]),
            "[1]",
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let (s, b) = fx.rest("admin", "GET", "/v2/users/404", "").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert_eq!(b["code"], 5);
    assert_eq!(
        b["details"][0]["@type"],
        "type.googleapis.com/zitadel.v1.ErrorDetail"
    );
    let body = json!({"organization": {"orgId": fx.globex}, "username": "gus",
                      "profile": {"givenName": "Gus", "familyName": "G"}, "email": {"email": "gus@example.com"}});
    let (s, b) = fx
        .rest("admin", "POST", "/v2/users/human", &body.to_string())
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["details"]["resourceOwner"], fx.globex.as_str());
}

#[tokio::test]
async fn imported_bcrypt_hash_signs_in_and_bad_hashes_are_refused() {
    let fx = Fx::new().await;
    let hash = bcrypt::hash("Imported-1!", 4).unwrap();
    let body = json!({"organizationId": fx.acme, "username": "imported",
        "human": {"profile": {"givenName": "I", "familyName": "M"}, "email": {"email": "i@example.com"},
                  "hashedPassword": {"hash": hash}}});
    let (s, b) = fx
        .connect(
            Some("admin"),
            &format!("{USERS}CreateUser"),
            &body.to_string(),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let user = fx
        .store
        .users
        .get_user(b["id"].as_str().unwrap())
        .await
        .unwrap()
        .unwrap();
    assert!(crate::password::verify_password(
        "Imported-1!",
        user.human().unwrap().password_hash.as_deref().unwrap()
    ));
    let mut bad = body.clone();
    bad["username"] = json!("other");
    bad["human"]["hashedPassword"]["hash"] = json!("$1$abc$def");
    let (s, b) = fx
        .connect(
            Some("admin"),
            &format!("{USERS}CreateUser"),
            &bad.to_string(),
        )
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_argument"))
    );
}

#[tokio::test]
async fn permission_matrix_for_users() {
    let fx = Fx::new().await;
    let create = format!("{USERS}CreateUser");
    // (caller, target org, expected status)
    let cases = [
        ("admin", &fx.acme, StatusCode::OK),
        ("admin", &fx.globex, StatusCode::OK),
        ("alice", &fx.acme, StatusCode::OK),
        ("alice", &fx.globex, StatusCode::NOT_FOUND),
        ("charlie", &fx.globex, StatusCode::OK),
        ("charlie", &fx.acme, StatusCode::NOT_FOUND),
        ("bob", &fx.acme, StatusCode::FORBIDDEN),
    ];
    for (i, (who, org, expected)) in cases.iter().enumerate() {
        let (s, b) = fx
            .connect(Some(who), &create, &new_human(org, &format!("m{i}")))
            .await;
        assert_eq!(s, *expected, "{who} creating in {org}: {b}");
    }
    let list = format!("{USERS}ListUsers");
    let names = |b: &serde_json::Value| {
        let mut n = usernames(b);
        n.sort();
        n
    };
    let (_, b) = fx.connect(Some("charlie"), &list, "{}").await;
    assert_eq!(names(&b), ["charlie", "dave", "m1", "m4"]);
    let (_, b) = fx.connect(Some("bob"), &list, "{}").await;
    assert_eq!(names(&b), ["bob"]);
    // Cross-org reads and writes.
    let alice = json!({"userId": fx.ids["alice"]}).to_string();
    assert_eq!(
        fx.connect(Some("charlie"), &format!("{USERS}GetUserByID"), &alice)
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        fx.connect(Some("charlie"), &format!("{USERS}LockUser"), &alice)
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    let dave = json!({"userId": fx.ids["dave"]}).to_string();
    assert_eq!(
        fx.connect(Some("bob"), &format!("{USERS}GetUserByID"), &dave)
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        fx.connect(Some("charlie"), &format!("{USERS}LockUser"), &dave)
            .await
            .0,
        StatusCode::OK
    );
}

#[tokio::test]
async fn list_users_queries_combine_and_page() {
    let fx = Fx::new().await;
    let list = format!("{USERS}ListUsers");
    let names = usernames;
    // Humans of Acme or Globex whose username does not start with "a", by name.
    let q = json!({"sortingColumn": "USER_FIELD_NAME_USER_NAME", "query": {"asc": true},
        "queries": [{"typeQuery": {"type": "TYPE_HUMAN"}},
                    {"orQuery": {"queries": [{"organizationIdQuery": {"organizationId": fx.acme}}, {"organizationIdQuery": {"organizationId": fx.globex}}]}},
                    {"notQuery": {"query": {"userNameQuery": {"userName": "a", "method": "TEXT_QUERY_METHOD_STARTS_WITH"}}}}]});
    let (_, b) = fx.connect(Some("admin"), &list, &q.to_string()).await;
    assert_eq!(names(&b), ["bob", "charlie", "dave"]);
    // Offset/limit cut the sorted result; the total counts every match.
    let mut paged = q.clone();
    paged["query"] = json!({"asc": false, "offset": "1", "limit": 1});
    let (_, b) = fx.connect(Some("admin"), &list, &paged.to_string()).await;
    assert_eq!(
        (names(&b), b["details"]["totalResult"].as_str()),
        (vec!["charlie".to_owned()], Some("3"))
    );
    let q = json!({"queries": [{"andQuery": {"queries": [
        {"inUserIdsQuery": {"userIds": [fx.ids["alice"], fx.ids["dave"]]}},
        {"emailQuery": {"emailAddress": "ACME", "method": "TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE"}}]}}]});
    let (_, b) = fx.connect(Some("admin"), &list, &q.to_string()).await;
    let (_, all) = fx
        .connect(
            Some("admin"),
            &list,
            &json!({"queries": [{"inUserIdsQuery": {"userIds": [fx.ids["alice"]]}}]}).to_string(),
        )
        .await;
    let alice_email = all["result"][0]["human"]["email"]["email"]
        .as_str()
        .unwrap()
        .to_lowercase();
    assert_eq!(
        names(&b).contains(&"alice".to_owned()),
        alice_email.contains("acme")
    );
    let (s, b) = fx
        .connect(Some("admin"), &list, r#"{"queries":[{"bogusQuery":{}}]}"#)
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{b}");
    let (s, _) = fx
        .connect(
            Some("admin"),
            &list,
            r#"{"queries":[{"stateQuery":{"state":"USER_STATE_NOPE"}}]}"#,
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn create_user_accepts_the_python_sdks_password_wrapper() {
    let fx = Fx::new().await;
    let body = |username: &str, password: Value| {
        json!({"organizationId": fx.acme, "username": username, "human": {
            "profile": {"givenName": "W", "familyName": "P"}, "email": {"email": format!("{username}@example.com")},
            "password": password}})
        .to_string()
    };
    // zitadel-client 4.1.9 sends UpdateUser's SetPassword wrapper in CreateUser.
    let wrapped = json!({"password": {"password": "Wrapped-pass-1!", "changeRequired": true}});
    let (s, b) = fx
        .connect(
            Some("admin"),
            &format!("{USERS}CreateUser"),
            &body("wrapped", wrapped),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let user = fx
        .store
        .users
        .get_user(b["id"].as_str().unwrap())
        .await
        .unwrap()
        .unwrap();
    let human = user.human().unwrap();
    assert!(crate::password::verify_password(
        "Wrapped-pass-1!",
        human.password_hash.as_deref().unwrap()
    ));
    assert!(human.password_change_required);
    // A wrapper without a password, or with both kinds, is refused and stores nothing.
    for (name, bad) in [
        ("empty", json!({"changeRequired": true})),
        (
            "both",
            json!({"password": {"password": "Wrapped-pass-1!"}, "hashedPassword": {"hash": "$2y$10$abcdefghijklmnopqrstuuJ5bW3/7rHnv9jSZ1pZHo3T3yB8xRhu"}}),
        ),
    ] {
        let (s, b) = fx
            .connect(
                Some("admin"),
                &format!("{USERS}CreateUser"),
                &body(name, bad),
            )
            .await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{name}: {b}");
        assert!(b["message"].as_str().unwrap().contains("password"), "{b}");
        assert!(
            fx.store
                .users
                .find_user_by_login(name)
                .await
                .unwrap()
                .is_none()
        );
    }
}

#[tokio::test]
async fn list_users_metadata_login_email_and_sort_queries_run_in_the_database() {
    let fx = Fx::new().await;
    let list = format!("{USERS}ListUsers");
    let names = usernames;
    let run = |q: serde_json::Value| {
        let list = list.clone();
        let fx = &fx;
        async move {
            let (s, b) = fx.connect(Some("admin"), &list, &q.to_string()).await;
            assert_eq!(s, StatusCode::OK, "{q}: {b}");
            b
        }
    };
    let meta = json!({"userId": fx.ids["bob"], "metadata": [
        {"key": "dept", "value": "c2FsZXM="}, {"key": "site", "value": "YmVybGlu"}]});
    let (s, b) = fx
        .connect(
            Some("admin"),
            &format!("{USERS}SetUserMetadata"),
            &meta.to_string(),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");

    let b = run(json!({"queries": [{"metadataKeyFilter": {"key": "DEP", "method": "TEXT_FILTER_METHOD_STARTS_WITH_IGNORE_CASE"}}]})).await;
    assert_eq!(names(&b), ["bob"]);
    // "berlin" as bytes: base64 on the wire.
    let b = run(json!({"queries": [{"metadataValueFilter": {"value": "YmVybGlu"}}]})).await;
    assert_eq!(names(&b), ["bob"]);
    let b = run(json!({"queries": [{"notQuery": {"query": {"metadataKeyFilter": {"key": "dept"}}}},
                                   {"inUserIdsQuery": {"userIds": [fx.ids["bob"], fx.ids["alice"]]}}]})).await;
    assert_eq!(names(&b), ["alice"]);

    // Login names are username@<primary domain of the user's org>.
    let (_, bob) = fx
        .connect(
            Some("admin"),
            &format!("{USERS}GetUserByID"),
            &json!({"userId": fx.ids["bob"]}).to_string(),
        )
        .await;
    let login = bob["user"]["preferredLoginName"]
        .as_str()
        .unwrap()
        .to_owned();
    let domain = login.split_once('@').unwrap().1.to_owned();
    let b = run(json!({"sortingColumn": "USER_FIELD_NAME_USER_NAME", "query": {"asc": true},
        "queries": [{"loginNameQuery": {"loginName": format!("@{}", domain.to_uppercase()),
                     "method": "TEXT_QUERY_METHOD_ENDS_WITH_IGNORE_CASE"}}, {"typeQuery": {"type": "TYPE_HUMAN"}}]})).await;
    assert_eq!(names(&b), ["alice", "bob"]);
    let b = run(json!({"queries": [{"loginNameQuery": {"loginName": login}}]})).await;
    assert_eq!(names(&b), ["bob"]);

    // Emails match ignoring ASCII case; empty and/or lists are "all" and "none".
    let email = bob["user"]["human"]["email"]["email"].as_str().unwrap();
    let b =
        run(json!({"queries": [{"inUserEmailsQuery": {"userEmails": [email.to_uppercase()]}}]}))
            .await;
    assert_eq!(names(&b), ["bob"]);
    let b = run(json!({"queries": [{"orQuery": {"queries": []}}]})).await;
    // A zero total is omitted, as protojson omits zero values.
    assert_eq!(
        (names(&b).len(), b["details"].get("totalResult")),
        (0, None)
    );
    let all = run(json!({})).await;
    let b = run(json!({"queries": [{"andQuery": {"queries": []}}]})).await;
    assert_eq!(b["details"]["totalResult"], all["details"]["totalResult"]);
    // Text is bound, never spliced: quotes and LIKE wildcards are plain characters.
    let b = run(json!({"queries": [{"userNameQuery": {"userName": "%' OR 1=1 --", "method": "TEXT_QUERY_METHOD_CONTAINS"}}]})).await;
    assert_eq!(
        (names(&b).len(), b["details"].get("totalResult")),
        (0, None)
    );

    // Sorting by a text column, both directions, ties broken by id.
    let asc = run(
        json!({"sortingColumn": "USER_FIELD_NAME_EMAIL", "query": {"asc": true},
        "queries": [{"typeQuery": {"type": "TYPE_HUMAN"}}]}),
    )
    .await;
    let desc = run(
        json!({"sortingColumn": "USER_FIELD_NAME_EMAIL", "query": {"asc": false},
        "queries": [{"typeQuery": {"type": "TYPE_HUMAN"}}]}),
    )
    .await;
    let emails = |b: &serde_json::Value| -> Vec<String> {
        b["result"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| {
                u["human"]["email"]["email"]
                    .as_str()
                    .unwrap()
                    .to_lowercase()
            })
            .collect()
    };
    let mut sorted = emails(&asc);
    sorted.sort();
    assert_eq!(emails(&asc), sorted);
    sorted.reverse();
    assert_eq!(emails(&desc), sorted);
    assert!(sorted.len() >= 4, "{sorted:?}");
}
