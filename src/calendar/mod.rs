//! iCalendar (RFC 5545) export and import, as pure functions.

pub mod ics;
pub mod import;
pub mod recur;
pub mod tz;
pub mod zones;

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;

use ics::{Writer, escape_text, param_value};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub email: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attendee {
    pub name: String,
    pub email: String,
    /// NEEDS-ACTION, ACCEPTED, DECLINED or TENTATIVE.
    pub partstat: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Confirmed,
    Tentative,
    Cancelled,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Confirmed => "CONFIRMED",
            Status::Tentative => "TENTATIVE",
            Status::Cancelled => "CANCELLED",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Event {
    /// Stable across exports, e.g. `event-42@roundtable.example.org`.
    pub uid: String,
    pub sequence: i32,
    pub dtstamp: DateTime<Utc>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// The zone the times are shown in (TZID), with a VTIMEZONE in the calendar.
    pub tz: Tz,
    /// Whole days: DTSTART and DTEND are written as dates (`start` and `end` are the local
    /// midnights in `tz` that begin the first day and follow the last).
    pub all_day: bool,
    pub summary: String,
    pub description: Option<String>,
    pub location: Option<String>,
    pub url: Option<String>,
    pub status: Status,
    pub categories: Vec<String>,
    pub organizer: Option<Person>,
    pub attendees: Vec<Attendee>,
}

#[derive(Clone, Debug)]
pub struct Todo {
    pub uid: String,
    pub sequence: i32,
    pub dtstamp: DateTime<Utc>,
    pub due: NaiveDate,
    pub summary: String,
    pub description: Option<String>,
    pub url: Option<String>,
    /// NEEDS-ACTION, IN-PROCESS, COMPLETED or CANCELLED.
    pub status: &'static str,
}

#[derive(Clone, Debug, Default)]
pub struct Calendar {
    pub name: Option<String>,
    /// REQUEST or CANCEL for invitations; none for feeds.
    pub method: Option<&'static str>,
    pub events: Vec<Event>,
    pub todos: Vec<Todo>,
}

/// `YYYYMMDDTHHMMSS` (RFC 5545 DATE-TIME without the zone suffix). Written field by field:
/// chrono's `format` reads its pattern again on every call, and a feed writes 2,000 of these.
fn stamp(t: &(impl Datelike + chrono::Timelike)) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

fn utc_stamp(t: &DateTime<Utc>) -> String {
    stamp(t) + "Z"
}

fn local_stamp(t: &DateTime<Utc>, tz: Tz) -> String {
    stamp(&t.with_timezone(&tz))
}

fn mailto(email: &str) -> String {
    // Addresses are validated elsewhere; never let one break the line structure.
    let clean: String = email
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect();
    format!("mailto:{clean}")
}

/// The network's own time zone: the one an empty calendar describes.
pub const NETWORK_ZONE: Tz = chrono_tz::Europe::Tirane;

/// Serializes a calendar: CRLF, folded at 75 octets, TEXT escaped, a VTIMEZONE per TZID used.
pub fn to_ics(cal: &Calendar) -> String {
    let mut w = Writer::new();
    w.begin("VCALENDAR");
    w.raw("VERSION", &[], "2.0");
    w.raw("PRODID", &[], "-//Roundtable//Roundtable 1.0//EN");
    w.raw("CALSCALE", &[], "GREGORIAN");
    if let Some(m) = cal.method {
        w.raw("METHOD", &[], m);
    }
    if let Some(name) = &cal.name {
        w.text("X-WR-CALNAME", name);
    }
    let mut zones: BTreeSet<&str> = cal.events.iter().map(|e| e.tz.name()).collect();
    if cal.events.is_empty() && cal.todos.is_empty() {
        // RFC 5545 wants at least one component: an empty feed carries the network's zone.
        zones.insert(NETWORK_ZONE.name());
    }
    for zone in zones {
        let Ok(tz) = zone.parse::<Tz>() else { continue };
        let instants: Vec<DateTime<Utc>> = cal
            .events
            .iter()
            .filter(|e| e.tz == tz)
            .flat_map(|e| [e.start, e.end])
            .collect();
        let (lo, hi) = tz::year_span(instants.iter());
        tz::write_vtimezone(&mut w, tz, lo, hi);
    }
    for e in &cal.events {
        w.begin("VEVENT");
        w.text("UID", &e.uid);
        w.raw("DTSTAMP", &[], &utc_stamp(&e.dtstamp));
        w.raw("SEQUENCE", &[], &e.sequence.to_string());
        if e.all_day {
            let date = [("VALUE", "DATE".to_string())];
            let day = |t: &DateTime<Utc>| t.with_timezone(&e.tz).format("%Y%m%d").to_string();
            w.raw("DTSTART", &date, &day(&e.start));
            w.raw("DTEND", &date, &day(&e.end));
        } else {
            let tzid = [("TZID", param_value(e.tz.name()))];
            w.raw("DTSTART", &tzid, &local_stamp(&e.start, e.tz));
            w.raw("DTEND", &tzid, &local_stamp(&e.end, e.tz));
        }
        w.text("SUMMARY", &e.summary);
        if let Some(d) = &e.description {
            w.text("DESCRIPTION", d);
        }
        if let Some(l) = &e.location {
            w.text("LOCATION", l);
        }
        if let Some(u) = &e.url {
            w.raw("URL", &[], u);
        }
        w.raw("STATUS", &[], e.status.as_str());
        if !e.categories.is_empty() {
            let cats: Vec<String> = e.categories.iter().map(|c| escape_text(c)).collect();
            w.raw("CATEGORIES", &[], &cats.join(","));
        }
        if let Some(o) = &e.organizer {
            let cn: Vec<(&str, String)> = (!o.name.trim().is_empty())
                .then(|| ("CN", param_value(&o.name)))
                .into_iter()
                .collect();
            w.raw("ORGANIZER", &cn, &mailto(&o.email));
        }
        // RSVP=FALSE always: answers are given through the signed link in the description, and
        // no mailbox reads iTIP replies (README, "Invitations and replies").
        for a in &e.attendees {
            w.raw(
                "ATTENDEE",
                &[
                    ("CN", param_value(&a.name)),
                    ("ROLE", "REQ-PARTICIPANT".into()),
                    ("PARTSTAT", a.partstat.into()),
                    ("RSVP", "FALSE".into()),
                ],
                &mailto(&a.email),
            );
        }
        w.end("VEVENT");
    }
    for t in &cal.todos {
        w.begin("VTODO");
        w.text("UID", &t.uid);
        w.raw("DTSTAMP", &[], &utc_stamp(&t.dtstamp));
        w.raw("SEQUENCE", &[], &t.sequence.to_string());
        w.raw("DUE", &[("VALUE", "DATE".into())], &t.due.format("%Y%m%d").to_string());
        w.text("SUMMARY", &t.summary);
        if let Some(d) = &t.description {
            w.text("DESCRIPTION", d);
        }
        if let Some(u) = &t.url {
            w.raw("URL", &[], u);
        }
        w.raw("STATUS", &[], t.status);
        w.end("VTODO");
    }
    w.end("VCALENDAR");
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn sample() -> Calendar {
        let tz = chrono_tz::Europe::Tirane;
        let start = tz.with_ymd_and_hms(2023, 12, 12, 9, 0, 0).unwrap().with_timezone(&Utc);
        Calendar {
            name: Some("Roundtable, network events".into()),
            method: Some("REQUEST"),
            events: vec![Event {
                uid: "event-1@roundtable.test".into(),
                sequence: 2,
                dtstamp: Utc.with_ymd_and_hms(2023, 11, 1, 8, 0, 0).unwrap(),
                start,
                end: start + chrono::Duration::hours(33),
                tz,
                all_day: false,
                summary: "Regional roundtable, Tiranë; day 1".into(),
                description: Some("Direct assistance: funding, shelter capacity\nLegal disparities".into()),
                location: Some("Hotel Demo, Rruga e Kavajës, Tiranë".into()),
                url: Some("https://rt.example.org/events/1".into()),
                status: Status::Confirmed,
                categories: vec!["Roundtable".into(), "Direct assistance, legal".into()],
                organizer: Some(Person {
                    name: "Secretariat, Tirana".into(),
                    email: "sec@example.org".into(),
                }),
                attendees: vec![Attendee {
                    name: "Đorđe Petrović, Тирана".into(),
                    email: "dp@example.org".into(),
                    partstat: "NEEDS-ACTION",
                }],
            }],
            todos: vec![],
        }
    }

    #[test]
    fn export_reads_back_field_by_field_with_the_ical_parser() {
        let out = to_ics(&sample());
        assert!(out.ends_with("END:VCALENDAR\r\n"));
        assert!(out.split("\r\n").all(|l| l.len() <= 75));
        assert!(out.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Tirane"));
        let mut p = ical::IcalParser::new(std::io::BufReader::new(out.as_bytes()));
        let cal = p.next().unwrap().unwrap();
        let ev = &cal.events[0];
        let get = |n: &str| {
            ev.properties
                .iter()
                .find(|p| p.name == n)
                .and_then(|p| p.value.clone())
                .unwrap()
        };
        assert_eq!(
            ics::unescape_text(&get("SUMMARY")),
            "Regional roundtable, Tiranë; day 1"
        );
        assert_eq!(
            ics::unescape_text(&get("DESCRIPTION")),
            "Direct assistance: funding, shelter capacity\nLegal disparities"
        );
        assert_eq!(
            ics::unescape_text(&get("LOCATION")),
            "Hotel Demo, Rruga e Kavajës, Tiranë"
        );
        assert_eq!(get("DTSTART"), "20231212T090000");
        assert_eq!(get("SEQUENCE"), "2");
        let att = ev.properties.iter().find(|p| p.name == "ATTENDEE").unwrap();
        let cn = att.params.as_ref().unwrap().iter().find(|(k, _)| k == "CN").unwrap();
        assert_eq!(cn.1[0].trim_matches('"'), "Đorđe Petrović, Тирана");
        assert_eq!(cal.timezones.len(), 1);
    }
}
