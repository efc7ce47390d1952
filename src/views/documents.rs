//! Document rows as lists and side panels show them (the documents list, an event page, a
//! register topic, the dashboard), and a stored version sent as a download.

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse};
use serde::Serialize;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::documents as docs;
use crate::state::AppState;
use crate::storage::StorageError;
use entity::{document, document_version};

/// One document in a list.
#[derive(Debug, Serialize)]
pub struct DocumentRow {
    pub id: i32,
    pub title: String,
    pub url: String,
    #[serde(rename = "type")]
    pub doc_type: &'static str,
    pub lifecycle: String,
    pub lifecycle_label: &'static str,
    pub visibility: String,
    pub visibility_label: &'static str,
    pub owner: String,
    pub languages: String,
    pub updated: String,
    pub version: i32,
    pub archived: bool,
    pub example: bool,
}

/// A row, with the owner's name from `orgs` (the secretariat's when there is no owner).
pub fn row(d: &document::Model, orgs: &HashMap<i32, String>) -> DocumentRow {
    DocumentRow {
        id: d.id,
        title: d.title.clone(),
        url: format!("/documents/{}", d.id),
        doc_type: docs::type_label(&d.doc_type),
        lifecycle: d.lifecycle.clone(),
        lifecycle_label: docs::lifecycle_label(&d.lifecycle),
        visibility: d.visibility.clone(),
        visibility_label: docs::visibility_label(&d.visibility),
        owner: d
            .owner_org_id
            .and_then(|o| orgs.get(&o).cloned())
            .unwrap_or_else(|| "Secretariat".into()),
        languages: d
            .languages
            .split(',')
            .filter(|l| !l.is_empty())
            .map(docs::language_label)
            .collect::<Vec<_>>()
            .join(", "),
        updated: d.updated_at.format("%-d %b %Y").to_string(),
        version: d.current_version,
        archived: d.archived,
        example: d.example,
    }
}

/// Rows for a list of documents, with owner names.
pub async fn rows(state: &AppState, list: &[document::Model]) -> Result<Vec<DocumentRow>, AppError> {
    let ids: Vec<i32> = list.iter().filter_map(|d| d.owner_org_id).collect();
    let orgs = docs::org_names(&state.db, &ids).await?;
    Ok(list.iter().map(|d| row(d, &orgs)).collect())
}

/// Document rows for a side panel: title, type, link.
pub async fn linked_rows(
    state: &AppState,
    user: Option<&CurrentUser>,
    kind: &str,
    targets: &[String],
) -> Result<Vec<DocumentRow>, AppError> {
    let list = docs::linked(&state.db, user, kind, targets).await?;
    rows(state, &list).await
}

/// Documents linked to an event or any of its agenda items.
pub async fn for_event(
    state: &AppState,
    user: Option<&CurrentUser>,
    event_id: i32,
    item_ids: &[i32],
) -> Result<Vec<DocumentRow>, AppError> {
    let mut list = docs::linked(&state.db, user, "event", &[event_id.to_string()]).await?;
    let by_item = docs::linked(
        &state.db,
        user,
        "agenda",
        &item_ids.iter().map(|i| i.to_string()).collect::<Vec<_>>(),
    )
    .await?;
    for d in by_item {
        if !list.iter().any(|x| x.id == d.id) {
            list.push(d);
        }
    }
    rows(state, &list).await
}

/// `filename="..."` with an ASCII fallback and the UTF-8 name (RFC 6266).
fn disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = url::form_urlencoded::byte_serialize(name.as_bytes())
        .collect::<String>()
        .replace('+', "%20");
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// A stored version as a download (pages and the API); 304 when the client has it already.
pub async fn download(
    state: &AppState,
    req: &HttpRequest,
    v: &document_version::Model,
) -> Result<HttpResponse, AppError> {
    let etag = format!("\"{}\"", v.sha256);
    if req
        .headers()
        .get("If-None-Match")
        .and_then(|h| h.to_str().ok())
        .is_some_and(|h| h.split(',').any(|t| t.trim() == etag))
    {
        return Ok(HttpResponse::NotModified().insert_header(("ETag", etag)).finish());
    }
    let (size, stream) = match state.store.get(&v.sha256).await {
        Ok(x) => x,
        Err(StorageError::NotFound) => {
            tracing::error!(version = v.id, "stored file is missing");
            return Err(AppError::NotFound);
        }
        Err(e) => return Err(AppError::Internal(e.to_string())),
    };
    Ok(HttpResponse::Ok()
        .content_type(v.mime.as_str())
        .insert_header(("Content-Disposition", disposition(&v.filename)))
        .insert_header(("X-Content-Type-Options", "nosniff"))
        .insert_header(("Cache-Control", "private, no-cache"))
        .insert_header(("ETag", etag))
        .no_chunking(size)
        .streaming(stream))
}
