//! Machinery shared by the bulk commands (`ws users import`, `ws apply`): reading input
//! rows and writing failed ones back for a re-run ([`input`]), per-row outcomes, the
//! report file and the summary ([`report`]), and the terminal-only progress bar
//! ([`progress`]).

pub mod input;
pub mod progress;
pub mod report;
