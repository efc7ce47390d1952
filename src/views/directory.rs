//! View models for the directory pages. Templates never see entities.

use std::collections::HashMap;

use serde::Serialize;

use crate::i18n::t;
use crate::services::countries;
use crate::services::directory::{self as dir};
use entity::{country, organization, organization_service, person};

#[derive(Serialize, Clone)]
pub struct Opt {
    pub code: String,
    pub label: String,
}

pub fn options(lang: &str, prefix: &str, codes: &[&str]) -> Vec<Opt> {
    codes
        .iter()
        .map(|c| Opt {
            code: c.to_string(),
            label: t(lang, &format!("{prefix}-{c}")),
        })
        .collect()
}

pub use crate::i18n::label;

pub fn country_options(list: &[country::Model]) -> Vec<Opt> {
    list.iter()
        .map(|c| Opt {
            code: c.code.clone(),
            label: countries::display_name(c),
        })
        .collect()
}

pub fn service_options(lang: &str, codes: &[String]) -> Vec<Opt> {
    codes
        .iter()
        .map(|c| Opt {
            code: c.clone(),
            label: label(lang, "service", c),
        })
        .collect()
}

#[derive(Serialize)]
pub struct ServiceView {
    pub code: String,
    pub label: String,
    pub capacity_note: Option<String>,
}

pub fn services(lang: &str, list: Option<&Vec<organization_service::Model>>) -> Vec<ServiceView> {
    list.map(|l| {
        l.iter()
            .map(|s| ServiceView {
                code: s.service_code.clone(),
                label: label(lang, "service", &s.service_code),
                capacity_note: s.capacity_note.clone(),
            })
            .collect()
    })
    .unwrap_or_default()
}

#[derive(Serialize)]
pub struct OrgRow {
    pub id: i32,
    pub name: String,
    pub acronym: Option<String>,
    pub country: String,
    pub kind: String,
    pub membership: String,
    pub archived: bool,
    pub services: Vec<ServiceView>,
}

pub fn org_row(
    lang: &str,
    o: &organization::Model,
    countries_list: &[country::Model],
    services_map: &HashMap<i32, Vec<organization_service::Model>>,
) -> OrgRow {
    OrgRow {
        id: o.id,
        name: o.name.clone(),
        acronym: o.acronym.clone(),
        country: countries::name_in(countries_list, &o.country_code),
        kind: label(lang, "org-kind", &o.kind),
        membership: label(lang, "membership", &o.membership_status),
        archived: o.archived,
        services: services(lang, services_map.get(&o.id)),
    }
}

#[derive(Serialize)]
pub struct PersonRow {
    pub id: i32,
    pub name: String,
    pub title: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub languages: Option<String>,
    pub network_role: String,
    pub archived: bool,
}

pub fn person_row(lang: &str, p: &person::Model) -> PersonRow {
    PersonRow {
        id: p.id,
        name: p.name.clone(),
        title: p.title.clone(),
        email: p.email.clone(),
        phone: p.phone.clone(),
        languages: p.languages.clone(),
        network_role: label(lang, "network-role", &p.network_role),
        archived: p.archived,
    }
}

/// Everything the organization form needs besides the typed values.
#[derive(Serialize)]
pub struct OrgFormChoices {
    pub countries: Vec<Opt>,
    pub kinds: Vec<Opt>,
    pub statuses: Vec<Opt>,
    pub services: Vec<ServiceChoice>,
}

#[derive(Serialize)]
pub struct ServiceChoice {
    pub code: String,
    pub label: String,
    pub checked: bool,
    pub capacity_note: String,
}

pub fn org_form_choices(
    lang: &str,
    countries_list: &[country::Model],
    service_codes: &[String],
    fields: &dir::OrganizationFields,
) -> OrgFormChoices {
    OrgFormChoices {
        countries: country_options(countries_list),
        kinds: options(lang, "org-kind", dir::ORG_KINDS),
        statuses: options(lang, "membership", dir::MEMBERSHIP),
        services: service_codes
            .iter()
            .map(|c| {
                let chosen = fields.services.iter().find(|s| &s.code == c);
                ServiceChoice {
                    code: c.clone(),
                    label: label(lang, "service", c),
                    checked: chosen.is_some(),
                    capacity_note: chosen.map(|s| s.capacity_note.clone()).unwrap_or_default(),
                }
            })
            .collect(),
    }
}
