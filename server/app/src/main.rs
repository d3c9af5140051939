//! The `ws-server` binary: parses the command line and hands over to the library.

use anyhow::Context;
use clap::Parser;
use ws_server::cli::{Cli, Command, ServeArgs};
use ws_server::config::EXAMPLE_CONFIG;
use ws_server::{ServerConfig, telemetry};

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::DefaultConfig => {
            print!("{EXAMPLE_CONFIG}");
            Ok(())
        }
        Command::ValidateConfig { file } => {
            ws_server::config_file::read_and_check(&file)?;
            println!("{}: ok", file.display());
            Ok(())
        }
        Command::RotateMasterKey(args) => {
            telemetry::init();
            let config =
                ServerConfig::load(args.config.as_deref(), std::env::vars(), &args.overrides())?;
            let rotation = tokio::runtime::Runtime::new()
                .context("cannot start the async runtime")?
                .block_on(ws_server::rotate::rotate_master_key(
                    &config,
                    &args.new_key_file,
                ))?;
            print!("{}", rotation.summary(&args.new_key_file));
            Ok(())
        }
        Command::Serve(args) => {
            telemetry::init();
            tokio::runtime::Runtime::new()
                .context("cannot start the async runtime")?
                .block_on(serve(args))
        }
    }
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let config = ServerConfig::load(args.config.as_deref(), std::env::vars(), &args.overrides())?;
    let listener = tokio::net::TcpListener::bind(config.server.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.server.listen))?;
    let running = ws_server::start(listener, config, ws_server::shutdown_signal()).await?;
    ws_server::server::print_banner(&running, &mut std::io::stderr());
    running.wait().await
}
