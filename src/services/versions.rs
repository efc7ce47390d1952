//! Optimistic concurrency for edits: every edited record has a `version`, every edit names the
//! version it was based on, and the save claims the next version with one conditional
//! statement (`UPDATE t SET version = version + 1 WHERE <row> AND version = <based on>`).
//! Exactly one of several saves based on the same version matches; the others change nothing
//! and get [`AppError::StaleEdit`] with the version the record is at now.
//!
//! Claim first, inside the caller's transaction, before reading the row: the claim is then
//! the transaction's first statement, so on SQLite it waits for the write lock instead of
//! failing on a stale read snapshot, and on PostgreSQL it holds the row lock; whatever the
//! service reads afterwards is the state the claimed version was based on.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::error::AppError;

/// Moves the row matched by `row` from version `based_on` to `based_on + 1` and returns the
/// new version; `StaleEdit` when it is at another version, `NotFound` when there is no row.
pub async fn claim<E: EntityTrait>(
    db: &impl ConnectionTrait,
    row: Condition,
    version: E::Column,
    based_on: i32,
) -> Result<i32, AppError> {
    let done = E::update_many()
        .col_expr(version, Expr::col(version).add(1))
        .filter(row.clone())
        .filter(version.eq(based_on))
        .exec(db)
        .await?;
    if done.rows_affected == 1 {
        return Ok(based_on + 1);
    }
    Err(stale::<E>(db, row, version).await?)
}

/// The error for a save that lost: the version the row is at now, or `NotFound`.
pub async fn stale<E: EntityTrait>(
    db: &impl ConnectionTrait,
    row: Condition,
    version: E::Column,
) -> Result<AppError, AppError> {
    let current: Option<i32> = E::find()
        .select_only()
        .column(version)
        .filter(row)
        .into_tuple()
        .one(db)
        .await?;
    Ok(match current {
        Some(current_version) => AppError::StaleEdit { current_version },
        None => AppError::NotFound,
    })
}

/// Gives back a claimed version when the save turned out to change nothing (inside the same
/// transaction, which still holds the row).
pub async fn release<E: EntityTrait>(
    db: &impl ConnectionTrait,
    row: Condition,
    version: E::Column,
) -> Result<(), AppError> {
    shift::<E>(db, row, version, -1).await
}

/// Moves the row on one version without a condition: for writes that change an edited record
/// without an edit form of their own (cancelling an event, circulating minutes, archiving a
/// document), so that a form opened before them is stale. Run it first in the transaction,
/// like [`claim`].
pub async fn bump<E: EntityTrait>(
    db: &impl ConnectionTrait,
    row: Condition,
    version: E::Column,
) -> Result<(), AppError> {
    shift::<E>(db, row, version, 1).await
}

/// Moves the row's version by `step`, whatever it is at.
async fn shift<E: EntityTrait>(
    db: &impl ConnectionTrait,
    row: Condition,
    version: E::Column,
    step: i32,
) -> Result<(), AppError> {
    E::update_many()
        .col_expr(version, Expr::col(version).add(step))
        .filter(row)
        .exec(db)
        .await?;
    Ok(())
}

/// The version an HTML form was based on (its hidden `version` field).
pub fn from_form(v: &str) -> Result<i32, AppError> {
    v.trim()
        .parse::<i32>()
        .ok()
        .filter(|v| *v >= 0)
        .ok_or_else(|| AppError::BadRequest(crate::i18n::msg("edit-version-missing")))
}
