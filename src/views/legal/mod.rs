//! View models for the legal register pages, and register pieces shown on other areas' pages.
//! Templates never see entities.

use std::collections::{BTreeMap, HashMap};

use sea_orm::EntityTrait;
use serde::Serialize;

use crate::error::AppError;
use crate::i18n::{numbers, t};
use crate::services::countries;
use crate::services::legal as lg;
use crate::state::AppState;
use crate::views::directory::Opt;
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

/// The register cell an action item follows up, if it names one (the topic in `lang`).
pub async fn legal_link(
    db: &impl sea_orm::ConnectionTrait,
    lang: &str,
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
        label: format!("{} · {name}", lg::topic_name(&tp, lang)),
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

/// A topic as pages show it: its category, title and question in `lang`.
pub fn topic_view(lang: &str, t: &legal_topic::Model) -> TopicView {
    let text = lg::topic_text(t, lang);
    TopicView {
        id: t.id,
        code: t.code.clone(),
        title: text.title,
        category: text.category,
        question: text.question,
        cets197: t.cets197.clone(),
        directive: t.directive.clone(),
        palermo: t.palermo.clone(),
        parameter: t.parameter.as_deref().map(|p| lg::parameter_in(lang, p)),
        unit: t.unit.as_deref().map(|u| lg::unit_in(lang, u)),
        threshold: t.threshold.map(|v| numbers::format(lang, v)),
        threshold_kind: t.threshold_kind.clone(),
        retired: t.retired,
    }
}

/// The categories of `topics` for a filter: the English name as the value (what links and
/// exports send), the name in `lang` as the label.
pub fn category_options(topics: &[legal_topic::Model], lang: &str) -> Vec<Opt> {
    lg::categories(topics, lang)
        .into_iter()
        .map(|(code, label)| Opt { code, label })
        .collect()
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

#[cfg(test)]
mod tests {
    //! The typed view models give templates the same JSON the `json!` values before them did.
    use serde_json::{Value, json};

    use super::*;
    use crate::services::legal::{EntryInput, fmt_num};

    fn topic() -> legal_topic::Model {
        legal_topic::Model {
            id: 7,
            code: "RES-01".into(),
            category: "Residence".into(),
            title: "Reflection period".into(),
            question: "How long?".into(),
            cets197: Some("Art. 13".into()),
            directive: None,
            palermo: None,
            parameter: Some("period".into()),
            unit: Some("days".into()),
            threshold: Some(30.0),
            threshold_kind: Some("min".into()),
            position: 1,
            retired: false,
            updated_at: chrono::Utc::now(),
            version: 2,
            translations: r#"{"sq": {"title": "Periudha e reflektimit"}}"#.into(),
        }
    }

    #[test]
    fn a_cell_and_a_topic_serialise_as_before() {
        let labels = labels("en");
        for (a, shown) in [("aligned", "aligned"), ("odd", "not_assessed")] {
            let got = serde_json::to_value(cell(&labels, "RES-01", "AL", a, true)).unwrap();
            let want = json!({
                "assessment": shown, "label": labels.get(shown), "symbol": lg::symbol(shown), "example": true,
                "url": "/legal/entries/RES-01/AL",
            });
            assert_eq!(got, want);
        }
        let t = topic();
        let want = json!({
            "id": t.id, "code": t.code, "title": t.title, "category": t.category, "question": t.question,
            "cets197": t.cets197, "directive": t.directive, "palermo": t.palermo,
            "parameter": t.parameter, "unit": t.unit, "threshold": t.threshold.map(fmt_num),
            "threshold_kind": t.threshold_kind, "retired": t.retired,
        });
        assert_eq!(serde_json::to_value(topic_view("en", &t)).unwrap(), want);
        let sq = topic_view("sq", &t);
        assert_eq!(sq.title, "Periudha e reflektimit");
        assert_eq!(
            (sq.question, sq.category),
            (t.question, t.category),
            "English where not translated"
        );
    }

    #[test]
    fn an_entry_serialises_as_before() {
        let lang = "en";
        for f in [
            EntryInput::not_assessed(),
            EntryInput {
                assessment: "partly_aligned".into(),
                summary: "S".into(),
                parameter_value: Some(12.5),
                effective_on: chrono::NaiveDate::from_ymd_opt(2020, 3, 1),
                source_links: "https://a.example\n\nhttps://b.example".into(),
                evidence_kind: "law".into(),
                greta_status: "partly".into(),
                ..Default::default()
            },
        ] {
            let want = json!({
                "assessment": f.assessment, "assessment_label": a_label(lang, &f.assessment), "symbol": lg::symbol(&f.assessment),
                "summary": f.summary, "citations": f.citations, "value": f.parameter_value.map(fmt_num),
                "effective_on": f.effective_on.map(|d| d.to_string()), "links": f.links(),
                "differences": f.differences, "reviewed_on": f.reviewed_on.map(|d| d.to_string()), "reviewed_by": f.reviewed_by,
                "evidence_kind": f.evidence_kind,
                "evidence_label": (!f.evidence_kind.is_empty()).then(|| t(lang, &format!("legal-evidence-{}", f.evidence_kind))),
                "greta_round": f.greta_round, "greta_paragraph": f.greta_paragraph, "greta_text": f.greta_text,
                "greta_status": f.greta_status,
                "greta_status_label": (!f.greta_status.is_empty()).then(|| t(lang, &format!("legal-greta-{}", f.greta_status))),
                "has_greta": !(f.greta_round.is_empty() && f.greta_paragraph.is_empty() && f.greta_text.is_empty() && f.greta_status.is_empty()),
            });
            assert_eq!(serde_json::to_value(entry_view(lang, &f)).unwrap(), want);
        }
    }

    #[test]
    fn the_topic_form_names_a_version_only_when_editing() {
        let base = || Base {
            examples: false,
            errors: BTreeMap::new(),
            has_errors: false,
            example_label: "Example".into(),
        };
        let input = crate::services::legal::TopicFields::default();
        let new = serde_json::to_value(topic_form("en", base(), &input, "/legal/topics".into(), "New", None)).unwrap();
        assert_eq!(new.get("edit_version"), None);
        // A fieldset per stored language, named in the reader's language.
        assert_eq!(new["texts"].as_array().map(Vec::len), Some(6));
        assert_eq!(new["texts"][0]["legend"], "Title and question in Albanian");
        assert_eq!(new["texts"][1]["fields"][1]["name"], "title-sr-Latn");
        assert_eq!(new["errors"], json!({}));
        assert_eq!(
            new["kinds"],
            // The kinds by name in the reader's language, never the stored code.
            json!([{"code": "min", "label": "minimum"}, {"code": "max", "label": "maximum"}])
        );
        let edit = serde_json::to_value(topic_form(
            "en",
            base(),
            &input,
            "/legal/topics/X".into(),
            "Edit",
            Some(3),
        ))
        .unwrap();
        assert_eq!(edit["edit_version"], Value::from(3));
    }
}
