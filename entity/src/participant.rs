use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "participant")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub user_id: Option<i32>,
    pub person_id: Option<i32>,
    pub organization_id: Option<i32>,
    pub email: String,
    pub name: String,
    pub status: String,
    pub dietary: Option<String>,
    pub accessibility: Option<String>,
    pub share_name: bool,
    pub attended: Option<bool>,
    pub invited_at: DateTimeUtc,
    pub responded_at: Option<DateTimeUtc>,
    /// Asked (from a mail link) for no more agenda notices about this event.
    pub quiet: bool,
    /// The language of this invitee's mail when they have no account (chosen when invited).
    pub language: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
