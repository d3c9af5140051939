//! Unit tests of `update` for the Docs and Drive views and transfers.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ws_client::ws_api::workspace::sharing::{Grantee, ResourceKind, ShareRole};

use crate::files::{
    Created, DriveLoc, DriveRow, FilesEffect, FilesMsg, MkdirOp, NewDocOp, ShareTarget,
    TransferState,
};
use crate::model::{Model, Overlay, Settings};
use crate::msg::{Data, Effect, Msg, Resource, WriteOp};
use crate::update::update;

fn key(m: &mut Model, code: KeyCode) -> Vec<Effect> {
    update(m, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn typed(m: &mut Model, text: &str) -> Vec<Effect> {
    text.chars()
        .flat_map(|c| key(m, KeyCode::Char(c)))
        .collect()
}

fn rows() -> Vec<DriveRow> {
    vec![
        DriveRow::new("f1", "Reports", true, 0, "folder", ""),
        DriveRow::new("d1", "notes.txt", false, 10, "text/plain", ""),
    ]
}

/// The Drive view with My Drive's items loaded.
fn drive() -> Model {
    let mut m = Model::new(Settings::default(), (100, 30));
    let fx = typed(&mut m, "8");
    assert!(fx.contains(&Effect::Load(Resource::Drive(DriveLoc::Root))));
    update(&mut m, Msg::Loaded(Data::Drive(DriveLoc::Root, rows())));
    m.inflight.clear();
    m
}

fn progress(id: u64, done: u64, elapsed_ms: u64) -> Msg {
    Msg::Files(FilesMsg::Progress {
        id,
        done,
        total: Some(1000),
        elapsed_ms,
    })
}

#[test]
fn enter_opens_a_folder_and_backspace_or_esc_go_back_up() {
    let mut m = drive();
    let fx = key(&mut m, KeyCode::Enter);
    let inside = DriveLoc::Folder("f1".into());
    assert_eq!(fx, vec![Effect::Load(Resource::Drive(inside.clone()))]);
    assert_eq!(m.files.drive.breadcrumb(), "My Drive / Reports");
    assert!(m.overlay.is_none(), "a folder opens, no details pane");
    // A late answer for the place just left is dropped.
    update(&mut m, Msg::Loaded(Data::Drive(DriveLoc::Root, rows())));
    assert!(!m.files.drive.table.loaded);
    update(&mut m, Msg::Loaded(Data::Drive(inside.clone(), Vec::new())));
    assert!(m.files.drive.table.loaded && m.files.drive.table.is_empty());
    // Backspace goes up and reselects the folder it came from.
    let fx = key(&mut m, KeyCode::Backspace);
    assert_eq!(fx, vec![Effect::Load(Resource::Drive(DriveLoc::Root))]);
    update(&mut m, Msg::Loaded(Data::Drive(DriveLoc::Root, rows())));
    let sel = m.files.drive.table.selected_row().unwrap();
    assert_eq!(sel.id, "f1");
    // Esc goes up too; at the top it does nothing.
    m.inflight.clear();
    key(&mut m, KeyCode::Enter);
    m.inflight.clear();
    assert_eq!(
        key(&mut m, KeyCode::Esc),
        vec![Effect::Load(Resource::Drive(DriveLoc::Root))]
    );
    m.inflight.clear();
    assert!(key(&mut m, KeyCode::Esc).is_empty());
    assert_eq!(m.files.drive.breadcrumb(), "My Drive");
    // `m` switches to Shared with me.
    let fx = typed(&mut m, "m");
    assert_eq!(fx, vec![Effect::Load(Resource::Drive(DriveLoc::Shared))]);
    assert_eq!(m.files.drive.breadcrumb(), "Shared with me");
}

#[test]
fn enter_on_a_file_opens_its_details_and_loads_its_shares() {
    let mut m = drive();
    key(&mut m, KeyCode::Down);
    let fx = key(&mut m, KeyCode::Enter);
    let target = ShareTarget {
        kind: ResourceKind::File,
        id: "d1".into(),
    };
    assert_eq!(fx, vec![Effect::Load(Resource::Shares(target))]);
    assert!(matches!(m.overlay, Some(Overlay::Details)));
}

#[test]
fn an_upload_reports_progress_and_reloads_its_folder() {
    let mut m = drive();
    typed(&mut m, "u/tmp/a.txt");
    key(&mut m, KeyCode::Enter);
    let fx = key(&mut m, KeyCode::Enter);
    let [Effect::Files(FilesEffect::Upload(0, op))] = fx.as_slice() else {
        panic!("{fx:?}")
    };
    assert_eq!(
        (op.name.as_str(), op.parent_id.as_ref(), &op.loc),
        ("a.txt", None, &DriveLoc::Root)
    );
    assert!(m.overlay.is_none() && m.files.transfers.open);
    // The first report is the resumed offset; the rate counts only later bytes.
    update(&mut m, progress(0, 200, 0));
    update(&mut m, progress(0, 700, 500));
    let t = &m.files.transfers.list[0];
    assert_eq!((t.done, t.total, t.rate()), (700, Some(1000), 1000));
    update(&mut m, progress(7, 10, 10));
    let fx = update(
        &mut m,
        Msg::Files(FilesMsg::Finished {
            id: 0,
            result: Ok("Uploaded a.txt".into()),
        }),
    );
    assert_eq!(fx, vec![Effect::Load(Resource::Drive(DriveLoc::Root))]);
    let t = &m.files.transfers.list[0];
    assert_eq!(
        (t.done, &t.state),
        (1000, &TransferState::Done("Uploaded a.txt".into()))
    );
}

#[test]
fn cancel_stops_the_selected_transfer_and_ignores_its_late_outcome() {
    let mut m = drive();
    typed(&mut m, "jD");
    let fx = key(&mut m, KeyCode::Enter);
    assert!(matches!(fx.as_slice(), [Effect::Files(FilesEffect::Download(0, d))] if d.dest == "."));
    update(&mut m, progress(0, 100, 50));
    assert_eq!(
        typed(&mut m, "x"),
        vec![Effect::Files(FilesEffect::Cancel(0))]
    );
    assert_eq!(m.files.transfers.list[0].state, TransferState::Cancelled);
    update(&mut m, progress(0, 500, 80));
    update(
        &mut m,
        Msg::Files(FilesMsg::Finished {
            id: 0,
            result: Err("aborted".into()),
        }),
    );
    let t = &m.files.transfers.list[0];
    assert_eq!((t.done, &t.state), (100, &TransferState::Cancelled));
    assert!(typed(&mut m, "x").is_empty());
    assert!(m.status.as_ref().unwrap().text.contains("is not running"));
    // Hidden panel: cancel does nothing.
    typed(&mut m, "t");
    assert!(!m.files.transfers.open);
}

#[test]
fn readonly_refuses_upload_and_share_but_allows_download() {
    let mut m = drive();
    m.settings.readonly = true;
    for k in ["u", "s"] {
        assert!(typed(&mut m, k).is_empty());
        assert!(m.overlay.is_none(), "{k} opened a form");
        let status = m.status.clone().unwrap();
        assert!(
            status.error && status.text.contains("--readonly"),
            "{status:?}"
        );
    }
    typed(&mut m, "jD");
    let fx = key(&mut m, KeyCode::Enter);
    assert!(matches!(
        fx.as_slice(),
        [Effect::Files(FilesEffect::Download(..))]
    ));
}

#[test]
fn share_sends_the_typed_login_and_reports_the_command() {
    let mut m = drive();
    typed(&mut m, "sbob");
    key(&mut m, KeyCode::Enter);
    let fx = key(&mut m, KeyCode::Enter);
    let [Effect::Write(WriteOp::Share(op))] = fx.as_slice() else {
        panic!("{fx:?}")
    };
    assert_eq!(op.grantee, Grantee::User { id: "bob".into() });
    assert_eq!(
        (op.role, op.target.kind),
        (ShareRole::Viewer, ResourceKind::Folder)
    );
    let done = update(
        &mut m,
        Msg::Wrote(WriteOp::Share(op.clone()), Ok("Shared Reports".into())),
    );
    assert!(done.contains(&Effect::Load(Resource::Shares(op.target.clone()))));
    let status = m.status.clone().unwrap().text;
    assert!(
        status.contains("same as: ws share add drive:id:f1 --user bob --role viewer"),
        "{status}"
    );
}

#[test]
fn docs_open_with_their_text_and_follow_the_selection() {
    let mut m = Model::new(Settings::default(), (100, 30));
    let fx = typed(&mut m, "7");
    assert!(fx.contains(&Effect::Load(Resource::Docs)));
    let doc = |id: &str| ws_client::ws_api::workspace::docs::DocSummary {
        id: id.into(),
        org_id: "o".into(),
        owner_id: "u".into(),
        title: format!("Doc {id}"),
        version: 1,
        updated_at: String::new(),
        updated_by: "u".into(),
        snippet: None,
    };
    update(&mut m, Msg::Loaded(Data::Docs(vec![doc("a"), doc("b")])));
    m.inflight.clear();
    let fx = key(&mut m, KeyCode::Enter);
    assert!(fx.contains(&Effect::Load(Resource::Doc("a".into()))));
    let fx = key(&mut m, KeyCode::Down);
    assert!(fx.contains(&Effect::Load(Resource::Doc("b".into()))));
    assert!(matches!(m.overlay, Some(Overlay::Details)));
}

#[test]
fn docs_load_users_once_and_name_owners_when_they_arrive() {
    let mut m = Model::new(Settings::default(), (100, 30));
    let fx = typed(&mut m, "7");
    assert!(fx.contains(&Effect::Load(Resource::Users)));
    let doc = ws_client::ws_api::workspace::docs::DocSummary {
        id: "a".into(),
        org_id: "o".into(),
        owner_id: "201".into(),
        title: "Plan".into(),
        version: 1,
        updated_at: String::new(),
        updated_by: "201".into(),
        snippet: None,
    };
    update(&mut m, Msg::Loaded(Data::Docs(vec![doc])));
    assert_eq!(m.files.docs.selected_row().unwrap().owner, "201");
    let users = vec![crate::data::UserRow::new(
        "201", "alice", "A", "a@x", "active", "human",
    )];
    update(&mut m, Msg::Loaded(Data::Users(users)));
    assert_eq!(m.files.docs.selected_row().unwrap().owner, "alice");
    // A caller who may not list users is not asked again on every refresh.
    let mut m = Model::new(Settings::default(), (100, 30));
    typed(&mut m, "7");
    update(&mut m, Msg::Failed(Resource::Users, "HTTP 403".into()));
    m.inflight.clear();
    assert!(!typed(&mut m, "r").contains(&Effect::Load(Resource::Users)));
}

fn summary(id: &str, title: &str) -> ws_client::ws_api::workspace::docs::DocSummary {
    ws_client::ws_api::workspace::docs::DocSummary {
        id: id.into(),
        org_id: "o".into(),
        owner_id: "u".into(),
        title: title.into(),
        version: 1,
        updated_at: String::new(),
        updated_by: "u".into(),
        snippet: None,
    }
}

fn created(op: WriteOp, result: Result<(&str, &str), &str>) -> Msg {
    Msg::Files(FilesMsg::Created {
        op: Box::new(op),
        result: result
            .map(|(id, message)| Created {
                id: id.into(),
                message: message.into(),
            })
            .map_err(str::to_owned),
    })
}

#[test]
fn c_in_docs_creates_a_doc_reloads_the_list_and_selects_it() {
    let mut m = Model::new(Settings::default(), (100, 30));
    typed(&mut m, "7");
    update(&mut m, Msg::Loaded(Data::Docs(vec![summary("a", "Alpha")])));
    m.inflight.clear();
    typed(&mut m, "c");
    let Some(Overlay::Form(f)) = &m.overlay else {
        panic!("no form: {:?}", m.overlay)
    };
    assert_eq!(f.title, "Create a doc", "not the Create user form");
    // Enter on the empty title names the field; nothing is sent.
    assert!(key(&mut m, KeyCode::Enter).is_empty());
    let Some(Overlay::Form(f)) = &m.overlay else {
        panic!()
    };
    assert_eq!(f.error.as_deref(), Some("Title is required"));
    typed(&mut m, "Q1 plan");
    let fx = key(&mut m, KeyCode::Enter);
    let op = WriteOp::CreateDoc(NewDocOp {
        title: "Q1 plan".into(),
    });
    assert_eq!(fx, vec![Effect::Write(op.clone())]);
    // A refresh of the docs is under way when the answer comes: it is sent again.
    m.inflight.insert(Resource::Docs);
    let fx = update(&mut m, created(op, Ok(("b", "Created doc 'Q1 plan' (b)"))));
    assert_eq!(fx, vec![Effect::Load(Resource::Docs)]);
    assert!(m.overlay.is_none(), "the form closes");
    let status = m.status.clone().unwrap();
    assert!(
        !status.error
            && status
                .text
                .contains("same as: ws docs create --title 'Q1 plan'"),
        "{status:?}"
    );
    // That earlier refresh comes back without the new doc; the next one has it.
    update(&mut m, Msg::Loaded(Data::Docs(vec![summary("a", "Alpha")])));
    assert_eq!(m.files.docs.selected_row().unwrap().id, "a");
    let docs = vec![summary("a", "Alpha"), summary("b", "Q1 plan")];
    update(&mut m, Msg::Loaded(Data::Docs(docs)));
    assert_eq!(m.files.docs.selected_row().unwrap().id, "b");
}

#[test]
fn c_in_drive_makes_a_folder_here_and_a_taken_name_keeps_the_form_open() {
    let mut m = drive();
    key(&mut m, KeyCode::Enter); // into Reports
    update(
        &mut m,
        Msg::Loaded(Data::Drive(DriveLoc::Folder("f1".into()), rows())),
    );
    m.inflight.clear();
    typed(&mut m, "c");
    let Some(Overlay::Form(f)) = &m.overlay else {
        panic!("no form")
    };
    assert_eq!(f.title, "New folder in My Drive / Reports");
    typed(&mut m, "Reports");
    let fx = key(&mut m, KeyCode::Enter);
    let op = WriteOp::Mkdir(MkdirOp {
        name: "Reports".into(),
        parent_id: Some("f1".into()),
        folder: "Reports".into(),
        loc: DriveLoc::Folder("f1".into()),
    });
    assert_eq!(fx, vec![Effect::Write(op.clone())]);
    assert_eq!(op.command_line(), "ws drive mkdir Reports/Reports");
    // The server's 409: shown in the status line and the form, which stays open.
    let why = "an item named 'Reports' already exists here (HTTP 409, conflict)";
    assert!(update(&mut m, created(op.clone(), Err(why))).is_empty());
    let status = m.status.clone().unwrap();
    assert!(status.error && status.text.contains(why), "{status:?}");
    let Some(Overlay::Form(f)) = &m.overlay else {
        panic!("the form closed")
    };
    assert!(!f.busy && f.error.as_deref() == Some(why));
    // A folder already listed (a refresh beat the answer) is selected at once.
    let mut m2 = drive();
    let op2 = WriteOp::Mkdir(MkdirOp {
        name: "notes.txt".into(),
        parent_id: None,
        folder: String::new(),
        loc: DriveLoc::Root,
    });
    update(&mut m2, created(op2, Ok(("d1", "Created folder"))));
    assert_eq!(m2.files.drive.table.selected_row().unwrap().id, "d1");
    // Another name goes through; the new folder is selected once the folder reloads.
    let fx = update(&mut m, created(op, Ok(("f9", "Created folder 'Q4'"))));
    let here = DriveLoc::Folder("f1".into());
    assert_eq!(fx, vec![Effect::Load(Resource::Drive(here.clone()))]);
    let mut items = rows();
    items.push(DriveRow::new("f9", "Q4", true, 0, "folder", ""));
    update(&mut m, Msg::Loaded(Data::Drive(here, items)));
    assert_eq!(m.files.drive.table.selected_row().unwrap().id, "f9");
}

#[test]
fn create_is_refused_when_readonly_and_at_shared_with_me() {
    let mut m = drive();
    m.settings.readonly = true;
    for tab in ["7", "8"] {
        typed(&mut m, tab);
        m.inflight.clear();
        assert!(typed(&mut m, "c").is_empty());
        assert!(m.overlay.is_none(), "{tab}: c opened a form");
        let status = m.status.clone().unwrap();
        assert!(
            status.error
                && status.text.contains("create is disabled")
                && status.text.contains("--readonly"),
            "{status:?}"
        );
    }
    m.settings.readonly = false;
    typed(&mut m, "m");
    assert!(typed(&mut m, "c").is_empty() && m.overlay.is_none());
    let status = m.status.clone().unwrap();
    assert!(
        status.text.contains("open a shared folder first"),
        "{status:?}"
    );
}
