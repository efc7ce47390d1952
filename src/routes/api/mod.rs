//! The JSON API under `/api/v1/`: the same services and the same policy as the pages,
//! authenticated with personal API tokens (`Authorization: Bearer rt_...`).

pub mod actions;
pub mod documents;
pub mod events;
pub mod figures;
pub mod hsds;
pub mod legal;
pub mod organizations;
pub mod pathways;
pub mod people;
pub mod services;

use std::future::Future;
use std::pin::Pin;

use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, HttpResponse, dev::Payload, web};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::AppError;
use crate::i18n::msg;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::services::directory::{OrganizationFields, PersonFields, ServiceFields};

/// Largest JSON body accepted.
pub const JSON_LIMIT: usize = 256 * 1024;

/// The JSON body of an API request. Unlike `web::Json` it refuses a NUL character anywhere in
/// the body (PostgreSQL cannot store one) and answers a plain sentence, never the parser's
/// wording, when the body does not fit.
pub struct Json<T>(pub T);

impl<T> Json<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for Json<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

fn has_nul(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::String(s) => s.contains('\0'),
        serde_json::Value::Array(a) => a.iter().any(has_nul),
        serde_json::Value::Object(o) => o.iter().any(|(k, v)| k.contains('\0') || has_nul(v)),
        _ => false,
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for Json<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let json_type = req
            .headers()
            .get(actix_web::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|v| v.trim().to_ascii_lowercase())
            .is_some_and(|v| v == "application/json" || v.ends_with("+json"));
        let body = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            if !json_type {
                return Err(AppError::BadRequest(msg("input-not-json-type")));
            }
            let bytes = body
                .await
                .map_err(|_| AppError::BadRequest(msg("input-body-unreadable")))?;
            if bytes.len() > JSON_LIMIT {
                return Err(AppError::BadRequest(msg("input-body-too-large")));
            }
            let value: serde_json::Value =
                serde_json::from_slice(&bytes).map_err(|_| AppError::BadRequest(msg("input-not-json")))?;
            if has_nul(&value) {
                return Err(AppError::nul());
            }
            serde_json::from_value(value)
                .map(Json)
                .map_err(|e| AppError::BadRequest(crate::error::input_problem("body", &e.to_string())))
        })
    }
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    pub status: u16,
    /// Stable machine-readable code, e.g. `validation_failed`, `not_found`, `forbidden`.
    pub code: String,
    pub message: String,
    /// Field name -> message, for `validation_failed`.
    pub fields: std::collections::BTreeMap<String, String>,
    /// For `precondition_failed` (412) and `stale_edit` (409): the version the record is at now;
    /// send it back as `If-Match` after merging.
    pub current_version: Option<i32>,
}

/// The refusals of a write: not allowed (403) or invalid fields (422).
#[derive(utoipa::IntoResponses)]
pub enum WriteErrors {
    #[response(status = 403)]
    Forbidden(ErrorBody),
    #[response(status = 422)]
    Invalid(ErrorBody),
}

/// Not signed in.
#[derive(utoipa::IntoResponses)]
pub enum Unauthorized {
    #[response(status = 401)]
    Unauthorized(ErrorBody),
}

/// No such record (or none the caller may see).
#[derive(utoipa::IntoResponses)]
pub enum NotFound {
    #[response(status = 404)]
    NotFound(ErrorBody),
}

/// The version a `PUT` is based on.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Header)]
pub struct IfMatch {
    /// The ETag from GET
    #[param(rename = "If-Match")]
    pub if_match: String,
}

/// The answers of a `PUT` that needs `If-Match` when the version does not fit.
#[derive(utoipa::IntoResponses)]
pub enum IfMatchErrors {
    #[response(
        status = 412,
        description = "Changed after the version in If-Match; `current_version` says which it is at"
    )]
    Changed(ErrorBody),
    #[response(status = 428, description = "If-Match is missing")]
    Missing(ErrorBody),
}

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("A personal API token from Settings"))
                    .build(),
            ),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Roundtable API", version = "1", description = "Member directory of the regional network. Authenticate with a personal API token: `Authorization: Bearer rt_...`."),
    paths(
        actions::list, actions::get, actions::create, actions::update, actions::comments, actions::add_comment,
        events::list, events::get,
        documents::list, documents::get, documents::versions, documents::create, documents::add_version,
        documents::download, documents::download_version, documents::search_api,
        hsds::services_json, hsds::datapackage, hsds::import,
        legal::topics, legal::entries, legal::entry, legal::put_entry, legal::history, legal::propose, legal::changes,
        organizations::list, organizations::get, organizations::create, organizations::update,
        people::list, people::get, people::create, people::update,
        services::list, services::get, services::create, services::update,
        pathways::list, pathways::get, pathways::create, pathways::update, pathways::matrix, pathways::find,
        figures::report, figures::get_sheet, figures::put_sheet,
    ),
    components(schemas(
        actions::ActionItemDto, actions::ActionItemList, actions::ChangeDto, actions::CommentBody,
        crate::services::actions::ItemFields,
        documents::DocumentDto, documents::DocumentList, documents::VersionDto,
        documents::SearchAnswer, documents::SearchGroup, documents::SearchHit,
        events::EventDto, events::EventList, events::AgendaItemDto, events::ParticipantDto,
        legal::TopicDto, legal::EntryDto, legal::EntryList, legal::ProposalBody, legal::ProposalDto, legal::ChangeList,
        crate::services::legal::EntryInput, crate::services::legal::EntryFields, crate::services::legal::RevisionView, crate::services::legal::FieldChange,
        ErrorBody, ErrorDetail, OrganizationFields, ServiceFields, PersonFields,
        organizations::OrganizationDto, organizations::OrganizationList, organizations::ServiceDto,
        people::PersonDto, people::PersonList,
        services::ServiceDto, services::ServiceList, services::ServiceContactDto, services::CapacityDto,
        services::CapacityTotalDto, crate::services::support::SupportServiceFields,
        pathways::PathwayBody, pathways::StepBody, pathways::BarrierBody, pathways::PathwayDto, pathways::PathwayList,
        pathways::MatrixDto, pathways::MatrixCellDto, pathways::MatrixEntryDto,
        pathways::FoundList, pathways::FoundServiceDto, pathways::FoundCapacityDto, pathways::FoundContactDto,
        figures::FiguresReport, figures::FigureTable, figures::FigureOccupancy, figures::FigureOccupancyRow,
        figures::FigureCapacityAtRisk, figures::FigureBreakdown, figures::SheetDto, figures::SheetBody,
        hsds::HsdsImportProblem, hsds::HsdsImportErrors, crate::services::hsds::import::Summary,
    )),
    modifiers(&BearerAuth),
    security(("bearer" = []))
)]
pub struct ApiDoc;

pub fn openapi_document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

pub async fn openapi_json() -> HttpResponse {
    HttpResponse::Ok().json(openapi_document())
}

/// A stored comma-separated list (tags, country codes) as a list, without blanks.
pub fn comma_list(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// The `ETag` of a record at `version`: the version number, quoted (a strong validator).
pub fn etag(version: i32) -> (header::HeaderName, String) {
    (header::ETAG, format!("\"{version}\""))
}

/// 200 with the record and its version as the `ETag`.
pub fn versioned<T: Serialize>(version: i32, body: &T) -> HttpResponse {
    HttpResponse::Ok().insert_header(etag(version)).json(body)
}

/// 201 with the new record's API address in `Location`; the body follows.
pub fn created(location: String) -> actix_web::HttpResponseBuilder {
    let mut answer = HttpResponse::Created();
    answer.insert_header((header::LOCATION, location));
    answer
}

/// The version a `PUT` is based on, from `If-Match` (the ETag from GET). Missing: 428, so a
/// client that does not know about versions cannot overwrite changes it never saw.
pub fn if_match(req: &HttpRequest) -> Result<i32, AppError> {
    let Some(value) = req.headers().get(header::IF_MATCH) else {
        return Err(AppError::PreconditionRequired);
    };
    value
        .to_str()
        .ok()
        .map(str::trim)
        .and_then(|v| v.strip_prefix('"')?.strip_suffix('"'))
        .and_then(|v| v.parse::<i32>().ok())
        .filter(|v| *v >= 0)
        .ok_or_else(|| AppError::BadRequest(msg("api-if-match-invalid")))
}

/// A stale save answers 412 in the API (the pages answer 409 with both texts).
pub fn precondition(e: AppError) -> AppError {
    match e {
        AppError::StaleEdit { current_version } => AppError::PreconditionFailed { current_version },
        e => e,
    }
}
