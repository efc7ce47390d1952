use sea_orm::entity::prelude::*;
use serde::Serialize;

/// The sum of every reported count of a month for the reporting organizations' country,
/// service kind, measure, destination and category. Derived from `figure_count`; kept in step
/// by each sheet's save.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "figure_total")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub month: String,
    /// The country of the reporting organizations.
    #[sea_orm(primary_key, auto_increment = false)]
    pub country_code: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub service_code: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub measure: String,
    /// The destination country of referrals sent; "" otherwise.
    #[sea_orm(primary_key, auto_increment = false)]
    pub destination: String,
    /// The breakdown category of people assisted; "" otherwise.
    #[sea_orm(primary_key, auto_increment = false)]
    pub category: String,
    pub total: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
