//! View models for the event pages (list, month grid, event page, forms, participants, RSVP,
//! agenda history, post-meeting report), and the event pieces other areas' pages show.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::i18n::{dates, label, t, t_args};
use crate::services::{countries, events as ev};
use crate::views::Pager;
use crate::views::actions::{ActionLink, MatterArising};
use crate::views::directory::Opt;
use crate::views::documents::DocumentRow;
use entity::{agenda_item, agenda_revision, country, event, participant};

/// The event's own time zone (Europe/Tirane when it names none that exists).
pub fn tz_of(e: &event::Model) -> Tz {
    e.time_zone.parse().unwrap_or(chrono_tz::Europe::Tirane)
}

/// "12–13 Dec 2023, 09:00–18:00 (Europe/Tirane)" style fields for templates. An all-day
/// event shows its first and last day, and "all day" where the zone would be.
#[derive(Serialize)]
pub struct When {
    pub start: String,
    pub end: String,
    pub time_zone: String,
    pub start_iso: String,
    pub all_day: bool,
}

pub fn when(lang: &str, e: &event::Model) -> When {
    let tz = tz_of(e);
    let s = e.starts_at.with_timezone(&tz);
    let en = e.ends_at.with_timezone(&tz);
    if e.all_day {
        let last = (en - chrono::Duration::days(1)).date_naive();
        return When {
            start: dates::date(lang, s.date_naive()),
            end: dates::date(lang, last),
            time_zone: t(lang, "import-all-day"),
            start_iso: s.date_naive().to_string(),
            all_day: true,
        };
    }
    When {
        start: dates::date_time(lang, s.naive_local()),
        end: if s.date_naive() == en.date_naive() {
            en.format("%H:%M").to_string()
        } else {
            dates::date_time(lang, en.naive_local())
        },
        time_zone: e.time_zone.clone(),
        start_iso: e.starts_at.to_rfc3339(),
        all_day: false,
    }
}

/// The first and last day an event is on, as a viewer in `tz` sees it; an all-day event is on
/// its own dates wherever the viewer is.
pub fn days_of(e: &event::Model, tz: Tz) -> (NaiveDate, NaiveDate) {
    if e.all_day {
        let own = tz_of(e);
        let last = e.ends_at - chrono::Duration::seconds(1);
        return (
            e.starts_at.with_timezone(&own).date_naive(),
            last.with_timezone(&own)
                .date_naive()
                .max(e.starts_at.with_timezone(&own).date_naive()),
        );
    }
    (
        e.starts_at.with_timezone(&tz).date_naive(),
        e.ends_at.with_timezone(&tz).date_naive(),
    )
}

/// An event as lists and page headings show it.
#[derive(Serialize)]
pub struct EventSummary {
    pub id: i32,
    pub title: String,
    pub kind: String,
    pub status: String,
    pub status_label: String,
    pub when: When,
    pub city: Option<String>,
    pub country: Option<String>,
    pub online: bool,
}

pub fn summary_row(lang: &str, e: &event::Model, countries_list: &[country::Model]) -> EventSummary {
    EventSummary {
        id: e.id,
        title: e.title.clone(),
        kind: label(lang, "event-kind", &e.kind),
        status: e.status.clone(),
        status_label: label(lang, "event-status", &e.status),
        when: when(lang, e),
        city: e.venue_city.clone(),
        country: e
            .venue_country
            .as_deref()
            .map(|c| countries::name_in(countries_list, c)),
        online: e.online_url.is_some(),
    }
}

/// An event named on a page about something else (its form, minutes, follow-up report).
#[derive(Serialize)]
pub struct EventRef {
    pub id: i32,
    pub title: String,
}

pub fn event_ref(e: &event::Model) -> EventRef {
    EventRef {
        id: e.id,
        title: e.title.clone(),
    }
}

/// An organization or a person in a list of links or choices.
#[derive(Serialize)]
pub struct IdName {
    pub id: i32,
    pub name: String,
}

/// A choice in a list of checkboxes.
#[derive(Serialize)]
pub struct Checked {
    pub id: i32,
    pub name: String,
    pub checked: bool,
}

/// The warning that agenda item `o` overlaps another one.
pub fn overlap_text(lang: &str, o: &agenda_item::Model) -> String {
    t_args(
        lang,
        "item-overlap",
        &[
            ("title", o.title.clone().into()),
            ("start", o.start_time.clone().into()),
            ("end", o.end_time.clone().into()),
        ],
    )
}

/// The events list.
#[derive(Serialize)]
pub struct IndexPage<'a> {
    pub filter: &'a ev::EventFilter,
    pub past: bool,
    pub year: String,
    pub years: Vec<String>,
    pub rows: Vec<EventSummary>,
    pub pager: Pager,
    pub kinds: Vec<Opt>,
    pub countries: Vec<Opt>,
    pub can_create: bool,
    pub feed_url: String,
    pub webcal_url: String,
}

/// The event page.
#[derive(Serialize)]
pub struct ShowPage {
    pub event: EventSummary,
    pub description_html: Option<String>,
    pub venue: Venue,
    pub online_url: Option<String>,
    pub project: Option<String>,
    pub languages: Option<String>,
    pub capacity: Option<i32>,
    pub visibility: String,
    pub organizers: Vec<IdName>,
    pub days: Vec<AgendaDay>,
    pub participants_by_country: Vec<CountryCount>,
    pub matters_arising: Vec<MatterArising>,
    pub action_statuses: Vec<Opt>,
    pub agenda_draft: bool,
    pub can_manage: bool,
    pub cancelled: bool,
    pub ics_url: String,
    pub ics_items_url: String,
    pub google_url: String,
    pub documents: Vec<DocumentRow>,
    pub add_document_url: Option<String>,
    /// The viewer's own invitation, when they are invited.
    pub answer: Option<AnswerForm>,
    /// The minutes exist for this reader (circulated, or the secretariat's draft).
    pub can_open_minutes: bool,
    /// "Cancel this event" is offered (not once it has ended or was cancelled).
    pub can_cancel: bool,
    /// The event has ended: its agenda is a record, no longer moved around.
    pub past: bool,
    /// For the secretariat: where the event and its agenda stand, in one sentence.
    pub state: Option<String>,
    /// The agenda can be published now (the event is published and the agenda is a draft).
    pub can_publish_agenda: bool,
    pub errors: crate::views::FieldMessages,
    pub has_errors: bool,
}

#[derive(Serialize)]
pub struct Venue {
    pub name: Option<String>,
    pub address: Option<String>,
    pub city: Option<String>,
}

pub fn venue(e: &event::Model) -> Venue {
    Venue {
        name: e.venue_name.clone(),
        address: e.venue_address.clone(),
        city: e.venue_city.clone(),
    }
}

/// One day of the agenda on the event page.
#[derive(Serialize)]
pub struct AgendaDay {
    pub day: String,
    pub items: Vec<AgendaRow>,
}

#[derive(Serialize)]
pub struct AgendaRow {
    pub id: i32,
    pub start: String,
    pub end: String,
    pub title: String,
    pub kind: String,
    pub track: Option<String>,
    pub moderator: Option<String>,
    pub speakers: Vec<String>,
    pub description: Option<String>,
    pub warnings: Vec<String>,
}

/// An item's time as the agenda shows it: one in the autumn's repeated hour says which of the
/// two it is (items are kept at the first, `services::events`).
fn item_time(lang: &str, tz: Tz, day: NaiveDate, time: &str) -> String {
    use chrono::TimeZone;
    use chrono_tz::OffsetComponents;
    let Ok(t) = chrono::NaiveTime::parse_from_str(time, "%H:%M") else {
        return time.to_string();
    };
    match tz.from_local_datetime(&day.and_time(t)) {
        chrono::LocalResult::Ambiguous(first, _) => {
            let summer = if first.offset().dst_offset().is_zero() {
                "no"
            } else {
                "yes"
            };
            t_args(
                lang,
                "item-time-repeated",
                &[("time", time.into()), ("summer", summer.into())],
            )
        }
        _ => time.to_string(),
    }
}

/// The agenda grouped by day (the items come in order), each item with its overlap warnings;
/// times are the event's local times (`tz`).
pub fn agenda_days(lang: &str, tz: Tz, items: &[agenda_item::Model]) -> Vec<AgendaDay> {
    let mut days: Vec<AgendaDay> = vec![];
    let mut current: Option<NaiveDate> = None;
    for i in items {
        if current != Some(i.day) {
            current = Some(i.day);
            days.push(AgendaDay {
                day: dates::weekday_date_long(lang, i.day),
                items: vec![],
            });
        }
        let warnings: Vec<String> = ev::overlaps(i, items).iter().map(|o| overlap_text(lang, o)).collect();
        if let Some(d) = days.last_mut() {
            d.items.push(AgendaRow {
                id: i.id,
                start: item_time(lang, tz, i.day, &i.start_time),
                end: item_time(lang, tz, i.day, &i.end_time),
                title: i.title.clone(),
                kind: label(lang, "item-kind", &i.kind),
                track: i.track.clone(),
                moderator: i.moderator.clone(),
                speakers: ev::speakers(i.speakers.as_deref()),
                description: i.description.clone(),
                warnings,
            });
        }
    }
    days
}

/// How many take part from one country.
#[derive(Serialize)]
pub struct CountryCount {
    pub country: String,
    pub count: usize,
}

/// Participants by country, then organization (`participants::counts`).
pub type Counts = BTreeMap<String, BTreeMap<String, usize>>;

pub fn country_counts(counts: Counts) -> Vec<CountryCount> {
    counts
        .into_iter()
        .map(|(country, orgs)| CountryCount {
            country,
            count: orgs.values().sum::<usize>(),
        })
        .collect()
}

/// Participants of one country, by organization (the participants page and the post-meeting
/// report).
#[derive(Serialize)]
pub struct CountryGroup {
    pub country: String,
    pub total: usize,
    pub orgs: Vec<OrgCount>,
}

#[derive(Serialize)]
pub struct OrgCount {
    pub name: String,
    pub count: usize,
}

pub fn country_groups(counts: Counts) -> Vec<CountryGroup> {
    counts
        .into_iter()
        .map(|(country, orgs)| CountryGroup {
            country,
            total: orgs.values().sum::<usize>(),
            orgs: orgs.into_iter().map(|(name, count)| OrgCount { name, count }).collect(),
        })
        .collect()
}

/// The event form (new and edit).
#[derive(Serialize)]
pub struct FormPage<'a> {
    pub form: &'a ev::EventFields,
    pub heading: String,
    pub action: String,
    pub kinds: Vec<Opt>,
    pub visibilities: Vec<Opt>,
    pub statuses: Vec<Opt>,
    pub countries: Vec<Opt>,
    pub time_zones: Vec<crate::views::TimeZoneGroup>,
    pub organizations: Vec<Checked>,
    pub errors: crate::views::FieldMessages,
    pub has_errors: bool,
}

/// The duplicate form: the new start date.
#[derive(Serialize)]
pub struct DuplicatePage {
    pub event: EventRef,
    pub form: DuplicateFields,
    pub errors: crate::views::FieldMessages,
    pub has_errors: bool,
}

#[derive(Serialize)]
pub struct DuplicateFields {
    pub start_date: String,
}

/// The month grid.
#[derive(Serialize)]
pub struct MonthPage {
    pub caption: String,
    pub weeks: Vec<Week>,
    /// Some day of the month has an event (on a phone only those days are listed).
    pub has_events: bool,
    pub prev_url: String,
    pub next_url: String,
    pub weekdays: Vec<String>,
}

#[derive(Serialize)]
pub struct Week {
    pub cells: Vec<DayCell>,
}

#[derive(Serialize)]
pub struct DayCell {
    pub day: u32,
    pub in_month: bool,
    pub today: bool,
    /// YYYY-MM-DD (a field named `date` would call the `date` helper instead).
    pub on: String,
    pub events: Vec<MonthEvent>,
}

#[derive(Serialize)]
pub struct MonthEvent {
    pub id: i32,
    pub title: String,
    pub cancelled: bool,
}

/// Weeks of seven days from `grid_start` (a Monday) until the week holding `last`, each day
/// with the events of `list` taking place on it (in time zone `tz`).
pub fn month_weeks(
    list: &[event::Model],
    tz: Tz,
    grid_start: NaiveDate,
    last: NaiveDate,
    month: u32,
    today: NaiveDate,
) -> Vec<Week> {
    let mut weeks = vec![];
    let mut day = grid_start;
    while day <= last {
        let mut cells = vec![];
        for _ in 0..7 {
            let events: Vec<MonthEvent> = list
                .iter()
                .filter(|e| {
                    let (s, en) = days_of(e, tz);
                    s <= day && day <= en
                })
                .map(|e| MonthEvent {
                    id: e.id,
                    title: e.title.clone(),
                    cancelled: e.status == "cancelled",
                })
                .collect();
            cells.push(DayCell {
                day: day.day(),
                in_month: day.month() == month,
                today: day == today,
                on: day.to_string(),
                events,
            });
            day += chrono::Duration::days(1);
        }
        weeks.push(Week { cells });
    }
    weeks
}

/// The agenda item form (new and edit).
#[derive(Serialize)]
pub struct ItemFormPage<'a> {
    pub event: EventRef,
    pub people: Vec<PersonChoice>,
    pub form: &'a ev::ItemFields,
    pub action: String,
    pub kinds: Vec<Opt>,
    pub errors: crate::views::FieldMessages,
    pub has_errors: bool,
}

/// A directory person offered as moderator or speaker ("Name, Organization").
#[derive(Serialize)]
pub struct PersonChoice {
    pub id: i32,
    pub label: String,
}

/// The agenda revisions and two of them compared.
#[derive(Serialize)]
pub struct HistoryPage {
    pub event: EventRef,
    pub revisions: Vec<RevisionRow>,
    pub numbers: Vec<String>,
    pub from: String,
    pub to: String,
    pub compared: Vec<String>,
    pub left: Vec<SnapRow>,
    pub right: Vec<SnapRow>,
}

#[derive(Serialize)]
pub struct RevisionRow {
    pub number: i32,
    pub created_at: DateTime<Utc>,
    pub author: Option<String>,
    pub summary: Vec<String>,
}

/// A revision with its author's name from `users`.
pub fn revision_row(r: &agenda_revision::Model, users: &[crate::services::accounts::UserRow]) -> RevisionRow {
    RevisionRow {
        number: r.number,
        created_at: r.created_at,
        author: r
            .author_id
            .and_then(|a| users.iter().find(|u| u.id == a))
            .map(|u| u.name.clone()),
        summary: r.summary.lines().map(str::to_string).collect(),
    }
}

/// An agenda item as a revision kept it.
#[derive(Serialize)]
pub struct SnapRow {
    pub day: String,
    pub start: String,
    pub end: String,
    pub title: String,
    pub track: Option<String>,
}

pub fn snap_rows(s: &[crate::services::agenda::Snap]) -> Vec<SnapRow> {
    s.iter()
        .map(|i| SnapRow {
            day: i.day.to_string(),
            start: i.start.clone(),
            end: i.end.clone(),
            title: i.title.clone(),
            track: i.track.clone(),
        })
        .collect()
}

/// The personal feed URL, shown once.
#[derive(Serialize)]
pub struct FeedCreatedPage {
    pub url: String,
    pub webcal: String,
}

/// The downloaded report's own styles (it is one self-contained file).
pub const REPORT_CSS: &str = include_str!("../../static/report.css");

/// The post-meeting report.
#[derive(Serialize)]
pub struct ReportPage {
    /// Put before the report's links: empty on the page, the site's address in the downloaded
    /// file (whose links must work from a disk).
    pub link_base: String,
    /// The page's address, named in the downloaded file.
    pub page_url: String,
    /// The downloaded file's styles (empty on the page).
    pub report_css: &'static str,
    pub register: Vec<RegisterChange>,
    pub register_total: u64,
    pub register_since: String,
    pub register_url: String,
    pub event: EventSummary,
    pub attendance: Vec<CountryGroup>,
    pub present: usize,
    pub attendance_marked: bool,
    pub sessions: Vec<Session>,
    pub decisions: Vec<Decision>,
    pub minutes_pending: bool,
    pub opened: Vec<ActionLink>,
    pub closed: usize,
    pub opened_count: usize,
    pub download_url: String,
    /// Figures for the roundtable (readers of figures only; none when the secretariat chose so).
    pub figures: Option<crate::views::figure_panels::ReportFigures>,
    /// The secretariat's choice of the figures' quarter (empty for everyone else).
    pub figures_choice: Vec<crate::views::figure_panels::QuarterOption>,
}

/// A change to the legal register since the previous meeting.
#[derive(Serialize)]
pub struct RegisterChange {
    pub topic: Option<String>,
    pub country: String,
    pub assessment: String,
    pub when: String,
    pub url: String,
}

pub fn register_change(
    lang: &str,
    r: &crate::services::legal::RevisionView,
    topics: &std::collections::HashMap<i32, entity::legal_topic::Model>,
    all_countries: &[country::Model],
) -> RegisterChange {
    let code = topics.get(&r.topic_id).map(|t| t.code.clone()).unwrap_or_default();
    RegisterChange {
        topic: topics
            .get(&r.topic_id)
            .map(|t| crate::services::legal::topic_name(t, lang)),
        country: countries::name_in(all_countries, &r.country_code),
        assessment: label(lang, "legal-assessment", &r.assessment),
        when: r.changed_at.date_naive().to_string(),
        url: format!("/legal/entries/{code}/{}", r.country_code),
    }
}

/// A session held, for the report.
#[derive(Serialize)]
pub struct Session {
    pub day: String,
    pub start: String,
    pub end: String,
    pub title: String,
    pub kind: String,
}

pub fn session(lang: &str, i: &agenda_item::Model) -> Session {
    Session {
        day: i.day.to_string(),
        start: i.start_time.clone(),
        end: i.end_time.clone(),
        title: i.title.clone(),
        kind: label(lang, "item-kind", &i.kind),
    }
}

/// A decision from the minutes: its section (the whole meeting or an agenda item) and text.
#[derive(Serialize)]
pub struct Decision {
    pub section: String,
    pub text: String,
}

/// The catalogue key of an event form field's label.
pub fn event_field_label(field: &str) -> &'static str {
    match field {
        "title" => "event-title",
        "kind" => "event-kind",
        "description" => "event-description",
        "time_zone" => "settings-time-zone",
        "start_date" => "event-start-date",
        "start_time" => "event-start-time",
        "end_date" => "event-end-date",
        "end_time" => "event-end-time",
        "venue_name" => "event-venue-name",
        "venue_address" => "org-address",
        "venue_city" => "event-city",
        "venue_country" => "org-country",
        "online_url" => "event-online-link",
        "project" => "event-project",
        "languages" => "event-languages",
        "capacity" => "event-capacity",
        "visibility" => "event-visibility",
        "status" => "event-status",
        _ => "event-organizers",
    }
}

/// The catalogue key of an agenda item form field's label.
pub fn item_field_label(field: &str) -> &'static str {
    match field {
        "day" => "item-day",
        "start_time" => "item-start",
        "end_time" => "item-end",
        "title" => "item-title",
        "kind" => "item-kind",
        "track" => "item-track",
        "moderator" => "item-moderator",
        "speakers" => "item-speakers",
        _ => "event-description",
    }
}

/// A stored value of an event form field as people read it (a choice as its label).
pub fn event_value(lang: &str, field: &str, value: &str) -> String {
    match field {
        "kind" => label(lang, "event-kind", value),
        "visibility" => label(lang, "event-visibility", value),
        "status" => label(lang, "event-status", value),
        _ => value.to_string(),
    }
}

/// A stored value of an agenda item form field as people read it (the kind as its label).
pub fn item_value(lang: &str, field: &str, value: &str) -> String {
    match field {
        "kind" => label(lang, "item-kind", value),
        _ => value.to_string(),
    }
}

/// One sentence on where an event and its agenda stand, for the secretariat: a draft event's
/// agenda is not "published" to anyone, whatever its flag says.
pub fn publishing_state(lang: &str, e: &event::Model, now: DateTime<Utc>) -> String {
    let key = match e.status.as_str() {
        "cancelled" => "event-state-cancelled",
        "draft" => "event-state-draft",
        _ if e.ends_at <= now => "event-state-ended",
        _ if e.agenda_published => "event-state-published",
        _ => "event-state-agenda-draft",
    };
    t(lang, key)
}

/// An invitation and its answer form, on the signed RSVP page and on the event page.
#[derive(Serialize)]
pub struct AnswerForm {
    pub name: String,
    /// The answer's name in the reader's language.
    pub status: String,
    pub answered: bool,
    pub waitlisted: bool,
    pub answers: Vec<Answer>,
    pub form: RsvpFields,
    /// Answers can be given and changed until the event starts (not after a cancellation).
    pub open: bool,
    pub action: String,
}

/// The answer form for participant `p` of `ev`, posting to `action`.
pub fn answer_form(lang: &str, p: &participant::Model, ev: &event::Model, action: String) -> AnswerForm {
    AnswerForm {
        name: p.name.clone(),
        status: label(lang, "participant-status", &p.status),
        answered: p.status != "invited",
        waitlisted: p.status == "waitlisted",
        answers: answers(lang, p, crate::services::participants::ANSWERS),
        form: RsvpFields {
            dietary: p.dietary.clone(),
            accessibility: p.accessibility.clone(),
            share_name: p.share_name,
        },
        open: ev.status == "published" && ev.starts_at > crate::db::now(),
        action,
    }
}

/// Participant `p` as the answer form shows it after a refused answer: what was typed, on top of
/// what is stored.
pub fn typed_answer(
    p: &participant::Model,
    status: &str,
    dietary: &str,
    accessibility: &str,
    share_name: bool,
) -> participant::Model {
    let mut typed = p.clone();
    if crate::services::participants::ANSWERS.contains(&status) {
        typed.status = status.to_string();
    }
    typed.dietary = Some(dietary.to_string()).filter(|s| !s.is_empty());
    typed.accessibility = Some(accessibility.to_string()).filter(|s| !s.is_empty());
    typed.share_name = share_name;
    typed
}

#[derive(Serialize)]
pub struct Answer {
    pub code: String,
    pub label: String,
    pub checked: bool,
}

#[derive(Serialize)]
pub struct RsvpFields {
    pub dietary: Option<String>,
    pub accessibility: Option<String>,
    pub share_name: bool,
}

/// The answers a participant may give, theirs ticked (a waitlisted participant's as "accepted").
pub fn answers(lang: &str, p: &participant::Model, codes: &[&str]) -> Vec<Answer> {
    codes
        .iter()
        .map(|a| Answer {
            code: a.to_string(),
            label: t(lang, &format!("rsvp-{a}")),
            checked: p.status == *a || (p.status == "waitlisted" && *a == "accepted"),
        })
        .collect()
}
