//! Entries and the register as it stands (or stood): cells, assessments, filtered cells, and
//! the register as of the end of a past date.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use serde::Serialize;

use crate::error::AppError;
use entity::{legal_entry, legal_revision, legal_topic};

use super::{EntryInput, in_category, register_countries, topics};

/// One cell: what the register says for a topic and country.
#[derive(Clone, Debug, Serialize)]
pub struct Cell {
    pub topic_id: i32,
    pub country_code: String,
    pub fields: EntryInput,
    pub version: i32,
    pub example: bool,
    pub updated_at: Option<DateTime<Utc>>,
}

pub async fn entry(
    db: &impl ConnectionTrait,
    topic_id: i32,
    country_code: &str,
) -> Result<Option<legal_entry::Model>, AppError> {
    Ok(legal_entry::Entity::find()
        .filter(legal_entry::Column::TopicId.eq(topic_id))
        .filter(legal_entry::Column::CountryCode.eq(country_code))
        .one(db)
        .await?)
}

/// A cell's entry as its edit form starts from: its version and fields, or version 0 and "not
/// assessed" when there is no entry yet.
pub async fn stored_entry(
    db: &impl ConnectionTrait,
    topic_id: i32,
    country_code: &str,
) -> Result<(i32, EntryInput), AppError> {
    Ok(match entry(db, topic_id, country_code).await? {
        Some(e) => (e.version, EntryInput::from_model(&e)),
        None => (0, EntryInput::not_assessed()),
    })
}

/// Just the assessments, keyed by (topic, country), as of now or as of the end of a date.
pub async fn assessments(
    db: &impl ConnectionTrait,
    as_of: Option<NaiveDate>,
    country: Option<&str>,
) -> Result<HashMap<(i32, String), (String, bool)>, AppError> {
    match as_of {
        None => {
            let mut q = legal_entry::Entity::find().select_only().columns([
                legal_entry::Column::TopicId,
                legal_entry::Column::CountryCode,
                legal_entry::Column::Assessment,
                legal_entry::Column::Example,
            ]);
            if let Some(c) = country {
                q = q.filter(legal_entry::Column::CountryCode.eq(c));
            }
            Ok(q.into_tuple::<(i32, String, String, bool)>()
                .all(db)
                .await?
                .into_iter()
                .map(|(t, c, a, x)| ((t, c), (a, x)))
                .collect())
        }
        Some(d) => {
            // Only the assessment column of each cell's latest revision (no JSON to parse).
            let revs = legal_revision::Entity::find()
                .select_only()
                .columns([
                    legal_revision::Column::TopicId,
                    legal_revision::Column::CountryCode,
                    legal_revision::Column::Assessment,
                    legal_revision::Column::EntryId,
                ])
                .filter(legal_revision::Column::Id.in_subquery(latest_revisions(d, country, None)))
                .into_tuple::<(i32, String, String, i32)>()
                .all(db)
                .await?;
            let examples = example_entries(db).await?;
            Ok(revs
                .into_iter()
                .map(|(t, c, a, e)| ((t, c), (a, examples.contains(&e))))
                .collect())
        }
    }
}

/// End of `d` in UTC: the register "as it stood on" a date includes that whole day.
pub(super) fn end_of(d: NaiveDate) -> DateTime<Utc> {
    (d + chrono::Duration::days(1))
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default()
        .and_utc()
}

/// Full cells, now (from the entries) or as they stood at the end of `as_of` (from the
/// revisions), optionally for one country or one topic.
pub async fn cells(
    db: &impl ConnectionTrait,
    as_of: Option<NaiveDate>,
    country: Option<&str>,
    topic: Option<i32>,
) -> Result<Vec<Cell>, AppError> {
    match as_of {
        None => {
            let mut q = legal_entry::Entity::find();
            if let Some(c) = country {
                q = q.filter(legal_entry::Column::CountryCode.eq(c));
            }
            if let Some(t) = topic {
                q = q.filter(legal_entry::Column::TopicId.eq(t));
            }
            Ok(q.all(db)
                .await?
                .into_iter()
                .map(|e| Cell {
                    topic_id: e.topic_id,
                    country_code: e.country_code.clone(),
                    fields: EntryInput::from_model(&e),
                    version: e.version,
                    example: e.example,
                    updated_at: Some(e.updated_at),
                })
                .collect())
        }
        Some(d) => {
            let revs = legal_revision::Entity::find()
                .filter(legal_revision::Column::Id.in_subquery(latest_revisions(d, country, topic)))
                .all(db)
                .await?;
            let examples = example_entries(db).await?;
            Ok(revs
                .into_iter()
                .map(|r| Cell {
                    topic_id: r.topic_id,
                    country_code: r.country_code.clone(),
                    fields: serde_json::from_str(&r.data).unwrap_or_else(|_| EntryInput::not_assessed()),
                    version: r.version,
                    example: examples.contains(&r.entry_id),
                    updated_at: Some(r.changed_at),
                })
                .collect())
        }
    }
}

/// The id of the latest revision of each entry made before the end of `d`.
fn latest_revisions(d: NaiveDate, country: Option<&str>, topic: Option<i32>) -> sea_orm::sea_query::SelectStatement {
    let mut latest = sea_orm::sea_query::Query::select();
    latest
        .expr(Func::max(Expr::col(legal_revision::Column::Id)))
        .from(legal_revision::Entity)
        .and_where(Expr::col(legal_revision::Column::ChangedAt).lt(end_of(d)))
        .group_by_col(legal_revision::Column::EntryId);
    if let Some(c) = country {
        latest.and_where(Expr::col(legal_revision::Column::CountryCode).eq(c));
    }
    if let Some(t) = topic {
        latest.and_where(Expr::col(legal_revision::Column::TopicId).eq(t));
    }
    latest.to_owned()
}

async fn example_entries(db: &impl ConnectionTrait) -> Result<HashSet<i32>, AppError> {
    Ok(legal_entry::Entity::find()
        .select_only()
        .column(legal_entry::Column::Id)
        .filter(legal_entry::Column::Example.eq(true))
        .into_tuple::<i32>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

/// Which cells an export or the API lists: codes and names as the matrix filters use them.
#[derive(Clone, Debug, Default)]
pub struct CellFilter {
    pub category: String,
    pub assessment: String,
    /// Country codes (any case); none means every country.
    pub countries: Vec<String>,
    /// Topic codes (any case); none means every topic.
    pub topics: Vec<String>,
    pub as_of: Option<NaiveDate>,
}

/// Whether `code` is one of `chosen` (ignoring case), or `chosen` is empty (no filter).
fn chosen(chosen: &[String], code: &str) -> bool {
    chosen.is_empty() || chosen.iter().any(|c| c.trim().eq_ignore_ascii_case(code))
}

/// Every cell of the (non-retired) register matching `f`, in catalogue and country order;
/// cells never assessed come as "not assessed" with no stored version.
pub async fn filtered_cells(
    db: &impl ConnectionTrait,
    f: &CellFilter,
) -> Result<Vec<(legal_topic::Model, String, Option<Cell>, EntryInput)>, AppError> {
    let countries = register_countries(db).await?;
    let mut by_key: HashMap<(i32, String), Cell> = cells(db, f.as_of, None, None)
        .await?
        .into_iter()
        .map(|c| ((c.topic_id, c.country_code.clone()), c))
        .collect();
    let mut out = vec![];
    for t in topics(db, false).await? {
        if (!f.category.is_empty() && !in_category(&t, &f.category)) || !chosen(&f.topics, &t.code) {
            continue;
        }
        for c in &countries {
            if !chosen(&f.countries, &c.code) {
                continue;
            }
            let cell = by_key.remove(&(t.id, c.code.clone()));
            let fields = cell
                .as_ref()
                .map(|x| x.fields.clone())
                .unwrap_or_else(EntryInput::not_assessed);
            if !f.assessment.is_empty() && fields.assessment != f.assessment {
                continue;
            }
            out.push((t.clone(), c.code.clone(), cell, fields));
        }
    }
    Ok(out)
}
