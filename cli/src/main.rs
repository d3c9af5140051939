//! Thin binary: all logic lives in the `ws_cli` library.

fn main() {
    std::process::exit(ws_cli::main_with_process_io());
}
