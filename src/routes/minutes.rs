//! The minutes page: read, edit (secretariat), circulate, comment, approve, correct, history.

use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::{Value, json};

use crate::auth::{Action, Viewer};
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t;
use crate::services::{events as ev, minutes as min};
use crate::startup::AppState;
use crate::views;

async fn load(state: &AppState, viewer: &Viewer, id: i32) -> Result<entity::event::Model, AppError> {
    let user = viewer.require(Action::ViewNetwork)?;
    let e = ev::get(&state.db, id).await?;
    if !ev::can_view(&state.db, Some(user), &e).await? {
        return Err(AppError::NotFound);
    }
    Ok(e)
}

fn today(viewer: &Viewer) -> chrono::NaiveDate {
    let tz: chrono_tz::Tz = viewer.tz().parse().unwrap_or(chrono_tz::Europe::Tirane);
    crate::db::now().with_timezone(&tz).date_naive()
}

#[derive(serde::Deserialize)]
pub struct HistoryQuery {
    from: Option<i32>,
    to: Option<i32>,
}

pub async fn show(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
    q: web::Query<HistoryQuery>,
) -> Result<HttpResponse, AppError> {
    let e = load(&state, &viewer, path.into_inner()).await?;
    let lang = viewer.lang().to_string();
    let manage = viewer.can(Action::ManageEvents);
    let (m, content) = match min::readable(&state.db, e.id, viewer.signed_in()?).await? {
        Some((m, content)) => (Some(m), content),
        None if manage => (None, min::Content::default()),
        None => return Err(AppError::NotFound),
    };
    let status = m.as_ref().map(|m| m.status.clone()).unwrap_or_else(|| "draft".into());
    let items = ev::items(&state.db, e.id).await?;
    let titles: std::collections::BTreeMap<i32, String> = items.iter().map(|i| (i.id, i.title.clone())).collect();
    let empty = min::Part::default();
    let sections: Vec<Value> = items
        .iter()
        .map(|i| {
            let p = content.items.get(&i.id).unwrap_or(&empty);
            json!({ "id": i.id, "title": i.title, "when": format!("{} {}", i.day, i.start_time), "notes": p.notes, "decisions": p.decisions })
        })
        .collect();
    let revs = min::revisions(&state.db, e.id).await?;
    let latest = revs.first().map(|r| r.number).unwrap_or(0);
    let to = q.to.unwrap_or(latest);
    let from = q.from.unwrap_or(to.saturating_sub(1).max(0));
    let version = |n: i32| {
        revs.iter()
            .find(|r| r.number == n)
            .map(|r| min::parse(&r.content))
            .unwrap_or_default()
    };
    let changes: Vec<Value> = min::diff(&version(from), &version(to), &titles)
        .into_iter()
        .map(|(s, a, b)| json!({"section": s, "old": a, "new": b}))
        .collect();
    let day = today(&viewer);
    let open = m
        .as_ref()
        .is_some_and(|m| m.status == "circulated" && m.deadline.is_none_or(|d| day <= d));
    let is_participant = match viewer.user.as_ref() {
        Some(u) => manage || ev::is_participant(&state.db, e.id, u).await?,
        None => false,
    };
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/events/minutes",
        &t(&lang, "minutes-title"),
        json!({
            "event": { "id": e.id, "title": e.title },
            "status": status, "status_label": t(&lang, &format!("minutes-status-{status}")),
            "deadline": m.as_ref().and_then(|m| m.deadline).map(|d| d.to_string()),
            "meeting": content.meeting, "sections": sections,
            "can_edit": manage, "approved": status == "approved", "draft": status == "draft",
            "can_comment": open && is_participant,
            "comments": min::comments(&state.db, e.id).await?.into_iter().map(|c| json!({"who": c.author_name, "body": c.body, "correction": c.correction, "when": c.created_at})).collect::<Vec<_>>(),
            "revisions": revs.iter().map(|r| json!({"number": r.number, "kind": t(&lang, &format!("minutes-kind-{}", r.kind)), "note": r.note, "when": r.created_at})).collect::<Vec<_>>(),
            "numbers": revs.iter().map(|r| r.number.to_string()).collect::<Vec<_>>(),
            "from": from.to_string(), "to": to.to_string(), "changes": changes,
            "errors": {}, "has_errors": false,
        }),
    )
}

fn content_from(form: &Form, items: &[entity::agenda_item::Model]) -> min::Content {
    let mut c = min::Content {
        meeting: min::Part {
            notes: form.get("meeting_notes").into(),
            decisions: form.get("meeting_decisions").into(),
        },
        items: Default::default(),
    };
    for i in items {
        let p = min::Part {
            notes: form.get(&format!("notes_{}", i.id)).into(),
            decisions: form.get(&format!("decisions_{}", i.id)).into(),
        };
        if !p.notes.is_empty() || !p.decisions.is_empty() {
            c.items.insert(i.id, p);
        }
    }
    c
}

fn back(id: i32) -> String {
    format!("/events/{id}/minutes")
}

fn flash_errors(e: &crate::error::FieldErrors) -> String {
    e.0.values().cloned().collect::<Vec<_>>().join(" ")
}

pub async fn save(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let me = viewer.require(Action::ManageEvents)?.clone();
    let e = ev::get(&state.db, path.into_inner()).await?;
    let items = ev::items(&state.db, e.id).await?;
    match min::save(
        &state.db,
        e.id,
        content_from(&form, &items),
        form.get("correction_note"),
        Some(me.id),
    )
    .await
    {
        Ok(()) => Ok(views::see_other(
            &state,
            &back(e.id),
            Some(("success", &t(viewer.lang(), "minutes-saved"))),
        )),
        Err(AppError::Validation(err)) => Ok(views::see_other(
            &state,
            &back(e.id),
            Some(("error", &flash_errors(&err))),
        )),
        Err(err) => Err(err),
    }
}

pub async fn circulate(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let me = viewer.require(Action::ManageEvents)?.clone();
    let e = ev::get(&state.db, path.into_inner()).await?;
    let base = state.settings.base_url.as_str().trim_end_matches('/').to_string();
    match min::circulate(&state.db, &state.mailer, &base, &e, form.get("deadline"), Some(me.id)).await {
        Ok(_) => Ok(views::see_other(
            &state,
            &back(e.id),
            Some(("success", &t(viewer.lang(), "minutes-circulated"))),
        )),
        Err(AppError::Validation(err)) => Ok(views::see_other(
            &state,
            &back(e.id),
            Some(("error", &flash_errors(&err))),
        )),
        Err(err) => Err(err),
    }
}

pub async fn comment(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let e = load(&state, &viewer, path.into_inner()).await?;
    let user = viewer.signed_in()?.clone();
    if !viewer.can(Action::ManageEvents) && !ev::is_participant(&state.db, e.id, &user).await? {
        return Err(AppError::Forbidden);
    }
    match min::comment(
        &state.db,
        e.id,
        &user,
        form.get("comment"),
        form.checked("correction"),
        today(&viewer),
    )
    .await
    {
        Ok(()) => Ok(views::see_other(
            &state,
            &back(e.id),
            Some(("success", &t(viewer.lang(), "minutes-commented"))),
        )),
        Err(AppError::Validation(err)) => Ok(views::see_other(
            &state,
            &back(e.id),
            Some(("error", &flash_errors(&err))),
        )),
        Err(err) => Err(err),
    }
}

pub async fn approve(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
    _form: Form,
) -> Result<HttpResponse, AppError> {
    let me = viewer.require(Action::ManageEvents)?.clone();
    let e = ev::get(&state.db, path.into_inner()).await?;
    min::approve(&state.db, e.id, Some(me.id)).await?;
    Ok(views::see_other(
        &state,
        &back(e.id),
        Some(("success", &t(viewer.lang(), "minutes-approved"))),
    ))
}
