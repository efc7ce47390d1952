//! Events and their agendas: rules, visibility, queries.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};
use serde::{Deserialize, Serialize};

use crate::auth::CurrentUser;
use crate::auth::tokens;
use crate::db::now;
use crate::error::{AppError, FieldErrors};
use crate::services::{paging, validate, versions};
use entity::{agenda_item, event, event_organizer, participant};

pub const KINDS: &[&str] = &[
    "roundtable",
    "network_meeting",
    "working_group",
    "training",
    "webinar",
    "other",
];
pub const VISIBILITY: &[&str] = &["public", "network", "invited"];
pub const STATUSES: &[&str] = &["draft", "published", "cancelled", "completed"];
pub const ITEM_KINDS: &[&str] = &["plenary", "session", "panel", "working_group", "break", "meal"];
pub const PER_PAGE: u64 = 20;

/// Raw event fields as typed in a form or sent to the API.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct EventFields {
    pub title: String,
    pub kind: String,
    pub description: String,
    pub time_zone: String,
    /// YYYY-MM-DD and HH:MM, local time in `time_zone`.
    pub start_date: String,
    pub start_time: String,
    pub end_date: String,
    pub end_time: String,
    pub venue_name: String,
    pub venue_address: String,
    pub venue_city: String,
    pub venue_country: String,
    pub online_url: String,
    pub project: String,
    pub languages: String,
    pub capacity: String,
    pub visibility: String,
    pub status: String,
    pub organizers: Vec<i32>,
}

#[derive(Debug, Clone)]
pub struct EventInput {
    pub title: String,
    pub kind: String,
    pub description: Option<String>,
    pub tz: Tz,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub venue_name: Option<String>,
    pub venue_address: Option<String>,
    pub venue_city: Option<String>,
    pub venue_country: Option<String>,
    pub online_url: Option<String>,
    pub project: Option<String>,
    pub languages: Option<String>,
    pub capacity: Option<i32>,
    pub visibility: String,
    pub status: String,
    pub organizers: Vec<i32>,
}

/// A local date and time in `tz`, or a message. Times that do not exist (clocks jump forward)
/// are refused; ambiguous ones (clocks go back) take the first.
pub fn local_instant(e: &mut FieldErrors, field: &str, date: &str, time: &str, tz: Tz) -> Option<DateTime<Utc>> {
    let d = validate::date(e, field, date)?;
    let t = match NaiveTime::parse_from_str(time.trim(), "%H:%M") {
        Ok(t) => t,
        Err(_) => {
            e.add(field, "Enter a time as HH:MM, for example 09:30.");
            return None;
        }
    };
    instant_or_message(e, field, d, t, tz)
}

/// `date` at `time` in `tz`, with the rule events and agenda items share: a time inside the
/// spring-forward gap is refused (it would be missing from calendars), an ambiguous one in the
/// autumn takes the first occurrence.
fn instant_or_message(e: &mut FieldErrors, field: &str, d: NaiveDate, t: NaiveTime, tz: Tz) -> Option<DateTime<Utc>> {
    match tz.from_local_datetime(&d.and_time(t)).earliest() {
        Some(x) => Some(x.with_timezone(&Utc)),
        None => {
            e.add(
                field,
                format!("This time does not exist in {} (the clocks change then).", tz.name()),
            );
            None
        }
    }
}

impl EventFields {
    pub async fn parse(&self, db: &impl ConnectionTrait) -> Result<EventInput, AppError> {
        let mut e = FieldErrors::default();
        let title = validate::required(&mut e, "title", &self.title, 200);
        validate::one_line(&mut e, "title", &Some(title.clone()));
        let kind = validate::choice(&mut e, "kind", &self.kind, KINDS);
        let description = validate::optional(&mut e, "description", &self.description, 20_000);
        let tz: Tz = match self.time_zone.trim() {
            "" => chrono_tz::Europe::Tirane,
            z => z.parse().unwrap_or_else(|_| {
                e.add(
                    "time_zone",
                    "Choose a time zone from the list, for example Europe/Tirane.",
                );
                chrono_tz::Europe::Tirane
            }),
        };
        let starts_at = local_instant(&mut e, "start", &self.start_date, &self.start_time, tz);
        let ends_at = local_instant(&mut e, "end", &self.end_date, &self.end_time, tz);
        if let (Some(s), Some(en)) = (starts_at, ends_at)
            && en <= s
        {
            e.add("end", "The end must be after the start.");
        }
        let venue_name = validate::optional(&mut e, "venue_name", &self.venue_name, 200);
        let venue_address = validate::optional(&mut e, "venue_address", &self.venue_address, 300);
        let venue_city = validate::optional(&mut e, "venue_city", &self.venue_city, 100);
        let venue_country = match self.venue_country.trim() {
            "" => None,
            c => {
                let c = c.to_uppercase();
                if entity::country::Entity::find_by_id(c.clone()).one(db).await?.is_none() {
                    e.add("venue_country", "Choose a country from the list.");
                }
                Some(c)
            }
        };
        let online_url = validate::url(&mut e, "online_url", &self.online_url);
        let project = validate::optional(&mut e, "project", &self.project, 200);
        let languages = validate::optional(&mut e, "languages", &self.languages, 200);
        let capacity = match self.capacity.trim() {
            "" => None,
            c => match c.parse::<i32>() {
                Ok(n) if (1..=100_000).contains(&n) => Some(n),
                _ => {
                    e.add("capacity", "Enter the number of places, for example 40.");
                    None
                }
            },
        };
        let visibility = validate::choice(&mut e, "visibility", &self.visibility, VISIBILITY);
        let status = validate::choice(&mut e, "status", &self.status, STATUSES);
        for id in &self.organizers {
            if entity::organization::Entity::find_by_id(*id).one(db).await?.is_none() {
                e.add("organizers", "Choose organizers from the list.");
            }
        }
        if venue_name.is_none() && online_url.is_none() && venue_city.is_none() {
            e.add("venue_name", "Give a venue or an online link (or both).");
        }
        e.into_result()?;
        Ok(EventInput {
            title,
            kind,
            description,
            tz,
            starts_at: starts_at.unwrap_or_else(now),
            ends_at: ends_at.unwrap_or_else(now),
            venue_name,
            venue_address,
            venue_city,
            venue_country,
            online_url,
            project,
            languages,
            capacity,
            visibility,
            status,
            organizers: self.organizers.clone(),
        })
    }

    pub fn from_model(ev: &event::Model, organizers: Vec<i32>) -> Self {
        let tz: Tz = ev.time_zone.parse().unwrap_or(chrono_tz::Europe::Tirane);
        let s = ev.starts_at.with_timezone(&tz);
        let en = ev.ends_at.with_timezone(&tz);
        EventFields {
            title: ev.title.clone(),
            kind: ev.kind.clone(),
            description: ev.description.clone().unwrap_or_default(),
            time_zone: ev.time_zone.clone(),
            start_date: s.format("%Y-%m-%d").to_string(),
            start_time: s.format("%H:%M").to_string(),
            end_date: en.format("%Y-%m-%d").to_string(),
            end_time: en.format("%H:%M").to_string(),
            venue_name: ev.venue_name.clone().unwrap_or_default(),
            venue_address: ev.venue_address.clone().unwrap_or_default(),
            venue_city: ev.venue_city.clone().unwrap_or_default(),
            venue_country: ev.venue_country.clone().unwrap_or_default(),
            online_url: ev.online_url.clone().unwrap_or_default(),
            project: ev.project.clone().unwrap_or_default(),
            languages: ev.languages.clone().unwrap_or_default(),
            capacity: ev.capacity.map(|c| c.to_string()).unwrap_or_default(),
            visibility: ev.visibility.clone(),
            status: ev.status.clone(),
            organizers,
        }
    }
}

fn apply(am: &mut event::ActiveModel, i: EventInput) {
    am.title = Set(i.title);
    am.kind = Set(i.kind);
    am.description = Set(i.description);
    am.time_zone = Set(i.tz.name().to_string());
    am.starts_at = Set(i.starts_at);
    am.ends_at = Set(i.ends_at);
    am.venue_name = Set(i.venue_name);
    am.venue_address = Set(i.venue_address);
    am.venue_city = Set(i.venue_city);
    am.venue_country = Set(i.venue_country);
    am.online_url = Set(i.online_url);
    am.project = Set(i.project);
    am.languages = Set(i.languages);
    am.capacity = Set(i.capacity);
    am.visibility = Set(i.visibility);
    am.status = Set(i.status);
    am.updated_at = Set(now());
}

async fn set_organizers(db: &impl ConnectionTrait, event_id: i32, orgs: &[i32]) -> Result<(), AppError> {
    event_organizer::Entity::delete_many()
        .filter(event_organizer::Column::EventId.eq(event_id))
        .exec(db)
        .await?;
    let mut seen = std::collections::BTreeSet::new();
    for o in orgs.iter().filter(|o| seen.insert(**o)) {
        event_organizer::ActiveModel {
            event_id: Set(event_id),
            organization_id: Set(*o),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

pub fn new_uid(domain: &str) -> String {
    format!("{}@{domain}", tokens::random_token().to_lowercase())
}

pub async fn create(
    db: &DatabaseConnection,
    input: EventInput,
    author: Option<i32>,
    uid_domain: &str,
) -> Result<event::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let t = now();
    let orgs = input.organizers.clone();
    let mut am = event::ActiveModel {
        uid: Set(new_uid(uid_domain)),
        series_id: Set(None),
        sequence: Set(0),
        agenda_published: Set(false),
        agenda_notified_revision: Set(0),
        created_by: Set(author),
        created_at: Set(t),
        ..Default::default()
    };
    apply(&mut am, input);
    let ev = am.insert(&txn).await?;
    set_organizers(&txn, ev.id, &orgs).await?;
    txn.commit().await?;
    Ok(ev)
}

/// Saves changes based on version `based_on` (`StaleEdit` when the event moved on); a published
/// event's SEQUENCE goes up so calendars take the update. An unchanged save gives the claimed
/// version back.
pub async fn update(
    db: &DatabaseConnection,
    id: i32,
    input: EventInput,
    based_on: i32,
) -> Result<event::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let row = Condition::all().add(event::Column::Id.eq(id));
    versions::claim::<event::Entity>(&txn, row.clone(), event::Column::Version, based_on).await?;
    let ev = event::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let orgs = input.organizers.clone();
    let same_orgs = organizers_of(&txn, id)
        .await?
        .into_iter()
        .collect::<std::collections::BTreeSet<_>>()
        == orgs.iter().copied().collect();
    let before = ev.clone();
    let sequence = ev.sequence + 1;
    let mut am: event::ActiveModel = ev.into();
    apply(&mut am, input);
    let mut after = sea_orm::TryIntoModel::try_into_model(am.clone())?;
    after.updated_at = before.updated_at;
    // An unchanged save must not make every subscribed calendar re-fetch and re-announce it.
    let ev = if after == before {
        if same_orgs {
            versions::release::<event::Entity>(&txn, row, event::Column::Version).await?;
            event::Model {
                version: based_on,
                ..before
            }
        } else {
            before
        }
    } else {
        am.sequence = Set(sequence);
        am.update(&txn).await?
    };
    if !same_orgs {
        set_organizers(&txn, id, &orgs).await?;
    }
    txn.commit().await?;
    Ok(ev)
}

/// Cancels the event; an edit form opened before is stale.
pub async fn cancel(db: &DatabaseConnection, id: i32) -> Result<event::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let row = Condition::all().add(event::Column::Id.eq(id));
    versions::bump::<event::Entity>(&txn, row.clone(), event::Column::Version).await?;
    let ev = get(&txn, id).await?;
    if ev.status == "cancelled" {
        versions::release::<event::Entity>(&txn, row, event::Column::Version).await?;
        txn.commit().await?;
        return get(db, id).await;
    }
    let sequence = ev.sequence + 1;
    let mut am: event::ActiveModel = ev.into();
    am.status = Set("cancelled".into());
    am.sequence = Set(sequence);
    am.updated_at = Set(now());
    let ev = am.update(&txn).await?;
    txn.commit().await?;
    Ok(ev)
}

/// Copies an event (and its agenda) to a new start date, as a draft in the same series.
pub async fn duplicate(
    db: &DatabaseConnection,
    id: i32,
    new_start: NaiveDate,
    author: Option<i32>,
    uid_domain: &str,
) -> Result<event::Model, AppError> {
    let src = get(db, id).await?;
    let tz: Tz = src.time_zone.parse().unwrap_or(chrono_tz::Europe::Tirane);
    let old_start = src.starts_at.with_timezone(&tz);
    let shift_days = (new_start - old_start.date_naive()).num_days();
    let shift = |t: DateTime<Utc>| -> Result<DateTime<Utc>, AppError> {
        let local = t.with_timezone(&tz).naive_local() + chrono::Duration::days(shift_days);
        tz.from_local_datetime(&local)
            .earliest()
            .map(|x| x.with_timezone(&Utc))
            .ok_or_else(|| AppError::BadRequest("That date falls in a clock change; choose another.".into()))
    };
    let txn = crate::db::begin_write(db).await?;
    let t = now();
    let copy = event::ActiveModel {
        uid: Set(new_uid(uid_domain)),
        series_id: Set(Some(src.series_id.unwrap_or(src.id))),
        title: Set(src.title.clone()),
        kind: Set(src.kind.clone()),
        description: Set(src.description.clone()),
        time_zone: Set(src.time_zone.clone()),
        starts_at: Set(shift(src.starts_at)?),
        ends_at: Set(shift(src.ends_at)?),
        venue_name: Set(src.venue_name.clone()),
        venue_address: Set(src.venue_address.clone()),
        venue_city: Set(src.venue_city.clone()),
        venue_country: Set(src.venue_country.clone()),
        online_url: Set(src.online_url.clone()),
        project: Set(src.project.clone()),
        languages: Set(src.languages.clone()),
        capacity: Set(src.capacity),
        visibility: Set(src.visibility.clone()),
        status: Set("draft".into()),
        sequence: Set(0),
        agenda_published: Set(false),
        agenda_notified_revision: Set(0),
        created_by: Set(author),
        created_at: Set(t),
        updated_at: Set(t),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    set_organizers(&txn, copy.id, &organizers_of(&txn, id).await?).await?;
    for item in items(&txn, id).await? {
        agenda_item::ActiveModel {
            event_id: Set(copy.id),
            day: Set(item.day + chrono::Duration::days(shift_days)),
            start_time: Set(item.start_time),
            end_time: Set(item.end_time),
            title: Set(item.title),
            description: Set(item.description),
            kind: Set(item.kind),
            track: Set(item.track),
            moderator: Set(item.moderator),
            speakers: Set(item.speakers),
            position: Set(item.position),
            updated_at: Set(t),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(copy)
}

pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<event::Model, AppError> {
    event::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)
}

pub async fn organizers_of(db: &impl ConnectionTrait, event_id: i32) -> Result<Vec<i32>, AppError> {
    Ok(event_organizer::Entity::find()
        .filter(event_organizer::Column::EventId.eq(event_id))
        .all(db)
        .await?
        .into_iter()
        .map(|o| o.organization_id)
        .collect())
}

/// Invited by account, or by address (an account made after the invitation still counts).
pub async fn is_participant(db: &impl ConnectionTrait, event_id: i32, user: &CurrentUser) -> Result<bool, AppError> {
    Ok(participant::Entity::find()
        .filter(participant::Column::EventId.eq(event_id))
        .filter(
            Condition::any()
                .add(participant::Column::UserId.eq(user.id))
                .add(participant::Column::Email.eq(user.email.clone())),
        )
        .count(db)
        .await?
        > 0)
}

/// Who may see an event: drafts only the secretariat; public events everyone; network events
/// signed-in users; invited-only events their participants.
pub async fn can_view(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    ev: &event::Model,
) -> Result<bool, AppError> {
    if user.is_some_and(|u| u.is_secretariat()) {
        return Ok(true);
    }
    if ev.status == "draft" {
        return Ok(false);
    }
    Ok(match ev.visibility.as_str() {
        "public" => true,
        "network" => user.is_some(),
        _ => match user {
            Some(u) => is_participant(db, ev.id, u).await?,
            None => false,
        },
    })
}

/// The SQL form of [`can_view`], for lists and feeds.
pub fn visible_to(user: Option<&CurrentUser>) -> Condition {
    if user.is_some_and(|u| u.is_secretariat()) {
        return Condition::all();
    }
    let not_draft = event::Column::Status.ne("draft");
    let mut vis = Condition::any().add(event::Column::Visibility.eq("public"));
    if let Some(u) = user {
        vis = vis.add(event::Column::Visibility.eq("network")).add(
            event::Column::Id.in_subquery(
                Query::select()
                    .column(participant::Column::EventId)
                    .from(participant::Entity)
                    .and_where(
                        Expr::col(participant::Column::UserId)
                            .eq(u.id)
                            .or(Expr::col(participant::Column::Email).eq(u.email.clone())),
                    )
                    .to_owned(),
            ),
        );
    }
    Condition::all().add(not_draft).add(vis)
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct EventFilter {
    /// "upcoming" (default) or "past".
    pub when: String,
    pub kind: String,
    pub country: String,
    pub year: Option<i32>,
    #[serde(deserialize_with = "crate::services::paging::deserialize")]
    pub page: Option<u64>,
}

impl EventFilter {
    pub fn query_string(&self) -> String {
        let mut s = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in [("when", &self.when), ("kind", &self.kind), ("country", &self.country)] {
            if !v.trim().is_empty() {
                s.append_pair(k, v.trim());
            }
        }
        if let Some(y) = self.year {
            s.append_pair("year", &y.to_string());
        }
        s.finish()
    }
}

pub async fn list(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    f: &EventFilter,
) -> Result<(Vec<event::Model>, u64, u64), AppError> {
    let page = paging::number(f.page);
    let t = now();
    let past = f.when == "past";
    let mut q = event::Entity::find().filter(visible_to(user));
    q = if past {
        q.filter(event::Column::EndsAt.lt(t))
    } else {
        q.filter(event::Column::EndsAt.gte(t))
    };
    if !f.kind.trim().is_empty() {
        q = q.filter(event::Column::Kind.eq(f.kind.trim()));
    }
    if !f.country.trim().is_empty() {
        q = q.filter(event::Column::VenueCountry.eq(f.country.trim().to_uppercase()));
    }
    if let Some(y) = f.year
        && let (Some(a), Some(b)) = (
            Utc.with_ymd_and_hms(y, 1, 1, 0, 0, 0).single(),
            y.checked_add(1)
                .and_then(|n| Utc.with_ymd_and_hms(n, 1, 1, 0, 0, 0).single()),
        )
    {
        q = q
            .filter(event::Column::StartsAt.gte(a))
            .filter(event::Column::StartsAt.lt(b));
    }
    q = if past {
        q.order_by_desc(event::Column::StartsAt)
    } else {
        q.order_by_asc(event::Column::StartsAt)
    };
    let paginator = q.order_by_asc(event::Column::Id).paginate(db, PER_PAGE);
    let total = paginator.num_items().await?;
    Ok((paginator.fetch_page(page - 1).await?, total, page))
}

/// Published (or cancelled) events for a feed, newest first, at most `limit`.
pub async fn for_feed(db: &impl ConnectionTrait, cond: Condition, limit: u64) -> Result<Vec<event::Model>, AppError> {
    use sea_orm::QuerySelect;
    Ok(event::Entity::find()
        .filter(cond)
        .filter(event::Column::Status.ne("draft"))
        .order_by_desc(event::Column::StartsAt)
        .limit(limit)
        .all(db)
        .await?)
}

pub async fn items(db: &impl ConnectionTrait, event_id: i32) -> Result<Vec<agenda_item::Model>, AppError> {
    Ok(agenda_item::Entity::find()
        .filter(agenda_item::Column::EventId.eq(event_id))
        .order_by_asc(agenda_item::Column::Day)
        .order_by_asc(agenda_item::Column::StartTime)
        .order_by_asc(agenda_item::Column::Position)
        .order_by_asc(agenda_item::Column::Id)
        .all(db)
        .await?)
}

/// Raw agenda item fields.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ItemFields {
    pub day: String,
    pub start_time: String,
    pub end_time: String,
    pub title: String,
    pub description: String,
    pub kind: String,
    pub track: String,
    pub moderator: String,
    pub speakers: String,
}

#[derive(Debug, Clone)]
pub struct ItemInput {
    pub day: NaiveDate,
    pub start_time: String,
    pub end_time: String,
    pub title: String,
    pub description: Option<String>,
    pub kind: String,
    pub track: Option<String>,
    pub moderator: Option<String>,
    pub speakers: Option<String>,
}

fn hhmm(e: &mut FieldErrors, field: &str, v: &str) -> Option<NaiveTime> {
    match NaiveTime::parse_from_str(v.trim(), "%H:%M") {
        Ok(t) => Some(t),
        Err(_) => {
            e.add(field, "Enter a time as HH:MM, for example 09:30.");
            None
        }
    }
}

impl ItemFields {
    /// Checks the item against its event. Hard errors refuse the save; overlaps are returned as
    /// warnings (the item is saved and the warning shown).
    pub fn parse(&self, ev: &event::Model) -> Result<ItemInput, AppError> {
        let mut e = FieldErrors::default();
        let tz: Tz = ev.time_zone.parse().unwrap_or(chrono_tz::Europe::Tirane);
        let day = validate::date(&mut e, "day", &self.day);
        if self.day.trim().is_empty() {
            e.add("day", "This field is required.");
        }
        let first = ev.starts_at.with_timezone(&tz).date_naive();
        let last = ev.ends_at.with_timezone(&tz).date_naive();
        if let Some(d) = day
            && (d < first || d > last)
        {
            e.add(
                "day",
                format!("The event runs from {first} to {last}; choose a day in that range."),
            );
        }
        let start = hhmm(&mut e, "start_time", &self.start_time);
        let end = hhmm(&mut e, "end_time", &self.end_time);
        if let Some(d) = day {
            let start_at = start.and_then(|t| instant_or_message(&mut e, "start_time", d, t, tz));
            let end_at = end.and_then(|t| instant_or_message(&mut e, "end_time", d, t, tz));
            if let (Some(s), Some(en)) = (start_at, end_at)
                && en <= s
            {
                e.add("end_time", "The end must be after the start.");
            }
        } else if let (Some(s), Some(en)) = (start, end)
            && en <= s
        {
            e.add("end_time", "The end must be after the start.");
        }
        let title = validate::required(&mut e, "title", &self.title, 200);
        validate::one_line(&mut e, "title", &Some(title.clone()));
        let description = validate::optional(&mut e, "description", &self.description, 5000);
        let kind = validate::choice(&mut e, "kind", &self.kind, ITEM_KINDS);
        let track = validate::optional(&mut e, "track", &self.track, 100);
        let moderator = validate::optional(&mut e, "moderator", &self.moderator, 200);
        let speakers = validate::optional(&mut e, "speakers", &self.speakers, 2000);
        e.into_result()?;
        Ok(ItemInput {
            day: day.unwrap_or(first),
            start_time: start.map(|t| t.format("%H:%M").to_string()).unwrap_or_default(),
            end_time: end.map(|t| t.format("%H:%M").to_string()).unwrap_or_default(),
            title,
            description,
            kind,
            track,
            moderator,
            speakers,
        })
    }

    pub fn from_model(i: &agenda_item::Model) -> Self {
        ItemFields {
            day: i.day.to_string(),
            start_time: i.start_time.clone(),
            end_time: i.end_time.clone(),
            title: i.title.clone(),
            description: i.description.clone().unwrap_or_default(),
            kind: i.kind.clone(),
            track: i.track.clone().unwrap_or_default(),
            moderator: i.moderator.clone().unwrap_or_default(),
            speakers: i.speakers.clone().unwrap_or_default(),
        }
    }
}

/// Items of the same event, day and track whose times overlap `item`.
pub fn overlaps<'a>(item: &agenda_item::Model, all: &'a [agenda_item::Model]) -> Vec<&'a agenda_item::Model> {
    all.iter()
        .filter(|o| {
            o.id != item.id
                && o.day == item.day
                && o.track.as_deref().unwrap_or("") == item.track.as_deref().unwrap_or("")
                && o.start_time < item.end_time
                && item.start_time < o.end_time
        })
        .collect()
}

pub async fn save_item(
    db: &impl ConnectionTrait,
    event_id: i32,
    item_id: Option<i32>,
    i: ItemInput,
) -> Result<agenda_item::Model, AppError> {
    let mut am = match item_id {
        Some(id) => agenda_item::Entity::find_by_id(id)
            .filter(agenda_item::Column::EventId.eq(event_id))
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?
            .into(),
        None => agenda_item::ActiveModel {
            event_id: Set(event_id),
            position: Set(0),
            ..Default::default()
        },
    };
    am.day = Set(i.day);
    am.start_time = Set(i.start_time);
    am.end_time = Set(i.end_time);
    am.title = Set(i.title);
    am.description = Set(i.description);
    am.kind = Set(i.kind);
    am.track = Set(i.track);
    am.moderator = Set(i.moderator);
    am.speakers = Set(i.speakers);
    am.updated_at = Set(now());
    Ok(if item_id.is_some() {
        am.update(db).await?
    } else {
        am.insert(db).await?
    })
}

/// Saves an edit of an agenda item based on its version `based_on` (`StaleEdit` when the item
/// moved on, `NotFound` when it is gone or belongs to another event). An unchanged save gives
/// the claimed version back; a change records the event's next agenda revision.
pub async fn update_item(
    db: &DatabaseConnection,
    event_id: i32,
    item_id: i32,
    i: ItemInput,
    based_on: i32,
    author: Option<i32>,
) -> Result<agenda_item::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let row = Condition::all()
        .add(agenda_item::Column::Id.eq(item_id))
        .add(agenda_item::Column::EventId.eq(event_id));
    versions::claim::<agenda_item::Entity>(&txn, row.clone(), agenda_item::Column::Version, based_on).await?;
    let before = agenda_item::Entity::find()
        .filter(row.clone())
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut am: agenda_item::ActiveModel = before.clone().into();
    am.day = Set(i.day);
    am.start_time = Set(i.start_time);
    am.end_time = Set(i.end_time);
    am.title = Set(i.title);
    am.description = Set(i.description);
    am.kind = Set(i.kind);
    am.track = Set(i.track);
    am.moderator = Set(i.moderator);
    am.speakers = Set(i.speakers);
    let after = sea_orm::TryIntoModel::try_into_model(am.clone())?;
    let saved = if after == before {
        versions::release::<agenda_item::Entity>(&txn, row, agenda_item::Column::Version).await?;
        agenda_item::Model {
            version: based_on,
            ..before
        }
    } else {
        am.updated_at = Set(now());
        let saved = am.update(&txn).await?;
        // The event's agenda revision, in the same transaction as the change it records.
        crate::services::agenda::record(&txn, event_id, author).await?;
        saved
    };
    txn.commit().await?;
    Ok(saved)
}

pub async fn delete_item(db: &impl ConnectionTrait, event_id: i32, item_id: i32) -> Result<(), AppError> {
    let res = agenda_item::Entity::delete_many()
        .filter(agenda_item::Column::Id.eq(item_id))
        .filter(agenda_item::Column::EventId.eq(event_id))
        .exec(db)
        .await?;
    if res.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    crate::services::search::remove(db, crate::services::search::Kind::Agenda, &[item_id]).await
}

/// The user's personal feed token: created on first use, revocable (a new one replaces it).
pub async fn feed_token(db: &impl ConnectionTrait, user_id: i32, rotate: bool) -> Result<Option<String>, AppError> {
    use entity::calendar_token;
    let existing = calendar_token::Entity::find_by_id(user_id).one(db).await?;
    if existing.is_some() && !rotate {
        // Only the hash is stored; the URL is shown when created.
        return Ok(None);
    }
    let token = tokens::random_token();
    calendar_token::Entity::delete_by_id(user_id).exec(db).await?;
    calendar_token::ActiveModel {
        user_id: Set(user_id),
        token_hash: Set(tokens::hash_token(&token)),
        created_at: Set(now()),
    }
    .insert(db)
    .await?;
    Ok(Some(token))
}

pub async fn user_for_feed(db: &impl ConnectionTrait, token: &str) -> Result<Option<entity::user::Model>, AppError> {
    use entity::calendar_token;
    if !tokens::looks_like_token(token) {
        return Ok(None);
    }
    let Some(t) = calendar_token::Entity::find()
        .filter(calendar_token::Column::TokenHash.eq(tokens::hash_token(token)))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(entity::user::Entity::find_by_id(t.user_id)
        .one(db)
        .await?
        .filter(|u| u.active))
}

pub fn year_of(ev: &event::Model) -> i32 {
    let tz: Tz = ev.time_zone.parse().unwrap_or(chrono_tz::Europe::Tirane);
    ev.starts_at.with_timezone(&tz).year()
}

/// Visible events overlapping the local dates `from..=to` (for the month grid).
pub async fn in_range(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    from: NaiveDate,
    to: NaiveDate,
    tz: Tz,
) -> Result<Vec<event::Model>, AppError> {
    let start = tz
        .from_local_datetime(&from.and_hms_opt(0, 0, 0).unwrap_or_default())
        .earliest()
        .map(|d| d.with_timezone(&Utc));
    let end = tz
        .from_local_datetime(&to.and_hms_opt(23, 59, 59).unwrap_or_default())
        .earliest()
        .map(|d| d.with_timezone(&Utc));
    let (Some(start), Some(end)) = (start, end) else {
        return Ok(vec![]);
    };
    Ok(event::Entity::find()
        .filter(visible_to(user))
        .filter(event::Column::StartsAt.lte(end))
        .filter(event::Column::EndsAt.gte(start))
        .order_by_asc(event::Column::StartsAt)
        .all(db)
        .await?)
}

/// Moves an item before (`up`) or after its neighbour on the same day and in the same room,
/// keeping the block's start, each item's length and the gap between them.
pub async fn move_item(db: &impl ConnectionTrait, event_id: i32, item_id: i32, up: bool) -> Result<bool, AppError> {
    let all = items(db, event_id).await?;
    let me = all.iter().find(|i| i.id == item_id).ok_or(AppError::NotFound)?.clone();
    let same: Vec<&agenda_item::Model> = all
        .iter()
        .filter(|i| i.day == me.day && i.track.as_deref().unwrap_or("") == me.track.as_deref().unwrap_or(""))
        .collect();
    let pos = same.iter().position(|i| i.id == me.id).unwrap_or(0);
    let other = match (up, pos) {
        (true, 0) => return Ok(false),
        (true, p) => same[p - 1].clone(),
        (false, p) if p + 1 >= same.len() => return Ok(false),
        (false, p) => same[p + 1].clone(),
    };
    let (first, second) = if up { (other, me) } else { (me, other) };
    let mins = |s: &str| {
        NaiveTime::parse_from_str(s, "%H:%M").map(|t| chrono::Timelike::num_seconds_from_midnight(&t) as i64 / 60)
    };
    let (Ok(fs), Ok(fe), Ok(ss), Ok(se)) = (
        mins(&first.start_time),
        mins(&first.end_time),
        mins(&second.start_time),
        mins(&second.end_time),
    ) else {
        return Ok(false);
    };
    let gap = Ord::max(ss - fe, 0);
    // `second` now goes first, from the block's start; `first` follows after the same gap.
    let new_second = (fs, fs + (se - ss));
    let new_first = (new_second.1 + gap, new_second.1 + gap + (fe - fs));
    if new_first.1 > 24 * 60 {
        return Ok(false);
    }
    let fmt = |m: i64| format!("{:02}:{:02}", m / 60, m % 60);
    let ids = [first.id, second.id];
    for (item, (s, e)) in [(second, new_second), (first, new_first)] {
        let mut am: agenda_item::ActiveModel = item.into();
        am.start_time = Set(fmt(s));
        am.end_time = Set(fmt(e));
        am.updated_at = Set(now());
        am.update(db).await?;
    }
    // Their times changed: edit forms opened before the move are stale.
    versions::bump::<agenda_item::Entity>(
        db,
        Condition::all().add(agenda_item::Column::Id.is_in(ids)),
        agenda_item::Column::Version,
    )
    .await?;
    Ok(true)
}
