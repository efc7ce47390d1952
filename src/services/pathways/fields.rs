//! A pathway as a form or the API sends it (`PathwayFields`, text as typed) and as it is saved
//! (`PathwayInput`, checked against the countries, kinds, services, documents and register).

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};

use crate::error::{AppError, FieldErrors};
use crate::i18n::msg;
use crate::services::validate;
use entity::{country, document, legal_topic, service, service_contact, service_kind};

use super::{INFORMATION, Pathway, STATUSES, codes};

/// How many empty step and barrier rows a form offers beyond the filled ones.
pub const SPARE_STEPS: usize = 3;
pub const SPARE_BARRIERS: usize = 2;

/// What was typed. Steps and barriers come as parallel lists (one form row each); rows left
/// blank are ignored.
#[derive(Clone, Debug, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct PathwayFields {
    /// ISO code of the country the person is referred from.
    pub from_country: String,
    /// ISO code of the country the person is referred to.
    pub to_country: String,
    /// A service kind code (`shelter`, `legal_aid`, ...).
    pub service_kind: String,
    /// The receiving service's id (blank: not named yet).
    pub receiving_service_id: String,
    /// The id of the receiving service's contact point for referrals.
    pub receiving_contact_id: String,
    pub consent_rule: String,
    pub child_consent_rule: String,
    /// Codes of the categories of information that may travel.
    pub information: Vec<String>,
    pub escort: String,
    pub escort_cost: String,
    /// The id of the agreement or SOP (a practice document).
    pub document_id: String,
    /// draft, agreed or suspended.
    pub status: String,
    /// Per step: who does it.
    pub step_actor: Vec<String>,
    /// Per step: what they do.
    pub step_action: Vec<String>,
    /// Per step: the longest it may take, in days.
    pub step_days: Vec<String>,
    /// Per legal barrier: the register topic code.
    pub barrier_topic: Vec<String>,
    /// Per legal barrier: the country code of the register entry.
    pub barrier_country: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct StepInput {
    pub actor: String,
    pub action: String,
    pub max_days: Option<i32>,
}

#[derive(Debug, Clone)]
pub struct BarrierInput {
    pub topic_id: i32,
    pub country: String,
}

#[derive(Debug, Clone)]
pub struct PathwayInput {
    pub from_country: String,
    pub to_country: String,
    pub service_kind: String,
    pub receiving_service_id: Option<i32>,
    pub receiving_contact_id: Option<i32>,
    pub consent_rule: String,
    pub child_consent_rule: String,
    pub information: Vec<String>,
    pub escort: String,
    pub escort_cost: String,
    pub document_id: Option<i32>,
    pub status: String,
    pub steps: Vec<StepInput>,
    pub barriers: Vec<BarrierInput>,
}

fn at(list: &[String], i: usize) -> &str {
    list.get(i).map(|s| s.trim()).unwrap_or("")
}

/// An id field: blank is none; anything but a positive whole number is a message.
fn id_field(e: &mut FieldErrors, field: &str, v: &str) -> Option<i32> {
    let v = v.trim();
    if v.is_empty() {
        return None;
    }
    match v.parse::<i32>() {
        Ok(n) if n > 0 => Some(n),
        _ => {
            e.add(field, msg("validate-choose-listed"));
            None
        }
    }
}

impl PathwayFields {
    /// The form of a stored pathway.
    pub fn from_pathway(p: &Pathway, topic_codes: &std::collections::HashMap<i32, String>) -> Self {
        let m = &p.pathway;
        let id = |v: Option<i32>| v.map(|v| v.to_string()).unwrap_or_default();
        PathwayFields {
            from_country: m.from_country.clone(),
            to_country: m.to_country.clone(),
            service_kind: m.service_kind.clone(),
            receiving_service_id: id(m.receiving_service_id),
            receiving_contact_id: id(m.receiving_contact_id),
            consent_rule: m.consent_rule.clone(),
            child_consent_rule: m.child_consent_rule.clone(),
            information: codes(&m.information),
            escort: m.escort.clone(),
            escort_cost: m.escort_cost.clone(),
            document_id: id(m.document_id),
            status: m.status.clone(),
            step_actor: p.steps.iter().map(|s| s.actor.clone()).collect(),
            step_action: p.steps.iter().map(|s| s.action.clone()).collect(),
            step_days: p.steps.iter().map(|s| id(s.max_days)).collect(),
            barrier_topic: p
                .barriers
                .iter()
                .map(|b| topic_codes.get(&b.legal_topic_id).cloned().unwrap_or_default())
                .collect(),
            barrier_country: p.barriers.iter().map(|b| b.legal_country.clone()).collect(),
        }
    }

    /// Checks what was typed; field messages for everything wrong at once.
    pub async fn parse(&self, db: &impl ConnectionTrait) -> Result<PathwayInput, AppError> {
        let mut e = FieldErrors::default();
        let known: Vec<String> = country::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|c| c.code)
            .collect();
        let known: Vec<&str> = known.iter().map(String::as_str).collect();
        let from_country = validate::choice(&mut e, "from_country", &self.from_country.to_uppercase(), &known);
        let to_country = validate::choice(&mut e, "to_country", &self.to_country.to_uppercase(), &known);
        if !from_country.is_empty() && from_country == to_country {
            e.add("to_country", msg("pathway-error-same-country"));
        }
        let kinds: Vec<String> = service_kind::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|k| k.code)
            .collect();
        let kinds: Vec<&str> = kinds.iter().map(String::as_str).collect();
        let service_kind = validate::choice(&mut e, "service_kind", &self.service_kind, &kinds);
        let status = validate::choice(&mut e, "status", &self.status, &STATUSES);

        let receiving_service_id = id_field(&mut e, "receiving_service_id", &self.receiving_service_id);
        let receiving_contact_id = id_field(&mut e, "receiving_contact_id", &self.receiving_contact_id);
        if let Some(sid) = receiving_service_id {
            match service::Entity::find_by_id(sid).one(db).await? {
                None => e.add("receiving_service_id", msg("validate-choose-listed")),
                Some(s) if s.kind != service_kind => e.add("receiving_service_id", msg("pathway-error-service-kind")),
                Some(s) if !codes(&s.countries).contains(&to_country) => {
                    e.add("receiving_service_id", msg("pathway-error-service-country"))
                }
                Some(_) => {}
            }
        }
        if let Some(cid) = receiving_contact_id {
            let contact = service_contact::Entity::find_by_id(cid).one(db).await?;
            if contact.is_none_or(|c| Some(c.service_id) != receiving_service_id) {
                e.add("receiving_contact_id", msg("pathway-error-contact"));
            }
        }
        let document_id = id_field(&mut e, "document_id", &self.document_id);
        if let Some(d) = document_id
            && document::Entity::find_by_id(d).one(db).await?.is_none()
        {
            e.add("document_id", msg("validate-choose-listed"));
        }

        let consent_rule = validate::optional(&mut e, "consent_rule", &self.consent_rule, 2_000).unwrap_or_default();
        let child_consent_rule =
            validate::optional(&mut e, "child_consent_rule", &self.child_consent_rule, 2_000).unwrap_or_default();
        let escort = validate::optional(&mut e, "escort", &self.escort, 500).unwrap_or_default();
        let escort_cost = validate::optional(&mut e, "escort_cost", &self.escort_cost, 500).unwrap_or_default();
        if status == "agreed" && consent_rule.is_empty() {
            e.add("consent_rule", msg("pathway-error-consent"));
        }
        let mut information: Vec<String> = vec![];
        for c in &self.information {
            let c = c.trim();
            if c.is_empty() {
                continue;
            }
            if !INFORMATION.contains(&c) {
                e.add("information", msg("validate-choose-listed"));
            } else if !information.iter().any(|i| i == c) {
                information.push(c.to_string());
            }
        }
        // Catalogue order, whatever order they came in.
        information.sort_by_key(|c| INFORMATION.iter().position(|i| i == c));

        let rows = self
            .step_actor
            .len()
            .max(self.step_action.len())
            .max(self.step_days.len());
        let mut steps = vec![];
        for i in 0..rows {
            let (actor, action, days) = (
                at(&self.step_actor, i),
                at(&self.step_action, i),
                at(&self.step_days, i),
            );
            if actor.is_empty() && action.is_empty() && days.is_empty() {
                continue;
            }
            let n = i + 1;
            let actor = validate::required(&mut e, &format!("step_actor_{n}"), actor, 200);
            validate::one_line(&mut e, &format!("step_actor_{n}"), &Some(actor.clone()));
            let action = validate::required(&mut e, &format!("step_action_{n}"), action, 2_000);
            let max_days = match days {
                "" => None,
                d => match d.parse::<i32>() {
                    Ok(v) if (0..=365).contains(&v) => Some(v),
                    _ => {
                        e.add(&format!("step_days_{n}"), msg("pathway-error-days"));
                        None
                    }
                },
            };
            steps.push(StepInput {
                actor,
                action,
                max_days,
            });
        }

        let rows = self.barrier_topic.len().max(self.barrier_country.len());
        let mut barriers: Vec<BarrierInput> = vec![];
        for i in 0..rows {
            let (topic, cc) = (at(&self.barrier_topic, i), at(&self.barrier_country, i).to_uppercase());
            if topic.is_empty() && cc.is_empty() {
                continue;
            }
            let n = i + 1;
            let t = legal_topic::Entity::find()
                .filter(legal_topic::Column::Code.eq(topic.to_uppercase()))
                .one(db)
                .await?;
            let Some(t) = t else {
                e.add(&format!("barrier_topic_{n}"), msg("validate-choose-listed"));
                continue;
            };
            if !known.contains(&cc.as_str()) {
                e.add(&format!("barrier_country_{n}"), msg("validate-choose-listed"));
                continue;
            }
            if !barriers.iter().any(|b| b.topic_id == t.id && b.country == cc) {
                barriers.push(BarrierInput {
                    topic_id: t.id,
                    country: cc,
                });
            }
        }
        if !e.is_empty() {
            return Err(AppError::Validation(e));
        }
        Ok(PathwayInput {
            from_country,
            to_country,
            service_kind,
            receiving_service_id,
            receiving_contact_id,
            consent_rule,
            child_consent_rule,
            information,
            escort,
            escort_cost,
            document_id,
            status,
            steps,
            barriers,
        })
    }
}

/// The catalogue key of a pathway form field's label (`step_actor_2` is a step's).
pub fn field_label(field: &str) -> &'static str {
    let base = field
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end_matches('_');
    match base {
        "from_country" => "pathway-from",
        "to_country" => "pathway-to",
        "service_kind" => "pathway-kind",
        "receiving_service_id" => "pathway-service",
        "receiving_contact_id" => "pathway-contact",
        "consent_rule" => "pathway-consent",
        "child_consent_rule" => "pathway-child-consent",
        "information" => "pathway-information",
        "escort" => "pathway-escort",
        "escort_cost" => "pathway-escort-cost",
        "document_id" => "pathway-document",
        "status" => "pathway-status",
        "step_actor" => "pathway-step-actor",
        "step_action" => "pathway-step-action",
        "step_days" => "pathway-step-days",
        "barrier_topic" => "pathway-barrier-topic",
        _ => "pathway-barrier-country",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_reads_repeated_rows_and_single_values() {
        let f: PathwayFields = serde_html_form::from_str(
            "_csrf=x&version=2&from_country=RS&to_country=ME&information=language\
             &information=safety_risks&step_actor=NRM&step_action=Calls&step_days=2&step_actor=&step_action=&step_days=",
        )
        .unwrap();
        assert_eq!(f.information, vec!["language", "safety_risks"]);
        assert_eq!(f.step_actor.len(), 2);
        assert_eq!(field_label("step_actor_2"), "pathway-step-actor");
        assert_eq!(field_label("escort_cost"), "pathway-escort-cost");
        let one: PathwayFields = serde_html_form::from_str("information=language").unwrap();
        assert_eq!(one.information, vec!["language"]);
    }
}
