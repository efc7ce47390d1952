//! A referral pathway (migration 20): how a person is referred from one country to another for
//! one kind of service. Nothing in it is about a person referred.

use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "referral_pathway")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub from_country: String,
    pub to_country: String,
    /// A `service_kind` code.
    pub service_kind: String,
    /// The receiving service (none: a draft that names only the country and the kind).
    pub receiving_service_id: Option<i32>,
    /// The receiving service's contact point for referrals.
    pub receiving_contact_id: Option<i32>,
    /// Informed consent: how it is asked and recorded.
    pub consent_rule: String,
    /// The rule for children (a guardian, the best-interests procedure).
    pub child_consent_rule: String,
    /// Comma-separated codes of the categories of information that may travel.
    pub information: String,
    /// Who escorts the person, if anyone.
    pub escort: String,
    /// Who bears the cost of travel and escort.
    pub escort_cost: String,
    /// The agreement or SOP: a practice document.
    pub document_id: Option<i32>,
    /// draft, agreed, suspended.
    pub status: String,
    /// The day the pathway was last used (a date only).
    pub last_used_on: Option<Date>,
    /// Bumped by every edit; a save based on another version is refused.
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
