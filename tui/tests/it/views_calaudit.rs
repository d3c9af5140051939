//! Snapshots of the Calendar (week grid, agenda, event details, a narrow terminal) and
//! Audit (live, paused, details, reconnecting) views and the Overview's workspace
//! parts on ratatui's `TestBackend` at 80×24 and 200×50, from fixed data, a fixed
//! clock (Wednesday 2 Dec 2026, 10:30 in Berlin) and a fixed zone, through `update`.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ws_client::ws_api::workspace::audit::{AuditEvent, Outcome};
use ws_client::ws_api::workspace::calendar::{Attendee, Calendar, Occurrence, ResponseStatus};
use ws_tui::audit::{AuditMsg, Counts};
use ws_tui::calendar::{CalEffect, CalMsg};
use ws_tui::data::{Me, UserRow};
use ws_tui::model::{Model, Settings};
use ws_tui::msg::{Data, Effect, Msg};
use ws_tui::update::update;

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 50)];

fn calendar(id: &str, name: &str, personal: bool, role: &str, owner: &str) -> Calendar {
    Calendar {
        id: id.into(),
        name: name.into(),
        description: String::new(),
        time_zone: "Europe/Berlin".into(),
        personal,
        owner: owner.into(),
        org_id: "101".into(),
        role: role.into(),
        created_at: "2026-11-01T00:00:00Z".into(),
        updated_at: "2026-11-01T00:00:00Z".into(),
    }
}

fn occ(cal: &str, id: &str, summary: &str, (start, end): (&str, &str)) -> Occurrence {
    Occurrence {
        event_id: id.into(),
        calendar_id: cal.into(),
        uid: format!("{id}@ws"),
        summary: summary.into(),
        location: String::new(),
        all_day: start.len() == 10,
        start: start.into(),
        end: end.into(),
        time_zone: "Europe/Berlin".into(),
        recurring: false,
        original_start: None,
        busy: true,
        organizer: "201".into(),
        attendees: Vec::new(),
    }
}

/// A week: a recurring standup (three occurrences), a review with invitees, a
/// two-day offsite, and an evening deploy on a shared calendar.
fn week() -> Vec<Occurrence> {
    let mut out = Vec::new();
    for (id, day) in [("s1", "11-30"), ("s2", "12-02"), ("s3", "12-04")] {
        let start = format!("2026-{day}T08:00:00Z");
        let mut o = occ(
            "c1",
            "std",
            "Standup",
            (&start, &start.replace("08:00", "08:15")),
        );
        o.uid = id.into();
        o.recurring = true;
        o.original_start = Some(start.clone());
        out.push(o);
    }
    let mut review = occ(
        "c3",
        "rev",
        "Design review",
        ("2026-12-01T13:00:00Z", "2026-12-01T14:30:00Z"),
    );
    review.location = "Room 4".into();
    review.attendees = [
        ("200", ResponseStatus::NeedsAction),
        ("202", ResponseStatus::Accepted),
        ("203", ResponseStatus::Declined),
    ]
    .map(|(u, s)| Attendee {
        user_id: u.into(),
        status: s,
    })
    .to_vec();
    out.push(review);
    out.push(occ("c3", "off", "Offsite", ("2026-12-03", "2026-12-05")));
    out.push(occ(
        "c2",
        "dep",
        "Late deploy",
        ("2026-12-04T18:00:00Z", "2026-12-04T19:30:00Z"),
    ));
    out
}

fn audit() -> Vec<AuditEvent> {
    let rows = [
        ("201", "docs.create", "doc:2839470001", Outcome::Ok),
        ("202", "docs.update", "doc:2839470001", Outcome::Ok),
        ("203", "drive.delete", "file:2839470007", Outcome::Denied),
        (
            "201",
            "calendars.create",
            "calendar:2839470010",
            Outcome::Ok,
        ),
        ("202", "events.update", "event:2839470011", Outcome::Failed),
        ("201", "share.grant", "doc:2839470001", Outcome::Ok),
        ("204", "drive.upload", "file:2839470012", Outcome::Ok),
    ];
    rows.iter()
        .enumerate()
        .map(|(i, (actor, action, target, outcome))| AuditEvent {
            seq: 100 + i as i64,
            time: format!("2026-12-02T09:{:02}:{:02}.250Z", 10 + i, i * 7),
            actor: (*actor).into(),
            org: "101".into(),
            action: (*action).into(),
            target: (*target).into(),
            outcome: *outcome,
            request_id: Some(format!("req-{:04}", 7000 + i)),
            detail: None,
        })
        .collect()
}

fn demo(size: (u16, u16)) -> Model {
    demo_with(size, week())
}

/// The demo with other occurrences in the week shown.
fn demo_with(size: (u16, u16), occurrences: Vec<Occurrence>) -> Model {
    let settings = Settings {
        profile: "local".into(),
        zone: "Europe/Berlin".parse().unwrap(),
        ..Settings::default()
    };
    let mut m = Model::new(settings, size);
    let users = [
        ("200", "admin"),
        ("201", "alice"),
        ("202", "bob"),
        ("203", "charlie"),
    ]
    .map(|(id, name)| UserRow::new(id, name, "", "", "active", "human"));
    update(&mut m, Msg::Loaded(Data::Users(users.to_vec())));
    update(&mut m, Msg::Loaded(Data::Me(Me::default())));
    m.inflight.clear();
    update(
        &mut m,
        Msg::Cal(CalMsg::Clock("2026-12-02T09:30:00Z".parse().unwrap())),
    );
    let cals = vec![
        calendar("c1", "Personal", true, "owner", "200"),
        calendar("c2", "Alice", true, "viewer", "201"),
        calendar("c3", "Team", false, "editor", "201"),
    ];
    let loads = update(&mut m, Msg::Cal(CalMsg::Calendars(Ok(cals))));
    let Some(Effect::Cal(CalEffect::Occurrences { key, .. })) = loads.first() else {
        panic!("the week loads: {loads:?}");
    };
    update(
        &mut m,
        Msg::Cal(CalMsg::Occurrences(key.clone(), Ok(occurrences))),
    );
    update(&mut m, Msg::Audit(AuditMsg::Backfill(audit())));
    update(&mut m, Msg::Audit(AuditMsg::Connected));
    let counts = Counts {
        docs: Some(Ok(12)),
        drive: Some(Ok(34)),
        loading: false,
    };
    update(&mut m, Msg::Counts(counts));
    m.status = None;
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

fn render(m: &Model) -> String {
    let mut t = Terminal::new(TestBackend::new(m.size.0, m.size.1)).unwrap();
    t.draw(|f| ws_tui::view::draw(f, m)).unwrap();
    t.backend().to_string()
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
fn calendar_week_and_agenda() {
    snap("calendar_week", |m| text(m, "9"));
    snap("calendar_agenda", |m| text(m, "9w"));
    snap("calendar_details", |m| {
        text(m, "9wj");
        keys(m, &[KeyCode::Enter]);
    });
    snap("calendar_agenda_filtered", |m| {
        text(m, "9w/stand");
        keys(m, &[KeyCode::Enter]);
    });
}

/// Overlapping meetings (times in UTC; Berlin is UTC+1): on Tuesday a long planning
/// beside a 1:1 and an interview that touch (two lanes); on Wednesday three mutually
/// overlapping syncs (three lanes, or one and `+2` when the column is narrow); on
/// Thursday a lunch and a demo that touch (one lane, full width).
fn overlapping() -> Vec<Occurrence> {
    [
        (
            "pl",
            "Planning",
            "2026-12-01T08:00:00Z",
            "2026-12-01T11:00:00Z",
        ),
        (
            "11",
            "1:1 Bob",
            "2026-12-01T08:00:00Z",
            "2026-12-01T09:00:00Z",
        ),
        (
            "iv",
            "Interview",
            "2026-12-01T09:00:00Z",
            "2026-12-01T10:00:00Z",
        ),
        (
            "sa",
            "Sync A",
            "2026-12-02T12:00:00Z",
            "2026-12-02T14:00:00Z",
        ),
        (
            "sb",
            "Sync B",
            "2026-12-02T12:30:00Z",
            "2026-12-02T13:30:00Z",
        ),
        (
            "sc",
            "Sync C",
            "2026-12-02T13:00:00Z",
            "2026-12-02T15:00:00Z",
        ),
        (
            "lu",
            "Lunch",
            "2026-12-03T11:00:00Z",
            "2026-12-03T12:00:00Z",
        ),
        ("de", "Demo", "2026-12-03T12:00:00Z", "2026-12-03T13:00:00Z"),
    ]
    .iter()
    .map(|(id, summary, start, end)| occ("c1", id, summary, (start, end)))
    .collect()
}

#[test]
fn overlapping_events_sit_side_by_side_in_the_week() {
    for size in SIZES {
        let mut m = demo_with(size, overlapping());
        text(&mut m, "9");
        let screen = render(&m);
        // The first row (so the selection) is the 1:1, in Tuesday's second lane.
        assert_eq!(m.cal.table.selected_row().unwrap().summary_label, "1:1 Bob");
        for title in ["1:1 Bob", "Sync A", "Lunch", "Demo"] {
            assert!(
                screen.contains(title),
                "{title} hidden at {size:?}: {screen}"
            );
        }
        if size.0 >= 200 {
            for title in ["Planning", "Interview", "Sync B", "Sync C"] {
                assert!(
                    screen.contains(title),
                    "{title} hidden at {size:?}: {screen}"
                );
            }
            assert!(!screen.contains("+1") && !screen.contains("+2"), "{screen}");
        } else {
            // One lane fits: the selected 1:1's lane (with the interview) on Tuesday,
            // the first lane on Wednesday; the others are counted.
            let tuesday = screen.lines().find(|l| l.contains("1:1 Bob")).unwrap();
            assert!(tuesday.contains("+1"), "{screen}");
            assert!(
                screen.contains("Intervi") && !screen.contains("Planning"),
                "{screen}"
            );
            assert!(screen.contains("Sync A +2"), "{screen}");
        }
        insta::assert_snapshot!(
            format!("calendar_week_overlap_{}x{}", size.0, size.1),
            screen
        );
        // The selected occurrence stays visible even in a lane that does not fit.
        text(&mut m, "jjjjj");
        assert_eq!(m.cal.table.selected_row().unwrap().summary_label, "Sync C");
        let screen = render(&m);
        assert!(screen.contains("Sync C"), "{screen}");
        if size.0 < 200 {
            // (Wide, every lane is drawn anyway: the same text as above.)
            assert!(
                screen.contains("+2") && !screen.contains("Sync A"),
                "{screen}"
            );
            insta::assert_snapshot!("calendar_week_overlap_selected_80x24", screen);
        }
    }
}

#[test]
fn a_narrow_terminal_shows_the_agenda_instead_of_the_week() {
    let mut m = demo((60, 20));
    text(&mut m, "9");
    let screen = render(&m);
    assert!(
        screen.contains("Agenda (narrow)") && screen.contains("Standup"),
        "{screen}"
    );
    insta::assert_snapshot!("calendar_narrow_60x20", screen);
}

#[test]
fn audit_live_paused_and_details() {
    snap("audit_live", |m| text(m, "0"));
    snap("audit_paused", |m| {
        text(m, "0p");
        let mut e = audit()[0].clone();
        for seq in [200, 201, 202] {
            e.seq = seq;
            update(m, Msg::Audit(AuditMsg::Entry(e.clone())));
        }
    });
    snap("audit_details", |m| {
        text(m, "0jj");
        keys(m, &[KeyCode::Enter]);
    });
    snap("audit_reconnecting", |m| {
        text(m, "0");
        update(
            m,
            Msg::Audit(AuditMsg::Lost(
                "http://127.0.0.1:8080/api/v1/audit/stream: connection refused".into(),
            )),
        );
    });
}

#[test]
fn overview_counts_and_recent_audit() {
    snap("overview_workspace", |_| {});
}

#[test]
fn help_lists_the_calendar_keys() {
    let mut m = demo((200, 50));
    text(&mut m, "9?");
    let screen = render(&m);
    for k in [
        "Previous week",
        "Next week",
        "Accept the selected invitation",
        "week and the agenda",
    ] {
        assert!(screen.contains(k), "{k}: {screen}");
    }
    insta::assert_snapshot!("help_calendar_200x50", screen);
}
