//! Mail delivery: one batch of due messages (see [`crate::mail::worker`]).

use chrono::{DateTime, Utc};

use super::Context;

/// Delivers one batch; true when it sent or retried anything (more may be due).
pub async fn run(ctx: &Context, now: DateTime<Utc>) -> bool {
    match ctx.worker.deliver_due(now).await {
        Ok(r) if r.sent + r.retried + r.dead > 0 => {
            tracing::info!(sent = r.sent, retried = r.retried, dead = r.dead, "mail batch");
            true
        }
        Ok(_) => false,
        Err(e) => {
            tracing::warn!(error = %e, "mail worker pass failed");
            false
        }
    }
}
