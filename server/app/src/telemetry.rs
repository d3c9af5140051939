//! Tracing setup for the binary: an `EnvFilter` from `WS_LOG` (default `info`), human
//! readable lines on stderr. Handlers and spans never record secrets or credentials.

use tracing_subscriber::EnvFilter;

/// Name of the environment variable holding the log filter.
pub const LOG_ENV: &str = "WS_LOG";

/// Installs the global subscriber; a second call (e.g. in tests) is a no-op.
pub fn init() {
    let filter = EnvFilter::try_from_env(LOG_ENV).unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
}
