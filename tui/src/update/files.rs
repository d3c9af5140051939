//! `update` for the Docs and Drive views and the transfers panel: opening docs and
//! folders (and going back up), the share/upload/download/new-doc/new-folder forms
//! (refused when read-only, except downloads), selecting what a create made,
//! starting, following and cancelling transfers, and the loads these views asked for.

use ws_client::ws_api::workspace::docs::DocSummary;
use ws_client::ws_api::workspace::sharing::ResourceKind;

use super::{close, refresh};
use crate::files::{
    Created, Crumb, Direction, DocRow, DownloadOp, DriveLoc, DriveState, FilesEffect, FilesMsg,
    MkdirOp, ShareTarget, Transfer, TransferState, UploadOp,
};
use crate::form::Form;
use crate::keymap::Action;
use crate::model::{Model, Overlay, Tab};
use crate::msg::{Data, Effect, Resource, WriteOp};
use crate::table::Table;

/// What the current view loads besides [`Tab::resources`]: the Drive's current
/// folder; for Docs the users list (owner names), until it arrived or failed once
/// (a caller who may not list users still gets the docs, with owner ids).
pub(super) fn extra_resources(model: &Model) -> Vec<Resource> {
    match model.tab {
        Tab::Drive => vec![Resource::Drive(model.files.drive.loc())],
        Tab::Docs if !model.users.loaded && model.users.error.is_none() => {
            vec![Resource::Users]
        }
        _ => Vec::new(),
    }
}

/// After a load of another view's data: the users list names the docs' owners.
pub(super) fn after_loaded(model: &mut Model, res: &Resource) {
    if *res == Resource::Users && !model.files.summaries.is_empty() {
        let rows = doc_rows(model, &model.files.summaries);
        model.files.docs.set_rows(rows);
    }
}

/// Whether a resource of these views still has to be loaded when its view opens.
pub(super) fn missing(model: &Model, res: &Resource) -> bool {
    match res {
        Resource::Docs => !model.files.docs.loaded,
        Resource::Drive(loc) => *loc != model.files.drive.loc() || !model.files.drive.table.loaded,
        _ => false,
    }
}

/// Handles the actions these views own; `None` leaves the action to the generic code.
pub(super) fn act(model: &mut Model, action: Action) -> Option<Vec<Effect>> {
    let tab = model.tab;
    Some(match action {
        Action::Details if tab == Tab::Docs => open_doc(model),
        Action::Details if tab == Tab::Drive => match selected_drive(model) {
            Some((id, name, true)) => open_folder(model, id, name),
            Some(_) => item_details(model),
            None => Vec::new(),
        },
        Action::Info if tab == Tab::Drive => item_details(model),
        Action::Back if tab == Tab::Drive && model.files.drive.table.filter().is_empty() => {
            if model.files.drive.path.is_empty() {
                return None;
            }
            go_up(model)
        }
        Action::ParentFolder if tab == Tab::Drive => go_up(model),
        Action::SharedWithMe if tab == Tab::Drive => {
            let shared = !model.files.drive.shared;
            model.files.drive = DriveState {
                shared,
                ..DriveState::default()
            };
            load_drive(model)
        }
        // `create` makes what the view lists: a doc in Docs, a folder in Drive.
        Action::Create if tab == Tab::Docs => new_doc_form(model),
        Action::Create if tab == Tab::Drive => mkdir_form(model),
        Action::Share => share_form(model),
        Action::Upload => upload_form(model),
        Action::Download => download_form(model),
        Action::Transfers => {
            let t = &mut model.files.transfers;
            t.open = !t.open;
            let page = model.page();
            super::on_table!(model, t => t.scroll_into_view(page));
            Vec::new()
        }
        Action::CancelTransfer => cancel(model),
        Action::TransferUp | Action::TransferDown => {
            let t = &mut model.files.transfers;
            if t.open {
                let last = t.list.len().saturating_sub(1);
                t.selected = if action == Action::TransferUp {
                    t.selected.saturating_sub(1)
                } else {
                    (t.selected + 1).min(last)
                };
            }
            Vec::new()
        }
        Action::Info | Action::ParentFolder | Action::SharedWithMe => Vec::new(),
        _ => return None,
    })
}

/// In the details pane of a doc or drive item, after the selection moved: show (and
/// load) the newly selected one instead.
pub(super) fn follow(model: &mut Model) -> Option<Vec<Effect>> {
    match model.tab {
        Tab::Docs => Some(open_doc(model)),
        Tab::Drive => Some(item_details(model)),
        _ => None,
    }
}

fn selected_drive(model: &Model) -> Option<(String, String, bool)> {
    model
        .files
        .drive
        .table
        .selected_row()
        .map(|r| (r.id.clone(), r.name.clone(), r.folder))
}

fn open_doc(model: &mut Model) -> Vec<Effect> {
    let Some(id) = model.files.docs.selected_row().map(|d| d.id.clone()) else {
        return Vec::new();
    };
    model.overlay = Some(Overlay::Details);
    if model.files.doc.as_ref().is_some_and(|d| d.id != id) {
        model.files.doc = None;
    }
    let target = ShareTarget {
        kind: ResourceKind::Doc,
        id: id.clone(),
    };
    refresh(model, &[Resource::Doc(id), Resource::Shares(target)])
}

fn item_details(model: &mut Model) -> Vec<Effect> {
    let Some((id, _, folder)) = selected_drive(model) else {
        return Vec::new();
    };
    model.overlay = Some(Overlay::Details);
    let kind = if folder {
        ResourceKind::Folder
    } else {
        ResourceKind::File
    };
    refresh(model, &[Resource::Shares(ShareTarget { kind, id })])
}

/// Starts loading the Drive's current location into a fresh table.
fn load_drive(model: &mut Model) -> Vec<Effect> {
    model.files.drive.table = Table::default();
    let loc = model.files.drive.loc();
    refresh(model, &[Resource::Drive(loc)])
}

fn open_folder(model: &mut Model, id: String, name: String) -> Vec<Effect> {
    model.files.drive.path.push(Crumb { id, name });
    model.files.drive.reselect = None;
    load_drive(model)
}

fn go_up(model: &mut Model) -> Vec<Effect> {
    let Some(left) = model.files.drive.path.pop() else {
        model.info("Already at the top of the drive");
        return Vec::new();
    };
    model.files.drive.reselect = Some(left.id);
    load_drive(model)
}

fn refuse_readonly(model: &mut Model, action: Action) -> bool {
    if model.settings.readonly {
        model.error(format!(
            "{} is disabled: the dashboard was started with --readonly",
            action.name()
        ));
    }
    model.settings.readonly
}

fn share_form(model: &mut Model) -> Vec<Effect> {
    if refuse_readonly(model, Action::Share) {
        return Vec::new();
    }
    let picked = match model.tab {
        Tab::Docs => model
            .files
            .docs
            .selected_row()
            .map(|d| (ResourceKind::Doc, d.id.clone(), d.title.clone())),
        Tab::Drive => model.files.drive.table.selected_row().map(|r| {
            let kind = if r.folder {
                ResourceKind::Folder
            } else {
                ResourceKind::File
            };
            (kind, r.id.clone(), r.name.clone())
        }),
        _ => None,
    };
    let Some((kind, id, name)) = picked else {
        model.error("share: select a doc, folder or file in the Docs or Drive view first");
        return Vec::new();
    };
    model.overlay = Some(Overlay::Form(Form::share(ShareTarget { kind, id }, &name)));
    Vec::new()
}

fn upload_form(model: &mut Model) -> Vec<Effect> {
    if refuse_readonly(model, Action::Upload) {
        return Vec::new();
    }
    if model.tab != Tab::Drive {
        model.error("upload: open the Drive view and the folder to upload into first");
        return Vec::new();
    }
    let drive = &model.files.drive;
    let loc = drive.loc();
    if loc == DriveLoc::Shared {
        model.error("upload: open a shared folder first (Shared with me is not a folder)");
        return Vec::new();
    }
    let op = UploadOp {
        local: String::new(),
        name: String::new(),
        parent_id: drive.path.last().map(|c| c.id.clone()),
        folder: drive.cli_path(),
        loc,
    };
    let place = drive.breadcrumb();
    model.overlay = Some(Overlay::Form(Form::upload(op, &place)));
    Vec::new()
}

fn new_doc_form(model: &mut Model) -> Vec<Effect> {
    if !refuse_readonly(model, Action::Create) {
        model.overlay = Some(Overlay::Form(Form::new_doc()));
    }
    Vec::new()
}

fn mkdir_form(model: &mut Model) -> Vec<Effect> {
    if refuse_readonly(model, Action::Create) {
        return Vec::new();
    }
    let drive = &model.files.drive;
    let loc = drive.loc();
    if loc == DriveLoc::Shared {
        model.error("create: open a shared folder first (Shared with me is not a folder)");
        return Vec::new();
    }
    let op = MkdirOp {
        name: String::new(),
        parent_id: drive.path.last().map(|c| c.id.clone()),
        folder: drive.cli_path(),
        loc,
    };
    let place = drive.breadcrumb();
    model.overlay = Some(Overlay::Form(Form::mkdir(op, &place)));
    Vec::new()
}

fn download_form(model: &mut Model) -> Vec<Effect> {
    if model.tab != Tab::Drive {
        model.error("download: select a file in the Drive view first");
        return Vec::new();
    }
    match selected_drive(model) {
        Some((item_id, name, false)) => {
            let op = DownloadOp {
                item_id,
                name,
                dest: ".".into(),
                loc: model.files.drive.loc(),
            };
            model.overlay = Some(Overlay::Form(Form::download(op)));
        }
        Some((_, name, true)) => model.error(format!(
            "download: '{name}' is a folder; select a file (or use ws drive download -r)"
        )),
        None => model.error("download: select a file first"),
    }
    Vec::new()
}

fn cancel(model: &mut Model) -> Vec<Effect> {
    let t = &mut model.files.transfers;
    if !t.open {
        return Vec::new();
    }
    let Some(tr) = t.list.get_mut(t.selected) else {
        model.error("cancel-transfer: there is no transfer");
        return Vec::new();
    };
    if tr.state != TransferState::Running {
        let name = tr.name.clone();
        model.error(format!("cancel-transfer: {name} is not running"));
        return Vec::new();
    }
    tr.state = TransferState::Cancelled;
    let (id, name) = (tr.id, tr.name.clone());
    model.info(format!("Cancelled the transfer of {name}"));
    vec![Effect::Files(FilesEffect::Cancel(id))]
}

/// A submitted form: transfers start here (and the form closes); other ops come
/// back to be sent as a write.
pub(super) fn submit(model: &mut Model, op: WriteOp) -> Result<Vec<Effect>, Box<WriteOp>> {
    let (direction, name, local, loc) = match &op {
        WriteOp::Upload(u) => (Direction::Up, &u.name, &u.local, &u.loc),
        WriteOp::Download(d) => (Direction::Down, &d.name, &d.dest, &d.loc),
        other => return Err(Box::new(other.clone())),
    };
    let t = &mut model.files.transfers;
    let id = t.next_id;
    t.next_id += 1;
    t.list.push(Transfer {
        id,
        direction,
        name: name.clone(),
        local: local.clone(),
        done: 0,
        total: None,
        base: None,
        elapsed_ms: 0,
        state: TransferState::Running,
        loc: loc.clone(),
    });
    t.selected = t.list.len() - 1;
    t.open = true;
    close(model);
    let verb = if direction == Direction::Up {
        "Uploading"
    } else {
        "Downloading"
    };
    model.info(format!("{verb} {name}… — same as: {}", op.command_line()));
    let effect = match op {
        WriteOp::Upload(u) => FilesEffect::Upload(id, u),
        WriteOp::Download(d) => FilesEffect::Download(id, d),
        _ => return Ok(Vec::new()),
    };
    Ok(vec![Effect::Files(effect)])
}

/// Transfer progress and outcomes.
pub(super) fn on_msg(model: &mut Model, msg: FilesMsg) -> Vec<Effect> {
    match msg {
        FilesMsg::Progress {
            id,
            done,
            total,
            elapsed_ms,
        } => {
            if let Some(t) = model.files.transfers.get_mut(id)
                && t.state == TransferState::Running
            {
                t.base.get_or_insert(done);
                t.done = done;
                t.total = total.or(t.total);
                t.elapsed_ms = elapsed_ms;
            }
            Vec::new()
        }
        FilesMsg::Finished { id, result } => finished(model, id, result),
        FilesMsg::Created { op, result } => created(model, *op, result),
    }
}

/// A doc or folder create finished: like any write (form closed, status with the
/// `ws` command, its list reloaded), and the new item is selected once it arrives.
fn created(model: &mut Model, op: WriteOp, result: Result<Created, String>) -> Vec<Effect> {
    if result.is_ok() {
        // Reload even if a load of that list is already under way: it may have
        // started before the create and come back without the new item.
        model.inflight.remove(&op.affects());
    }
    let result = result.map(|c| {
        match &op {
            WriteOp::CreateDoc(_) => {
                model.files.doc_reselect = Some(c.id);
                reselect_doc(model);
            }
            WriteOp::Mkdir(m) if m.loc == model.files.drive.loc() => {
                model.files.drive.reselect = Some(c.id);
                reselect_item(model);
            }
            _ => {}
        }
        c.message
    });
    super::actions::on_wrote(model, op, result)
}

/// Selects the doc waiting to be selected once the list has it (a load that started
/// before its create may come back without it; the next one will have it).
fn reselect_doc(model: &mut Model) {
    let Some(id) = model.files.doc_reselect.clone() else {
        return;
    };
    if model.files.summaries.iter().any(|d| d.id == id) {
        model.files.doc_reselect = None;
        let page = model.page();
        model.files.docs.select_id(&id, page);
    }
}

/// Selects the drive item waiting to be selected (the folder left by going up, or
/// one just made) once the current folder's rows have it.
fn reselect_item(model: &mut Model) {
    let drive = &mut model.files.drive;
    let Some(id) = drive.reselect.clone() else {
        return;
    };
    if drive.table.rows().iter().any(|r| r.id == id) {
        drive.reselect = None;
        let page = model.page();
        model.files.drive.table.select_id(&id, page);
    }
}

fn finished(model: &mut Model, id: u64, result: Result<String, String>) -> Vec<Effect> {
    let Some(t) = model.files.transfers.get_mut(id) else {
        return Vec::new();
    };
    // A cancelled transfer may still report once before its task stops.
    if t.state != TransferState::Running {
        return Vec::new();
    }
    let (upload, loc, name) = (t.direction == Direction::Up, t.loc.clone(), t.name.clone());
    match result {
        Ok(done) => {
            if let Some(total) = t.total {
                t.done = total;
            }
            t.state = TransferState::Done(done.clone());
            model.info(done);
            if upload && model.files.drive.loc() == loc {
                return refresh(model, &[Resource::Drive(loc)]);
            }
        }
        Err(e) => {
            t.state = TransferState::Failed(e.clone());
            model.error(format!("transfer of {name} failed: {e}"));
        }
    }
    Vec::new()
}

/// Stores a load of these views (a folder answer for a place left meanwhile is dropped).
pub(super) fn on_loaded(model: &mut Model, data: Data) {
    match data {
        Data::Docs(docs) => {
            let rows = doc_rows(model, &docs);
            model.files.docs.set_rows(rows);
            model.files.summaries = docs;
            reselect_doc(model);
        }
        Data::Doc(d) => model.files.doc = Some(d),
        Data::Drive(loc, mut rows) => {
            if loc != model.files.drive.loc() {
                return;
            }
            crate::files::DriveRow::sort(&mut rows);
            model.files.drive.table.set_rows(rows);
            reselect_item(model);
        }
        Data::Shares(target, lines) => model.files.shares = Some((target, lines)),
        _ => {}
    }
}

fn doc_rows(model: &Model, docs: &[DocSummary]) -> Vec<DocRow> {
    let users = model.users.rows();
    docs.iter()
        .map(|d| {
            DocRow::from_summary(d, |id| {
                users
                    .iter()
                    .find(|u| u.id == id)
                    .map(|u| u.username.clone())
            })
        })
        .collect()
}

/// Marks a failed load of these views.
pub(super) fn on_failed(model: &mut Model, res: &Resource, err: &str) {
    match res {
        Resource::Docs => {
            model.files.docs.loading = false;
            model.files.docs.error = Some(err.to_owned());
        }
        Resource::Drive(loc) if *loc == model.files.drive.loc() => {
            model.files.drive.table.loading = false;
            model.files.drive.table.error = Some(err.to_owned());
        }
        _ => {}
    }
}

/// Sets the loading mark of a table of these views.
pub(super) fn set_loading(model: &mut Model, res: &Resource, on: bool) {
    match res {
        Resource::Docs => model.files.docs.loading = on,
        Resource::Drive(loc) if *loc == model.files.drive.loc() => {
            model.files.drive.table.loading = on;
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests;
