//! Calendar output for events: one event (optionally with its agenda items), the network feed
//! and personal feeds. Builds `calendar::Calendar` values; `calendar::to_ics` writes them.

use chrono::{DateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::calendar::{self, Calendar, Status};
use crate::db::now;
use crate::i18n::t_args;
use entity::{agenda_item, event};

pub fn status_of(ev: &event::Model) -> Status {
    match ev.status.as_str() {
        "cancelled" => Status::Cancelled,
        "draft" => Status::Tentative,
        _ => Status::Confirmed,
    }
}

pub fn location_of(ev: &event::Model) -> Option<String> {
    let parts: Vec<&str> = [
        ev.venue_name.as_deref(),
        ev.venue_address.as_deref(),
        ev.venue_city.as_deref(),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.is_empty())
    .collect();
    if parts.is_empty() {
        ev.online_url.clone()
    } else {
        Some(parts.join(", "))
    }
}

/// The event as a VEVENT, its words in `lang`. `base` is the absolute site URL without a
/// trailing slash.
pub fn vevent(lang: &str, ev: &event::Model, base: &str, kind_label: &str) -> calendar::Event {
    let tz: Tz = ev.time_zone.parse().unwrap_or(chrono_tz::Europe::Tirane);
    let mut description = ev.description.clone().unwrap_or_default();
    if let Some(u) = &ev.online_url {
        let online = t_args(lang, "ics-online", &[("url", u.as_str().into())]);
        description = format!("{description}\n\n{online}").trim().to_string();
    }
    calendar::Event {
        uid: ev.uid.clone(),
        sequence: ev.sequence,
        dtstamp: now(),
        start: ev.starts_at,
        end: ev.ends_at,
        tz,
        all_day: ev.all_day,
        summary: ev.title.clone(),
        description: (!description.is_empty()).then_some(description),
        location: location_of(ev),
        url: Some(format!("{base}/events/{}", ev.id)),
        status: status_of(ev),
        categories: vec![kind_label.to_string()],
        organizer: None,
        attendees: vec![],
    }
}

/// Agenda items as their own VEVENTs (UID derived from the event's and the item's id), their
/// words in `lang`.
pub fn item_vevents(lang: &str, ev: &event::Model, items: &[agenda_item::Model], base: &str) -> Vec<calendar::Event> {
    let tz: Tz = ev.time_zone.parse().unwrap_or(chrono_tz::Europe::Tirane);
    items
        .iter()
        .filter_map(|i| {
            let (start, end) = item_instants(i, tz)?;
            let mut description = vec![];
            if let Some(m) = &i.moderator {
                description.push(t_args(lang, "ics-moderator", &[("name", m.as_str().into())]));
            }
            if let Some(s) = &i.speakers {
                let names = s.lines().collect::<Vec<_>>().join("; ");
                description.push(t_args(lang, "ics-speakers", &[("names", names.into())]));
            }
            if let Some(d) = &i.description {
                description.push(d.clone());
            }
            Some(calendar::Event {
                uid: format!("item-{}-{}", i.id, ev.uid),
                sequence: ev.sequence,
                dtstamp: now(),
                start,
                end,
                tz,
                all_day: false,
                summary: format!("{}: {}", ev.title, i.title),
                description: (!description.is_empty()).then(|| description.join("\n")),
                location: i.track.clone().or_else(|| location_of(ev)),
                url: Some(format!("{base}/events/{}#item-{}", ev.id, i.id)),
                status: status_of(ev),
                categories: vec![i.kind.clone()],
                organizer: None,
                attendees: vec![],
            })
        })
        .collect()
}

pub fn calendar_of(name: &str, events: Vec<calendar::Event>) -> Calendar {
    Calendar {
        name: Some(name.to_string()),
        method: None,
        events,
        todos: vec![],
    }
}

/// The instants of an agenda item, in UTC.
pub fn item_instants(item: &agenda_item::Model, tz: Tz) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let s = NaiveTime::parse_from_str(&item.start_time, "%H:%M").ok()?;
    let e = NaiveTime::parse_from_str(&item.end_time, "%H:%M").ok()?;
    let a = tz
        .from_local_datetime(&item.day.and_time(s))
        .earliest()?
        .with_timezone(&Utc);
    let b = tz
        .from_local_datetime(&item.day.and_time(e))
        .earliest()?
        .with_timezone(&Utc);
    Some((a, b))
}
