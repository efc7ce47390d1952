//! VTIMEZONE components built from the IANA database (chrono-tz): every offset change in the
//! years an export spans, so clients without that zone still compute the right instants.

use chrono::{DateTime, Datelike, Duration, FixedOffset, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

use super::ics::Writer;

fn offset_at(tz: Tz, t: DateTime<Utc>) -> (FixedOffset, bool, String) {
    let o = tz.offset_from_utc_datetime(&t.naive_utc());
    let dst = o.dst_offset() != Duration::zero();
    let name = o.abbreviation().unwrap_or("").to_string();
    (o.fix(), dst, name)
}

/// The offset only: what the day-by-day scan compares (no abbreviation to allocate).
fn fix_at(tz: Tz, t: DateTime<Utc>) -> FixedOffset {
    tz.offset_from_utc_datetime(&t.naive_utc()).fix()
}

fn fmt_offset(o: FixedOffset) -> String {
    let secs = o.local_minus_utc();
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.abs();
    if a % 60 == 0 {
        format!("{sign}{:02}{:02}", a / 3600, (a % 3600) / 60)
    } else {
        format!("{sign}{:02}{:02}{:02}", a / 3600, (a % 3600) / 60, a % 60)
    }
}

/// Instants (UTC) where the zone's offset changes between the start of `from_year` and the end
/// of `to_year`.
pub fn transitions(tz: Tz, from_year: i32, to_year: i32) -> Vec<DateTime<Utc>> {
    let mut out = vec![];
    let Some(mut day) = Utc.with_ymd_and_hms(from_year, 1, 1, 0, 0, 0).single() else {
        return out;
    };
    let Some(end) = Utc.with_ymd_and_hms(to_year + 1, 1, 1, 0, 0, 0).single() else {
        return out;
    };
    let mut prev = fix_at(tz, day);
    while day < end {
        let next = day + Duration::days(1);
        let here = fix_at(tz, next);
        if here != prev {
            // Narrow down to the second (whole seconds, so the instant is exact).
            let (mut lo, mut hi) = (day.timestamp(), next.timestamp());
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                let at = Utc.timestamp_opt(mid, 0).single().unwrap_or(day);
                if fix_at(tz, at) == prev { lo = mid } else { hi = mid }
            }
            out.push(Utc.timestamp_opt(hi, 0).single().unwrap_or(next));
            prev = here;
        }
        day = next;
    }
    out
}

/// `BEGIN:VTIMEZONE ... END:VTIMEZONE` for `tz`, covering `from_year..=to_year`.
fn vtimezone(tz: Tz, from_year: i32, to_year: i32) -> String {
    let mut w = Writer::new();
    w.begin("VTIMEZONE");
    w.raw("TZID", &[], tz.name());
    let changes = transitions(tz, from_year, to_year);
    if changes.is_empty() {
        let t = Utc
            .with_ymd_and_hms(from_year, 1, 1, 0, 0, 0)
            .single()
            .unwrap_or_else(Utc::now);
        let (o, _, name) = offset_at(tz, t);
        w.begin("STANDARD");
        w.raw("DTSTART", &[], "19700101T000000");
        w.raw("TZOFFSETFROM", &[], &fmt_offset(o));
        w.raw("TZOFFSETTO", &[], &fmt_offset(o));
        if !name.is_empty() {
            w.text("TZNAME", &name);
        }
        w.end("STANDARD");
    }
    for t in changes {
        let (from, _, _) = offset_at(tz, t - Duration::seconds(1));
        let (to, dst, name) = offset_at(tz, t);
        let kind = if dst { "DAYLIGHT" } else { "STANDARD" };
        // DTSTART is the local time of the change, in the offset in force before it.
        let local = (t + Duration::seconds(from.local_minus_utc() as i64)).naive_utc();
        w.begin(kind);
        w.raw("DTSTART", &[], &local.format("%Y%m%dT%H%M%S").to_string());
        w.raw("TZOFFSETFROM", &[], &fmt_offset(from));
        w.raw("TZOFFSETTO", &[], &fmt_offset(to));
        if !name.is_empty() {
            w.text("TZNAME", &name);
        }
        w.end(kind);
    }
    w.end("VTIMEZONE");
    w.finish()
}

/// Writes the VTIMEZONE of `tz` for `from_year..=to_year`. Finding the changes scans every day
/// of those years, and every feed and export writes the same few zones over the same years, so
/// the text is kept (a zone's rules change only with a new build's tz database).
pub fn write_vtimezone(w: &mut Writer, tz: Tz, from_year: i32, to_year: i32) {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex, OnceLock};
    type Key = (Tz, i32, i32);
    static WRITTEN: OnceLock<Mutex<HashMap<Key, Arc<str>>>> = OnceLock::new();
    const KEPT: usize = 256;
    let key = (tz, from_year, to_year);
    let cache = WRITTEN.get_or_init(Default::default);
    let kept = cache.lock().ok().and_then(|m| m.get(&key).cloned());
    let text = kept.unwrap_or_else(|| {
        let text: Arc<str> = vtimezone(tz, from_year, to_year).into();
        if let Ok(mut m) = cache.lock() {
            if m.len() >= KEPT {
                m.clear();
            }
            m.insert(key, text.clone());
        }
        text
    });
    w.lines(&text);
}

/// The years an export needs, with a year of margin either side.
pub fn year_span<'a>(instants: impl Iterator<Item = &'a DateTime<Utc>>) -> (i32, i32) {
    let years: Vec<i32> = instants.map(|t| t.year()).collect();
    let lo = years.iter().min().copied().unwrap_or_else(|| Utc::now().year());
    let hi = years.iter().max().copied().unwrap_or(lo);
    (lo - 1, hi + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tirane_changes_twice_a_year() {
        let t = transitions(chrono_tz::Europe::Tirane, 2023, 2023);
        assert_eq!(t.len(), 2);
        // Last Sunday of March 2023, 01:00 UTC; last Sunday of October, 01:00 UTC.
        assert_eq!(t[0].to_rfc3339(), "2023-03-26T01:00:00+00:00");
        assert_eq!(t[1].to_rfc3339(), "2023-10-29T01:00:00+00:00");
    }

    #[test]
    fn a_kept_vtimezone_is_the_one_written_afresh() {
        let fresh = vtimezone(chrono_tz::Europe::Belgrade, 2019, 2031);
        for _ in 0..2 {
            let mut w = Writer::new();
            write_vtimezone(&mut w, chrono_tz::Europe::Belgrade, 2019, 2031);
            assert_eq!(w.finish(), fresh);
        }
        assert_eq!(fresh.matches("BEGIN:DAYLIGHT").count(), 13);
    }

    #[test]
    fn vtimezone_has_daylight_and_standard_parts() {
        let mut w = Writer::new();
        write_vtimezone(&mut w, chrono_tz::Europe::Tirane, 2023, 2023);
        let s = w.finish();
        assert!(s.contains("BEGIN:DAYLIGHT\r\nDTSTART:20230326T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200"));
        assert!(s.contains("BEGIN:STANDARD\r\nDTSTART:20231029T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100"));
    }
}
