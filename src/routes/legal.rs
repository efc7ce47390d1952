//! Legal-disparity register pages: the matrix, compare, country profiles, topic pages, entries
//! with their history, "what changed", proposals, follows, topic catalogue, import and export.

use std::collections::{BTreeMap, HashMap};

use actix_web::{HttpRequest, HttpResponse, web};
use chrono::NaiveDate;
use handlebars::html_escape;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::{Value, json};

use crate::auth::{Action, CurrentUser, Viewer};
use crate::error::{AppError, FieldErrors};
use crate::forms::Form;
use crate::i18n::t;
use crate::services::legal::{self as lg, EntryFields, EntryInput, TopicInput, fmt_num};
use crate::services::{countries, versions};
use crate::state::AppState;
use crate::views::{self, Pager};
use entity::{country, legal_topic};

fn a_label(lang: &str, a: &str) -> String {
    t(lang, &format!("legal-assessment-{a}"))
}

/// The five assessment labels, looked up once per page.
fn labels(lang: &str) -> HashMap<&'static str, String> {
    lg::ASSESSMENTS.iter().map(|a| (*a, a_label(lang, a))).collect()
}

fn cell_json(labels: &HashMap<&'static str, String>, topic: &str, cc: &str, a: &str, example: bool) -> Value {
    let a = if labels.contains_key(a) { a } else { "not_assessed" };
    json!({
        "assessment": a, "label": labels.get(a), "symbol": lg::symbol(a), "example": example,
        "url": format!("/legal/entries/{topic}/{cc}"),
    })
}

fn legend(lang: &str) -> Vec<Value> {
    lg::ASSESSMENTS
        .iter()
        .map(|a| json!({"assessment": a, "label": a_label(lang, a), "symbol": lg::symbol(a)}))
        .collect()
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

fn today(viewer: &Viewer) -> NaiveDate {
    let tz: chrono_tz::Tz = viewer.tz().parse().unwrap_or(chrono_tz::Europe::Tirane);
    crate::db::now().with_timezone(&tz).date_naive()
}

/// Values of a repeated query parameter (`?country=AL&country=RS`).
fn query_all(req: &HttpRequest, key: &str) -> Vec<String> {
    url::form_urlencoded::parse(req.query_string().as_bytes())
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v.trim().to_string())
        .filter(|v| !v.is_empty())
        .collect()
}

fn query_one(req: &HttpRequest, key: &str) -> String {
    query_all(req, key).into_iter().next().unwrap_or_default()
}

fn country_json(c: &country::Model) -> Value {
    json!({"code": c.code, "name": countries::display_name(c), "coe_member": c.coe_member})
}

fn topic_json(t: &legal_topic::Model) -> Value {
    json!({
        "id": t.id, "code": t.code, "title": t.title, "category": t.category, "question": t.question,
        "cets197": t.cets197, "directive": t.directive, "palermo": t.palermo,
        "parameter": t.parameter, "unit": t.unit, "threshold": t.threshold.map(fmt_num),
        "threshold_kind": t.threshold_kind, "retired": t.retired,
    })
}

/// Common page data: the fictional-examples notice, the as-of date.
async fn base(state: &AppState) -> Result<Value, AppError> {
    Ok(
        json!({ "examples": lg::has_examples(&state.db).await?, "errors": {}, "has_errors": false,
               "example_label": t("en", "legal-example") }),
    )
}

fn merge(mut a: Value, b: Value) -> Value {
    if let (Value::Object(x), Value::Object(y)) = (&mut a, b) {
        for (k, v) in y {
            x.insert(k, v);
        }
    }
    a
}

async fn own_country(state: &AppState, user: &CurrentUser) -> Result<Option<String>, AppError> {
    let Some(org) = user.organization_id else {
        return Ok(None);
    };
    Ok(entity::organization::Entity::find_by_id(org)
        .one(&state.db)
        .await?
        .map(|o| o.country_code))
}

// ---------------------------------------------------------------------------------------------
// The matrix

pub async fn matrix(state: web::Data<AppState>, viewer: Viewer, req: HttpRequest) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let lang = viewer.lang().to_string();
    let category = query_one(&req, "category");
    let assessment = query_one(&req, "assessment");
    let sort = query_one(&req, "sort");
    let as_of_raw = query_one(&req, "as_of");
    let as_of = parse_date(&as_of_raw);
    let countries = lg::register_countries(&state.db).await?;
    let topics = lg::topics(&state.db, false).await?;
    let cells = lg::assessments(&state.db, as_of, None).await?;
    let labels = labels(&lang);
    let mut rows: Vec<(i32, i32, Value)> = vec![];
    for t in topics.iter().filter(|t| category.is_empty() || t.category == category) {
        let row_cells: Vec<(String, bool)> = countries
            .iter()
            .map(|c| {
                cells
                    .get(&(t.id, c.code.clone()))
                    .cloned()
                    .unwrap_or_else(|| ("not_assessed".into(), false))
            })
            .collect();
        if !assessment.is_empty() && !row_cells.iter().any(|(a, _)| *a == assessment) {
            continue;
        }
        let gaps = row_cells.iter().filter(|(a, _)| lg::is_gap(a)).count() as i32;
        let mut kinds: Vec<&str> = row_cells.iter().map(|(a, _)| a.as_str()).collect();
        kinds.sort();
        kinds.dedup();
        // Short keys: this is the largest page of the register (topics x countries cells).
        let json_cells: Vec<Value> = countries
            .iter()
            .zip(&row_cells)
            .map(|(c, (a, x))| {
                let a = if labels.contains_key(a.as_str()) {
                    a.as_str()
                } else {
                    "not_assessed"
                };
                json!({"a": a, "c": c.code, "s": lg::symbol(a), "l": labels.get(a), "x": x})
            })
            .collect();
        rows.push((
            gaps,
            kinds.len() as i32,
            json!({"code": t.code, "title": t.title, "category": t.category, "cells": json_cells}),
        ));
    }
    if sort == "disparity" {
        rows.sort_by_key(|r| std::cmp::Reverse((r.0, r.1)));
    }
    let mut last = String::new();
    let rows: Vec<Value> = rows
        .into_iter()
        .map(|(_, _, mut r)| {
            let cat = r["category"].as_str().unwrap_or("").to_string();
            r["new_category"] = json!(sort != "disparity" && cat != last);
            last = cat;
            r
        })
        .collect();
    let export_q = req.query_string();
    let data = json!({
        "countries": countries.iter().map(country_json).collect::<Vec<_>>(),
        "rows": rows, "count": rows.len(),
        "categories": lg::categories(&topics),
        "assessments": legend(&lang), "legend": legend(&lang),
        "filter": {"category": category, "assessment": assessment, "sort": sort, "as_of": as_of.map(|d| d.to_string()).unwrap_or_default()},
        "as_of": as_of.map(|d| d.to_string()),
        "csv_url": format!("/legal/export.csv?{export_q}"), "json_url": format!("/legal/export.json?{export_q}"),
        "can_edit": viewer.can(Action::EditRegister), "can_manage": viewer.can(Action::ManageLegalTopics),
    });
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/legal/matrix",
        &t(&lang, "legal-title"),
        merge(base(&state).await?, data),
    )
}

// ---------------------------------------------------------------------------------------------
// Compare

const CHART_W: usize = 360;

/// A horizontal bar per country with the standard's threshold as a line (server-rendered SVG).
fn parameter_chart(lang: &str, tp: &legal_topic::Model, values: &[(String, Option<f64>)]) -> String {
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

pub async fn compare(state: web::Data<AppState>, viewer: Viewer, req: HttpRequest) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let lang = viewer.lang().to_string();
    let all_countries = lg::register_countries(&state.db).await?;
    let all_topics = lg::topics(&state.db, false).await?;
    let chosen_c: Vec<String> = query_all(&req, "country")
        .into_iter()
        .map(|c| c.to_uppercase())
        .collect();
    let chosen_t: Vec<String> = query_all(&req, "topic").into_iter().map(|c| c.to_uppercase()).collect();
    let category = query_one(&req, "category");
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
            let fields: Vec<EntryFields> = selected
                .iter()
                .map(|c| {
                    by_key
                        .get(&(tp.id, c.code.as_str()))
                        .map(|x| x.fields.clone())
                        .unwrap_or_else(EntryFields::not_assessed)
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
    let page = merge(base(&state).await?, data);
    let status = if has_errors {
        actix_web::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        actix_web::http::StatusCode::OK
    };
    views::render(
        &state,
        &viewer,
        &req,
        status,
        "pages/legal/compare",
        &t(&lang, "legal-compare-title"),
        page,
    )
}

// ---------------------------------------------------------------------------------------------
// Country profile and topic page

pub async fn country_profile(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    let lang = viewer.lang().to_string();
    let c = lg::register_country(&state.db, &path).await?;
    let as_of = parse_date(&query_one(&req, "as_of"));
    let topics = lg::topics(&state.db, false).await?;
    let cells = lg::cells(&state.db, as_of, Some(&c.code), None).await?;
    let by_topic: HashMap<i32, &lg::Cell> = cells.iter().map(|x| (x.topic_id, x)).collect();
    let labels = labels(&lang);
    let mut assessments = vec![];
    let mut last = String::new();
    let rows: Vec<Value> = topics
        .iter()
        .map(|tp| {
            let cell = by_topic.get(&tp.id);
            let a = cell.map(|x| x.fields.assessment.as_str()).unwrap_or("not_assessed");
            assessments.push(a.to_string());
            let mut v = cell_json(&labels, &tp.code, &c.code, a, cell.is_some_and(|x| x.example));
            v["topic"] = json!({"code": tp.code, "title": tp.title});
            v["summary"] = json!(cell.map(|x| x.fields.summary.clone()).unwrap_or_default());
            v["value"] = json!(cell.and_then(|x| x.fields.parameter_value).map(fmt_num));
            v["unit"] = json!(tp.unit);
            v["new_category"] = json!(tp.category != last);
            v["category"] = json!(tp.category);
            last = tp.category.clone();
            v
        })
        .collect();
    let counts: Vec<Value> = lg::counts(assessments.iter().map(String::as_str))
        .into_iter()
        .map(|(a, n)| json!({"assessment": a, "label": a_label(&lang, &a), "symbol": lg::symbol(&a), "count": n}))
        .collect();
    let follows = lg::follows(&state.db, user.id).await?;
    let data = json!({
        "country": country_json(&c), "rows": rows, "counts": counts,
        "as_of": as_of.map(|d| d.to_string()),
        "following": follows.iter().any(|(k, v)| k == "country" && *v == c.code),
        "changes_url": format!("/legal/changes?country={}", c.code),
    });
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/legal/country",
        &countries::display_name(&c),
        merge(base(&state).await?, data),
    )
}

pub async fn topic_page(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    let lang = viewer.lang().to_string();
    let tp = lg::topic_by_code(&state.db, &path).await?;
    let countries_list = lg::register_countries(&state.db).await?;
    let cells = lg::cells(&state.db, None, None, Some(tp.id)).await?;
    let labels = labels(&lang);
    let mut rows: Vec<(i32, f64, Value)> = countries_list
        .iter()
        .map(|c| {
            let cell = cells.iter().find(|x| x.country_code == c.code);
            let f = cell.map(|x| x.fields.clone()).unwrap_or_else(EntryFields::not_assessed);
            // Widest disparities first: furthest from the standard, then (for measured topics)
            // the largest shortfall against the threshold.
            let shortfall = match (f.parameter_value, tp.threshold, tp.threshold_kind.as_deref()) {
                (Some(v), Some(th), Some("min")) => th - v,
                (Some(v), Some(th), Some("max")) => v - th,
                _ => 0.0,
            };
            let mut v = cell_json(
                &labels,
                &tp.code,
                &c.code,
                &f.assessment,
                cell.is_some_and(|x| x.example),
            );
            v["country"] = country_json(c);
            v["summary"] = json!(f.summary);
            v["differences"] = json!(f.differences);
            v["value"] = json!(f.parameter_value.map(fmt_num));
            (lg::distance(&f.assessment), shortfall, v)
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
        parameter_chart(&lang, &tp, &vals)
    });
    let follows = lg::follows(&state.db, user.id).await?;
    let data = json!({
        "topic": topic_json(&tp),
        "rows": rows.into_iter().map(|(_, _, v)| v).collect::<Vec<_>>(),
        "chart": chart,
        "following": follows.iter().any(|(k, v)| k == "topic" && *v == tp.code),
        "can_manage": viewer.can(Action::ManageLegalTopics),
    });
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/legal/topic",
        &format!("{} {}", tp.code, tp.title),
        merge(
            merge(base(&state).await?, data),
            json!({
                "documents": crate::routes::documents::linked_rows(&state, Some(&user), "topic", std::slice::from_ref(&tp.code)).await?,
                "add_document_url": format!("/documents/new?topic={}", tp.code),
            }),
        ),
    )
}

// ---------------------------------------------------------------------------------------------
// Entries

async fn cell_of(
    state: &AppState,
    topic: &str,
    country: &str,
) -> Result<(legal_topic::Model, country::Model), AppError> {
    let tp = lg::topic_by_code(&state.db, topic).await?;
    let c = lg::register_country(&state.db, country).await?;
    Ok((tp, c))
}

fn fields_json(lang: &str, f: &EntryFields) -> Value {
    json!({
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
    })
}

/// A changed field with readable values (labels instead of codes for the choice fields).
fn change_json(lang: &str, c: &lg::FieldChange) -> Value {
    let shown = |v: &str| lg::value_label(lang, &c.field, v);
    json!({"field": t(lang, &format!("legal-field-{}", c.field)), "old": shown(&c.old), "new": shown(&c.new)})
}

fn revisions_json(lang: &str, revs: &[lg::RevisionView]) -> Vec<Value> {
    revs.iter()
        .map(|r| {
            json!({
                "version": r.version, "who": r.changed_by, "when": r.changed_at,
                "source": t(lang, &format!("legal-source-{}", r.source)), "note": r.note,
                "changes": r.changes.iter().map(|c| change_json(lang, c)).collect::<Vec<_>>(),
            })
        })
        .collect()
}

pub async fn entry(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    let lang = viewer.lang().to_string();
    let (tp, c) = cell_of(&state, &path.0, &path.1).await?;
    let as_of = parse_date(&query_one(&req, "as_of"));
    let current = lg::entry(&state.db, tp.id, &c.code).await?;
    let shown: Option<lg::Cell> = match as_of {
        None => current.as_ref().map(|e| lg::Cell {
            topic_id: e.topic_id,
            country_code: e.country_code.clone(),
            fields: EntryFields::from_model(e),
            version: e.version,
            example: e.example,
            updated_at: Some(e.updated_at),
        }),
        Some(d) => lg::cells(&state.db, Some(d), Some(&c.code), Some(tp.id))
            .await?
            .into_iter()
            .next(),
    };
    let fields = shown
        .as_ref()
        .map(|x| x.fields.clone())
        .unwrap_or_else(EntryFields::not_assessed);
    let history = match &current {
        Some(e) => lg::history(&state.db, e.id).await?,
        None => vec![],
    };
    let items = lg::linked_items(&state.db, tp.id, &c.code).await?;
    let own = own_country(&state, &user).await?.is_some_and(|cc| cc == c.code);
    let can_edit = viewer.can(Action::EditRegister);
    let can_propose = !can_edit && viewer.can(Action::ProposeLegalChange { own_country: own });
    let can_create_item = user.is_secretariat()
        || user
            .organization_id
            .is_some_and(|o| viewer.can(Action::CreateActionItem { owner_org: o }));
    let follows = lg::follows(&state.db, user.id).await?;
    let pending_filter = lg::ProposalFilter {
        status: Some("pending".into()),
        proposer: (!can_edit).then_some(user.id),
        cell: Some((tp.id, c.code.clone())),
    };
    let pending = lg::proposals(&state.db, &pending_filter, 1)
        .await?
        .0
        .into_iter()
        .map(|p| json!({"id": p.id, "when": p.created_at}))
        .collect::<Vec<_>>();
    let data = json!({
        "topic": topic_json(&tp), "country": country_json(&c),
        "entry": fields_json(&lang, &fields), "exists": shown.is_some(),
        "example": shown.as_ref().is_some_and(|x| x.example),
        "version": shown.as_ref().map(|x| x.version), "updated_at": shown.as_ref().and_then(|x| x.updated_at),
        "as_of": as_of.map(|d| d.to_string()),
        "history": revisions_json(&lang, &history),
        "items": items.iter().map(|i| json!({"id": i.id, "title": i.title, "status": t(&lang, &format!("action-status-{}", i.status))})).collect::<Vec<_>>(),
        "gap": lg::is_gap(&fields.assessment) && as_of.is_none(),
        "can_edit": can_edit, "can_propose": can_propose, "can_create_item": can_create_item,
        "new_item_url": format!("/actions/new?legal_topic={}&legal_country={}", tp.code, c.code),
        "following_topic": follows.iter().any(|(k, v)| k == "topic" && *v == tp.code),
        "following_country": follows.iter().any(|(k, v)| k == "country" && *v == c.code),
        "pending": pending,
    });
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/legal/entry",
        &format!("{} · {}", tp.title, countries::display_name(&c)),
        merge(
            merge(base(&state).await?, data),
            json!({
                "documents": entry_documents(&state, &user, &tp.code, &c.code).await?,
                "add_document_url": format!("/documents/new?topic={}&country={}", tp.code, c.code),
            }),
        ),
    )
}

fn choice_opts(lang: &str, prefix: &str, codes: &[&str]) -> Vec<Value> {
    codes
        .iter()
        .map(|c| json!({"code": c, "label": t(lang, &format!("{prefix}-{c}"))}))
        .collect()
}

fn entry_form_data(
    lang: &str,
    tp: &legal_topic::Model,
    c: &country::Model,
    input: &EntryInput,
    mode: &str,
    comment: &str,
    version: i32,
) -> Value {
    let action = if mode == "edit" {
        format!("/legal/entries/{}/{}", tp.code, c.code)
    } else {
        format!("/legal/entries/{}/{}/proposals", tp.code, c.code)
    };
    json!({
        "topic": topic_json(tp), "country": country_json(c), "form": input, "mode": mode,
        "propose": mode == "propose", "action": action, "comment": comment, "edit_version": version,
        "assessments": choice_opts(lang, "legal-assessment", &lg::ASSESSMENTS),
        "evidence_kinds": choice_opts(lang, "legal-evidence", &lg::EVIDENCE_KINDS),
        "greta_statuses": choice_opts(lang, "legal-greta", &lg::GRETA_STATUSES),
        "back": format!("/legal/entries/{}/{}", tp.code, c.code),
    })
}

/// Whether the viewer may edit this cell directly ("edit"), propose a change ("propose"), or
/// neither (403).
async fn form_mode(state: &AppState, viewer: &Viewer, c: &country::Model) -> Result<&'static str, AppError> {
    let user = viewer.require(Action::ViewNetwork)?;
    if viewer.can(Action::EditRegister) {
        return Ok("edit");
    }
    let own = own_country(state, user).await?.is_some_and(|cc| cc == c.code);
    viewer.require(Action::ProposeLegalChange { own_country: own })?;
    Ok("propose")
}

pub async fn edit_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let lang = viewer.lang().to_string();
    let (tp, c) = cell_of(&state, &path.0, &path.1).await?;
    let mode = form_mode(&state, &viewer, &c).await?;
    let stored = lg::entry(&state.db, tp.id, &c.code).await?;
    let version = stored.as_ref().map_or(0, |e| e.version);
    let current = stored
        .map(|e| EntryFields::from_model(&e))
        .unwrap_or_else(EntryFields::not_assessed);
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/legal/entry_form",
        &t(
            &lang,
            if mode == "edit" {
                "legal-edit-title"
            } else {
                "legal-propose-title"
            },
        ),
        merge(
            base(&state).await?,
            entry_form_data(&lang, &tp, &c, &EntryInput::from_fields(&current), mode, "", version),
        ),
    )
}

fn actor(user: &CurrentUser) -> lg::Actor {
    lg::Actor {
        user_id: Some(user.id),
        name: user.name.clone(),
    }
}

pub async fn save(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::EditRegister)?.clone();
    let lang = viewer.lang().to_string();
    let (tp, c) = cell_of(&state, &path.0, &path.1).await?;
    let based_on = versions::from_form(form.get("version"))?;
    let input = EntryInput::from_lookup(|k| form.get(k).to_string());
    let fields = match input.parse(&tp, &c) {
        Ok(f) => f,
        Err(e) => {
            return views::invalid(
                &state,
                &viewer,
                &req,
                "pages/legal/entry_form",
                &t(&lang, "legal-edit-title"),
                &e,
                merge(
                    base(&state).await?,
                    entry_form_data(&lang, &tp, &c, &input, "edit", form.get("note"), based_on),
                ),
            );
        }
    };
    let txn = crate::db::begin_write(&state.db).await?;
    let result = lg::save_entry_based_on(
        &txn,
        Some(&state.notifier()),
        &tp,
        &c,
        &fields,
        &lg::Change {
            actor: actor(&user),
            source: "edit",
            note: form.opt("note"),
            example: false,
            at: None,
        },
        Some(based_on),
    )
    .await;
    let saved = match result {
        Ok(saved) => saved,
        Err(AppError::StaleEdit { .. }) => {
            txn.rollback().await?;
            let stored = lg::entry(&state.db, tp.id, &c.code).await?;
            let version = stored.as_ref().map_or(0, |e| e.version);
            let current = stored
                .map(|e| EntryFields::from_model(&e))
                .unwrap_or_else(EntryFields::not_assessed);
            return views::stale(
                &state,
                &viewer,
                &req,
                "pages/legal/entry_form",
                &t(&lang, "legal-edit-title"),
                merge(
                    base(&state).await?,
                    entry_form_data(&lang, &tp, &c, &input, "edit", form.get("note"), version),
                ),
                views::Stale {
                    current_version: version,
                    typed: &serde_json::to_value(&input).map_err(AppError::internal)?,
                    current: &serde_json::to_value(EntryInput::from_fields(&current)).map_err(AppError::internal)?,
                    label: &|f| t(&lang, &format!("legal-field-{f}")),
                    shown: &|f, v| lg::value_label(&lang, f, v),
                },
            );
        }
        Err(e) => return Err(e),
    };
    txn.commit().await?;
    let msg = if saved.is_some() {
        "legal-saved"
    } else {
        "legal-unchanged"
    };
    Ok(views::see_other(
        &state,
        &format!("/legal/entries/{}/{}", tp.code, c.code),
        Some(("success", &t(&lang, msg))),
    ))
}

pub async fn propose(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    let lang = viewer.lang().to_string();
    let (tp, c) = cell_of(&state, &path.0, &path.1).await?;
    let own = own_country(&state, &user).await?.is_some_and(|cc| cc == c.code);
    viewer.require(Action::ProposeLegalChange { own_country: own })?;
    let input = EntryInput::from_lookup(|k| form.get(k).to_string());
    let comment = form.get("comment").to_string();
    let mut errors = FieldErrors::default();
    let fields = match input.parse(&tp, &c) {
        Ok(f) => Some(f),
        Err(e) => {
            errors = e;
            None
        }
    };
    let comment_ok = crate::services::validate::required(&mut errors, "comment", &comment, 4_000);
    let result = match fields.filter(|_| errors.is_empty()) {
        Some(fields) => lg::propose(&state.db, &tp, &c, &fields, &comment_ok, user.id).await,
        None => Err(AppError::Validation(errors)),
    };
    match result {
        Ok(_) => Ok(views::see_other(
            &state,
            &format!("/legal/entries/{}/{}", tp.code, c.code),
            Some(("success", &t(&lang, "legal-proposal-sent"))),
        )),
        Err(AppError::Validation(e)) => views::invalid(
            &state,
            &viewer,
            &req,
            "pages/legal/entry_form",
            &t(&lang, "legal-propose-title"),
            &e,
            merge(
                base(&state).await?,
                entry_form_data(&lang, &tp, &c, &input, "propose", &comment, 0),
            ),
        ),
        Err(e) => Err(e),
    }
}

// ---------------------------------------------------------------------------------------------
// What changed

pub async fn changes(state: web::Data<AppState>, viewer: Viewer, req: HttpRequest) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let lang = viewer.lang().to_string();
    let f: lg::ChangesFilter = web::Query::<lg::ChangesFilter>::from_query(req.query_string())
        .map(|q| q.into_inner())
        .unwrap_or_default();
    let recent_events = entity::event::Entity::find()
        .filter(entity::event::Column::StartsAt.lt(crate::db::now()))
        .filter(entity::event::Column::Status.ne("cancelled"))
        .filter(entity::event::Column::Kind.eq("roundtable"))
        .order_by_desc(entity::event::Column::StartsAt)
        .limit(5)
        .all(&state.db)
        .await?;
    let since = f.since_date().unwrap_or_else(|| {
        recent_events
            .first()
            .map(|e| e.starts_at.date_naive())
            .unwrap_or_else(|| today(&viewer) - chrono::Duration::days(90))
    });
    let topics = lg::topics(&state.db, true).await?;
    let topic_ids: Option<Vec<i32>> = if !f.category.trim().is_empty() {
        Some(
            topics
                .iter()
                .filter(|t| t.category == f.category.trim())
                .map(|t| t.id)
                .collect(),
        )
    } else if !f.topic.trim().is_empty() {
        Some(
            topics
                .iter()
                .filter(|t| t.code.eq_ignore_ascii_case(f.topic.trim()))
                .map(|t| t.id)
                .collect(),
        )
    } else {
        None
    };
    let (revs, total) = lg::changes_since(&state.db, since, &f, topic_ids).await?;
    let countries_list = lg::register_countries(&state.db).await?;
    let by_id: HashMap<i32, &legal_topic::Model> = topics.iter().map(|t| (t.id, t)).collect();
    let labels = labels(&lang);
    let rows: Vec<Value> = revs
        .iter()
        .zip(revisions_json(&lang, &revs))
        .map(|(r, mut v)| {
            let tp = by_id.get(&r.topic_id);
            v["topic"] = json!({"code": tp.map(|t| t.code.clone()), "title": tp.map(|t| t.title.clone())});
            v["country"] = json!(countries::name_in(&countries_list, &r.country_code));
            v["cell"] = cell_json(
                &labels,
                tp.map(|t| t.code.as_str()).unwrap_or(""),
                &r.country_code,
                &r.assessment,
                false,
            );
            v
        })
        .collect();
    let page = crate::services::paging::number(f.page);
    let base_q = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("since", &since.to_string())
        .append_pair("until", f.until.trim())
        .append_pair("country", f.country.trim())
        .append_pair("category", f.category.trim())
        .append_pair("topic", f.topic.trim())
        .finish();
    let pager = (f.print != "all").then(|| Pager::new("/legal/changes", &base_q, page, lg::CHANGES_PER_PAGE, total));
    let data = json!({
        "rows": rows, "total": total, "since": since.to_string(),
        "filter": {"until": f.until.trim(), "country": f.country.trim().to_uppercase(), "category": f.category.trim(), "topic": f.topic.trim()},
        "countries": countries_list.iter().map(country_json).collect::<Vec<_>>(),
        "categories": lg::categories(&topics),
        "events": recent_events.iter().map(|e| json!({"title": e.title, "date": e.starts_at.date_naive().to_string()})).collect::<Vec<_>>(),
        "pager": pager, "print_url": format!("/legal/changes?{base_q}&print=all"), "printing": f.print == "all",
    });
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/legal/changes",
        &t(&lang, "legal-changes-title"),
        merge(base(&state).await?, data),
    )
}

// ---------------------------------------------------------------------------------------------
// Proposals

pub async fn proposals(state: web::Data<AppState>, viewer: Viewer, req: HttpRequest) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    let lang = viewer.lang().to_string();
    let reviewer = viewer.can(Action::EditRegister);
    let status = match query_one(&req, "status").as_str() {
        "accepted" => "accepted",
        "rejected" => "rejected",
        _ => "pending",
    };
    let topics: HashMap<i32, legal_topic::Model> = lg::topics(&state.db, true)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let countries_list = lg::register_countries(&state.db).await?;
    let page = crate::services::paging::parse(&query_one(&req, "page"))
        .map_err(|e| AppError::BadRequest(crate::error::input_problem("address", &e)))?;
    let page = crate::services::paging::number(page);
    let filter = lg::ProposalFilter {
        status: Some(status.into()),
        proposer: (!reviewer).then_some(user.id),
        cell: None,
    };
    let (list, total) = lg::proposals(&state.db, &filter, page).await?;
    let pager = Pager::new(
        "/legal/proposals",
        &format!("status={status}"),
        page,
        lg::PROPOSALS_PER_PAGE,
        total,
    );
    let rows: Vec<Value> = list
        .into_iter()
        .map(|p| {
            let tp = topics.get(&p.topic_id);
            json!({
                "id": p.id, "topic": tp.map(|t| format!("{} {}", t.code, t.title)),
                "country": countries::name_in(&countries_list, &p.country_code),
                "comment": p.comment, "when": p.created_at, "status": t(&lang, &format!("legal-proposal-{}", p.status)),
            })
        })
        .collect();
    let tabs: Vec<Value> = ["pending", "accepted", "rejected"]
        .iter()
        .map(|s| json!({"code": s, "label": t(&lang, &format!("legal-proposal-{s}")), "current": *s == status}))
        .collect();
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/legal/proposals",
        &t(&lang, "legal-proposals-title"),
        merge(
            base(&state).await?,
            json!({"rows": rows, "status": status, "reviewer": reviewer, "tabs": tabs, "pager": pager}),
        ),
    )
}

pub async fn proposal(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    let lang = viewer.lang().to_string();
    let p = lg::proposal(&state.db, path.into_inner()).await?;
    let reviewer = viewer.can(Action::EditRegister);
    if !reviewer && p.proposer_id != Some(user.id) {
        return Err(AppError::NotFound);
    }
    let tp = legal_topic::Entity::find_by_id(p.topic_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let c = lg::register_country(&state.db, &p.country_code).await?;
    let stored = lg::entry(&state.db, tp.id, &c.code).await?;
    let stale = stored.as_ref().map(|e| e.version).unwrap_or(0) != p.base_version;
    let current = stored
        .as_ref()
        .map(EntryFields::from_model)
        .unwrap_or_else(EntryFields::not_assessed);
    let proposed = lg::proposal_fields(&p);
    let changes: Vec<Value> = lg::diff(&current, &proposed)
        .into_iter()
        .map(|c| change_json(&lang, &c))
        .collect();
    let proposer = match p.proposer_id {
        Some(id) => entity::user::Entity::find_by_id(id)
            .one(&state.db)
            .await?
            .map(|u| u.name),
        None => None,
    };
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/legal/proposal",
        &t(&lang, "legal-proposal-title"),
        merge(
            base(&state).await?,
            json!({
                "id": p.id, "topic": topic_json(&tp), "country": country_json(&c), "comment": p.comment,
                "proposer": proposer, "when": p.created_at, "changes": changes,
                "pending": p.status == "pending", "status": t(&lang, &format!("legal-proposal-{}", p.status)),
                "decision_comment": p.decision_comment, "can_decide": reviewer && p.status == "pending",
                "stale": stale && p.status == "pending",
            }),
        ),
    )
}

pub async fn decide(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::EditRegister)?.clone();
    let lang = viewer.lang().to_string();
    let p = lg::proposal(&state.db, path.into_inner()).await?;
    let id = p.id;
    let accept = match form.get("decision") {
        "accept" => true,
        "reject" => false,
        _ => return Err(AppError::BadRequest(t(&lang, "legal-decision-choose"))),
    };
    let txn = crate::db::begin_write(&state.db).await?;
    lg::decide(&txn, &state.notifier(), p, accept, form.get("comment"), &actor(&user)).await?;
    txn.commit().await?;
    Ok(views::see_other(
        &state,
        &format!("/legal/proposals/{id}"),
        Some((
            "success",
            &t(
                &lang,
                if accept {
                    "legal-proposal-accepted-msg"
                } else {
                    "legal-proposal-rejected-msg"
                },
            ),
        )),
    ))
}

// ---------------------------------------------------------------------------------------------
// Follows

pub async fn follow(state: web::Data<AppState>, viewer: Viewer, form: Form) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    let lang = viewer.lang().to_string();
    let kind = form.get("kind");
    let target = form.get("target").to_uppercase();
    let back = match kind {
        "topic" => {
            lg::topic_by_code(&state.db, &target).await?;
            format!("/legal/topics/{target}")
        }
        "country" => {
            lg::register_country(&state.db, &target).await?;
            format!("/legal/countries/{target}")
        }
        _ => return Err(AppError::BadRequest(t(&lang, "legal-follow-bad"))),
    };
    let on = form.get("on") == "1";
    lg::set_follow(&state.db, user.id, kind, &target, on).await?;
    let back = views::local_path(form.get("back"))
        .filter(|b| b.starts_with("/legal/"))
        .map(str::to_string)
        .unwrap_or(back);
    Ok(views::see_other(
        &state,
        &back,
        Some((
            "success",
            &t(&lang, if on { "legal-followed" } else { "legal-unfollowed" }),
        )),
    ))
}

// ---------------------------------------------------------------------------------------------
// Topic catalogue (secretariat)

pub async fn topics_admin(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageLegalTopics)?;
    let lang = viewer.lang().to_string();
    let rows: Vec<Value> = lg::topics(&state.db, true).await?.iter().map(topic_json).collect();
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/legal/topics",
        &t(&lang, "legal-topics-title"),
        merge(base(&state).await?, json!({"rows": rows})),
    )
}

fn topic_form_data(input: &TopicInput, action: &str, heading: &str) -> Value {
    json!({"form": input, "action": action, "heading": heading,
           "kinds": [{"code": "min", "label": "min"}, {"code": "max", "label": "max"}]})
}

pub async fn new_topic(state: web::Data<AppState>, viewer: Viewer, req: HttpRequest) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageLegalTopics)?;
    let lang = viewer.lang().to_string();
    let title = t(&lang, "legal-topic-new");
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/legal/topic_form",
        &title,
        merge(
            base(&state).await?,
            topic_form_data(&TopicInput::default(), "/legal/topics", &title),
        ),
    )
}

fn topic_input(form: &Form) -> TopicInput {
    TopicInput {
        code: form.get("code").into(),
        category: form.get("category").into(),
        title: form.get("title").into(),
        question: form.get("question").into(),
        cets_197: form.get("cets_197").into(),
        directive_2011_36: form.get("directive_2011_36").into(),
        palermo_protocol: form.get("palermo_protocol").into(),
        parameter: form.get("parameter").into(),
        unit: form.get("unit").into(),
        threshold: form.get("threshold").into(),
        threshold_kind: form.get("threshold_kind").into(),
    }
}

/// Saves a new topic (`existing` is `None`) or an edited one; a bad form comes back with 422
/// and what was typed.
async fn save_topic(
    state: &AppState,
    viewer: &Viewer,
    req: &HttpRequest,
    form: &Form,
    existing: Option<legal_topic::Model>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageLegalTopics)?;
    let lang = viewer.lang().to_string();
    let (title, action) = match &existing {
        Some(tp) => (t(&lang, "legal-topic-edit"), format!("/legal/topics/{}", tp.code)),
        None => (t(&lang, "legal-topic-new"), "/legal/topics".to_string()),
    };
    let input = topic_input(form);
    let based_on = match &existing {
        Some(_) => Some(versions::from_form(form.get("version"))?),
        None => None,
    };
    let id = existing.as_ref().map(|tp| tp.id);
    let result = match (input.parse(), id, based_on) {
        (Ok(f), Some(id), Some(based_on)) => lg::update_topic(&state.db, id, f, based_on).await,
        (Ok(f), _, _) => lg::create_topic(&state.db, f).await,
        (Err(e), _, _) => Err(AppError::Validation(e)),
    };
    match result {
        Ok(tp) => Ok(views::see_other(
            state,
            &format!("/legal/topics/{}", tp.code),
            Some(("success", &t(&lang, "legal-topic-saved"))),
        )),
        Err(AppError::Validation(e)) => {
            let mut data = merge(base(state).await?, topic_form_data(&input, &action, &title));
            if let Some(v) = based_on {
                data = views::with_version(data, v);
            }
            views::invalid(state, viewer, req, "pages/legal/topic_form", &title, &e, data)
        }
        Err(AppError::StaleEdit { .. }) => {
            let now = legal_topic::Entity::find_by_id(id.unwrap_or_default())
                .one(&state.db)
                .await?
                .ok_or(AppError::NotFound)?;
            views::stale(
                state,
                viewer,
                req,
                "pages/legal/topic_form",
                &title,
                // At its code now: the other save may have changed it.
                merge(
                    base(state).await?,
                    topic_form_data(&input, &format!("/legal/topics/{}", now.code), &title),
                ),
                views::Stale {
                    current_version: now.version,
                    typed: &serde_json::to_value(&input).map_err(AppError::internal)?,
                    current: &serde_json::to_value(TopicInput::from_model(&now)).map_err(AppError::internal)?,
                    label: &|f| {
                        t(
                            &lang,
                            match f {
                                "code" => "legal-topic-code",
                                "category" => "legal-category",
                                "title" => "legal-topic-title",
                                "question" => "legal-question",
                                "cets_197" => "legal-ref-cets",
                                "directive_2011_36" => "legal-ref-directive",
                                "palermo_protocol" => "legal-ref-palermo",
                                "parameter" => "legal-parameter",
                                "unit" => "legal-unit",
                                "threshold" => "legal-threshold",
                                _ => "legal-threshold-kind",
                            },
                        )
                    },
                    shown: &|_, v| v.to_string(),
                },
            )
        }
        Err(e) => Err(e),
    }
}

pub async fn create_topic(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    form: Form,
) -> Result<HttpResponse, AppError> {
    save_topic(&state, &viewer, &req, &form, None).await
}

pub async fn edit_topic(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageLegalTopics)?;
    let lang = viewer.lang().to_string();
    let tp = lg::topic_by_code(&state.db, &path).await?;
    let title = t(&lang, "legal-topic-edit");
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/legal/topic_form",
        &title,
        merge(
            base(&state).await?,
            views::with_version(
                topic_form_data(
                    &TopicInput::from_model(&tp),
                    &format!("/legal/topics/{}", tp.code),
                    &title,
                ),
                tp.version,
            ),
        ),
    )
}

pub async fn update_topic(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<String>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageLegalTopics)?;
    let tp = lg::topic_by_code(&state.db, &path).await?;
    save_topic(&state, &viewer, &req, &form, Some(tp)).await
}

pub async fn retire_topic(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageLegalTopics)?;
    let lang = viewer.lang().to_string();
    let tp = lg::topic_by_code(&state.db, &path).await?;
    let retired = form.get("retired") != "0";
    lg::set_retired(&state.db, tp, retired).await?;
    Ok(views::see_other(
        &state,
        "/legal/topics",
        Some((
            "success",
            &t(
                &lang,
                if retired {
                    "legal-topic-retired-msg"
                } else {
                    "legal-topic-restored-msg"
                },
            ),
        )),
    ))
}

pub async fn move_topic(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageLegalTopics)?;
    let tp = lg::topic_by_code(&state.db, &path).await?;
    let code = tp.code.clone();
    lg::move_topic(&state.db, tp, form.get("direction") == "up").await?;
    Ok(views::see_other(&state, &format!("/legal/topics#t-{code}"), None))
}

// ---------------------------------------------------------------------------------------------
// Export

/// The cells a filtered export covers: matrix filters (category, assessment, country, topic),
/// optionally as of a date.
async fn export_rows(
    state: &AppState,
    req: &HttpRequest,
) -> Result<Vec<(legal_topic::Model, String, EntryFields)>, AppError> {
    let f = lg::CellFilter {
        category: query_one(req, "category"),
        assessment: query_one(req, "assessment"),
        country: query_one(req, "country"),
        topic: query_one(req, "topic"),
        as_of: parse_date(&query_one(req, "as_of")),
    };
    Ok(lg::filtered_cells(&state.db, &f)
        .await?
        .into_iter()
        .map(|(t, c, _, fields)| (t, c, fields))
        .collect())
}

fn attachment(body: Vec<u8>, content_type: &str, name: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header(("Content-Disposition", format!("attachment; filename=\"{name}\"")))
        .insert_header(("X-Content-Type-Options", "nosniff"))
        .insert_header(("Cache-Control", "no-store"))
        .body(body)
}

pub async fn export_csv(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let rows = export_rows(&state, &req).await?;
    Ok(attachment(
        lg::entries_csv(&rows)?,
        "text/csv; charset=utf-8",
        "legal-register.csv",
    ))
}

pub async fn export_json(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let rows = export_rows(&state, &req).await?;
    let list: Vec<Value> = rows
        .iter()
        .map(|(tp, c, f)| json!({"topic_code": tp.code, "topic_title": tp.title, "country": c, "entry": f}))
        .collect();
    let body = serde_json::to_vec_pretty(&json!({"entries": list})).map_err(AppError::internal)?;
    Ok(attachment(body, "application/json", "legal-register.json"))
}

pub async fn export_topics(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let rows = lg::topics(&state.db, false).await?;
    Ok(attachment(
        lg::topics_csv(&rows)?,
        "text/csv; charset=utf-8",
        "legal-topics.csv",
    ))
}

// ---------------------------------------------------------------------------------------------
// Import: upload -> preview (every row error) -> confirm (all rows or none)

/// Largest CSV file accepted for import.
pub const IMPORT_LIMIT: usize = 5 * 1024 * 1024;

fn import_allowed(viewer: &Viewer, kind: &str) -> Result<(), AppError> {
    viewer.require(if kind == "topics" {
        Action::ManageLegalTopics
    } else {
        Action::EditRegister
    })?;
    Ok(())
}

pub async fn import_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::EditRegister)?;
    let lang = viewer.lang().to_string();
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/legal/import",
        &t(&lang, "legal-import-title"),
        merge(
            base(&state).await?,
            json!({"kind": "entries", "can_topics": viewer.can(Action::ManageLegalTopics)}),
        ),
    )
}

pub async fn import_upload(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, AppError> {
    use futures_util::StreamExt;
    let user = viewer.require(Action::EditRegister)?.clone();
    let lang = viewer.lang().to_string();
    let mut payload = payload;
    let mut csrf = String::new();
    let mut kind = String::from("entries");
    let mut content: Vec<u8> = vec![];
    let mut too_large = false;
    while let Some(field) = payload.next().await {
        let mut field = field.map_err(|_| AppError::BadRequest(t(&lang, "legal-import-unreadable")))?;
        let name = field.name().unwrap_or("").to_string();
        let mut buf: Vec<u8> = vec![];
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| AppError::BadRequest(t(&lang, "legal-import-unreadable")))?;
            if buf.len() + chunk.len() > IMPORT_LIMIT {
                too_large = true;
                break;
            }
            buf.extend_from_slice(&chunk);
        }
        match name.as_str() {
            "_csrf" => csrf = String::from_utf8_lossy(&buf).to_string(),
            "kind" => kind = String::from_utf8_lossy(&buf).trim().to_string(),
            "file" => content = buf,
            _ => {}
        }
        if too_large {
            break;
        }
    }
    if !crate::forms::csrf_token_ok(&state, &req, &csrf) {
        return Err(AppError::Csrf);
    }
    if kind != "topics" {
        kind = "entries".into();
    }
    import_allowed(&viewer, &kind)?;
    let fail = |msg: String| async {
        let mut e = FieldErrors::default();
        e.add("file", msg);
        views::invalid(
            &state,
            &viewer,
            &req,
            "pages/legal/import",
            &t(&lang, "legal-import-title"),
            &e,
            merge(
                base(&state).await?,
                json!({"kind": kind, "can_topics": viewer.can(Action::ManageLegalTopics)}),
            ),
        )
    };
    if too_large {
        return fail(t(&lang, "legal-import-too-large")).await;
    }
    if content.is_empty() {
        return fail(t(&lang, "legal-import-empty")).await;
    }
    let Ok(text) = String::from_utf8(content) else {
        return fail(t(&lang, "legal-import-not-utf8")).await;
    };
    let plan = lg::plan_import(&state.db, &kind, &text).await?;
    let id = if plan.errors.is_empty() {
        Some(lg::store_import(&state.db, user.id, &kind, &text).await?)
    } else {
        None
    };
    let preview: Vec<Value> = if kind == "topics" {
        plan.topics
            .iter()
            .take(50)
            .map(|t| json!({"a": t.code, "b": t.title, "c": t.category}))
            .collect()
    } else {
        plan.entries
            .iter()
            .take(50)
            .map(
                |(tp, c, f)| json!({"a": tp.code, "b": countries::display_name(c), "c": a_label(&lang, &f.assessment)}),
            )
            .collect()
    };
    let status = if plan.errors.is_empty() {
        actix_web::http::StatusCode::OK
    } else {
        actix_web::http::StatusCode::UNPROCESSABLE_ENTITY
    };
    views::render(
        &state,
        &viewer,
        &req,
        status,
        "pages/legal/import_preview",
        &t(&lang, "legal-import-preview-title"),
        merge(
            base(&state).await?,
            json!({
                "kind": kind, "rows": plan.rows, "row_errors": plan.errors, "error_count": plan.errors.len(),
                "ok": plan.errors.is_empty(), "id": id, "preview": preview,
                "topics": kind == "topics",
            }),
        ),
    )
}

pub async fn import_confirm(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
    _form: Form,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::EditRegister)?.clone();
    let lang = viewer.lang().to_string();
    let txn = crate::db::begin_write(&state.db).await?;
    let pending = lg::take_import(&txn, path.into_inner(), user.id).await?;
    import_allowed(&viewer, &pending.kind)?;
    let plan = lg::plan_import(&txn, &pending.kind, &pending.content).await?;
    if !plan.errors.is_empty() {
        // The register changed since the preview (e.g. a topic was renamed): nothing is saved.
        return Ok(views::see_other(
            &state,
            "/legal/import",
            Some(("error", &t(&lang, "legal-import-changed"))),
        ));
    }
    let n = lg::apply_import(&txn, Some(&state.notifier()), plan, &actor(&user)).await?;
    txn.commit().await?;
    Ok(views::see_other(
        &state,
        "/legal",
        Some((
            "success",
            &crate::i18n::t_args(&lang, "legal-import-done", &[("count", (n as i64).into())]),
        )),
    ))
}

/// Items and their legal link for the action-item pages.
pub async fn legal_link(
    db: &impl sea_orm::ConnectionTrait,
    topic_id: Option<i32>,
    country: Option<&str>,
) -> Result<Option<Value>, AppError> {
    let (Some(tid), Some(cc)) = (topic_id, country) else {
        return Ok(None);
    };
    let Some(tp) = legal_topic::Entity::find_by_id(tid).one(db).await? else {
        return Ok(None);
    };
    let name = countries::name_in(&countries::all(db).await?, cc);
    Ok(Some(json!({
        "label": format!("{} {} · {}", tp.code, tp.title, name),
        "url": format!("/legal/entries/{}/{}", tp.code, cc),
    })))
}

/// Evidence for an entry: documents on its topic that concern its country or no country at all.
async fn entry_documents(
    state: &AppState,
    user: &CurrentUser,
    topic: &str,
    country: &str,
) -> Result<Vec<Value>, AppError> {
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
    crate::routes::documents::rows(state, &keep).await
}
