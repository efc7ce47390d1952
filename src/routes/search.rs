//! `/search`: one box across documents, events and agenda items, action items, organizations
//! and people, and the legal register; only what the viewer may see.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::json;

use crate::error::AppError;
use crate::services::search::{self, Kind, PER_PAGE};
use crate::views::{Page, Pager};

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
    let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    let groups: Vec<_> = results
        .groups
        .iter()
        .map(|g| {
            json!({
                "key": g.key, "label": g.label, "count": g.count, "hits": g.hits,
                "more": only.is_none() && g.count > g.hits.len() as i64,
                "more_url": format!("/search?q={}&kind={}", enc(&q), g.key),
            })
        })
        .collect();
    let pager = only.map(|k| {
        let count = results.groups.first().map(|g| g.count).unwrap_or(0).max(0) as u64;
        Pager::new(
            "/search",
            &format!("q={}&kind={}", enc(&q), k.as_str()),
            page_no,
            PER_PAGE,
            count,
        )
    });
    let title = if q.trim().is_empty() {
        "Search".to_string()
    } else {
        format!("Search: {q}")
    };
    page.ok(
        "pages/search/index",
        &title,
        json!({
            "q": q,
            "asked": !q.trim().is_empty(),
            "too_short": !q.trim().is_empty() && results.terms.is_empty(),
            "catching_up": results.catching_up,
            "total": results.total,
            "groups": groups,
            "only": only.map(|k| k.label()),
            "all_url": format!("/search?q={}", enc(&q)),
            "pager": pager,
            "signed_in": page.viewer.user.is_some(),
        }),
    )
}
