//! Keeping services fresh: the monthly "still correct?" mail to each organization's focal points
//! with a signed one-click link per service, the services the secretariat should look at (not
//! confirmed for 60 days, funding ending within 6 months), and the notices about capacity and
//! funding (see [`notices`]), and follows of services by country or kind (see [`follows`]).

pub mod follows;
pub mod monthly;
pub mod notices;

use chrono::{Duration, Months, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::auth::tokens;
use crate::error::AppError;
use entity::{person, service, user};

/// A service not confirmed for this many days is listed for the secretariat.
pub const STALE_DAYS: i64 = 60;
/// Funding that ends within this many months is listed for the secretariat.
pub const FUNDING_MONTHS: u32 = 6;
/// How long a one-click "still correct" link works.
pub const LINK_DAYS: i64 = 45;

// ---------------------------------------------------------------------------------------------
// The signed one-click link

/// The path of the signed link by which directory person `person` confirms `service`, valid
/// [`LINK_DAYS`] days from `now`.
pub fn confirm_path(secret: &[u8], service: i32, person: i32, now: chrono::DateTime<Utc>) -> String {
    let exp = (now + Duration::days(LINK_DAYS)).timestamp();
    let sig = tokens::sign(secret, &format!("service-confirm:{service}:{person}:{exp}"));
    format!("/services/{service}/still-correct/{person}/{exp}/{sig}")
}

/// Whether a link is genuine and not expired.
pub fn verify_confirm(secret: &[u8], service: i32, person: i32, exp: i64, sig: &str) -> bool {
    exp > Utc::now().timestamp() && tokens::verify(secret, &format!("service-confirm:{service}:{person}:{exp}"), sig)
}

/// The active account of directory person `p`: linked to it, or else with its address.
pub async fn account_of(db: &impl ConnectionTrait, p: &person::Model) -> Result<Option<user::Model>, AppError> {
    if let Some(u) = user::Entity::find()
        .filter(user::Column::PersonId.eq(p.id))
        .filter(user::Column::Active.eq(true))
        .one(db)
        .await?
    {
        return Ok(Some(u));
    }
    let Some(email) = p.email.as_deref().filter(|e| !e.is_empty()) else {
        return Ok(None);
    };
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email.to_lowercase()))
        .filter(user::Column::Active.eq(true))
        .one(db)
        .await?)
}

/// A service by id, or 404.
pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<service::Model, AppError> {
    service::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)
}

/// Records that the service's details were confirmed today by `user_id` (or by a focal point
/// without an account: `None`). One conditional `UPDATE` in a writing transaction; the record's
/// `version` is left alone, as nothing anyone typed changes, so an edit open elsewhere still
/// saves. The same as the services area's `confirm` (kept here so the two areas could be built
/// side by side).
pub async fn confirm(
    db: &DatabaseConnection,
    service_id: i32,
    user_id: Option<i32>,
    today: NaiveDate,
) -> Result<service::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let res = service::Entity::update_many()
        .col_expr(service::Column::VerifiedOn, Expr::value(today))
        .col_expr(service::Column::VerifiedBy, Expr::value(user_id))
        .filter(service::Column::Id.eq(service_id))
        .exec(&txn)
        .await?;
    if res.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    let s = get(&txn, service_id).await?;
    txn.commit().await?;
    Ok(s)
}

// ---------------------------------------------------------------------------------------------
// What the secretariat should look at

/// Which list of services to check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// Not confirmed for [`STALE_DAYS`] days, or never.
    Unconfirmed,
    /// Funding ends within [`FUNDING_MONTHS`] months (from today on).
    FundingEnds,
}

impl Check {
    pub fn parse(s: &str) -> Option<Check> {
        match s {
            "" | "unconfirmed" => Some(Check::Unconfirmed),
            "funding" => Some(Check::FundingEnds),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Check::Unconfirmed => "unconfirmed",
            Check::FundingEnds => "funding",
        }
    }
}

/// The last day of the window for funding that ends soon.
pub fn funding_horizon(today: NaiveDate) -> NaiveDate {
    today.checked_add_months(Months::new(FUNDING_MONTHS)).unwrap_or(today)
}

fn check_query(check: Check, today: NaiveDate) -> sea_orm::Select<service::Entity> {
    let open = service::Entity::find().filter(service::Column::Status.ne("closed"));
    match check {
        Check::Unconfirmed => open
            .filter(
                sea_orm::Condition::any()
                    .add(service::Column::VerifiedOn.is_null())
                    .add(service::Column::VerifiedOn.lt(today - Duration::days(STALE_DAYS))),
            )
            // Never confirmed first, then the longest unconfirmed.
            .order_by_desc(Expr::col(service::Column::VerifiedOn).is_null())
            .order_by_asc(service::Column::VerifiedOn)
            .order_by_asc(service::Column::Id),
        Check::FundingEnds => open
            .filter(service::Column::FundedUntil.is_not_null())
            .filter(service::Column::FundedUntil.gte(today))
            .filter(service::Column::FundedUntil.lte(funding_horizon(today)))
            .order_by_asc(service::Column::FundedUntil)
            .order_by_asc(service::Column::Id),
    }
}

/// One page of a list (`limit` rows from `offset`) and the list's total.
pub async fn to_check(
    db: &impl ConnectionTrait,
    check: Check,
    today: NaiveDate,
    offset: u64,
    limit: u64,
) -> Result<(Vec<service::Model>, u64), AppError> {
    let total = check_query(check, today).count(db).await?;
    let rows = check_query(check, today).offset(offset).limit(limit).all(db).await?;
    Ok((rows, total))
}

/// Organization names by id, for the organizations of `services`.
pub async fn organization_names(
    db: &impl ConnectionTrait,
    services: &[service::Model],
) -> Result<std::collections::HashMap<i32, String>, AppError> {
    let ids: Vec<i32> = services.iter().map(|s| s.organization_id).collect();
    if ids.is_empty() {
        return Ok(Default::default());
    }
    Ok(entity::organization::Entity::find()
        .filter(entity::organization::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}

/// One organization's services not confirmed for [`STALE_DAYS`] days (or never), as the
/// secretariat's list orders them: its members' dashboard lists them. One query.
pub async fn unconfirmed_of(
    db: &impl ConnectionTrait,
    organization_id: i32,
    today: NaiveDate,
) -> Result<Vec<service::Model>, AppError> {
    Ok(check_query(Check::Unconfirmed, today)
        .filter(service::Column::OrganizationId.eq(organization_id))
        .all(db)
        .await?)
}
