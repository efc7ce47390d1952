//! Reading events: the filtered list, feeds, the month grid and an event's agenda items.

use chrono::{NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};

use crate::auth::CurrentUser;
use crate::db::now;
use crate::error::AppError;
use crate::services::paging;
use entity::{agenda_item, event};

use super::{PER_PAGE, visible_to};

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct EventFilter {
    /// "upcoming" (default) or "past".
    pub when: String,
    pub kind: String,
    pub country: String,
    pub year: Option<i32>,
    #[serde(deserialize_with = "crate::services::paging::deserialize")]
    pub page: Option<u64>,
}

impl EventFilter {
    pub fn query_string(&self) -> String {
        let year = self.year.map(|y| y.to_string()).unwrap_or_default();
        paging::query_string(&[
            ("when", &self.when),
            ("kind", &self.kind),
            ("country", &self.country),
            ("year", &year),
        ])
    }
}

pub async fn list(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    f: &EventFilter,
) -> Result<(Vec<event::Model>, u64, u64), AppError> {
    let page = paging::number(f.page);
    let t = now();
    let past = f.when == "past";
    let mut q = event::Entity::find().filter(visible_to(user));
    q = if past {
        q.filter(event::Column::EndsAt.lt(t))
    } else {
        q.filter(event::Column::EndsAt.gte(t))
    };
    if !f.kind.trim().is_empty() {
        q = q.filter(event::Column::Kind.eq(f.kind.trim()));
    }
    if !f.country.trim().is_empty() {
        q = q.filter(event::Column::VenueCountry.eq(f.country.trim().to_uppercase()));
    }
    if let Some(y) = f.year
        && let (Some(a), Some(b)) = (
            Utc.with_ymd_and_hms(y, 1, 1, 0, 0, 0).single(),
            y.checked_add(1)
                .and_then(|n| Utc.with_ymd_and_hms(n, 1, 1, 0, 0, 0).single()),
        )
    {
        q = q
            .filter(event::Column::StartsAt.gte(a))
            .filter(event::Column::StartsAt.lt(b));
    }
    q = if past {
        q.order_by_desc(event::Column::StartsAt)
    } else {
        q.order_by_asc(event::Column::StartsAt)
    };
    let paginator = q.order_by_asc(event::Column::Id).paginate(db, PER_PAGE);
    let total = paginator.num_items().await?;
    Ok((paginator.fetch_page(page - 1).await?, total, page))
}

/// Published (or cancelled) events for a feed, newest first, at most `limit`.
pub async fn for_feed(db: &impl ConnectionTrait, cond: Condition, limit: u64) -> Result<Vec<event::Model>, AppError> {
    use sea_orm::QuerySelect;
    Ok(event::Entity::find()
        .filter(cond)
        .filter(event::Column::Status.ne("draft"))
        .order_by_desc(event::Column::StartsAt)
        .limit(limit)
        .all(db)
        .await?)
}

pub async fn items(db: &impl ConnectionTrait, event_id: i32) -> Result<Vec<agenda_item::Model>, AppError> {
    Ok(agenda_item::Entity::find()
        .filter(agenda_item::Column::EventId.eq(event_id))
        .order_by_asc(agenda_item::Column::Day)
        .order_by_asc(agenda_item::Column::StartTime)
        .order_by_asc(agenda_item::Column::Position)
        .order_by_asc(agenda_item::Column::Id)
        .all(db)
        .await?)
}

/// Visible events overlapping the local dates `from..=to` (for the month grid).
pub async fn in_range(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    from: NaiveDate,
    to: NaiveDate,
    tz: Tz,
) -> Result<Vec<event::Model>, AppError> {
    let start = tz
        .from_local_datetime(&from.and_hms_opt(0, 0, 0).unwrap_or_default())
        .earliest()
        .map(|d| d.with_timezone(&Utc));
    let end = tz
        .from_local_datetime(&to.and_hms_opt(23, 59, 59).unwrap_or_default())
        .earliest()
        .map(|d| d.with_timezone(&Utc));
    let (Some(start), Some(end)) = (start, end) else {
        return Ok(vec![]);
    };
    Ok(event::Entity::find()
        .filter(visible_to(user))
        .filter(event::Column::StartsAt.lte(end))
        .filter(event::Column::EndsAt.gte(start))
        .order_by_asc(event::Column::StartsAt)
        .all(db)
        .await?)
}
