//! Service pages (`/services`): the list with capacity totals, a service's details with its
//! contact points and capacity figures, and the forms to add and edit them.
//!
//! Services are network information: every page needs a signed-in user (anonymous visitors
//! see nothing of them).

use actix_web::web;
use std::collections::HashMap;

use crate::auth::Action;
use crate::error::AppError;
use crate::services::support as sp;
use crate::views::Page;
use entity::{organization, service};

mod pages;
mod parts;

pub use pages::{confirm, create, edit_form, index, new_form, show, update};
pub use parts::{
    capacity_create, capacity_delete, capacity_delete_form, capacity_edit, capacity_new, capacity_update,
    contact_create, contact_delete, contact_delete_form, contact_edit, contact_new, contact_update,
};

/// The service of the path (404 when there is none), for someone who may edit it (403 else).
async fn editable(page: &Page, id: i32) -> Result<service::Model, AppError> {
    page.viewer.signed_in()?;
    let s = sp::get(&page.state.db, id).await?;
    page.viewer.require(Action::EditService {
        organization_id: s.organization_id,
    })?;
    Ok(s)
}

async fn organizations(db: &sea_orm::DatabaseConnection) -> Result<HashMap<i32, organization::Model>, AppError> {
    use sea_orm::EntityTrait;
    Ok(organization::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect())
}

/// `/services/{id}/<part>/{part_id}` path numbers.
type PartPath = web::Path<(i32, i32)>;
