use actix_web::{HttpResponse, web};
use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::auth::Action;
use crate::error::AppError;
use crate::services::directory::{self as dir, PersonFields};
use crate::views::Page;

#[derive(Serialize, utoipa::ToSchema)]
pub struct PersonDto {
    pub id: i32,
    pub organization_id: i32,
    pub name: String,
    pub title: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub languages: Option<String>,
    pub network_role: String,
    pub archived: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct PersonList {
    pub items: Vec<PersonDto>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

impl From<entity::person::Model> for PersonDto {
    fn from(p: entity::person::Model) -> Self {
        PersonDto {
            id: p.id,
            organization_id: p.organization_id,
            name: p.name,
            title: p.title,
            email: p.email,
            phone: p.phone,
            languages: p.languages,
            network_role: p.network_role,
            archived: p.archived,
            created_at: p.created_at,
            updated_at: p.updated_at,
        }
    }
}

/// List people (paged; filter by organization, country or name).
#[utoipa::path(get, path = "/api/v1/people", params(dir::PeopleFilter),
    responses((status = 200, body = PersonList), super::Unauthorized))]
pub async fn list(
    Page { state, viewer, .. }: Page,
    q: web::Query<dir::PeopleFilter>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let (items, total, page) = dir::list_people(&state.db, &q).await?;
    Ok(HttpResponse::Ok().json(PersonList {
        items: items.into_iter().map(Into::into).collect(),
        page,
        per_page: dir::PER_PAGE,
        total,
    }))
}

/// One person.
#[utoipa::path(get, path = "/api/v1/people/{id}", params(("id" = i32, Path, description = "Person id")),
    responses((status = 200, body = PersonDto, headers(("ETag" = String, description = "The person's version; send it as If-Match with PUT"))),
        super::NotFound))]
pub async fn get(Page { state, viewer, .. }: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let p = dir::get_person(&state.db, path.into_inner()).await?;
    if p.archived
        && !viewer.can(Action::ManagePeople {
            organization_id: p.organization_id,
        })
    {
        return Err(AppError::NotFound);
    }
    Ok(super::versioned(p.version, &PersonDto::from(p)))
}

/// Add a person to an organization (secretariat, or a member for their own organization).
#[utoipa::path(post, path = "/api/v1/people", request_body = PersonFields,
    responses((status = 201, body = PersonDto), super::WriteErrors))]
pub async fn create(
    Page { state, viewer, .. }: Page,
    body: super::Json<dir::PersonFields>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let org_id = body.organization_id.unwrap_or(0);
    if !viewer.can(Action::ManagePeople {
        organization_id: org_id,
    }) && org_id != 0
    {
        return Err(AppError::Forbidden);
    }
    let input = body.parse(&state.db).await?;
    viewer.require(Action::ManagePeople {
        organization_id: input.organization_id,
    })?;
    let p = dir::create_person(&state.db, input).await?;
    Ok(super::created(format!("/api/v1/people/{}", p.id)).json(PersonDto::from(p)))
}

/// Replace a person's fields. Moving a person to another organization needs the right to manage
/// people in both. Send `If-Match` with the ETag from GET: a person changed since then is not
/// overwritten (412).
#[utoipa::path(put, path = "/api/v1/people/{id}", request_body = PersonFields,
    params(("id" = i32, Path, description = "Person id"), super::IfMatch),
    responses((status = 200, body = PersonDto, headers(("ETag" = String, description = "The new version"))),
        super::NotFound, super::WriteErrors, super::IfMatchErrors))]
pub async fn update(
    Page { state, viewer, req }: Page,
    path: web::Path<i32>,
    body: super::Json<dir::PersonFields>,
) -> Result<HttpResponse, AppError> {
    viewer.signed_in()?;
    let existing = dir::get_person(&state.db, path.into_inner()).await?;
    viewer.require(Action::ManagePeople {
        organization_id: existing.organization_id,
    })?;
    let mut fields = body.into_inner();
    fields.organization_id = fields.organization_id.or(Some(existing.organization_id));
    let input = fields.parse(&state.db).await?;
    viewer.require(Action::ManagePeople {
        organization_id: input.organization_id,
    })?;
    let based_on = super::if_match(&req)?;
    let txn = crate::db::begin_write(&state.db).await?;
    let saved = dir::update_person(&txn, existing.id, input, based_on)
        .await
        .map_err(super::precondition)?;
    txn.commit().await?;
    Ok(super::versioned(saved.version, &PersonDto::from(saved)))
}
