//! `ws-bench`: what `bench/identity.sh` needs and HTTP cannot give it yet.
//!
//! - `setup` adds a benchmark service account straight into a bootstrapped data
//!   directory's database (through `ws-storage`, as the management API will): a machine
//!   user issuing JWT access tokens, with a client secret (client credentials) and an
//!   RSA key (jwt-bearer). It writes their secrets to a 0600 JSON file.
//! - `assertions` pre-signs JWT-bearer assertions, one per line, so the load generator
//!   sends a fresh assertion per request without spending the measured CPU on signing.
//!
//! Benchmark tooling only: nothing here is part of the server.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Parser, Subcommand};
use rsa::pkcs8::{EncodePrivateKey, EncodePublicKey, LineEnding};
use serde::{Deserialize, Serialize};
use ws_identity::secrets::{digest, random_token};
use ws_storage::{AccessTokenType, Machine, MachineKey, Store, User, UserKind, UserState};

/// Benchmark helpers for `bench/identity.sh`.
#[derive(Debug, Parser)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Add the `bench-svc` service account to DATA/ws.db; write its secrets to OUT.
    Setup {
        /// A data directory bootstrapped by ws-server.
        #[arg(long)]
        data: PathBuf,
        /// Where to write the credentials (JSON, mode 0600).
        #[arg(long)]
        out: PathBuf,
    },
    /// Print COUNT signed jwt-bearer assertions for the account in CREDS, one per line.
    Assertions {
        /// The file `setup` wrote.
        #[arg(long)]
        creds: PathBuf,
        /// The issuer (the assertions' audience).
        #[arg(long)]
        issuer: String,
        /// How many.
        #[arg(long)]
        count: usize,
    },
}

/// The benchmark account's credentials.
#[derive(Serialize, Deserialize)]
struct Creds {
    user_id: String,
    client_id: String,
    client_secret: String,
    key_id: String,
    private_key_pem: String,
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Cmd::Setup { data, out } => tokio::runtime::Runtime::new()?.block_on(setup(&data, &out)),
        Cmd::Assertions {
            creds,
            issuer,
            count,
        } => assertions(&creds, &issuer, count),
    }
}

async fn setup(data: &Path, out: &Path) -> anyhow::Result<()> {
    let store = Store::open_sqlite(&data.join("ws.db")).await?;
    let info: serde_json::Value = serde_json::from_slice(
        &std::fs::read(data.join("bootstrap.json")).context("bootstrap.json")?,
    )?;
    let org_id = info["default_org"]["id"]
        .as_str()
        .context("default_org.id")?;
    let now = i64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)?
            .as_secs(),
    )?;
    let secret = random_token(32);
    let user = User {
        id: ws_storage::new_id(),
        org_id: org_id.to_owned(),
        username: "bench-svc".into(),
        state: UserState::Active,
        kind: UserKind::Machine(Machine {
            name: "bench-svc".into(),
            description: "benchmark service account".into(),
            access_token_type: AccessTokenType::Jwt,
            secret_digest: Some(digest(&secret)),
        }),
        created_at: now,
        changed_at: now,
    };
    store.users.create_user(&user).await?;
    let key = rsa::RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048)?;
    let machine_key = MachineKey {
        id: ws_storage::new_id(),
        user_id: user.id.clone(),
        public_key_pem: key.to_public_key().to_public_key_pem(LineEnding::LF)?,
        expires_at: now + 86_400,
        created_at: now,
    };
    store.users.add_machine_key(&machine_key).await?;
    let creds = Creds {
        user_id: user.id,
        client_id: user.username,
        client_secret: secret,
        key_id: machine_key.id,
        private_key_pem: key.to_pkcs8_pem(LineEnding::LF)?.to_string(),
    };
    let mut f = std::fs::OpenOptions::new();
    f.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut f, 0o600);
    f.open(out)?
        .write_all(&serde_json::to_vec_pretty(&creds)?)?;
    Ok(())
}

#[derive(Serialize)]
struct Assertion<'a> {
    iss: &'a str,
    sub: &'a str,
    aud: &'a str,
    iat: u64,
    exp: u64,
    jti: String,
}

fn assertions(creds: &Path, issuer: &str, count: usize) -> anyhow::Result<()> {
    let creds: Creds = serde_json::from_slice(&std::fs::read(creds)?)?;
    let key = jsonwebtoken::EncodingKey::from_rsa_pem(creds.private_key_pem.as_bytes())?;
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
    header.kid = Some(creds.key_id.clone());
    let iat = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs();
    let threads = std::thread::available_parallelism().map_or(2, usize::from);
    let per = count.div_ceil(threads);
    let lines: Vec<anyhow::Result<Vec<String>>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let (key, header, creds) = (&key, &header, &creds);
                s.spawn(move || {
                    (0..per.min(count.saturating_sub(t * per)))
                        .map(|_| {
                            let claims = Assertion {
                                iss: &creds.user_id,
                                sub: &creds.user_id,
                                aud: issuer,
                                iat,
                                exp: iat + 3000,
                                jti: uuid::Uuid::new_v4().to_string(),
                            };
                            Ok(jsonwebtoken::encode(header, &claims, key)?)
                        })
                        .collect()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("signing thread"))
            .collect()
    });
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for chunk in lines {
        for line in chunk? {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}
