//! View model for the minutes page: the text by section, comments, revisions compared.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::i18n::t;
use crate::services::minutes as min;
use crate::views::events::EventRef;
use entity::{agenda_item, minutes_comment, minutes_revision};

/// The minutes page (reading and, for the secretariat, the edit form).
#[derive(Serialize)]
pub struct MinutesPage {
    pub event: EventRef,
    pub status: String,
    pub status_label: String,
    pub deadline: Option<String>,
    pub meeting: min::Part,
    pub sections: Vec<Section>,
    pub can_edit: bool,
    pub approved: bool,
    pub draft: bool,
    pub can_comment: bool,
    pub comments: Vec<CommentRow>,
    pub revisions: Vec<RevisionRow>,
    pub numbers: Vec<String>,
    pub from: String,
    pub to: String,
    pub changes: Vec<Change>,
    pub errors: crate::views::FieldMessages,
    pub has_errors: bool,
    pub correction_note: String,
}

/// An agenda item's part of the minutes, with the names of its form fields.
#[derive(Serialize)]
pub struct Section {
    pub id: i32,
    pub title: String,
    pub when: String,
    pub notes: String,
    pub decisions: String,
    pub notes_name: String,
    pub decisions_name: String,
}

/// The sections of `content`, one per agenda item (empty when the minutes say nothing of it).
pub fn sections(items: &[agenda_item::Model], content: &min::Content) -> Vec<Section> {
    let empty = min::Part::default();
    items
        .iter()
        .map(|i| {
            let p = content.items.get(&i.id).unwrap_or(&empty);
            Section {
                id: i.id,
                title: i.title.clone(),
                when: format!("{} {}", i.day, i.start_time),
                notes: p.notes.clone(),
                decisions: p.decisions.clone(),
                notes_name: format!("notes_{}", i.id),
                decisions_name: format!("decisions_{}", i.id),
            }
        })
        .collect()
}

#[derive(Serialize)]
pub struct CommentRow {
    pub who: String,
    pub body: String,
    pub correction: bool,
    pub when: DateTime<Utc>,
}

pub fn comment_row(c: minutes_comment::Model) -> CommentRow {
    CommentRow {
        who: c.author_name,
        body: c.body,
        correction: c.correction,
        when: c.created_at,
    }
}

#[derive(Serialize)]
pub struct RevisionRow {
    pub number: i32,
    pub kind: String,
    pub note: Option<String>,
    pub when: DateTime<Utc>,
}

pub fn revision_row(lang: &str, r: &minutes_revision::Model) -> RevisionRow {
    RevisionRow {
        number: r.number,
        kind: t(lang, &format!("minutes-kind-{}", r.kind)),
        note: r.note.clone(),
        when: r.created_at,
    }
}

/// A part that differs between two revisions: its section, the old and the new text.
#[derive(Serialize)]
pub struct Change {
    pub section: String,
    pub old: String,
    pub new: String,
}

pub fn changes(diff: Vec<(String, String, String)>) -> Vec<Change> {
    diff.into_iter()
        .map(|(section, old, new)| Change { section, old, new })
        .collect()
}
