//! The legal-disparity register: topics, one entry per topic and country, every revision,
//! members' proposals, follows, the register as it stood on a past date, what changed since a
//! date, CSV/JSON import and export, and notifications.
//!
//! Every write goes through [`save_entry`], which bumps the entry's version, records a revision
//! (the whole entry plus the fields it changed, old and new) and queues the mail, all in the
//! caller's transaction.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::error::{AppError, FieldErrors};
use crate::mail::Notifier;
use crate::mail::{self, Category, Notification, Recipient};
use crate::services::{countries, paging, validate, versions};
use entity::{country, legal_entry, legal_follow, legal_import, legal_proposal, legal_revision, legal_topic};

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

/// The editable content of an entry; stored whole in every revision.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct EntryFields {
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

impl EntryFields {
    pub fn not_assessed() -> Self {
        EntryFields {
            assessment: "not_assessed".into(),
            ..Default::default()
        }
    }

    pub fn from_model(e: &legal_entry::Model) -> Self {
        EntryFields {
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

    fn apply(&self, am: &mut legal_entry::ActiveModel) {
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

pub fn diff(old: &EntryFields, new: &EntryFields) -> Vec<FieldChange> {
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

/// What a form or the API sends for an entry: all text, parsed by [`EntryInput::parse`].
#[derive(Clone, Debug, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct EntryInput {
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

impl EntryInput {
    pub fn from_fields(f: &EntryFields) -> Self {
        let g = |n: &str| f.get(n);
        EntryInput {
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
        EntryInput {
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
    pub fn parse(&self, topic: &legal_topic::Model, country: &country::Model) -> Result<EntryFields, FieldErrors> {
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
                    e.add("parameter_value", "This topic has no measured value: leave it empty.");
                    None
                }
                (Some(_), Ok(n)) if n.is_finite() && (0.0..=1_000_000.0).contains(&n) => Some(n),
                _ => {
                    e.add("parameter_value", "Enter a number, for example 30.");
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
            e.add("source_links", "Give at most 20 web addresses.");
        }
        let evidence_kind = self.evidence_kind.trim().to_string();
        if !evidence_kind.is_empty() && !EVIDENCE_KINDS.contains(&evidence_kind.as_str()) {
            e.add("evidence_kind", "Choose one of the options in the list.");
        }
        let greta_status = self.greta_status.trim().to_string();
        if !greta_status.is_empty() && !GRETA_STATUSES.contains(&greta_status.as_str()) {
            e.add("greta_status", "Choose one of the options in the list.");
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
                format!(
                    "{} is not a member of the Council of Europe, so GRETA does not report on it. Leave the GRETA fields empty.",
                    countries::display_name(country)
                ),
            );
        }
        if !e.is_empty() {
            return Err(e);
        }
        Ok(EntryFields {
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

// ---------------------------------------------------------------------------------------------
// Topics

pub async fn topics(db: &impl ConnectionTrait, include_retired: bool) -> Result<Vec<legal_topic::Model>, AppError> {
    let mut q = legal_topic::Entity::find();
    if !include_retired {
        q = q.filter(legal_topic::Column::Retired.eq(false));
    }
    Ok(q.order_by_asc(legal_topic::Column::Position)
        .order_by_asc(legal_topic::Column::Id)
        .all(db)
        .await?)
}

pub async fn topic_by_code(db: &impl ConnectionTrait, code: &str) -> Result<legal_topic::Model, AppError> {
    legal_topic::Entity::find()
        .filter(legal_topic::Column::Code.eq(code.trim().to_uppercase()))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The categories of `topics`, in catalogue order.
pub fn categories(topics: &[legal_topic::Model]) -> Vec<String> {
    let mut seen: Vec<String> = vec![];
    for t in topics {
        if !seen.contains(&t.category) {
            seen.push(t.category.clone());
        }
    }
    seen
}

/// A topic as a form or a CSV row sends it.
#[derive(Clone, Debug, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct TopicInput {
    pub code: String,
    pub category: String,
    pub title: String,
    pub question: String,
    pub cets_197: String,
    pub directive_2011_36: String,
    pub palermo_protocol: String,
    pub parameter: String,
    pub unit: String,
    pub threshold: String,
    pub threshold_kind: String,
}

#[derive(Debug)]
pub struct TopicFields {
    pub code: String,
    pub category: String,
    pub title: String,
    pub question: String,
    pub cets197: Option<String>,
    pub directive: Option<String>,
    pub palermo: Option<String>,
    pub parameter: Option<String>,
    pub unit: Option<String>,
    pub threshold: Option<f64>,
    pub threshold_kind: Option<String>,
}

impl TopicInput {
    pub fn from_model(t: &legal_topic::Model) -> Self {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        TopicInput {
            code: t.code.clone(),
            category: t.category.clone(),
            title: t.title.clone(),
            question: t.question.clone(),
            cets_197: o(&t.cets197),
            directive_2011_36: o(&t.directive),
            palermo_protocol: o(&t.palermo),
            parameter: o(&t.parameter),
            unit: o(&t.unit),
            threshold: t.threshold.map(fmt_num).unwrap_or_default(),
            threshold_kind: o(&t.threshold_kind),
        }
    }

    pub fn parse(&self) -> Result<TopicFields, FieldErrors> {
        let mut e = FieldErrors::default();
        let code = self.code.trim().to_uppercase();
        if code.is_empty() {
            e.add("code", "This field is required.");
        } else if code.len() > 20 || !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            e.add("code", "Use letters, digits and hyphens only, for example RES-05.");
        }
        let category = validate::required(&mut e, "category", &self.category, 120);
        let title = validate::required(&mut e, "title", &self.title, 200);
        let question = validate::required(&mut e, "question", &self.question, 2_000);
        for (f, v) in [("category", &category), ("title", &title)] {
            validate::one_line(&mut e, f, &Some(v.clone()));
        }
        let cets197 = validate::optional(&mut e, "cets_197", &self.cets_197, 200);
        let directive = validate::optional(&mut e, "directive_2011_36", &self.directive_2011_36, 200);
        let palermo = validate::optional(&mut e, "palermo_protocol", &self.palermo_protocol, 200);
        let parameter = validate::optional(&mut e, "parameter", &self.parameter, 200);
        let unit = validate::optional(&mut e, "unit", &self.unit, 40);
        let threshold = match self.threshold.trim() {
            "" => None,
            v => match v.replace(',', ".").parse::<f64>() {
                Ok(n) if n.is_finite() && n >= 0.0 => Some(n),
                _ => {
                    e.add("threshold", "Enter a number, for example 30.");
                    None
                }
            },
        };
        let threshold_kind = Some(self.threshold_kind.trim().to_lowercase()).filter(|k| !k.is_empty());
        if let Some(k) = &threshold_kind
            && k != "min"
            && k != "max"
        {
            e.add("threshold_kind", "Choose minimum or maximum.");
        }
        if threshold.is_some() && parameter.is_none() {
            e.add("parameter", "Name the measured value the threshold applies to.");
        }
        if threshold.is_some() && threshold_kind.is_none() {
            e.add("threshold_kind", "Say whether the standard is a minimum or a maximum.");
        }
        if !e.is_empty() {
            return Err(e);
        }
        Ok(TopicFields {
            code,
            category,
            title,
            question,
            cets197,
            directive,
            palermo,
            parameter,
            unit,
            threshold,
            threshold_kind,
        })
    }
}

fn apply_topic(am: &mut legal_topic::ActiveModel, f: TopicFields) {
    am.code = Set(f.code);
    am.category = Set(f.category);
    am.title = Set(f.title);
    am.question = Set(f.question);
    am.cets197 = Set(f.cets197);
    am.directive = Set(f.directive);
    am.palermo = Set(f.palermo);
    am.parameter = Set(f.parameter);
    am.unit = Set(f.unit);
    am.threshold = Set(f.threshold);
    am.threshold_kind = Set(f.threshold_kind);
    am.updated_at = Set(crate::db::now());
}

/// Adds a topic at the end of the catalogue; a taken code is a field error.
pub async fn create_topic(db: &impl ConnectionTrait, f: TopicFields) -> Result<legal_topic::Model, AppError> {
    if legal_topic::Entity::find()
        .filter(legal_topic::Column::Code.eq(f.code.clone()))
        .count(db)
        .await?
        > 0
    {
        let mut e = FieldErrors::default();
        e.add("code", "Another topic already has this code.");
        return Err(AppError::Validation(e));
    }
    let last: Option<i32> = legal_topic::Entity::find()
        .select_only()
        .column_as(legal_topic::Column::Position.max(), "m")
        .into_tuple::<Option<i32>>()
        .one(db)
        .await?
        .flatten();
    let mut am = legal_topic::ActiveModel {
        position: Set(last.unwrap_or(0) + 10),
        retired: Set(false),
        ..Default::default()
    };
    apply_topic(&mut am, f);
    Ok(am.insert(db).await?)
}

/// Writes `f` over topic `t` (a taken code is a field error) and sets its version to
/// `version`; `None`, and nothing written, when `f` is what the topic already says.
async fn write_topic(
    db: &impl ConnectionTrait,
    t: legal_topic::Model,
    f: TopicFields,
    version: i32,
) -> Result<Option<legal_topic::Model>, AppError> {
    if f.code != t.code
        && legal_topic::Entity::find()
            .filter(legal_topic::Column::Code.eq(f.code.clone()))
            .count(db)
            .await?
            > 0
    {
        let mut e = FieldErrors::default();
        e.add("code", "Another topic already has this code.");
        return Err(AppError::Validation(e));
    }
    let before = t.clone();
    let mut am = t.into_active_model();
    apply_topic(&mut am, f);
    let mut after = sea_orm::TryIntoModel::try_into_model(am.clone())?;
    after.updated_at = before.updated_at;
    if after == before {
        return Ok(None);
    }
    am.version = Set(version);
    Ok(Some(am.update(db).await?))
}

/// Saves an edit of a topic based on its version `based_on`; `StaleEdit` when someone changed
/// it in between. An unchanged save gives the claimed version back.
pub async fn update_topic(
    db: &sea_orm::DatabaseConnection,
    id: i32,
    f: TopicFields,
    based_on: i32,
) -> Result<legal_topic::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let row = Condition::all().add(legal_topic::Column::Id.eq(id));
    let version =
        versions::claim::<legal_topic::Entity>(&txn, row.clone(), legal_topic::Column::Version, based_on).await?;
    let t = legal_topic::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let saved = match write_topic(&txn, t.clone(), f, version).await? {
        Some(saved) => saved,
        None => {
            versions::release::<legal_topic::Entity>(&txn, row, legal_topic::Column::Version).await?;
            legal_topic::Model { version: based_on, ..t }
        }
    };
    txn.commit().await?;
    Ok(saved)
}

/// Retires or restores a topic; an edit form opened before is stale.
pub async fn set_retired(db: &impl ConnectionTrait, t: legal_topic::Model, retired: bool) -> Result<(), AppError> {
    let row = Condition::all().add(legal_topic::Column::Id.eq(t.id));
    versions::bump::<legal_topic::Entity>(db, row, legal_topic::Column::Version).await?;
    let mut am = t.into_active_model();
    am.retired = Set(retired);
    am.updated_at = Set(crate::db::now());
    am.update(db).await?;
    Ok(())
}

/// Swaps a topic with its neighbour above (`up`) or below in the catalogue order.
pub async fn move_topic(db: &sea_orm::DatabaseConnection, t: legal_topic::Model, up: bool) -> Result<(), AppError> {
    let all = topics(db, true).await?;
    let Some(i) = all.iter().position(|x| x.id == t.id) else {
        return Err(AppError::NotFound);
    };
    let j = if up {
        i.checked_sub(1)
    } else {
        Some(i + 1).filter(|j| *j < all.len())
    };
    let Some(j) = j else { return Ok(()) };
    let txn = crate::db::begin_write(db).await?;
    // Renumber everything in steps of ten with the two swapped, so equal positions cannot stick.
    let mut order: Vec<&legal_topic::Model> = all.iter().collect();
    order.swap(i, j);
    for (n, m) in order.iter().enumerate() {
        let pos = (n as i32 + 1) * 10;
        if m.position != pos {
            legal_topic::Entity::update_many()
                .col_expr(legal_topic::Column::Position, Expr::value(pos))
                .filter(legal_topic::Column::Id.eq(m.id))
                .exec(&txn)
                .await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Countries of the register

/// The countries the register compares: the network's own, in their usual order.
pub async fn register_countries(db: &impl ConnectionTrait) -> Result<Vec<country::Model>, AppError> {
    Ok(countries::all(db).await?.into_iter().filter(|c| c.in_region).collect())
}

pub async fn register_country(db: &impl ConnectionTrait, code: &str) -> Result<country::Model, AppError> {
    register_countries(db)
        .await?
        .into_iter()
        .find(|c| c.code.eq_ignore_ascii_case(code.trim()))
        .ok_or(AppError::NotFound)
}

// ---------------------------------------------------------------------------------------------
// Entries and the register as it stands (or stood)

/// One cell: what the register says for a topic and country.
#[derive(Clone, Debug, Serialize)]
pub struct Cell {
    pub topic_id: i32,
    pub country_code: String,
    pub fields: EntryFields,
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
fn end_of(d: NaiveDate) -> DateTime<Utc> {
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
                    fields: EntryFields::from_model(&e),
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
                    fields: serde_json::from_str(&r.data).unwrap_or_else(|_| EntryFields::not_assessed()),
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
    pub country: String,
    pub topic: String,
    pub as_of: Option<NaiveDate>,
}

/// Every cell of the (non-retired) register matching `f`, in catalogue and country order;
/// cells never assessed come as "not assessed" with no stored version.
pub async fn filtered_cells(
    db: &impl ConnectionTrait,
    f: &CellFilter,
) -> Result<Vec<(legal_topic::Model, String, Option<Cell>, EntryFields)>, AppError> {
    let countries = register_countries(db).await?;
    let mut by_key: HashMap<(i32, String), Cell> = cells(db, f.as_of, None, None)
        .await?
        .into_iter()
        .map(|c| ((c.topic_id, c.country_code.clone()), c))
        .collect();
    let mut out = vec![];
    for t in topics(db, false).await? {
        if (!f.category.is_empty() && t.category != f.category)
            || (!f.topic.is_empty() && !t.code.eq_ignore_ascii_case(f.topic.trim()))
        {
            continue;
        }
        for c in &countries {
            if !f.country.is_empty() && !c.code.eq_ignore_ascii_case(f.country.trim()) {
                continue;
            }
            let cell = by_key.remove(&(t.id, c.code.clone()));
            let fields = cell
                .as_ref()
                .map(|x| x.fields.clone())
                .unwrap_or_else(EntryFields::not_assessed);
            if !f.assessment.is_empty() && fields.assessment != f.assessment {
                continue;
            }
            out.push((t.clone(), c.code.clone(), cell, fields));
        }
    }
    Ok(out)
}

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
    fields: &EntryFields,
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
    fields: &EntryFields,
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
    let saved = if based_on == 0 {
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
        entry(db, topic.id, &country.code).await?.ok_or(AppError::NotFound)?
    } else {
        let version =
            versions::claim::<legal_entry::Entity>(db, cell.clone(), legal_entry::Column::Version, based_on).await?;
        let e = entry(db, topic.id, &country.code).await?.ok_or(AppError::NotFound)?;
        if diff(&EntryFields::from_model(&e), fields).is_empty() {
            versions::release::<legal_entry::Entity>(db, cell, legal_entry::Column::Version).await?;
            return Ok(None);
        }
        let old = EntryFields::from_model(&e);
        let mut am = e.into_active_model();
        fields.apply(&mut am);
        am.version = Set(version);
        am.updated_at = Set(now);
        am.updated_by = Set(change.actor.user_id);
        if change.example {
            am.example = Set(true);
        }
        let saved = am.update(db).await?;
        return record_revision(db, notifier, topic, country, fields, change, now, &old, saved).await;
    };
    record_revision(
        db,
        notifier,
        topic,
        country,
        fields,
        change,
        now,
        &EntryFields::not_assessed(),
        saved,
    )
    .await
}

/// The revision numbered like the entry's new version (unique per entry), and the mail.
#[allow(clippy::too_many_arguments)]
async fn record_revision(
    db: &impl ConnectionTrait,
    notifier: Option<&Notifier<'_>>,
    topic: &legal_topic::Model,
    country: &country::Model,
    fields: &EntryFields,
    change: &Change<'_>,
    now: DateTime<Utc>,
    old: &EntryFields,
    saved: legal_entry::Model,
) -> Result<Option<legal_revision::Model>, AppError> {
    let changes = diff(old, fields);
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

/// Followers of the topic or the country, and the focal points of the country's member
/// organizations, except the person who made the change. Preferences decide the rest.
async fn change_recipients(
    db: &impl ConnectionTrait,
    topic: &legal_topic::Model,
    country: &country::Model,
    except: Option<i32>,
) -> Result<Vec<entity::user::Model>, AppError> {
    use entity::{organization, person, user};
    let followers: Vec<i32> = legal_follow::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(
                    sea_orm::Condition::all()
                        .add(legal_follow::Column::Kind.eq("topic"))
                        .add(legal_follow::Column::Target.eq(topic.code.clone())),
                )
                .add(
                    sea_orm::Condition::all()
                        .add(legal_follow::Column::Kind.eq("country"))
                        .add(legal_follow::Column::Target.eq(country.code.clone())),
                ),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|f| f.user_id)
        .collect();
    let orgs: Vec<i32> = organization::Entity::find()
        .select_only()
        .column(organization::Column::Id)
        .filter(organization::Column::CountryCode.eq(country.code.clone()))
        .filter(organization::Column::Archived.eq(false))
        .into_tuple::<i32>()
        .all(db)
        .await?;
    let focal_emails: Vec<String> = if orgs.is_empty() {
        vec![]
    } else {
        person::Entity::find()
            .filter(person::Column::OrganizationId.is_in(orgs))
            .filter(person::Column::NetworkRole.is_in(["focal_point", "deputy_focal_point"]))
            .filter(person::Column::Archived.eq(false))
            .all(db)
            .await?
            .into_iter()
            .filter_map(|p| p.email.map(|e| e.to_lowercase()))
            .collect()
    };
    if followers.is_empty() && focal_emails.is_empty() {
        return Ok(vec![]);
    }
    Ok(user::Entity::find()
        .filter(user::Column::Active.eq(true))
        .filter(
            sea_orm::Condition::any()
                .add(user::Column::Id.is_in(followers))
                .add(user::Column::Email.is_in(focal_emails)),
        )
        .all(db)
        .await?
        .into_iter()
        .filter(|u| Some(u.id) != except)
        .collect())
}

async fn notify_change(
    db: &impl ConnectionTrait,
    n: &Notifier<'_>,
    topic: &legal_topic::Model,
    country: &country::Model,
    rev: &legal_revision::Model,
    changes: &[FieldChange],
    actor: Option<i32>,
) -> Result<(), AppError> {
    let to: Vec<Recipient> = change_recipients(db, topic, country, actor)
        .await?
        .iter()
        .map(Recipient::from_user)
        .collect();
    if to.is_empty() {
        return Ok(());
    }
    let note = Notification {
        category: Category::Legal,
        template: "legal_change",
        data: json!({
            "topic": format!("{} {}", topic.code, topic.title),
            "country": countries::display_name(country),
            "assessment": rev.assessment,
            "fields": changes.iter().map(|c| json!({"field": format!("legal-field-{}", c.field), "old": value_label("en", &c.field, &c.old), "new": value_label("en", &c.field, &c.new)})).collect::<Vec<_>>(),
            "who": rev.changed_by_name,
            "url": format!("{}/legal/entries/{}/{}", n.base, topic.code, country.code),
        }),
        dedupe_key: format!("legal-change:{}:v{}", rev.entry_id, rev.version),
    };
    mail::notify(db, n.mailer, &to, &note).await?;
    Ok(())
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

// ---------------------------------------------------------------------------------------------
// Proposals

pub async fn propose(
    db: &impl ConnectionTrait,
    topic: &legal_topic::Model,
    country: &country::Model,
    fields: &EntryFields,
    comment: &str,
    proposer: i32,
) -> Result<legal_proposal::Model, AppError> {
    let base = entry(db, topic.id, &country.code).await?;
    let old = base
        .as_ref()
        .map(EntryFields::from_model)
        .unwrap_or_else(EntryFields::not_assessed);
    if diff(&old, fields).is_empty() {
        let mut e = FieldErrors::default();
        e.add(
            "comment",
            "Your proposal does not change anything yet: edit at least one field.",
        );
        return Err(AppError::Validation(e));
    }
    Ok(legal_proposal::ActiveModel {
        topic_id: Set(topic.id),
        country_code: Set(country.code.clone()),
        data: Set(serde_json::to_string(fields).map_err(AppError::internal)?),
        comment: Set(comment.trim().to_string()),
        status: Set("pending".into()),
        proposer_id: Set(Some(proposer)),
        base_version: Set(base.map(|b| b.version).unwrap_or(0)),
        created_at: Set(crate::db::now()),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Which proposals a list shows.
#[derive(Clone, Debug, Default)]
pub struct ProposalFilter {
    pub status: Option<String>,
    /// Only this user's proposals (members see their own).
    pub proposer: Option<i32>,
    /// Only proposals for one cell (topic id, country code).
    pub cell: Option<(i32, String)>,
}

pub const PROPOSALS_PER_PAGE: u64 = 50;

/// Proposals, newest first, one page; with the total.
pub async fn proposals(
    db: &impl ConnectionTrait,
    f: &ProposalFilter,
    page: u64,
) -> Result<(Vec<legal_proposal::Model>, u64), AppError> {
    let mut q = legal_proposal::Entity::find();
    if let Some(s) = &f.status {
        q = q.filter(legal_proposal::Column::Status.eq(s.clone()));
    }
    if let Some(u) = f.proposer {
        q = q.filter(legal_proposal::Column::ProposerId.eq(u));
    }
    if let Some((t, c)) = &f.cell {
        q = q
            .filter(legal_proposal::Column::TopicId.eq(*t))
            .filter(legal_proposal::Column::CountryCode.eq(c.clone()));
    }
    let total = q.clone().count(db).await?;
    let rows = q
        .order_by_desc(legal_proposal::Column::CreatedAt)
        .order_by_desc(legal_proposal::Column::Id)
        .offset(paging::offset(page, PROPOSALS_PER_PAGE))
        .limit(PROPOSALS_PER_PAGE)
        .all(db)
        .await?;
    Ok((rows, total))
}

pub async fn proposal(db: &impl ConnectionTrait, id: i32) -> Result<legal_proposal::Model, AppError> {
    legal_proposal::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

pub fn proposal_fields(p: &legal_proposal::Model) -> EntryFields {
    serde_json::from_str(&p.data).unwrap_or_else(|_| EntryFields::not_assessed())
}

/// Accepts (applying the proposal as a revision) or rejects a pending proposal, and tells the
/// proposer. Call inside a transaction.
pub async fn decide(
    db: &impl ConnectionTrait,
    n: &Notifier<'_>,
    p: legal_proposal::Model,
    accept: bool,
    comment: &str,
    reviewer: &Actor,
) -> Result<(), AppError> {
    if p.status != "pending" {
        return Err(AppError::Conflict("This proposal has already been decided.".into()));
    }
    let topic = legal_topic::Entity::find_by_id(p.topic_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let country = register_country(db, &p.country_code).await?;
    let proposer = match p.proposer_id {
        Some(id) => entity::user::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    if accept {
        let note = format!(
            "Proposed by {}{}{}",
            proposer.as_ref().map(|u| u.name.as_str()).unwrap_or("a member"),
            if p.comment.is_empty() { "" } else { ": " },
            p.comment
        );
        save_entry(
            db,
            Some(n),
            &topic,
            &country,
            &proposal_fields(&p),
            &Change {
                actor: reviewer.clone(),
                source: "proposal",
                note: Some(note),
                example: false,
                at: None,
            },
        )
        .await?;
    }
    let id = p.id;
    let mut am = p.into_active_model();
    am.status = Set(if accept { "accepted" } else { "rejected" }.into());
    am.decided_by = Set(reviewer.user_id);
    am.decision_comment = Set(Some(comment.trim().to_string()).filter(|c| !c.is_empty()));
    am.decided_at = Set(Some(crate::db::now()));
    am.update(db).await?;
    if let Some(u) = proposer.filter(|u| u.active) {
        let note = Notification {
            category: Category::Legal,
            template: "legal_decision",
            data: json!({
                "accepted": accept,
                "topic": format!("{} {}", topic.code, topic.title),
                "country": countries::display_name(&country),
                "comment": comment.trim(),
                "who": reviewer.name,
                "url": format!("{}/legal/entries/{}/{}", n.base, topic.code, country.code),
            }),
            dedupe_key: format!("legal-decision:{id}"),
        };
        mail::notify(db, n.mailer, &[Recipient::from_user(&u)], &note).await?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Follows

pub async fn follows(db: &impl ConnectionTrait, user_id: i32) -> Result<Vec<(String, String)>, AppError> {
    Ok(legal_follow::Entity::find()
        .filter(legal_follow::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|f| (f.kind, f.target))
        .collect())
}

/// Follows or unfollows a topic (`kind` = topic, by code) or a country.
pub async fn set_follow(
    db: &impl ConnectionTrait,
    user_id: i32,
    kind: &str,
    target: &str,
    on: bool,
) -> Result<(), AppError> {
    legal_follow::Entity::delete_many()
        .filter(legal_follow::Column::UserId.eq(user_id))
        .filter(legal_follow::Column::Kind.eq(kind))
        .filter(legal_follow::Column::Target.eq(target))
        .exec(db)
        .await?;
    if on {
        legal_follow::ActiveModel {
            user_id: Set(user_id),
            kind: Set(kind.to_string()),
            target: Set(target.to_string()),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Export and import

pub const ENTRY_COLUMNS: [&str; 17] = [
    "topic_code",
    "country",
    "topic_title",
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

pub const TOPIC_COLUMNS: [&str; 11] = [
    "code",
    "category",
    "title",
    "question",
    "cets_197",
    "directive_2011_36",
    "palermo_protocol",
    "parameter",
    "unit",
    "threshold",
    "threshold_kind",
];

/// Spreadsheet programs run cells that start with these; a leading apostrophe keeps them text.
fn csv_safe(v: &str) -> String {
    if v.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{v}")
    } else {
        v.to_string()
    }
}

pub fn entries_csv(rows: &[(legal_topic::Model, String, EntryFields)]) -> Result<Vec<u8>, AppError> {
    let mut w = csv::Writer::from_writer(vec![]);
    w.write_record(ENTRY_COLUMNS).map_err(AppError::internal)?;
    for (t, c, f) in rows {
        let mut rec = vec![t.code.clone(), c.clone(), t.title.clone()];
        rec.extend(FIELDS.iter().map(|n| f.get(n)));
        w.write_record(rec.iter().map(|v| csv_safe(v)))
            .map_err(AppError::internal)?;
    }
    w.into_inner().map_err(AppError::internal)
}

pub fn topics_csv(rows: &[legal_topic::Model]) -> Result<Vec<u8>, AppError> {
    let mut w = csv::Writer::from_writer(vec![]);
    w.write_record(TOPIC_COLUMNS).map_err(AppError::internal)?;
    for t in rows {
        let i = TopicInput::from_model(t);
        w.write_record(
            [
                i.code,
                i.category,
                i.title,
                i.question,
                i.cets_197,
                i.directive_2011_36,
                i.palermo_protocol,
                i.parameter,
                i.unit,
                i.threshold,
                i.threshold_kind,
            ]
            .iter()
            .map(|v| csv_safe(v)),
        )
        .map_err(AppError::internal)?;
    }
    w.into_inner().map_err(AppError::internal)
}

/// One problem in an import file: the line (as a spreadsheet numbers it), the column, and what
/// is wrong.
#[derive(Clone, Debug, Serialize)]
pub struct RowError {
    pub line: usize,
    pub column: String,
    pub message: String,
}

/// A checked import: what would be saved, and every error found.
#[derive(Debug, Default)]
pub struct ImportPlan {
    pub topics: Vec<TopicFields>,
    pub entries: Vec<(legal_topic::Model, country::Model, EntryFields)>,
    pub errors: Vec<RowError>,
    pub rows: usize,
}

/// The header names and each non-blank record with its line number.
type CsvRows = (Vec<String>, Vec<(usize, csv::StringRecord)>);

fn read_csv(content: &str) -> Result<CsvRows, String> {
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    let mut r = csv::ReaderBuilder::new().flexible(true).from_reader(content.as_bytes());
    let headers: Vec<String> = r
        .headers()
        .map_err(|e| format!("The first line could not be read as CSV column names ({e})."))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let mut rows = vec![];
    for rec in r.records() {
        match rec {
            Ok(rec) => {
                let line = rec.position().map(|p| p.line() as usize).unwrap_or(0);
                if rec.iter().all(|v| v.trim().is_empty()) {
                    continue;
                }
                rows.push((line, rec));
            }
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
                return Err(format!("Line {line} could not be read as CSV ({e})."));
            }
        }
    }
    Ok((headers, rows))
}

/// Strips the apostrophe our export puts before formula-like cells.
fn cell_text(v: &str) -> String {
    match v.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_string(),
        _ => v.to_string(),
    }
}

/// Checks a topics or entries CSV without saving anything.
pub async fn plan_import(db: &impl ConnectionTrait, kind: &str, content: &str) -> Result<ImportPlan, AppError> {
    let mut plan = ImportPlan::default();
    let (headers, rows) = match read_csv(content) {
        Ok(v) => v,
        Err(m) => {
            plan.errors.push(RowError {
                line: 1,
                column: String::new(),
                message: m,
            });
            return Ok(plan);
        }
    };
    plan.rows = rows.len();
    let required: &[&str] = if kind == "topics" {
        &["code", "category", "title", "question"]
    } else {
        &["topic_code", "country", "assessment"]
    };
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|c| !headers.iter().any(|h| h == c))
        .collect();
    if !missing.is_empty() {
        plan.errors.push(RowError {
            line: 1,
            column: missing.join(", "),
            message: format!("The file needs these columns: {}.", missing.join(", ")),
        });
        return Ok(plan);
    }
    if rows.is_empty() {
        plan.errors.push(RowError {
            line: 2,
            column: String::new(),
            message: "The file has column names but no rows.".into(),
        });
        return Ok(plan);
    }
    let get = |rec: &csv::StringRecord, name: &str| -> String {
        headers
            .iter()
            .position(|h| h == name)
            .and_then(|i| rec.get(i))
            .map(cell_text)
            .unwrap_or_default()
    };
    let push_errors = |plan: &mut ImportPlan, line: usize, e: FieldErrors| {
        for (col, msg) in e.0 {
            plan.errors.push(RowError {
                line,
                column: col,
                message: msg,
            });
        }
    };
    if kind == "topics" {
        let mut seen = HashSet::new();
        for (line, rec) in &rows {
            let input = TopicInput {
                code: get(rec, "code"),
                category: get(rec, "category"),
                title: get(rec, "title"),
                question: get(rec, "question"),
                cets_197: get(rec, "cets_197"),
                directive_2011_36: get(rec, "directive_2011_36"),
                palermo_protocol: get(rec, "palermo_protocol"),
                parameter: get(rec, "parameter"),
                unit: get(rec, "unit"),
                threshold: get(rec, "threshold"),
                threshold_kind: get(rec, "threshold_kind"),
            };
            match input.parse() {
                Ok(t) => {
                    if !seen.insert(t.code.clone()) {
                        plan.errors.push(RowError {
                            line: *line,
                            column: "code".into(),
                            message: format!("The code {} appears more than once in the file.", t.code),
                        });
                    }
                    plan.topics.push(t);
                }
                Err(e) => push_errors(&mut plan, *line, e),
            }
        }
        return Ok(plan);
    }
    let all_topics: HashMap<String, legal_topic::Model> = topics(db, true)
        .await?
        .into_iter()
        .map(|t| (t.code.clone(), t))
        .collect();
    let countries = register_countries(db).await?;
    let mut seen = HashSet::new();
    for (line, rec) in &rows {
        let code = get(rec, "topic_code").trim().to_uppercase();
        let cc = get(rec, "country").trim().to_uppercase();
        let topic = all_topics.get(&code);
        let country = countries.iter().find(|c| c.code == cc);
        if topic.is_none() {
            plan.errors.push(RowError {
                line: *line,
                column: "topic_code".into(),
                message: format!("There is no topic with the code \"{code}\"."),
            });
        }
        if country.is_none() {
            plan.errors.push(RowError {
                line: *line,
                column: "country".into(),
                message: format!("\"{cc}\" is not one of the register's countries (use codes such as AL, BA, XK)."),
            });
        }
        let (Some(topic), Some(country)) = (topic, country) else {
            continue;
        };
        if !seen.insert((code.clone(), cc.clone())) {
            plan.errors.push(RowError {
                line: *line,
                column: "country".into(),
                message: format!("{code} for {cc} appears more than once in the file."),
            });
        }
        let input = EntryInput::from_lookup(|f| get(rec, f));
        match input.parse(topic, country) {
            Ok(f) => plan.entries.push((topic.clone(), country.clone(), f)),
            Err(e) => push_errors(&mut plan, *line, e),
        }
    }
    Ok(plan)
}

/// Saves a checked plan: all rows or, on any error, none (the caller's transaction).
pub async fn apply_import(
    db: &impl ConnectionTrait,
    n: Option<&Notifier<'_>>,
    plan: ImportPlan,
    actor: &Actor,
) -> Result<usize, AppError> {
    if !plan.errors.is_empty() {
        return Err(AppError::BadRequest("The file has errors; nothing was saved.".into()));
    }
    let mut saved = 0;
    for t in plan.topics {
        match legal_topic::Entity::find()
            .filter(legal_topic::Column::Code.eq(t.code.clone()))
            .one(db)
            .await?
        {
            Some(existing) => {
                // The import is the newer text: it moves the version, so a form opened before
                // it is stale.
                let version = existing.version + 1;
                write_topic(db, existing, t, version).await?;
            }
            None => {
                create_topic(db, t).await?;
            }
        }
        saved += 1;
    }
    for (topic, country, fields) in plan.entries {
        let change = Change {
            actor: actor.clone(),
            source: "import",
            note: Some("Imported from a CSV file".into()),
            example: false,
            at: None,
        };
        if save_entry(db, n, &topic, &country, &fields, &change).await?.is_some() {
            saved += 1;
        }
    }
    Ok(saved)
}

pub async fn store_import(db: &impl ConnectionTrait, user_id: i32, kind: &str, content: &str) -> Result<i32, AppError> {
    // Keep only recent pending imports: older ones were abandoned.
    legal_import::Entity::delete_many()
        .filter(legal_import::Column::CreatedAt.lt(crate::db::now() - chrono::Duration::days(1)))
        .exec(db)
        .await?;
    Ok(legal_import::ActiveModel {
        user_id: Set(user_id),
        kind: Set(kind.to_string()),
        content: Set(content.to_string()),
        created_at: Set(crate::db::now()),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id)
}

pub async fn take_import(db: &impl ConnectionTrait, id: i32, user_id: i32) -> Result<legal_import::Model, AppError> {
    let i = legal_import::Entity::find_by_id(id)
        .filter(legal_import::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    legal_import::Entity::delete_by_id(id).exec(db).await?;
    Ok(i)
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
mod tests {
    use super::*;

    #[test]
    fn diff_lists_only_changed_fields_as_text() {
        let a = EntryFields {
            assessment: "not_aligned".into(),
            parameter_value: Some(30.0),
            ..Default::default()
        };
        let b = EntryFields {
            assessment: "aligned".into(),
            parameter_value: Some(45.5),
            ..Default::default()
        };
        let d = diff(&a, &b);
        assert_eq!(d.len(), 2);
        assert_eq!(d[1].old, "30");
        assert_eq!(d[1].new, "45.5");
    }

    #[test]
    fn csv_cells_that_look_like_formulas_round_trip() {
        assert_eq!(csv_safe("=1+1"), "'=1+1");
        assert_eq!(cell_text("'=1+1"), "=1+1");
        assert_eq!(cell_text("'quoted"), "'quoted");
    }
}
