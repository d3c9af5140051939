//! `ws cal` of the real binary against the real server (demo data), signed in with
//! real access tokens through `WS_TOKEN`: natural times read and shown in `TZ`/`--tz`,
//! a weekly series across a DST change, all-day events, invitations, free/busy, and
//! an export → import round trip; bad input exits 1 naming the field.

use crate::util;

use util::{Sandbox, admin_sandbox};
use ws_tests::TestServer;
use ws_tests::workspace::token_for;

/// A sandbox signed in as `token`'s user, showing times in Berlin.
fn sandbox(server: &TestServer, token: &str) -> Sandbox {
    let mut sb = admin_sandbox(server);
    sb.set("WS_TOKEN", token);
    sb.set("TZ", "Europe/Berlin");
    sb
}

#[tokio::test(flavor = "multi_thread")]
async fn events_are_read_and_shown_in_the_local_zone() {
    let server = TestServer::start_demo().await;
    let alice = sandbox(&server, &token_for(&server, "alice").await);
    tokio::task::spawn_blocking(move || {
        alice.run(&["cal", "create", "Team"], "").expect(0);
        let add = alice.run(
            &[
                "cal",
                "add",
                "Team",
                "Standup",
                "--start",
                "2026-10-19 10:00",
                "--duration",
                "30m",
                "--rrule",
                "FREQ=WEEKLY;BYDAY=MO;COUNT=3",
                "-o",
                "json",
            ],
            "",
        );
        add.expect(0);
        assert_eq!(add.json()["time_zone"], "Europe/Berlin");
        assert_eq!(add.json()["start"], "2026-10-19T08:00:00Z");
        alice
            .run(
                &[
                    "cal",
                    "add",
                    "Team",
                    "Holidays",
                    "--all-day",
                    "--start",
                    "2026-12-24",
                    "--end",
                    "2026-12-27",
                ],
                "",
            )
            .expect(0);

        // Table in $TZ: 10:00 before and after the change to winter time.
        let table = alice.run(
            &[
                "cal",
                "events",
                "Team",
                "--from",
                "2026-10-01",
                "--to",
                "2027-01-01",
            ],
            "",
        );
        table.expect(0);
        let text = table.stdout();
        for shown in [
            "2026-10-19 10:00",
            "2026-10-26 10:00",
            "2026-11-02 10:00",
            "2026-12-24",
        ] {
            assert!(text.contains(shown), "{shown} missing:\n{text}");
        }
        // --tz overrides $TZ.
        let tokyo = alice.run(
            &[
                "cal",
                "events",
                "Team",
                "--from",
                "2026-10-01",
                "--to",
                "2026-11-01",
                "--tz",
                "Asia/Tokyo",
                "-o",
                "jsonl",
            ],
            "",
        );
        tokyo.expect(0);
        let first: serde_json::Value =
            serde_json::from_str(tokyo.stdout().lines().next().unwrap()).unwrap();
        assert_eq!(first["local_start"], "2026-10-19 17:00");
        assert_eq!(first["start"], "2026-10-19T08:00:00Z");

        let bad = alice.run(
            &[
                "cal",
                "add",
                "Team",
                "x",
                "--start",
                "2026-10-19 10:00",
                "--duration",
                "1h",
                "--rrule",
                "FREQ=NEVER",
            ],
            "",
        );
        assert_ne!(bad.code(), 0);
        assert!(bad.stderr().contains("rrule"), "{}", bad.stderr());
        let zone = alice.run(&["cal", "events", "--tz", "Mars/Base"], "");
        assert_ne!(zone.code(), 0);
        assert!(zone.stderr().contains("--tz"), "{}", zone.stderr());
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn invitations_free_busy_and_ics_round_trip() {
    let server = TestServer::start_demo().await;
    let alice = sandbox(&server, &token_for(&server, "alice").await);
    let bob = sandbox(&server, &token_for(&server, "bob").await);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mine.ics");
    tokio::task::spawn_blocking(move || {
        let add = alice.run(&["cal", "add", "Review", "--start", "2026-12-02 14:00", "--end", "2026-12-02 15:00", "--invite", "bob", "-o", "json"], "");
        add.expect(0);
        let (cal, eid) = (add.json()["calendar_id"].as_str().unwrap().to_owned(), add.json()["id"].as_str().unwrap().to_owned());

        // bob sees the invitation in his own calendar and answers it.
        let mine = bob.run(&["cal", "events", "--from", "2026-12-01", "--to", "2026-12-08", "-o", "json"], "");
        mine.expect(0);
        assert_eq!(mine.json()[0]["summary"], "Review");
        bob.run(&["cal", "respond", &cal, &eid, "accepted"], "").expect(0);
        let shown = alice.run(&["cal", "invite", &cal, &eid, "alice", "-o", "json"], "");
        shown.expect(0);
        assert_eq!(shown.json()[0]["status"], "accepted");

        // Free/busy shows the hour, in Berlin time, and no title.
        let fb = bob.run(&["cal", "freebusy", "alice", "--from", "2026-12-02", "--to", "2026-12-03", "-o", "json"], "");
        fb.expect(0);
        assert_eq!(fb.json()[0]["local_start"], "2026-12-02 14:00");
        assert!(!fb.stdout().contains("Review"), "{}", fb.stdout());

        // Export, import into a new calendar: the same occurrences.
        alice.run(&["cal", "export", &cal, "--file", file.to_str().unwrap()], "").expect(0);
        alice.run(&["cal", "create", "Copy"], "").expect(0);
        let imported = alice.run(&["cal", "import", "Copy", file.to_str().unwrap(), "-o", "json"], "");
        imported.expect(0);
        assert_eq!(imported.json()["created"], 1);
        let window = ["--from", "2026-12-01", "--to", "2026-12-08", "-o", "json", "--fields", "start,end,summary"];
        let a = alice.run(&[&["cal", "events", &cal][..], &window[..]].concat(), "");
        let b = alice.run(&[&["cal", "events", "Copy"][..], &window[..]].concat(), "");
        assert_eq!(a.json(), b.json());
        let broken = alice.run(&["cal", "import", "Copy", "-"], "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=No/Where:20261201T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        assert_ne!(broken.code(), 0);
        assert!(broken.stderr().contains("event 'x': DTSTART"), "{}", broken.stderr());
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn free_busy_reaches_whoever_can_be_invited_and_exports_name_the_people() {
    use icalendar::{Calendar, CalendarComponent, Component};
    let server = TestServer::start_demo().await;
    let alice = sandbox(&server, &token_for(&server, "alice").await);
    let bob = sandbox(&server, &token_for(&server, "bob").await);
    tokio::task::spawn_blocking(move || {
        // alice organizes a meeting on a team calendar, inviting bob and charlie
        // (Globex): she is busy for it though it is not in her own calendar.
        alice.run(&["cal", "create", "Team"], "").expect(0);
        let add = alice.run(
            &[
                "cal",
                "add",
                "Team",
                "Planning",
                "--start",
                "2026-12-02 10:00",
                "--end",
                "2026-12-02 11:00",
                "--invite",
                "bob,charlie",
            ],
            "",
        );
        add.expect(0);
        let fb = bob.run(
            &[
                "cal",
                "freebusy",
                "alice",
                "bob",
                "charlie",
                "--from",
                "2026-12-02",
                "--to",
                "2026-12-03",
                "-o",
                "json",
            ],
            "",
        );
        fb.expect(0);
        let rows: Vec<(String, String, String)> = fb
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["user"].as_str().unwrap().to_owned(),
                    r["local_start"].as_str().unwrap().to_owned(),
                    r["local_end"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        let hour = |u: &str| {
            (
                u.to_owned(),
                "2026-12-02 10:00".to_owned(),
                "2026-12-02 11:00".to_owned(),
            )
        };
        assert_eq!(rows, [hour("alice"), hour("bob"), hour("charlie")]);
        let nobody = bob.run(&["cal", "freebusy", "nobody-here"], "");
        assert_ne!(nobody.code(), 0);
        assert!(nobody.stderr().contains("users[0]"), "{}", nobody.stderr());

        // `--file -` is stdout, and the file names the organizer and the attendees.
        let export = alice.run(&["cal", "export", "Team", "--file", "-"], "");
        export.expect(0);
        assert!(!alice.dir.path().join("-").exists());
        let text = export.stdout();
        let parsed: Calendar = text.parse().unwrap_or_else(|e| panic!("{e}: {text}"));
        let events: Vec<_> = parsed
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some(e),
                _ => None,
            })
            .collect();
        assert_eq!(events.len(), 1, "{text}");
        let organizer = events[0]
            .properties()
            .get("ORGANIZER")
            .unwrap_or_else(|| panic!("no ORGANIZER: {text}"));
        assert!(organizer.value().starts_with("mailto:alice@"), "{text}");
        assert!(organizer.params().contains_key("CN"), "{text}");
        let attendees = events[0]
            .multi_properties()
            .get("ATTENDEE")
            .unwrap_or_else(|| panic!("no ATTENDEE: {text}"));
        let mut who: Vec<(String, String)> = attendees
            .iter()
            .map(|a| {
                (
                    a.value().split('@').next().unwrap().to_owned(),
                    a.params()["PARTSTAT"].value().to_owned(),
                )
            })
            .collect();
        who.sort();
        assert_eq!(
            who,
            [
                ("mailto:bob".to_owned(), "NEEDS-ACTION".to_owned()),
                ("mailto:charlie".to_owned(), "NEEDS-ACTION".to_owned())
            ]
        );
    })
    .await
    .unwrap();
}
