//! End to end: the management APIs over the binary wire formats ZITADEL's SDKs
//! default to, driven by real clients of the field against the real server:
//! tonic's gRPC client over cleartext HTTP/2 (h2c), tonic-web's gRPC-web client
//! layer over HTTP/1.1, and Connect with binary protobuf (`application/proto`, a
//! plain HTTP POST of the prost-encoded message, which is that protocol's whole wire
//! format). Every answer is compared with the Connect JSON answer to the same call:
//! the same message, or the same ZITADEL error code and message.
//!
//! Messages are built by descriptor (`prost-reflect`) from the server's compiled-in
//! ZITADEL descriptor set, instead of the `zitadel` crate's generated types: that
//! crate's build pulls aws-lc-sys, and its v2 types lack the methods served here
//! (user v2 `CreateUser`, project and authorization v2).

use serde_json::{Value, json};

use crate::mgmt_wire_support::{
    ADMINS, AUTHZ, BINARY, Clients, ORGS, PROJECTS, USERS, Wire, grpc, human,
};

#[tokio::test]
async fn orgs_and_users_over_grpc_grpc_web_and_connect_binary() {
    let clients = Clients::start().await;
    for wire in BINARY {
        let name = format!("{wire:?} Org");
        let org = clients
            .call(wire, ORGS, "AddOrganization", json!({"name": name}))
            .await
            .unwrap();
        let org = org["organizationId"].as_str().unwrap().to_owned();
        let listed = clients
            .call(
                wire,
                ORGS,
                "ListOrganizations",
                json!({"queries": [{"idQuery": {"id": org}}]}),
            )
            .await
            .unwrap();
        assert_eq!(listed["result"][0]["name"], name.as_str(), "{wire:?}");
        assert_eq!(listed["details"]["totalResult"], "1", "{wire:?}");

        let created = clients
            .call(
                wire,
                USERS,
                "CreateUser",
                human(&org, &format!("ada-{wire:?}")),
            )
            .await
            .unwrap();
        let ada = created["id"].as_str().unwrap().to_owned();
        let machine = json!({"organizationId": org, "username": format!("bot-{wire:?}"),
            "machine": {"name": "CI bot", "description": "builds"}});
        let created = clients
            .call(wire, USERS, "CreateUser", machine)
            .await
            .unwrap();
        let bot = created["id"].as_str().unwrap().to_owned();

        // Queries in the request message: the org's machine users are the bot only.
        let query = json!({"queries": [{"organizationIdQuery": {"organizationId": org}},
                                       {"typeQuery": {"type": "TYPE_MACHINE"}}]});
        let listed = clients
            .call(wire, USERS, "ListUsers", query.clone())
            .await
            .unwrap();
        let ids: Vec<&Value> = listed["result"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| &u["userId"])
            .collect();
        assert_eq!(ids, [&json!(bot)], "{wire:?}: {listed}");
        assert_eq!(listed["result"][0]["machine"]["name"], "CI bot");
        let reference = clients
            .call(Wire::ConnectJson, USERS, "ListUsers", query)
            .await
            .unwrap();
        assert_eq!(
            without_timestamp(listed),
            without_timestamp(reference),
            "{wire:?}"
        );

        // State changes, read back over the same wire and compared with JSON.
        clients
            .call(wire, USERS, "DeactivateUser", json!({"userId": ada}))
            .await
            .unwrap();
        let got = clients
            .call(wire, USERS, "GetUserByID", json!({"userId": ada}))
            .await
            .unwrap();
        assert_eq!(got["user"]["state"], "USER_STATE_INACTIVE", "{wire:?}");
        assert_eq!(got["user"]["human"]["profile"]["givenName"], "Ada");
        let reference = clients
            .call(
                Wire::ConnectJson,
                USERS,
                "GetUserByID",
                json!({"userId": ada}),
            )
            .await
            .unwrap();
        assert_eq!(
            got, reference,
            "{wire:?}: every field the JSON answer has survives the binary wire"
        );
        clients
            .call(wire, USERS, "ReactivateUser", json!({"userId": ada}))
            .await
            .unwrap();
        clients
            .call(wire, USERS, "LockUser", json!({"userId": bot}))
            .await
            .unwrap();
        let got = clients
            .call(wire, USERS, "GetUserByID", json!({"userId": bot}))
            .await
            .unwrap();
        assert_eq!(got["user"]["state"], "USER_STATE_LOCKED", "{wire:?}");
        let again = clients
            .call(wire, USERS, "LockUser", json!({"userId": bot}))
            .await
            .unwrap_err();
        let reference = clients
            .call(Wire::ConnectJson, USERS, "LockUser", json!({"userId": bot}))
            .await
            .unwrap_err();
        assert_eq!(again, reference, "{wire:?}");
        assert_eq!(again.code, "failed_precondition");
        clients
            .call(wire, USERS, "DeleteUser", json!({"userId": bot}))
            .await
            .unwrap();
    }
}

/// `details.timestamp` of a list is the time of the query.
fn without_timestamp(mut list: Value) -> Value {
    if let Some(details) = list["details"].as_object_mut() {
        details.remove("timestamp");
    }
    list
}

#[tokio::test]
async fn errors_are_zitadels_on_every_wire() {
    let clients = Clients::start().await;
    let org = clients
        .call(
            Wire::ConnectJson,
            ORGS,
            "AddOrganization",
            json!({"name": "Errors Org"}),
        )
        .await
        .unwrap()["organizationId"]
        .as_str()
        .unwrap()
        .to_owned();
    clients
        .call(Wire::ConnectJson, USERS, "CreateUser", human(&org, "taken"))
        .await
        .unwrap();
    let cases: [(&str, &str, Value, &str); 4] = [
        (
            USERS,
            "GetUserByID",
            json!({"userId": "no-such-user"}),
            "not_found",
        ),
        (USERS, "CreateUser", human(&org, "taken"), "already_exists"),
        (
            ORGS,
            "AddOrganization",
            json!({"name": "Errors Org"}),
            "already_exists",
        ),
        (
            USERS,
            "CreateUser",
            json!({"organizationId": org, "username": "x"}),
            "invalid_argument",
        ),
    ];
    for (service, method, body, code) in cases {
        let reference = clients
            .call(Wire::ConnectJson, service, method, body.clone())
            .await
            .unwrap_err();
        assert_eq!(reference.code, code, "{method}: {reference:?}");
        assert!(
            reference.message.ends_with(')'),
            "a ZITADEL error id: {reference:?}"
        );
        for wire in BINARY {
            let failure = clients
                .call(wire, service, method, body.clone())
                .await
                .unwrap_err();
            assert_eq!(failure, reference, "{wire:?} {method}");
        }
    }
    // No token, and a method the server does not serve.
    for wire in BINARY {
        let failure = clients
            .call_as(wire, None, USERS, "GetUserByID", json!({"userId": "x"}))
            .await
            .unwrap_err();
        assert_eq!(failure.code, "unauthenticated", "{wire:?}");
    }
    let unknown = clients.method(USERS, "GetUserByID");
    let failure = grpc(
        clients.channel.clone(),
        None,
        &format!("/{USERS}/NoSuchMethod"),
        unknown,
        json!({}),
    )
    .await
    .unwrap_err();
    assert_eq!(failure.code, "unimplemented");
}

#[tokio::test]
async fn projects_and_authorizations_over_every_wire_in_zitadel_v4_shapes() {
    let clients = Clients::start().await;
    for wire in BINARY {
        let org = clients.new_org(&format!("{wire:?} Projects")).await;
        let created = clients
            .call(
                wire,
                PROJECTS,
                "CreateProject",
                json!({"organizationId": org, "name": "Portal", "projectRoleAssertion": true}),
            )
            .await
            .unwrap();
        let project = created["projectId"].as_str().unwrap().to_owned();
        assert!(created["creationDate"].is_string(), "{wire:?}: {created}");
        let role = json!({"projectId": project, "roleKey": "viewer", "displayName": "Viewer", "group": "ops"});
        clients
            .call(wire, PROJECTS, "AddProjectRole", role)
            .await
            .unwrap();
        let by_id = json!({"projectId": project});
        let got = clients
            .same(wire, PROJECTS, "GetProject", by_id.clone())
            .await;
        assert_eq!(got["project"]["projectRoleAssertion"], true);
        let roles = clients
            .same(wire, PROJECTS, "ListProjectRoles", by_id.clone())
            .await;
        assert_eq!(roles["projectRoles"][0]["group"], "ops", "{wire:?}");
        let filter = json!({"filters": [{"inProjectIdsFilter": {"ids": [project]}}]});
        let listed = clients.same(wire, PROJECTS, "ListProjects", filter).await;
        assert_eq!(listed["projects"].as_array().unwrap().len(), 1, "{wire:?}");

        // ActivateProject names its field `id` in ZITADEL's protos.
        clients
            .call(wire, PROJECTS, "DeactivateProject", by_id.clone())
            .await
            .unwrap();
        let got = clients
            .call(wire, PROJECTS, "GetProject", by_id.clone())
            .await
            .unwrap();
        assert_eq!(
            got["project"]["state"], "PROJECT_STATE_INACTIVE",
            "{wire:?}"
        );
        clients
            .call(wire, PROJECTS, "ActivateProject", json!({"id": project}))
            .await
            .unwrap();
        let got = clients
            .call(wire, PROJECTS, "GetProject", by_id.clone())
            .await
            .unwrap();
        assert_eq!(got["project"]["state"], "PROJECT_STATE_ACTIVE", "{wire:?}");

        let user = clients
            .call(
                wire,
                USERS,
                "CreateUser",
                human(&org, &format!("reader-{wire:?}")),
            )
            .await;
        let user = user.unwrap()["id"].as_str().unwrap().to_owned();
        // v4 GA: organizationId is required on CreateAuthorization.
        let no_org = json!({"userId": user, "projectId": project, "roleKeys": ["viewer"]});
        let failure = clients
            .call(wire, AUTHZ, "CreateAuthorization", no_org.clone())
            .await
            .unwrap_err();
        let reference = clients
            .call(Wire::ConnectJson, AUTHZ, "CreateAuthorization", no_org)
            .await;
        assert_eq!(Err(failure), reference, "{wire:?}");
        let authz = json!({"userId": user, "projectId": project, "organizationId": org, "roleKeys": ["viewer"]});
        let created = clients
            .call(wire, AUTHZ, "CreateAuthorization", authz)
            .await
            .unwrap();
        let id = created["id"].as_str().unwrap().to_owned();

        // The GA inUserIds filter, and the older userId filter ZITADEL still accepts.
        let in_ids = json!({"filters": [{"inUserIds": {"ids": [user]}}]});
        let listed = clients
            .same(wire, AUTHZ, "ListAuthorizations", in_ids)
            .await;
        let found = listed["authorizations"].as_array().unwrap();
        assert_eq!(found.len(), 1, "{wire:?}: {listed}");
        assert_eq!(found[0]["id"], id.as_str());
        assert_eq!(found[0]["roles"][0]["key"], "viewer");
        assert_eq!(found[0]["organization"]["id"], org.as_str());
        let single = json!({"filters": [{"userId": {"id": user}}]});
        let again = clients
            .same(wire, AUTHZ, "ListAuthorizations", single)
            .await;
        assert_eq!(
            again["authorizations"], listed["authorizations"],
            "{wire:?}"
        );

        clients
            .call(wire, AUTHZ, "DeactivateAuthorization", json!({"id": id}))
            .await
            .unwrap();
        clients
            .call(wire, AUTHZ, "DeleteAuthorization", json!({"id": id}))
            .await
            .unwrap();
        let deleted = clients
            .call(wire, PROJECTS, "DeleteProject", by_id.clone())
            .await
            .unwrap();
        assert!(deleted["deletionDate"].is_string(), "{wire:?}: {deleted}");
        let gone = clients
            .call(wire, PROJECTS, "GetProject", by_id)
            .await
            .unwrap_err();
        assert_eq!(gone.code, "not_found", "{wire:?}");
    }
}

#[tokio::test]
async fn org_extras_and_administrators_over_every_wire() {
    let clients = Clients::start().await;
    for wire in BINARY {
        // GA's organizationId (field 4) picks the id; the deprecated orgId is field 3.
        let own_id = format!("org-{wire:?}").to_lowercase();
        let body = json!({"name": format!("{wire:?} Extras"), "organizationId": own_id});
        let added = clients
            .call(wire, ORGS, "AddOrganization", body)
            .await
            .unwrap();
        assert_eq!(added["organizationId"], own_id.as_str(), "{wire:?}");
        let org = json!({"organizationId": own_id});

        let renamed = json!({"organizationId": own_id, "name": format!("{wire:?} Renamed")});
        let changed = clients
            .call(wire, ORGS, "UpdateOrganization", renamed)
            .await
            .unwrap();
        assert!(changed["changeDate"].is_string(), "{wire:?}: {changed}");
        let metadata = json!({"organizationId": own_id,
            "metadata": [{"key": "tier", "value": "Z29sZA=="}]});
        clients
            .call(wire, ORGS, "SetOrganizationMetadata", metadata)
            .await
            .unwrap();
        let listed = clients
            .same(wire, ORGS, "ListOrganizationMetadata", org.clone())
            .await;
        assert_eq!(
            listed["metadata"][0]["value"], "Z29sZA==",
            "{wire:?}: {listed}"
        );
        let domain = json!({"organizationId": own_id, "domain": format!("{own_id}.example.com")});
        clients
            .call(wire, ORGS, "AddOrganizationDomain", domain.clone())
            .await
            .unwrap();
        let domains = clients
            .same(wire, ORGS, "ListOrganizationDomains", org.clone())
            .await;
        assert_eq!(
            domains["domains"].as_array().unwrap().len(),
            2,
            "{wire:?}: {domains}"
        );
        clients
            .call(wire, ORGS, "DeleteOrganizationDomain", domain)
            .await
            .unwrap();
        clients
            .call(wire, ORGS, "DeactivateOrganization", org.clone())
            .await
            .unwrap();
        let again = clients
            .call(wire, ORGS, "DeactivateOrganization", org.clone())
            .await
            .unwrap_err();
        let reference = clients
            .call(
                Wire::ConnectJson,
                ORGS,
                "DeactivateOrganization",
                org.clone(),
            )
            .await;
        assert_eq!(Err(again), reference, "{wire:?}");
        clients
            .call(wire, ORGS, "ActivateOrganization", org.clone())
            .await
            .unwrap();

        // An administrator of the org: created, listed by user, updated, deleted.
        let user = clients
            .call(
                wire,
                USERS,
                "CreateUser",
                human(&own_id, &format!("admin-{wire:?}")),
            )
            .await;
        let user = user.unwrap()["id"].as_str().unwrap().to_owned();
        let resource = json!({"organizationId": own_id});
        let admin = json!({"userId": user, "resource": resource, "roles": ["ORG_USER_MANAGER"]});
        clients
            .call(wire, ADMINS, "CreateAdministrator", admin)
            .await
            .unwrap();
        let by_user = json!({"filters": [{"inUserIdsFilter": {"ids": [user]}}]});
        let listed = clients
            .same(wire, ADMINS, "ListAdministrators", by_user.clone())
            .await;
        assert_eq!(
            listed["administrators"][0]["roles"],
            json!(["ORG_USER_MANAGER"]),
            "{wire:?}: {listed}"
        );
        assert_eq!(
            listed["administrators"][0]["organization"]["id"],
            own_id.as_str()
        );
        let update = json!({"userId": user, "resource": resource, "roles": ["ORG_OWNER"]});
        clients
            .call(wire, ADMINS, "UpdateAdministrator", update)
            .await
            .unwrap();
        let listed = clients
            .same(wire, ADMINS, "ListAdministrators", by_user.clone())
            .await;
        assert_eq!(
            listed["administrators"][0]["roles"],
            json!(["ORG_OWNER"]),
            "{wire:?}"
        );
        let delete = json!({"userId": user, "resource": resource});
        clients
            .call(wire, ADMINS, "DeleteAdministrator", delete)
            .await
            .unwrap();
        let listed = clients
            .call(wire, ADMINS, "ListAdministrators", by_user)
            .await
            .unwrap();
        assert!(listed.get("administrators").is_none(), "{wire:?}: {listed}");

        let deleted = clients
            .call(wire, ORGS, "DeleteOrganization", org)
            .await
            .unwrap();
        assert!(deleted["deletionDate"].is_string(), "{wire:?}: {deleted}");
    }
}
