use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub uid: String,
    pub series_id: Option<i32>,
    pub title: String,
    pub kind: String,
    pub description: Option<String>,
    pub time_zone: String,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    /// Whole days: `starts_at` and `ends_at` are the local midnights that begin the first day
    /// and follow the last.
    pub all_day: bool,
    pub venue_name: Option<String>,
    pub venue_address: Option<String>,
    pub venue_city: Option<String>,
    pub venue_country: Option<String>,
    pub online_url: Option<String>,
    pub project: Option<String>,
    pub languages: Option<String>,
    pub capacity: Option<i32>,
    pub visibility: String,
    pub status: String,
    pub sequence: i32,
    pub agenda_published: bool,
    /// The last agenda revision participants were told about.
    pub agenda_notified_revision: i32,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Bumped by every edit; a save based on another version is refused.
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
