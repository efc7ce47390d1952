//! Reading action items: the filtered list, feeds, dashboards, status on a past day and matters
//! arising.

use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait, LikeExpr, Query};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::paging;
use entity::{action_item, action_item_change, action_item_supporter};

use super::PER_PAGE;

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[serde(default)]
pub struct ItemFilter {
    /// all (default), mine, org, overdue
    pub view: String,
    pub status: String,
    pub owner: Option<i32>,
    pub country: String,
    pub event: Option<i32>,
    /// YYYY-MM-DD
    pub due_from: String,
    pub due_to: String,
    pub tag: String,
    /// due (default), priority, updated, title
    pub sort: String,
    #[serde(deserialize_with = "crate::services::paging::deserialize")]
    pub page: Option<u64>,
}

impl ItemFilter {
    pub fn query_string(&self) -> String {
        let owner = self.owner.map(|o| o.to_string()).unwrap_or_default();
        let event = self.event.map(|e| e.to_string()).unwrap_or_default();
        paging::query_string(&[
            ("view", &self.view),
            ("status", &self.status),
            ("country", &self.country),
            ("due_from", &self.due_from),
            ("due_to", &self.due_to),
            ("tag", &self.tag),
            ("sort", &self.sort),
            ("owner", &owner),
            ("event", &event),
        ])
    }

    fn condition(&self, user: &CurrentUser, today: NaiveDate) -> Condition {
        let mut c = Condition::all();
        // Owned or supported, as one id list (a UNION lets SQLite use both indexes; an OR made it
        // scan the whole table).
        let org_items = |org: i32| {
            Condition::all().add(
                action_item::Column::Id.in_subquery(
                    Query::select()
                        .column(action_item::Column::Id)
                        .from(action_item::Entity)
                        .and_where(Expr::col(action_item::Column::OwnerOrgId).eq(org))
                        // With a status filter, narrow the owned part on the (owner, status) index.
                        .and_where_option(
                            Some(self.status.trim())
                                .filter(|st| !st.is_empty())
                                .map(|st| Expr::col(action_item::Column::Status).eq(st)),
                        )
                        .union(
                            sea_orm::sea_query::UnionType::Distinct,
                            Query::select()
                                .column(action_item_supporter::Column::ItemId)
                                .from(action_item_supporter::Entity)
                                .and_where(Expr::col(action_item_supporter::Column::OrganizationId).eq(org))
                                .to_owned(),
                        )
                        .to_owned(),
                ),
            )
        };
        match self.view.as_str() {
            "mine" => c = c.add(mine(user)),
            "org" => c = c.add(org_items(user.organization_id.unwrap_or(-1))),
            "overdue" => {
                c = c
                    .add(action_item::Column::DueOn.lt(today))
                    .add(action_item::Column::Status.is_in(["open", "in_progress", "blocked"]))
            }
            _ => {}
        }
        if !self.status.trim().is_empty() {
            c = c.add(action_item::Column::Status.eq(self.status.trim()));
        }
        if let Some(o) = self.owner {
            c = c.add(action_item::Column::OwnerOrgId.eq(o));
        }
        if let Some(e) = self.event {
            c = c.add(action_item::Column::EventId.eq(e));
        }
        let code = self.country.trim().to_uppercase();
        if code.len() == 2 {
            c = c.add(Expr::col(action_item::Column::Countries).like(LikeExpr::new(format!("%{code}%"))));
        }
        if let Ok(d) = NaiveDate::parse_from_str(self.due_from.trim(), "%Y-%m-%d") {
            c = c.add(action_item::Column::DueOn.gte(d));
        }
        if let Ok(d) = NaiveDate::parse_from_str(self.due_to.trim(), "%Y-%m-%d") {
            c = c.add(action_item::Column::DueOn.lte(d));
        }
        let tag = self.tag.trim().to_lowercase().replace(['%', '_', '\\'], "");
        if !tag.is_empty() {
            c = c.add(Expr::col(action_item::Column::Tags).like(LikeExpr::new(format!("%{tag}%"))));
        }
        c
    }
}

/// What a user is responsible for: items owned by the directory person their account belongs to
/// (or, for an account not linked yet, a person with their address), and the items of the
/// organization they are focal point or deputy focal point of.
fn mine(user: &CurrentUser) -> Condition {
    use entity::person;
    let me = match user.person_id {
        Some(pid) => Expr::col(person::Column::Id).eq(pid),
        None => Expr::col(person::Column::Email).eq(user.email.clone()),
    };
    Condition::any()
        .add(
            action_item::Column::OwnerPersonId.in_subquery(
                Query::select()
                    .column(person::Column::Id)
                    .from(person::Entity)
                    .and_where(me.clone())
                    .to_owned(),
            ),
        )
        .add(
            action_item::Column::OwnerOrgId.in_subquery(
                Query::select()
                    .column(person::Column::OrganizationId)
                    .from(person::Entity)
                    .and_where(me)
                    .and_where(Expr::col(person::Column::Archived).eq(false))
                    .and_where(Expr::col(person::Column::NetworkRole).is_in(["focal_point", "deputy_focal_point"]))
                    .to_owned(),
            ),
        )
}

fn sorted(q: sea_orm::Select<action_item::Entity>, sort: &str) -> sea_orm::Select<action_item::Entity> {
    match sort {
        "updated" => q.order_by_desc(action_item::Column::UpdatedAt),
        "title" => q.order_by_asc(action_item::Column::Title),
        "priority" => q
            .order_by_desc(action_item::Column::Priority)
            .order_by_asc(action_item::Column::DueOn),
        _ => q.order_by_asc(action_item::Column::DueOn),
    }
    .order_by_asc(action_item::Column::Id)
}

/// Sorting for views that already pick a small set of ids ("mine", "org"): by due date with
/// undated items last, as an expression, so the database sorts that small set instead of
/// walking the whole due-date index and probing each row.
fn sorted_small(q: sea_orm::Select<action_item::Entity>, sort: &str, pg: bool) -> sea_orm::Select<action_item::Entity> {
    use sea_orm::sea_query::{Alias, Func};
    match sort {
        "updated" | "title" | "priority" => sorted(q, sort),
        _ => {
            let args: [Expr; 2] = [
                Expr::col((action_item::Entity, action_item::Column::DueOn)),
                // SQLite keeps dates as text, PostgreSQL as dates: the far-future stand-in matches.
                if pg {
                    Expr::from(Func::cast_as("9999-12-31", Alias::new("date")))
                } else {
                    Expr::val("9999-12-31")
                },
            ];
            let due = Expr::from(Func::coalesce(args));
            q.order_by(due, sea_orm::Order::Asc)
                .order_by_asc(action_item::Column::Id)
        }
    }
}

/// How many items `query` matches, counted up to [`COUNT_CAP`] + 1 inside the database (COUNT
/// over a LIMITed subquery), so no ids cross over.
async fn capped_count(db: &impl ConnectionTrait, query: sea_orm::Select<action_item::Entity>) -> Result<u64, AppError> {
    use sea_orm::{QuerySelect, QueryTrait};
    let capped = query
        .select_only()
        .column(action_item::Column::Id)
        .limit(COUNT_CAP + 1)
        .into_query();
    let count_stmt = Query::select()
        .expr_as(Expr::cust("COUNT(*)"), sea_orm::sea_query::Alias::new("n"))
        .from_subquery(capped, sea_orm::sea_query::Alias::new("m"))
        .to_owned();
    Ok(db
        .query_one_raw(db.get_database_backend().build(&count_stmt))
        .await?
        .map(|r| r.try_get::<i64>("", "n"))
        .transpose()?
        .unwrap_or(0) as u64)
}

pub async fn list(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    f: &ItemFilter,
    today: NaiveDate,
) -> Result<(Vec<action_item::Model>, u64, u64), AppError> {
    use sea_orm::QuerySelect;
    let page = paging::number(f.page);
    if let Some((items, total)) = org_page_by_index(db, user, f, page).await? {
        return Ok((items, total, page));
    }
    let cond = f.condition(user, today);
    // Counting every match of a large table costs more than the page itself; count up to the
    // cap and let the page say "more than 1,000" past it.
    let total = capped_count(db, action_item::Entity::find().filter(cond.clone())).await?;
    let query = action_item::Entity::find().filter(cond);
    let pg = db.get_database_backend() == sea_orm::DbBackend::Postgres;
    let query = if matches!(f.view.as_str(), "mine" | "org") {
        sorted_small(query, &f.sort, pg)
    } else {
        sorted(query, &f.sort)
    };
    let items = query
        .offset(paging::offset(page, PER_PAGE))
        .limit(PER_PAGE)
        .all(db)
        .await?;
    Ok((items, total, page))
}

/// "My organization's items" with a status filter and the default order, read in order from
/// the (owner, status, due date) index: the first `page x 25` owned items with a date, the
/// undated ones, and the supported items, merged. The page costs the same at 1,000 and at
/// 100,000 items instead of sorting every owned item. `None` when other filters apply (the
/// general query handles those).
async fn org_page_by_index(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    f: &ItemFilter,
    page: u64,
) -> Result<Option<(Vec<action_item::Model>, u64)>, AppError> {
    use sea_orm::QuerySelect;
    let status = f.status.trim();
    let simple = f.view == "org"
        && !status.is_empty()
        && matches!(f.sort.as_str(), "" | "due")
        && f.owner.is_none()
        && f.event.is_none()
        && f.country.trim().is_empty()
        && f.tag.trim().is_empty()
        && f.due_from.trim().is_empty()
        && f.due_to.trim().is_empty();
    let Some(org) = user.organization_id.filter(|_| simple) else {
        return Ok(None);
    };
    let need = paging::offset(page, PER_PAGE).saturating_add(PER_PAGE);
    let owned = || {
        action_item::Entity::find()
            .filter(action_item::Column::OwnerOrgId.eq(org))
            .filter(action_item::Column::Status.eq(status))
    };
    let mut items = owned()
        .filter(action_item::Column::DueOn.is_not_null())
        .order_by_asc(action_item::Column::DueOn)
        .order_by_asc(action_item::Column::Id)
        .limit(need)
        .all(db)
        .await?;
    if (items.len() as u64) < need {
        items.extend(
            owned()
                .filter(action_item::Column::DueOn.is_null())
                .order_by_asc(action_item::Column::Id)
                .limit(need)
                .all(db)
                .await?,
        );
    }
    let supported = action_item::Entity::find()
        .filter(
            action_item::Column::Id.in_subquery(
                Query::select()
                    .column(action_item_supporter::Column::ItemId)
                    .from(action_item_supporter::Entity)
                    .and_where(Expr::col(action_item_supporter::Column::OrganizationId).eq(org))
                    .to_owned(),
            ),
        )
        .filter(action_item::Column::Status.eq(status))
        .filter(action_item::Column::OwnerOrgId.ne(org))
        .all(db)
        .await?;
    // The count, capped like the general one: owned items from the covering index alone.
    let owned_count = capped_count(db, owned()).await?;
    let total = Ord::min(owned_count + supported.len() as u64, COUNT_CAP + 1);
    items.extend(supported);
    // Undated last, then by id: the same order as the general query.
    items.sort_by_key(|i| (i.due_on.is_none(), i.due_on, i.id));
    items.dedup_by_key(|i| i.id);
    Ok(Some((
        items
            .into_iter()
            .skip(usize::try_from(paging::offset(page, PER_PAGE)).unwrap_or(usize::MAX))
            .take(PER_PAGE as usize)
            .collect(),
        total,
    )))
}

/// Lists count matches up to this; past it they report `COUNT_CAP + 1`.
pub const COUNT_CAP: u64 = 1000;

pub async fn all_matching(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    f: &ItemFilter,
    today: NaiveDate,
) -> Result<Vec<action_item::Model>, AppError> {
    Ok(
        sorted(action_item::Entity::find().filter(f.condition(user, today)), &f.sort)
            .all(db)
            .await?,
    )
}

/// Items with a due date that concern the user's organization (owned or supported), for VTODOs.
pub async fn for_feed(db: &impl ConnectionTrait, org: i32) -> Result<Vec<action_item::Model>, AppError> {
    let f = ItemFilter {
        view: "org".into(),
        ..Default::default()
    };
    let user = CurrentUser {
        id: 0,
        name: String::new(),
        email: String::new(),
        role: crate::auth::Role::Member,
        organization_id: Some(org),
        person_id: None,
        language: "en".into(),
        time_zone: "Europe/Tirane".into(),
        legal_reviewer: false,
    };
    use sea_orm::QuerySelect;
    Ok(action_item::Entity::find()
        .filter(f.condition(&user, chrono::Utc::now().date_naive()))
        .filter(action_item::Column::DueOn.is_not_null())
        .order_by_desc(action_item::Column::DueOn)
        .limit(1000)
        .all(db)
        .await?)
}

/// Status of each item of `items` at the end of `day`, rebuilt from the change history.
pub async fn status_on(
    db: &impl ConnectionTrait,
    items: &[action_item::Model],
    day: NaiveDate,
) -> Result<Vec<Option<String>>, AppError> {
    let end = day.and_hms_opt(23, 59, 59).unwrap_or_default().and_utc();
    let mut out = vec![];
    for i in items {
        if i.created_at > end {
            out.push(None);
            continue;
        }
        let changes: Vec<action_item_change::Model> = action_item_change::Entity::find()
            .filter(action_item_change::Column::ItemId.eq(i.id))
            .filter(action_item_change::Column::Field.eq("status"))
            .order_by_asc(action_item_change::Column::CreatedAt)
            .all(db)
            .await?;
        // Before its first status change an item had that change's old value.
        let mut status = changes
            .first()
            .and_then(|c| c.old_value.clone())
            .unwrap_or_else(|| i.status.clone());
        for c in changes.iter().filter(|c| c.created_at <= end) {
            status = c.new_value.clone().unwrap_or(status);
        }
        out.push(Some(status));
    }
    Ok(out)
}

/// Open items (not done or cancelled) of an organization (owned or supported), by due date.
pub async fn open_for_org(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    limit: u64,
) -> Result<Vec<action_item::Model>, AppError> {
    use sea_orm::QuerySelect;
    let f = ItemFilter {
        view: "org".into(),
        ..Default::default()
    };
    Ok(action_item::Entity::find()
        .filter(f.condition(user, chrono::Utc::now().date_naive()))
        .filter(action_item::Column::Status.is_not_in(["done", "cancelled"]))
        .order_by_asc(action_item::Column::DueOn)
        .limit(limit)
        .all(db)
        .await?)
}

/// Overdue items, for the secretariat's dashboard.
pub async fn overdue(db: &impl ConnectionTrait, today: NaiveDate) -> Result<Vec<action_item::Model>, AppError> {
    Ok(action_item::Entity::find()
        .filter(action_item::Column::DueOn.lt(today))
        .filter(action_item::Column::Status.is_not_in(["done", "cancelled"]))
        .all(db)
        .await?)
}

/// Open items with no owner person.
pub async fn without_owner_person(db: &impl ConnectionTrait) -> Result<u64, AppError> {
    Ok(action_item::Entity::find()
        .filter(action_item::Column::OwnerPersonId.is_null())
        .filter(action_item::Column::Status.is_not_in(["done", "cancelled"]))
        .count(db)
        .await?)
}

/// Open items from earlier meetings of the same series as `event` ("matters arising").
pub async fn matters_arising(
    db: &impl ConnectionTrait,
    event: &entity::event::Model,
) -> Result<Vec<action_item::Model>, AppError> {
    let series = event.series_id.unwrap_or(event.id);
    let earlier: Vec<i32> = entity::event::Entity::find()
        .filter(
            Condition::any()
                .add(entity::event::Column::Id.eq(series))
                .add(entity::event::Column::SeriesId.eq(series)),
        )
        .filter(entity::event::Column::StartsAt.lt(event.starts_at))
        .filter(entity::event::Column::Id.ne(event.id))
        .all(db)
        .await?
        .into_iter()
        .map(|e| e.id)
        .collect();
    if earlier.is_empty() {
        return Ok(vec![]);
    }
    Ok(action_item::Entity::find()
        .filter(action_item::Column::EventId.is_in(earlier))
        .filter(action_item::Column::Status.is_not_in(["done", "cancelled"]))
        .order_by_asc(action_item::Column::DueOn)
        .all(db)
        .await?)
}
