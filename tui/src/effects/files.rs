//! The network side of the Docs and Drive views: their loads, the share write,
//! creating docs and folders, and transfers. Transfers reuse `ws-client`'s engines (resumable chunked upload,
//! `.part` download verified by sha256, both streaming in constant memory) and
//! report throttled progress [`Msg`]s; [`Jobs`] keeps their abort handles so a
//! cancel stops them.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::mpsc::UnboundedSender;
use tokio::task::AbortHandle;
use ws_client::Session;
use ws_client::workspace::WorkspaceApi;
use ws_client::workspace::drive::download::{self, Downloaded};
use ws_client::workspace::drive::resume::ResumeStore;
use ws_client::workspace::drive::upload::{self, DEFAULT_CHUNK, Progress, UploadOptions};
use ws_client::workspace::drive::{Drive, Listing};
use ws_client::ws_api::workspace::docs::CreateDoc;
use ws_client::ws_api::workspace::drive::{CreateFolder, ItemKind};
use ws_client::ws_api::workspace::sharing::{CreateShare, Grantee};

use crate::files::rows::human_bytes;
use crate::files::{
    Created, DocDetail, DownloadOp, DriveLoc, DriveRow, FilesEffect, FilesMsg, ShareLine, ShareOp,
    UploadOp,
};
use crate::msg::{Data, Msg, Resource, WriteOp};

/// The least time between two progress messages of one transfer (each redraws).
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

fn s(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// Loads a resource of the Docs or Drive view.
pub(super) async fn load(session: &Session, res: &Resource) -> Result<Data, String> {
    let api = WorkspaceApi::new(session);
    Ok(match res {
        Resource::Docs => Data::Docs(api.list_docs(None, None).await.map_err(s)?),
        Resource::Doc(id) => {
            let (doc, versions, comments) = futures::try_join!(
                api.get_doc(id),
                api.doc_versions(id, None),
                api.doc_comments(id)
            )
            .map_err(s)?;
            Data::Doc(DocDetail::new(&doc, versions.len(), &comments))
        }
        Resource::Drive(loc) => {
            let drive = Drive::new(session).map_err(s)?;
            let listing = match loc {
                DriveLoc::Root => Listing::Root,
                DriveLoc::Shared => Listing::Shared,
                DriveLoc::Folder(id) => Listing::Folder(id.clone()),
            };
            let items = drive.list(&listing).await.map_err(s)?;
            Data::Drive(loc.clone(), items.iter().map(DriveRow::from_item).collect())
        }
        Resource::Shares(t) => {
            let shares = api.list_shares(t.kind, &t.id).await.map_err(s)?;
            Data::Shares(t.clone(), shares.iter().map(ShareLine::from).collect())
        }
        other => return Err(format!("{other:?} is not a docs or drive resource")),
    })
}

/// Shares a doc, folder or file.
/// The grantee as typed is resolved through the server's directory first (exact
/// login or id, org name or id), as `ws share add` does.
pub(super) async fn share(session: &Session, op: &ShareOp) -> Result<String, String> {
    let api = WorkspaceApi::new(session);
    let grantee = match &op.grantee {
        Grantee::User { id } => Grantee::User {
            id: api.find_user(id).await.map_err(s)?.id,
        },
        Grantee::Org { id } => Grantee::Org {
            id: api.find_org(id).await.map_err(s)?.id,
        },
        link @ Grantee::Link { .. } => link.clone(),
    };
    let body = CreateShare {
        kind: op.target.kind,
        resource_id: op.target.id.clone(),
        grantee,
        role: op.role,
        expires_at: None,
    };
    let share = api.add_share(&body).await.map_err(s)?;
    let who = match &share.grantee {
        Grantee::User { id } => format!("user {id}"),
        Grantee::Org { id } => format!("organization {id}"),
        Grantee::Link { id } => format!("a link ({id})"),
    };
    Ok(format!(
        "Shared {} with {who} as {}",
        op.name,
        share.role.as_str()
    ))
}

/// Creates a doc (empty body, like `ws docs create --title T`) or a folder (like
/// `ws drive mkdir`); the server checks the title or name and answers 400 or 409
/// with a message naming the problem, shown as is.
pub(super) async fn create(session: &Session, op: &WriteOp) -> Result<Created, String> {
    match op {
        WriteOp::CreateDoc(d) => {
            let body = CreateDoc {
                title: d.title.clone(),
                body: String::new(),
            };
            let doc = WorkspaceApi::new(session)
                .create_doc(&body)
                .await
                .map_err(s)?;
            Ok(Created {
                message: format!("Created doc '{}' ({})", doc.title, doc.id),
                id: doc.id,
            })
        }
        WriteOp::Mkdir(m) => {
            let body = CreateFolder {
                parent_id: m.parent_id.clone(),
                name: m.name.clone(),
            };
            let item = Drive::new(session)
                .map_err(s)?
                .mkdir(&body)
                .await
                .map_err(s)?;
            Ok(Created {
                message: format!("Created folder '{}'", item.name),
                id: item.id,
            })
        }
        other => Err(format!("{other:?} does not create a doc or folder")),
    }
}

/// Transfers in flight, by id.
#[derive(Debug, Default)]
pub struct Jobs {
    running: HashMap<u64, AbortHandle>,
}

impl Jobs {
    /// Starts a transfer task (its messages go to `tx`), or cancels one.
    pub fn start(
        &mut self,
        session: &Arc<Session>,
        tx: &UnboundedSender<Msg>,
        effect: FilesEffect,
    ) {
        self.running.retain(|_, h| !h.is_finished());
        let id = effect.id();
        let (session, tx) = (session.clone(), tx.clone());
        let task = match effect {
            FilesEffect::Cancel(id) => {
                if let Some(h) = self.running.remove(&id) {
                    h.abort();
                }
                return;
            }
            FilesEffect::Upload(id, op) => tokio::spawn(async move {
                let result = upload(&session, &op, reporter(id, &tx)).await;
                let _ = tx.send(Msg::Files(FilesMsg::Finished { id, result }));
            }),
            FilesEffect::Download(id, op) => tokio::spawn(async move {
                let result = download(&session, &op, reporter(id, &tx)).await;
                let _ = tx.send(Msg::Files(FilesMsg::Finished { id, result }));
            }),
        };
        self.running.insert(id, task.abort_handle());
    }
}

/// Sends progress of transfer `id`: the total once known, then bytes done at most
/// every [`PROGRESS_EVERY`] (and always the last byte).
struct Reporter {
    id: u64,
    tx: UnboundedSender<Msg>,
    start: Instant,
    last: Mutex<Option<Instant>>,
    total: Mutex<Option<u64>>,
}

fn reporter(id: u64, tx: &UnboundedSender<Msg>) -> Arc<Reporter> {
    Arc::new(Reporter {
        id,
        tx: tx.clone(),
        start: Instant::now(),
        last: Mutex::new(None),
        total: Mutex::new(None),
    })
}

impl Reporter {
    fn set_total(&self, total: u64) {
        *self.total.lock().unwrap_or_else(|p| p.into_inner()) = Some(total);
        self.report(0, true);
    }

    fn report(&self, done: u64, force: bool) {
        let total = *self.total.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        {
            let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
            let due = last.is_none_or(|l| now.duration_since(l) >= PROGRESS_EVERY);
            if !(force || due || Some(done) == total) {
                return;
            }
            *last = Some(now);
        }
        let elapsed_ms = u64::try_from(now.duration_since(self.start).as_millis()).unwrap_or(0);
        let _ = self.tx.send(Msg::Files(FilesMsg::Progress {
            id: self.id,
            done,
            total,
            elapsed_ms,
        }));
    }

    fn progress(self: &Arc<Self>) -> Progress {
        let me = self.clone();
        Arc::new(move |done| me.report(done, false))
    }
}

/// `~/x` → the home dir's `x`; other paths as typed (relative to the current dir).
fn local_path(typed: &str) -> PathBuf {
    match (typed.strip_prefix("~/"), dirs::home_dir()) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(typed),
    }
}

async fn upload(session: &Session, op: &UploadOp, rep: Arc<Reporter>) -> Result<String, String> {
    let path = local_path(&op.local);
    let meta = tokio::fs::metadata(&path)
        .await
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if meta.is_dir() {
        return Err(format!(
            "{} is a folder; upload its files one by one (or use ws drive upload -r)",
            path.display()
        ));
    }
    rep.set_total(meta.len());
    let drive = Drive::new(session).map_err(s)?;
    let opts = UploadOptions {
        parent_id: op.parent_id.clone(),
        name: op.name.clone(),
        overwrite: false,
        chunk_size: DEFAULT_CHUNK,
    };
    // An interrupted or cancelled upload of the same file continues next time.
    let resume = ResumeStore::default_location();
    let done = upload::upload_file(&drive, &path, &opts, resume.as_ref(), rep.progress())
        .await
        .map_err(s)?;
    rep.report(done.item.size, true);
    Ok(format!(
        "Uploaded {} ({})",
        done.item.name,
        human_bytes(done.item.size)
    ))
}

async fn download(
    session: &Session,
    op: &DownloadOp,
    rep: Arc<Reporter>,
) -> Result<String, String> {
    let drive = Drive::new(session).map_err(s)?;
    let item = drive.get(&op.item_id).await.map_err(s)?;
    if item.kind == ItemKind::Folder {
        return Err(format!(
            "{} is a folder (use ws drive download -r)",
            item.name
        ));
    }
    rep.set_total(item.size);
    let mut dest = local_path(&op.dest);
    if tokio::fs::metadata(&dest).await.is_ok_and(|m| m.is_dir()) {
        dest = dest.join(&item.name);
    }
    let outcome = download::download_file(&drive, &item, &dest, rep.progress())
        .await
        .map_err(s)?;
    rep.report(item.size, true);
    Ok(match outcome {
        Downloaded::Fetched => format!(
            "Downloaded {} ({}) to {}",
            item.name,
            human_bytes(item.size),
            dest.display()
        ),
        Downloaded::Unchanged => format!("{} already holds these bytes", dest.display()),
    })
}
