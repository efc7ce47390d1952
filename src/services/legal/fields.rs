//! An entry's editable content ([`EntryInput`]), its field list, what a form or the API sends
//! ([`EntryFields`]) and how it is checked, and the field-by-field diff revisions record.

use chrono::NaiveDate;
use sea_orm::Set;
use serde::{Deserialize, Serialize};

use crate::error::FieldErrors;
use crate::i18n::msg;
use crate::services::{countries, validate};
use entity::{country, legal_entry, legal_topic};

use super::{ASSESSMENTS, EVIDENCE_KINDS, GRETA_STATUSES};

/// The editable content of an entry; stored whole in every revision.
// The OpenAPI document keeps the names it has always used (validated content: `EntryFields`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(as = EntryFields)]
#[serde(default)]
pub struct EntryInput {
    /// aligned, partly_aligned, not_aligned, no_provision or not_assessed.
    pub assessment: String,
    pub summary: String,
    /// Act, article, official gazette reference.
    pub citations: String,
    pub parameter_value: Option<f64>,
    pub effective_on: Option<NaiveDate>,
    /// One web address per line.
    pub source_links: String,
    /// What differs from the standard and why it matters.
    pub differences: String,
    pub reviewed_on: Option<NaiveDate>,
    pub reviewed_by: String,
    /// law, implementation, practice, or empty.
    pub evidence_kind: String,
    pub greta_round: String,
    pub greta_paragraph: String,
    pub greta_text: String,
    /// implemented, partly, not_implemented, or empty.
    pub greta_status: String,
}

/// The field names in display order, as used in revisions' change lists.
pub const FIELDS: [&str; 14] = [
    "assessment",
    "summary",
    "citations",
    "parameter_value",
    "effective_on",
    "source_links",
    "differences",
    "reviewed_on",
    "reviewed_by",
    "evidence_kind",
    "greta_round",
    "greta_paragraph",
    "greta_text",
    "greta_status",
];

/// A number as people write it: no ".0" on whole numbers.
pub fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

impl EntryInput {
    pub fn not_assessed() -> Self {
        EntryInput {
            assessment: "not_assessed".into(),
            ..Default::default()
        }
    }

    pub fn from_model(e: &legal_entry::Model) -> Self {
        EntryInput {
            assessment: e.assessment.clone(),
            summary: e.summary.clone(),
            citations: e.citations.clone(),
            parameter_value: e.parameter_value,
            effective_on: e.effective_on,
            source_links: e.source_links.clone(),
            differences: e.differences.clone(),
            reviewed_on: e.reviewed_on,
            reviewed_by: e.reviewed_by.clone(),
            evidence_kind: e.evidence_kind.clone(),
            greta_round: e.greta_round.clone(),
            greta_paragraph: e.greta_paragraph.clone(),
            greta_text: e.greta_text.clone(),
            greta_status: e.greta_status.clone(),
        }
    }

    /// A field as text (empty when unset), for diffs, CSV and forms.
    pub fn get(&self, field: &str) -> String {
        let date = |d: &Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        match field {
            "assessment" => self.assessment.clone(),
            "summary" => self.summary.clone(),
            "citations" => self.citations.clone(),
            "parameter_value" => self.parameter_value.map(fmt_num).unwrap_or_default(),
            "effective_on" => date(&self.effective_on),
            "source_links" => self.source_links.clone(),
            "differences" => self.differences.clone(),
            "reviewed_on" => date(&self.reviewed_on),
            "reviewed_by" => self.reviewed_by.clone(),
            "evidence_kind" => self.evidence_kind.clone(),
            "greta_round" => self.greta_round.clone(),
            "greta_paragraph" => self.greta_paragraph.clone(),
            "greta_text" => self.greta_text.clone(),
            "greta_status" => self.greta_status.clone(),
            _ => String::new(),
        }
    }

    pub fn links(&self) -> Vec<String> {
        self.source_links
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }

    pub(super) fn apply(&self, am: &mut legal_entry::ActiveModel) {
        am.assessment = Set(self.assessment.clone());
        am.summary = Set(self.summary.clone());
        am.citations = Set(self.citations.clone());
        am.parameter_value = Set(self.parameter_value);
        am.effective_on = Set(self.effective_on);
        am.source_links = Set(self.source_links.clone());
        am.differences = Set(self.differences.clone());
        am.reviewed_on = Set(self.reviewed_on);
        am.reviewed_by = Set(self.reviewed_by.clone());
        am.evidence_kind = Set(self.evidence_kind.clone());
        am.greta_round = Set(self.greta_round.clone());
        am.greta_paragraph = Set(self.greta_paragraph.clone());
        am.greta_text = Set(self.greta_text.clone());
        am.greta_status = Set(self.greta_status.clone());
    }
}

/// One changed field of a revision.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct FieldChange {
    pub field: String,
    pub old: String,
    pub new: String,
}

/// A field value as people read it: the label for choice fields, the text otherwise.
pub fn value_label(lang: &str, field: &str, v: &str) -> String {
    if v.is_empty() {
        return String::new();
    }
    let prefix = match field {
        "assessment" => "legal-assessment",
        "evidence_kind" => "legal-evidence",
        "greta_status" => "legal-greta",
        _ => return v.to_string(),
    };
    crate::i18n::t(lang, &format!("{prefix}-{v}"))
}

pub fn diff(old: &EntryInput, new: &EntryInput) -> Vec<FieldChange> {
    FIELDS
        .iter()
        .filter_map(|f| {
            let (a, b) = (old.get(f), new.get(f));
            (a != b).then(|| FieldChange {
                field: f.to_string(),
                old: a,
                new: b,
            })
        })
        .collect()
}

/// What a form or the API sends for an entry: all text, parsed by [`EntryFields::parse`].
#[derive(Clone, Debug, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(as = EntryInput)]
#[serde(default)]
pub struct EntryFields {
    pub assessment: String,
    pub summary: String,
    pub citations: String,
    pub parameter_value: String,
    pub effective_on: String,
    pub source_links: String,
    pub differences: String,
    pub reviewed_on: String,
    pub reviewed_by: String,
    pub evidence_kind: String,
    pub greta_round: String,
    pub greta_paragraph: String,
    pub greta_text: String,
    pub greta_status: String,
}

impl EntryFields {
    pub fn from_fields(f: &EntryInput) -> Self {
        let g = |n: &str| f.get(n);
        EntryFields {
            assessment: g("assessment"),
            summary: g("summary"),
            citations: g("citations"),
            parameter_value: g("parameter_value"),
            effective_on: g("effective_on"),
            source_links: g("source_links"),
            differences: g("differences"),
            reviewed_on: g("reviewed_on"),
            reviewed_by: g("reviewed_by"),
            evidence_kind: g("evidence_kind"),
            greta_round: g("greta_round"),
            greta_paragraph: g("greta_paragraph"),
            greta_text: g("greta_text"),
            greta_status: g("greta_status"),
        }
    }

    pub fn from_lookup(get: impl Fn(&str) -> String) -> Self {
        EntryFields {
            assessment: get("assessment"),
            summary: get("summary"),
            citations: get("citations"),
            parameter_value: get("parameter_value"),
            effective_on: get("effective_on"),
            source_links: get("source_links"),
            differences: get("differences"),
            reviewed_on: get("reviewed_on"),
            reviewed_by: get("reviewed_by"),
            evidence_kind: get("evidence_kind"),
            greta_round: get("greta_round"),
            greta_paragraph: get("greta_paragraph"),
            greta_text: get("greta_text"),
            greta_status: get("greta_status"),
        }
    }

    /// Checks every field against the topic and country; all messages at once.
    pub fn parse(&self, topic: &legal_topic::Model, country: &country::Model) -> Result<EntryInput, FieldErrors> {
        let mut e = FieldErrors::default();
        let assessment = validate::choice(&mut e, "assessment", &self.assessment, &ASSESSMENTS);
        let text =
            |e: &mut FieldErrors, f: &str, v: &str, max: usize| validate::optional(e, f, v, max).unwrap_or_default();
        let summary = text(&mut e, "summary", &self.summary, 10_000);
        let citations = text(&mut e, "citations", &self.citations, 4_000);
        let differences = text(&mut e, "differences", &self.differences, 10_000);
        let reviewed_by = text(&mut e, "reviewed_by", &self.reviewed_by, 200);
        validate::one_line(&mut e, "reviewed_by", &Some(reviewed_by.clone()));
        let parameter_value = match self.parameter_value.trim() {
            "" => None,
            v => match (topic.parameter.as_ref(), v.replace(',', ".").parse::<f64>()) {
                (None, _) => {
                    e.add("parameter_value", msg("legal-error-no-parameter"));
                    None
                }
                (Some(_), Ok(n)) if n.is_finite() && (0.0..=1_000_000.0).contains(&n) => Some(n),
                _ => {
                    e.add("parameter_value", msg("validate-number"));
                    None
                }
            },
        };
        let effective_on = validate::date(&mut e, "effective_on", &self.effective_on);
        let reviewed_on = validate::date(&mut e, "reviewed_on", &self.reviewed_on);
        let mut links = vec![];
        for line in self.source_links.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if let Some(u) = validate::url(&mut e, "source_links", line) {
                links.push(u);
            }
        }
        if links.len() > 20 {
            e.add("source_links", msg("legal-error-too-many-links"));
        }
        let evidence_kind = self.evidence_kind.trim().to_string();
        if !evidence_kind.is_empty() && !EVIDENCE_KINDS.contains(&evidence_kind.as_str()) {
            e.add("evidence_kind", msg("validate-choose-listed"));
        }
        let greta_status = self.greta_status.trim().to_string();
        if !greta_status.is_empty() && !GRETA_STATUSES.contains(&greta_status.as_str()) {
            e.add("greta_status", msg("validate-choose-listed"));
        }
        let greta_round = text(&mut e, "greta_round", &self.greta_round, 40);
        let greta_paragraph = text(&mut e, "greta_paragraph", &self.greta_paragraph, 40);
        let greta_text = text(&mut e, "greta_text", &self.greta_text, 4_000);
        let has_greta = !greta_round.is_empty()
            || !greta_paragraph.is_empty()
            || !greta_text.is_empty()
            || !greta_status.is_empty();
        if has_greta && !country.coe_member {
            e.add(
                "greta_text",
                msg("legal-error-not-coe").arg("country", countries::display_name(country)),
            );
        }
        if !e.is_empty() {
            return Err(e);
        }
        Ok(EntryInput {
            assessment,
            summary,
            citations,
            parameter_value,
            effective_on,
            source_links: links.join("\n"),
            differences,
            reviewed_on,
            reviewed_by,
            evidence_kind,
            greta_round,
            greta_paragraph,
            greta_text,
            greta_status,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Revisions, "what changed" and the export walk `FIELDS`: a field added to the struct but
    /// not to the list would be saved yet never shown as changed.
    #[test]
    fn every_field_of_an_entry_is_in_the_field_list_once() {
        let json = serde_json::to_value(EntryInput::not_assessed()).unwrap();
        let mut of_struct: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
        let mut listed: Vec<&str> = FIELDS.to_vec();
        of_struct.sort_unstable();
        listed.sort_unstable();
        assert_eq!(of_struct, listed);
    }

    #[test]
    fn diff_lists_only_changed_fields_as_text() {
        let a = EntryInput {
            assessment: "not_aligned".into(),
            parameter_value: Some(30.0),
            ..Default::default()
        };
        let b = EntryInput {
            assessment: "aligned".into(),
            parameter_value: Some(45.5),
            ..Default::default()
        };
        let d = diff(&a, &b);
        assert_eq!(d.len(), 2);
        assert_eq!(d[1].old, "30");
        assert_eq!(d[1].new, "45.5");
    }
}
