use sea_orm::entity::prelude::*;
use serde::Serialize;

/// A save of a monthly report: who, when, and whether the month was already closed.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "figure_revision")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub report_id: i32,
    pub version: i32,
    /// Saved after the month closed.
    pub correction: bool,
    /// The counts saved (JSON object of field name -> number).
    pub counts: String,
    pub changed_by: Option<i32>,
    pub changed_by_name: String,
    pub changed_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
