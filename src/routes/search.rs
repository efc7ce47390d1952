//! `/search`: one box across documents, events and agenda items, action items, organizations
//! and people, and the legal register; only what the viewer may see.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::error::AppError;
use crate::services::search::{self, Kind, PER_PAGE};
use crate::views::{self, Page};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SearchQuery {
    pub q: String,
    pub kind: String,
    #[serde(deserialize_with = "crate::services::paging::deserialize")]
    pub page: Option<u64>,
}

pub async fn page(page: Page, query: web::Query<SearchQuery>) -> Result<HttpResponse, AppError> {
    let q: String = query.q.chars().take(200).collect();
    let only = Kind::parse(&query.kind);
    let page_no = query.page.unwrap_or(1).clamp(1, 500);
    let results = search::search(&page.state.db, page.viewer.user.as_ref(), &q, only, page_no).await?;
    let title = if q.trim().is_empty() {
        page.t("search-title")
    } else {
        crate::i18n::t_args(page.lang(), "search-title-words", &[("words", q.clone().into())])
    };
    page.ok(
        "pages/search/index",
        &title,
        views::search::page(
            page.lang(),
            &q,
            only,
            page_no,
            PER_PAGE,
            &results,
            page.viewer.user.is_some(),
        ),
    )
}
