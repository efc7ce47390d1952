//! The service map in the JSON API: capacity per country and kind of service, and the coverage
//! gaps with the items linked to them. Same rules as the page: free places (`available`) only
//! for members and the secretariat.

use actix_web::{HttpResponse, web};
use chrono::NaiveDate;
use serde::Serialize;

use super::services::CapacityTotalDto;
use crate::auth::Action;
use crate::error::AppError;
use crate::services::coverage::{self as cov, MapFilter};
use crate::services::support as sp;
use crate::views::Page;

#[derive(Serialize, utoipa::ToSchema)]
pub struct ServiceMapCellDto {
    pub country: String,
    /// Per unit, as the services list's totals: active services only.
    pub amounts: Vec<CapacityTotalDto>,
    /// The most open band of the active services' current figures (`full` only when every
    /// one is full); absent without a current figure.
    pub best_band: Option<String>,
    /// The least open band among the same.
    pub worst_band: Option<String>,
    /// Active services of this kind serving the country.
    pub services: i64,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ServiceMapRowDto {
    pub kind: String,
    pub cells: Vec<ServiceMapCellDto>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct CoverageGapDto {
    pub country: String,
    pub kind: String,
    /// A target group code, or `everyone`.
    pub group: String,
    /// Action items made for this gap.
    pub action_items: Vec<i32>,
    /// Agenda items made for this gap.
    pub agenda_items: Vec<i32>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ServiceMapDto {
    /// The region's country codes, in the columns' order.
    pub countries: Vec<String>,
    pub rows: Vec<ServiceMapRowDto>,
    /// A service counts as verified when confirmed on or after this day.
    pub verified_since: NaiveDate,
    pub gaps: Vec<CoverageGapDto>,
    pub page: u64,
    pub per_page: u64,
    /// Gaps the filters select, on all pages.
    pub total: u64,
}

/// The service map: capacity per country and kind, and the coverage gaps (a country, kind and
/// target group with no active service confirmed within the last 60 days), paged.
#[utoipa::path(get, path = "/api/v1/services/map", params(MapFilter),
    responses((status = 200, body = ServiceMapDto), super::Unauthorized))]
pub async fn map(Page { state, viewer, .. }: Page, q: web::Query<MapFilter>) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let available = viewer.can(Action::SeeAvailablePlaces);
    let m = cov::map(&state.db, &q, sp::today()).await?;
    let gaps = m
        .gaps
        .iter()
        .map(|g| {
            let links = m.links.get(g).map(Vec::as_slice).unwrap_or(&[]);
            CoverageGapDto {
                country: g.country.clone(),
                kind: g.kind.clone(),
                group: g.group.clone(),
                action_items: links.iter().filter_map(|l| l.action_item_id).collect(),
                agenda_items: links.iter().filter_map(|l| l.agenda_item_id).collect(),
            }
        })
        .collect();
    let rows = m
        .rows
        .into_iter()
        .map(|r| ServiceMapRowDto {
            kind: r.kind,
            cells: r
                .cells
                .into_iter()
                .map(|c| ServiceMapCellDto {
                    country: c.country,
                    amounts: c
                        .totals
                        .into_iter()
                        .map(|t| CapacityTotalDto {
                            unit: t.unit,
                            maximum: t.maximum,
                            available: Some(t.available).filter(|_| available),
                            figures: t.figures,
                            unconfirmed: t.unconfirmed,
                        })
                        .collect(),
                    best_band: c.best_band,
                    worst_band: c.worst_band,
                    services: c.services,
                })
                .collect(),
        })
        .collect();
    Ok(HttpResponse::Ok().json(ServiceMapDto {
        countries: m.countries.into_iter().map(|c| c.code).collect(),
        rows,
        verified_since: m.verified_since,
        gaps,
        page: m.page,
        per_page: cov::PER_PAGE,
        total: m.gaps_total,
    }))
}
