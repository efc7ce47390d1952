//! Documents whose review date has come: one reminder to the owner.

use chrono::NaiveDate;

use super::Context;

pub async fn run(ctx: &Context, today: NaiveDate) {
    if let Err(e) = crate::services::documents::run_review_reminders(ctx.db(), &ctx.notifier(), today).await {
        tracing::warn!(error = %e, "document review reminder pass failed");
    }
}
