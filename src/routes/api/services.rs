//! Services in the JSON API: the same rules as the pages. A confidential location's address
//! is left out unless the caller belongs to the service's organization or the secretariat;
//! free places (`available`) are left out for observers.

use actix_web::{HttpResponse, web};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::auth::{Action, Viewer};
use crate::error::{AppError, FieldErrors};
use crate::i18n::msg;
use crate::services::directory as dir;
use crate::services::support::{self as sp, Shown, SupportServiceFields, codes::split};
use crate::state::AppState;
use crate::views::Page;
use crate::views::support::shown;
use entity::{service, service_capacity, service_contact};

#[derive(Serialize, utoipa::ToSchema)]
pub struct ServiceContactDto {
    pub id: i32,
    pub role: String,
    pub phone: String,
    pub email: String,
    pub languages: Vec<String>,
    pub available_24_7: bool,
    pub version: i32,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct CapacityDto {
    pub id: i32,
    pub unit: String,
    pub maximum: Option<i32>,
    pub funded: Option<i32>,
    /// Free places now: members and the secretariat only (absent for observers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available: Option<i32>,
    pub band: String,
    pub target_group: String,
    pub as_of: NaiveDate,
    pub expires_on: NaiveDate,
    /// Past its expiry: not confirmed since `as_of`, left out of totals.
    pub expired: bool,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ServiceDto {
    pub id: i32,
    pub organization_id: i32,
    pub kind: String,
    pub name: String,
    pub description: String,
    pub modes: Vec<String>,
    pub countries: Vec<String>,
    pub areas: String,
    pub age_min: Option<i32>,
    pub age_max: Option<i32>,
    pub genders: Vec<String>,
    pub target_groups: Vec<String>,
    pub identification: String,
    pub languages: Vec<String>,
    pub interpretation: bool,
    pub referral: String,
    pub intake_steps: String,
    pub hours: String,
    pub open_24_7: bool,
    pub confidential_location: bool,
    /// Absent when the location is confidential and the caller is neither of the service's
    /// organization nor the secretariat.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    pub city: String,
    pub funding_source: String,
    pub funded_until: Option<NaiveDate>,
    pub status: String,
    pub status_notice: String,
    pub verified_on: Option<NaiveDate>,
    pub contacts: Vec<ServiceContactDto>,
    pub capacity: Vec<CapacityDto>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct CapacityTotalDto {
    pub unit: String,
    /// Sum of the confirmed (unexpired) figures' maximum.
    pub maximum: i64,
    /// Sum of free places (members and the secretariat only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available: Option<i64>,
    pub figures: i64,
    /// Expired figures left out of the sums.
    pub unconfirmed: i64,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ServiceList {
    pub items: Vec<ServiceDto>,
    /// Capacity of every service the filters match (closed ones aside), by unit.
    pub totals: Vec<CapacityTotalDto>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

fn capacity_dto(c: service_capacity::Model, shown: Shown, today: NaiveDate) -> CapacityDto {
    CapacityDto {
        expired: sp::is_expired(&c, today),
        id: c.id,
        unit: c.unit,
        maximum: c.maximum,
        funded: c.funded,
        available: c.available.filter(|_| shown.available),
        band: c.band,
        target_group: c.target_group,
        as_of: c.as_of,
        expires_on: c.expires_on,
    }
}

fn contact_dto(c: service_contact::Model) -> ServiceContactDto {
    ServiceContactDto {
        id: c.id,
        role: c.role,
        phone: c.phone,
        email: c.email,
        languages: split(&c.languages),
        available_24_7: c.available_24_7,
        version: c.version,
    }
}

fn dto(
    s: service::Model,
    contacts: Vec<service_contact::Model>,
    capacity: Vec<service_capacity::Model>,
    shown: Shown,
) -> ServiceDto {
    let today = sp::today();
    ServiceDto {
        address: sp::visible_address(&s, shown),
        id: s.id,
        organization_id: s.organization_id,
        kind: s.kind,
        name: s.name,
        description: s.description,
        modes: split(&s.modes),
        countries: split(&s.countries),
        areas: s.areas,
        age_min: s.age_min,
        age_max: s.age_max,
        genders: split(&s.genders),
        target_groups: split(&s.target_groups),
        identification: s.identification,
        languages: split(&s.languages),
        interpretation: s.interpretation,
        referral: s.referral,
        intake_steps: s.intake_steps,
        hours: s.hours,
        open_24_7: s.open_24_7,
        confidential_location: s.confidential_location,
        city: s.city,
        funding_source: s.funding_source,
        funded_until: s.funded_until,
        status: s.status,
        status_notice: s.status_notice,
        verified_on: s.verified_on,
        contacts: contacts.into_iter().map(contact_dto).collect(),
        capacity: capacity.into_iter().map(|c| capacity_dto(c, shown, today)).collect(),
        created_at: s.created_at,
        updated_at: s.updated_at,
    }
}

/// The service as `viewer` may see it, and its version (for the ETag).
async fn load(state: &AppState, viewer: &Viewer, id: i32) -> Result<(ServiceDto, i32), AppError> {
    let s = sp::get(&state.db, id).await?;
    let version = s.version;
    let (contacts, capacity) = sp::parts(&state.db, id).await?;
    let shown = shown(viewer, s.organization_id);
    Ok((dto(s, contacts, capacity, shown), version))
}

/// List services (paged; filters: country, kind, status).
#[utoipa::path(get, path = "/api/v1/services", params(sp::ServiceFilter),
    responses((status = 200, body = ServiceList), super::Unauthorized))]
pub async fn list(
    Page { state, viewer, .. }: Page,
    q: web::Query<sp::ServiceFilter>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let mut page = sp::list(&state.db, &q).await?;
    let available = viewer.can(Action::SeeAvailablePlaces);
    let mut items = vec![];
    for s in page.items {
        let contacts = sp::contacts_of(&state.db, s.id).await?;
        let capacity = page.capacity.remove(&s.id).unwrap_or_default();
        let shown = shown(&viewer, s.organization_id);
        items.push(dto(s, contacts, capacity, shown));
    }
    let totals = page
        .totals
        .into_iter()
        .map(|t| CapacityTotalDto {
            unit: t.unit,
            maximum: t.maximum,
            available: Some(t.available).filter(|_| available),
            figures: t.figures,
            unconfirmed: t.unconfirmed,
        })
        .collect();
    Ok(HttpResponse::Ok().json(ServiceList {
        items,
        totals,
        page: page.page,
        per_page: sp::PER_PAGE,
        total: page.total,
    }))
}

/// One service, with its contact points and capacity figures.
#[utoipa::path(get, path = "/api/v1/services/{id}", params(("id" = i32, Path, description = "Service id")),
    responses((status = 200, body = ServiceDto, headers(("ETag" = String, description = "The service's version; send it as If-Match with PUT"))),
        super::NotFound))]
pub async fn get(Page { state, viewer, .. }: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let (dto, version) = load(&state, &viewer, path.into_inner()).await?;
    Ok(super::versioned(version, &dto))
}

/// Add a service to an organization (`organization_id`): a member for their own, or the
/// secretariat.
#[utoipa::path(post, path = "/api/v1/services", request_body = SupportServiceFields,
    responses((status = 201, body = ServiceDto), super::WriteErrors))]
pub async fn create(
    Page { state, viewer, .. }: Page,
    body: super::Json<SupportServiceFields>,
) -> Result<HttpResponse, AppError> {
    viewer.signed_in()?;
    let Some(org) = body.organization_id else {
        let mut e = FieldErrors::default();
        e.add("organization_id", msg("validate-required"));
        return Err(AppError::Validation(e));
    };
    dir::get_organization(&state.db, org).await?;
    viewer.require(Action::EditService { organization_id: org })?;
    let input = body.parse(&state.db).await?;
    let s = sp::create(&state.db, org, input).await?;
    let (dto, version) = load(&state, &viewer, s.id).await?;
    Ok(super::created(format!("/api/v1/services/{}", s.id))
        .insert_header(super::etag(version))
        .json(dto))
}

/// Replace a service's fields. Send `If-Match` with the ETag from GET: a service changed since
/// then is not overwritten (412). `organization_id` is ignored.
#[utoipa::path(put, path = "/api/v1/services/{id}", request_body = SupportServiceFields,
    params(("id" = i32, Path, description = "Service id"), super::IfMatch),
    responses((status = 200, body = ServiceDto, headers(("ETag" = String, description = "The new version"))),
        super::NotFound, super::WriteErrors, super::IfMatchErrors))]
pub async fn update(
    Page { state, viewer, req }: Page,
    path: web::Path<i32>,
    body: super::Json<SupportServiceFields>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    viewer.signed_in()?;
    let s = sp::get(&state.db, id).await?;
    viewer.require(Action::EditService {
        organization_id: s.organization_id,
    })?;
    let based_on = super::if_match(&req)?;
    let input = body.parse(&state.db).await?;
    sp::update(&state.db, id, input, based_on)
        .await
        .map_err(super::precondition)?;
    let (dto, version) = load(&state, &viewer, id).await?;
    Ok(super::versioned(version, &dto))
}
