//! Export (CSV, JSON, topics) and import (upload, preview, confirm).

use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::{Value, json};

use crate::auth::{Action, Viewer};
use crate::error::{AppError, FieldErrors};
use crate::forms::Form;
use crate::i18n::t;
use crate::routes::uploads;
use crate::services::legal::{self as lg, EntryInput};
use crate::state::AppState;
use crate::views;
use crate::views::Page;
use crate::views::legal as vl;
use entity::legal_topic;

use super::{actor, parse_date, query_all, query_one};

// ---------------------------------------------------------------------------------------------
// Export

/// The cells a filtered export covers: matrix filters (category, assessment), the countries and
/// topics chosen (`country=` and `topic=`, each may repeat, as the compare page sends them),
/// optionally as of a date.
async fn export_rows(
    state: &AppState,
    req: &HttpRequest,
) -> Result<Vec<(legal_topic::Model, String, EntryInput)>, AppError> {
    let f = lg::CellFilter {
        category: query_one(req, "category"),
        assessment: query_one(req, "assessment"),
        countries: query_all(req, "country"),
        topics: query_all(req, "topic"),
        as_of: parse_date(&query_one(req, "as_of")),
    };
    Ok(lg::filtered_cells(&state.db, &f)
        .await?
        .into_iter()
        .map(|(t, c, _, fields)| (t, c, fields))
        .collect())
}

fn attachment(body: Vec<u8>, content_type: &str, name: &str) -> HttpResponse {
    views::attachment(content_type, name)
        .insert_header(("X-Content-Type-Options", "nosniff"))
        .insert_header(("Cache-Control", "no-store"))
        .body(body)
}

pub async fn export_csv(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let rows = export_rows(&page.state, &page.req).await?;
    Ok(attachment(
        lg::entries_csv(&rows)?,
        "text/csv; charset=utf-8",
        "legal-register.csv",
    ))
}

pub async fn export_json(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let rows = export_rows(&page.state, &page.req).await?;
    let list: Vec<Value> = rows
        .iter()
        .map(|(tp, c, f)| json!({"topic_code": tp.code, "topic_title": tp.title, "country": c, "entry": f}))
        .collect();
    let body = serde_json::to_vec_pretty(&json!({"entries": list})).map_err(AppError::internal)?;
    Ok(attachment(body, "application/json", "legal-register.json"))
}

pub async fn export_topics(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let rows = lg::topics(&page.state.db, false).await?;
    Ok(attachment(
        lg::topics_csv(&rows)?,
        "text/csv; charset=utf-8",
        "legal-topics.csv",
    ))
}

// ---------------------------------------------------------------------------------------------
// Import: upload -> preview (every row error) -> confirm (all rows or none)

/// Largest CSV file accepted for import.
pub const IMPORT_LIMIT: usize = 5 * 1024 * 1024;

fn import_allowed(viewer: &Viewer, kind: &str) -> Result<(), AppError> {
    viewer.require(if kind == "topics" {
        Action::ManageLegalTopics
    } else {
        Action::EditRegister
    })?;
    Ok(())
}

pub async fn import_form(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::EditRegister)?;
    let lang = page.lang().to_string();
    let data = vl::ImportPage {
        base: vl::base(&page.state).await?,
        kind: "entries",
        can_topics: page.viewer.can(Action::ManageLegalTopics),
    };
    page.ok("pages/legal/import", &t(&lang, "legal-import-title"), data)
}

pub async fn import_upload(page: Page, payload: actix_multipart::Multipart) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::EditRegister)?.clone();
    let lang = page.lang().to_string();
    let mut form = uploads::read_small(
        payload,
        &["_csrf", "kind", "file"],
        IMPORT_LIMIT,
        crate::i18n::msg("legal-import-unreadable"),
    )
    .await?;
    let (csrf, mut kind) = (form.text("_csrf"), form.text("kind").trim().to_string());
    let (content, too_large) = (form.take("file"), form.too_large);
    if !crate::forms::csrf_token_ok(&page.state, &page.req, &csrf) {
        return Err(AppError::Csrf);
    }
    if kind != "topics" {
        kind = "entries".into();
    }
    import_allowed(&page.viewer, &kind)?;
    let fail = |msg: crate::i18n::Msg| async {
        let mut e = FieldErrors::default();
        e.add("file", msg);
        page.invalid(
            "pages/legal/import",
            &t(&lang, "legal-import-title"),
            &e,
            &vl::ImportPage {
                base: vl::base(&page.state).await?,
                kind: &kind,
                can_topics: page.viewer.can(Action::ManageLegalTopics),
            },
        )
    };
    if too_large {
        return fail(crate::i18n::msg("legal-import-too-large")).await;
    }
    if content.is_empty() {
        return fail(crate::i18n::msg("legal-import-empty")).await;
    }
    let Ok(text) = String::from_utf8(content) else {
        return fail(crate::i18n::msg("legal-import-not-utf8")).await;
    };
    let plan = lg::plan_import(&page.state.db, &kind, &text).await?;
    let id = if plan.errors.is_empty() {
        Some(lg::store_import(&page.state.db, user.id, &kind, &text).await?)
    } else {
        None
    };
    let status = if plan.errors.is_empty() {
        actix_web::http::StatusCode::OK
    } else {
        actix_web::http::StatusCode::UNPROCESSABLE_ENTITY
    };
    views::render(
        &page.state,
        &page.viewer,
        &page.req,
        status,
        "pages/legal/import_preview",
        &t(&lang, "legal-import-preview-title"),
        vl::import_preview(vl::base(&page.state).await?, &lang, &kind, &plan, id),
    )
}

pub async fn import_confirm(page: Page, path: web::Path<i32>, _form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::EditRegister)?.clone();
    let lang = page.lang().to_string();
    let txn = crate::db::begin_write(&page.state.db).await?;
    let pending = lg::take_import(&txn, path.into_inner(), user.id).await?;
    import_allowed(&page.viewer, &pending.kind)?;
    let plan = lg::plan_import(&txn, &pending.kind, &pending.content).await?;
    if !plan.errors.is_empty() {
        // The register changed since the preview (e.g. a topic was renamed): nothing is saved.
        return Ok(page.see_other("/legal/import", Some(("error", &t(&lang, "legal-import-changed")))));
    }
    let n = lg::apply_import(&txn, Some(&page.state.notifier()), plan, &actor(&user), &lang).await?;
    txn.commit().await?;
    Ok(page.see_other(
        "/legal",
        Some((
            "success",
            &crate::i18n::t_args(&lang, "legal-import-done", &[("count", (n as i64).into())]),
        )),
    ))
}
