//! Twelve months of fictional figures for the demo organizations: plausible counts per service
//! they offer, flagged as fictional examples (`figure_report.example`).

use std::collections::BTreeMap;

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use crate::error::AppError;
use crate::services::figures::{self as fg, FigureInput, Month, SheetKey};

pub(super) async fn load_figures(db: &DatabaseConnection, org_ids: &[i32]) -> Result<(), AppError> {
    let countries: Vec<String> = fg::destinations(db).await?.into_iter().map(|c| c.code).collect();
    let actor = fg::Actor {
        user_id: None,
        name: "Demo data (fictional)".into(),
    };
    let last = Month::of(fg::today()).prev();
    let mut months = vec![last];
    for _ in 0..11 {
        let before = months[months.len() - 1].prev();
        months.push(before);
    }
    let txn = crate::db::begin_write(db).await?;
    for (oi, org) in org_ids.iter().enumerate() {
        let home = entity::organization::Entity::find_by_id(*org)
            .one(&txn)
            .await?
            .map(|o| o.country_code)
            .unwrap_or_default();
        let services = entity::organization_service::Entity::find()
            .filter(entity::organization_service::Column::OrganizationId.eq(*org))
            .all(&txn)
            .await?;
        for (ki, s) in services.iter().enumerate() {
            for (mi, m) in months.iter().enumerate() {
                // A small deterministic spread: some small numbers (suppressed on the report),
                // some larger ones, and now and then a month with nobody.
                let n = |salt: usize, modulo: usize| ((oi * 31 + ki * 13 + mi * 7 + salt * 17) % modulo) as i64;
                let shelter = s.service_code == "shelter";
                let breakdown = ["sex", "none", "age", "origin"][(oi + ki) % 4];
                let mut counts = BTreeMap::new();
                counts.insert("received".to_string(), n(1, 14));
                for (ci, c) in countries.iter().enumerate() {
                    let v = if *c == home {
                        n(2 + ci, 9)
                    } else {
                        n(3 + ci, 11).saturating_sub(6)
                    };
                    counts.insert(format!("sent_{c}"), v);
                }
                for (measure, base) in [("new", 2), ("ongoing", 6)] {
                    for (i, cat) in fg::categories(breakdown).iter().enumerate() {
                        counts.insert(
                            format!("{measure}_{cat}"),
                            n(base + i, 8 + base) + i64::from(mi % 3 == 0),
                        );
                    }
                }
                counts.insert("declined_no_capacity".into(), if shelter { n(20, 7) } else { n(21, 3) });
                counts.insert("declined_not_eligible".into(), n(22, 3));
                counts.insert("declined_no_consent".into(), n(23, 2));
                counts.insert("declined_other".into(), 0);
                counts.insert("bed_nights".into(), if shelter { 120 + n(24, 200) } else { 0 });
                let key = SheetKey {
                    organization_id: *org,
                    month: *m,
                    service_code: s.service_code.clone(),
                };
                let input = FigureInput {
                    breakdown: breakdown.into(),
                    counts,
                };
                fg::save_on(&txn, &key, &input, 0, &actor, m.open_until(), true).await?;
            }
        }
    }
    txn.commit().await?;
    Ok(())
}
