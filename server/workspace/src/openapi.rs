//! The OpenAPI 3.1 description at `GET /api/v1/openapi.json`, generated from the code
//! with `utoipa`: handlers carry `#[utoipa::path]`, wire types derive `ToSchema`
//! (ws-api's `schema` feature).
//!
//! Routes and description cannot drift: every module registers its handlers with
//! `utoipa_axum::routes!`, which takes each route's method and path from the
//! handler's `#[utoipa::path]` (paths relative to `/api/v1`), so a route is served
//! exactly when its operation is described. [`finish`] adds what all operations
//! share: the bearer security scheme and the errors the extractors answer before a
//! handler runs (401/403/503 from the token check, 400/413/415 from the JSON and
//! query extractors, 500), so each `#[utoipa::path]` lists only its own outcomes.

use axum::Extension;
use axum::http::header::CONTENT_TYPE;
use axum::response::IntoResponse;
use bytes::Bytes;
use utoipa::OpenApi;
use utoipa::openapi::path::{Operation, ParameterIn, PathItem};
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Header, ObjectBuilder, Ref, RefOr, Type};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use ws_api::ErrorBody;

use crate::state::WorkspaceState;

/// Where the workspace API is mounted; the described paths start with it.
pub const API_PREFIX: &str = "/api/v1";

/// Name of the bearer security scheme.
const BEARER: &str = "bearer";

/// What the document says besides its paths.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "ws workspace API",
        description = "Docs, drive, calendars, sharing and audit. \
        Every route but this document needs `Authorization: Bearer <token>` (a JWT of the \
        configured issuer with the workspace project as audience, or an opaque token such \
        as a PAT, checked by introspection); errors are `ErrorBody` with a stable `code`."
    ),
    tags(
        (name = "workspace", description = "The caller and this description"),
        (name = "docs", description = "Markdown documents: versions, comments, export, search"),
        (name = "drive", description = "Files and folders: uploads (streaming and resumable), \
            ranged downloads, trash, quota"),
        (name = "calendars", description = "Calendars, events, invitations, free/busy, iCalendar"),
        (name = "sharing", description = "Who may see what: shares of docs, files, folders, calendars"),
        (name = "audit", description = "Every write, as a paged list and a live stream"),
    ),
    components(schemas(ErrorBody, FileBytes))
)]
struct ApiDoc;

/// Raw file content in a request or response body (any media type).
#[derive(utoipa::ToSchema)]
#[schema(value_type = String, format = Binary)]
pub(crate) struct FileBytes(#[allow(dead_code)] Vec<u8>);

/// The serialized document, handed to [`openapi_json`] by [`crate::router`].
#[derive(Clone)]
pub(crate) struct DocumentJson(Bytes);

impl DocumentJson {
    /// `doc` as the JSON text served.
    pub(crate) fn new(doc: &utoipa::openapi::OpenApi) -> Self {
        Self(Bytes::from(serde_json::to_vec(doc).unwrap_or_default()))
    }
}

/// `GET /openapi.json`.
pub(crate) fn routes() -> OpenApiRouter<WorkspaceState> {
    OpenApiRouter::new().routes(routes!(openapi_json))
}

/// This description (public: it describes the API, it holds no data).
#[utoipa::path(get, path = "/openapi.json", tag = "workspace", security(()),
    responses((status = 200, description = "This document (OpenAPI 3.1)", content_type = "application/json")))]
pub(crate) async fn openapi_json(Extension(doc): Extension<DocumentJson>) -> impl IntoResponse {
    ([(CONTENT_TYPE, "application/json")], doc.0)
}

/// The whole description, as served at `/api/v1/openapi.json`.
pub fn document() -> utoipa::openapi::OpenApi {
    finish(crate::api_routes().into_openapi())
}

/// Mounts `paths` (relative to `/api/v1`) and adds the security scheme and the
/// answers every operation shares.
pub(crate) fn finish(paths: utoipa::openapi::OpenApi) -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi().nest(API_PREFIX, paths);
    let components = doc.components.get_or_insert_with(Default::default);
    components.add_security_scheme(
        BEARER,
        SecurityScheme::Http(
            HttpBuilder::new()
                .scheme(HttpAuthScheme::Bearer)
                .description(Some(
                    "A JWT of the configured issuer (audience: the workspace project) or an \
                     opaque token (PAT) that the issuer introspects",
                ))
                .build(),
        ),
    );
    for (name, response) in shared_responses() {
        components
            .responses
            .insert(name.to_owned(), response.into());
    }
    doc.security = Some(vec![SecurityRequirement::new(BEARER, Vec::<String>::new())]);
    for (path, item) in doc.paths.paths.iter_mut() {
        for (method, op) in operations_mut(item) {
            add_shared_responses(op);
            op.operation_id = Some(operation_id(method, path));
        }
    }
    doc
}

/// A document-wide unique operation id from method and path (handler names repeat
/// across modules): `GET /api/v1/docs/{id}/versions` is `get_docs_by_id_versions`.
fn operation_id(method: &str, path: &str) -> String {
    let rest = path.strip_prefix(API_PREFIX).unwrap_or(path);
    let mut id = method.to_owned();
    for segment in rest.split('/').filter(|s| !s.is_empty()) {
        id.push('_');
        match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(param) => {
                id.push_str("by_");
                id.push_str(param);
            }
            None => id.extend(
                segment
                    .chars()
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }),
            ),
        }
    }
    id
}

/// Every operation of a path item.
fn operations_mut(item: &mut PathItem) -> impl Iterator<Item = (&'static str, &mut Operation)> {
    [
        ("get", &mut item.get),
        ("put", &mut item.put),
        ("post", &mut item.post),
        ("delete", &mut item.delete),
        ("options", &mut item.options),
        ("head", &mut item.head),
        ("patch", &mut item.patch),
        ("trace", &mut item.trace),
    ]
    .into_iter()
    .filter_map(|(method, op)| Some((method, op.as_mut()?)))
}

/// The reusable error answers, by component name.
fn shared_responses() -> Vec<(&'static str, Response)> {
    let challenge = Header::new(ObjectBuilder::new().schema_type(Type::String));
    vec![
        (
            "BadRequest",
            error_response(
                "`invalid_argument`: a malformed body or query; the message names the field",
            ),
        ),
        (
            "Unauthorized",
            ResponseBuilder::from(error_response(
                "The token is missing, malformed, expired, not yet valid, of another issuer \
                 or audience, or revoked; `code` says which",
            ))
            .header("WWW-Authenticate", challenge)
            .build(),
        ),
        (
            "Forbidden",
            error_response(
                "`permission_denied`: no workspace role in the caller's organization, or not \
                 enough rights for this",
            ),
        ),
        (
            "TooLarge",
            error_response("`too_large`: the JSON body exceeds the configured limit"),
        ),
        (
            "UnsupportedMediaType",
            error_response("The body is not `application/json`"),
        ),
        (
            "Unavailable",
            error_response(
                "The identity provider could not be reached to check an opaque token; retry later",
            ),
        ),
        (
            "Internal",
            error_response("An internal fault; quote the `request_id` when reporting it"),
        ),
    ]
}

/// A response with an [`ErrorBody`].
fn error_response(description: &str) -> Response {
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/json",
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("ErrorBody")))
                .build(),
        )
        .build()
}

/// Adds the shared answers an operation lacks: those of the token check (unless it
/// is public), of the JSON body and query extractors (when it takes them), and 500.
fn add_shared_responses(op: &mut Operation) {
    let public = op
        .security
        .as_ref()
        .is_some_and(|s| s.iter().all(|r| *r == SecurityRequirement::default()));
    let takes_json = op
        .request_body
        .as_ref()
        .is_some_and(|b| b.content.contains_key("application/json"));
    let takes_query = op
        .parameters
        .iter()
        .flatten()
        .any(|p| p.parameter_in == ParameterIn::Query);
    let mut wanted = Vec::new();
    if !public {
        wanted.extend([
            ("401", "Unauthorized"),
            ("403", "Forbidden"),
            ("503", "Unavailable"),
        ]);
    }
    if takes_json || takes_query {
        wanted.push(("400", "BadRequest"));
    }
    if takes_json {
        wanted.extend([("413", "TooLarge"), ("415", "UnsupportedMediaType")]);
    }
    wanted.push(("500", "Internal"));
    for (status, name) in wanted {
        op.responses
            .responses
            .entry(status.to_owned())
            .or_insert_with(|| RefOr::Ref(Ref::from_response_name(name)));
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use serde_json::Value;

    use super::*;

    const METHODS: [&str; 8] = [
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    ];

    fn doc() -> Value {
        let text = document().to_pretty_json().expect("serializes");
        serde_json::from_str(&text).expect("parses back as JSON")
    }

    /// `(method, path, operation)` of every operation.
    fn operations(doc: &Value) -> Vec<(String, String, Value)> {
        let mut out = Vec::new();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for m in METHODS {
                if let Some(op) = item.get(m) {
                    out.push((m.to_owned(), path.clone(), op.clone()));
                }
            }
        }
        out
    }

    fn refs(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                if let Some(Value::String(r)) = map.get("$ref") {
                    out.push(r.clone());
                }
                map.values().for_each(|v| refs(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }

    #[test]
    fn is_openapi_3_1_and_every_ref_resolves() {
        let doc = doc();
        assert_eq!(doc["openapi"], "3.1.0");
        let mut found = Vec::new();
        refs(&doc, &mut found);
        assert!(found.len() > 50, "{found:?}");
        for r in found {
            let pointer = r.strip_prefix('#').expect("a local reference");
            assert!(doc.pointer(pointer).is_some(), "dangling $ref {r}");
        }
    }

    #[test]
    fn every_route_is_under_the_prefix_and_has_a_unique_operation_id_and_tag() {
        let doc = doc();
        let ops = operations(&doc);
        assert!(ops.len() >= 45, "{}", ops.len());
        let mut ids = BTreeSet::new();
        for (m, path, op) in &ops {
            assert!(path.starts_with("/api/v1/"), "{path}");
            assert!(
                op["tags"].as_array().is_some_and(|t| !t.is_empty()),
                "{m} {path}"
            );
            // Path parameters are all declared.
            for name in path.split('{').skip(1).filter_map(|s| s.split('}').next()) {
                let params = op["parameters"].as_array().cloned().unwrap_or_default();
                assert!(
                    params
                        .iter()
                        .any(|p| p["name"] == name && p["in"] == "path"),
                    "{m} {path}: path parameter {name} undeclared"
                );
            }
            let id = op["operationId"].as_str().unwrap().to_owned();
            assert!(
                ids.insert(id.clone()),
                "{m} {path}: operationId {id} repeats"
            );
        }
    }

    #[test]
    fn operation_ids_come_from_method_and_path() {
        assert_eq!(
            operation_id("get", "/api/v1/docs/{id}/versions"),
            "get_docs_by_id_versions"
        );
        assert_eq!(
            operation_id("get", "/api/v1/openapi.json"),
            "get_openapi_json"
        );
    }

    #[test]
    fn every_operation_but_the_document_needs_the_bearer_token_and_answers_401() {
        let doc = doc();
        assert_eq!(doc["security"], serde_json::json!([{ "bearer": [] }]));
        let scheme = &doc["components"]["securitySchemes"]["bearer"];
        assert_eq!(
            (&scheme["type"], &scheme["scheme"]),
            (&"http".into(), &"bearer".into())
        );
        for (m, path, op) in operations(&doc) {
            let responses = op["responses"].as_object().unwrap();
            assert!(
                responses
                    .keys()
                    .any(|s| s.starts_with('2') || s.starts_with('3')),
                "{m} {path}"
            );
            assert!(responses.contains_key("500"), "{m} {path}");
            if path == "/api/v1/openapi.json" {
                assert_eq!(op["security"], serde_json::json!([{}]));
                assert!(!responses.contains_key("401"));
                continue;
            }
            assert!(
                op.get("security").is_none(),
                "{m} {path} overrides the default"
            );
            for status in ["401", "403", "503"] {
                assert!(responses.contains_key(status), "{m} {path}: no {status}");
            }
            // Every error answer is an ErrorBody.
            for (status, r) in responses.iter().filter(|(s, _)| s.starts_with(['4', '5'])) {
                let body = r.get("$ref").map_or_else(
                    || r["content"]["application/json"]["schema"]["$ref"].clone(),
                    |shared| {
                        let name = shared.as_str().unwrap().rsplit('/').next().unwrap();
                        doc["components"]["responses"][name]["content"]["application/json"]
                            ["schema"]["$ref"]
                            .clone()
                    },
                );
                assert_eq!(
                    body, "#/components/schemas/ErrorBody",
                    "{m} {path} {status}"
                );
            }
            let json_body = op["requestBody"]["content"]
                .get("application/json")
                .is_some();
            if json_body {
                for status in ["400", "413", "415"] {
                    assert!(responses.contains_key(status), "{m} {path}: no {status}");
                }
            }
        }
    }

    #[test]
    fn drive_transfers_document_their_headers_and_partial_answers() {
        let doc = doc();
        let download = &doc["paths"]["/api/v1/drive/files/{id}/content"]["get"];
        for status in ["200", "206", "304", "404", "416"] {
            assert!(download["responses"].get(status).is_some(), "{status}");
        }
        assert!(
            download["responses"]["206"]["headers"]
                .get("Content-Range")
                .is_some()
        );
        assert!(
            download["responses"]["200"]["headers"]
                .get("ETag")
                .is_some()
        );
        let params: Vec<_> = download["parameters"].as_array().unwrap().iter().collect();
        for header in ["Range", "If-None-Match"] {
            assert!(
                params
                    .iter()
                    .any(|p| p["name"] == header && p["in"] == "header"),
                "{header}"
            );
        }
        let chunk = &doc["paths"]["/api/v1/drive/uploads/{id}"]["put"];
        assert!(
            chunk["requestBody"]["content"]
                .get("application/octet-stream")
                .is_some()
        );
        assert!(
            chunk["parameters"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p["name"] == "Content-Range")
        );
        let put = &doc["paths"]["/api/v1/drive/content"]["put"];
        assert!(put["responses"].get("413").is_some());
        let update = &doc["paths"]["/api/v1/docs/{id}"]["patch"];
        assert!(update["responses"].get("412").is_some());
        let stream = &doc["paths"]["/api/v1/audit/stream"]["get"];
        assert!(
            stream["responses"]["200"]["content"]
                .get("text/event-stream")
                .is_some()
        );
        let ics = &doc["paths"]["/api/v1/calendars/{id}/ics"];
        assert!(
            ics["get"]["responses"]["200"]["content"]
                .get("text/calendar")
                .is_some()
        );
        assert!(
            ics["post"]["requestBody"]["content"]
                .get("text/calendar")
                .is_some()
        );
    }

    /// Every route is registered through `routes!` (so it is described): no module
    /// adds a plain axum `.route(…)`, which would serve an undescribed path.
    #[test]
    fn no_route_bypasses_the_description() {
        // Spelt in pieces so this test does not find itself.
        const NEEDLES: [&str; 3] = [
            concat!(".rou", "te("),
            concat!(".rou", "te_service("),
            concat!(".nest", "_service("),
        ];
        fn walk(dir: &Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for (i, line) in text.lines().enumerate() {
                        let code = line.trim_start();
                        if code.starts_with("//") {
                            continue;
                        }
                        if NEEDLES.iter().any(|n| code.contains(n)) {
                            found.push(format!("{}:{}: {code}", path.display(), i + 1));
                        }
                    }
                }
            }
        }
        let mut found = Vec::new();
        walk(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut found,
        );
        assert!(found.is_empty(), "undescribed routes: {found:#?}");
    }
}
