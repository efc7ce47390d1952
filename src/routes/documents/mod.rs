//! Practice document pages: the list, a document with its versions, the forms to add and edit,
//! uploads of new versions, downloads, restore, archive, and follows by type.
//!
//! Every handler answers 404 for a document the viewer may not see, whatever the id or version
//! number: guessing reveals nothing.

mod pages;
mod versions;

use crate::auth::{Action, Viewer};
use crate::error::AppError;
use crate::services::documents as docs;
use crate::state::AppState;
use entity::document;

pub use pages::{create, edit_form, follow, index, new_form, show, update};
pub use versions::{archive, download_current, download_version, restore, upload_version};

fn may_edit(viewer: &Viewer, d: &document::Model) -> bool {
    viewer.can(Action::EditDocument {
        owner_org: d.owner_org_id,
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
