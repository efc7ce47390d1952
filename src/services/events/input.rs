//! An event as entered: the raw [`EventFields`], checked into an [`EventInput`], and local
//! date and time to an instant.

use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use sea_orm::{ConnectionTrait, EntityTrait};
use serde::{Deserialize, Serialize};

use crate::db::now;
use crate::error::{AppError, FieldErrors};
use crate::i18n::msg;
use crate::services::validate;
use entity::event;

use super::{KINDS, STATUSES, VISIBILITY, instant_or_message};

/// Raw event fields as typed in a form or sent to the API.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct EventFields {
    pub title: String,
    pub kind: String,
    pub description: String,
    pub time_zone: String,
    /// YYYY-MM-DD and HH:MM, local time in `time_zone`.
    pub start_date: String,
    pub start_time: String,
    pub end_date: String,
    pub end_time: String,
    /// Whole days: the times are not asked, the dates are the first and the last day.
    #[serde(deserialize_with = "validate::checkbox")]
    pub all_day: bool,
    pub venue_name: String,
    pub venue_address: String,
    pub venue_city: String,
    pub venue_country: String,
    pub online_url: String,
    pub project: String,
    pub languages: String,
    pub capacity: String,
    pub visibility: String,
    pub status: String,
    #[serde(deserialize_with = "validate::lenient_ids")]
    pub organizers: Vec<i32>,
}

#[derive(Debug, Clone)]
pub struct EventInput {
    pub title: String,
    pub kind: String,
    pub description: Option<String>,
    pub tz: Tz,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// `starts_at` and `ends_at` are the local midnights that begin the first day and follow
    /// the last.
    pub all_day: bool,
    pub venue_name: Option<String>,
    pub venue_address: Option<String>,
    pub venue_city: Option<String>,
    pub venue_country: Option<String>,
    pub online_url: Option<String>,
    pub project: Option<String>,
    pub languages: Option<String>,
    pub capacity: Option<i32>,
    pub visibility: String,
    pub status: String,
    pub organizers: Vec<i32>,
}

/// A local date and time in `tz`, or a message. Times that do not exist (clocks jump forward)
/// are refused; ambiguous ones (clocks go back) take the first.
pub fn local_instant(e: &mut FieldErrors, field: &str, date: &str, time: &str, tz: Tz) -> Option<DateTime<Utc>> {
    let d = validate::date(e, field, date)?;
    let t = match NaiveTime::parse_from_str(time.trim(), "%H:%M") {
        Ok(t) => t,
        Err(_) => {
            e.add(field, msg("validate-time"));
            return None;
        }
    };
    instant_or_message(e, field, d, t, tz)
}

impl EventFields {
    pub async fn parse(&self, db: &impl ConnectionTrait) -> Result<EventInput, AppError> {
        let mut e = FieldErrors::default();
        let title = validate::required(&mut e, "title", &self.title, 200);
        validate::one_line(&mut e, "title", &Some(title.clone()));
        let kind = validate::choice(&mut e, "kind", &self.kind, KINDS);
        let description = validate::optional(&mut e, "description", &self.description, 20_000);
        let tz: Tz = match self.time_zone.trim() {
            "" => chrono_tz::Europe::Tirane,
            z => z.parse().unwrap_or_else(|_| {
                e.add("time_zone", msg("validate-time-zone"));
                chrono_tz::Europe::Tirane
            }),
        };
        let (starts_at, ends_at) = if self.all_day {
            let last = match self.end_date.trim() {
                "" => self.start_date.as_str(),
                d => d,
            };
            let day_after = validate::date(&mut e, "end", last).and_then(|d| d.succ_opt());
            (
                local_instant(&mut e, "start", &self.start_date, "00:00", tz),
                day_after.and_then(|d| instant_or_message(&mut e, "end", d, NaiveTime::MIN, tz)),
            )
        } else {
            (
                local_instant(&mut e, "start", &self.start_date, &self.start_time, tz),
                local_instant(&mut e, "end", &self.end_date, &self.end_time, tz),
            )
        };
        if let (Some(s), Some(en)) = (starts_at, ends_at)
            && en <= s
        {
            e.add("end", msg("validate-end-after-start"));
        }
        let venue_name = validate::optional(&mut e, "venue_name", &self.venue_name, 200);
        let venue_address = validate::optional(&mut e, "venue_address", &self.venue_address, 300);
        let venue_city = validate::optional(&mut e, "venue_city", &self.venue_city, 100);
        let venue_country = match self.venue_country.trim() {
            "" => None,
            c => {
                let c = c.to_uppercase();
                if entity::country::Entity::find_by_id(c.clone()).one(db).await?.is_none() {
                    e.add("venue_country", msg("validate-choose-country"));
                }
                Some(c)
            }
        };
        let online_url = validate::url(&mut e, "online_url", &self.online_url);
        let project = validate::optional(&mut e, "project", &self.project, 200);
        let languages = validate::optional(&mut e, "languages", &self.languages, 200);
        let capacity = match self.capacity.trim() {
            "" => None,
            c => match c.parse::<i32>() {
                Ok(n) if (1..=100_000).contains(&n) => Some(n),
                _ => {
                    e.add("capacity", msg("event-error-capacity"));
                    None
                }
            },
        };
        let visibility = validate::choice(&mut e, "visibility", &self.visibility, VISIBILITY);
        let status = validate::choice(&mut e, "status", &self.status, STATUSES);
        for id in &self.organizers {
            if entity::organization::Entity::find_by_id(*id).one(db).await?.is_none() {
                e.add("organizers", msg("event-error-organizers"));
            }
        }
        if venue_name.is_none() && online_url.is_none() && venue_city.is_none() {
            e.add("venue_name", msg("event-error-venue"));
        }
        e.into_result()?;
        Ok(EventInput {
            title,
            kind,
            description,
            tz,
            starts_at: starts_at.unwrap_or_else(now),
            ends_at: ends_at.unwrap_or_else(now),
            all_day: self.all_day,
            venue_name,
            venue_address,
            venue_city,
            venue_country,
            online_url,
            project,
            languages,
            capacity,
            visibility,
            status,
            organizers: self.organizers.clone(),
        })
    }

    pub fn from_model(ev: &event::Model, organizers: Vec<i32>) -> Self {
        let tz: Tz = ev.time_zone.parse().unwrap_or(chrono_tz::Europe::Tirane);
        let s = ev.starts_at.with_timezone(&tz);
        let en = ev.ends_at.with_timezone(&tz);
        EventFields {
            title: ev.title.clone(),
            kind: ev.kind.clone(),
            description: ev.description.clone().unwrap_or_default(),
            time_zone: ev.time_zone.clone(),
            start_date: s.format("%Y-%m-%d").to_string(),
            start_time: if ev.all_day {
                String::new()
            } else {
                s.format("%H:%M").to_string()
            },
            // An all-day event's form shows its last day, not the midnight after it.
            end_date: if ev.all_day {
                (en.date_naive() - chrono::Duration::days(1))
                    .format("%Y-%m-%d")
                    .to_string()
            } else {
                en.format("%Y-%m-%d").to_string()
            },
            end_time: if ev.all_day {
                String::new()
            } else {
                en.format("%H:%M").to_string()
            },
            all_day: ev.all_day,
            venue_name: ev.venue_name.clone().unwrap_or_default(),
            venue_address: ev.venue_address.clone().unwrap_or_default(),
            venue_city: ev.venue_city.clone().unwrap_or_default(),
            venue_country: ev.venue_country.clone().unwrap_or_default(),
            online_url: ev.online_url.clone().unwrap_or_default(),
            project: ev.project.clone().unwrap_or_default(),
            languages: ev.languages.clone().unwrap_or_default(),
            capacity: ev.capacity.map(|c| c.to_string()).unwrap_or_default(),
            visibility: ev.visibility.clone(),
            status: ev.status.clone(),
            organizers,
        }
    }
}
