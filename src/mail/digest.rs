//! Digests: notifications a user asked to receive daily or weekly wait here, and are gathered
//! into one message at the configured hour in the user's time zone (weekly ones on Monday).
//! Idempotent: each digest has a dedupe key per user and day (or ISO week), so several
//! instances running the scheduler at once still send one.

use chrono::{DateTime, Datelike, Timelike, Utc, Weekday};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use serde_json::json;

use super::{Category, Delivery, Mailer, Recipient, Rendered};
use crate::db::now;
use crate::error::AppError;
use entity::{digest_entry, user};

pub async fn add_entry(
    db: &impl ConnectionTrait,
    user_id: i32,
    category: Category,
    mode: Delivery,
    r: &Rendered,
    dedupe_key: &str,
) -> Result<(), AppError> {
    let am = digest_entry::ActiveModel {
        user_id: Set(user_id),
        category: Set(category.as_str().into()),
        mode: Set(mode.as_str().into()),
        subject: Set(r.subject.clone()),
        text_body: Set(r.text.clone()),
        html_body: Set(r.html_fragment.clone()),
        url: Set(None),
        dedupe_key: Set(dedupe_key.chars().take(250).collect()),
        created_at: Set(now()),
        outbox_id: Set(None),
        ..Default::default()
    };
    digest_entry::Entity::insert(am)
        .on_conflict(
            OnConflict::column(digest_entry::Column::DedupeKey)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// The digest key for `mode` if one is due for a user whose local time is `local`.
fn due_key(mode: Delivery, local: DateTime<chrono_tz::Tz>, hour: u32) -> Option<String> {
    if local.hour() < hour {
        return None;
    }
    match mode {
        Delivery::Daily => Some(format!("daily:{}", local.date_naive())),
        Delivery::Weekly if local.weekday() == Weekday::Mon => {
            let w = local.iso_week();
            Some(format!("weekly:{}-W{:02}", w.year(), w.week()))
        }
        _ => None,
    }
}

/// Sends every digest that is due at `now`. Returns how many were queued.
pub async fn run_due(
    db: &DatabaseConnection,
    mailer: &Mailer,
    hour: u32,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let users: Vec<i32> = digest_entry::Entity::find()
        .select_only()
        .column(digest_entry::Column::UserId)
        .filter(digest_entry::Column::OutboxId.is_null())
        .distinct()
        .into_tuple()
        .all(db)
        .await?;
    let mut queued = 0;
    for uid in users {
        let Some(u) = user::Entity::find_by_id(uid).one(db).await? else {
            continue;
        };
        if !u.active {
            continue;
        }
        let tz: chrono_tz::Tz = u.time_zone.parse().unwrap_or(chrono_tz::Europe::Tirane);
        let local = now.with_timezone(&tz);
        for mode in [Delivery::Daily, Delivery::Weekly] {
            let Some(key) = due_key(mode, local, hour) else {
                continue;
            };
            if send_one(db, mailer, &u, mode, &format!("digest:{}:{key}", u.id)).await? {
                queued += 1;
            }
        }
    }
    Ok(queued)
}

async fn send_one(
    db: &DatabaseConnection,
    mailer: &Mailer,
    u: &user::Model,
    mode: Delivery,
    dedupe_key: &str,
) -> Result<bool, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let entries = digest_entry::Entity::find()
        .filter(digest_entry::Column::UserId.eq(u.id))
        .filter(digest_entry::Column::Mode.eq(mode.as_str()))
        .filter(digest_entry::Column::OutboxId.is_null())
        .order_by_asc(digest_entry::Column::Id)
        .all(&txn)
        .await?;
    if entries.is_empty() {
        return Ok(false);
    }
    let to = Recipient::from_user(u);
    let items: Vec<_> = entries
        .iter()
        .map(|e| json!({ "subject": e.subject, "text": e.text_body, "html": e.html_body, "category": e.category }))
        .collect();
    let data = json!({ "items": items, "count": items.len(), "weekly": mode == Delivery::Weekly });
    // A digest gathers several categories; its unsubscribe link turns off digest delivery.
    let inserted = mailer
        .enqueue_direct(&txn, Category::Digest, "digest", &to, &data, dedupe_key)
        .await?;
    if !inserted {
        // Another instance sent this digest already; leave the entries for the next one.
        txn.rollback().await?;
        return Ok(false);
    }
    let outbox_id = entity::outbox_message::Entity::find()
        .filter(entity::outbox_message::Column::DedupeKey.eq(dedupe_key))
        .one(&txn)
        .await?
        .map(|m| m.id);
    for e in entries {
        let mut am: digest_entry::ActiveModel = e.into();
        am.outbox_id = Set(outbox_id);
        am.update(&txn).await?;
    }
    txn.commit().await?;
    Ok(true)
}
