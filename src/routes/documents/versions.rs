//! New versions of a document, restore, archive, and downloads.

use actix_web::{HttpRequest, HttpResponse, web};

use super::{load, load_editable};
use crate::auth::Viewer;
use crate::error::AppError;
use crate::forms::{self, Form};
use crate::routes::uploads;
use crate::services::documents as docs;
use crate::state::AppState;
use crate::storage::StorageError;
use crate::views;
use entity::{document, document_version};

pub async fn upload_version(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, AppError> {
    let d = load_editable(&state, &viewer, path.into_inner()).await?;
    let user = viewer.signed_in()?.clone();
    let got = uploads::receive(state.store.as_ref(), state.settings.upload_limit, payload, "file").await?;
    if !viewer.via_token && !forms::csrf_token_ok(&state, &req, got.form.get("_csrf")) {
        got.discard().await;
        return Err(AppError::Csrf);
    }
    let note = got.form.get("note").to_string();
    if got.no_room {
        return Err(AppError::InsufficientStorage("staging a new version".into()));
    }
    let upload = match &got.upload {
        Ok(Some(u)) => u,
        Ok(None) => return Ok(back_with_error(&state, &d, "Choose the file to upload.")),
        Err(msg) => return Ok(back_with_error(&state, &d, msg)),
    };
    docs::add_version(
        &state.db,
        state.store.as_ref(),
        Some(&state.notifier()),
        &user,
        &d,
        upload,
        &note,
    )
    .await?;
    Ok(views::see_other(
        &state,
        &format!("/documents/{}", d.id),
        Some(("success", "The new version was uploaded and is now current.")),
    ))
}

/// The upload form sits on the document page; a refused file goes back there with the reason.
fn back_with_error(state: &AppState, d: &document::Model, msg: &str) -> HttpResponse {
    views::see_other(state, &format!("/documents/{}#new-version", d.id), Some(("error", msg)))
}

pub async fn restore(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i32, i32)>,
    _form: Form,
) -> Result<HttpResponse, AppError> {
    let (id, number) = path.into_inner();
    let d = load_editable(&state, &viewer, id).await?;
    let user = viewer.signed_in()?.clone();
    let v = docs::restore(&state.db, &user, &d, number).await?;
    Ok(views::see_other(
        &state,
        &format!("/documents/{}", d.id),
        Some((
            "success",
            &format!("Version {number} is current again (as version {}).", v.number),
        )),
    ))
}

pub async fn archive(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let d = load_editable(&state, &viewer, path.into_inner()).await?;
    let archived = form.get("archived") != "0";
    docs::set_archived(&state.db, &d, archived).await?;
    let msg = if archived {
        "The document was archived. It no longer appears in lists or search."
    } else {
        "The document is back in lists and search."
    };
    Ok(views::see_other(
        &state,
        &format!("/documents/{}", d.id),
        Some(("success", msg)),
    ))
}

// ---------------------------------------------------------------------------------------------
// Downloads

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

pub async fn send_version(
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

pub async fn download_current(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let d = load(&state, &viewer, path.into_inner()).await?;
    let v = docs::version(&state.db, d.id, d.current_version).await?;
    send_version(&state, &req, &v).await
}

pub async fn download_version(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (id, number) = path.into_inner();
    let d = load(&state, &viewer, id).await?;
    let v = docs::version(&state.db, d.id, number).await?;
    send_version(&state, &req, &v).await
}
