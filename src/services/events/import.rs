//! Calendar files on their way to draft events: an upload waits in `event_import` while its
//! uploader checks the preview; confirming creates every draft and removes the upload in one
//! transaction, so a second confirm (another tab, a double click) creates nothing.

use chrono::Duration;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::calendar::import::Draft;
use crate::db::now;
use crate::error::AppError;
use entity::{event, event_import};

use super::changes::insert;
use super::input::EventInput;

/// How long an unconfirmed upload is kept.
const KEPT_FOR_HOURS: i64 = 24;

/// Keeps an upload for its preview; uploads older than a day (anyone's) go.
pub async fn stage(
    db: &impl ConnectionTrait,
    user_id: i32,
    file_name: &str,
    content: String,
) -> Result<event_import::Model, AppError> {
    event_import::Entity::delete_many()
        .filter(event_import::Column::CreatedAt.lt(now() - Duration::hours(KEPT_FOR_HOURS)))
        .exec(db)
        .await?;
    let name: String = crate::mail::one_line(file_name, 200);
    Ok(event_import::ActiveModel {
        user_id: Set(user_id),
        file_name: Set(name),
        content: Set(content),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// An upload, for the user who made it only (anyone else: not found).
pub async fn staged(db: &impl ConnectionTrait, id: i32, user_id: i32) -> Result<event_import::Model, AppError> {
    event_import::Entity::find_by_id(id)
        .filter(event_import::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The draft as an event to save: text cut to the event's limits, a venue to be confirmed when
/// the file gives neither a place nor a link.
pub fn input_of(d: &Draft, venue_unknown: &str) -> EventInput {
    let venue_name = d.venue.as_deref().map(|v| crate::mail::one_line(v, 200));
    let online_url = d.online_url.clone().filter(|u| u.len() <= 500);
    EventInput {
        title: crate::mail::one_line(&d.summary, 200),
        kind: "other".into(),
        description: d.description.as_ref().map(|t| t.chars().take(20_000).collect()),
        tz: d.tz,
        starts_at: d.start,
        ends_at: d.end,
        all_day: d.all_day,
        venue_name: match (&venue_name, &online_url) {
            (None, None) => Some(venue_unknown.to_string()),
            _ => venue_name,
        },
        venue_address: None,
        venue_city: None,
        venue_country: None,
        online_url,
        project: None,
        languages: None,
        capacity: None,
        visibility: "network".into(),
        status: "draft".into(),
        organizers: vec![],
    }
}

/// Creates the drafts of upload `import_id` and removes it, all or nothing. Drafts of one
/// repeating meeting form a series (the first one names it). `Ok(None)` when the upload is
/// gone: already confirmed, or expired.
pub async fn confirm(
    db: &sea_orm::DatabaseConnection,
    import_id: i32,
    user_id: i32,
    drafts: &[Draft],
    venue_unknown: &str,
    uid_domain: &str,
) -> Result<Option<Vec<event::Model>>, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let gone = event_import::Entity::delete_many()
        .filter(event_import::Column::Id.eq(import_id))
        .filter(event_import::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?
        .rows_affected
        == 0;
    if gone {
        txn.rollback().await?;
        return Ok(None);
    }
    let mut created: Vec<event::Model> = Vec::with_capacity(drafts.len());
    let mut series: Option<(usize, i32)> = None;
    for d in drafts {
        let in_group = drafts.iter().filter(|o| o.group == d.group).count() > 1;
        let series_id = match series {
            Some((g, id)) if g == d.group => Some(id),
            _ => None,
        };
        let e = insert(&txn, input_of(d, venue_unknown), Some(user_id), uid_domain, series_id).await?;
        if in_group && series_id.is_none() {
            series = Some((d.group, e.id));
        }
        created.push(e);
    }
    txn.commit().await?;
    Ok(Some(created))
}
