use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "legal_revision")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub entry_id: i32,
    pub topic_id: i32,
    pub country_code: String,
    pub version: i32,
    pub assessment: String,
    /// The whole entry after this change (JSON).
    pub data: String,
    /// The fields this change touched, with old and new values (JSON list).
    pub changes: String,
    /// edit, proposal, import, api or demo.
    pub source: String,
    pub note: Option<String>,
    pub changed_by: Option<i32>,
    pub changed_by_name: String,
    pub changed_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
