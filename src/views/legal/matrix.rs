//! The matrix, the compare page, country profiles and topic pages.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::i18n::numbers;
use crate::services::countries;
use crate::services::legal::{self as lg, EntryInput};
use crate::views::Pager;
use crate::views::directory::Opt;
use crate::views::documents::DocumentRow;
use entity::{country, legal_topic};

use super::{Base, CellView, CountryView, LegendItem, TopicView, a_label, cell, parameter_chart};

// ---------------------------------------------------------------------------------------------
// The matrix

#[derive(Serialize)]
pub struct MatrixPage<'a> {
    #[serde(flatten)]
    pub base: Base,
    pub countries: Vec<CountryView>,
    pub rows: Vec<MatrixRow<'a>>,
    pub count: u64,
    pub pager: Option<&'a Pager>,
    pub categories: Vec<Opt>,
    pub assessments: Vec<LegendItem>,
    pub legend: Vec<LegendItem>,
    pub filter: MatrixFilter,
    pub as_of: Option<String>,
    pub csv_url: String,
    pub json_url: String,
    pub can_edit: bool,
    pub can_manage: bool,
}

/// The matrix filters as they came.
#[derive(Serialize)]
pub struct MatrixFilter {
    pub category: String,
    pub assessment: String,
    pub sort: String,
    pub as_of: String,
}

/// One cell of the matrix (short keys: the page's largest part is topics x countries cells).
#[derive(Serialize)]
pub struct MatrixCell<'a> {
    a: &'a str,
    c: &'a str,
    s: &'static str,
    l: Option<&'a String>,
    x: bool,
}

#[derive(Serialize)]
pub struct MatrixRow<'a> {
    code: &'a str,
    title: String,
    category: String,
    new_category: bool,
    cells: Vec<MatrixCell<'a>>,
}

/// The rows of one page of the matrix: `topics` in the order shown (titles in `lang`), a cell
/// per country (`cells` from [`lg::assessments`]); `by_category` heads each new category.
pub fn matrix_rows<'a>(
    lang: &str,
    topics: impl Iterator<Item = &'a legal_topic::Model>,
    countries: &'a [country::Model],
    cells: &'a HashMap<(i32, String), (String, bool)>,
    labels: &'a HashMap<&'static str, String>,
    by_category: bool,
) -> Vec<MatrixRow<'a>> {
    let mut last = "";
    topics
        .map(|t| {
            let new_category = by_category && t.category != last;
            last = &t.category;
            let text = lg::topic_text(t, lang);
            MatrixRow {
                code: &t.code,
                title: text.title,
                category: text.category,
                new_category,
                cells: countries
                    .iter()
                    .map(|c| {
                        let (a, x) = cells
                            .get(&(t.id, c.code.clone()))
                            .map(|(a, x)| (a.as_str(), *x))
                            .unwrap_or(("not_assessed", false));
                        let a = if labels.contains_key(a) { a } else { "not_assessed" };
                        MatrixCell {
                            a,
                            c: &c.code,
                            s: lg::symbol(a),
                            l: labels.get(a),
                            x,
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Compare

#[derive(Serialize)]
pub struct ComparePage {
    #[serde(flatten)]
    pub base: Base,
    pub countries: Vec<Choice>,
    pub topics: Vec<TopicChoice>,
    pub categories: Vec<Opt>,
    pub category: String,
    pub selected: Vec<CountryView>,
    pub rows: Vec<CompareRow>,
    pub submitted: bool,
    /// The CSV export of exactly the countries and topics compared.
    pub csv_url: String,
    /// The same comparison on a page to print (`?print=1`: no navigation, no form).
    pub print_url: String,
    /// The comparison without `print=1` (the print view's way back).
    pub compare_url: String,
    /// This is the print view (the layout leaves out the header too).
    pub print_view: bool,
}

/// A country to tick.
#[derive(Serialize)]
pub struct Choice {
    pub code: String,
    pub name: String,
    pub checked: bool,
}

/// A topic to tick.
#[derive(Serialize)]
pub struct TopicChoice {
    pub code: String,
    pub title: String,
    pub checked: bool,
}

pub fn country_choices(list: &[country::Model], chosen: &[String]) -> Vec<Choice> {
    list.iter()
        .map(|c| Choice {
            code: c.code.clone(),
            name: countries::display_name(c),
            checked: chosen.contains(&c.code),
        })
        .collect()
}

pub fn topic_choices(lang: &str, list: &[legal_topic::Model], chosen: &[String]) -> Vec<TopicChoice> {
    list.iter()
        .map(|t| TopicChoice {
            code: t.code.clone(),
            title: lg::topic_text(t, lang).title,
            checked: chosen.contains(&t.code),
        })
        .collect()
}

#[derive(Serialize)]
pub struct CompareRow {
    pub topic: TopicView,
    pub cells: Vec<CompareCell>,
    pub differs: bool,
    pub chart: Option<String>,
}

#[derive(Serialize)]
pub struct CompareCell {
    #[serde(flatten)]
    pub cell: CellView,
    pub summary: String,
    pub value: Option<String>,
    /// The value and the assessment disagree against the threshold: the sentence that says so.
    pub mismatch: Option<String>,
    pub odd: bool,
    pub country: String,
}

/// A row per topic with a cell per selected country (from `cells`, the register as it is now);
/// the cells that differ from the most common assessment are marked.
pub fn compare_rows(
    lang: &str,
    topics: &[&legal_topic::Model],
    selected: &[&country::Model],
    cells: &[lg::Cell],
) -> Vec<CompareRow> {
    let by_key: HashMap<(i32, &str), &lg::Cell> = cells
        .iter()
        .map(|c| ((c.topic_id, c.country_code.as_str()), c))
        .collect();
    let labels = super::labels(lang);
    let mut rows = vec![];
    for tp in topics {
        let fields: Vec<EntryInput> = selected
            .iter()
            .map(|c| {
                by_key
                    .get(&(tp.id, c.code.as_str()))
                    .map(|x| x.fields.clone())
                    .unwrap_or_else(EntryInput::not_assessed)
            })
            .collect();
        // The most common assessment; cells that differ from it are highlighted.
        let mut tally: BTreeMap<&str, usize> = BTreeMap::new();
        for f in &fields {
            *tally.entry(f.assessment.as_str()).or_default() += 1;
        }
        let common = tally.iter().max_by_key(|(_, n)| **n).map(|(a, _)| *a).unwrap_or("");
        let differs = tally.len() > 1;
        let cells: Vec<CompareCell> = selected
            .iter()
            .zip(&fields)
            .map(|(c, f)| CompareCell {
                cell: cell(&labels, &tp.code, &c.code, &f.assessment, false),
                summary: f.summary.clone(),
                value: f.parameter_value.map(|v| numbers::format(lang, v)),
                mismatch: lg::assessment_mismatch(
                    &f.assessment,
                    f.parameter_value,
                    tp.threshold,
                    tp.threshold_kind.as_deref(),
                )
                .map(|key| crate::i18n::t(lang, key)),
                odd: differs && f.assessment != common,
                country: countries::display_name(c),
            })
            .collect();
        let chart = tp.parameter.as_ref().map(|_| {
            let vals: Vec<(String, Option<f64>)> = selected
                .iter()
                .zip(&fields)
                .map(|(c, f)| (countries::display_name(c), f.parameter_value))
                .collect();
            parameter_chart(lang, tp, &vals)
        });
        rows.push(CompareRow {
            topic: super::topic_view(lang, tp),
            cells,
            differs,
            chart,
        });
    }
    rows
}

// ---------------------------------------------------------------------------------------------
// Country profile

#[derive(Serialize)]
pub struct CountryPage {
    #[serde(flatten)]
    pub base: Base,
    pub country: CountryView,
    pub rows: Vec<CountryRow>,
    pub counts: Vec<AssessmentCount>,
    pub as_of: Option<String>,
    pub following: bool,
    pub changes_url: String,
}

#[derive(Serialize)]
pub struct CountryRow {
    #[serde(flatten)]
    pub cell: CellView,
    pub topic: TopicName,
    pub summary: String,
    pub value: Option<String>,
    pub unit: Option<String>,
    pub new_category: bool,
    pub category: String,
}

#[derive(Serialize)]
pub struct TopicName {
    pub code: String,
    pub title: String,
}

#[derive(Serialize)]
pub struct AssessmentCount {
    pub assessment: String,
    pub label: String,
    pub symbol: &'static str,
    pub count: usize,
}

/// A country's cells, a row per topic in catalogue order (`cells` of that country), and how
/// many cells have each assessment.
pub fn country_rows(
    lang: &str,
    c: &country::Model,
    topics: &[legal_topic::Model],
    cells: &[lg::Cell],
) -> (Vec<CountryRow>, Vec<AssessmentCount>) {
    let by_topic: HashMap<i32, &lg::Cell> = cells.iter().map(|x| (x.topic_id, x)).collect();
    let labels = super::labels(lang);
    let mut assessments = vec![];
    let mut last = String::new();
    let rows = topics
        .iter()
        .map(|tp| {
            let cell_of = by_topic.get(&tp.id);
            let text = lg::topic_text(tp, lang);
            let a = cell_of.map(|x| x.fields.assessment.as_str()).unwrap_or("not_assessed");
            assessments.push(a.to_string());
            let row = CountryRow {
                cell: cell(&labels, &tp.code, &c.code, a, cell_of.is_some_and(|x| x.example)),
                topic: TopicName {
                    code: tp.code.clone(),
                    title: text.title,
                },
                summary: cell_of.map(|x| x.fields.summary.clone()).unwrap_or_default(),
                value: cell_of
                    .and_then(|x| x.fields.parameter_value)
                    .map(|v| numbers::format(lang, v)),
                unit: tp.unit.as_deref().map(|u| lg::unit_in(lang, u)),
                new_category: tp.category != last,
                category: text.category,
            };
            last = tp.category.clone();
            row
        })
        .collect();
    let counts = lg::counts(assessments.iter().map(String::as_str))
        .into_iter()
        .map(|(a, n)| AssessmentCount {
            label: a_label(lang, &a),
            symbol: lg::symbol(&a),
            assessment: a,
            count: n,
        })
        .collect();
    (rows, counts)
}

// ---------------------------------------------------------------------------------------------
// Topic page

#[derive(Serialize)]
pub struct TopicPage {
    #[serde(flatten)]
    pub base: Base,
    pub topic: TopicView,
    pub rows: Vec<TopicRow>,
    pub chart: Option<String>,
    pub following: bool,
    pub can_manage: bool,
    pub documents: Vec<DocumentRow>,
    pub add_document_url: String,
}

#[derive(Serialize)]
pub struct TopicRow {
    #[serde(flatten)]
    pub cell: CellView,
    pub country: CountryView,
    pub summary: String,
    pub differences: String,
    pub value: Option<String>,
}

/// A row per country, widest disparities first, and the parameter chart of a measured topic.
pub fn topic_rows(
    lang: &str,
    tp: &legal_topic::Model,
    countries_list: &[country::Model],
    cells: &[lg::Cell],
) -> (Vec<TopicRow>, Option<String>) {
    let labels = super::labels(lang);
    let mut rows: Vec<(i32, f64, TopicRow)> = countries_list
        .iter()
        .map(|c| {
            let found = cells.iter().find(|x| x.country_code == c.code);
            let f = found.map(|x| x.fields.clone()).unwrap_or_else(EntryInput::not_assessed);
            // Widest disparities first: furthest from the standard, then (for measured topics)
            // the largest shortfall against the threshold.
            let shortfall = match (f.parameter_value, tp.threshold, tp.threshold_kind.as_deref()) {
                (Some(v), Some(th), Some("min")) => th - v,
                (Some(v), Some(th), Some("max")) => v - th,
                _ => 0.0,
            };
            let row = TopicRow {
                cell: cell(
                    &labels,
                    &tp.code,
                    &c.code,
                    &f.assessment,
                    found.is_some_and(|x| x.example),
                ),
                country: super::country_view(c),
                value: f.parameter_value.map(|v| numbers::format(lang, v)),
                summary: f.summary,
                differences: f.differences,
            };
            (lg::distance(&f.assessment), shortfall, row)
        })
        .collect();
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)));
    let chart = tp.parameter.as_ref().map(|_| {
        let vals: Vec<(String, Option<f64>)> = countries_list
            .iter()
            .map(|c| {
                (
                    countries::display_name(c),
                    cells
                        .iter()
                        .find(|x| x.country_code == c.code)
                        .and_then(|x| x.fields.parameter_value),
                )
            })
            .collect();
        parameter_chart(lang, tp, &vals)
    });
    (rows.into_iter().map(|(_, _, r)| r).collect(), chart)
}
