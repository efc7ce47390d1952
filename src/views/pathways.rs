//! View models of the referral pathway pages: the matrix, one pathway, its form and finding
//! help. Templates never see entities.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;

use crate::error::AppError;
use crate::i18n::{label, t, t_args};
use crate::services::countries;
use crate::services::pathways::need_search::{Hit, NeedQuery};
use crate::services::pathways::{self as pw, INFORMATION, MatrixCell, PathwayFields, STATUSES};
use crate::views::Pager;
use crate::views::directory::Opt;
use entity::{country, document, legal_topic, referral_pathway, service, service_contact};

/// Country names in `lang` by code ("Kosovo*" with its asterisk).
pub async fn country_names(db: &impl ConnectionTrait, lang: &str) -> Result<HashMap<String, String>, AppError> {
    Ok(countries::all_in(db, lang)
        .await?
        .iter()
        .map(|c| (c.code.clone(), countries::display_name(c)))
        .collect())
}

fn country_opts(list: &[country::Model]) -> Vec<Opt> {
    crate::views::directory::country_options(list)
}

async fn kind_opts(db: &impl ConnectionTrait, lang: &str) -> Result<Vec<Opt>, AppError> {
    let codes = crate::services::directory::service_codes(db).await?;
    Ok(codes
        .iter()
        .map(|c| Opt {
            code: c.clone(),
            label: label(lang, "service", c),
        })
        .collect())
}

fn status_opts(lang: &str) -> Vec<Opt> {
    STATUSES
        .iter()
        .map(|s| Opt {
            code: s.to_string(),
            label: label(lang, "pathway-status", s),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The matrix

#[derive(Serialize)]
pub struct EntryView {
    pub url: String,
    pub kind: String,
    pub status: String,
    pub status_label: String,
    pub agreed: bool,
    pub service: Option<String>,
    pub contact_role: Option<String>,
    pub contact_phone: Option<String>,
    pub contact_email: Option<String>,
    pub last_used_on: Option<NaiveDate>,
}

#[derive(Serialize)]
pub struct CellView {
    /// "From Serbia to Montenegro", for screen readers and the cell's title.
    pub route: String,
    pub same: bool,
    pub entries: Vec<EntryView>,
}

#[derive(Serialize)]
pub struct RowView {
    pub name: String,
    pub cells: Vec<CellView>,
}

#[derive(Serialize)]
pub struct ListRow {
    pub url: String,
    pub route: String,
    pub kind: String,
    pub status: String,
    pub status_label: String,
    pub last_used_on: Option<NaiveDate>,
}

#[derive(Serialize)]
pub struct MatrixPage {
    pub kinds: Vec<Opt>,
    pub statuses: Vec<Opt>,
    pub countries: Vec<Opt>,
    pub filter: pw::PathwayFilter,
    pub rows: Vec<RowView>,
    pub list: Vec<ListRow>,
    pub pager: Pager,
    pub can_manage: bool,
}

fn route_name(lang: &str, names: &HashMap<String, String>, from: &str, to: &str) -> String {
    let n = |c: &str| names.get(c).cloned().unwrap_or_else(|| c.to_string());
    t_args(lang, "pathway-route", &[("from", n(from).into()), ("to", n(to).into())])
}

pub async fn matrix_page(
    db: &impl ConnectionTrait,
    lang: &str,
    filter: pw::PathwayFilter,
    cells: (Vec<country::Model>, Vec<Vec<MatrixCell>>),
    list: (Vec<referral_pathway::Model>, u64, u64),
    can_manage: bool,
) -> Result<MatrixPage, AppError> {
    let names = country_names(db, lang).await?;
    let (countries, grid) = cells;
    let countries: Vec<country::Model> = countries.into_iter().map(|c| countries::localized(lang, c)).collect();
    let rows = countries
        .iter()
        .zip(grid)
        .map(|(c, cells)| RowView {
            name: countries::display_name(c),
            cells: cells
                .into_iter()
                .map(|cell| CellView {
                    route: route_name(lang, &names, &cell.from, &cell.to),
                    same: cell.from == cell.to,
                    entries: cell
                        .entries
                        .into_iter()
                        .map(|e| EntryView {
                            url: format!("/pathways/{}", e.id),
                            kind: label(lang, "service", &e.kind),
                            status_label: label(lang, "pathway-status", &e.status),
                            agreed: e.status == "agreed",
                            status: e.status,
                            service: e.service,
                            contact_role: e.contact_role,
                            contact_phone: e.contact_phone,
                            contact_email: e.contact_email,
                            last_used_on: e.last_used_on,
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let (items, total, page) = list;
    let query = filter.query_string();
    Ok(MatrixPage {
        kinds: kind_opts(db, lang).await?,
        statuses: status_opts(lang),
        countries: country_opts(&countries),
        rows,
        list: items
            .into_iter()
            .map(|p| ListRow {
                url: format!("/pathways/{}", p.id),
                route: route_name(lang, &names, &p.from_country, &p.to_country),
                kind: label(lang, "service", &p.service_kind),
                status_label: label(lang, "pathway-status", &p.status),
                status: p.status,
                last_used_on: p.last_used_on,
            })
            .collect(),
        pager: Pager::new("/pathways", &query, page, pw::PER_PAGE, total),
        filter,
        can_manage,
    })
}

// ---------------------------------------------------------------------------------------------
// One pathway

#[derive(Serialize)]
pub struct StepView {
    pub number: usize,
    pub actor: String,
    pub action: String,
    pub max_days: Option<i32>,
}

#[derive(Serialize)]
pub struct LinkView {
    pub label: String,
    pub url: String,
}

#[derive(Serialize)]
pub struct ContactView {
    pub role: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub available_24_7: bool,
}

#[derive(Serialize)]
pub struct PathwayPage {
    pub id: i32,
    pub route: String,
    pub kind: String,
    pub status: String,
    pub status_label: String,
    pub agreed: bool,
    pub service: Option<String>,
    pub contact: Option<ContactView>,
    pub consent_rule: String,
    pub child_consent_rule: String,
    pub information: Vec<String>,
    pub escort: String,
    pub escort_cost: String,
    pub document: Option<LinkView>,
    pub barriers: Vec<LinkView>,
    pub steps: Vec<StepView>,
    /// The longest the whole pathway may take (the steps' days added), when every step says.
    pub total_days: Option<i32>,
    pub last_used_on: Option<NaiveDate>,
    pub used_today: bool,
    pub can_manage: bool,
    pub can_record_use: bool,
}

fn contact_view(c: service_contact::Model) -> ContactView {
    let blank = |s: String| Some(s).filter(|s| !s.trim().is_empty());
    ContactView {
        role: c.role,
        phone: blank(c.phone),
        email: blank(c.email),
        available_24_7: c.available_24_7,
    }
}

pub async fn pathway_page(
    db: &impl ConnectionTrait,
    lang: &str,
    p: pw::Pathway,
    today: NaiveDate,
    can_manage: bool,
    can_record_use: bool,
) -> Result<PathwayPage, AppError> {
    let names = country_names(db, lang).await?;
    let m = p.pathway;
    let service = match m.receiving_service_id {
        Some(id) => service::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    let contact = match m.receiving_contact_id {
        Some(id) => service_contact::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    let document = match m.document_id {
        Some(id) => document::Entity::find_by_id(id).one(db).await?.map(|d| LinkView {
            label: d.title,
            url: format!("/documents/{id}"),
        }),
        None => None,
    };
    let mut barriers = vec![];
    for b in &p.barriers {
        if let Some(link) =
            crate::views::legal::legal_link(db, lang, Some(b.legal_topic_id), Some(b.legal_country.as_str())).await?
        {
            barriers.push(LinkView {
                label: link.label,
                url: link.url,
            });
        }
    }
    let total_days = p
        .steps
        .iter()
        .map(|s| s.max_days)
        .sum::<Option<i32>>()
        .filter(|_| !p.steps.is_empty());
    Ok(PathwayPage {
        id: m.id,
        route: route_name(lang, &names, &m.from_country, &m.to_country),
        kind: label(lang, "service", &m.service_kind),
        status_label: label(lang, "pathway-status", &m.status),
        agreed: m.status == "agreed",
        status: m.status.clone(),
        service: service.map(|s| s.name),
        contact: contact.map(contact_view),
        consent_rule: m.consent_rule,
        child_consent_rule: m.child_consent_rule,
        information: pw::codes(&m.information)
            .iter()
            .map(|c| label(lang, "pathway-information", c))
            .collect(),
        escort: m.escort,
        escort_cost: m.escort_cost,
        document,
        barriers,
        steps: p
            .steps
            .into_iter()
            .enumerate()
            .map(|(i, s)| StepView {
                number: i + 1,
                actor: s.actor,
                action: s.action,
                max_days: s.max_days,
            })
            .collect(),
        total_days,
        used_today: m.last_used_on == Some(today),
        last_used_on: m.last_used_on,
        can_manage,
        can_record_use,
    })
}

// ---------------------------------------------------------------------------------------------
// The form

#[derive(Serialize)]
pub struct Choice {
    pub code: String,
    pub label: String,
    pub checked: bool,
}

#[derive(Serialize)]
pub struct StepRow {
    pub n: usize,
    /// The names its messages are filed under (`step_actor_2`).
    pub step_actor_field: String,
    pub step_action_field: String,
    pub step_days_field: String,
    pub actor: String,
    pub action: String,
    pub days: String,
}

#[derive(Serialize)]
pub struct BarrierRow {
    pub n: usize,
    pub barrier_topic_field: String,
    pub barrier_country_field: String,
    pub topic: String,
    pub country: String,
}

#[derive(Serialize)]
pub struct PathwayFormPage<'a> {
    pub form: &'a PathwayFields,
    pub action: String,
    pub heading: &'a str,
    pub back: String,
    pub countries: Vec<Opt>,
    pub kinds: Vec<Opt>,
    pub statuses: Vec<Opt>,
    pub services: Vec<Opt>,
    pub contacts: Vec<Opt>,
    pub documents: Vec<Opt>,
    pub topics: Vec<Opt>,
    pub information: Vec<Choice>,
    pub steps: Vec<StepRow>,
    pub barriers: Vec<BarrierRow>,
    pub errors: BTreeMap<String, String>,
    pub has_errors: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edit_version: Option<i32>,
}

/// The pathway form: `form` as typed (or stored), with empty rows for more steps and barriers.
pub async fn pathway_form<'a>(
    db: &impl ConnectionTrait,
    lang: &str,
    form: &'a PathwayFields,
    action: String,
    heading: &'a str,
    back: String,
    version: Option<i32>,
) -> Result<PathwayFormPage<'a>, AppError> {
    let countries = countries::all_in(db, lang).await?;
    let orgs: HashMap<i32, String> = entity::organization::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let services = service::Entity::find()
        .filter(service::Column::Status.ne("closed"))
        .order_by_asc(service::Column::Name)
        .all(db)
        .await?;
    let names: HashMap<i32, String> = services.iter().map(|s| (s.id, s.name.clone())).collect();
    let contacts = service_contact::Entity::find()
        .order_by_asc(service_contact::Column::ServiceId)
        .order_by_asc(service_contact::Column::SortOrder)
        .all(db)
        .await?;
    let documents = document::Entity::find()
        .filter(document::Column::Archived.eq(false))
        .order_by_asc(document::Column::Title)
        .all(db)
        .await?;
    let topics = crate::services::legal::topics(db, false).await?;
    let spare = |n: usize, extra: usize| n + extra;
    let steps_n = spare(form.step_actor.len().max(form.step_action.len()), pw::SPARE_STEPS);
    let barriers_n = spare(form.barrier_topic.len(), pw::SPARE_BARRIERS);
    let at = |v: &[String], i: usize| v.get(i).cloned().unwrap_or_default();
    Ok(PathwayFormPage {
        form,
        action,
        heading,
        back,
        countries: country_opts(&countries),
        kinds: kind_opts(db, lang).await?,
        statuses: status_opts(lang),
        services: services
            .iter()
            .map(|s| Opt {
                code: s.id.to_string(),
                label: format!(
                    "{} · {} · {}",
                    s.name,
                    orgs.get(&s.organization_id).cloned().unwrap_or_default(),
                    label(lang, "service", &s.kind)
                ),
            })
            .collect(),
        contacts: contacts
            .iter()
            .filter_map(|c| {
                Some(Opt {
                    code: c.id.to_string(),
                    label: format!("{} · {}", names.get(&c.service_id)?, c.role),
                })
            })
            .collect(),
        documents: documents
            .into_iter()
            .map(|d| Opt {
                code: d.id.to_string(),
                label: d.title,
            })
            .collect(),
        topics: topics
            .iter()
            .map(|tp| Opt {
                code: tp.code.clone(),
                label: format!("{} {}", tp.code, crate::services::legal::topic_name(tp, lang)),
            })
            .collect(),
        information: INFORMATION
            .iter()
            .map(|c| Choice {
                code: c.to_string(),
                label: label(lang, "pathway-information", c),
                checked: form.information.iter().any(|i| i == c),
            })
            .collect(),
        steps: (0..steps_n)
            .map(|i| StepRow {
                n: i + 1,
                step_actor_field: format!("step_actor_{}", i + 1),
                step_action_field: format!("step_action_{}", i + 1),
                step_days_field: format!("step_days_{}", i + 1),
                actor: at(&form.step_actor, i),
                action: at(&form.step_action, i),
                days: at(&form.step_days, i),
            })
            .collect(),
        barriers: (0..barriers_n)
            .map(|i| BarrierRow {
                n: i + 1,
                barrier_topic_field: format!("barrier_topic_{}", i + 1),
                barrier_country_field: format!("barrier_country_{}", i + 1),
                topic: at(&form.barrier_topic, i),
                country: at(&form.barrier_country, i),
            })
            .collect(),
        errors: BTreeMap::new(),
        has_errors: false,
        edit_version: version,
    })
}

/// Register topic codes by id (to show a stored pathway's barriers in its form).
pub async fn topic_codes(db: &impl ConnectionTrait) -> Result<HashMap<i32, String>, AppError> {
    Ok(legal_topic::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|tp| (tp.id, tp.code))
        .collect())
}

/// A pathway form field's label as people read it.
pub fn field_name(lang: &str, field: &str) -> String {
    t(lang, pw::field_label(field))
}

// ---------------------------------------------------------------------------------------------
// Finding help

#[derive(Serialize)]
pub struct CapacityView {
    pub unit: String,
    pub band: String,
    pub band_code: String,
    pub group: Option<String>,
    /// Past its expiry: shown greyed as not confirmed since `as_of`.
    pub expired: bool,
    pub as_of: NaiveDate,
    pub unconfirmed: String,
}

#[derive(Serialize)]
pub struct HitView {
    pub name: String,
    pub organization: String,
    pub kind: String,
    pub city: String,
    pub speaks_language: bool,
    pub capacity: Vec<CapacityView>,
    pub verified_on: Option<NaiveDate>,
    pub contact: Option<ContactView>,
    pub pathway: Option<LinkView>,
    pub pathway_agreed: bool,
    pub pathway_status: Option<String>,
    pub funding_ends_before: bool,
    pub funded_until: Option<NaiveDate>,
    pub open_24_7: bool,
}

#[derive(Serialize)]
pub struct FindPage {
    pub q: NeedQuery,
    pub searched: bool,
    pub countries: Vec<Opt>,
    pub kinds: Vec<Opt>,
    pub genders: Vec<Opt>,
    pub languages: Vec<Opt>,
    pub identifications: Vec<Opt>,
    pub from_name: Option<String>,
    pub to_name: String,
    pub hits: Vec<HitView>,
    pub total: u64,
    pub pager: Option<Pager>,
}

/// A label of the services area's catalogue (capacity units and bands, target groups): the code
/// until that area's messages are there.
pub fn hit_view(lang: &str, h: Hit, today: NaiveDate, from_name: Option<&str>, to_name: &str) -> HitView {
    let s = h.service;
    HitView {
        organization: h.organization.map(|o| o.name).unwrap_or_default(),
        kind: label(lang, "service", &s.kind),
        city: s.city.clone(),
        speaks_language: h.speaks_language,
        capacity: h
            .capacity
            .into_iter()
            .map(|c| CapacityView {
                unit: label(lang, "capacity-unit", &c.unit),
                band: label(lang, "capacity-band", &c.band),
                band_code: c.band.clone(),
                group: Some(c.target_group.clone())
                    .filter(|g| !g.is_empty())
                    .map(|g| label(lang, "service-group", &g)),
                expired: c.expires_on < today,
                unconfirmed: t_args(
                    lang,
                    "find-capacity-unconfirmed",
                    &[("date", crate::i18n::dates::date(lang, c.as_of).into())],
                ),
                as_of: c.as_of,
            })
            .collect(),
        verified_on: s.verified_on,
        contact: h.contact.map(contact_view),
        pathway_agreed: h.pathway.as_ref().is_some_and(|p| p.status == "agreed"),
        pathway_status: h.pathway.as_ref().map(|p| label(lang, "pathway-status", &p.status)),
        pathway: h.pathway.map(|p| LinkView {
            label: t_args(
                lang,
                "pathway-route",
                &[
                    ("from", from_name.unwrap_or_default().to_string().into()),
                    ("to", to_name.to_string().into()),
                ],
            ),
            url: format!("/pathways/{}", p.id),
        }),
        funding_ends_before: h.funding_ends_before,
        funded_until: s.funded_until,
        open_24_7: s.open_24_7,
        name: s.name,
    }
}

pub async fn find_page(
    db: &impl ConnectionTrait,
    lang: &str,
    q: NeedQuery,
    from: Option<String>,
    found: Option<(Vec<Hit>, u64, u64)>,
    today: NaiveDate,
) -> Result<FindPage, AppError> {
    let countries = countries::all_in(db, lang).await?;
    let names = country_names(db, lang).await?;
    let from_name = from.as_ref().and_then(|c| names.get(c).cloned());
    let to_name = names.get(&q.country.trim().to_uppercase()).cloned().unwrap_or_default();
    let (hits, total, pager) = match found {
        Some((hits, total, page)) => (
            hits.into_iter()
                .map(|h| hit_view(lang, h, today, from_name.as_deref(), &to_name))
                .collect(),
            total,
            Some(Pager::new(
                "/services/find",
                &q.query_string(),
                page,
                pw::need_search::PER_PAGE,
                total,
            )),
        ),
        None => (vec![], 0, None),
    };
    Ok(FindPage {
        searched: pager.is_some(),
        countries: country_opts(&countries),
        kinds: kind_opts(db, lang).await?,
        genders: crate::views::directory::options(lang, "find-gender", &["female", "male", "other"]),
        languages: crate::services::support::codes::LANGUAGES
            .iter()
            .map(|c| Opt {
                code: c.to_string(),
                label: label(lang, "spoken-language", c),
            })
            .collect(),
        identifications: crate::views::directory::options(lang, "find-identification", &["presumed", "formal"]),
        from_name,
        to_name,
        hits,
        total,
        pager,
        q,
    })
}
