//! Draft events from an uploaded calendar file (Outlook, Google Calendar, Apple Calendar,
//! Thunderbird): upload, preview (with the time-zone question when the file does not place its
//! times), confirm. Nothing is created before the confirm.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use chrono_tz::Tz;
use serde::Deserialize;

use crate::auth::Action;
use crate::calendar::import::{self as ci, ReadOptions, Reading};
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::{t, t_args};
use crate::routes::uploads;
use crate::services::events as ev;
use crate::views;
use crate::views::Page;
use crate::views::calendar_import::{self as vi, ImportPage};

use super::uid_domain;

/// Largest .ics file accepted for import.
const IMPORT_LIMIT: usize = 1024 * 1024;
/// The most drafts one file creates (a weekly meeting for a year is 53).
const DRAFT_LIMIT: usize = 60;
const UPLOAD: &str = "pages/events/import";
const PREVIEW: &str = "pages/events/import_preview";

pub async fn import_form(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageEvents)?;
    page.ok(UPLOAD, &page.t("import-title"), ImportPage { error: None })
}

/// Zones a suggestion may come from: the network's first.
fn candidates() -> Vec<Tz> {
    views::NETWORK_ZONES
        .iter()
        .filter_map(|(code, _)| code.parse().ok())
        .chain(chrono_tz::TZ_VARIANTS.iter().copied())
        .collect()
}

fn read(text: &str, zone: Option<Tz>) -> Result<Reading, ci::ImportError> {
    let candidates = candidates();
    ci::read(
        text,
        &ReadOptions {
            zone,
            default_zone: chrono_tz::Europe::Tirane,
            candidates: &candidates,
            limit: DRAFT_LIMIT,
        },
    )
}

fn status_page(
    page: &Page,
    status: StatusCode,
    template: &str,
    title: &str,
    data: impl serde::Serialize,
) -> Result<HttpResponse, AppError> {
    views::render(&page.state, &page.viewer, &page.req, status, template, title, data)
}

/// Keeps an uploaded file for its preview. A broken file gets a message naming its line, and
/// nothing is kept.
pub async fn import(page: Page, payload: actix_multipart::Multipart) -> Result<HttpResponse, AppError> {
    let me = page.viewer.require(Action::ManageEvents)?;
    let lang = page.lang().to_string();
    let mut form = uploads::read_small(
        payload,
        &["_csrf", "file"],
        IMPORT_LIMIT,
        crate::i18n::msg("import-unreadable"),
    )
    .await?;
    let (csrf, file_name, file, too_large) = (
        form.text("_csrf"),
        form.file_name("file").unwrap_or_default(),
        form.take("file"),
        form.too_large,
    );
    if !crate::forms::csrf_token_ok(&page.state, &page.req, &csrf) {
        return Err(AppError::Csrf);
    }
    let fail = |message: String| {
        status_page(
            &page,
            StatusCode::UNPROCESSABLE_ENTITY,
            UPLOAD,
            &t(&lang, "import-title"),
            ImportPage { error: Some(message) },
        )
    };
    if too_large {
        return fail(t(&lang, "import-too-large"));
    }
    if file.is_empty() {
        return fail(t(&lang, "import-empty"));
    }
    let Ok(text) = String::from_utf8(file) else {
        return fail(t(&lang, "import-not-text"));
    };
    if let Err(e) = read(&text, None) {
        return fail(vi::error_text(&lang, &e));
    }
    let staged = ev::import::stage(&page.state.db, me.id, &file_name, text).await?;
    Ok(page.see_other(&format!("/events/import/{}", staged.id), None))
}

#[derive(Deserialize, Default)]
pub struct ZoneQuery {
    #[serde(default)]
    zone: String,
}

/// A zone the user chose, if it is one.
fn chosen(zone: &str) -> Option<Tz> {
    zone.trim().parse().ok()
}

/// What the file will create, in the zone the user chose (if any).
pub async fn preview(page: Page, path: web::Path<i32>, q: web::Query<ZoneQuery>) -> Result<HttpResponse, AppError> {
    let me = page.viewer.require(Action::ManageEvents)?;
    let staged = ev::import::staged(&page.state.db, path.into_inner(), me.id).await?;
    let zone = chosen(&q.zone);
    let lang = page.lang();
    match read(&staged.content, zone) {
        Ok(r) => page.ok(
            PREVIEW,
            &t(lang, "import-preview-title"),
            vi::preview(lang, staged.id, &staged.file_name, &r, zone),
        ),
        // The file was read once already; only a chosen zone can make it fail now (a time
        // that does not exist there).
        Err(e) => {
            let r = read(&staged.content, None).map_err(|_| AppError::NotFound)?;
            let mut data = vi::preview(lang, staged.id, &staged.file_name, &r, zone);
            data.error = Some(vi::error_text(lang, &e));
            status_page(
                &page,
                StatusCode::UNPROCESSABLE_ENTITY,
                PREVIEW,
                &t(lang, "import-preview-title"),
                data,
            )
        }
    }
}

/// Creates the drafts, all or none.
pub async fn confirm(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let me = page.viewer.require(Action::ManageEvents)?;
    let lang = page.lang().to_string();
    let Ok(staged) = ev::import::staged(&page.state.db, path.into_inner(), me.id).await else {
        return gone(&page);
    };
    let zone = chosen(form.get("zone"));
    let reading = read(&staged.content, zone);
    let r = match reading {
        Ok(r) if r.question.is_none() => r,
        // Still a question to answer, or a time that does not exist in the chosen zone: the
        // preview again, with what to do.
        other => {
            let r = match &other {
                Ok(r) => r.clone(),
                Err(_) => read(&staged.content, None).map_err(|_| AppError::NotFound)?,
            };
            let mut data = vi::preview(&lang, staged.id, &staged.file_name, &r, zone);
            data.error = Some(match other {
                Err(e) => vi::error_text(&lang, &e),
                Ok(_) => t(&lang, "import-zone-needed"),
            });
            return status_page(
                &page,
                StatusCode::UNPROCESSABLE_ENTITY,
                PREVIEW,
                &t(&lang, "import-preview-title"),
                data,
            );
        }
    };
    let venue_unknown = t(&lang, "import-venue-unknown");
    let Some(created) = ev::import::confirm(
        &page.state.db,
        staged.id,
        me.id,
        &r.drafts,
        &venue_unknown,
        &uid_domain(&page.state),
    )
    .await?
    else {
        return gone(&page);
    };
    let first = created.first().map(|e| e.id).ok_or(AppError::NotFound)?;
    if created.len() == 1 {
        return page.done(&format!("/events/{first}/edit"), "import-done");
    }
    let text = t_args(&lang, "import-done-many", &[("count", (created.len() as i64).into())]);
    Ok(page.see_other(&format!("/events/{first}"), Some(("success", &text))))
}

/// The upload was confirmed already (another tab, a double click) or has expired.
fn gone(page: &Page) -> Result<HttpResponse, AppError> {
    Ok(page.see_other("/events", Some(("error", &page.t("import-gone")))))
}
