//! Snapshots of the Docs and Drive views, their details panes, their forms and the
//! transfers panel on ratatui's `TestBackend` at 80×24 and 200×50, from fixed data fed
//! through the real `update` (keys and messages in, screen out).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ws_client::ws_api::workspace::docs::{Comment, CommentThread, Doc, DocSummary};
use ws_tui::data::UserRow;
use ws_tui::files::{DocDetail, DriveLoc, DriveRow, FilesMsg, ShareLine, ShareTarget};
use ws_tui::model::{Model, Settings};
use ws_tui::msg::{Data, Msg};
use ws_tui::update::update;

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 50)];

fn summary(id: &str, title: &str, owner: &str, at: &str, version: u64) -> DocSummary {
    DocSummary {
        id: id.into(),
        org_id: "101".into(),
        owner_id: owner.into(),
        title: title.into(),
        version,
        updated_at: at.into(),
        updated_by: owner.into(),
        snippet: None,
    }
}

fn drive_rows() -> Vec<DriveRow> {
    vec![
        DriveRow::new("f1", "Reports", true, 0, "folder", "2026-11-20T09:00:00Z"),
        DriveRow::new("f2", "Photos", true, 0, "folder", "2026-11-21T10:30:00Z"),
        DriveRow::new(
            "d1",
            "notes.txt",
            false,
            1536,
            "text/plain",
            "2026-11-28T16:45:12Z",
        )
        .with_digest(
            "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
            "201",
        ),
        DriveRow::new(
            "d2",
            "budget.xlsx",
            false,
            3_250_000,
            "application/vnd.ms-excel",
            "2026-11-27T08:15:00Z",
        )
        .with_digest("ab", "201"),
    ]
}

fn demo(size: (u16, u16)) -> Model {
    let mut m = Model::new(Settings::default(), size);
    let users = vec![
        UserRow::new(
            "201",
            "alice",
            "Alice Admin",
            "alice@acme",
            "active",
            "human",
        ),
        UserRow::new("202", "bob", "Bob Editor", "bob@acme", "active", "human"),
    ];
    update(&mut m, Msg::Loaded(Data::Users(users)));
    let docs = vec![
        summary("d-1", "Getting started", "201", "2026-11-29T07:00:00Z", 1),
        summary("d-2", "Quarterly plan", "202", "2026-11-28T15:20:00Z", 7),
        summary("d-3", "Meeting notes", "999", "2026-11-01T12:00:00Z", 3),
    ];
    update(&mut m, Msg::Loaded(Data::Docs(docs)));
    update(
        &mut m,
        Msg::Loaded(Data::Drive(DriveLoc::Root, drive_rows())),
    );
    m.inflight.clear();
    m
}

fn keys(m: &mut Model, keys: &[KeyCode]) {
    for k in keys {
        update(m, Msg::Key(KeyEvent::new(*k, KeyModifiers::NONE)));
    }
    m.inflight.clear();
}

fn text(m: &mut Model, s: &str) {
    keys(m, &s.chars().map(KeyCode::Char).collect::<Vec<_>>());
}

fn render(m: &Model) -> TestBackend {
    let mut t = Terminal::new(TestBackend::new(m.size.0, m.size.1)).unwrap();
    t.draw(|f| ws_tui::view::draw(f, m)).unwrap();
    t.backend().clone()
}

fn snap(name: &str, prepare: impl Fn(&mut Model)) {
    for size in SIZES {
        let mut m = demo(size);
        prepare(&mut m);
        insta::assert_snapshot!(format!("{name}_{}x{}", size.0, size.1), render(&m));
    }
}

fn doc_detail() -> DocDetail {
    let doc = Doc {
        id: "d-2".into(),
        org_id: "101".into(),
        owner_id: "202".into(),
        title: "Quarterly plan".into(),
        body: "# Quarterly plan\n\n- Ship the dashboard\n- Hire two engineers\n".into(),
        version: 7,
        created_at: "2026-10-01T09:00:00Z".into(),
        updated_at: "2026-11-28T15:20:00Z".into(),
        updated_by: "202".into(),
    };
    let thread = |id: &str, body: &str, resolved: bool, replies: usize| CommentThread {
        comment: Comment {
            id: id.into(),
            parent_id: None,
            author: "201".into(),
            body: body.into(),
            quote: None,
            created_at: "2026-11-28T16:00:00Z".into(),
        },
        resolved,
        resolved_by: None,
        resolved_at: None,
        replies: (0..replies)
            .map(|i| Comment {
                id: format!("{id}-{i}"),
                parent_id: Some(id.into()),
                author: "202".into(),
                body: "ok".into(),
                quote: None,
                created_at: "2026-11-28T16:05:00Z".into(),
            })
            .collect(),
    };
    DocDetail::new(
        &doc,
        7,
        &[
            thread("c1", "Which team owns the dashboard?", false, 2),
            thread("c2", "Typo in the title", true, 0),
        ],
    )
}

fn shares(kind: ws_client::ws_api::workspace::sharing::ResourceKind, id: &str) -> Data {
    Data::Shares(
        ShareTarget {
            kind,
            id: id.into(),
        },
        vec![
            ShareLine {
                id: "s1".into(),
                grantee: "user 202".into(),
                role: "editor".into(),
            },
            ShareLine {
                id: "s2".into(),
                grantee: "link k9".into(),
                role: "viewer".into(),
            },
        ],
    )
}

#[test]
fn docs_list_filter_and_details() {
    snap("docs", |m| text(m, "7"));
    snap("docs_filtered", |m| {
        text(m, "7/plan");
        keys(m, &[KeyCode::Enter]);
    });
    snap("doc_details_loading", |m| {
        text(m, "7j");
        keys(m, &[KeyCode::Enter]);
    });
    snap("doc_details", |m| {
        text(m, "7j");
        keys(m, &[KeyCode::Enter]);
        update(m, Msg::Loaded(Data::Doc(doc_detail())));
        use ws_client::ws_api::workspace::sharing::ResourceKind;
        update(m, Msg::Loaded(shares(ResourceKind::Doc, "d-2")));
    });
}

#[test]
fn drive_browse_and_details() {
    snap("drive", |m| text(m, "8"));
    snap("drive_folder", |m| {
        text(m, "8j");
        keys(m, &[KeyCode::Enter]);
        let rows = vec![DriveRow::new(
            "r1",
            "q3.pdf",
            false,
            52_000,
            "application/pdf",
            "2026-10-02T11:00:00Z",
        )];
        update(
            m,
            Msg::Loaded(Data::Drive(DriveLoc::Folder("f1".into()), rows)),
        );
    });
    snap("drive_empty_shared", |m| {
        text(m, "8m");
        update(m, Msg::Loaded(Data::Drive(DriveLoc::Shared, Vec::new())));
    });
    snap("drive_file_details", |m| {
        text(m, "8jj");
        keys(m, &[KeyCode::Enter]);
        use ws_client::ws_api::workspace::sharing::ResourceKind;
        update(m, Msg::Loaded(shares(ResourceKind::File, "d1")));
    });
}

#[test]
fn forms() {
    snap("form_upload", |m| {
        text(m, "8u/tmp/report.pdf");
    });
    snap("form_download", |m| text(m, "8jjD"));
    snap("form_new_doc", |m| text(m, "7cQuarterly review"));
    snap("form_new_folder", |m| text(m, "8cArchive"));
    // The server's answer to a taken name, in the form and the status line.
    snap("form_new_folder_taken", |m| {
        text(m, "8cReports");
        keys(m, &[KeyCode::Enter]);
        let op = ws_tui::msg::WriteOp::Mkdir(ws_tui::files::MkdirOp {
            name: "Reports".into(),
            parent_id: None,
            folder: String::new(),
            loc: DriveLoc::Root,
        });
        let why = "an item named 'Reports' already exists in this folder (HTTP 409, conflict)";
        update(
            m,
            Msg::Files(FilesMsg::Created {
                op: Box::new(op),
                result: Err(why.into()),
            }),
        );
    });
    snap("form_share", |m| {
        text(m, "7sbob");
        keys(m, &[KeyCode::Tab]);
        keys(m, &[KeyCode::Backspace; 6]);
        text(m, "editor");
    });
}

#[test]
fn help_names_what_create_makes_in_each_view() {
    for (tab, says) in [
        ("7", "Create a doc (asks for its title)"),
        ("8", "Create a folder in the current folder"),
    ] {
        let mut m = demo((200, 50));
        text(&mut m, &format!("{tab}?"));
        let screen = format!("{:?}", render(&m));
        assert!(screen.contains(says), "{tab}: {screen}");
        assert!(!screen.contains("Create (user"), "{tab}: {screen}");
    }
    snap("help_docs_create", |m| text(m, "7?create"));
}

#[test]
fn transfers_panel() {
    snap("transfers", |m| {
        text(m, "8u/tmp/big.iso");
        keys(m, &[KeyCode::Enter, KeyCode::Enter]);
        text(m, "jjD");
        keys(m, &[KeyCode::Enter]);
        text(m, "jD");
        keys(m, &[KeyCode::Enter]);
        let progress = |id, done, total, elapsed_ms| {
            Msg::Files(FilesMsg::Progress {
                id,
                done,
                total: Some(total),
                elapsed_ms,
            })
        };
        update(m, progress(0, 0, 734_003_200, 0));
        update(m, progress(0, 293_601_280, 734_003_200, 4_000));
        update(m, progress(1, 3_250_000, 3_250_000, 20));
        update(
            m,
            Msg::Files(FilesMsg::Finished {
                id: 1,
                result: Ok("Downloaded budget.xlsx (3.10 MiB) to ./budget.xlsx".into()),
            }),
        );
        update(
            m,
            Msg::Files(FilesMsg::Finished {
                id: 2,
                result: Err("cannot write ./notes.txt.part: permission denied".into()),
            }),
        );
        m.inflight.clear();
    });
    snap("transfers_empty", |m| text(m, "7t"));
}
