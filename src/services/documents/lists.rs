//! Lists of documents: the filtered list, documents linked to a record, the newest, and a
//! document's variants and successors.

use entity::{document, document_link};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde::Serialize;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::paging;

use super::visible_to;

#[derive(Debug, Clone, Default, serde::Deserialize, Serialize)]
#[serde(default)]
pub struct DocFilter {
    pub doc_type: String,
    pub country: String,
    pub topic: String,
    pub language: String,
    pub lifecycle: String,
    pub org: Option<i32>,
    /// "1" to list archived documents instead.
    pub archived: String,
    #[serde(deserialize_with = "crate::services::paging::deserialize")]
    pub page: Option<u64>,
}

pub const PER_PAGE: u64 = 25;

/// One page of the documents the user may see, newest change first.
pub async fn list(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    f: &DocFilter,
) -> Result<(Vec<document::Model>, u64), AppError> {
    let mut q = document::Entity::find()
        .filter(visible_to(user))
        .filter(document::Column::Archived.eq(f.archived == "1"));
    if !f.doc_type.is_empty() {
        q = q.filter(document::Column::DocType.eq(f.doc_type.clone()));
    }
    if !f.lifecycle.is_empty() {
        q = q.filter(document::Column::Lifecycle.eq(f.lifecycle.clone()));
    }
    if let Some(org) = f.org {
        q = q.filter(document::Column::OwnerOrgId.eq(org));
    }
    if !f.language.is_empty() {
        // Languages are a short comma list; match whole codes.
        let l = f.language.clone();
        q = q.filter(
            Condition::any()
                .add(document::Column::Languages.eq(l.clone()))
                .add(document::Column::Languages.like(format!("{l},%")))
                .add(document::Column::Languages.like(format!("%,{l}")))
                .add(document::Column::Languages.like(format!("%,{l},%"))),
        );
    }
    for (kind, target) in [("country", &f.country), ("topic", &f.topic)] {
        if !target.is_empty() {
            q = q.filter(linked_to(kind, std::slice::from_ref(target)));
        }
    }
    let total = q.clone().count(db).await?;
    let page = paging::number(f.page);
    let rows = q
        .order_by_desc(document::Column::UpdatedAt)
        .order_by_desc(document::Column::Id)
        .offset(paging::offset(page, PER_PAGE))
        .limit(PER_PAGE)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// The documents with a link of `kind` to one of `targets`.
fn linked_to(kind: &str, targets: &[String]) -> sea_orm::sea_query::SimpleExpr {
    document::Column::Id.in_subquery(
        sea_orm::sea_query::Query::select()
            .column(document_link::Column::DocumentId)
            .from(document_link::Entity)
            .and_where(document_link::Column::Kind.eq(kind))
            .and_where(document_link::Column::Target.is_in(targets.to_vec()))
            .to_owned(),
    )
}

/// Documents linked to any of these targets of `kind`, that the user may see, not archived.
pub async fn linked(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    kind: &str,
    targets: &[String],
) -> Result<Vec<document::Model>, AppError> {
    if targets.is_empty() {
        return Ok(vec![]);
    }
    Ok(document::Entity::find()
        .filter(visible_to(user))
        .filter(document::Column::Archived.eq(false))
        .filter(linked_to(kind, targets))
        .order_by_asc(document::Column::Title)
        .limit(100)
        .all(db)
        .await?)
}

/// The newest documents the user may see (dashboards).
pub async fn recent(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    limit: u64,
) -> Result<Vec<document::Model>, AppError> {
    Ok(document::Entity::find()
        .filter(visible_to(user))
        .filter(document::Column::Archived.eq(false))
        .order_by_desc(document::Column::UpdatedAt)
        .limit(limit)
        .all(db)
        .await?)
}

/// Variants of `doc` (translations, adaptations) and documents that supersede it, visible ones.
pub async fn related(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    doc: &document::Model,
) -> Result<(Vec<document::Model>, Vec<document::Model>), AppError> {
    let variants = document::Entity::find()
        .filter(visible_to(user))
        .filter(document::Column::VariantOfId.eq(doc.id))
        .order_by_asc(document::Column::Title)
        .all(db)
        .await?;
    let superseded_by = document::Entity::find()
        .filter(visible_to(user))
        .filter(document::Column::SupersedesId.eq(doc.id))
        .all(db)
        .await?;
    Ok((variants, superseded_by))
}
