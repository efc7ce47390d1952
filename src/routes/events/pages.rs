//! Event list, month grid, event page, and the create, edit, duplicate and cancel forms.

use actix_web::{HttpResponse, web};
use chrono_tz::Tz;
use serde_json::Value;

use crate::auth::Action;
use crate::error::{AppError, FieldErrors};
use crate::forms::Form;
use crate::i18n::t;
use crate::services::{countries, directory as dir, events as ev, feeds, participants, versions};
use crate::views::events::{self as v, summary_row};
use crate::views::{self, Page, Pager, Saved, directory::country_options, directory::label, directory::options};

use super::{base, load_visible, uid_domain};

pub async fn index(page: Page, q: web::Query<ev::EventFilter>) -> Result<HttpResponse, AppError> {
    let lang = page.lang().to_string();
    let f = q.into_inner();
    let (items, total, page_no) = ev::list(&page.state.db, page.viewer.user.as_ref(), &f).await?;
    let countries_list = countries::all_in(&page.state.db, page.lang()).await?;
    let qs = f.query_string();
    let this_year = chrono::Datelike::year(&crate::db::now());
    let feed_url = format!("{}/events/feed.ics", base(&page.state));
    page.ok(
        "pages/events/index",
        &t(&lang, "events-title"),
        v::IndexPage {
            filter: &f,
            past: f.when == "past",
            year: f.year.map(|y| y.to_string()).unwrap_or_default(),
            years: ((this_year - 5)..=(this_year + 2))
                .rev()
                .map(|y| y.to_string())
                .collect(),
            rows: items.iter().map(|e| summary_row(&lang, e, &countries_list)).collect(),
            pager: Pager::new("/events", &qs, page_no, ev::PER_PAGE, total),
            kinds: options(&lang, "event-kind", ev::KINDS),
            countries: country_options(&countries_list),
            can_create: page.viewer.can(Action::ManageEvents),
            webcal_url: feed_url
                .replacen("http://", "webcal://", 1)
                .replacen("https://", "webcal://", 1),
            feed_url,
        },
    )
}

pub async fn show(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let e = load_visible(&page.state, &page.viewer, path.into_inner()).await?;
    show_page(page, e, None).await
}

/// The event page; with `refused`, the viewer's answer as typed and why it was refused (422).
pub async fn show_page(
    page: Page,
    e: entity::event::Model,
    refused: Option<(entity::participant::Model, FieldErrors)>,
) -> Result<HttpResponse, AppError> {
    let lang = page.lang().to_string();
    let countries_list = countries::all_in(&page.state.db, page.lang()).await?;
    let items = ev::items(&page.state.db, e.id).await?;
    let show_agenda = e.agenda_published || page.viewer.can(Action::ManageEvents);
    let mut days = if show_agenda {
        v::agenda_days(&lang, v::tz_of(&e), &items)
    } else {
        vec![]
    };
    let gaps = crate::views::service_map::agenda_gap_links(&page.state, &lang, e.id).await?;
    for row in days.iter_mut().flat_map(|d| d.items.iter_mut()) {
        row.gap = gaps.get(&row.id).cloned();
    }
    let org_ids = ev::organizers_of(&page.state.db, e.id).await?;
    let mut organizers = vec![];
    for id in org_ids {
        if let Ok(o) = dir::get_organization(&page.state.db, id).await {
            organizers.push(v::IdName { id: o.id, name: o.name });
        }
    }
    let parts = participants::list(&page.state.db, e.id).await?;
    let by_country = v::country_counts(participants::counts(&page.state.db, &parts).await?);
    let arising = if page.viewer.user.is_some() {
        crate::services::actions::matters_arising(&page.state.db, &e)
            .await?
            .iter()
            .map(|i| views::actions::matter_arising(&lang, i))
            .collect()
    } else {
        vec![]
    };
    let ics = format!("/events/{}/event.ics", e.id);
    let item_ids: Vec<i32> = if show_agenda {
        items.iter().map(|i| i.id).collect()
    } else {
        vec![]
    };
    let documents = crate::views::documents::for_event(&page.state, &page.viewer, e.id, &item_ids).await?;
    let add_document_url = page
        .viewer
        .can_create_document()
        .then(|| format!("/documents/new?event={}", e.id));
    let answer_url = format!("/events/{}/answer", e.id);
    let answer = match (&refused, page.viewer.user.as_ref()) {
        (Some((typed, _)), _) => Some(v::answer_form(&lang, typed, &e, answer_url)),
        (None, Some(u)) => participants::for_viewer(&page.state.db, e.id, u)
            .await?
            .map(|p| v::answer_form(&lang, &p, &e, answer_url)),
        (None, None) => None,
    };
    let can_manage = page.viewer.can(Action::ManageEvents);
    let can_open_minutes = match page.viewer.user.as_ref() {
        Some(_) if can_manage => true,
        Some(u) => crate::services::minutes::readable(&page.state.db, e.id, u)
            .await?
            .is_some(),
        None => false,
    };
    let data = v::ShowPage {
        event: summary_row(&lang, &e, &countries_list),
        description_html: e.description.as_deref().map(crate::views::markdown::render),
        venue: v::venue(&e),
        online_url: e.online_url.clone(),
        project: e.project.clone(),
        languages: e.languages.clone(),
        capacity: e.capacity,
        visibility: label(&lang, "event-visibility", &e.visibility),
        organizers,
        days,
        participants_by_country: by_country,
        matters_arising: arising,
        action_statuses: options(&lang, "action-status", crate::services::actions::STATUSES),
        agenda_draft: !e.agenda_published,
        can_manage,
        can_open_minutes,
        can_cancel: can_manage && e.status != "cancelled" && ev::cancellable(&e).is_ok(),
        past: e.ends_at <= crate::db::now(),
        state: can_manage.then(|| v::publishing_state(&lang, &e, crate::db::now())),
        can_publish_agenda: can_manage && e.status == "published" && !e.agenda_published,
        cancelled: e.status == "cancelled",
        ics_items_url: format!("{ics}?items=1"),
        ics_url: ics,
        google_url: google_link(&e, &base(&page.state)),
        documents,
        add_document_url,
        answer,
        errors: Default::default(),
        has_errors: false,
    };
    match refused {
        Some((_, errors)) => page.invalid("pages/events/show", &e.title, &errors, &data),
        None => page.ok("pages/events/show", &e.title, data),
    }
}

/// An "add to Google Calendar" link (the .ics download covers Outlook and Apple).
fn google_link(e: &entity::event::Model, base: &str) -> String {
    let fmt = |t: chrono::DateTime<chrono::Utc>| t.format("%Y%m%dT%H%M%SZ").to_string();
    let mut s = url::form_urlencoded::Serializer::new(String::new());
    s.append_pair("action", "TEMPLATE");
    s.append_pair("text", &e.title);
    s.append_pair("dates", &format!("{}/{}", fmt(e.starts_at), fmt(e.ends_at)));
    s.append_pair("details", &format!("{base}/events/{}", e.id));
    if let Some(l) = feeds::location_of(e) {
        s.append_pair("location", &l);
    }
    format!("https://calendar.google.com/calendar/render?{}", s.finish())
}

const FORM: &str = "pages/events/form";

/// The event form's heading and page data: a new event, or the edit form of event `id`.
async fn form_data<'a>(
    page: &Page,
    fields: &'a ev::EventFields,
    id: Option<i32>,
) -> Result<(String, v::FormPage<'a>), AppError> {
    let (heading, action) = page.new_or_edit(
        id,
        ("event-new-title", "/events".to_string()),
        ("event-edit-title", "/events"),
    );
    let lang = page.lang();
    let countries_list = countries::all_in(&page.state.db, page.lang()).await?;
    let (orgs, _) = dir::all_organizations(&page.state.db, &dir::DirectoryFilter::default()).await?;
    let data = v::FormPage {
        form: fields,
        heading: heading.clone(),
        action,
        kinds: options(lang, "event-kind", ev::KINDS),
        visibilities: options(lang, "event-visibility", ev::VISIBILITY),
        statuses: options(lang, "event-status", &["draft", "published", "completed"]),
        countries: country_options(&countries_list),
        time_zones: views::time_zones(lang, &fields.time_zone),
        organizations: orgs
            .iter()
            .map(|o| v::Checked {
                id: o.id,
                name: o.name.clone(),
                checked: fields.organizers.contains(&o.id),
            })
            .collect(),
        errors: Default::default(),
        has_errors: false,
    };
    Ok((heading, data))
}

pub async fn new_form(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageEvents)?;
    let fields = ev::EventFields {
        kind: "roundtable".into(),
        time_zone: "Europe/Tirane".into(),
        start_time: "09:00".into(),
        end_time: "17:00".into(),
        visibility: "network".into(),
        status: "draft".into(),
        ..Default::default()
    };
    let (heading, data) = form_data(&page, &fields, None).await?;
    page.ok(FORM, &heading, data)
}

pub async fn create(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    let me = page.viewer.require(Action::ManageEvents)?;
    let fields: ev::EventFields = form.parse()?;
    match views::checked(fields.parse(&page.state.db).await)? {
        Ok(input) => {
            let e = ev::create(&page.state.db, input, Some(me.id), &uid_domain(&page.state)).await?;
            page.done(&format!("/events/{}", e.id), "event-created")
        }
        Err(errors) => {
            let (heading, data) = form_data(&page, &fields, None).await?;
            page.invalid(FORM, &heading, &errors, &data)
        }
    }
}

pub async fn edit_form(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageEvents)?;
    let e = ev::get(&page.state.db, path.into_inner()).await?;
    let fields = ev::EventFields::from_model(&e, ev::organizers_of(&page.state.db, e.id).await?);
    let (heading, data) = form_data(&page, &fields, Some(e.id)).await?;
    page.ok(FORM, &heading, views::with_version(&data, e.version)?)
}

pub async fn update(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageEvents)?;
    let db = &page.state.db;
    let id = ev::get(db, path.into_inner()).await?.id;
    let based_on = versions::from_form(form.get("version"))?;
    let fields: ev::EventFields = form.parse()?;
    let saved = async { ev::update(db, id, fields.parse(db).await?, based_on).await }.await;
    let invalid = match views::saved(saved)? {
        Saved::Done(saved) => {
            if saved.status == "published" {
                let state = &page.state;
                participants::announce(db, &state.mailer, state.settings.secret_key(), &base(state), &saved).await?;
            }
            return page.done(&format!("/events/{id}"), "event-saved");
        }
        Saved::Invalid(errors) => Some(errors),
        Saved::Stale => None,
    };
    let (heading, data) = form_data(&page, &fields, Some(id)).await?;
    if let Some(errors) = invalid {
        return page.invalid_edit(FORM, &heading, &errors, &data, based_on);
    }
    let now = ev::get(db, id).await?;
    let current = ev::EventFields::from_model(&now, ev::organizers_of(db, id).await?);
    let (orgs, _) = dir::all_organizations(db, &dir::DirectoryFilter::default()).await?;
    // Organizers as names, not ids, on both sides.
    let named = |f: &ev::EventFields| -> Result<Value, AppError> {
        let mut v = views::to_value(f)?;
        let names: Vec<&str> = orgs
            .iter()
            .filter(|o| f.organizers.contains(&o.id))
            .map(|o| o.name.as_str())
            .collect();
        v["organizers"] = names.into();
        Ok(v)
    };
    let lang = page.lang();
    let field_label = |f: &str| t(lang, v::event_field_label(f));
    let shown = |f: &str, val: &str| v::event_value(lang, f, val);
    let stale = views::Stale::new(now.version, &named(&fields)?, &named(&current)?, &field_label)?.shown(&shown);
    page.stale(FORM, &heading, &data, stale)
}

/// Asks before cancelling: who will be told.
pub async fn cancel_form(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageEvents)?;
    let e = ev::get(&page.state.db, path.into_inner()).await?;
    if let Err(refused) = ev::cancellable(&e) {
        let refused = refused.text(page.lang());
        return Ok(page.see_other(&format!("/events/{}", e.id), Some(("error", &refused))));
    }
    let told = participants::list(&page.state.db, e.id)
        .await?
        .iter()
        .filter(|p| p.status != "declined")
        .count();
    let lang = page.lang();
    page.confirm(views::Confirm {
        heading: crate::i18n::t_args(lang, "event-cancel-confirm-title", &[("title", e.title.clone().into())]),
        consequences: vec![
            crate::i18n::t_args(lang, "event-cancel-confirm-told", &[("count", told.into())]),
            page.t("event-cancel-confirm-final"),
        ],
        action: format!("/events/{}/cancel", e.id),
        button: page.t("event-cancel"),
        back: format!("/events/{}", e.id),
        fields: vec![],
    })
}

pub async fn cancel(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageEvents)?;
    let id = path.into_inner();
    if !views::confirmed(&form) {
        return Ok(page.see_other(&format!("/events/{id}/cancel"), None));
    }
    let e = match ev::cancel(&page.state.db, id).await {
        Ok(e) => e,
        Err(AppError::Validation(refused)) => {
            let msg = refused.sentences(page.lang());
            return Ok(page.see_other(&format!("/events/{id}"), Some(("error", &msg))));
        }
        Err(e) => return Err(e),
    };
    participants::announce(
        &page.state.db,
        &page.state.mailer,
        page.state.settings.secret_key(),
        &base(&page.state),
        &e,
    )
    .await?;
    page.done(&format!("/events/{}", e.id), "event-cancelled")
}

pub async fn duplicate_form(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageEvents)?;
    let e = ev::get(&page.state.db, path.into_inner()).await?;
    page.ok(
        "pages/events/duplicate",
        &page.t("event-duplicate-title"),
        v::DuplicatePage {
            event: v::event_ref(&e),
            form: v::DuplicateFields {
                start_date: String::new(),
            },
            errors: Default::default(),
            has_errors: false,
        },
    )
}

pub async fn duplicate(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let me = page.viewer.require(Action::ManageEvents)?;
    let e = ev::get(&page.state.db, path.into_inner()).await?;
    let lang = page.lang().to_string();
    let mut errors = crate::error::FieldErrors::default();
    let date = crate::services::validate::date(&mut errors, "start_date", form.get("start_date"));
    if form.get("start_date").is_empty() {
        errors.add("start_date", crate::i18n::msg("validate-required"));
    }
    match date {
        Some(d) if errors.is_empty() => {
            let copy = ev::duplicate(&page.state.db, e.id, d, Some(me.id), &uid_domain(&page.state)).await?;
            page.done(&format!("/events/{}/edit", copy.id), "event-duplicated")
        }
        _ => page.invalid(
            "pages/events/duplicate",
            &t(&lang, "event-duplicate-title"),
            &errors,
            &v::DuplicatePage {
                event: v::event_ref(&e),
                form: v::DuplicateFields {
                    start_date: form.get("start_date").to_string(),
                },
                errors: Default::default(),
                has_errors: false,
            },
        ),
    }
}

#[derive(serde::Deserialize)]
pub struct MonthQuery {
    year: Option<i32>,
    month: Option<u32>,
}

/// A month grid (Monday first) of the events the viewer may see.
pub async fn month(page: Page, q: web::Query<MonthQuery>) -> Result<HttpResponse, AppError> {
    use chrono::{Datelike, NaiveDate};
    let lang = page.lang().to_string();
    let tz: Tz = page.viewer.tz().parse().unwrap_or(chrono_tz::Europe::Tirane);
    let today = crate::db::now().with_timezone(&tz).date_naive();
    let year = q.year.filter(|y| (1900..=2200).contains(y)).unwrap_or(today.year());
    let month = q.month.filter(|m| (1..=12).contains(m)).unwrap_or(today.month());
    let first = NaiveDate::from_ymd_opt(year, month, 1).ok_or(AppError::NotFound)?;
    let next_month = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    let prev_month = if month == 1 { (year - 1, 12) } else { (year, month - 1) };
    let last =
        NaiveDate::from_ymd_opt(next_month.0, next_month.1, 1).ok_or(AppError::NotFound)? - chrono::Duration::days(1);
    let grid_start = first - chrono::Duration::days(first.weekday().num_days_from_monday() as i64);
    let list = ev::in_range(
        &page.state.db,
        page.viewer.user.as_ref(),
        grid_start,
        last + chrono::Duration::days(7),
        tz,
    )
    .await?;
    let weekdays: Vec<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .map(|d| t(&lang, &format!("weekday-{d}")))
        .collect();
    let weeks = v::month_weeks(&list, tz, grid_start, last, month, today);
    page.ok(
        "pages/events/month",
        &t(&lang, "events-month"),
        v::MonthPage {
            caption: crate::i18n::dates::month_year(&lang, first.year(), first.month()),
            has_events: weeks
                .iter()
                .any(|w| w.cells.iter().any(|c| c.in_month && !c.events.is_empty())),
            weeks,
            prev_url: format!("/events/calendar?year={}&month={}", prev_month.0, prev_month.1),
            next_url: format!("/events/calendar?year={}&month={}", next_month.0, next_month.1),
            weekdays,
        },
    )
}
