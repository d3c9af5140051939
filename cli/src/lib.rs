//! The `ws` command line: the clap tree, output renderers and exit codes. The binary
//! in `main.rs` only parses arguments and calls [`run`].

use clap::Parser;

/// `ws`: administer a ZITADEL-based workspace from the terminal.
#[derive(Debug, Parser)]
#[command(name = "ws", version, about, long_about = None)]
pub struct Cli {}

/// Parses the command line and runs the chosen command; returns the process exit code.
pub fn run() -> i32 {
    let _cli = Cli::parse();
    0
}
