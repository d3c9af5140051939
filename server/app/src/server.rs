//! Starting and stopping the server: data directory, store, identity bootstrap, the
//! HTTP listener and graceful shutdown.

use std::future::Future;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use axum_server::tls_rustls::RustlsConfig;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use url::Url;
use ws_identity::IdentityState;
use ws_identity::bootstrap::{BootstrapOptions, BootstrapReport, ensure_bootstrapped};

use crate::config::ServerConfig;
use crate::http::OpsState;

pub use crate::config_storage::DATABASE_FILE;

/// A server that has bound, bootstrapped and is answering requests.
#[derive(Debug)]
pub struct RunningServer {
    /// The address actually bound (meaningful when listening on port 0).
    pub local_addr: SocketAddr,
    /// The issuer URL tokens carry.
    pub issuer: Url,
    /// `https` when the listener speaks TLS, else `http`.
    pub scheme: &'static str,
    /// The data directory in use.
    pub data_dir: PathBuf,
    /// Which database holds the records (no credentials in it).
    pub database: String,
    /// Which blob store holds drive files (no credentials in it).
    pub blob_store: String,
    /// What bootstrap created or found (ids, file paths, a generated admin password);
    /// `None` on a workspace-only server (`identity.enabled = false`).
    pub bootstrap: Option<BootstrapReport>,
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
/// bootstraps a fresh instance (unless `identity.enabled = false` makes it a
/// workspace-only server), then serves until `shutdown` resolves. Returns once
/// the server is ready to answer.
pub async fn start(
    listener: TcpListener,
    config: ServerConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<RunningServer> {
    let local_addr = listener
        .local_addr()
        .context("listener has no local address")?;
    let tls_files = crate::tls::TlsFiles::from_config(
        config.server.tls_cert.as_deref(),
        config.server.tls_key.as_deref(),
    )?;
    let scheme = if tls_files.is_some() { "https" } else { "http" };
    let data_dir = config.server.data_dir.clone().context(
        "no data directory: pass --data DIR, set server.data_dir in the config file \
         or WS_SERVER__SERVER__DATA_DIR",
    )?;
    config.check_mode()?;
    prepare_data_dir(&data_dir)?;
    let issuer = match (&config.server.issuer, &config.workspace.issuer) {
        (Some(url), _) => url.clone(),
        // A workspace-only server's tokens come from the issuer it trusts.
        (None, Some(url)) if !config.identity.enabled => url.clone(),
        _ => {
            Url::parse(&format!("{scheme}://{local_addr}")).context("issuer from listen address")?
        }
    };
    let (store, database) = config.storage.open(&data_dir).await?;
    let identity = match config.identity.enabled {
        true => Some(Identity::start(&config, store.clone(), &data_dir, &issuer).await?),
        false => None,
    };
    let (blobs, blob_store) = config.blobs.open(&data_dir)?;
    wait_for_blobs(&blobs, &blob_store).await?;
    let sources = crate::workspace::Sources {
        info: identity.as_ref().map(|i| &i.bootstrap.info),
        revocations: identity.as_ref().map(|i| i.state.revocations.clone()),
    };
    let workspace = crate::workspace::state(&config, &data_dir, sources, store, blobs.clone())?;
    let backends = crate::ready::Backends {
        database: database.clone(),
        blobs: blob_store.clone(),
    };
    let ops = match &identity {
        Some(i) => OpsState::embedded(&i.state, blobs, backends),
        None => OpsState {
            store: workspace.store.clone(),
            blobs,
            tokens: crate::ready::Tokens::Remote(workspace.auth.clone()),
            backends,
        },
    };
    // The identity purge runs where the identity provider does.
    let housekeeping = identity.as_ref().map(|i| {
        ws_identity::housekeeping::spawn(i.state.clone(), ws_identity::housekeeping::PURGE_INTERVAL)
    });
    // The identity outbox is relayed where the identity provider writes it.
    let relay = identity.as_ref().map(|_| {
        ws_workspace::identity_events::spawn(
            workspace.clone(),
            ws_workspace::identity_events::RELAY_INTERVAL,
        )
    });
    let drive_gc = ws_workspace::drive::gc::spawn(
        ws_workspace::drive::gc::DriveGc::of(&workspace),
        workspace.config.drive_gc_interval,
    );
    let edge = crate::edge::Edge::from_config(&config, tls_files.is_some())?;
    let app = crate::http::app(ops, ws_workspace::router(workspace), edge);
    let (tls, reloader) = match tls_files {
        Some(files) => {
            let live = RustlsConfig::from_config(files.load()?);
            let reloader = crate::tls::reload_on_sighup(files, live.clone())?;
            (Some(live), Some(reloader))
        }
        None => (None, None),
    };
    let grace = config.server.shutdown_grace;
    let task = tokio::spawn(async move {
        let served = serve(listener, app, tls, shutdown, grace).await;
        if let Some(reloader) = reloader {
            reloader.abort();
        }
        // The purge and the drive collector hold the store; they end with the server,
        // not with the runtime.
        if let Some(h) = housekeeping {
            h.abort();
        }
        if let Some(r) = relay {
            r.abort();
        }
        drive_gc.abort();
        served
    });
    let mode = if identity.is_some() {
        "identity provider and workspace"
    } else {
        "workspace only"
    };
    tracing::info!(%local_addr, %issuer, %scheme, mode, data_dir = %data_dir.display(), %database, %blob_store, "ws-server listening");
    if ws_auth::BENCH_NO_AUTH {
        tracing::warn!(
            "THIS IS A bench-no-auth BUILD: /api/v1 accepts every request as a fixed \
             benchmark principal WITHOUT validating any token; for benchmarks only, never deploy"
        );
    }
    Ok(RunningServer {
        local_addr,
        issuer,
        scheme,
        data_dir,
        database,
        blob_store,
        bootstrap: identity.map(|i| i.bootstrap),
        task,
    })
}

/// The embedded identity provider, bootstrapped and holding its signing keys.
struct Identity {
    state: IdentityState,
    bootstrap: BootstrapReport,
}

impl Identity {
    async fn start(
        config: &ServerConfig,
        store: ws_storage::Store,
        data_dir: &Path,
        issuer: &Url,
    ) -> anyhow::Result<Self> {
        let master_keys = crate::master_key::load(&config.identity, data_dir)
            .context("cannot load the master key that encrypts secrets at rest")?;
        let state = IdentityState::new(config.identity_config(issuer.clone()), store)
            .with_master_keys(master_keys);
        let bootstrap = bootstrap(&state, config, data_dir, issuer).await?;
        ws_identity::tokens::ensure_signing_keys(&state)
            .await
            .context("cannot load or create the token signing keys")?;
        Ok(Self { state, bootstrap })
    }
}

/// Waits, retrying with backoff for about half a minute, until the blob store answers;
/// each retry is logged. A store that never answers stops the start, naming the key.
async fn wait_for_blobs(
    blobs: &ws_workspace::drive::blobs::BlobStore,
    described: &str,
) -> anyhow::Result<()> {
    use backon::Retryable;
    let policy = backon::ExponentialBuilder::default()
        .with_min_delay(Duration::from_millis(250))
        .with_max_delay(Duration::from_secs(8))
        .with_max_times(6);
    (|| blobs.check())
        .retry(policy)
        .notify(|e, wait| {
            tracing::warn!(store = described, error = %e, ?wait,
                "the blob store does not answer yet; retrying");
        })
        .await
        .with_context(|| {
            format!(
                "blobs.url: the blob store ({described}) does not answer; check the bucket, \
                 blobs.endpoint and the credentials (blobs.access_key_id or AWS_ACCESS_KEY_ID)"
            )
        })
}

/// Bootstraps a fresh data directory, or checks the existing bootstrap.
async fn bootstrap(
    identity: &IdentityState,
    config: &ServerConfig,
    data_dir: &Path,
    issuer: &Url,
) -> anyhow::Result<BootstrapReport> {
    let b = &config.bootstrap;
    let opts = BootstrapOptions {
        data_dir: data_dir.to_owned(),
        issuer: issuer.as_str().trim_end_matches('/').to_owned(),
        demo: config.server.demo,
        admin_username: b.admin_username.clone(),
        admin_email: b.admin_email.clone(),
        admin_password: b.admin_password.as_ref().map(|p| p.expose().to_owned()),
    };
    Ok(ensure_bootstrapped(&identity.store, identity.clock.now(), &opts).await?)
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
/// gives up on them after `grace`. Plain listeners speak HTTP/1.1 and cleartext HTTP/2
/// (prior knowledge, h2c); TLS listeners negotiate either by ALPN.
async fn serve(
    listener: TcpListener,
    app: axum::Router,
    tls: Option<RustlsConfig>,
    shutdown: impl Future<Output = ()> + Send + 'static,
    grace: Duration,
) -> anyhow::Result<()> {
    let handle = axum_server::Handle::<SocketAddr>::new();
    let stopper = handle.clone();
    let signal = tokio::spawn(async move {
        shutdown.await;
        tracing::info!("shutdown requested; finishing in-flight requests");
        stopper.graceful_shutdown(Some(grace));
    });
    // Connect info gives the rate limiters the client's address; without it every
    // client would share one bucket.
    let app = app.into_make_service_with_connect_info::<SocketAddr>();
    let listener = listener
        .into_std()
        .context("cannot take over the listener")?;
    let served = match tls {
        Some(config) => {
            axum_server::tls_rustls::from_tcp_rustls(listener, config)?
                .handle(handle)
                .serve(app)
                .await
        }
        None => {
            axum_server::from_tcp(listener)?
                .handle(handle)
                .serve(app)
                .await
        }
    };
    signal.abort();
    served.context("HTTP server failed")?;
    tracing::info!("ws-server stopped");
    Ok(())
}

/// Creates the data directory (mode 0700) if it does not exist.
fn prepare_data_dir(dir: &Path) -> anyhow::Result<()> {
    if dir.is_dir() {
        warn_if_shared(dir);
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

/// The directory holds credentials (admin.pat, the database): say so when other users
/// can read it. An existing directory is the operator's; it is not changed.
fn warn_if_shared(dir: &Path) {
    if let Ok(Some(mode)) = crate::file_mode::open_to_others(dir) {
        tracing::warn!(
            dir = %dir.display(),
            mode = format!("{mode:o}"),
            "the data directory is accessible to other users; consider chmod 700"
        );
    }
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

/// Tells the operator, on stderr, where the server is and how to use it. The admin
/// password appears here only on the start that generated it, and never in the log.
pub fn print_banner(running: &RunningServer, out: &mut impl std::io::Write) {
    let Some(b) = &running.bootstrap else {
        let _ = writeln!(
            out,
            "\nws-server {} (workspace only) is listening on {}://{}\n  \
             tokens from:        {}\n  data directory:     {}\n  drive blob store:   {}\n",
            crate::cli::VERSION,
            running.scheme,
            running.local_addr,
            running.issuer,
            running.data_dir.display(),
            running.blob_store,
        );
        return;
    };
    let issuer = b.info.issuer.as_str();
    let mut lines = vec![
        String::new(),
        format!(
            "ws-server {} is listening on {}://{}",
            crate::cli::VERSION,
            running.scheme,
            running.local_addr
        ),
        format!("  issuer (OIDC):      {issuer}"),
        format!("  data directory:     {}", running.data_dir.display()),
        format!("  database:           {}", running.database),
        format!("  drive blob store:   {}", running.blob_store),
        format!(
            "  admin PAT (IAM_OWNER service account `{}`): {}",
            b.info.service_account_username,
            b.admin_pat_path.display()
        ),
    ];
    if let Some(password) = &b.generated_admin_password {
        lines.push(format!(
            "  admin user `{}` password (shown once, store it now): {password}",
            b.info.admin_username
        ));
    }
    if let Some(path) = &b.demo_credentials_path {
        lines.push(format!(
            "  demo users (alice, bob, charlie, dave): {}",
            path.display()
        ));
    }
    lines.extend([
        String::new(),
        "Log in with ws:".to_owned(),
        format!(
            "  export WS_ISSUER={issuer} WS_CLIENT_ID={}",
            b.info.cli_client_id
        ),
        "  ws login                                  # browser (PKCE) or device code".to_owned(),
        format!(
            "  ws login --with-token < {}   # as the service account",
            b.admin_pat_path.display()
        ),
        String::new(),
    ]);
    let _ = writeln!(out, "{}", lines.join("\n"));
}
