//! The register matrix and the compare page.

use actix_web::HttpResponse;

use crate::auth::Action;
use crate::error::{AppError, FieldErrors};
use crate::i18n::t;
use crate::services::legal as lg;
use crate::views::legal::{self as vl, MatrixFilter};
use crate::views::{self, Page};
use entity::{country, legal_topic};

use super::{parse_date, query_all, query_one};

// ---------------------------------------------------------------------------------------------
// The matrix

/// Topics on one page of the matrix: a phone scrolls through 50 rows, not hundreds, and the
/// page is prepared in a tenth of the memory a register of several hundred topics needed.
pub const MATRIX_TOPICS_PER_PAGE: u64 = 50;

pub async fn matrix(page: Page) -> Result<HttpResponse, AppError> {
    let Page { state, viewer, req } = &page;
    viewer.require(Action::ViewNetwork)?;
    let lang = viewer.lang().to_string();
    let category = query_one(req, "category");
    let assessment = query_one(req, "assessment");
    let sort = query_one(req, "sort");
    let as_of_raw = query_one(req, "as_of");
    let as_of = parse_date(&as_of_raw);
    let page_no: u64 = query_one(req, "page").parse().unwrap_or(1);
    let countries = lg::register_countries_in(&state.db, &lang).await?;
    let topics = lg::topics(&state.db, false).await?;
    let cells = lg::assessments(&state.db, as_of, None).await?;
    let labels = vl::labels(&lang);
    let not_assessed = ("not_assessed".to_string(), false);
    let cell = |t: &legal_topic::Model, c: &country::Model| cells.get(&(t.id, c.code.clone())).unwrap_or(&not_assessed);
    // Which topics are shown, in which order: decided over the whole register, then one page
    // of them is prepared for the page.
    let mut shown: Vec<(usize, usize, &legal_topic::Model)> = vec![];
    for t in topics
        .iter()
        .filter(|t| category.is_empty() || lg::in_category(t, &category))
    {
        let row: Vec<&str> = countries.iter().map(|c| cell(t, c).0.as_str()).collect();
        if !assessment.is_empty() && !row.contains(&assessment.as_str()) {
            continue;
        }
        let gaps = row.iter().filter(|a| lg::is_gap(a)).count();
        let mut kinds = row.clone();
        kinds.sort_unstable();
        kinds.dedup();
        shown.push((gaps, kinds.len(), t));
    }
    if sort == "disparity" {
        shown.sort_by_key(|r| std::cmp::Reverse((r.0, r.1)));
    }
    let total = shown.len() as u64;
    // The filters as they came, less the page number: for the pager and the exports.
    let base_q = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(url::form_urlencoded::parse(req.query_string().as_bytes()).filter(|(k, _)| k != "page"))
        .finish();
    let pager = views::Pager::new("/legal", &base_q, page_no, MATRIX_TOPICS_PER_PAGE, total);
    let skip = ((pager.page.min(pager.pages) - 1) * MATRIX_TOPICS_PER_PAGE) as usize;
    let rows = vl::matrix_rows(
        &lang,
        shown
            .iter()
            .skip(skip)
            .take(MATRIX_TOPICS_PER_PAGE as usize)
            .map(|(_, _, t)| *t),
        &countries,
        &cells,
        &labels,
        sort != "disparity",
    );
    let data = vl::MatrixPage {
        base: vl::base(state).await?,
        countries: countries.iter().map(vl::country_view).collect(),
        rows,
        count: total,
        pager: (pager.pages > 1).then_some(&pager),
        categories: vl::category_options(&topics, &lang),
        assessments: vl::legend(&lang),
        legend: vl::legend(&lang),
        filter: MatrixFilter {
            as_of: as_of.map(|d| d.to_string()).unwrap_or_default(),
            category,
            assessment,
            sort,
        },
        as_of: as_of.map(|d| d.to_string()),
        csv_url: format!("/legal/export.csv?{base_q}"),
        json_url: format!("/legal/export.json?{base_q}"),
        can_edit: viewer.can(Action::EditRegister),
        can_manage: viewer.can(Action::ManageLegalTopics),
    };
    page.ok("pages/legal/matrix", &t(&lang, "legal-title"), data)
}

// ---------------------------------------------------------------------------------------------
// Compare

pub async fn compare(page: Page) -> Result<HttpResponse, AppError> {
    let Page { state, viewer, req } = &page;
    viewer.require(Action::ViewNetwork)?;
    let lang = viewer.lang().to_string();
    let all_countries = lg::register_countries_in(&state.db, &lang).await?;
    let all_topics = lg::topics(&state.db, false).await?;
    let chosen_c: Vec<String> = query_all(req, "country")
        .into_iter()
        .map(|c| c.to_uppercase())
        .collect();
    let chosen_t: Vec<String> = query_all(req, "topic").into_iter().map(|c| c.to_uppercase()).collect();
    let category = query_one(req, "category");
    let mut errors = FieldErrors::default();
    let selected: Vec<&country::Model> = all_countries.iter().filter(|c| chosen_c.contains(&c.code)).collect();
    let submitted = !chosen_c.is_empty() || !chosen_t.is_empty();
    if submitted && !(2..=6).contains(&selected.len()) {
        errors.add("country", crate::i18n::msg("legal-compare-choose-countries"));
    }
    let topics: Vec<&legal_topic::Model> = all_topics
        .iter()
        .filter(|t| chosen_t.is_empty() || chosen_t.contains(&t.code))
        .filter(|t| category.is_empty() || lg::in_category(t, &category))
        .collect();
    let mut rows = vec![];
    if errors.is_empty() && submitted {
        let cells = lg::cells(&state.db, None, None, None).await?;
        rows = vl::compare_rows(&lang, &topics, &selected, &cells);
    }
    let has_errors = !errors.is_empty();
    // The comparison as a query: the countries compared, the topics and category chosen (the
    // export applies the same topic and category filters, so it covers the same rows).
    let compare_q = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(selected.iter().map(|c| ("country", c.code.as_str())))
        .extend_pairs(chosen_t.iter().map(|t| ("topic", t.as_str())))
        .extend_pairs((!category.is_empty()).then_some(("category", category.as_str())))
        .finish();
    let print_view = submitted && !has_errors && query_one(req, "print") == "1";
    let mut base = vl::base(state).await?;
    base.errors = errors.text(&lang);
    base.has_errors = has_errors;
    let data = vl::ComparePage {
        base,
        countries: vl::country_choices(&all_countries, &chosen_c),
        topics: vl::topic_choices(&lang, &all_topics, &chosen_t),
        categories: vl::category_options(&all_topics, &lang),
        category,
        selected: selected.iter().map(|c| vl::country_view(c)).collect(),
        rows,
        submitted: submitted && !has_errors,
        csv_url: format!("/legal/export.csv?{compare_q}"),
        print_url: format!("/legal/compare?{compare_q}&print=1"),
        compare_url: format!("/legal/compare?{compare_q}"),
        print_view,
    };
    let status = if has_errors {
        actix_web::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        actix_web::http::StatusCode::OK
    };
    views::render(
        state,
        viewer,
        req,
        status,
        "pages/legal/compare",
        &t(&lang, "legal-compare-title"),
        data,
    )
}
