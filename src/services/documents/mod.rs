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

/// The codes of each list; their names for people are in the catalogue as `{prefix}-{code}`
/// (see [`label`]).
pub const TYPES: [&str; 8] = [
    "guideline",
    "sop",
    "referral_form",
    "training",
    "report",
    "presentation",
    "legal_text",
    "other",
];

pub const VISIBILITIES: [&str; 3] = ["public", "network", "secretariat"];

/// "" is a document outside the network's own process.
pub const LIFECYCLES: [&str; 5] = ["", "draft", "in_review", "adopted", "superseded"];

pub const LANGUAGES: [&str; 9] = ["en", "sq", "bs", "hr", "cnr", "mk", "sr", "de", "fr"];

pub const VARIANT_KINDS: [&str; 2] = ["translation", "adaptation"];

/// The name of `code` in list `prefix`, in `lang`; nothing for a code the list does not have.
fn label(lang: &str, prefix: &str, code: &str) -> String {
    let key = format!("{prefix}-{}", if code.is_empty() { "none" } else { code });
    crate::i18n::lookup(lang, &key, &[]).unwrap_or_default()
}

/// The catalogue key of a type's name (for mail, rendered in each reader's language).
pub fn type_key(code: &str) -> String {
    format!("document-type-{code}")
}

pub fn type_label(lang: &str, code: &str) -> String {
    label(lang, "document-type", code)
}

/// Who may see a document, at length, as the form offers it.
pub fn visibility_choice(lang: &str, code: &str) -> String {
    label(lang, "document-visibility-choice", code)
}

/// The short name of who may see a document, as lists show it.
pub fn visibility_label(lang: &str, code: &str) -> String {
    let code = if matches!(code, "public" | "network") {
        code
    } else {
        "secretariat"
    };
    label(lang, "document-visibility", code)
}

pub fn lifecycle_label(lang: &str, code: &str) -> String {
    label(lang, "document-lifecycle", code)
}

pub fn language_label(lang: &str, code: &str) -> String {
    label(lang, "document-language", code)
}

pub fn variant_label(lang: &str, code: &str) -> String {
    label(lang, "document-variant", code)
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

#[cfg(test)]
mod tests {
    /// Every code of every list has its name in the catalogue.
    #[test]
    fn every_code_has_a_name() {
        type Name = fn(&str, &str) -> String;
        let lists: [(&[&str], Name); 6] = [
            (&super::TYPES, super::type_label),
            (&super::VISIBILITIES, super::visibility_choice),
            (&super::VISIBILITIES, super::visibility_label),
            (&super::LIFECYCLES, super::lifecycle_label),
            (&super::LANGUAGES, super::language_label),
            (&super::VARIANT_KINDS, super::variant_label),
        ];
        for (codes, name) in lists {
            for code in codes {
                assert!(!name("en", code).is_empty(), "{code} has no name");
            }
        }
    }
}
