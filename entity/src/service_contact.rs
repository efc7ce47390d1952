//! A role-based contact point of a service (an intake desk, a 24/7 line); never a person helped.

use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "service_contact")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub service_id: i32,
    /// The role answering, e.g. "Intake coordinator".
    pub role: String,
    pub phone: String,
    pub email: String,
    /// ISO 639-1 codes of the languages spoken on this contact.
    pub languages: String,
    #[sea_orm(column_name = "available247")]
    pub available_24_7: bool,
    pub sort_order: i32,
    /// Bumped by every edit; a save based on another version is refused (migration 20).
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
