//! OrganizationService metadata and domains over Connect and REST: validation,
//! permissions, filters and paging, all-or-nothing deletes, and what the caller may
//! not see stays unseen.

use axum::http::StatusCode;
use serde_json::{Value, json};

use super::fixture::Fx;

const ORGS: &str = "/zitadel.org.v2.OrganizationService/";

async fn call(fx: &Fx, who: &str, method: &str, body: Value) -> (StatusCode, Value) {
    fx.connect(Some(who), &format!("{ORGS}{method}"), &body.to_string())
        .await
}

fn keys(b: &Value, list: &str, field: &str) -> Vec<String> {
    b[list]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|m| m[field].as_str().unwrap().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn metadata_set_list_delete() {
    let fx = Fx::new().await;
    let acme = fx.acme.clone();
    let set = json!({"organizationId": acme, "metadata": [
        {"key": "tier", "value": "Z29sZA=="}, {"key": "region", "value": "ZXU="}, {"key": "cost-center", "value": "NDI="}]});
    let (s, b) = call(&fx, "alice", "SetOrganizationMetadata", set).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert!(b["setDate"].is_string(), "{b}");

    // Paged and filtered, ascending by key; values are base64.
    let (_, b) = call(
        &fx,
        "alice",
        "ListOrganizationMetadata",
        json!({"organizationId": acme, "pagination": {"limit": 2}}),
    )
    .await;
    assert_eq!(keys(&b, "metadata", "key"), ["cost-center", "region"]);
    assert_eq!(b["pagination"]["totalResult"], "3");
    assert_eq!(b["pagination"]["appliedLimit"], "2");
    assert_eq!(b["metadata"][1]["value"], "ZXU=");
    let filter = json!({"organizationId": acme, "filters": [{"keyFilter": {"key": "T", "method": "TEXT_FILTER_METHOD_STARTS_WITH_IGNORE_CASE"}}]});
    let (_, b) = call(&fx, "bob", "ListOrganizationMetadata", filter).await;
    assert_eq!(
        keys(&b, "metadata", "key"),
        ["tier"],
        "a member reads its org"
    );

    // Bad input names the field, and stores nothing.
    let bad = json!({"organizationId": acme, "metadata": [{"key": "ok", "value": "b2s="}, {"key": "x", "value": "%%"}]});
    let (s, b) = call(&fx, "alice", "SetOrganizationMetadata", bad).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(
        b["message"].as_str().unwrap().contains("metadata[1].value"),
        "{b}"
    );
    let (s, b) = call(
        &fx,
        "alice",
        "SetOrganizationMetadata",
        json!({"organizationId": acme, "metadata": [{"key": "", "value": "b2s="}]}),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{b}");
    let (_, b) = call(
        &fx,
        "alice",
        "ListOrganizationMetadata",
        json!({"organizationId": acme}),
    )
    .await;
    assert_eq!(
        b["pagination"]["totalResult"], "3",
        "nothing half-stored: {b}"
    );

    // Delete over REST with repeated query keys; a missing key deletes nothing.
    let path = format!("/v2/organizations/{acme}/metadata?keys=tier&keys=nope");
    let (s, b) = fx.rest("alice", "DELETE", &path, "").await;
    assert_eq!(
        (s, b["code"].as_i64()),
        (StatusCode::NOT_FOUND, Some(5)),
        "{b}"
    );
    let path = format!("/v2/organizations/{acme}/metadata?keys=tier&keys=region");
    let (s, b) = fx.rest("alice", "DELETE", &path, "").await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert!(b["deletionDate"].is_string());
    let (_, b) = fx
        .rest(
            "alice",
            "POST",
            &format!("/v2/organizations/{acme}/metadata/search"),
            "{}",
        )
        .await;
    assert_eq!(keys(&b, "metadata", "key"), ["cost-center"]);

    // Permissions: a member may not write, another org's owner sees nothing.
    let one = json!({"organizationId": acme, "metadata": [{"key": "k", "value": "dg=="}]});
    assert_eq!(
        call(&fx, "bob", "SetOrganizationMetadata", one.clone())
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        call(&fx, "charlie", "SetOrganizationMetadata", one).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        call(
            &fx,
            "charlie",
            "ListOrganizationMetadata",
            json!({"organizationId": acme})
        )
        .await
        .0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn domains_add_list_delete() {
    let fx = Fx::new().await;
    let acme = fx.acme.clone();
    let add = |d: &str| json!({"organizationId": acme, "domain": d});
    let (s, b) = call(&fx, "alice", "AddOrganizationDomain", add("Acme.Example")).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert!(b["creationDate"].is_string());
    let (s, _) = fx
        .rest(
            "alice",
            "POST",
            &format!("/v2/organizations/{acme}/domains"),
            &add("shop.acme.example").to_string(),
        )
        .await;
    assert_eq!(s, StatusCode::OK);

    // Taken anywhere (case-insensitively, primary domains too) is already_exists.
    let globex = |d: &str| json!({"organizationId": fx.globex, "domain": d});
    for taken in ["acme.example", "ACME-CORP.localhost"] {
        let (s, b) = call(&fx, "charlie", "AddOrganizationDomain", globex(taken)).await;
        assert_eq!(
            (s, b["code"].as_str()),
            (StatusCode::CONFLICT, Some("already_exists")),
            "{taken}: {b}"
        );
    }
    for bad in ["", "no spaces.example", "-lead.example", "a..b"] {
        let (s, b) = call(&fx, "alice", "AddOrganizationDomain", add(bad)).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{bad}: {b}");
        assert!(b["message"].as_str().unwrap().contains("domain"), "{b}");
    }

    let (_, b) = call(&fx, "bob", "ListOrganizationDomains", json!({"organizationId": acme, "sortingColumn": "DOMAIN_FIELD_NAME_NAME", "pagination": {"asc": true}})).await;
    assert_eq!(
        keys(&b, "domains", "domain"),
        ["acme-corp.localhost", "acme.example", "shop.acme.example"]
    );
    assert_eq!(b["domains"][0]["isPrimary"], true);
    assert_eq!(b["domains"][1]["isVerified"], true);
    assert!(
        b["domains"][1].get("isPrimary").is_none(),
        "false is omitted: {b}"
    );
    let (_, b) = call(&fx, "alice", "ListOrganizationDomains", json!({"organizationId": acme,
        "filters": [{"domainFilter": {"domain": ".example", "method": "TEXT_QUERY_METHOD_ENDS_WITH"}}], "pagination": {"limit": 1}})).await;
    assert_eq!(b["pagination"]["totalResult"], "2", "{b}");
    assert_eq!(keys(&b, "domains", "domain").len(), 1);

    // Every domain here is verified: validation is a precondition failure, not 501.
    for method in [
        "GenerateOrganizationDomainValidation",
        "VerifyOrganizationDomain",
    ] {
        let (s, b) = call(&fx, "alice", method, json!({"organizationId": acme, "domain": "acme.example", "type": "DOMAIN_VALIDATION_TYPE_DNS"})).await;
        assert_eq!(
            (s, b["code"].as_str()),
            (StatusCode::BAD_REQUEST, Some("failed_precondition")),
            "{method}: {b}"
        );
        let (s, _) = call(&fx, "alice", method, add("unknown.example")).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
    }

    // Delete: not the primary, not someone else's, a missing one is not found.
    let (s, b) = call(
        &fx,
        "alice",
        "DeleteOrganizationDomain",
        add("acme-corp.localhost"),
    )
    .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("failed_precondition"))
    );
    assert_eq!(
        call(&fx, "bob", "DeleteOrganizationDomain", add("acme.example"))
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        call(
            &fx,
            "charlie",
            "DeleteOrganizationDomain",
            add("acme.example")
        )
        .await
        .0,
        StatusCode::NOT_FOUND
    );
    let path = format!("/v2/organizations/{acme}/domains?domain=acme.example");
    let (s, b) = fx.rest("alice", "DELETE", &path, "").await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (s, _) = fx.rest("alice", "DELETE", &path, "").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (_, b) = call(
        &fx,
        "alice",
        "ListOrganizationDomains",
        json!({"organizationId": acme}),
    )
    .await;
    assert_eq!(b["pagination"]["totalResult"], "2");
}
