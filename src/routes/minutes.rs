//! The minutes page: read, edit (secretariat), circulate, comment, approve, correct, history.

use std::collections::BTreeMap;

use actix_web::{HttpRequest, HttpResponse, web};

use crate::auth::{Action, Viewer};
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t;
use crate::services::{events as ev, minutes as min, versions};
use crate::state::AppState;
use crate::views;
use crate::views::minutes::{self as v, MinutesPage};
use crate::views::{CompareQuery, Page};

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

pub async fn show(page: Page, path: web::Path<i32>, q: web::Query<CompareQuery>) -> Result<HttpResponse, AppError> {
    let e = load(&page.state, &page.viewer, path.into_inner()).await?;
    let (data, version) = page_data(&page.state, &page.viewer, &e, &q).await?;
    page.ok(
        "pages/events/minutes",
        &t(page.lang(), "minutes-title"),
        views::with_version(&data, version)?,
    )
}

/// The minutes page's data, and the version the edit form is based on (the minutes' version,
/// 0 before there are any).
async fn page_data(
    state: &AppState,
    viewer: &Viewer,
    e: &entity::event::Model,
    q: &CompareQuery,
) -> Result<(MinutesPage, i32), AppError> {
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
    let sections = v::sections(&items, &content);
    let revs = min::revisions(&state.db, e.id).await?;
    let (from, to) = q.revisions(revs.first().map(|r| r.number).unwrap_or(0));
    let version = |n: i32| {
        revs.iter()
            .find(|r| r.number == n)
            .map(|r| min::parse(&r.content))
            .unwrap_or_default()
    };
    let changes = v::changes(min::diff(viewer.lang(), &version(from), &version(to), &titles));
    let day = today(viewer);
    let open = m
        .as_ref()
        .is_some_and(|m| m.status == "circulated" && m.deadline.is_none_or(|d| day <= d));
    let is_participant = match viewer.user.as_ref() {
        Some(u) => manage || ev::is_participant(&state.db, e.id, u).await?,
        None => false,
    };
    let data = MinutesPage {
        event: views::events::event_ref(e),
        status_label: t(&lang, &format!("minutes-status-{status}")),
        deadline: m.as_ref().and_then(|m| m.deadline).map(|d| d.to_string()),
        meeting: content.meeting,
        sections,
        can_edit: manage,
        approved: status == "approved",
        draft: status == "draft",
        status,
        can_comment: open && is_participant,
        comments: min::comments(&state.db, e.id)
            .await?
            .into_iter()
            .map(v::comment_row)
            .collect(),
        revisions: revs.iter().map(|r| v::revision_row(&lang, r)).collect(),
        numbers: revs.iter().map(|r| r.number.to_string()).collect(),
        from: from.to_string(),
        to: to.to_string(),
        changes,
        errors: Default::default(),
        has_errors: false,
        correction_note: String::new(),
    };
    Ok((data, m.as_ref().map(|m| m.version).unwrap_or(0)))
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

pub async fn save(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let me = page.viewer.require(Action::ManageEvents)?.clone();
    let e = ev::get(&page.state.db, path.into_inner()).await?;
    let based_on = versions::from_form(form.get("version"))?;
    let items = ev::items(&page.state.db, e.id).await?;
    match min::save(
        &page.state.db,
        e.id,
        content_from(&form, &items),
        form.get("correction_note"),
        Some(me.id),
        based_on,
    )
    .await
    {
        Ok(()) => page.done(&back(e.id), "minutes-saved"),
        Err(AppError::Validation(err)) => Ok(page.see_other(&back(e.id), Some(("error", &err.sentences(page.lang()))))),
        Err(AppError::StaleEdit { current_version }) => {
            stale(&page.state, &page.viewer, &page.req, &e, &items, &form, current_version).await
        }
        Err(err) => Err(err),
    }
}

/// The minutes as form fields (`meeting_notes`, `notes_<item>`, ...), one per agenda item.
fn as_fields(c: &min::Content, items: &[entity::agenda_item::Model]) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    m.insert("meeting_notes".into(), c.meeting.notes.clone());
    m.insert("meeting_decisions".into(), c.meeting.decisions.clone());
    let empty = min::Part::default();
    for i in items {
        let p = c.items.get(&i.id).unwrap_or(&empty);
        m.insert(format!("notes_{}", i.id), p.notes.clone());
        m.insert(format!("decisions_{}", i.id), p.decisions.clone());
    }
    m
}

/// The minutes page again with 409: what the user typed in the form, the current saved text
/// beside each part that differs, and the form based on the current version.
async fn stale(
    state: &AppState,
    viewer: &Viewer,
    req: &HttpRequest,
    e: &entity::event::Model,
    items: &[entity::agenda_item::Model],
    form: &Form,
    current_version: i32,
) -> Result<HttpResponse, AppError> {
    let lang = viewer.lang().to_string();
    let typed = &content_from(form, items);
    let current = min::get(&state.db, e.id)
        .await?
        .map(|m| min::parse(&m.content))
        .unwrap_or_default();
    let (mut data, version) = page_data(state, viewer, e, &CompareQuery::default()).await?;
    // The form shows what was typed, not what is saved.
    data.meeting = typed.meeting.clone();
    let empty = min::Part::default();
    for s in &mut data.sections {
        let p = typed.items.get(&s.id).unwrap_or(&empty);
        s.notes = p.notes.clone();
        s.decisions = p.decisions.clone();
    }
    data.correction_note = form.get("correction_note").to_string();
    let part = |section: String, key: &str| format!("{section} · {}", t(&lang, key));
    views::stale(
        state,
        viewer,
        req,
        "pages/events/minutes",
        &t(&lang, "minutes-title"),
        views::with_version(&data, version)?,
        views::Stale::new(
            current_version,
            &as_fields(typed, items),
            &as_fields(&current, items),
            &|f| {
                let (kind, id) = f.split_once('_').unwrap_or((f, ""));
                let section = match id.parse::<i32>() {
                    Ok(id) => items
                        .iter()
                        .find(|i| i.id == id)
                        .map(|i| i.title.clone())
                        .unwrap_or_default(),
                    Err(_) => t(&lang, "minutes-meeting"),
                };
                let kind = match (kind, id) {
                    ("meeting", "decisions") | ("decisions", _) => "minutes-decisions",
                    _ => "minutes-notes",
                };
                part(section, kind)
            },
        )?,
    )
}

pub async fn circulate(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let me = page.viewer.require(Action::ManageEvents)?.clone();
    let e = ev::get(&page.state.db, path.into_inner()).await?;
    let base = page.state.settings.site();
    match min::circulate(
        &page.state.db,
        &page.state.mailer,
        &base,
        &e,
        form.get("deadline"),
        Some(me.id),
    )
    .await
    {
        Ok(_) => page.done(&back(e.id), "minutes-circulated"),
        Err(AppError::Validation(err)) => Ok(page.see_other(&back(e.id), Some(("error", &err.sentences(page.lang()))))),
        Err(err) => Err(err),
    }
}

pub async fn comment(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let e = load(&page.state, &page.viewer, path.into_inner()).await?;
    let user = page.viewer.signed_in()?.clone();
    if !page.viewer.can(Action::ManageEvents) && !ev::is_participant(&page.state.db, e.id, &user).await? {
        return Err(AppError::Forbidden);
    }
    match min::comment(
        &page.state.db,
        e.id,
        &user,
        form.get("comment"),
        form.checked("correction"),
        today(&page.viewer),
    )
    .await
    {
        Ok(()) => page.done(&back(e.id), "minutes-commented"),
        Err(AppError::Validation(err)) => Ok(page.see_other(&back(e.id), Some(("error", &err.sentences(page.lang()))))),
        Err(err) => Err(err),
    }
}

pub async fn approve(page: Page, path: web::Path<i32>, _form: Form) -> Result<HttpResponse, AppError> {
    let me = page.viewer.require(Action::ManageEvents)?.clone();
    let e = ev::get(&page.state.db, path.into_inner()).await?;
    min::approve(&page.state.db, e.id, Some(me.id)).await?;
    page.done(&back(e.id), "minutes-approved")
}
