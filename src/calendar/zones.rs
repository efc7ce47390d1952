//! Which time zone a calendar file's TZID names. Clients write them three ways: IANA names
//! (Google, Apple, Thunderbird; old Thunderbird versions behind a `/mozilla.org/.../` prefix),
//! Windows names (Outlook and Exchange: `Central Europe Standard Time`), or a Windows display
//! name (older Outlook: `(UTC+01:00) Belgrade, Bratislava, ...`). The Windows names map through
//! CLDR's windowsZones table. A name none of these know (`Customized Time Zone`) is not
//! guessed: the importer asks, suggesting a zone whose offsets match the file's VTIMEZONE.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{NaiveDate, Offset, TimeZone};
use chrono_tz::Tz;

const WINDOWS_ZONES: &str = include_str!("windows_zones.tsv");

/// Windows names and display names (lowercase) to IANA zones.
fn windows_table() -> &'static HashMap<String, Tz> {
    static TABLE: OnceLock<HashMap<String, Tz>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::new();
        for line in WINDOWS_ZONES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let mut cols = line.split('\t');
            let (Some(windows), Some(iana), display) = (cols.next(), cols.next(), cols.next()) else {
                continue;
            };
            if let Ok(tz) = iana.parse::<Tz>() {
                map.insert(windows.to_lowercase(), tz);
                if let Some(d) = display {
                    map.insert(d.to_lowercase(), tz);
                }
            }
        }
        map
    })
}

/// The zone a TZID names, or `None` when it is none of the known kinds.
pub fn resolve(tzid: &str) -> Option<Tz> {
    let name = tzid.trim().trim_matches('"').trim();
    if name.is_empty() {
        return None;
    }
    if let Ok(tz) = name.parse::<Tz>() {
        return Some(tz);
    }
    // "/mozilla.org/20070129_1/Europe/Belgrade", "/citadel.org/20190914_1/Europe/Paris": an
    // IANA name after a vendor prefix.
    if name.starts_with('/') {
        let parts: Vec<&str> = name.split('/').filter(|p| !p.is_empty()).collect();
        for take in [3, 2] {
            if parts.len() >= take
                && let Ok(tz) = parts[parts.len() - take..].join("/").parse::<Tz>()
            {
                return Some(tz);
            }
        }
    }
    windows_table().get(&name.to_lowercase()).copied()
}

/// Whether a TZID is a Windows name or display name (a clock rather than a place).
pub fn is_windows_name(tzid: &str) -> bool {
    let name = tzid.trim().trim_matches('"').trim();
    name.parse::<Tz>().is_err() && windows_table().contains_key(&name.to_lowercase())
}

/// Whether two zones keep the same clock in winter and summer of `year`.
pub fn same_clock(a: Tz, b: Tz, year: i32) -> bool {
    [1, 7]
        .iter()
        .all(|m| NaiveDate::from_ymd_opt(year, *m, 15).is_some_and(|d| offset_on(a, d) == offset_on(b, d)))
}

/// Offsets (seconds east of UTC) a VTIMEZONE says it uses: its standard and daylight offsets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Offsets {
    pub standard: Option<i32>,
    pub daylight: Option<i32>,
}

/// `+0100`, `-0500`, `+053000` as seconds east of UTC.
pub fn parse_offset(value: &str) -> Option<i32> {
    let v = value.trim();
    let (sign, digits) = match v.as_bytes().first()? {
        b'+' => (1, &v[1..]),
        b'-' => (-1, &v[1..]),
        _ => return None,
    };
    if !(digits.len() == 4 || digits.len() == 6) || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let h: i32 = digits[0..2].parse().ok()?;
    let m: i32 = digits[2..4].parse().ok()?;
    let s: i32 = if digits.len() == 6 {
        digits[4..6].parse().ok()?
    } else {
        0
    };
    Some(sign * (h * 3600 + m * 60 + s))
}

fn offset_on(tz: Tz, date: NaiveDate) -> Option<i32> {
    let noon = date.and_hms_opt(12, 0, 0)?;
    tz.from_local_datetime(&noon)
        .earliest()
        .map(|t| t.offset().fix().local_minus_utc())
}

/// The first of `candidates` whose winter and summer offsets in `year` are the file's: a
/// suggestion the user confirms, never applied without asking.
pub fn suggest(offsets: Offsets, year: i32, candidates: &[Tz]) -> Option<Tz> {
    let standard = offsets.standard?;
    let daylight = offsets.daylight.unwrap_or(standard);
    let (jan, jul) = (
        NaiveDate::from_ymd_opt(year, 1, 15)?,
        NaiveDate::from_ymd_opt(year, 7, 15)?,
    );
    candidates.iter().copied().find(|tz| {
        let (a, b) = (offset_on(*tz, jan), offset_on(*tz, jul));
        // Northern and southern summers both count.
        (a == Some(standard) && b == Some(daylight)) || (a == Some(daylight) && b == Some(standard))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_windows_table_names_a_zone_chrono_tz_knows() {
        let rows = WINDOWS_ZONES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        assert!(rows > 130, "{rows} rows");
        for line in WINDOWS_ZONES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 3, "{line}");
            assert!(cols[1].parse::<Tz>().is_ok(), "{line}");
        }
    }

    #[test]
    fn names_of_every_kind_resolve() {
        use chrono_tz::{America, Europe};
        assert_eq!(resolve("Europe/Belgrade"), Some(Europe::Belgrade));
        assert_eq!(resolve("\"Europe/Skopje\""), Some(Europe::Skopje));
        assert_eq!(
            resolve("/mozilla.org/20070129_1/Europe/Sarajevo"),
            Some(Europe::Sarajevo)
        );
        assert_eq!(
            resolve("/mozilla.org/20050126_1/America/Argentina/Buenos_Aires").map(|t| t.name()),
            Some("America/Argentina/Buenos_Aires")
        );
        assert_eq!(resolve("Eastern Standard Time"), Some(America::New_York));
        assert_eq!(resolve("central europe standard time"), Some(Europe::Budapest));
        assert_eq!(resolve("Central European Standard Time"), Some(Europe::Warsaw));
        assert_eq!(
            resolve("(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb"),
            Some(Europe::Warsaw)
        );
        assert_eq!(resolve("Customized Time Zone"), None);
        assert_eq!(resolve(""), None);
    }

    #[test]
    fn a_suggestion_matches_both_offsets_of_the_file() {
        use chrono_tz::{America, Europe};
        let cet = Offsets {
            standard: Some(3600),
            daylight: Some(7200),
        };
        let list = [Europe::London, Europe::Tirane, Europe::Belgrade];
        assert_eq!(suggest(cet, 2026, &list), Some(Europe::Tirane));
        let est = Offsets {
            standard: parse_offset("-0500"),
            daylight: parse_offset("-0400"),
        };
        assert_eq!(suggest(est, 2026, &list), None);
        assert_eq!(
            suggest(est, 2026, &[Europe::Tirane, America::New_York]),
            Some(America::New_York)
        );
        assert_eq!(parse_offset("+053000"), Some(5 * 3600 + 30 * 60));
        assert_eq!(parse_offset("0100"), None);
    }
}
