//! View models for the directory pages. Templates never see entities.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::i18n::t;
use crate::services::countries;
use crate::services::directory::{self as dir};
use crate::views::Pager;
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

/// What the directory row and the organization page both show of an organization: its name,
/// country (as the network writes it), kind and membership (as labels).
#[derive(Serialize)]
pub struct OrgSummary {
    pub id: i32,
    pub name: String,
    pub acronym: Option<String>,
    pub country: String,
    pub kind: String,
    pub membership: String,
}

pub fn org_summary(lang: &str, o: &organization::Model, countries_list: &[country::Model]) -> OrgSummary {
    OrgSummary {
        id: o.id,
        name: o.name.clone(),
        acronym: o.acronym.clone(),
        country: countries::name_in(countries_list, &o.country_code),
        kind: label(lang, "org-kind", &o.kind),
        membership: label(lang, "membership", &o.membership_status),
    }
}

#[derive(Serialize)]
pub struct OrgRow {
    #[serde(flatten)]
    pub summary: OrgSummary,
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
        summary: org_summary(lang, o, countries_list),
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

/// The directory: organizations, filtered and paged.
#[derive(Serialize)]
pub struct DirectoryPage {
    pub filter: dir::DirectoryFilter,
    pub include_archived: bool,
    pub rows: Vec<OrgRow>,
    pub pager: Pager,
    pub countries: Vec<Opt>,
    pub kinds: Vec<Opt>,
    pub statuses: Vec<Opt>,
    pub services: Vec<Opt>,
    pub can_create: bool,
    pub export_url: String,
    /// The secretariat may import another directory's HSDS package.
    pub can_import_hsds: bool,
}

/// Which organizations offer which service in which country.
#[derive(Serialize)]
pub struct ServiceMap {
    pub countries: Vec<String>,
    pub rows: Vec<ServiceMapRow>,
}

#[derive(Serialize)]
pub struct ServiceMapRow {
    pub service: String,
    pub cells: Vec<ServiceMapCell>,
}

#[derive(Serialize)]
pub struct ServiceMapCell {
    pub country: String,
    pub orgs: Vec<OrgLink>,
}

#[derive(Serialize)]
pub struct OrgLink {
    pub id: i32,
    pub name: String,
}

/// A row per service code, a cell per country shown (its organizations from `map`).
pub fn service_map(
    lang: &str,
    shown: &[&country::Model],
    codes: &[String],
    map: &BTreeMap<(String, String), Vec<(i32, String)>>,
) -> ServiceMap {
    ServiceMap {
        countries: shown.iter().map(|c| countries::display_name(c)).collect(),
        rows: codes
            .iter()
            .map(|s| ServiceMapRow {
                service: label(lang, "service", s),
                cells: shown
                    .iter()
                    .map(|c| ServiceMapCell {
                        country: countries::display_name(c),
                        orgs: map
                            .get(&(c.code.clone(), s.clone()))
                            .map(|orgs| {
                                orgs.iter()
                                    .map(|(id, name)| OrgLink {
                                        id: *id,
                                        name: name.clone(),
                                    })
                                    .collect()
                            })
                            .unwrap_or_default(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// An organization's page: its details, services and people.
#[derive(Serialize)]
pub struct OrgPage {
    pub org: OrgDetails,
    pub services: Vec<ServiceView>,
    pub people: Vec<PersonRow>,
    pub can_edit: bool,
    pub can_people: bool,
    pub can_archive: bool,
    /// The organization's services (`/services/{id}`), and whether the reader may add one.
    pub support: Vec<crate::views::support::OrgServiceLink>,
    pub can_add_service: bool,
}

#[derive(Serialize)]
pub struct OrgDetails {
    #[serde(flatten)]
    pub summary: OrgSummary,
    pub joined_on: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
    pub description: Option<String>,
    pub archived: bool,
}

pub fn org_details(lang: &str, o: &organization::Model, countries_list: &[country::Model]) -> OrgDetails {
    OrgDetails {
        summary: org_summary(lang, o, countries_list),
        joined_on: o.joined_on.map(|d| d.to_string()),
        website: o.website.clone(),
        email: o.email.clone(),
        phone: o.phone.clone(),
        address: o.address.clone(),
        description: o.description.clone(),
        archived: o.archived,
    }
}

/// The organization form: the values as typed and the choices.
#[derive(Serialize)]
pub struct OrgForm<'a> {
    pub form: &'a dir::OrganizationFields,
    pub choices: OrgFormChoices,
    pub action: String,
    pub heading: String,
    pub errors: crate::views::FieldMessages,
    pub has_errors: bool,
}

pub fn org_form<'a>(
    lang: &str,
    countries_list: &[country::Model],
    service_codes: &[String],
    fields: &'a dir::OrganizationFields,
    action: String,
    heading: String,
) -> OrgForm<'a> {
    OrgForm {
        form: fields,
        choices: org_form_choices(lang, countries_list, service_codes, fields),
        action,
        heading,
        errors: Default::default(),
        has_errors: false,
    }
}

/// A person's page.
#[derive(Serialize)]
pub struct PersonPage {
    pub person: PersonRow,
    pub org: PersonOrg,
    pub can_edit: bool,
}

/// The organization a person works for.
#[derive(Serialize)]
pub struct PersonOrg {
    pub id: i32,
    pub name: String,
    pub country: String,
}

/// The person form: the values as typed, the organization and the roles to choose.
#[derive(Serialize)]
pub struct PersonForm<'a> {
    pub form: &'a dir::PersonFields,
    pub org: OrgLink,
    pub roles: Vec<Opt>,
    pub action: String,
    pub errors: crate::views::FieldMessages,
    pub has_errors: bool,
}

pub fn person_form<'a>(
    lang: &str,
    org: &organization::Model,
    fields: &'a dir::PersonFields,
    action: String,
) -> PersonForm<'a> {
    PersonForm {
        form: fields,
        org: OrgLink {
            id: org.id,
            name: org.name.clone(),
        },
        roles: options(lang, "network-role", dir::NETWORK_ROLES),
        action,
        errors: Default::default(),
        has_errors: false,
    }
}

/// The catalogue key of an organization form field's label.
pub fn org_field_label(field: &str) -> &'static str {
    match field {
        "name" => "org-name",
        "acronym" => "org-acronym",
        "country" => "org-country",
        "kind" => "org-kind",
        "membership_status" => "org-membership",
        "joined_on" => "org-joined",
        "website" => "org-website",
        "email" => "org-email",
        "phone" => "org-phone",
        "address" => "org-address",
        "description" => "org-description",
        _ => "org-services",
    }
}

/// The catalogue key of a person form field's label.
pub fn person_field_label(field: &str) -> &'static str {
    match field {
        "title" => "person-title",
        "email" => "person-email",
        "phone" => "person-phone",
        "languages" => "person-languages",
        "network_role" => "person-network-role",
        _ => "person-name",
    }
}

/// A stored value of an organization form field as people read it (a choice as its label).
pub fn org_value(lang: &str, field: &str, value: &str) -> String {
    match field {
        "kind" => label(lang, "org-kind", value),
        "membership_status" => label(lang, "membership", value),
        _ => value.to_string(),
    }
}
