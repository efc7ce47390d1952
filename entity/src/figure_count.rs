use sea_orm::entity::prelude::*;
use serde::Serialize;

/// One non-zero count of a monthly report.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "figure_count")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub report_id: i32,
    /// received, sent, new, ongoing, declined_<reason> or bed_nights.
    pub measure: String,
    /// The destination country of referrals sent; "" otherwise.
    pub country_code: String,
    /// The breakdown category of people assisted; "" otherwise.
    pub category: String,
    pub count: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::figure_report::Entity",
        from = "Column::ReportId",
        to = "super::figure_report::Column::Id"
    )]
    Report,
}

impl Related<super::figure_report::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Report.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
