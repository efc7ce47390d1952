//! Entries (the page, the edit and propose form) and "what changed".

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::i18n::{numbers, t};
use crate::services::countries;
use crate::services::legal::{self as lg, EntryFields, EntryInput};
use crate::state::AppState;
use crate::views::Pager;
use crate::views::directory::{Opt, options};
use crate::views::documents::DocumentRow;
use entity::{action_item, country, event, legal_proposal, legal_topic};

use super::{Base, CellView, ChangeView, CountryView, TopicView, a_label, cell, change, country_view, topic_view};

// ---------------------------------------------------------------------------------------------
// The entry page

#[derive(Serialize)]
pub struct EntryPage {
    #[serde(flatten)]
    pub base: Base,
    pub topic: TopicView,
    pub country: CountryView,
    pub entry: EntryView,
    pub exists: bool,
    pub example: bool,
    pub version: Option<i32>,
    pub updated_at: Option<DateTime<Utc>>,
    pub as_of: Option<String>,
    pub history: Vec<RevisionRow>,
    pub items: Vec<ItemRow>,
    pub gap: bool,
    /// The value and the assessment disagree against the topic's threshold: the sentence.
    pub mismatch: Option<String>,
    pub can_edit: bool,
    pub can_propose: bool,
    pub can_create_item: bool,
    pub new_item_url: String,
    pub following_topic: bool,
    pub following_country: bool,
    pub pending: Vec<PendingRow>,
    pub documents: Vec<DocumentRow>,
    pub add_document_url: String,
}

/// An entry's content as people read it.
#[derive(Serialize)]
pub struct EntryView {
    pub assessment: String,
    pub assessment_label: String,
    pub symbol: &'static str,
    pub summary: String,
    pub citations: String,
    pub value: Option<String>,
    pub effective_on: Option<String>,
    pub links: Vec<String>,
    pub differences: String,
    pub reviewed_on: Option<String>,
    pub reviewed_by: String,
    pub evidence_kind: String,
    pub evidence_label: Option<String>,
    pub greta_round: String,
    pub greta_paragraph: String,
    pub greta_text: String,
    pub greta_status: String,
    pub greta_status_label: Option<String>,
    pub has_greta: bool,
}

pub fn entry_view(lang: &str, f: &EntryInput) -> EntryView {
    EntryView {
        assessment: f.assessment.clone(),
        assessment_label: a_label(lang, &f.assessment),
        symbol: lg::symbol(&f.assessment),
        summary: f.summary.clone(),
        citations: f.citations.clone(),
        value: f.parameter_value.map(|v| numbers::format(lang, v)),
        effective_on: f.effective_on.map(|d| d.to_string()),
        links: f.links(),
        differences: f.differences.clone(),
        reviewed_on: f.reviewed_on.map(|d| d.to_string()),
        reviewed_by: f.reviewed_by.clone(),
        evidence_kind: f.evidence_kind.clone(),
        evidence_label: (!f.evidence_kind.is_empty()).then(|| t(lang, &format!("legal-evidence-{}", f.evidence_kind))),
        greta_round: f.greta_round.clone(),
        greta_paragraph: f.greta_paragraph.clone(),
        greta_text: f.greta_text.clone(),
        greta_status: f.greta_status.clone(),
        greta_status_label: (!f.greta_status.is_empty()).then(|| t(lang, &format!("legal-greta-{}", f.greta_status))),
        has_greta: !(f.greta_round.is_empty()
            && f.greta_paragraph.is_empty()
            && f.greta_text.is_empty()
            && f.greta_status.is_empty()),
    }
}

/// One revision: who changed what, when.
#[derive(Serialize)]
pub struct RevisionRow {
    pub version: i32,
    pub who: String,
    pub when: DateTime<Utc>,
    pub source: String,
    pub note: Option<String>,
    pub changes: Vec<ChangeView>,
}

pub fn revisions(lang: &str, revs: &[lg::RevisionView]) -> Vec<RevisionRow> {
    revs.iter()
        .map(|r| RevisionRow {
            version: r.version,
            who: r.changed_by.clone(),
            when: r.changed_at,
            source: t(lang, &format!("legal-source-{}", r.source)),
            note: r.note.clone(),
            changes: r.changes.iter().map(|c| change(lang, c)).collect(),
        })
        .collect()
}

/// An action item following up the cell.
#[derive(Serialize)]
pub struct ItemRow {
    pub id: i32,
    pub title: String,
    pub status: String,
}

pub fn item_rows(lang: &str, items: &[action_item::Model]) -> Vec<ItemRow> {
    items
        .iter()
        .map(|i| ItemRow {
            id: i.id,
            title: i.title.clone(),
            status: t(lang, &format!("action-status-{}", i.status)),
        })
        .collect()
}

/// A proposal for the cell still waiting for a decision.
#[derive(Serialize)]
pub struct PendingRow {
    pub id: i32,
    pub when: DateTime<Utc>,
}

pub fn pending_rows(list: &[legal_proposal::Model]) -> Vec<PendingRow> {
    list.iter()
        .map(|p| PendingRow {
            id: p.id,
            when: p.created_at,
        })
        .collect()
}

/// Evidence for an entry: documents on its topic that concern its country or no country at all.
pub async fn entry_documents(
    state: &AppState,
    user: &CurrentUser,
    topic: &str,
    country: &str,
) -> Result<Vec<DocumentRow>, AppError> {
    let on_topic = crate::services::documents::linked(&state.db, Some(user), "topic", &[topic.to_string()]).await?;
    let ids: Vec<i32> = on_topic.iter().map(|d| d.id).collect();
    let links = crate::services::documents::links_of(&state.db, &ids).await?;
    let keep: Vec<_> = on_topic
        .into_iter()
        .filter(|d| {
            let countries: Vec<&str> = links
                .get(&d.id)
                .map(|ls| {
                    ls.iter()
                        .filter(|l| l.kind == "country")
                        .map(|l| l.target.as_str())
                        .collect()
                })
                .unwrap_or_default();
            countries.is_empty() || countries.contains(&country)
        })
        .collect();
    crate::views::documents::rows(state, &user.language, &keep).await
}

// ---------------------------------------------------------------------------------------------
// The edit and propose form

#[derive(Serialize)]
pub struct EntryFormPage<'a> {
    #[serde(flatten)]
    pub base: Base,
    pub topic: TopicView,
    pub country: CountryView,
    pub form: &'a EntryFields,
    pub mode: &'a str,
    pub propose: bool,
    pub action: String,
    pub comment: &'a str,
    pub edit_version: i32,
    pub assessments: Vec<Opt>,
    pub evidence_kinds: Vec<Opt>,
    pub greta_statuses: Vec<Opt>,
    pub back: String,
}

/// The form to edit a cell (`mode` "edit") or to propose a change ("propose"), with what was
/// typed (`input`, `comment`) and the version it is based on.
#[allow(clippy::too_many_arguments)]
pub fn entry_form<'a>(
    base: Base,
    lang: &str,
    tp: &legal_topic::Model,
    c: &country::Model,
    input: &'a EntryFields,
    mode: &'a str,
    comment: &'a str,
    version: i32,
) -> EntryFormPage<'a> {
    let action = if mode == "edit" {
        format!("/legal/entries/{}/{}", tp.code, c.code)
    } else {
        format!("/legal/entries/{}/{}/proposals", tp.code, c.code)
    };
    EntryFormPage {
        base,
        topic: topic_view(lang, tp),
        country: country_view(c),
        form: input,
        mode,
        propose: mode == "propose",
        action,
        comment,
        edit_version: version,
        assessments: options(lang, "legal-assessment", &lg::ASSESSMENTS),
        evidence_kinds: options(lang, "legal-evidence", &lg::EVIDENCE_KINDS),
        greta_statuses: options(lang, "legal-greta", &lg::GRETA_STATUSES),
        back: format!("/legal/entries/{}/{}", tp.code, c.code),
    }
}

// ---------------------------------------------------------------------------------------------
// What changed

#[derive(Serialize)]
pub struct ChangesPage {
    #[serde(flatten)]
    pub base: Base,
    pub rows: Vec<ChangeRow>,
    pub total: u64,
    pub since: String,
    pub filter: ChangesFilterView,
    pub countries: Vec<CountryView>,
    pub categories: Vec<Opt>,
    pub events: Vec<EventRef>,
    pub pager: Option<Pager>,
    pub print_url: String,
    pub printing: bool,
}

/// The filters as they came (trimmed).
#[derive(Serialize)]
pub struct ChangesFilterView {
    pub until: String,
    pub country: String,
    pub category: String,
    pub topic: String,
}

impl ChangesFilterView {
    pub fn new(f: &lg::ChangesFilter) -> Self {
        ChangesFilterView {
            until: f.until.trim().to_string(),
            country: f.country.trim().to_uppercase(),
            category: f.category.trim().to_string(),
            topic: f.topic.trim().to_string(),
        }
    }
}

/// A recent roundtable to list changes since.
#[derive(Serialize)]
pub struct EventRef {
    pub title: String,
    /// The event's first day (a field named `date` would call the `date` helper instead).
    pub on: String,
}

pub fn event_refs(events: &[event::Model]) -> Vec<EventRef> {
    events
        .iter()
        .map(|e| EventRef {
            title: e.title.clone(),
            on: e.starts_at.date_naive().to_string(),
        })
        .collect()
}

/// A revision in "what changed": the revision, its cell and where it is.
#[derive(Serialize)]
pub struct ChangeRow {
    #[serde(flatten)]
    pub revision: RevisionRow,
    pub topic: ChangeTopic,
    pub country: String,
    pub cell: CellView,
}

/// The topic of a change (either part missing if the topic is).
#[derive(Serialize)]
pub struct ChangeTopic {
    pub code: Option<String>,
    pub title: Option<String>,
}

pub fn change_rows(
    lang: &str,
    revs: &[lg::RevisionView],
    topics: &[legal_topic::Model],
    countries_list: &[country::Model],
) -> Vec<ChangeRow> {
    let by_id: HashMap<i32, &legal_topic::Model> = topics.iter().map(|t| (t.id, t)).collect();
    let labels = super::labels(lang);
    revs.iter()
        .zip(revisions(lang, revs))
        .map(|(r, revision)| {
            let tp = by_id.get(&r.topic_id);
            ChangeRow {
                revision,
                topic: ChangeTopic {
                    code: tp.map(|t| t.code.clone()),
                    title: tp.map(|t| lg::topic_text(t, lang).title),
                },
                country: countries::name_in(countries_list, &r.country_code),
                cell: cell(
                    &labels,
                    tp.map(|t| t.code.as_str()).unwrap_or(""),
                    &r.country_code,
                    &r.assessment,
                    false,
                ),
            }
        })
        .collect()
}
