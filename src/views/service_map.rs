//! View models of the service map (`/directory/services`) and of the coverage-gap links shown on
//! action items and agenda items.

use std::collections::HashMap;

use serde::Serialize;

use crate::auth::{Action, Viewer};
use crate::error::AppError;
use crate::i18n::label;
use crate::services::coverage::{self as cov, GapKey, MapFilter, ServiceMap};
use crate::services::{countries, events as ev};
use crate::state::AppState;
use crate::views::Pager;
use crate::views::directory::{Opt, country_options, service_options};
use entity::{action_item, agenda_item, event, service_gap_link};

/// A link to a gap on the map: "Coverage gap: no shelter for children in Montenegro".
#[derive(Debug, Clone, Serialize)]
pub struct GapLink {
    pub label: String,
    pub url: String,
}

fn gap_link(lang: &str, key: &GapKey, names: &[entity::country::Model]) -> GapLink {
    GapLink {
        label: key.title(lang, names),
        url: key.map_url(),
    }
}

/// The gap the action item form is prefilled from, if any.
pub async fn gap_link_of_fields(
    state: &AppState,
    lang: &str,
    f: &crate::services::actions::ItemFields,
) -> Result<Option<GapLink>, AppError> {
    if f.gap_country.is_empty() {
        return Ok(None);
    }
    let Ok(key) = GapKey::check(&state.db, &f.gap_country, &f.gap_kind, &f.gap_group).await else {
        return Ok(None);
    };
    let names = countries::all_in(&state.db, lang).await?;
    Ok(Some(gap_link(lang, &key, &names)))
}

/// The gap action item `id` follows up, if any.
pub async fn gap_link_of_action(state: &AppState, lang: &str, id: i32) -> Result<Option<GapLink>, AppError> {
    let Some(key) = cov::gap_of_action(&state.db, id).await? else {
        return Ok(None);
    };
    let names = countries::all_in(&state.db, lang).await?;
    Ok(Some(gap_link(lang, &key, &names)))
}

/// The gaps of an event's agenda items, by item id, as links to the map.
pub async fn agenda_gap_links(state: &AppState, lang: &str, event_id: i32) -> Result<HashMap<i32, GapLink>, AppError> {
    let gaps = cov::gaps_of_event(&state.db, event_id).await?;
    if gaps.is_empty() {
        return Ok(HashMap::new());
    }
    let names = countries::all_in(&state.db, lang).await?;
    Ok(gaps
        .into_iter()
        .map(|(id, k)| (id, gap_link(lang, &k, &names)))
        .collect())
}

/// One unit's capacity in a cell.
#[derive(Serialize)]
pub struct Amount {
    pub unit: String,
    pub maximum: i64,
    /// Free places now: members and the secretariat only.
    pub available: Option<i64>,
}

#[derive(Serialize)]
pub struct CellView {
    pub amounts: Vec<Amount>,
    pub band_code: Option<String>,
    pub band: Option<String>,
    /// The least open band, when it differs from `band`.
    pub worst: Option<String>,
    pub services: i64,
    /// Figures past their expiry, left out.
    pub unconfirmed: i64,
}

#[derive(Serialize)]
pub struct RowView {
    pub kind: String,
    pub cells: Vec<CellView>,
}

/// A linked action item or agenda item of a gap.
#[derive(Serialize)]
pub struct LinkedItem {
    pub label: String,
    pub url: String,
}

#[derive(Serialize)]
pub struct GapView {
    pub title: String,
    pub country: String,
    pub kind: String,
    pub group: String,
    pub links: Vec<LinkedItem>,
    pub action_url: String,
}

#[derive(Serialize)]
pub struct MapPage {
    pub filter: MapFilter,
    pub countries: Vec<String>,
    pub rows: Vec<RowView>,
    pub show_available: bool,
    pub gaps: Vec<GapView>,
    pub gaps_total: u64,
    pub pager: Pager,
    pub kinds: Vec<Opt>,
    pub groups: Vec<Opt>,
    pub country_options: Vec<Opt>,
    pub verified_since: String,
    pub stale_days: i64,
    pub can_action: bool,
    pub can_agenda: bool,
    /// The next roundtable's title, for the agenda button's hint.
    pub next_roundtable: Option<String>,
}

fn cell(lang: &str, c: &cov::Cell, show_available: bool) -> CellView {
    CellView {
        amounts: c
            .totals
            .iter()
            .filter(|t| t.figures > 0)
            .map(|t| Amount {
                unit: label(lang, "capacity-unit", &t.unit),
                maximum: t.maximum,
                available: Some(t.available).filter(|_| show_available),
            })
            .collect(),
        band: c.best_band.as_deref().map(|b| label(lang, "capacity-band", b)),
        band_code: c.best_band.clone(),
        worst: c
            .worst_band
            .as_deref()
            .filter(|w| c.best_band.as_deref() != Some(*w))
            .map(|w| label(lang, "capacity-band", w)),
        services: c.services,
        unconfirmed: c.totals.iter().map(|t| t.unconfirmed).sum(),
    }
}

/// The labels and addresses of a gap's linked items; agenda items of events the viewer may not
/// see (a draft) are left out.
async fn linked_items(
    state: &AppState,
    viewer: &Viewer,
    lang: &str,
    links: &[service_gap_link::Model],
) -> Result<Vec<LinkedItem>, AppError> {
    use sea_orm::EntityTrait;
    let mut out = vec![];
    for l in links {
        if let Some(a) = l.action_item_id
            && let Some(item) = action_item::Entity::find_by_id(a).one(&state.db).await?
        {
            out.push(LinkedItem {
                label: format!("{}: {}", crate::i18n::t(lang, "service-gap-linked-action"), item.title),
                url: format!("/actions/{}", item.id),
            });
        }
        if let (Some(ai), Some(eid)) = (l.agenda_item_id, l.event_id)
            && let Some(item) = agenda_item::Entity::find_by_id(ai).one(&state.db).await?
            && let Some(e) = event::Entity::find_by_id(eid).one(&state.db).await?
            && ev::can_view(&state.db, viewer.user.as_ref(), &e).await?
        {
            out.push(LinkedItem {
                label: format!(
                    "{}: {} ({})",
                    crate::i18n::t(lang, "service-gap-linked-agenda"),
                    item.title,
                    e.title
                ),
                url: format!("/events/{}#item-{}", e.id, item.id),
            });
        }
    }
    Ok(out)
}

/// The whole map page.
pub async fn map_page(
    state: &AppState,
    viewer: &Viewer,
    lang: &str,
    filter: MapFilter,
    map: ServiceMap,
    kinds: &[String],
) -> Result<MapPage, AppError> {
    let show_available = viewer.can(Action::SeeAvailablePlaces);
    let names = countries::all_in(&state.db, lang).await?;
    let region: Vec<entity::country::Model> = names.iter().filter(|c| c.in_region).cloned().collect();
    let mut gaps = vec![];
    for g in &map.gaps {
        let links = map.links.get(g).map(Vec::as_slice).unwrap_or(&[]);
        gaps.push(GapView {
            title: g.title(lang, &names),
            country: g.country.clone(),
            kind: g.kind.clone(),
            group: g.group.clone(),
            links: linked_items(state, viewer, lang, links).await?,
            action_url: format!(
                "/actions/new?gap_country={}&gap_kind={}&gap_group={}",
                g.country, g.kind, g.group
            ),
        });
    }
    let user = viewer.user.as_ref();
    let can_action = user.is_some_and(|u| {
        u.is_secretariat()
            || viewer.can(Action::CreateActionItem {
                owner_org: u.organization_id.unwrap_or(-1),
            })
    });
    let can_agenda = viewer.can(Action::ManageEvents);
    let next_roundtable = if can_agenda {
        cov::next_roundtable(&state.db).await?.map(|e| e.title)
    } else {
        None
    };
    let qs = filter.query_string();
    Ok(MapPage {
        countries: map
            .countries
            .iter()
            .map(|c| countries::name_in(&names, &c.code))
            .collect(),
        rows: map
            .rows
            .iter()
            .map(|r| RowView {
                kind: label(lang, "service", &r.kind),
                cells: r.cells.iter().map(|c| cell(lang, c, show_available)).collect(),
            })
            .collect(),
        show_available,
        gaps,
        gaps_total: map.gaps_total,
        pager: Pager::new("/directory/services", &qs, map.page, cov::PER_PAGE, map.gaps_total),
        kinds: service_options(lang, kinds),
        groups: cov::groups()
            .into_iter()
            .map(|g| Opt {
                code: g.to_string(),
                label: group_label(lang, g),
            })
            .collect(),
        country_options: country_options(&region),
        verified_since: map.verified_since.to_string(),
        stale_days: crate::services::freshness::STALE_DAYS,
        can_action,
        can_agenda,
        next_roundtable,
        filter,
    })
}

/// A target group's name, "Everyone" included.
pub fn group_label(lang: &str, g: &str) -> String {
    if g == cov::EVERYONE {
        crate::i18n::t(lang, "service-map-group-everyone")
    } else {
        label(lang, "service-group", g)
    }
}
