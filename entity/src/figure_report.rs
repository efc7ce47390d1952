use sea_orm::entity::prelude::*;
use serde::Serialize;

/// One organization's monthly figures for one service kind (counts in `figure_count`).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "figure_report")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub organization_id: i32,
    /// `YYYY-MM`.
    pub month: String,
    pub service_code: String,
    /// none, sex, age or origin: how people assisted are broken down.
    pub breakdown: String,
    /// Bumped by every save; a save based on another version is refused.
    pub version: i32,
    /// Fictional demo figures.
    pub example: bool,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::figure_count::Entity")]
    Count,
    #[sea_orm(
        belongs_to = "super::organization::Entity",
        from = "Column::OrganizationId",
        to = "super::organization::Column::Id"
    )]
    Organization,
}

impl Related<super::figure_count::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Count.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
