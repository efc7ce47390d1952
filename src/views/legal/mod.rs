//! View models for the legal register pages, and register pieces shown on other areas' pages.
//! Templates never see entities.

use std::collections::{BTreeMap, HashMap};

use sea_orm::EntityTrait;
use serde::Serialize;

use crate::error::AppError;
use crate::i18n::t;
use crate::services::countries;
use crate::services::legal::{self as lg, fmt_num};
use crate::state::AppState;
use entity::{country, legal_topic};

mod chart;
mod entries;
mod matrix;
mod proposals;
mod topics;
mod transfer;

pub use chart::parameter_chart;
pub use entries::*;
pub use matrix::*;
pub use proposals::*;
pub use topics::*;
pub use transfer::*;

/// A link to one register cell (topic and country), as an action item shows it.
#[derive(Debug, Serialize)]
pub struct LegalLink {
    pub label: String,
    pub url: String,
}

/// The register cell an action item follows up, if it names one.
pub async fn legal_link(
    db: &impl sea_orm::ConnectionTrait,
    topic_id: Option<i32>,
    country: Option<&str>,
) -> Result<Option<LegalLink>, AppError> {
    let (Some(tid), Some(cc)) = (topic_id, country) else {
        return Ok(None);
    };
    let Some(tp) = legal_topic::Entity::find_by_id(tid).one(db).await? else {
        return Ok(None);
    };
    let name = countries::name_in(&countries::all(db).await?, cc);
    Ok(Some(LegalLink {
        label: format!("{} {} · {}", tp.code, tp.title, name),
        url: format!("/legal/entries/{}/{}", tp.code, cc),
    }))
}

// ---------------------------------------------------------------------------------------------
// What every register page shares

/// Common page data: the fictional-examples notice and its badge, and no field errors yet (a
/// form shown again with 422 replaces them).
#[derive(Serialize)]
pub struct Base {
    pub examples: bool,
    pub errors: BTreeMap<String, String>,
    pub has_errors: bool,
    pub example_label: String,
}

pub async fn base(state: &AppState) -> Result<Base, AppError> {
    Ok(Base {
        examples: lg::has_examples(&state.db).await?,
        errors: BTreeMap::new(),
        has_errors: false,
        example_label: t("en", "legal-example"),
    })
}

/// An assessment's label.
pub fn a_label(lang: &str, a: &str) -> String {
    t(lang, &format!("legal-assessment-{a}"))
}

/// The five assessment labels, looked up once per page.
pub fn labels(lang: &str) -> HashMap<&'static str, String> {
    lg::ASSESSMENTS.iter().map(|a| (*a, a_label(lang, a))).collect()
}

/// One register cell as the `legal_cell` partial shows it.
#[derive(Serialize)]
pub struct CellView {
    pub assessment: String,
    pub label: Option<String>,
    pub symbol: &'static str,
    pub example: bool,
    pub url: String,
}

pub fn cell(labels: &HashMap<&'static str, String>, topic: &str, cc: &str, a: &str, example: bool) -> CellView {
    let a = if labels.contains_key(a) { a } else { "not_assessed" };
    CellView {
        assessment: a.to_string(),
        label: labels.get(a).cloned(),
        symbol: lg::symbol(a),
        example,
        url: format!("/legal/entries/{topic}/{cc}"),
    }
}

/// An assessment in the legend (and the matrix's assessment filter).
#[derive(Serialize)]
pub struct LegendItem {
    pub assessment: &'static str,
    pub label: String,
    pub symbol: &'static str,
}

pub fn legend(lang: &str) -> Vec<LegendItem> {
    lg::ASSESSMENTS
        .iter()
        .map(|a| LegendItem {
            assessment: a,
            label: a_label(lang, a),
            symbol: lg::symbol(a),
        })
        .collect()
}

#[derive(Serialize)]
pub struct CountryView {
    pub code: String,
    pub name: String,
    pub coe_member: bool,
}

pub fn country_view(c: &country::Model) -> CountryView {
    CountryView {
        code: c.code.clone(),
        name: countries::display_name(c),
        coe_member: c.coe_member,
    }
}

#[derive(Serialize)]
pub struct TopicView {
    pub id: i32,
    pub code: String,
    pub title: String,
    pub category: String,
    pub question: String,
    pub cets197: Option<String>,
    pub directive: Option<String>,
    pub palermo: Option<String>,
    pub parameter: Option<String>,
    pub unit: Option<String>,
    pub threshold: Option<String>,
    pub threshold_kind: Option<String>,
    pub retired: bool,
}

pub fn topic_view(t: &legal_topic::Model) -> TopicView {
    TopicView {
        id: t.id,
        code: t.code.clone(),
        title: t.title.clone(),
        category: t.category.clone(),
        question: t.question.clone(),
        cets197: t.cets197.clone(),
        directive: t.directive.clone(),
        palermo: t.palermo.clone(),
        parameter: t.parameter.clone(),
        unit: t.unit.clone(),
        threshold: t.threshold.map(fmt_num),
        threshold_kind: t.threshold_kind.clone(),
        retired: t.retired,
    }
}

/// A changed field with readable values (labels instead of codes for the choice fields).
#[derive(Serialize)]
pub struct ChangeView {
    pub field: String,
    pub old: String,
    pub new: String,
}

pub fn change(lang: &str, c: &lg::FieldChange) -> ChangeView {
    let shown = |v: &str| lg::value_label(lang, &c.field, v);
    ChangeView {
        field: t(lang, &format!("legal-field-{}", c.field)),
        old: shown(&c.old),
        new: shown(&c.new),
    }
}
