//! The quarterly report's capacity side: occupancy (bed-nights reported against the beds of
//! the country's services) and capacity at risk (services whose funding ends within six
//! months). Capacities are places, not people: they are published per service to every
//! signed-in user on `/services`, so their sums need no suppression. Bed-nights are counts of
//! people's nights and arrive here already suppressed.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait, IntoCondition};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, JoinType, QueryFilter, QuerySelect, RelationDef};
use serde::Serialize;

use super::suppress::Shown;
use crate::error::AppError;
use entity::{organization, service, service_capacity};

/// How far ahead funding that ends puts a service's capacity at risk.
pub const AT_RISK_MONTHS: u32 = 6;

/// One country's occupancy in a quarter.
#[derive(Clone, Debug, Serialize)]
pub struct OccupancyRow {
    /// A country code; empty on the network's total.
    pub country: String,
    /// Bed-nights reported, as the by-country table shows them (suppressed the same way).
    pub bed_nights: Shown,
    /// Beds: the sum of the maximum of the confirmed `beds` figures of the country's active
    /// services.
    pub beds: i64,
    /// Bed-nights / (beds × days) in per cent; none when the bed-nights are hidden or there are
    /// no beds.
    pub percent: Option<f64>,
}

/// Occupancy by country, with the network's total.
#[derive(Clone, Debug, Serialize)]
pub struct Occupancy {
    /// Days in the quarter.
    pub days: i64,
    pub rows: Vec<OccupancyRow>,
    pub total: OccupancyRow,
}

/// The capacity of one country's services of one kind whose funding ends soon.
#[derive(Clone, Debug, Serialize)]
pub struct AtRisk {
    pub country: String,
    pub kind: String,
    /// Services whose funding ends within [`AT_RISK_MONTHS`].
    pub services: i64,
    /// Unit -> the sum of the confirmed figures' maximum (units without a figure are absent).
    pub capacity: BTreeMap<String, i64>,
    /// The earliest funded-until date among them.
    pub earliest: NaiveDate,
}

fn org_of_service() -> RelationDef {
    service::Entity::belongs_to(organization::Entity)
        .from(service::Column::OrganizationId)
        .to(organization::Column::Id)
        .into()
}

fn service_of_capacity() -> RelationDef {
    service_capacity::Entity::belongs_to(service::Entity)
        .from(service_capacity::Column::ServiceId)
        .to(service::Column::Id)
        .into()
}

/// A service's confirmed capacity figures: not expired on `today`, with a maximum.
fn confirmed_capacity(today: NaiveDate) -> RelationDef {
    service::Entity::belongs_to(service_capacity::Entity)
        .from(service::Column::Id)
        .to(service_capacity::Column::ServiceId)
        .on_condition(move |_, r| {
            Expr::col((r.clone(), service_capacity::Column::ExpiresOn))
                .gte(today)
                .and(Expr::col((r, service_capacity::Column::Maximum)).is_not_null())
                .into_condition()
        })
        .into()
}

/// Beds by the reporting country: the sum of the maximum of the `beds` figures not expired on
/// `today` of the active services of the country's organizations (of `kind` only, with one).
pub async fn beds(
    db: &impl ConnectionTrait,
    kind: Option<&str>,
    today: NaiveDate,
) -> Result<BTreeMap<String, i64>, AppError> {
    let mut q = service_capacity::Entity::find()
        .select_only()
        .column(organization::Column::CountryCode)
        .column_as(
            Expr::col((service_capacity::Entity, service_capacity::Column::Maximum)).sum(),
            "beds",
        )
        .join(JoinType::InnerJoin, service_of_capacity())
        .join(JoinType::InnerJoin, org_of_service())
        .filter(service_capacity::Column::Unit.eq("beds"))
        .filter(service_capacity::Column::ExpiresOn.gte(today))
        .filter(service_capacity::Column::Maximum.is_not_null())
        .filter(service::Column::Status.eq("active"))
        .group_by(organization::Column::CountryCode);
    if let Some(k) = kind {
        q = q.filter(service::Column::Kind.eq(k.to_string()));
    }
    let rows: Vec<(String, Option<i64>)> = q.into_tuple().all(db).await?;
    Ok(rows.into_iter().map(|(c, n)| (c, n.unwrap_or(0))).collect())
}

/// Occupancy of `rows` (country codes) from their bed-nights as shown (`shown`, in the same
/// order, and the network's total), the beds, and the quarter's days.
pub fn occupancy(
    rows: &[String],
    shown: &[Shown],
    total: Option<Shown>,
    beds: &BTreeMap<String, i64>,
    days: i64,
) -> Occupancy {
    let row = |country: String, bed_nights: Shown, beds: i64| OccupancyRow {
        percent: match bed_nights {
            Shown::Count(n) if beds > 0 && days > 0 => Some(n as f64 * 100.0 / (beds * days) as f64),
            _ => None,
        },
        country,
        bed_nights,
        beds,
    };
    let rows: Vec<OccupancyRow> = rows
        .iter()
        .zip(shown)
        .map(|(c, s)| row(c.clone(), *s, beds.get(c).copied().unwrap_or(0)))
        .collect();
    let all_beds = rows.iter().map(|r| r.beds).sum();
    let total = row(String::new(), total.unwrap_or(Shown::Hidden), all_beds);
    Occupancy { days, rows, total }
}

/// Services not closed whose funding ends from `today` to [`AT_RISK_MONTHS`] later, by their
/// organization's country and kind, with their confirmed capacity per unit (one query).
pub async fn at_risk(
    db: &impl ConnectionTrait,
    countries: &[String],
    kind: Option<&str>,
    today: NaiveDate,
) -> Result<Vec<AtRisk>, AppError> {
    let horizon = crate::services::freshness::funding_horizon(today);
    let mut q = service::Entity::find()
        .select_only()
        .column(organization::Column::CountryCode)
        .column(service::Column::Kind)
        .column(service_capacity::Column::Unit)
        .column_as(
            Expr::col((service_capacity::Entity, service_capacity::Column::Maximum)).sum(),
            "capacity",
        )
        .column(service::Column::FundedUntil)
        .column(service::Column::Id)
        .join(JoinType::InnerJoin, org_of_service())
        .join(JoinType::LeftJoin, confirmed_capacity(today))
        .filter(service::Column::Status.ne("closed"))
        .filter(service::Column::FundedUntil.gte(today))
        .filter(service::Column::FundedUntil.lte(horizon))
        .filter(organization::Column::CountryCode.is_in(countries.to_vec()))
        .group_by(organization::Column::CountryCode)
        .group_by(service::Column::Kind)
        .group_by(service::Column::Id)
        .group_by(service::Column::FundedUntil)
        .group_by(service_capacity::Column::Unit);
    if let Some(k) = kind {
        q = q.filter(service::Column::Kind.eq(k.to_string()));
    }
    // A row per service and unit (only the few services at risk), summed here by country and
    // kind: a service with figures in two units counts once.
    type Row = (String, String, Option<String>, Option<i64>, Option<NaiveDate>, i32);
    let rows: Vec<Row> = q.into_tuple().all(db).await?;
    let mut out: BTreeMap<(usize, String), AtRisk> = BTreeMap::new();
    let mut seen: BTreeSet<i32> = BTreeSet::new();
    for (country, kind, unit, capacity, until, id) in rows {
        let Some(earliest) = until else { continue };
        let order = countries.iter().position(|c| *c == country).unwrap_or(usize::MAX);
        let e = out.entry((order, kind.clone())).or_insert_with(|| AtRisk {
            country,
            kind,
            services: 0,
            capacity: BTreeMap::new(),
            earliest,
        });
        e.earliest = Ord::min(e.earliest, earliest);
        if seen.insert(id) {
            e.services += 1;
        }
        if let (Some(u), Some(n)) = (unit, capacity) {
            *e.capacity.entry(u).or_default() += n;
        }
    }
    let mut list: Vec<AtRisk> = out.into_values().collect();
    list.sort_by(|a, b| (a.earliest, &a.country, &a.kind).cmp(&(b.earliest, &b.country, &b.kind)));
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rate_only_where_the_bed_nights_are_shown_and_there_are_beds() {
        let rows = ["AL", "RS", "ME"].map(String::from);
        let beds = BTreeMap::from([("AL".to_string(), 10), ("RS".to_string(), 6)]);
        let o = occupancy(
            &rows,
            &[Shown::Count(460), Shown::Hidden, Shown::Count(30)],
            Some(Shown::Count(497)),
            &beds,
            92,
        );
        assert_eq!(o.rows[0].percent, Some(50.0));
        assert_eq!(o.rows[1].percent, None, "hidden bed-nights have no rate");
        assert_eq!(o.rows[2].percent, None, "no beds, no rate");
        assert_eq!(o.total.beds, 16);
        assert!(o.total.percent.is_some());
        let hidden_total = occupancy(&rows, &[Shown::Hidden; 3], Some(Shown::Hidden), &beds, 92);
        assert_eq!(hidden_total.total.percent, None);
    }
}
