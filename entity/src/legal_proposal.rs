use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "legal_proposal")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub topic_id: i32,
    pub country_code: String,
    /// The proposed entry (JSON).
    pub data: String,
    pub comment: String,
    /// pending, accepted or rejected.
    pub status: String,
    pub proposer_id: Option<i32>,
    /// The entry version the proposal was made against.
    pub base_version: i32,
    pub decided_by: Option<i32>,
    pub decision_comment: Option<String>,
    pub created_at: DateTimeUtc,
    pub decided_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
