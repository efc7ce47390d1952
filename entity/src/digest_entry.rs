use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "digest_entry")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub user_id: i32,
    pub category: String,
    pub mode: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
    pub url: Option<String>,
    #[sea_orm(unique)]
    pub dedupe_key: String,
    pub created_at: DateTimeUtc,
    pub outbox_id: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
