//! Services of the network's organizations (`/services`): what each service offers, where, to
//! whom and how to refer; its role-based contact points and its capacity figures.
//!
//! Visibility rules live with the data: a confidential location's street address goes only to
//! its own organization and the secretariat ([`Shown::address`]); how many places are free now
//! only to members and the secretariat ([`Shown::available`]). Everything else about a service
//! is network information for every signed-in user.

pub mod codes;
mod fields;
mod parts;

use chrono::NaiveDate;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, Set,
};
use serde::{Deserialize, Serialize};

use crate::db::now;
use crate::error::AppError;
use crate::services::{paging, versions};
use entity::{service, service_capacity, service_contact};

pub use fields::{SupportServiceFields, SupportServiceInput};
pub use parts::{
    CapacityFields, CapacityInput, ContactFields, ContactInput, Totals, capacity_of, contacts_of, create_capacity,
    create_contact, delete_capacity, delete_contact, get_capacity, get_contact, is_expired, totals, update_capacity,
    update_contact,
};
pub(crate) use parts::{apply_capacity, apply_contact};

pub const PER_PAGE: u64 = 20;

/// The date today where the network works (every country of it keeps Central European time).
pub fn today() -> NaiveDate {
    now().with_timezone(&chrono_tz::Europe::Belgrade).date_naive()
}

/// What a reader may see of a service beyond its network information.
#[derive(Clone, Copy, Debug, Default)]
pub struct Shown {
    /// The street address of a confidential location.
    pub address: bool,
    /// The number of places free now.
    pub available: bool,
}

/// The address a reader may see: a confidential one only when `shown.address`.
pub fn visible_address(s: &service::Model, shown: Shown) -> Option<String> {
    if s.address.trim().is_empty() || (s.confidential_location && !shown.address) {
        None
    } else {
        Some(s.address.clone())
    }
}

pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<service::Model, AppError> {
    service::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)
}

/// The services of an organization, by name.
pub async fn of_organization(db: &impl ConnectionTrait, org: i32) -> Result<Vec<service::Model>, AppError> {
    Ok(service::Entity::find()
        .filter(service::Column::OrganizationId.eq(org))
        .order_by_asc(service::Column::Name)
        .order_by_asc(service::Column::Id)
        .all(db)
        .await?)
}

/// The list's filters, from the query string or the API.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[serde(default)]
pub struct ServiceFilter {
    /// ISO code of a country served, e.g. "AL".
    pub country: String,
    /// A service kind code, e.g. "shelter".
    pub kind: String,
    /// active, suspended or closed.
    pub status: String,
    /// Page number, from 1.
    #[serde(deserialize_with = "crate::services::paging::deserialize")]
    pub page: Option<u64>,
}

impl ServiceFilter {
    pub fn query_string(&self) -> String {
        paging::query_string(&[
            ("country", &self.country),
            ("kind", &self.kind),
            ("status", &self.status),
        ])
    }

    fn condition(&self) -> Condition {
        let mut c = Condition::all();
        let country = self.country.trim().to_uppercase();
        // Country codes are two letters between commas, so a two-letter pattern matches whole
        // codes only.
        if country.len() == 2 && country.chars().all(|ch| ch.is_ascii_uppercase()) {
            c = c.add(service::Column::Countries.contains(&country));
        } else if !country.is_empty() {
            c = c.add(service::Column::Id.eq(-1));
        }
        if !self.kind.trim().is_empty() {
            c = c.add(service::Column::Kind.eq(self.kind.trim()));
        }
        if !self.status.trim().is_empty() {
            c = c.add(service::Column::Status.eq(self.status.trim()));
        }
        c
    }
}

/// One page of a filtered list, and the totals of every service the filters match.
pub struct ServicePage {
    pub items: Vec<service::Model>,
    pub capacity: std::collections::HashMap<i32, Vec<service_capacity::Model>>,
    pub totals: Vec<Totals>,
    pub page: u64,
    pub total: u64,
}

pub async fn list(db: &impl ConnectionTrait, f: &ServiceFilter) -> Result<ServicePage, AppError> {
    let all = service::Entity::find()
        .filter(f.condition())
        .order_by_asc(service::Column::Name)
        .order_by_asc(service::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = all.iter().map(|s| s.id).collect();
    let capacity = capacity_of(db, &ids).await?;
    let figures: Vec<&service_capacity::Model> = all
        .iter()
        .filter(|s| s.status != "closed")
        .flat_map(|s| capacity.get(&s.id).into_iter().flatten())
        .collect();
    let totals = totals(&figures, today());
    let page = paging::number(f.page);
    let total = all.len() as u64;
    let items: Vec<service::Model> = all
        .into_iter()
        .skip(paging::offset(page, PER_PAGE) as usize)
        .take(PER_PAGE as usize)
        .collect();
    Ok(ServicePage {
        items,
        capacity,
        totals,
        page,
        total,
    })
}

/// Puts a checked service onto a row (the HSDS import saves through this too).
pub(crate) fn apply(am: &mut service::ActiveModel, f: SupportServiceInput) {
    am.kind = Set(f.kind);
    am.name = Set(f.name);
    am.description = Set(f.description);
    am.modes = Set(codes::join(&f.modes));
    am.countries = Set(codes::join(&f.countries));
    am.areas = Set(f.areas);
    am.age_min = Set(f.age_min);
    am.age_max = Set(f.age_max);
    am.genders = Set(codes::join(&f.genders));
    am.target_groups = Set(codes::join(&f.target_groups));
    am.identification = Set(f.identification);
    am.languages = Set(codes::join(&f.languages));
    am.interpretation = Set(f.interpretation);
    am.referral = Set(f.referral);
    am.intake_steps = Set(f.intake_steps);
    am.hours = Set(f.hours);
    am.open_24_7 = Set(f.open_24_7);
    am.confidential_location = Set(f.confidential_location);
    am.address = Set(f.address);
    am.city = Set(f.city);
    am.funding_source = Set(f.funding_source);
    am.funded_until = Set(f.funded_until);
    am.status = Set(f.status);
    am.status_notice = Set(f.status_notice);
}

/// A new service of organization `org`, not yet saved (the HSDS import inserts through this too).
pub(crate) fn new_row(org: i32, f: SupportServiceInput) -> service::ActiveModel {
    let t = now();
    let mut am = service::ActiveModel {
        organization_id: Set(org),
        version: Set(1),
        created_at: Set(t),
        updated_at: Set(t),
        verified_on: Set(None),
        verified_by: Set(None),
        ..Default::default()
    };
    apply(&mut am, f);
    am
}

/// Adds a service to organization `org`.
pub async fn create(db: &DatabaseConnection, org: i32, f: SupportServiceInput) -> Result<service::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    crate::services::directory::get_organization(&txn, org).await?;
    let saved = new_row(org, f).insert(&txn).await?;
    txn.commit().await?;
    Ok(saved)
}

/// Saves an edit based on version `based_on`; `StaleEdit` when someone saved in between. An
/// unchanged save gives the claimed version back.
pub async fn update(
    db: &DatabaseConnection,
    id: i32,
    f: SupportServiceInput,
    based_on: i32,
) -> Result<service::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let row = Condition::all().add(service::Column::Id.eq(id));
    versions::claim::<service::Entity>(&txn, row.clone(), service::Column::Version, based_on).await?;
    let before = get(&txn, id).await?;
    let mut am = before.clone().into_active_model();
    apply(&mut am, f);
    let after = sea_orm::TryIntoModel::try_into_model(am.clone())?;
    if after == before {
        versions::release::<service::Entity>(&txn, row, service::Column::Version).await?;
        txn.commit().await?;
        return Ok(service::Model {
            version: based_on,
            ..before
        });
    }
    am.updated_at = Set(now());
    let saved = am.update(&txn).await?;
    txn.commit().await?;
    Ok(saved)
}

/// "These details are still correct": sets the service's last verification to today by
/// `user_id`. Changes nothing else (an edit form open meanwhile stays valid). The monthly
/// reminder's one-click link calls this too.
pub async fn confirm(db: &DatabaseConnection, service_id: i32, user_id: i32) -> Result<service::Model, AppError> {
    crate::services::freshness::confirm(db, service_id, Some(user_id), today()).await
}

/// The contact points and capacity figures of one service.
pub async fn parts(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<(Vec<service_contact::Model>, Vec<service_capacity::Model>), AppError> {
    let contacts = contacts_of(db, id).await?;
    let capacity = capacity_of(db, &[id]).await?.remove(&id).unwrap_or_default();
    Ok((contacts, capacity))
}
