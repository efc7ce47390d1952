//! `/api/v1/figures...`: the quarterly report (every signed-in role; small numbers suppressed
//! as on the page), and a member's own organization's monthly sheet, read exactly and written
//! with `If-Match` (members of that organization only).

use std::collections::BTreeMap;

use actix_web::{HttpResponse, web};
use chrono::{DateTime, Utc};
use sea_orm::EntityTrait;
use serde::{Deserialize, Serialize};

use crate::auth::Action;
use crate::error::AppError;
use crate::services::figures::suppress::Shown;
use crate::services::figures::{self as fg, FigureFields, Month, SheetKey, Table};
use crate::views::Page;
use entity::service_kind;

/// A suppressed table: `cells[row][column]` is a count, or the text "<5" (below the threshold,
/// or hidden so that a total cannot give a small number away).
#[derive(Serialize, utoipa::ToSchema)]
pub struct FigureTable {
    pub rows: Vec<String>,
    pub columns: Vec<String>,
    #[schema(value_type = Vec<Vec<Object>>)]
    pub cells: Vec<Vec<serde_json::Value>>,
    /// Row totals (empty when the table has none).
    #[schema(value_type = Vec<Object>)]
    pub row_totals: Vec<serde_json::Value>,
    /// Column totals (empty when the table has none).
    #[schema(value_type = Vec<Object>)]
    pub column_totals: Vec<serde_json::Value>,
    #[schema(value_type = Option<Object>)]
    pub grand_total: Option<serde_json::Value>,
}

/// The quarterly report, country-level, suppressed.
#[derive(Serialize, utoipa::ToSchema)]
pub struct FiguresReport {
    /// `YYYY-Qn`.
    pub quarter: String,
    pub kind: Option<String>,
    pub country: Option<String>,
    /// Figures from 1 to `threshold - 1` are shown as "<threshold>".
    pub threshold: i64,
    /// Countries × measures (received, sent, new, ongoing, declined, bed_nights).
    pub by_country: FigureTable,
    /// Service kinds × countries: people newly assisted.
    pub by_kind: FigureTable,
    /// Country of the reporting organization × destination country: referrals sent.
    pub flows: FigureTable,
    /// Service kinds × countries: referrals declined for lack of capacity.
    pub unmet_demand: FigureTable,
    /// Country -> service kind -> no_report, none_assisted or covered.
    pub coverage: BTreeMap<String, BTreeMap<String, String>>,
    /// Fictional demo figures are among them.
    pub example: bool,
    /// Bed-nights reported against beds, by country.
    pub occupancy: FigureOccupancy,
    /// Capacity of services whose funding ends within six months, by country and service kind,
    /// earliest end first (capacities are places, not people: not suppressed).
    pub capacity_at_risk: Vec<FigureCapacityAtRisk>,
    /// People assisted by the categories of each breakdown (sex, age, origin).
    pub breakdowns: Vec<FigureBreakdown>,
}

/// One country's occupancy (or the network's, with an empty `country`).
#[derive(Serialize, utoipa::ToSchema)]
pub struct FigureOccupancyRow {
    pub country: String,
    /// A count, or "<5" (suppressed as in `by_country`).
    #[schema(value_type = Object)]
    pub bed_nights: serde_json::Value,
    /// The sum of the maximum of the confirmed (unexpired) `beds` figures of the country's
    /// active services.
    pub beds: i64,
    /// bed_nights / (beds × days) in per cent, one decimal; null when the bed-nights are
    /// suppressed or there are no beds.
    pub percent: Option<f64>,
}

/// Occupancy: bed-nights against beds.
#[derive(Serialize, utoipa::ToSchema)]
pub struct FigureOccupancy {
    /// Days in the quarter.
    pub days: i64,
    pub rows: Vec<FigureOccupancyRow>,
    pub total: FigureOccupancyRow,
}

/// Capacity of one country's services of one kind whose funding ends within six months.
#[derive(Serialize, utoipa::ToSchema)]
pub struct FigureCapacityAtRisk {
    pub country: String,
    pub kind: String,
    pub services: i64,
    /// Unit (beds, places, persons_month, transports_month, case_slots) -> sum of the
    /// confirmed figures' maximum.
    pub capacity: BTreeMap<String, i64>,
    pub earliest_funded_until: chrono::NaiveDate,
}

/// People assisted by the categories of one breakdown, by country (suppressed, with column
/// totals).
#[derive(Serialize, utoipa::ToSchema)]
pub struct FigureBreakdown {
    /// sex, age or origin.
    pub breakdown: String,
    /// Organizations that reported this breakdown in the quarter.
    pub organizations: usize,
    /// Countries × categories: people newly assisted.
    pub new: FigureTable,
    /// Countries × categories: people assisted, ongoing.
    pub ongoing: FigureTable,
}

fn occupancy_row(r: &fg::capacity::OccupancyRow, below: &str) -> FigureOccupancyRow {
    FigureOccupancyRow {
        country: r.country.clone(),
        bed_nights: value(r.bed_nights, below),
        beds: r.beds,
        percent: r.percent.map(|p| (p * 10.0).round() / 10.0),
    }
}

fn value(s: Shown, below: &str) -> serde_json::Value {
    match s {
        Shown::Count(n) => serde_json::json!(n),
        Shown::Hidden => serde_json::json!(below),
    }
}

fn table(t: &Table, below: &str) -> FigureTable {
    let f = &t.figures;
    FigureTable {
        rows: t.rows.clone(),
        columns: t.cols.clone(),
        cells: f
            .cells
            .iter()
            .map(|r| r.iter().map(|s| value(*s, below)).collect())
            .collect(),
        row_totals: f.row_totals.iter().map(|s| value(*s, below)).collect(),
        column_totals: f.col_totals.iter().map(|s| value(*s, below)).collect(),
        grand_total: f.grand.map(|s| value(s, below)),
    }
}

/// The quarterly report: by country, by kind, cross-border flows, unmet demand, coverage
/// gaps, occupancy, capacity at risk and the breakdowns of people assisted, with every figure from 1 to 4 (at the default threshold) shown as "<5".
#[utoipa::path(get, path = "/api/v1/figures",
    params(("quarter" = Option<String>, Query, description = "YYYY-Qn; the latest quarter by default"),
        ("kind" = Option<String>, Query, description = "A service kind code"),
        ("country" = Option<String>, Query, description = "A country code of the reporting organizations")),
    responses((status = 200, body = FiguresReport), super::Unauthorized))]
pub async fn report(Page { state, viewer, req }: Page) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewFigures)?;
    let threshold = state.settings.suppression_threshold;
    let q = web::Query::<fg::FilterQuery>::from_query(req.query_string())
        .map(web::Query::into_inner)
        .unwrap_or_default();
    let countries = fg::network_countries(&state.db, "en").await?;
    let kinds = fg::kind_codes(&state.db).await?;
    let filter = fg::filter_of(&q, &kinds, &countries);
    let codes: Vec<String> = countries.iter().map(|(c, _)| c.clone()).collect();
    let r = fg::quarterly(&state.db, &filter, &codes, threshold, None).await?;
    let below = format!("<{threshold}");
    let coverage = r
        .gaps
        .iter()
        .map(|(c, cells)| {
            let by_kind = cells
                .iter()
                .map(|(k, g)| {
                    let word = serde_json::to_value(g)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default();
                    (k.clone(), word)
                })
                .collect();
            (c.clone(), by_kind)
        })
        .collect();
    Ok(HttpResponse::Ok().json(FiguresReport {
        quarter: r.quarter.clone(),
        kind: filter.kind.clone(),
        country: filter.country.clone(),
        threshold,
        by_country: table(&r.by_country, &below),
        by_kind: table(&r.by_kind, &below),
        flows: table(&r.flows, &below),
        unmet_demand: table(&r.unmet, &below),
        coverage,
        example: r.example,
        occupancy: FigureOccupancy {
            days: r.occupancy.days,
            rows: r.occupancy.rows.iter().map(|o| occupancy_row(o, &below)).collect(),
            total: occupancy_row(&r.occupancy.total, &below),
        },
        capacity_at_risk: r
            .at_risk
            .iter()
            .map(|a| FigureCapacityAtRisk {
                country: a.country.clone(),
                kind: a.kind.clone(),
                services: a.services,
                capacity: a.capacity.clone(),
                earliest_funded_until: a.earliest,
            })
            .collect(),
        breakdowns: r
            .breakdowns
            .iter()
            .map(|b| FigureBreakdown {
                breakdown: b.breakdown.clone(),
                organizations: b.organizations,
                new: table(&b.new, &below),
                ongoing: table(&b.ongoing, &below),
            })
            .collect(),
    }))
}

/// One month of the caller's own organization for one service kind, exact.
#[derive(Serialize, utoipa::ToSchema)]
pub struct SheetDto {
    /// `YYYY-MM`.
    pub month: String,
    pub service_kind: String,
    /// 0 while nothing is reported; send it back as `If-Match`.
    pub version: i32,
    /// none, sex, age or origin.
    pub breakdown: String,
    /// Field -> count: received, sent_<country>, new_<category>, ongoing_<category>,
    /// declined_<reason> (no_capacity, not_eligible, no_consent, other), bed_nights.
    pub counts: BTreeMap<String, i64>,
    /// The month closed on the 10th of the next month; a save after that is a correction.
    pub closed: bool,
    pub updated_at: Option<DateTime<Utc>>,
    pub corrections: usize,
}

/// A month's counts as sent: numbers only.
#[derive(Deserialize, Serialize, Default, utoipa::ToSchema)]
#[serde(default)]
pub struct SheetBody {
    /// none (default), sex, age or origin.
    pub breakdown: String,
    /// Field -> count (missing: 0), as in [`SheetDto`].
    pub counts: BTreeMap<String, i64>,
}

async fn key(state: &crate::state::AppState, org: i32, month: &str, kind: &str) -> Result<SheetKey, AppError> {
    let month = Month::parse(month)
        .filter(|m| *m <= Month::of(fg::today()))
        .ok_or(AppError::NotFound)?;
    service_kind::Entity::find_by_id(kind.to_string())
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(SheetKey {
        organization_id: org,
        month,
        service_code: kind.to_string(),
    })
}

fn dto(key: &SheetKey, sheet: &fg::Sheet) -> SheetDto {
    SheetDto {
        month: key.month.code(),
        service_kind: key.service_code.clone(),
        version: sheet.version(),
        breakdown: sheet.fields.breakdown.clone(),
        counts: sheet
            .fields
            .counts
            .iter()
            .map(|(k, v)| (k.clone(), v.parse().unwrap_or(0)))
            .collect(),
        closed: key.month.is_closed(fg::today()),
        updated_at: sheet.report.as_ref().map(|r| r.updated_at),
        corrections: sheet.revisions.iter().filter(|r| r.correction).count(),
    }
}

/// The caller's own organization's counts for a month and service kind (members only).
#[utoipa::path(get, path = "/api/v1/figures/{month}/{kind}",
    params(("month" = String, Path, description = "YYYY-MM"), ("kind" = String, Path, description = "Service kind code")),
    responses((status = 200, body = SheetDto, headers(("ETag" = String, description = "The version"))),
        super::Unauthorized, super::NotFound))]
pub async fn get_sheet(
    Page { state, viewer, .. }: Page,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let org = viewer.signed_in()?.organization_id.unwrap_or(0);
    viewer.require(Action::ReportFigures { organization_id: org })?;
    let key = key(&state, org, &path.0, &path.1).await?;
    let codes: Vec<String> = fg::network_countries(&state.db, "en")
        .await?
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    let sheet = fg::sheet(&state.db, &key, &codes).await?;
    let d = dto(&key, &sheet);
    Ok(super::versioned(d.version, &d))
}

/// Report or correct the caller's own organization's counts for a month and service kind, as
/// on the page: whole numbers from 0 to 100,000. Send `If-Match` with the ETag from GET (`"0"`
/// for a first report).
#[utoipa::path(put, path = "/api/v1/figures/{month}/{kind}", request_body = SheetBody,
    params(("month" = String, Path, description = "YYYY-MM"), ("kind" = String, Path, description = "Service kind code"),
        ("If-Match" = String, Header, description = "The ETag from GET, e.g. \"3\"")),
    responses((status = 200, body = SheetDto, headers(("ETag" = String, description = "The new version"))),
        super::WriteErrors, super::IfMatchErrors))]
pub async fn put_sheet(
    Page { state, viewer, req }: Page,
    path: web::Path<(String, String)>,
    body: super::Json<SheetBody>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.signed_in()?.clone();
    let org = user.organization_id.unwrap_or(0);
    viewer.require(Action::ReportFigures { organization_id: org })?;
    let key = key(&state, org, &path.0, &path.1).await?;
    let based_on = super::if_match(&req)?;
    let codes: Vec<String> = fg::network_countries(&state.db, "en")
        .await?
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    let body = body.into_inner();
    let mut fields = FigureFields {
        breakdown: body.breakdown,
        counts: body.counts.into_iter().map(|(k, v)| (k, v.to_string())).collect(),
    };
    fields.keep_fields(&codes);
    let input = fields.parse(&codes).map_err(AppError::Validation)?;
    let actor = fg::Actor {
        user_id: Some(user.id),
        name: user.name.clone(),
    };
    fg::save(&state.db, &key, &input, based_on, &actor, fg::today())
        .await
        .map_err(super::precondition)?;
    let sheet = fg::sheet(&state.db, &key, &codes).await?;
    let d = dto(&key, &sheet);
    Ok(super::versioned(d.version, &d))
}
