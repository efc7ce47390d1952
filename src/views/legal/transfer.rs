//! Import: the upload form and the preview.

use serde::Serialize;

use crate::services::countries;
use crate::services::legal::{ImportPlan, RowError};

use super::{Base, a_label};

#[derive(Serialize)]
pub struct ImportPage<'a> {
    #[serde(flatten)]
    pub base: Base,
    pub kind: &'a str,
    pub can_topics: bool,
}

#[derive(Serialize)]
pub struct ImportPreview<'a> {
    #[serde(flatten)]
    pub base: Base,
    pub kind: &'a str,
    pub rows: usize,
    pub row_errors: Vec<RowErrorText>,
    pub error_count: usize,
    pub ok: bool,
    pub id: Option<i32>,
    pub preview: Vec<PreviewRow>,
    pub topics: bool,
}

/// An error of the file as the preview lists it, in the reader's language.
#[derive(Serialize)]
pub struct RowErrorText {
    pub line: usize,
    pub column: String,
    pub message: String,
}

/// A row to be saved: topic code, title and category, or topic, country and assessment.
#[derive(Serialize)]
pub struct PreviewRow {
    pub a: String,
    pub b: String,
    pub c: String,
}

/// What an import would save (its first 50 rows) and every error found; `id` the stored
/// import to confirm when there are none.
pub fn import_preview<'a>(
    base: Base,
    lang: &str,
    kind: &'a str,
    plan: &'a ImportPlan,
    id: Option<i32>,
) -> ImportPreview<'a> {
    let preview = if kind == "topics" {
        plan.topics
            .iter()
            .take(50)
            .map(|t| PreviewRow {
                a: t.code.clone(),
                b: t.title.clone(),
                c: t.category.clone(),
            })
            .collect()
    } else {
        plan.entries
            .iter()
            .take(50)
            .map(|(tp, c, f)| PreviewRow {
                a: tp.code.clone(),
                b: countries::display_name(c),
                c: a_label(lang, &f.assessment),
            })
            .collect()
    };
    ImportPreview {
        base,
        kind,
        rows: plan.rows,
        row_errors: plan.errors.iter().map(|e| row_error(lang, e)).collect(),
        error_count: plan.errors.len(),
        ok: plan.errors.is_empty(),
        id,
        preview,
        topics: kind == "topics",
    }
}

fn row_error(lang: &str, e: &RowError) -> RowErrorText {
    RowErrorText {
        line: e.line,
        column: e.column.clone(),
        message: e.message.text(lang),
    }
}
