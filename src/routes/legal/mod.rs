//! Legal-disparity register pages: the matrix, compare, country profiles, topic pages, entries
//! with their history, "what changed", proposals, follows, topic catalogue, import and export.

use std::collections::HashMap;

use actix_web::HttpRequest;
use chrono::NaiveDate;
use sea_orm::EntityTrait;
use serde_json::{Value, json};

use crate::auth::{CurrentUser, Viewer};
use crate::error::AppError;
use crate::i18n::t;
use crate::services::countries;
use crate::services::legal::{self as lg, fmt_num};
use crate::state::AppState;
use entity::{country, legal_topic};

mod entries;
mod matrix;
pub use matrix::MATRIX_TOPICS_PER_PAGE;
mod proposals;
mod topics;
mod transfer;

pub use entries::{changes, country_profile, edit_form, entry, propose, save, topic_page};
pub use matrix::{compare, matrix};
pub use proposals::{decide, follow, proposal, proposals};
pub use topics::{create_topic, edit_topic, move_topic, new_topic, retire_topic, topics_admin, update_topic};
pub use transfer::{IMPORT_LIMIT, export_csv, export_json, export_topics, import_confirm, import_form, import_upload};

fn a_label(lang: &str, a: &str) -> String {
    t(lang, &format!("legal-assessment-{a}"))
}

/// The five assessment labels, looked up once per page.
fn labels(lang: &str) -> HashMap<&'static str, String> {
    lg::ASSESSMENTS.iter().map(|a| (*a, a_label(lang, a))).collect()
}

fn cell_json(labels: &HashMap<&'static str, String>, topic: &str, cc: &str, a: &str, example: bool) -> Value {
    let a = if labels.contains_key(a) { a } else { "not_assessed" };
    json!({
        "assessment": a, "label": labels.get(a), "symbol": lg::symbol(a), "example": example,
        "url": format!("/legal/entries/{topic}/{cc}"),
    })
}

fn legend(lang: &str) -> Vec<Value> {
    lg::ASSESSMENTS
        .iter()
        .map(|a| json!({"assessment": a, "label": a_label(lang, a), "symbol": lg::symbol(a)}))
        .collect()
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

fn today(viewer: &Viewer) -> NaiveDate {
    let tz: chrono_tz::Tz = viewer.tz().parse().unwrap_or(chrono_tz::Europe::Tirane);
    crate::db::now().with_timezone(&tz).date_naive()
}

/// Values of a repeated query parameter (`?country=AL&country=RS`).
fn query_all(req: &HttpRequest, key: &str) -> Vec<String> {
    url::form_urlencoded::parse(req.query_string().as_bytes())
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v.trim().to_string())
        .filter(|v| !v.is_empty())
        .collect()
}

fn query_one(req: &HttpRequest, key: &str) -> String {
    query_all(req, key).into_iter().next().unwrap_or_default()
}

fn country_json(c: &country::Model) -> Value {
    json!({"code": c.code, "name": countries::display_name(c), "coe_member": c.coe_member})
}

fn topic_json(t: &legal_topic::Model) -> Value {
    json!({
        "id": t.id, "code": t.code, "title": t.title, "category": t.category, "question": t.question,
        "cets197": t.cets197, "directive": t.directive, "palermo": t.palermo,
        "parameter": t.parameter, "unit": t.unit, "threshold": t.threshold.map(fmt_num),
        "threshold_kind": t.threshold_kind, "retired": t.retired,
    })
}

/// Common page data: the fictional-examples notice, the as-of date.
async fn base(state: &AppState) -> Result<Value, AppError> {
    Ok(
        json!({ "examples": lg::has_examples(&state.db).await?, "errors": {}, "has_errors": false,
               "example_label": t("en", "legal-example") }),
    )
}

fn merge(mut a: Value, b: Value) -> Value {
    if let (Value::Object(x), Value::Object(y)) = (&mut a, b) {
        for (k, v) in y {
            x.insert(k, v);
        }
    }
    a
}

async fn own_country(state: &AppState, user: &CurrentUser) -> Result<Option<String>, AppError> {
    let Some(org) = user.organization_id else {
        return Ok(None);
    };
    Ok(entity::organization::Entity::find_by_id(org)
        .one(&state.db)
        .await?
        .map(|o| o.country_code))
}

/// A changed field with readable values (labels instead of codes for the choice fields).
fn change_json(lang: &str, c: &lg::FieldChange) -> Value {
    let shown = |v: &str| lg::value_label(lang, &c.field, v);
    json!({"field": t(lang, &format!("legal-field-{}", c.field)), "old": shown(&c.old), "new": shown(&c.new)})
}

fn actor(user: &CurrentUser) -> lg::Actor {
    lg::Actor {
        user_id: Some(user.id),
        name: user.name.clone(),
    }
}
