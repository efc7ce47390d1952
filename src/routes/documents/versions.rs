//! New versions of a document, restore, archive, and downloads.

use actix_web::{HttpResponse, web};

use super::{load, load_editable};
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::{Msg, msg};
use crate::routes::uploads;
use crate::services::documents as docs;
use crate::views;
use crate::views::Page;
use entity::document;

pub async fn upload_version(
    page: Page,
    path: web::Path<i32>,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, AppError> {
    let d = load_editable(&page.state, &page.viewer, path.into_inner()).await?;
    let user = page.viewer.signed_in()?.clone();
    let got = uploads::receive_page(&page, payload).await?;
    let note = got.form.get("note").to_string();
    if got.no_room {
        return Err(AppError::InsufficientStorage("staging a new version".into()));
    }
    let upload = match &got.upload {
        Ok(Some(u)) => u,
        Ok(None) => return Ok(back_with_error(&page, &d, &msg("upload-choose-file"))),
        Err(problem) => return Ok(back_with_error(&page, &d, problem)),
    };
    docs::add_version(
        &page.state.db,
        page.state.store.as_ref(),
        Some(&page.state.notifier()),
        &user,
        &d,
        upload,
        &note,
    )
    .await?;
    page.done(&format!("/documents/{}", d.id), "document-version-uploaded")
}

/// The upload form sits on the document page; a refused file goes back there with the reason.
fn back_with_error(page: &Page, d: &document::Model, problem: &Msg) -> HttpResponse {
    let text = problem.text(page.lang());
    page.see_other(&format!("/documents/{}#new-version", d.id), Some(("error", &text)))
}

pub async fn restore(page: Page, path: web::Path<(i32, i32)>, _form: Form) -> Result<HttpResponse, AppError> {
    let (id, number) = path.into_inner();
    let d = load_editable(&page.state, &page.viewer, id).await?;
    let user = page.viewer.signed_in()?.clone();
    let v = docs::restore(&page.state.db, &user, &d, number).await?;
    let done = msg("document-version-restored")
        .arg("number", number)
        .arg("new", v.number)
        .text(page.lang());
    Ok(page.see_other(&format!("/documents/{}", d.id), Some(("success", &done))))
}

pub async fn archive(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let d = load_editable(&page.state, &page.viewer, path.into_inner()).await?;
    let archived = form.get("archived") != "0";
    docs::set_archived(&page.state.db, &d, archived).await?;
    let done = if archived {
        "document-archived"
    } else {
        "document-unarchived"
    };
    page.done(&format!("/documents/{}", d.id), done)
}

// ---------------------------------------------------------------------------------------------
// Downloads

pub async fn download_current(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let d = load(&page.state, &page.viewer, path.into_inner()).await?;
    let v = docs::version(&page.state.db, d.id, d.current_version).await?;
    views::documents::download(&page.state, &page.req, &v).await
}

pub async fn download_version(page: Page, path: web::Path<(i32, i32)>) -> Result<HttpResponse, AppError> {
    let (id, number) = path.into_inner();
    let d = load(&page.state, &page.viewer, id).await?;
    let v = docs::version(&page.state.db, d.id, number).await?;
    views::documents::download(&page.state, &page.req, &v).await
}
