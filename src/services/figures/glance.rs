//! The figures at a glance, for the dashboard and the post-meeting report: the network's
//! headline of a quarter (taken from the suppressed quarterly report, so that it shows nothing
//! the report page does not), which of an organization's sheets of a month are reported, and
//! how many organizations reported a month. A handful of aggregate queries each, no query per
//! row: the dashboard is a hot page.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, JoinType, QueryFilter, QuerySelect, RelationTrait};

use super::suppress::Shown;
use super::{Month, Quarter, Quarterly, Table};
use crate::error::AppError;
use entity::{figure_report, organization, organization_service, service};

/// The quarter a meeting looks back on: the last one complete before the day it starts.
pub fn quarter_before(day: NaiveDate) -> Quarter {
    Month::of(day).quarter().prev()
}

/// The network's figures of a quarter in three numbers, each as the report may show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Headline {
    /// People newly assisted (the by-country table's total).
    pub newly_assisted: Shown,
    /// Referrals sent to another country (the flow matrix without its diagonal).
    pub sent_across_borders: Shown,
    /// Referrals declined for lack of capacity (the unmet-demand table's grand total).
    pub declined_no_capacity: Shown,
}

/// The headline of a suppressed quarterly report, with `threshold` as the report's.
pub fn headline(q: &Quarterly, threshold: i64) -> Headline {
    let new = q.by_country.cols.iter().position(|c| c == "new");
    Headline {
        newly_assisted: new
            .and_then(|i| q.by_country.figures.col_totals.get(i).copied())
            .unwrap_or(Shown::Count(0)),
        sent_across_borders: across_borders(&q.flows, threshold),
        declined_no_capacity: q.unmet.figures.grand.unwrap_or(Shown::Count(0)),
    }
}

/// Referrals sent to another country: the flow matrix's cells off its diagonal. Shown only
/// when the shown cells already give it (every cell off the diagonal shown, or the grand total
/// and every cell on it): a new sum beside a suppressed table could otherwise let a reader work
/// a hidden cell out of the two. Small sums are hidden like any figure.
pub fn across_borders(flows: &Table, threshold: i64) -> Shown {
    let f = &flows.figures;
    let (mut off, mut diagonal) = (Some(0i64), Some(0i64));
    for (i, from) in flows.rows.iter().enumerate() {
        for (j, to) in flows.cols.iter().enumerate() {
            let cell = f.cells.get(i).and_then(|r| r.get(j)).and_then(|s| s.count());
            let sum = if from == to { &mut diagonal } else { &mut off };
            *sum = sum.zip(cell).map(|(a, b)| a + b);
        }
    }
    let grand = f.grand.and_then(Shown::count);
    let total = off.or_else(|| grand.zip(diagonal).map(|(g, d)| g - d));
    match total {
        Some(n) if n == 0 || n >= threshold => Shown::Count(n),
        _ => Shown::Hidden,
    }
}

/// The service kinds an organization reports on: those of its services (closed ones left
/// out) and of the directory's service map, and any it reported in `month`; each with whether
/// its sheet of `month` is reported. Three queries.
pub async fn month_sheets(
    db: &impl ConnectionTrait,
    organization_id: i32,
    month: Month,
) -> Result<Vec<(String, bool)>, AppError> {
    let mut kinds: BTreeSet<String> = service::Entity::find()
        .select_only()
        .column(service::Column::Kind)
        .distinct()
        .filter(service::Column::OrganizationId.eq(organization_id))
        .filter(service::Column::Status.ne("closed"))
        .into_tuple::<String>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    kinds.extend(
        organization_service::Entity::find()
            .select_only()
            .column(organization_service::Column::ServiceCode)
            .filter(organization_service::Column::OrganizationId.eq(organization_id))
            .into_tuple::<String>()
            .all(db)
            .await?,
    );
    let reported: BTreeSet<String> = figure_report::Entity::find()
        .select_only()
        .column(figure_report::Column::ServiceCode)
        .filter(figure_report::Column::OrganizationId.eq(organization_id))
        .filter(figure_report::Column::Month.eq(month.code()))
        .into_tuple::<String>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    kinds.extend(reported.iter().cloned());
    // In the catalogue's order, as the figures pages list them.
    let order = super::kind_codes(db).await?;
    let mut out: Vec<(String, bool)> = kinds
        .into_iter()
        .map(|k| {
            let done = reported.contains(&k);
            (k, done)
        })
        .collect();
    out.sort_by_key(|(k, _)| order.iter().position(|o| o == k).unwrap_or(usize::MAX));
    Ok(out)
}

/// How many member organizations (not archived) reported any sheet of `month`, of how many.
pub async fn organizations_reporting(db: &impl ConnectionTrait, month: Month) -> Result<(u64, u64), AppError> {
    let members = || {
        organization::Entity::find()
            .filter(organization::Column::MembershipStatus.eq("member"))
            .filter(organization::Column::Archived.eq(false))
    };
    let total: Option<i64> = members()
        .select_only()
        .column_as(Expr::col((organization::Entity, organization::Column::Id)).count(), "n")
        .into_tuple()
        .one(db)
        .await?;
    let reported: Option<i64> = members()
        .select_only()
        .column_as(
            Expr::col((figure_report::Entity, figure_report::Column::OrganizationId)).count_distinct(),
            "n",
        )
        .join_rev(JoinType::InnerJoin, figure_report::Relation::Organization.def())
        .filter(figure_report::Column::Month.eq(month.code()))
        .into_tuple()
        .one(db)
        .await?;
    let n = |v: Option<i64>| u64::try_from(v.unwrap_or(0)).unwrap_or(0);
    Ok((n(reported), n(total)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::figures::suppress::{Suppressed, Totals, suppress};
    use Shown::{Count as C, Hidden as H};

    fn codes(n: usize) -> Vec<String> {
        ["AL", "RS", "ME"].iter().take(n).map(|c| c.to_string()).collect()
    }

    /// A flow matrix as shown: its cells and its grand total.
    fn shown(cells: Vec<Vec<Shown>>, grand: Shown) -> Table {
        let n = cells.len();
        Table {
            rows: codes(n),
            cols: codes(n),
            figures: Suppressed {
                cells,
                row_totals: vec![H; n],
                col_totals: vec![H; n],
                grand: Some(grand),
            },
        }
    }

    #[test]
    fn the_quarter_before_a_meeting_is_the_last_complete_one() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(quarter_before(d("2026-12-12")).code(), "2026-Q3");
        assert_eq!(quarter_before(d("2027-01-01")).code(), "2026-Q4");
        assert_eq!(quarter_before(d("2026-03-31")).code(), "2025-Q4");
    }

    #[test]
    fn referrals_across_borders_leave_out_the_own_country() {
        let cells = [vec![7, 10, 6], vec![0, 9, 12], vec![5, 0, 20]];
        let t = Table {
            rows: codes(3),
            cols: codes(3),
            figures: suppress(&cells, Totals { rows: true, cols: true }, 5),
        };
        assert_eq!(across_borders(&t, 5), C(33));
    }

    #[test]
    fn referrals_across_borders_are_shown_only_when_the_shown_cells_give_them() {
        // Hidden cells on the diagonal only: the cells off it are all shown.
        let t = shown(vec![vec![H, C(10)], vec![C(12), H]], C(28));
        assert_eq!(across_borders(&t, 5), C(22));
        // Hidden cells off the diagonal only: the grand total less the diagonal.
        let t = shown(vec![vec![C(30), H], vec![H, C(40)]], C(77));
        assert_eq!(across_borders(&t, 5), C(7));
        // Hidden on both sides: a new sum could give a cell away.
        let t = shown(vec![vec![H, H], vec![C(12), C(40)]], C(59));
        assert_eq!(across_borders(&t, 5), H);
        // Hidden off the diagonal and the grand total hidden too.
        let t = shown(vec![vec![C(30), H], vec![H, C(40)]], H);
        assert_eq!(across_borders(&t, 5), H);
        // Nothing sent: zero.
        let t = shown(vec![vec![C(0), C(0)], vec![C(0), C(0)]], C(0));
        assert_eq!(across_borders(&t, 5), C(0));
    }

    #[test]
    fn a_small_sum_across_borders_is_hidden() {
        let t = shown(vec![vec![C(30), H], vec![H, C(40)]], C(73));
        assert_eq!(across_borders(&t, 5), H, "3 across borders is below 5");
    }
}
