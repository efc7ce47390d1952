//! Referral pathways, the pathway matrix and finding help across borders in the JSON API.
//! Reading needs a signed-in user; writing is the secretariat's. The need search keeps nothing.

use actix_web::{HttpResponse, web};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::auth::Action;
use crate::error::AppError;
use crate::services::pathways::need_search::{self, NeedQuery};
use crate::services::pathways::{self as pw, PathwayFields, PathwayFilter};
use crate::views::Page;

#[derive(Serialize, Deserialize, utoipa::ToSchema, Default, Clone)]
#[serde(default)]
pub struct StepBody {
    /// Who does it.
    pub actor: String,
    /// What they do.
    pub action: String,
    /// The longest it may take, in days.
    pub max_days: Option<i32>,
}

#[derive(Serialize, Deserialize, utoipa::ToSchema, Default, Clone)]
#[serde(default)]
pub struct BarrierBody {
    /// Legal-register topic code.
    pub topic: String,
    /// Country code of the register entry.
    pub country: String,
}

/// A pathway as a client sends it.
#[derive(Deserialize, utoipa::ToSchema, Default)]
#[serde(default)]
pub struct PathwayBody {
    pub from_country: String,
    pub to_country: String,
    pub service_kind: String,
    pub receiving_service_id: Option<i32>,
    pub receiving_contact_id: Option<i32>,
    pub consent_rule: String,
    pub child_consent_rule: String,
    /// Codes: identity_documents, medical_needs, language, safety_risks, family_situation,
    /// legal_status.
    pub information: Vec<String>,
    pub escort: String,
    pub escort_cost: String,
    pub document_id: Option<i32>,
    /// draft, agreed or suspended.
    pub status: String,
    pub steps: Vec<StepBody>,
    pub barriers: Vec<BarrierBody>,
}

impl From<PathwayBody> for PathwayFields {
    fn from(b: PathwayBody) -> Self {
        let id = |v: Option<i32>| v.map(|v| v.to_string()).unwrap_or_default();
        PathwayFields {
            from_country: b.from_country,
            to_country: b.to_country,
            service_kind: b.service_kind,
            receiving_service_id: id(b.receiving_service_id),
            receiving_contact_id: id(b.receiving_contact_id),
            consent_rule: b.consent_rule,
            child_consent_rule: b.child_consent_rule,
            information: b.information,
            escort: b.escort,
            escort_cost: b.escort_cost,
            document_id: id(b.document_id),
            status: b.status,
            step_actor: b.steps.iter().map(|s| s.actor.clone()).collect(),
            step_action: b.steps.iter().map(|s| s.action.clone()).collect(),
            step_days: b.steps.iter().map(|s| id(s.max_days)).collect(),
            barrier_topic: b.barriers.iter().map(|x| x.topic.clone()).collect(),
            barrier_country: b.barriers.iter().map(|x| x.country.clone()).collect(),
        }
    }
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct PathwayDto {
    pub id: i32,
    pub from_country: String,
    pub to_country: String,
    pub service_kind: String,
    pub receiving_service_id: Option<i32>,
    pub receiving_contact_id: Option<i32>,
    pub consent_rule: String,
    pub child_consent_rule: String,
    pub information: Vec<String>,
    pub escort: String,
    pub escort_cost: String,
    pub document_id: Option<i32>,
    pub status: String,
    pub last_used_on: Option<NaiveDate>,
    pub steps: Vec<StepBody>,
    pub barriers: Vec<BarrierBody>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct PathwayList {
    pub items: Vec<PathwayDto>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

async fn dto(db: &impl sea_orm::ConnectionTrait, p: pw::Pathway) -> Result<PathwayDto, AppError> {
    let codes = crate::views::pathways::topic_codes(db).await?;
    let m = p.pathway;
    Ok(PathwayDto {
        id: m.id,
        from_country: m.from_country,
        to_country: m.to_country,
        service_kind: m.service_kind,
        receiving_service_id: m.receiving_service_id,
        receiving_contact_id: m.receiving_contact_id,
        consent_rule: m.consent_rule,
        child_consent_rule: m.child_consent_rule,
        information: pw::codes(&m.information),
        escort: m.escort,
        escort_cost: m.escort_cost,
        document_id: m.document_id,
        status: m.status,
        last_used_on: m.last_used_on,
        steps: p
            .steps
            .into_iter()
            .map(|s| StepBody {
                actor: s.actor,
                action: s.action,
                max_days: s.max_days,
            })
            .collect(),
        barriers: p
            .barriers
            .into_iter()
            .map(|b| BarrierBody {
                topic: codes.get(&b.legal_topic_id).cloned().unwrap_or_default(),
                country: b.legal_country,
            })
            .collect(),
        version: m.version,
        created_at: m.created_at,
        updated_at: m.updated_at,
    })
}

/// List referral pathways (paged; filter by kind, status, from and to country).
#[utoipa::path(get, path = "/api/v1/pathways", params(PathwayFilter),
    responses((status = 200, body = PathwayList), super::Unauthorized))]
pub async fn list(Page { state, viewer, .. }: Page, q: web::Query<PathwayFilter>) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let (rows, total, page) = pw::list(&state.db, &q).await?;
    let mut items = vec![];
    for r in rows {
        items.push(dto(&state.db, pw::full(&state.db, r.id).await?).await?);
    }
    Ok(HttpResponse::Ok().json(PathwayList {
        items,
        page,
        per_page: pw::PER_PAGE,
        total,
    }))
}

/// One referral pathway with its steps and legal barriers.
#[utoipa::path(get, path = "/api/v1/pathways/{id}", params(("id" = i32, Path, description = "Pathway id")),
    responses((status = 200, body = PathwayDto, headers(("ETag" = String, description = "The pathway's version; send it as If-Match with PUT"))),
        super::NotFound))]
pub async fn get(Page { state, viewer, .. }: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let p = pw::full(&state.db, path.into_inner()).await?;
    let version = p.pathway.version;
    Ok(super::versioned(version, &dto(&state.db, p).await?))
}

/// Add a referral pathway (the secretariat).
#[utoipa::path(post, path = "/api/v1/pathways", request_body = PathwayBody,
    responses((status = 201, body = PathwayDto), super::WriteErrors))]
pub async fn create(
    Page { state, viewer, .. }: Page,
    body: super::Json<PathwayBody>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManagePathways)?;
    let input = PathwayFields::from(body.into_inner()).parse(&state.db).await?;
    let saved = pw::create(&state.db, input).await?;
    let p = pw::full(&state.db, saved.id).await?;
    Ok(super::created(format!("/api/v1/pathways/{}", saved.id)).json(dto(&state.db, p).await?))
}

/// Replace a pathway's fields, steps and barriers (the secretariat). Send `If-Match` with the
/// ETag from GET: a pathway changed since then is not overwritten (412).
#[utoipa::path(put, path = "/api/v1/pathways/{id}", request_body = PathwayBody,
    params(("id" = i32, Path, description = "Pathway id"), super::IfMatch),
    responses((status = 200, body = PathwayDto, headers(("ETag" = String, description = "The new version"))),
        super::NotFound, super::WriteErrors, super::IfMatchErrors))]
pub async fn update(
    Page { state, viewer, req }: Page,
    path: web::Path<i32>,
    body: super::Json<PathwayBody>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManagePathways)?;
    let id = path.into_inner();
    pw::get(&state.db, id).await?;
    let input = PathwayFields::from(body.into_inner()).parse(&state.db).await?;
    let based_on = super::if_match(&req)?;
    let saved = pw::update(&state.db, id, input, based_on)
        .await
        .map_err(super::precondition)?;
    let p = pw::full(&state.db, saved.id).await?;
    Ok(super::versioned(saved.version, &dto(&state.db, p).await?))
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct MatrixEntryDto {
    pub id: i32,
    pub service_kind: String,
    pub status: String,
    pub receiving_service: Option<String>,
    pub contact_role: Option<String>,
    pub contact_phone: Option<String>,
    pub contact_email: Option<String>,
    pub last_used_on: Option<NaiveDate>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct MatrixCellDto {
    pub from: String,
    pub to: String,
    /// Agreed first, then suspended, then drafts.
    pub pathways: Vec<MatrixEntryDto>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct MatrixDto {
    /// The network's countries, in order (rows: from; columns: to).
    pub countries: Vec<String>,
    pub cells: Vec<MatrixCellDto>,
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct MatrixQuery {
    /// A service kind code (blank: every kind).
    #[serde(default)]
    pub kind: String,
}

/// The pathway matrix: every pair of the network's countries and the pathways between them.
#[utoipa::path(get, path = "/api/v1/pathways/matrix", params(MatrixQuery),
    responses((status = 200, body = MatrixDto), super::Unauthorized))]
pub async fn matrix(Page { state, viewer, .. }: Page, q: web::Query<MatrixQuery>) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let (countries, rows) = pw::matrix(&state.db, &q.kind).await?;
    Ok(HttpResponse::Ok().json(MatrixDto {
        countries: countries.into_iter().map(|c| c.code).collect(),
        cells: rows
            .into_iter()
            .flatten()
            .map(|c| MatrixCellDto {
                from: c.from,
                to: c.to,
                pathways: c
                    .entries
                    .into_iter()
                    .map(|e| MatrixEntryDto {
                        id: e.id,
                        service_kind: e.kind,
                        status: e.status,
                        receiving_service: e.service,
                        contact_role: e.contact_role,
                        contact_phone: e.contact_phone,
                        contact_email: e.contact_email,
                        last_used_on: e.last_used_on,
                    })
                    .collect(),
            })
            .collect(),
    }))
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct FoundCapacityDto {
    pub unit: String,
    pub band: String,
    pub target_group: String,
    pub as_of: NaiveDate,
    pub expires_on: NaiveDate,
    /// False past `expires_on`: not confirmed since `as_of`.
    pub confirmed: bool,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct FoundContactDto {
    pub role: String,
    pub phone: String,
    pub email: String,
    pub available_24_7: bool,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct FoundServiceDto {
    pub service_id: i32,
    pub name: String,
    pub organization: Option<String>,
    pub kind: String,
    pub city: String,
    /// The staff speak the language asked for (else interpretation can be arranged).
    pub speaks_language: bool,
    pub capacity: Vec<FoundCapacityDto>,
    pub verified_on: Option<NaiveDate>,
    pub contact: Option<FoundContactDto>,
    pub pathway_id: Option<i32>,
    pub pathway_status: Option<String>,
    pub funded_until: Option<NaiveDate>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct FoundList {
    pub items: Vec<FoundServiceDto>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

/// Find services that fit one person's situation. Nothing about the search is stored or logged.
#[utoipa::path(get, path = "/api/v1/services/find", params(NeedQuery),
    responses((status = 200, body = FoundList), super::Unauthorized))]
pub async fn find(page: Page, q: web::Query<NeedQuery>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let q = q.into_inner();
    let today = pw::today_in(page.viewer.tz());
    let org = page.viewer.user.as_ref().and_then(|u| u.organization_id);
    let need = q.need(today, pw::org_country(&page.state.db, org).await?);
    let (hits, total, p) = if q.is_search() {
        need_search::search(&page.state.db, &need, q.page).await?
    } else {
        (vec![], 0, 1)
    };
    Ok(HttpResponse::Ok().json(FoundList {
        items: hits
            .into_iter()
            .map(|h| FoundServiceDto {
                service_id: h.service.id,
                name: h.service.name,
                organization: h.organization.map(|o| o.name),
                kind: h.service.kind,
                city: h.service.city,
                speaks_language: h.speaks_language,
                capacity: h
                    .capacity
                    .into_iter()
                    .map(|c| FoundCapacityDto {
                        confirmed: c.expires_on >= today,
                        unit: c.unit,
                        band: c.band,
                        target_group: c.target_group,
                        as_of: c.as_of,
                        expires_on: c.expires_on,
                    })
                    .collect(),
                verified_on: h.service.verified_on,
                contact: h.contact.map(|c| FoundContactDto {
                    role: c.role,
                    phone: c.phone,
                    email: c.email,
                    available_24_7: c.available_24_7,
                }),
                pathway_id: h.pathway.as_ref().map(|p| p.id),
                pathway_status: h.pathway.map(|p| p.status),
                funded_until: h.service.funded_until,
            })
            .collect(),
        page: p,
        per_page: need_search::PER_PAGE,
        total,
    }))
}
