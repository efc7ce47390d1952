//! Action items: lists with filters, the item page with its timeline, create, edit, progress.

use actix_web::{HttpResponse, web};

use crate::auth::{Action, CurrentUser, Viewer};
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t;
use crate::services::{actions as act, countries, directory as dir, versions};
use crate::state::AppState;
use crate::views::actions::{self as v, CHART_COLOURS, row};
use crate::views::events::{Checked, event_ref};
use crate::views::{self, Page, Pager, Saved, directory::country_options, directory::label, directory::options};

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

/// The people and events an item's history names by id (one query each), for
/// [`v::timeline_entry`].
async fn history_names<'a>(
    page: &Page,
    changes: &[entity::action_item_change::Model],
    users: &'a [crate::services::accounts::UserRow],
    orgs: &'a std::collections::HashMap<i32, String>,
) -> Result<v::HistoryNames<'a>, AppError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let state = &page.state;
    let ids = |field: &str| -> Vec<i32> {
        changes
            .iter()
            .filter(|c| c.field == field)
            .flat_map(|c| [c.old_value.as_deref(), c.new_value.as_deref()])
            .filter_map(|v| v?.parse().ok())
            .collect()
    };
    let people = entity::person::Entity::find()
        .filter(entity::person::Column::Id.is_in(ids("owner_person_id")))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    let events = entity::event::Entity::find()
        .filter(entity::event::Column::Id.is_in(ids("event_id")))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|e| (e.id, e.title))
        .collect();
    Ok(v::HistoryNames {
        users,
        orgs,
        people,
        events,
        countries: countries::all_in(&state.db, page.lang()).await?,
    })
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

pub async fn index(page: Page, q: web::Query<act::ItemFilter>) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let lang = page.lang().to_string();
    let f = q.into_inner();
    let day = today(&page.viewer);
    let (items, total, page_no) = act::list(&page.state.db, &user, &f, day).await?;
    let orgs = org_names(&page.state).await?;
    let qs = f.query_string();
    let countries_list = countries::all_in(&page.state.db, page.lang()).await?;
    let mut org_opts: Vec<(i32, String)> = orgs.iter().map(|(k, v)| (*k, v.clone())).collect();
    org_opts.sort_by(|a, b| a.1.cmp(&b.1));
    page.ok(
        "pages/actions/index",
        &t(&lang, "actions-title"),
        v::IndexPage {
            filter: &f,
            owner: f.owner.map(|o| o.to_string()).unwrap_or_default(),
            rows: items.iter().map(|i| row(&lang, i, &orgs, day)).collect(),
            pager: Pager::new("/actions", &qs, page_no, act::PER_PAGE, total),
            more_than_cap: total > act::COUNT_CAP,
            views: v::view_tabs(&lang, &f.view),
            statuses: options(&lang, "action-status", act::STATUSES),
            countries: country_options(&countries_list),
            organizations: v::org_options(&org_opts),
            sorts: options(&lang, "actions-sort", &["due", "priority", "updated", "title"]),
            export_url: if qs.is_empty() {
                "/actions/export.csv".to_string()
            } else {
                format!("/actions/export.csv?{qs}")
            },
            can_create: page.viewer.can(Action::CreateActionItem {
                owner_org: user.organization_id.unwrap_or(-1),
            }) || user.is_secretariat(),
            can_bulk: page.viewer.can(Action::ManageEvents),
            back: if qs.is_empty() {
                "/actions".to_string()
            } else {
                format!("/actions?{qs}")
            },
        },
    )
}

pub async fn export_csv(page: Page, q: web::Query<act::ItemFilter>) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let items = act::all_matching(&page.state.db, &user, &q, today(&page.viewer)).await?;
    let orgs = org_names(&page.state).await?;
    let mut w = views::CsvExport::new(
        page.lang(),
        &[
            "csv-action-id",
            "csv-action-title",
            "csv-action-owner-organization",
            "csv-action-due-on",
            "csv-action-priority",
            "csv-action-status",
            "csv-action-percent",
            "csv-action-countries",
            "csv-action-tags",
            "csv-action-event-id",
        ],
    )?;
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
        w.row(&r)?;
    }
    w.download("roundtable-action-items.csv")
}

const FORM: &str = "pages/actions/form";

/// The item form's heading and page data: a new item, or the edit form of item `id`.
async fn form_data<'a>(
    page: &Page,
    user: &CurrentUser,
    fields: &'a act::ItemFields,
    id: Option<i32>,
) -> Result<(String, v::FormPage<'a>), AppError> {
    let (heading, action) = page.new_or_edit(
        id,
        ("action-new-title", "/actions".to_string()),
        ("action-edit-title", "/actions"),
    );
    let (state, lang) = (&page.state, page.lang());
    let orgs = org_names(state).await?;
    let mut list: Vec<(i32, String)> = orgs.into_iter().collect();
    list.sort_by(|a, b| a.1.cmp(&b.1));
    // Members create items for their own organization only.
    let allowed: Vec<(i32, String)> = list
        .iter()
        .filter(|(id, _)| {
            user.is_secretariat() || user.organization_id == Some(*id) || fields.owner_org_id == Some(*id)
        })
        .cloned()
        .collect();
    let countries_list = countries::all_in(&state.db, lang).await?;
    // People who can own an item: those of the organizations this user may assign to.
    let mut people = vec![];
    for (org, org_name) in &allowed {
        for p in dir::people_of(&state.db, *org, false).await? {
            people.push(views::directory::Opt {
                code: p.id.to_string(),
                label: format!("{} ({org_name})", p.name),
            });
        }
    }
    let legal =
        crate::views::legal::legal_link(&state.db, lang, fields.legal_topic_id, fields.legal_country.as_deref())
            .await?;
    let gap = crate::views::service_map::gap_link_of_fields(state, lang, fields).await?;
    let data = v::FormPage {
        form: fields,
        legal,
        gap,
        people,
        owner_person: fields.owner_person_id.map(|p| p.to_string()).unwrap_or_default(),
        owner: fields.owner_org_id.map(|o| o.to_string()).unwrap_or_default(),
        heading: heading.clone(),
        action,
        owners: v::org_options(&allowed),
        supporters: list
            .iter()
            .map(|(id, n)| Checked {
                id: *id,
                name: n.clone(),
                checked: fields.supporters.contains(id),
            })
            .collect(),
        countries: countries_list
            .iter()
            .map(|c| v::CountryChoice {
                code: c.code.clone(),
                name: countries::display_name(c),
                checked: fields.countries.contains(&c.code),
            })
            .collect(),
        statuses: options(lang, "action-status", act::STATUSES),
        priorities: options(lang, "action-priority", act::PRIORITIES),
        percent: fields.percent.unwrap_or(0).to_string(),
        errors: Default::default(),
        has_errors: false,
    };
    Ok((heading, data))
}

pub async fn new_form(
    page: Page,
    q: web::Query<std::collections::HashMap<String, String>>,
) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    if !user.is_secretariat() {
        page.viewer.require(Action::CreateActionItem {
            owner_org: user.organization_id.unwrap_or(-1),
        })?;
    }
    let lang = page.lang().to_string();
    let mut fields = act::ItemFields {
        owner_org_id: user.organization_id,
        priority: "normal".into(),
        status: "open".into(),
        event_id: q.get("event").and_then(|v| v.parse().ok()),
        ..Default::default()
    };
    // From a register gap: prefilled and linked to the entry.
    if let (Some(code), Some(cc)) = (q.get("legal_topic"), q.get("legal_country")) {
        let topic = crate::services::legal::topic_by_code(&page.state.db, code).await?;
        let country = countries::localized(
            page.lang(),
            crate::services::legal::register_country(&page.state.db, cc).await?,
        );
        let entry = crate::services::legal::entry(&page.state.db, topic.id, &country.code).await?;
        let name = crate::services::countries::display_name(&country);
        let title = crate::services::legal::topic_text(&topic, &lang).title;
        fields.title = format!("{}: {title} ({name})", t(&lang, "action-legal-gap-title"));
        fields.description = entry.map(|e| e.differences).unwrap_or_default();
        fields.countries = vec![country.code.clone()];
        fields.tags = "legal".into();
        fields.legal_topic_id = Some(topic.id);
        fields.legal_country = Some(country.code);
    }
    // From a coverage gap of the service map: prefilled, and linked when saved.
    if let (Some(cc), Some(kind), Some(group)) = (q.get("gap_country"), q.get("gap_kind"), q.get("gap_group")) {
        let gap = crate::services::coverage::GapKey::check(&page.state.db, cc, kind, group).await?;
        let names = countries::all_in(&page.state.db, &lang).await?;
        fields.title = gap.title(&lang, &names);
        fields.countries = vec![gap.country.clone()];
        fields.tags = "services".into();
        fields.gap_country = gap.country;
        fields.gap_kind = gap.kind;
        fields.gap_group = gap.group;
    }
    let (heading, data) = form_data(&page, &user, &fields, None).await?;
    page.ok(FORM, &heading, data)
}

pub async fn create(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let fields: act::ItemFields = form.parse()?;
    page.viewer.require(Action::CreateActionItem {
        owner_org: fields.owner_org_id.unwrap_or(user.organization_id.unwrap_or(-1)),
    })?;
    match views::checked(fields.parse(&page.state.db).await)? {
        Ok(input) => {
            let item = act::create(&page.state.db, input, Some(user.id), Some(&page.state.notifier())).await?;
            page.done(&format!("/actions/{}", item.id), "action-created")
        }
        Err(errors) => {
            let (heading, data) = form_data(&page, &user, &fields, None).await?;
            page.invalid(FORM, &heading, &errors, &data)
        }
    }
}

pub async fn show(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let item = act::get(&page.state.db, path.into_inner()).await?;
    show_page(page, item, None).await
}

/// The item page; with `refused`, the progress update as typed and why it was refused (422).
async fn show_page(
    page: Page,
    item: entity::action_item::Model,
    refused: Option<(v::ProgressValues, crate::error::FieldErrors)>,
) -> Result<HttpResponse, AppError> {
    let lang = page.lang().to_string();
    let orgs = org_names(&page.state).await?;
    let supporters = act::supporters_of(&page.state.db, item.id).await?;
    let users = crate::services::accounts::list_users(&page.state.db).await?;
    let changes = act::timeline(&page.state.db, item.id).await?;
    let names = history_names(&page, &changes, &users, &orgs).await?;
    let timeline = changes
        .into_iter()
        .map(|c| v::timeline_entry(&lang, c, &names))
        .collect();
    let person = match item.owner_person_id {
        Some(p) => dir::get_person(&page.state.db, p).await.ok().map(|p| p.name),
        None => None,
    };
    let event = match item.event_id {
        Some(e) => crate::services::events::get(&page.state.db, e)
            .await
            .ok()
            .map(|e| event_ref(&e)),
        None => None,
    };
    let legal = crate::views::legal::legal_link(
        &page.state.db,
        &lang,
        item.legal_topic_id,
        item.legal_country.as_deref(),
    )
    .await?;
    let gap = crate::views::service_map::gap_link_of_action(&page.state, &lang, item.id).await?;
    let day = today(&page.viewer);
    let (progress, errors) = match refused {
        Some((typed, errors)) => (typed, Some(errors)),
        None => (v::ProgressValues::of(&item), None),
    };
    let data = v::ShowPage {
        item: row(&lang, &item, &orgs, day),
        description: item.description.clone(),
        owner_person: person,
        supporters: supporters.iter().filter_map(|s| orgs.get(s)).cloned().collect(),
        countries: item
            .countries
            .as_deref()
            .map(|c| {
                c.split(',')
                    .filter(|c| !c.trim().is_empty())
                    .map(|c| countries::name_in(&names.countries, c.trim()))
                    .collect()
            })
            .unwrap_or_default(),
        tags: item.tags.clone(),
        event,
        legal,
        gap,
        timeline,
        can_edit: can_edit(&page.state, &page.viewer, &item).await?,
        statuses: options(&lang, "action-status", act::STATUSES),
        progress,
        errors: Default::default(),
        has_errors: false,
    };
    match errors {
        Some(errors) => page.invalid("pages/actions/show", &item.title, &errors, &data),
        None => page.ok("pages/actions/show", &item.title, data),
    }
}

/// The item, if the viewer may edit it.
async fn editable(page: &Page, id: i32) -> Result<entity::action_item::Model, AppError> {
    let item = act::get(&page.state.db, id).await?;
    if !can_edit(&page.state, &page.viewer, &item).await? {
        return Err(AppError::Forbidden);
    }
    Ok(item)
}

pub async fn edit_form(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let item = editable(&page, path.into_inner()).await?;
    let fields = act::ItemFields::from_model(&item, act::supporters_of(&page.state.db, item.id).await?);
    let (heading, data) = form_data(&page, &user, &fields, Some(item.id)).await?;
    page.ok(FORM, &heading, views::with_version(&data, item.version)?)
}

pub async fn update(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let item = editable(&page, path.into_inner()).await?;
    let fields: act::ItemFields = form.parse()?;
    // Giving an item to another organization needs the right to create items for it.
    if fields.owner_org_id != Some(item.owner_org_id) {
        page.viewer.require(Action::CreateActionItem {
            owner_org: fields.owner_org_id.unwrap_or(-1),
        })?;
    }
    let based_on = versions::from_form(form.get("version"))?;
    let db = &page.state.db;
    let notifier = page.state.notifier();
    let saved = async {
        let input = fields.parse(db).await?;
        act::update(db, item.id, input, Some(user.id), Some(&notifier), based_on).await
    }
    .await;
    let invalid = match views::saved(saved)? {
        Saved::Done(_) => return page.done(&format!("/actions/{}", item.id), "action-saved"),
        Saved::Invalid(errors) => Some(errors),
        Saved::Stale => None,
    };
    let (heading, data) = form_data(&page, &user, &fields, Some(item.id)).await?;
    if let Some(errors) = invalid {
        return page.invalid_edit(FORM, &heading, &errors, &data, based_on);
    }
    let now = act::get(db, item.id).await?;
    let current = act::ItemFields::from_model(&now, act::supporters_of(db, now.id).await?);
    let label = |f: &str| page.t(v::action_field_label(f));
    let shown = |f: &str, val: &str| v::action_value(page.lang(), f, val);
    let stale = views::Stale::new(now.version, &fields, &current, &label)?.shown(&shown);
    page.stale(FORM, &heading, &data, stale)
}

pub async fn progress(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let item = editable(&page, path.into_inner()).await?;
    let typed = v::ProgressValues {
        comment: form.get("comment").to_string(),
        status: form.get("status").to_string(),
        percent: form.get("percent").to_string(),
    };
    let result = act::comment(
        &page.state.db,
        item.id,
        Some(user.id),
        &typed.comment,
        &typed.status,
        &typed.percent,
        Some(&page.state.notifier()),
    )
    .await;
    match views::checked(result)? {
        Ok(_) => page.done(&format!("/actions/{}", item.id), "action-progress-saved"),
        // The page again with 422, the message and everything typed.
        Err(errors) => show_page(page, item, Some((typed, errors))).await,
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
pub async fn quick_form(page: Page, path: QuickPath) -> Result<HttpResponse, AppError> {
    quick_check(&page.state, &path)?;
    let item = act::get(&page.state.db, path.0).await?;
    let lang = page.lang().to_string();
    page.ok(
        "pages/actions/quick",
        &t(&lang, "action-quick-title"),
        v::QuickPage {
            question: quick_question(&lang, &path.1, &item),
            note: path.1 == "note",
            done: false,
            action: page.req.path().to_string(),
        },
    )
}

/// What a quick link will do, as its confirmation page asks it.
fn quick_question(lang: &str, action: &str, item: &entity::action_item::Model) -> String {
    crate::i18n::t_args(
        lang,
        &format!("action-quick-confirm-{action}"),
        &[("title", item.title.clone().into())],
    )
}

pub async fn quick(page: Page, path: QuickPath, form: Form) -> Result<HttpResponse, AppError> {
    quick_check(&page.state, &path)?;
    let (item_id, action, user, _, _) = path.into_inner();
    let item = act::get(&page.state.db, item_id).await?;
    let lang = page.lang().to_string();
    let status = match action.as_str() {
        "in_progress" => "in_progress",
        "done" => "done",
        _ => "",
    };
    match act::comment(
        &page.state.db,
        item.id,
        Some(user),
        form.get("note"),
        status,
        "",
        Some(&page.state.notifier()),
    )
    .await
    {
        Ok(_) => page.ok(
            "pages/actions/quick",
            &t(&lang, "action-quick-title"),
            v::QuickPage {
                question: t(&lang, "action-quick-done-message"),
                note: false,
                done: true,
                action: page.req.path().to_string(),
            },
        ),
        Err(AppError::Validation(e)) => {
            let data = v::QuickPage {
                question: quick_question(&lang, &action, &item),
                note: action == "note",
                done: false,
                action: page.req.path().to_string(),
            };
            page.invalid("pages/actions/quick", &t(&lang, "action-quick-title"), &e, &data)
        }
        Err(e) => Err(e),
    }
}

/// The follow-up report of a meeting: each item agreed, its status and progress, overdue
/// count, and items by status over time (an SVG chart with the same figures as a table).
pub async fn event_report(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let e = crate::services::events::get(&page.state.db, path.into_inner()).await?;
    if !crate::services::events::can_view(&page.state.db, Some(&user), &e).await? {
        return Err(AppError::NotFound);
    }
    let lang = page.lang().to_string();
    let day = today(&page.viewer);
    let f = act::ItemFilter {
        event: Some(e.id),
        ..Default::default()
    };
    let items = act::all_matching(&page.state.db, &user, &f, day).await?;
    let orgs = org_names(&page.state).await?;
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
        let statuses = act::status_on(&page.state.db, &items, *p).await?;
        let counts: Vec<usize> = CHART_COLOURS
            .iter()
            .map(|(s, _)| statuses.iter().filter(|x| x.as_deref() == Some(*s)).count())
            .collect();
        series.push((p.to_string(), counts));
    }
    page.ok(
        "pages/actions/report",
        &t(&lang, "report-title"),
        v::ReportPage {
            event: event_ref(&e),
            rows: items.iter().map(|i| row(&lang, i, &orgs, day)).collect(),
            total: items.len(),
            done: items.iter().filter(|i| i.status == "done").count(),
            overdue,
            average: avg,
            chart: v::chart_svg(&lang, &series),
            legend: v::legend(&lang),
            table: v::chart_table(&series),
            statuses: CHART_COLOURS
                .iter()
                .map(|(s, _)| label(&lang, "action-status", s))
                .collect(),
            new_url: format!("/actions/new?event={}", e.id),
            list_url: format!("/actions?event={}", e.id),
        },
    )
}

pub async fn bulk(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ManageEvents)?.clone();
    let ids: Vec<i32> = form.all("ids").iter().filter_map(|v| v.parse().ok()).collect();
    let status = Some(form.get("bulk_status")).filter(|s| !s.is_empty());
    let owner = form.get("bulk_owner").parse::<i32>().ok();
    let back = views::local_path(form.get("back"))
        .filter(|b| b.starts_with("/actions"))
        .unwrap_or("/actions")
        .to_string();
    // A change to ticked items asks first; nothing ticked or nothing to change goes straight
    // to the refusal below.
    if !views::confirmed(&form) && !ids.is_empty() && (status.is_some() || owner.is_some()) {
        return bulk_confirm(&page, &ids, status, owner, &back).await;
    }
    match act::bulk(
        &page.state.db,
        &ids,
        status,
        owner,
        Some(user.id),
        Some(&page.state.notifier()),
    )
    .await
    {
        Ok(n) => {
            let msg = crate::i18n::t_args(page.lang(), "actions-bulk-done", &[("count", n.into())]);
            Ok(page.see_other(&back, Some(("success", &msg))))
        }
        Err(AppError::Validation(e)) => Ok(page.see_other(&back, Some(("error", &e.sentences(page.lang()))))),
        Err(e) => Err(e),
    }
}

/// The confirmation of a bulk change: how many items, and what changes.
async fn bulk_confirm(
    page: &Page,
    ids: &[i32],
    status: Option<&str>,
    owner: Option<i32>,
    back: &str,
) -> Result<HttpResponse, AppError> {
    let lang = page.lang();
    let mut consequences = vec![crate::i18n::t_args(
        lang,
        "actions-bulk-confirm-count",
        &[("count", ids.len().into())],
    )];
    if let Some(s) = status {
        let name = crate::i18n::label(lang, "action-status", s);
        consequences.push(crate::i18n::t_args(
            lang,
            "actions-bulk-confirm-status",
            &[("status", name.into())],
        ));
    }
    if let Some(o) = owner {
        let name = crate::services::directory::get_organization(&page.state.db, o)
            .await
            .map(|o| o.name)
            .unwrap_or_else(|_| o.to_string());
        consequences.push(crate::i18n::t_args(
            lang,
            "actions-bulk-confirm-owner",
            &[("owner", name.into())],
        ));
    }
    let field = |name: &str, value: String| views::HiddenField {
        name: name.into(),
        value,
    };
    let mut fields: Vec<views::HiddenField> = ids.iter().map(|id| field("ids", id.to_string())).collect();
    fields.push(field("bulk_status", status.unwrap_or_default().to_string()));
    fields.push(field("bulk_owner", owner.map(|o| o.to_string()).unwrap_or_default()));
    fields.push(field("back", back.to_string()));
    page.confirm(views::Confirm {
        heading: page.t("actions-bulk-confirm-title"),
        consequences,
        action: "/actions/bulk".into(),
        button: page.t("actions-bulk-submit"),
        back: back.to_string(),
        fields,
    })
}
