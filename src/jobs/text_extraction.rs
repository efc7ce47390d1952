//! The text of new document uploads, for search: a few at a time between mail batches.

use super::Context;

pub async fn run(ctx: &Context) {
    match crate::services::documents::extract_pending(ctx.db(), ctx.store.as_ref(), 5).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(versions = n, "document text extracted"),
        Err(e) => tracing::warn!(error = %e, "text extraction pass failed"),
    }
}
