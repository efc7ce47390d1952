//! A capacity figure of a service: counts of places, never people. A figure past `expires_on`
//! is shown as not confirmed and does not count in totals.

use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "service_capacity")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub service_id: i32,
    /// beds, places, persons_month, transports_month, case_slots.
    pub unit: String,
    pub maximum: Option<i32>,
    pub funded: Option<i32>,
    /// Seen by members and the secretariat only.
    pub available: Option<i32>,
    /// available, limited, full, waiting_list.
    pub band: String,
    /// The target group the figure applies to (empty: everyone the service takes).
    pub target_group: String,
    pub as_of: Date,
    pub expires_on: Date,
    pub updated_by: Option<i32>,
    pub version: i32,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
