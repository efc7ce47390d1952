use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "agenda_item")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub day: Date,
    /// "HH:MM", local time in the event's zone.
    pub start_time: String,
    pub end_time: String,
    pub title: String,
    pub description: Option<String>,
    pub kind: String,
    pub track: Option<String>,
    pub moderator: Option<String>,
    /// One speaker a line: "Name, Affiliation".
    pub speakers: Option<String>,
    pub position: i32,
    pub updated_at: DateTimeUtc,
    /// Bumped by every edit; a save based on another version is refused.
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
