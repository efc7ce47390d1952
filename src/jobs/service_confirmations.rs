//! Services: the monthly "still correct?" mail to focal points and the funding notices to the
//! secretariat. Both are deduped per organization and month (per service and stage), so the
//! pass may run on several instances; each instance runs it once a day.

use std::sync::atomic::{AtomicI32, Ordering};

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::Context;

/// The last day (as days from the Common Era) this process ran the pass.
static LAST_DAY: AtomicI32 = AtomicI32::new(i32::MIN);

pub async fn run(ctx: &Context, today: NaiveDate, now: DateTime<Utc>) {
    let day = today.num_days_from_ce();
    if LAST_DAY.load(Ordering::Relaxed) == day {
        return;
    }
    let n = ctx.notifier();
    let monthly = crate::services::freshness::monthly::run(ctx.db(), &n, today, now).await;
    let funding = crate::services::freshness::notices::run_funding(ctx.db(), &n, today).await;
    match (monthly, funding) {
        (Ok(_), Ok(_)) => LAST_DAY.store(day, Ordering::Relaxed),
        (Err(e), _) | (_, Err(e)) => tracing::warn!(error = %e, "service confirmation pass failed"),
    }
}
