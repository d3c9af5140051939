//! Snapshots of every view and overlay on ratatui's `TestBackend`, at 80×24 and 200×50,
//! drawn from fixed data through the real `update` (keys in, screen out).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ws_tui::data::{AuthzRow, GrantRow, Health, Me, OrgRow, ProjectRow, RoleRow, UserRow};
use ws_tui::model::{Model, Settings};
use ws_tui::msg::{Data, Msg, Resource};
use ws_tui::update::update;

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 50)];

fn settings() -> Settings {
    Settings {
        profile: "local".into(),
        server: "http://127.0.0.1:8080".into(),
        api_url: "http://127.0.0.1:8080".into(),
        default_org: Some("Acme Corp".into()),
        ..Settings::default()
    }
}

fn demo(size: (u16, u16)) -> Model {
    let mut m = Model::new(settings(), size);
    let me = Me {
        login: "admin@default.localhost".into(),
        name: "Instance Administrator".into(),
        email: "admin@default.localhost".into(),
        org_id: "100".into(),
        org_name: "Default".into(),
        roles: vec!["owner".into()],
    };
    let health = Health {
        live: true,
        ready: true,
        checks: vec![
            ("database".into(), "ok".into()),
            ("signing_keys".into(), "ok".into()),
        ],
        version: String::new(),
    };
    let users = vec![
        UserRow::with_org(
            "201",
            "alice",
            "Alice Admin",
            "alice@acme-corp.localhost",
            "active",
            "human",
            "101",
            "alice@acme-corp.localhost",
        ),
        UserRow::with_org(
            "202",
            "bob",
            "Bob Editor",
            "bob@acme-corp.localhost",
            "locked",
            "human",
            "101",
            "bob@acme-corp.localhost",
        ),
        UserRow::with_org(
            "203",
            "charlie",
            "Charlie Admin",
            "charlie@globex-inc.localhost",
            "inactive",
            "human",
            "102",
            "charlie@globex-inc.localhost",
        ),
        UserRow::with_org(
            "204",
            "ci-bot",
            "CI Bot",
            "",
            "active",
            "machine",
            "101",
            "ci-bot@acme-corp.localhost",
        ),
    ];
    let data = [
        Data::Me(me),
        Data::Health(health),
        Data::Users(users),
        Data::Orgs(vec![
            OrgRow::new("101", "Acme Corp", "acme-corp.localhost", "active"),
            OrgRow::new("100", "Default", "default.localhost", "active"),
            OrgRow::new("102", "Globex Inc", "globex-inc.localhost", "inactive"),
        ]),
        Data::Projects(vec![
            ProjectRow::new("301", "workspace", "100", "active", ""),
            ProjectRow::new("302", "crm", "101", "active", "Globex Inc"),
        ]),
        Data::Grants(vec![GrantRow::new(
            "302",
            "crm",
            "102",
            "Globex Inc",
            "viewer,editor",
            "active",
        )]),
        Data::Authz(vec![
            AuthzRow::new(
                "401",
                "alice@acme-corp.localhost",
                "201",
                "workspace",
                "Acme Corp",
                "admin",
                "active",
            ),
            AuthzRow::new(
                "402",
                "bob@acme-corp.localhost",
                "202",
                "workspace",
                "Acme Corp",
                "editor,viewer",
                "active",
            ),
        ]),
    ];
    for d in data {
        update(&mut m, Msg::Loaded(d));
    }
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

/// Snapshots the screen after `prepare` at both sizes.
fn snap(name: &str, prepare: impl Fn(&mut Model)) {
    for size in SIZES {
        let mut m = demo(size);
        prepare(&mut m);
        insta::assert_snapshot!(format!("{name}_{}x{}", size.0, size.1), render(&m));
    }
}

#[test]
fn overview() {
    snap("overview", |_| {});
}

#[test]
fn lists() {
    snap("users", |m| text(m, "2"));
    snap("orgs", |m| text(m, "3"));
    snap("projects", |m| text(m, "4"));
    snap("grants", |m| text(m, "5"));
    snap("authz", |m| text(m, "6"));
}

#[test]
fn filtered_and_inverted() {
    snap("users_filtered", |m| {
        text(m, "2/acme");
        keys(m, &[KeyCode::Enter]);
    });
    snap("users_filter_typing_inverted", |m| text(m, "2/!acme"));
    snap("users_filter_no_match", |m| {
        text(m, "2/zzz");
        keys(m, &[KeyCode::Enter]);
    });
}

#[test]
fn overlays() {
    snap("help_users", |m| text(m, "2?"));
    snap("help_filtered", |m| text(m, "2?pass"));
    snap("help_scrolled", |m| {
        text(m, "2?");
        keys(m, &[KeyCode::PageDown; 40]);
    });
    snap("palette", |m| text(m, ":us"));
    snap("details_user", |m| {
        text(m, "2j");
        keys(m, &[KeyCode::Enter]);
    });
    snap("details_project_roles", |m| {
        text(m, "4");
        keys(m, &[KeyCode::Enter]);
        let roles = ["owner", "admin", "editor", "viewer"].map(|k| {
            RoleRow::from_json(&serde_json::json!({"key": k, "displayName": k.to_uppercase()}))
        });
        update(m, Msg::Loaded(Data::Roles("301".into(), roles.to_vec())));
    });
}

#[test]
fn forms() {
    snap("form_create_user", |m| {
        text(m, "2c");
        keys(m, &[KeyCode::Enter]);
        text(m, "erin");
        keys(m, &[KeyCode::Enter]);
        text(m, "erin@example.com");
    });
    snap("form_lock_confirm", |m| {
        text(m, "2L");
        text(m, "ali");
    });
    snap("form_error", |m| {
        text(m, "2c");
        for _ in 0..6 {
            keys(m, &[KeyCode::Enter]);
        }
    });
    snap("form_reset_password", |m| {
        text(m, "2P");
        text(m, "hunter2");
    });
    snap("form_grant", |m| text(m, "5c"));
}

#[test]
fn faults_and_edges() {
    snap("offline", |m| {
        text(m, "2");
        update(m, Msg::Failed(Resource::Users, "http://127.0.0.1:8080/zitadel.user.v2.UserService/ListUsers: connection refused or host unreachable".into()));
    });
    snap("empty_org", |m| {
        update(m, Msg::Loaded(Data::Users(Vec::new())));
        text(m, "2");
    });
    snap("never_loaded", |m| {
        *m = Model::new(settings(), m.size);
        text(m, "2");
    });
    snap("readonly_paused", |m| {
        m.settings.readonly = true;
        text(m, "2pc");
    });
    let mut m = demo((30, 8));
    text(&mut m, "2");
    insta::assert_snapshot!("too_small_30x8", render(&m));
}

#[test]
fn ten_thousand_users_scroll_to_the_end() {
    let mut m = demo((80, 24));
    let rows: Vec<UserRow> = (0..10_000)
        .map(|i| {
            UserRow::new(
                &format!("{i}"),
                &format!("user{i:05}"),
                &format!("User {i}"),
                &format!("user{i}@x.test"),
                "active",
                "human",
            )
        })
        .collect();
    update(&mut m, Msg::Loaded(Data::Users(rows)));
    text(&mut m, "2G");
    let screen = render(&m).to_string();
    assert!(
        screen.contains("user09999") && !screen.contains("user00000"),
        "{screen}"
    );
    keys(&mut m, &[KeyCode::PageUp]);
    let screen = render(&m).to_string();
    assert!(
        screen.contains("user09980") && !screen.contains("user09999"),
        "{screen}"
    );
    insta::assert_snapshot!("users_10000_end_pgup_80x24", screen);
}
