//! Notices to the secretariat about services: a capacity figure that has become full, and
//! funding that ends (6 months and 1 month before `funded_until`). Each goes through the outbox
//! and the recipients' notification preferences (category `services`).

use chrono::{Months, NaiveDate};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;

use crate::error::AppError;
use crate::mail::{self, Category, Notification, Notifier};
use entity::{organization, service, service_capacity, user};

/// The active secretariat accounts.
async fn secretariat(db: &impl ConnectionTrait) -> Result<Vec<user::Model>, AppError> {
    Ok(user::Entity::find()
        .filter(user::Column::Role.eq("secretariat"))
        .filter(user::Column::Active.eq(true))
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?)
}

async fn organization_name(db: &impl ConnectionTrait, id: i32) -> Result<String, AppError> {
    Ok(organization::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|o| o.name)
        .unwrap_or_default())
}

/// Whether a change of a capacity figure from `before` (None: a new figure) to `after` makes it
/// full.
pub fn became_full(before: Option<&service_capacity::Model>, after: &service_capacity::Model) -> bool {
    after.band == "full" && before.is_none_or(|b| b.band != "full")
}

/// Called by the capacity save inside its transaction: when the figure has just become full,
/// tells the secretariat (each in their language), and when its band changed, the followers of
/// a country it serves or of its kind (see [`super::follows`]); queued when the save commits.
/// Returns the number of messages queued or kept for a digest.
pub async fn capacity_changed(
    txn: &impl ConnectionTrait,
    n: &Notifier<'_>,
    before: Option<&service_capacity::Model>,
    after: &service_capacity::Model,
) -> Result<usize, AppError> {
    let s = super::get(txn, after.service_id).await?;
    let org = organization_name(txn, s.organization_id).await?;
    if !became_full(before, after) {
        return super::follows::notify_band_change(txn, n, &s, &org, before, after, &[]).await;
    }
    let to = secretariat(txn).await?;
    let told: Vec<i32> = to.iter().map(|u| u.id).collect();
    let followers = super::follows::notify_band_change(txn, n, &s, &org, before, after, &told).await?;
    let note = Notification {
        category: Category::Services,
        template: "service_capacity_full",
        data: json!({
            "service": s.name,
            "organization": org,
            // Codes: the message names them in the reader's language.
            "unit": after.unit,
            "group": (!after.target_group.is_empty()).then_some(&after.target_group),
            "as_of": after.as_of.to_string(),
            "url": format!("{}/services/{}", n.base, s.id),
        }),
        dedupe_key: format!("service-capacity-full:{}:v{}", after.id, after.version),
    };
    let out = mail::notify_users(txn, n.mailer, &to, &note).await?;
    Ok(out.queued + out.digested + followers)
}

/// Which funding notice is due today for funding that ends on `until`: 6 (months before) from
/// six months before it, 1 from one month before it, none after it has ended.
pub fn funding_stage(today: NaiveDate, until: NaiveDate) -> Option<u32> {
    if until < today {
        None
    } else if until.checked_sub_months(Months::new(1)).is_none_or(|d| d <= today) {
        Some(1)
    } else if until.checked_sub_months(Months::new(6)).is_none_or(|d| d <= today) {
        Some(6)
    } else {
        None
    }
}

/// Queues the funding notices due today: once per service, funding end date and stage. Safe to
/// run often and on several instances.
pub async fn run_funding(db: &impl ConnectionTrait, n: &Notifier<'_>, today: NaiveDate) -> Result<usize, AppError> {
    let ending = service::Entity::find()
        .filter(service::Column::Status.ne("closed"))
        .filter(service::Column::FundedUntil.gte(today))
        .filter(service::Column::FundedUntil.lte(super::funding_horizon(today)))
        .order_by_asc(service::Column::Id)
        .all(db)
        .await?;
    if ending.is_empty() {
        return Ok(0);
    }
    let to = secretariat(db).await?;
    let mut sent = 0;
    for s in ending {
        let Some(until) = s.funded_until else { continue };
        let Some(stage) = funding_stage(today, until) else {
            continue;
        };
        // How far off the end is, in words ("about 3 months"): a service entered with funding
        // ending in 100 days gets its first notice at once, not "6 months" before.
        let months = ((until - today).num_days() / 30).max(1);
        let note = Notification {
            category: Category::Services,
            template: "service_funding_ends",
            data: json!({
                "service": s.name,
                "organization": organization_name(db, s.organization_id).await?,
                "funded_until": until.to_string(),
                "months": months,
                "source": s.funding_source,
                "url": format!("{}/services/{}", n.base, s.id),
            }),
            dedupe_key: format!("service-funding:{}:{until}:{stage}", s.id),
        };
        let out = mail::notify_users(db, n.mailer, &to, &note).await?;
        sent += out.queued + out.digested;
    }
    Ok(sent)
}

#[cfg(test)]
mod tests {
    use super::funding_stage;
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn funding_notices_come_six_months_and_one_month_before_the_end() {
        let until = d("2027-06-30");
        assert_eq!(funding_stage(d("2026-12-29"), until), None);
        assert_eq!(funding_stage(d("2026-12-30"), until), Some(6));
        assert_eq!(funding_stage(d("2027-05-29"), until), Some(6));
        assert_eq!(funding_stage(d("2027-05-30"), until), Some(1));
        assert_eq!(funding_stage(until, until), Some(1));
        assert_eq!(funding_stage(d("2027-07-01"), until), None);
    }
}
