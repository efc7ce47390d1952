//! Events and their agendas: rules, visibility, queries.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::auth::CurrentUser;
use crate::error::{AppError, FieldErrors};
use crate::i18n::msg;
use entity::{event, event_organizer, participant};

mod agenda;
mod changes;
mod feed_tokens;
pub mod import;
mod input;
mod queries;

pub use agenda::{ItemFields, ItemInput, delete_item, move_item, overlaps, save_item, speakers, update_item};
pub use changes::{cancel, cancellable, create, duplicate, new_uid, update};
pub use feed_tokens::{feed_token, user_for_feed};
pub use input::{EventFields, EventInput, local_instant};
pub use queries::{EventFilter, for_feed, in_range, items, list};

pub const KINDS: &[&str] = &[
    "roundtable",
    "network_meeting",
    "working_group",
    "training",
    "webinar",
    "other",
];
pub const VISIBILITY: &[&str] = &["public", "network", "invited"];
pub const STATUSES: &[&str] = &["draft", "published", "cancelled", "completed"];
pub const ITEM_KINDS: &[&str] = &["plenary", "session", "panel", "working_group", "break", "meal"];
pub const PER_PAGE: u64 = 20;

/// `date` at `time` in `tz`, with the rule events and agenda items share: a time inside the
/// spring-forward gap is refused (it would be missing from calendars), an ambiguous one in the
/// autumn takes the first occurrence.
fn instant_or_message(e: &mut FieldErrors, field: &str, d: NaiveDate, t: NaiveTime, tz: Tz) -> Option<DateTime<Utc>> {
    match tz.from_local_datetime(&d.and_time(t)).earliest() {
        Some(x) => Some(x.with_timezone(&Utc)),
        None => {
            e.add(field, msg("event-error-no-such-time").arg("zone", tz.name()));
            None
        }
    }
}

pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<event::Model, AppError> {
    event::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)
}

pub async fn organizers_of(db: &impl ConnectionTrait, event_id: i32) -> Result<Vec<i32>, AppError> {
    Ok(event_organizer::Entity::find()
        .filter(event_organizer::Column::EventId.eq(event_id))
        .all(db)
        .await?
        .into_iter()
        .map(|o| o.organization_id)
        .collect())
}

/// Invited by account, or by address (an account made after the invitation still counts).
pub async fn is_participant(db: &impl ConnectionTrait, event_id: i32, user: &CurrentUser) -> Result<bool, AppError> {
    Ok(participant::Entity::find()
        .filter(participant::Column::EventId.eq(event_id))
        .filter(crate::services::participants::mine(user))
        .count(db)
        .await?
        > 0)
}

/// Who may see an event: drafts only the secretariat; public events everyone; network events
/// signed-in users; invited-only events their participants.
pub async fn can_view(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    ev: &event::Model,
) -> Result<bool, AppError> {
    if user.is_some_and(|u| u.is_secretariat()) {
        return Ok(true);
    }
    if ev.status == "draft" {
        return Ok(false);
    }
    Ok(match ev.visibility.as_str() {
        "public" => true,
        "network" => user.is_some(),
        _ => match user {
            Some(u) => is_participant(db, ev.id, u).await?,
            None => false,
        },
    })
}

/// The SQL form of [`can_view`], for lists and feeds.
pub fn visible_to(user: Option<&CurrentUser>) -> Condition {
    if user.is_some_and(|u| u.is_secretariat()) {
        return Condition::all();
    }
    let not_draft = event::Column::Status.ne("draft");
    let mut vis = Condition::any().add(event::Column::Visibility.eq("public"));
    if let Some(u) = user {
        vis = vis.add(event::Column::Visibility.eq("network")).add(
            event::Column::Id.in_subquery(
                Query::select()
                    .column(participant::Column::EventId)
                    .from(participant::Entity)
                    .cond_where(crate::services::participants::mine(u))
                    .to_owned(),
            ),
        );
    }
    Condition::all().add(not_draft).add(vis)
}

pub fn year_of(ev: &event::Model) -> i32 {
    let tz: Tz = ev.time_zone.parse().unwrap_or(chrono_tz::Europe::Tirane);
    ev.starts_at.with_timezone(&tz).year()
}
