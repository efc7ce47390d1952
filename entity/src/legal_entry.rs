use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "legal_entry")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub topic_id: i32,
    pub country_code: String,
    /// aligned, partly_aligned, not_aligned, no_provision, not_assessed.
    pub assessment: String,
    pub summary: String,
    pub citations: String,
    pub parameter_value: Option<f64>,
    pub effective_on: Option<Date>,
    /// One URL per line.
    pub source_links: String,
    pub differences: String,
    pub reviewed_on: Option<Date>,
    pub reviewed_by: String,
    /// law, implementation, practice, or empty.
    pub evidence_kind: String,
    pub greta_round: String,
    pub greta_paragraph: String,
    pub greta_text: String,
    /// implemented, partly, not_implemented, or empty.
    pub greta_status: String,
    /// Fictional demo content, labelled as such on every page.
    pub example: bool,
    pub version: i32,
    pub updated_at: DateTimeUtc,
    pub updated_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
