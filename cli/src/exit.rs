//! The exit-code contract of `ws`, and the mapping from errors to codes.

use ws_client::ErrorKind;

/// Success.
pub const OK: i32 = 0;
/// A failure not covered below.
pub const ERROR: i32 = 1;
/// Bad usage: unknown flag, invalid value, unknown profile, broken config.
pub const USAGE: i32 = 2;
/// Partial failure: some items of a bulk operation failed.
pub const PARTIAL: i32 = 3;
/// Authentication needed: not logged in, or the token was rejected.
pub const AUTH: i32 = 4;
/// The object was not found.
pub const NOT_FOUND: i32 = 5;
/// Conflict: the object already exists or changed concurrently.
pub const CONFLICT: i32 = 6;

/// Interrupted by Ctrl-C (128 + SIGINT, as shells report it).
pub const INTERRUPTED: i32 = 130;

/// The text shown under "Exit codes" in `ws --help`.
pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0  success
  1  error
  2  usage error (bad flag or value, unknown profile, broken config file)
  3  partial failure (some items of a bulk operation failed)
  4  authentication needed (not logged in, or the token was rejected)
  5  not found
  6  conflict (already exists, or changed concurrently)
  130  interrupted (Ctrl-C)";

/// An error that carries its own exit code (usage problems found by commands).
#[derive(Debug)]
pub struct ExitError {
    /// The code to exit with.
    pub code: i32,
    /// The message for stderr.
    pub message: String,
}

impl std::fmt::Display for ExitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ExitError {}

/// A usage error with a message.
pub fn usage(message: impl Into<String>) -> anyhow::Error {
    ExitError {
        code: USAGE,
        message: message.into(),
    }
    .into()
}

/// An error with a given exit code.
pub fn with_code(code: i32, message: impl Into<String>) -> anyhow::Error {
    ExitError {
        code,
        message: message.into(),
    }
    .into()
}

/// Whether the error is a broken pipe on output (the reader went away: exit 0), as
/// a bare IO error or one the client wrapped with what it was doing (a download to
/// stdout closed by `head`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    let broken = |io: &std::io::Error| io.kind() == std::io::ErrorKind::BrokenPipe;
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>().is_some_and(broken)
            || matches!(
                e.downcast_ref::<ws_client::Error>(),
                Some(ws_client::Error::Io { cause, .. }) if broken(cause)
            )
    })
}

/// The exit code for an error, from the first typed error in its chain.
pub fn code_for(err: &anyhow::Error) -> i32 {
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<ExitError>() {
            return e.code;
        }
        if let Some(e) = cause.downcast_ref::<ws_client::Error>() {
            if matches!(e, ws_client::Error::Cancelled) {
                return INTERRUPTED;
            }
            return kind_code(e.kind());
        }
        if let Some(e) = cause.downcast_ref::<ws_client::admin::ResolveError>() {
            return kind_code(e.kind());
        }
        if let Some(e) = cause.downcast_ref::<ws_client::workspace::lookup::LookupError>() {
            return kind_code(e.kind());
        }
        if let Some(e) = cause.downcast_ref::<ws_client::ApiError>() {
            return kind_code(e.kind());
        }
    }
    ERROR
}

fn kind_code(kind: ErrorKind) -> i32 {
    match kind {
        ErrorKind::Auth => AUTH,
        ErrorKind::NotFound => NOT_FOUND,
        ErrorKind::Conflict => CONFLICT,
        ErrorKind::Usage => USAGE,
        ErrorKind::Other => ERROR,
    }
}
