//! Writes: creating, editing, cancelling and duplicating events.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Set,
};

use crate::auth::tokens;
use crate::db::now;
use crate::error::AppError;
use crate::i18n::{Msg, msg};
use crate::services::versions;
use entity::{agenda_item, event, event_organizer};

use super::input::EventInput;
use super::queries::items;
use super::{get, organizers_of};

fn apply(am: &mut event::ActiveModel, i: EventInput) {
    am.title = Set(i.title);
    am.kind = Set(i.kind);
    am.description = Set(i.description);
    am.time_zone = Set(i.tz.name().to_string());
    am.starts_at = Set(i.starts_at);
    am.ends_at = Set(i.ends_at);
    am.all_day = Set(i.all_day);
    am.venue_name = Set(i.venue_name);
    am.venue_address = Set(i.venue_address);
    am.venue_city = Set(i.venue_city);
    am.venue_country = Set(i.venue_country);
    am.online_url = Set(i.online_url);
    am.project = Set(i.project);
    am.languages = Set(i.languages);
    am.capacity = Set(i.capacity);
    am.visibility = Set(i.visibility);
    am.status = Set(i.status);
    am.updated_at = Set(now());
}

async fn set_organizers(db: &impl ConnectionTrait, event_id: i32, orgs: &[i32]) -> Result<(), AppError> {
    event_organizer::Entity::delete_many()
        .filter(event_organizer::Column::EventId.eq(event_id))
        .exec(db)
        .await?;
    let mut seen = std::collections::BTreeSet::new();
    for o in orgs.iter().filter(|o| seen.insert(**o)) {
        event_organizer::ActiveModel {
            event_id: Set(event_id),
            organization_id: Set(*o),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

pub fn new_uid(domain: &str) -> String {
    format!("{}@{domain}", tokens::random_token().to_lowercase())
}

pub async fn create(
    db: &DatabaseConnection,
    input: EventInput,
    author: Option<i32>,
    uid_domain: &str,
) -> Result<event::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let ev = insert(&txn, input, author, uid_domain, None).await?;
    txn.commit().await?;
    Ok(ev)
}

/// One new event inside the caller's transaction; `series` names the first event of the
/// series it belongs to.
pub(super) async fn insert(
    txn: &impl ConnectionTrait,
    input: EventInput,
    author: Option<i32>,
    uid_domain: &str,
    series: Option<i32>,
) -> Result<event::Model, AppError> {
    let orgs = input.organizers.clone();
    let mut am = event::ActiveModel {
        uid: Set(new_uid(uid_domain)),
        series_id: Set(series),
        sequence: Set(0),
        agenda_published: Set(false),
        agenda_notified_revision: Set(0),
        created_by: Set(author),
        created_at: Set(now()),
        ..Default::default()
    };
    apply(&mut am, input);
    let ev = am.insert(txn).await?;
    set_organizers(txn, ev.id, &orgs).await?;
    Ok(ev)
}

/// Saves changes based on version `based_on` (`StaleEdit` when the event moved on); a published
/// event's SEQUENCE goes up so calendars take the update. An unchanged save gives the claimed
/// version back.
pub async fn update(
    db: &DatabaseConnection,
    id: i32,
    input: EventInput,
    based_on: i32,
) -> Result<event::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let row = Condition::all().add(event::Column::Id.eq(id));
    versions::claim::<event::Entity>(&txn, row.clone(), event::Column::Version, based_on).await?;
    let ev = event::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let orgs = input.organizers.clone();
    let same_orgs = organizers_of(&txn, id)
        .await?
        .into_iter()
        .collect::<std::collections::BTreeSet<_>>()
        == orgs.iter().copied().collect();
    let before = ev.clone();
    let sequence = ev.sequence + 1;
    let mut am: event::ActiveModel = ev.into();
    apply(&mut am, input);
    let mut after = sea_orm::TryIntoModel::try_into_model(am.clone())?;
    after.updated_at = before.updated_at;
    // An unchanged save must not make every subscribed calendar re-fetch and re-announce it.
    let ev = if after == before {
        if same_orgs {
            versions::release::<event::Entity>(&txn, row, event::Column::Version).await?;
            event::Model {
                version: based_on,
                ..before
            }
        } else {
            before
        }
    } else {
        am.sequence = Set(sequence);
        am.update(&txn).await?
    };
    if !same_orgs {
        set_organizers(&txn, id, &orgs).await?;
    }
    txn.commit().await?;
    Ok(ev)
}

/// Cancels the event; an edit form opened before is stale.
/// Whether an event can still be cancelled: not once it has ended (or is marked completed).
/// A cancelled event can be "cancelled" again, which changes nothing.
pub fn cancellable(ev: &event::Model) -> Result<(), Msg> {
    if ev.status == "completed" || (ev.status != "cancelled" && ev.ends_at <= now()) {
        return Err(msg("event-error-ended-cancel"));
    }
    Ok(())
}

pub async fn cancel(db: &DatabaseConnection, id: i32) -> Result<event::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let row = Condition::all().add(event::Column::Id.eq(id));
    versions::bump::<event::Entity>(&txn, row.clone(), event::Column::Version).await?;
    let ev = get(&txn, id).await?;
    if let Err(refused) = cancellable(&ev) {
        let mut e = crate::error::FieldErrors::default();
        e.add("status", refused);
        return Err(AppError::Validation(e));
    }
    if ev.status == "cancelled" {
        versions::release::<event::Entity>(&txn, row, event::Column::Version).await?;
        txn.commit().await?;
        return get(db, id).await;
    }
    let sequence = ev.sequence + 1;
    let mut am: event::ActiveModel = ev.into();
    am.status = Set("cancelled".into());
    am.sequence = Set(sequence);
    am.updated_at = Set(now());
    let ev = am.update(&txn).await?;
    txn.commit().await?;
    Ok(ev)
}

/// Copies an event (and its agenda) to a new start date, as a draft in the same series.
pub async fn duplicate(
    db: &DatabaseConnection,
    id: i32,
    new_start: NaiveDate,
    author: Option<i32>,
    uid_domain: &str,
) -> Result<event::Model, AppError> {
    let src = get(db, id).await?;
    let tz: Tz = src.time_zone.parse().unwrap_or(chrono_tz::Europe::Tirane);
    let old_start = src.starts_at.with_timezone(&tz);
    let shift_days = (new_start - old_start.date_naive()).num_days();
    let shift = |t: DateTime<Utc>| -> Result<DateTime<Utc>, AppError> {
        let local = t.with_timezone(&tz).naive_local() + chrono::Duration::days(shift_days);
        tz.from_local_datetime(&local)
            .earliest()
            .map(|x| x.with_timezone(&Utc))
            .ok_or_else(|| AppError::BadRequest(msg("event-error-clock-change-date")))
    };
    let txn = crate::db::begin_write(db).await?;
    let t = now();
    let copy = event::ActiveModel {
        uid: Set(new_uid(uid_domain)),
        series_id: Set(Some(src.series_id.unwrap_or(src.id))),
        title: Set(src.title.clone()),
        kind: Set(src.kind.clone()),
        description: Set(src.description.clone()),
        time_zone: Set(src.time_zone.clone()),
        starts_at: Set(shift(src.starts_at)?),
        ends_at: Set(shift(src.ends_at)?),
        all_day: Set(src.all_day),
        venue_name: Set(src.venue_name.clone()),
        venue_address: Set(src.venue_address.clone()),
        venue_city: Set(src.venue_city.clone()),
        venue_country: Set(src.venue_country.clone()),
        online_url: Set(src.online_url.clone()),
        project: Set(src.project.clone()),
        languages: Set(src.languages.clone()),
        capacity: Set(src.capacity),
        visibility: Set(src.visibility.clone()),
        status: Set("draft".into()),
        sequence: Set(0),
        agenda_published: Set(false),
        agenda_notified_revision: Set(0),
        created_by: Set(author),
        created_at: Set(t),
        updated_at: Set(t),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    set_organizers(&txn, copy.id, &organizers_of(&txn, id).await?).await?;
    for item in items(&txn, id).await? {
        agenda_item::ActiveModel {
            event_id: Set(copy.id),
            day: Set(item.day + chrono::Duration::days(shift_days)),
            start_time: Set(item.start_time),
            end_time: Set(item.end_time),
            title: Set(item.title),
            description: Set(item.description),
            kind: Set(item.kind),
            track: Set(item.track),
            moderator: Set(item.moderator),
            speakers: Set(item.speakers),
            position: Set(item.position),
            updated_at: Set(t),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(copy)
}
