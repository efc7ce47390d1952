use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "minutes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub event_id: i32,
    /// draft, circulated or approved.
    pub status: String,
    /// JSON: meeting notes and decisions, and per agenda item.
    pub content: String,
    pub deadline: Option<Date>,
    pub approved_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
    /// Bumped by every edit; a save based on another version is refused.
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
