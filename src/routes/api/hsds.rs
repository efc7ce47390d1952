//! Exchange with other directories: the network's services in Open Referral HSDS, as JSON (the
//! API) and as a tabular data package (a ZIP download, for the pages too); and the import of
//! such a package from another directory.

use actix_web::HttpResponse;

use crate::auth::{Action, Role, Viewer};
use crate::error::AppError;
use crate::services::hsds::import::{self, Limits, Outcome, Problem};
use crate::services::hsds::{self, export::Audience};
use crate::views::{Page, attachment};

fn audience(viewer: &Viewer) -> Audience {
    Audience {
        sees_available: viewer.user.as_ref().is_some_and(|u| u.role != Role::Observer),
    }
}

/// Every service in HSDS 3.0's JSON form (with 3.1's capacities). Confidential locations carry
/// the city only (`location_type: redacted`); places available now are left out for observers.
#[utoipa::path(get, path = "/api/v1/hsds/services",
    responses((status = 200, description = "An array of HSDS service objects", content_type = "application/json"),
        super::Unauthorized))]
pub async fn services_json(Page { state, viewer, .. }: Page) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let package = hsds::export::package(&state.db, audience(&viewer)).await?;
    Ok(HttpResponse::Ok().json(package.json()))
}

/// The same as an HSDS tabular data package: `datapackage.json` and one CSV file per table.
#[utoipa::path(get, path = "/api/v1/hsds/datapackage.zip",
    responses((status = 200, description = "A ZIP file: datapackage.json and the HSDS CSV files", content_type = "application/zip"),
        super::Unauthorized))]
pub async fn datapackage(Page { state, viewer, .. }: Page) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let package = hsds::export::package(&state.db, audience(&viewer)).await?;
    let body = package.zip().map_err(AppError::internal)?;
    Ok(attachment("application/zip", "roundtable-services-hsds.zip").body(body))
}

/// One problem of a refused package.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct HsdsImportProblem {
    /// The file of the package (`services.csv`; `services.json` for HSDS JSON); null when the
    /// problem is the upload as a whole.
    pub file: Option<String>,
    /// CSV: the line (the header is line 1). JSON: the service's position in the list, from 1.
    pub line: Option<u64>,
    /// The column (JSON: its path inside the service).
    pub field: String,
    pub message: String,
}

/// A refused package: nothing was saved.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct HsdsImportErrors {
    pub errors: Vec<HsdsImportProblem>,
}

/// Imports an HSDS package from another directory, all or nothing: a tabular data package (ZIP
/// with `datapackage.json` and CSV files, as `/api/v1/hsds/datapackage.zip` gives) or HSDS JSON
/// (as `/api/v1/hsds/services` gives), told apart by their bytes. Organizations must already be
/// in the directory. The secretariat only.
#[utoipa::path(post, path = "/api/v1/hsds/import",
    request_body(content_type = "application/zip", description = "The ZIP data package, or HSDS JSON (`application/json`)"),
    responses(
        (status = 200, description = "Saved: what was created and updated", body = crate::services::hsds::import::Summary),
        (status = 403, description = "Not the secretariat", body = super::ErrorBody),
        (status = 422, description = "Refused: every problem, by file, line and field; nothing saved", body = HsdsImportErrors),
        super::Unauthorized))]
pub async fn import(page: Page, mut payload: actix_web::web::Payload) -> Result<HttpResponse, AppError> {
    use futures_util::StreamExt;
    let user = page.viewer.require(Action::ImportServices)?.clone();
    let limits = Limits::new(page.state.settings.upload_limit);
    let mut body: Vec<u8> = vec![];
    let mut too_large = false;
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| AppError::BadRequest(crate::i18n::msg("input-body-unreadable")))?;
        if (body.len() + chunk.len()) as u64 > limits.package {
            too_large = true;
            break;
        }
        body.extend_from_slice(&chunk);
    }
    let outcome = if too_large {
        Outcome::Refused(vec![Problem::whole(
            crate::i18n::msg("hsds-import-error-too-large").arg("limit", import::read::size(limits.package)),
        )])
    } else {
        let notifier = page.state.notifier();
        import::import(&page.state.db, Some(&notifier), &body, limits, user.id).await?
    };
    let lang = page.lang();
    Ok(match outcome {
        Outcome::Saved(summary) => HttpResponse::Ok().json(summary),
        Outcome::Refused(problems) => HttpResponse::UnprocessableEntity().json(HsdsImportErrors {
            errors: problems
                .into_iter()
                .map(|p| HsdsImportProblem {
                    file: p.file,
                    line: p.line,
                    field: p.field,
                    message: p.message.text(lang),
                })
                .collect(),
        }),
    })
}
