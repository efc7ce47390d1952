//! The network's services as HSDS tables. Texts HSDS keeps as free text (eligibility, the
//! application process, a schedule's description) are written in English, the network's
//! working language, from the catalogue; codes stay codes.

use std::collections::HashMap;

use sea_orm::{DatabaseConnection, DbErr, EntityTrait, QueryOrder};

use super::{Field, Package, Table, uuid};
use crate::i18n::{self, label};
use entity::{country, organization, service, service_capacity, service_contact};

const ORGANIZATION: &[Field] = &[
    ("id", "uuid"),
    ("name", "string"),
    ("alternate_name", "string"),
    ("description", "string"),
    ("email", "string"),
    ("website", "string"),
];
const SERVICE: &[Field] = &[
    ("id", "uuid"),
    ("organization_id", "uuid"),
    ("name", "string"),
    ("description", "string"),
    ("status", "string"),
    ("interpretation_services", "string"),
    ("application_process", "string"),
    ("eligibility_description", "string"),
    ("minimum_age", "number"),
    ("maximum_age", "number"),
    ("assured_date", "string"),
    ("alert", "string"),
    ("last_modified", "date-time"),
];
const LOCATION: &[Field] = &[
    ("id", "uuid"),
    ("location_type", "string"),
    ("organization_id", "uuid"),
    ("name", "string"),
    ("description", "string"),
    ("latitude", "number"),
    ("longitude", "number"),
];
const ADDRESS: &[Field] = &[
    ("id", "uuid"),
    ("location_id", "uuid"),
    ("address_1", "string"),
    ("city", "string"),
    ("region", "string"),
    ("state_province", "string"),
    ("postal_code", "string"),
    ("country", "string"),
    ("address_type", "string"),
];
const SERVICE_AT_LOCATION: &[Field] = &[("id", "uuid"), ("service_id", "uuid"), ("location_id", "uuid")];
const PHONE: &[Field] = &[
    ("id", "uuid"),
    ("service_id", "uuid"),
    ("contact_id", "uuid"),
    ("number", "string"),
    ("type", "string"),
    ("description", "string"),
];
const CONTACT: &[Field] = &[
    ("id", "uuid"),
    ("service_id", "uuid"),
    ("name", "string"),
    ("title", "string"),
    ("email", "string"),
];
const SCHEDULE: &[Field] = &[
    ("id", "uuid"),
    ("service_id", "uuid"),
    ("freq", "string"),
    ("byday", "string"),
    ("opens_at", "string"),
    ("closes_at", "string"),
    ("description", "string"),
];
const LANGUAGE: &[Field] = &[
    ("id", "uuid"),
    ("service_id", "uuid"),
    ("name", "string"),
    ("code", "string"),
];
const SERVICE_AREA: &[Field] = &[
    ("id", "uuid"),
    ("service_id", "uuid"),
    ("name", "string"),
    ("description", "string"),
];
const UNIT: &[Field] = &[
    ("id", "uuid"),
    ("name", "string"),
    ("scheme", "string"),
    ("identifier", "string"),
];
const SERVICE_CAPACITY: &[Field] = &[
    ("id", "uuid"),
    ("service_id", "uuid"),
    ("unit_id", "uuid"),
    ("available", "number"),
    ("maximum", "number"),
    ("description", "string"),
    ("updated", "date-time"),
];
const TAXONOMY_TERM: &[Field] = &[
    ("id", "uuid"),
    ("code", "string"),
    ("name", "string"),
    ("description", "string"),
    ("taxonomy", "string"),
    ("language", "string"),
];
const ATTRIBUTE: &[Field] = &[
    ("id", "uuid"),
    ("link_id", "uuid"),
    ("taxonomy_term_id", "uuid"),
    ("link_type", "string"),
    ("link_entity", "string"),
];

/// The capacity units we record, in HSDS's `unit` table.
pub const UNITS: [&str; 5] = ["beds", "places", "persons_month", "transports_month", "case_slots"];

/// What the export may show: `available` places are for members and the secretariat.
#[derive(Clone, Copy)]
pub struct Audience {
    pub sees_available: bool,
}

fn en(key: &str) -> String {
    i18n::t("en", key)
}

fn list(codes: &str) -> impl Iterator<Item = &str> {
    codes.split(',').map(str::trim).filter(|c| !c.is_empty())
}

/// HSDS's status for ours: suspended is "temporarily closed", closed is "inactive".
fn status(s: &str) -> &'static str {
    match s {
        "suspended" => "temporarily closed",
        "closed" => "inactive",
        _ => "active",
    }
}

fn eligibility(s: &service::Model) -> String {
    let mut parts = vec![];
    let genders: Vec<String> = list(&s.genders).map(|g| label("en", "service-gender", g)).collect();
    if !genders.is_empty() {
        parts.push(genders.join(", "));
    }
    let groups: Vec<String> = list(&s.target_groups)
        .map(|g| label("en", "service-group", g))
        .collect();
    if !groups.is_empty() {
        parts.push(groups.join(", "));
    }
    parts.push(label("en", "service-identification", &s.identification));
    parts.join("; ")
}

/// Every service of every organization, as HSDS tables.
pub async fn package(db: &DatabaseConnection, audience: Audience) -> Result<Package, DbErr> {
    let services = service::Entity::find()
        .order_by_asc(service::Column::Id)
        .all(db)
        .await?;
    let orgs: HashMap<i32, organization::Model> = organization::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let countries: HashMap<String, String> = country::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.code, c.name))
        .collect();
    let mut contacts: HashMap<i32, Vec<service_contact::Model>> = HashMap::new();
    for c in service_contact::Entity::find()
        .order_by_asc(service_contact::Column::SortOrder)
        .order_by_asc(service_contact::Column::Id)
        .all(db)
        .await?
    {
        contacts.entry(c.service_id).or_default().push(c);
    }
    let today = crate::db::now().date_naive();
    let mut capacities: HashMap<i32, Vec<service_capacity::Model>> = HashMap::new();
    for c in service_capacity::Entity::find()
        .order_by_asc(service_capacity::Column::Id)
        .all(db)
        .await?
    {
        // An expired figure is no longer a statement about today: it is not exchanged.
        if c.expires_on >= today {
            capacities.entry(c.service_id).or_default().push(c);
        }
    }

    let mut organization_t = Table::new("organization", "organizations.csv", ORGANIZATION);
    let mut service_t = Table::new("service", "services.csv", SERVICE);
    let mut location_t = Table::new("location", "locations.csv", LOCATION);
    let mut address_t = Table::new("address", "addresses.csv", ADDRESS);
    let mut sal_t = Table::new("service_at_location", "service_at_location.csv", SERVICE_AT_LOCATION);
    let mut phone_t = Table::new("phone", "phones.csv", PHONE);
    let mut contact_t = Table::new("contact", "contacts.csv", CONTACT);
    let mut schedule_t = Table::new("schedule", "schedules.csv", SCHEDULE);
    let mut language_t = Table::new("language", "languages.csv", LANGUAGE);
    let mut area_t = Table::new("service_area", "service_areas.csv", SERVICE_AREA);
    let mut unit_t = Table::new("unit", "units.csv", UNIT);
    let mut capacity_t = Table::new("service_capacity", "service_capacity.csv", SERVICE_CAPACITY);
    let mut term_t = Table::new("taxonomy_term", "taxonomy_terms.csv", TAXONOMY_TERM);
    let mut attribute_t = Table::new("attribute", "attributes.csv", ATTRIBUTE);

    for u in UNITS {
        unit_t.push(&[
            ("id", uuid("unit", u)),
            ("name", en(&format!("capacity-unit-{u}"))),
            ("scheme", "roundtable".into()),
            ("identifier", u.into()),
        ]);
    }
    let mut kinds: Vec<&str> = services.iter().map(|s| s.kind.as_str()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    for k in kinds {
        term_t.push(&[
            ("id", uuid("service_kind", k)),
            ("code", k.into()),
            ("name", label("en", "service", k)),
            ("description", label("en", "service", k)),
            ("taxonomy", "Roundtable service kinds".into()),
            ("language", "en".into()),
        ]);
    }
    let mut org_ids: Vec<i32> = services.iter().map(|s| s.organization_id).collect();
    org_ids.sort_unstable();
    org_ids.dedup();
    for id in org_ids {
        let Some(o) = orgs.get(&id) else { continue };
        organization_t.push(&[
            ("id", uuid("organization", o.id)),
            ("name", o.name.clone()),
            ("alternate_name", o.acronym.clone().unwrap_or_default()),
            ("description", o.description.clone().unwrap_or_default()),
            ("email", o.email.clone().unwrap_or_default()),
            ("website", o.website.clone().unwrap_or_default()),
        ]);
    }

    for s in &services {
        let sid = uuid("service", s.id);
        let mut process = vec![label("en", "service-referral", &s.referral)];
        if !s.intake_steps.is_empty() {
            process.push(s.intake_steps.clone());
        }
        service_t.push(&[
            ("id", sid.clone()),
            ("organization_id", uuid("organization", s.organization_id)),
            ("name", s.name.clone()),
            ("description", s.description.clone()),
            ("status", status(&s.status).into()),
            (
                "interpretation_services",
                if s.interpretation {
                    en("hsds-interpretation")
                } else {
                    String::new()
                },
            ),
            ("application_process", process.join("\n")),
            ("eligibility_description", eligibility(s)),
            ("minimum_age", s.age_min.map(|a| a.to_string()).unwrap_or_default()),
            ("maximum_age", s.age_max.map(|a| a.to_string()).unwrap_or_default()),
            ("assured_date", s.verified_on.map(|d| d.to_string()).unwrap_or_default()),
            ("alert", s.status_notice.clone()),
            (
                "last_modified",
                s.updated_at.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string(),
            ),
        ]);
        attribute_t.push(&[
            ("id", uuid("attribute", s.id)),
            ("link_id", sid.clone()),
            ("taxonomy_term_id", uuid("service_kind", &s.kind)),
            ("link_type", "service_type".into()),
            ("link_entity", "service".into()),
        ]);

        // Where it is: a confidential location leaves as its city only.
        let lid = uuid("location", s.id);
        let home = orgs
            .get(&s.organization_id)
            .map(|o| o.country_code.clone())
            .unwrap_or_default();
        let country_code = list(&s.countries).next().unwrap_or(&home).to_string();
        location_t.push(&[
            ("id", lid.clone()),
            (
                "location_type",
                if s.confidential_location {
                    "redacted"
                } else {
                    "physical"
                }
                .into(),
            ),
            ("organization_id", uuid("organization", s.organization_id)),
            (
                "name",
                if s.city.is_empty() {
                    s.name.clone()
                } else {
                    s.city.clone()
                },
            ),
            (
                "description",
                if s.confidential_location {
                    en("hsds-confidential-location")
                } else {
                    String::new()
                },
            ),
        ]);
        address_t.push(&[
            ("id", uuid("address", s.id)),
            ("location_id", lid.clone()),
            (
                "address_1",
                if s.confidential_location {
                    String::new()
                } else {
                    s.address.clone()
                },
            ),
            ("city", s.city.clone()),
            ("country", country_code),
            ("address_type", "physical".into()),
        ]);
        sal_t.push(&[
            ("id", uuid("service_at_location", s.id)),
            ("service_id", sid.clone()),
            ("location_id", lid),
        ]);

        for c in contacts.get(&s.id).into_iter().flatten() {
            let cid = uuid("contact", c.id);
            contact_t.push(&[
                ("id", cid.clone()),
                ("service_id", sid.clone()),
                ("title", c.role.clone()),
                ("email", c.email.clone()),
            ]);
            if !c.phone.is_empty() {
                phone_t.push(&[
                    ("id", uuid("phone", c.id)),
                    ("service_id", sid.clone()),
                    ("contact_id", cid),
                    ("number", c.phone.clone()),
                    ("type", "voice".into()),
                    (
                        "description",
                        if c.available_24_7 {
                            format!("{} ({})", c.role, en("hsds-24-7"))
                        } else {
                            c.role.clone()
                        },
                    ),
                ]);
            }
        }
        let hours = if s.open_24_7 { en("hsds-24-7") } else { s.hours.clone() };
        if !hours.is_empty() {
            let always = s.open_24_7;
            schedule_t.push(&[
                ("id", uuid("schedule", s.id)),
                ("service_id", sid.clone()),
                ("freq", if always { "WEEKLY" } else { "" }.into()),
                ("byday", if always { "MO,TU,WE,TH,FR,SA,SU" } else { "" }.into()),
                ("opens_at", if always { "00:00" } else { "" }.into()),
                ("closes_at", if always { "23:59" } else { "" }.into()),
                ("description", hours),
            ]);
        }
        for code in list(&s.languages) {
            language_t.push(&[
                ("id", uuid("language", format!("{}/{code}", s.id))),
                ("service_id", sid.clone()),
                ("name", label("en", "spoken-language", code)),
                ("code", code.into()),
            ]);
        }
        for code in list(&s.countries) {
            area_t.push(&[
                ("id", uuid("service_area", format!("{}/{code}", s.id))),
                ("service_id", sid.clone()),
                ("name", countries.get(code).cloned().unwrap_or_else(|| code.to_string())),
                ("description", s.areas.clone()),
            ]);
        }
        for c in capacities.get(&s.id).into_iter().flatten() {
            let mut description = label("en", "capacity-band", &c.band);
            if !c.target_group.is_empty() {
                description = format!("{description}; {}", label("en", "service-group", &c.target_group));
            }
            capacity_t.push(&[
                ("id", uuid("service_capacity", c.id)),
                ("service_id", sid.clone()),
                ("unit_id", uuid("unit", &c.unit)),
                (
                    "available",
                    c.available
                        .filter(|_| audience.sees_available)
                        .map(|a| a.to_string())
                        .unwrap_or_default(),
                ),
                ("maximum", c.maximum.map(|m| m.to_string()).unwrap_or_default()),
                ("description", description),
                ("updated", c.updated_at.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()),
            ]);
        }
    }
    Ok(Package {
        created: crate::db::now().format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        tables: vec![
            organization_t,
            service_t,
            location_t,
            address_t,
            sal_t,
            phone_t,
            contact_t,
            schedule_t,
            language_t,
            area_t,
            unit_t,
            capacity_t,
            term_t,
            attribute_t,
        ],
    })
}
