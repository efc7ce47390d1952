//! The import corpus (`tests/data/ics/`, one file per client kind and per edge case), read
//! field by field.

use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::{America, Europe, Tz};

use super::*;

const NETWORK: [Tz; 6] = [
    Europe::Tirane,
    Europe::Sarajevo,
    Europe::Belgrade,
    Europe::Podgorica,
    Europe::Skopje,
    Europe::Belgrade,
];

fn corpus(name: &str) -> String {
    let path = format!("{}/tests/data/ics/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn opts(zone: Option<Tz>) -> ReadOptions<'static> {
    ReadOptions {
        zone,
        default_zone: Europe::Tirane,
        candidates: &NETWORK,
        limit: 100,
    }
}

fn read_file(name: &str) -> Reading {
    read(&corpus(name), &opts(None)).unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn line_of(text: &str, prefix: &str) -> usize {
    text.trim_start_matches('\u{feff}')
        .split("\r\n")
        .position(|l| l.starts_with(prefix))
        .unwrap()
        + 1
}

const TEAMS: &str = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_DEMO0000%40thread.v2/0?context=%7b%22Tid%22%3a%22demo%22%7d";

#[test]
fn outlook_teams_invitation_in_a_windows_zone() {
    let r = read_file("outlook-teams.ics");
    assert_eq!(r.question, None);
    assert_eq!(r.drafts.len(), 1);
    let d = &r.drafts[0];
    assert_eq!(d.summary, "Donor briefing: 2027 funding round");
    // 09:00 in New York, not 09:00 in Tirana.
    assert_eq!(d.tz, America::New_York);
    assert_eq!(d.start, utc("2027-01-14T14:00:00Z"));
    assert_eq!(d.end, utc("2027-01-14T15:30:00Z"));
    assert_eq!(d.online_url.as_deref(), Some(TEAMS));
    assert_eq!(d.venue, None, "'Microsoft Teams Meeting' is not a place");
    assert!(!d.all_day);
    let text = d.description.as_deref().unwrap();
    assert!(text.starts_with("Briefing on the 2027 funding round for the regional network (fictional example).\n\n"));
    assert!(text.contains("Join on your computer, mobile app or room device"));
}

#[test]
fn outlook_weekly_series_with_a_deleted_occurrence() {
    let r = read_file("outlook-weekly.ics");
    let starts: Vec<String> = r.drafts.iter().map(|d| d.start.to_rfc3339()).collect();
    // COUNT=6 from 12 January, 19 January deleted (EXDATE).
    assert_eq!(
        starts,
        [
            "2027-01-12T09:00:00+00:00",
            "2027-01-26T09:00:00+00:00",
            "2027-02-02T09:00:00+00:00",
            "2027-02-09T09:00:00+00:00",
            "2027-02-16T09:00:00+00:00"
        ]
    );
    for d in &r.drafts {
        assert_eq!(d.end - d.start, chrono::Duration::minutes(90));
        assert_eq!(d.summary, "Takimi i grupit të punës: strehimi");
        assert_eq!(d.venue.as_deref(), Some("Salla e mbledhjeve, Rruga Demo 1, Tiranë"));
        // Central Europe Standard Time is the network's clock: the network's zone.
        assert_eq!(d.tz, Europe::Tirane);
        assert_eq!(d.group, 0);
    }
    assert_eq!(
        r.notes,
        [msg(
            "import-note-series",
            &[("title", "Takimi i grupit të punës: strehimi"), ("count", "5")]
        )]
    );
}

#[test]
fn google_weekly_series_across_the_spring_change_with_a_moved_occurrence() {
    let r = read_file("google-weekly-meet.ics");
    let got: Vec<(String, String, &str)> = r
        .drafts
        .iter()
        .map(|d| {
            (
                d.start.with_timezone(&d.tz).format("%a %d %b %H:%M").to_string(),
                d.start.to_rfc3339(),
                d.summary.as_str(),
            )
        })
        .collect();
    let call = "Referral coordination call";
    assert_eq!(
        got,
        [
            ("Tue 02 Mar 10:00".into(), "2027-03-02T09:00:00+00:00".into(), call),
            ("Tue 09 Mar 10:00".into(), "2027-03-09T09:00:00+00:00".into(), call),
            // 16 March deleted; 23 March moved to Wednesday 24 at 14:00.
            (
                "Wed 24 Mar 14:00".into(),
                "2027-03-24T13:00:00+00:00".into(),
                "Referral coordination call (moved to Wednesday)"
            ),
            // Summer time from 28 March: still 10:00 local, an hour earlier in UTC.
            ("Tue 30 Mar 10:00".into(), "2027-03-30T08:00:00+00:00".into(), call),
            ("Tue 06 Apr 10:00".into(), "2027-04-06T08:00:00+00:00".into(), call),
        ]
    );
    for d in &r.drafts {
        assert_eq!(d.tz, Europe::Belgrade);
        assert_eq!(d.end - d.start, chrono::Duration::hours(1));
        assert_eq!(d.online_url.as_deref(), Some("https://meet.google.com/abc-defg-hij"));
        assert_eq!(d.venue, None);
    }
}

#[test]
fn apple_all_day_event_stays_dates_in_the_calendars_zone() {
    let r = read_file("apple-all-day.ics");
    let d = &r.drafts[0];
    assert!(d.all_day);
    assert_eq!(d.tz, Europe::Skopje);
    // 10 and 11 February: local midnight to the midnight after the last day.
    assert_eq!(d.start, Europe::Skopje.with_ymd_and_hms(2027, 2, 10, 0, 0, 0).unwrap());
    assert_eq!(d.end, Europe::Skopje.with_ymd_and_hms(2027, 2, 12, 0, 0, 0).unwrap());
    assert_eq!(d.summary, "Study visit: shelter standards in Skopje");
    assert_eq!(
        d.venue.as_deref(),
        Some("Hotel Demo\nBulevar Demo 1, Skopje, North Macedonia")
    );
    assert_eq!(
        d.description.as_deref(),
        Some(
            "Two days on shelter standards: day one, the national reports; day two, a common checklist (fictional example)."
        )
    );
    assert_eq!(d.online_url, None);
}

#[test]
fn thunderbird_duration_tabs_and_a_folded_title() {
    let r = read_file("thunderbird-duration.ics");
    let d = &r.drafts[0];
    assert_eq!(
        d.summary,
        "Pravna radionica: usklađivanje zakona o zaštiti žrtava trgovine ljudima u regionu"
    );
    assert_eq!(d.tz, Europe::Sarajevo);
    assert_eq!(d.start, utc("2027-04-15T07:30:00Z"));
    assert_eq!(d.end, utc("2027-04-15T11:00:00Z"), "DURATION:PT3H30M");
    assert_eq!(
        d.description.as_deref(),
        Some("Radionica o razlikama u zakonima (izmišljeni primjer).\n\tTačka 1: definicije\n\tTačka 2: naknade")
    );
    assert_eq!(d.venue.as_deref(), Some("Sala 2, Demo centar, Sarajevo"));
}

#[test]
fn a_zone_nobody_knows_is_asked_for_with_a_suggestion_from_the_file() {
    let text = corpus("outlook-customized-zone.ics");
    let r = read(&text, &opts(None)).unwrap();
    assert_eq!(
        r.question,
        Some(ZoneQuestion {
            tzid: "Customized Time Zone".into(),
            suggested: Some(Europe::Tirane),
        })
    );
    assert_eq!(
        r.drafts[0].online_url.as_deref(),
        Some("https://zoom.us/j/0000000000?pwd=DEMO")
    );
    assert_eq!(r.drafts[0].venue, None);
    // Once the user chooses, the times are read in that zone and nothing is asked.
    let chosen = read(&text, &opts(Some(America::New_York))).unwrap();
    assert_eq!(chosen.question, None);
    assert_eq!(chosen.drafts[0].tz, America::New_York);
    assert_eq!(chosen.drafts[0].start, utc("2027-01-20T20:00:00Z"));
    let sarajevo = read(&text, &opts(Some(Europe::Sarajevo))).unwrap();
    assert_eq!(sarajevo.drafts[0].start, utc("2027-01-20T14:00:00Z"));
}

#[test]
fn a_windows_display_name_is_a_zone_too() {
    let r = read_file("outlook-display-name.ics");
    assert_eq!(r.question, None);
    assert_eq!(r.drafts[0].tz, Europe::Tirane);
    assert_eq!(r.drafts[0].start, utc("2027-02-05T10:00:00Z"));
    assert_eq!(r.drafts[0].venue.as_deref(), Some("Demo office, Skopje"));
}

#[test]
fn utc_times_and_dates_take_the_calendars_zone_and_every_event_becomes_a_draft() {
    let r = read_file("google-export-utc.ics");
    assert_eq!(r.drafts.len(), 2);
    let (a, b) = (&r.drafts[0], &r.drafts[1]);
    assert_eq!(
        (a.tz, a.start, a.group),
        (Europe::Podgorica, utc("2027-03-01T08:00:00Z"), 0)
    );
    assert_eq!(a.online_url.as_deref(), Some("https://meet.google.com/xyz-abcd-efg"));
    assert_eq!(a.venue, None, "'Online:' before the link is not a place");
    assert!(b.all_day);
    assert_eq!(b.group, 1);
    assert_eq!(
        b.start,
        Europe::Podgorica.with_ymd_and_hms(2027, 3, 8, 0, 0, 0).unwrap()
    );
    assert_eq!(b.end, Europe::Podgorica.with_ymd_and_hms(2027, 3, 9, 0, 0, 0).unwrap());
    assert!(r.notes.is_empty());
}

#[test]
fn floating_times_are_asked_for() {
    let text = corpus("floating.ics");
    let r = read(&text, &opts(None)).unwrap();
    assert_eq!(
        r.question,
        Some(ZoneQuestion {
            tzid: String::new(),
            suggested: None,
        })
    );
    let chosen = read(&text, &opts(Some(Europe::Skopje))).unwrap();
    assert_eq!(chosen.question, None);
    assert_eq!(chosen.drafts[0].start, utc("2027-03-01T09:00:00Z"));
}

#[test]
fn a_rule_we_cannot_follow_is_named_on_its_line() {
    let text = corpus("rule-bysetpos.ics");
    let e = read(&text, &opts(None)).unwrap_err();
    assert_eq!(e.line, Some(line_of(&text, "RRULE:FREQ=MONTHLY")));
    assert_eq!(e.message, msg("import-rule-unsupported", &[("part", "BYSETPOS=-1")]));
}

#[test]
fn a_start_in_the_spring_gap_is_refused_on_its_line() {
    let text = corpus("spring-gap.ics");
    let e = read(&text, &opts(None)).unwrap_err();
    assert_eq!(e.line, Some(line_of(&text, "DTSTART")));
    assert_eq!(e.message.key, "import-no-such-time");
}

#[test]
fn an_open_series_stops_at_the_limit_and_says_so() {
    let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:o@example.org\r\nSUMMARY:Weekly call\r\nDTSTART;TZID=Europe/Tirane:20270104T100000\r\nDTEND;TZID=Europe/Tirane:20270104T110000\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let mut o = opts(None);
    o.limit = 10;
    let r = read(text, &o).unwrap();
    assert_eq!(r.drafts.len(), 10);
    assert_eq!(
        r.notes[1],
        msg("import-note-cut", &[("count", "10"), ("until", "2027-03-08")])
    );
    // Without a limit in the way, an open rule stops after a year.
    let r = read(text, &opts(None)).unwrap();
    assert_eq!(r.drafts.len(), 53);
}

fn event_with(lines: &str) -> String {
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@example.org\r\n{lines}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
}

#[test]
fn a_duration_sets_the_end_when_there_is_no_dtend() {
    let file = |end: &str| event_with(&format!("SUMMARY:Call\r\nDTSTART:20311201T090000Z\r\n{end}"));
    for (duration, minutes) in [
        ("DURATION:PT1H30M", 90),
        ("DURATION:PT45M", 45),
        ("DURATION:P1D", 24 * 60),
        ("DURATION:P1DT2H", 26 * 60),
        ("DURATION:P1W", 7 * 24 * 60),
        ("DURATION:+PT10M", 10),
    ] {
        let r = read(&file(duration), &opts(None)).unwrap();
        let d = &r.drafts[0];
        assert_eq!((d.end - d.start).num_minutes(), minutes, "{duration}");
    }
    let bad = read(&file("DURATION:-PT1H"), &opts(None)).unwrap_err();
    assert_eq!(bad.line, Some(7));
    assert_eq!(bad.message, msg("import-bad-duration", &[("value", "-PT1H")]));
    assert!(read(&file("DURATION:PT"), &opts(None)).is_err());
    assert!(
        read(&file("DURATION:P1H"), &opts(None)).is_err(),
        "hours belong after the T"
    );
}

/// RFC 5545 3.1: unfolding removes the line break and the one whitespace character that
/// starts the continuation, nothing else; a byte-order mark before the file is not content.
#[test]
fn unfolding_keeps_every_space_of_the_text_and_a_byte_order_mark_is_skipped() {
    let file = |summary_lines: &str| {
        format!(
            "\u{feff}{}",
            event_with(&format!(
                "{summary_lines}\r\nDTSTART:20311201T090000Z\r\nDTEND:20311201T100000Z"
            ))
        )
    };
    let title = |s: &str| read(&file(s), &opts(None)).unwrap().drafts[0].summary.clone();
    // Folded before the space (the continuation starts with the fold's space and the text's).
    assert_eq!(title("SUMMARY:Takimin\r\n  e grupit"), "Takimin e grupit");
    // Folded after the space (the first line ends with it).
    assert_eq!(title("SUMMARY:Takimin \r\n e grupit"), "Takimin e grupit");
    // A tab starts a continuation too; a fold inside a word joins it.
    assert_eq!(title("SUMMARY:Taki\r\n\tmin e gru\r\n pit"), "Takimin e grupit");
}

#[test]
fn export_and_import_keep_instants_tabs_and_dates() {
    let tz = Europe::Tirane;
    // 25 March 2023 10:00 CET to 27 March 10:00 CEST: 47 hours, not 48.
    let start = tz.with_ymd_and_hms(2023, 3, 25, 10, 0, 0).unwrap().with_timezone(&Utc);
    let end = tz.with_ymd_and_hms(2023, 3, 27, 10, 0, 0).unwrap().with_timezone(&Utc);
    let event = |all_day: bool, start, end| super::super::Event {
        uid: "event-1@roundtable.test".into(),
        sequence: 0,
        dtstamp: start,
        start,
        end,
        tz,
        all_day,
        summary: "Roundtable, Tiranë; day 1".into(),
        description: Some("Agenda:\n\t1. Shelter\n\t2. Legal".into()),
        location: Some("Hotel Demo, Tiranë".into()),
        url: None,
        status: super::super::Status::Confirmed,
        categories: vec![],
        organizer: None,
        attendees: vec![],
    };
    let cal = |e| super::super::Calendar {
        events: vec![e],
        ..Default::default()
    };
    let out = super::super::to_ics(&cal(event(false, start, end)));
    assert!(out.contains("DTSTART;TZID=Europe/Tirane:20230325T100000"));
    let back = read(&out, &opts(None)).unwrap();
    let d = &back.drafts[0];
    assert_eq!((d.start, d.end, d.tz, d.all_day), (start, end, tz, false));
    assert_eq!(d.summary, "Roundtable, Tiranë; day 1");
    assert_eq!(
        d.description.as_deref(),
        Some("Agenda:\n\t1. Shelter\n\t2. Legal"),
        "tabs survive"
    );
    assert_eq!(d.venue.as_deref(), Some("Hotel Demo, Tiranë"));
    // An all-day event goes out as dates and comes back as the same days.
    let (s, e) = (
        tz.with_ymd_and_hms(2026, 12, 10, 0, 0, 0).unwrap().with_timezone(&Utc),
        tz.with_ymd_and_hms(2026, 12, 12, 0, 0, 0).unwrap().with_timezone(&Utc),
    );
    let out = super::super::to_ics(&cal(event(true, s, e)));
    assert!(out.contains("DTSTART;VALUE=DATE:20261210\r\nDTEND;VALUE=DATE:20261212\r\n"));
    let d = &read(&out, &opts(None)).unwrap().drafts[0];
    assert_eq!((d.start, d.end, d.all_day), (s, e, true));
}

#[test]
fn malformed_files_name_the_line() {
    let bad =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY Missing colon\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let e = read(bad, &opts(None)).unwrap_err();
    assert_eq!((e.line, e.message.key), (Some(4), "import-no-colon"));
    let cut = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n";
    assert_eq!(read(cut, &opts(None)).unwrap_err().message.key, "import-not-closed");
    let bad_date =
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nDTSTART:2023-12-12\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    assert_eq!(read(bad_date, &opts(None)).unwrap_err().line, Some(4));
    let no_event = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
    assert_eq!(read(no_event, &opts(None)).unwrap_err().message.key, "import-no-event");
    let too_many = format!(
        "BEGIN:VCALENDAR\r\n{}END:VCALENDAR\r\n",
        "BEGIN:VEVENT\r\nSUMMARY:x\r\nDTSTART:20311201T090000Z\r\nEND:VEVENT\r\n".repeat(3)
    );
    let mut o = opts(None);
    o.limit = 2;
    assert_eq!(read(&too_many, &o).unwrap_err().message.key, "import-too-many");
}
