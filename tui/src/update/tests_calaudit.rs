//! Unit tests of `update` for the Calendar and Audit views: the injected clock, week
//! and calendar navigation, stale answers, invitations (and `--readonly`), the audit
//! tail paused and resumed, reconnection in the status line, and the filter.

use chrono::{DateTime, NaiveDate, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ws_client::ws_api::workspace::audit::{AuditEvent, Outcome};
use ws_client::ws_api::workspace::calendar::{Attendee, Calendar, Occurrence, ResponseStatus};

use super::*;
use crate::audit::{AuditMsg, Conn};
use crate::calendar::{CalEffect, CalMode, CalMsg};
use crate::model::{Overlay, Settings};

fn key(m: &mut Model, code: KeyCode) -> Vec<Effect> {
    update(m, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn ch(m: &mut Model, c: char) -> Vec<Effect> {
    key(m, KeyCode::Char(c))
}

fn now() -> DateTime<Utc> {
    "2026-12-02T09:30:00Z".parse().unwrap()
}

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

fn occurrence(cal: &str, id: &str, start: &str, end: &str, invited: &[&str]) -> Occurrence {
    Occurrence {
        event_id: id.into(),
        calendar_id: cal.into(),
        uid: format!("{id}@ws"),
        summary: format!("Event {id}"),
        location: String::new(),
        all_day: false,
        start: start.into(),
        end: end.into(),
        time_zone: "Europe/Berlin".into(),
        recurring: false,
        original_start: None,
        busy: true,
        organizer: "201".into(),
        attendees: invited
            .iter()
            .map(|u| Attendee {
                user_id: (*u).into(),
                status: ResponseStatus::NeedsAction,
            })
            .collect(),
    }
}

/// On the Calendar view with the clock and two calendars (mine and a shared one) in.
fn on_calendar() -> (Model, Vec<Effect>) {
    let settings = Settings {
        zone: "Europe/Berlin".parse().unwrap(),
        ..Settings::default()
    };
    let mut m = Model::new(settings, (100, 30));
    let opened = ch(&mut m, '9');
    assert!(
        opened.contains(&Effect::Cal(CalEffect::Clock)),
        "{opened:?}"
    );
    assert!(opened.contains(&Effect::Cal(CalEffect::Calendars)));
    assert!(
        update(&mut m, Msg::Cal(CalMsg::Clock(now()))).is_empty(),
        "no calendars yet"
    );
    let cals = vec![
        calendar("c2", "Alice", true, "viewer", "201"),
        calendar("c1", "Personal", true, "owner", "200"),
    ];
    let loads = update(&mut m, Msg::Cal(CalMsg::Calendars(Ok(cals))));
    (m, loads)
}

fn occurrences_effect(e: &[Effect]) -> (String, Vec<String>, String, String) {
    match e {
        [
            Effect::Cal(CalEffect::Occurrences {
                key,
                calendars,
                from,
                to,
            }),
        ] => (key.clone(), calendars.clone(), from.clone(), to.clone()),
        other => panic!("expected one occurrence load, got {other:?}"),
    }
}

#[test]
fn the_clock_picks_the_local_week_and_brackets_move_it() {
    let (mut m, loads) = on_calendar();
    assert_eq!(m.cal.week, NaiveDate::from_ymd_opt(2026, 11, 30));
    let (_, cals, from, to) = occurrences_effect(&loads);
    assert_eq!(cals, ["c1", "c2"], "own calendars first, all shown");
    assert_eq!(
        (from.as_str(), to.as_str()),
        ("2026-11-29T23:00:00Z", "2026-12-06T23:00:00Z")
    );
    let (_, _, from, _) = occurrences_effect(&ch(&mut m, ']'));
    assert_eq!(from, "2026-12-06T23:00:00Z");
    ch(&mut m, '[');
    let (_, _, from, _) = occurrences_effect(&ch(&mut m, '['));
    assert_eq!(from, "2026-11-22T23:00:00Z");
    ch(&mut m, '.');
    assert_eq!(m.cal.week, NaiveDate::from_ymd_opt(2026, 11, 30));
    // Calendar selection: all → Personal → Alice → all.
    let (_, cals, _, _) = occurrences_effect(&ch(&mut m, '>'));
    assert_eq!(
        (cals, m.cal.shown_name()),
        (
            vec!["c1".to_owned()],
            "Personal (mine, personal, owner)".to_owned()
        )
    );
    let (_, cals, _, _) = occurrences_effect(&ch(&mut m, '>'));
    assert_eq!(cals, ["c2"]);
    let (_, cals, _, _) = occurrences_effect(&ch(&mut m, '>'));
    assert_eq!(cals.len(), 2);
    assert_eq!(m.cal.mode, CalMode::Week);
    ch(&mut m, 'w');
    assert_eq!(m.cal.mode, CalMode::Agenda);
}

#[test]
fn answers_for_a_week_no_longer_shown_are_dropped() {
    let (mut m, loads) = on_calendar();
    let (old, ..) = occurrences_effect(&loads);
    let (new, ..) = occurrences_effect(&ch(&mut m, ']'));
    let late = vec![occurrence(
        "c1",
        "e1",
        "2026-12-01T08:00:00Z",
        "2026-12-01T09:00:00Z",
        &[],
    )];
    update(&mut m, Msg::Cal(CalMsg::Occurrences(old, Ok(late))));
    assert!(!m.cal.table.loaded && m.cal.table.loading, "still waiting");
    let next = vec![
        occurrence(
            "c1",
            "e3",
            "2026-12-08T15:00:00Z",
            "2026-12-08T16:00:00Z",
            &[],
        ),
        occurrence(
            "c2",
            "e2",
            "2026-12-08T08:00:00Z",
            "2026-12-08T09:00:00Z",
            &[],
        ),
    ];
    update(&mut m, Msg::Cal(CalMsg::Occurrences(new, Ok(next))));
    let shown: Vec<&str> = m
        .cal
        .table
        .rows()
        .iter()
        .map(|r| r.occ.event_id.as_str())
        .collect();
    assert_eq!(shown, ["e2", "e3"], "in start order");
    assert_eq!(m.cal.table.rows()[0].calendar, "Alice");
    assert_eq!(m.cal.table.rows()[0].time_label, "09:00–10:00");
}

#[test]
fn invitations_are_answered_only_when_invited_and_not_readonly() {
    let (mut m, loads) = on_calendar();
    let (k, ..) = occurrences_effect(&loads);
    let occs = vec![
        occurrence(
            "c2",
            "inv",
            "2026-12-01T08:00:00Z",
            "2026-12-01T09:00:00Z",
            &["200"],
        ),
        occurrence(
            "c2",
            "other",
            "2026-12-02T08:00:00Z",
            "2026-12-02T09:00:00Z",
            &["202"],
        ),
    ];
    update(&mut m, Msg::Cal(CalMsg::Occurrences(k, Ok(occs))));
    // Enter opens the details and loads the event (its recurrence rule).
    assert_eq!(
        key(&mut m, KeyCode::Enter),
        vec![Effect::Cal(CalEffect::Event {
            calendar: "c2".into(),
            event: "inv".into()
        })]
    );
    assert!(matches!(m.overlay, Some(Overlay::Details)));
    let sent = ch(&mut m, 'A');
    let respond = CalEffect::Respond {
        calendar: "c2".into(),
        event: "inv".into(),
        summary: "Event inv".into(),
        status: ResponseStatus::Accepted,
    };
    assert_eq!(sent, vec![Effect::Cal(respond.clone())]);
    assert_eq!(
        respond.command_line().unwrap(),
        "ws cal respond c2 inv accepted"
    );
    let line = respond.command_line().unwrap();
    let after = update(
        &mut m,
        Msg::Cal(CalMsg::Responded(
            "Event inv".into(),
            ResponseStatus::Accepted,
            line,
            Ok(()),
        )),
    );
    assert!(
        after.contains(&Effect::Cal(CalEffect::Calendars)),
        "reloads: {after:?}"
    );
    assert!(
        m.status
            .as_ref()
            .unwrap()
            .text
            .contains("same as: ws cal respond")
    );
    key(&mut m, KeyCode::Esc);
    ch(&mut m, 'j');
    assert!(ch(&mut m, 'X').is_empty(), "not invited to the second one");
    assert!(m.status.as_ref().unwrap().text.contains("not invited"));
    m.settings.readonly = true;
    ch(&mut m, 'k');
    assert!(ch(&mut m, 'M').is_empty());
    assert!(m.status.as_ref().unwrap().text.contains("--readonly"));
}

fn entry(seq: i64, action: &str) -> AuditEvent {
    AuditEvent {
        seq,
        time: format!("2026-12-02T08:{:02}:00.000Z", seq % 60),
        actor: "id1".into(),
        org: "101".into(),
        action: action.into(),
        target: format!("doc:{seq}"),
        outcome: Outcome::Ok,
        request_id: Some(format!("r{seq}")),
        detail: None,
    }
}

fn on_audit() -> Model {
    let mut m = Model::new(Settings::default(), (100, 30));
    let users = crate::data::UserRow::new("id1", "alice", "", "", "active", "human");
    update(&mut m, Msg::Loaded(Data::Users(vec![users])));
    assert_eq!(
        ch(&mut m, '0'),
        vec![Effect::Load(Resource::Health), Effect::FollowAudit]
    );
    assert!(
        ch(&mut m, '0').iter().all(|e| *e != Effect::FollowAudit),
        "followed once"
    );
    update(
        &mut m,
        Msg::Audit(AuditMsg::Backfill(vec![
            entry(1, "docs.create"),
            entry(2, "docs.update"),
        ])),
    );
    update(&mut m, Msg::Audit(AuditMsg::Connected));
    m
}

fn seqs(m: &Model) -> Vec<i64> {
    m.audit.table.rows().iter().map(|r| r.event.seq).collect()
}

#[test]
fn live_entries_go_on_top_and_wait_while_paused() {
    let mut m = on_audit();
    assert_eq!(seqs(&m), [2, 1]);
    update(
        &mut m,
        Msg::Audit(AuditMsg::Entry(entry(3, "calendars.create"))),
    );
    assert_eq!(seqs(&m), [3, 2, 1]);
    assert_eq!(
        m.audit.table.rows()[0].actor_name,
        "alice",
        "named from the users"
    );
    ch(&mut m, 'p');
    update(&mut m, Msg::Audit(AuditMsg::Entry(entry(4, "docs.delete"))));
    update(&mut m, Msg::Audit(AuditMsg::Entry(entry(5, "docs.delete"))));
    // A reconnect's backfill repeats entries: each is counted once.
    update(
        &mut m,
        Msg::Audit(AuditMsg::Backfill(vec![
            entry(3, "calendars.create"),
            entry(4, "docs.delete"),
        ])),
    );
    assert_eq!(seqs(&m), [3, 2, 1], "nothing moves while paused");
    assert_eq!(m.audit.pending.len(), 2);
    ch(&mut m, 'p');
    assert_eq!(seqs(&m), [5, 4, 3, 2, 1]);
    assert!(m.audit.pending.is_empty());
    assert!(
        m.status
            .as_ref()
            .unwrap()
            .text
            .contains("2 new audit entries")
    );
}

#[test]
fn the_filter_applies_to_live_entries_and_enter_shows_one() {
    let mut m = on_audit();
    ch(&mut m, '/');
    for c in "update".chars() {
        ch(&mut m, c);
    }
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.audit.table.len(), 1);
    update(&mut m, Msg::Audit(AuditMsg::Entry(entry(7, "docs.update"))));
    update(&mut m, Msg::Audit(AuditMsg::Entry(entry(8, "docs.delete"))));
    assert_eq!(
        m.audit.table.len(),
        2,
        "the new update matches, the delete does not"
    );
    key(&mut m, KeyCode::Enter);
    assert!(matches!(m.overlay, Some(Overlay::Details)));
    assert_eq!(m.audit.table.selected_row().unwrap().event.seq, 7);
    key(&mut m, KeyCode::Esc);
    key(&mut m, KeyCode::Esc);
    assert_eq!(m.audit.table.len(), 4, "Esc clears the filter");
}

#[test]
fn a_lost_stream_shows_in_the_status_line_until_it_reconnects() {
    let mut m = on_audit();
    update(
        &mut m,
        Msg::Audit(AuditMsg::Lost("connection refused".into())),
    );
    assert!(matches!(m.audit.conn, Conn::Lost(_)));
    let s = m.status.clone().unwrap();
    assert!(
        s.error && s.text.contains("audit stream lost: connection refused"),
        "{s:?}"
    );
    assert_eq!(seqs(&m), [2, 1], "entries stay");
    update(
        &mut m,
        Msg::Audit(AuditMsg::Backfill(vec![entry(3, "docs.create")])),
    );
    update(&mut m, Msg::Audit(AuditMsg::Connected));
    let s = m.status.clone().unwrap();
    assert!(!s.error && s.text.contains("connected again"), "{s:?}");
    assert_eq!(seqs(&m), [3, 2, 1], "what happened meanwhile is backfilled");
    assert!(m.audit.table.error.is_none());
}
