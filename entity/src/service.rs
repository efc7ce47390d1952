//! A service an organization offers (migration 19). List columns hold comma-separated codes.
//! `address` is confidential when `confidential_location` is set: only the organization itself
//! and the secretariat may see it; everyone else sees `city` and the contact points.

use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "service")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub organization_id: i32,
    /// A `service_kind` code.
    pub kind: String,
    pub name: String,
    pub description: String,
    /// on_site, mobile, remote.
    pub modes: String,
    /// ISO codes of the countries served.
    pub countries: String,
    /// Municipalities or regions served, as written (empty: the whole country).
    pub areas: String,
    pub age_min: Option<i32>,
    pub age_max: Option<i32>,
    /// female, male, other (empty: everyone).
    pub genders: String,
    /// Target group codes (children, families, third_country_nationals, returnees, ...).
    pub target_groups: String,
    /// `presumed`: a presumed victim is enough; `formal`: formal identification is required.
    pub identification: String,
    /// ISO 639-1 codes of the languages the staff speak.
    pub languages: String,
    /// Interpretation can be arranged.
    pub interpretation: bool,
    /// `referral`: by referral only; `self`: people may also come themselves.
    pub referral: String,
    pub intake_steps: String,
    pub hours: String,
    #[sea_orm(column_name = "open247")]
    pub open_24_7: bool,
    pub confidential_location: bool,
    pub address: String,
    pub city: String,
    pub funding_source: String,
    pub funded_until: Option<Date>,
    /// active, suspended, closed.
    pub status: String,
    pub status_notice: String,
    pub verified_on: Option<Date>,
    /// The user who last confirmed the service's details.
    pub verified_by: Option<i32>,
    /// Bumped by every edit; a save based on another version is refused.
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
