//! The register matrix and the compare page with its parameter chart.

use std::collections::{BTreeMap, HashMap};

use actix_web::HttpResponse;
use handlebars::html_escape;
use serde::Serialize;
use serde_json::{Value, json};

use crate::auth::Action;
use crate::error::{AppError, FieldErrors};
use crate::i18n::t;
use crate::services::countries;
use crate::services::legal::{self as lg, EntryInput, fmt_num};
use crate::views::{self, Page};
use entity::{country, legal_topic};

use super::{base, cell_json, country_json, labels, legend, merge, parse_date, query_all, query_one, topic_json};

// ---------------------------------------------------------------------------------------------
// The matrix

/// Topics on one page of the matrix: a phone scrolls through 50 rows, not hundreds, and the
/// page is prepared in a tenth of the memory a register of several hundred topics needed.
pub const MATRIX_TOPICS_PER_PAGE: u64 = 50;

/// One cell of the matrix (short keys: the page's largest part is topics x countries cells).
#[derive(Serialize)]
struct MatrixCell<'a> {
    a: &'a str,
    c: &'a str,
    s: &'static str,
    l: Option<&'a String>,
    x: bool,
}

#[derive(Serialize)]
struct MatrixRow<'a> {
    code: &'a str,
    title: &'a str,
    category: &'a str,
    new_category: bool,
    cells: Vec<MatrixCell<'a>>,
}

pub async fn matrix(page: Page) -> Result<HttpResponse, AppError> {
    let Page { state, viewer, req } = &page;
    viewer.require(Action::ViewNetwork)?;
    let lang = viewer.lang().to_string();
    let category = query_one(req, "category");
    let assessment = query_one(req, "assessment");
    let sort = query_one(req, "sort");
    let as_of_raw = query_one(req, "as_of");
    let as_of = parse_date(&as_of_raw);
    let page_no: u64 = query_one(req, "page").parse().unwrap_or(1);
    let countries = lg::register_countries(&state.db).await?;
    let topics = lg::topics(&state.db, false).await?;
    let cells = lg::assessments(&state.db, as_of, None).await?;
    let labels = labels(&lang);
    let not_assessed = ("not_assessed".to_string(), false);
    let cell = |t: &legal_topic::Model, c: &country::Model| cells.get(&(t.id, c.code.clone())).unwrap_or(&not_assessed);
    // Which topics are shown, in which order: decided over the whole register, then one page
    // of them is prepared for the page.
    let mut shown: Vec<(usize, usize, &legal_topic::Model)> = vec![];
    for t in topics.iter().filter(|t| category.is_empty() || t.category == category) {
        let row: Vec<&str> = countries.iter().map(|c| cell(t, c).0.as_str()).collect();
        if !assessment.is_empty() && !row.contains(&assessment.as_str()) {
            continue;
        }
        let gaps = row.iter().filter(|a| lg::is_gap(a)).count();
        let mut kinds = row.clone();
        kinds.sort_unstable();
        kinds.dedup();
        shown.push((gaps, kinds.len(), t));
    }
    if sort == "disparity" {
        shown.sort_by_key(|r| std::cmp::Reverse((r.0, r.1)));
    }
    let total = shown.len() as u64;
    // The filters as they came, less the page number: for the pager and the exports.
    let base_q = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(url::form_urlencoded::parse(req.query_string().as_bytes()).filter(|(k, _)| k != "page"))
        .finish();
    let pager = views::Pager::new("/legal", &base_q, page_no, MATRIX_TOPICS_PER_PAGE, total);
    let skip = ((pager.page.min(pager.pages) - 1) * MATRIX_TOPICS_PER_PAGE) as usize;
    let mut last = "";
    let rows: Vec<MatrixRow> = shown
        .iter()
        .skip(skip)
        .take(MATRIX_TOPICS_PER_PAGE as usize)
        .map(|(_, _, t)| {
            let new_category = sort != "disparity" && t.category != last;
            last = &t.category;
            MatrixRow {
                code: &t.code,
                title: &t.title,
                category: &t.category,
                new_category,
                cells: countries
                    .iter()
                    .map(|c| {
                        let (a, x) = cell(t, c);
                        let a = if labels.contains_key(a.as_str()) {
                            a.as_str()
                        } else {
                            "not_assessed"
                        };
                        MatrixCell {
                            a,
                            c: &c.code,
                            s: lg::symbol(a),
                            l: labels.get(a),
                            x: *x,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let data = json!({
        "countries": countries.iter().map(country_json).collect::<Vec<_>>(),
        "rows": rows, "count": total,
        "pager": (pager.pages > 1).then_some(&pager),
        "categories": lg::categories(&topics),
        "assessments": legend(&lang), "legend": legend(&lang),
        "filter": {"category": category, "assessment": assessment, "sort": sort, "as_of": as_of.map(|d| d.to_string()).unwrap_or_default()},
        "as_of": as_of.map(|d| d.to_string()),
        "csv_url": format!("/legal/export.csv?{base_q}"), "json_url": format!("/legal/export.json?{base_q}"),
        "can_edit": viewer.can(Action::EditRegister), "can_manage": viewer.can(Action::ManageLegalTopics),
    });
    page.ok(
        "pages/legal/matrix",
        &t(&lang, "legal-title"),
        merge(base(state).await?, data),
    )
}

// ---------------------------------------------------------------------------------------------
// Compare

const CHART_W: usize = 360;

/// A horizontal bar per country with the standard's threshold as a line (server-rendered SVG).
pub(super) fn parameter_chart(lang: &str, tp: &legal_topic::Model, values: &[(String, Option<f64>)]) -> String {
    let max = values
        .iter()
        .filter_map(|(_, v)| *v)
        .chain(tp.threshold)
        .fold(1.0f64, f64::max)
        * 1.1;
    let (left, bar_h, gap) = (130usize, 18usize, 8usize);
    let width = CHART_W - left - 40;
    let h = values.len() * (bar_h + gap) + 30;
    let title = format!(
        "{}: {}{}",
        tp.title,
        tp.parameter.clone().unwrap_or_default(),
        tp.unit.as_ref().map(|u| format!(" ({u})")).unwrap_or_default()
    );
    let id = format!("chart-{}", tp.code);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{CHART_W}\" height=\"{h}\" role=\"img\" aria-labelledby=\"{id}\"><title id=\"{id}\">{}</title>",
        html_escape(&title)
    );
    for (i, (name, v)) in values.iter().enumerate() {
        let y = 10 + i * (bar_h + gap);
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{}\" font-size=\"12\">{}</text>",
            y + bar_h - 5,
            html_escape(name)
        ));
        match v {
            Some(v) => {
                let w = ((v / max) * width as f64).round() as usize;
                let below = match (tp.threshold, tp.threshold_kind.as_deref()) {
                    (Some(th), Some("min")) => *v < th,
                    (Some(th), Some("max")) => *v > th,
                    _ => false,
                };
                let fill = if below { "#b3261e" } else { "#1b6e3a" };
                svg.push_str(&format!(
                    "<rect x=\"{left}\" y=\"{y}\" width=\"{w}\" height=\"{bar_h}\" fill=\"{fill}\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>",
                    left + w + 4,
                    y + bar_h - 5,
                    fmt_num(*v)
                ));
            }
            None => svg.push_str(&format!(
                "<text x=\"{left}\" y=\"{}\" font-size=\"12\" fill=\"#555\">{}</text>",
                y + bar_h - 5,
                html_escape(&t(lang, "legal-no-value"))
            )),
        }
    }
    if let Some(th) = tp.threshold {
        let x = left + ((th / max) * width as f64).round() as usize;
        svg.push_str(&format!(
            "<line x1=\"{x}\" y1=\"4\" x2=\"{x}\" y2=\"{}\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/><text x=\"{x}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\">{}</text>",
            h - 16,
            h - 4,
            html_escape(&format!("{} {}", t(lang, "legal-standard"), fmt_num(th)))
        ));
    }
    svg.push_str("</svg>");
    svg
}

pub async fn compare(page: Page) -> Result<HttpResponse, AppError> {
    let Page { state, viewer, req } = &page;
    viewer.require(Action::ViewNetwork)?;
    let lang = viewer.lang().to_string();
    let all_countries = lg::register_countries(&state.db).await?;
    let all_topics = lg::topics(&state.db, false).await?;
    let chosen_c: Vec<String> = query_all(req, "country")
        .into_iter()
        .map(|c| c.to_uppercase())
        .collect();
    let chosen_t: Vec<String> = query_all(req, "topic").into_iter().map(|c| c.to_uppercase()).collect();
    let category = query_one(req, "category");
    let mut errors = FieldErrors::default();
    let selected: Vec<&country::Model> = all_countries.iter().filter(|c| chosen_c.contains(&c.code)).collect();
    let submitted = !chosen_c.is_empty() || !chosen_t.is_empty();
    if submitted && !(2..=6).contains(&selected.len()) {
        errors.add("country", t(&lang, "legal-compare-choose-countries"));
    }
    let topics: Vec<&legal_topic::Model> = all_topics
        .iter()
        .filter(|t| chosen_t.is_empty() || chosen_t.contains(&t.code))
        .filter(|t| category.is_empty() || t.category == category)
        .collect();
    let mut rows = vec![];
    if errors.is_empty() && submitted {
        let cells = lg::cells(&state.db, None, None, None).await?;
        let by_key: HashMap<(i32, &str), &lg::Cell> = cells
            .iter()
            .map(|c| ((c.topic_id, c.country_code.as_str()), c))
            .collect();
        let labels = labels(&lang);
        for tp in &topics {
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
            let cells: Vec<Value> = selected
                .iter()
                .zip(&fields)
                .map(|(c, f)| {
                    let mut v = cell_json(&labels, &tp.code, &c.code, &f.assessment, false);
                    v["summary"] = json!(f.summary);
                    v["value"] = json!(f.parameter_value.map(fmt_num));
                    v["odd"] = json!(differs && f.assessment != common);
                    v["country"] = json!(countries::display_name(c));
                    v
                })
                .collect();
            let chart = tp.parameter.as_ref().map(|_| {
                let vals: Vec<(String, Option<f64>)> = selected
                    .iter()
                    .zip(&fields)
                    .map(|(c, f)| (countries::display_name(c), f.parameter_value))
                    .collect();
                parameter_chart(&lang, tp, &vals)
            });
            rows.push(json!({"topic": topic_json(tp), "cells": cells, "differs": differs, "chart": chart}));
        }
    }
    let has_errors = !errors.is_empty();
    let data = json!({
        "countries": all_countries.iter().map(|c| json!({"code": c.code, "name": countries::display_name(c), "checked": chosen_c.contains(&c.code)})).collect::<Vec<_>>(),
        "topics": all_topics.iter().map(|t| json!({"code": t.code, "title": t.title, "checked": chosen_t.contains(&t.code)})).collect::<Vec<_>>(),
        "categories": lg::categories(&all_topics), "category": category,
        "selected": selected.iter().map(|c| country_json(c)).collect::<Vec<_>>(),
        "rows": rows, "submitted": submitted && !has_errors,
        "errors": errors.0, "has_errors": has_errors,
    });
    let data = merge(base(state).await?, data);
    let status = if has_errors {
        actix_web::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        actix_web::http::StatusCode::OK
    };
    views::render(
        state,
        viewer,
        req,
        status,
        "pages/legal/compare",
        &t(&lang, "legal-compare-title"),
        data,
    )
}
