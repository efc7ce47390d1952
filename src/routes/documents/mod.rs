//! Practice document pages: the list, a document with its versions, the forms to add and edit,
//! uploads of new versions, downloads, restore, archive, and follows by type.
//!
//! Every handler answers 404 for a document the viewer may not see, whatever the id or version
//! number: guessing reveals nothing.

mod pages;
mod versions;

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::auth::{Action, CurrentUser, Viewer};
use crate::error::AppError;
use crate::services::documents as docs;
use crate::state::AppState;
use entity::document;

pub use pages::{create, edit_form, follow, index, new_form, show, update};
pub use versions::{archive, download_current, download_version, restore, send_version, upload_version};

fn options(list: &[(&'static str, &'static str)], selected: &[String]) -> Vec<Value> {
    list.iter()
        .map(|(c, l)| json!({"code": c, "label": l, "selected": selected.iter().any(|s| s == c)}))
        .collect()
}

fn one(list: &[(&'static str, &'static str)], selected: &str) -> Vec<Value> {
    options(list, &[selected.to_string()])
}

fn may_edit(viewer: &Viewer, d: &document::Model) -> bool {
    viewer.can(Action::EditDocument {
        owner_org: d.owner_org_id,
    })
}

pub fn row_json(d: &document::Model, orgs: &HashMap<i32, String>) -> Value {
    json!({
        "id": d.id,
        "title": d.title,
        "url": format!("/documents/{}", d.id),
        "type": docs::type_label(&d.doc_type),
        "lifecycle": d.lifecycle,
        "lifecycle_label": docs::lifecycle_label(&d.lifecycle),
        "visibility": d.visibility,
        "visibility_label": docs::visibility_label(&d.visibility),
        "owner": d.owner_org_id.and_then(|o| orgs.get(&o).cloned()).unwrap_or_else(|| "Secretariat".into()),
        "languages": d.languages.split(',').filter(|l| !l.is_empty()).map(docs::language_label).collect::<Vec<_>>().join(", "),
        "updated": d.updated_at.format("%-d %b %Y").to_string(),
        "version": d.current_version,
        "archived": d.archived,
        "example": d.example,
    })
}

/// Rows for a list of documents, with owner names.
pub async fn rows(state: &AppState, list: &[document::Model]) -> Result<Vec<Value>, AppError> {
    let ids: Vec<i32> = list.iter().filter_map(|d| d.owner_org_id).collect();
    let orgs = docs::org_names(&state.db, &ids).await?;
    Ok(list.iter().map(|d| row_json(d, &orgs)).collect())
}

/// Members add documents for their own organization; the policy lets the secretariat do all.
pub fn can_create(viewer: &Viewer) -> bool {
    viewer.user.as_ref().is_some_and(|u| {
        viewer.can(Action::CreateDocument {
            owner_org: u.organization_id,
        })
    })
}

async fn load(state: &AppState, viewer: &Viewer, id: i32) -> Result<document::Model, AppError> {
    docs::visible(&state.db, viewer.user.as_ref(), id).await
}

async fn load_editable(state: &AppState, viewer: &Viewer, id: i32) -> Result<document::Model, AppError> {
    let d = load(state, viewer, id).await?;
    viewer.signed_in()?;
    if !may_edit(viewer, &d) {
        return Err(AppError::Forbidden);
    }
    Ok(d)
}

// ---------------------------------------------------------------------------------------------
// Linked documents on other pages

/// Document rows for a side panel: title, type, link.
pub async fn linked_rows(
    state: &AppState,
    user: Option<&CurrentUser>,
    kind: &str,
    targets: &[String],
) -> Result<Vec<Value>, AppError> {
    let list = docs::linked(&state.db, user, kind, targets).await?;
    rows(state, &list).await
}

/// Documents linked to an event or any of its agenda items.
pub async fn for_event(
    state: &AppState,
    user: Option<&CurrentUser>,
    event_id: i32,
    item_ids: &[i32],
) -> Result<Vec<Value>, AppError> {
    let mut list = docs::linked(&state.db, user, "event", &[event_id.to_string()]).await?;
    let by_item = docs::linked(
        &state.db,
        user,
        "agenda",
        &item_ids.iter().map(|i| i.to_string()).collect::<Vec<_>>(),
    )
    .await?;
    for d in by_item {
        if !list.iter().any(|x| x.id == d.id) {
            list.push(d);
        }
    }
    rows(state, &list).await
}
