use actix_web::{HttpResponse, web};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::auth::Action;
use crate::error::AppError;
use crate::services::directory::OrganizationFields;
use crate::services::{countries, directory as dir};
use crate::state::AppState;
use crate::views::Page;

#[derive(Serialize, utoipa::ToSchema)]
pub struct ServiceDto {
    pub code: String,
    pub capacity_note: Option<String>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct OrganizationDto {
    pub id: i32,
    pub name: String,
    pub acronym: Option<String>,
    pub country_code: String,
    /// As the network writes it, e.g. "Kosovo*".
    pub country_name: String,
    pub kind: String,
    pub membership_status: String,
    pub joined_on: Option<NaiveDate>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
    pub description: Option<String>,
    pub archived: bool,
    pub services: Vec<ServiceDto>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct OrganizationList {
    pub items: Vec<OrganizationDto>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

fn dto(
    o: entity::organization::Model,
    countries_list: &[entity::country::Model],
    services: Option<&Vec<entity::organization_service::Model>>,
) -> OrganizationDto {
    OrganizationDto {
        country_name: countries::name_in(countries_list, &o.country_code),
        services: services
            .map(|l| {
                l.iter()
                    .map(|s| ServiceDto {
                        code: s.service_code.clone(),
                        capacity_note: s.capacity_note.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        id: o.id,
        name: o.name,
        acronym: o.acronym,
        country_code: o.country_code,
        kind: o.kind,
        membership_status: o.membership_status,
        joined_on: o.joined_on,
        website: o.website,
        email: o.email,
        phone: o.phone,
        address: o.address,
        description: o.description,
        archived: o.archived,
        created_at: o.created_at,
        updated_at: o.updated_at,
    }
}

/// The organization and its version (for the ETag).
async fn load(state: &AppState, id: i32) -> Result<(OrganizationDto, i32), AppError> {
    let o = dir::get_organization(&state.db, id).await?;
    let version = o.version;
    let countries_list = countries::all(&state.db).await?;
    let services = dir::services_of(&state.db, &[id]).await?;
    Ok((dto(o, &countries_list, services.get(&id)), version))
}

/// List organizations (paged, filtered).
#[utoipa::path(get, path = "/api/v1/organizations", params(dir::DirectoryFilter),
    responses((status = 200, body = OrganizationList), super::Unauthorized))]
pub async fn list(
    Page { state, viewer, .. }: Page,
    q: web::Query<dir::DirectoryFilter>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let page = dir::list_organizations(&state.db, &q).await?;
    let countries_list = countries::all(&state.db).await?;
    let services = page.services;
    let items = page.items.into_iter().map(|o| {
        let s = services.get(&o.id);
        dto(o, &countries_list, s)
    });
    Ok(HttpResponse::Ok().json(OrganizationList {
        items: items.collect(),
        page: page.page,
        per_page: dir::PER_PAGE,
        total: page.total,
    }))
}

/// One organization.
#[utoipa::path(get, path = "/api/v1/organizations/{id}", params(("id" = i32, Path, description = "Organization id")),
    responses((status = 200, body = OrganizationDto, headers(("ETag" = String, description = "The organization's version; send it as If-Match with PUT"))),
        super::NotFound))]
pub async fn get(Page { state, viewer, .. }: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let (dto, version) = load(&state, path.into_inner()).await?;
    Ok(super::versioned(version, &dto))
}

/// Create an organization (secretariat).
#[utoipa::path(post, path = "/api/v1/organizations", request_body = OrganizationFields,
    responses((status = 201, body = OrganizationDto), super::WriteErrors))]
pub async fn create(
    Page { state, viewer, .. }: Page,
    body: super::Json<dir::OrganizationFields>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::CreateOrganization)?;
    let input = body.parse(&state.db).await?;
    let org = dir::create_organization(&state.db, input).await?;
    Ok(super::created(format!("/api/v1/organizations/{}", org.id))
        .insert_header(super::etag(org.version))
        .json(load(&state, org.id).await?.0))
}

/// Replace an organization's fields (secretariat, or a member for their own organization).
/// Send `If-Match` with the ETag from GET: an organization changed since then is not
/// overwritten (412).
#[utoipa::path(put, path = "/api/v1/organizations/{id}", request_body = OrganizationFields,
    params(("id" = i32, Path, description = "Organization id"), super::IfMatch),
    responses((status = 200, body = OrganizationDto, headers(("ETag" = String, description = "The new version"))),
        super::NotFound, super::WriteErrors, super::IfMatchErrors))]
pub async fn update(
    Page { state, viewer, req }: Page,
    path: web::Path<i32>,
    body: super::Json<dir::OrganizationFields>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    viewer.signed_in()?;
    dir::get_organization(&state.db, id).await?;
    viewer.require(Action::EditOrganization { organization_id: id })?;
    let based_on = super::if_match(&req)?;
    let input = body.parse(&state.db).await?;
    dir::update_organization(&state.db, id, input, based_on)
        .await
        .map_err(super::precondition)?;
    let (dto, version) = load(&state, id).await?;
    Ok(super::versioned(version, &dto))
}
