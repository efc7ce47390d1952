//! Following the other tables by their `updated_at` column.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use entity::{agenda_item, person};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect, Value};

use super::index::{fts_rowid_sql, reindex};
use super::{Kind, pg, stmt};
use crate::error::AppError;

/// The background pass reads rows changed this close to the watermark again, so a write that
/// committed late with an earlier timestamp is not missed.
const OVERLAP_SECONDS: i64 = 10;
/// How far apart the clocks of two app instances writing timestamps may be.
const CLOCK_SKEW_SECONDS: i64 = 20;
const BATCH: u64 = 500;

/// Where the last pass stopped for each kind: the (updated_at, id) of the last row it indexed.
async fn watermarks(db: &impl ConnectionTrait) -> Result<HashMap<Kind, (DateTime<Utc>, i32)>, AppError> {
    let rows = db
        .query_all_raw(stmt(db, "SELECT kind, watermark, last_id FROM search_state", vec![]))
        .await?;
    let mut out = HashMap::new();
    for r in rows {
        if let Some(kind) = Kind::parse(&r.try_get::<String>("", "kind")?) {
            out.insert(kind, (r.try_get("", "watermark")?, r.try_get("", "last_id")?));
        }
    }
    Ok(out)
}

async fn set_watermark(db: &impl ConnectionTrait, kind: Kind, at: DateTime<Utc>, id: i32) -> Result<(), AppError> {
    let res = db
        .execute_raw(stmt(
            db,
            "UPDATE search_state SET watermark = ?, last_id = ? WHERE kind = ?",
            vec![at.into(), id.into(), kind.as_str().into()],
        ))
        .await?;
    if res.rows_affected() == 0 {
        db.execute_raw(stmt(
            db,
            "INSERT INTO search_state (kind, watermark, last_id) VALUES (?, ?, ?)",
            vec![kind.as_str().into(), at.into(), id.into()],
        ))
        .await?;
    }
    Ok(())
}

/// Ids and times of rows of `kind` after the (updated_at, id) position `after`, oldest first.
/// Keyset paging on (updated_at, id): equal timestamps (bulk loads) are neither skipped nor
/// read twice.
async fn changed(
    db: &impl ConnectionTrait,
    kind: Kind,
    after: Option<(DateTime<Utc>, i32)>,
) -> Result<Vec<(i32, DateTime<Utc>)>, AppError> {
    let table = kind.table();
    let (sql, vals): (String, Vec<Value>) = match after {
        // Two seeks on the (updated_at, id) index: the rest of the rows sharing the
        // watermark's time (a bulk load), then the later times. One `OR` would scan every row
        // sharing that time on each call.
        Some((at, id)) => (
            format!(
                "SELECT id, updated_at FROM ( \
                   SELECT id, updated_at FROM (SELECT id, updated_at FROM {table} WHERE updated_at = ? AND id > ? ORDER BY id LIMIT {BATCH}) a \
                   UNION ALL \
                   SELECT id, updated_at FROM (SELECT id, updated_at FROM {table} WHERE updated_at > ? ORDER BY updated_at, id LIMIT {BATCH}) b \
                 ) c ORDER BY updated_at, id LIMIT {BATCH}"
            ),
            vec![at.into(), id.into(), at.into()],
        ),
        None => (
            format!("SELECT id, updated_at FROM {table} ORDER BY updated_at, id LIMIT {BATCH}"),
            vec![],
        ),
    };
    let rows = db.query_all_raw(stmt(db, &sql, vals)).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        out.push((
            r.try_get::<i32>("", "id")?,
            r.try_get::<DateTime<Utc>>("", "updated_at")?,
        ));
    }
    Ok(out)
}

/// How much of the index to bring up to date in one call.
#[derive(Clone, Copy, Debug)]
pub enum Pass {
    /// Everything changed since the last pass (the worker, `reindex`).
    Full,
    /// As [`Pass::Full`], and rows changed shortly before the last pass are read again, so a
    /// write that committed late with an earlier timestamp is not missed (the worker, once a
    /// minute). Reading them again does not move the watermark.
    ///
    /// `previous` is when this process's previous overlap pass began: every row committed
    /// before then was read by it, and a late commit since then carries a time at most
    /// [`OVERLAP_SECONDS`] (plus [`CLOCK_SKEW_SECONDS`] between instances) before it. So after
    /// a bulk load the same rows are not read again every minute until the next edit.
    Overlap { previous: Option<DateTime<Utc>> },
    /// At most this many batches of 500 rows in all (a search request: never slow, even just
    /// after an upgrade; the worker does the rest).
    Budget(usize),
}

/// Indexes what changed since the last pass. Returns how many records were (re)indexed.
/// `progress` is told after each batch (for the command line).
pub async fn sync_with(
    db: &DatabaseConnection,
    pass: Pass,
    progress: &mut (dyn FnMut(Kind, usize) + Send),
) -> Result<usize, AppError> {
    Ok(sync_pass(db, pass, progress).await?.0)
}

/// [`sync_with`], also saying whether a [`Pass::Budget`] ran out with changes possibly left.
pub(super) async fn sync_pass(
    db: &DatabaseConnection,
    pass: Pass,
    progress: &mut (dyn FnMut(Kind, usize) + Send),
) -> Result<(usize, bool), AppError> {
    let mut total = 0;
    let mut batches = 0usize;
    let marks = watermarks(db).await?;
    for kind in Kind::ALL {
        let mark = marks.get(&kind).copied();
        let mut cursor = match (pass, mark) {
            (Pass::Overlap { previous }, Some((at, id))) => {
                let mut from = at - chrono::Duration::seconds(OVERLAP_SECONDS);
                if let Some(p) = previous {
                    from = from.max(p - chrono::Duration::seconds(OVERLAP_SECONDS + CLOCK_SKEW_SECONDS));
                }
                if from < at { Some((from, 0)) } else { Some((at, id)) }
            }
            _ => mark,
        };
        loop {
            if let Pass::Budget(max) = pass
                && batches >= max
            {
                return Ok((total, true));
            }
            let rows = changed(db, kind, cursor).await?;
            if rows.is_empty() {
                break;
            }
            batches += 1;
            let ids: Vec<i32> = rows.iter().map(|r| r.0).collect();
            let (last_id, last_at) = rows[rows.len() - 1];
            let txn = crate::db::begin_write(db).await?;
            reindex(&txn, kind, &ids).await?;
            // Agenda items show their event's visibility; people their organization's name.
            match kind {
                Kind::Event => {
                    let items = ids_under::<agenda_item::Entity>(
                        &txn,
                        agenda_item::Column::Id,
                        agenda_item::Column::EventId,
                        &ids,
                    )
                    .await?;
                    reindex(&txn, Kind::Agenda, &items).await?;
                }
                Kind::Organization => {
                    let people =
                        ids_under::<person::Entity>(&txn, person::Column::Id, person::Column::OrganizationId, &ids)
                            .await?;
                    reindex(&txn, Kind::Person, &people).await?;
                }
                _ => {}
            }
            if mark.is_none_or(|m| (last_at, last_id) > m) {
                set_watermark(&txn, kind, last_at, last_id).await?;
            }
            txn.commit().await?;
            total += ids.len();
            progress(kind, ids.len());
            cursor = Some((last_at, last_id));
            if (rows.len() as u64) < BATCH {
                break;
            }
        }
    }
    Ok((total, false))
}

/// The ids (`id`) of the rows of `E` whose `parent` is one of `parents`.
async fn ids_under<E: EntityTrait>(
    db: &impl ConnectionTrait,
    id: E::Column,
    parent: E::Column,
    parents: &[i32],
) -> Result<Vec<i32>, AppError> {
    Ok(E::find()
        .select_only()
        .column(id)
        .filter(parent.is_in(parents.iter().copied()))
        .into_tuple()
        .all(db)
        .await?)
}

/// Brings the index up to date.
pub async fn sync(db: &DatabaseConnection) -> Result<usize, AppError> {
    sync_with(db, Pass::Full, &mut |_, _| {}).await
}

/// Removes entries whose record no longer exists (agenda items are deleted outright).
pub async fn sweep(db: &impl ConnectionTrait) -> Result<(), AppError> {
    for kind in Kind::ALL {
        let table = kind.table();
        let cond = format!("kind = '{}' AND ref_id NOT IN (SELECT id FROM {table})", kind.as_str());
        if !pg(db) {
            db.execute_unprepared(&format!(
                "DELETE FROM search_fts WHERE rowid IN (SELECT {} FROM search_entry WHERE {cond})",
                fts_rowid_sql()
            ))
            .await?;
        }
        db.execute_unprepared(&format!("DELETE FROM search_entry WHERE {cond}"))
            .await?;
    }
    Ok(())
}

/// Empties the index and builds it again from every table.
pub async fn rebuild(
    db: &DatabaseConnection,
    progress: &mut (dyn FnMut(Kind, usize) + Send),
) -> Result<usize, AppError> {
    if pg(db) {
        db.execute_unprepared("DELETE FROM search_entry").await?;
    } else {
        db.execute_unprepared("DELETE FROM search_fts").await?;
        db.execute_unprepared("DELETE FROM search_entry").await?;
    }
    db.execute_unprepared("DELETE FROM search_state").await?;
    let n = sync_with(db, Pass::Full, progress).await?;
    optimize(db).await?;
    Ok(n)
}

/// SQLite: merges the full-text index into one segment (about a second per 100,000 records),
/// after a rebuild or a large load. Many small segments make every search slower.
pub async fn optimize(db: &impl ConnectionTrait) -> Result<(), AppError> {
    if !pg(db) {
        db.execute_unprepared("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
            .await?;
    }
    Ok(())
}

/// SQLite: a bounded step of merging the full-text index's segments (the worker, once a
/// minute), so an index written a little at a time stays quick to search.
pub async fn merge_step(db: &impl ConnectionTrait) -> Result<(), AppError> {
    if !pg(db) {
        db.execute_unprepared("INSERT INTO search_fts (search_fts, rank) VALUES ('merge', 500)")
            .await?;
    }
    Ok(())
}
