//! The service map (`/directory/services`): capacity per country and kind of service, the
//! coverage gaps, and "put this gap on the next roundtable's agenda". (An action item for a gap
//! is made on the action item form, prefilled from `/actions/new?gap_country=..`.)

use actix_web::{HttpResponse, web};

use crate::auth::Action;
use crate::error::AppError;
use crate::forms::Form;
use crate::services::coverage::{self as cov, GapKey, OnAgenda};
use crate::services::{directory as dir, support as sp};
use crate::views::{Page, service_map as v};

pub async fn page(page: Page, q: web::Query<cov::MapFilter>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let lang = page.lang().to_string();
    let filter = q.into_inner();
    let map = cov::map(&page.state.db, &filter, sp::today()).await?;
    let kinds = dir::service_codes(&page.state.db).await?;
    let data = v::map_page(&page.state, &page.viewer, &lang, filter, map, &kinds).await?;
    page.ok("pages/directory/service_map", &page.t("service-map-title"), data)
}

/// Puts a gap on the next roundtable's agenda (once per event) and shows the item.
pub async fn agenda(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    let me = page.viewer.require(Action::ManageEvents)?.clone();
    let key = GapKey::check(&page.state.db, form.get("country"), form.get("kind"), form.get("group")).await?;
    match cov::put_on_agenda(&page.state.db, &key, Some(me.id), page.lang()).await? {
        OnAgenda::Created { event_id, item_id } => page.done(
            &format!("/events/{event_id}#item-{item_id}"),
            "service-gap-agenda-created",
        ),
        OnAgenda::Existing { event_id, item_id } => page.done(
            &format!("/events/{event_id}#item-{item_id}"),
            "service-gap-agenda-exists",
        ),
        OnAgenda::NoRoundtable => {
            let msg = page.t("service-gap-no-roundtable");
            Ok(page.see_other(&key.map_url(), Some(("error", &msg))))
        }
    }
}
