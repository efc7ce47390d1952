//! A document's details as entered: the raw [`DocFields`], checked into a [`DocInput`], and the
//! check of the records it points at.

use std::collections::HashSet;

use chrono::NaiveDate;
use entity::{agenda_item, country, document, document_link, event, legal_topic, organization};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde::{Deserialize, Serialize};

use crate::auth::CurrentUser;
use crate::error::{AppError, FieldErrors};
use crate::i18n::msg;

use super::{LANGUAGES, LIFECYCLES, TYPES, VARIANT_KINDS, VISIBILITIES, can_view};

#[derive(Debug, Clone, Default, Serialize)]
pub struct DocInput {
    pub title: String,
    pub doc_type: String,
    pub description: String,
    pub languages: Vec<String>,
    pub tags: String,
    pub visibility: String,
    pub owner_org_id: Option<i32>,
    pub lifecycle: String,
    pub supersedes_id: Option<i32>,
    pub variant_of_id: Option<i32>,
    pub variant_kind: Option<String>,
    pub review_on: Option<NaiveDate>,
    pub countries: Vec<String>,
    pub topics: Vec<String>,
    pub events: Vec<i32>,
    pub agenda: Vec<i32>,
    /// Fictional demo data (set by `roundtable demo` only).
    #[serde(skip)]
    pub example: bool,
}

/// A document's details as typed in the form (or the API's multipart fields).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DocFields {
    pub title: String,
    pub doc_type: String,
    pub description: String,
    pub languages: Vec<String>,
    pub tags: String,
    pub visibility: String,
    pub owner_org_id: String,
    pub lifecycle: String,
    pub supersedes_id: String,
    pub variant_of_id: String,
    pub variant_kind: String,
    pub review_on: String,
    pub countries: Vec<String>,
    pub topics: Vec<String>,
    pub events: Vec<String>,
    pub agenda: Vec<String>,
}

/// A document number as typed ("12", "#12", "No. 12"), or a message for `key`.
fn opt_id(value: &str, key: &str, errors: &mut FieldErrors) -> Option<i32> {
    let raw = value.trim_start_matches('#').trim_start_matches("No.").trim();
    if raw.is_empty() {
        return None;
    }
    match raw.parse::<i32>() {
        Ok(n) if n > 0 => Some(n),
        _ => {
            errors.add(key, msg("document-error-number"));
            None
        }
    }
}

impl DocFields {
    /// Checks what was typed; references to other records are checked by [`check_refs`]. The
    /// input comes back with the messages, as the form shows it again.
    pub fn parse(&self) -> (DocInput, FieldErrors) {
        let mut e = FieldErrors::default();
        let title = self.title.clone();
        if title.is_empty() {
            e.add("title", msg("document-error-title"));
        } else if title.chars().count() > 300 {
            e.add("title", msg("document-error-title-long"));
        }
        let doc_type = self.doc_type.clone();
        if !TYPES.contains(&doc_type.as_str()) {
            e.add("doc_type", msg("document-error-type"));
        }
        let description = self.description.clone();
        if description.chars().count() > 20_000 {
            e.add("description", msg("document-error-description-long"));
        }
        let mut languages: Vec<String> = vec![];
        for l in self.languages.iter().map(String::as_str) {
            if LANGUAGES.contains(&l) {
                if !languages.iter().any(|x| x == l) {
                    languages.push(l.to_string());
                }
            } else {
                e.add("languages", msg("document-error-languages"));
            }
        }
        let tags: Vec<String> = self
            .tags
            .split(',')
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|t| !t.is_empty())
            .collect();
        let tags = tags.join(", ");
        if tags.chars().count() > 500 {
            e.add("tags", msg("document-error-tags-long"));
        }
        let visibility = self.visibility.clone();
        if !VISIBILITIES.contains(&visibility.as_str()) {
            e.add("visibility", msg("document-error-visibility"));
        }
        let owner_org_id = match self.owner_org_id.as_str() {
            "" => None,
            v => match v.parse::<i32>() {
                Ok(n) => Some(n),
                Err(_) => {
                    e.add("owner_org_id", msg("validate-choose-org"));
                    None
                }
            },
        };
        let lifecycle = self.lifecycle.clone();
        if !LIFECYCLES.contains(&lifecycle.as_str()) {
            e.add("lifecycle", msg("document-error-lifecycle"));
        }
        let supersedes_id = opt_id(&self.supersedes_id, "supersedes_id", &mut e);
        let variant_of_id = opt_id(&self.variant_of_id, "variant_of_id", &mut e);
        let variant_kind = Some(self.variant_kind.clone()).filter(|k| !k.is_empty());
        if let Some(k) = &variant_kind
            && !VARIANT_KINDS.contains(&k.as_str())
        {
            e.add("variant_kind", msg("document-error-variant-kind"));
        }
        if variant_of_id.is_some() && variant_kind.is_none() {
            e.add("variant_kind", msg("document-error-variant-kind-missing"));
        }
        let review_on = match self.review_on.as_str() {
            "" => None,
            v => match NaiveDate::parse_from_str(v, "%Y-%m-%d") {
                Ok(d) => Some(d),
                Err(_) => {
                    e.add("review_on", msg("document-error-review-on"));
                    None
                }
            },
        };
        let mut countries: Vec<String> = self.countries.iter().map(|c| c.to_uppercase()).collect();
        countries.dedup();
        let mut topics: Vec<String> = self.topics.clone();
        topics.dedup();
        let events: Vec<i32> = self.events.iter().filter_map(|v| v.parse().ok()).collect();
        let agenda: Vec<i32> = self.agenda.iter().filter_map(|v| v.parse().ok()).collect();
        (
            DocInput {
                title,
                doc_type,
                description,
                languages,
                tags,
                visibility,
                owner_org_id,
                lifecycle,
                supersedes_id,
                variant_kind: if variant_of_id.is_some() { variant_kind } else { None },
                variant_of_id,
                review_on,
                countries,
                topics,
                events,
                agenda,
                example: false,
            },
            e,
        )
    }
}

impl DocInput {
    pub fn from_model(d: &document::Model, links: &[document_link::Model]) -> DocInput {
        let pick =
            |k: &str| -> Vec<String> { links.iter().filter(|l| l.kind == k).map(|l| l.target.clone()).collect() };
        DocInput {
            title: d.title.clone(),
            doc_type: d.doc_type.clone(),
            description: d.description.clone(),
            languages: d
                .languages
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            tags: d.tags.clone(),
            visibility: d.visibility.clone(),
            owner_org_id: d.owner_org_id,
            lifecycle: d.lifecycle.clone(),
            supersedes_id: d.supersedes_id,
            variant_of_id: d.variant_of_id,
            variant_kind: d.variant_kind.clone(),
            review_on: d.review_on,
            countries: pick("country"),
            topics: pick("topic"),
            events: pick("event").iter().filter_map(|s| s.parse().ok()).collect(),
            agenda: pick("agenda").iter().filter_map(|s| s.parse().ok()).collect(),
            example: d.example,
        }
    }
}

/// Whether `query` finds one row for each of the `chosen` values (none chosen: nothing to find).
async fn finds_all<E>(db: &impl ConnectionTrait, query: sea_orm::Select<E>, chosen: usize) -> Result<bool, AppError>
where
    E: EntityTrait,
    E::Model: Sync,
{
    if chosen == 0 {
        return Ok(true);
    }
    Ok(query.count(db).await? as usize == chosen)
}

/// Checks what the input points at: countries, topics, events, agenda items, the organization,
/// and the documents it supersedes or adapts (which the user must be able to see).
pub async fn check_refs(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    input: &DocInput,
    self_id: Option<i32>,
    errors: &mut FieldErrors,
) -> Result<(), AppError> {
    if !input.countries.is_empty() {
        let known: HashSet<String> = country::Entity::find()
            .filter(country::Column::Code.is_in(input.countries.clone()))
            .all(db)
            .await?
            .into_iter()
            .map(|c| c.code)
            .collect();
        if input.countries.iter().any(|c| !known.contains(c)) {
            errors.add("countries", msg("validate-choose-countries"));
        }
    }
    let topics = legal_topic::Entity::find().filter(legal_topic::Column::Code.is_in(input.topics.clone()));
    if !finds_all(db, topics, input.topics.len()).await? {
        errors.add("topics", msg("document-error-topics"));
    }
    let events = event::Entity::find().filter(event::Column::Id.is_in(input.events.clone()));
    if !finds_all(db, events, input.events.len()).await? {
        errors.add("events", msg("document-error-events"));
    }
    let agenda = agenda_item::Entity::find()
        .filter(agenda_item::Column::Id.is_in(input.agenda.clone()))
        .filter(agenda_item::Column::EventId.is_in(input.events.clone()));
    if !finds_all(db, agenda, input.agenda.len()).await? {
        errors.add("agenda", msg("document-error-agenda"));
    }
    if let Some(org) = input.owner_org_id
        && organization::Entity::find_by_id(org).one(db).await?.is_none()
    {
        errors.add("owner_org_id", msg("validate-choose-org"));
    }
    for (key, id) in [
        ("supersedes_id", input.supersedes_id),
        ("variant_of_id", input.variant_of_id),
    ] {
        let Some(id) = id else { continue };
        if Some(id) == self_id {
            errors.add(key, msg("document-error-self"));
            continue;
        }
        match document::Entity::find_by_id(id).one(db).await? {
            Some(d) if can_view(Some(user), &d) => {}
            _ => errors.add(key, msg("document-error-no-such-number").arg("id", id)),
        }
    }
    Ok(())
}
