//! Draft events created from an uploaded calendar invitation.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;

use crate::auth::Action;
use crate::calendar;
use crate::error::AppError;
use crate::i18n::t;
use crate::routes::uploads;
use crate::services::events as ev;
use crate::views;
use crate::views::Page;
use crate::views::events::ImportPage;

use super::uid_domain;

/// Largest .ics file accepted for import.
const IMPORT_LIMIT: usize = 1024 * 1024;

pub async fn import_form(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageEvents)?;
    page.ok(
        "pages/events/import",
        &t(page.lang(), "import-title"),
        ImportPage { error: None },
    )
}

/// Creates a draft event from an uploaded invitation (Outlook, Google Calendar, ...). A broken
/// file gets a message naming its line, and nothing is created.
pub async fn import(page: Page, payload: actix_multipart::Multipart) -> Result<HttpResponse, AppError> {
    let me = page.viewer.require(Action::ManageEvents)?;
    let lang = page.lang().to_string();
    let mut form = uploads::read_small(
        payload,
        &["_csrf", "file"],
        IMPORT_LIMIT,
        "The upload could not be read.",
    )
    .await?;
    let (csrf, file, too_large) = (form.text("_csrf"), form.take("file"), form.too_large);
    if !crate::forms::csrf_token_ok(&page.state, &page.req, &csrf) {
        return Err(AppError::Csrf);
    }
    let fail = |message: String| {
        views::render(
            &page.state,
            &page.viewer,
            &page.req,
            StatusCode::UNPROCESSABLE_ENTITY,
            "pages/events/import",
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
    let imported = match calendar::import_event(&text) {
        Ok(i) => i,
        Err(e) => return fail(e.to_string()),
    };
    let title: String = crate::mail::one_line(&imported.summary, 200);
    let (venue_name, online_url) = match imported.location.as_deref() {
        Some(l) if l.starts_with("http://") || l.starts_with("https://") => (None, Some(l.to_string())),
        Some(l) => (Some(crate::mail::one_line(l, 200)), imported.url.clone()),
        None => (None, imported.url.clone()),
    };
    let input = ev::EventInput {
        title,
        kind: "other".into(),
        description: imported.description.map(|d| d.chars().take(20_000).collect()),
        tz: imported.tz,
        starts_at: imported.start,
        ends_at: imported.end,
        venue_name: venue_name.or_else(|| Some(t(&lang, "import-venue-unknown"))),
        venue_address: None,
        venue_city: None,
        venue_country: None,
        online_url: online_url.filter(|u| u.len() <= 500),
        project: None,
        languages: None,
        capacity: None,
        visibility: "network".into(),
        status: "draft".into(),
        organizers: vec![],
    };
    let e = ev::create(&page.state.db, input, Some(me.id), &uid_domain(&page.state)).await?;
    page.done(&format!("/events/{}/edit", e.id), "import-done")
}
