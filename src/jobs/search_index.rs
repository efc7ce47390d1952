//! The search index: brought up to date on every loop; once a minute, late commits are read
//! again, deleted records dropped and the full-text index's pieces merged.

use chrono::{DateTime, Utc};

use super::Context;
use crate::services::search::{self, Pass};

/// What this process remembers between minute passes.
#[derive(Default)]
pub struct State {
    /// When the previous minute pass began (see [`Pass::Overlap`]).
    last_overlap: Option<DateTime<Utc>>,
}

pub async fn catch_up(ctx: &Context) {
    match search::sync_with(ctx.db(), Pass::Full, &mut |_, _| {}).await {
        // A large load (an upgrade, an import) leaves the index in many pieces: merge them.
        Ok(n) if n >= 5_000 => {
            if let Err(e) = search::optimize(ctx.db()).await {
                tracing::warn!(error = %e, "search index optimize failed");
            }
        }
        Ok(_) => {}
        Err(e) => tracing::warn!(error = %e, "search index pass failed"),
    }
}

pub async fn maintain(ctx: &Context, state: &mut State) {
    let began = crate::db::now();
    let pass = Pass::Overlap {
        previous: state.last_overlap,
    };
    match search::sync_with(ctx.db(), pass, &mut |_, _| {}).await {
        Ok(_) => state.last_overlap = Some(began),
        Err(e) => tracing::warn!(error = %e, "search index pass failed"),
    }
    if let Err(e) = search::sweep(ctx.db()).await {
        tracing::warn!(error = %e, "search index sweep failed");
    }
    if let Err(e) = search::merge_step(ctx.db()).await {
        tracing::warn!(error = %e, "search index merge failed");
    }
}
