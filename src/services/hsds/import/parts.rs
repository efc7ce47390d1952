//! A service's contact points and capacity figures in the package, matched with the stored
//! ones and checked by the services area's own rules.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDate};

use super::Problem;
use super::plan::{code_of, date, placed, whole};
use super::read::{Row, Tables};
use crate::i18n::{self, msg};
use crate::services::hsds::uuid;
use crate::services::support::{CapacityFields, CapacityInput, ContactFields, ContactInput, codes};
use entity::{service_capacity, service_contact};

/// How long an imported figure holds before it shows as not confirmed (as a new figure's form).
const FIGURE_DAYS: i64 = 90;

/// A phone's description without our export's " (Open 24/7)", and whether it had it.
fn phone_role(description: &str) -> (String, bool) {
    let always = i18n::t("en", "hsds-24-7");
    let suffix = format!(" ({always})");
    match description.strip_suffix(&suffix) {
        Some(role) => (role.trim().to_string(), true),
        None => (description.trim().to_string(), description.contains("24/7")),
    }
}

/// The first stored item not yet taken that `by_id` or else `by_name` picks.
fn pick<'a, T>(
    stored: &'a [T],
    taken: &mut HashSet<i32>,
    id_of: impl Fn(&T) -> i32,
    by_id: impl Fn(&T) -> bool,
    by_name: impl Fn(&T) -> bool,
) -> Option<&'a T> {
    let free = |x: &&T| !taken.contains(&id_of(x));
    let found = stored
        .iter()
        .filter(free)
        .find(|x| by_id(x))
        .or_else(|| stored.iter().filter(free).find(|x| by_name(x)));
    if let Some(x) = found {
        taken.insert(id_of(x));
    }
    found
}

/// The contact points of one service: each contact row (with its phone, if any), then each
/// phone of the service that belongs to no contact row (a contact point of its own).
pub fn contacts(
    t: &Tables,
    stored: &[service_contact::Model],
    rows: &[&Row],
    phones_of_contact: &HashMap<&str, Vec<&Row>>,
    service_phones: &[&Row],
    problems: &mut Vec<Problem>,
) -> Vec<(Option<service_contact::Model>, ContactInput)> {
    let mut taken = HashSet::new();
    let mut out = vec![];
    let phones_known = t.has("phone");
    for c in rows {
        let phone = phones_of_contact.get(c.get("id")).and_then(|p| p.first().copied());
        let role = if c.get("title").is_empty() {
            c.raw("name")
        } else {
            c.raw("title")
        };
        let before = pick(
            stored,
            &mut taken,
            |x| x.id,
            |x| uuid("contact", x.id) == c.get("id"),
            |x| x.role == role.trim(),
        );
        let mut f = before.map(ContactFields::from_model).unwrap_or_default();
        f.role = role.to_string();
        f.email = c.raw("email").to_string();
        match phone {
            Some(p) => {
                f.phone = p.raw("number").to_string();
                f.available_24_7 = phone_role(p.get("description")).1;
            }
            // Without a phone the package says nothing of 24/7: the stored answer stays.
            None if phones_known => f.phone = String::new(),
            None => {}
        }
        let column = |field: &str| match field {
            "phone" => (phone.unwrap_or(*c), if phone.is_some() { "number" } else { "phones" }),
            "email" => (*c, "email"),
            "languages" => (*c, "languages"),
            _ => (*c, "title"),
        };
        match f.parse() {
            Ok(input) => out.push((before.cloned(), input)),
            Err(e) => placed(e, column, problems),
        }
    }
    for p in service_phones {
        let (role, always) = phone_role(p.get("description"));
        let role = if role.is_empty() {
            i18n::t("en", "hsds-import-phone-role")
        } else {
            role
        };
        let before = pick(
            stored,
            &mut taken,
            |x| x.id,
            |x| uuid("phone", x.id) == p.get("id"),
            |x| x.role == role,
        );
        let mut f = before.map(ContactFields::from_model).unwrap_or_default();
        f.role = role;
        f.phone = p.raw("number").to_string();
        f.available_24_7 = always;
        let column = |field: &str| match field {
            "role" => (*p, "description"),
            _ => (*p, "number"),
        };
        match f.parse() {
            Ok(input) => out.push((before.cloned(), input)),
            Err(e) => placed(e, column, problems),
        }
    }
    out
}

/// A unit row as one of our units: its identifier, else its name (a code or our English label).
fn unit_code(u: &Row) -> Option<String> {
    code_of("capacity-unit", codes::UNITS, u.get("identifier"))
        .or_else(|| code_of("capacity-unit", codes::UNITS, u.get("name")))
        .or_else(|| code_of("capacity-unit", codes::UNITS, &u.get("name").to_lowercase()))
}

/// Our export's description of a figure: the band's label, then the group's.
fn band_and_group(description: &str) -> Option<(String, String)> {
    let mut parts = description.split("; ").map(str::trim);
    let band = code_of("capacity-band", codes::BANDS, parts.next()?)?;
    let group = match parts.next() {
        Some(g) => code_of("service-group", codes::GROUPS, g)?,
        None => String::new(),
    };
    parts.next().is_none().then_some((band, group))
}

/// The capacity figures of one service. A figure whose numbers, band and group are those
/// stored keeps its dates; a new or changed one is as of the package's `updated` date (never
/// later than today) and holds for [`FIGURE_DAYS`].
pub fn capacity(
    stored: &[service_capacity::Model],
    rows: &[&Row],
    units: &HashMap<&str, &Row>,
    today: NaiveDate,
    problems: &mut Vec<Problem>,
) -> Vec<(Option<service_capacity::Model>, CapacityInput)> {
    let mut taken = HashSet::new();
    let mut out = vec![];
    for c in rows {
        let Some(unit_row) = units.get(c.get("unit_id")) else {
            continue; // reported as a missing reference
        };
        let Some(unit) = unit_code(unit_row) else {
            let name = if unit_row.get("identifier").is_empty() {
                unit_row.get("name")
            } else {
                unit_row.get("identifier")
            };
            problems.push(c.problem("unit_id", msg("hsds-import-error-unit").arg("unit", name.to_string())));
            continue;
        };
        let (maximum, available) = (whole(c, "maximum", problems), whole(c, "available", problems));
        let updated = date(c, "updated", problems);
        let (Some(maximum), Some(available), Ok(updated)) = (maximum, available, updated) else {
            continue;
        };
        let described = band_and_group(c.get("description"));
        let group = described.as_ref().map(|(_, g)| g.clone()).unwrap_or_default();
        let before = pick(
            stored,
            &mut taken,
            |x| x.id,
            |x| uuid("service_capacity", x.id) == c.get("id"),
            |x| x.unit == unit && x.target_group == group,
        );
        let mut f = before
            .map(CapacityFields::from_model)
            .unwrap_or_else(|| CapacityFields::blank(today));
        let was = f.clone();
        f.unit = unit;
        f.maximum = maximum;
        // A package without places free now (an observer's export) leaves the stored number.
        if !available.is_empty() || before.is_none() {
            f.available = available;
        }
        match described {
            Some((band, group)) => (f.band, f.target_group) = (band, group),
            None if before.is_none() => {
                f.band = if f.available == "0" { "full" } else { "available" }.into();
            }
            None => {}
        }
        let same = before.is_some()
            && (&f.unit, &f.maximum, &f.available, &f.band, &f.target_group)
                == (&was.unit, &was.maximum, &was.available, &was.band, &was.target_group);
        if !same {
            let as_of = updated.unwrap_or(today).min(today);
            f.as_of = as_of.to_string();
            f.expires_on = (as_of + Duration::days(FIGURE_DAYS)).to_string();
        }
        let column = |field: &str| match field {
            "maximum" | "funded" => (*c, "maximum"),
            "available" => (*c, "available"),
            "unit" => (*c, "unit_id"),
            "as_of" | "expires_on" => (*c, "updated"),
            _ => (*c, "description"),
        };
        match f.parse() {
            Ok(input) => out.push((before.cloned(), input)),
            Err(e) => placed(e, column, problems),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::label;

    #[test]
    fn our_exports_figure_and_phone_texts_read_back() {
        let d = format!(
            "{}; {}",
            label("en", "capacity-band", "waiting_list"),
            label("en", "service-group", "women")
        );
        assert_eq!(band_and_group(&d), Some(("waiting_list".into(), "women".into())));
        assert_eq!(band_and_group("Full"), Some(("full".into(), String::new())));
        assert_eq!(band_and_group("Beds for women"), None);
        let p = format!("Intake ({})", i18n::t("en", "hsds-24-7"));
        assert_eq!(phone_role(&p), ("Intake".into(), true));
        assert_eq!(phone_role("Front desk"), ("Front desk".into(), false));
    }
}
