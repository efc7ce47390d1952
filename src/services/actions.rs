//! Action items: what was agreed, who owns it, progress and the full change history.

use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait, LikeExpr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};
use serde::{Deserialize, Serialize};

use crate::auth::CurrentUser;
use crate::db::now;
use crate::error::{AppError, FieldErrors};
use crate::mail::Notifier;
use crate::services::action_notices;
use crate::services::{paging, validate};
use entity::{action_item, action_item_change, action_item_supporter};

pub const STATUSES: &[&str] = &["open", "in_progress", "blocked", "done", "cancelled"];
pub const PRIORITIES: &[&str] = &["low", "normal", "high"];
pub const PER_PAGE: u64 = 25;

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ItemFields {
    pub title: String,
    pub description: String,
    pub owner_org_id: Option<i32>,
    pub owner_person_id: Option<i32>,
    pub supporters: Vec<i32>,
    /// YYYY-MM-DD
    pub due_on: String,
    /// low, normal or high.
    pub priority: String,
    /// open, in_progress, blocked, done or cancelled.
    pub status: String,
    /// 0 to 100.
    pub percent: Option<i32>,
    /// ISO codes of the countries concerned.
    pub countries: Vec<String>,
    /// Comma-separated tags.
    pub tags: String,
    pub event_id: Option<i32>,
    pub agenda_item_id: Option<i32>,
    /// The legal-register entry this item follows up: topic id and country code (both or none).
    pub legal_topic_id: Option<i32>,
    pub legal_country: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ItemInput {
    pub title: String,
    pub description: Option<String>,
    pub owner_org_id: i32,
    pub owner_person_id: Option<i32>,
    pub supporters: Vec<i32>,
    pub due_on: Option<NaiveDate>,
    pub priority: String,
    pub status: String,
    pub percent: i32,
    pub countries: Option<String>,
    pub tags: Option<String>,
    pub event_id: Option<i32>,
    pub agenda_item_id: Option<i32>,
    pub legal_topic_id: Option<i32>,
    pub legal_country: Option<String>,
}

impl ItemFields {
    pub async fn parse(&self, db: &impl ConnectionTrait) -> Result<ItemInput, AppError> {
        let mut e = FieldErrors::default();
        let title = validate::required(&mut e, "title", &self.title, 300);
        validate::one_line(&mut e, "title", &Some(title.clone()));
        let description = validate::optional(&mut e, "description", &self.description, 10_000);
        let owner_org_id = match self.owner_org_id {
            Some(id) if entity::organization::Entity::find_by_id(id).one(db).await?.is_some() => id,
            _ => {
                e.add("owner_org_id", "Choose the organization that owns this item.");
                0
            }
        };
        if let Some(pid) = self.owner_person_id {
            match entity::person::Entity::find_by_id(pid).one(db).await? {
                Some(p) if p.organization_id == owner_org_id => {}
                _ => e.add("owner_person_id", "Choose a person of the owner organization."),
            }
        }
        let mut supporters = vec![];
        for id in &self.supporters {
            if *id == owner_org_id || supporters.contains(id) {
                continue;
            }
            if entity::organization::Entity::find_by_id(*id).one(db).await?.is_none() {
                e.add("supporters", "Choose supporting organizations from the list.");
            }
            supporters.push(*id);
        }
        let due_on = validate::date(&mut e, "due_on", &self.due_on);
        let priority = if self.priority.trim().is_empty() {
            "normal".to_string()
        } else {
            validate::choice(&mut e, "priority", &self.priority, PRIORITIES)
        };
        let status = if self.status.trim().is_empty() {
            "open".to_string()
        } else {
            validate::choice(&mut e, "status", &self.status, STATUSES)
        };
        let percent = self.percent.unwrap_or(if status == "done" { 100 } else { 0 });
        if !(0..=100).contains(&percent) {
            e.add("percent", "Enter a percentage from 0 to 100.");
        }
        let mut codes = vec![];
        for c in &self.countries {
            let c = c.trim().to_uppercase();
            if c.is_empty() || codes.contains(&c) {
                continue;
            }
            if entity::country::Entity::find_by_id(c.clone()).one(db).await?.is_none() {
                e.add("countries", "Choose countries from the list.");
            }
            codes.push(c);
        }
        let tags: Vec<String> = self
            .tags
            .split(',')
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty())
            .collect();
        let tags = validate::optional(&mut e, "tags", &tags.join(", "), 300);
        if let Some(ev) = self.event_id
            && entity::event::Entity::find_by_id(ev).one(db).await?.is_none()
        {
            e.add("event_id", "Choose an event from the list.");
        }
        if let Some(item) = self.agenda_item_id {
            match entity::agenda_item::Entity::find_by_id(item).one(db).await? {
                Some(i) if Some(i.event_id) == self.event_id => {}
                _ => e.add("agenda_item_id", "Choose an agenda item of the chosen event."),
            }
        }
        let legal_country = self
            .legal_country
            .as_deref()
            .map(|c| c.trim().to_uppercase())
            .filter(|c| !c.is_empty());
        match (self.legal_topic_id, &legal_country) {
            (None, None) => {}
            (Some(t), Some(c)) => {
                let topic_ok = entity::legal_topic::Entity::find_by_id(t).one(db).await?.is_some();
                let country_ok = entity::country::Entity::find_by_id(c.clone()).one(db).await?.is_some();
                if !topic_ok || !country_ok {
                    e.add("legal_topic_id", "Choose an entry of the legal register.");
                }
            }
            _ => e.add(
                "legal_topic_id",
                "A legal-register link needs both a topic and a country.",
            ),
        }
        e.into_result()?;
        Ok(ItemInput {
            title,
            description,
            owner_org_id,
            owner_person_id: self.owner_person_id,
            supporters,
            due_on,
            priority,
            status,
            percent,
            countries: (!codes.is_empty()).then(|| codes.join(",")),
            tags,
            event_id: self.event_id,
            agenda_item_id: self.agenda_item_id,
            legal_topic_id: self.legal_topic_id,
            legal_country,
        })
    }

    pub fn from_model(i: &action_item::Model, supporters: Vec<i32>) -> Self {
        ItemFields {
            title: i.title.clone(),
            description: i.description.clone().unwrap_or_default(),
            owner_org_id: Some(i.owner_org_id),
            owner_person_id: i.owner_person_id,
            supporters,
            due_on: i.due_on.map(|d| d.to_string()).unwrap_or_default(),
            priority: i.priority.clone(),
            status: i.status.clone(),
            percent: Some(i.percent),
            countries: i
                .countries
                .as_deref()
                .map(|c| c.split(',').map(str::to_string).collect())
                .unwrap_or_default(),
            tags: i.tags.clone().unwrap_or_default(),
            event_id: i.event_id,
            agenda_item_id: i.agenda_item_id,
            legal_topic_id: i.legal_topic_id,
            legal_country: i.legal_country.clone(),
        }
    }
}

pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<action_item::Model, AppError> {
    action_item::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn supporters_of(db: &impl ConnectionTrait, id: i32) -> Result<Vec<i32>, AppError> {
    Ok(action_item_supporter::Entity::find()
        .filter(action_item_supporter::Column::ItemId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.organization_id)
        .collect())
}

async fn set_supporters(db: &impl ConnectionTrait, id: i32, orgs: &[i32]) -> Result<(), AppError> {
    action_item_supporter::Entity::delete_many()
        .filter(action_item_supporter::Column::ItemId.eq(id))
        .exec(db)
        .await?;
    for o in orgs {
        action_item_supporter::ActiveModel {
            item_id: Set(id),
            organization_id: Set(*o),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

async fn log(
    db: &impl ConnectionTrait,
    item: i32,
    user: Option<i32>,
    field: &str,
    old: Option<String>,
    new: Option<String>,
    comment: Option<String>,
) -> Result<(), AppError> {
    action_item_change::ActiveModel {
        item_id: Set(item),
        user_id: Set(user),
        field: Set(field.to_string()),
        old_value: Set(old),
        new_value: Set(new),
        comment: Set(comment),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

pub async fn create(
    db: &DatabaseConnection,
    i: ItemInput,
    author: Option<i32>,
    notifier: Option<&Notifier<'_>>,
) -> Result<action_item::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let t = now();
    let item = action_item::ActiveModel {
        title: Set(i.title),
        description: Set(i.description),
        owner_org_id: Set(i.owner_org_id),
        owner_person_id: Set(i.owner_person_id),
        due_on: Set(i.due_on),
        priority: Set(i.priority),
        status: Set(i.status),
        percent: Set(i.percent),
        countries: Set(i.countries),
        tags: Set(i.tags),
        event_id: Set(i.event_id),
        agenda_item_id: Set(i.agenda_item_id),
        legal_topic_id: Set(i.legal_topic_id),
        legal_country: Set(i.legal_country),
        created_by: Set(author),
        created_at: Set(t),
        updated_at: Set(t),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    set_supporters(&txn, item.id, &i.supporters).await?;
    log(&txn, item.id, author, "created", None, Some(item.title.clone()), None).await?;
    if let Some(n) = notifier {
        let key = format!("action:{}:assigned:{}", item.id, item.owner_org_id);
        action_notices::send(&txn, n, &item, "assigned", None, author, &key).await?;
    }
    txn.commit().await?;
    Ok(item)
}

fn opt<T: ToString>(v: &Option<T>) -> Option<String> {
    v.as_ref().map(|x| x.to_string())
}

/// Saves new values; every field that changed is logged (old, new, who, when).
/// Saves an edit based on version `based_on`; `StaleEdit` when the item moved on.
pub async fn update(
    db: &DatabaseConnection,
    id: i32,
    i: ItemInput,
    author: Option<i32>,
    notifier: Option<&Notifier<'_>>,
    based_on: i32,
) -> Result<action_item::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let row = sea_orm::Condition::all().add(action_item::Column::Id.eq(id));
    crate::services::versions::claim::<action_item::Entity>(&txn, row.clone(), action_item::Column::Version, based_on)
        .await?;
    let old = get(&txn, id).await?;
    let old_supporters = supporters_of(&txn, id).await?;
    let changes: Vec<(&str, Option<String>, Option<String>)> = vec![
        ("title", Some(old.title.clone()), Some(i.title.clone())),
        ("description", old.description.clone(), i.description.clone()),
        (
            "owner_org_id",
            Some(old.owner_org_id.to_string()),
            Some(i.owner_org_id.to_string()),
        ),
        ("owner_person_id", opt(&old.owner_person_id), opt(&i.owner_person_id)),
        ("due_on", opt(&old.due_on), opt(&i.due_on)),
        ("priority", Some(old.priority.clone()), Some(i.priority.clone())),
        ("status", Some(old.status.clone()), Some(i.status.clone())),
        ("percent", Some(old.percent.to_string()), Some(i.percent.to_string())),
        ("countries", old.countries.clone(), i.countries.clone()),
        ("tags", old.tags.clone(), i.tags.clone()),
        ("event_id", opt(&old.event_id), opt(&i.event_id)),
        ("agenda_item_id", opt(&old.agenda_item_id), opt(&i.agenda_item_id)),
        ("legal_topic_id", opt(&old.legal_topic_id), opt(&i.legal_topic_id)),
        ("legal_country", old.legal_country.clone(), i.legal_country.clone()),
    ];
    let mut changed = false;
    for (field, a, b) in changes {
        if a != b {
            changed = true;
            log(&txn, id, author, field, a, b, None).await?;
        }
    }
    let mut sorted_old = old_supporters.clone();
    let mut sorted_new = i.supporters.clone();
    sorted_old.sort_unstable();
    sorted_new.sort_unstable();
    if sorted_old != sorted_new {
        changed = true;
        let join = |v: &[i32]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(",");
        log(
            &txn,
            id,
            author,
            "supporters",
            Some(join(&sorted_old)),
            Some(join(&sorted_new)),
            None,
        )
        .await?;
    }
    if !changed {
        // An unchanged save gives the claimed version back.
        crate::services::versions::release::<action_item::Entity>(&txn, row, action_item::Column::Version).await?;
        txn.commit().await?;
        return Ok(action_item::Model {
            version: based_on,
            ..old
        });
    }
    let (old_owner, old_status) = (old.owner_org_id, old.status.clone());
    let mut am: action_item::ActiveModel = old.into();
    am.title = Set(i.title);
    am.description = Set(i.description);
    am.owner_org_id = Set(i.owner_org_id);
    am.owner_person_id = Set(i.owner_person_id);
    am.due_on = Set(i.due_on);
    am.priority = Set(i.priority);
    am.status = Set(i.status);
    am.percent = Set(i.percent);
    am.countries = Set(i.countries);
    am.tags = Set(i.tags);
    am.event_id = Set(i.event_id);
    am.agenda_item_id = Set(i.agenda_item_id);
    am.legal_topic_id = Set(i.legal_topic_id);
    am.legal_country = Set(i.legal_country.clone());
    am.updated_at = Set(now());
    let item = am.update(&txn).await?;
    set_supporters(&txn, id, &i.supporters).await?;
    if let Some(n) = notifier {
        let stamp = item.updated_at.timestamp_micros();
        if item.owner_org_id != old_owner {
            let key = format!("action:{}:assigned:{}", item.id, item.owner_org_id);
            action_notices::send(&txn, n, &item, "assigned", None, author, &key).await?;
        }
        if item.status != old_status {
            let detail = format!("{old_status} → {}", item.status);
            let key = format!("action:{}:status:{stamp}", item.id);
            action_notices::send(&txn, n, &item, "status", Some(detail), author, &key).await?;
        }
    }
    txn.commit().await?;
    Ok(item)
}

/// A progress update: a comment, optionally with a new status and percent complete.
pub async fn comment(
    db: &DatabaseConnection,
    id: i32,
    author: Option<i32>,
    text: &str,
    status: &str,
    percent: &str,
    notifier: Option<&Notifier<'_>>,
) -> Result<action_item::Model, AppError> {
    let mut e = FieldErrors::default();
    let text = validate::optional(&mut e, "comment", text, 5000);
    let status = match status.trim() {
        "" => None,
        s => Some(validate::choice(&mut e, "status", s, STATUSES)),
    };
    let percent = match percent.trim() {
        "" => None,
        p => match p.parse::<i32>() {
            Ok(n) if (0..=100).contains(&n) => Some(n),
            _ => {
                e.add("percent", "Enter a percentage from 0 to 100.");
                None
            }
        },
    };
    if text.is_none() && status.is_none() && percent.is_none() {
        e.add("comment", "Write a comment or choose a new status or percentage.");
    }
    e.into_result()?;
    let txn = crate::db::begin_write(db).await?;
    let old = get(&txn, id).await?;
    let mut am: action_item::ActiveModel = old.clone().into();
    let mut logged_comment = false;
    if let Some(s) = status.filter(|s| *s != old.status) {
        log(
            &txn,
            id,
            author,
            "status",
            Some(old.status.clone()),
            Some(s.clone()),
            text.clone(),
        )
        .await?;
        logged_comment = true;
        if s == "done" && percent.is_none() && old.percent != 100 {
            log(
                &txn,
                id,
                author,
                "percent",
                Some(old.percent.to_string()),
                Some("100".into()),
                None,
            )
            .await?;
            am.percent = Set(100);
        }
        am.status = Set(s);
    }
    if let Some(p) = percent.filter(|p| *p != old.percent) {
        log(
            &txn,
            id,
            author,
            "percent",
            Some(old.percent.to_string()),
            Some(p.to_string()),
            if logged_comment { None } else { text.clone() },
        )
        .await?;
        logged_comment = true;
        am.percent = Set(p);
    }
    if !logged_comment && text.is_some() {
        log(&txn, id, author, "comment", None, None, text.clone()).await?;
    }
    am.updated_at = Set(now());
    let mut item = am.update(&txn).await?;
    // A progress update changes the item too: an edit form opened before it is stale now.
    action_item::Entity::update_many()
        .col_expr(
            action_item::Column::Version,
            sea_orm::sea_query::ExprTrait::add(sea_orm::sea_query::Expr::col(action_item::Column::Version), 1),
        )
        .filter(action_item::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    item.version += 1;
    if let Some(n) = notifier {
        let stamp = item.updated_at.timestamp_micros();
        let (kind, detail) = if item.status != old.status {
            let note = text.as_deref().map(|t| format!("\n{t}")).unwrap_or_default();
            ("status", Some(format!("{} → {}{note}", old.status, item.status)))
        } else {
            ("comment", text.clone())
        };
        let key = format!("action:{}:{kind}:{stamp}", item.id);
        action_notices::send(&txn, n, &item, kind, detail, author, &key).await?;
    }
    txn.commit().await?;
    Ok(item)
}

pub async fn timeline(db: &impl ConnectionTrait, id: i32) -> Result<Vec<action_item_change::Model>, AppError> {
    Ok(action_item_change::Entity::find()
        .filter(action_item_change::Column::ItemId.eq(id))
        .order_by_desc(action_item_change::Column::CreatedAt)
        .order_by_desc(action_item_change::Column::Id)
        .all(db)
        .await?)
}

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
        let mut s = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("view", &self.view),
            ("status", &self.status),
            ("country", &self.country),
            ("due_from", &self.due_from),
            ("due_to", &self.due_to),
            ("tag", &self.tag),
            ("sort", &self.sort),
        ] {
            if !v.trim().is_empty() {
                s.append_pair(k, v.trim());
            }
        }
        if let Some(o) = self.owner {
            s.append_pair("owner", &o.to_string());
        }
        if let Some(e) = self.event {
            s.append_pair("event", &e.to_string());
        }
        s.finish()
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
            "mine" => {
                c = c.add(
                    action_item::Column::OwnerPersonId.in_subquery(
                        Query::select()
                            .column(entity::person::Column::Id)
                            .from(entity::person::Entity)
                            .and_where(Expr::col(entity::person::Column::Email).eq(user.email.clone()))
                            .to_owned(),
                    ),
                )
            }
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
    // Counted inside the database (COUNT over a LIMITed subquery), so no ids cross over.
    use sea_orm::QueryTrait;
    let capped = action_item::Entity::find()
        .filter(cond.clone())
        .select_only()
        .column(action_item::Column::Id)
        .limit(COUNT_CAP + 1)
        .into_query();
    let count_stmt = Query::select()
        .expr_as(Expr::cust("COUNT(*)"), sea_orm::sea_query::Alias::new("n"))
        .from_subquery(capped, sea_orm::sea_query::Alias::new("m"))
        .to_owned();
    let backend = db.get_database_backend();
    let total = db
        .query_one_raw(backend.build(&count_stmt))
        .await?
        .map(|r| r.try_get::<i64>("", "n"))
        .transpose()?
        .unwrap_or(0) as u64;
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
    use sea_orm::{QuerySelect, QueryTrait};
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
    let capped = owned()
        .select_only()
        .column(action_item::Column::Id)
        .limit(COUNT_CAP + 1)
        .into_query();
    let count_stmt = Query::select()
        .expr_as(Expr::cust("COUNT(*)"), sea_orm::sea_query::Alias::new("n"))
        .from_subquery(capped, sea_orm::sea_query::Alias::new("m"))
        .to_owned();
    let owned_count = db
        .query_one_raw(db.get_database_backend().build(&count_stmt))
        .await?
        .map(|r| r.try_get::<i64>("", "n"))
        .transpose()?
        .unwrap_or(0) as u64;
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

/// Bulk change by the secretariat: a new status and/or a new owner for several items. Each
/// change is logged as usual. Returns how many items changed.
pub async fn bulk(
    db: &DatabaseConnection,
    ids: &[i32],
    status: Option<&str>,
    owner: Option<i32>,
    author: Option<i32>,
    notifier: Option<&Notifier<'_>>,
) -> Result<usize, AppError> {
    let mut e = FieldErrors::default();
    if let Some(s) = status {
        validate::choice(&mut e, "bulk_status", s, STATUSES);
    }
    if let Some(o) = owner
        && entity::organization::Entity::find_by_id(o).one(db).await?.is_none()
    {
        e.add("bulk_owner", "Choose an organization from the list.");
    }
    if status.is_none() && owner.is_none() {
        e.add("bulk_status", "Choose a new status or a new owner.");
    }
    if ids.is_empty() {
        e.add("ids", "Tick the items to change.");
    }
    e.into_result()?;
    let mut changed = 0;
    for id in ids {
        let item = get(db, *id).await?;
        let supporters = supporters_of(db, *id).await?;
        let mut fields = ItemFields::from_model(&item, supporters);
        if let Some(s) = status {
            fields.status = s.to_string();
            if s == "done" {
                fields.percent = Some(100);
            }
        }
        if let Some(o) = owner {
            fields.owner_org_id = Some(o);
            // A person of the old owner cannot stay the owner person.
            fields.owner_person_id = None;
        }
        let input = fields.parse(db).await?;
        // Based on the item as just read: a change saved in between is not overwritten.
        update(db, *id, input, author, notifier, item.version).await?;
        changed += 1;
    }
    Ok(changed)
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
