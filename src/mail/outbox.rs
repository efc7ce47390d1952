//! The outbox table: queueing with a dedupe key, claiming with a lease, and the outcomes.
//!
//! Claiming is one `UPDATE` of at most a batch of due rows, stamped with a random owner, so two
//! workers (or two instances) never both hold a row: on SQLite the statement runs under the
//! database write lock; on PostgreSQL the batch is picked in a materialised CTE with
//! `FOR UPDATE SKIP LOCKED`. A worker renews its lease while it works through a batch
//! ([`renew`]), so a live worker's messages are never taken over.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, Statement,
};
use serde::Serialize;

use crate::db::now;
use crate::error::AppError;
use entity::outbox_message::{self, Column as C, Entity as Outbox};

pub const PENDING: &str = "pending";
pub const SENT: &str = "sent";
pub const DEAD: &str = "dead";
pub const DISCARDED: &str = "discarded";

pub struct NewMessage {
    pub dedupe_key: String,
    pub user_id: Option<i32>,
    pub category: String,
    pub to_address: String,
    pub from_address: String,
    pub subject: String,
    pub message_id: String,
    pub raw: String,
}

/// Inserts a message unless its dedupe key is already queued. Returns whether it was inserted.
pub async fn enqueue(db: &impl ConnectionTrait, m: NewMessage) -> Result<bool, AppError> {
    let t = now();
    let am = outbox_message::ActiveModel {
        dedupe_key: Set(m.dedupe_key),
        user_id: Set(m.user_id),
        category: Set(m.category),
        to_address: Set(m.to_address),
        from_address: Set(m.from_address),
        subject: Set(m.subject.chars().take(300).collect()),
        message_id: Set(m.message_id),
        raw: Set(m.raw),
        status: Set(PENDING.into()),
        attempts: Set(0),
        next_attempt_at: Set(t),
        lease_owner: Set(None),
        lease_until: Set(None),
        last_error: Set(None),
        created_at: Set(t),
        sent_at: Set(None),
        ..Default::default()
    };
    let res = Outbox::insert(am)
        .on_conflict(OnConflict::column(C::DedupeKey).do_nothing().to_owned())
        .exec_without_returning(db)
        .await?;
    Ok(res > 0)
}

/// Claims up to `limit` due messages for `lease`; returns them.
pub async fn claim(
    db: &impl ConnectionTrait,
    owner: &str,
    now: DateTime<Utc>,
    lease: std::time::Duration,
    limit: u64,
) -> Result<Vec<outbox_message::Model>, AppError> {
    let until = now + chrono::Duration::from_std(lease).unwrap_or_default();
    if db.get_database_backend() == DbBackend::Postgres {
        // The batch is chosen and locked in a materialised CTE: written as
        // `id IN (SELECT ... LIMIT n FOR UPDATE SKIP LOCKED)` the planner may turn the subquery
        // into a join that ignores the LIMIT, and one worker then takes every due row.
        // Rows locked by another claim are skipped; the locked rows' conditions are re-checked.
        db.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "WITH due AS MATERIALIZED (
                 SELECT id FROM outbox_message
                 WHERE status = $1 AND next_attempt_at <= $2 AND (lease_until IS NULL OR lease_until < $2)
                 ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
             UPDATE outbox_message SET lease_owner = $4, lease_until = $5
             FROM due WHERE outbox_message.id = due.id",
            [
                PENDING.into(),
                now.into(),
                (Ord::min(limit, i64::MAX as u64) as i64).into(),
                owner.into(),
                until.into(),
            ],
        ))
        .await?;
    } else {
        // SQLite runs the statement under the database write lock: no other claim can interleave.
        let unclaimed = || {
            Expr::col(C::Status)
                .eq(PENDING)
                .and(Expr::col(C::NextAttemptAt).lte(now))
                .and(Expr::col(C::LeaseUntil).is_null().or(Expr::col(C::LeaseUntil).lt(now)))
        };
        let mut due = Query::select();
        due.column(C::Id)
            .from(Outbox)
            .and_where(unclaimed())
            .order_by(C::Id, sea_orm::Order::Asc)
            .limit(limit);
        let update = Query::update()
            .table(Outbox)
            .value(C::LeaseOwner, owner)
            .value(C::LeaseUntil, until)
            .and_where(Expr::col(C::Id).in_subquery(due))
            .and_where(unclaimed())
            .to_owned();
        db.execute(&update).await?;
    }
    held(db, owner).await
}

/// The messages `owner` still holds (pending, leased to it), oldest first.
async fn held(db: &impl ConnectionTrait, owner: &str) -> Result<Vec<outbox_message::Model>, AppError> {
    Ok(Outbox::find()
        .filter(C::LeaseOwner.eq(owner))
        .filter(C::Status.eq(PENDING))
        .order_by_asc(C::Id)
        .all(db)
        .await?)
}

/// Extends the lease on everything `owner` still holds to `until`, and returns the ids it
/// still holds: a message missing from them was taken over (the lease had run out) and must
/// not be sent by this worker.
pub async fn renew(
    db: &impl ConnectionTrait,
    owner: &str,
    until: DateTime<Utc>,
) -> Result<std::collections::HashSet<i64>, AppError> {
    let update = Query::update()
        .table(Outbox)
        .value(C::LeaseUntil, until)
        .and_where(Expr::col(C::LeaseOwner).eq(owner))
        .and_where(Expr::col(C::Status).eq(PENDING))
        .to_owned();
    db.execute(&update).await?;
    Ok(held(db, owner).await?.into_iter().map(|m| m.id).collect())
}

pub async fn mark_sent(db: &impl ConnectionTrait, id: i64, owner: &str) -> Result<(), AppError> {
    let update = Query::update()
        .table(Outbox)
        .value(C::Status, SENT)
        .value(C::SentAt, now())
        .value(C::LeaseUntil, Option::<DateTime<Utc>>::None)
        .value(C::LastError, Option::<String>::None)
        .and_where(Expr::col(C::Id).eq(id))
        .and_where(Expr::col(C::LeaseOwner).eq(owner))
        .to_owned();
    db.execute(&update).await?;
    Ok(())
}

/// Records a failed attempt: dead-letters it (permanent, or out of attempts) or schedules a
/// retry after an exponential backoff. The raw message, and so its Message-ID, is kept.
pub async fn mark_failed(
    db: &impl ConnectionTrait,
    m: &outbox_message::Model,
    owner: &str,
    error: &str,
    permanent: bool,
    max_attempts: i32,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let attempts = m.attempts + 1;
    let dead = permanent || attempts >= max_attempts;
    let next = now + backoff(attempts);
    let update = Query::update()
        .table(Outbox)
        .value(C::Status, if dead { DEAD } else { PENDING })
        .value(C::Attempts, attempts)
        .value(C::NextAttemptAt, next)
        .value(C::LeaseUntil, Option::<DateTime<Utc>>::None)
        .value(C::LastError, error.chars().take(2000).collect::<String>())
        .and_where(Expr::col(C::Id).eq(m.id))
        .and_where(Expr::col(C::LeaseOwner).eq(owner))
        .to_owned();
    db.execute(&update).await?;
    Ok(dead)
}

/// 30 s, 1 min, 2 min, ... capped at 6 hours.
pub fn backoff(attempts: i32) -> chrono::Duration {
    let secs = 30i64.saturating_mul(1i64 << (attempts.clamp(1, 20) - 1));
    chrono::Duration::seconds(Ord::min(secs, 6 * 3600))
}

#[derive(Debug, Serialize, Default, PartialEq, Eq)]
pub struct Health {
    pub pending: u64,
    pub sent_today: u64,
    pub failed: u64,
    pub dead: u64,
}

/// Queue health; "today" starts at `day_start`.
pub async fn health(db: &impl ConnectionTrait, day_start: DateTime<Utc>) -> Result<Health, AppError> {
    Ok(Health {
        pending: Outbox::find().filter(C::Status.eq(PENDING)).count(db).await?,
        sent_today: Outbox::find()
            .filter(C::Status.eq(SENT))
            .filter(C::SentAt.gte(day_start))
            .count(db)
            .await?,
        failed: Outbox::find()
            .filter(C::Status.eq(PENDING))
            .filter(C::Attempts.gt(0))
            .count(db)
            .await?,
        dead: Outbox::find().filter(C::Status.eq(DEAD)).count(db).await?,
    })
}

pub async fn dead_letters(
    db: &impl ConnectionTrait,
    page: u64,
    per_page: u64,
) -> Result<(Vec<outbox_message::Model>, u64), AppError> {
    let q = Outbox::find().filter(C::Status.eq(DEAD)).order_by_desc(C::Id);
    let total = q.clone().count(db).await?;
    let items = q
        .offset(crate::services::paging::offset(page, per_page))
        .limit(per_page)
        .all(db)
        .await?;
    Ok((items, total))
}

/// Message `id`, if it is a dead letter (404 otherwise).
/// A message that could not be delivered, by id (404 for any other).
pub async fn dead_letter(db: &impl ConnectionTrait, id: i64) -> Result<outbox_message::Model, AppError> {
    Outbox::find_by_id(id)
        .filter(C::Status.eq(DEAD))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Puts a dead letter back in the queue, due now (same message, same Message-ID).
pub async fn retry(db: &impl ConnectionTrait, id: i64) -> Result<(), AppError> {
    let mut am: outbox_message::ActiveModel = dead_letter(db, id).await?.into();
    am.status = Set(PENDING.into());
    am.attempts = Set(0);
    am.next_attempt_at = Set(now());
    am.lease_owner = Set(None);
    am.lease_until = Set(None);
    am.update(db).await?;
    Ok(())
}

pub async fn discard(db: &impl ConnectionTrait, id: i64) -> Result<(), AppError> {
    let mut am: outbox_message::ActiveModel = dead_letter(db, id).await?.into();
    am.status = Set(DISCARDED.into());
    am.update(db).await?;
    Ok(())
}
