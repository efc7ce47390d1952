//! Action items: what was agreed, who owns it, progress and the full change history.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::auth::{Action, CurrentUser};
use crate::error::AppError;
use entity::{action_item, action_item_change, action_item_supporter};

mod changes;
mod input;
mod queries;

pub use changes::{bulk, comment, create, update};
pub use input::{ItemFields, ItemInput};
pub use queries::{
    COUNT_CAP, ItemFilter, all_matching, for_feed, list, matters_arising, open_for_org, overdue, status_on,
    without_owner_person,
};

pub const STATUSES: &[&str] = &["open", "in_progress", "blocked", "done", "cancelled"];
pub const PRIORITIES: &[&str] = &["low", "normal", "high"];
pub const PER_PAGE: u64 = 25;

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

/// What editing `item` asks of the policy: the owner, and whether `user`'s organization
/// supports the item.
pub async fn edit_action(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    item: &action_item::Model,
) -> Result<Action, AppError> {
    let supporters = supporters_of(db, item.id).await?;
    let supporter = user
        .and_then(|u| u.organization_id)
        .is_some_and(|o| supporters.contains(&o));
    Ok(Action::EditActionItem {
        owner_org: item.owner_org_id,
        supporter,
    })
}

pub async fn timeline(db: &impl ConnectionTrait, id: i32) -> Result<Vec<action_item_change::Model>, AppError> {
    Ok(action_item_change::Entity::find()
        .filter(action_item_change::Column::ItemId.eq(id))
        .order_by_desc(action_item_change::Column::CreatedAt)
        .order_by_desc(action_item_change::Column::Id)
        .all(db)
        .await?)
}
