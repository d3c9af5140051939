//! Starting and stopping the server: data directory, store, identity bootstrap, the
//! HTTP listener and graceful shutdown.

use std::future::Future;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use url::Url;
use ws_identity::IdentityState;

use crate::config::ServerConfig;

/// Name of the SQLite database inside the data directory.
pub const DATABASE_FILE: &str = "ws.db";

/// A server that has bound, bootstrapped and is answering requests.
#[derive(Debug)]
pub struct RunningServer {
    /// The address actually bound (meaningful when listening on port 0).
    pub local_addr: SocketAddr,
    /// The issuer URL tokens carry.
    pub issuer: Url,
    /// The data directory in use.
    pub data_dir: PathBuf,
    task: JoinHandle<anyhow::Result<()>>,
}

impl RunningServer {
    /// Waits until the server has shut down (after the shutdown future resolved and
    /// in-flight requests finished, or the grace period ran out).
    pub async fn wait(self) -> anyhow::Result<()> {
        self.task.await.context("server task panicked")?
    }
}

/// Starts the server on `listener`: prepares the data directory, opens the store,
/// bootstraps a fresh instance, then serves until `shutdown` resolves. Returns once
/// the server is ready to answer.
pub async fn start(
    listener: TcpListener,
    config: ServerConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<RunningServer> {
    let local_addr = listener
        .local_addr()
        .context("listener has no local address")?;
    let data_dir = config.server.data_dir.clone().context(
        "no data directory: pass --data DIR, set server.data_dir in the config file \
         or WS_SERVER__SERVER__DATA_DIR",
    )?;
    prepare_data_dir(&data_dir)?;
    let issuer = match &config.server.issuer {
        Some(url) => url.clone(),
        None => {
            Url::parse(&format!("http://{local_addr}")).context("issuer from listen address")?
        }
    };
    let db_path = data_dir.join("ws.db");
    let store = ws_storage::Store::open_sqlite(&db_path)
        .await
        .with_context(|| format!("cannot open the database {}", db_path.display()))?;
    let identity = IdentityState::new(config.identity_config(issuer.clone()), store);
    let app = crate::http::app(identity);
    let task = tokio::spawn(serve(listener, app, shutdown, config.server.shutdown_grace));
    tracing::info!(%local_addr, %issuer, data_dir = %data_dir.display(), "ws-server listening");
    Ok(RunningServer {
        local_addr,
        issuer,
        data_dir,
        task,
    })
}

/// Starts the server and runs it until `shutdown` resolves and it has stopped.
pub async fn launch_with_listener(
    listener: TcpListener,
    config: ServerConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    start(listener, config, shutdown).await?.wait().await
}

/// Serves until `shutdown`; then stops accepting, lets in-flight requests finish, and
/// gives up on them after `grace`.
async fn serve(
    listener: TcpListener,
    app: axum::Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
    grace: Duration,
) -> anyhow::Result<()> {
    let (signalled_tx, signalled_rx) = oneshot::channel::<()>();
    let signal = async move {
        shutdown.await;
        tracing::info!("shutdown requested; finishing in-flight requests");
        let _ = signalled_tx.send(());
    };
    let server = axum::serve(listener, app).with_graceful_shutdown(signal);
    let deadline = async move {
        match signalled_rx.await {
            Ok(()) => tokio::time::sleep(grace).await,
            // The server stopped on its own: no deadline.
            Err(_) => std::future::pending().await,
        }
    };
    tokio::select! {
        r = server => r.context("HTTP server failed")?,
        () = deadline => tracing::warn!(?grace, "grace period over; dropping remaining requests"),
    }
    tracing::info!("ws-server stopped");
    Ok(())
}

/// Creates the data directory (mode 0700) if it does not exist.
fn prepare_data_dir(dir: &Path) -> anyhow::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .with_context(|| format!("cannot create data directory {}", dir.display()))
}

/// Resolves when the process receives SIGINT (Ctrl-C) or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

/// Tells the operator, on stderr, where the server is and how to use it.
pub fn print_banner(running: &RunningServer, out: &mut impl std::io::Write) {
    let _ = writeln!(out, "ws-server listening on http://{}", running.local_addr);
    let _ = writeln!(out, "  issuer:    {}", running.issuer);
    let _ = writeln!(out, "  data dir:  {}", running.data_dir.display());
}
