//! The `ws` command line: the clap tree ([`cli`], one file per command under
//! [`cmd`]), the injected context ([`ctx`]), output renderers ([`output`]) and the
//! exit-code contract ([`exit`]). The binary in `main.rs` only calls
//! [`main_with_process_io`]. Depends on `ws-client` (and `ws-tui`), never on servers.

pub mod bulk;
pub mod cli;
pub mod cmd;
pub mod confirm;
pub mod ctx;
pub mod exit;
pub mod output;

use std::ffi::OsString;

use clap::Parser;
use ws_client::Env;

use crate::cli::Cli;
use crate::ctx::{Ctx, Io};

/// Runs `ws` with the process's arguments, environment and stdio; returns the exit code.
pub fn main_with_process_io() -> i32 {
    run(std::env::args_os(), Env::from_process(), Io::process())
}

/// Runs `ws` with the given arguments, environment and IO; returns the exit code.
pub fn run<I, T>(args: I, env: Env, io: Io) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => return clap_exit(&io, &env, &e),
    };
    let ctx = Ctx::new(io, env, cli.global.overrides(), cli.global.fields.clone());
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            ctx.say(format_args!(
                "ws: error: cannot start the async runtime: {e}"
            ));
            return exit::ERROR;
        }
    };
    let result = runtime.block_on(cmd::run(cli.command, &ctx));
    ctx.flush_notices();
    match result {
        Ok(code) => code,
        Err(err) if exit::is_broken_pipe(&err) => exit::OK,
        Err(err) => {
            let style = ctx.err_style();
            ctx.say(format_args!("ws: {}: {err:#}", style.red("error")));
            exit::code_for(&err)
        }
    }
}

/// Prints clap's help/version to stdout (exit 0) or its usage error to stderr (exit 2).
fn clap_exit(io: &Io, env: &Env, e: &clap::Error) -> i32 {
    use clap::error::ErrorKind;
    let info = matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion);
    let tty = if info { io.out_tty } else { io.err_tty };
    let colour =
        !env.is_set("NO_COLOR") && (env.get("CLICOLOR_FORCE").is_some_and(|v| v != "0") || tty);
    let text = if colour {
        e.render().ansi().to_string()
    } else {
        e.render().to_string()
    };
    let _ = io.write_raw(info, &text);
    if info { exit::OK } else { exit::USAGE }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(dir: &std::path::Path) -> Env {
        let p = |s: &str| dir.join(s).display().to_string();
        Env::from_pairs([
            ("XDG_CONFIG_HOME", p("config")),
            ("XDG_DATA_HOME", p("data")),
            ("XDG_RUNTIME_DIR", p("run")),
        ])
    }

    #[test]
    fn runs_in_process_on_injected_streams() {
        let tmp = tempfile::tempdir().unwrap();
        let (io, out, err) = Io::test("");
        let args = [
            "ws",
            "profile",
            "set",
            "dev",
            "issuer=http://127.0.0.1:9",
            "token_store=file",
            "--default",
        ];
        assert_eq!(run(args, env(tmp.path()), io), exit::OK, "{}", err.text());
        assert!(out.text().is_empty() && err.text().starts_with("Saved profile 'dev'"));

        let (io, out, _) = Io::test("");
        assert_eq!(
            run(["ws", "profile", "list", "-o", "json"], env(tmp.path()), io),
            exit::OK
        );
        let list: serde_json::Value = serde_json::from_str(&out.text()).unwrap();
        assert_eq!(list[0]["name"], "dev");

        let (io, out, err) = Io::test("");
        assert_eq!(
            run(["ws", "auth", "token"], env(tmp.path()), io),
            exit::AUTH
        );
        assert!(out.text().is_empty());
        assert!(
            err.text().contains("not logged in (profile 'dev')"),
            "{}",
            err.text()
        );

        let (io, _, err) = Io::test("tok-1\n");
        assert_eq!(
            run(["ws", "login", "--with-token"], env(tmp.path()), io),
            exit::OK,
            "{}",
            err.text()
        );
        let (io, out, _) = Io::test("");
        assert_eq!(run(["ws", "auth", "token"], env(tmp.path()), io), exit::OK);
        assert_eq!(out.text(), "tok-1\n");
    }

    #[test]
    fn usage_errors_go_to_stderr_and_help_to_stdout() {
        let tmp = tempfile::tempdir().unwrap();
        let (io, out, err) = Io::test("");
        assert_eq!(run(["ws", "--bogus"], env(tmp.path()), io), exit::USAGE);
        assert!(out.text().is_empty() && err.text().contains("--bogus"));
        let (io, out, err) = Io::test("");
        assert_eq!(
            run(["ws", "profile", "--help"], env(tmp.path()), io),
            exit::OK
        );
        assert!(out.text().contains("Usage: ws profile") && err.text().is_empty());
    }
}
