//! Importing another directory's services (Open Referral HSDS): the form and the upload. The
//! package is checked whole and saved whole, or nothing is saved and every problem is listed
//! with its file, line and field.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;

use crate::auth::Action;
use crate::error::AppError;
use crate::i18n::msg;
use crate::routes::uploads;
use crate::services::hsds::import::{self, Limits, Outcome, Problem};
use crate::views::hsds as v;
use crate::views::{self, Page};

const TEMPLATE: &str = "pages/hsds/import";

pub async fn import_form(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ImportServices)?;
    page.ok(TEMPLATE, &page.t("hsds-import-title"), v::ImportPage::default())
}

pub async fn import_upload(page: Page, payload: actix_multipart::Multipart) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ImportServices)?.clone();
    let limits = Limits::new(page.state.settings.upload_limit);
    let mut form = uploads::read_small(
        payload,
        &["_csrf", "file"],
        limits.package as usize,
        msg("hsds-import-error-unreadable"),
    )
    .await?;
    if !crate::forms::csrf_token_ok(&page.state, &page.req, &form.text("_csrf")) {
        return Err(AppError::Csrf);
    }
    let outcome = if form.too_large {
        Outcome::Refused(vec![Problem::whole(
            msg("hsds-import-error-too-large").arg("limit", import::read::size(limits.package)),
        )])
    } else {
        let body = form.take("file");
        let notifier = page.state.notifier();
        import::import(&page.state.db, Some(&notifier), &body, limits, user.id).await?
    };
    let lang = page.lang().to_string();
    let (status, data) = match outcome {
        Outcome::Saved(summary) => (
            StatusCode::OK,
            v::ImportPage {
                done: Some(v::done(&lang, &summary)),
                ..Default::default()
            },
        ),
        Outcome::Refused(problems) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            v::ImportPage {
                problems: v::problems(&lang, &problems),
                ..Default::default()
            },
        ),
    };
    views::render(
        &page.state,
        &page.viewer,
        &page.req,
        status,
        TEMPLATE,
        &page.t("hsds-import-title"),
        data,
    )
}
