//! A service's contact points and capacity figures, each with its own version: an edit states
//! the version its form was opened at and a stale save is refused.

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, Set,
};
use serde::{Deserialize, Serialize};

use super::codes::{self, split};
use crate::db::now;
use crate::error::{AppError, FieldErrors};
use crate::i18n::msg;
use crate::mail::Notifier;
use crate::services::freshness::notices;
use crate::services::{validate, versions};
use entity::{service_capacity, service_contact};

// ---------------------------------------------------------------------------------------------
// Contact points

/// A contact point as typed.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ContactFields {
    /// The role answering, e.g. "Intake coordinator" (never a person helped).
    pub role: String,
    pub phone: String,
    pub email: String,
    /// ISO 639-1 codes spoken on this contact.
    pub languages: Vec<String>,
    #[serde(deserialize_with = "validate::checkbox")]
    pub available_24_7: bool,
}

#[derive(Debug, Clone)]
pub struct ContactInput {
    pub role: String,
    pub phone: String,
    pub email: String,
    pub languages: Vec<String>,
    pub available_24_7: bool,
}

impl ContactFields {
    pub fn parse(&self) -> Result<ContactInput, FieldErrors> {
        let mut e = FieldErrors::default();
        let role = validate::required(&mut e, "role", &self.role, 120);
        validate::one_line(&mut e, "role", &Some(role.clone()));
        let phone = validate::optional(&mut e, "phone", &self.phone, 50);
        validate::one_line(&mut e, "phone", &phone);
        let email = validate::email(&mut e, "email", &self.email, false);
        if phone.is_none() && email.is_none() && !e.0.contains_key("email") {
            e.add("phone", msg("support-error-contact-reach"));
        }
        let languages: Vec<String> = self
            .languages
            .iter()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        if languages.iter().any(|l| !codes::LANGUAGES.contains(&l.as_str())) {
            e.add("languages", msg("validate-choose-listed"));
        }
        if !e.is_empty() {
            return Err(e);
        }
        Ok(ContactInput {
            role,
            phone: phone.unwrap_or_default(),
            email: email.unwrap_or_default(),
            languages,
            available_24_7: self.available_24_7,
        })
    }

    pub fn from_model(c: &service_contact::Model) -> Self {
        ContactFields {
            role: c.role.clone(),
            phone: c.phone.clone(),
            email: c.email.clone(),
            languages: split(&c.languages),
            available_24_7: c.available_24_7,
        }
    }
}

pub async fn contacts_of(db: &impl ConnectionTrait, service_id: i32) -> Result<Vec<service_contact::Model>, AppError> {
    Ok(service_contact::Entity::find()
        .filter(service_contact::Column::ServiceId.eq(service_id))
        .order_by_asc(service_contact::Column::SortOrder)
        .order_by_asc(service_contact::Column::Id)
        .all(db)
        .await?)
}

/// Contact `id` of service `service_id` (404 for another service's).
pub async fn get_contact(
    db: &impl ConnectionTrait,
    service_id: i32,
    id: i32,
) -> Result<service_contact::Model, AppError> {
    service_contact::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|c| c.service_id == service_id)
        .ok_or(AppError::NotFound)
}

pub(crate) fn apply_contact(am: &mut service_contact::ActiveModel, f: ContactInput) {
    am.role = Set(f.role);
    am.phone = Set(f.phone);
    am.email = Set(f.email);
    am.languages = Set(codes::join(&f.languages));
    am.available_24_7 = Set(f.available_24_7);
}

/// Adds a contact point at the end of the service's list.
pub async fn create_contact(
    db: &DatabaseConnection,
    service_id: i32,
    f: ContactInput,
) -> Result<service_contact::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    super::get(&txn, service_id).await?;
    let last = contacts_of(&txn, service_id)
        .await?
        .iter()
        .map(|c| c.sort_order)
        .max()
        .unwrap_or(0);
    let mut am = service_contact::ActiveModel {
        service_id: Set(service_id),
        sort_order: Set(last + 1),
        version: Set(1),
        ..Default::default()
    };
    apply_contact(&mut am, f);
    let saved = am.insert(&txn).await?;
    txn.commit().await?;
    Ok(saved)
}

/// Saves an edited contact point based on its version `based_on`; `StaleEdit` when it moved on.
pub async fn update_contact(
    db: &DatabaseConnection,
    service_id: i32,
    id: i32,
    f: ContactInput,
    based_on: i32,
) -> Result<service_contact::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let row = Condition::all()
        .add(service_contact::Column::Id.eq(id))
        .add(service_contact::Column::ServiceId.eq(service_id));
    versions::claim::<service_contact::Entity>(&txn, row, service_contact::Column::Version, based_on).await?;
    let mut am = get_contact(&txn, service_id, id).await?.into_active_model();
    apply_contact(&mut am, f);
    let saved = am.update(&txn).await?;
    txn.commit().await?;
    Ok(saved)
}

pub async fn delete_contact(db: &DatabaseConnection, service_id: i32, id: i32) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let c = get_contact(&txn, service_id, id).await?;
    service_contact::Entity::delete_by_id(c.id).exec(&txn).await?;
    txn.commit().await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Capacity figures

/// A capacity figure as typed.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct CapacityFields {
    /// beds, places, persons_month, transports_month or case_slots.
    pub unit: String,
    pub maximum: String,
    pub funded: String,
    /// Free now (seen by members and the secretariat only).
    pub available: String,
    /// available, limited, full or waiting_list.
    pub band: String,
    /// A target group code, or blank for everyone the service takes.
    pub target_group: String,
    /// YYYY-MM-DD
    pub as_of: String,
    /// YYYY-MM-DD: after it the figure is shown as not confirmed and left out of totals.
    pub expires_on: String,
}

#[derive(Debug, Clone)]
pub struct CapacityInput {
    pub unit: String,
    pub maximum: Option<i32>,
    pub funded: Option<i32>,
    pub available: Option<i32>,
    pub band: String,
    pub target_group: String,
    pub as_of: NaiveDate,
    pub expires_on: NaiveDate,
}

fn count(e: &mut FieldErrors, field: &str, value: &str) -> Option<i32> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    match v.parse::<i64>() {
        Ok(n) if n < 0 => {
            e.add(field, msg("support-error-negative"));
            None
        }
        Ok(n) if n <= 100_000 => Some(n as i32),
        _ => {
            e.add(field, msg("support-error-count"));
            None
        }
    }
}

impl CapacityFields {
    pub fn parse(&self) -> Result<CapacityInput, FieldErrors> {
        let mut e = FieldErrors::default();
        let unit = validate::choice(&mut e, "unit", &self.unit, codes::UNITS);
        let maximum = count(&mut e, "maximum", &self.maximum);
        let funded = count(&mut e, "funded", &self.funded);
        let available = count(&mut e, "available", &self.available);
        if let (Some(a), Some(m)) = (available, maximum)
            && a > m
        {
            e.add("available", msg("support-error-available-max"));
        }
        let band = validate::choice(&mut e, "band", &self.band, codes::BANDS);
        let target_group = self.target_group.trim().to_string();
        if !target_group.is_empty() && !codes::GROUPS.contains(&target_group.as_str()) {
            e.add("target_group", msg("validate-choose-listed"));
        }
        let as_of = validate::date(&mut e, "as_of", &self.as_of);
        if as_of.is_none() && !e.0.contains_key("as_of") {
            e.add("as_of", msg("validate-required"));
        }
        let expires_on = validate::date(&mut e, "expires_on", &self.expires_on);
        if expires_on.is_none() && !e.0.contains_key("expires_on") {
            e.add("expires_on", msg("validate-required"));
        }
        if let (Some(a), Some(x)) = (as_of, expires_on)
            && x < a
        {
            e.add("expires_on", msg("support-error-expiry"));
        }
        match (as_of, expires_on) {
            (Some(as_of), Some(expires_on)) if e.is_empty() => Ok(CapacityInput {
                unit,
                maximum,
                funded,
                available,
                band,
                target_group,
                as_of,
                expires_on,
            }),
            _ => Err(e),
        }
    }

    pub fn from_model(c: &service_capacity::Model) -> Self {
        let n = |v: Option<i32>| v.map(|x| x.to_string()).unwrap_or_default();
        CapacityFields {
            unit: c.unit.clone(),
            maximum: n(c.maximum),
            funded: n(c.funded),
            available: n(c.available),
            band: c.band.clone(),
            target_group: c.target_group.clone(),
            as_of: c.as_of.to_string(),
            expires_on: c.expires_on.to_string(),
        }
    }

    /// A new figure's form: as of today, for three months.
    pub fn blank(today: NaiveDate) -> Self {
        CapacityFields {
            unit: "places".into(),
            band: "available".into(),
            as_of: today.to_string(),
            expires_on: (today + chrono::Duration::days(90)).to_string(),
            ..Default::default()
        }
    }
}

/// The figures of each of `ids`, in unit order.
pub async fn capacity_of(
    db: &impl ConnectionTrait,
    ids: &[i32],
) -> Result<HashMap<i32, Vec<service_capacity::Model>>, AppError> {
    let mut map: HashMap<i32, Vec<service_capacity::Model>> = HashMap::new();
    for chunk in ids.chunks(500) {
        for c in service_capacity::Entity::find()
            .filter(service_capacity::Column::ServiceId.is_in(chunk.to_vec()))
            .order_by_asc(service_capacity::Column::Id)
            .all(db)
            .await?
        {
            map.entry(c.service_id).or_default().push(c);
        }
    }
    Ok(map)
}

pub async fn get_capacity(
    db: &impl ConnectionTrait,
    service_id: i32,
    id: i32,
) -> Result<service_capacity::Model, AppError> {
    service_capacity::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|c| c.service_id == service_id)
        .ok_or(AppError::NotFound)
}

pub(crate) fn apply_capacity(am: &mut service_capacity::ActiveModel, f: CapacityInput, user_id: i32) {
    am.unit = Set(f.unit);
    am.maximum = Set(f.maximum);
    am.funded = Set(f.funded);
    am.available = Set(f.available);
    am.band = Set(f.band);
    am.target_group = Set(f.target_group);
    am.as_of = Set(f.as_of);
    am.expires_on = Set(f.expires_on);
    am.updated_by = Set(Some(user_id));
    am.updated_at = Set(now());
}

/// Adds a capacity figure. With a notifier (not when loading demo data), a figure that is full
/// tells the secretariat and followers hear of its band, queued when the save commits
/// ([`crate::services::freshness::notices::capacity_changed`]).
pub async fn create_capacity(
    db: &DatabaseConnection,
    n: Option<&Notifier<'_>>,
    service_id: i32,
    f: CapacityInput,
    user_id: i32,
) -> Result<service_capacity::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    super::get(&txn, service_id).await?;
    let mut am = service_capacity::ActiveModel {
        service_id: Set(service_id),
        version: Set(1),
        ..Default::default()
    };
    apply_capacity(&mut am, f, user_id);
    let saved = am.insert(&txn).await?;
    if let Some(n) = n {
        notices::capacity_changed(&txn, n, None, &saved).await?;
    }
    txn.commit().await?;
    Ok(saved)
}

/// Saves an edited figure based on its version `based_on`; `StaleEdit` when it moved on.
pub async fn update_capacity(
    db: &DatabaseConnection,
    n: &Notifier<'_>,
    service_id: i32,
    id: i32,
    f: CapacityInput,
    based_on: i32,
    user_id: i32,
) -> Result<service_capacity::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let row = Condition::all()
        .add(service_capacity::Column::Id.eq(id))
        .add(service_capacity::Column::ServiceId.eq(service_id));
    versions::claim::<service_capacity::Entity>(&txn, row, service_capacity::Column::Version, based_on).await?;
    let before = get_capacity(&txn, service_id, id).await?;
    let mut am = before.clone().into_active_model();
    apply_capacity(&mut am, f, user_id);
    let saved = am.update(&txn).await?;
    notices::capacity_changed(&txn, n, Some(&before), &saved).await?;
    txn.commit().await?;
    Ok(saved)
}

pub async fn delete_capacity(db: &DatabaseConnection, service_id: i32, id: i32) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let c = get_capacity(&txn, service_id, id).await?;
    service_capacity::Entity::delete_by_id(c.id).exec(&txn).await?;
    txn.commit().await?;
    Ok(())
}

/// A figure past its expiry date: shown as not confirmed, left out of totals.
pub fn is_expired(c: &service_capacity::Model, today: NaiveDate) -> bool {
    c.expires_on < today
}

/// The sum of one unit's confirmed figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub unit: String,
    pub maximum: i64,
    pub available: i64,
    /// Figures counted.
    pub figures: i64,
    /// Figures left out because nobody confirmed them in time.
    pub unconfirmed: i64,
}

/// Totals per unit (in the vocabulary's order) of `figures`: expired ones are counted apart.
pub fn totals(figures: &[&service_capacity::Model], today: NaiveDate) -> Vec<Totals> {
    codes::UNITS
        .iter()
        .filter_map(|unit| {
            let of_unit: Vec<&service_capacity::Model> = figures.iter().copied().filter(|c| c.unit == *unit).collect();
            if of_unit.is_empty() {
                return None;
            }
            let (fresh, old): (Vec<&service_capacity::Model>, Vec<&service_capacity::Model>) =
                of_unit.into_iter().partition(|c| !is_expired(c, today));
            Some(Totals {
                unit: unit.to_string(),
                maximum: fresh.iter().filter_map(|c| c.maximum).map(i64::from).sum(),
                available: fresh.iter().filter_map(|c| c.available).map(i64::from).sum(),
                figures: fresh.len() as i64,
                unconfirmed: old.len() as i64,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(unit: &str, max: i32, expires: &str) -> service_capacity::Model {
        service_capacity::Model {
            id: 1,
            service_id: 1,
            unit: unit.into(),
            maximum: Some(max),
            funded: None,
            available: Some(1),
            band: "limited".into(),
            target_group: String::new(),
            as_of: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            expires_on: expires.parse().unwrap(),
            updated_by: None,
            version: 1,
            updated_at: now(),
        }
    }

    #[test]
    fn an_expired_figure_is_left_out_of_the_total() {
        let today: NaiveDate = "2026-12-01".parse().unwrap();
        let a = fig("beds", 10, "2027-01-01");
        let b = fig("beds", 7, "2026-11-30");
        let c = fig("places", 3, "2026-12-01");
        let t = totals(&[&a, &b, &c], today);
        assert_eq!((t[0].unit.as_str(), t[0].maximum, t[0].unconfirmed), ("beds", 10, 1));
        assert_eq!((t[1].unit.as_str(), t[1].maximum, t[1].unconfirmed), ("places", 3, 0));
    }

    #[test]
    fn capacity_input_is_checked() {
        let f = CapacityFields {
            unit: "beds".into(),
            maximum: "-2".into(),
            available: "5".into(),
            band: "full".into(),
            as_of: "2026-12-01".into(),
            expires_on: "2026-11-01".into(),
            ..Default::default()
        };
        let e = f.parse().unwrap_err();
        assert!(
            e.0.contains_key("maximum") && e.0.contains_key("expires_on"),
            "{:?}",
            e.0
        );
    }
}
