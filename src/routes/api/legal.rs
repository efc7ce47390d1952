//! `/api/v1/legal/...`: the legal-disparity register. Every signed-in role reads; legal
//! reviewers and the secretariat write entries; members propose changes for their country.

use actix_web::{HttpResponse, web};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::EntityTrait;
use serde::{Deserialize, Serialize};

use crate::auth::Action;
use crate::error::AppError;
use crate::services::legal::{self as lg, EntryFields, EntryInput, RevisionView};
use crate::state::AppState;
use crate::views::Page;
use entity::legal_topic;

/// A topic: its category, title and question in the language of the call's `Accept-Language`
/// (English without one, or where the topic has no translation).
#[derive(Serialize, utoipa::ToSchema)]
pub struct TopicDto {
    pub code: String,
    /// Also accepted by the `category` filter of the entries, as is the English name.
    pub category: String,
    pub title: String,
    pub question: String,
    pub cets_197: Option<String>,
    pub directive_2011_36: Option<String>,
    pub palermo_protocol: Option<String>,
    pub parameter: Option<String>,
    pub unit: Option<String>,
    pub threshold: Option<f64>,
    /// `min` or `max`.
    pub threshold_kind: Option<String>,
    pub retired: bool,
}

fn topic_dto(lang: &str, t: &legal_topic::Model) -> TopicDto {
    let text = lg::topic_text(t, lang);
    TopicDto {
        code: t.code.clone(),
        category: text.category,
        title: text.title,
        question: text.question,
        cets_197: t.cets197.clone(),
        directive_2011_36: t.directive.clone(),
        palermo_protocol: t.palermo.clone(),
        parameter: t.parameter.clone(),
        unit: t.unit.clone(),
        threshold: t.threshold,
        threshold_kind: t.threshold_kind.clone(),
        retired: t.retired,
    }
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct EntryDto {
    pub topic_code: String,
    pub country: String,
    /// 0 when the cell has never been assessed.
    pub version: i32,
    /// Fictional demo content.
    pub example: bool,
    pub updated_at: Option<DateTime<Utc>>,
    pub entry: EntryInput,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct EntryList {
    pub entries: Vec<EntryDto>,
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[serde(default)]
pub struct EntryQuery {
    /// Country code, e.g. AL.
    pub country: String,
    /// Topic code, e.g. RES-01.
    pub topic: String,
    pub category: String,
    /// aligned, partly_aligned, not_aligned, no_provision or not_assessed.
    pub assessment: String,
    /// The register as it stood at the end of this date (YYYY-MM-DD).
    pub as_of: String,
}

#[derive(Deserialize, Serialize, Default, utoipa::ToSchema)]
#[serde(default)]
pub struct ProposalBody {
    pub entry: EntryFields,
    /// Why the change is needed (required).
    pub comment: String,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ProposalDto {
    pub id: i32,
    pub status: String,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ChangeList {
    pub changes: Vec<RevisionView>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[serde(default)]
pub struct ChangesQuery {
    /// YYYY-MM-DD (required).
    pub since: String,
    pub until: String,
    pub country: String,
    #[serde(deserialize_with = "crate::services::paging::deserialize")]
    pub page: Option<u64>,
}

/// The topic catalogue, in register order.
#[utoipa::path(get, path = "/api/v1/legal/topics",
    responses((status = 200, body = Vec<TopicDto>), super::Unauthorized))]
pub async fn topics(Page { state, viewer, .. }: Page) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let lang = viewer.lang();
    let list: Vec<TopicDto> = lg::topics(&state.db, false)
        .await?
        .iter()
        .map(|t| topic_dto(lang, t))
        .collect();
    Ok(HttpResponse::Ok().json(list))
}

fn parse_date(s: &str) -> Result<Option<NaiveDate>, AppError> {
    if s.trim().is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map(Some)
        .map_err(|_| AppError::BadRequest(crate::i18n::msg("api-error-date")))
}

/// A filter of at most one value: none when it is left empty.
fn one_or_none(v: &str) -> Vec<String> {
    let v = v.trim();
    if v.is_empty() { vec![] } else { vec![v.to_string()] }
}

/// Every cell of the register (never-assessed cells included as `not_assessed`), filtered.
#[utoipa::path(get, path = "/api/v1/legal/entries", params(EntryQuery),
    responses((status = 200, body = EntryList), super::Unauthorized))]
pub async fn entries(Page { state, viewer, .. }: Page, q: web::Query<EntryQuery>) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let f = lg::CellFilter {
        category: q.category.clone(),
        assessment: q.assessment.clone(),
        countries: one_or_none(&q.country),
        topics: one_or_none(&q.topic),
        as_of: parse_date(&q.as_of)?,
    };
    let out: Vec<EntryDto> = lg::filtered_cells(&state.db, &f)
        .await?
        .into_iter()
        .map(|(t, country, cell, entry)| EntryDto {
            topic_code: t.code,
            country,
            version: cell.as_ref().map(|x| x.version).unwrap_or(0),
            example: cell.as_ref().is_some_and(|x| x.example),
            updated_at: cell.as_ref().and_then(|x| x.updated_at),
            entry,
        })
        .collect();
    Ok(HttpResponse::Ok().json(EntryList { entries: out }))
}

async fn one(state: &AppState, topic: &str, country: &str) -> Result<EntryDto, AppError> {
    let (t, c) = lg::cell_at(&state.db, topic, country).await?;
    let e = lg::entry(&state.db, t.id, &c.code).await?;
    Ok(EntryDto {
        topic_code: t.code,
        country: c.code,
        version: e.as_ref().map(|e| e.version).unwrap_or(0),
        example: e.as_ref().is_some_and(|e| e.example),
        updated_at: e.as_ref().map(|e| e.updated_at),
        entry: e
            .as_ref()
            .map(EntryInput::from_model)
            .unwrap_or_else(EntryInput::not_assessed),
    })
}

/// One cell: a topic in a country.
#[utoipa::path(get, path = "/api/v1/legal/entries/{topic}/{country}",
    params(("topic" = String, Path, description = "Topic code"), ("country" = String, Path, description = "Country code")),
    responses((status = 200, body = EntryDto, headers(("ETag" = String, description = "The entry's version, quoted (\"0\" for a cell never assessed); send it as If-Match with PUT"))),
        super::NotFound))]
pub async fn entry(
    Page { state, viewer, .. }: Page,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let dto = one(&state, &path.0, &path.1).await?;
    Ok(super::versioned(dto.version, &dto))
}

/// Replace a cell's content (legal reviewers and the secretariat). Recorded as a revision.
/// Send `If-Match` with the ETag from GET: a cell changed since then is not overwritten (412).
#[utoipa::path(put, path = "/api/v1/legal/entries/{topic}/{country}", request_body = EntryFields,
    params(("topic" = String, Path, description = "Topic code"), ("country" = String, Path, description = "Country code"),
        ("If-Match" = String, Header, description = "The ETag from GET of this entry, e.g. \"3\"")),
    responses((status = 200, body = EntryDto, headers(("ETag" = String, description = "The new version"))),
        super::WriteErrors,
        (status = 412, body = super::ErrorBody, description = "The entry changed after the version in If-Match; `current_version` says which it is at"),
        (status = 428, body = super::ErrorBody, description = "If-Match is missing")))]
pub async fn put_entry(
    Page { state, viewer, req }: Page,
    path: web::Path<(String, String)>,
    body: super::Json<EntryFields>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::EditRegister)?.clone();
    let (t, c) = lg::cell_at(&state.db, &path.0, &path.1).await?;
    let based_on = super::if_match(&req)?;
    let fields = body.parse(&t, &c).map_err(AppError::Validation)?;
    let txn = crate::db::begin_write(&state.db).await?;
    lg::save_entry_based_on(
        &txn,
        Some(&state.notifier()),
        &t,
        &c,
        &fields,
        &lg::Change {
            actor: lg::Actor {
                user_id: Some(user.id),
                name: user.name.clone(),
            },
            source: "api",
            note: None,
            example: false,
            at: None,
        },
        Some(based_on),
    )
    .await
    .map_err(super::precondition)?;
    txn.commit().await?;
    let dto = one(&state, &t.code, &c.code).await?;
    Ok(super::versioned(dto.version, &dto))
}

/// Every revision of a cell, newest first.
#[utoipa::path(get, path = "/api/v1/legal/entries/{topic}/{country}/history",
    params(("topic" = String, Path, description = "Topic code"), ("country" = String, Path, description = "Country code")),
    responses((status = 200, body = Vec<RevisionView>), super::NotFound))]
pub async fn history(
    Page { state, viewer, .. }: Page,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let (t, c) = lg::cell_at(&state.db, &path.0, &path.1).await?;
    let list = match lg::entry(&state.db, t.id, &c.code).await? {
        Some(e) => lg::history(&state.db, e.id).await?,
        None => vec![],
    };
    Ok(HttpResponse::Ok().json(list))
}

/// Propose a change to a cell of your organization's country (members).
#[utoipa::path(post, path = "/api/v1/legal/entries/{topic}/{country}/proposals", request_body = ProposalBody,
    params(("topic" = String, Path, description = "Topic code"), ("country" = String, Path, description = "Country code")),
    responses((status = 201, body = ProposalDto), super::WriteErrors))]
pub async fn propose(
    Page { state, viewer, .. }: Page,
    path: web::Path<(String, String)>,
    body: super::Json<ProposalBody>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ViewNetwork)?.clone();
    let (t, c) = lg::cell_at(&state.db, &path.0, &path.1).await?;
    let own = match user.organization_id {
        Some(o) => entity::organization::Entity::find_by_id(o)
            .one(&state.db)
            .await?
            .is_some_and(|o| o.country_code == c.code),
        None => false,
    };
    viewer.require(Action::ProposeLegalChange { own_country: own })?;
    let mut errors = crate::error::FieldErrors::default();
    let fields = match body.entry.parse(&t, &c) {
        Ok(f) => Some(f),
        Err(e) => {
            errors = e;
            None
        }
    };
    let comment = crate::services::validate::required(&mut errors, "comment", &body.comment, 4_000);
    let Some(fields) = fields.filter(|_| errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    let p = lg::propose(&state.db, &t, &c, &fields, &comment, user.id).await?;
    Ok(HttpResponse::Created().json(ProposalDto {
        id: p.id,
        status: p.status,
    }))
}

/// Every change since a date (newest first, 100 per page).
#[utoipa::path(get, path = "/api/v1/legal/changes", params(ChangesQuery),
    responses((status = 200, body = ChangeList), (status = 400, body = super::ErrorBody)))]
pub async fn changes(Page { state, viewer, .. }: Page, q: web::Query<ChangesQuery>) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let Some(since) = parse_date(&q.since)? else {
        return Err(AppError::BadRequest(crate::i18n::msg("api-error-since")));
    };
    parse_date(&q.until)?;
    let f = lg::ChangesFilter {
        since: q.since.clone(),
        until: q.until.clone(),
        country: q.country.clone(),
        page: q.page,
        ..Default::default()
    };
    let (changes, total) = lg::changes_since(&state.db, since, &f, None).await?;
    Ok(HttpResponse::Ok().json(ChangeList {
        changes,
        total,
        page: crate::services::paging::number(q.page),
        per_page: lg::CHANGES_PER_PAGE,
    }))
}
