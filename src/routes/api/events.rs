use actix_web::{HttpResponse, web};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::auth::{Action, Viewer};
use crate::error::AppError;
use crate::services::{events as ev, participants};
use crate::state::AppState;
use crate::views::Page;

#[derive(Serialize, utoipa::ToSchema)]
pub struct AgendaItemDto {
    pub id: i32,
    pub day: NaiveDate,
    /// HH:MM in the event's time zone.
    pub start_time: String,
    pub end_time: String,
    pub title: String,
    pub kind: String,
    pub track: Option<String>,
    pub moderator: Option<String>,
    pub speakers: Vec<String>,
    pub description: Option<String>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ParticipantDto {
    pub name: String,
    pub status: String,
    pub organization_id: Option<i32>,
    /// Only for the secretariat.
    pub email: Option<String>,
    pub attended: Option<bool>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct EventDto {
    pub id: i32,
    pub uid: String,
    pub title: String,
    pub kind: String,
    pub status: String,
    pub visibility: String,
    pub time_zone: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// Whole days: `starts_at` and `ends_at` are the local midnights (in `time_zone`) that
    /// begin the first day and follow the last.
    pub all_day: bool,
    pub venue_name: Option<String>,
    pub venue_city: Option<String>,
    pub venue_country: Option<String>,
    pub online_url: Option<String>,
    pub capacity: Option<i32>,
    pub sequence: i32,
    /// Empty until the agenda is published (except for the secretariat).
    pub agenda: Vec<AgendaItemDto>,
    /// Names follow the same consent rule as the pages.
    pub participants: Vec<ParticipantDto>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct EventList {
    pub items: Vec<EventDto>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

async fn dto(state: &AppState, viewer: &Viewer, e: entity::event::Model, full: bool) -> Result<EventDto, AppError> {
    let manage = viewer.can(Action::ManageEvents);
    let agenda = if full && (e.agenda_published || manage) {
        ev::items(&state.db, e.id)
            .await?
            .into_iter()
            .map(|i| AgendaItemDto {
                id: i.id,
                day: i.day,
                start_time: i.start_time,
                end_time: i.end_time,
                title: i.title,
                kind: i.kind,
                track: i.track,
                moderator: i.moderator,
                speakers: ev::speakers(i.speakers.as_deref()),
                description: i.description,
            })
            .collect()
    } else {
        vec![]
    };
    let parts = if full {
        participants::list(&state.db, e.id)
            .await?
            .into_iter()
            .filter(|p| manage || (p.share_name && p.status == "accepted"))
            .map(|p| ParticipantDto {
                name: p.name,
                status: p.status,
                organization_id: p.organization_id,
                email: manage.then_some(p.email),
                attended: if manage { p.attended } else { None },
            })
            .collect()
    } else {
        vec![]
    };
    Ok(EventDto {
        id: e.id,
        uid: e.uid,
        title: e.title,
        kind: e.kind,
        status: e.status,
        visibility: e.visibility,
        time_zone: e.time_zone,
        starts_at: e.starts_at,
        ends_at: e.ends_at,
        all_day: e.all_day,
        venue_name: e.venue_name,
        venue_city: e.venue_city,
        venue_country: e.venue_country,
        online_url: e.online_url,
        capacity: e.capacity,
        sequence: e.sequence,
        agenda,
        participants: parts,
    })
}

/// Events the caller may see (paged; `when=past` for past events; filters by kind, country, year).
#[utoipa::path(get, path = "/api/v1/events",
    params(("when" = Option<String>, Query, description = "upcoming (default) or past"),
           ("kind" = Option<String>, Query, description = "Event kind"),
           ("country" = Option<String>, Query, description = "Venue country code"),
           ("year" = Option<i32>, Query, description = "Year of the start"),
           ("page" = Option<u64>, Query, description = "Page, from 1")),
    responses((status = 200, body = EventList)))]
pub async fn list(Page { state, viewer, .. }: Page, q: web::Query<ev::EventFilter>) -> Result<HttpResponse, AppError> {
    let (items, total, page) = ev::list(&state.db, viewer.user.as_ref(), &q).await?;
    let mut out = vec![];
    for e in items {
        out.push(dto(&state, &viewer, e, false).await?);
    }
    Ok(HttpResponse::Ok().json(EventList {
        items: out,
        page,
        per_page: ev::PER_PAGE,
        total,
    }))
}

/// One event with its agenda and participants.
#[utoipa::path(get, path = "/api/v1/events/{id}", params(("id" = i32, Path, description = "Event id")),
    responses((status = 200, body = EventDto, headers(("ETag" = String, description = "The event's version (moves with every edit of the event's own fields)"))),
        super::NotFound))]
pub async fn get(Page { state, viewer, .. }: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let e = ev::get(&state.db, path.into_inner()).await?;
    if !ev::can_view(&state.db, viewer.user.as_ref(), &e).await? {
        return Err(AppError::NotFound);
    }
    let version = e.version;
    Ok(super::versioned(version, &dto(&state, &viewer, e, true).await?))
}
