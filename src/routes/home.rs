use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::json;

use crate::auth::{Action, Viewer};
use crate::error::AppError;
use crate::i18n::t;
use crate::services::{countries, directory};
use crate::startup::AppState;
use crate::views;

/// The landing page for visitors; the dashboard for signed-in users.
pub async fn index(state: web::Data<AppState>, viewer: Viewer, req: HttpRequest) -> Result<HttpResponse, AppError> {
    let lang = viewer.lang().to_string();
    if viewer.user.is_none() {
        return views::ok(
            &state,
            &viewer,
            &req,
            "pages/home/landing",
            &t(&lang, "landing-title"),
            json!({}),
        );
    }
    let mut by_country = vec![];
    if viewer.can(Action::ViewNetwork) {
        for c in countries::all(&state.db).await?.iter().filter(|c| c.in_region) {
            let f = directory::DirectoryFilter {
                country: c.code.clone(),
                ..Default::default()
            };
            let page = directory::list_organizations(&state.db, &f).await?;
            by_country.push(json!({ "code": c.code, "name": countries::display_name(c), "count": page.total }));
        }
    }
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/home/dashboard",
        &t(&lang, "dashboard-title"),
        json!({ "by_country": by_country }),
    )
}
