//! View models for keeping services fresh: the secretariat's dashboard panel and list of
//! services to check, and the page of the one-click "still correct" link.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::AppError;
use crate::services::freshness::{self as fresh, Check};
use crate::state::AppState;
use crate::views::Pager;
use entity::service;

/// How many services of each list the dashboard shows.
pub const PANEL_ROWS: u64 = 5;
/// Services per page of the full list.
pub const PER_PAGE: u64 = 25;

/// A service to check, linking to its page.
#[derive(Serialize)]
pub struct ServiceRow {
    pub name: String,
    pub organization: String,
    pub url: String,
    pub verified_on: Option<String>,
    pub funded_until: Option<String>,
}

pub fn row(s: &service::Model, orgs: &HashMap<i32, String>) -> ServiceRow {
    ServiceRow {
        name: s.name.clone(),
        organization: orgs.get(&s.organization_id).cloned().unwrap_or_default(),
        url: format!("/services/{}", s.id),
        verified_on: s.verified_on.map(|d| d.to_string()),
        funded_until: s.funded_until.map(|d| d.to_string()),
    }
}

/// The dashboard's panel for the secretariat: the first few of each list and their totals.
#[derive(Serialize)]
pub struct Panel {
    pub days: i64,
    pub months: u32,
    pub unconfirmed: Vec<ServiceRow>,
    pub unconfirmed_total: u64,
    pub funding: Vec<ServiceRow>,
    pub funding_total: u64,
}

async fn rows_of(state: &AppState, services: &[service::Model]) -> Result<Vec<ServiceRow>, AppError> {
    let orgs = fresh::organization_names(&state.db, services).await?;
    Ok(services.iter().map(|s| row(s, &orgs)).collect())
}

pub async fn panel(state: &AppState, today: NaiveDate) -> Result<Panel, AppError> {
    let (stale, stale_total) = fresh::to_check(&state.db, Check::Unconfirmed, today, 0, PANEL_ROWS).await?;
    let (funding, funding_total) = fresh::to_check(&state.db, Check::FundingEnds, today, 0, PANEL_ROWS).await?;
    Ok(Panel {
        days: fresh::STALE_DAYS,
        months: fresh::FUNDING_MONTHS,
        unconfirmed: rows_of(state, &stale).await?,
        unconfirmed_total: stale_total,
        funding: rows_of(state, &funding).await?,
        funding_total,
    })
}

/// The full list of one kind, paged.
#[derive(Serialize)]
pub struct ReviewPage {
    pub days: i64,
    pub months: u32,
    /// Which list: unconfirmed or funding.
    pub list: &'static str,
    pub funding: bool,
    pub rows: Vec<ServiceRow>,
    pub pager: Pager,
}

pub async fn review_page(state: &AppState, check: Check, today: NaiveDate, page: u64) -> Result<ReviewPage, AppError> {
    let offset = crate::services::paging::offset(page, PER_PAGE);
    let (services, total) = fresh::to_check(&state.db, check, today, offset, PER_PAGE).await?;
    let query = format!("list={}", check.as_str());
    Ok(ReviewPage {
        days: fresh::STALE_DAYS,
        months: fresh::FUNDING_MONTHS,
        list: check.as_str(),
        funding: check == Check::FundingEnds,
        rows: rows_of(state, &services).await?,
        pager: Pager::new("/services/review", &query, page, PER_PAGE, total),
    })
}

/// The page of a one-click link: the question with its button, or (`done`) the confirmation.
#[derive(Serialize)]
pub struct ConfirmPage {
    pub done: bool,
    pub service: String,
    pub organization: String,
    pub verified_on: Option<String>,
    pub action: String,
}

/// One thing to follow on the follow page, with its button's state.
#[derive(Serialize)]
pub struct FollowRow {
    pub kind: &'static str,
    pub target: String,
    pub name: String,
    pub following: bool,
}

/// `/services/follow`: the countries of the region and the kinds of service.
#[derive(Serialize)]
pub struct FollowPage {
    pub countries: Vec<FollowRow>,
    pub kinds: Vec<FollowRow>,
}

pub async fn follow_page(state: &AppState, lang: &str, user_id: i32) -> Result<FollowPage, AppError> {
    use sea_orm::{EntityTrait, QueryOrder};
    let mine = crate::services::freshness::follows::follows(&state.db, user_id).await?;
    let following = |kind: &str, target: &str| mine.iter().any(|(k, t)| k == kind && t == target);
    let countries = crate::services::countries::all_in(&state.db, lang)
        .await?
        .into_iter()
        .filter(|c| c.in_region)
        .map(|c| FollowRow {
            kind: "country",
            following: following("country", &c.code),
            name: crate::services::countries::display_name(&c),
            target: c.code,
        })
        .collect();
    let kinds = entity::service_kind::Entity::find()
        .order_by_asc(entity::service_kind::Column::SortOrder)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|k| FollowRow {
            kind: "service_kind",
            following: following("service_kind", &k.code),
            name: crate::i18n::label(lang, "service", &k.code),
            target: k.code,
        })
        .collect();
    Ok(FollowPage { countries, kinds })
}
