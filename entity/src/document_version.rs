use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "document_version")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub document_id: i32,
    pub number: i32,
    pub note: String,
    /// Sanitised name the file was uploaded with; used for downloads only.
    pub filename: String,
    /// Detected from the content, never from the name.
    pub mime: String,
    pub kind: String,
    pub size: i64,
    /// SHA-256 of the content; also the storage key.
    pub sha256: String,
    pub uploaded_by: Option<i32>,
    pub uploaded_by_name: String,
    pub created_at: DateTimeUtc,
    /// Text extraction for search: pending, working, done, none or failed.
    pub text_status: String,
    pub text_claimed_at: Option<DateTimeUtc>,
    #[serde(skip)]
    pub text: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
