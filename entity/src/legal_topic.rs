use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "legal_topic")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub code: String,
    pub category: String,
    pub title: String,
    pub question: String,
    /// Council of Europe Convention CETS No. 197 article(s).
    pub cets197: Option<String>,
    /// EU Directive 2011/36/EU (as amended by 2024/1712) article(s).
    pub directive: Option<String>,
    /// Palermo Protocol article(s).
    pub palermo: Option<String>,
    /// The measured parameter, e.g. "reflection period".
    pub parameter: Option<String>,
    pub unit: Option<String>,
    pub threshold: Option<f64>,
    /// `min` (the standard is a minimum) or `max`.
    pub threshold_kind: Option<String>,
    pub position: i32,
    pub retired: bool,
    pub updated_at: DateTimeUtc,
    /// Bumped by every edit; a save based on another version is refused.
    pub version: i32,
    /// The category, title and question in the network's languages, as JSON:
    /// `{ "<lang>": { "category": ..., "title": ..., "question": ... } }` (English is the
    /// fields above; Serbian Cyrillic is made from `sr-Latn`; a blank or missing one is shown
    /// in English). Read through `services::legal::topic_text`.
    #[sea_orm(column_type = "Text")]
    pub translations: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
