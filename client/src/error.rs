//! Typed errors of `ws-client`, and the parser that turns the error bodies a server
//! sends (OAuth `{"error":…}`, ZITADEL REST `{"code":5,…}`, ZITADEL Connect
//! `{"code":"not_found",…}`) into [`ApiError`]s with a hint a person can act on.

use std::fmt;
use std::path::PathBuf;

use serde_json::Value;

/// Everything that can go wrong in `ws-client`.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The configuration file could not be read or parsed.
    #[error("{}", config_message(path, *line, key.as_deref(), message))]
    Config {
        /// The file at fault.
        path: PathBuf,
        /// 1-based line of the problem, when known.
        line: Option<usize>,
        /// The dotted key at fault, when known (`profile.dev.issuer`).
        key: Option<String>,
        /// What is wrong and what to do.
        message: String,
    },
    /// A setting has a value that cannot be used (from env or flags).
    #[error("invalid value {value:?} for {key} (from {source_name}): {expected}")]
    InvalidSetting {
        /// Setting name.
        key: String,
        /// The rejected value.
        value: String,
        /// Where it came from (`WS_OUTPUT`, `--output`, …).
        source_name: String,
        /// What would be accepted.
        expected: String,
    },
    /// The requested profile is not defined.
    #[error(
        "unknown profile '{name}' (known: {known}); create it with `ws profile set {name} issuer=URL client_id=ID`"
    )]
    UnknownProfile {
        /// The name asked for.
        name: String,
        /// Comma-separated names that exist, or "none".
        known: String,
    },
    /// A setting needed for this operation has no value.
    #[error("profile '{profile}' has no {key}: {hint}")]
    MissingSetting {
        /// Profile name.
        profile: String,
        /// Setting name.
        key: &'static str,
        /// How to set it.
        hint: String,
    },
    /// The server could not be reached at all.
    #[error(
        "cannot reach {url}: {reason}; check the URL (`ws profile show`) and that the server is running"
    )]
    Unreachable {
        /// What was called.
        url: String,
        /// The transport error, without secrets.
        reason: String,
    },
    /// The server answered with an error body.
    #[error(transparent)]
    Api(Box<ApiError>),
    /// The server answered something that is not what the protocol says.
    #[error("unexpected answer from {url}: {reason}")]
    Protocol {
        /// What was called.
        url: String,
        /// What was wrong with it.
        reason: String,
    },
    /// No credentials are stored for this profile.
    #[error("not logged in (profile '{profile}'); run `ws auth login`")]
    NotLoggedIn {
        /// Profile name.
        profile: String,
    },
    /// A login flow failed before a token was issued.
    #[error("login failed: {0}")]
    Login(String),
    /// The user interrupted an interactive flow.
    #[error("cancelled")]
    Cancelled,
    /// Token storage failed in a way no fallback could absorb.
    #[error("token store: {0}")]
    Store(String),
    /// Local IO (reading a key file, binding the loopback port, …).
    // The OS error is part of the message, not a `source`: error chains are printed
    // whole (`{:#}`), which would say it twice.
    #[error("{context}: {cause}")]
    Io {
        /// What was being done.
        context: String,
        /// The OS error.
        cause: std::io::Error,
    },
}

fn config_message(
    path: &std::path::Path,
    line: Option<usize>,
    key: Option<&str>,
    msg: &str,
) -> String {
    let mut out = format!("config file {}", path.display());
    if let Some(line) = line {
        out.push_str(&format!(", line {line}"));
    }
    if let Some(key) = key {
        out.push_str(&format!(", key `{key}`"));
    }
    out.push_str(&format!(": {msg}"));
    out
}

impl From<ApiError> for Error {
    fn from(e: ApiError) -> Self {
        Error::Api(Box::new(e))
    }
}

/// The class of an error, which the command line maps to its exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Authentication is needed or was rejected (exit 4).
    Auth,
    /// The object does not exist (exit 5).
    NotFound,
    /// The object already exists or changed concurrently (exit 6).
    Conflict,
    /// Bad configuration or arguments (exit 2).
    Usage,
    /// Anything else (exit 1).
    Other,
}

impl Error {
    /// Classifies the error for exit codes.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::NotLoggedIn { .. } => ErrorKind::Auth,
            Error::Api(api) => api.kind(),
            Error::UnknownProfile { .. }
            | Error::InvalidSetting { .. }
            | Error::Config { .. }
            | Error::MissingSetting { .. } => ErrorKind::Usage,
            _ => ErrorKind::Other,
        }
    }

    pub(crate) fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            cause: source,
        }
    }

    /// Maps a transport error; never includes request bodies (they may hold secrets).
    pub(crate) fn transport(url: &str, err: &reqwest::Error) -> Self {
        let reason = if err.is_connect() {
            "connection refused or host unreachable".to_owned()
        } else if err.is_timeout() {
            "timed out".to_owned()
        } else {
            let mut reason = err.to_string();
            let mut src = std::error::Error::source(err);
            while let Some(s) = src {
                reason = format!("{reason}: {s}");
                src = s.source();
            }
            reason
        };
        Error::Unreachable {
            url: strip_query(url),
            reason,
        }
    }
}

/// Drops the query string so codes or tokens in it never reach a message.
pub(crate) fn strip_query(url: &str) -> String {
    url.split('?').next().unwrap_or(url).to_owned()
}

/// The normalised error code of a server answer (gRPC/Connect codes, RFC 6749 codes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorCode {
    /// gRPC 3 / `invalid_argument`.
    InvalidArgument,
    /// gRPC 5 / `not_found`.
    NotFound,
    /// gRPC 6 / `already_exists`.
    AlreadyExists,
    /// gRPC 7 / `permission_denied`.
    PermissionDenied,
    /// gRPC 8 / `resource_exhausted`.
    ResourceExhausted,
    /// gRPC 9 / `failed_precondition`.
    FailedPrecondition,
    /// gRPC 10 / `aborted`.
    Aborted,
    /// gRPC 14 / `unavailable`.
    Unavailable,
    /// gRPC 16 / `unauthenticated`.
    Unauthenticated,
    /// gRPC 13 / `internal` (and unknown, data_loss).
    Internal,
    /// An RFC 6749 / RFC 8628 error such as `invalid_grant` or `slow_down`.
    OAuth(String),
    /// Any other code, verbatim.
    Other(String),
}

impl ErrorCode {
    fn from_grpc(n: i64) -> Self {
        match n {
            3 | 11 => ErrorCode::InvalidArgument,
            5 => ErrorCode::NotFound,
            6 => ErrorCode::AlreadyExists,
            7 => ErrorCode::PermissionDenied,
            8 => ErrorCode::ResourceExhausted,
            9 => ErrorCode::FailedPrecondition,
            10 => ErrorCode::Aborted,
            14 => ErrorCode::Unavailable,
            16 => ErrorCode::Unauthenticated,
            2 | 13 | 15 => ErrorCode::Internal,
            other => ErrorCode::Other(other.to_string()),
        }
    }

    fn from_connect(s: &str) -> Self {
        match s {
            "invalid_argument" | "out_of_range" => ErrorCode::InvalidArgument,
            "not_found" => ErrorCode::NotFound,
            "already_exists" => ErrorCode::AlreadyExists,
            "permission_denied" => ErrorCode::PermissionDenied,
            "resource_exhausted" => ErrorCode::ResourceExhausted,
            "failed_precondition" => ErrorCode::FailedPrecondition,
            "aborted" => ErrorCode::Aborted,
            "unavailable" => ErrorCode::Unavailable,
            "unauthenticated" => ErrorCode::Unauthenticated,
            "internal" | "unknown" | "data_loss" => ErrorCode::Internal,
            other => ErrorCode::Other(other.to_owned()),
        }
    }

    fn from_status(status: u16) -> Self {
        match status {
            400 => ErrorCode::InvalidArgument,
            401 => ErrorCode::Unauthenticated,
            403 => ErrorCode::PermissionDenied,
            404 => ErrorCode::NotFound,
            409 => ErrorCode::AlreadyExists,
            429 => ErrorCode::ResourceExhausted,
            503 => ErrorCode::Unavailable,
            s if s >= 500 => ErrorCode::Internal,
            s => ErrorCode::Other(format!("http_{s}")),
        }
    }

    /// The wire name (`not_found`, `invalid_grant`, …).
    pub fn as_str(&self) -> &str {
        match self {
            ErrorCode::InvalidArgument => "invalid_argument",
            ErrorCode::NotFound => "not_found",
            ErrorCode::AlreadyExists => "already_exists",
            ErrorCode::PermissionDenied => "permission_denied",
            ErrorCode::ResourceExhausted => "resource_exhausted",
            ErrorCode::FailedPrecondition => "failed_precondition",
            ErrorCode::Aborted => "aborted",
            ErrorCode::Unavailable => "unavailable",
            ErrorCode::Unauthenticated => "unauthenticated",
            ErrorCode::Internal => "internal",
            ErrorCode::OAuth(s) | ErrorCode::Other(s) => s,
        }
    }
}

/// An error answer from a server, parsed from whichever body shape it used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status.
    pub status: u16,
    /// Normalised code; branch on this, not on the status (README §3.7).
    pub code: ErrorCode,
    /// The server's message (ZITADEL's includes the error id in parentheses).
    pub message: String,
    /// ZITADEL error id such as `QUERY-Dfbg2`, when the body had one.
    pub error_id: Option<String>,
    /// Request id, when the server sent one (header `x-request-id` or in the body).
    pub request_id: Option<String>,
    /// The URL called, without its query.
    pub url: String,
    /// How long the server asked the client to wait (`Retry-After` of a 429 or 503).
    pub retry_after: Option<std::time::Duration>,
}

impl std::error::Error for ApiError {}

impl ApiError {
    /// Parses an error body; never fails (an unknown body becomes a status-based error).
    pub fn parse(status: u16, url: &str, body: &[u8], request_id: Option<String>) -> Self {
        let mut err = ApiError {
            status,
            code: ErrorCode::from_status(status),
            message: String::new(),
            error_id: None,
            request_id,
            url: strip_query(url),
            retry_after: None,
        };
        match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(map)) => err.fill_from_json(&map),
            _ => err.message = body_snippet(body),
        }
        if err.message.is_empty() {
            err.message = format!("HTTP {status}");
        }
        err
    }

    fn fill_from_json(&mut self, map: &serde_json::Map<String, Value>) {
        if let Some(Value::String(oauth)) = map.get("error") {
            self.code = ErrorCode::OAuth(oauth.clone());
            self.message = map
                .get("error_description")
                .and_then(Value::as_str)
                .unwrap_or(oauth)
                .to_owned();
            return;
        }
        match map.get("code") {
            Some(Value::Number(n)) => {
                if let Some(n) = n.as_i64() {
                    self.code = ErrorCode::from_grpc(n);
                }
            }
            Some(Value::String(s)) => self.code = ErrorCode::from_connect(s),
            _ => {}
        }
        if let Some(msg) = map.get("message").and_then(Value::as_str) {
            self.message = msg.to_owned();
        }
        self.error_id = map
            .get("details")
            .and_then(Value::as_array)
            .and_then(|d| d.iter().find_map(detail_id));
        if self.request_id.is_none() {
            self.request_id = ["request_id", "requestId"]
                .iter()
                .find_map(|k| map.get(*k).and_then(Value::as_str).map(str::to_owned));
        }
    }

    /// Exit-code class of this error.
    pub fn kind(&self) -> ErrorKind {
        match &self.code {
            ErrorCode::Unauthenticated => ErrorKind::Auth,
            ErrorCode::OAuth(c) if is_auth_oauth_code(c) => ErrorKind::Auth,
            ErrorCode::NotFound => ErrorKind::NotFound,
            ErrorCode::AlreadyExists | ErrorCode::Aborted => ErrorKind::Conflict,
            // The workspace API's 409 (`ws_api` error bodies): a taken name or a race.
            ErrorCode::Other(c) if c == "conflict" => ErrorKind::Conflict,
            _ => ErrorKind::Other,
        }
    }

    /// What the person should do next, when there is a clear answer, saying each
    /// fact once: the reason only when the server gave none (a bare status or OAuth
    /// code), the remedy unless the server's message already names whom to ask.
    pub fn hint(&self) -> Option<String> {
        let (why, remedy) = self.advice()?;
        let bare = self.says_only_the_status();
        let advised = self.message.contains("ask ");
        let parts: Vec<&str> = [bare.then_some(why), (!advised).then_some(remedy)]
            .into_iter()
            .flatten()
            .filter(|p| !p.is_empty())
            .collect();
        (!parts.is_empty()).then(|| parts.join(": "))
    }

    /// Whether the server's message is no more than the status or the OAuth code.
    fn says_only_the_status(&self) -> bool {
        self.message == format!("HTTP {}", self.status)
            || matches!(&self.code, ErrorCode::OAuth(c) if *c == self.message)
    }

    /// The reason behind this error code and the remedy, as far as ws knows them.
    fn advice(&self) -> Option<(&'static str, &'static str)> {
        Some(match &self.code {
            ErrorCode::Unauthenticated => (
                "the token is missing, expired or revoked",
                "run `ws auth login`",
            ),
            ErrorCode::PermissionDenied => (
                "your account lacks the permission for this",
                "ask an administrator to grant the role",
            ),
            ErrorCode::ResourceExhausted => ("rate limited or over quota", "wait and retry"),
            ErrorCode::Unavailable => (
                "the server is unavailable",
                "retry later or check `ws doctor`",
            ),
            ErrorCode::OAuth(c) => match c.as_str() {
                "invalid_grant" => (
                    "the grant is no longer valid (expired, revoked or already used)",
                    "run `ws auth login`",
                ),
                "invalid_client" | "unauthorized_client" => (
                    "the client is not allowed",
                    "check client_id (and secret) with `ws profile show`",
                ),
                "invalid_scope" => (
                    "a requested scope is not allowed",
                    "check `scopes` in the profile",
                ),
                "access_denied" => ("the authorization was denied", ""),
                "expired_token" => (
                    "the code expired before it was approved",
                    "run `ws auth login` again",
                ),
                _ => return None,
            },
            _ => return None,
        })
    }
}

fn is_auth_oauth_code(code: &str) -> bool {
    matches!(
        code,
        "invalid_grant"
            | "invalid_token"
            | "access_denied"
            | "expired_token"
            | "invalid_client"
            | "unauthorized_client"
    )
}

/// The ZITADEL error id of one `details[]` entry (REST: top-level `id`; Connect: `debug.id`).
fn detail_id(detail: &Value) -> Option<String> {
    detail
        .get("id")
        .or_else(|| detail.get("debug").and_then(|d| d.get("id")))
        .and_then(Value::as_str)
        .map(str::to_owned)
}

/// The first 200 characters of a non-JSON body, on one line.
fn body_snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    one_line.chars().take(200).collect()
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.says_only_the_status() {
            write!(f, "HTTP {} ({}", self.status, self.code.as_str())?;
        } else {
            let (msg, status, code) = (&self.message, self.status, self.code.as_str());
            write!(f, "{msg} (HTTP {status}, {code}")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, ", request id {id}")?;
        }
        write!(f, ")")?;
        if let Some(hint) = self.hint() {
            write!(f, "; {hint}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_zitadel_rest_body() {
        let body = br#"{"code": 5, "message": "User could not be found (QUERY-Dfbg2)",
 "details": [{"@type": "type.googleapis.com/zitadel.v1.ErrorDetail",
              "id": "QUERY-Dfbg2", "message": "User could not be found"}]}"#;
        let e = ApiError::parse(404, "http://h/v2/users/1?x=secret", body, None);
        assert_eq!(e.code, ErrorCode::NotFound);
        assert_eq!(e.kind(), ErrorKind::NotFound);
        assert_eq!(e.error_id.as_deref(), Some("QUERY-Dfbg2"));
        assert_eq!(e.url, "http://h/v2/users/1");
        assert_eq!(
            e.to_string(),
            "User could not be found (QUERY-Dfbg2) (HTTP 404, not_found)"
        );
    }

    #[test]
    fn a_workspace_conflict_is_a_conflict() {
        let body = br#"{"code": "conflict", "message": "an item named 'x' already exists in this folder"}"#;
        let e = ApiError::parse(409, "http://h/api/v1/drive/files/1/copy", body, None);
        assert_eq!(
            (e.code.as_str(), e.kind()),
            ("conflict", ErrorKind::Conflict)
        );
    }

    #[test]
    fn parses_zitadel_connect_body_and_branches_on_code_not_status() {
        let body = br#"{"code": "already_exists", "message": "User already exists (COMMAND-k2unb)",
 "details": [{"type": "zitadel.v1.ErrorDetail", "value": "abc",
              "debug": {"id": "COMMAND-k2unb", "message": "User already exists"}}]}"#;
        // Older Connect servers used other statuses: the body code decides.
        let e = ApiError::parse(
            412,
            "http://h/zitadel.user.v2.UserService/CreateUser",
            body,
            None,
        );
        assert_eq!(e.code, ErrorCode::AlreadyExists);
        assert_eq!(e.kind(), ErrorKind::Conflict);
        assert_eq!(e.error_id.as_deref(), Some("COMMAND-k2unb"));
    }

    #[test]
    fn parses_oauth_body_with_hint() {
        let body = br#"{"error":"invalid_grant","error_description":"refresh token invalid"}"#;
        let e = ApiError::parse(400, "http://h/oauth/v2/token", body, None);
        assert_eq!(e.code, ErrorCode::OAuth("invalid_grant".into()));
        assert_eq!(e.kind(), ErrorKind::Auth);
        let text = e.to_string();
        assert!(
            text.starts_with("refresh token invalid (HTTP 400, invalid_grant)"),
            "{text}"
        );
        assert!(text.contains("run `ws auth login`"), "{text}");
    }

    #[test]
    fn each_fact_is_said_once() {
        let forbidden = |msg: &str| {
            let body = serde_json::json!({"code": "permission_denied", "message": msg});
            ApiError::parse(403, "u", body.to_string().as_bytes(), None).to_string()
        };
        // The server names whom to ask: ws adds no remedy of its own.
        let text = forbidden("your role on this doc is viewer; this needs editor: ask its owner");
        assert_eq!(text.matches("ask ").count(), 1, "{text}");
        assert!(!text.contains("lacks the permission"), "{text}");
        // A bare message gets ws's remedy, still once.
        let text = forbidden("No matching permissions found");
        assert!(
            text.ends_with("; ask an administrator to grant the role"),
            "{text}"
        );
        // Only a bare status gets the reason too.
        let text = ApiError::parse(401, "u", b"", None).to_string();
        assert_eq!(
            text,
            "HTTP 401 (unauthenticated); the token is missing, expired or revoked: \
             run `ws auth login`"
        );
        let body =
            br#"{"error":"invalid_grant","error_description":"the refresh token was revoked"}"#;
        let text = ApiError::parse(400, "u", body, None).to_string();
        assert_eq!(
            text,
            "the refresh token was revoked (HTTP 400, invalid_grant); run `ws auth login`"
        );
    }

    #[test]
    fn unauthenticated_rest_and_connect_are_auth() {
        let rest = ApiError::parse(
            401,
            "u",
            br#"{"code":16,"message":"auth header missing"}"#,
            None,
        );
        let connect = ApiError::parse(
            401,
            "u",
            br#"{"code":"unauthenticated","message":"x"}"#,
            None,
        );
        assert_eq!(rest.kind(), ErrorKind::Auth);
        assert_eq!(connect.kind(), ErrorKind::Auth);
        assert!(rest.to_string().contains("ws auth login"));
    }

    #[test]
    fn workspace_body_request_id_is_kept() {
        let body = br#"{"code":"not_found","message":"document not found","request_id":"r-1"}"#;
        let e = ApiError::parse(404, "u", body, None);
        assert_eq!(e.request_id.as_deref(), Some("r-1"));
        assert!(e.to_string().contains("request id r-1"));
    }

    #[test]
    fn non_json_body_falls_back_to_status() {
        let e = ApiError::parse(502, "u", b"<html>\n<b>Bad gateway</b></html>", None);
        assert_eq!(e.code, ErrorCode::Internal);
        assert_eq!(e.message, "<html> <b>Bad gateway</b></html>");
        let empty = ApiError::parse(403, "u", b"", None);
        assert_eq!(empty.message, "HTTP 403");
        assert_eq!(empty.code, ErrorCode::PermissionDenied);
    }

    #[test]
    fn config_error_names_file_line_and_key() {
        let e = Error::Config {
            path: "/x/config.toml".into(),
            line: Some(3),
            key: Some("profile.dev.scopes".into()),
            message: "expected an array".into(),
        };
        assert_eq!(
            e.to_string(),
            "config file /x/config.toml, line 3, key `profile.dev.scopes`: expected an array"
        );
    }
}
