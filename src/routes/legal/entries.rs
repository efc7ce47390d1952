//! Country profiles, topic pages, entries (view, edit, save, propose) and "what changed".

use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::{Value, json};

use crate::auth::{Action, CurrentUser, Viewer};
use crate::error::{AppError, FieldErrors};
use crate::forms::Form;
use crate::i18n::t;
use crate::services::legal::{self as lg, EntryFields, EntryInput, fmt_num};
use crate::services::{countries, versions};
use crate::state::AppState;
use crate::views::{self, Page, Pager};
use entity::{country, legal_topic};

use super::matrix::parameter_chart;
use super::{
    a_label, actor, base, cell_json, change_json, country_json, labels, merge, own_country, parse_date, query_one,
    today, topic_json,
};

// ---------------------------------------------------------------------------------------------
// Country profile and topic page

pub async fn country_profile(page: Page, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let lang = page.lang().to_string();
    let c = lg::register_country(&page.state.db, &path).await?;
    let as_of = parse_date(&query_one(&page.req, "as_of"));
    let topics = lg::topics(&page.state.db, false).await?;
    let cells = lg::cells(&page.state.db, as_of, Some(&c.code), None).await?;
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
    let follows = lg::follows(&page.state.db, user.id).await?;
    let data = json!({
        "country": country_json(&c), "rows": rows, "counts": counts,
        "as_of": as_of.map(|d| d.to_string()),
        "following": follows.iter().any(|(k, v)| k == "country" && *v == c.code),
        "changes_url": format!("/legal/changes?country={}", c.code),
    });
    page.ok(
        "pages/legal/country",
        &countries::display_name(&c),
        merge(base(&page.state).await?, data),
    )
}

pub async fn topic_page(page: Page, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let lang = page.lang().to_string();
    let tp = lg::topic_by_code(&page.state.db, &path).await?;
    let countries_list = lg::register_countries(&page.state.db).await?;
    let cells = lg::cells(&page.state.db, None, None, Some(tp.id)).await?;
    let labels = labels(&lang);
    let mut rows: Vec<(i32, f64, Value)> = countries_list
        .iter()
        .map(|c| {
            let cell = cells.iter().find(|x| x.country_code == c.code);
            let f = cell.map(|x| x.fields.clone()).unwrap_or_else(EntryInput::not_assessed);
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
    let follows = lg::follows(&page.state.db, user.id).await?;
    let data = json!({
        "topic": topic_json(&tp),
        "rows": rows.into_iter().map(|(_, _, v)| v).collect::<Vec<_>>(),
        "chart": chart,
        "following": follows.iter().any(|(k, v)| k == "topic" && *v == tp.code),
        "can_manage": page.viewer.can(Action::ManageLegalTopics),
    });
    page.ok("pages/legal/topic",
        &format!("{} {}", tp.code, tp.title),
        merge(
            merge(base(&page.state).await?, data),
            json!({
                "documents": crate::views::documents::linked_rows(&page.state, Some(&user), "topic", std::slice::from_ref(&tp.code)).await?,
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

fn fields_json(lang: &str, f: &EntryInput) -> Value {
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

pub async fn entry(page: Page, path: web::Path<(String, String)>) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let lang = page.lang().to_string();
    let (tp, c) = cell_of(&page.state, &path.0, &path.1).await?;
    let as_of = parse_date(&query_one(&page.req, "as_of"));
    let current = lg::entry(&page.state.db, tp.id, &c.code).await?;
    let shown: Option<lg::Cell> = match as_of {
        None => current.as_ref().map(|e| lg::Cell {
            topic_id: e.topic_id,
            country_code: e.country_code.clone(),
            fields: EntryInput::from_model(e),
            version: e.version,
            example: e.example,
            updated_at: Some(e.updated_at),
        }),
        Some(d) => lg::cells(&page.state.db, Some(d), Some(&c.code), Some(tp.id))
            .await?
            .into_iter()
            .next(),
    };
    let fields = shown
        .as_ref()
        .map(|x| x.fields.clone())
        .unwrap_or_else(EntryInput::not_assessed);
    let history = match &current {
        Some(e) => lg::history(&page.state.db, e.id).await?,
        None => vec![],
    };
    let items = lg::linked_items(&page.state.db, tp.id, &c.code).await?;
    let own = own_country(&page.state, &user).await?.is_some_and(|cc| cc == c.code);
    let can_edit = page.viewer.can(Action::EditRegister);
    let can_propose = !can_edit && page.viewer.can(Action::ProposeLegalChange { own_country: own });
    let can_create_item = user.is_secretariat()
        || user
            .organization_id
            .is_some_and(|o| page.viewer.can(Action::CreateActionItem { owner_org: o }));
    let follows = lg::follows(&page.state.db, user.id).await?;
    let pending_filter = lg::ProposalFilter {
        status: Some("pending".into()),
        proposer: (!can_edit).then_some(user.id),
        cell: Some((tp.id, c.code.clone())),
    };
    let pending = lg::proposals(&page.state.db, &pending_filter, 1)
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
    page.ok(
        "pages/legal/entry",
        &format!("{} · {}", tp.title, countries::display_name(&c)),
        merge(
            merge(base(&page.state).await?, data),
            json!({
                "documents": entry_documents(&page.state, &user, &tp.code, &c.code).await?,
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
    input: &EntryFields,
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

pub async fn edit_form(page: Page, path: web::Path<(String, String)>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let lang = page.lang().to_string();
    let (tp, c) = cell_of(&page.state, &path.0, &path.1).await?;
    let mode = form_mode(&page.state, &page.viewer, &c).await?;
    let stored = lg::entry(&page.state.db, tp.id, &c.code).await?;
    let version = stored.as_ref().map_or(0, |e| e.version);
    let current = stored
        .map(|e| EntryInput::from_model(&e))
        .unwrap_or_else(EntryInput::not_assessed);
    page.ok(
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
            base(&page.state).await?,
            entry_form_data(&lang, &tp, &c, &EntryFields::from_fields(&current), mode, "", version),
        ),
    )
}

pub async fn save(page: Page, path: web::Path<(String, String)>, form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::EditRegister)?.clone();
    let lang = page.lang().to_string();
    let (tp, c) = cell_of(&page.state, &path.0, &path.1).await?;
    let based_on = versions::from_form(form.get("version"))?;
    let input = form.parse::<EntryFields>()?;
    let fields = match input.parse(&tp, &c) {
        Ok(f) => f,
        Err(e) => {
            return page.invalid(
                "pages/legal/entry_form",
                &t(&lang, "legal-edit-title"),
                &e,
                merge(
                    base(&page.state).await?,
                    entry_form_data(&lang, &tp, &c, &input, "edit", form.get("note"), based_on),
                ),
            );
        }
    };
    let txn = crate::db::begin_write(&page.state.db).await?;
    let result = lg::save_entry_based_on(
        &txn,
        Some(&page.state.notifier()),
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
            let stored = lg::entry(&page.state.db, tp.id, &c.code).await?;
            let version = stored.as_ref().map_or(0, |e| e.version);
            let current = stored
                .map(|e| EntryInput::from_model(&e))
                .unwrap_or_else(EntryInput::not_assessed);
            return page.stale(
                "pages/legal/entry_form",
                &t(&lang, "legal-edit-title"),
                merge(
                    base(&page.state).await?,
                    entry_form_data(&lang, &tp, &c, &input, "edit", form.get("note"), version),
                ),
                views::Stale::new(version, &input, &EntryFields::from_fields(&current), &|f| {
                    t(&lang, &format!("legal-field-{f}"))
                })?
                .shown(&|f, v| lg::value_label(&lang, f, v)),
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
    Ok(page.see_other(
        &format!("/legal/entries/{}/{}", tp.code, c.code),
        Some(("success", &t(&lang, msg))),
    ))
}

pub async fn propose(page: Page, path: web::Path<(String, String)>, form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let lang = page.lang().to_string();
    let (tp, c) = cell_of(&page.state, &path.0, &path.1).await?;
    let own = own_country(&page.state, &user).await?.is_some_and(|cc| cc == c.code);
    page.viewer.require(Action::ProposeLegalChange { own_country: own })?;
    let input = form.parse::<EntryFields>()?;
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
        Some(fields) => lg::propose(&page.state.db, &tp, &c, &fields, &comment_ok, user.id).await,
        None => Err(AppError::Validation(errors)),
    };
    match result {
        Ok(_) => Ok(page.see_other(
            &format!("/legal/entries/{}/{}", tp.code, c.code),
            Some(("success", &t(&lang, "legal-proposal-sent"))),
        )),
        Err(AppError::Validation(e)) => page.invalid(
            "pages/legal/entry_form",
            &t(&lang, "legal-propose-title"),
            &e,
            merge(
                base(&page.state).await?,
                entry_form_data(&lang, &tp, &c, &input, "propose", &comment, 0),
            ),
        ),
        Err(e) => Err(e),
    }
}

// ---------------------------------------------------------------------------------------------
// What changed

pub async fn changes(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let lang = page.lang().to_string();
    let f: lg::ChangesFilter = web::Query::<lg::ChangesFilter>::from_query(page.req.query_string())
        .map(|q| q.into_inner())
        .unwrap_or_default();
    let recent_events = entity::event::Entity::find()
        .filter(entity::event::Column::StartsAt.lt(crate::db::now()))
        .filter(entity::event::Column::Status.ne("cancelled"))
        .filter(entity::event::Column::Kind.eq("roundtable"))
        .order_by_desc(entity::event::Column::StartsAt)
        .limit(5)
        .all(&page.state.db)
        .await?;
    let since = f.since_date().unwrap_or_else(|| {
        recent_events
            .first()
            .map(|e| e.starts_at.date_naive())
            .unwrap_or_else(|| today(&page.viewer) - chrono::Duration::days(90))
    });
    let topics = lg::topics(&page.state.db, true).await?;
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
    let (revs, total) = lg::changes_since(&page.state.db, since, &f, topic_ids).await?;
    let countries_list = lg::register_countries(&page.state.db).await?;
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
    let page_no = crate::services::paging::number(f.page);
    let base_q = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("since", &since.to_string())
        .append_pair("until", f.until.trim())
        .append_pair("country", f.country.trim())
        .append_pair("category", f.category.trim())
        .append_pair("topic", f.topic.trim())
        .finish();
    let pager = (f.print != "all").then(|| Pager::new("/legal/changes", &base_q, page_no, lg::CHANGES_PER_PAGE, total));
    let data = json!({
        "rows": rows, "total": total, "since": since.to_string(),
        "filter": {"until": f.until.trim(), "country": f.country.trim().to_uppercase(), "category": f.category.trim(), "topic": f.topic.trim()},
        "countries": countries_list.iter().map(country_json).collect::<Vec<_>>(),
        "categories": lg::categories(&topics),
        "events": recent_events.iter().map(|e| json!({"title": e.title, "date": e.starts_at.date_naive().to_string()})).collect::<Vec<_>>(),
        "pager": pager, "print_url": format!("/legal/changes?{base_q}&print=all"), "printing": f.print == "all",
    });
    page.ok(
        "pages/legal/changes",
        &t(&lang, "legal-changes-title"),
        merge(base(&page.state).await?, data),
    )
}

/// Evidence for an entry: documents on its topic that concern its country or no country at all.
async fn entry_documents(
    state: &AppState,
    user: &CurrentUser,
    topic: &str,
    country: &str,
) -> Result<Vec<crate::views::documents::DocumentRow>, AppError> {
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
    crate::views::documents::rows(state, &keep).await
}
