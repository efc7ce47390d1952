//! Event pages, agenda editing and calendar feeds.

use chrono_tz::Tz;
use serde_json::{Value, json};

use crate::auth::Viewer;
use crate::error::AppError;
use crate::services::{countries, events as ev};
use crate::state::AppState;
use crate::views::directory::label;

mod agenda;
mod feeds;
mod import;
mod pages;
mod participants;
mod report;

pub use agenda::{
    CompareQuery, agenda_history, create_item, delete_item, edit_item_form, move_item, new_item_form, publish_agenda,
    update_item,
};
pub use feeds::{IcsQuery, event_ics, network_feed, personal_feed, rotate_feed};
pub use import::{import, import_form};
pub use pages::{
    MonthQuery, cancel, create, duplicate, duplicate_form, edit_form, index, month, new_form, show, update,
};
pub use participants::{attendance, invite, participants_csv, participants_page, rsvp, rsvp_form};
pub use report::{ReportQuery, matter_outcome, post_meeting_report};

fn tz_of(e: &entity::event::Model) -> Tz {
    e.time_zone.parse().unwrap_or(chrono_tz::Europe::Tirane)
}

fn uid_domain(state: &AppState) -> String {
    state
        .settings
        .base_url
        .host_str()
        .unwrap_or("roundtable.local")
        .to_string()
}

fn base(state: &AppState) -> String {
    state.settings.site()
}

/// "12–13 Dec 2023, 09:00–18:00 (Europe/Tirane)" style fields for templates.
fn when(e: &entity::event::Model) -> Value {
    let tz = tz_of(e);
    let s = e.starts_at.with_timezone(&tz);
    let en = e.ends_at.with_timezone(&tz);
    json!({
        "start": s.format("%-d %b %Y, %H:%M").to_string(),
        "end": if s.date_naive() == en.date_naive() { en.format("%H:%M").to_string() } else { en.format("%-d %b %Y, %H:%M").to_string() },
        "time_zone": e.time_zone,
        "start_iso": e.starts_at.to_rfc3339(),
    })
}

fn summary_row(lang: &str, e: &entity::event::Model, countries_list: &[entity::country::Model]) -> Value {
    json!({
        "id": e.id,
        "title": e.title,
        "kind": label(lang, "event-kind", &e.kind),
        "status": e.status,
        "status_label": label(lang, "event-status", &e.status),
        "when": when(e),
        "city": e.venue_city,
        "country": e.venue_country.as_deref().map(|c| countries::name_in(countries_list, c)),
        "online": e.online_url.is_some(),
    })
}

async fn load_visible(state: &AppState, viewer: &Viewer, id: i32) -> Result<entity::event::Model, AppError> {
    let e = ev::get(&state.db, id).await?;
    if !ev::can_view(&state.db, viewer.user.as_ref(), &e).await? {
        // Invisible and missing look the same, so ids cannot be probed.
        return Err(
            if viewer.user.is_none() && e.visibility == "network" && e.status != "draft" {
                AppError::Unauthorized
            } else {
                AppError::NotFound
            },
        );
    }
    Ok(e)
}

fn t_overlap(lang: &str, o: &entity::agenda_item::Model) -> String {
    crate::i18n::t_args(
        lang,
        "item-overlap",
        &[
            ("title", o.title.clone().into()),
            ("start", o.start_time.clone().into()),
            ("end", o.end_time.clone().into()),
        ],
    )
}
