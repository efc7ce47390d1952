use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "action_item")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub title: String,
    pub description: Option<String>,
    pub owner_org_id: i32,
    pub owner_person_id: Option<i32>,
    pub due_on: Option<Date>,
    pub priority: String,
    pub status: String,
    pub percent: i32,
    /// Comma-separated ISO codes.
    pub countries: Option<String>,
    /// Comma-separated tags.
    pub tags: Option<String>,
    pub event_id: Option<i32>,
    pub agenda_item_id: Option<i32>,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The legal-register entry this item follows up (topic and country).
    pub legal_topic_id: Option<i32>,
    pub legal_country: Option<String>,
    /// Bumped by every edit; a save based on another version is refused.
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
