//! View models for importing a calendar file: the upload form, and the preview of the drafts
//! it will create (with the time-zone question when the file does not place its times).

use chrono::Duration;
use chrono_tz::Tz;
use serde::Serialize;

use crate::calendar::import::{Draft, ImportError, Reading};
use crate::i18n::{dates, t, t_args};
use crate::views::{TimeZoneGroup, time_zones};

/// The upload form and its message.
#[derive(Serialize)]
pub struct ImportPage {
    pub error: Option<String>,
}

/// An import error, with the line of the file when it has one.
pub fn error_text(lang: &str, e: &ImportError) -> String {
    let message = e.message.text(lang);
    match e.line {
        Some(line) => t_args(
            lang,
            "import-line",
            &[("line", (line as i64).into()), ("message", message.into())],
        ),
        None => message,
    }
}

/// One draft as the preview lists it, in its own zone.
#[derive(Serialize)]
pub struct DraftRow {
    pub title: String,
    pub when: String,
    pub zone: String,
    pub venue: Option<String>,
    pub link: Option<String>,
}

fn when(lang: &str, d: &Draft) -> String {
    let (s, e) = (d.start.with_timezone(&d.tz), d.end.with_timezone(&d.tz));
    if d.all_day {
        let last = (e - Duration::days(1)).date_naive();
        if last == s.date_naive() {
            dates::weekday_date(lang, s.date_naive())
        } else {
            format!(
                "{} – {}",
                dates::weekday_date(lang, s.date_naive()),
                dates::weekday_date(lang, last)
            )
        }
    } else if s.date_naive() == e.date_naive() {
        format!(
            "{} – {}",
            dates::weekday_date_time(lang, s.naive_local()),
            e.format("%H:%M")
        )
    } else {
        format!(
            "{} – {}",
            dates::weekday_date_time(lang, s.naive_local()),
            dates::weekday_date_time(lang, e.naive_local())
        )
    }
}

/// The question asked when the file does not say (in a way we know) which zone its times
/// are in.
#[derive(Serialize)]
pub struct ZoneAsk {
    pub text: String,
    pub suggestion: Option<String>,
}

#[derive(Serialize)]
pub struct PreviewPage {
    pub id: i32,
    pub file_name: String,
    pub rows: Vec<DraftRow>,
    pub notes: Vec<String>,
    pub ask: Option<ZoneAsk>,
    /// The zone list, offered when the zone is the user's to choose.
    pub time_zones: Option<Vec<TimeZoneGroup>>,
    /// The zone the drafts will be created in, carried by the confirm form.
    pub zone: String,
    pub create_label: String,
    pub error: Option<String>,
}

/// The preview page; `chosen` is the zone the user picked, if any.
pub fn preview(lang: &str, id: i32, file_name: &str, r: &Reading, chosen: Option<Tz>) -> PreviewPage {
    let zone = r.drafts.first().map(|d| d.tz.name()).unwrap_or("Europe/Tirane");
    let ask = r.question.as_ref().map(|q| ZoneAsk {
        text: if q.tzid.is_empty() {
            t(lang, "import-zone-floating")
        } else {
            t_args(lang, "import-zone-unknown", &[("tzid", q.tzid.clone().into())])
        },
        suggestion: q
            .suggested
            .map(|z| t_args(lang, "import-zone-suggested", &[("zone", z.name().into())])),
    });
    let count = r.drafts.len() as i64;
    PreviewPage {
        id,
        file_name: file_name.to_string(),
        rows: r
            .drafts
            .iter()
            .map(|d| DraftRow {
                title: crate::mail::one_line(&d.summary, 200),
                when: when(lang, d),
                zone: if d.all_day {
                    t(lang, "import-all-day")
                } else {
                    d.tz.name().to_string()
                },
                venue: d.venue.as_deref().map(|v| crate::mail::one_line(v, 200)),
                link: d.online_url.clone(),
            })
            .collect(),
        notes: r.notes.iter().map(|n| n.text(lang)).collect(),
        ask,
        time_zones: (r.zone_open || r.question.is_some())
            .then(|| time_zones(lang, chosen.map(|z| z.name()).unwrap_or(zone))),
        zone: zone.to_string(),
        create_label: t_args(lang, "import-create", &[("count", count.into())]),
        error: None,
    }
}
