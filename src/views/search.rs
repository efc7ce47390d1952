//! View model for the search page.

use serde::Serialize;

use crate::i18n::t;
use crate::services::search::{Group, Hit, Kind, Results};
use crate::views::Pager;

#[derive(Serialize)]
pub struct SearchPage<'a> {
    pub q: &'a str,
    pub asked: bool,
    pub too_short: bool,
    pub catching_up: bool,
    pub total: i64,
    pub groups: Vec<GroupView<'a>>,
    pub only: Option<String>,
    pub all_url: String,
    pub pager: Option<Pager>,
    pub signed_in: bool,
}

/// One kind of result: its best hits (or one page of them) and the link to see them all.
#[derive(Serialize)]
pub struct GroupView<'a> {
    pub key: &'static str,
    pub label: String,
    pub count: i64,
    pub hits: &'a [Hit],
    pub more: bool,
    pub more_url: String,
}

fn enc(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

fn group<'a>(lang: &str, q: &str, only: Option<Kind>, g: &'a Group) -> GroupView<'a> {
    GroupView {
        key: g.key,
        label: t(lang, g.label),
        count: g.count,
        hits: &g.hits,
        more: only.is_none() && g.count > g.hits.len() as i64,
        more_url: format!("/search?q={}&kind={}", enc(q), g.key),
    }
}

/// The page for the words `q` (`only`: one kind, paged at `page_no`), in `lang`.
pub fn page<'a>(
    lang: &str,
    q: &'a str,
    only: Option<Kind>,
    page_no: u64,
    per_page: u64,
    results: &'a Results,
    signed_in: bool,
) -> SearchPage<'a> {
    let pager = only.map(|k| {
        let count = results.groups.first().map(|g| g.count).unwrap_or(0).max(0) as u64;
        Pager::new(
            "/search",
            &format!("q={}&kind={}", enc(q), k.as_str()),
            page_no,
            per_page,
            count,
        )
    });
    SearchPage {
        q,
        asked: !q.trim().is_empty(),
        too_short: !q.trim().is_empty() && results.terms.is_empty(),
        catching_up: results.catching_up,
        total: results.total,
        groups: results.groups.iter().map(|g| group(lang, q, only, g)).collect(),
        only: only.map(|k| t(lang, k.label_key())),
        all_url: format!("/search?q={}", enc(q)),
        pager,
        signed_in,
    }
}
