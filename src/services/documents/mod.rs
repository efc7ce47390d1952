//! Practice documents: metadata, versions, lifecycle, links, visibility, text extraction for
//! search, notices to followers and review reminders.
//!
//! Files are kept in a [`BlobStore`](crate::storage::BlobStore) under their SHA-256, so two
//! versions with the same content share one file, and a version row never points at a file that
//! is not fully stored: the file goes into the store first, the row after.

use std::collections::HashMap;

use entity::{document, organization};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::search::{self, Kind};

mod input;
mod lists;
mod notices;
mod text;
mod versions;

pub use input::{DocFields, DocInput, check_refs};
pub use lists::{DocFilter, PER_PAGE, linked, list, recent, related};
pub use notices::run_review_reminders;
pub use text::{extract_pending, text_state};
pub use versions::{Upload, add_version, create, links, links_of, restore, set_archived, update, version, versions};

pub const TYPES: [(&str, &str); 8] = [
    ("guideline", "Guideline"),
    ("sop", "Standard operating procedure"),
    ("referral_form", "Referral form"),
    ("training", "Training material"),
    ("report", "Report"),
    ("presentation", "Presentation"),
    ("legal_text", "Legal text"),
    ("other", "Other"),
];

pub const VISIBILITIES: [(&str, &str); 3] = [
    ("public", "Public: anyone, also without signing in"),
    ("network", "Network: everyone signed in"),
    ("secretariat", "Secretariat only (and the owner organization)"),
];

pub const LIFECYCLES: [(&str, &str); 5] = [
    ("", "Not a network document"),
    ("draft", "Draft"),
    ("in_review", "In review"),
    ("adopted", "Adopted by the network"),
    ("superseded", "Superseded"),
];

pub const LANGUAGES: [(&str, &str); 9] = [
    ("en", "English"),
    ("sq", "Albanian"),
    ("bs", "Bosnian"),
    ("hr", "Croatian"),
    ("cnr", "Montenegrin"),
    ("mk", "Macedonian"),
    ("sr", "Serbian"),
    ("de", "German"),
    ("fr", "French"),
];

pub const VARIANT_KINDS: [(&str, &str); 2] = [("translation", "Translation"), ("adaptation", "National adaptation")];

fn label_of(list: &[(&'static str, &'static str)], code: &str) -> &'static str {
    list.iter().find(|(c, _)| *c == code).map(|(_, l)| *l).unwrap_or("")
}

pub fn type_label(code: &str) -> &'static str {
    label_of(&TYPES, code)
}

pub fn visibility_label(code: &str) -> &'static str {
    match code {
        "public" => "Public",
        "network" => "Network",
        _ => "Secretariat only",
    }
}

pub fn lifecycle_label(code: &str) -> &'static str {
    label_of(&LIFECYCLES, code)
}

pub fn language_label(code: &str) -> &'static str {
    label_of(&LANGUAGES, code)
}

pub fn variant_label(code: &str) -> &'static str {
    label_of(&VARIANT_KINDS, code)
}

/// Public documents: anyone. Network documents: everyone signed in. Secretariat-only
/// documents: the secretariat and the members of the owner organization.
pub fn can_view(user: Option<&CurrentUser>, d: &document::Model) -> bool {
    match d.visibility.as_str() {
        "public" => true,
        "network" => user.is_some(),
        _ => user.is_some_and(|u| {
            u.is_secretariat() || (u.organization_id.is_some() && u.organization_id == d.owner_org_id)
        }),
    }
}

/// The SQL form of [`can_view`].
pub fn visible_to(user: Option<&CurrentUser>) -> Condition {
    match user {
        Some(u) if u.is_secretariat() => Condition::all(),
        Some(u) => {
            let mut c = Condition::any().add(document::Column::Visibility.is_in(["public", "network"]));
            if let Some(org) = u.organization_id {
                c = c.add(document::Column::OwnerOrgId.eq(org));
            }
            c
        }
        None => Condition::all().add(document::Column::Visibility.eq("public")),
    }
}

/// A document the user may see, or 404 (never 403: guessing ids reveals nothing). A visitor
/// who is not signed in is asked to sign in for a network document.
pub async fn visible(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    id: i32,
) -> Result<document::Model, AppError> {
    let d = document::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if can_view(user, &d) {
        Ok(d)
    } else if user.is_none() && d.visibility == "network" {
        Err(AppError::Unauthorized)
    } else {
        Err(AppError::NotFound)
    }
}

/// Organization names by id, for lists.
pub async fn org_names(db: &impl ConnectionTrait, ids: &[i32]) -> Result<HashMap<i32, String>, AppError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(organization::Entity::find()
        .filter(organization::Column::Id.is_in(ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}

/// Updates the search index after a change has been saved. A failure here must not turn a saved
/// change into an error page: the background pass indexes the document again.
async fn reindex_quietly(db: &DatabaseConnection, ids: &[i32]) {
    if let Err(e) = search::reindex(db, Kind::Document, ids).await {
        tracing::warn!(error = %e, "search index update failed; the worker will retry");
    }
}
