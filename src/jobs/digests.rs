//! Daily and weekly digests, at `ROUNDTABLE_DIGEST_HOUR` in each user's time zone.

use chrono::{DateTime, Utc};

use super::Context;

pub async fn run(ctx: &Context, now: DateTime<Utc>) {
    if let Err(e) = crate::mail::digest::run_due(ctx.db(), &ctx.mailer, ctx.settings.digest_hour, now).await {
        tracing::warn!(error = %e, "digest pass failed");
    }
}
