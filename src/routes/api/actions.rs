use actix_web::{HttpResponse, web};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::auth::{Action, CurrentUser, Viewer};
use crate::error::AppError;
use crate::services::actions::{self as act, ItemFields};
use crate::state::AppState;
use crate::views::Page;

#[derive(Serialize, utoipa::ToSchema)]
pub struct ActionItemDto {
    pub id: i32,
    pub title: String,
    pub description: Option<String>,
    pub owner_org_id: i32,
    pub owner_person_id: Option<i32>,
    pub supporters: Vec<i32>,
    pub due_on: Option<NaiveDate>,
    pub priority: String,
    pub status: String,
    pub percent: i32,
    pub countries: Vec<String>,
    pub tags: Vec<String>,
    pub event_id: Option<i32>,
    pub agenda_item_id: Option<i32>,
    /// Linked legal-register entry (topic id and country code).
    pub legal_topic_id: Option<i32>,
    pub legal_country: Option<String>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ActionItemList {
    pub items: Vec<ActionItemDto>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ChangeDto {
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    pub comment: Option<String>,
    pub user_id: Option<i32>,
    pub created_at: DateTime<Utc>,
}

#[derive(Deserialize, Serialize, Default, utoipa::ToSchema)]
#[serde(default)]
pub struct CommentBody {
    pub comment: String,
    /// Optional new status.
    pub status: String,
    /// Optional new percent complete.
    pub percent: Option<i32>,
}

async fn dto(state: &AppState, i: entity::action_item::Model) -> Result<ActionItemDto, AppError> {
    let split = |s: Option<String>| s.as_deref().map(super::comma_list).unwrap_or_default();
    Ok(ActionItemDto {
        supporters: act::supporters_of(&state.db, i.id).await?,
        id: i.id,
        title: i.title,
        description: i.description,
        owner_org_id: i.owner_org_id,
        owner_person_id: i.owner_person_id,
        due_on: i.due_on,
        priority: i.priority,
        status: i.status,
        percent: i.percent,
        countries: split(i.countries),
        tags: split(i.tags),
        event_id: i.event_id,
        agenda_item_id: i.agenda_item_id,
        legal_topic_id: i.legal_topic_id,
        legal_country: i.legal_country.clone(),
        updated_at: i.updated_at,
    })
}

/// The signed-in user and the item at `id`, when they may edit it.
async fn editable(
    state: &AppState,
    viewer: &Viewer,
    id: i32,
) -> Result<(CurrentUser, entity::action_item::Model), AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    let i = act::get(&state.db, id).await?;
    viewer.require(act::edit_action(&state.db, viewer.user.as_ref(), &i).await?)?;
    Ok((user, i))
}

/// Action items (paged; the same views and filters as the pages).
#[utoipa::path(get, path = "/api/v1/action-items", params(act::ItemFilter),
    responses((status = 200, body = ActionItemList), super::Unauthorized))]
pub async fn list(Page { state, viewer, .. }: Page, q: web::Query<act::ItemFilter>) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    let (items, total, page) = act::list(&state.db, &user, &q, Utc::now().date_naive()).await?;
    let mut out = vec![];
    for i in items {
        out.push(dto(&state, i).await?);
    }
    Ok(HttpResponse::Ok().json(ActionItemList {
        items: out,
        page,
        per_page: act::PER_PAGE,
        total,
    }))
}

/// One action item.
#[utoipa::path(get, path = "/api/v1/action-items/{id}", params(("id" = i32, Path, description = "Item id")),
    responses((status = 200, body = ActionItemDto, headers(("ETag" = String, description = "The item's version; send it as If-Match with PUT"))),
        super::NotFound))]
pub async fn get(Page { state, viewer, .. }: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let i = act::get(&state.db, path.into_inner()).await?;
    Ok(super::versioned(i.version, &dto(&state, i).await?))
}

/// Create an item (members: for their own organization).
#[utoipa::path(post, path = "/api/v1/action-items", request_body = ItemFields,
    responses((status = 201, body = ActionItemDto), super::WriteErrors))]
pub async fn create(Page { state, viewer, .. }: Page, body: super::Json<ItemFields>) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    viewer.require(Action::CreateActionItem {
        owner_org: body.owner_org_id.unwrap_or(-1),
    })?;
    let input = body.parse(&state.db).await?;
    let i = act::create(&state.db, input, Some(user.id), Some(&state.notifier())).await?;
    Ok(super::created(format!("/api/v1/action-items/{}", i.id)).json(dto(&state, i).await?))
}

/// Replace an item's fields (the owner's or a supporter's members, or the secretariat). Send
/// `If-Match` with the ETag from GET: an item changed since then is not overwritten (412).
#[utoipa::path(put, path = "/api/v1/action-items/{id}", request_body = ItemFields,
    params(("id" = i32, Path, description = "Item id"), super::IfMatch),
    responses((status = 200, body = ActionItemDto, headers(("ETag" = String, description = "The new version"))),
        super::WriteErrors, super::IfMatchErrors))]
pub async fn update(
    Page { state, viewer, req }: Page,
    path: web::Path<i32>,
    body: super::Json<ItemFields>,
) -> Result<HttpResponse, AppError> {
    let (user, i) = editable(&state, &viewer, path.into_inner()).await?;
    if body.owner_org_id != Some(i.owner_org_id) {
        viewer.require(Action::CreateActionItem {
            owner_org: body.owner_org_id.unwrap_or(-1),
        })?;
    }
    let based_on = super::if_match(&req)?;
    let input = body.parse(&state.db).await?;
    let saved = act::update(&state.db, i.id, input, Some(user.id), Some(&state.notifier()), based_on)
        .await
        .map_err(super::precondition)?;
    Ok(super::versioned(saved.version, &dto(&state, saved).await?))
}

/// The item's history (every change and comment).
#[utoipa::path(get, path = "/api/v1/action-items/{id}/comments", params(("id" = i32, Path, description = "Item id")),
    responses((status = 200, body = Vec<ChangeDto>), super::NotFound))]
pub async fn comments(Page { state, viewer, .. }: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let i = act::get(&state.db, path.into_inner()).await?;
    let list: Vec<ChangeDto> = act::timeline(&state.db, i.id)
        .await?
        .into_iter()
        .map(|c| ChangeDto {
            field: c.field,
            old_value: c.old_value,
            new_value: c.new_value,
            comment: c.comment,
            user_id: c.user_id,
            created_at: c.created_at,
        })
        .collect();
    Ok(HttpResponse::Ok().json(list))
}

/// A progress update: a comment, optionally with a new status and percent.
#[utoipa::path(post, path = "/api/v1/action-items/{id}/comments", request_body = CommentBody, params(("id" = i32, Path, description = "Item id")),
    responses((status = 201, body = ActionItemDto), super::WriteErrors))]
pub async fn add_comment(
    Page { state, viewer, .. }: Page,
    path: web::Path<i32>,
    body: super::Json<CommentBody>,
) -> Result<HttpResponse, AppError> {
    let (user, i) = editable(&state, &viewer, path.into_inner()).await?;
    let percent = body.percent.map(|p| p.to_string()).unwrap_or_default();
    let saved = act::comment(
        &state.db,
        i.id,
        Some(user.id),
        &body.comment,
        &body.status,
        &percent,
        Some(&state.notifier()),
    )
    .await?;
    Ok(HttpResponse::Created().json(dto(&state, saved).await?))
}
