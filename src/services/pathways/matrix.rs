//! The pathway matrix: the network's countries by its countries (from rows, to columns), each
//! cell the pathways for that route, with the receiving contact point and the last use.

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::error::AppError;
use entity::{country, referral_pathway, service, service_contact};

/// One pathway as a matrix cell shows it.
#[derive(Debug, Clone)]
pub struct MatrixEntry {
    pub id: i32,
    pub kind: String,
    pub status: String,
    pub service: Option<String>,
    /// The contact point's role and its phone or email.
    pub contact_role: Option<String>,
    pub contact_phone: Option<String>,
    pub contact_email: Option<String>,
    pub last_used_on: Option<NaiveDate>,
}

#[derive(Debug, Clone)]
pub struct MatrixCell {
    pub from: String,
    pub to: String,
    /// Agreed first, then suspended, then drafts.
    pub entries: Vec<MatrixEntry>,
}

/// The network's countries in their order, and for each (from, to) pair the pathways of
/// `kind` (every kind when blank). Three queries, whatever the number of pathways.
pub async fn matrix(
    db: &impl ConnectionTrait,
    kind: &str,
) -> Result<(Vec<country::Model>, Vec<Vec<MatrixCell>>), AppError> {
    let countries: Vec<country::Model> = country::Entity::find()
        .filter(country::Column::InRegion.eq(true))
        .order_by_asc(country::Column::SortOrder)
        .order_by_asc(country::Column::Name)
        .all(db)
        .await?;
    let mut q = referral_pathway::Entity::find();
    if !kind.trim().is_empty() {
        q = q.filter(referral_pathway::Column::ServiceKind.eq(kind.trim()));
    }
    let pathways = q.order_by_asc(referral_pathway::Column::Id).all(db).await?;
    let service_ids: Vec<i32> = pathways.iter().filter_map(|p| p.receiving_service_id).collect();
    let contact_ids: Vec<i32> = pathways.iter().filter_map(|p| p.receiving_contact_id).collect();
    let services: HashMap<i32, service::Model> = if service_ids.is_empty() {
        HashMap::new()
    } else {
        service::Entity::find()
            .filter(service::Column::Id.is_in(service_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|s| (s.id, s))
            .collect()
    };
    let contacts: HashMap<i32, service_contact::Model> = if contact_ids.is_empty() {
        HashMap::new()
    } else {
        service_contact::Entity::find()
            .filter(service_contact::Column::Id.is_in(contact_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect()
    };
    let mut by_route: HashMap<(String, String), Vec<MatrixEntry>> = HashMap::new();
    for p in pathways {
        let contact = p.receiving_contact_id.and_then(|id| contacts.get(&id));
        let blank = |s: &str| Some(s.to_string()).filter(|s| !s.trim().is_empty());
        by_route
            .entry((p.from_country.clone(), p.to_country.clone()))
            .or_default()
            .push(MatrixEntry {
                id: p.id,
                kind: p.service_kind.clone(),
                status: p.status.clone(),
                service: p
                    .receiving_service_id
                    .and_then(|id| services.get(&id))
                    .map(|s| s.name.clone()),
                contact_role: contact.map(|c| c.role.clone()),
                contact_phone: contact.and_then(|c| blank(&c.phone)),
                contact_email: contact.and_then(|c| blank(&c.email)),
                last_used_on: p.last_used_on,
            });
    }
    let rank = |s: &str| match s {
        "agreed" => 0,
        "suspended" => 1,
        _ => 2,
    };
    let rows = countries
        .iter()
        .map(|from| {
            countries
                .iter()
                .map(|to| {
                    let mut entries = by_route
                        .remove(&(from.code.clone(), to.code.clone()))
                        .unwrap_or_default();
                    entries.sort_by_key(|e| (rank(&e.status), e.kind.clone(), e.id));
                    MatrixCell {
                        from: from.code.clone(),
                        to: to.code.clone(),
                        entries,
                    }
                })
                .collect()
        })
        .collect();
    Ok((countries, rows))
}
