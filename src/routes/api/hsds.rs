//! Exchange with other directories: the network's services in Open Referral HSDS, as JSON (the
//! API) and as a tabular data package (a ZIP download, for the pages too).

use actix_web::HttpResponse;

use crate::auth::{Action, Role, Viewer};
use crate::error::AppError;
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
