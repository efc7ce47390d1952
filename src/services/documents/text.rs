//! Text extraction for search, in the background, and its state for a document page.

use entity::{document, document_version};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::db::now;
use crate::error::AppError;
use crate::files::FileKind;
use crate::storage::BlobStore;

use super::reindex_quietly;

/// How long a claimed extraction may run before another worker may take it over.
const EXTRACT_LEASE_SECONDS: i64 = 300;
const MAX_TEXT_CHARS: usize = 400_000;

/// Extracts the text of up to `limit` versions waiting for it, then reindexes their documents.
/// Several workers may run this at once: a version is claimed by a conditional update.
pub async fn extract_pending(db: &DatabaseConnection, store: &dyn BlobStore, limit: u64) -> Result<usize, AppError> {
    let stale = now() - chrono::Duration::seconds(EXTRACT_LEASE_SECONDS);
    let waiting = document_version::Entity::find()
        .filter(
            Condition::any()
                .add(document_version::Column::TextStatus.eq("pending"))
                .add(
                    Condition::all()
                        .add(document_version::Column::TextStatus.eq("working"))
                        .add(document_version::Column::TextClaimedAt.lt(stale)),
                ),
        )
        .order_by_asc(document_version::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    let mut done = 0;
    let mut docs: Vec<i32> = vec![];
    for v in waiting {
        let claimed = document_version::Entity::update_many()
            .col_expr(document_version::Column::TextStatus, Expr::value("working"))
            .col_expr(document_version::Column::TextClaimedAt, Expr::value(now()))
            .filter(document_version::Column::Id.eq(v.id))
            .filter(document_version::Column::TextStatus.eq(v.text_status.clone()))
            .exec(db)
            .await?;
        if claimed.rows_affected != 1 {
            continue;
        }
        let (status, text) = match extract_one(store, &v).await {
            Ok(t) => ("done", Some(t)),
            Err(e) => {
                tracing::info!(version = v.id, error = %e, "text extraction failed");
                ("failed", None)
            }
        };
        document_version::Entity::update_many()
            .col_expr(document_version::Column::TextStatus, Expr::value(status))
            .col_expr(document_version::Column::Text, Expr::value(text))
            .filter(document_version::Column::Id.eq(v.id))
            .exec(db)
            .await?;
        done += 1;
        if !docs.contains(&v.document_id) {
            docs.push(v.document_id);
        }
    }
    if !docs.is_empty() {
        // Also mark the documents changed, so the index follows even if this update fails.
        document::Entity::update_many()
            .col_expr(document::Column::UpdatedAt, Expr::value(now()))
            .filter(document::Column::Id.is_in(docs.clone()))
            .exec(db)
            .await?;
    }
    reindex_quietly(db, &docs).await;
    Ok(done)
}

async fn extract_one(store: &dyn BlobStore, v: &document_version::Model) -> Result<String, String> {
    let kind = FileKind::from_mime(&v.mime).ok_or("unknown type")?;
    // The extractors read files; copy the blob to a staging file first (S3 has no paths).
    let tmp = crate::storage::staging_path(store);
    let copy = async {
        use futures_util::StreamExt;
        use tokio::io::AsyncWriteExt;
        let (_, mut stream) = store.get(&v.sha256).await.map_err(|e| e.to_string())?;
        let mut f = tokio::fs::File::create(&tmp).await.map_err(|e| e.to_string())?;
        while let Some(chunk) = stream.next().await {
            f.write_all(&chunk.map_err(|e| e.to_string())?)
                .await
                .map_err(|e| e.to_string())?;
        }
        f.flush().await.map_err(|e| e.to_string())?;
        Ok::<(), String>(())
    }
    .await;
    let result = match copy {
        Ok(()) => {
            let path = tmp.clone();
            tokio::task::spawn_blocking(move || crate::files::extract_text(kind, &path, MAX_TEXT_CHARS))
                .await
                .map_err(|e| e.to_string())
                .and_then(|r| r)
        }
        Err(e) => Err(e),
    };
    let _ = tokio::fs::remove_file(&tmp).await;
    result
}

/// Where a version's text stands for search, as the catalogue key of the document page's words.
pub fn text_state(v: &document_version::Model) -> &'static str {
    match v.text_status.as_str() {
        "pending" | "working" => "document-text-pending",
        "done" => "document-text-done",
        "failed" => "document-text-failed",
        _ => "document-text-none",
    }
}
