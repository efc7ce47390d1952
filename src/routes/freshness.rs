//! Keeping services fresh: the secretariat's list of services to check (`/services/review`),
//! and the signed one-click "still correct" link of the monthly mail to focal points.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use sea_orm::EntityTrait;
use serde::Deserialize;

use crate::auth::Action;
use crate::error::AppError;
use crate::forms::Form;
use crate::services::freshness::{self as fresh, Check};
use crate::views::freshness as v;
use crate::views::{self, Page};

/// Today in the network's time zone.
fn today() -> chrono::NaiveDate {
    crate::db::now().with_timezone(&chrono_tz::Europe::Tirane).date_naive()
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReviewQuery {
    pub list: String,
    #[serde(deserialize_with = "crate::services::paging::deserialize")]
    pub page: Option<u64>,
}

/// Services not confirmed for 60 days, or whose funding ends within 6 months, paged.
pub async fn review(page: Page, query: web::Query<ReviewQuery>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ReviewServices)?;
    let check = Check::parse(&query.list).ok_or(AppError::NotFound)?;
    let page_no = crate::services::paging::number(query.page);
    let data = v::review_page(&page.state, check, today(), page_no).await?;
    page.ok("pages/freshness/review", &page.t("freshness-review-title"), data)
}

/// The signed link's parts: service, directory person, expiry (Unix time), signature.
type LinkPath = web::Path<(i32, i32, i64, String)>;

/// A link that is forged, expired or for a service that no longer exists: a page that says so
/// and what to do instead (404, like the other signed links).
fn invalid_link(page: &Page) -> Result<HttpResponse, AppError> {
    views::render(
        &page.state,
        &page.viewer,
        &page.req,
        StatusCode::NOT_FOUND,
        "pages/freshness/link_invalid",
        &page.t("freshness-link-invalid-title"),
        serde_json::json!({}),
    )
}

async fn linked_service(
    page: &Page,
    path: &(i32, i32, i64, String),
) -> Result<Option<entity::service::Model>, AppError> {
    let (service, person, exp, sig) = path;
    if !fresh::verify_confirm(page.state.settings.secret_key(), *service, *person, *exp, sig) {
        return Ok(None);
    }
    match fresh::get(&page.state.db, *service).await {
        Ok(s) => Ok(Some(s)),
        Err(AppError::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}

async fn confirm_page(page: &Page, s: &entity::service::Model, done: bool) -> Result<HttpResponse, AppError> {
    let orgs = fresh::organization_names(&page.state.db, std::slice::from_ref(s)).await?;
    page.ok(
        "pages/freshness/confirm",
        &page.t("freshness-confirm-title"),
        v::ConfirmPage {
            done,
            service: s.name.clone(),
            organization: orgs.get(&s.organization_id).cloned().unwrap_or_default(),
            verified_on: s.verified_on.map(|d| d.to_string()),
            action: page.req.path().to_string(),
        },
    )
}

/// The link from the monthly mail: shows the service and asks to confirm with a button (a GET
/// changes nothing: mail scanners follow links). No sign-in: the signed link is the permission,
/// for one service and one focal point, for 45 days.
pub async fn confirm_form(page: Page, path: LinkPath) -> Result<HttpResponse, AppError> {
    match linked_service(&page, &path).await? {
        Some(s) => confirm_page(&page, &s, false).await,
        None => invalid_link(&page),
    }
}

/// The button: the service's details are confirmed today, by the focal point's account when
/// they have one.
pub async fn confirm(page: Page, path: LinkPath, _form: Form) -> Result<HttpResponse, AppError> {
    let Some(s) = linked_service(&page, &path).await? else {
        return invalid_link(&page);
    };
    let person = entity::person::Entity::find_by_id(path.1).one(&page.state.db).await?;
    let by = match person {
        Some(p) => fresh::account_of(&page.state.db, &p).await?.map(|u| u.id),
        None => None,
    };
    let s = fresh::confirm(&page.state.db, s.id, by, today()).await?;
    tracing::info!(service = s.id, person = path.1, "service confirmed by link");
    confirm_page(&page, &s, true).await
}

/// Follow services by country or kind: hear when a capacity figure changes band.
pub async fn follow_page(page: Page) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let data = v::follow_page(&page.state, page.lang(), user.id).await?;
    page.ok("pages/freshness/follow", &page.t("freshness-follow-title"), data)
}

pub async fn follow(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let kind = form.get("kind");
    let target = form.get("target");
    let data = v::follow_page(&page.state, page.lang(), user.id).await?;
    let known = match kind {
        "country" => data.countries.iter().any(|r| r.target == target),
        "service_kind" => data.kinds.iter().any(|r| r.target == target),
        _ => false,
    };
    if !known {
        return Err(AppError::BadRequest(crate::i18n::msg("freshness-follow-bad")));
    }
    let on = form.get("on") == "1";
    fresh::follows::set_follow(&page.state.db, user.id, kind, target, on).await?;
    page.done(
        "/services/follow",
        if on {
            "freshness-followed"
        } else {
            "freshness-unfollowed"
        },
    )
}
