//! Agenda items: fields and checks, overlaps, saving, deleting and moving.

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Set,
};
use serde::{Deserialize, Serialize};

use crate::db::now;
use crate::error::{AppError, FieldErrors};
use crate::i18n::msg;
use crate::services::{validate, versions};
use entity::{agenda_item, event};

use super::queries::items;
use super::{ITEM_KINDS, instant_or_message};

/// Raw agenda item fields.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ItemFields {
    pub day: String,
    pub start_time: String,
    pub end_time: String,
    pub title: String,
    pub description: String,
    pub kind: String,
    pub track: String,
    pub moderator: String,
    pub speakers: String,
}

#[derive(Debug, Clone)]
pub struct ItemInput {
    pub day: NaiveDate,
    pub start_time: String,
    pub end_time: String,
    pub title: String,
    pub description: Option<String>,
    pub kind: String,
    pub track: Option<String>,
    pub moderator: Option<String>,
    pub speakers: Option<String>,
}

fn hhmm(e: &mut FieldErrors, field: &str, v: &str) -> Option<NaiveTime> {
    match NaiveTime::parse_from_str(v.trim(), "%H:%M") {
        Ok(t) => Some(t),
        Err(_) => {
            e.add(field, msg("validate-time"));
            None
        }
    }
}

impl ItemFields {
    /// Checks the item against its event. Hard errors refuse the save; overlaps are returned as
    /// warnings (the item is saved and the warning shown).
    pub fn parse(&self, ev: &event::Model) -> Result<ItemInput, AppError> {
        let mut e = FieldErrors::default();
        let tz: Tz = ev.time_zone.parse().unwrap_or(chrono_tz::Europe::Tirane);
        let day = validate::date(&mut e, "day", &self.day);
        if self.day.trim().is_empty() {
            e.add("day", msg("validate-required"));
        }
        let first = ev.starts_at.with_timezone(&tz).date_naive();
        // An all-day event ends at the midnight after its last day.
        let end = if ev.all_day {
            ev.ends_at - chrono::Duration::seconds(1)
        } else {
            ev.ends_at
        };
        let last = end.with_timezone(&tz).date_naive();
        if let Some(d) = day
            && (d < first || d > last)
        {
            e.add(
                "day",
                msg("agenda-error-day")
                    .arg("first", first.to_string())
                    .arg("last", last.to_string()),
            );
        }
        let start = hhmm(&mut e, "start_time", &self.start_time);
        let end = hhmm(&mut e, "end_time", &self.end_time);
        if let Some(d) = day {
            let start_at = start.and_then(|t| instant_or_message(&mut e, "start_time", d, t, tz));
            let end_at = end.and_then(|t| instant_or_message(&mut e, "end_time", d, t, tz));
            if let (Some(s), Some(en)) = (start_at, end_at)
                && en <= s
            {
                e.add("end_time", msg("validate-end-after-start"));
            }
        } else if let (Some(s), Some(en)) = (start, end)
            && en <= s
        {
            e.add("end_time", msg("validate-end-after-start"));
        }
        let title = validate::required(&mut e, "title", &self.title, 200);
        validate::one_line(&mut e, "title", &Some(title.clone()));
        let description = validate::optional(&mut e, "description", &self.description, 5000);
        let kind = validate::choice(&mut e, "kind", &self.kind, ITEM_KINDS);
        let track = validate::optional(&mut e, "track", &self.track, 100);
        let moderator = validate::optional(&mut e, "moderator", &self.moderator, 200);
        let speakers = validate::optional(&mut e, "speakers", &self.speakers, 2000);
        e.into_result()?;
        Ok(ItemInput {
            day: day.unwrap_or(first),
            start_time: start.map(|t| t.format("%H:%M").to_string()).unwrap_or_default(),
            end_time: end.map(|t| t.format("%H:%M").to_string()).unwrap_or_default(),
            title,
            description,
            kind,
            track,
            moderator,
            speakers,
        })
    }

    pub fn from_model(i: &agenda_item::Model) -> Self {
        ItemFields {
            day: i.day.to_string(),
            start_time: i.start_time.clone(),
            end_time: i.end_time.clone(),
            title: i.title.clone(),
            description: i.description.clone().unwrap_or_default(),
            kind: i.kind.clone(),
            track: i.track.clone().unwrap_or_default(),
            moderator: i.moderator.clone().unwrap_or_default(),
            speakers: i.speakers.clone().unwrap_or_default(),
        }
    }
}

/// Items of the same event, day and track whose times overlap `item`.
pub fn overlaps<'a>(item: &agenda_item::Model, all: &'a [agenda_item::Model]) -> Vec<&'a agenda_item::Model> {
    all.iter()
        .filter(|o| {
            o.id != item.id
                && o.day == item.day
                && o.track.as_deref().unwrap_or("") == item.track.as_deref().unwrap_or("")
                && o.start_time < item.end_time
                && item.start_time < o.end_time
        })
        .collect()
}

pub async fn save_item(
    db: &impl ConnectionTrait,
    event_id: i32,
    item_id: Option<i32>,
    i: ItemInput,
) -> Result<agenda_item::Model, AppError> {
    let mut am = match item_id {
        Some(id) => agenda_item::Entity::find_by_id(id)
            .filter(agenda_item::Column::EventId.eq(event_id))
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?
            .into(),
        None => agenda_item::ActiveModel {
            event_id: Set(event_id),
            position: Set(0),
            ..Default::default()
        },
    };
    set_fields(&mut am, i);
    am.updated_at = Set(now());
    Ok(if item_id.is_some() {
        am.update(db).await?
    } else {
        am.insert(db).await?
    })
}

/// An agenda item's speakers (stored one a line) as a list, without the blank lines.
pub fn speakers(stored: Option<&str>) -> Vec<String> {
    stored
        .map(|s| s.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect())
        .unwrap_or_default()
}

/// Puts the form's values into an agenda item row.
fn set_fields(am: &mut agenda_item::ActiveModel, i: ItemInput) {
    am.day = Set(i.day);
    am.start_time = Set(i.start_time);
    am.end_time = Set(i.end_time);
    am.title = Set(i.title);
    am.description = Set(i.description);
    am.kind = Set(i.kind);
    am.track = Set(i.track);
    am.moderator = Set(i.moderator);
    am.speakers = Set(i.speakers);
}

/// Saves an edit of an agenda item based on its version `based_on` (`StaleEdit` when the item
/// moved on, `NotFound` when it is gone or belongs to another event). An unchanged save gives
/// the claimed version back; a change records the event's next agenda revision.
pub async fn update_item(
    db: &DatabaseConnection,
    event_id: i32,
    item_id: i32,
    i: ItemInput,
    based_on: i32,
    author: Option<i32>,
) -> Result<agenda_item::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let row = Condition::all()
        .add(agenda_item::Column::Id.eq(item_id))
        .add(agenda_item::Column::EventId.eq(event_id));
    versions::claim::<agenda_item::Entity>(&txn, row.clone(), agenda_item::Column::Version, based_on).await?;
    let before = agenda_item::Entity::find()
        .filter(row.clone())
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut am: agenda_item::ActiveModel = before.clone().into();
    set_fields(&mut am, i);
    let after = sea_orm::TryIntoModel::try_into_model(am.clone())?;
    let saved = if after == before {
        versions::release::<agenda_item::Entity>(&txn, row, agenda_item::Column::Version).await?;
        agenda_item::Model {
            version: based_on,
            ..before
        }
    } else {
        am.updated_at = Set(now());
        let saved = am.update(&txn).await?;
        // The event's agenda revision, in the same transaction as the change it records.
        crate::services::agenda::record(&txn, event_id, author).await?;
        saved
    };
    txn.commit().await?;
    Ok(saved)
}

pub async fn delete_item(db: &impl ConnectionTrait, event_id: i32, item_id: i32) -> Result<(), AppError> {
    let res = agenda_item::Entity::delete_many()
        .filter(agenda_item::Column::Id.eq(item_id))
        .filter(agenda_item::Column::EventId.eq(event_id))
        .exec(db)
        .await?;
    if res.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    crate::services::search::remove(db, crate::services::search::Kind::Agenda, &[item_id]).await
}

/// Moves an item before (`up`) or after its neighbour on the same day and in the same room,
/// keeping the block's start, each item's length and the gap between them.
pub async fn move_item(db: &impl ConnectionTrait, event_id: i32, item_id: i32, up: bool) -> Result<bool, AppError> {
    let all = items(db, event_id).await?;
    let me = all.iter().find(|i| i.id == item_id).ok_or(AppError::NotFound)?.clone();
    let same: Vec<&agenda_item::Model> = all
        .iter()
        .filter(|i| i.day == me.day && i.track.as_deref().unwrap_or("") == me.track.as_deref().unwrap_or(""))
        .collect();
    let pos = same.iter().position(|i| i.id == me.id).unwrap_or(0);
    let other = match (up, pos) {
        (true, 0) => return Ok(false),
        (true, p) => same[p - 1].clone(),
        (false, p) if p + 1 >= same.len() => return Ok(false),
        (false, p) => same[p + 1].clone(),
    };
    let (first, second) = if up { (other, me) } else { (me, other) };
    let mins = |s: &str| {
        NaiveTime::parse_from_str(s, "%H:%M").map(|t| chrono::Timelike::num_seconds_from_midnight(&t) as i64 / 60)
    };
    let (Ok(fs), Ok(fe), Ok(ss), Ok(se)) = (
        mins(&first.start_time),
        mins(&first.end_time),
        mins(&second.start_time),
        mins(&second.end_time),
    ) else {
        return Ok(false);
    };
    let gap = Ord::max(ss - fe, 0);
    // `second` now goes first, from the block's start; `first` follows after the same gap.
    let new_second = (fs, fs + (se - ss));
    let new_first = (new_second.1 + gap, new_second.1 + gap + (fe - fs));
    if new_first.1 > 24 * 60 {
        return Ok(false);
    }
    let fmt = |m: i64| format!("{:02}:{:02}", m / 60, m % 60);
    let ids = [first.id, second.id];
    for (item, (s, e)) in [(second, new_second), (first, new_first)] {
        let mut am: agenda_item::ActiveModel = item.into();
        am.start_time = Set(fmt(s));
        am.end_time = Set(fmt(e));
        am.updated_at = Set(now());
        am.update(db).await?;
    }
    // Their times changed: edit forms opened before the move are stale.
    versions::bump::<agenda_item::Entity>(
        db,
        Condition::all().add(agenda_item::Column::Id.is_in(ids)),
        agenda_item::Column::Version,
    )
    .await?;
    Ok(true)
}
