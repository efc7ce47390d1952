//! The figures pages' view models: the quarterly report (tables, chart, gaps), an
//! organization's months, and the monthly form. Figures arrive already suppressed (or exact for
//! an organization's own); here they are only put into words.

use std::collections::BTreeMap;

use handlebars::html_escape;
use serde::Serialize;

use crate::i18n::{self, msg, numbers, t};
use crate::services::figures::capacity::OccupancyRow;
use crate::services::figures::report::Gap;
use crate::services::figures::suppress::Shown;
use crate::services::figures::{self as fg, Breakdown, Month, Quarterly, Table};
use crate::views::FieldMessages;
use crate::views::directory::Opt;

/// A figure as a cell shows it: the count in the reader's language ("1,234", "1.234"), or
/// "<5".
#[derive(Serialize, Clone)]
pub struct CellView {
    pub text: String,
    pub hidden: bool,
    /// The value as a file carries it: digits only ("1234"), or "<5".
    pub raw: String,
    /// Words rather than a number (left-aligned).
    pub words: bool,
}

pub fn cell(lang: &str, s: Shown, threshold: i64) -> CellView {
    match s {
        Shown::Count(n) => count_cell(lang, n),
        Shown::Hidden => CellView {
            text: below(lang, threshold),
            raw: format!("<{threshold}"),
            hidden: true,
            words: false,
        },
    }
}

/// A count nobody needs hidden (a capacity), in the reader's language.
pub fn count_cell(lang: &str, n: i64) -> CellView {
    CellView {
        text: numbers::format(lang, n as f64),
        raw: n.to_string(),
        hidden: false,
        words: false,
    }
}

/// A cell of words (a service kind, a date, a list of capacities).
pub fn words_cell(text: String) -> CellView {
    CellView {
        raw: text.clone(),
        text,
        hidden: false,
        words: true,
    }
}

/// "<5" in `lang`.
pub fn below(lang: &str, threshold: i64) -> String {
    msg("figures-below").arg("threshold", threshold).text(lang)
}

#[derive(Serialize)]
pub struct RowView {
    pub label: String,
    pub cells: Vec<CellView>,
    pub total: Option<CellView>,
}

#[derive(Serialize)]
pub struct TableView {
    pub id: &'static str,
    pub caption: String,
    pub corner: String,
    pub cols: Vec<String>,
    pub has_row_totals: bool,
    pub rows: Vec<RowView>,
    /// The column totals (and the grand total), when the table has them.
    pub totals: Option<RowView>,
    pub empty: bool,
}

/// A row or column code as people read it: a country's name, a service kind's or a measure's.
pub struct Labels<'a> {
    pub lang: &'a str,
    pub countries: &'a BTreeMap<String, String>,
}

impl Labels<'_> {
    pub fn country(&self, code: &str) -> String {
        self.countries.get(code).cloned().unwrap_or_else(|| code.to_string())
    }
    pub fn kind(&self, code: &str) -> String {
        i18n::label(self.lang, "service", code)
    }
    pub fn measure(&self, code: &str) -> String {
        i18n::label(self.lang, "figures-measure", code)
    }
    pub fn category(&self, code: &str) -> String {
        i18n::label(self.lang, "figures-category", code)
    }
}

/// Which labels a table's rows and columns take.
#[derive(Clone, Copy)]
pub enum Axis {
    Country,
    Kind,
    Measure,
    Category,
}

fn label(l: &Labels<'_>, axis: Axis, code: &str) -> String {
    match axis {
        Axis::Country => l.country(code),
        Axis::Kind => l.kind(code),
        Axis::Measure => l.measure(code),
        Axis::Category => l.category(code),
    }
}

pub struct TableSpec {
    pub id: &'static str,
    pub caption: &'static str,
    pub corner: &'static str,
    pub rows: Axis,
    pub cols: Axis,
}

pub fn table_view(l: &Labels<'_>, spec: TableSpec, table: &Table, threshold: i64) -> TableView {
    let lang = l.lang;
    let f = &table.figures;
    let rows = table
        .rows
        .iter()
        .enumerate()
        .map(|(i, code)| RowView {
            label: label(l, spec.rows, code),
            cells: f.cells[i].iter().map(|s| cell(lang, *s, threshold)).collect(),
            total: f.row_totals.get(i).map(|s| cell(lang, *s, threshold)),
        })
        .collect::<Vec<_>>();
    let totals = (!f.col_totals.is_empty()).then(|| RowView {
        label: t(lang, "figures-total"),
        cells: f.col_totals.iter().map(|s| cell(lang, *s, threshold)).collect(),
        total: f.grand.map(|s| cell(lang, s, threshold)),
    });
    TableView {
        id: spec.id,
        caption: t(lang, spec.caption),
        corner: t(lang, spec.corner),
        cols: table.cols.iter().map(|c| label(l, spec.cols, c)).collect(),
        has_row_totals: !f.row_totals.is_empty(),
        empty: rows.is_empty(),
        rows,
        totals,
    }
}

#[derive(Serialize)]
pub struct GapCell {
    pub kind: String,
    pub text: String,
    pub class: &'static str,
}

#[derive(Serialize)]
pub struct GapRow {
    pub country: String,
    pub cells: Vec<GapCell>,
}

pub fn gaps_view(l: &Labels<'_>, q: &Quarterly) -> Vec<GapRow> {
    q.gaps
        .iter()
        .map(|(c, cells)| GapRow {
            country: l.country(c),
            cells: cells
                .iter()
                .map(|(k, g)| {
                    let (key, class) = match g {
                        Gap::NoReport => ("figures-gap-no-report", "gap-none"),
                        Gap::NoneAssisted => ("figures-gap-none-assisted", "gap-zero"),
                        Gap::Covered => ("figures-gap-covered", "gap-ok"),
                    };
                    GapCell {
                        kind: l.kind(k),
                        text: t(l.lang, key),
                        class,
                    }
                })
                .collect(),
        })
        .collect()
}

const CHART_W: usize = 360;

/// A horizontal bar chart (server-rendered SVG): a bar per label, scaled to the largest value;
/// a value of `None` has no bar, only its text.
fn bar_chart(id: &str, title: &str, bars: &[(String, Option<f64>, String)]) -> String {
    let max = bars.iter().filter_map(|(_, v, _)| *v).fold(1.0f64, f64::max);
    let (left, bar_h, gap) = (130usize, 18usize, 8usize);
    let width = CHART_W - left - 60;
    let h = bars.len() * (bar_h + gap) + 12;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{CHART_W}\" height=\"{h}\" role=\"img\" aria-labelledby=\"{id}\"><title id=\"{id}\">{}</title>",
        html_escape(title)
    );
    for (i, (name, v, text)) in bars.iter().enumerate() {
        let y = 6 + i * (bar_h + gap);
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{}\" font-size=\"12\">{}</text>",
            y + bar_h - 5,
            html_escape(name)
        ));
        let w = v.map_or(0, |v| ((v / max) * width as f64).round() as usize);
        if w > 0 {
            svg.push_str(&format!(
                "<rect x=\"{left}\" y=\"{y}\" width=\"{w}\" height=\"{bar_h}\" fill=\"#0b4f8a\"/>"
            ));
        }
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>",
            left + w + 4,
            y + bar_h - 5,
            html_escape(text)
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// People newly assisted by country, a bar each; a hidden figure has no bar, only its "<5".
pub fn assisted_chart(l: &Labels<'_>, q: &Quarterly, threshold: i64) -> String {
    let col = q.by_country.cols.iter().position(|c| c == "new").unwrap_or(0);
    let bars: Vec<(String, Option<f64>, String)> = q
        .by_country
        .rows
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let v = q.by_country.figures.cells[i][col];
            (
                l.country(c),
                v.count().map(|n| n as f64),
                cell(l.lang, v, threshold).text,
            )
        })
        .collect();
    bar_chart("chart-assisted", &t(l.lang, "figures-chart-title"), &bars)
}

/// An occupancy rate in the reader's language ("72.5%", "72,5 %").
pub fn percent(lang: &str, p: f64) -> String {
    msg("figures-percent")
        .arg("percent", numbers::format_fixed(lang, p, 1))
        .text(lang)
}

/// Occupancy by country, a bar each; no bar where the rate is not shown.
pub fn occupancy_chart(l: &Labels<'_>, q: &Quarterly) -> String {
    let bars: Vec<(String, Option<f64>, String)> = q
        .occupancy
        .rows
        .iter()
        .map(|r| {
            (
                l.country(&r.country),
                r.percent,
                r.percent
                    .map_or_else(|| t(l.lang, "figures-no-rate"), |p| percent(l.lang, p)),
            )
        })
        .collect();
    bar_chart("chart-occupancy", &t(l.lang, "figures-occupancy-chart"), &bars)
}

fn occupancy_row(l: &Labels<'_>, label: String, r: &OccupancyRow, threshold: i64) -> RowView {
    RowView {
        label,
        cells: vec![
            cell(l.lang, r.bed_nights, threshold),
            count_cell(l.lang, r.beds),
            match r.percent {
                Some(p) => CellView {
                    text: percent(l.lang, p),
                    raw: format!("{p:.1}"),
                    hidden: false,
                    words: false,
                },
                None => words_cell(t(l.lang, "figures-no-rate")),
            },
        ],
        total: None,
    }
}

/// Occupancy as a table: country, bed-nights, beds, rate; the network's total below.
pub fn occupancy_view(l: &Labels<'_>, q: &Quarterly, threshold: i64) -> TableView {
    let o = &q.occupancy;
    let rows: Vec<RowView> = o
        .rows
        .iter()
        .map(|r| occupancy_row(l, l.country(&r.country), r, threshold))
        .collect();
    TableView {
        id: "occupancy",
        caption: t(l.lang, "figures-table-occupancy"),
        corner: t(l.lang, "figures-country"),
        cols: vec![
            l.measure("bed_nights"),
            t(l.lang, "figures-beds"),
            t(l.lang, "figures-occupancy-rate"),
        ],
        has_row_totals: false,
        empty: rows.is_empty(),
        rows,
        totals: Some(occupancy_row(l, t(l.lang, "figures-total"), &o.total, threshold)),
    }
}

/// Capacity at risk as a table: a row per country and service kind (earliest end first) with
/// the number of services, their capacity per unit and the earliest end of their funding.
pub fn at_risk_view(l: &Labels<'_>, q: &Quarterly) -> TableView {
    let lang = l.lang;
    let rows: Vec<RowView> = q
        .at_risk
        .iter()
        .map(|a| {
            let capacity = if a.capacity.is_empty() {
                t(lang, "figures-no-capacity-figure")
            } else {
                a.capacity
                    .iter()
                    .map(|(u, n)| {
                        format!(
                            "{}: {}",
                            i18n::label(lang, "capacity-unit", u),
                            numbers::format(lang, *n as f64)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            RowView {
                label: format!("{}: {}", l.country(&a.country), l.kind(&a.kind)),
                cells: vec![
                    count_cell(lang, a.services),
                    words_cell(capacity),
                    words_cell(i18n::dates::date(lang, a.earliest)),
                ],
                total: None,
            }
        })
        .collect();
    TableView {
        id: "at-risk",
        caption: t(lang, "figures-table-at-risk"),
        corner: t(lang, "figures-at-risk-corner"),
        cols: vec![
            t(lang, "figures-services"),
            t(lang, "figures-capacity"),
            t(lang, "figures-funded-until"),
        ],
        has_row_totals: false,
        empty: rows.is_empty(),
        rows,
        totals: None,
    }
}

/// One breakdown's section: its heading, how many organizations reported it, and its tables
/// (people newly assisted, then ongoing).
#[derive(Serialize)]
pub struct BreakdownView {
    pub id: String,
    pub heading: String,
    pub reported: String,
    pub tables: Vec<TableView>,
}

pub fn breakdown_views(l: &Labels<'_>, q: &Quarterly, threshold: i64) -> Vec<BreakdownView> {
    q.breakdowns
        .iter()
        .map(|b: &Breakdown| {
            let heading = i18n::label(l.lang, "figures-breakdown", &b.breakdown);
            let tables = [("new", &b.new), ("ongoing", &b.ongoing)]
                .into_iter()
                .map(|(measure, table)| {
                    let id = match (b.breakdown.as_str(), measure) {
                        ("sex", "new") => "breakdown-sex-new",
                        ("sex", _) => "breakdown-sex-ongoing",
                        ("age", "new") => "breakdown-age-new",
                        ("age", _) => "breakdown-age-ongoing",
                        (_, "new") => "breakdown-origin-new",
                        _ => "breakdown-origin-ongoing",
                    };
                    let mut v = table_view(
                        l,
                        TableSpec {
                            id,
                            caption: "figures-total",
                            corner: "figures-country",
                            rows: Axis::Country,
                            cols: Axis::Category,
                        },
                        table,
                        threshold,
                    );
                    v.caption = format!("{}: {}", heading, l.measure(measure));
                    v
                })
                .collect();
            BreakdownView {
                id: format!("breakdown-{}", b.breakdown),
                reported: msg("figures-breakdown-reported")
                    .arg("count", b.organizations as i64)
                    .text(l.lang),
                heading,
                tables,
            }
        })
        .collect()
}

/// The report page.
#[derive(Serialize)]
pub struct IndexPage {
    pub quarters: Vec<Opt>,
    pub kinds: Vec<Opt>,
    pub countries: Vec<Opt>,
    pub quarter: String,
    pub kind: String,
    pub country: String,
    pub heading: String,
    pub threshold_note: String,
    pub reporting: String,
    pub example: bool,
    pub tables: Vec<TableView>,
    pub gap_kinds: Vec<String>,
    pub gaps: Vec<GapRow>,
    pub chart: String,
    pub occupancy: TableView,
    pub occupancy_note: String,
    pub occupancy_chart: String,
    pub at_risk: TableView,
    pub breakdowns: Vec<BreakdownView>,
    pub own: Option<TableView>,
    pub can_report: bool,
    pub csv_url: String,
}

/// A month of an organization's figures: its status, and a link per service kind.
#[derive(Serialize)]
pub struct MonthView {
    pub label: String,
    pub status: String,
    pub closed: bool,
    pub kinds: Vec<KindLink>,
}

#[derive(Serialize)]
pub struct KindLink {
    pub label: String,
    pub href: String,
    pub reported: bool,
    pub status: String,
}

#[derive(Serialize)]
pub struct MinePage {
    pub organization: String,
    pub months: Vec<MonthView>,
}

/// The status of a month as a sentence: open until when, or closed.
pub fn month_status(lang: &str, m: Month, today: chrono::NaiveDate) -> String {
    if m.is_closed(today) {
        t(lang, "figures-month-closed")
    } else {
        msg("figures-month-open")
            .arg("date", i18n::dates::date(lang, m.open_until()))
            .text(lang)
    }
}

pub fn month_label(lang: &str, m: Month) -> String {
    i18n::dates::month_year(lang, m.year, m.month)
}

/// One number field of the monthly form.
#[derive(Serialize)]
pub struct NumberField {
    pub name: String,
    pub label: String,
    pub value: String,
}

#[derive(Serialize)]
pub struct FieldGroup {
    pub legend: String,
    pub hint: Option<String>,
    pub fields: Vec<NumberField>,
}

#[derive(Serialize)]
pub struct RevisionView {
    pub text: String,
    pub correction: bool,
}

/// The monthly form.
#[derive(Serialize)]
pub struct FormPage {
    pub heading: String,
    pub organization: String,
    pub status: String,
    pub closed: bool,
    pub action: String,
    pub breakdown: String,
    pub breakdowns: Vec<Opt>,
    pub groups: Vec<FieldGroup>,
    pub revisions: Vec<RevisionView>,
    pub errors: FieldMessages,
    pub has_errors: bool,
    pub edit_version: i32,
    pub max: i64,
}

/// The form's field groups for `fields` (as typed or stored) with `breakdown`.
pub fn field_groups(
    lang: &str,
    fields: &fg::FigureFields,
    breakdown: &str,
    destinations: &[(String, String)],
) -> Vec<FieldGroup> {
    let value = |name: &str| fields.counts.get(name).cloned().unwrap_or_default();
    let field = |name: String, label: String| NumberField {
        value: value(&name),
        name,
        label,
    };
    let cats = fg::categories(breakdown);
    let people = |measure: &str, legend: &str| FieldGroup {
        legend: t(lang, legend),
        hint: Some(t(lang, &format!("figures-breakdown-hint-{breakdown}"))),
        fields: cats
            .iter()
            .map(|c| field(format!("{measure}_{c}"), i18n::label(lang, "figures-category", c)))
            .collect(),
    };
    vec![
        FieldGroup {
            legend: t(lang, "figures-group-referrals"),
            hint: None,
            fields: vec![field("received".into(), t(lang, "figures-field-received"))],
        },
        FieldGroup {
            legend: t(lang, "figures-group-sent"),
            hint: Some(t(lang, "figures-group-sent-hint")),
            fields: destinations
                .iter()
                .map(|(code, name)| field(format!("sent_{code}"), name.clone()))
                .collect(),
        },
        people("new", "figures-group-new"),
        people("ongoing", "figures-group-ongoing"),
        FieldGroup {
            legend: t(lang, "figures-group-declined"),
            hint: None,
            fields: fg::DECLINE_REASONS
                .iter()
                .map(|r| field(format!("declined_{r}"), i18n::label(lang, "figures-reason", r)))
                .collect(),
        },
        FieldGroup {
            legend: t(lang, "figures-group-occupancy"),
            hint: None,
            fields: vec![field("bed_nights".into(), t(lang, "figures-field-bed_nights"))],
        },
    ]
}

/// A field's label for the stale-save notice.
pub fn field_label(lang: &str, name: &str, destinations: &[(String, String)]) -> String {
    if name == "breakdown" {
        return t(lang, "figures-breakdown");
    }
    if let Some(c) = name.strip_prefix("sent_") {
        let country = destinations
            .iter()
            .find(|(code, _)| code == c)
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| c.to_string());
        return format!("{}: {country}", t(lang, "figures-group-sent"));
    }
    for (measure, legend) in [("new", "figures-group-new"), ("ongoing", "figures-group-ongoing")] {
        if let Some(c) = name.strip_prefix(&format!("{measure}_")) {
            return format!("{}: {}", t(lang, legend), i18n::label(lang, "figures-category", c));
        }
    }
    if let Some(r) = name.strip_prefix("declined_") {
        return format!(
            "{}: {}",
            t(lang, "figures-group-declined"),
            i18n::label(lang, "figures-reason", r)
        );
    }
    t(lang, &format!("figures-field-{name}"))
}
