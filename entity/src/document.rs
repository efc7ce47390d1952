use sea_orm::entity::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "document")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub title: String,
    /// guideline, sop, referral_form, training, report, presentation, legal_text, other.
    pub doc_type: String,
    pub description: String,
    /// Language codes, comma-separated (en,sq,sr).
    pub languages: String,
    /// Comma-separated tags.
    pub tags: String,
    /// public, network or secretariat.
    pub visibility: String,
    pub owner_org_id: Option<i32>,
    /// Empty for documents outside the network lifecycle; else draft, in_review, adopted or
    /// superseded.
    pub lifecycle: String,
    pub supersedes_id: Option<i32>,
    /// The original this document translates or adapts.
    pub variant_of_id: Option<i32>,
    /// translation or adaptation.
    pub variant_kind: Option<String>,
    pub review_on: Option<Date>,
    /// The review date the owner was last reminded of (one reminder per date).
    pub review_notified_on: Option<Date>,
    pub archived: bool,
    pub current_version: i32,
    /// Fictional demo data.
    pub example: bool,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Bumped by every edit; a save based on another version is refused.
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
