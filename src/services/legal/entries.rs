//! Saving entries (each save a new version and a revision), a cell's history, and what changed
//! since a date.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::mail::Notifier;
use crate::services::{paging, versions};
use entity::{country, legal_entry, legal_revision, legal_topic};

use super::cells::end_of;
use super::follows::notify_change;
use super::{CHANGES_PER_PAGE, EntryInput, FieldChange, diff, entry};

/// Who made a change, for the revision record.
#[derive(Clone, Debug)]
pub struct Actor {
    pub user_id: Option<i32>,
    pub name: String,
}

/// How a change came about.
#[derive(Clone, Debug)]
pub struct Change<'a> {
    pub actor: Actor,
    /// edit, proposal, import, api or demo.
    pub source: &'a str,
    pub note: Option<String>,
    pub example: bool,
    /// Only set by the demo and benchmark generators, to build a past history.
    pub at: Option<DateTime<Utc>>,
}

/// Saves `fields` as the new state of a cell, on top of whatever it holds now (imports,
/// accepted proposals, the demo). See [`save_entry_based_on`].
pub async fn save_entry(
    db: &impl ConnectionTrait,
    notifier: Option<&Notifier<'_>>,
    topic: &legal_topic::Model,
    country: &country::Model,
    fields: &EntryInput,
    change: &Change<'_>,
) -> Result<Option<legal_revision::Model>, AppError> {
    save_entry_based_on(db, notifier, topic, country, fields, change, None).await
}

/// Saves `fields` as the new state of a cell: creates or updates the entry, records a revision
/// with what changed, and notifies followers and the country's focal points. Returns `None`
/// when nothing changed. Call inside a transaction.
///
/// `based_on` is the version the editor saw (0: the cell had no entry); when the cell has moved
/// on since, nothing is saved and the answer is [`AppError::StaleEdit`]. Without it the save
/// builds on the current version, still claimed atomically, so two saves never share a number.
pub async fn save_entry_based_on(
    db: &impl ConnectionTrait,
    notifier: Option<&Notifier<'_>>,
    topic: &legal_topic::Model,
    country: &country::Model,
    fields: &EntryInput,
    change: &Change<'_>,
    based_on: Option<i32>,
) -> Result<Option<legal_revision::Model>, AppError> {
    let now = change.at.unwrap_or_else(crate::db::now);
    let cell = sea_orm::Condition::all()
        .add(legal_entry::Column::TopicId.eq(topic.id))
        .add(legal_entry::Column::CountryCode.eq(country.code.clone()));
    let based_on = match based_on {
        Some(v) => v,
        None => entry(db, topic.id, &country.code).await?.map_or(0, |e| e.version),
    };
    let (old, saved) = if based_on == 0 {
        let mut am = legal_entry::ActiveModel {
            topic_id: Set(topic.id),
            country_code: Set(country.code.clone()),
            example: Set(change.example),
            version: Set(1),
            updated_at: Set(now),
            updated_by: Set(change.actor.user_id),
            ..Default::default()
        };
        fields.apply(&mut am);
        // DO NOTHING rather than a unique violation: on PostgreSQL that would abort the
        // transaction before we could read the version the other save created.
        let inserted = legal_entry::Entity::insert(am)
            .on_conflict(
                sea_orm::sea_query::OnConflict::columns([
                    legal_entry::Column::TopicId,
                    legal_entry::Column::CountryCode,
                ])
                .do_nothing()
                .to_owned(),
            )
            .exec_without_returning(db)
            .await?;
        if inserted == 0 {
            return Err(versions::stale::<legal_entry::Entity>(db, cell, legal_entry::Column::Version).await?);
        }
        let created = entry(db, topic.id, &country.code).await?.ok_or(AppError::NotFound)?;
        (EntryInput::not_assessed(), created)
    } else {
        let version =
            versions::claim::<legal_entry::Entity>(db, cell.clone(), legal_entry::Column::Version, based_on).await?;
        let e = entry(db, topic.id, &country.code).await?.ok_or(AppError::NotFound)?;
        let old = EntryInput::from_model(&e);
        if diff(&old, fields).is_empty() {
            versions::release::<legal_entry::Entity>(db, cell, legal_entry::Column::Version).await?;
            return Ok(None);
        }
        let mut am = e.into_active_model();
        fields.apply(&mut am);
        am.version = Set(version);
        am.updated_at = Set(now);
        am.updated_by = Set(change.actor.user_id);
        if change.example {
            am.example = Set(true);
        }
        (old, am.update(db).await?)
    };
    // The revision numbered like the entry's new version (unique per entry), and the mail.
    let changes = diff(&old, fields);
    let rev = legal_revision::ActiveModel {
        entry_id: Set(saved.id),
        topic_id: Set(topic.id),
        country_code: Set(country.code.clone()),
        version: Set(saved.version),
        assessment: Set(fields.assessment.clone()),
        data: Set(serde_json::to_string(fields).map_err(AppError::internal)?),
        changes: Set(serde_json::to_string(&changes).map_err(AppError::internal)?),
        source: Set(change.source.to_string()),
        note: Set(change.note.clone()),
        changed_by: Set(change.actor.user_id),
        changed_by_name: Set(change.actor.name.clone()),
        changed_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    if let Some(n) = notifier {
        notify_change(db, n, topic, country, &rev, &changes, change.actor.user_id).await?;
    }
    Ok(Some(rev))
}

// ---------------------------------------------------------------------------------------------
// History and "what changed"

/// A revision ready to show: the cell, who, when, and the fields it changed.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct RevisionView {
    pub id: i32,
    pub topic_id: i32,
    pub country_code: String,
    pub version: i32,
    pub assessment: String,
    pub changes: Vec<FieldChange>,
    pub source: String,
    pub note: Option<String>,
    pub changed_by: String,
    pub changed_at: DateTime<Utc>,
}

fn revision_view(r: legal_revision::Model) -> RevisionView {
    RevisionView {
        id: r.id,
        topic_id: r.topic_id,
        country_code: r.country_code,
        version: r.version,
        assessment: r.assessment,
        changes: serde_json::from_str(&r.changes).unwrap_or_default(),
        source: r.source,
        note: r.note,
        changed_by: r.changed_by_name,
        changed_at: r.changed_at,
    }
}

/// Every revision of one cell, newest first.
pub async fn history(db: &impl ConnectionTrait, entry_id: i32) -> Result<Vec<RevisionView>, AppError> {
    Ok(legal_revision::Entity::find()
        .filter(legal_revision::Column::EntryId.eq(entry_id))
        .order_by_desc(legal_revision::Column::Version)
        .all(db)
        .await?
        .into_iter()
        .map(revision_view)
        .collect())
}

/// What "what changed" lists.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ChangesFilter {
    pub since: String,
    pub until: String,
    pub country: String,
    pub topic: String,
    pub category: String,
    #[serde(deserialize_with = "crate::services::paging::deserialize")]
    pub page: Option<u64>,
    /// `all` lists every change on one page (for printing).
    pub print: String,
}

impl ChangesFilter {
    pub fn since_date(&self) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(self.since.trim(), "%Y-%m-%d").ok()
    }
    pub fn until_date(&self) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(self.until.trim(), "%Y-%m-%d").ok()
    }
}

/// Revisions made on or after `since` (and up to the end of `until`), newest first, paged;
/// returns the page's changes and the total.
pub async fn changes_since(
    db: &impl ConnectionTrait,
    since: NaiveDate,
    f: &ChangesFilter,
    topic_ids: Option<Vec<i32>>,
) -> Result<(Vec<RevisionView>, u64), AppError> {
    let start = since.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
    let mut q = legal_revision::Entity::find().filter(legal_revision::Column::ChangedAt.gte(start));
    if let Some(u) = f.until_date() {
        q = q.filter(legal_revision::Column::ChangedAt.lt(end_of(u)));
    }
    let code = f.country.trim().to_uppercase();
    if !code.is_empty() {
        q = q.filter(legal_revision::Column::CountryCode.eq(code));
    }
    if let Some(ids) = topic_ids {
        q = q.filter(legal_revision::Column::TopicId.is_in(ids));
    }
    let total = q.clone().count(db).await?;
    let q = q
        .order_by_desc(legal_revision::Column::ChangedAt)
        .order_by_desc(legal_revision::Column::Id);
    let rows = if f.print == "all" {
        q.limit(10_000).all(db).await?
    } else {
        q.offset(paging::offset(paging::number(f.page), CHANGES_PER_PAGE))
            .limit(CHANGES_PER_PAGE)
            .all(db)
            .await?
    };
    Ok((rows.into_iter().map(revision_view).collect(), total))
}
