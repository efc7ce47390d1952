//! The legal-disparity register: topics, one entry per topic and country, every revision,
//! members' proposals, follows, the register as it stood on a past date, what changed since a
//! date, CSV/JSON import and export, and notifications.
//!
//! Every write goes through [`save_entry`], which bumps the entry's version, records a revision
//! (the whole entry plus the fields it changed, old and new) and queues the mail, all in the
//! caller's transaction.

use std::collections::BTreeMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::error::AppError;
use crate::services::countries;
use entity::{country, legal_entry, legal_topic};

mod cells;
mod entries;
mod fields;
mod follows;
mod proposals;
mod texts;
mod topics;
mod transfer;

pub use cells::{Cell, CellFilter, assessments, cells, entry, filtered_cells, stored_entry};
pub use entries::{
    Actor, Change, ChangesFilter, RevisionView, changes_since, history, save_entry, save_entry_based_on,
};
pub use fields::{EntryFields, EntryInput, FIELDS, FieldChange, diff, fmt_num, value_label};
pub use follows::{follows, set_follow};
pub use proposals::{PROPOSALS_PER_PAGE, ProposalFilter, decide, proposal, proposal_fields, proposals, propose};
pub use texts::{
    TEXT_FIELDS, TEXT_LANGUAGES, TopicText, Translations, in_category, parameter_in, split_text_key, text_key,
    topic_name, topic_text, translations, unit_in,
};
pub use topics::{
    TopicFields, TopicInput, categories, create_topic, move_topic, set_retired, topic_by_code, topics, topics_by_id,
    update_topic,
};
pub use transfer::{
    ENTRY_COLUMNS, ImportPlan, RowError, TOPIC_COLUMNS, apply_import, entries_csv, plan_import, store_import,
    take_import, topics_csv,
};

pub const ASSESSMENTS: [&str; 5] = [
    "aligned",
    "partly_aligned",
    "not_aligned",
    "no_provision",
    "not_assessed",
];
/// Assessments that count as a gap (and can become an action item).
pub const GAPS: [&str; 3] = ["partly_aligned", "not_aligned", "no_provision"];
pub const EVIDENCE_KINDS: [&str; 3] = ["law", "implementation", "practice"];
pub const GRETA_STATUSES: [&str; 3] = ["implemented", "partly", "not_implemented"];
/// Changes listed per page on "what changed" and in a cell's history.
pub const CHANGES_PER_PAGE: u64 = 100;

/// The symbol shown next to an assessment's word and colour (readable without colour).
pub fn symbol(assessment: &str) -> &'static str {
    match assessment {
        "aligned" => "✓",
        "partly_aligned" => "◐",
        "not_aligned" => "✗",
        "no_provision" => "∅",
        _ => "?",
    }
}

/// How far an assessment is from the standard (higher is further), for "widest disparities".
pub fn distance(assessment: &str) -> i32 {
    match assessment {
        "aligned" => 0,
        "partly_aligned" => 1,
        "not_aligned" => 2,
        "no_provision" => 3,
        _ => -1,
    }
}

pub fn is_gap(assessment: &str) -> bool {
    GAPS.contains(&assessment)
}

/// When an entry's measured value and its assessment disagree against the topic's threshold,
/// the catalogue key of the sentence that says so: a value that meets the standard assessed as a
/// gap, or a value short of it assessed as aligned. `None` without a value, a threshold, or a
/// disagreement (the assessment may rest on more than the number, so this is said, not refused).
pub fn assessment_mismatch(
    assessment: &str,
    value: Option<f64>,
    threshold: Option<f64>,
    kind: Option<&str>,
) -> Option<&'static str> {
    let (v, th) = (value?, threshold?);
    let meets = match kind? {
        "min" => v >= th,
        "max" => v <= th,
        _ => return None,
    };
    match (meets, assessment) {
        (true, "partly_aligned" | "not_aligned" | "no_provision") => Some("legal-mismatch-meets"),
        (false, "aligned") => Some("legal-mismatch-short"),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Countries of the register

/// The countries the register compares: the network's own, in their usual order.
pub async fn register_countries(db: &impl ConnectionTrait) -> Result<Vec<country::Model>, AppError> {
    Ok(countries::all(db).await?.into_iter().filter(|c| c.in_region).collect())
}

/// [`register_countries`] with their names in `lang`.
pub async fn register_countries_in(db: &impl ConnectionTrait, lang: &str) -> Result<Vec<country::Model>, AppError> {
    Ok(register_countries(db)
        .await?
        .into_iter()
        .map(|c| countries::localized(lang, c))
        .collect())
}

pub async fn register_country(db: &impl ConnectionTrait, code: &str) -> Result<country::Model, AppError> {
    register_countries(db)
        .await?
        .into_iter()
        .find(|c| c.code.eq_ignore_ascii_case(code.trim()))
        .ok_or(AppError::NotFound)
}

/// A cell of the register by its topic code and country code; `NotFound` when either is not
/// in the register.
pub async fn cell_at(
    db: &impl ConnectionTrait,
    topic: &str,
    country: &str,
) -> Result<(legal_topic::Model, country::Model), AppError> {
    let t = topic_by_code(db, topic).await?;
    let c = register_country(db, country).await?;
    Ok((t, c))
}

// ---------------------------------------------------------------------------------------------
// Linked action items

pub async fn linked_items(
    db: &impl ConnectionTrait,
    topic_id: i32,
    country: &str,
) -> Result<Vec<entity::action_item::Model>, AppError> {
    use entity::action_item;
    Ok(action_item::Entity::find()
        .filter(action_item::Column::LegalTopicId.eq(topic_id))
        .filter(action_item::Column::LegalCountry.eq(country))
        .order_by_desc(action_item::Column::CreatedAt)
        .all(db)
        .await?)
}

/// Whether the register holds fictional demo entries (every register page then says so).
pub async fn has_examples(db: &impl ConnectionTrait) -> Result<bool, AppError> {
    Ok(legal_entry::Entity::find()
        .filter(legal_entry::Column::Example.eq(true))
        .limit(1)
        .count(db)
        .await?
        > 0)
}

/// Counts of each assessment in a set of cells, for a country profile.
pub fn counts<'a>(assessments: impl Iterator<Item = &'a str>) -> BTreeMap<String, usize> {
    let mut m: BTreeMap<String, usize> = ASSESSMENTS.iter().map(|a| (a.to_string(), 0)).collect();
    for a in assessments {
        *m.entry(a.to_string()).or_default() += 1;
    }
    m
}

#[cfg(test)]
mod mismatch_tests {
    use super::assessment_mismatch as m;

    #[test]
    fn a_value_and_an_assessment_that_disagree_are_named() {
        // A 30-day reflection period against a minimum of 30: the standard is met.
        assert_eq!(
            m("not_aligned", Some(30.0), Some(30.0), Some("min")),
            Some("legal-mismatch-meets")
        );
        assert_eq!(
            m("aligned", Some(29.0), Some(30.0), Some("min")),
            Some("legal-mismatch-short")
        );
        assert_eq!(
            m("aligned", Some(31.0), Some(30.0), Some("max")),
            Some("legal-mismatch-short")
        );
        assert_eq!(m("aligned", Some(30.0), Some(30.0), Some("min")), None);
        assert_eq!(m("not_aligned", Some(10.0), Some(30.0), Some("min")), None);
        assert_eq!(m("not_assessed", Some(90.0), Some(30.0), Some("min")), None);
        assert_eq!(m("aligned", None, Some(30.0), Some("min")), None);
        assert_eq!(m("aligned", Some(1.0), None, Some("min")), None);
    }
}
