//! Unit tests of `update`: messages in, model and effects out.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::data::{ProjectRow, RoleRow, UserRow};
use crate::form::FormKind;
use crate::model::{Overlay, Settings};
use crate::msg::{StateChange, WriteOp};

fn model() -> Model {
    Model::new(Settings::default(), (100, 30))
}

fn key(m: &mut Model, code: KeyCode) -> Vec<Effect> {
    update(m, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn ch(m: &mut Model, c: char) -> Vec<Effect> {
    key(m, KeyCode::Char(c))
}

fn typed(m: &mut Model, text: &str) {
    for c in text.chars() {
        ch(m, c);
    }
}

fn users(n: usize) -> Vec<UserRow> {
    (0..n)
        .map(|i| {
            UserRow::new(
                &format!("id{i}"),
                &format!("user{i:05}"),
                "U",
                "u@x",
                if i == 3 { "locked" } else { "active" },
                "human",
            )
        })
        .collect()
}

fn with_users(n: usize) -> Model {
    let mut m = model();
    update(&mut m, Msg::Loaded(Data::Users(users(n))));
    ch(&mut m, '2');
    m
}

#[test]
fn start_loads_the_overview_once_even_when_asked_twice() {
    let mut m = model();
    let first = init(&mut m);
    // Seven identity loads, then (calendar/audit) the audit tail, the workspace
    // counts and the calendars.
    assert_eq!(first.len(), 10);
    assert!(
        first.contains(&Effect::Load(Resource::Me))
            && first.contains(&Effect::Load(Resource::Authz))
            && first.contains(&Effect::FollowAudit)
            && first.contains(&Effect::CountWorkspace)
    );
    assert!(
        ch(&mut m, 'r').is_empty(),
        "nothing is loaded twice while in flight"
    );
    update(&mut m, Msg::Loaded(Data::Users(users(2))));
    assert_eq!(ch(&mut m, 'r'), vec![Effect::Load(Resource::Users)]);
}

#[test]
fn ticks_refresh_the_current_view_unless_paused() {
    let mut m = model();
    m.settings.refresh_secs = 2;
    ch(&mut m, '3');
    m.inflight.clear();
    assert!(update(&mut m, Msg::Tick).is_empty());
    assert_eq!(
        update(&mut m, Msg::Tick),
        vec![Effect::Load(Resource::Orgs), Effect::Load(Resource::Health)]
    );
    m.inflight.clear();
    ch(&mut m, 'p');
    assert!(m.paused);
    for _ in 0..5 {
        assert!(update(&mut m, Msg::Tick).is_empty(), "paused: no refresh");
    }
    ch(&mut m, 'p');
    assert!(!update(&mut m, Msg::Tick).is_empty());
}

#[test]
fn a_failing_server_shows_in_the_status_line_and_recovery_clears_it() {
    let mut m = with_users(5);
    m.inflight.insert(Resource::Users);
    update(
        &mut m,
        Msg::Failed(Resource::Users, "http://x/: connection refused".into()),
    );
    let s = m.status.clone().unwrap();
    assert!(
        s.error && s.text.contains("cannot load users") && s.text.contains("connection refused"),
        "{s:?}"
    );
    assert_eq!(m.users.len(), 5, "stale rows stay");
    assert!(!m.inflight.contains(&Resource::Users) && m.offline.is_some());
    update(&mut m, Msg::Loaded(Data::Users(users(6))));
    let s = m.status.clone().unwrap();
    assert!(!s.error && s.text.contains("Connected again"), "{s:?}");
    assert!(m.offline.is_none() && m.users.error.is_none());
}

#[test]
fn keys_move_the_selection_through_ten_thousand_users() {
    let mut m = with_users(10_000);
    let page = m.page();
    ch(&mut m, 'j');
    key(&mut m, KeyCode::Down);
    assert_eq!(m.users.selected(), 2);
    ch(&mut m, 'G');
    assert_eq!(m.users.selected(), 9_999);
    assert_eq!(m.users.offset(), 10_000 - page);
    key(&mut m, KeyCode::PageUp);
    assert_eq!(m.users.selected(), 9_999 - page);
    ch(&mut m, 'k');
    assert_eq!(m.users.selected(), 9_998 - page);
    key(&mut m, KeyCode::Home);
    assert_eq!((m.users.selected(), m.users.offset()), (0, 0));
    key(&mut m, KeyCode::PageDown);
    assert_eq!(m.users.selected(), page);
}

#[test]
fn filter_typing_inverting_and_escaping() {
    let mut m = with_users(10);
    ch(&mut m, '/');
    typed(&mut m, "locked");
    assert_eq!(m.users.len(), 1, "live while typing");
    key(&mut m, KeyCode::Enter);
    assert!(m.overlay.is_none());
    assert_eq!(m.users.filter(), "locked");
    ch(&mut m, '/');
    key(&mut m, KeyCode::Home);
    typed(&mut m, "x");
    key(&mut m, KeyCode::Esc);
    assert_eq!(
        m.users.filter(),
        "locked",
        "esc restores the filter from before"
    );
    ch(&mut m, '/');
    for _ in 0..6 {
        key(&mut m, KeyCode::Backspace);
    }
    typed(&mut m, "!locked");
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.users.len(), 9);
    key(&mut m, KeyCode::Esc);
    assert_eq!(
        (m.users.filter(), m.users.len()),
        ("", 10),
        "esc clears the filter"
    );
}

#[test]
fn tabs_switch_and_load_what_they_never_loaded() {
    let mut m = model();
    assert_eq!(
        ch(&mut m, '4'),
        vec![
            Effect::Load(Resource::Projects),
            Effect::Load(Resource::Health)
        ]
    );
    assert_eq!(m.tab, Tab::Projects);
    key(&mut m, KeyCode::Tab);
    assert_eq!(m.tab, Tab::Grants);
    key(&mut m, KeyCode::BackTab);
    key(&mut m, KeyCode::BackTab);
    assert_eq!(m.tab, Tab::Orgs);
    ch(&mut m, '1');
    key(&mut m, KeyCode::BackTab);
    assert_eq!(m.tab, Tab::Audit, "wraps around");
}

#[test]
fn create_user_form_submits_once_and_reports_the_command_line() {
    let mut m = with_users(2);
    m.settings.default_org = Some("acme".into());
    ch(&mut m, 'c');
    let Some(Overlay::Form(f)) = &m.overlay else {
        panic!("no form")
    };
    assert_eq!(
        (f.kind.clone(), f.fields[0].value.as_str()),
        (FormKind::CreateUser, "acme")
    );
    key(&mut m, KeyCode::Enter);
    for v in ["erin", "erin@example.com", "Erin", "Ely"] {
        typed(&mut m, v);
        key(&mut m, KeyCode::Enter);
    }
    typed(&mut m, "qj"); // letters in a form are text, not quit/down
    let effects = key(&mut m, KeyCode::Enter);
    let [Effect::Write(op)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert!(
        matches!(op, WriteOp::CreateUser { username, password: Some(p), .. } if username == "erin" && p == "qj")
    );
    assert!(
        key(&mut m, KeyCode::Enter).is_empty(),
        "no second submit while busy"
    );
    let again = update(
        &mut m,
        Msg::Wrote(op.clone(), Ok("Created user erin (7)".into())),
    );
    assert_eq!(again, vec![Effect::Load(Resource::Users)]);
    assert!(m.overlay.is_none());
    let s = m.status.unwrap().text;
    assert!(
        s.contains("ws users create --org acme --username erin") && !s.contains("qj"),
        "{s}"
    );
}

#[test]
fn a_server_error_keeps_the_form_open_with_the_message() {
    let mut m = with_users(1);
    ch(&mut m, 'c');
    let Some(Overlay::Form(f)) = &mut m.overlay else {
        panic!()
    };
    for (i, v) in ["acme", "x", "x@y", "X", "Y"].iter().enumerate() {
        f.fields[i].value = (*v).into();
    }
    f.focus = f.fields.len() - 1;
    let Some(Effect::Write(op)) = key(&mut m, KeyCode::Enter).pop() else {
        panic!()
    };
    update(
        &mut m,
        Msg::Wrote(op, Err("already_exists: username taken".into())),
    );
    let Some(Overlay::Form(f)) = &m.overlay else {
        panic!("form closed")
    };
    assert_eq!(f.error.as_deref(), Some("already_exists: username taken"));
    assert!(!f.busy && m.status.unwrap().error);
}

#[test]
fn locking_needs_the_username_typed() {
    let mut m = with_users(5);
    ch(&mut m, 'j');
    ch(&mut m, 'L');
    let Some(Overlay::Form(f)) = &m.overlay else {
        panic!()
    };
    assert!(matches!(
        f.kind,
        FormKind::UserState {
            change: StateChange::Lock,
            ..
        }
    ));
    typed(&mut m, "user0000");
    assert!(
        key(&mut m, KeyCode::Enter).is_empty(),
        "wrong word: nothing sent"
    );
    let Some(Overlay::Form(f)) = &m.overlay else {
        panic!()
    };
    assert!(f.error.as_deref().unwrap().contains("type 'user00001'"));
    typed(&mut m, "1");
    let effects = key(&mut m, KeyCode::Enter);
    assert!(
        matches!(effects.as_slice(), [Effect::Write(WriteOp::UserState { id, change: StateChange::Lock, .. })] if id == "id1")
    );
}

#[test]
fn readonly_disables_every_write() {
    let mut m = with_users(3);
    m.settings.readonly = true;
    for c in ['c', 'a', 'd', 'e', 'L', 'U', 'P'] {
        assert!(ch(&mut m, c).is_empty());
        assert!(m.overlay.is_none(), "{c} opened a form");
        assert!(m.status.as_ref().unwrap().text.contains("--readonly"));
    }
    ch(&mut m, ':');
    typed(&mut m, "create");
    key(&mut m, KeyCode::Enter);
    assert!(m.overlay.is_none(), "not through the palette either");
}

#[test]
fn palette_completes_fuzzily_and_runs() {
    let mut m = model();
    ch(&mut m, ':');
    typed(&mut m, "prjcts");
    key(&mut m, KeyCode::Tab);
    assert!(matches!(&m.overlay, Some(Overlay::Palette(t, 0)) if t == "projects"));
    let effects = key(&mut m, KeyCode::Enter);
    assert_eq!(m.tab, Tab::Projects);
    assert!(effects.contains(&Effect::Load(Resource::Projects)));
    ch(&mut m, ':');
    typed(&mut m, "zzz");
    key(&mut m, KeyCode::Enter);
    assert!(m.status.unwrap().text.contains("no command matches 'zzz'"));
}

#[test]
fn help_filters_and_esc_goes_back() {
    let mut m = with_users(1);
    ch(&mut m, '?');
    typed(&mut m, "lock");
    assert!(matches!(&m.overlay, Some(Overlay::Help(t, 0)) if t == "lock"));
    key(&mut m, KeyCode::Esc);
    assert!(m.overlay.is_none());
}

#[test]
fn ctrl_c_quits_from_anywhere_and_q_only_outside_text() {
    let mut m = with_users(1);
    ch(&mut m, 'c');
    ch(&mut m, 'q');
    assert!(!m.quit);
    update(
        &mut m,
        Msg::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
    );
    assert!(m.quit);
    let mut m = model();
    ch(&mut m, 'q');
    assert!(m.quit);
}

#[test]
fn a_tiny_terminal_ignores_everything_but_quit() {
    let mut m = with_users(3);
    update(&mut m, Msg::Resize(30, 8));
    assert!(m.too_small());
    ch(&mut m, 'j');
    ch(&mut m, 'c');
    assert_eq!((m.users.selected(), m.overlay.is_none()), (0, true));
    update(&mut m, Msg::Resize(80, 24));
    ch(&mut m, 'j');
    assert_eq!(m.users.selected(), 1);
}

#[test]
fn project_details_load_and_show_its_roles() {
    let mut m = model();
    update(
        &mut m,
        Msg::Loaded(Data::Projects(vec![ProjectRow::new(
            "p1",
            "workspace",
            "o1",
            "active",
            "",
        )])),
    );
    ch(&mut m, '4');
    m.inflight.clear();
    assert_eq!(
        key(&mut m, KeyCode::Enter),
        vec![Effect::Load(Resource::Roles("p1".into()))]
    );
    let role = RoleRow::from_json(&serde_json::json!({"key": "admin", "displayName": "Admin"}));
    update(&mut m, Msg::Loaded(Data::Roles("p1".into(), vec![role])));
    assert_eq!(m.roles.as_ref().unwrap().1[0].key, "admin");
    key(&mut m, KeyCode::Esc);
    assert!(m.overlay.is_none());
}
