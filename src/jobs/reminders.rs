//! Action items: reminders before and after their due date.

use chrono::NaiveDate;

use super::Context;

pub async fn run(ctx: &Context, today: NaiveDate) {
    if let Err(e) = crate::services::action_notices::run_reminders(ctx.db(), &ctx.notifier(), today).await {
        tracing::warn!(error = %e, "action reminder pass failed");
    }
}
