//! A user following services by the country they serve or by their kind (migration 24).

use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "service_follow")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i32,
    /// `country` or `service_kind`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: String,
    /// A country code or a `service_kind` code.
    #[sea_orm(primary_key, auto_increment = false)]
    pub target: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
