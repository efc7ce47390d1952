//! `/api/v1/documents`: metadata, upload, versions and downloads, with the same visibility and
//! permissions as the pages; `/api/v1/search` for the search box.

use actix_web::{HttpResponse, web};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::auth::Action;
use crate::error::{AppError, FieldErrors};
use crate::i18n::msg;
use crate::routes::uploads;
use crate::services::documents::{self as docs, DocFilter, DocInput};
use crate::services::search::{self, Kind};
use crate::state::AppState;
use crate::views::Page;
use entity::{document, document_link, document_version};

#[derive(Serialize, utoipa::ToSchema)]
pub struct VersionDto {
    pub number: i32,
    pub current: bool,
    pub note: String,
    pub filename: String,
    /// Detected from the content.
    pub mime: String,
    pub size: i64,
    pub sha256: String,
    pub uploaded_by: String,
    pub uploaded_at: DateTime<Utc>,
    /// pending, working, done, none or failed.
    pub text_status: String,
    pub download_url: String,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct DocumentDto {
    pub id: i32,
    pub title: String,
    /// guideline, sop, referral_form, training, report, presentation, legal_text or other.
    pub doc_type: String,
    pub description: String,
    pub languages: Vec<String>,
    pub tags: Vec<String>,
    /// public, network or secretariat.
    pub visibility: String,
    pub owner_org_id: Option<i32>,
    /// Empty, draft, in_review, adopted or superseded.
    pub lifecycle: String,
    pub supersedes_id: Option<i32>,
    pub variant_of_id: Option<i32>,
    pub variant_kind: Option<String>,
    pub review_on: Option<NaiveDate>,
    pub archived: bool,
    pub current_version: i32,
    pub countries: Vec<String>,
    pub topics: Vec<String>,
    pub events: Vec<i32>,
    pub agenda_items: Vec<i32>,
    /// Fictional demo data.
    pub example: bool,
    pub updated_at: DateTime<Utc>,
    pub url: String,
    pub download_url: String,
    /// Only on single-document answers.
    pub versions: Option<Vec<VersionDto>>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct DocumentList {
    pub documents: Vec<DocumentDto>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
}

fn version_dto(d: &document::Model, v: &document_version::Model) -> VersionDto {
    VersionDto {
        number: v.number,
        current: v.number == d.current_version,
        note: v.note.clone(),
        filename: v.filename.clone(),
        mime: v.mime.clone(),
        size: v.size,
        sha256: v.sha256.clone(),
        uploaded_by: v.uploaded_by_name.clone(),
        uploaded_at: v.created_at,
        text_status: v.text_status.clone(),
        download_url: format!("/api/v1/documents/{}/versions/{}/download", d.id, v.number),
    }
}

fn dto(d: &document::Model, links: &[document_link::Model], versions: Option<Vec<VersionDto>>) -> DocumentDto {
    let input = DocInput::from_model(d, links);
    DocumentDto {
        id: d.id,
        title: d.title.clone(),
        doc_type: d.doc_type.clone(),
        description: d.description.clone(),
        languages: input.languages,
        tags: super::comma_list(&d.tags),
        visibility: d.visibility.clone(),
        owner_org_id: d.owner_org_id,
        lifecycle: d.lifecycle.clone(),
        supersedes_id: d.supersedes_id,
        variant_of_id: d.variant_of_id,
        variant_kind: d.variant_kind.clone(),
        review_on: d.review_on,
        archived: d.archived,
        current_version: d.current_version,
        countries: input.countries,
        topics: input.topics,
        events: input.events,
        agenda_items: input.agenda,
        example: d.example,
        updated_at: d.updated_at,
        url: format!("/documents/{}", d.id),
        download_url: format!("/api/v1/documents/{}/download", d.id),
        versions,
    }
}

async fn full(state: &AppState, d: &document::Model) -> Result<DocumentDto, AppError> {
    let links = docs::links(&state.db, d.id).await?;
    let versions = docs::versions(&state.db, d.id).await?;
    Ok(dto(
        d,
        &links,
        Some(versions.iter().map(|v| version_dto(d, v)).collect()),
    ))
}

#[utoipa::path(get, path = "/api/v1/documents",
    params(("doc_type" = Option<String>, Query), ("country" = Option<String>, Query), ("topic" = Option<String>, Query),
           ("language" = Option<String>, Query), ("lifecycle" = Option<String>, Query), ("archived" = Option<String>, Query, description = "1 for archived documents"),
           ("page" = Option<u64>, Query)),
    responses((status = 200, body = DocumentList)), security((), ("bearer" = [])))]
pub async fn list(Page { state, viewer, .. }: Page, q: web::Query<DocFilter>) -> Result<HttpResponse, AppError> {
    let f = q.into_inner();
    let (rows, total) = docs::list(&state.db, viewer.user.as_ref(), &f).await?;
    let ids: Vec<i32> = rows.iter().map(|d| d.id).collect();
    let mut links = docs::links_of(&state.db, &ids).await?;
    let out: Vec<DocumentDto> = rows
        .iter()
        .map(|d| dto(d, &links.remove(&d.id).unwrap_or_default(), None))
        .collect();
    Ok(HttpResponse::Ok().json(DocumentList {
        documents: out,
        total,
        page: crate::services::paging::number(f.page),
        per_page: docs::PER_PAGE,
    }))
}

#[utoipa::path(get, path = "/api/v1/documents/{id}", params(("id" = i32, Path)),
    responses((status = 200, body = DocumentDto, headers(("ETag" = String, description = "The document's version: moves with every change of its details, a new file or archiving"))),
        super::NotFound), security((), ("bearer" = [])))]
pub async fn get(Page { state, viewer, .. }: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let d = docs::visible(&state.db, viewer.user.as_ref(), path.into_inner()).await?;
    Ok(super::versioned(d.version, &full(&state, &d).await?))
}

#[utoipa::path(get, path = "/api/v1/documents/{id}/versions", params(("id" = i32, Path)),
    responses((status = 200, body = Vec<VersionDto>), super::NotFound), security((), ("bearer" = [])))]
pub async fn versions(Page { state, viewer, .. }: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let d = docs::visible(&state.db, viewer.user.as_ref(), path.into_inner()).await?;
    let list: Vec<VersionDto> = docs::versions(&state.db, d.id)
        .await?
        .iter()
        .map(|v| version_dto(&d, v))
        .collect();
    Ok(HttpResponse::Ok().json(list))
}

/// The multipart body, its file (field `file`) staged; 507 when there is no room to stage it.
async fn receive(state: &AppState, payload: actix_multipart::Multipart) -> Result<uploads::Received, AppError> {
    let got = uploads::receive(state.store.as_ref(), state.settings.upload_limit, payload, "file").await?;
    if got.no_room {
        return Err(AppError::InsufficientStorage("staging an upload".into()));
    }
    Ok(got)
}

/// The answer when an upload does not fit on the server.
#[derive(utoipa::IntoResponses)]
pub enum NoRoom {
    #[response(
        status = 507,
        description = "No room on the server to store the file (code insufficient_storage); nothing was saved"
    )]
    NoRoom(super::ErrorBody),
}

/// The checked upload, or its problem added to `errors`.
fn take_upload<'a>(got: &'a uploads::Received, errors: &mut FieldErrors) -> Option<&'a docs::Upload> {
    match &got.upload {
        Ok(Some(u)) => return Some(u),
        Ok(None) => errors.add("file", msg("upload-api-no-file")),
        Err(msg) => errors.add("file", msg.clone()),
    }
    None
}

/// Multipart form: the fields of the page form (title, doc_type, description, languages,
/// countries, topics, events, agenda, tags, visibility, owner_org_id, lifecycle, supersedes_id,
/// variant_of_id, variant_kind, review_on, note; repeat a field for several values) and `file`.
#[utoipa::path(post, path = "/api/v1/documents",
    request_body(content_type = "multipart/form-data", description = "Document fields and the file (`file`)"),
    responses((status = 201, body = DocumentDto), super::WriteErrors, NoRoom))]
pub async fn create(
    Page { state, viewer, .. }: Page,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, AppError> {
    let user = viewer.signed_in()?.clone();
    if !viewer.can_create_document() {
        return Err(AppError::Forbidden);
    }
    let got = receive(&state, payload).await?;
    let (mut input, mut errors) = got.form.parse::<docs::DocFields>()?.parse();
    if !user.is_secretariat() {
        input.owner_org_id = user.organization_id;
    }
    if matches!(input.lifecycle.as_str(), "adopted" | "superseded") && !viewer.can(Action::AdoptDocument) {
        errors.add("lifecycle", msg("document-error-adopt-api"));
    }
    docs::check_refs(&state.db, &user, &input, None, &mut errors).await?;
    // Every problem at once: the file's and the fields'.
    let upload = take_upload(&got, &mut errors);
    let upload = match upload {
        Some(u) if errors.is_empty() => u,
        _ => {
            got.discard().await;
            return Err(AppError::Validation(errors));
        }
    };
    let note = got.form.get("note").to_string();
    let d = docs::create(
        &state.db,
        state.store.as_ref(),
        Some(&state.notifier()),
        &user,
        &input,
        upload,
        &note,
    )
    .await?;
    Ok(super::created(format!("/api/v1/documents/{}", d.id)).json(full(&state, &d).await?))
}

#[utoipa::path(post, path = "/api/v1/documents/{id}/versions", params(("id" = i32, Path)),
    request_body(content_type = "multipart/form-data", description = "`file` and an optional `note`"),
    responses((status = 201, body = VersionDto), (status = 422, body = super::ErrorBody), super::NotFound, NoRoom))]
pub async fn add_version(
    Page { state, viewer, .. }: Page,
    path: web::Path<i32>,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, AppError> {
    let user = viewer.signed_in()?.clone();
    let d = docs::visible(&state.db, Some(&user), path.into_inner()).await?;
    if !viewer.can(Action::EditDocument {
        owner_org: d.owner_org_id,
    }) {
        return Err(AppError::Forbidden);
    }
    let got = receive(&state, payload).await?;
    let mut errors = FieldErrors::default();
    let Some(upload) = take_upload(&got, &mut errors) else {
        return Err(AppError::Validation(errors));
    };
    let note = got.form.get("note").to_string();
    let v = docs::add_version(
        &state.db,
        state.store.as_ref(),
        Some(&state.notifier()),
        &user,
        &d,
        upload,
        &note,
    )
    .await?;
    let d = docs::visible(&state.db, Some(&user), d.id).await?;
    Ok(HttpResponse::Created().json(version_dto(&d, &v)))
}

#[utoipa::path(get, path = "/api/v1/documents/{id}/download", params(("id" = i32, Path)),
    responses((status = 200, description = "The current version's file"), super::NotFound), security((), ("bearer" = [])))]
pub async fn download(Page { state, viewer, req }: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let d = docs::visible(&state.db, viewer.user.as_ref(), path.into_inner()).await?;
    let v = docs::version(&state.db, d.id, d.current_version).await?;
    crate::views::documents::download(&state, &req, &v).await
}

#[utoipa::path(get, path = "/api/v1/documents/{id}/versions/{number}/download",
    params(("id" = i32, Path), ("number" = i32, Path)),
    responses((status = 200, description = "The file of that version"), super::NotFound), security((), ("bearer" = [])))]
pub async fn download_version(
    Page { state, viewer, req }: Page,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    let (id, number) = path.into_inner();
    let d = docs::visible(&state.db, viewer.user.as_ref(), id).await?;
    let v = docs::version(&state.db, d.id, number).await?;
    crate::views::documents::download(&state, &req, &v).await
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[serde(default)]
pub struct SearchParams {
    pub q: String,
    /// document, event, agenda, action, organization, person or legal; all when empty.
    pub kind: String,
    #[serde(deserialize_with = "crate::services::paging::deserialize")]
    pub page: Option<u64>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct SearchHit {
    pub kind: String,
    pub title: String,
    pub url: String,
    /// HTML (escaped) with the matching words in `<mark>`.
    pub snippet_html: String,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct SearchGroup {
    pub kind: String,
    pub label: String,
    pub count: i64,
    pub hits: Vec<SearchHit>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct SearchAnswer {
    pub total: i64,
    pub groups: Vec<SearchGroup>,
    /// True just after an upgrade or a large import: recent changes may not be found yet.
    pub catching_up: bool,
}

#[utoipa::path(get, path = "/api/v1/search", params(SearchParams),
    responses((status = 200, body = SearchAnswer)), security((), ("bearer" = [])))]
pub async fn search_api(
    Page { state, viewer, .. }: Page,
    q: web::Query<SearchParams>,
) -> Result<HttpResponse, AppError> {
    let text: String = q.q.chars().take(200).collect();
    let only = Kind::parse(&q.kind);
    let r = search::search(
        &state.db,
        viewer.user.as_ref(),
        &text,
        only,
        q.page.unwrap_or(1).clamp(1, 500),
    )
    .await?;
    Ok(HttpResponse::Ok().json(SearchAnswer {
        total: r.total,
        catching_up: r.catching_up,
        groups: r
            .groups
            .into_iter()
            .map(|g| SearchGroup {
                kind: g.key.to_string(),
                label: crate::i18n::t(viewer.lang(), g.label),
                count: g.count,
                hits: g
                    .hits
                    .into_iter()
                    .map(|h| SearchHit {
                        kind: h.kind.as_str().to_string(),
                        title: h.title,
                        url: h.url,
                        snippet_html: h.snippet_html,
                    })
                    .collect(),
            })
            .collect(),
    }))
}
