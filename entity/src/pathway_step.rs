//! One step of a referral pathway: who does what, and the longest it may take.

use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "pathway_step")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub pathway_id: i32,
    pub position: i32,
    /// Who does it (a role or an institution).
    pub actor: String,
    /// What they do.
    pub action: String,
    /// The longest it may take, in days.
    pub max_days: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
