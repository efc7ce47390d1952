//! The country totals (`figure_total`): every count summed by month, the reporting
//! organization's country, service kind, measure, destination and category.
//!
//! The quarterly report reads these few thousand rows instead of summing every organization's
//! counts on each request (BENCHMARKS.md, "Figures"). They are derived data: a sheet's save
//! recomputes the totals of its (month, country, kind) from the counts in the same
//! transaction, and an organization that moves to another country has both countries'
//! totals recomputed. [`drift`] compares them with the counts (the tests use it).

use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, JoinType, QueryFilter, QuerySelect, QueryTrait, RelationTrait,
};

use crate::error::AppError;
use entity::{figure_count, figure_report, figure_total, organization};

/// The counts summed by month, country, kind, measure, destination and category, for the
/// reports that pass `scope`: exactly what `figure_total` holds for them.
fn sums(scope: sea_orm::Condition) -> sea_orm::Select<figure_count::Entity> {
    figure_count::Entity::find()
        .select_only()
        .column(figure_report::Column::Month)
        .column(organization::Column::CountryCode)
        .column(figure_report::Column::ServiceCode)
        .column(figure_count::Column::Measure)
        .column_as(figure_count::Column::CountryCode, "destination")
        .column(figure_count::Column::Category)
        .column_as(
            Expr::col((figure_count::Entity, figure_count::Column::Count)).sum(),
            "total",
        )
        .join(JoinType::InnerJoin, figure_count::Relation::Report.def())
        .join(JoinType::InnerJoin, figure_report::Relation::Organization.def())
        .filter(scope)
        .group_by(figure_report::Column::Month)
        .group_by(organization::Column::CountryCode)
        .group_by(figure_report::Column::ServiceCode)
        .group_by(figure_count::Column::Measure)
        .group_by(figure_count::Column::CountryCode)
        .group_by(figure_count::Column::Category)
}

/// Replaces the totals of `countries` (of the months and kinds `scope` picks) by the sums of
/// the counts. Callers hold the write lock ([`crate::db::begin_write`]); on PostgreSQL the
/// countries are locked too, so two saves of one country queue and the second sums what the
/// first committed.
async fn recompute(
    txn: &impl ConnectionTrait,
    countries: &[&str],
    month: Option<&str>,
    kind: Option<&str>,
) -> Result<(), AppError> {
    let mut order = countries.to_vec();
    order.sort_unstable();
    for c in order {
        crate::db::lock_key(txn, &format!("figure_total:{c}")).await?;
    }
    let codes: Vec<String> = countries.iter().map(|c| c.to_string()).collect();
    let mut gone = figure_total::Entity::delete_many().filter(figure_total::Column::CountryCode.is_in(codes.clone()));
    let mut scope = sea_orm::Condition::all().add(organization::Column::CountryCode.is_in(codes));
    if let Some(m) = month {
        gone = gone.filter(figure_total::Column::Month.eq(m));
        scope = scope.add(figure_report::Column::Month.eq(m));
    }
    if let Some(k) = kind {
        gone = gone.filter(figure_total::Column::ServiceCode.eq(k));
        scope = scope.add(figure_report::Column::ServiceCode.eq(k));
    }
    gone.exec(txn).await?;
    use figure_total::Column as T;
    let insert = Query::insert()
        .into_table(figure_total::Entity)
        .columns([
            T::Month,
            T::CountryCode,
            T::ServiceCode,
            T::Measure,
            T::Destination,
            T::Category,
            T::Total,
        ])
        .select_from(sums(scope).into_query())
        .map_err(AppError::internal)?
        .to_owned();
    txn.execute(&insert).await?;
    Ok(())
}

/// After a sheet of `organization_id` for `month` and `kind` was saved in `txn`.
pub(super) async fn sheet_saved(
    txn: &impl ConnectionTrait,
    organization_id: i32,
    month: &str,
    kind: &str,
) -> Result<(), AppError> {
    let country = organization::Entity::find_by_id(organization_id)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)?
        .country_code;
    recompute(txn, &[&country], Some(month), Some(kind)).await
}

/// After an organization moved from country `before` to `after` in `txn`: its reported counts
/// now count for `after`.
pub async fn organization_moved(txn: &impl ConnectionTrait, before: &str, after: &str) -> Result<(), AppError> {
    if before == after {
        return Ok(());
    }
    recompute(txn, &[before, after], None, None).await
}

/// The totals as the counts would make them now, against what is stored: the number of
/// (month, country, kind, measure, destination, category) keys that differ. Zero unless the
/// totals were not kept in step.
pub async fn drift(db: &impl ConnectionTrait) -> Result<usize, AppError> {
    type Key = (String, String, String, String, String, String);
    let expected: Vec<(String, String, String, String, String, String, i64)> =
        sums(sea_orm::Condition::all()).into_tuple().all(db).await?;
    let stored: std::collections::BTreeMap<Key, i64> = figure_total::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|t| {
            (
                (
                    t.month,
                    t.country_code,
                    t.service_code,
                    t.measure,
                    t.destination,
                    t.category,
                ),
                i64::from(t.total),
            )
        })
        .collect();
    let mut differ = 0;
    let mut seen = 0;
    for (m, c, s, me, d, ca, n) in expected {
        match stored.get(&(m, c, s, me, d, ca)) {
            Some(v) if *v == n => seen += 1,
            _ => differ += 1,
        }
    }
    Ok(differ + (stored.len() - seen))
}
