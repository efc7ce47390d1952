//! Agenda changes gathered over `ROUNDTABLE_AGENDA_WINDOW_MINUTES` into one notice.

use chrono::{DateTime, Utc};

use super::Context;

pub async fn run(ctx: &Context, now: DateTime<Utc>) {
    let window = chrono::Duration::from_std(ctx.settings.agenda_window).unwrap_or_default();
    if let Err(e) = crate::services::agenda::run_due(ctx.db(), &ctx.mailer, &ctx.settings.site(), window, now).await {
        tracing::warn!(error = %e, "agenda notice pass failed");
    }
}
