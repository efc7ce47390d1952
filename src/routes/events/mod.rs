//! Event pages, agenda editing and calendar feeds.

use crate::auth::Viewer;
use crate::error::AppError;
use crate::services::events as ev;
use crate::state::AppState;

mod agenda;
mod feeds;
mod import;
mod pages;
mod participants;
mod report;

pub use agenda::{
    agenda_history, create_item, delete_item, delete_item_form, edit_item_form, move_item, new_item_form,
    publish_agenda, update_item,
};
pub use feeds::{IcsQuery, event_ics, network_feed, personal_feed, rotate_feed};
pub use import::{ZoneQuery, confirm as import_confirm, import, import_form, preview as import_preview};
pub use pages::{
    MonthQuery, cancel, cancel_form, create, duplicate, duplicate_form, edit_form, index, month, new_form, show, update,
};
pub use participants::{
    answer, attendance, invite, invite_form, participants_csv, participants_page, quiet, quiet_form, rsvp, rsvp_form,
};
pub use report::{ReportQuery, matter_outcome, post_meeting_report};

fn uid_domain(state: &AppState) -> String {
    state
        .settings
        .base_url
        .host_str()
        .unwrap_or("roundtable.local")
        .to_string()
}

fn base(state: &AppState) -> String {
    state.settings.site()
}

async fn load_visible(state: &AppState, viewer: &Viewer, id: i32) -> Result<entity::event::Model, AppError> {
    let e = ev::get(&state.db, id).await?;
    if !ev::can_view(&state.db, viewer.user.as_ref(), &e).await? {
        // Invisible and missing look the same, so ids cannot be probed.
        return Err(
            if viewer.user.is_none() && e.visibility == "network" && e.status != "draft" {
                AppError::Unauthorized
            } else {
                AppError::NotFound
            },
        );
    }
    Ok(e)
}
