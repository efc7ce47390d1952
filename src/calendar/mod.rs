//! iCalendar (RFC 5545) export and import, as pure functions.

pub mod ics;
pub mod tz;

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};
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
        let tzid = [("TZID", param_value(e.tz.name()))];
        w.raw("DTSTART", &tzid, &local_stamp(&e.start, e.tz));
        w.raw("DTEND", &tzid, &local_stamp(&e.end, e.tz));
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

/// What an uploaded invitation contributes to a draft event.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub summary: String,
    pub description: Option<String>,
    pub location: Option<String>,
    pub url: Option<String>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub tz: Tz,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// 1-based physical line of the file, when known.
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "Line {l}: {}", self.message),
            None => write!(f, "{}", self.message),
        }
    }
}

fn err(line: Option<usize>, message: impl Into<String>) -> ImportError {
    ImportError {
        line,
        message: message.into(),
    }
}

/// Logical content lines with the physical line each starts on (RFC 5545 unfolding).
fn unfold(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = vec![];
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.trim_end_matches('\r');
        if (line.starts_with(' ') || line.starts_with('\t')) && !out.is_empty() {
            if let Some(last) = out.last_mut() {
                last.1.push_str(&line[1..]);
            }
        } else if !line.is_empty() {
            out.push((i + 1, line.to_string()));
        }
    }
    out
}

/// The position of the ':' that ends the name and parameters (not one inside quotes).
fn value_colon(line: &str) -> Option<usize> {
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ':' if !quoted => return Some(i),
            _ => {}
        }
    }
    None
}

/// Checks the line structure first, so a broken file gets an error naming its line.
fn check_structure(text: &str) -> Result<(), ImportError> {
    let mut depth: Vec<String> = vec![];
    let mut saw_calendar = false;
    for (n, line) in unfold(text) {
        let Some(colon) = value_colon(&line) else {
            return Err(err(
                Some(n),
                "this line has no ':' between the property name and its value.",
            ));
        };
        let (name_params, value) = (&line[..colon], &line[colon + 1..]);
        let name = name_params.split(';').next().unwrap_or("").to_ascii_uppercase();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(err(Some(n), format!("'{name_params}' is not a property name.")));
        }
        match name.as_str() {
            "BEGIN" => {
                if value.eq_ignore_ascii_case("VCALENDAR") {
                    saw_calendar = true;
                }
                depth.push(value.to_ascii_uppercase());
            }
            "END" => match depth.pop() {
                Some(open) if open == value.to_ascii_uppercase() => {}
                Some(open) => return Err(err(Some(n), format!("END:{value} closes BEGIN:{open}."))),
                None => return Err(err(Some(n), format!("END:{value} has no matching BEGIN."))),
            },
            _ if depth.is_empty() => return Err(err(Some(n), "this property is outside BEGIN:VCALENDAR.")),
            _ => {}
        }
    }
    if !saw_calendar {
        return Err(err(None, "This is not an iCalendar file (no BEGIN:VCALENDAR)."));
    }
    if let Some(open) = depth.pop() {
        return Err(err(
            None,
            format!("BEGIN:{open} is never closed (the file may be cut short)."),
        ));
    }
    Ok(())
}

fn parse_when(value: &str, tzid: Option<&str>, line: Option<usize>) -> Result<(DateTime<Utc>, Tz), ImportError> {
    let default_tz = chrono_tz::Europe::Tirane;
    if let Some(v) = value.strip_suffix('Z') {
        let naive = chrono::NaiveDateTime::parse_from_str(v, "%Y%m%dT%H%M%S")
            .map_err(|_| err(line, format!("'{value}' is not a date and time.")))?;
        return Ok((
            Utc.from_utc_datetime(&naive),
            tzid.and_then(|t| t.parse().ok()).unwrap_or(default_tz),
        ));
    }
    let tz: Tz = match tzid {
        // Outlook writes Windows zone names; fall back to the network's zone for those.
        Some(t) => t.trim_matches('"').parse().unwrap_or(default_tz),
        None => default_tz,
    };
    if let Ok(d) = NaiveDate::parse_from_str(value, "%Y%m%d") {
        let local = d.and_hms_opt(0, 0, 0).ok_or_else(|| err(line, "bad date"))?;
        let t = tz
            .from_local_datetime(&local)
            .earliest()
            .ok_or_else(|| err(line, "bad date"))?;
        return Ok((t.with_timezone(&Utc), tz));
    }
    let naive = chrono::NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S")
        .map_err(|_| err(line, format!("'{value}' is not a date and time.")))?;
    let t = tz
        .from_local_datetime(&naive)
        .earliest()
        .ok_or_else(|| err(line, format!("'{value}' does not exist in {}.", tz.name())))?;
    Ok((t.with_timezone(&Utc), tz))
}

fn line_of(text: &str, needle: &str) -> Option<usize> {
    text.split('\n')
        .position(|l| l.to_ascii_uppercase().starts_with(needle))
        .map(|i| i + 1)
}

/// Reads the first VEVENT of an uploaded file with the `ical` crate's parser.
pub fn import_event(text: &str) -> Result<Imported, ImportError> {
    // A byte-order mark (Outlook and Notepad write one) is not part of the first line.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    check_structure(text)?;
    // Unfolded here, exactly as RFC 5545 3.1 says (the `ical` crate's reader also drops the
    // spaces around a fold): the parser then reads one physical line per content line.
    let logical: String = unfold(text).into_iter().map(|(_, line)| line + "\r\n").collect();
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(logical.as_bytes()));
    let cal = match parser.next() {
        Some(Ok(c)) => c,
        Some(Err(e)) => return Err(err(None, format!("The file could not be read: {e}."))),
        None => return Err(err(None, "The file is empty.")),
    };
    let ev = cal
        .events
        .first()
        .ok_or_else(|| err(None, "The file has no event (VEVENT) in it."))?;
    let prop = |name: &str| ev.properties.iter().find(|p| p.name.eq_ignore_ascii_case(name));
    let text_of = |name: &str| prop(name).and_then(|p| p.value.as_deref()).map(unescape);
    let tzid_of = |name: &str| {
        prop(name).and_then(|p| p.params.as_ref()).and_then(|ps| {
            ps.iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("TZID"))
                .and_then(|(_, v)| v.first().cloned())
        })
    };
    let summary = text_of("SUMMARY")
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| err(line_of(text, "BEGIN:VEVENT"), "The event has no title (SUMMARY)."))?;
    let start_raw = prop("DTSTART")
        .and_then(|p| p.value.clone())
        .ok_or_else(|| err(line_of(text, "BEGIN:VEVENT"), "The event has no start (DTSTART)."))?;
    let (start, tz) = parse_when(
        start_raw.trim(),
        tzid_of("DTSTART").as_deref(),
        line_of(text, "DTSTART"),
    )?;
    let end = match (
        prop("DTEND").and_then(|p| p.value.clone()),
        prop("DURATION").and_then(|p| p.value.clone()),
    ) {
        (Some(v), _) => parse_when(v.trim(), tzid_of("DTEND").as_deref(), line_of(text, "DTEND"))?.0,
        (None, Some(d)) => {
            start
                + parse_duration(d.trim()).ok_or_else(|| {
                    err(
                        line_of(text, "DURATION"),
                        format!("'{}' is not a duration (for example PT1H30M or P1D).", d.trim()),
                    )
                })?
        }
        (None, None) => start + chrono::Duration::hours(1),
    };
    if end < start {
        return Err(err(line_of(text, "DTEND"), "The event ends before it starts."));
    }
    Ok(Imported {
        summary,
        description: text_of("DESCRIPTION"),
        location: text_of("LOCATION"),
        url: prop("URL").and_then(|p| p.value.clone()),
        start,
        end,
        tz,
    })
}

/// An RFC 5545 duration (`P1W`, `P1DT2H`, `PT1H30M`, `PT45M`, `+PT10S`); `None` for anything
/// else, a negative one included (an event does not end before it starts).
fn parse_duration(value: &str) -> Option<chrono::Duration> {
    let rest = value.strip_prefix('+').unwrap_or(value).strip_prefix('P')?;
    if rest.is_empty() {
        return None;
    }
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) if !t.is_empty() => (d, Some(t)),
        Some(_) => return None,
        None => (rest, None),
    };
    let mut total = chrono::Duration::zero();
    let mut take = |part: &str, units: &[(char, i64)]| -> Option<()> {
        let mut number = String::new();
        for c in part.chars() {
            if c.is_ascii_digit() {
                number.push(c);
            } else {
                let seconds = units.iter().find(|(u, _)| *u == c)?.1;
                let n: i64 = number.parse().ok()?;
                total += chrono::Duration::seconds(n.checked_mul(seconds)?);
                number.clear();
            }
        }
        number.is_empty().then_some(())
    };
    take(date, &[('W', 7 * 86_400), ('D', 86_400)])?;
    if let Some(t) = time {
        take(t, &[('H', 3_600), ('M', 60), ('S', 1)])?;
    }
    Some(total)
}

fn unescape(s: &str) -> String {
    ics::unescape_text(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_duration_sets_the_end_when_there_is_no_dtend() {
        let file = |end: &str| {
            format!(
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:d@example.org\r\nSUMMARY:Call\r\nDTSTART:20311201T090000Z\r\n{end}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            )
        };
        for (duration, minutes) in [
            ("DURATION:PT1H30M", 90),
            ("DURATION:PT45M", 45),
            ("DURATION:P1D", 24 * 60),
            ("DURATION:P1DT2H", 26 * 60),
            ("DURATION:P1W", 7 * 24 * 60),
            ("DURATION:+PT10M", 10),
        ] {
            let e = import_event(&file(duration)).unwrap();
            assert_eq!((e.end - e.start).num_minutes(), minutes, "{duration}");
        }
        let bad = import_event(&file("DURATION:-PT1H")).unwrap_err();
        assert_eq!(bad.line, Some(7));
        assert!(bad.message.contains("is not a duration"));
        assert!(import_event(&file("DURATION:PT")).is_err());
        assert!(import_event(&file("DURATION:P1H")).is_err(), "hours belong after the T");
    }

    /// RFC 5545 3.1: unfolding removes the line break and the one whitespace character that
    /// starts the continuation, nothing else; a byte-order mark before the file is not content.
    #[test]
    fn unfolding_keeps_every_space_of_the_text_and_a_byte_order_mark_is_skipped() {
        let file = |summary_lines: &str| {
            format!(
                "\u{feff}BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@example.org\r\n{summary_lines}\r\nDTSTART:20311201T090000Z\r\nDTEND:20311201T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            )
        };
        // Folded before the space (the continuation starts with the fold's space and the text's).
        let a = import_event(&file("SUMMARY:Takimin\r\n  e grupit")).unwrap();
        assert_eq!(a.summary, "Takimin e grupit");
        // Folded after the space (the first line ends with it).
        let b = import_event(&file("SUMMARY:Takimin \r\n e grupit")).unwrap();
        assert_eq!(b.summary, "Takimin e grupit");
        // A tab starts a continuation too; a fold inside a word joins it.
        let c = import_event(&file("SUMMARY:Taki\r\n\tmin e gru\r\n pit")).unwrap();
        assert_eq!(c.summary, "Takimin e grupit");
    }

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
        assert_eq!(unescape(&get("SUMMARY")), "Regional roundtable, Tiranë; day 1");
        assert_eq!(
            unescape(&get("DESCRIPTION")),
            "Direct assistance: funding, shelter capacity\nLegal disparities"
        );
        assert_eq!(unescape(&get("LOCATION")), "Hotel Demo, Rruga e Kavajës, Tiranë");
        assert_eq!(get("DTSTART"), "20231212T090000");
        assert_eq!(get("SEQUENCE"), "2");
        let att = ev.properties.iter().find(|p| p.name == "ATTENDEE").unwrap();
        let cn = att.params.as_ref().unwrap().iter().find(|(k, _)| k == "CN").unwrap();
        assert_eq!(cn.1[0].trim_matches('"'), "Đorđe Petrović, Тирана");
        assert_eq!(cal.timezones.len(), 1);
    }

    #[test]
    fn import_round_trips_and_keeps_instants() {
        let out = to_ics(&sample());
        let imported = import_event(&out).unwrap();
        let s = sample();
        assert_eq!(imported.summary, s.events[0].summary);
        assert_eq!(imported.start, s.events[0].start);
        assert_eq!(imported.end, s.events[0].end);
        assert_eq!(imported.tz, chrono_tz::Europe::Tirane);
        assert_eq!(imported.description, s.events[0].description);
    }

    #[test]
    fn an_event_across_a_dst_change_keeps_its_utc_instants() {
        let tz = chrono_tz::Europe::Tirane;
        // 25 March 2023 10:00 CET to 27 March 10:00 CEST: 47 hours, not 48.
        let start = tz.with_ymd_and_hms(2023, 3, 25, 10, 0, 0).unwrap().with_timezone(&Utc);
        let end = tz.with_ymd_and_hms(2023, 3, 27, 10, 0, 0).unwrap().with_timezone(&Utc);
        assert_eq!(end - start, chrono::Duration::hours(47));
        let mut cal = sample();
        cal.events[0].start = start;
        cal.events[0].end = end;
        let out = to_ics(&cal);
        assert!(out.contains("DTSTART;TZID=Europe/Tirane:20230325T100000"));
        assert!(out.contains("DTEND;TZID=Europe/Tirane:20230327T100000"));
        let back = import_event(&out).unwrap();
        assert_eq!((back.start, back.end), (start, end));
    }

    #[test]
    fn malformed_files_name_the_line() {
        let bad = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY Missing colon\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let e = import_event(bad).unwrap_err();
        assert_eq!(e.line, Some(4));
        let cut = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n";
        assert!(import_event(cut).unwrap_err().message.contains("never closed"));
        let bad_date =
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nDTSTART:2023-12-12\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assert_eq!(import_event(bad_date).unwrap_err().line, Some(4));
    }
}
