//! `ws-client` against the real `ws-server` (in-process, 127.0.0.1:0): discovery,
//! userinfo with a PAT, and the error bodies of the Connect and REST management APIs
//! parsed into typed errors.

use serde_json::json;
use ws_client::config::ConfigFile;
use ws_client::zitadel::ZitadelApi;
use ws_client::{Env, Error, ErrorCode, ErrorKind, Overrides, Profile, Session};
use ws_tests::TestServer;

fn session(server: &TestServer, token: &str) -> Session {
    let tmp = std::env::temp_dir();
    let env = Env::from_pairs([
        ("WS_ISSUER", server.base_url.as_str()),
        ("WS_TOKEN", token),
        ("WS_TOKEN_STORE", "file"),
        ("XDG_DATA_HOME", tmp.to_str().unwrap()),
    ]);
    let profile = Profile::resolve_with(
        &env,
        &Overrides::default(),
        &ConfigFile::default(),
        "/none.toml".into(),
    )
    .unwrap();
    Session::new(profile).unwrap()
}

fn api_error(e: Error) -> ws_client::ApiError {
    match e {
        Error::Api(api) => *api,
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[tokio::test]
async fn connect_and_rest_calls_and_their_errors() {
    let server = TestServer::start().await;
    let s = session(&server, &server.admin_pat);
    let disc = s.discovery().await.unwrap();
    assert_eq!(disc.metadata.issuer.trim_end_matches('/'), server.base_url);
    assert!(
        disc.server_date.is_some(),
        "the Date header feeds ws doctor's clock check"
    );
    let info = s.userinfo().await.unwrap();
    let admin_id = server.bootstrap["service_account_user_id"]
        .as_str()
        .unwrap();
    assert_eq!(info["sub"], admin_id);

    let api = ZitadelApi::new(&s);
    let user = api
        .connect(
            "zitadel.user.v2.UserService",
            "GetUserByID",
            &json!({"userId": admin_id}),
        )
        .await
        .unwrap();
    assert_eq!(user["user"]["userId"], admin_id);

    let missing = api_error(
        api.connect(
            "zitadel.user.v2.UserService",
            "GetUserByID",
            &json!({"userId": "1"}),
        )
        .await
        .unwrap_err(),
    );
    assert_eq!(
        (missing.code.clone(), missing.kind()),
        (ErrorCode::NotFound, ErrorKind::NotFound)
    );
    assert!(
        missing.error_id.is_some(),
        "ZITADEL-style error id expected: {missing:?}"
    );

    let rest_missing = api_error(
        api.rest(reqwest::Method::GET, "/v2/users/1", None)
            .await
            .unwrap_err(),
    );
    assert_eq!(rest_missing.code, ErrorCode::NotFound);
    assert_eq!(rest_missing.status, 404);

    let bad = api_error(
        api.connect(
            "zitadel.user.v2.UserService",
            "GetUserByID",
            &json!({"userId": ""}),
        )
        .await
        .unwrap_err(),
    );
    assert_eq!(bad.code, ErrorCode::InvalidArgument, "{bad:?}");
}

#[tokio::test]
async fn a_rejected_token_is_an_auth_error() {
    let server = TestServer::start().await;
    let s = session(&server, "not-a-token");
    let err = s.userinfo().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Auth, "{err}");
    let api = ZitadelApi::new(&s);
    let err = api
        .connect("zitadel.user.v2.UserService", "ListUsers", &json!({}))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Auth, "{err}");
    assert!(err.to_string().contains("ws auth login"), "{err}");
    assert!(!err.to_string().contains("not-a-token"));
}
