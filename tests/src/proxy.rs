//! A TCP proxy on 127.0.0.1 in front of a real service (an S3 server, PostgreSQL), so a
//! test can make that service unreachable and bring it back on the same address while
//! a server keeps running against it.
//!
//! Cutting it is what a crashed or stopped service looks like to its clients: every
//! open connection is closed and new ones are refused (the listening socket is gone).
//! Restoring it listens again on the same port and forwards as before. The service
//! itself is never touched, so one shared by other tests can sit behind it.

use std::net::SocketAddr;

use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

/// The proxy; cut when dropped.
#[derive(Debug)]
pub struct TcpProxy {
    /// Where clients connect: `127.0.0.1:PORT`, the same before and after a cut.
    pub addr: SocketAddr,
    target: String,
    forwarding: Option<JoinHandle<()>>,
}

impl TcpProxy {
    /// Listens on a free port of 127.0.0.1 and forwards every connection to `target`
    /// (`HOST:PORT`).
    pub async fn start(target: &str) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the proxy");
        let addr = listener.local_addr().expect("the proxy's address");
        let target = target.to_owned();
        let forwarding = Some(tokio::spawn(forward(listener, target.clone())));
        Self {
            addr,
            target,
            forwarding,
        }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn http_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Makes the service unreachable: open connections are closed and connecting is
    /// refused. Returns once the listening socket is closed.
    pub async fn cut(&mut self) {
        if let Some(task) = self.forwarding.take() {
            task.abort();
            // The task, its listener and every connection it holds are dropped by now.
            let _ = task.await;
        }
    }

    /// Listens again on the same address and forwards new connections.
    pub async fn restore(&mut self) {
        if self.forwarding.is_some() {
            return;
        }
        // tokio (mio) sets SO_REUSEADDR on Unix, so the port can be bound again at once.
        let listener = TcpListener::bind(self.addr)
            .await
            .expect("listen again on the proxy's port");
        self.forwarding = Some(tokio::spawn(forward(listener, self.target.clone())));
    }
}

impl Drop for TcpProxy {
    fn drop(&mut self) {
        if let Some(task) = self.forwarding.take() {
            task.abort();
        }
    }
}

/// Accepts connections and copies bytes both ways between each and a new connection
/// to `target`; aborting this task drops the listener and (with the `JoinSet`) every
/// connection.
async fn forward(listener: TcpListener, target: String) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((mut inbound, _)) = accepted else { continue };
                let target = target.clone();
                connections.spawn(async move {
                    // A target that refuses is passed on as a closed connection.
                    if let Ok(mut outbound) = TcpStream::connect(&target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
            }
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}
