use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "user")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub email: String,
    pub name: String,
    pub organization_id: Option<i32>,
    /// The directory person this account belongs to (unique).
    pub person_id: Option<i32>,
    pub role: String,
    pub active: bool,
    #[serde(skip)]
    pub password_hash: Option<String>,
    pub language: String,
    pub time_zone: String,
    pub last_login_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    /// May edit the legal register and decide proposals without being secretariat.
    pub legal_reviewer: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
