//! Action items: lists with filters, the item page with its timeline, create, edit, progress.

use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::{Value, json};

use crate::auth::{Action, CurrentUser, Viewer};
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t;
use crate::services::{actions as act, countries, directory as dir, versions};
use crate::state::AppState;
use crate::views::{self, Pager, directory::label, directory::options};

fn today(viewer: &Viewer) -> chrono::NaiveDate {
    let tz: chrono_tz::Tz = viewer.tz().parse().unwrap_or(chrono_tz::Europe::Tirane);
    crate::db::now().with_timezone(&tz).date_naive()
}

async fn org_names(state: &AppState) -> Result<std::collections::HashMap<i32, String>, AppError> {
    let (orgs, _) = dir::all_organizations(
        &state.db,
        &dir::DirectoryFilter {
            archived: "1".into(),
            ..Default::default()
        },
    )
    .await?;
    Ok(orgs.into_iter().map(|o| (o.id, o.name)).collect())
}

/// What the viewer may do with an item.
async fn can_edit(state: &AppState, viewer: &Viewer, item: &entity::action_item::Model) -> Result<bool, AppError> {
    let supporters = act::supporters_of(&state.db, item.id).await?;
    let supporter = viewer
        .user
        .as_ref()
        .and_then(|u| u.organization_id)
        .is_some_and(|o| supporters.contains(&o));
    Ok(viewer.can(Action::EditActionItem {
        owner_org: item.owner_org_id,
        supporter,
    }))
}

fn row(
    lang: &str,
    i: &entity::action_item::Model,
    orgs: &std::collections::HashMap<i32, String>,
    today: chrono::NaiveDate,
) -> Value {
    json!({
        "id": i.id, "title": i.title,
        "owner": orgs.get(&i.owner_org_id).cloned().unwrap_or_default(),
        "due_on": i.due_on.map(|d| d.to_string()),
        "overdue": i.due_on.is_some_and(|d| d < today) && !matches!(i.status.as_str(), "done" | "cancelled"),
        "status": label(lang, "action-status", &i.status),
        "priority": label(lang, "action-priority", &i.priority),
        "percent": i.percent,
    })
}

pub async fn index(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    q: web::Query<act::ItemFilter>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    let lang = viewer.lang().to_string();
    let f = q.into_inner();
    let day = today(&viewer);
    let (items, total, page) = act::list(&state.db, &user, &f, day).await?;
    let orgs = org_names(&state).await?;
    let qs = f.query_string();
    let countries_list = countries::all(&state.db).await?;
    let mut org_opts: Vec<(i32, String)> = orgs.iter().map(|(k, v)| (*k, v.clone())).collect();
    org_opts.sort_by(|a, b| a.1.cmp(&b.1));
    let view_tabs: Vec<Value> = ["all", "mine", "org", "overdue"]
        .iter()
        .map(|v| {
            let current = f.view == *v || (f.view.is_empty() && *v == "all");
            json!({"code": v, "label": t(&lang, &format!("actions-view-{v}")), "current": current})
        })
        .collect();
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/actions/index",
        &t(&lang, "actions-title"),
        json!({
            "filter": f,
            "owner": f.owner.map(|o| o.to_string()).unwrap_or_default(),
            "rows": items.iter().map(|i| row(&lang, i, &orgs, day)).collect::<Vec<_>>(),
            "pager": Pager::new("/actions", &qs, page, act::PER_PAGE, total),
        "more_than_cap": total > act::COUNT_CAP,
            "views": view_tabs,
            "statuses": options(&lang, "action-status", act::STATUSES),
            "countries": crate::views::directory::country_options(&countries_list),
            "organizations": org_opts.iter().map(|(id, n)| json!({"code": id.to_string(), "label": n})).collect::<Vec<_>>(),
            "sorts": options(&lang, "actions-sort", &["due", "priority", "updated", "title"]),
            "export_url": if qs.is_empty() { "/actions/export.csv".to_string() } else { format!("/actions/export.csv?{qs}") },
            "can_create": viewer.can(Action::CreateActionItem { owner_org: user.organization_id.unwrap_or(-1) }) || user.is_secretariat(),
        "can_bulk": viewer.can(Action::ManageEvents),
        "back": if qs.is_empty() { "/actions".to_string() } else { format!("/actions?{qs}") },
        }),
    )
}

pub async fn export_csv(
    state: web::Data<AppState>,
    viewer: Viewer,
    q: web::Query<act::ItemFilter>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    let items = act::all_matching(&state.db, &user, &q, today(&viewer)).await?;
    let orgs = org_names(&state).await?;
    let mut w = csv::Writer::from_writer(vec![]);
    w.write_record([
        "id",
        "title",
        "owner_organization",
        "due_on",
        "priority",
        "status",
        "percent",
        "countries",
        "tags",
        "event_id",
    ])
    .map_err(AppError::internal)?;
    for i in items {
        let r = [
            i.id.to_string(),
            i.title,
            orgs.get(&i.owner_org_id).cloned().unwrap_or_default(),
            i.due_on.map(|d| d.to_string()).unwrap_or_default(),
            i.priority,
            i.status,
            i.percent.to_string(),
            i.countries.unwrap_or_default(),
            i.tags.unwrap_or_default(),
            i.event_id.map(|e| e.to_string()).unwrap_or_default(),
        ];
        w.write_record(r.iter().map(|c| dir::csv_cell(c)))
            .map_err(AppError::internal)?;
    }
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            "attachment; filename=\"roundtable-action-items.csv\"",
        ))
        .body(w.into_inner().map_err(AppError::internal)?))
}

async fn form_data(
    state: &AppState,
    lang: &str,
    user: &CurrentUser,
    fields: &act::ItemFields,
    action: &str,
    heading: String,
) -> Result<Value, AppError> {
    let orgs = org_names(state).await?;
    let mut list: Vec<(i32, String)> = orgs.into_iter().collect();
    list.sort_by(|a, b| a.1.cmp(&b.1));
    // Members create items for their own organization only.
    let owners: Vec<Value> = list
        .iter()
        .filter(|(id, _)| {
            user.is_secretariat() || user.organization_id == Some(*id) || fields.owner_org_id == Some(*id)
        })
        .map(|(id, n)| json!({"code": id.to_string(), "label": n}))
        .collect();
    let countries_list = countries::all(&state.db).await?;
    // People who can own an item: those of the organizations this user may assign to.
    let allowed: Vec<i32> = owners
        .iter()
        .filter_map(|o| o["code"].as_str().and_then(|c| c.parse().ok()))
        .collect();
    let mut people = vec![];
    for org in &allowed {
        for p in dir::people_of(&state.db, *org, false).await? {
            let org_name = list
                .iter()
                .find(|(id, _)| id == org)
                .map(|(_, n)| n.clone())
                .unwrap_or_default();
            people.push(json!({"code": p.id.to_string(), "label": format!("{} ({org_name})", p.name)}));
        }
    }
    let legal =
        crate::views::legal::legal_link(&state.db, fields.legal_topic_id, fields.legal_country.as_deref()).await?;
    Ok(json!({
        "form": fields,
        "legal": legal,
        "people": people,
        "owner_person": fields.owner_person_id.map(|p| p.to_string()).unwrap_or_default(),
        "owner": fields.owner_org_id.map(|o| o.to_string()).unwrap_or_default(),
        "heading": heading, "action": action,
        "owners": owners,
        "supporters": list.iter().map(|(id, n)| json!({"id": id, "name": n, "checked": fields.supporters.contains(id)})).collect::<Vec<_>>(),
        "countries": countries_list.iter().map(|c| json!({"code": c.code, "name": countries::display_name(c), "checked": fields.countries.contains(&c.code)})).collect::<Vec<_>>(),
        "statuses": options(lang, "action-status", act::STATUSES),
        "priorities": options(lang, "action-priority", act::PRIORITIES),
        "percent": fields.percent.unwrap_or(0).to_string(),
        "errors": {}, "has_errors": false,
    }))
}

fn fields_from_form(form: &Form) -> act::ItemFields {
    act::ItemFields {
        title: form.get("title").into(),
        description: form.get("description").into(),
        owner_org_id: form.get("owner_org_id").parse().ok(),
        owner_person_id: form.get("owner_person_id").parse().ok(),
        supporters: form.all("supporters").iter().filter_map(|v| v.parse().ok()).collect(),
        due_on: form.get("due_on").into(),
        priority: form.get("priority").into(),
        status: form.get("status").into(),
        percent: form.get("percent").parse().ok(),
        countries: form.all("countries").iter().map(|s| s.to_string()).collect(),
        tags: form.get("tags").into(),
        event_id: form.get("event_id").parse().ok(),
        agenda_item_id: form.get("agenda_item_id").parse().ok(),
        legal_topic_id: form.get("legal_topic_id").parse().ok(),
        legal_country: form.opt("legal_country"),
    }
}

pub async fn new_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    q: web::Query<std::collections::HashMap<String, String>>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    if !user.is_secretariat() {
        viewer.require(Action::CreateActionItem {
            owner_org: user.organization_id.unwrap_or(-1),
        })?;
    }
    let lang = viewer.lang().to_string();
    let mut fields = act::ItemFields {
        owner_org_id: user.organization_id,
        priority: "normal".into(),
        status: "open".into(),
        event_id: q.get("event").and_then(|v| v.parse().ok()),
        ..Default::default()
    };
    // From a register gap: prefilled and linked to the entry.
    if let (Some(code), Some(cc)) = (q.get("legal_topic"), q.get("legal_country")) {
        let topic = crate::services::legal::topic_by_code(&state.db, code).await?;
        let country = crate::services::legal::register_country(&state.db, cc).await?;
        let entry = crate::services::legal::entry(&state.db, topic.id, &country.code).await?;
        let name = crate::services::countries::display_name(&country);
        fields.title = format!("{}: {} ({name})", t(&lang, "action-legal-gap-title"), topic.title);
        fields.description = entry.map(|e| e.differences).unwrap_or_default();
        fields.countries = vec![country.code.clone()];
        fields.tags = "legal".into();
        fields.legal_topic_id = Some(topic.id);
        fields.legal_country = Some(country.code);
    }
    let heading = t(&lang, "action-new-title");
    let data = form_data(&state, &lang, &user, &fields, "/actions", heading.clone()).await?;
    views::ok(&state, &viewer, &req, "pages/actions/form", &heading, data)
}

pub async fn create(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    let lang = viewer.lang().to_string();
    let fields = fields_from_form(&form);
    viewer.require(Action::CreateActionItem {
        owner_org: fields.owner_org_id.unwrap_or(user.organization_id.unwrap_or(-1)),
    })?;
    match fields.parse(&state.db).await {
        Ok(input) => {
            let item = act::create(&state.db, input, Some(user.id), Some(&state.notifier())).await?;
            Ok(views::see_other(
                &state,
                &format!("/actions/{}", item.id),
                Some(("success", &t(&lang, "action-created"))),
            ))
        }
        Err(AppError::Validation(e)) => {
            let heading = t(&lang, "action-new-title");
            let data = form_data(&state, &lang, &user, &fields, "/actions", heading.clone()).await?;
            views::invalid(&state, &viewer, &req, "pages/actions/form", &heading, &e, data)
        }
        Err(e) => Err(e),
    }
}

pub async fn show(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let lang = viewer.lang().to_string();
    let item = act::get(&state.db, path.into_inner()).await?;
    let orgs = org_names(&state).await?;
    let supporters = act::supporters_of(&state.db, item.id).await?;
    let users = crate::services::accounts::list_users(&state.db).await?;
    let timeline: Vec<Value> = act::timeline(&state.db, item.id)
        .await?
        .into_iter()
        .map(|c| {
            json!({
                "when": c.created_at,
                "who": c.user_id.and_then(|u| users.iter().find(|x| x.id == u)).map(|u| u.name.clone()),
                "field": label(&lang, "action-field", &c.field),
                "old": c.old_value, "new": c.new_value, "comment": c.comment,
            })
        })
        .collect();
    let person = match item.owner_person_id {
        Some(p) => dir::get_person(&state.db, p).await.ok().map(|p| p.name),
        None => None,
    };
    let event = match item.event_id {
        Some(e) => crate::services::events::get(&state.db, e)
            .await
            .ok()
            .map(|e| json!({"id": e.id, "title": e.title})),
        None => None,
    };
    let legal = crate::views::legal::legal_link(&state.db, item.legal_topic_id, item.legal_country.as_deref()).await?;
    let day = today(&viewer);
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/actions/show",
        &item.title.clone(),
        json!({
            "item": row(&lang, &item, &orgs, day),
            "description": item.description,
            "owner_person": person,
            "supporters": supporters.iter().filter_map(|s| orgs.get(s)).collect::<Vec<_>>(),
            "countries": item.countries.as_deref().map(|c| c.split(',').map(str::to_string).collect::<Vec<_>>()).unwrap_or_default(),
            "tags": item.tags,
            "event": event,
            "legal": legal,
            "timeline": timeline,
            "can_edit": can_edit(&state, &viewer, &item).await?,
            "statuses": options(&lang, "action-status", act::STATUSES),
            "errors": {}, "has_errors": false,
        }),
    )
}

pub async fn edit_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    let item = act::get(&state.db, path.into_inner()).await?;
    if !can_edit(&state, &viewer, &item).await? {
        return Err(AppError::Forbidden);
    }
    let lang = viewer.lang().to_string();
    let fields = act::ItemFields::from_model(&item, act::supporters_of(&state.db, item.id).await?);
    let heading = t(&lang, "action-edit-title");
    let data = form_data(
        &state,
        &lang,
        &user,
        &fields,
        &format!("/actions/{}", item.id),
        heading.clone(),
    )
    .await?;
    let data = views::with_version(data, item.version);
    views::ok(&state, &viewer, &req, "pages/actions/form", &heading, data)
}

pub async fn update(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    let item = act::get(&state.db, path.into_inner()).await?;
    if !can_edit(&state, &viewer, &item).await? {
        return Err(AppError::Forbidden);
    }
    let lang = viewer.lang().to_string();
    let fields = fields_from_form(&form);
    // Giving an item to another organization needs the right to create items for it.
    if fields.owner_org_id != Some(item.owner_org_id) {
        viewer.require(Action::CreateActionItem {
            owner_org: fields.owner_org_id.unwrap_or(-1),
        })?;
    }
    let based_on = versions::from_form(form.get("version"))?;
    let saved = match fields.parse(&state.db).await {
        Ok(input) => {
            act::update(
                &state.db,
                item.id,
                input,
                Some(user.id),
                Some(&state.notifier()),
                based_on,
            )
            .await
        }
        Err(e) => Err(e),
    };
    match saved {
        Ok(_) => Ok(views::see_other(
            &state,
            &format!("/actions/{}", item.id),
            Some(("success", &t(&lang, "action-saved"))),
        )),
        Err(AppError::StaleEdit { .. }) => {
            let now = act::get(&state.db, item.id).await?;
            let current = act::ItemFields::from_model(&now, act::supporters_of(&state.db, now.id).await?);
            let heading = t(&lang, "action-edit-title");
            let data = form_data(
                &state,
                &lang,
                &user,
                &fields,
                &format!("/actions/{}", item.id),
                heading.clone(),
            )
            .await?;
            views::stale(
                &state,
                &viewer,
                &req,
                "pages/actions/form",
                &heading,
                data,
                views::Stale {
                    current_version: now.version,
                    typed: &serde_json::to_value(&fields).map_err(AppError::internal)?,
                    current: &serde_json::to_value(&current).map_err(AppError::internal)?,
                    label: &|f| {
                        t(
                            &lang,
                            match f {
                                "title" => "action-title",
                                "description" => "event-description",
                                "owner_org_id" => "action-owner",
                                "owner_person_id" => "action-owner-person",
                                "due_on" => "action-due",
                                "priority" => "action-priority",
                                "status" => "action-status",
                                "percent" => "action-percent",
                                "tags" => "action-tags",
                                "countries" => "action-countries",
                                "supporters" => "action-supporters",
                                "legal_topic_id" | "legal_country" => "action-legal-link",
                                _ => "action-source",
                            },
                        )
                    },
                    shown: &|f, val| match f {
                        "status" => t(&lang, &format!("action-status-{val}")),
                        _ => val.to_string(),
                    },
                },
            )
        }
        Err(AppError::Validation(e)) => {
            let heading = t(&lang, "action-edit-title");
            let data = form_data(
                &state,
                &lang,
                &user,
                &fields,
                &format!("/actions/{}", item.id),
                heading.clone(),
            )
            .await?;
            let data = views::with_version(data, based_on);
            views::invalid(&state, &viewer, &req, "pages/actions/form", &heading, &e, data)
        }
        Err(e) => Err(e),
    }
}

pub async fn progress(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    let item = act::get(&state.db, path.into_inner()).await?;
    if !can_edit(&state, &viewer, &item).await? {
        return Err(AppError::Forbidden);
    }
    let back = format!("/actions/{}", item.id);
    match act::comment(
        &state.db,
        item.id,
        Some(user.id),
        form.get("comment"),
        form.get("status"),
        form.get("percent"),
        Some(&state.notifier()),
    )
    .await
    {
        Ok(_) => Ok(views::see_other(
            &state,
            &back,
            Some(("success", &t(viewer.lang(), "action-progress-saved"))),
        )),
        Err(AppError::Validation(e)) => Ok(views::see_other(
            &state,
            &back,
            Some(("error", &e.0.values().cloned().collect::<Vec<_>>().join(" "))),
        )),
        Err(e) => Err(e),
    }
}

type QuickPath = web::Path<(i32, String, i32, i64, String)>;

fn quick_check(state: &AppState, p: &(i32, String, i32, i64, String)) -> Result<(), AppError> {
    let (item, action, user, exp, sig) = p;
    if crate::services::action_notices::verify_quick(state.settings.secret_key(), *item, action, *user, *exp, sig) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// A link from a reminder mail: shows what it will do and asks to confirm (no sign-in needed;
/// the signed link is the permission, for one person, one item and one action, for 14 days).
pub async fn quick_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: QuickPath,
) -> Result<HttpResponse, AppError> {
    quick_check(&state, &path)?;
    let item = act::get(&state.db, path.0).await?;
    let lang = viewer.lang().to_string();
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/actions/quick",
        &t(&lang, "action-quick-title"),
        json!({
            "question": crate::i18n::t_args(&lang, &format!("action-quick-confirm-{}", path.1), &[("title", item.title.clone().into())]),
            "note": path.1 == "note", "done": false, "action": req.path(),
        }),
    )
}

pub async fn quick(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: QuickPath,
    form: Form,
) -> Result<HttpResponse, AppError> {
    quick_check(&state, &path)?;
    let (item_id, action, user, _, _) = path.into_inner();
    let item = act::get(&state.db, item_id).await?;
    let lang = viewer.lang().to_string();
    let status = match action.as_str() {
        "in_progress" => "in_progress",
        "done" => "done",
        _ => "",
    };
    match act::comment(
        &state.db,
        item.id,
        Some(user),
        form.get("note"),
        status,
        "",
        Some(&state.notifier()),
    )
    .await
    {
        Ok(_) => views::ok(
            &state,
            &viewer,
            &req,
            "pages/actions/quick",
            &t(&lang, "action-quick-title"),
            json!({
                "question": t(&lang, "action-quick-done-message"), "note": false, "done": true, "action": req.path(),
            }),
        ),
        Err(AppError::Validation(e)) => {
            let data = json!({
                "question": crate::i18n::t_args(&lang, &format!("action-quick-confirm-{action}"), &[("title", item.title.clone().into())]),
                "note": action == "note", "done": false, "action": req.path(),
            });
            views::invalid(
                &state,
                &viewer,
                &req,
                "pages/actions/quick",
                &t(&lang, "action-quick-title"),
                &e,
                data,
            )
        }
        Err(e) => Err(e),
    }
}

const CHART_COLOURS: [(&str, &str); 5] = [
    ("open", "#0b4f8a"),
    ("in_progress", "#2e7d32"),
    ("blocked", "#a4161a"),
    ("done", "#6b7280"),
    ("cancelled", "#c9d1d9"),
];

/// The follow-up report of a meeting: each item agreed, its status and progress, overdue
/// count, and items by status over time (an SVG chart with the same figures as a table).
pub async fn event_report(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    let e = crate::services::events::get(&state.db, path.into_inner()).await?;
    if !crate::services::events::can_view(&state.db, Some(&user), &e).await? {
        return Err(AppError::NotFound);
    }
    let lang = viewer.lang().to_string();
    let day = today(&viewer);
    let f = act::ItemFilter {
        event: Some(e.id),
        ..Default::default()
    };
    let items = act::all_matching(&state.db, &user, &f, day).await?;
    let orgs = org_names(&state).await?;
    let overdue = items
        .iter()
        .filter(|i| i.due_on.is_some_and(|d| d < day) && !matches!(i.status.as_str(), "done" | "cancelled"))
        .count();
    let avg = if items.is_empty() {
        0
    } else {
        items.iter().map(|i| i.percent as i64).sum::<i64>() / items.len() as i64
    };
    // Month ends from the meeting to today (at most 24 points).
    let mut points = vec![];
    let mut d = e.ends_at.date_naive();
    while d <= day && points.len() < 24 {
        points.push(d);
        d = d
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(day + chrono::Duration::days(1));
    }
    if points.last() != Some(&day) {
        points.push(day);
    }
    let mut series = vec![];
    for p in &points {
        let statuses = act::status_on(&state.db, &items, *p).await?;
        let counts: Vec<usize> = CHART_COLOURS
            .iter()
            .map(|(s, _)| statuses.iter().filter(|x| x.as_deref() == Some(*s)).count())
            .collect();
        series.push((p.to_string(), counts));
    }
    let max = series
        .iter()
        .map(|(_, c)| c.iter().sum::<usize>())
        .max()
        .unwrap_or(1)
        .max(1);
    let (w, h, bar) = (40 + series.len() * 36, 180usize, 24usize);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{}\" role=\"img\" aria-labelledby=\"chart-title\"><title id=\"chart-title\">{}</title>",
        h + 40,
        handlebars::html_escape(&t(&lang, "report-chart-title"))
    );
    for (k, (label_text, counts)) in series.iter().enumerate() {
        let x = 30 + k * 36;
        let mut y = h;
        for (n, (_, colour)) in counts.iter().zip(CHART_COLOURS.iter()) {
            let height = n * (h - 10) / max;
            if height > 0 {
                y -= height;
                svg.push_str(&format!(
                    "<rect x=\"{x}\" y=\"{y}\" width=\"{bar}\" height=\"{height}\" fill=\"{colour}\"/>"
                ));
            }
        }
        svg.push_str(&format!(
            "<text x=\"{x}\" y=\"{}\" font-size=\"9\">{}</text>",
            h + 14,
            &label_text[2..7]
        ));
    }
    svg.push_str("</svg>");
    let legend: Vec<Value> = CHART_COLOURS
        .iter()
        .map(|(s, c)| json!({"label": label(&lang, "action-status", s), "colour": c}))
        .collect();
    let table: Vec<Value> = series.iter().map(|(d, c)| json!({"date": d, "counts": c})).collect();
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/actions/report",
        &t(&lang, "report-title"),
        json!({
            "event": { "id": e.id, "title": e.title },
            "rows": items.iter().map(|i| row(&lang, i, &orgs, day)).collect::<Vec<_>>(),
            "total": items.len(), "done": items.iter().filter(|i| i.status == "done").count(), "overdue": overdue, "average": avg,
            "chart": svg, "legend": legend, "table": table,
            "statuses": CHART_COLOURS.iter().map(|(s, _)| label(&lang, "action-status", s)).collect::<Vec<_>>(),
            "new_url": format!("/actions/new?event={}", e.id),
            "list_url": format!("/actions?event={}", e.id),
        }),
    )
}

pub async fn bulk(state: web::Data<AppState>, viewer: Viewer, form: Form) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ManageEvents)?.clone();
    let ids: Vec<i32> = form.all("ids").iter().filter_map(|v| v.parse().ok()).collect();
    let status = Some(form.get("bulk_status")).filter(|s| !s.is_empty());
    let owner = form.get("bulk_owner").parse::<i32>().ok();
    let back = views::local_path(form.get("back"))
        .filter(|b| b.starts_with("/actions"))
        .unwrap_or("/actions")
        .to_string();
    match act::bulk(&state.db, &ids, status, owner, Some(user.id), Some(&state.notifier())).await {
        Ok(n) => {
            let msg = crate::i18n::t_args(viewer.lang(), "actions-bulk-done", &[("count", n.into())]);
            Ok(views::see_other(&state, &back, Some(("success", &msg))))
        }
        Err(AppError::Validation(e)) => Ok(views::see_other(
            &state,
            &back,
            Some(("error", &e.0.values().cloned().collect::<Vec<_>>().join(" "))),
        )),
        Err(e) => Err(e),
    }
}
