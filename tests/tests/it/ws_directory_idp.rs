//! The workspace's user directory in front of a remote identity provider: one real
//! `ws-server` plays the remote ZITADEL (its identity module speaks the same v2 APIs),
//! a second one's workspace trusts it (`[workspace] issuer`, `audience`, the
//! introspection client) and holds a credential for its user API
//! (`directory_pat_file`). The second server has none of the first one's users, so
//! every lookup and grantee check must go over HTTP to the first.

use serde_json::json;
use ws_tests::idp::{connect, human, trusting, workspace_trusting};
use ws_tests::workspace::{WsApi, org_id, project_id, token_for, user_id};
use ws_tests::{TestOptions, TestServer};

/// `GET /directory/users?login=` (the login form-encoded).
async fn lookup(api: &WsApi, login: &str) -> ws_tests::workspace::Reply {
    let q: String = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("login", login)
        .finish();
    api.get(&format!("/directory/users?{q}")).await
}

fn domain_of(idp: &TestServer, user: &str) -> String {
    let users = idp.demo_credentials.as_ref().unwrap()["users"]
        .as_array()
        .unwrap();
    let u = users.iter().find(|u| u["username"] == user).unwrap();
    let login = u["login_name"].as_str().unwrap();
    login.split_once('@').unwrap().1.to_owned()
}

async fn share(api: &WsApi, cal: &str, user: &str) -> ws_tests::workspace::Reply {
    api.post(
        "/shares",
        &json!({"kind": "calendar", "resource_id": cal,
                "grantee": {"type": "user", "id": user}, "role": "viewer"}),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn people_are_found_at_the_remote_provider_by_exact_login_email_or_id() {
    let idp = TestServer::start_demo().await;
    let (acme, globex) = (org_id(&idp, "Acme Corp"), org_id(&idp, "Globex Inc"));
    let acme_domain = domain_of(&idp, "alice");
    let erin = human(
        &idp,
        &acme,
        "erin",
        "Erin.Smith@example.com",
        Some("editor"),
    )
    .await;
    let frank = human(&idp, &acme, "frank", "frank@example.com", None).await;
    let initech = connect(
        &idp,
        "/zitadel.org.v2.OrganizationService/AddOrganization",
        json!({"name": "Initech"}),
    )
    .await["organizationId"]
        .as_str()
        .unwrap()
        .to_owned();
    let gina = human(&idp, &initech, "gina", "gina@example.com", None).await;

    let ws = workspace_trusting(&idp, Some(&idp.data_dir.join("admin.pat"))).await;
    let alice = WsApi::new(&ws, &token_for(&idp, "alice").await);

    // Exact login name, username, email (any case) or id: the same user.
    let expected = json!({"id": erin, "org_id": acme});
    for login in [
        format!("erin@{acme_domain}"),
        format!("ERIN@{}", acme_domain.to_uppercase()),
        "erin".to_owned(),
        "erin.smith@example.com".to_owned(),
        erin.clone(),
    ] {
        let r = lookup(&alice, &login).await;
        assert_eq!((r.status, &r.body), (200, &expected), "{login}: {r:?}");
    }
    // Globex's charlie holds the workspace through Acme's project grant.
    let charlie = lookup(&alice, &format!("charlie@{}", domain_of(&idp, "charlie"))).await;
    assert_eq!(
        charlie.body,
        json!({"id": user_id(&idp, "charlie"), "org_id": globex})
    );

    // Not a grantee, for every reason, and not a match: one indistinguishable 404.
    let mut bodies = Vec::new();
    for login in [
        "frank".to_owned(),            // no authorization
        frank.clone(),                 // … by id
        "gina@example.com".to_owned(), // an org without the project
        gina.clone(),
        "nobody@example.com".to_owned(), // unknown
        "eri".to_owned(),                // a prefix is not a match
        "erin.smith@example".to_owned(),
        "%".to_owned(),
    ] {
        let r = lookup(&alice, &login).await;
        assert_eq!((r.status, r.code()), (404, "not_found"), "{login}: {r:?}");
        bodies.push(r.body["message"].clone());
    }
    assert!(bodies.windows(2).all(|w| w[0] == w[1]), "{bodies:?}");

    // Bad input.
    for q in ["login=", "login=%20%20", "", "login=x&extra=1"] {
        let r = alice.get(&format!("/directory/users?{q}")).await;
        assert_eq!(
            (r.status, r.code()),
            (400, "invalid_argument"),
            "{q}: {r:?}"
        );
    }
    let empty = alice.get("/directory/users?login=").await;
    assert!(
        empty.body["message"]
            .as_str()
            .unwrap()
            .starts_with("login:")
    );

    // A share with someone who never used this workspace, checked at the provider;
    // the grantee then reads it with a token from the provider.
    let cal = alice.post("/calendars", &json!({"name": "Plans"})).await;
    assert_eq!(cal.status, 201, "{cal:?}");
    let cal = cal.body["id"].as_str().unwrap().to_owned();
    let bob_id = lookup(&alice, "BOB").await.body["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(bob_id, user_id(&idp, "bob"));
    let s = share(&alice, &cal, &bob_id).await;
    assert_eq!(s.status, 201, "{s:?}");
    let bob = WsApi::new(&ws, &token_for(&idp, "bob").await);
    assert_eq!(bob.get(&format!("/calendars/{cal}")).await.status, 200);
    for outsider in [&frank, &gina] {
        let s = share(&alice, &cal, outsider).await;
        assert_eq!((s.status, s.code()), (400, "invalid_argument"), "{s:?}");
    }
    assert_eq!(share(&alice, &cal, &erin).await.status, 201);

    // Organizations too: exact name (any case) or id, only those holding the project.
    let globex_json = json!({"id": globex, "name": "Globex Inc"});
    for name in ["Globex Inc", "globex inc", globex.as_str()] {
        let r = alice
            .get(&format!(
                "/directory/orgs?name={}",
                name.replace(' ', "%20")
            ))
            .await;
        assert_eq!((r.status, &r.body), (200, &globex_json), "{name}: {r:?}");
    }
    let own = alice.get("/directory/orgs?name=ACME%20CORP").await;
    assert_eq!(own.body, json!({"id": acme, "name": "Acme Corp"}));
    for name in ["Initech", initech.as_str(), "Glob", "Nowhere"] {
        let r = alice.get(&format!("/directory/orgs?name={name}")).await;
        assert_eq!((r.status, r.code()), (404, "not_found"), "{name}: {r:?}");
    }
    let org_share = |org: &str| {
        json!({"kind": "calendar", "resource_id": cal,
               "grantee": {"type": "org", "id": org}, "role": "viewer"})
    };
    let s = alice.post("/shares", &org_share(&initech)).await;
    assert_eq!((s.status, s.code()), (400, "invalid_argument"), "{s:?}");

    // The grant is what lets Globex in: deactivated, neither Globex nor charlie is a
    // grantee any more (his authorization still exists); reactivated, they are again.
    let grant = json!({"projectId": project_id(&idp), "grantedOrganizationId": globex});
    let project_service = "/zitadel.project.v2.ProjectService";
    connect(
        &idp,
        &format!("{project_service}/DeactivateProjectGrant"),
        grant.clone(),
    )
    .await;
    let charlie_id = user_id(&idp, "charlie");
    assert_eq!(lookup(&alice, "charlie").await.status, 404);
    assert_eq!(share(&alice, &cal, &charlie_id).await.status, 400);
    assert_eq!(
        alice.get("/directory/orgs?name=Globex%20Inc").await.status,
        404
    );
    assert_eq!(alice.post("/shares", &org_share(&globex)).await.status, 400);
    connect(
        &idp,
        &format!("{project_service}/ActivateProjectGrant"),
        grant,
    )
    .await;
    assert_eq!(lookup(&alice, "charlie").await.status, 200);
    assert_eq!(share(&alice, &cal, &charlie_id).await.status, 201);
    assert_eq!(alice.post("/shares", &org_share(&globex)).await.status, 201);

    // An email two grantees share names neither; their login names still do.
    let other = human(
        &idp,
        &globex,
        "esmith",
        "erin.smith@EXAMPLE.com",
        Some("viewer"),
    )
    .await;
    let both = lookup(&alice, "erin.smith@example.com").await;
    assert_eq!((both.status, both.code()), (409, "conflict"), "{both:?}");
    assert!(
        both.body["message"]
            .as_str()
            .unwrap()
            .contains("login name")
    );
    assert_eq!(lookup(&alice, "erin").await.body["id"], erin.as_str());
    assert_eq!(lookup(&alice, "esmith").await.body["id"], other.as_str());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_credential_is_a_502_and_an_unreachable_provider_a_503() {
    let idp = TestServer::start_demo().await;
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("directory.pat");
    std::fs::write(&bad, "not-a-real-token-4711\n").unwrap();
    let wrong = workspace_trusting(&idp, Some(&bad)).await;
    let ws = workspace_trusting(&idp, Some(&idp.data_dir.join("admin.pat"))).await;
    let alice_token = token_for(&idp, "alice").await;

    let alice = WsApi::new(&wrong, &alice_token);
    let r = lookup(&alice, "bob").await;
    assert_eq!((r.status, r.code()), (502, "bad_gateway"), "{r:?}");
    let msg = r.body["message"].as_str().unwrap();
    assert!(msg.contains("workspace.directory_pat_file"), "{msg}");
    assert!(
        !r.body.to_string().contains("4711"),
        "the token is never shown"
    );
    // A share check needs the provider too: the same 502, not a 400 that blames the id.
    let cal = alice.post("/calendars", &json!({"name": "c"})).await;
    let cal = cal.body["id"].as_str().unwrap().to_owned();
    let s = share(&alice, &cal, &user_id(&idp, "bob")).await;
    assert_eq!((s.status, s.code()), (502, "bad_gateway"), "{s:?}");

    // With a good credential it works; then the provider goes away. Tokens still
    // validate (the keys are cached), but a lookup cannot be answered: 503, never 404.
    let alice = WsApi::new(&ws, &alice_token);
    assert_eq!(lookup(&alice, "bob").await.status, 200);
    let idp_url = idp.base_url.clone();
    let _kept = idp.stop().unwrap();
    let r = lookup(&alice, "bob").await;
    assert_eq!((r.status, r.code()), (503, "unavailable"), "{r:?}");
    assert_eq!(r.header("retry-after"), Some("5"));
    let msg = r.body["message"].as_str().unwrap();
    assert!(
        msg.contains(&idp_url) && msg.contains("cannot be reached"),
        "{msg}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_or_empty_credential_file_stops_the_start_naming_the_key() {
    let idp = TestServer::start_demo().await;
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("absent.pat");
    let empty = dir.path().join("empty.pat");
    std::fs::write(&empty, "  \n").unwrap();
    let two = dir.path().join("two.pat");
    std::fs::write(&two, "secret-one\nsecret-two\n").unwrap();
    for (file, says) in [
        (&missing, "cannot read"),
        (&empty, "is empty"),
        (&two, "one token and nothing else"),
    ] {
        let mut options = TestOptions::default();
        options.config.workspace = trusting(&idp, Some(file));
        let err = format!(
            "{:#}",
            TestServer::try_start_with(options).await.unwrap_err()
        );
        assert!(err.contains("workspace.directory_pat_file"), "{err}");
        assert!(
            err.contains(says) && err.contains(&file.display().to_string()),
            "{err}"
        );
        assert!(!err.contains("secret-"), "{err}");
    }
}
