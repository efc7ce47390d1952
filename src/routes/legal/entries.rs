//! Country profiles, topic pages, entries (view, edit, save, propose) and "what changed".

use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::auth::{Action, Viewer};
use crate::error::{AppError, FieldErrors};
use crate::forms::Form;
use crate::i18n::t;
use crate::services::legal::{self as lg, EntryFields, EntryInput};
use crate::services::{countries, versions};
use crate::state::AppState;
use crate::views::legal as vl;
use crate::views::{self, Page, Pager};
use entity::{country, legal_topic};

use super::{actor, own_country, parse_date, query_one, today};

// ---------------------------------------------------------------------------------------------
// Country profile and topic page

pub async fn country_profile(page: Page, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let lang = page.lang().to_string();
    let c = countries::localized(page.lang(), lg::register_country(&page.state.db, &path).await?);
    let as_of = parse_date(&query_one(&page.req, "as_of"));
    let topics = lg::topics(&page.state.db, false).await?;
    let cells = lg::cells(&page.state.db, as_of, Some(&c.code), None).await?;
    let (rows, counts) = vl::country_rows(&lang, &c, &topics, &cells);
    let follows = lg::follows(&page.state.db, user.id).await?;
    let data = vl::CountryPage {
        base: vl::base(&page.state).await?,
        country: vl::country_view(&c),
        rows,
        counts,
        as_of: as_of.map(|d| d.to_string()),
        following: follows.iter().any(|(k, v)| k == "country" && *v == c.code),
        changes_url: format!("/legal/changes?country={}", c.code),
    };
    page.ok("pages/legal/country", &countries::display_name(&c), data)
}

pub async fn topic_page(page: Page, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let lang = page.lang().to_string();
    let tp = lg::topic_by_code(&page.state.db, &path).await?;
    let countries_list = lg::register_countries_in(&page.state.db, page.lang()).await?;
    let cells = lg::cells(&page.state.db, None, None, Some(tp.id)).await?;
    let (rows, chart) = vl::topic_rows(&lang, &tp, &countries_list, &cells);
    let follows = lg::follows(&page.state.db, user.id).await?;
    let data = vl::TopicPage {
        base: vl::base(&page.state).await?,
        topic: vl::topic_view(&lang, &tp),
        rows,
        chart,
        following: follows.iter().any(|(k, v)| k == "topic" && *v == tp.code),
        can_manage: page.viewer.can(Action::ManageLegalTopics),
        documents: crate::views::documents::linked_rows(
            &page.state,
            &page.viewer,
            "topic",
            std::slice::from_ref(&tp.code),
        )
        .await?,
        add_document_url: format!("/documents/new?topic={}", tp.code),
    };
    page.ok("pages/legal/topic", &lg::topic_name(&tp, &lang), data)
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
    let pending = lg::proposals(&page.state.db, &pending_filter, 1).await?.0;
    let data = vl::EntryPage {
        base: vl::base(&page.state).await?,
        topic: vl::topic_view(&lang, &tp),
        country: vl::country_view(&c),
        entry: vl::entry_view(&lang, &fields),
        exists: shown.is_some(),
        example: shown.as_ref().is_some_and(|x| x.example),
        version: shown.as_ref().map(|x| x.version),
        updated_at: shown.as_ref().and_then(|x| x.updated_at),
        as_of: as_of.map(|d| d.to_string()),
        history: vl::revisions(&lang, &history),
        items: vl::item_rows(&lang, &items),
        gap: lg::is_gap(&fields.assessment) && as_of.is_none(),
        mismatch: lg::assessment_mismatch(
            &fields.assessment,
            fields.parameter_value,
            tp.threshold,
            tp.threshold_kind.as_deref(),
        )
        .map(|key| crate::i18n::t(&lang, key)),
        can_edit,
        can_propose,
        can_create_item,
        new_item_url: format!("/actions/new?legal_topic={}&legal_country={}", tp.code, c.code),
        following_topic: follows.iter().any(|(k, v)| k == "topic" && *v == tp.code),
        following_country: follows.iter().any(|(k, v)| k == "country" && *v == c.code),
        pending: vl::pending_rows(&pending),
        documents: vl::entry_documents(&page.state, &user, &tp.code, &c.code).await?,
        add_document_url: format!("/documents/new?topic={}&country={}", tp.code, c.code),
    };
    page.ok(
        "pages/legal/entry",
        &format!("{} · {}", lg::topic_text(&tp, &lang).title, countries::display_name(&c)),
        data,
    )
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

const ENTRY_FORM: &str = "pages/legal/entry_form";

/// The entry form's title in `mode` ("edit" or "propose").
fn form_title(lang: &str, mode: &str) -> String {
    t(
        lang,
        if mode == "edit" {
            "legal-edit-title"
        } else {
            "legal-propose-title"
        },
    )
}

/// The entry form's page data: the cell's form in `mode` with `input` in the fields and
/// `comment` as the note or the proposal's comment, based on `version`.
async fn form_data<'a>(
    page: &Page,
    tp: &legal_topic::Model,
    c: &country::Model,
    input: &'a EntryFields,
    mode: &'a str,
    comment: &'a str,
    version: i32,
) -> Result<vl::EntryFormPage<'a>, AppError> {
    let base = vl::base(&page.state).await?;
    Ok(vl::entry_form(base, page.lang(), tp, c, input, mode, comment, version))
}

pub async fn edit_form(page: Page, path: web::Path<(String, String)>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let (tp, c) = cell_of(&page.state, &path.0, &path.1).await?;
    let mode = form_mode(&page.state, &page.viewer, &c).await?;
    let (version, current) = lg::stored_entry(&page.state.db, tp.id, &c.code).await?;
    let current = EntryFields::from_fields(&current);
    let data = form_data(&page, &tp, &c, &current, mode, "", version).await?;
    page.ok(ENTRY_FORM, &form_title(page.lang(), mode), data)
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
            let data = form_data(&page, &tp, &c, &input, "edit", form.get("note"), based_on).await?;
            return page.invalid(ENTRY_FORM, &form_title(&lang, "edit"), &e, &data);
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
            let (version, current) = lg::stored_entry(&page.state.db, tp.id, &c.code).await?;
            return page.stale(
                ENTRY_FORM,
                &form_title(&lang, "edit"),
                &form_data(&page, &tp, &c, &input, "edit", form.get("note"), version).await?,
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
    page.done(&format!("/legal/entries/{}/{}", tp.code, c.code), msg)
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
        Ok(_) => page.done(&format!("/legal/entries/{}/{}", tp.code, c.code), "legal-proposal-sent"),
        Err(AppError::Validation(e)) => page.invalid(
            ENTRY_FORM,
            &form_title(&lang, "propose"),
            &e,
            &form_data(&page, &tp, &c, &input, "propose", &comment, 0).await?,
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
                .filter(|t| lg::in_category(t, &f.category))
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
    let countries_list = lg::register_countries_in(&page.state.db, page.lang()).await?;
    let page_no = crate::services::paging::number(f.page);
    let base_q = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("since", &since.to_string())
        .append_pair("until", f.until.trim())
        .append_pair("country", f.country.trim())
        .append_pair("category", f.category.trim())
        .append_pair("topic", f.topic.trim())
        .finish();
    let pager = (f.print != "all").then(|| Pager::new("/legal/changes", &base_q, page_no, lg::CHANGES_PER_PAGE, total));
    let data = vl::ChangesPage {
        base: vl::base(&page.state).await?,
        rows: vl::change_rows(&lang, &revs, &topics, &countries_list),
        total,
        since: since.to_string(),
        filter: vl::ChangesFilterView::new(&f),
        countries: countries_list.iter().map(vl::country_view).collect(),
        categories: vl::category_options(&topics, &lang),
        events: vl::event_refs(&recent_events),
        pager,
        print_url: format!("/legal/changes?{base_q}&print=all"),
        printing: f.print == "all",
    };
    page.ok("pages/legal/changes", &t(&lang, "legal-changes-title"), data)
}
