//! Checking a package against the directory: every row's references, the organizations it
//! names, and each service, contact point and capacity figure through the services area's own
//! checks. Every problem is collected with its file, line and field; what passes becomes a
//! [`Plan`] of what to create and what to update.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder};

use super::Problem;
use super::read::{Row, Tables};
use crate::error::{AppError, FieldErrors};
use crate::i18n::{self, Msg, label, msg};
use crate::services::hsds::uuid;
use crate::services::support::{
    self as sp, CapacityInput, ContactInput, SupportServiceFields, SupportServiceInput, codes,
};
use crate::services::validate::newlines;
use entity::{country, organization, service, service_capacity, service_contact, service_kind};

/// One service of the package: the stored one it updates (or `None`: a new one) and what to
/// save, with its contact points and capacity figures (each with the stored one it updates).
pub struct ServicePlan {
    pub existing: Option<service::Model>,
    pub organization_id: i32,
    pub input: SupportServiceInput,
    pub contacts: Vec<(Option<service_contact::Model>, ContactInput)>,
    pub capacity: Vec<(Option<service_capacity::Model>, CapacityInput)>,
}

pub struct Plan {
    pub organizations: usize,
    pub services: Vec<ServicePlan>,
}

/// What the directory holds now.
struct Known {
    orgs: Vec<organization::Model>,
    services: Vec<service::Model>,
    contacts: HashMap<i32, Vec<service_contact::Model>>,
    capacity: HashMap<i32, Vec<service_capacity::Model>>,
    countries: Vec<country::Model>,
    kinds: HashSet<String>,
}

async fn known(db: &impl ConnectionTrait) -> Result<Known, AppError> {
    let services = service::Entity::find()
        .order_by_asc(service::Column::Id)
        .all(db)
        .await?;
    let mut contacts: HashMap<i32, Vec<service_contact::Model>> = HashMap::new();
    for c in service_contact::Entity::find()
        .order_by_asc(service_contact::Column::Id)
        .all(db)
        .await?
    {
        contacts.entry(c.service_id).or_default().push(c);
    }
    let mut capacity: HashMap<i32, Vec<service_capacity::Model>> = HashMap::new();
    for c in service_capacity::Entity::find()
        .order_by_asc(service_capacity::Column::Id)
        .all(db)
        .await?
    {
        capacity.entry(c.service_id).or_default().push(c);
    }
    Ok(Known {
        orgs: organization::Entity::find()
            .order_by_asc(organization::Column::Id)
            .all(db)
            .await?,
        services,
        contacts,
        capacity,
        countries: country::Entity::find().all(db).await?,
        kinds: service_kind::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|k| k.code)
            .collect(),
    })
}

fn reference(t: &Tables, table: &str, id: &str) -> Msg {
    msg("hsds-import-error-reference")
        .arg("file", t.file(table))
        .arg("id", id.to_string())
}

/// Rows of `table` by id. A missing id (where `required`) or a repeated one is a problem.
fn by_id<'t>(t: &'t Tables, table: &str, required: bool, problems: &mut Vec<Problem>) -> HashMap<&'t str, &'t Row> {
    let mut out: HashMap<&str, &Row> = HashMap::new();
    for r in t.of(table) {
        let id = r.get("id");
        if id.is_empty() {
            if required {
                problems.push(r.problem("id", msg("hsds-import-error-required")));
            }
            continue;
        }
        match out.get(id) {
            Some(first) => {
                problems.push(r.problem("id", msg("hsds-import-error-duplicate").arg("line", first.line as i64)))
            }
            None => {
                out.insert(id, r);
            }
        }
    }
    out
}

/// Rows of `table` grouped by their `column`, which must name a row of `parent` (`ids`).
fn grouped<'t>(
    t: &'t Tables,
    table: &str,
    column: &str,
    parent: &str,
    ids: &HashMap<&str, &Row>,
    problems: &mut Vec<Problem>,
) -> HashMap<&'t str, Vec<&'t Row>> {
    let mut out: HashMap<&str, Vec<&Row>> = HashMap::new();
    for r in t.of(table) {
        let key = r.get(column);
        if key.is_empty() {
            problems.push(r.problem(column, msg("hsds-import-error-required")));
        } else if !ids.contains_key(key) {
            problems.push(r.problem(column, reference(t, parent, key)));
        } else {
            out.entry(key).or_default().push(r);
        }
    }
    out
}

/// A whole number as text ("18" for "18" or "18.0"); `Some("")` when blank, `None` (and a
/// problem) when it is not a whole number.
pub(super) fn whole(r: &Row, column: &str, problems: &mut Vec<Problem>) -> Option<String> {
    let v = r.get(column);
    if v.is_empty() {
        return Some(String::new());
    }
    match v.parse::<f64>() {
        Ok(f) if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e9 => Some(format!("{}", f as i64)),
        _ => {
            problems.push(r.problem(column, msg("hsds-import-error-number")));
            None
        }
    }
}

/// A date, or a date-time (its date in UTC); `Err` (and a problem) when it is neither.
pub(super) fn date(r: &Row, column: &str, problems: &mut Vec<Problem>) -> Result<Option<NaiveDate>, ()> {
    let v = r.get(column);
    if v.is_empty() {
        return Ok(None);
    }
    if let Ok(d) = DateTime::parse_from_rfc3339(v) {
        return Ok(Some(d.with_timezone(&chrono::Utc).date_naive()));
    }
    for f in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"] {
        if let Ok(d) = NaiveDateTime::parse_from_str(v, f) {
            return Ok(Some(d.date()));
        }
    }
    match NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        Ok(d) => Ok(Some(d)),
        Err(_) => {
            problems.push(r.problem(column, msg("hsds-import-error-date")));
            Err(())
        }
    }
}

/// The code of `prefix` whose English label (or the code itself) is `text`.
pub(super) fn code_of(prefix: &str, all: &[&str], text: &str) -> Option<String> {
    all.iter()
        .find(|c| **c == text || label("en", prefix, c) == text)
        .map(|c| c.to_string())
}

/// HSDS's service status as ours.
fn status(v: &str) -> Option<&'static str> {
    match v.to_lowercase().replace('_', " ").as_str() {
        "active" => Some("active"),
        "temporarily closed" => Some("suspended"),
        "inactive" | "defunct" => Some("closed"),
        _ => None,
    }
}

/// Our export's application process: the referral rule's label, then the intake steps.
fn application(text: &str) -> (Option<String>, String) {
    let text = newlines(text).into_owned();
    let (first, rest) = text.split_once('\n').unwrap_or((text.as_str(), ""));
    match code_of("service-referral", codes::REFERRAL, first.trim()) {
        Some(code) => (Some(code), rest.to_string()),
        None => (None, text.clone()),
    }
}

/// Our export's eligibility text (genders; target groups; identification rule), read back only
/// when every part of it is recognised.
fn eligibility(text: &str) -> Option<(Vec<String>, Vec<String>, String)> {
    let (mut genders, mut groups, mut identification) = (vec![], vec![], None);
    for part in text.split("; ").map(str::trim) {
        if let Some(code) = code_of("service-identification", codes::IDENTIFICATION, part) {
            identification = Some(code);
            continue;
        }
        let all = |prefix: &str, list: &[&str]| -> Option<Vec<String>> {
            part.split(", ").map(|p| code_of(prefix, list, p.trim())).collect()
        };
        if let Some(g) = all("service-gender", codes::GENDERS) {
            genders = g;
        } else if let Some(g) = all("service-group", codes::GROUPS) {
            groups = g;
        } else {
            return None;
        }
    }
    Some((genders, groups, identification?))
}

/// Opening hours from schedule rows: 24/7 (every day, midnight to midnight, or our export's
/// "Open 24/7"), else their descriptions (or days and times) joined.
fn hours(rows: &[&Row]) -> (bool, String) {
    let always_text = i18n::t("en", "hsds-24-7");
    let mut always = false;
    let mut parts: Vec<String> = vec![];
    for r in rows {
        let days: HashSet<String> = r.get("byday").split(',').map(|d| d.trim().to_uppercase()).collect();
        let every_day = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
            .iter()
            .all(|d| days.contains(*d));
        let all_day = r.get("opens_at").starts_with("00:00")
            && (r.get("closes_at").starts_with("23:59") || r.get("closes_at").starts_with("24:00"));
        if (every_day && all_day) || r.get("description") == always_text {
            always = true;
        } else if !r.get("description").is_empty() {
            parts.push(r.get("description").to_string());
        } else if !r.get("opens_at").is_empty() {
            let when = format!("{} {}-{}", r.get("byday"), r.get("opens_at"), r.get("closes_at"));
            parts.push(when.trim().to_string());
        }
    }
    (always, parts.join("; "))
}

/// Where a message of the services area's checks belongs in the package.
struct Rows<'a> {
    service: &'a Row,
    attribute: Option<&'a Row>,
    area: Option<&'a Row>,
    language: Option<&'a Row>,
    schedule: Option<&'a Row>,
    address: Option<&'a Row>,
}

impl<'a> Rows<'a> {
    fn locate(&self, field: &str) -> (&'a Row, &'static str) {
        let or = |row: Option<&'a Row>, column: &'static str, fallback: &'static str| match row {
            Some(r) => (r, column),
            None => (self.service, fallback),
        };
        match field {
            "kind" => or(self.attribute, "taxonomy_term_id", "attributes"),
            "countries" => or(self.area, "name", "service_areas"),
            "areas" => or(self.area, "description", "service_areas"),
            "languages" => or(self.language, "code", "languages"),
            "hours" => or(self.schedule, "description", "schedules"),
            "address" => or(self.address, "address_1", "address"),
            "city" => or(self.address, "city", "city"),
            "age_min" => (self.service, "minimum_age"),
            "age_max" => (self.service, "maximum_age"),
            "genders" | "target_groups" | "identification" => (self.service, "eligibility_description"),
            "referral" | "intake_steps" => (self.service, "application_process"),
            "status_notice" => (self.service, "alert"),
            "modes" => (self.service, "service_at_locations"),
            "description" => (self.service, "description"),
            "status" => (self.service, "status"),
            _ => (self.service, "name"),
        }
    }
}

/// The services area's messages, each put where it belongs (`at` gives row and column).
pub(super) fn placed<'a>(e: FieldErrors, at: impl Fn(&str) -> (&'a Row, &'a str), problems: &mut Vec<Problem>) {
    for (field, message) in e.0 {
        let (row, column) = at(&field);
        problems.push(row.problem(column, message));
    }
}

/// Everything of the package checked; problems go to `problems`.
pub async fn plan(db: &impl ConnectionTrait, t: &Tables, problems: &mut Vec<Problem>) -> Result<Plan, AppError> {
    let k = known(db).await?;
    let orgs = by_id(t, "organization", true, problems);
    let services = by_id(t, "service", true, problems);
    let locations = by_id(t, "location", true, problems);
    let contacts = by_id(t, "contact", true, problems);
    let units = by_id(t, "unit", true, problems);
    let terms = by_id(t, "taxonomy_term", true, problems);
    for table in ["phone", "service_capacity"] {
        by_id(t, table, true, problems);
    }

    // Organizations: ours by the identifier our export gives them, else by exact name.
    let org_ids: HashMap<String, i32> = k.orgs.iter().map(|o| (uuid("organization", o.id), o.id)).collect();
    let mut org_of: HashMap<&str, i32> = HashMap::new();
    for (id, r) in &orgs {
        let found = org_ids
            .get(*id)
            .copied()
            .or_else(|| k.orgs.iter().find(|o| o.name.trim() == r.get("name")).map(|o| o.id));
        match found {
            Some(o) => {
                org_of.insert(*id, o);
            }
            None => problems.push(r.problem(
                "name",
                msg("hsds-import-error-organization").arg("name", r.get("name").to_string()),
            )),
        }
    }

    let sal = grouped(t, "service_at_location", "service_id", "service", &services, problems);
    for r in t.of("service_at_location") {
        let l = r.get("location_id");
        if !l.is_empty() && !locations.contains_key(l) {
            problems.push(r.problem("location_id", reference(t, "location", l)));
        }
    }
    let addresses = grouped(t, "address", "location_id", "location", &locations, problems);
    let contacts_of = grouped(t, "contact", "service_id", "service", &services, problems);
    let schedules = grouped(t, "schedule", "service_id", "service", &services, problems);
    let languages = grouped(t, "language", "service_id", "service", &services, problems);
    let areas = grouped(t, "service_area", "service_id", "service", &services, problems);
    let capacities = grouped(t, "service_capacity", "service_id", "service", &services, problems);
    for r in t.of("service_capacity") {
        let u = r.get("unit_id");
        if !u.is_empty() && !units.contains_key(u) {
            problems.push(r.problem("unit_id", reference(t, "unit", u)));
        }
    }
    // Phones belong to a contact point, or to the service directly.
    let mut phones_of_contact: HashMap<&str, Vec<&Row>> = HashMap::new();
    let mut phones_of_service: HashMap<&str, Vec<&Row>> = HashMap::new();
    for r in t.of("phone") {
        let (c, s) = (r.get("contact_id"), r.get("service_id"));
        if !c.is_empty() {
            if contacts.contains_key(c) {
                phones_of_contact.entry(c).or_default().push(r);
            } else {
                problems.push(r.problem("contact_id", reference(t, "contact", c)));
            }
        } else if s.is_empty() {
            problems.push(r.problem("service_id", msg("hsds-import-error-required")));
        } else if services.contains_key(s) {
            phones_of_service.entry(s).or_default().push(r);
        } else {
            problems.push(r.problem("service_id", reference(t, "service", s)));
        }
    }
    // The kind of service: an attribute linking the service to a term whose code is a kind.
    let mut attributes: HashMap<&str, Vec<(&Row, String)>> = HashMap::new();
    for r in t.of("attribute") {
        let entity = r.get("link_entity");
        if !(entity.is_empty() || entity == "service") {
            continue;
        }
        let (link, term) = (r.get("link_id"), r.get("taxonomy_term_id"));
        if !services.contains_key(link) {
            problems.push(r.problem("link_id", reference(t, "service", link)));
        } else if let Some(term_row) = terms.get(term) {
            attributes
                .entry(link)
                .or_default()
                .push((r, term_row.get("code").to_string()));
        } else {
            problems.push(r.problem("taxonomy_term_id", reference(t, "taxonomy_term", term)));
        }
    }

    let today = sp::today();
    let mut taken: HashSet<i32> = HashSet::new();
    let mut planned = vec![];
    let service_ids: HashMap<String, &service::Model> = k.services.iter().map(|s| (uuid("service", s.id), s)).collect();
    for r in t.of("service") {
        let sid = r.get("id");
        if sid.is_empty() || services.get(sid).is_some_and(|first| !std::ptr::eq(*first, r)) {
            continue; // reported as missing or repeated
        }
        let org_ref = r.get("organization_id");
        let Some(&org) = org_of.get(org_ref) else {
            if !orgs.contains_key(org_ref) {
                let m = if org_ref.is_empty() {
                    msg("hsds-import-error-required")
                } else {
                    reference(t, "organization", org_ref)
                };
                problems.push(r.problem("organization_id", m));
            }
            continue;
        };
        let name = r.get("name");
        let existing = service_ids
            .get(sid)
            .copied()
            .filter(|s| !taken.contains(&s.id))
            .or_else(|| {
                k.services
                    .iter()
                    .find(|s| s.organization_id == org && s.name == name && !taken.contains(&s.id))
            });
        if let Some(s) = existing {
            taken.insert(s.id);
            if s.organization_id != org {
                problems.push(r.problem("organization_id", msg("hsds-import-error-other-organization")));
                continue;
            }
        }
        let ctx = ServiceRows {
            t,
            k: &k,
            row: r,
            org,
            existing,
            sal: sal.get(sid).map(Vec::as_slice).unwrap_or(&[]),
            locations: &locations,
            addresses: &addresses,
            attributes: attributes.get(sid).map(Vec::as_slice).unwrap_or(&[]),
            schedules: schedules.get(sid).map(Vec::as_slice).unwrap_or(&[]),
            languages: languages.get(sid).map(Vec::as_slice).unwrap_or(&[]),
            areas: areas.get(sid).map(Vec::as_slice).unwrap_or(&[]),
        };
        let Some(input) = service_input(db, &ctx, problems).await? else {
            continue;
        };
        let stored_contacts = existing
            .and_then(|s| k.contacts.get(&s.id))
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let contact_rows = contacts_of.get(sid).map(Vec::as_slice).unwrap_or(&[]);
        let contacts_planned = super::parts::contacts(
            t,
            stored_contacts,
            contact_rows,
            &phones_of_contact,
            phones_of_service.get(sid).map(Vec::as_slice).unwrap_or(&[]),
            problems,
        );
        let stored_figures = existing
            .and_then(|s| k.capacity.get(&s.id))
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let capacity_planned = super::parts::capacity(
            stored_figures,
            capacities.get(sid).map(Vec::as_slice).unwrap_or(&[]),
            &units,
            today,
            problems,
        );
        planned.push(ServicePlan {
            existing: existing.cloned(),
            organization_id: org,
            input,
            contacts: contacts_planned,
            capacity: capacity_planned,
        });
    }
    Ok(Plan {
        organizations: org_of.len(),
        services: planned,
    })
}

/// One service's rows in the package.
struct ServiceRows<'a> {
    t: &'a Tables,
    k: &'a Known,
    row: &'a Row,
    org: i32,
    existing: Option<&'a service::Model>,
    sal: &'a [&'a Row],
    locations: &'a HashMap<&'a str, &'a Row>,
    addresses: &'a HashMap<&'a str, Vec<&'a Row>>,
    attributes: &'a [(&'a Row, String)],
    schedules: &'a [&'a Row],
    languages: &'a [&'a Row],
    areas: &'a [&'a Row],
}

/// The service as the services area's form would send it: the stored service (or a new one's
/// defaults) with what the package says put over it, checked by the area's own rules.
async fn service_input(
    db: &impl ConnectionTrait,
    c: &ServiceRows<'_>,
    problems: &mut Vec<Problem>,
) -> Result<Option<SupportServiceInput>, AppError> {
    let r = c.row;
    let before = problems.len();
    let mut f = match c.existing {
        Some(s) => SupportServiceFields::from_model(s),
        None => SupportServiceFields {
            countries: vec![],
            ..SupportServiceFields::blank(c.org)
        },
    };
    let has = |column: &str| r.cells.contains_key(column);
    f.name = r.raw("name").to_string();
    if has("description") {
        f.description = r.raw("description").to_string();
    }
    if has("status") && !r.get("status").is_empty() {
        match status(r.get("status")) {
            Some(s) => f.status = s.to_string(),
            None => problems.push(r.problem(
                "status",
                msg("hsds-import-error-status").arg("status", r.get("status").to_string()),
            )),
        }
    }
    if has("alert") {
        f.status_notice = r.raw("alert").to_string();
    }
    if has("interpretation_services") {
        f.interpretation = !r.get("interpretation_services").is_empty();
    }
    if has("application_process") {
        let (referral, steps) = application(r.raw("application_process"));
        if let Some(referral) = referral {
            f.referral = referral;
        }
        f.intake_steps = steps;
    }
    if let Some((genders, groups, identification)) = eligibility(r.get("eligibility_description")) {
        (f.genders, f.target_groups, f.identification) = (genders, groups, identification);
    }
    for (column, slot) in [("minimum_age", &mut f.age_min), ("maximum_age", &mut f.age_max)] {
        if has(column)
            && let Some(v) = whole(r, column, problems)
        {
            *slot = v;
        }
    }
    // Checked, not kept: a verification is the network's own act.
    let _ = date(r, "assured_date", problems);

    // The kind: the first attribute naming one of ours; any other is a problem only when no
    // attribute of the service names one.
    let kind = c.attributes.iter().find(|(_, code)| c.k.kinds.contains(code));
    match kind {
        Some((_, code)) => f.kind = code.clone(),
        None if !c.attributes.is_empty() => {
            for (a, code) in c.attributes {
                problems.push(a.problem(
                    "taxonomy_term_id",
                    msg("hsds-import-error-kind").arg("code", code.clone()),
                ));
            }
        }
        None if c.existing.is_none() => problems.push(r.problem("attributes", msg("hsds-import-error-kind-missing"))),
        None => {}
    }

    // Where: the first location, its first address. A confidential location stays one, with
    // its stored address; a redacted one makes the service's location confidential.
    let location = c.sal.first().and_then(|x| c.locations.get(x.get("location_id")));
    let address = location
        .and_then(|l| c.addresses.get(l.get("id")))
        .and_then(|a| a.first().copied());
    if let Some(l) = location {
        let redacted = l.get("location_type") == "redacted";
        let keep_address = redacted || f.confidential_location;
        f.confidential_location = f.confidential_location || redacted;
        if let Some(a) = address {
            if !a.get("city").is_empty() || !keep_address {
                f.city = a.raw("city").to_string();
            }
            if !keep_address {
                f.address = a.raw("address_1").to_string();
            }
        } else if redacted && f.city.is_empty() {
            f.city = l.raw("name").to_string();
        }
        if c.existing.is_none() && l.get("location_type") == "virtual" {
            f.modes = vec!["remote".into()];
        }
    }

    // Countries and areas served; without them a new service serves its address's country, or
    // else its organization's.
    if c.t.has("service_area") && (!c.areas.is_empty() || c.existing.is_none()) {
        f.countries = vec![];
        for a in c.areas {
            let v = a.get("name");
            match c
                .k
                .countries
                .iter()
                .find(|x| x.code.eq_ignore_ascii_case(v) || x.name.eq_ignore_ascii_case(v))
            {
                Some(x) if !f.countries.contains(&x.code) => f.countries.push(x.code.clone()),
                Some(_) => {}
                None => problems.push(a.problem("name", msg("hsds-import-error-country").arg("name", v.to_string()))),
            }
        }
        let mut described: Vec<&str> = vec![];
        for a in c.areas {
            let d = a.raw("description").trim();
            if !d.is_empty() && !described.contains(&d) {
                described.push(d);
            }
        }
        f.areas = described.join(", ");
    }
    if f.countries.is_empty() && c.existing.is_none() {
        let from_address = address
            .map(|a| a.get("country").to_uppercase())
            .filter(|code| c.k.countries.iter().any(|x| &x.code == code));
        let home = c.k.orgs.iter().find(|o| o.id == c.org).map(|o| o.country_code.clone());
        f.countries = from_address.or(home).into_iter().collect();
    }
    if c.t.has("language") {
        f.languages = vec![];
        for l in c.languages {
            let code = l.get("code").to_lowercase();
            let found = code_of("spoken-language", codes::LANGUAGES, &code)
                .or_else(|| code_of("spoken-language", codes::LANGUAGES, l.get("name")));
            match found {
                Some(code) => f.languages.push(code),
                None => {
                    let shown = if code.is_empty() {
                        l.get("name").to_string()
                    } else {
                        code
                    };
                    problems.push(l.problem("code", msg("hsds-import-error-language").arg("code", shown)));
                }
            }
        }
    }
    if c.t.has("schedule") {
        let (always, text) = hours(c.schedules);
        f.open_24_7 = always;
        if !always || c.existing.is_none() {
            f.hours = text;
        }
    }
    if problems.len() > before || f.kind.is_empty() {
        return Ok(None);
    }
    let rows = Rows {
        service: r,
        attribute: c.attributes.first().map(|(a, _)| *a),
        area: c.areas.first().copied(),
        language: c.languages.first().copied(),
        schedule: c.schedules.first().copied(),
        address,
    };
    match f.parse(db).await {
        Ok(input) => Ok(Some(input)),
        Err(AppError::Validation(e)) => {
            placed(e, |field| rows.locate(field), problems);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_exports_texts_read_back() {
        let e = format!(
            "{}; {}, {}; {}",
            label("en", "service-gender", "male"),
            label("en", "service-group", "adults"),
            label("en", "service-group", "third_country_nationals"),
            label("en", "service-identification", "presumed")
        );
        assert_eq!(
            eligibility(&e),
            Some((
                vec!["male".into()],
                vec!["adults".into(), "third_country_nationals".into()],
                "presumed".into()
            ))
        );
        assert_eq!(eligibility("Adults who need a bed"), None);
        let a = format!("{}\nCall first.\nThen come.", label("en", "service-referral", "self"));
        assert_eq!(application(&a), (Some("self".into()), "Call first.\nThen come.".into()));
        assert_eq!(status("temporarily closed"), Some("suspended"));
        assert_eq!(status("defunct"), Some("closed"));
    }
}
