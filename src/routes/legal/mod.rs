//! Legal-disparity register pages: the matrix, compare, country profiles, topic pages, entries
//! with their history, "what changed", proposals, follows, topic catalogue, import and export.

use actix_web::HttpRequest;
use chrono::NaiveDate;
use sea_orm::EntityTrait;

use crate::auth::{CurrentUser, Viewer};
use crate::error::AppError;
use crate::services::legal as lg;
use crate::state::AppState;

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

async fn own_country(state: &AppState, user: &CurrentUser) -> Result<Option<String>, AppError> {
    let Some(org) = user.organization_id else {
        return Ok(None);
    };
    Ok(entity::organization::Entity::find_by_id(org)
        .one(&state.db)
        .await?
        .map(|o| o.country_code))
}

fn actor(user: &CurrentUser) -> lg::Actor {
    lg::Actor {
        user_id: Some(user.id),
        name: user.name.clone(),
    }
}
