//! Calendars against the real demo server (Acme: alice admin, bob editor; Globex:
//! charlie and dave viewers through Acme's grant): recurrence across a DST change with
//! exceptions and a moved occurrence, all-day events, invitations and answers,
//! free/busy without details, `.ics` round trips, refused input, tenant isolation.

use reqwest::Method;
use serde_json::{Value, json};
use ws_tests::TestServer;
use ws_tests::workspace::{Reply, WsApi, token_for, user_id};

async fn api(server: &TestServer, name: &str) -> WsApi {
    WsApi::new(server, &token_for(server, name).await)
}

/// Creates a calendar and returns its id.
async fn calendar(api: &WsApi, body: Value) -> String {
    let r = api.post("/calendars", &body).await;
    assert_eq!(r.status, 201, "{r:?}");
    r.body["id"].as_str().unwrap().to_owned()
}

/// The caller's personal calendar (made on first use).
async fn personal(api: &WsApi) -> String {
    let r = api.get("/calendars").await;
    assert_eq!(r.status, 200, "{r:?}");
    let items = r.body["items"].as_array().unwrap();
    let p = items
        .iter()
        .find(|c| c["personal"] == true)
        .expect("a personal calendar");
    p["id"].as_str().unwrap().to_owned()
}

async fn event(api: &WsApi, cal: &str, body: Value) -> Value {
    let r = api.post(&format!("/calendars/{cal}/events"), &body).await;
    assert_eq!(r.status, 201, "{r:?}");
    r.body
}

async fn occurrences(api: &WsApi, cal: &str, from: &str, to: &str) -> Vec<Value> {
    let r = api
        .get(&format!("/calendars/{cal}/events?from={from}&to={to}"))
        .await;
    assert_eq!(r.status, 200, "{r:?}");
    r.body["items"].as_array().unwrap().clone()
}

/// `(start, end, summary)` of each occurrence.
fn triples(items: &[Value]) -> Vec<(String, String, String)> {
    items
        .iter()
        .map(|o| {
            let s = |k: &str| o[k].as_str().unwrap_or_default().to_owned();
            (s("start"), s("end"), s("summary"))
        })
        .collect()
}

fn assert_invalid(r: &Reply, field: &str) {
    assert_eq!((r.status, r.code()), (400, "invalid_argument"), "{r:?}");
    let msg = r.body["message"].as_str().unwrap_or_default();
    assert!(msg.starts_with(field), "message should name {field}: {msg}");
}

/// A weekly series in Berlin across the end of summer time, one exception, one moved
/// occurrence, and an all-day event.
async fn team_calendar(alice: &WsApi) -> (String, Value) {
    let cal = calendar(alice, json!({"name": "Team", "time_zone": "Europe/Berlin"})).await;
    let series = event(
        alice,
        &cal,
        json!({
            "summary": "Standup", "start": "2026-10-12T10:00", "end": "2026-10-12T10:30",
            "rrule": "FREQ=WEEKLY;BYDAY=MO;COUNT=5", "exdates": ["2026-10-19T10:00"]
        }),
    )
    .await;
    let moved = alice
        .patch(
            &format!(
                "/calendars/{cal}/events/{}?occurrence=2026-10-26T09:00:00Z",
                series["id"].as_str().unwrap()
            ),
            &json!({"start": "2026-10-26T14:00", "summary": "Standup (late)"}),
        )
        .await;
    assert_eq!(moved.status, 200, "{moved:?}");
    assert_eq!(moved.body["recurrence_id"], "2026-10-26T09:00:00Z");
    event(
        alice,
        &cal,
        json!({"summary": "Holidays", "all_day": true, "start": "2026-12-24", "end": "2026-12-27"}),
    )
    .await;
    (cal, series)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recurrence_with_exceptions_across_dst_and_all_day_events() {
    let server = TestServer::start_demo().await;
    let alice = api(&server, "alice").await;
    let (cal, series) = team_calendar(&alice).await;
    let got = occurrences(&alice, &cal, "2026-10-01T00:00:00Z", "2027-01-01T00:00:00Z").await;
    let t = |s: &str, e: &str, name: &str| (s.to_owned(), e.to_owned(), name.to_owned());
    // 10:00 Berlin is 08:00Z in summer and 09:00Z after 25 October; the 19th is an
    // exception; the 26th moved to 14:00 (13:00Z).
    assert_eq!(
        triples(&got),
        vec![
            t("2026-10-12T08:00:00Z", "2026-10-12T08:30:00Z", "Standup"),
            t(
                "2026-10-26T13:00:00Z",
                "2026-10-26T13:30:00Z",
                "Standup (late)"
            ),
            t("2026-11-02T09:00:00Z", "2026-11-02T09:30:00Z", "Standup"),
            t("2026-11-09T09:00:00Z", "2026-11-09T09:30:00Z", "Standup"),
            t("2026-12-24", "2026-12-27", "Holidays"),
        ]
    );
    assert_eq!(got[1]["original_start"], "2026-10-26T09:00:00Z");
    assert_eq!(
        (got[4]["all_day"].clone(), got[4]["busy"].clone()),
        (json!(true), json!(false))
    );

    // Deleting one occurrence makes it an exception; the rest of the series stays.
    let sid = series["id"].as_str().unwrap();
    let del = alice
        .delete(&format!(
            "/calendars/{cal}/events/{sid}?occurrence=2026-11-02T09:00:00Z"
        ))
        .await;
    assert_eq!(del.status, 204, "{del:?}");
    let after = occurrences(&alice, &cal, "2026-10-01T00:00:00Z", "2026-12-01T00:00:00Z").await;
    assert_eq!(after.len(), 3, "{after:?}");
    let not_one = alice
        .delete(&format!(
            "/calendars/{cal}/events/{sid}?occurrence=2026-11-03T09:00:00Z"
        ))
        .await;
    assert_invalid(&not_one, "occurrence");

    // A window of one day in the middle sees only what meets it.
    let day = occurrences(&alice, &cal, "2026-12-25", "2026-12-26").await;
    assert_eq!(
        triples(&day),
        vec![t("2026-12-24", "2026-12-27", "Holidays")]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_times_zones_and_rules_are_400s_naming_the_field() {
    let server = TestServer::start_demo().await;
    let bob = api(&server, "bob").await;
    let cal = personal(&bob).await;
    let path = format!("/calendars/{cal}/events");
    let base =
        json!({"summary": "x", "start": "2026-12-01T10:00:00Z", "end": "2026-12-01T11:00:00Z"});
    let with = |k: &str, v: Value| {
        let mut b = base.clone();
        b[k] = v;
        b
    };
    assert_invalid(
        &bob.post(&path, &with("time_zone", json!("Mars/Olympus")))
            .await,
        "time_zone",
    );
    assert_invalid(
        &bob.post(&path, &with("end", json!("2026-12-01T09:00:00Z")))
            .await,
        "end",
    );
    assert_invalid(
        &bob.post(&path, &with("rrule", json!("FREQ=SOMETIMES")))
            .await,
        "rrule",
    );
    assert_invalid(
        &bob.post(&path, &with("start", json!("next tuesday"))).await,
        "start",
    );
    assert_invalid(
        &bob.post(&path, &with("attendees", json!(["nobody-here"])))
            .await,
        "attendees[0]",
    );
    assert_invalid(
        &bob.post("/calendars", &json!({"name": "x", "time_zone": "Nowhere"}))
            .await,
        "time_zone",
    );
    assert_invalid(
        &bob.get(&format!("{path}?from=2026-12-02&to=2026-12-01"))
            .await,
        "to",
    );
    // Nothing of that was stored.
    assert!(
        occurrences(&bob, &cal, "2026-11-01", "2027-01-01")
            .await
            .is_empty()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invitations_show_up_for_invitees_who_answer() {
    let server = TestServer::start_demo().await;
    let (alice, bob, charlie, dave) = (
        api(&server, "alice").await,
        api(&server, "bob").await,
        api(&server, "charlie").await,
        api(&server, "dave").await,
    );
    let cal = personal(&alice).await;
    let charlie_id = user_id(&server, "charlie");
    let meeting = event(
        &alice,
        &cal,
        json!({
            "summary": "Planning", "start": "2026-12-02T14:00:00Z", "end": "2026-12-02T15:00:00Z",
            "attendees": ["bob", charlie_id]
        }),
    )
    .await;
    let eid = meeting["id"].as_str().unwrap();
    assert_eq!(meeting["attendees"][0]["user_id"], user_id(&server, "bob"));
    assert_eq!(meeting["attendees"][1]["status"], "needs_action");

    // The invitation shows in bob's own calendar, and he may open it.
    let bobs = personal(&bob).await;
    let seen = occurrences(&bob, &bobs, "2026-12-01", "2026-12-08").await;
    assert_eq!(triples(&seen).len(), 1, "{seen:?}");
    assert_eq!(seen[0]["calendar_id"], cal.as_str());
    let path = format!("/calendars/{cal}/events/{eid}");
    assert_eq!(bob.get(&path).await.status, 200);

    let answer = bob
        .post(&format!("{path}/respond"), &json!({"status": "accepted"}))
        .await;
    assert_eq!(answer.status, 200, "{answer:?}");
    assert_eq!(answer.body["attendees"][0]["status"], "accepted");
    // A Globex viewer invited across the grant may answer too.
    let maybe = charlie
        .post(&format!("{path}/respond"), &json!({"status": "tentative"}))
        .await;
    assert_eq!(
        maybe.body["attendees"][1]["status"], "tentative",
        "{maybe:?}"
    );
    assert_invalid(
        &bob.post(
            &format!("{path}/respond"),
            &json!({"status": "needs_action"}),
        )
        .await,
        "status",
    );
    // dave is not invited and cannot see alice's calendar: 404, nothing revealed.
    let stranger = dave
        .post(&format!("{path}/respond"), &json!({"status": "accepted"}))
        .await;
    assert_eq!(stranger.status, 404, "{stranger:?}");
    assert_eq!(dave.get(&path).await.status, 404);
    let stored = alice.get(&path).await;
    assert_eq!(stored.body["attendees"][0]["status"], "accepted");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn free_busy_gives_merged_intervals_and_nothing_else() {
    let server = TestServer::start_demo().await;
    let (alice, bob) = (api(&server, "alice").await, api(&server, "bob").await);
    let cal = personal(&alice).await;
    for (s, e) in [("09:00", "10:00"), ("09:30", "11:00"), ("15:00", "16:00")] {
        event(
            &alice,
            &cal,
            json!({
                "summary": "Secret board meeting", "location": "Room 42", "time_zone": "UTC",
                "start": format!("2026-12-03T{s}"), "end": format!("2026-12-03T{e}")
            }),
        )
        .await;
    }
    event(&alice, &cal, json!({"summary": "Free time", "busy": false, "start": "2026-12-03T12:00:00Z", "end": "2026-12-03T13:00:00Z"})).await;
    // An invitation bob declines does not make him busy; one he has not answered does.
    event(&alice, &cal, json!({"summary": "Optional", "start": "2026-12-03T17:00:00Z", "end": "2026-12-03T18:00:00Z", "attendees": ["bob"]})).await;
    let declined = event(&alice, &cal, json!({"summary": "Skip", "start": "2026-12-03T19:00:00Z", "end": "2026-12-03T20:00:00Z", "attendees": ["bob"]})).await;
    let r = bob
        .post(
            &format!(
                "/calendars/{cal}/events/{}/respond",
                declined["id"].as_str().unwrap()
            ),
            &json!({"status": "declined"}),
        )
        .await;
    assert_eq!(r.status, 200, "{r:?}");

    let fb = bob
        .post("/freebusy", &json!({"users": ["alice", "bob"], "from": "2026-12-03T00:00:00Z", "to": "2026-12-04T00:00:00Z"}))
        .await;
    assert_eq!(fb.status, 200, "{fb:?}");
    assert_eq!(fb.body["users"][0]["user_id"], user_id(&server, "alice"));
    assert_eq!(
        fb.body["users"][0]["busy"],
        json!([
            {"start": "2026-12-03T09:00:00Z", "end": "2026-12-03T11:00:00Z"},
            {"start": "2026-12-03T15:00:00Z", "end": "2026-12-03T16:00:00Z"},
            // alice organizes the invitations in her own calendar: busy whatever bob says.
            {"start": "2026-12-03T17:00:00Z", "end": "2026-12-03T18:00:00Z"},
            {"start": "2026-12-03T19:00:00Z", "end": "2026-12-03T20:00:00Z"}
        ])
    );
    assert_eq!(
        fb.body["users"][1]["busy"],
        json!([{"start": "2026-12-03T17:00:00Z", "end": "2026-12-03T18:00:00Z"}])
    );
    let text = fb.body.to_string();
    for secret in ["Secret", "Room 42", "Optional", &cal] {
        assert!(!text.contains(secret), "free/busy leaks {secret}: {text}");
    }
    // Whoever could be invited is reachable (charlie is in Globex, granted the
    // workspace); a name nobody has is refused as unknown.
    let globex = bob.post("/freebusy", &json!({"users": ["charlie"], "from": "2026-12-03T00:00:00Z", "to": "2026-12-04T00:00:00Z"})).await;
    assert_eq!(globex.status, 200, "{globex:?}");
    assert_eq!(
        globex.body["users"][0]["user_id"],
        user_id(&server, "charlie")
    );
    let nobody = bob.post("/freebusy", &json!({"users": ["nobody-here"], "from": "2026-12-03T00:00:00Z", "to": "2026-12-04T00:00:00Z"})).await;
    assert_invalid(&nobody, "users[0]");
}

async fn import(api: &WsApi, cal: &str, content_type: &str, body: String) -> Reply {
    let req = api
        .request(Method::POST, &format!("/calendars/{cal}/ics"))
        .header("content-type", content_type)
        .body(body);
    api.send(req).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ics_export_imports_into_another_calendar_with_the_same_occurrences() {
    let server = TestServer::start_demo().await;
    let alice = api(&server, "alice").await;
    let (team, _) = team_calendar(&alice).await;
    let exported = alice.get(&format!("/calendars/{team}/ics")).await;
    assert_eq!(exported.status, 200);
    assert!(
        exported
            .header("content-type")
            .unwrap()
            .starts_with("text/calendar")
    );
    let text = exported.body.as_str().expect("ics text").to_owned();
    assert!(
        text.contains("RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=5"),
        "{text}"
    );
    assert!(
        text.contains("EXDATE;TZID=Europe/Berlin:20261019T100000"),
        "{text}"
    );

    let copy = calendar(&alice, json!({"name": "Copy", "time_zone": "Asia/Tokyo"})).await;
    let r = import(&alice, &copy, "text/calendar", text.clone()).await;
    assert_eq!(r.status, 200, "{r:?}");
    assert_eq!(
        (r.body["created"].clone(), r.body["updated"].clone()),
        (json!(3), json!(0))
    );
    let window = ("2026-10-01T00:00:00Z", "2027-01-01T00:00:00Z");
    let a = occurrences(&alice, &team, window.0, window.1).await;
    let b = occurrences(&alice, &copy, window.0, window.1).await;
    assert_eq!(triples(&a), triples(&b));
    // Importing again replaces by UID instead of duplicating.
    let again = import(&alice, &copy, "text/calendar; charset=utf-8", text).await;
    assert_eq!(
        (again.body["created"].clone(), again.body["updated"].clone()),
        (json!(0), json!(3)),
        "{again:?}"
    );
    assert_eq!(
        occurrences(&alice, &copy, window.0, window.1).await.len(),
        a.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broken_ics_files_are_refused_whole() {
    let server = TestServer::start_demo().await;
    let bob = api(&server, "bob").await;
    let cal = calendar(&bob, json!({"name": "Imports"})).await;
    let good = "BEGIN:VEVENT\r\nUID:good-1\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:Fine\r\nDTSTART:20261201T100000Z\r\nDTEND:20261201T110000Z\r\nEND:VEVENT\r\n";
    let file = |second: &str| {
        format!(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n{good}{second}END:VCALENDAR\r\n"
        )
    };
    let rule = file(
        "BEGIN:VEVENT\r\nUID:bad-rule\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261201T100000Z\r\nRRULE:FREQ=FORTNIGHTLY\r\nEND:VEVENT\r\n",
    );
    let r = import(&bob, &cal, "text/calendar", rule).await;
    assert_invalid(&r, "event 'bad-rule': RRULE");
    let zone = file(
        "BEGIN:VEVENT\r\nUID:bad-zone\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;TZID=Middle/Earth:20261201T100000\r\nEND:VEVENT\r\n",
    );
    let r = import(&bob, &cal, "text/calendar", zone).await;
    assert_invalid(&r, "event 'bad-zone': DTSTART");
    assert!(
        r.body["message"].as_str().unwrap().contains("Middle/Earth"),
        "{r:?}"
    );
    assert_invalid(
        &import(&bob, &cal, "text/calendar", "not a calendar".into()).await,
        "body",
    );
    let wrong_type = import(&bob, &cal, "application/json", file("")).await;
    assert_eq!(wrong_type.status, 415, "{wrong_type:?}");
    // None of the good events before the broken ones was stored.
    assert!(
        occurrences(&bob, &cal, "2026-11-01", "2027-01-01")
            .await
            .is_empty()
    );
    let ok = import(&bob, &cal, "text/calendar", file("")).await;
    assert_eq!(ok.body["uids"], json!(["good-1"]), "{ok:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn other_orgs_never_see_calendars_unless_shared() {
    let server = TestServer::start_demo().await;
    let (alice, bob, charlie, dave) = (
        api(&server, "alice").await,
        api(&server, "bob").await,
        api(&server, "charlie").await,
        api(&server, "dave").await,
    );
    let private = calendar(&alice, json!({"name": "Private"})).await;
    let org = calendar(
        &alice,
        json!({"name": "Acme all-hands", "org_role": "viewer"}),
    )
    .await;
    event(&alice, &org, json!({"summary": "All hands", "start": "2026-12-04T16:00:00Z", "end": "2026-12-04T17:00:00Z"})).await;

    let names = |r: Reply| -> Vec<String> {
        r.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap().to_owned())
            .collect()
    };
    // bob (Acme) sees the org calendar read-only, never alice's private one.
    let bobs = names(bob.get("/calendars").await);
    assert!(
        bobs.contains(&"Acme all-hands".to_owned()) && !bobs.contains(&"Private".to_owned()),
        "{bobs:?}"
    );
    assert_eq!(
        occurrences(&bob, &org, "2026-12-01", "2026-12-08")
            .await
            .len(),
        1
    );
    let write = bob.post(&format!("/calendars/{org}/events"), &json!({"summary": "x", "start": "2026-12-05T10:00:00Z", "end": "2026-12-05T11:00:00Z"})).await;
    assert_eq!(write.status, 403, "{write:?}");
    assert_eq!(bob.get(&format!("/calendars/{private}")).await.status, 404);

    // Globex users see neither, with the same 404 as for a calendar that does not exist.
    for (who, api) in [("charlie", &charlie), ("dave", &dave)] {
        let listed = names(api.get("/calendars").await);
        assert!(
            listed
                .iter()
                .all(|n| n != "Private" && n != "Acme all-hands"),
            "{who}: {listed:?}"
        );
        for path in [
            format!("/calendars/{org}"),
            format!("/calendars/{private}/ics"),
            format!("/calendars/{org}/events?from=2026-12-01&to=2026-12-08"),
            "/calendars/1234567890/ics".to_owned(),
        ] {
            let r = api.get(&path).await;
            assert_eq!(
                (r.status, r.code()),
                (404, "not_found"),
                "{who} {path}: {r:?}"
            );
        }
    }

    // Shared with charlie through the grant: he reads it, but a viewer cannot write.
    let share = alice
        .post("/shares", &json!({"kind": "calendar", "resource_id": org, "grantee": {"type": "user", "id": user_id(&server, "charlie")}, "role": "editor"}))
        .await;
    assert_eq!(share.status, 201, "{share:?}");
    assert_eq!(
        occurrences(&charlie, &org, "2026-12-01", "2026-12-08")
            .await
            .len(),
        1
    );
    assert!(names(charlie.get("/calendars").await).contains(&"Acme all-hands".to_owned()));
    let r = charlie.post(&format!("/calendars/{org}/events"), &json!({"summary": "x", "start": "2026-12-05T10:00:00Z", "end": "2026-12-05T11:00:00Z"})).await;
    assert_eq!(r.status, 403, "{r:?}");
    assert_eq!(dave.get(&format!("/calendars/{org}")).await.status, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calendars_are_managed_and_every_write_is_audited() {
    let server = TestServer::start_demo().await;
    let alice = api(&server, "alice").await;
    let mine = personal(&alice).await;
    let gone = alice.delete(&format!("/calendars/{mine}")).await;
    assert_eq!(gone.status, 409, "{gone:?}");
    let cal = calendar(&alice, json!({"name": "Temp"})).await;
    let renamed = alice
        .patch(
            &format!("/calendars/{cal}"),
            &json!({"name": "Renamed", "time_zone": "America/New_York"}),
        )
        .await;
    assert_eq!(
        (
            renamed.body["name"].clone(),
            renamed.body["time_zone"].clone()
        ),
        (json!("Renamed"), json!("America/New_York"))
    );
    assert_eq!(alice.delete(&format!("/calendars/{cal}")).await.status, 204);
    assert_eq!(alice.get(&format!("/calendars/{cal}")).await.status, 404);
    let audit = alice.get("/audit?action=calendars.update").await;
    assert_eq!(audit.status, 200, "{audit:?}");
    let targets: Vec<_> = audit.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["target"].clone())
        .collect();
    assert!(
        targets.contains(&json!(format!("calendar:{cal}"))),
        "{audit:?}"
    );
    let deletes = alice.get("/audit?action=calendars.delete").await;
    let outcomes: Vec<_> = deletes.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["outcome"].clone())
        .collect();
    assert!(
        outcomes.contains(&json!("ok")) && outcomes.len() == 2,
        "the refused delete is audited too: {deletes:?}"
    );
}

/// A file whose components nest `levels` deep inside themselves (`kind` in `kind`).
fn self_nested_ics(kind: &str, levels: usize) -> String {
    let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n");
    let open = match kind {
        "VALARM" => "BEGIN:VEVENT\r\nUID:outer\r\nDTSTART:20261201T100000Z\r\n",
        _ => "",
    };
    text.push_str(open);
    let body = format!("BEGIN:{kind}\r\nUID:n\r\nDTSTART:20261201T100000Z\r\n");
    text.push_str(&body.repeat(levels));
    text.push_str(&format!("END:{kind}\r\n").repeat(levels));
    if !open.is_empty() {
        text.push_str("END:VEVENT\r\n");
    }
    text.push_str("END:VCALENDAR\r\n");
    text
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deeply_nested_ics_files_are_refused_and_the_server_keeps_answering() {
    let server = TestServer::start_demo().await;
    let bob = api(&server, "bob").await;
    let cal = calendar(&bob, json!({"name": "Hostile"})).await;
    for (kind, levels) in [("VEVENT", 1200), ("VALARM", 1200), ("VEVENT", 20_000)] {
        let text = self_nested_ics(kind, levels);
        assert!(
            text.len() > 55_000,
            "{kind} x {levels}: {} bytes",
            text.len()
        );
        let r = import(&bob, &cal, "text/calendar", text).await;
        assert_invalid(&r, "body");
        let msg = r.body["message"].as_str().unwrap();
        assert!(msg.contains("nested more than 8 deep"), "{r:?}");
        // The process survived: the next request is answered.
        assert_eq!(bob.get(&format!("/calendars/{cal}")).await.status, 200);
    }
    assert!(
        occurrences(&bob, &cal, "2026-11-01", "2027-01-01")
            .await
            .is_empty()
    );
}
