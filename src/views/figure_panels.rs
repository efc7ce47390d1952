//! The figures where they appear outside the figures pages: the post-meeting report's
//! "Figures for the roundtable" and the dashboard's cards (a member's sheets of last month and
//! services to confirm; the network's quarter for the secretariat and observers). Everything
//! shown here is the suppressed, country-level report's: no organization's figures.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Value, json};

use crate::error::AppError;
use crate::i18n::{self, msg, t};
use crate::services::figures::glance::{self, Headline};
use crate::services::figures::suppress::{Shown, Suppressed};
use crate::services::figures::{self as fg, Month, Quarter, Quarterly, ReportFilter, Table};
use crate::services::freshness;
use crate::state::AppState;
use crate::views::figures::{self as vf, Axis, Labels, TableSpec, TableView};

/// One headline figure: its label and its count (a number, or "<5" as text, for `num`).
#[derive(Serialize)]
pub struct Figure {
    pub label: String,
    pub value: Value,
    pub hidden: bool,
}

fn figure(lang: &str, key: &str, s: Shown, threshold: i64) -> Figure {
    let (value, hidden) = match s {
        Shown::Count(n) => (json!(n), false),
        Shown::Hidden => (json!(vf::below(lang, threshold)), true),
    };
    Figure {
        label: t(lang, key),
        value,
        hidden,
    }
}

fn figures_of(lang: &str, h: &Headline, threshold: i64) -> Vec<Figure> {
    vec![
        figure(lang, "glance-newly-assisted", h.newly_assisted, threshold),
        figure(lang, "glance-sent-across-borders", h.sent_across_borders, threshold),
        figure(lang, "glance-declined-no-capacity", h.declined_no_capacity, threshold),
    ]
}

/// "Q3 2026" in `lang`.
pub fn quarter_label(lang: &str, q: Quarter) -> String {
    msg("figures-quarter")
        .arg("quarter", i64::from(q.q))
        .arg("year", q.year.to_string())
        .text(lang)
}

/// The network's suppressed report of `quarter` (every country, every kind), and the
/// countries' names in `lang`.
async fn network_quarter(
    state: &AppState,
    lang: &str,
    quarter: Quarter,
) -> Result<(Quarterly, BTreeMap<String, String>), AppError> {
    let countries = fg::network_countries(&state.db, lang).await?;
    let codes: Vec<String> = countries.iter().map(|(c, _)| c.clone()).collect();
    let filter = ReportFilter {
        quarter,
        kind: None,
        country: None,
    };
    let report = fg::quarterly(&state.db, &filter, &codes, state.settings.suppression_threshold, None).await?;
    Ok((report, countries.into_iter().collect()))
}

/// People newly assisted by country with the total: the chart's table version.
fn assisted_table(l: &Labels<'_>, q: &Quarterly, threshold: i64) -> TableView {
    let col = q.by_country.cols.iter().position(|c| c == "new").unwrap_or(0);
    let f = &q.by_country.figures;
    let table = Table {
        rows: q.by_country.rows.clone(),
        cols: vec!["new".into()],
        figures: Suppressed {
            cells: f
                .cells
                .iter()
                .map(|r| vec![r.get(col).copied().unwrap_or(Shown::Count(0))])
                .collect(),
            row_totals: vec![],
            col_totals: f.col_totals.get(col).copied().into_iter().collect(),
            grand: None,
        },
    };
    vf::table_view(
        l,
        TableSpec {
            id: "assisted",
            caption: "figures-chart-title",
            corner: "figures-country",
            rows: Axis::Country,
            cols: Axis::Measure,
        },
        &table,
        threshold,
    )
}

/// The post-meeting report's "Figures for the roundtable".
#[derive(Serialize)]
pub struct ReportFigures {
    pub heading: String,
    pub reporting: String,
    pub none_reported: bool,
    pub example: bool,
    pub figures: Vec<Figure>,
    pub threshold_note: String,
    pub chart: String,
    pub table: TableView,
    pub url: String,
    pub link: String,
}

pub async fn report_figures(state: &AppState, lang: &str, quarter: Quarter) -> Result<ReportFigures, AppError> {
    let threshold = state.settings.suppression_threshold;
    let (report, names) = network_quarter(state, lang, quarter).await?;
    let l = Labels {
        lang,
        countries: &names,
    };
    let label = quarter_label(lang, quarter);
    Ok(ReportFigures {
        heading: msg("post-report-figures").arg("quarter", label.clone()).text(lang),
        reporting: msg("figures-reporting")
            .arg("count", report.reporting_organizations as i64)
            .text(lang),
        none_reported: report.reporting_organizations == 0,
        example: report.example,
        figures: figures_of(lang, &glance::headline(&report, threshold), threshold),
        threshold_note: msg("figures-suppression-note").arg("threshold", threshold).text(lang),
        chart: vf::assisted_chart(&l, &report, threshold),
        table: vf::table_view(
            &l,
            TableSpec {
                id: "by-country",
                caption: "figures-table-by-country",
                corner: "figures-country",
                rows: Axis::Country,
                cols: Axis::Measure,
            },
            &report.by_country,
            threshold,
        ),
        url: format!("/figures?quarter={}", quarter.code()),
        link: msg("post-report-figures-link").arg("quarter", label).text(lang),
    })
}

/// A choice of the report's quarter: its code (`none` for no figures) and name.
#[derive(Serialize)]
pub struct QuarterOption {
    pub code: String,
    pub label: String,
    pub selected: bool,
}

/// The quarters the secretariat may show on a report: the last twelve with figures, the
/// meeting's own default and the one shown, newest first; then "no figures".
pub fn quarter_options(lang: &str, default: Quarter, shown: Option<Quarter>) -> Vec<QuarterOption> {
    let mut quarters = vec![default];
    let mut q = Quarter::latest(fg::today());
    for _ in 0..12 {
        quarters.push(q);
        q = q.prev();
    }
    quarters.extend(shown);
    quarters.sort();
    quarters.dedup();
    let mut out: Vec<QuarterOption> = quarters
        .into_iter()
        .rev()
        .map(|q| {
            let mut label = quarter_label(lang, q);
            if q == default {
                label = msg("post-report-figures-default").arg("quarter", label).text(lang);
            }
            QuarterOption {
                code: q.code(),
                label,
                selected: Some(q) == shown,
            }
        })
        .collect();
    out.push(QuarterOption {
        code: "none".into(),
        label: t(lang, "post-report-figures-off"),
        selected: shown.is_none(),
    });
    out
}

/// A sheet of a month, linking to its form.
#[derive(Serialize)]
pub struct SheetLink {
    pub label: String,
    pub href: String,
}

/// A member's card: last month's sheets and the organization's services to confirm.
#[derive(Serialize)]
pub struct MemberCard {
    pub heading: String,
    pub status: String,
    pub no_kinds: bool,
    pub missing: Vec<SheetLink>,
    pub reported: Vec<SheetLink>,
    pub days: i64,
    pub services: Vec<crate::views::freshness::ServiceRow>,
}

/// `today` is the network's day for the month; `local_today` the reader's for freshness.
pub async fn member_card(
    state: &AppState,
    lang: &str,
    organization_id: i32,
    local_today: chrono::NaiveDate,
) -> Result<MemberCard, AppError> {
    let today = fg::today();
    let month = Month::of(today).prev();
    let sheets = glance::month_sheets(&state.db, organization_id, month).await?;
    let link = |k: &str| SheetLink {
        label: i18n::label(lang, "service", k),
        href: format!("/figures/report/{}/{k}", month.code()),
    };
    let services = freshness::unconfirmed_of(&state.db, organization_id, local_today).await?;
    let no_names = Default::default();
    Ok(MemberCard {
        heading: msg("dashboard-figures-month")
            .arg("month", vf::month_label(lang, month))
            .text(lang),
        status: vf::month_status(lang, month, today),
        no_kinds: sheets.is_empty(),
        missing: sheets.iter().filter(|(_, done)| !done).map(|(k, _)| link(k)).collect(),
        reported: sheets.iter().filter(|(_, done)| *done).map(|(k, _)| link(k)).collect(),
        days: freshness::STALE_DAYS,
        services: services
            .iter()
            .map(|s| crate::views::freshness::row(s, &no_names))
            .collect(),
    })
}

/// The network's quarter on the dashboard: the headline for the secretariat and observers;
/// for the secretariat also who reported last month, and the chart with its table.
#[derive(Serialize)]
pub struct NetworkCard {
    pub heading: String,
    pub url: String,
    pub example: bool,
    pub figures: Vec<Figure>,
    pub threshold_note: String,
    pub reporting: Option<String>,
    pub chart: Option<String>,
    pub table: Option<TableView>,
}

pub async fn network_card(state: &AppState, lang: &str, secretariat: bool) -> Result<NetworkCard, AppError> {
    let threshold = state.settings.suppression_threshold;
    let today = fg::today();
    let quarter = Quarter::latest(today);
    let (report, names) = network_quarter(state, lang, quarter).await?;
    let l = Labels {
        lang,
        countries: &names,
    };
    let reporting = if secretariat {
        let month = Month::of(today).prev();
        let (reported, total) = glance::organizations_reporting(&state.db, month).await?;
        Some(
            msg("dashboard-figures-organizations")
                .arg("reported", reported as i64)
                .arg("total", total as i64)
                .arg("month", vf::month_label(lang, month))
                .text(lang),
        )
    } else {
        None
    };
    Ok(NetworkCard {
        heading: msg("dashboard-figures-network")
            .arg("quarter", quarter_label(lang, quarter))
            .text(lang),
        url: format!("/figures?quarter={}", quarter.code()),
        example: report.example,
        figures: figures_of(lang, &glance::headline(&report, threshold), threshold),
        threshold_note: msg("figures-suppression-note").arg("threshold", threshold).text(lang),
        reporting,
        chart: secretariat.then(|| vf::assisted_chart(&l, &report, threshold)),
        table: secretariat.then(|| assisted_table(&l, &report, threshold)),
    })
}

/// The dashboard's figures: a member's card, or the network's.
#[derive(Serialize)]
pub struct DashboardFigures {
    pub member: Option<MemberCard>,
    pub network: Option<NetworkCard>,
}
