//! An action item as entered: the raw [`ItemFields`], checked into an [`ItemInput`].

use chrono::NaiveDate;
use sea_orm::{ConnectionTrait, EntityTrait};
use serde::{Deserialize, Serialize};

use crate::error::{AppError, FieldErrors};
use crate::i18n::msg;
use crate::services::validate;
use entity::action_item;

use super::{PRIORITIES, STATUSES};

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ItemFields {
    pub title: String,
    pub description: String,
    #[serde(deserialize_with = "validate::lenient_id")]
    pub owner_org_id: Option<i32>,
    #[serde(deserialize_with = "validate::lenient_id")]
    pub owner_person_id: Option<i32>,
    #[serde(deserialize_with = "validate::lenient_ids")]
    pub supporters: Vec<i32>,
    /// YYYY-MM-DD
    pub due_on: String,
    /// low, normal or high.
    pub priority: String,
    /// open, in_progress, blocked, done or cancelled.
    pub status: String,
    /// 0 to 100.
    #[serde(deserialize_with = "validate::lenient_id")]
    pub percent: Option<i32>,
    /// ISO codes of the countries concerned.
    pub countries: Vec<String>,
    /// Comma-separated tags.
    pub tags: String,
    #[serde(deserialize_with = "validate::lenient_id")]
    pub event_id: Option<i32>,
    #[serde(deserialize_with = "validate::lenient_id")]
    pub agenda_item_id: Option<i32>,
    /// The legal-register entry this item follows up: topic id and country code (both or none).
    #[serde(deserialize_with = "validate::lenient_id")]
    pub legal_topic_id: Option<i32>,
    #[serde(deserialize_with = "validate::blank_none")]
    pub legal_country: Option<String>,
    /// The coverage gap of the service map this item follows up (when created from it):
    /// country code, service kind and target group ("everyone" for all). Read on create only.
    pub gap_country: String,
    pub gap_kind: String,
    pub gap_group: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ItemInput {
    pub title: String,
    pub description: Option<String>,
    pub owner_org_id: i32,
    pub owner_person_id: Option<i32>,
    pub supporters: Vec<i32>,
    pub due_on: Option<NaiveDate>,
    pub priority: String,
    pub status: String,
    pub percent: i32,
    pub countries: Option<String>,
    pub tags: Option<String>,
    pub event_id: Option<i32>,
    pub agenda_item_id: Option<i32>,
    pub legal_topic_id: Option<i32>,
    pub legal_country: Option<String>,
    pub gap: Option<crate::services::coverage::GapKey>,
}

impl ItemFields {
    pub async fn parse(&self, db: &impl ConnectionTrait) -> Result<ItemInput, AppError> {
        let mut e = FieldErrors::default();
        let title = validate::required(&mut e, "title", &self.title, 300);
        validate::one_line(&mut e, "title", &Some(title.clone()));
        let description = validate::optional(&mut e, "description", &self.description, 10_000);
        let owner_org_id = match self.owner_org_id {
            Some(id) if entity::organization::Entity::find_by_id(id).one(db).await?.is_some() => id,
            _ => {
                e.add("owner_org_id", msg("action-error-owner"));
                0
            }
        };
        if let Some(pid) = self.owner_person_id {
            match entity::person::Entity::find_by_id(pid).one(db).await? {
                Some(p) if p.organization_id == owner_org_id => {}
                _ => e.add("owner_person_id", msg("action-error-owner-person")),
            }
        }
        let mut supporters = vec![];
        for id in &self.supporters {
            if *id == owner_org_id || supporters.contains(id) {
                continue;
            }
            if entity::organization::Entity::find_by_id(*id).one(db).await?.is_none() {
                e.add("supporters", msg("action-error-supporters"));
            }
            supporters.push(*id);
        }
        let due_on = validate::date(&mut e, "due_on", &self.due_on);
        let priority = if self.priority.trim().is_empty() {
            "normal".to_string()
        } else {
            validate::choice(&mut e, "priority", &self.priority, PRIORITIES)
        };
        let status = if self.status.trim().is_empty() {
            "open".to_string()
        } else {
            validate::choice(&mut e, "status", &self.status, STATUSES)
        };
        let percent = self.percent.unwrap_or(if status == "done" { 100 } else { 0 });
        if !(0..=100).contains(&percent) {
            e.add("percent", msg("validate-percent"));
        }
        let mut codes = vec![];
        for c in &self.countries {
            let c = c.trim().to_uppercase();
            if c.is_empty() || codes.contains(&c) {
                continue;
            }
            if entity::country::Entity::find_by_id(c.clone()).one(db).await?.is_none() {
                e.add("countries", msg("validate-choose-countries"));
            }
            codes.push(c);
        }
        let tags: Vec<String> = self
            .tags
            .split(',')
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty())
            .collect();
        let tags = validate::optional(&mut e, "tags", &tags.join(", "), 300);
        if let Some(ev) = self.event_id
            && entity::event::Entity::find_by_id(ev).one(db).await?.is_none()
        {
            e.add("event_id", msg("action-error-event"));
        }
        if let Some(item) = self.agenda_item_id {
            match entity::agenda_item::Entity::find_by_id(item).one(db).await? {
                Some(i) if Some(i.event_id) == self.event_id => {}
                _ => e.add("agenda_item_id", msg("action-error-agenda-item")),
            }
        }
        let legal_country = self
            .legal_country
            .as_deref()
            .map(|c| c.trim().to_uppercase())
            .filter(|c| !c.is_empty());
        match (self.legal_topic_id, &legal_country) {
            (None, None) => {}
            (Some(t), Some(c)) => {
                let topic_ok = entity::legal_topic::Entity::find_by_id(t).one(db).await?.is_some();
                let country_ok = entity::country::Entity::find_by_id(c.clone()).one(db).await?.is_some();
                if !topic_ok || !country_ok {
                    e.add("legal_topic_id", msg("action-error-legal-entry"));
                }
            }
            _ => e.add("legal_topic_id", msg("action-error-legal-both")),
        }
        let gap = if [&self.gap_country, &self.gap_kind, &self.gap_group]
            .iter()
            .all(|x| x.trim().is_empty())
        {
            None
        } else {
            match crate::services::coverage::GapKey::check(db, &self.gap_country, &self.gap_kind, &self.gap_group).await
            {
                Ok(k) => Some(k),
                Err(AppError::NotFound) => {
                    e.add("title", msg("service-gap-error"));
                    None
                }
                Err(other) => return Err(other),
            }
        };
        e.into_result()?;
        Ok(ItemInput {
            title,
            description,
            owner_org_id,
            owner_person_id: self.owner_person_id,
            supporters,
            due_on,
            priority,
            status,
            percent,
            countries: (!codes.is_empty()).then(|| codes.join(",")),
            tags,
            event_id: self.event_id,
            agenda_item_id: self.agenda_item_id,
            legal_topic_id: self.legal_topic_id,
            legal_country,
            gap,
        })
    }

    pub fn from_model(i: &action_item::Model, supporters: Vec<i32>) -> Self {
        ItemFields {
            title: i.title.clone(),
            description: i.description.clone().unwrap_or_default(),
            owner_org_id: Some(i.owner_org_id),
            owner_person_id: i.owner_person_id,
            supporters,
            due_on: i.due_on.map(|d| d.to_string()).unwrap_or_default(),
            priority: i.priority.clone(),
            status: i.status.clone(),
            percent: Some(i.percent),
            countries: i
                .countries
                .as_deref()
                .map(|c| c.split(',').map(str::to_string).collect())
                .unwrap_or_default(),
            tags: i.tags.clone().unwrap_or_default(),
            event_id: i.event_id,
            agenda_item_id: i.agenda_item_id,
            legal_topic_id: i.legal_topic_id,
            legal_country: i.legal_country.clone(),
            ..Default::default()
        }
    }
}
