//! Agenda items (add, edit, move, delete), agenda publishing and the revision history.

use actix_web::{HttpResponse, web};

use crate::auth::Action;
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t;
use crate::services::{agenda, directory as dir, events as ev, versions};
use crate::state::AppState;
use crate::views::events::{self as v, overlap_text, tz_of};
use crate::views::{self, CompareQuery, Page, Saved, directory::options};

use super::{base, load_visible};

pub async fn publish_agenda(page: Page, path: web::Path<i32>, _form: Form) -> Result<HttpResponse, AppError> {
    let me = page.viewer.require(Action::ManageEvents)?;
    let e = ev::get(&page.state.db, path.into_inner()).await?;
    let id = e.id;
    // Publishing the agenda of a draft event would tell nobody and show nothing: publish the
    // event first.
    if e.status != "published" {
        let refused = page.t("agenda-publish-event-first");
        return Ok(page.see_other(&format!("/events/{id}"), Some(("error", &refused))));
    }
    agenda::publish(&page.state.db, &page.state.mailer, &base(&page.state), id, Some(me.id)).await?;
    page.done(&format!("/events/{id}"), "agenda-published")
}

fn item_form_data<'a>(
    lang: &str,
    e: &entity::event::Model,
    fields: &'a ev::ItemFields,
    action: &str,
    people: Vec<v::PersonChoice>,
) -> v::ItemFormPage<'a> {
    v::ItemFormPage {
        event: v::event_ref(e),
        people,
        form: fields,
        action: action.to_string(),
        kinds: options(lang, "item-kind", ev::ITEM_KINDS),
        errors: Default::default(),
        has_errors: false,
    }
}

pub async fn new_item_form(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageEvents)?;
    let e = ev::get(&page.state.db, path.into_inner()).await?;
    let lang = page.lang().to_string();
    let day = e.starts_at.with_timezone(&tz_of(&e)).date_naive().to_string();
    let fields = ev::ItemFields {
        day,
        kind: "session".into(),
        ..Default::default()
    };
    page.ok(
        ITEM_FORM,
        &t(&lang, "item-new-title"),
        item_form_data(
            &lang,
            &e,
            &fields,
            &format!("/events/{}/agenda", e.id),
            directory_people(&page.state).await?,
        ),
    )
}

const ITEM_FORM: &str = "pages/events/item_form";

async fn save_item(
    page: &Page,
    e: entity::event::Model,
    item_id: Option<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let (state, lang) = (&page.state, page.lang());
    let mut fields: ev::ItemFields = form.parse()?;
    add_directory_people(state, &form, &mut fields).await?;
    let action = match item_id {
        Some(i) => format!("/events/{}/agenda/{i}", e.id),
        None => format!("/events/{}/agenda", e.id),
    };
    let author = page.viewer.user.as_ref().map(|u| u.id);
    let based_on = match item_id {
        Some(_) => Some(versions::from_form(form.get("version"))?),
        None => None,
    };
    let saved = match (fields.parse(&e), item_id, based_on) {
        (Ok(input), Some(item_id), Some(based_on)) => {
            ev::update_item(&state.db, e.id, item_id, input, based_on, author).await
        }
        (Ok(input), _, _) => match ev::save_item(&state.db, e.id, None, input).await {
            Ok(saved) => agenda::record(&state.db, e.id, author).await.map(|_| saved),
            Err(err) => Err(err),
        },
        (Err(err), _, _) => Err(err),
    };
    match views::saved(saved)? {
        Saved::Done(saved) => {
            let all = ev::items(&state.db, e.id).await?;
            let clashes = ev::overlaps(&saved, &all);
            let (kind, msg) = if clashes.is_empty() {
                ("success", t(lang, "item-saved"))
            } else {
                (
                    "error",
                    format!(
                        "{} {}",
                        t(lang, "item-saved-with-warning"),
                        clashes
                            .iter()
                            .map(|o| overlap_text(lang, o))
                            .collect::<Vec<_>>()
                            .join(" ")
                    ),
                )
            };
            Ok(page.see_other(&format!("/events/{}#item-{}", e.id, saved.id), Some((kind, &msg))))
        }
        Saved::Invalid(errors) => {
            let title = page.t(if item_id.is_some() {
                "item-edit-title"
            } else {
                "item-new-title"
            });
            let data = item_form_data(lang, &e, &fields, &action, directory_people(state).await?);
            match based_on {
                Some(v) => page.invalid_edit(ITEM_FORM, &title, &errors, &data, v),
                None => page.invalid(ITEM_FORM, &title, &errors, &data),
            }
        }
        Saved::Stale => {
            let now = ev::items(&state.db, e.id)
                .await?
                .into_iter()
                .find(|i| Some(i.id) == item_id)
                .ok_or(AppError::NotFound)?;
            let current = ev::ItemFields::from_model(&now);
            let field_label = |f: &str| page.t(v::item_field_label(f));
            let shown = |f: &str, val: &str| v::item_value(lang, f, val);
            page.stale(
                ITEM_FORM,
                &page.t("item-edit-title"),
                &item_form_data(lang, &e, &fields, &action, directory_people(state).await?),
                views::Stale::new(now.version, &fields, &current, &field_label)?.shown(&shown),
            )
        }
    }
}

pub async fn create_item(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageEvents)?;
    let e = ev::get(&page.state.db, path.into_inner()).await?;
    save_item(&page, e, None, form).await
}

/// An event and one of its agenda items (404 when either is missing).
async fn event_and_item(
    page: &Page,
    event_id: i32,
    item_id: i32,
) -> Result<(entity::event::Model, entity::agenda_item::Model), AppError> {
    let e = ev::get(&page.state.db, event_id).await?;
    let item = ev::items(&page.state.db, e.id)
        .await?
        .into_iter()
        .find(|i| i.id == item_id)
        .ok_or(AppError::NotFound)?;
    Ok((e, item))
}

pub async fn edit_item_form(page: Page, path: web::Path<(i32, i32)>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageEvents)?;
    let (event_id, item_id) = path.into_inner();
    let (e, item) = event_and_item(&page, event_id, item_id).await?;
    let lang = page.lang().to_string();
    page.ok(
        ITEM_FORM,
        &t(&lang, "item-edit-title"),
        views::with_version(
            &item_form_data(
                &lang,
                &e,
                &ev::ItemFields::from_model(&item),
                &format!("/events/{}/agenda/{}", e.id, item.id),
                directory_people(&page.state).await?,
            ),
            item.version,
        )?,
    )
}

pub async fn update_item(page: Page, path: web::Path<(i32, i32)>, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageEvents)?;
    let (event_id, item_id) = path.into_inner();
    let e = ev::get(&page.state.db, event_id).await?;
    save_item(&page, e, Some(item_id), form).await
}

/// Asks before removing an agenda item: which one, and who will hear of it.
pub async fn delete_item_form(page: Page, path: web::Path<(i32, i32)>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageEvents)?;
    let (event_id, item_id) = path.into_inner();
    let (e, item) = event_and_item(&page, event_id, item_id).await?;
    let lang = page.lang();
    let mut consequences = vec![crate::i18n::t_args(
        lang,
        "item-delete-confirm-which",
        &[
            ("title", item.title.clone().into()),
            ("day", item.day.format("%Y-%m-%d").to_string().into()),
            ("start", item.start_time.clone().into()),
            ("end", item.end_time.clone().into()),
        ],
    )];
    if e.agenda_published {
        consequences.push(page.t("item-delete-confirm-notice"));
    }
    page.confirm(views::Confirm {
        heading: page.t("item-delete-confirm-title"),
        consequences,
        action: format!("/events/{event_id}/agenda/{item_id}/delete"),
        button: page.t("item-delete"),
        back: format!("/events/{event_id}"),
        fields: vec![],
    })
}

pub async fn delete_item(page: Page, path: web::Path<(i32, i32)>, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageEvents)?;
    let (event_id, item_id) = path.into_inner();
    if !views::confirmed(&form) {
        // The question, for an item that exists.
        event_and_item(&page, event_id, item_id).await?;
        return Ok(page.see_other(&format!("/events/{event_id}/agenda/{item_id}/delete"), None));
    }
    ev::delete_item(&page.state.db, event_id, item_id).await?;
    agenda::record(&page.state.db, event_id, page.viewer.user.as_ref().map(|u| u.id)).await?;
    page.done(&format!("/events/{event_id}"), "item-deleted")
}

/// Every agenda revision (who, when, what), and two revisions compared.
pub async fn agenda_history(
    page: Page,
    path: web::Path<i32>,
    q: web::Query<CompareQuery>,
) -> Result<HttpResponse, AppError> {
    let e = load_visible(&page.state, &page.viewer, path.into_inner()).await?;
    if !e.agenda_published && !page.viewer.can(Action::ManageEvents) {
        return Err(AppError::NotFound);
    }
    let lang = page.lang().to_string();
    let revs = agenda::revisions(&page.state.db, e.id).await?;
    let users = crate::services::accounts::list_users(&page.state.db).await?;
    let rows = revs.iter().map(|r| v::revision_row(r, &users)).collect();
    let (from, to) = q.revisions(revs.first().map(|r| r.number).unwrap_or(0));
    let snap = |n: i32| {
        revs.iter()
            .find(|r| r.number == n)
            .map(agenda::snaps_of)
            .unwrap_or_default()
    };
    let (a, b) = (snap(from), snap(to));
    let compared: Vec<String> = agenda::diff(&lang, &a, &b).into_iter().map(|c| c.text).collect();
    page.ok(
        "pages/events/agenda_history",
        &t(&lang, "agenda-revisions"),
        v::HistoryPage {
            event: v::event_ref(&e),
            revisions: rows,
            numbers: revs.iter().map(|r| r.number.to_string()).collect(),
            from: from.to_string(),
            to: to.to_string(),
            compared,
            left: v::snap_rows(&a),
            right: v::snap_rows(&b),
        },
    )
}

pub async fn move_item(page: Page, path: web::Path<(i32, i32)>, form: Form) -> Result<HttpResponse, AppError> {
    let me = page.viewer.require(Action::ManageEvents)?;
    let (event_id, item_id) = path.into_inner();
    let e = ev::get(&page.state.db, event_id).await?;
    if e.ends_at <= crate::db::now() {
        let refused = page.t("item-not-moved-past");
        return Ok(page.see_other(&format!("/events/{event_id}#item-{item_id}"), Some(("error", &refused))));
    }
    let moved = ev::move_item(&page.state.db, event_id, item_id, form.get("direction") == "up").await?;
    if moved {
        agenda::record(&page.state.db, event_id, Some(me.id)).await?;
    }
    let key = if moved { "item-moved" } else { "item-not-moved" };
    page.done(&format!("/events/{event_id}#item-{item_id}"), key)
}

/// Directory people offered as moderators and speakers ("Name, Organization"), in two queries.
async fn directory_people(state: &AppState) -> Result<Vec<v::PersonChoice>, AppError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let orgs: std::collections::HashMap<i32, String> = entity::organization::Entity::find()
        .filter(entity::organization::Column::Archived.eq(false))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    Ok(entity::person::Entity::find()
        .filter(entity::person::Column::Archived.eq(false))
        .order_by_asc(entity::person::Column::Name)
        .all(&state.db)
        .await?
        .into_iter()
        .filter_map(|p| {
            orgs.get(&p.organization_id).map(|o| v::PersonChoice {
                id: p.id,
                label: format!("{}, {o}", p.name),
            })
        })
        .collect())
}

/// Adds the directory people chosen in the form to the moderator and speakers text, so an item
/// can mix directory people and external names.
async fn add_directory_people(state: &AppState, form: &Form, fields: &mut ev::ItemFields) -> Result<(), AppError> {
    let label = |id: i32| async move {
        let p = dir::get_person(&state.db, id).await.ok()?;
        let o = dir::get_organization(&state.db, p.organization_id).await.ok()?;
        Some(format!("{}, {}", p.name, o.name))
    };
    if fields.moderator.trim().is_empty()
        && let Ok(id) = form.get("moderator_person").parse::<i32>()
        && let Some(l) = label(id).await
    {
        fields.moderator = l;
    }
    for id in form.all("speaker_people").iter().filter_map(|v| v.parse::<i32>().ok()) {
        if let Some(l) = label(id).await
            && !fields.speakers.lines().any(|x| x.trim() == l)
        {
            if !fields.speakers.trim().is_empty() {
                fields.speakers.push('\n');
            }
            fields.speakers.push_str(&l);
        }
    }
    Ok(())
}
