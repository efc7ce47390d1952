//! Figures for the roundtable: each member organization's monthly counts per service kind
//! (referrals received and sent, people assisted, referrals declined, bed-nights), and the
//! quarterly reports made of them. Counts only: nothing here holds a name, a story or any free
//! text about a person.
//!
//! - [`sheet`]: one organization's month for one service kind, its fields, validation and save
//!   (with its version, and a revision that marks a correction of a closed month).
//! - [`report`]: the quarterly aggregates by country, kind, cross-border flow, unmet demand and
//!   coverage gaps.
//! - [`capacity`]: occupancy (bed-nights against beds) and capacity at risk (funding ending).
//! - [`suppress`]: small-number suppression, applied to everything but an organization's own
//!   figures.

use chrono::{Datelike, Duration, NaiveDate};
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder};
use serde::Serialize;

use crate::error::AppError;
use crate::services::countries;
use entity::service_kind;

pub mod capacity;
pub mod glance;
pub mod report;
mod sheet;
pub mod suppress;
pub mod totals;

pub use report::{Breakdown, Quarterly, ReportFilter, Table, quarterly};
pub use sheet::{
    Actor, FigureFields, FigureInput, Sheet, SheetKey, destinations, field_names, reported_months, save, save_on, sheet,
};

/// Today in the network's time (all six countries keep Central European Time): the day that
/// decides whether a month is still open.
pub fn today() -> NaiveDate {
    crate::db::now()
        .with_timezone(&chrono_tz::Europe::Belgrade)
        .date_naive()
}

/// A report's query as sent (`?quarter=2026-Q4&kind=shelter&country=AL`).
#[derive(serde::Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct FilterQuery {
    pub quarter: String,
    pub kind: String,
    pub country: String,
}

/// The report a query asks for: an unknown quarter is the latest, an unknown kind or country
/// is none.
pub fn filter_of(q: &FilterQuery, kinds: &[String], countries: &[(String, String)]) -> ReportFilter {
    ReportFilter {
        quarter: Quarter::parse(&q.quarter).unwrap_or_else(|| Quarter::latest(today())),
        kind: kinds.iter().find(|k| **k == q.kind.trim()).cloned(),
        country: countries
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(q.country.trim()))
            .map(|(c, _)| c.clone()),
    }
}

/// The network's six countries, in order, with their names in `lang`.
pub async fn network_countries(db: &impl ConnectionTrait, lang: &str) -> Result<Vec<(String, String)>, AppError> {
    Ok(destinations(db)
        .await?
        .into_iter()
        .map(|c| countries::localized(lang, c))
        .map(|c| (c.code.clone(), countries::display_name(&c)))
        .collect())
}

/// The service kinds' codes, in catalogue order.
pub async fn kind_codes(db: &impl ConnectionTrait) -> Result<Vec<String>, AppError> {
    Ok(service_kind::Entity::find()
        .order_by_asc(service_kind::Column::SortOrder)
        .all(db)
        .await?
        .into_iter()
        .map(|k| k.code)
        .collect())
}

/// The largest count a field takes.
pub const MAX_COUNT: i64 = 100_000;

/// The breakdowns of people assisted (one at a time) and their categories.
pub const BREAKDOWNS: [(&str, &[&str]); 4] = [
    ("none", &["all"]),
    ("sex", &["female", "male", "other"]),
    ("age", &["child", "adult"]),
    ("origin", &["national", "regional", "third_country"]),
];

/// Why a referral was declined.
pub const DECLINE_REASONS: [&str; 4] = ["no_capacity", "not_eligible", "no_consent", "other"];

/// The columns of the by-country report, in order (catalogue `figures-measure-<code>`).
pub const MEASURES: [&str; 6] = ["received", "sent", "new", "ongoing", "declined", "bed_nights"];

/// The categories of `breakdown` (an unknown breakdown has none).
pub fn categories(breakdown: &str) -> &'static [&'static str] {
    BREAKDOWNS
        .iter()
        .find(|(b, _)| *b == breakdown)
        .map(|(_, c)| *c)
        .unwrap_or(&[])
}

/// A calendar month (`YYYY-MM`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

/// Days after the end of a month during which it is still open for reporting.
pub const OPEN_DAYS_AFTER: i64 = 10;

impl Month {
    /// `YYYY-MM`, from 2000 on.
    pub fn parse(s: &str) -> Option<Month> {
        let (y, m) = s.trim().split_once('-')?;
        if y.len() != 4 || m.len() != 2 {
            return None;
        }
        let (year, month) = (y.parse::<i32>().ok()?, m.parse::<u32>().ok()?);
        ((2000..=2200).contains(&year) && (1..=12).contains(&month)).then_some(Month { year, month })
    }

    pub fn of(d: NaiveDate) -> Month {
        Month {
            year: d.year(),
            month: d.month(),
        }
    }

    pub fn code(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or_default()
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                month: self.month + 1,
                ..self
            }
        }
    }

    pub fn prev(self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                month: self.month - 1,
                ..self
            }
        }
    }

    /// The last day it is open: the 10th of the next month.
    pub fn open_until(self) -> NaiveDate {
        self.next().first_day() + Duration::days(OPEN_DAYS_AFTER - 1)
    }

    /// Closed once the 10th of the next month has passed; a save after that is a correction.
    pub fn is_closed(self, today: NaiveDate) -> bool {
        today > self.open_until()
    }

    pub fn quarter(self) -> Quarter {
        Quarter {
            year: self.year,
            q: (self.month - 1) / 3 + 1,
        }
    }
}

/// A calendar quarter (`YYYY-Qn`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Quarter {
    pub year: i32,
    pub q: u32,
}

impl Quarter {
    pub fn parse(s: &str) -> Option<Quarter> {
        let (y, q) = s.trim().split_once("-Q").or_else(|| s.trim().split_once("-q"))?;
        let (year, q) = (y.parse::<i32>().ok()?, q.parse::<u32>().ok()?);
        ((2000..=2200).contains(&year) && (1..=4).contains(&q)).then_some(Quarter { year, q })
    }

    pub fn code(self) -> String {
        format!("{}-Q{}", self.year, self.q)
    }

    pub fn months(self) -> [Month; 3] {
        let first = (self.q - 1) * 3 + 1;
        [0, 1, 2].map(|i| Month {
            year: self.year,
            month: first + i,
        })
    }

    pub fn prev(self) -> Quarter {
        if self.q == 1 {
            Quarter {
                year: self.year - 1,
                q: 4,
            }
        } else {
            Quarter { q: self.q - 1, ..self }
        }
    }

    /// The quarter whose figures are the latest: the one holding last month.
    pub fn latest(today: NaiveDate) -> Quarter {
        Month::of(today).prev().quarter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_month_is_open_until_the_tenth_of_the_next() {
        let nov = Month::parse("2026-11").unwrap();
        assert_eq!(nov.open_until(), d("2026-12-10"));
        assert!(!nov.is_closed(d("2026-12-10")));
        assert!(nov.is_closed(d("2026-12-11")));
        let dec = Month::parse("2026-12").unwrap();
        assert_eq!(dec.open_until(), d("2027-01-10"));
        assert_eq!(dec.next().code(), "2027-01");
        assert_eq!(Month::parse("2027-01").unwrap().prev(), dec);
    }

    #[test]
    fn months_and_quarters_parse_strictly() {
        for bad in ["2026-13", "2026-1", "26-01", "2026/01", "", "1999-12", "2026-00"] {
            assert_eq!(Month::parse(bad), None, "{bad}");
        }
        assert_eq!(Quarter::parse("2026-Q4").unwrap().months()[2].code(), "2026-12");
        assert_eq!(Quarter::parse("2026-Q5"), None);
        assert_eq!(Quarter::latest(d("2027-01-05")).code(), "2026-Q4");
        assert_eq!(Quarter::parse("2026-Q1").unwrap().prev().code(), "2025-Q4");
    }
}
