//! View models for the service pages (`/services`). Templates never see entities; a
//! confidential address and the number of free places reach a template only when the reader
//! may see them.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::auth::{Action, Viewer};
use crate::i18n::{label, t};
use crate::services::countries;
use crate::services::support::{self as sp, CapacityFields, ContactFields, Shown, SupportServiceFields, Totals, codes};
use crate::views::Pager;
use crate::views::directory::{Opt, country_options, options, service_options};
use entity::{country, organization, service, service_capacity, service_contact};

/// What `viewer` may see of a service of organization `org`.
pub fn shown(viewer: &Viewer, org: i32) -> Shown {
    Shown {
        address: viewer.can(Action::SeeConfidentialAddress { organization_id: org }),
        available: viewer.can(Action::SeeAvailablePlaces),
    }
}

/// One box of a list of checkboxes.
#[derive(Serialize)]
pub struct Check {
    /// The form field the box belongs to.
    pub name: &'static str,
    pub code: String,
    pub label: String,
    pub checked: bool,
}

fn checks(name: &'static str, opts: Vec<Opt>, picked: &[String]) -> Vec<Check> {
    opts.into_iter()
        .map(|o| Check {
            name,
            checked: picked.contains(&o.code),
            code: o.code,
            label: o.label,
        })
        .collect()
}

/// Labels of stored codes, joined for reading.
fn labels(lang: &str, prefix: &str, stored: &str) -> String {
    codes::split(stored)
        .iter()
        .map(|c| label(lang, prefix, c))
        .collect::<Vec<_>>()
        .join(", ")
}

fn country_names(list: &[country::Model], stored: &str) -> String {
    codes::split(stored)
        .iter()
        .map(|c| countries::name_in(list, c))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A capacity figure as shown: the free places only for who may see them; an expired figure
/// is flagged so the page greys it and says since when it is not confirmed.
#[derive(Serialize)]
pub struct FigureView {
    pub id: i32,
    pub unit: String,
    pub maximum: Option<i32>,
    pub funded: Option<i32>,
    pub available: Option<i32>,
    pub has_maximum: bool,
    pub has_funded: bool,
    pub has_available: bool,
    pub band_code: String,
    pub band: String,
    pub group: Option<String>,
    pub as_of: String,
    pub expires_on: String,
    pub expired: bool,
}

pub fn figure(lang: &str, c: &service_capacity::Model, shown: Shown, today: NaiveDate) -> FigureView {
    let available = c.available.filter(|_| shown.available);
    FigureView {
        has_maximum: c.maximum.is_some(),
        has_funded: c.funded.is_some(),
        has_available: available.is_some(),
        id: c.id,
        unit: label(lang, "capacity-unit", &c.unit),
        maximum: c.maximum,
        funded: c.funded,
        available,
        band_code: c.band.clone(),
        band: label(lang, "capacity-band", &c.band),
        group: Some(&c.target_group)
            .filter(|g| !g.is_empty())
            .map(|g| label(lang, "service-group", g)),
        as_of: c.as_of.to_string(),
        expires_on: c.expires_on.to_string(),
        expired: sp::is_expired(c, today),
    }
}

#[derive(Serialize)]
pub struct TotalView {
    pub unit: String,
    pub maximum: i64,
    pub available: Option<i64>,
    pub figures: i64,
    pub unconfirmed: i64,
}

pub fn totals(lang: &str, list: &[Totals], shown: Shown) -> Vec<TotalView> {
    list.iter()
        .map(|x| TotalView {
            unit: label(lang, "capacity-unit", &x.unit),
            maximum: x.maximum,
            available: Some(x.available).filter(|_| shown.available),
            figures: x.figures,
            unconfirmed: x.unconfirmed,
        })
        .collect()
}

#[derive(Serialize)]
pub struct ServiceRow {
    pub id: i32,
    pub name: String,
    pub organization: String,
    pub kind: String,
    pub city: String,
    pub countries: String,
    pub status_code: String,
    pub status: String,
    pub figures: Vec<FigureView>,
    pub verified_on: Option<String>,
}

pub struct Lookups<'a> {
    pub countries: &'a [country::Model],
    pub orgs: &'a HashMap<i32, organization::Model>,
}

pub fn row(
    lang: &str,
    s: &service::Model,
    figures: &[service_capacity::Model],
    l: &Lookups<'_>,
    shown: Shown,
    today: NaiveDate,
) -> ServiceRow {
    ServiceRow {
        id: s.id,
        name: s.name.clone(),
        organization: l
            .orgs
            .get(&s.organization_id)
            .map(|o| o.name.clone())
            .unwrap_or_default(),
        kind: label(lang, "service", &s.kind),
        city: s.city.clone(),
        countries: country_names(l.countries, &s.countries),
        status_code: s.status.clone(),
        status: label(lang, "service-status", &s.status),
        figures: figures.iter().map(|c| figure(lang, c, shown, today)).collect(),
        verified_on: s.verified_on.map(|d| d.to_string()),
    }
}

#[derive(Serialize)]
pub struct ListPage {
    pub filter: sp::ServiceFilter,
    pub rows: Vec<ServiceRow>,
    pub pager: Pager,
    pub countries: Vec<Opt>,
    pub kinds: Vec<Opt>,
    pub statuses: Vec<Opt>,
    pub totals: Vec<TotalView>,
    pub show_available: bool,
}

pub fn filter_choices(lang: &str, list: &[country::Model], kinds: &[String]) -> (Vec<Opt>, Vec<Opt>, Vec<Opt>) {
    (
        country_options(list),
        service_options(lang, kinds),
        options(lang, "service-status", codes::STATUSES),
    )
}

#[derive(Serialize)]
pub struct ContactView {
    pub id: i32,
    pub role: String,
    pub phone: String,
    pub email: String,
    pub languages: String,
    pub available_24_7: bool,
}

pub fn contact(lang: &str, c: &service_contact::Model) -> ContactView {
    ContactView {
        id: c.id,
        role: c.role.clone(),
        phone: c.phone.clone(),
        email: c.email.clone(),
        languages: labels(lang, "spoken-language", &c.languages),
        available_24_7: c.available_24_7,
    }
}

/// Everything the details page shows of a service.
#[derive(Serialize)]
pub struct ServiceDetails {
    pub id: i32,
    pub name: String,
    pub organization_id: i32,
    pub organization: String,
    pub kind: String,
    pub description: String,
    pub modes: String,
    pub countries: String,
    pub areas: String,
    pub age_min: Option<i32>,
    pub age_max: Option<i32>,
    pub genders: String,
    pub target_groups: String,
    pub identification: String,
    pub languages: String,
    pub interpretation: bool,
    pub referral: String,
    pub intake_steps: String,
    pub hours: String,
    pub open_24_7: bool,
    pub confidential_location: bool,
    /// `None` when confidential and the reader may not see it.
    pub address: Option<String>,
    pub city: String,
    pub funding_source: String,
    pub funded_until: Option<String>,
    pub status_code: String,
    pub status: String,
    pub status_notice: String,
    pub verified_on: Option<String>,
    pub verified_by: Option<String>,
    pub version: i32,
}

pub fn details(
    lang: &str,
    s: &service::Model,
    org: &organization::Model,
    countries_list: &[country::Model],
    shown: Shown,
    verified_by: Option<String>,
) -> ServiceDetails {
    ServiceDetails {
        id: s.id,
        name: s.name.clone(),
        organization_id: org.id,
        organization: org.name.clone(),
        kind: label(lang, "service", &s.kind),
        description: s.description.clone(),
        modes: labels(lang, "service-mode", &s.modes),
        countries: country_names(countries_list, &s.countries),
        areas: s.areas.clone(),
        age_min: s.age_min,
        age_max: s.age_max,
        genders: labels(lang, "service-gender", &s.genders),
        target_groups: labels(lang, "service-group", &s.target_groups),
        identification: label(lang, "service-identification", &s.identification),
        languages: labels(lang, "spoken-language", &s.languages),
        interpretation: s.interpretation,
        referral: label(lang, "service-referral", &s.referral),
        intake_steps: s.intake_steps.clone(),
        hours: s.hours.clone(),
        open_24_7: s.open_24_7,
        confidential_location: s.confidential_location,
        address: sp::visible_address(s, shown),
        city: s.city.clone(),
        funding_source: s.funding_source.clone(),
        funded_until: s.funded_until.map(|d| d.to_string()),
        status_code: s.status.clone(),
        status: label(lang, "service-status", &s.status),
        status_notice: s.status_notice.clone(),
        verified_on: s.verified_on.map(|d| d.to_string()),
        verified_by,
        version: s.version,
    }
}

#[derive(Serialize)]
pub struct ShowPage {
    pub service: ServiceDetails,
    pub contacts: Vec<ContactView>,
    pub figures: Vec<FigureView>,
    pub can_edit: bool,
    pub show_available: bool,
}

/// The organization page's list of its services.
#[derive(Serialize)]
pub struct OrgServiceLink {
    pub id: i32,
    pub name: String,
    pub kind: String,
    pub status: String,
}

pub fn org_links(lang: &str, list: &[service::Model]) -> Vec<OrgServiceLink> {
    list.iter()
        .map(|s| OrgServiceLink {
            id: s.id,
            name: s.name.clone(),
            kind: label(lang, "service", &s.kind),
            status: label(lang, "service-status", &s.status),
        })
        .collect()
}

/// The service form's choices, ticked as typed.
#[derive(Serialize)]
pub struct FormChoices {
    pub kinds: Vec<Opt>,
    pub countries: Vec<Check>,
    pub modes: Vec<Check>,
    pub genders: Vec<Check>,
    pub groups: Vec<Check>,
    pub languages: Vec<Check>,
    pub identification: Vec<Opt>,
    pub referral: Vec<Opt>,
    pub statuses: Vec<Opt>,
}

#[derive(Serialize)]
pub struct ServiceForm<'a> {
    /// Filled by `Page::invalid` on a refused save.
    pub errors: crate::views::FieldMessages,
    pub heading: String,
    pub action: String,
    pub back: String,
    pub form: &'a SupportServiceFields,
    pub choices: FormChoices,
}

pub fn service_form<'a>(
    lang: &str,
    heading: String,
    action: String,
    back: String,
    form: &'a SupportServiceFields,
    countries_list: &[country::Model],
    kinds: &[String],
) -> ServiceForm<'a> {
    ServiceForm {
        errors: Default::default(),
        heading,
        action,
        back,
        choices: FormChoices {
            kinds: service_options(lang, kinds),
            countries: checks("countries", country_options(countries_list), &form.countries),
            modes: checks("modes", options(lang, "service-mode", codes::MODES), &form.modes),
            genders: checks(
                "genders",
                options(lang, "service-gender", codes::GENDERS),
                &form.genders,
            ),
            groups: checks(
                "target_groups",
                options(lang, "service-group", codes::GROUPS),
                &form.target_groups,
            ),
            languages: checks(
                "languages",
                options(lang, "spoken-language", codes::LANGUAGES),
                &form.languages,
            ),
            identification: options(lang, "service-identification", codes::IDENTIFICATION),
            referral: options(lang, "service-referral", codes::REFERRAL),
            statuses: options(lang, "service-status", codes::STATUSES),
        },
        form,
    }
}

/// A form field's label key (the stale-save notice names the fields that differ).
pub fn field_label(lang: &str, field: &str) -> String {
    t(lang, &format!("support-field-{field}"))
}

/// A stored value as people read it in the stale-save notice.
pub fn field_value(lang: &str, field: &str, value: &str) -> String {
    let prefix = match field {
        "kind" => "service",
        "identification" => "service-identification",
        "referral" => "service-referral",
        "status" => "service-status",
        "unit" => "capacity-unit",
        "band" => "capacity-band",
        _ => return value.to_string(),
    };
    label(lang, prefix, value)
}

#[derive(Serialize)]
pub struct ContactForm<'a> {
    /// Filled by `Page::invalid` on a refused save.
    pub errors: crate::views::FieldMessages,
    pub heading: String,
    pub action: String,
    pub back: String,
    pub service_name: String,
    pub form: &'a ContactFields,
    pub languages: Vec<Check>,
}

pub fn contact_form<'a>(
    lang: &str,
    heading: String,
    action: String,
    s: &service::Model,
    form: &'a ContactFields,
) -> ContactForm<'a> {
    ContactForm {
        errors: Default::default(),
        heading,
        action,
        back: format!("/services/{}", s.id),
        service_name: s.name.clone(),
        languages: checks(
            "languages",
            options(lang, "spoken-language", codes::LANGUAGES),
            &form.languages,
        ),
        form,
    }
}

#[derive(Serialize)]
pub struct CapacityForm<'a> {
    /// Filled by `Page::invalid` on a refused save.
    pub errors: crate::views::FieldMessages,
    pub heading: String,
    pub action: String,
    pub back: String,
    pub service_name: String,
    pub form: &'a CapacityFields,
    pub units: Vec<Opt>,
    pub bands: Vec<Opt>,
    pub groups: Vec<Opt>,
}

pub fn capacity_form<'a>(
    lang: &str,
    heading: String,
    action: String,
    s: &service::Model,
    form: &'a CapacityFields,
) -> CapacityForm<'a> {
    CapacityForm {
        errors: Default::default(),
        heading,
        action,
        back: format!("/services/{}", s.id),
        service_name: s.name.clone(),
        units: options(lang, "capacity-unit", codes::UNITS),
        bands: options(lang, "capacity-band", codes::BANDS),
        groups: options(lang, "service-group", codes::GROUPS),
        form,
    }
}
