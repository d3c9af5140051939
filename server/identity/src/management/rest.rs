//! The REST (grpc-gateway) aliases of user v2 and org v2: the paths of the v2.71.4
//! swagger plus those the 4.x protos add (README §5, §6.1). Path parameters and
//! query parameters are merged into the body and the same operation runs as over
//! Connect; errors use the gateway body with numeric codes.

use std::collections::HashMap;

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, on};
use serde_json::{Map, Value};

use super::caller::authenticate;
use super::protojson::parse_body;
use super::zerr::{ZError, ZResult};
use super::{Ctx, ORG_SERVICE, USER_SERVICE, dispatch};
use crate::IdentityState;

/// One REST alias: HTTP method, path, the service method it runs, success status.
struct Alias(MethodFilter, &'static str, &'static str, &'static str, u16);

const ALIASES: &[Alias] = &[
    Alias(
        MethodFilter::POST,
        "/v2/users",
        USER_SERVICE,
        "ListUsers",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/users/new",
        USER_SERVICE,
        "CreateUser",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/users/human",
        USER_SERVICE,
        "AddHumanUser",
        200,
    ),
    Alias(
        MethodFilter::PUT,
        "/v2/users/human/{userId}",
        USER_SERVICE,
        "UpdateHumanUser",
        200,
    ),
    Alias(
        MethodFilter::GET,
        "/v2/users/{userId}",
        USER_SERVICE,
        "GetUserByID",
        200,
    ),
    Alias(
        MethodFilter::PATCH,
        "/v2/users/{userId}",
        USER_SERVICE,
        "UpdateUser",
        200,
    ),
    Alias(
        MethodFilter::DELETE,
        "/v2/users/{userId}",
        USER_SERVICE,
        "DeleteUser",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/users/{userId}/deactivate",
        USER_SERVICE,
        "DeactivateUser",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/users/{userId}/reactivate",
        USER_SERVICE,
        "ReactivateUser",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/users/{userId}/lock",
        USER_SERVICE,
        "LockUser",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/users/{userId}/unlock",
        USER_SERVICE,
        "UnlockUser",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/users/{userId}/password",
        USER_SERVICE,
        "SetPassword",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/users/{userId}/password_reset",
        USER_SERVICE,
        "PasswordReset",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/users/{userId}/metadata",
        USER_SERVICE,
        "SetUserMetadata",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/users/{userId}/metadata/search",
        USER_SERVICE,
        "ListUserMetadata",
        200,
    ),
    Alias(
        MethodFilter::DELETE,
        "/v2/users/{userId}/metadata",
        USER_SERVICE,
        "DeleteUserMetadata",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/users/{userId}/secret",
        USER_SERVICE,
        "AddSecret",
        200,
    ),
    Alias(
        MethodFilter::DELETE,
        "/v2/users/{userId}/secret",
        USER_SERVICE,
        "RemoveSecret",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/users/{userId}/keys",
        USER_SERVICE,
        "AddKey",
        200,
    ),
    Alias(
        MethodFilter::DELETE,
        "/v2/users/{userId}/keys/{keyId}",
        USER_SERVICE,
        "RemoveKey",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/users/keys/search",
        USER_SERVICE,
        "ListKeys",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/users/{userId}/pats",
        USER_SERVICE,
        "AddPersonalAccessToken",
        200,
    ),
    Alias(
        MethodFilter::DELETE,
        "/v2/users/{userId}/pats/{tokenId}",
        USER_SERVICE,
        "RemovePersonalAccessToken",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/users/pats/search",
        USER_SERVICE,
        "ListPersonalAccessTokens",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/users/{userId}/totp",
        USER_SERVICE,
        "RegisterTOTP",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/users/{userId}/totp/verify",
        USER_SERVICE,
        "VerifyTOTPRegistration",
        200,
    ),
    Alias(
        MethodFilter::DELETE,
        "/v2/users/{userId}/totp",
        USER_SERVICE,
        "RemoveTOTP",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/users/{userId}/recovery_codes",
        USER_SERVICE,
        "GenerateRecoveryCodes",
        200,
    ),
    Alias(
        MethodFilter::GET,
        "/v2/users/{userId}/authentication_methods",
        USER_SERVICE,
        "ListAuthenticationMethodTypes",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/organizations",
        ORG_SERVICE,
        "AddOrganization",
        201,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/organizations/_search",
        ORG_SERVICE,
        "ListOrganizations",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/organizations/{organizationId}",
        ORG_SERVICE,
        "UpdateOrganization",
        200,
    ),
    Alias(
        MethodFilter::DELETE,
        "/v2/organizations/{organizationId}",
        ORG_SERVICE,
        "DeleteOrganization",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/organizations/{organizationId}/deactivate",
        ORG_SERVICE,
        "DeactivateOrganization",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/organizations/{organizationId}/activate",
        ORG_SERVICE,
        "ActivateOrganization",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/organizations/{organizationId}/metadata",
        ORG_SERVICE,
        "SetOrganizationMetadata",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/organizations/{organizationId}/metadata/search",
        ORG_SERVICE,
        "ListOrganizationMetadata",
        200,
    ),
    Alias(
        MethodFilter::DELETE,
        "/v2/organizations/{organizationId}/metadata",
        ORG_SERVICE,
        "DeleteOrganizationMetadata",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/organizations/{organizationId}/domains",
        ORG_SERVICE,
        "AddOrganizationDomain",
        200,
    ),
    Alias(
        MethodFilter::POST,
        "/v2/organizations/{organizationId}/domains/search",
        ORG_SERVICE,
        "ListOrganizationDomains",
        200,
    ),
    Alias(
        MethodFilter::DELETE,
        "/v2/organizations/{organizationId}/domains",
        ORG_SERVICE,
        "DeleteOrganizationDomain",
        200,
    ),
];

/// Every alias as a route.
pub(crate) fn router() -> Router<IdentityState> {
    let mut router = Router::new();
    for alias in ALIASES {
        let Alias(filter, path, service, method, status) = *alias;
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
        router = router.route(
            path,
            on(filter, move |state, params, query, headers, body| {
                handle(
                    filter, service, method, status, state, params, query, headers, body,
                )
            }),
        );
    }
    router
}

#[allow(clippy::too_many_arguments)]
async fn handle(
    filter: MethodFilter,
    service: &'static str,
    method: &'static str,
    status: StatusCode,
    State(state): State<IdentityState>,
    Path(params): Path<HashMap<String, String>>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let ignores_body = filter == MethodFilter::GET;
    match run(
        &state,
        (service, method, ignores_body),
        params,
        query,
        &headers,
        &body,
    )
    .await
    {
        Ok(v) => (status, Json(v)).into_response(),
        Err(e) => e.into_gateway(),
    }
}

async fn run(
    state: &IdentityState,
    (service, method, ignores_body): (&str, &str, bool),
    params: HashMap<String, String>,
    query: Option<String>,
    headers: &HeaderMap,
    body: &[u8],
) -> ZResult<Value> {
    let caller = authenticate(state, headers).await?;
    // The gateway reads no body for GET, and a JSON `null` body is no body.
    let body: &[u8] = if ignores_body || body.trim_ascii() == b"null" {
        b""
    } else {
        body
    };
    let mut request: Map<String, Value> = match parse_body::<Value>(body)? {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    merge_query(&mut request, query.as_deref())?;
    for (k, v) in params {
        request.insert(k, Value::String(v));
    }
    let ctx = Ctx::new(state, caller);
    dispatch(&ctx, service, method, Value::Object(request)).await
}

/// Query parameters into the request: repeated names (and `keys`, always a list in
/// the protos) become arrays.
fn merge_query(request: &mut Map<String, Value>, query: Option<&str>) -> ZResult<()> {
    let Some(query) = query.filter(|q| !q.is_empty()) else {
        return Ok(());
    };
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query)
        .map_err(|_| ZError::invalid("MGMT-QRY01", "malformed query string"))?;
    for (k, v) in pairs {
        let list_field = k == "keys";
        match request.get_mut(&k) {
            Some(Value::Array(items)) => items.push(Value::String(v)),
            Some(existing) => {
                let first = existing.take();
                *existing = Value::Array(vec![first, Value::String(v)]);
            }
            None if list_field => {
                request.insert(k, Value::Array(vec![Value::String(v)]));
            }
            None => {
                request.insert(k, Value::String(v));
            }
        }
    }
    Ok(())
}
