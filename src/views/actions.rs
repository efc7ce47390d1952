//! View models for the action item pages (list, item page, form, one-click confirmation,
//! follow-up report), and the action item pieces an event page and its report show.

use std::collections::HashMap;

use actix_web::HttpResponse;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::Serialize;

use crate::error::AppError;
use crate::i18n::{label, t};
use crate::services::actions as act;
use crate::views::Page;
use crate::views::Pager;
use crate::views::directory::Opt;
use crate::views::events::{Checked, EventRef};
use crate::views::legal::LegalLink;
use entity::{action_item, action_item_change};

/// An item in a list (and the head of its own page).
#[derive(Serialize)]
pub struct ItemRow {
    pub id: i32,
    pub title: String,
    pub owner: String,
    pub due_on: Option<String>,
    pub overdue: bool,
    pub status: String,
    pub priority: String,
    pub percent: i32,
}

/// A row, with the owner organization's name from `orgs`; overdue counts from `today`.
pub fn row(lang: &str, i: &action_item::Model, orgs: &HashMap<i32, String>, today: NaiveDate) -> ItemRow {
    ItemRow {
        id: i.id,
        title: i.title.clone(),
        owner: orgs.get(&i.owner_org_id).cloned().unwrap_or_default(),
        due_on: i.due_on.map(|d| d.to_string()),
        overdue: i.due_on.is_some_and(|d| d < today) && !matches!(i.status.as_str(), "done" | "cancelled"),
        status: label(lang, "action-status", &i.status),
        priority: label(lang, "action-priority", &i.priority),
        percent: i.percent,
    }
}

/// An open item of an earlier meeting, as the event page lists it for its outcome.
#[derive(Serialize)]
pub struct MatterArising {
    pub id: i32,
    pub title: String,
    pub status: String,
    pub percent: i32,
    pub due_on: Option<String>,
}

pub fn matter_arising(lang: &str, i: &action_item::Model) -> MatterArising {
    MatterArising {
        id: i.id,
        title: i.title.clone(),
        status: label(lang, "action-status", &i.status),
        percent: i.percent,
        due_on: i.due_on.map(|d| d.to_string()),
    }
}

/// An item opened at a meeting, as the post-meeting report links it.
#[derive(Serialize)]
pub struct ActionLink {
    pub id: i32,
    pub title: String,
    pub status: String,
}

pub fn action_link(lang: &str, a: &action_item::Model) -> ActionLink {
    ActionLink {
        id: a.id,
        title: a.title.clone(),
        status: label(lang, "action-status", &a.status),
    }
}

/// The answer to a progress comment posted from a page (the item page, an event's matters
/// arising): back to `back` with the success message `done_key`, or with the validation
/// messages as an error.
pub fn comment_answer<T>(
    page: &Page,
    back: &str,
    result: Result<T, AppError>,
    done_key: &str,
) -> Result<HttpResponse, AppError> {
    match result {
        Ok(_) => Ok(page.see_other(back, Some(("success", &t(page.lang(), done_key))))),
        Err(AppError::Validation(e)) => Ok(page.see_other(back, Some(("error", &e.sentences(page.lang()))))),
        Err(e) => Err(e),
    }
}

/// The action items list.
#[derive(Serialize)]
pub struct IndexPage<'a> {
    pub filter: &'a act::ItemFilter,
    pub owner: String,
    pub rows: Vec<ItemRow>,
    pub pager: Pager,
    pub more_than_cap: bool,
    pub views: Vec<ViewTab>,
    pub statuses: Vec<Opt>,
    pub countries: Vec<Opt>,
    pub organizations: Vec<Opt>,
    pub sorts: Vec<Opt>,
    pub export_url: String,
    pub can_create: bool,
    pub can_bulk: bool,
    pub back: String,
}

/// One of the list's views (all, mine, my organization's, overdue).
#[derive(Serialize)]
pub struct ViewTab {
    pub code: String,
    pub label: String,
    pub current: bool,
}

pub fn view_tabs(lang: &str, view: &str) -> Vec<ViewTab> {
    ["all", "mine", "org", "overdue"]
        .iter()
        .map(|v| ViewTab {
            code: v.to_string(),
            label: t(lang, &format!("actions-view-{v}")),
            current: view == *v || (view.is_empty() && *v == "all"),
        })
        .collect()
}

/// Organizations (id, name) as choices whose code is the id.
pub fn org_options(list: &[(i32, String)]) -> Vec<Opt> {
    list.iter()
        .map(|(id, n)| Opt {
            code: id.to_string(),
            label: n.clone(),
        })
        .collect()
}

/// The item form (new and edit).
#[derive(Serialize)]
pub struct FormPage<'a> {
    pub form: &'a act::ItemFields,
    pub legal: Option<LegalLink>,
    /// The coverage gap of the service map the item follows up.
    pub gap: Option<crate::views::service_map::GapLink>,
    pub people: Vec<Opt>,
    pub owner_person: String,
    pub owner: String,
    pub heading: String,
    pub action: String,
    pub owners: Vec<Opt>,
    pub supporters: Vec<Checked>,
    pub countries: Vec<CountryChoice>,
    pub statuses: Vec<Opt>,
    pub priorities: Vec<Opt>,
    pub percent: String,
    pub errors: crate::views::FieldMessages,
    pub has_errors: bool,
}

/// A country as a checkbox of the item form.
#[derive(Serialize)]
pub struct CountryChoice {
    pub code: String,
    pub name: String,
    pub checked: bool,
}

/// The item page.
#[derive(Serialize)]
pub struct ShowPage {
    pub item: ItemRow,
    pub description: Option<String>,
    pub owner_person: Option<String>,
    pub supporters: Vec<String>,
    pub countries: Vec<String>,
    pub tags: Option<String>,
    pub event: Option<EventRef>,
    pub legal: Option<LegalLink>,
    /// The coverage gap of the service map the item follows up.
    pub gap: Option<crate::views::service_map::GapLink>,
    pub timeline: Vec<TimelineEntry>,
    pub can_edit: bool,
    pub statuses: Vec<Opt>,
    /// The progress form: what was typed, or the item's current status and percent.
    pub progress: ProgressValues,
    pub errors: crate::views::FieldMessages,
    pub has_errors: bool,
}

/// The progress-update form's values.
#[derive(Serialize)]
pub struct ProgressValues {
    pub comment: String,
    /// Empty: "unchanged".
    pub status: String,
    pub percent: String,
}

impl ProgressValues {
    /// A fresh form: no comment, status unchanged, the percent where the item stands.
    pub fn of(item: &entity::action_item::Model) -> Self {
        ProgressValues {
            comment: String::new(),
            status: String::new(),
            percent: item.percent.to_string(),
        }
    }
}

/// A change or comment in an item's history.
#[derive(Serialize)]
pub struct TimelineEntry {
    pub when: DateTime<Utc>,
    pub who: Option<String>,
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
    pub comment: Option<String>,
}

/// The names behind the ids and codes an item's history stores, so that its page reads
/// "Open → In progress" and organizations by name, never `in_progress` or `12`.
pub struct HistoryNames<'a> {
    pub users: &'a [crate::services::accounts::UserRow],
    pub orgs: &'a std::collections::HashMap<i32, String>,
    pub people: std::collections::HashMap<i32, String>,
    pub events: std::collections::HashMap<i32, String>,
    pub countries: Vec<entity::country::Model>,
}

impl HistoryNames<'_> {
    /// A stored value of `field` as people read it.
    fn readable(&self, lang: &str, field: &str, value: Option<String>) -> Option<String> {
        let v = value?;
        let by_id = |names: &std::collections::HashMap<i32, String>, raw: &str| {
            raw.trim()
                .parse::<i32>()
                .ok()
                .and_then(|id| names.get(&id).cloned())
                .unwrap_or_else(|| raw.to_string())
        };
        let list = |each: &dyn Fn(&str) -> String| {
            v.split(',')
                .filter(|x| !x.trim().is_empty())
                .map(|x| each(x.trim()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        Some(match field {
            "status" => label(lang, "action-status", &v),
            "priority" => label(lang, "action-priority", &v),
            "owner_org_id" => by_id(self.orgs, &v),
            "owner_person_id" => by_id(&self.people, &v),
            "event_id" => by_id(&self.events, &v),
            "supporters" => list(&|x| by_id(self.orgs, x)),
            "countries" | "legal_country" => list(&|x| crate::services::countries::name_in(&self.countries, x)),
            _ => v,
        })
    }
}

/// A history entry, with its author's name and its values by name.
pub fn timeline_entry(lang: &str, c: action_item_change::Model, names: &HistoryNames) -> TimelineEntry {
    TimelineEntry {
        when: c.created_at,
        who: c
            .user_id
            .and_then(|u| names.users.iter().find(|x| x.id == u))
            .map(|u| u.name.clone()),
        old: names.readable(lang, &c.field, c.old_value),
        new: names.readable(lang, &c.field, c.new_value),
        field: label(lang, "action-field", &c.field),
        comment: c.comment,
    }
}

/// The one-click confirmation page of a reminder's link.
#[derive(Serialize)]
pub struct QuickPage {
    pub question: String,
    pub note: bool,
    pub done: bool,
    pub action: String,
}

/// Statuses in the follow-up chart, with their colours (the swatches in app.css follow this
/// order).
pub const CHART_COLOURS: [(&str, &str); 5] = [
    ("open", "#0b4f8a"),
    ("in_progress", "#2e7d32"),
    ("blocked", "#a4161a"),
    ("done", "#6b7280"),
    ("cancelled", "#c9d1d9"),
];

/// The follow-up report of a meeting.
#[derive(Serialize)]
pub struct ReportPage {
    pub event: EventRef,
    pub rows: Vec<ItemRow>,
    pub total: usize,
    pub done: usize,
    pub overdue: usize,
    pub average: i64,
    pub chart: String,
    pub legend: Vec<LegendEntry>,
    pub table: Vec<ChartRow>,
    pub statuses: Vec<String>,
    pub new_url: String,
    pub list_url: String,
}

#[derive(Serialize)]
pub struct LegendEntry {
    pub label: String,
    pub colour: &'static str,
}

pub fn legend(lang: &str) -> Vec<LegendEntry> {
    CHART_COLOURS
        .iter()
        .map(|(s, c)| LegendEntry {
            label: label(lang, "action-status", s),
            colour: c,
        })
        .collect()
}

/// The chart's figures as a table row: a date and the count of each status of
/// [`CHART_COLOURS`].
#[derive(Serialize)]
pub struct ChartRow {
    /// The row's day (a field named `date` would call the `date` helper instead).
    pub on: String,
    pub counts: Vec<usize>,
}

pub fn chart_table(series: &[(String, Vec<usize>)]) -> Vec<ChartRow> {
    series
        .iter()
        .map(|(d, c)| ChartRow {
            on: d.clone(),
            counts: c.clone(),
        })
        .collect()
}

/// Items by status over time as stacked bars (an SVG), one bar per date of `series`.
pub fn chart_svg(lang: &str, series: &[(String, Vec<usize>)]) -> String {
    let max = series
        .iter()
        .map(|(_, c)| c.iter().sum::<usize>())
        .max()
        .unwrap_or(1)
        .max(1);
    // 48 px a bar: room for a "Dec 2023" label under each.
    let (w, h, bar) = (40 + series.len() * 48, 180usize, 28usize);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{}\" role=\"img\" aria-labelledby=\"chart-title\"><title id=\"chart-title\">{}</title>",
        h + 40,
        handlebars::html_escape(&t(lang, "report-chart-title"))
    );
    for (k, (label_text, counts)) in series.iter().enumerate() {
        let x = 30 + k * 48;
        let mut y = h;
        for (n, (_, colour)) in counts.iter().zip(CHART_COLOURS.iter()) {
            let height = n * (h - 10) / max;
            if height > 0 {
                y -= height;
                svg.push_str(&format!(
                    "<rect x=\"{x}\" y=\"{y}\" width=\"{bar}\" height=\"{height}\" fill=\"{colour}\"/>"
                ));
            }
        }
        // Month and year ("Dec 2023"), readable on paper too.
        let month = chrono::NaiveDate::parse_from_str(label_text, "%Y-%m-%d")
            .map(|d| crate::i18n::dates::month_abbr_year(lang, d.year(), d.month()))
            .unwrap_or_else(|_| label_text.clone());
        svg.push_str(&format!(
            "<text x=\"{x}\" y=\"{}\" font-size=\"9\">{}</text>",
            h + 14,
            handlebars::html_escape(&month)
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// The catalogue key of an action item form field's label.
pub fn action_field_label(field: &str) -> &'static str {
    match field {
        "title" => "action-title",
        "description" => "event-description",
        "owner_org_id" => "action-owner",
        "owner_person_id" => "action-owner-person",
        "due_on" => "action-due",
        "priority" => "action-priority",
        "status" => "action-status",
        "percent" => "action-percent",
        "tags" => "action-tags",
        "countries" => "action-countries",
        "supporters" => "action-supporters",
        "legal_topic_id" | "legal_country" => "action-legal-link",
        _ => "action-source",
    }
}

/// A stored value of an action item form field as people read it (a status as its label).
pub fn action_value(lang: &str, field: &str, value: &str) -> String {
    match field {
        "status" => t(lang, &format!("action-status-{value}")),
        _ => value.to_string(),
    }
}
