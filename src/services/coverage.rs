//! The service map (`/directory/services`): capacity per country and kind of service, and the
//! coverage gaps (a country, a kind and a target group with no active, verified service), each
//! of which can become an action item or an agenda item of the next roundtable, linked both
//! ways through `service_gap_link`.
//!
//! Counts only: the map sums capacity figures and counts services; nothing about a person.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate, NaiveTime};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde::{Deserialize, Serialize};

use crate::db::now;
use crate::error::AppError;
use crate::i18n::{label, t_args};
use crate::services::freshness::STALE_DAYS;
use crate::services::support::{self as sp, Totals, codes};
use crate::services::{countries, directory, events, paging};
use entity::{agenda_item, event, service, service_gap_link};

/// The target group that stands for everybody: a service that names no group and limits
/// neither age nor sex.
pub const EVERYONE: &str = "everyone";
/// Gaps per page.
pub const PER_PAGE: u64 = 30;
/// From best to worst: what a referrer hopes to find first.
pub const BAND_ORDER: &[&str] = &["available", "limited", "waiting_list", "full"];

/// The target groups a gap may name: the services' groups, then everyone.
pub fn groups() -> Vec<&'static str> {
    codes::GROUPS.iter().copied().chain([EVERYONE]).collect()
}

/// A coverage gap's key: a country of the region, a service kind and a target group.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct GapKey {
    pub country: String,
    pub kind: String,
    pub group: String,
}

impl GapKey {
    /// The key if every part names something that exists (a country of the region, a kind of
    /// service, a group), else `NotFound`.
    pub async fn check(db: &impl ConnectionTrait, country: &str, kind: &str, group: &str) -> Result<GapKey, AppError> {
        let country = country.trim().to_uppercase();
        let in_region = countries::all(db)
            .await?
            .iter()
            .any(|c| c.in_region && c.code == country);
        let kind_ok = directory::service_codes(db).await?.iter().any(|k| k == kind.trim());
        if !in_region || !kind_ok || !groups().contains(&group.trim()) {
            return Err(AppError::NotFound);
        }
        Ok(GapKey {
            country,
            kind: kind.trim().to_string(),
            group: group.trim().to_string(),
        })
    }

    /// The map's address filtered to this one gap.
    pub fn map_url(&self) -> String {
        format!(
            "/directory/services?country={}&kind={}&group={}#gaps",
            self.country, self.kind, self.group
        )
    }

    /// "Coverage gap: no shelter for children in Montenegro", in `lang`.
    pub fn title(&self, lang: &str, country_names: &[entity::country::Model]) -> String {
        let kind = label(lang, "service", &self.kind).to_lowercase();
        let country = countries::name_in(country_names, &self.country);
        if self.group == EVERYONE {
            t_args(
                lang,
                "service-gap-title-everyone",
                &[("kind", kind.into()), ("country", country.into())],
            )
        } else {
            let group = label(lang, "service-group", &self.group).to_lowercase();
            t_args(
                lang,
                "service-gap-title",
                &[
                    ("kind", kind.into()),
                    ("group", group.into()),
                    ("country", country.into()),
                ],
            )
        }
    }

    fn of_link(l: &service_gap_link::Model) -> GapKey {
        GapKey {
            country: l.country_code.clone(),
            kind: l.service_kind.clone(),
            group: l.target_group.clone(),
        }
    }
}

/// The map's filters (a GET form and the API's query).
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[serde(default)]
pub struct MapFilter {
    /// A service kind code: the capacity rows and the gaps of that kind only.
    pub kind: String,
    /// A target group code or "everyone": the gaps for that group only.
    pub group: String,
    /// A country code of the region: the gaps in that country only.
    pub country: String,
    /// Page of the gaps, from 1.
    #[serde(deserialize_with = "crate::services::paging::deserialize")]
    pub page: Option<u64>,
}

impl MapFilter {
    pub fn query_string(&self) -> String {
        paging::query_string(&[("kind", &self.kind), ("group", &self.group), ("country", &self.country)])
    }
}

/// Capacity of one kind of service in one country, over its active services' unexpired figures.
#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    pub country: String,
    /// Per unit, in the vocabulary's order.
    pub totals: Vec<Totals>,
    /// The most open band among the services (each service counts with its most open current
    /// figure): "full" only when every active service with a current figure is full.
    pub best_band: Option<String>,
    /// The least open band among the same services.
    pub worst_band: Option<String>,
    /// Active services of this kind serving the country.
    pub services: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct KindRow {
    pub kind: String,
    pub cells: Vec<Cell>,
}

pub struct ServiceMap {
    /// The region's countries, in their order (the columns).
    pub countries: Vec<entity::country::Model>,
    pub rows: Vec<KindRow>,
    /// This page of the gaps.
    pub gaps: Vec<GapKey>,
    pub gaps_total: u64,
    pub page: u64,
    /// A service counts as verified when confirmed on or after this day.
    pub verified_since: NaiveDate,
    /// The follow-up linked to the gaps on this page.
    pub links: HashMap<GapKey, Vec<service_gap_link::Model>>,
}

/// Whether `s` was confirmed within the freshness window of the services area.
pub fn verified(s: &service::Model, today: NaiveDate) -> bool {
    s.verified_on.is_some_and(|d| d >= today - Duration::days(STALE_DAYS))
}

/// Whether `s` takes people of `group`: it names the group, or it names none and its age range
/// and sexes do not shut the group out. Everyone: no group named, no age or sex limit.
pub fn covers(s: &service::Model, group: &str) -> bool {
    let named = codes::split(&s.target_groups);
    let genders = codes::split(&s.genders);
    if group == EVERYONE {
        return named.is_empty() && genders.is_empty() && s.age_min.is_none() && s.age_max.is_none();
    }
    if named.iter().any(|g| g == group) {
        return true;
    }
    if !named.is_empty() {
        return false;
    }
    match group {
        "children" => s.age_min.is_none_or(|a| a < 18),
        "adults" => s.age_max.is_none_or(|a| a >= 18),
        "women" => genders.is_empty() || genders.iter().any(|g| g == "female"),
        "men" => genders.is_empty() || genders.iter().any(|g| g == "male"),
        _ => true,
    }
}

fn serves(s: &service::Model, country: &str) -> bool {
    codes::split(&s.countries).iter().any(|c| c == country)
}

fn band_rank(b: &str) -> usize {
    BAND_ORDER.iter().position(|x| *x == b).unwrap_or(BAND_ORDER.len())
}

/// The map: capacity of every kind (or the filtered one) in every country of the region, and one
/// page of the gaps the filters select.
pub async fn map(db: &impl ConnectionTrait, f: &MapFilter, today: NaiveDate) -> Result<ServiceMap, AppError> {
    let region: Vec<entity::country::Model> = countries::all(db).await?.into_iter().filter(|c| c.in_region).collect();
    let kinds: Vec<String> = directory::service_codes(db)
        .await?
        .into_iter()
        .filter(|k| f.kind.trim().is_empty() || *k == f.kind.trim())
        .collect();
    let active = service::Entity::find()
        .filter(service::Column::Status.eq("active"))
        .order_by_asc(service::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = active.iter().map(|s| s.id).collect();
    let capacity = sp::capacity_of(db, &ids).await?;
    let mut rows = vec![];
    for kind in &kinds {
        let cells = region
            .iter()
            .map(|c| {
                let here: Vec<&service::Model> = active
                    .iter()
                    .filter(|s| s.kind == *kind && serves(s, &c.code))
                    .collect();
                let figures: Vec<_> = here
                    .iter()
                    .flat_map(|s| capacity.get(&s.id).into_iter().flatten())
                    .collect();
                // Each service's most open current figure.
                let bands: Vec<&str> = here
                    .iter()
                    .filter_map(|s| {
                        capacity
                            .get(&s.id)
                            .into_iter()
                            .flatten()
                            .filter(|x| !sp::is_expired(x, today))
                            .map(|x| x.band.as_str())
                            .min_by_key(|b| band_rank(b))
                    })
                    .collect();
                Cell {
                    country: c.code.clone(),
                    totals: sp::totals(&figures, today),
                    best_band: bands.iter().min_by_key(|b| band_rank(b)).map(|b| b.to_string()),
                    worst_band: bands.iter().max_by_key(|b| band_rank(b)).map(|b| b.to_string()),
                    services: here.len() as i64,
                }
            })
            .collect();
        rows.push(KindRow {
            kind: kind.clone(),
            cells,
        });
    }
    let fresh: Vec<&service::Model> = active.iter().filter(|s| verified(s, today)).collect();
    let mut gaps = vec![];
    for c in region
        .iter()
        .filter(|c| f.country.trim().is_empty() || c.code == f.country.trim().to_uppercase())
    {
        for kind in &kinds {
            for group in groups()
                .into_iter()
                .filter(|g| f.group.trim().is_empty() || *g == f.group.trim())
            {
                let covered = fresh
                    .iter()
                    .any(|s| s.kind == *kind && serves(s, &c.code) && covers(s, group));
                if !covered {
                    gaps.push(GapKey {
                        country: c.code.clone(),
                        kind: kind.clone(),
                        group: group.to_string(),
                    });
                }
            }
        }
    }
    let page = paging::number(f.page);
    let gaps_total = gaps.len() as u64;
    let gaps: Vec<GapKey> = gaps
        .into_iter()
        .skip(paging::offset(page, PER_PAGE) as usize)
        .take(PER_PAGE as usize)
        .collect();
    let mut links: HashMap<GapKey, Vec<service_gap_link::Model>> = HashMap::new();
    for l in service_gap_link::Entity::find()
        .order_by_asc(service_gap_link::Column::Id)
        .all(db)
        .await?
    {
        let key = GapKey::of_link(&l);
        if gaps.contains(&key) {
            links.entry(key).or_default().push(l);
        }
    }
    Ok(ServiceMap {
        countries: region,
        rows,
        gaps,
        gaps_total,
        page,
        verified_since: today - Duration::days(STALE_DAYS),
        links,
    })
}

/// The gap an action item or an agenda item was made for, if any.
pub async fn gap_of_action(db: &impl ConnectionTrait, action_item: i32) -> Result<Option<GapKey>, AppError> {
    Ok(service_gap_link::Entity::find()
        .filter(service_gap_link::Column::ActionItemId.eq(action_item))
        .one(db)
        .await?
        .map(|l| GapKey::of_link(&l)))
}

/// The gaps of an event's agenda items, by agenda item id.
pub async fn gaps_of_event(db: &impl ConnectionTrait, event_id: i32) -> Result<HashMap<i32, GapKey>, AppError> {
    Ok(service_gap_link::Entity::find()
        .filter(service_gap_link::Column::EventId.eq(event_id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|l| Some((l.agenda_item_id?, GapKey::of_link(&l))))
        .collect())
}

/// Links action item `item` to gap `key`, inside the transaction that creates the item.
pub async fn link_action(
    db: &impl ConnectionTrait,
    key: &GapKey,
    item: i32,
    user: Option<i32>,
) -> Result<(), AppError> {
    service_gap_link::ActiveModel {
        action_item_id: Set(Some(item)),
        ..new_link(key, user)
    }
    .insert(db)
    .await?;
    Ok(())
}

/// A link of gap `key` made by `user` now, to nothing yet.
fn new_link(key: &GapKey, user: Option<i32>) -> service_gap_link::ActiveModel {
    service_gap_link::ActiveModel {
        country_code: Set(key.country.clone()),
        service_kind: Set(key.kind.clone()),
        target_group: Set(key.group.clone()),
        action_item_id: Set(None),
        agenda_item_id: Set(None),
        event_id: Set(None),
        created_at: Set(now()),
        created_by: Set(user),
        ..Default::default()
    }
}

/// The next roundtable: the first event of kind "roundtable", draft or published, that has not
/// begun yet.
pub async fn next_roundtable(db: &impl ConnectionTrait) -> Result<Option<event::Model>, AppError> {
    Ok(event::Entity::find()
        .filter(event::Column::Kind.eq("roundtable"))
        .filter(event::Column::Status.is_in(["draft", "published"]))
        .filter(event::Column::StartsAt.gt(now()))
        .order_by_asc(event::Column::StartsAt)
        .order_by_asc(event::Column::Id)
        .one(db)
        .await?)
}

/// What "put on the next roundtable's agenda" did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OnAgenda {
    Created {
        event_id: i32,
        item_id: i32,
    },
    /// The gap was already on that event's agenda: nothing new.
    Existing {
        event_id: i32,
        item_id: i32,
    },
    /// No roundtable is coming up: nothing created.
    NoRoundtable,
}

/// Where a new item goes: the first day, after the last item of that day (or at the event's
/// start), for 30 minutes.
fn slot(ev: &event::Model, items: &[agenda_item::Model]) -> (NaiveDate, NaiveTime, NaiveTime) {
    let tz: chrono_tz::Tz = ev.time_zone.parse().unwrap_or(chrono_tz::Europe::Tirane);
    let local = ev.starts_at.with_timezone(&tz);
    let day = local.date_naive();
    let opening = if ev.all_day {
        NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default()
    } else {
        local.time()
    };
    let start = items
        .iter()
        .filter(|i| i.day == day)
        .filter_map(|i| NaiveTime::parse_from_str(&i.end_time, "%H:%M").ok())
        .max()
        .unwrap_or(opening);
    let late = NaiveTime::from_hms_opt(23, 29, 0).unwrap_or_default();
    let start = start.min(late);
    (day, start, start + Duration::minutes(30))
}

async fn agenda_link(db: &impl ConnectionTrait, key: &GapKey, event_id: i32) -> Result<Option<OnAgenda>, AppError> {
    Ok(service_gap_link::Entity::find()
        .filter(service_gap_link::Column::CountryCode.eq(&key.country))
        .filter(service_gap_link::Column::ServiceKind.eq(&key.kind))
        .filter(service_gap_link::Column::TargetGroup.eq(&key.group))
        .filter(service_gap_link::Column::EventId.eq(event_id))
        .one(db)
        .await?
        .and_then(|l| {
            Some(OnAgenda::Existing {
                event_id,
                item_id: l.agenda_item_id?,
            })
        }))
}

/// Puts gap `key` on the agenda of the next roundtable, once per event: a second request (or
/// one at the same moment: the unique index on the gap and the event) gets the existing item.
/// The item's title is written in `lang`, the language of whoever raised it.
pub async fn put_on_agenda(
    db: &DatabaseConnection,
    key: &GapKey,
    user: Option<i32>,
    lang: &str,
) -> Result<OnAgenda, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let Some(ev) = next_roundtable(&txn).await? else {
        return Ok(OnAgenda::NoRoundtable);
    };
    if let Some(existing) = agenda_link(&txn, key, ev.id).await? {
        return Ok(existing);
    }
    let names = countries::all_in(&txn, lang).await?;
    let items = events::items(&txn, ev.id).await?;
    let (day, start, end) = slot(&ev, &items);
    let input = events::ItemInput {
        day,
        start_time: start.format("%H:%M").to_string(),
        end_time: end.format("%H:%M").to_string(),
        title: key.title(lang, &names),
        description: Some(t_args(
            lang,
            "service-gap-agenda-description",
            &[("days", STALE_DAYS.into())],
        )),
        kind: "session".into(),
        track: None,
        moderator: None,
        speakers: None,
    };
    let made = async {
        let item = events::save_item(&txn, ev.id, None, input).await?;
        crate::services::agenda::record(&txn, ev.id, user).await?;
        service_gap_link::ActiveModel {
            agenda_item_id: Set(Some(item.id)),
            event_id: Set(Some(ev.id)),
            ..new_link(key, user)
        }
        .insert(&txn)
        .await?;
        Ok::<i32, AppError>(item.id)
    }
    .await;
    match made {
        Ok(item_id) => {
            txn.commit().await?;
            Ok(OnAgenda::Created {
                event_id: ev.id,
                item_id,
            })
        }
        Err(e) => {
            // Someone put the same gap on the same agenda meanwhile (PostgreSQL lets both
            // transactions run; a unique index stops the second, at the gap's link or at the
            // agenda's revision number): theirs stands, and nothing of this one is kept.
            txn.rollback().await?;
            match agenda_link(db, key, ev.id).await? {
                Some(existing) => Ok(existing),
                None => Err(e),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svc() -> service::Model {
        service::Model {
            id: 1,
            organization_id: 1,
            kind: "shelter".into(),
            name: "x".into(),
            description: String::new(),
            modes: String::new(),
            countries: "ME".into(),
            areas: String::new(),
            age_min: None,
            age_max: None,
            genders: String::new(),
            target_groups: String::new(),
            identification: "presumed".into(),
            languages: String::new(),
            interpretation: false,
            referral: "referral".into(),
            intake_steps: String::new(),
            hours: String::new(),
            open_24_7: false,
            confidential_location: false,
            address: String::new(),
            city: String::new(),
            funding_source: String::new(),
            funded_until: None,
            status: "active".into(),
            status_notice: String::new(),
            verified_on: None,
            verified_by: None,
            version: 1,
            created_at: now(),
            updated_at: now(),
        }
    }

    #[test]
    fn a_service_covers_the_groups_it_names_or_does_not_shut_out() {
        let open = svc();
        assert!(groups().iter().all(|g| covers(&open, g)));
        let children = service::Model {
            target_groups: "children".into(),
            ..svc()
        };
        assert!(covers(&children, "children") && !covers(&children, "adults") && !covers(&children, EVERYONE));
        let adult_women = service::Model {
            age_min: Some(18),
            genders: "female".into(),
            ..svc()
        };
        assert!(covers(&adult_women, "women") && covers(&adult_women, "adults"));
        assert!(!covers(&adult_women, "children") && !covers(&adult_women, "men") && !covers(&adult_women, EVERYONE));
    }

    #[test]
    fn verified_means_confirmed_within_the_freshness_window() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
        let mut s = svc();
        assert!(!verified(&s, today), "never confirmed");
        s.verified_on = Some(today - Duration::days(STALE_DAYS));
        assert!(verified(&s, today));
        s.verified_on = Some(today - Duration::days(STALE_DAYS + 1));
        assert!(!verified(&s, today));
    }
}
