//! Referral pathways (issue 18): how a person is referred from one country to another for one
//! kind of service; the pathway matrix; and the cross-border need search ([`need_search`]).
//! Nothing here stores anything about a person referred or searched for.

mod fields;
mod matrix;
pub mod need_search;

use chrono::NaiveDate;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::services::{paging, versions};
use entity::{pathway_barrier, pathway_step, referral_pathway};

pub use fields::{BarrierInput, PathwayFields, PathwayInput, SPARE_BARRIERS, SPARE_STEPS, StepInput, field_label};
pub use matrix::{MatrixCell, MatrixEntry, matrix};

/// A pathway's status: only an agreed one is a pathway to use.
pub const STATUSES: [&str; 3] = ["draft", "agreed", "suspended"];

/// The categories of information that may travel with a referral (never the information).
pub const INFORMATION: [&str; 6] = [
    "identity_documents",
    "medical_needs",
    "language",
    "safety_risks",
    "family_situation",
    "legal_status",
];

/// Pathways a list page shows at once.
pub const PER_PAGE: u64 = 25;

/// A pathway with its steps (in order) and its legal barriers.
#[derive(Debug, Clone)]
pub struct Pathway {
    pub pathway: referral_pathway::Model,
    pub steps: Vec<pathway_step::Model>,
    pub barriers: Vec<pathway_barrier::Model>,
}

pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<referral_pathway::Model, AppError> {
    referral_pathway::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// A pathway with its steps and barriers; `NotFound` when there is none.
pub async fn full(db: &impl ConnectionTrait, id: i32) -> Result<Pathway, AppError> {
    let pathway = get(db, id).await?;
    let steps = pathway_step::Entity::find()
        .filter(pathway_step::Column::PathwayId.eq(id))
        .order_by_asc(pathway_step::Column::Position)
        .all(db)
        .await?;
    let barriers = pathway_barrier::Entity::find()
        .filter(pathway_barrier::Column::PathwayId.eq(id))
        .order_by_asc(pathway_barrier::Column::Id)
        .all(db)
        .await?;
    Ok(Pathway {
        pathway,
        steps,
        barriers,
    })
}

/// The list's filters, from the address bar or the API.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[serde(default)]
pub struct PathwayFilter {
    /// A service kind code.
    pub kind: String,
    /// draft, agreed or suspended.
    pub status: String,
    /// From country (ISO code).
    pub from: String,
    /// To country (ISO code).
    pub to: String,
    #[serde(deserialize_with = "paging::deserialize")]
    pub page: Option<u64>,
}

impl PathwayFilter {
    fn condition(&self) -> Condition {
        let mut c = Condition::all();
        for (col, v) in [
            (referral_pathway::Column::ServiceKind, &self.kind),
            (referral_pathway::Column::Status, &self.status),
            (referral_pathway::Column::FromCountry, &self.from),
            (referral_pathway::Column::ToCountry, &self.to),
        ] {
            if !v.trim().is_empty() {
                c = c.add(col.eq(v.trim()));
            }
        }
        c
    }

    /// The filters as the query string of page links.
    pub fn query_string(&self) -> String {
        paging::query_string(&[
            ("kind", &self.kind),
            ("status", &self.status),
            ("from", &self.from),
            ("to", &self.to),
        ])
    }
}

/// One page of pathways that fit `f` (from, to, kind order), the total and the page number.
pub async fn list(
    db: &impl ConnectionTrait,
    f: &PathwayFilter,
) -> Result<(Vec<referral_pathway::Model>, u64, u64), AppError> {
    let page = paging::number(f.page);
    let q = referral_pathway::Entity::find().filter(f.condition());
    let total = q.clone().count(db).await?;
    let rows = q
        .order_by_asc(referral_pathway::Column::FromCountry)
        .order_by_asc(referral_pathway::Column::ToCountry)
        .order_by_asc(referral_pathway::Column::ServiceKind)
        .order_by_asc(referral_pathway::Column::Id)
        .offset(paging::offset(page, PER_PAGE))
        .limit(PER_PAGE)
        .all(db)
        .await?;
    Ok((rows, total, page))
}

fn apply(am: &mut referral_pathway::ActiveModel, f: &PathwayInput) {
    am.from_country = Set(f.from_country.clone());
    am.to_country = Set(f.to_country.clone());
    am.service_kind = Set(f.service_kind.clone());
    am.receiving_service_id = Set(f.receiving_service_id);
    am.receiving_contact_id = Set(f.receiving_contact_id);
    am.consent_rule = Set(f.consent_rule.clone());
    am.child_consent_rule = Set(f.child_consent_rule.clone());
    am.information = Set(f.information.join(","));
    am.escort = Set(f.escort.clone());
    am.escort_cost = Set(f.escort_cost.clone());
    am.document_id = Set(f.document_id);
    am.status = Set(f.status.clone());
    am.updated_at = Set(crate::db::now());
}

/// Replaces the steps and barriers of pathway `id` with `f`'s.
async fn write_parts(db: &impl ConnectionTrait, id: i32, f: &PathwayInput) -> Result<(), AppError> {
    pathway_step::Entity::delete_many()
        .filter(pathway_step::Column::PathwayId.eq(id))
        .exec(db)
        .await?;
    pathway_barrier::Entity::delete_many()
        .filter(pathway_barrier::Column::PathwayId.eq(id))
        .exec(db)
        .await?;
    for (i, s) in f.steps.iter().enumerate() {
        pathway_step::ActiveModel {
            pathway_id: Set(id),
            position: Set(i as i32 + 1),
            actor: Set(s.actor.clone()),
            action: Set(s.action.clone()),
            max_days: Set(s.max_days),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    for b in &f.barriers {
        pathway_barrier::ActiveModel {
            pathway_id: Set(id),
            legal_topic_id: Set(b.topic_id),
            legal_country: Set(b.country.clone()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Saves a new pathway with its steps and barriers.
pub async fn create(db: &sea_orm::DatabaseConnection, f: PathwayInput) -> Result<referral_pathway::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let now = crate::db::now();
    let mut am = referral_pathway::ActiveModel {
        version: Set(1),
        created_at: Set(now),
        last_used_on: Set(None),
        ..Default::default()
    };
    apply(&mut am, &f);
    let saved = am.insert(&txn).await?;
    write_parts(&txn, saved.id, &f).await?;
    txn.commit().await?;
    Ok(saved)
}

/// Saves an edit of pathway `id` based on its version `based_on`; `StaleEdit` when someone
/// saved it in between (nothing is written then).
pub async fn update(
    db: &sea_orm::DatabaseConnection,
    id: i32,
    f: PathwayInput,
    based_on: i32,
) -> Result<referral_pathway::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let row = Condition::all().add(referral_pathway::Column::Id.eq(id));
    versions::claim::<referral_pathway::Entity>(&txn, row, referral_pathway::Column::Version, based_on).await?;
    let current = get(&txn, id).await?;
    let mut am: referral_pathway::ActiveModel = current.into();
    apply(&mut am, &f);
    let saved = am.update(&txn).await?;
    write_parts(&txn, id, &f).await?;
    txn.commit().await?;
    Ok(saved)
}

/// Records that the pathway was used on `day` (a date only, nothing about whom). Not an edit:
/// an edit form opened before stays valid.
pub async fn mark_used(db: &sea_orm::DatabaseConnection, id: i32, day: NaiveDate) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let done = referral_pathway::Entity::update_many()
        .col_expr(referral_pathway::Column::LastUsedOn, Expr::value(day))
        .filter(referral_pathway::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    txn.commit().await?;
    Ok(())
}

/// The stored comma list as codes.
pub fn codes(list: &str) -> Vec<String> {
    list.split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect()
}

/// The agreed pathway (else the first of another status) from `from` to `to` for `kind`.
pub async fn between(
    db: &impl ConnectionTrait,
    from: &str,
    to: &str,
    kind: &str,
) -> Result<Option<referral_pathway::Model>, AppError> {
    let all = referral_pathway::Entity::find()
        .filter(referral_pathway::Column::FromCountry.eq(from))
        .filter(referral_pathway::Column::ToCountry.eq(to))
        .filter(referral_pathway::Column::ServiceKind.eq(kind))
        .order_by_asc(referral_pathway::Column::Id)
        .all(db)
        .await?;
    Ok(best(all))
}

/// The one to show of several pathways for the same route: agreed first, then suspended, then
/// draft.
pub fn best(mut all: Vec<referral_pathway::Model>) -> Option<referral_pathway::Model> {
    all.sort_by_key(|p| match p.status.as_str() {
        "agreed" => 0,
        "suspended" => 1,
        _ => 2,
    });
    all.into_iter().next()
}

/// Today in time zone `tz` (Tirana's when it is not one).
pub fn today_in(tz: &str) -> NaiveDate {
    let tz: chrono_tz::Tz = tz.parse().unwrap_or(chrono_tz::Europe::Tirane);
    crate::db::now().with_timezone(&tz).date_naive()
}

/// The country of organization `org` (the searcher's; the secretariat has none).
pub async fn org_country(db: &impl ConnectionTrait, org: Option<i32>) -> Result<Option<String>, AppError> {
    let Some(org) = org else { return Ok(None) };
    Ok(entity::organization::Entity::find_by_id(org)
        .one(db)
        .await?
        .map(|o| o.country_code))
}
