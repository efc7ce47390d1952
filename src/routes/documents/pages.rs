//! The document list, the forms to add and edit, one document with its versions, and follows.

use actix_web::{HttpRequest, HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::{load, load_editable, may_edit};
use crate::auth::{Action, CurrentUser, Viewer};
use crate::error::{AppError, FieldErrors};
use crate::forms::Form;
use crate::i18n::{msg, t, t_args};
use crate::routes::uploads;
use crate::services::documents::{self as docs, DocFilter, DocInput};
use crate::services::{countries, versions};
use crate::state::AppState;
use crate::views::documents::{self as v, DocumentForm, rows};
use crate::views::{self, Page, Pager};
use entity::{agenda_item, document, event, legal_topic, organization};

// ---------------------------------------------------------------------------------------------
// The list

pub async fn index(page: Page, q: web::Query<DocFilter>) -> Result<HttpResponse, AppError> {
    let f = q.into_inner();
    let (list, total) = docs::list(&page.state.db, page.viewer.user.as_ref(), &f).await?;
    let page_no = crate::services::paging::number(f.page);
    let base_query: String = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(
            [
                ("doc_type", f.doc_type.as_str()),
                ("country", f.country.as_str()),
                ("topic", f.topic.as_str()),
                ("language", f.language.as_str()),
                ("lifecycle", f.lifecycle.as_str()),
                ("archived", f.archived.as_str()),
            ]
            .into_iter()
            .filter(|(_, v)| !v.is_empty()),
        )
        .finish();
    let countries_list = countries::all_in(&page.state.db, page.lang()).await?;
    let topics = v::topic_choices(page.lang(), &topics(&page.state).await?, std::slice::from_ref(&f.topic));
    let following = match &page.viewer.user {
        Some(u) if !f.doc_type.is_empty() => crate::services::legal::follows(&page.state.db, u.id)
            .await?
            .iter()
            .any(|(k, t)| k == "doctype" && *t == f.doc_type),
        _ => false,
    };
    let choices = v::list_choices(page.lang(), &f, &countries_list);
    page.ok(
        "pages/documents/index",
        &page.t("documents-title"),
        v::DocumentList {
            documents: rows(&page.state, page.lang(), &list).await?,
            total,
            pager: Pager::new("/documents", &base_query, page_no, docs::PER_PAGE, total),
            types: choices.types,
            lifecycles: choices.lifecycles,
            languages: choices.languages,
            countries: choices.countries,
            topics,
            can_create: page.viewer.can_create_document(),
            signed_in: page.viewer.user.is_some(),
            type_label: docs::type_label(page.lang(), &f.doc_type),
            following_type: following,
            showing_archived: f.archived == "1",
            filter: f,
        },
    )
}

/// The register topics in use, in register order.
async fn topics(state: &AppState) -> Result<Vec<legal_topic::Model>, AppError> {
    Ok(legal_topic::Entity::find()
        .filter(legal_topic::Column::Retired.eq(false))
        .order_by_asc(legal_topic::Column::Position)
        .all(&state.db)
        .await?)
}

// ---------------------------------------------------------------------------------------------
// Add and edit

/// The form for `input`, with everything it needs besides the values.
async fn form_data<'a>(
    state: &AppState,
    viewer: &Viewer,
    input: &'a DocInput,
    doc: Option<&document::Model>,
    note: &'a str,
) -> Result<DocumentForm<'a>, AppError> {
    let user = viewer.signed_in()?;
    let countries_list = countries::all_in(&state.db, viewer.lang()).await?;
    let orgs = if user.is_secretariat() {
        organization::Entity::find()
            .filter(organization::Column::Archived.eq(false))
            .order_by_asc(organization::Column::Name)
            .all(&state.db)
            .await?
    } else {
        vec![]
    };
    let own_org = match user.organization_id {
        Some(id) => organization::Entity::find_by_id(id)
            .one(&state.db)
            .await?
            .map(|o| o.name),
        None => None,
    };
    // Events: upcoming and from the last two years, plus any already linked.
    let since = crate::db::now() - chrono::Duration::days(730);
    let events = event::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(event::Column::StartsAt.gte(since))
                .add(event::Column::Id.is_in(input.events.clone())),
        )
        .filter(crate::services::events::visible_to(Some(user)))
        .order_by_desc(event::Column::StartsAt)
        .limit(200)
        .all(&state.db)
        .await?;
    let items = if input.events.is_empty() {
        vec![]
    } else {
        agenda_item::Entity::find()
            .filter(agenda_item::Column::EventId.is_in(input.events.clone()))
            .order_by_asc(agenda_item::Column::Day)
            .order_by_asc(agenda_item::Column::StartTime)
            .all(&state.db)
            .await?
    };
    let topics = topics(state).await?;
    Ok(v::form(
        viewer.lang(),
        input,
        doc,
        note,
        v::FormSources {
            lang: viewer.lang(),
            countries: &countries_list,
            topics: &topics,
            events: &events,
            agenda: &items,
            orgs: &orgs,
            own_org,
            is_secretariat: user.is_secretariat(),
            may_adopt: viewer.can(Action::AdoptDocument),
            limit: views::human_size(state.settings.upload_limit).text(viewer.lang()),
        },
    ))
}

pub async fn new_form(page: Page) -> Result<HttpResponse, AppError> {
    let user = require_create(&page.viewer)?;
    let mut input = DocInput {
        visibility: "network".into(),
        doc_type: "guideline".into(),
        owner_org_id: if user.is_secretariat() {
            None
        } else {
            user.organization_id
        },
        ..Default::default()
    };
    // "Add a document" from an event page, an agenda item or a register topic.
    let qs: Vec<(String, String)> = url::form_urlencoded::parse(page.req.query_string().as_bytes())
        .into_owned()
        .collect();
    for (k, v) in qs {
        match k.as_str() {
            "event" => input.events.extend(v.parse::<i32>().ok()),
            "agenda" => input.agenda.extend(v.parse::<i32>().ok()),
            "topic" => input.topics.push(v),
            "country" => input.countries.push(v.to_uppercase()),
            _ => {}
        }
    }
    let data = form_data(&page.state, &page.viewer, &input, None, "").await?;
    page.ok("pages/documents/form", &page.t("document-new-title"), data)
}

fn require_create(viewer: &Viewer) -> Result<&CurrentUser, AppError> {
    let user = viewer.signed_in()?;
    if viewer.can_create_document() {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}

/// Checks who may set the owner and the lifecycle, and what the input refers to.
async fn check_input(
    state: &AppState,
    viewer: &Viewer,
    user: &CurrentUser,
    input: &mut DocInput,
    doc: Option<&document::Model>,
    errors: &mut FieldErrors,
) -> Result<(), AppError> {
    if !user.is_secretariat() {
        // Members always file for their own organization.
        input.owner_org_id = match doc {
            Some(d) => d.owner_org_id,
            None => user.organization_id,
        };
    }
    let keeps_lifecycle = doc.is_some_and(|d| d.lifecycle == input.lifecycle);
    if matches!(input.lifecycle.as_str(), "adopted" | "superseded")
        && !keeps_lifecycle
        && !viewer.can(Action::AdoptDocument)
    {
        errors.add("lifecycle", msg("document-error-adopt"));
    }
    docs::check_refs(&state.db, user, input, doc.map(|d| d.id), errors).await
}

pub async fn create(page: Page, payload: actix_multipart::Multipart) -> Result<HttpResponse, AppError> {
    let user = require_create(&page.viewer)?.clone();
    let got = uploads::receive_page(&page, payload).await?;
    let (mut input, mut errors) = got.form.parse::<docs::DocFields>()?.parse();
    check_input(&page.state, &page.viewer, &user, &mut input, None, &mut errors).await?;
    let note = got.form.get("note").to_string();
    if got.no_room {
        return no_room_form(&page.state, &page.viewer, &page.req, &input, &note).await;
    }
    match &got.upload {
        Ok(None) => errors.add("file", msg("upload-choose-file")),
        Err(problem) => errors.add("file", problem.clone()),
        Ok(Some(_)) => {}
    }
    if !errors.is_empty() {
        got.discard().await;
        let data = form_data(&page.state, &page.viewer, &input, None, &note).await?;
        return page.invalid("pages/documents/form", &page.t("document-new-title"), &errors, &data);
    }
    let Ok(Some(upload)) = &got.upload else {
        return Err(AppError::internal("upload vanished"));
    };
    let created = docs::create(
        &page.state.db,
        page.state.store.as_ref(),
        Some(&page.state.notifier()),
        &user,
        &input,
        upload,
        &note,
    )
    .await;
    let doc = match created {
        Err(AppError::InsufficientStorage(detail)) => {
            tracing::error!(error = %detail, "no room to store an upload");
            return no_room_form(&page.state, &page.viewer, &page.req, &input, &note).await;
        }
        other => other?,
    };
    page.done(&format!("/documents/{}", doc.id), "document-created")
}

/// The add form again, as typed, with status 507 and the sentence beside the file: the disk
/// holding documents is full and nothing was saved.
async fn no_room_form(
    state: &AppState,
    viewer: &Viewer,
    req: &HttpRequest,
    input: &DocInput,
    note: &str,
) -> Result<HttpResponse, AppError> {
    let mut errors = FieldErrors::default();
    errors.add("file", crate::error::no_room());
    let mut data = form_data(state, viewer, input, None, note).await?;
    data.errors = errors.text(viewer.lang());
    data.has_errors = true;
    views::render(
        state,
        viewer,
        req,
        actix_web::http::StatusCode::INSUFFICIENT_STORAGE,
        "pages/documents/form",
        &t(viewer.lang(), "document-new-title"),
        data,
    )
}

pub async fn edit_form(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let d = load_editable(&page.state, &page.viewer, path.into_inner()).await?;
    let links = docs::links(&page.state.db, d.id).await?;
    let input = DocInput::from_model(&d, &links);
    let data = form_data(&page.state, &page.viewer, &input, Some(&d), "").await?;
    let data = views::with_version(&data, d.version)?;
    page.ok("pages/documents/form", &edit_title(&page, &d), data)
}

pub async fn update(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let d = load_editable(&page.state, &page.viewer, path.into_inner()).await?;
    let user = page.viewer.signed_in()?.clone();
    let based_on = versions::from_form(form.get("version"))?;
    let (mut input, mut errors) = form.parse::<docs::DocFields>()?.parse();
    check_input(&page.state, &page.viewer, &user, &mut input, Some(&d), &mut errors).await?;
    if !errors.is_empty() {
        let data = form_data(&page.state, &page.viewer, &input, Some(&d), "").await?;
        return page.invalid_edit("pages/documents/form", &edit_title(&page, &d), &errors, &data, based_on);
    }
    match docs::update(&page.state.db, &d, &input, based_on).await {
        Ok(_) => {}
        Err(AppError::StaleEdit { .. }) => {
            let lang = page.lang().to_string();
            let now = docs::visible(&page.state.db, page.viewer.user.as_ref(), d.id).await?;
            let current = DocInput::from_model(&now, &docs::links(&page.state.db, d.id).await?);
            let data = form_data(&page.state, &page.viewer, &input, Some(&now), "").await?;
            return page.stale(
                "pages/documents/form",
                &edit_title(&page, &now),
                &data,
                views::Stale::new(now.version, &input, &current, &|f| {
                    t(&lang, &format!("doc-field-{}", f.replace('_', "-")))
                })?,
            );
        }
        Err(e) => return Err(e),
    }
    page.done(&format!("/documents/{}", d.id), "document-saved")
}

/// "Edit: <title>", the edit form's title.
fn edit_title(page: &Page, d: &document::Model) -> String {
    t_args(page.lang(), "document-edit-title", &[("title", d.title.clone().into())])
}

// ---------------------------------------------------------------------------------------------
// One document

/// Document `id` if the viewer may see it (none for no id, or one they may not see).
async fn doc_ref(state: &AppState, viewer: &Viewer, id: Option<i32>) -> Result<Option<document::Model>, AppError> {
    let Some(id) = id else { return Ok(None) };
    match docs::visible(&state.db, viewer.user.as_ref(), id).await {
        Ok(d) => Ok(Some(d)),
        Err(AppError::NotFound | AppError::Unauthorized) => Ok(None),
        Err(e) => Err(e),
    }
}

pub async fn show(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let d = load(&page.state, &page.viewer, path.into_inner()).await?;
    let versions = docs::versions(&page.state.db, d.id).await?;
    let links = docs::links(&page.state.db, d.id).await?;
    let pick = |k: &str| -> Vec<String> { links.iter().filter(|l| l.kind == k).map(|l| l.target.clone()).collect() };
    let countries_list = countries::all_in(&page.state.db, page.lang()).await?;
    let topics = legal_topic::Entity::find()
        .filter(legal_topic::Column::Code.is_in(pick("topic")))
        .order_by_asc(legal_topic::Column::Position)
        .all(&page.state.db)
        .await?;
    let event_ids: Vec<i32> = pick("event").iter().filter_map(|s| s.parse().ok()).collect();
    let events = event::Entity::find()
        .filter(event::Column::Id.is_in(event_ids))
        .filter(crate::services::events::visible_to(page.viewer.user.as_ref()))
        .order_by_desc(event::Column::StartsAt)
        .all(&page.state.db)
        .await?;
    let item_ids: Vec<i32> = pick("agenda").iter().filter_map(|s| s.parse().ok()).collect();
    let visible_events: Vec<i32> = events.iter().map(|e| e.id).collect();
    let agenda = agenda_item::Entity::find()
        .filter(agenda_item::Column::Id.is_in(item_ids))
        .filter(agenda_item::Column::EventId.is_in(visible_events))
        .all(&page.state.db)
        .await?;
    let (variants, superseded_by) = docs::related(&page.state.db, page.viewer.user.as_ref(), &d).await?;
    let owner = match d.owner_org_id {
        Some(o) => organization::Entity::find_by_id(o).one(&page.state.db).await?,
        None => None,
    };
    let following: Vec<(String, String)> = match &page.viewer.user {
        Some(u) => crate::services::legal::follows(&page.state.db, u.id).await?,
        None => vec![],
    };
    let sources = v::PageSources {
        lang: page.lang(),
        versions: &versions,
        countries: countries_list
            .iter()
            .filter(|c| pick("country").contains(&c.code))
            .collect(),
        topics: &topics,
        events: &events,
        agenda: &agenda,
        owner,
        variant_of: doc_ref(&page.state, &page.viewer, d.variant_of_id).await?,
        supersedes: doc_ref(&page.state, &page.viewer, d.supersedes_id).await?,
        variants: &variants,
        superseded_by: &superseded_by,
        can_edit: may_edit(&page.viewer, &d),
        signed_in: page.viewer.user.is_some(),
        following_type: following.iter().any(|(k, t)| k == "doctype" && *t == d.doc_type),
        limit: views::human_size(page.state.settings.upload_limit).text(page.lang()),
    };
    page.ok("pages/documents/show", &d.title, v::page(page.lang(), &d, sources))
}

pub async fn follow(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.signed_in()?;
    let doc_type = form.get("doc_type");
    if !docs::TYPES.contains(&doc_type) {
        return Err(AppError::BadRequest(msg("document-error-unknown-type")));
    }
    let on = form.get("on") != "0";
    crate::services::legal::set_follow(&page.state.db, user.id, "doctype", doc_type, on).await?;
    let back = views::local_path(form.get("back"))
        .filter(|b| b.starts_with("/documents"))
        .unwrap_or("/documents")
        .to_string();
    if !on {
        return page.done(&back, "document-unfollowed");
    }
    let done = t_args(
        page.lang(),
        "document-followed",
        &[("type", docs::type_label(page.lang(), doc_type).to_lowercase().into())],
    );
    Ok(page.see_other(&back, Some(("success", &done))))
}
