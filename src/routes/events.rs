//! Event pages, agenda editing and calendar feeds.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono_tz::Tz;
use serde_json::{Value, json};

use crate::auth::{Action, Viewer};
use crate::calendar;
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t;
use crate::services::{agenda, countries, directory as dir, events as ev, feeds, participants, versions};
use crate::state::AppState;
use crate::views::{self, Pager, directory::label, directory::options};

fn tz_of(e: &entity::event::Model) -> Tz {
    e.time_zone.parse().unwrap_or(chrono_tz::Europe::Tirane)
}

fn uid_domain(state: &AppState) -> String {
    state
        .settings
        .base_url
        .host_str()
        .unwrap_or("roundtable.local")
        .to_string()
}

fn base(state: &AppState) -> String {
    state.settings.base_url.as_str().trim_end_matches('/').to_string()
}

/// "12–13 Dec 2023, 09:00–18:00 (Europe/Tirane)" style fields for templates.
fn when(e: &entity::event::Model) -> Value {
    let tz = tz_of(e);
    let s = e.starts_at.with_timezone(&tz);
    let en = e.ends_at.with_timezone(&tz);
    json!({
        "start": s.format("%-d %b %Y, %H:%M").to_string(),
        "end": if s.date_naive() == en.date_naive() { en.format("%H:%M").to_string() } else { en.format("%-d %b %Y, %H:%M").to_string() },
        "time_zone": e.time_zone,
        "start_iso": e.starts_at.to_rfc3339(),
    })
}

fn summary_row(lang: &str, e: &entity::event::Model, countries_list: &[entity::country::Model]) -> Value {
    json!({
        "id": e.id,
        "title": e.title,
        "kind": label(lang, "event-kind", &e.kind),
        "status": e.status,
        "status_label": label(lang, "event-status", &e.status),
        "when": when(e),
        "city": e.venue_city,
        "country": e.venue_country.as_deref().map(|c| countries::name_in(countries_list, c)),
        "online": e.online_url.is_some(),
    })
}

pub async fn index(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    q: web::Query<ev::EventFilter>,
) -> Result<HttpResponse, AppError> {
    let lang = viewer.lang().to_string();
    let f = q.into_inner();
    let (items, total, page) = ev::list(&state.db, viewer.user.as_ref(), &f).await?;
    let countries_list = countries::all(&state.db).await?;
    let rows: Vec<Value> = items.iter().map(|e| summary_row(&lang, e, &countries_list)).collect();
    let qs = f.query_string();
    let this_year = chrono::Datelike::year(&crate::db::now());
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/events/index",
        &t(&lang, "events-title"),
        json!({
            "filter": f,
            "past": f.when == "past",
            "year": f.year.map(|y| y.to_string()).unwrap_or_default(),
            "years": ((this_year - 5)..=(this_year + 2)).rev().map(|y| y.to_string()).collect::<Vec<_>>(),
            "rows": rows,
            "pager": Pager::new("/events", &qs, page, ev::PER_PAGE, total),
            "kinds": options(&lang, "event-kind", ev::KINDS),
            "countries": crate::views::directory::country_options(&countries_list),
            "can_create": viewer.can(Action::ManageEvents),
            "feed_url": format!("{}/events/feed.ics", base(&state)),
            "webcal_url": format!("{}/events/feed.ics", base(&state)).replacen("http://", "webcal://", 1).replacen("https://", "webcal://", 1),
        }),
    )
}

async fn load_visible(state: &AppState, viewer: &Viewer, id: i32) -> Result<entity::event::Model, AppError> {
    let e = ev::get(&state.db, id).await?;
    if !ev::can_view(&state.db, viewer.user.as_ref(), &e).await? {
        // Invisible and missing look the same, so ids cannot be probed.
        return Err(
            if viewer.user.is_none() && e.visibility == "network" && e.status != "draft" {
                AppError::Unauthorized
            } else {
                AppError::NotFound
            },
        );
    }
    Ok(e)
}

pub async fn show(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let lang = viewer.lang().to_string();
    let e = load_visible(&state, &viewer, path.into_inner()).await?;
    let countries_list = countries::all(&state.db).await?;
    let items = ev::items(&state.db, e.id).await?;
    let show_agenda = e.agenda_published || viewer.can(Action::ManageEvents);
    let mut days: Vec<Value> = vec![];
    if show_agenda {
        let mut current: Option<chrono::NaiveDate> = None;
        for i in &items {
            if current != Some(i.day) {
                current = Some(i.day);
                days.push(json!({ "day": i.day.format("%A %-d %B %Y").to_string(), "items": [] }));
            }
            let warnings: Vec<String> = ev::overlaps(i, &items).iter().map(|o| t_overlap(&lang, o)).collect();
            if let Some(Value::Array(list)) = days.last_mut().and_then(|d| d.get_mut("items")) {
                list.push(json!({
                    "id": i.id, "start": i.start_time, "end": i.end_time, "title": i.title,
                    "kind": label(&lang, "item-kind", &i.kind), "track": i.track, "moderator": i.moderator,
                    "speakers": i.speakers.as_deref().map(|s| s.lines().filter(|l| !l.trim().is_empty()).collect::<Vec<_>>()).unwrap_or_default(),
                    "description": i.description, "warnings": warnings,
                }));
            }
        }
    }
    let org_ids = ev::organizers_of(&state.db, e.id).await?;
    let mut organizers = vec![];
    for id in org_ids {
        if let Ok(o) = dir::get_organization(&state.db, id).await {
            organizers.push(json!({ "id": o.id, "name": o.name }));
        }
    }
    let parts = participants::list(&state.db, e.id).await?;
    let by_country: Vec<Value> = participants::counts(&state.db, &parts)
        .await?
        .into_iter()
        .map(|(country, orgs)| json!({ "country": country, "count": orgs.values().sum::<usize>() }))
        .collect();
    let arising: Vec<Value> = if viewer.user.is_some() {
        crate::services::actions::matters_arising(&state.db, &e)
            .await?
            .into_iter()
            .map(|i| json!({ "id": i.id, "title": i.title, "status": label(&lang, "action-status", &i.status), "percent": i.percent,
                             "due_on": i.due_on.map(|d| d.to_string()) }))
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
    let documents = crate::routes::documents::for_event(&state, viewer.user.as_ref(), e.id, &item_ids).await?;
    let add_document_url =
        crate::routes::documents::can_create(&viewer).then(|| format!("/documents/new?event={}", e.id));
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/events/show",
        &e.title.clone(),
        json!({
            "event": summary_row(&lang, &e, &countries_list),
            "description_html": e.description.as_deref().map(crate::views::markdown::render),
            "venue": { "name": e.venue_name, "address": e.venue_address, "city": e.venue_city },
            "online_url": e.online_url,
            "project": e.project,
            "languages": e.languages,
            "capacity": e.capacity,
            "visibility": label(&lang, "event-visibility", &e.visibility),
            "organizers": organizers,
            "days": days,
            "participants_by_country": by_country,
            "matters_arising": arising,
            "action_statuses": options(&lang, "action-status", crate::services::actions::STATUSES),
            "agenda_draft": !e.agenda_published,
            "can_manage": viewer.can(Action::ManageEvents),
            "cancelled": e.status == "cancelled",
            "ics_url": ics,
            "ics_items_url": format!("{ics}?items=1"),
            "google_url": google_link(&e, &base(&state)),
            "documents": documents,
            "add_document_url": add_document_url,
        }),
    )
}

fn t_overlap(lang: &str, o: &entity::agenda_item::Model) -> String {
    crate::i18n::t_args(
        lang,
        "item-overlap",
        &[
            ("title", o.title.clone().into()),
            ("start", o.start_time.clone().into()),
            ("end", o.end_time.clone().into()),
        ],
    )
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

async fn form_data(
    state: &AppState,
    lang: &str,
    fields: &ev::EventFields,
    action: &str,
    heading: String,
) -> Result<Value, AppError> {
    let countries_list = countries::all(&state.db).await?;
    let (orgs, _) = dir::all_organizations(&state.db, &dir::DirectoryFilter::default()).await?;
    Ok(json!({
        "form": fields,
        "heading": heading,
        "action": action,
        "kinds": options(lang, "event-kind", ev::KINDS),
        "visibilities": options(lang, "event-visibility", ev::VISIBILITY),
        "statuses": options(lang, "event-status", &["draft", "published", "completed"]),
        "countries": crate::views::directory::country_options(&countries_list),
        "organizations": orgs.iter().map(|o| json!({"id": o.id, "name": o.name, "checked": fields.organizers.contains(&o.id)})).collect::<Vec<_>>(),
        "errors": {},
        "has_errors": false,
    }))
}

fn fields_from_form(form: &Form) -> ev::EventFields {
    ev::EventFields {
        title: form.get("title").into(),
        kind: form.get("kind").into(),
        description: form.get("description").into(),
        time_zone: form.get("time_zone").into(),
        start_date: form.get("start_date").into(),
        start_time: form.get("start_time").into(),
        end_date: form.get("end_date").into(),
        end_time: form.get("end_time").into(),
        venue_name: form.get("venue_name").into(),
        venue_address: form.get("venue_address").into(),
        venue_city: form.get("venue_city").into(),
        venue_country: form.get("venue_country").into(),
        online_url: form.get("online_url").into(),
        project: form.get("project").into(),
        languages: form.get("languages").into(),
        capacity: form.get("capacity").into(),
        visibility: form.get("visibility").into(),
        status: form.get("status").into(),
        organizers: form.all("organizers").iter().filter_map(|v| v.parse().ok()).collect(),
    }
}

pub async fn new_form(state: web::Data<AppState>, viewer: Viewer, req: HttpRequest) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageEvents)?;
    let lang = viewer.lang().to_string();
    let fields = ev::EventFields {
        kind: "roundtable".into(),
        time_zone: "Europe/Tirane".into(),
        start_time: "09:00".into(),
        end_time: "17:00".into(),
        visibility: "network".into(),
        status: "draft".into(),
        ..Default::default()
    };
    let heading = t(&lang, "event-new-title");
    let data = form_data(&state, &lang, &fields, "/events", heading.clone()).await?;
    views::ok(&state, &viewer, &req, "pages/events/form", &heading, data)
}

pub async fn create(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let me = viewer.require(Action::ManageEvents)?;
    let lang = viewer.lang().to_string();
    let fields = fields_from_form(&form);
    match fields.parse(&state.db).await {
        Ok(input) => {
            let e = ev::create(&state.db, input, Some(me.id), &uid_domain(&state)).await?;
            Ok(views::see_other(
                &state,
                &format!("/events/{}", e.id),
                Some(("success", &t(&lang, "event-created"))),
            ))
        }
        Err(AppError::Validation(errors)) => {
            let heading = t(&lang, "event-new-title");
            let data = form_data(&state, &lang, &fields, "/events", heading.clone()).await?;
            views::invalid(&state, &viewer, &req, "pages/events/form", &heading, &errors, data)
        }
        Err(e) => Err(e),
    }
}

pub async fn edit_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageEvents)?;
    let lang = viewer.lang().to_string();
    let e = ev::get(&state.db, path.into_inner()).await?;
    let fields = ev::EventFields::from_model(&e, ev::organizers_of(&state.db, e.id).await?);
    let heading = t(&lang, "event-edit-title");
    let data = form_data(&state, &lang, &fields, &format!("/events/{}", e.id), heading.clone()).await?;
    let data = views::with_version(data, e.version);
    views::ok(&state, &viewer, &req, "pages/events/form", &heading, data)
}

pub async fn update(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageEvents)?;
    let lang = viewer.lang().to_string();
    let id = ev::get(&state.db, path.into_inner()).await?.id;
    let based_on = versions::from_form(form.get("version"))?;
    let fields = fields_from_form(&form);
    let saved = match fields.parse(&state.db).await {
        Ok(input) => ev::update(&state.db, id, input, based_on).await,
        Err(e) => Err(e),
    };
    match saved {
        Ok(saved) => {
            if saved.status == "published" {
                participants::announce(
                    &state.db,
                    &state.mailer,
                    state.settings.secret_key(),
                    &base(&state),
                    &saved,
                )
                .await?;
            }
            Ok(views::see_other(
                &state,
                &format!("/events/{id}"),
                Some(("success", &t(&lang, "event-saved"))),
            ))
        }
        Err(AppError::StaleEdit { .. }) => {
            let now = ev::get(&state.db, id).await?;
            let current = ev::EventFields::from_model(&now, ev::organizers_of(&state.db, id).await?);
            let heading = t(&lang, "event-edit-title");
            let data = form_data(&state, &lang, &fields, &format!("/events/{id}"), heading.clone()).await?;
            let (orgs, _) = dir::all_organizations(&state.db, &dir::DirectoryFilter::default()).await?;
            // Organizers as names, not ids, on both sides.
            let named = |f: &ev::EventFields| -> Result<Value, AppError> {
                let mut v = serde_json::to_value(f).map_err(AppError::internal)?;
                let names: Vec<&str> = orgs
                    .iter()
                    .filter(|o| f.organizers.contains(&o.id))
                    .map(|o| o.name.as_str())
                    .collect();
                v["organizers"] = json!(names);
                Ok(v)
            };
            views::stale(
                &state,
                &viewer,
                &req,
                "pages/events/form",
                &heading,
                data,
                views::Stale {
                    current_version: now.version,
                    typed: &named(&fields)?,
                    current: &named(&current)?,
                    label: &|f| t(&lang, event_label(f)),
                    shown: &|f, val| match f {
                        "kind" => label(&lang, "event-kind", val),
                        "visibility" => label(&lang, "event-visibility", val),
                        "status" => label(&lang, "event-status", val),
                        _ => val.to_string(),
                    },
                },
            )
        }
        Err(AppError::Validation(errors)) => {
            let heading = t(&lang, "event-edit-title");
            let data = form_data(&state, &lang, &fields, &format!("/events/{id}"), heading.clone()).await?;
            let data = views::with_version(data, based_on);
            views::invalid(&state, &viewer, &req, "pages/events/form", &heading, &errors, data)
        }
        Err(e) => Err(e),
    }
}

/// The catalogue key of an event form field's label.
fn event_label(field: &str) -> &'static str {
    match field {
        "title" => "event-title",
        "kind" => "event-kind",
        "description" => "event-description",
        "time_zone" => "settings-time-zone",
        "start_date" => "event-start-date",
        "start_time" => "event-start-time",
        "end_date" => "event-end-date",
        "end_time" => "event-end-time",
        "venue_name" => "event-venue-name",
        "venue_address" => "org-address",
        "venue_city" => "event-city",
        "venue_country" => "org-country",
        "online_url" => "event-online-link",
        "project" => "event-project",
        "languages" => "event-languages",
        "capacity" => "event-capacity",
        "visibility" => "event-visibility",
        "status" => "event-status",
        _ => "event-organizers",
    }
}

pub async fn cancel(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
    _form: Form,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageEvents)?;
    let e = ev::cancel(&state.db, path.into_inner()).await?;
    participants::announce(&state.db, &state.mailer, state.settings.secret_key(), &base(&state), &e).await?;
    Ok(views::see_other(
        &state,
        &format!("/events/{}", e.id),
        Some(("success", &t(viewer.lang(), "event-cancelled"))),
    ))
}

pub async fn publish_agenda(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
    _form: Form,
) -> Result<HttpResponse, AppError> {
    let me = viewer.require(Action::ManageEvents)?;
    let id = ev::get(&state.db, path.into_inner()).await?.id;
    agenda::publish(&state.db, &state.mailer, &base(&state), id, Some(me.id)).await?;
    Ok(views::see_other(
        &state,
        &format!("/events/{id}"),
        Some(("success", &t(viewer.lang(), "agenda-published"))),
    ))
}

pub async fn duplicate_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageEvents)?;
    let e = ev::get(&state.db, path.into_inner()).await?;
    let lang = viewer.lang().to_string();
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/events/duplicate",
        &t(&lang, "event-duplicate-title"),
        json!({ "event": { "id": e.id, "title": e.title }, "form": { "start_date": "" }, "errors": {}, "has_errors": false }),
    )
}

pub async fn duplicate(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let me = viewer.require(Action::ManageEvents)?;
    let e = ev::get(&state.db, path.into_inner()).await?;
    let lang = viewer.lang().to_string();
    let mut errors = crate::error::FieldErrors::default();
    let date = crate::services::validate::date(&mut errors, "start_date", form.get("start_date"));
    if form.get("start_date").is_empty() {
        errors.add("start_date", "This field is required.");
    }
    match date {
        Some(d) if errors.is_empty() => {
            let copy = ev::duplicate(&state.db, e.id, d, Some(me.id), &uid_domain(&state)).await?;
            Ok(views::see_other(
                &state,
                &format!("/events/{}/edit", copy.id),
                Some(("success", &t(&lang, "event-duplicated"))),
            ))
        }
        _ => views::invalid(
            &state,
            &viewer,
            &req,
            "pages/events/duplicate",
            &t(&lang, "event-duplicate-title"),
            &errors,
            json!({ "event": { "id": e.id, "title": e.title }, "form": { "start_date": form.get("start_date") } }),
        ),
    }
}

fn item_form_data(
    lang: &str,
    e: &entity::event::Model,
    fields: &ev::ItemFields,
    action: &str,
    people: Vec<Value>,
) -> Value {
    json!({
        "event": { "id": e.id, "title": e.title },
        "people": people,
        "form": fields,
        "action": action,
        "kinds": options(lang, "item-kind", ev::ITEM_KINDS),
        "errors": {},
        "has_errors": false,
    })
}

fn item_fields(form: &Form) -> ev::ItemFields {
    ev::ItemFields {
        day: form.get("day").into(),
        start_time: form.get("start_time").into(),
        end_time: form.get("end_time").into(),
        title: form.get("title").into(),
        description: form.get("description").into(),
        kind: form.get("kind").into(),
        track: form.get("track").into(),
        moderator: form.get("moderator").into(),
        speakers: form.get("speakers").into(),
    }
}

pub async fn new_item_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageEvents)?;
    let e = ev::get(&state.db, path.into_inner()).await?;
    let lang = viewer.lang().to_string();
    let day = e.starts_at.with_timezone(&tz_of(&e)).date_naive().to_string();
    let fields = ev::ItemFields {
        day,
        kind: "session".into(),
        ..Default::default()
    };
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/events/item_form",
        &t(&lang, "item-new-title"),
        item_form_data(
            &lang,
            &e,
            &fields,
            &format!("/events/{}/agenda", e.id),
            directory_people(&state).await?,
        ),
    )
}

async fn save_item(
    state: &AppState,
    viewer: &Viewer,
    req: &HttpRequest,
    e: entity::event::Model,
    item_id: Option<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let lang = viewer.lang().to_string();
    let mut fields = item_fields(&form);
    add_directory_people(state, &form, &mut fields).await?;
    let action = match item_id {
        Some(i) => format!("/events/{}/agenda/{i}", e.id),
        None => format!("/events/{}/agenda", e.id),
    };
    let author = viewer.user.as_ref().map(|u| u.id);
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
    match saved {
        Ok(saved) => {
            let all = ev::items(&state.db, e.id).await?;
            let clashes = ev::overlaps(&saved, &all);
            let (kind, msg) = if clashes.is_empty() {
                ("success", t(&lang, "item-saved"))
            } else {
                (
                    "error",
                    format!(
                        "{} {}",
                        t(&lang, "item-saved-with-warning"),
                        clashes
                            .iter()
                            .map(|o| t_overlap(&lang, o))
                            .collect::<Vec<_>>()
                            .join(" ")
                    ),
                )
            };
            Ok(views::see_other(
                state,
                &format!("/events/{}#item-{}", e.id, saved.id),
                Some((kind, &msg)),
            ))
        }
        Err(AppError::Validation(errors)) => {
            let title = t(
                &lang,
                if item_id.is_some() {
                    "item-edit-title"
                } else {
                    "item-new-title"
                },
            );
            let mut data = item_form_data(&lang, &e, &fields, &action, directory_people(state).await?);
            if let Some(v) = based_on {
                data = views::with_version(data, v);
            }
            views::invalid(state, viewer, req, "pages/events/item_form", &title, &errors, data)
        }
        Err(AppError::StaleEdit { .. }) => {
            let now = ev::items(&state.db, e.id)
                .await?
                .into_iter()
                .find(|i| Some(i.id) == item_id)
                .ok_or(AppError::NotFound)?;
            let current = ev::ItemFields::from_model(&now);
            views::stale(
                state,
                viewer,
                req,
                "pages/events/item_form",
                &t(&lang, "item-edit-title"),
                item_form_data(&lang, &e, &fields, &action, directory_people(state).await?),
                views::Stale {
                    current_version: now.version,
                    typed: &serde_json::to_value(&fields).map_err(AppError::internal)?,
                    current: &serde_json::to_value(&current).map_err(AppError::internal)?,
                    label: &|f| {
                        t(
                            &lang,
                            match f {
                                "day" => "item-day",
                                "start_time" => "item-start",
                                "end_time" => "item-end",
                                "title" => "item-title",
                                "kind" => "item-kind",
                                "track" => "item-track",
                                "moderator" => "item-moderator",
                                "speakers" => "item-speakers",
                                _ => "event-description",
                            },
                        )
                    },
                    shown: &|f, val| match f {
                        "kind" => label(&lang, "item-kind", val),
                        _ => val.to_string(),
                    },
                },
            )
        }
        Err(err) => Err(err),
    }
}

pub async fn create_item(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageEvents)?;
    let e = ev::get(&state.db, path.into_inner()).await?;
    save_item(&state, &viewer, &req, e, None, form).await
}

pub async fn edit_item_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<(i32, i32)>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageEvents)?;
    let (event_id, item_id) = path.into_inner();
    let e = ev::get(&state.db, event_id).await?;
    let item = ev::items(&state.db, e.id)
        .await?
        .into_iter()
        .find(|i| i.id == item_id)
        .ok_or(AppError::NotFound)?;
    let lang = viewer.lang().to_string();
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/events/item_form",
        &t(&lang, "item-edit-title"),
        views::with_version(
            item_form_data(
                &lang,
                &e,
                &ev::ItemFields::from_model(&item),
                &format!("/events/{}/agenda/{}", e.id, item.id),
                directory_people(&state).await?,
            ),
            item.version,
        ),
    )
}

pub async fn update_item(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<(i32, i32)>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageEvents)?;
    let (event_id, item_id) = path.into_inner();
    let e = ev::get(&state.db, event_id).await?;
    save_item(&state, &viewer, &req, e, Some(item_id), form).await
}

pub async fn delete_item(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i32, i32)>,
    _form: Form,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageEvents)?;
    let (event_id, item_id) = path.into_inner();
    ev::delete_item(&state.db, event_id, item_id).await?;
    agenda::record(&state.db, event_id, viewer.user.as_ref().map(|u| u.id)).await?;
    Ok(views::see_other(
        &state,
        &format!("/events/{event_id}"),
        Some(("success", &t(viewer.lang(), "item-deleted"))),
    ))
}

fn ics_response(body: String, filename: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header(("Content-Disposition", format!("inline; filename=\"{filename}\"")))
        .insert_header(("Cache-Control", "no-cache"))
        .body(body)
}

#[derive(serde::Deserialize)]
pub struct IcsQuery {
    #[serde(default)]
    items: String,
}

pub async fn event_ics(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
    q: web::Query<IcsQuery>,
) -> Result<HttpResponse, AppError> {
    let e = load_visible(&state, &viewer, path.into_inner()).await?;
    let lang = viewer.lang().to_string();
    let mut events = vec![feeds::vevent(&e, &base(&state), &label(&lang, "event-kind", &e.kind))];
    if q.items == "1" && (e.agenda_published || viewer.can(Action::ManageEvents)) {
        events.extend(feeds::item_vevents(
            &e,
            &ev::items(&state.db, e.id).await?,
            &base(&state),
        ));
    }
    let cal = feeds::calendar_of(&e.title, events);
    Ok(ics_response(calendar::to_ics(&cal), &format!("event-{}.ics", e.id)))
}

/// Public events of the network, for anyone's calendar app.
pub async fn network_feed(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let list = ev::for_feed(&state.db, ev::visible_to(None), 500).await?;
    let b = base(&state);
    let events = list
        .iter()
        .map(|e| feeds::vevent(e, &b, &label("en", "event-kind", &e.kind)))
        .collect();
    Ok(ics_response(
        calendar::to_ics(&feeds::calendar_of("Roundtable: network events", events)),
        "roundtable-events.ics",
    ))
}

/// A user's own feed at a secret URL: what they may see, including invited-only events.
pub async fn personal_feed(state: web::Data<AppState>, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let token = token.trim_end_matches(".ics");
    let u = ev::user_for_feed(&state.db, token).await?.ok_or(AppError::NotFound)?;
    let cu = crate::auth::CurrentUser::from_model(&u).ok_or(AppError::NotFound)?;
    let list = ev::for_feed(&state.db, ev::visible_to(Some(&cu)), 1000).await?;
    let b = base(&state);
    let events = list
        .iter()
        .map(|e| feeds::vevent(e, &b, &label(&cu.language, "event-kind", &e.kind)))
        .collect();
    // The action items of the user's organization with a due date, as VTODOs.
    let mut todos = vec![];
    if let Some(org) = cu.organization_id {
        for a in crate::services::actions::for_feed(&state.db, org).await? {
            let Some(due) = a.due_on else { continue };
            todos.push(calendar::Todo {
                uid: format!("action-{}@{}", a.id, uid_domain(&state)),
                sequence: 0,
                dtstamp: a.updated_at,
                due,
                summary: a.title.clone(),
                description: a.description.clone(),
                url: Some(format!("{b}/actions/{}", a.id)),
                status: match a.status.as_str() {
                    "done" => "COMPLETED",
                    "cancelled" => "CANCELLED",
                    "in_progress" => "IN-PROCESS",
                    _ => "NEEDS-ACTION",
                },
            });
        }
    }
    let mut cal = feeds::calendar_of(&format!("Roundtable: {}", u.name), events);
    cal.todos = todos;
    Ok(ics_response(calendar::to_ics(&cal), "roundtable.ics"))
}

/// Makes (or replaces) the user's secret feed URL and shows it once.
pub async fn rotate_feed(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    _form: Form,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ManageOwnAccount)?;
    let token = ev::feed_token(&state.db, user.id, true)
        .await?
        .ok_or_else(|| AppError::internal("no token"))?;
    let url = format!("{}/calendar/{token}.ics", base(&state));
    let webcal = url
        .replacen("http://", "webcal://", 1)
        .replacen("https://", "webcal://", 1);
    views::render(
        &state,
        &viewer,
        &req,
        StatusCode::OK,
        "pages/events/feed_created",
        &t(viewer.lang(), "feed-title"),
        json!({ "url": url, "webcal": webcal }),
    )
}

/// Participants by country and organization. Names appear to other participants only when the
/// person agreed; the secretariat sees everyone, with answers and attendance.
pub async fn participants_page(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let e = load_visible(&state, &viewer, path.into_inner()).await?;
    let lang = viewer.lang().to_string();
    let manage = viewer.can(Action::ManageEvents);
    let list = participants::list(&state.db, e.id).await?;
    let counts = participants::counts(&state.db, &list).await?;
    let by_country: Vec<Value> = counts
        .iter()
        .map(|(c, orgs)| {
            json!({ "country": c, "total": orgs.values().sum::<usize>(),
            "orgs": orgs.iter().map(|(o, n)| json!({"name": o, "count": n})).collect::<Vec<_>>() })
        })
        .collect();
    let rows: Vec<Value> = list
        .iter()
        .filter(|p| manage || (p.share_name && p.status == "accepted"))
        .map(|p| json!({ "id": p.id, "name": p.name, "email": if manage { Some(&p.email) } else { None },
            "status": label(&lang, "participant-status", &p.status), "dietary": if manage { p.dietary.clone() } else { None },
            "accessibility": if manage { p.accessibility.clone() } else { None }, "attended": p.attended == Some(true) }))
        .collect();
    let (orgs, _) = dir::all_organizations(&state.db, &dir::DirectoryFilter::default()).await?;
    let (people, _, _) = dir::list_people(
        &state.db,
        &dir::PeopleFilter {
            page: Some(1),
            ..Default::default()
        },
    )
    .await?;
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/events/participants",
        &t(&lang, "participants-title"),
        json!({
            "event": { "id": e.id, "title": e.title },
            "by_country": by_country,
            "total": list.iter().filter(|p| p.status != "declined").count(),
            "accepted": list.iter().filter(|p| p.status == "accepted").count(),
            "waitlisted": list.iter().filter(|p| p.status == "waitlisted").count(),
            "rows": rows,
            "manage": manage,
            "organizations": if manage { orgs.iter().map(|o| json!({"id": o.id, "name": o.name})).collect::<Vec<_>>() } else { vec![] },
            "people": if manage { people.iter().filter(|p| p.email.is_some()).map(|p| json!({"id": p.id, "name": p.name})).collect::<Vec<_>>() } else { vec![] },
        }),
    )
}

pub async fn invite(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageEvents)?;
    let e = ev::get(&state.db, path.into_inner()).await?;
    let orgs: Vec<i32> = form
        .all("organizations")
        .iter()
        .filter_map(|v| v.parse().ok())
        .collect();
    let people: Vec<i32> = form.all("people").iter().filter_map(|v| v.parse().ok()).collect();
    let lang = viewer.lang().to_string();
    let back = format!("/events/{}/participants", e.id);
    match participants::invite(
        &state.db,
        &state.mailer,
        state.settings.secret_key(),
        &base(&state),
        &e,
        &orgs,
        &people,
    )
    .await
    {
        Ok(r) => {
            let msg = crate::i18n::t_args(
                &lang,
                "participants-invited",
                &[("added", r.added.into()), ("already", r.already.into())],
            );
            Ok(views::see_other(&state, &back, Some(("success", &msg))))
        }
        Err(AppError::Validation(errs)) => {
            let msg = errs.0.values().cloned().collect::<Vec<_>>().join(" ");
            Ok(views::see_other(&state, &back, Some(("error", &msg))))
        }
        Err(err) => Err(err),
    }
}

pub async fn attendance(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageEvents)?;
    let e = ev::get(&state.db, path.into_inner()).await?;
    let ids: Vec<i32> = form.all("attended").iter().filter_map(|v| v.parse().ok()).collect();
    participants::set_attendance(&state.db, e.id, &ids).await?;
    Ok(views::see_other(
        &state,
        &format!("/events/{}/participants", e.id),
        Some(("success", &t(viewer.lang(), "participants-attendance-saved"))),
    ))
}

pub async fn participants_csv(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageEvents)?;
    let e = ev::get(&state.db, path.into_inner()).await?;
    let countries_list = countries::all(&state.db).await?;
    let mut w = csv::Writer::from_writer(vec![]);
    w.write_record([
        "name",
        "email",
        "organization",
        "country",
        "status",
        "dietary",
        "accessibility",
        "shares_name",
        "attended",
    ])
    .map_err(AppError::internal)?;
    for p in participants::list(&state.db, e.id).await? {
        let (org, country) = match p.organization_id {
            Some(id) => match dir::get_organization(&state.db, id).await {
                Ok(o) => (o.name, countries::name_in(&countries_list, &o.country_code)),
                Err(_) => (String::new(), String::new()),
            },
            None => (String::new(), String::new()),
        };
        let row = [
            p.name,
            p.email,
            org,
            country,
            p.status,
            p.dietary.unwrap_or_default(),
            p.accessibility.unwrap_or_default(),
            p.share_name.to_string(),
            p.attended.map(|a| a.to_string()).unwrap_or_default(),
        ];
        w.write_record(row.iter().map(|c| dir::csv_cell(c)))
            .map_err(AppError::internal)?;
    }
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"participants-event-{}.csv\"", e.id),
        ))
        .body(w.into_inner().map_err(AppError::internal)?))
}

fn rsvp_check(state: &AppState, path: &(i32, i64, String)) -> Result<(), AppError> {
    if participants::verify_rsvp(state.settings.secret_key(), path.0, path.1, &path.2) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

async fn rsvp_page(
    state: &AppState,
    viewer: &Viewer,
    req: &HttpRequest,
    pid: i32,
    done: bool,
    errors: Option<&crate::error::FieldErrors>,
) -> Result<HttpResponse, AppError> {
    let p = participants::get(&state.db, pid).await?;
    let e = ev::get(&state.db, p.event_id).await?;
    let lang = viewer.lang().to_string();
    let answers: Vec<Value> = participants::ANSWERS
        .iter()
        .map(|a| json!({"code": a, "label": t(&lang, &format!("rsvp-{a}")), "checked": p.status == *a || (p.status == "waitlisted" && *a == "accepted")}))
        .collect();
    let data = json!({
        "event": summary_row(&lang, &e, &countries::all(&state.db).await?),
        "name": p.name, "status": label(&lang, "participant-status", &p.status), "waitlisted": p.status == "waitlisted",
        "answers": answers, "form": { "dietary": p.dietary, "accessibility": p.accessibility, "share_name": p.share_name },
        "done": done, "action": req.path(), "errors": {}, "has_errors": false,
    });
    match errors {
        Some(e) => views::invalid(
            state,
            viewer,
            req,
            "pages/events/rsvp",
            &t(&lang, "rsvp-title"),
            e,
            data,
        ),
        None => views::ok(state, viewer, req, "pages/events/rsvp", &t(&lang, "rsvp-title"), data),
    }
}

pub async fn rsvp_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<(i32, i64, String)>,
) -> Result<HttpResponse, AppError> {
    rsvp_check(&state, &path)?;
    rsvp_page(&state, &viewer, &req, path.0, false, None).await
}

pub async fn rsvp(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<(i32, i64, String)>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    rsvp_check(&state, &path)?;
    match participants::parse_answer(
        form.get("status"),
        form.get("dietary"),
        form.get("accessibility"),
        form.checked("share_name"),
    ) {
        Ok(a) => {
            participants::respond(&state.db, &state.mailer, &base(&state), path.0, a).await?;
            rsvp_page(&state, &viewer, &req, path.0, true, None).await
        }
        Err(AppError::Validation(e)) => rsvp_page(&state, &viewer, &req, path.0, false, Some(&e)).await,
        Err(e) => Err(e),
    }
}

#[derive(serde::Deserialize)]
pub struct CompareQuery {
    from: Option<i32>,
    to: Option<i32>,
}

/// Every agenda revision (who, when, what), and two revisions compared.
pub async fn agenda_history(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
    q: web::Query<CompareQuery>,
) -> Result<HttpResponse, AppError> {
    let e = load_visible(&state, &viewer, path.into_inner()).await?;
    if !e.agenda_published && !viewer.can(Action::ManageEvents) {
        return Err(AppError::NotFound);
    }
    let lang = viewer.lang().to_string();
    let revs = agenda::revisions(&state.db, e.id).await?;
    let users = crate::services::accounts::list_users(&state.db).await?;
    let rows: Vec<Value> = revs
        .iter()
        .map(|r| {
            json!({
                "number": r.number,
                "created_at": r.created_at,
                "author": r.author_id.and_then(|a| users.iter().find(|u| u.id == a)).map(|u| u.name.clone()),
                "summary": r.summary.lines().map(str::to_string).collect::<Vec<_>>(),
            })
        })
        .collect();
    let latest = revs.first().map(|r| r.number).unwrap_or(0);
    let to = q.to.unwrap_or(latest);
    let from = q.from.unwrap_or(to.saturating_sub(1).max(0));
    let snap = |n: i32| {
        revs.iter()
            .find(|r| r.number == n)
            .map(agenda::snaps_of)
            .unwrap_or_default()
    };
    let (a, b) = (snap(from), snap(to));
    let compared: Vec<String> = agenda::diff(&lang, &a, &b).into_iter().map(|c| c.text).collect();
    let side = |s: &[agenda::Snap]| {
        s.iter()
            .map(|i| json!({"day": i.day.to_string(), "start": i.start, "end": i.end, "title": i.title, "track": i.track}))
            .collect::<Vec<_>>()
    };
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/events/agenda_history",
        &t(&lang, "agenda-revisions"),
        json!({
            "event": { "id": e.id, "title": e.title },
            "revisions": rows,
            "numbers": revs.iter().map(|r| r.number.to_string()).collect::<Vec<_>>(),
            "from": from.to_string(), "to": to.to_string(),
            "compared": compared, "left": side(&a), "right": side(&b),
        }),
    )
}

#[derive(serde::Deserialize)]
pub struct MonthQuery {
    year: Option<i32>,
    month: Option<u32>,
}

/// A month grid (Monday first) of the events the viewer may see.
pub async fn month(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    q: web::Query<MonthQuery>,
) -> Result<HttpResponse, AppError> {
    use chrono::{Datelike, NaiveDate};
    let lang = viewer.lang().to_string();
    let tz: Tz = viewer.tz().parse().unwrap_or(chrono_tz::Europe::Tirane);
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
        &state.db,
        viewer.user.as_ref(),
        grid_start,
        last + chrono::Duration::days(7),
        tz,
    )
    .await?;
    let mut weeks = vec![];
    let mut day = grid_start;
    while day <= last {
        let mut cells = vec![];
        for _ in 0..7 {
            let events: Vec<Value> = list
                .iter()
                .filter(|e| {
                    let s = e.starts_at.with_timezone(&tz).date_naive();
                    let en = e.ends_at.with_timezone(&tz).date_naive();
                    s <= day && day <= en
                })
                .map(|e| json!({ "id": e.id, "title": e.title, "cancelled": e.status == "cancelled" }))
                .collect();
            cells.push(
                json!({ "day": day.day(), "in_month": day.month() == month, "today": day == today,
                               "date": day.to_string(), "events": events }),
            );
            day += chrono::Duration::days(1);
        }
        weeks.push(json!({ "cells": cells }));
    }
    let weekdays: Vec<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .map(|d| t(&lang, &format!("weekday-{d}")))
        .collect();
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/events/month",
        &t(&lang, "events-month"),
        json!({
            "caption": first.format("%B %Y").to_string(),
            "weeks": weeks,
            "prev_url": format!("/events/calendar?year={}&month={}", prev_month.0, prev_month.1),
            "next_url": format!("/events/calendar?year={}&month={}", next_month.0, next_month.1),
            "weekdays": weekdays,
        }),
    )
}

/// Largest .ics file accepted for import.
const IMPORT_LIMIT: usize = 1024 * 1024;

pub async fn import_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageEvents)?;
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/events/import",
        &t(viewer.lang(), "import-title"),
        json!({ "error": null }),
    )
}

/// Creates a draft event from an uploaded invitation (Outlook, Google Calendar, ...). A broken
/// file gets a message naming its line, and nothing is created.
pub async fn import(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    mut payload: actix_multipart::Multipart,
) -> Result<HttpResponse, AppError> {
    use futures_util::StreamExt;
    let me = viewer.require(Action::ManageEvents)?;
    let lang = viewer.lang().to_string();
    let (mut csrf, mut file) = (String::new(), Vec::new());
    let mut too_large = false;
    while let Some(field) = payload.next().await {
        let mut field = field.map_err(|_| AppError::BadRequest("The upload could not be read.".into()))?;
        let name = field.name().unwrap_or("").to_string();
        let mut buf = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| AppError::BadRequest("The upload could not be read.".into()))?;
            if buf.len() + chunk.len() > IMPORT_LIMIT {
                too_large = true;
                break;
            }
            buf.extend_from_slice(&chunk);
        }
        match name.as_str() {
            "_csrf" => csrf = String::from_utf8_lossy(&buf).to_string(),
            "file" => file = buf,
            _ => {}
        }
        if too_large {
            break;
        }
    }
    if !crate::forms::csrf_token_ok(&state, &req, &csrf) {
        return Err(AppError::Csrf);
    }
    let fail = |message: String| {
        views::render(
            &state,
            &viewer,
            &req,
            StatusCode::UNPROCESSABLE_ENTITY,
            "pages/events/import",
            &t(&lang, "import-title"),
            json!({ "error": message }),
        )
    };
    if too_large {
        return fail(t(&lang, "import-too-large"));
    }
    if file.is_empty() {
        return fail(t(&lang, "import-empty"));
    }
    let Ok(text) = String::from_utf8(file) else {
        return fail(t(&lang, "import-not-text"));
    };
    let imported = match calendar::import_event(&text) {
        Ok(i) => i,
        Err(e) => return fail(e.to_string()),
    };
    let title: String = crate::mail::one_line(&imported.summary, 200);
    let (venue_name, online_url) = match imported.location.as_deref() {
        Some(l) if l.starts_with("http://") || l.starts_with("https://") => (None, Some(l.to_string())),
        Some(l) => (Some(crate::mail::one_line(l, 200)), imported.url.clone()),
        None => (None, imported.url.clone()),
    };
    let input = ev::EventInput {
        title,
        kind: "other".into(),
        description: imported.description.map(|d| d.chars().take(20_000).collect()),
        tz: imported.tz,
        starts_at: imported.start,
        ends_at: imported.end,
        venue_name: venue_name.or_else(|| Some(t(&lang, "import-venue-unknown"))),
        venue_address: None,
        venue_city: None,
        venue_country: None,
        online_url: online_url.filter(|u| u.len() <= 500),
        project: None,
        languages: None,
        capacity: None,
        visibility: "network".into(),
        status: "draft".into(),
        organizers: vec![],
    };
    let e = ev::create(&state.db, input, Some(me.id), &uid_domain(&state)).await?;
    Ok(views::see_other(
        &state,
        &format!("/events/{}/edit", e.id),
        Some(("success", &t(&lang, "import-done"))),
    ))
}

pub async fn move_item(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i32, i32)>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let me = viewer.require(Action::ManageEvents)?;
    let (event_id, item_id) = path.into_inner();
    ev::get(&state.db, event_id).await?;
    let moved = ev::move_item(&state.db, event_id, item_id, form.get("direction") == "up").await?;
    if moved {
        agenda::record(&state.db, event_id, Some(me.id)).await?;
    }
    let key = if moved { "item-moved" } else { "item-not-moved" };
    Ok(views::see_other(
        &state,
        &format!("/events/{event_id}#item-{item_id}"),
        Some(("success", &t(viewer.lang(), key))),
    ))
}

/// Directory people offered as moderators and speakers ("Name, Organization"), in two queries.
async fn directory_people(state: &AppState) -> Result<Vec<Value>, AppError> {
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
            orgs.get(&p.organization_id)
                .map(|o| json!({ "id": p.id, "label": format!("{}, {o}", p.name) }))
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

/// Records the outcome of a matter arising (an open item of an earlier meeting) at this meeting.
pub async fn matter_outcome(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(i32, i32)>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let me = viewer.require(Action::ManageEvents)?.clone();
    let (event_id, item_id) = path.into_inner();
    let e = ev::get(&state.db, event_id).await?;
    let arising = crate::services::actions::matters_arising(&state.db, &e).await?;
    if !arising.iter().any(|i| i.id == item_id) {
        return Err(AppError::NotFound);
    }
    let outcome = form.get("outcome");
    let text = if outcome.is_empty() {
        String::new()
    } else {
        format!("Reviewed at \"{}\": {outcome}", e.title)
    };
    let back = format!("/events/{event_id}#matters-arising");
    match crate::services::actions::comment(
        &state.db,
        item_id,
        Some(me.id),
        &text,
        form.get("status"),
        "",
        Some(&state.notifier()),
    )
    .await
    {
        Ok(_) => Ok(views::see_other(
            &state,
            &back,
            Some(("success", &t(viewer.lang(), "matters-recorded"))),
        )),
        Err(AppError::Validation(err)) => Ok(views::see_other(
            &state,
            &back,
            Some(("error", &err.0.values().cloned().collect::<Vec<_>>().join(" "))),
        )),
        Err(err) => Err(err),
    }
}

#[derive(serde::Deserialize)]
pub struct ReportQuery {
    #[serde(default)]
    download: String,
}

/// The post-meeting report in one click: attendance by country and organization, sessions held,
/// decisions from the minutes, action items opened and closed. Printable; `?download=1` saves
/// it as an HTML file.
pub async fn post_meeting_report(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
    q: web::Query<ReportQuery>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    let e = load_visible(&state, &viewer, path.into_inner()).await?;
    let lang = viewer.lang().to_string();
    let parts = participants::list(&state.db, e.id).await?;
    let marked = parts.iter().any(|p| p.attended.is_some());
    let present: Vec<entity::participant::Model> = parts
        .into_iter()
        .filter(|p| {
            if marked {
                p.attended == Some(true)
            } else {
                p.status == "accepted"
            }
        })
        .collect();
    let attendance: Vec<Value> = participants::counts(&state.db, &present)
        .await?
        .into_iter()
        .map(|(country, orgs)| {
            json!({ "country": country, "total": orgs.values().sum::<usize>(),
            "orgs": orgs.into_iter().map(|(o, n)| json!({"name": o, "count": n})).collect::<Vec<_>>() })
        })
        .collect();
    let items = ev::items(&state.db, e.id).await?;
    let readable = crate::services::minutes::readable(&state.db, e.id, &user).await?;
    // Said on the report so that an empty decisions list is not read as "nothing was decided".
    let minutes_pending = readable.is_none() && crate::services::minutes::get(&state.db, e.id).await?.is_some();
    let minutes = readable.map(|(_, c)| c).unwrap_or_default();
    let mut decisions = vec![];
    if !minutes.meeting.decisions.trim().is_empty() {
        decisions.push(json!({"section": t(&lang, "minutes-meeting"), "text": minutes.meeting.decisions}));
    }
    for i in &items {
        if let Some(p) = minutes.items.get(&i.id).filter(|p| !p.decisions.trim().is_empty()) {
            decisions.push(json!({"section": i.title, "text": p.decisions}));
        }
    }
    let f = crate::services::actions::ItemFilter {
        event: Some(e.id),
        ..Default::default()
    };
    let tz: Tz = viewer.tz().parse().unwrap_or(chrono_tz::Europe::Tirane);
    let today = crate::db::now().with_timezone(&tz).date_naive();
    let actions = crate::services::actions::all_matching(&state.db, &user, &f, today).await?;
    // Register changes since the previous meeting of the series (or the previous roundtable).
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let previous = entity::event::Entity::find()
        .filter(entity::event::Column::StartsAt.lt(e.starts_at))
        .filter(entity::event::Column::Status.ne("cancelled"))
        .filter(match e.series_id {
            Some(s) => entity::event::Column::SeriesId.eq(s),
            None => entity::event::Column::Kind.eq(e.kind.clone()),
        })
        .order_by_desc(entity::event::Column::StartsAt)
        .one(&state.db)
        .await?;
    let since = previous
        .as_ref()
        .map(|p| p.starts_at.date_naive())
        .unwrap_or_else(|| e.starts_at.date_naive() - chrono::Duration::days(365));
    let until = e.ends_at.date_naive();
    let legal_filter = crate::services::legal::ChangesFilter {
        until: until.to_string(),
        ..Default::default()
    };
    let (register_changes, register_total) =
        crate::services::legal::changes_since(&state.db, since, &legal_filter, None).await?;
    let topics: std::collections::HashMap<i32, entity::legal_topic::Model> =
        crate::services::legal::topics(&state.db, true)
            .await?
            .into_iter()
            .map(|t| (t.id, t))
            .collect();
    let all_countries = countries::all(&state.db).await?;
    let register: Vec<Value> = register_changes
        .iter()
        .map(|r| {
            let code = topics.get(&r.topic_id).map(|t| t.code.clone()).unwrap_or_default();
            json!({
                "topic": topics.get(&r.topic_id).map(|t| format!("{} {}", t.code, t.title)),
                "country": countries::name_in(&all_countries, &r.country_code),
                "assessment": label(&lang, "legal-assessment", &r.assessment),
                "when": r.changed_at.date_naive().to_string(),
                "url": format!("/legal/entries/{code}/{}", r.country_code),
            })
        })
        .collect();
    let data = json!({
        "register": register, "register_total": register_total,
        "register_since": since.to_string(),
        "register_url": format!("/legal/changes?since={since}&until={until}"),
        "event": summary_row(&lang, &e, &all_countries),
        "attendance": attendance,
        "present": present.len(),
        "attendance_marked": marked,
        "sessions": items.iter().map(|i| json!({"day": i.day.to_string(), "start": i.start_time, "end": i.end_time, "title": i.title,
            "kind": label(&lang, "item-kind", &i.kind)})).collect::<Vec<_>>(),
        "decisions": decisions,
        "minutes_pending": minutes_pending,
        "opened": actions.iter().map(|a| json!({"id": a.id, "title": a.title, "status": label(&lang, "action-status", &a.status)})).collect::<Vec<_>>(),
        "closed": actions.iter().filter(|a| a.status == "done").count(),
        "opened_count": actions.len(),
        "download_url": format!("/events/{}/report?download=1", e.id),
    });
    let mut resp = views::ok(
        &state,
        &viewer,
        &req,
        "pages/events/report",
        &t(&lang, "post-report-title"),
        data,
    )?;
    if q.download == "1" {
        resp.headers_mut().insert(
            actix_web::http::header::CONTENT_DISPOSITION,
            actix_web::http::header::HeaderValue::from_str(&format!(
                "attachment; filename=\"report-event-{}.html\"",
                e.id
            ))
            .map_err(AppError::internal)?,
        );
    }
    Ok(resp)
}
