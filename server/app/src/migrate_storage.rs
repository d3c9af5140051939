//! `ws-server migrate-storage`: moves a stopped deployment from SQLite and local blobs
//! onto PostgreSQL and S3. The copying and checking live in the libraries
//! (`ws_storage::migrate` for tables, `ws_workspace::drive::migrate` for blobs); this
//! file parses the flags, opens the blob stores as `[blobs]` describes them, and shows
//! progress: an `indicatif` bar when stderr is a terminal, plain lines otherwise (a
//! log or a pipe). The summary goes to stdout. No URL is ever printed: a database URL
//! may hold a password.

use std::cell::Cell;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, bail};
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use ws_storage::migrate::{MigrateOptions, MigrateReport, Migration, Step};
use ws_workspace::drive::blobs::BlobStore;
use ws_workspace::drive::migrate::{BlobCopyReport, copy_blobs, verify_blobs};

use crate::ServerConfig;
use crate::config::FlagOverrides;
use crate::config_blobs::BlobsSection;

/// Options of `migrate-storage`.
#[derive(Debug, Args)]
#[command(after_help = "\
Stop the server first. The source is opened read-only and never changed.

Examples:
  ws-server migrate-storage --from sqlite:///srv/ws/ws.db \\
      --to postgres://ws@db.internal/ws \\
      --blobs-from file:///srv/ws --blobs-to s3://ws-files/prod --config ws-server.toml

  # After an interruption (or to verify a finished migration):
  ws-server migrate-storage --from ... --to ... --resume")]
pub struct MigrateStorageArgs {
    /// The deployment's database: sqlite://PATH (its ws.db).
    #[arg(long, value_name = "URL")]
    pub from: String,
    /// The new database: postgres://USER[:PASSWORD]@HOST[:PORT]/DB, empty or migrated
    /// by this ws-server (its schema is created when missing).
    #[arg(long, value_name = "URL")]
    pub to: String,
    /// The deployment's blob store: file:///DIR (its data directory) or s3://BUCKET/PREFIX.
    #[arg(long, value_name = "URL", requires = "blobs_to")]
    pub blobs_from: Option<String>,
    /// The new blob store: s3://BUCKET/PREFIX or file:///DIR.
    #[arg(long, value_name = "URL", requires = "blobs_from")]
    pub blobs_to: Option<String>,
    /// The new server's configuration file: its [blobs] section gives the S3 endpoint,
    /// region, path style and credentials (else the AWS_* variables do).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Finish an interrupted migration into the target, or verify a finished one,
    /// instead of refusing a target that holds rows.
    #[arg(long)]
    pub resume: bool,
    /// Rows per batch (one INSERT and one transaction each).
    #[arg(long, value_name = "N", default_value_t = 1000,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub batch_rows: u32,
}

/// Runs the migration: tables, then blobs, then the check of every blob.
pub async fn run(args: MigrateStorageArgs) -> anyhow::Result<()> {
    let started = Instant::now();
    let blobs = match (&args.blobs_from, &args.blobs_to) {
        (Some(from), Some(to)) => Some(open_blob_stores(args.config.as_deref(), from, to)?),
        _ => None,
    };
    let mut migration = Migration::open(&args.from, &args.to).await?;
    let options = MigrateOptions {
        resume: args.resume,
        batch_rows: args.batch_rows as usize,
    };
    let report = copy_tables(&mut migration, &options).await?;
    let tables_took = started.elapsed();
    print_table_summary(&report, tables_took);
    if let Some((from, to)) = blobs {
        let blobs_started = Instant::now();
        let copied = copy_all_blobs(&from, &to).await?;
        let expected = migration.blob_references().await?;
        check_blobs(&to, &expected).await?;
        print_blob_summary(&copied, expected.len(), blobs_started.elapsed());
    } else {
        println!("blobs: not copied (no --blobs-from/--blobs-to)");
    }
    migration.close().await;
    println!("done in {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}

/// Opens both blob stores; S3 settings come from the configuration's `[blobs]`.
fn open_blob_stores(
    config: Option<&Path>,
    from: &str,
    to: &str,
) -> anyhow::Result<(BlobStore, BlobStore)> {
    if from == to {
        bail!("--blobs-from and --blobs-to name the same store");
    }
    let base = ServerConfig::load(config, std::env::vars(), &FlagOverrides::default())?.blobs;
    let open = |flag: &str, url: &str| -> anyhow::Result<BlobStore> {
        let section = BlobsSection {
            url: Some(url.to_owned()),
            ..base.clone()
        };
        let (store, described) = section
            // The URL is set, so no data directory is consulted.
            .open(Path::new("."))
            .with_context(|| flag.to_owned())?;
        eprintln!("{flag}: {described}");
        Ok(store)
    };
    let from_store = open("--blobs-from", from)?;
    let to_store = open("--blobs-to", to)?;
    Ok((from_store, to_store))
}

/// Copies every table, showing rows as they land.
async fn copy_tables(
    migration: &mut Migration,
    options: &MigrateOptions,
) -> anyhow::Result<MigrateReport> {
    let display = Display::new("rows");
    let mut on_step = |step: Step<'_>| match step {
        Step::Planned(tables) => {
            let total: u64 = tables.iter().map(|t| t.rows).sum();
            display.start(total, &format!("{} tables, {total} rows", tables.len()));
        }
        Step::Rows { table, done, total } => display.table(table, done, total),
        Step::Verified => display.finish("row counts verified"),
    };
    let report = migration.run(options, &mut on_step).await;
    display.clear();
    Ok(report?)
}

/// Copies every blob the target lacks, each one hashed on the way.
async fn copy_all_blobs(from: &BlobStore, to: &BlobStore) -> anyhow::Result<BlobCopyReport> {
    let display = Display::new("blobs");
    let mut started = false;
    let report = copy_blobs(from, to, |r| {
        if !started {
            display.start(r.total, &format!("{} blobs", r.total));
            started = true;
        }
        display.blob("copying", r.copied + r.skipped, r.total, r.bytes);
    })
    .await;
    display.clear();
    Ok(report?)
}

/// Reads back every blob the migrated drive refers to and checks its sha256 and size.
async fn check_blobs(
    to: &BlobStore,
    expected: &[ws_storage::migrate::BlobRef],
) -> anyhow::Result<()> {
    let display = Display::new("blobs");
    let total = expected.len() as u64;
    display.start(
        total,
        &format!("verifying {total} blobs the drive refers to"),
    );
    let result = verify_blobs(to, expected, |done, bytes| {
        display.blob("verifying", done, total, bytes);
    })
    .await;
    display.clear();
    Ok(result?)
}

fn print_table_summary(report: &MigrateReport, took: std::time::Duration) {
    let rows: u64 = report.tables.iter().map(|(_, n)| n).sum();
    let secs = took.as_secs_f64().max(1e-3);
    if report.already_complete {
        println!(
            "tables: already migrated; {} tables, {rows} rows verified",
            report.tables.len()
        );
    } else {
        println!(
            "tables: {} tables, {rows} rows verified, {} copied now in {secs:.1} s ({:.0} rows/s)",
            report.tables.len(),
            report.copied,
            report.copied as f64 / secs
        );
    }
}

fn print_blob_summary(copied: &BlobCopyReport, verified: usize, took: std::time::Duration) {
    let secs = took.as_secs_f64().max(1e-3);
    let mib = copied.bytes as f64 / (1024.0 * 1024.0);
    println!(
        "blobs: {} copied ({mib:.1} MiB), {} already there, {verified} verified by sha256, \
         in {secs:.1} s ({:.1} MiB/s copied)",
        copied.copied,
        copied.skipped,
        mib / secs
    );
}

/// Progress on stderr: a bar on a terminal, else one plain line per step.
struct Display {
    bar: Option<ProgressBar>,
    unit: &'static str,
    /// Rows of the tables already complete (the bar counts rows over all tables).
    finished_rows: Cell<u64>,
}

impl Display {
    fn new(unit: &'static str) -> Display {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            let template = format!("{{bar:30}} {{pos}}/{{len}} {unit} {{per_sec}} {{msg}}");
            if let Ok(style) = ProgressStyle::with_template(&template) {
                bar.set_style(style);
            }
            bar
        });
        Display {
            bar,
            unit,
            finished_rows: Cell::new(0),
        }
    }

    fn start(&self, total: u64, what: &str) {
        match &self.bar {
            Some(bar) => {
                bar.set_length(total);
                bar.set_message(what.to_owned());
            }
            None => eprintln!("{what}"),
        }
    }

    fn table(&self, table: &str, done: u64, total: u64) {
        match &self.bar {
            Some(bar) => {
                bar.set_position(self.finished_rows.get() + done);
                bar.set_message(table.to_owned());
            }
            None => eprintln!("table {table}: {done}/{total} {}", self.unit),
        }
        if done == total {
            self.finished_rows.set(self.finished_rows.get() + total);
        }
    }

    fn blob(&self, doing: &str, done: u64, total: u64, bytes: u64) {
        let mib = bytes as f64 / (1024.0 * 1024.0);
        match &self.bar {
            Some(bar) => {
                bar.set_position(done);
                bar.set_message(format!("{doing}, {mib:.1} MiB"));
            }
            None => eprintln!("{doing} blobs: {done}/{total} ({mib:.1} MiB)"),
        }
    }

    fn finish(&self, what: &str) {
        match &self.bar {
            Some(bar) => bar.set_message(what.to_owned()),
            None => eprintln!("{what}"),
        }
    }

    fn clear(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
