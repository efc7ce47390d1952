//! Figures for the roundtable: the quarterly report (`/figures`, CSV), an organization's months
//! (`/figures/report`) and the monthly form for one service kind
//! (`/figures/report/{month}/{kind}`). Members report and read their own organization's exact
//! figures; everyone else, the secretariat included, reads country-level figures, suppressed.

use std::collections::{BTreeMap, BTreeSet};

use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

use crate::auth::Action;
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::{self, msg, t};
use crate::services::figures::{self as fg, FigureFields, Month, Quarter, SheetKey};
use crate::services::versions;
use crate::views::directory::Opt;
use crate::views::figures as vf;
use crate::views::{self, CsvExport, Page, Saved};
use entity::{organization, organization_service, service_kind};

const FORM: &str = "pages/figures/form";

fn query(page: &Page) -> fg::FilterQuery {
    web::Query::<fg::FilterQuery>::from_query(page.req.query_string())
        .map(web::Query::into_inner)
        .unwrap_or_default()
}

/// The organization whose own figures the viewer reports and reads, if any.
fn own_org(page: &Page) -> Option<i32> {
    let org = page.viewer.user.as_ref()?.organization_id?;
    page.viewer
        .can(Action::ReportFigures { organization_id: org })
        .then_some(org)
}

/// The tables of a report with their captions, in page order.
fn tables(l: &vf::Labels<'_>, r: &fg::Quarterly, threshold: i64) -> Vec<vf::TableView> {
    use vf::{Axis, TableSpec};
    let spec = |id, caption, corner, rows, cols| TableSpec {
        id,
        caption,
        corner,
        rows,
        cols,
    };
    vec![
        vf::table_view(
            l,
            spec(
                "by-country",
                "figures-table-by-country",
                "figures-country",
                Axis::Country,
                Axis::Measure,
            ),
            &r.by_country,
            threshold,
        ),
        vf::table_view(
            l,
            spec(
                "by-kind",
                "figures-table-by-kind",
                "figures-kind",
                Axis::Kind,
                Axis::Country,
            ),
            &r.by_kind,
            threshold,
        ),
        vf::table_view(
            l,
            spec(
                "flows",
                "figures-table-flows",
                "figures-flow-corner",
                Axis::Country,
                Axis::Country,
            ),
            &r.flows,
            threshold,
        ),
        vf::table_view(
            l,
            spec(
                "unmet",
                "figures-table-unmet",
                "figures-kind",
                Axis::Kind,
                Axis::Country,
            ),
            &r.unmet,
            threshold,
        ),
    ]
}

/// The report's other tables (occupancy, capacity at risk, the breakdowns), in page order.
fn more_tables(l: &vf::Labels<'_>, r: &fg::Quarterly, threshold: i64) -> Vec<vf::TableView> {
    let mut out = vec![vf::occupancy_view(l, r, threshold), vf::at_risk_view(l, r)];
    out.extend(vf::breakdown_views(l, r, threshold).into_iter().flat_map(|b| b.tables));
    out
}

pub async fn index(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewFigures)?;
    let state = &page.state;
    let lang = page.lang().to_string();
    let threshold = state.settings.suppression_threshold;
    let countries = fg::network_countries(&state.db, &lang).await?;
    let kinds = fg::kind_codes(&state.db).await?;
    let q = query(&page);
    let filter = fg::filter_of(&q, &kinds, &countries);
    let codes: Vec<String> = countries.iter().map(|(c, _)| c.clone()).collect();
    let own = own_org(&page);
    let report = fg::quarterly(&state.db, &filter, &codes, threshold, own).await?;
    let names: BTreeMap<String, String> = countries.iter().cloned().collect();
    let l = vf::Labels {
        lang: &lang,
        countries: &names,
    };
    let latest = Quarter::latest(fg::today());
    let mut quarters = vec![];
    let mut qq = latest;
    for _ in 0..8 {
        quarters.push(Opt {
            code: qq.code(),
            label: msg("figures-quarter")
                .arg("quarter", i64::from(qq.q))
                .arg("year", qq.year.to_string())
                .text(&lang),
        });
        qq = qq.prev();
    }
    let own_table = report.own.as_ref().map(|o| {
        vf::table_view(
            &l,
            vf::TableSpec {
                id: "own",
                caption: "figures-table-own",
                corner: "figures-kind",
                rows: vf::Axis::Kind,
                cols: vf::Axis::Measure,
            },
            o,
            threshold,
        )
    });
    let query_string = crate::services::paging::query_string(&[
        ("quarter", &filter.quarter.code()),
        ("kind", filter.kind.as_deref().unwrap_or("")),
        ("country", filter.country.as_deref().unwrap_or("")),
    ]);
    let data = vf::IndexPage {
        heading: msg("figures-quarter")
            .arg("quarter", i64::from(filter.quarter.q))
            .arg("year", filter.quarter.year.to_string())
            .text(&lang),
        quarters,
        kinds: kinds
            .iter()
            .map(|k| Opt {
                code: k.clone(),
                label: l.kind(k),
            })
            .collect(),
        countries: countries
            .iter()
            .map(|(c, n)| Opt {
                code: c.clone(),
                label: n.clone(),
            })
            .collect(),
        quarter: filter.quarter.code(),
        kind: filter.kind.clone().unwrap_or_default(),
        country: filter.country.clone().unwrap_or_default(),
        threshold_note: msg("figures-suppression-note").arg("threshold", threshold).text(&lang),
        reporting: msg("figures-reporting")
            .arg("count", report.reporting_organizations as i64)
            .text(&lang),
        example: report.example,
        tables: tables(&l, &report, threshold),
        gap_kinds: report
            .gaps
            .first()
            .map(|(_, cells)| cells.iter().map(|(k, _)| l.kind(k)).collect())
            .unwrap_or_default(),
        gaps: vf::gaps_view(&l, &report),
        chart: vf::assisted_chart(&l, &report, threshold),
        occupancy: vf::occupancy_view(&l, &report, threshold),
        occupancy_note: msg("figures-occupancy-note")
            .arg("days", report.occupancy.days)
            .text(&lang),
        occupancy_chart: vf::occupancy_chart(&l, &report),
        at_risk: vf::at_risk_view(&l, &report),
        breakdowns: vf::breakdown_views(&l, &report, threshold),
        own: own_table,
        can_report: own.is_some(),
        csv_url: if query_string.is_empty() {
            "/figures/export.csv".into()
        } else {
            format!("/figures/export.csv?{query_string}")
        },
    };
    page.ok("pages/figures/index", &t(&lang, "figures-title"), data)
}

/// The report as CSV, suppressed as on the page (never an organization's own figures).
pub async fn export_csv(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewFigures)?;
    let state = &page.state;
    let lang = page.lang().to_string();
    let threshold = state.settings.suppression_threshold;
    let countries = fg::network_countries(&state.db, &lang).await?;
    let kinds = fg::kind_codes(&state.db).await?;
    let filter = fg::filter_of(&query(&page), &kinds, &countries);
    let codes: Vec<String> = countries.iter().map(|(c, _)| c.clone()).collect();
    let report = fg::quarterly(&state.db, &filter, &codes, threshold, None).await?;
    let names: BTreeMap<String, String> = countries.iter().cloned().collect();
    let l = vf::Labels {
        lang: &lang,
        countries: &names,
    };
    let mut csv = CsvExport::new(
        &lang,
        &[
            "figures-csv-quarter",
            "figures-csv-table",
            "figures-csv-row",
            "figures-csv-column",
            "figures-csv-value",
        ],
    )?;
    let total = t(&lang, "figures-total");
    let mut all_tables = tables(&l, &report, threshold);
    all_tables.extend(more_tables(&l, &report, threshold));
    for table in all_tables {
        let all = table.rows.iter().chain(table.totals.iter());
        for row in all {
            for (col, c) in table.cols.iter().zip(&row.cells) {
                csv.row(&[
                    report.quarter.clone(),
                    table.caption.clone(),
                    row.label.clone(),
                    col.clone(),
                    c.raw.clone(),
                ])?;
            }
            if let Some(c) = &row.total {
                csv.row(&[
                    report.quarter.clone(),
                    table.caption.clone(),
                    row.label.clone(),
                    total.clone(),
                    c.raw.clone(),
                ])?;
            }
        }
    }
    csv.download(&format!("figures-{}.csv", report.quarter))
}

/// The viewer's organization, when they may report its figures.
async fn reporting_org(page: &Page) -> Result<organization::Model, AppError> {
    let org = page.viewer.signed_in()?.organization_id.unwrap_or(0);
    page.viewer.require(Action::ReportFigures { organization_id: org })?;
    organization::Entity::find_by_id(org)
        .one(&page.state.db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The organization's last twelve months, newest first, with a link per service kind.
pub async fn mine(page: Page) -> Result<HttpResponse, AppError> {
    let org = reporting_org(&page).await?;
    let state = &page.state;
    let lang = page.lang().to_string();
    let today = fg::today();
    let this = Month::of(today);
    let mut from = this;
    for _ in 0..11 {
        from = from.prev();
    }
    let reported: BTreeSet<(String, String)> = fg::reported_months(&state.db, org.id, from)
        .await?
        .into_iter()
        .collect();
    let offered: BTreeSet<String> = organization_service::Entity::find()
        .filter(organization_service::Column::OrganizationId.eq(org.id))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|s| s.service_code)
        .collect();
    let kinds: Vec<String> = fg::kind_codes(&state.db)
        .await?
        .into_iter()
        .filter(|k| offered.is_empty() || offered.contains(k) || reported.iter().any(|(_, rk)| rk == k))
        .collect();
    let mut months = vec![];
    let mut m = this;
    for _ in 0..12 {
        months.push(vf::MonthView {
            label: vf::month_label(&lang, m),
            status: vf::month_status(&lang, m, today),
            closed: m.is_closed(today),
            kinds: kinds
                .iter()
                .map(|k| {
                    let done = reported.contains(&(m.code(), k.clone()));
                    vf::KindLink {
                        label: i18n::label(&lang, "service", k),
                        href: format!("/figures/report/{}/{k}", m.code()),
                        reported: done,
                        status: t(
                            &lang,
                            if done {
                                "figures-reported"
                            } else {
                                "figures-not-reported"
                            },
                        ),
                    }
                })
                .collect(),
        });
        m = m.prev();
    }
    let data = vf::MinePage {
        organization: org.name.clone(),
        months,
    };
    page.ok("pages/figures/mine", &t(&lang, "figures-mine-title"), data)
}

/// The sheet a path names: a month up to this one, and a service kind that exists.
async fn key_of(page: &Page, org: &organization::Model, month: &str, kind: &str) -> Result<SheetKey, AppError> {
    let month = Month::parse(month)
        .filter(|m| *m <= Month::of(fg::today()))
        .ok_or(AppError::NotFound)?;
    service_kind::Entity::find_by_id(kind.to_string())
        .one(&page.state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(SheetKey {
        organization_id: org.id,
        month,
        service_code: kind.to_string(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct BreakdownQuery {
    breakdown: String,
}

struct FormParts<'a> {
    key: &'a SheetKey,
    org: &'a organization::Model,
    fields: &'a FigureFields,
    breakdown: &'a str,
    sheet: &'a fg::Sheet,
    version: i32,
    countries: &'a [(String, String)],
}

fn form_page(page: &Page, p: FormParts<'_>) -> (String, vf::FormPage) {
    let lang = page.lang();
    let today = fg::today();
    let heading = msg("figures-form-title")
        .arg("kind", i18n::label(lang, "service", &p.key.service_code))
        .arg("month", vf::month_label(lang, p.key.month))
        .text(lang);
    let tz: chrono_tz::Tz = page.viewer.tz().parse().unwrap_or(chrono_tz::Europe::Tirane);
    let data = vf::FormPage {
        heading: heading.clone(),
        organization: p.org.name.clone(),
        status: vf::month_status(lang, p.key.month, today),
        closed: p.key.month.is_closed(today),
        action: format!("/figures/report/{}/{}", p.key.month.code(), p.key.service_code),
        breakdown: p.breakdown.to_string(),
        breakdowns: fg::BREAKDOWNS
            .iter()
            .map(|(b, _)| Opt {
                code: b.to_string(),
                label: i18n::label(lang, "figures-breakdown", b),
            })
            .collect(),
        groups: vf::field_groups(lang, p.fields, p.breakdown, p.countries),
        revisions: p
            .sheet
            .revisions
            .iter()
            .map(|r| {
                let when = i18n::dates::date_time(lang, r.changed_at.with_timezone(&tz).naive_local());
                vf::RevisionView {
                    text: msg(if r.correction {
                        "figures-revision-correction"
                    } else {
                        "figures-revision-saved"
                    })
                    .arg("name", r.changed_by_name.clone())
                    .arg("when", when)
                    .arg("version", r.version.to_string())
                    .text(lang),
                    correction: r.correction,
                }
            })
            .collect(),
        errors: Default::default(),
        has_errors: false,
        edit_version: p.version,
        max: fg::MAX_COUNT,
    };
    (heading, data)
}

pub async fn form(page: Page, path: web::Path<(String, String)>) -> Result<HttpResponse, AppError> {
    let org = reporting_org(&page).await?;
    let key = key_of(&page, &org, &path.0, &path.1).await?;
    let countries = fg::network_countries(&page.state.db, page.lang()).await?;
    let codes: Vec<String> = countries.iter().map(|(c, _)| c.clone()).collect();
    let sheet = fg::sheet(&page.state.db, &key, &codes).await?;
    let asked = web::Query::<BreakdownQuery>::from_query(page.req.query_string())
        .map(web::Query::into_inner)
        .unwrap_or_default()
        .breakdown;
    let breakdown = if fg::categories(&asked).is_empty() {
        sheet.fields.breakdown.clone()
    } else {
        asked
    };
    let (heading, data) = form_page(
        &page,
        FormParts {
            key: &key,
            org: &org,
            fields: &sheet.fields,
            breakdown: &breakdown,
            sheet: &sheet,
            version: sheet.version(),
            countries: &countries,
        },
    );
    page.ok(FORM, &heading, data)
}

pub async fn save(page: Page, path: web::Path<(String, String)>, form: Form) -> Result<HttpResponse, AppError> {
    let org = reporting_org(&page).await?;
    let key = key_of(&page, &org, &path.0, &path.1).await?;
    let user = page.viewer.signed_in()?.clone();
    let countries = fg::network_countries(&page.state.db, page.lang()).await?;
    let codes: Vec<String> = countries.iter().map(|(c, _)| c.clone()).collect();
    let mut typed: FigureFields = form.parse()?;
    typed.keep_fields(&codes);
    let based_on = versions::from_form(form.get("version"))?;
    let today = fg::today();
    let actor = fg::Actor {
        user_id: Some(user.id),
        name: user.name.clone(),
    };
    let result = match typed.parse(&codes) {
        Ok(input) => fg::save(&page.state.db, &key, &input, based_on, &actor, today).await,
        Err(e) => Err(AppError::Validation(e)),
    };
    let breakdown = if fg::categories(&typed.breakdown).is_empty() {
        "none".to_string()
    } else {
        typed.breakdown.clone()
    };
    let path = format!("/figures/report/{}/{}", key.month.code(), key.service_code);
    match views::saved(result)? {
        Saved::Done(_) => page.done(&path, "figures-saved"),
        Saved::Invalid(errors) => {
            let sheet = fg::sheet(&page.state.db, &key, &codes).await?;
            let (heading, data) = form_page(
                &page,
                FormParts {
                    key: &key,
                    org: &org,
                    fields: &typed,
                    breakdown: &breakdown,
                    sheet: &sheet,
                    version: based_on,
                    countries: &countries,
                },
            );
            page.invalid(FORM, &heading, &errors, &data)
        }
        Saved::Stale => {
            let sheet = fg::sheet(&page.state.db, &key, &codes).await?;
            let (heading, data) = form_page(
                &page,
                FormParts {
                    key: &key,
                    org: &org,
                    fields: &typed,
                    breakdown: &breakdown,
                    sheet: &sheet,
                    version: sheet.version(),
                    countries: &countries,
                },
            );
            let lang = page.lang();
            let label = |f: &str| vf::field_label(lang, f, &countries);
            let shown = |f: &str, v: &str| {
                if f == "breakdown" {
                    i18n::label(lang, "figures-breakdown", v)
                } else {
                    v.to_string()
                }
            };
            let stale = views::Stale::new(sheet.version(), &typed, &sheet.fields, &label)?.shown(&shown);
            page.stale(FORM, &heading, &data, stale)
        }
    }
}
