//! Reading other people's calendar files (RFC 5545) into draft events: what Outlook/Exchange,
//! Google Calendar, Apple Calendar and Thunderbird write. Every event of the file becomes a
//! draft; a repeating one becomes a series of drafts (see [`super::recur`]); all-day events stay
//! dates; the online meeting link goes to the online field. Nothing here touches the database:
//! the route shows the [`Reading`] as a preview and saves only when the user confirms.
//!
//! Errors and notes are message keys with arguments (the route renders them in the reader's
//! language); an error names the line of the file where it can.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

use super::recur::{self, RuleError, Until};
use super::zones::{self, Offsets};

/// A message from the catalogue: its key and arguments.
pub use crate::i18n::Msg as Message;

fn msg(key: &'static str, args: &[(&'static str, &str)]) -> Message {
    args.iter().fold(crate::i18n::msg(key), |m, (k, v)| m.arg(k, *v))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// 1-based physical line of the file, when known.
    pub line: Option<usize>,
    pub message: Message,
}

fn err(line: Option<usize>, key: &'static str, args: &[(&'static str, &str)]) -> ImportError {
    ImportError {
        line,
        message: msg(key, args),
    }
}

/// One event to create.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub summary: String,
    pub description: Option<String>,
    /// The place, without the meeting link.
    pub venue: Option<String>,
    pub online_url: Option<String>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub tz: Tz,
    /// Whole days: `start` and `end` are local midnights in `tz` (`end` after the last day).
    pub all_day: bool,
    /// Drafts of one repeating meeting share a group (index of the file's event).
    pub group: usize,
}

/// The file does not say (in a way we know) which zone its times are in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ZoneQuestion {
    /// The file's TZID; empty for floating times (no zone at all).
    pub tzid: String,
    /// A zone whose offsets match the file's VTIMEZONE, for the user to confirm.
    pub suggested: Option<Tz>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub drafts: Vec<Draft>,
    /// Set when the times cannot be placed without the user's choice of zone.
    pub question: Option<ZoneQuestion>,
    /// Things the user should know before confirming (a series, a cut-off).
    pub notes: Vec<Message>,
    /// The zone is the user's to choose: the file gives dates, UTC times, or times it does not
    /// place.
    pub zone_open: bool,
}

pub struct ReadOptions<'a> {
    /// The zone the user chose for times the file does not place, and for all-day and UTC
    /// events the zone they belong to.
    pub zone: Option<Tz>,
    /// The network's zone, when the user has not chosen and the file does not say.
    pub default_zone: Tz,
    /// Zones a suggestion may come from, in order of preference.
    pub candidates: &'a [Tz],
    /// The most drafts one file may create; a repeating meeting stops there (said in a note).
    pub limit: usize,
}

// ---------------------------------------------------------------------------------------------
// Content lines and components

/// Logical content lines with the physical line each starts on (RFC 5545 3.1: a line break
/// followed by one space or tab is removed, nothing else).
pub fn unfold(text: &str) -> Vec<(usize, String)> {
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

#[derive(Clone, Debug, Default)]
struct Prop {
    name: String,
    params: Vec<(String, String)>,
    value: String,
    line: usize,
}

impl Prop {
    fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Clone, Debug, Default)]
struct Comp {
    name: String,
    line: usize,
    props: Vec<Prop>,
    children: Vec<Comp>,
}

impl Comp {
    fn prop(&self, name: &str) -> Option<&Prop> {
        self.props.iter().find(|p| p.name == name)
    }

    fn all(&self, name: &str) -> impl Iterator<Item = &Prop> {
        self.props.iter().filter(move |p| p.name == name)
    }

    fn text(&self, name: &str) -> Option<String> {
        self.prop(name)
            .map(|p| super::ics::unescape_text(&p.value))
            .filter(|s| !s.trim().is_empty())
    }

    fn children<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Comp> {
        self.children.iter().filter(move |c| c.name == name)
    }
}

/// `NAME;P1=a;P2="b:c":value` into its parts (quotes around a parameter value removed).
fn split_line(line: &str, colon: usize) -> (String, Vec<(String, String)>) {
    let head = &line[..colon];
    let mut parts = vec![];
    let (mut quoted, mut start) = (false, 0);
    for (i, c) in head.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => {
                parts.push(&head[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&head[start..]);
    let name = parts[0].to_ascii_uppercase();
    let params = parts[1..]
        .iter()
        .filter_map(|p| p.split_once('='))
        .map(|(k, v)| (k.trim().to_ascii_uppercase(), v.trim().trim_matches('"').to_string()))
        .collect();
    (name, params)
}

/// Checks the structure and builds the component tree, so a broken file gets an error naming
/// its line.
fn parse_tree(text: &str) -> Result<Comp, ImportError> {
    let mut stack: Vec<Comp> = vec![Comp::default()];
    let mut saw_calendar = false;
    for (n, line) in unfold(text) {
        let Some(colon) = value_colon(&line) else {
            return Err(err(Some(n), "import-no-colon", &[]));
        };
        let (name, params) = split_line(&line, colon);
        let value = &line[colon + 1..];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(err(Some(n), "import-bad-name", &[("name", &line[..colon])]));
        }
        match name.as_str() {
            "BEGIN" => {
                if value.eq_ignore_ascii_case("VCALENDAR") {
                    saw_calendar = true;
                }
                stack.push(Comp {
                    name: value.trim().to_ascii_uppercase(),
                    line: n,
                    ..Default::default()
                });
            }
            "END" => {
                let closing = value.trim().to_ascii_uppercase();
                if stack.len() < 2 {
                    return Err(err(Some(n), "import-end-unmatched", &[("end", value)]));
                }
                let open = stack.pop().unwrap_or_default();
                if open.name != closing {
                    return Err(err(
                        Some(n),
                        "import-end-mismatch",
                        &[("end", value), ("begin", &open.name)],
                    ));
                }
                if let Some(parent) = stack.last_mut() {
                    parent.children.push(open);
                }
            }
            _ if stack.len() < 2 => return Err(err(Some(n), "import-outside", &[])),
            _ => {
                if let Some(c) = stack.last_mut() {
                    c.props.push(Prop {
                        name,
                        params,
                        value: value.to_string(),
                        line: n,
                    });
                }
            }
        }
    }
    if stack.len() > 1 {
        let open = stack.pop().unwrap_or_default();
        return Err(err(None, "import-not-closed", &[("component", &open.name)]));
    }
    if !saw_calendar {
        return Err(err(None, "import-not-calendar", &[]));
    }
    Ok(stack.pop().unwrap_or_default())
}

// ---------------------------------------------------------------------------------------------
// Times

/// A DTSTART, DTEND, RECURRENCE-ID or EXDATE value as written.
#[derive(Clone, Debug, PartialEq)]
enum Stamp {
    Date(NaiveDate),
    Utc(NaiveDateTime),
    /// Local time with its TZID (none: floating).
    Local(NaiveDateTime, Option<String>),
}

fn stamp(value: &str, tzid: Option<&str>, date_param: bool, line: usize) -> Result<Stamp, ImportError> {
    let v = value.trim();
    let bad = || err(Some(line), "import-bad-time", &[("value", v)]);
    if date_param || (v.len() == 8 && !v.contains('T')) {
        return NaiveDate::parse_from_str(v, "%Y%m%d")
            .map(Stamp::Date)
            .map_err(|_| bad());
    }
    if let Some(body) = v.strip_suffix('Z').or_else(|| v.strip_suffix('z')) {
        return NaiveDateTime::parse_from_str(body, "%Y%m%dT%H%M%S")
            .map(Stamp::Utc)
            .map_err(|_| bad());
    }
    NaiveDateTime::parse_from_str(v, "%Y%m%dT%H%M%S")
        .map(|t| Stamp::Local(t, tzid.map(str::to_string)))
        .map_err(|_| bad())
}

fn prop_stamp(p: &Prop) -> Result<Stamp, ImportError> {
    stamp(
        &p.value,
        p.param("TZID"),
        p.param("VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE")),
        p.line,
    )
}

/// A local time in `tz` as an instant. The repeated hour of autumn takes its first
/// occurrence; a time in the spring gap (which does not exist) is an error for a written time
/// and, for a computed occurrence, takes the offset before the gap (RFC 5545 3.3.10).
fn to_utc(tz: Tz, local: NaiveDateTime, line: Option<usize>, computed: bool) -> Result<DateTime<Utc>, ImportError> {
    if let Some(t) = tz.from_local_datetime(&local).earliest() {
        return Ok(t.with_timezone(&Utc));
    }
    if computed && let Some(t) = tz.from_local_datetime(&(local - Duration::hours(1))).earliest() {
        return Ok(t.with_timezone(&Utc) + Duration::hours(1));
    }
    Err(err(
        line,
        "import-no-such-time",
        &[
            ("value", &local.format("%Y-%m-%d %H:%M").to_string()),
            ("zone", tz.name()),
        ],
    ))
}

/// An RFC 5545 duration (`P1W`, `P1DT2H`, `PT1H30M`, `PT45M`, `+PT10S`); `None` for anything
/// else, a negative one included (an event does not end before it starts).
pub fn parse_duration(value: &str) -> Option<Duration> {
    let rest = value.strip_prefix('+').unwrap_or(value).strip_prefix('P')?;
    if rest.is_empty() {
        return None;
    }
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) if !t.is_empty() => (d, Some(t)),
        Some(_) => return None,
        None => (rest, None),
    };
    let mut total = Duration::zero();
    let mut take = |part: &str, units: &[(char, i64)]| -> Option<()> {
        let mut number = String::new();
        for c in part.chars() {
            if c.is_ascii_digit() {
                number.push(c);
            } else {
                let seconds = units.iter().find(|(u, _)| *u == c)?.1;
                let n: i64 = number.parse().ok()?;
                total += Duration::seconds(n.checked_mul(seconds)?);
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

/// The offsets a file's VTIMEZONE gives for `tzid` (the latest STANDARD and DAYLIGHT parts).
fn file_offsets(cal: &Comp, tzid: &str) -> Offsets {
    let mut o = Offsets::default();
    let Some(vtz) = cal
        .children("VTIMEZONE")
        .find(|z| z.prop("TZID").is_some_and(|p| p.value.trim().trim_matches('"') == tzid))
    else {
        return o;
    };
    for part in &vtz.children {
        let offset = part.prop("TZOFFSETTO").and_then(|p| zones::parse_offset(&p.value));
        match part.name.as_str() {
            "STANDARD" => o.standard = offset.or(o.standard),
            "DAYLIGHT" => o.daylight = offset.or(o.daylight),
            _ => {}
        }
    }
    o
}

// ---------------------------------------------------------------------------------------------
// Links and places

/// Hosts of online meeting services: a link to one of them in a description is the meeting.
const MEETING_HOSTS: [&str; 10] = [
    "zoom.us",
    "teams.microsoft.com",
    "teams.live.com",
    "meet.google.com",
    "webex.com",
    "whereby.com",
    "meet.jit.si",
    "gotomeeting.com",
    "meet.goto.com",
    "bluejeans.com",
];

/// What clients write as the "place" of an online meeting: not a venue.
const ONLINE_PLACES: [&str; 7] = [
    "microsoft teams meeting",
    "microsoft teams",
    "teams",
    "google meet",
    "zoom",
    "zoom meeting",
    "online",
];

fn is_meeting_host(url: &str) -> bool {
    url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
        .is_some_and(|h| MEETING_HOSTS.iter().any(|m| h == *m || h.ends_with(&format!(".{m}"))))
}

/// The http(s) links in a text, each with its byte range.
fn links(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = vec![];
    let mut from = 0;
    while let Some(pos) = ["https://", "http://"]
        .iter()
        .filter_map(|s| text[from..].find(s))
        .min()
    {
        let start = from + pos;
        let rest = &text[start..];
        let len = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\''))
            .unwrap_or(rest.len());
        let link = rest[..len].trim_end_matches(['.', ',', ';', ':', ')', ']', '}', '!', '?']);
        if url::Url::parse(link).is_ok() {
            out.push((start, start + link.len(), link.to_string()));
        }
        from = start + len.max(1);
    }
    out
}

/// The online meeting link and the venue (the place without the link).
fn link_and_venue(ev: &Comp) -> (Option<String>, Option<String>) {
    let explicit = ["X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "CONFERENCE"]
        .iter()
        .filter_map(|n| ev.prop(n))
        .map(|p| p.value.trim().to_string())
        .find(|v| v.starts_with("https://") || v.starts_with("http://"));
    let location = ev.text("LOCATION");
    let (mut venue, in_location) = match &location {
        Some(l) => {
            let found = links(l);
            let mut rest = l.clone();
            for (s, e, _) in found.iter().rev() {
                rest.replace_range(*s..*e, "");
            }
            let rest = rest
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, ';' | ',' | ':' | '-' | '|' | '(' | ')'))
                .to_string();
            (
                Some(rest).filter(|r| !r.is_empty()),
                found.into_iter().next().map(|f| f.2),
            )
        }
        None => (None, None),
    };
    let in_text = |name: &str| {
        ev.text(name)
            .and_then(|d| links(&d).into_iter().map(|l| l.2).find(|l| is_meeting_host(l)))
    };
    let url_prop = ev
        .prop("URL")
        .map(|p| p.value.trim().to_string())
        .filter(|u| is_meeting_host(u));
    let link = explicit.or(in_location).or_else(|| in_text("DESCRIPTION")).or(url_prop);
    if link.is_some()
        && venue
            .as_deref()
            .is_some_and(|v| ONLINE_PLACES.contains(&v.to_lowercase().as_str()))
    {
        venue = None;
    }
    (link, venue)
}

// ---------------------------------------------------------------------------------------------
// Events

/// Reads every event of a file into drafts.
pub fn read(text: &str, opts: &ReadOptions) -> Result<Reading, ImportError> {
    // A byte-order mark (Outlook and Notepad write one) is not part of the first line.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root = parse_tree(text)?;
    let cal = root
        .children("VCALENDAR")
        .next()
        .ok_or_else(|| err(None, "import-not-calendar", &[]))?;
    let events: Vec<&Comp> = cal.children("VEVENT").collect();
    if events.is_empty() {
        return Err(err(None, "import-no-event", &[]));
    }
    let cal_zone = cal.prop("X-WR-TIMEZONE").and_then(|p| zones::resolve(&p.value));
    let mut reading = Reading {
        drafts: vec![],
        question: None,
        notes: vec![],
        zone_open: false,
    };
    let (masters, overrides): (Vec<&Comp>, Vec<&Comp>) =
        events.into_iter().partition(|e| e.prop("RECURRENCE-ID").is_none());
    for (group, ev) in masters.into_iter().enumerate() {
        let uid = ev.prop("UID").map(|p| p.value.trim().to_string());
        let moved: Vec<&Comp> = overrides
            .iter()
            .copied()
            .filter(|o| uid.is_some() && o.prop("UID").map(|p| p.value.trim().to_string()) == uid)
            .collect();
        let room = opts.limit.saturating_sub(reading.drafts.len());
        if room == 0 {
            return Err(err(None, "import-too-many", &[("limit", &opts.limit.to_string())]));
        }
        read_event(cal, ev, &moved, group, cal_zone, opts, room, &mut reading)?;
    }
    Ok(reading)
}

/// The zone an event's start belongs to, asking (through `reading.question`) when the file
/// does not say in a way we know.
fn zone_of(cal: &Comp, start: &Stamp, cal_zone: Option<Tz>, opts: &ReadOptions, reading: &mut Reading) -> Tz {
    let chosen_or_default = opts.zone.or(cal_zone).unwrap_or(opts.default_zone);
    reading.zone_open |= match start {
        Stamp::Local(_, Some(tzid)) => zones::resolve(tzid).is_none(),
        _ => true,
    };
    match start {
        Stamp::Date(_) | Stamp::Utc(_) => chosen_or_default,
        Stamp::Local(t, Some(tzid)) => match zones::resolve(tzid) {
            // A Windows name stands for a clock, not a place: when it is the network's clock,
            // the event is in the network's zone (Central Europe Standard Time is Tirana's
            // clock as much as Budapest's).
            Some(tz) if zones::is_windows_name(tzid) && zones::same_clock(tz, opts.default_zone, t.year()) => {
                opts.default_zone
            }
            Some(tz) => tz,
            None => opts.zone.unwrap_or_else(|| {
                let suggested = zones::suggest(file_offsets(cal, tzid.trim_matches('"')), t.year(), opts.candidates);
                reading.question.get_or_insert(ZoneQuestion {
                    tzid: tzid.clone(),
                    suggested,
                });
                suggested.unwrap_or(opts.default_zone)
            }),
        },
        Stamp::Local(_, None) => cal_zone.or(opts.zone).unwrap_or_else(|| {
            reading.question.get_or_insert(ZoneQuestion {
                tzid: String::new(),
                suggested: None,
            });
            opts.default_zone
        }),
    }
}

/// An instant for a written stamp: its own zone when it names a known one, else the event's.
fn instant(s: &Stamp, event_tz: Tz, line: usize) -> Result<DateTime<Utc>, ImportError> {
    match s {
        Stamp::Utc(t) => Ok(Utc.from_utc_datetime(t)),
        Stamp::Date(d) => to_utc(event_tz, d.and_time(Default::default()), Some(line), true),
        Stamp::Local(t, tzid) => {
            let tz = tzid.as_deref().and_then(zones::resolve).unwrap_or(event_tz);
            to_utc(tz, *t, Some(line), false)
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn read_event(
    cal: &Comp,
    ev: &Comp,
    moved: &[&Comp],
    group: usize,
    cal_zone: Option<Tz>,
    opts: &ReadOptions,
    room: usize,
    reading: &mut Reading,
) -> Result<(), ImportError> {
    let summary = ev
        .text("SUMMARY")
        .ok_or_else(|| err(Some(ev.line), "import-no-title", &[]))?;
    let start_prop = ev
        .prop("DTSTART")
        .ok_or_else(|| err(Some(ev.line), "import-no-start", &[]))?;
    let start_stamp = prop_stamp(start_prop)?;
    let tz = zone_of(cal, &start_stamp, cal_zone, opts, reading);
    let all_day = matches!(start_stamp, Stamp::Date(_));
    let start = instant(&start_stamp, tz, start_prop.line)?;
    let end = match (ev.prop("DTEND"), ev.prop("DURATION")) {
        (Some(p), _) => instant(&prop_stamp(p)?, tz, p.line)?,
        (None, Some(p)) => {
            let d = parse_duration(p.value.trim())
                .ok_or_else(|| err(Some(p.line), "import-bad-duration", &[("value", p.value.trim())]))?;
            match start_stamp {
                // Days of an all-day event are calendar days (23 or 25 hours across a change).
                Stamp::Date(first) => instant(&Stamp::Date(first + Duration::days(d.num_days().max(1))), tz, p.line)?,
                _ => start + d,
            }
        }
        // RFC 5545: a one-day event for a date; an hour is the friendlier guess for a meeting
        // with no end, and the preview shows it.
        (None, None) if all_day => start + Duration::days(1),
        (None, None) => start + Duration::hours(1),
    };
    if end < start || (all_day && end == start) {
        let line = ev.prop("DTEND").map(|p| p.line).unwrap_or(start_prop.line);
        return Err(err(Some(line), "import-ends-before", &[]));
    }
    let (online_url, venue) = link_and_venue(ev);
    let base = Draft {
        summary,
        description: ev.text("DESCRIPTION"),
        venue,
        online_url,
        start,
        end,
        tz,
        all_day,
        group,
    };
    let Some(rule_prop) = ev.prop("RRULE") else {
        reading.drafts.push(base);
        return Ok(());
    };
    let rule = recur::parse(&rule_prop.value).map_err(|e| match e {
        RuleError::Unsupported(part) => err(Some(rule_prop.line), "import-rule-unsupported", &[("part", &part)]),
        RuleError::Invalid(part) => err(Some(rule_prop.line), "import-rule-invalid", &[("part", &part)]),
    })?;
    if ev.prop("RDATE").is_some() {
        let line = ev.prop("RDATE").map(|p| p.line);
        return Err(err(line, "import-rule-unsupported", &[("part", "RDATE")]));
    }
    // Occurrences are computed in the time the start is written in: UTC stays UTC, local
    // stays local (a 10:00 meeting is at 10:00 after the clocks change).
    let utc_based = matches!(start_stamp, Stamp::Utc(_));
    let local_of = |t: DateTime<Utc>| {
        if utc_based {
            t.naive_utc()
        } else {
            t.with_timezone(&tz).naive_local()
        }
    };
    let at = |local: NaiveDateTime| -> Result<DateTime<Utc>, ImportError> {
        if utc_based {
            Ok(Utc.from_utc_datetime(&local))
        } else {
            to_utc(tz, local, Some(rule_prop.line), true)
        }
    };
    let first_local = local_of(start);
    let length_local = local_of(end) - first_local;
    let until = rule.until.clone();
    let past_until = |local: NaiveDateTime| match &until {
        Some(Until::Date(d)) => local.date() > *d,
        Some(Until::DateTime(u, true)) => at(local).is_ok_and(|t| t.naive_utc() > *u),
        Some(Until::DateTime(u, false)) => local > *u,
        None => false,
    };
    let horizon = first_local + Duration::days(366);
    let (starts, cut) = recur::expand(&rule, first_local, room.min(opts.limit), horizon, past_until);
    let excluded: Vec<DateTime<Utc>> = ev
        .all("EXDATE")
        .flat_map(|p| {
            p.value
                .split(',')
                .map(|v| {
                    stamp(
                        v,
                        p.param("TZID"),
                        p.param("VALUE").is_some_and(|x| x.eq_ignore_ascii_case("DATE")),
                        p.line,
                    )
                    .and_then(|s| instant(&s, tz, p.line))
                })
                .collect::<Vec<_>>()
        })
        .collect::<Result<_, _>>()?;
    let replaced: HashMap<DateTime<Utc>, &Comp> = moved
        .iter()
        .filter_map(|m| {
            let p = m.prop("RECURRENCE-ID")?;
            let at = prop_stamp(p).and_then(|s| instant(&s, tz, p.line)).ok()?;
            Some((at, *m))
        })
        .collect();
    let before = reading.drafts.len();
    for local in &starts {
        let s = at(*local)?;
        if excluded.contains(&s) {
            continue;
        }
        let mut d = Draft {
            start: s,
            end: at(*local + length_local)?,
            ..base.clone()
        };
        if let Some(m) = replaced.get(&s) {
            if m.prop("STATUS")
                .is_some_and(|p| p.value.trim().eq_ignore_ascii_case("CANCELLED"))
            {
                continue;
            }
            if let Some(p) = m.prop("DTSTART") {
                d.start = instant(&prop_stamp(p)?, tz, p.line)?;
                d.end = match m.prop("DTEND") {
                    Some(e) => instant(&prop_stamp(e)?, tz, e.line)?,
                    None => d.start + (base.end - base.start),
                };
            }
            d.summary = m.text("SUMMARY").unwrap_or(d.summary);
            if m.prop("LOCATION").is_some() {
                (d.online_url, d.venue) = link_and_venue(m);
            }
        }
        reading.drafts.push(d);
    }
    let count = reading.drafts.len() - before;
    reading.notes.push(msg(
        "import-note-series",
        &[("title", &base.summary), ("count", &count.to_string())],
    ));
    if cut && let Some(last) = reading.drafts.last() {
        let last_day = last.start.with_timezone(&tz).format("%Y-%m-%d").to_string();
        reading.notes.push(msg(
            "import-note-cut",
            &[("count", &count.to_string()), ("until", &last_day)],
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
