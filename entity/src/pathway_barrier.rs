//! A known legal barrier on a referral pathway: a legal-register entry (topic and country).

use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "pathway_barrier")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub pathway_id: i32,
    pub legal_topic_id: i32,
    pub legal_country: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
