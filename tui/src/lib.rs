//! The `ws dashboard` terminal UI (ratatui). Depends on `ws-client`, never on `ws-cli`.
