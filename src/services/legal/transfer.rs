//! Export (entries and topics as CSV) and import: checking a file, saving it, and keeping an
//! uploaded file between the preview and the confirmation.

use std::collections::{HashMap, HashSet};

use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::error::{AppError, FieldErrors};
use crate::i18n::{Msg, msg};
use crate::mail::Notifier;
use entity::{country, legal_import, legal_topic};

use super::topics::write_topic;
use super::{
    Actor, Change, EntryFields, EntryInput, FIELDS, TopicFields, TopicInput, create_topic, register_countries,
    save_entry, topics,
};

/// The columns that say which cell a row of the entries file is: topic, country, topic title.
const CELL_COLUMNS: [&str; 3] = ["topic_code", "country", "topic_title"];

/// The columns of the entries file: the cell's, then the entry's [`FIELDS`].
pub const ENTRY_COLUMNS: [&str; CELL_COLUMNS.len() + FIELDS.len()] = {
    let mut columns = [""; CELL_COLUMNS.len() + FIELDS.len()];
    let mut i = 0;
    while i < columns.len() {
        columns[i] = if i < CELL_COLUMNS.len() {
            CELL_COLUMNS[i]
        } else {
            FIELDS[i - CELL_COLUMNS.len()]
        };
        i += 1;
    }
    columns
};

pub const TOPIC_COLUMNS: [&str; 11] = [
    "code",
    "category",
    "title",
    "question",
    "cets_197",
    "directive_2011_36",
    "palermo_protocol",
    "parameter",
    "unit",
    "threshold",
    "threshold_kind",
];

/// Spreadsheet programs run cells that start with these; a leading apostrophe keeps them text.
fn csv_safe(v: &str) -> String {
    if v.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{v}")
    } else {
        v.to_string()
    }
}

pub fn entries_csv(rows: &[(legal_topic::Model, String, EntryInput)]) -> Result<Vec<u8>, AppError> {
    let mut w = csv::Writer::from_writer(vec![]);
    w.write_record(ENTRY_COLUMNS).map_err(AppError::internal)?;
    for (t, c, f) in rows {
        let mut rec = vec![t.code.clone(), c.clone(), t.title.clone()];
        rec.extend(FIELDS.iter().map(|n| f.get(n)));
        w.write_record(rec.iter().map(|v| csv_safe(v)))
            .map_err(AppError::internal)?;
    }
    w.into_inner().map_err(AppError::internal)
}

pub fn topics_csv(rows: &[legal_topic::Model]) -> Result<Vec<u8>, AppError> {
    let mut w = csv::Writer::from_writer(vec![]);
    w.write_record(TOPIC_COLUMNS).map_err(AppError::internal)?;
    for t in rows {
        let i = TopicFields::from_model(t);
        w.write_record(
            [
                i.code,
                i.category,
                i.title,
                i.question,
                i.cets_197,
                i.directive_2011_36,
                i.palermo_protocol,
                i.parameter,
                i.unit,
                i.threshold,
                i.threshold_kind,
            ]
            .iter()
            .map(|v| csv_safe(v)),
        )
        .map_err(AppError::internal)?;
    }
    w.into_inner().map_err(AppError::internal)
}

/// One problem in an import file: the line (as a spreadsheet numbers it), the column, and what
/// is wrong.
#[derive(Clone, Debug)]
pub struct RowError {
    pub line: usize,
    pub column: String,
    pub message: Msg,
}

/// A checked import: what would be saved, and every error found.
#[derive(Debug, Default)]
pub struct ImportPlan {
    pub topics: Vec<TopicInput>,
    pub entries: Vec<(legal_topic::Model, country::Model, EntryInput)>,
    pub errors: Vec<RowError>,
    pub rows: usize,
}

/// The header names and each non-blank record with its line number.
type CsvRows = (Vec<String>, Vec<(usize, csv::StringRecord)>);

fn read_csv(content: &str) -> Result<CsvRows, Msg> {
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    let mut r = csv::ReaderBuilder::new().flexible(true).from_reader(content.as_bytes());
    let headers: Vec<String> = r
        .headers()
        .map_err(|e| msg("legal-import-bad-header").arg("problem", e.to_string()))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let mut rows = vec![];
    for rec in r.records() {
        match rec {
            Ok(rec) => {
                let line = rec.position().map(|p| p.line() as usize).unwrap_or(0);
                if rec.iter().all(|v| v.trim().is_empty()) {
                    continue;
                }
                rows.push((line, rec));
            }
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
                return Err(msg("legal-import-bad-line")
                    .arg("line", line)
                    .arg("problem", e.to_string()));
            }
        }
    }
    Ok((headers, rows))
}

/// Strips the apostrophe our export puts before formula-like cells.
fn cell_text(v: &str) -> String {
    match v.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_string(),
        _ => v.to_string(),
    }
}

/// Checks a topics or entries CSV without saving anything.
pub async fn plan_import(db: &impl ConnectionTrait, kind: &str, content: &str) -> Result<ImportPlan, AppError> {
    let mut plan = ImportPlan::default();
    let (headers, rows) = match read_csv(content) {
        Ok(v) => v,
        Err(m) => {
            plan.errors.push(RowError {
                line: 1,
                column: String::new(),
                message: m,
            });
            return Ok(plan);
        }
    };
    plan.rows = rows.len();
    let required: &[&str] = if kind == "topics" {
        &["code", "category", "title", "question"]
    } else {
        &["topic_code", "country", "assessment"]
    };
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|c| !headers.iter().any(|h| h == c))
        .collect();
    if !missing.is_empty() {
        plan.errors.push(RowError {
            line: 1,
            column: missing.join(", "),
            message: msg("legal-import-missing-columns").arg("columns", missing.join(", ")),
        });
        return Ok(plan);
    }
    if rows.is_empty() {
        plan.errors.push(RowError {
            line: 2,
            column: String::new(),
            message: msg("legal-import-no-rows"),
        });
        return Ok(plan);
    }
    let get = |rec: &csv::StringRecord, name: &str| -> String {
        headers
            .iter()
            .position(|h| h == name)
            .and_then(|i| rec.get(i))
            .map(cell_text)
            .unwrap_or_default()
    };
    let push_errors = |plan: &mut ImportPlan, line: usize, e: FieldErrors| {
        for (column, message) in e.0 {
            plan.errors.push(RowError { line, column, message });
        }
    };
    if kind == "topics" {
        let mut seen = HashSet::new();
        for (line, rec) in &rows {
            let input = TopicFields {
                code: get(rec, "code"),
                category: get(rec, "category"),
                title: get(rec, "title"),
                question: get(rec, "question"),
                cets_197: get(rec, "cets_197"),
                directive_2011_36: get(rec, "directive_2011_36"),
                palermo_protocol: get(rec, "palermo_protocol"),
                parameter: get(rec, "parameter"),
                unit: get(rec, "unit"),
                threshold: get(rec, "threshold"),
                threshold_kind: get(rec, "threshold_kind"),
                // The file has the English text only: a topic's translations stay as stored.
                texts: Default::default(),
            };
            match input.parse() {
                Ok(t) => {
                    if !seen.insert(t.code.clone()) {
                        plan.errors.push(RowError {
                            line: *line,
                            column: "code".into(),
                            message: msg("legal-import-code-twice").arg("code", t.code.as_str()),
                        });
                    }
                    plan.topics.push(t);
                }
                Err(e) => push_errors(&mut plan, *line, e),
            }
        }
        return Ok(plan);
    }
    let all_topics: HashMap<String, legal_topic::Model> = topics(db, true)
        .await?
        .into_iter()
        .map(|t| (t.code.clone(), t))
        .collect();
    let countries = register_countries(db).await?;
    let mut seen = HashSet::new();
    for (line, rec) in &rows {
        let code = get(rec, "topic_code").trim().to_uppercase();
        let cc = get(rec, "country").trim().to_uppercase();
        let topic = all_topics.get(&code);
        let country = countries.iter().find(|c| c.code == cc);
        if topic.is_none() {
            plan.errors.push(RowError {
                line: *line,
                column: "topic_code".into(),
                message: msg("legal-import-no-topic").arg("code", code.as_str()),
            });
        }
        if country.is_none() {
            plan.errors.push(RowError {
                line: *line,
                column: "country".into(),
                message: msg("legal-import-no-country").arg("country", cc.as_str()),
            });
        }
        let (Some(topic), Some(country)) = (topic, country) else {
            continue;
        };
        if !seen.insert((code.clone(), cc.clone())) {
            plan.errors.push(RowError {
                line: *line,
                column: "country".into(),
                message: msg("legal-import-entry-twice")
                    .arg("code", code.as_str())
                    .arg("country", cc.as_str()),
            });
        }
        let input = EntryFields::from_lookup(|f| get(rec, f));
        match input.parse(topic, country) {
            Ok(f) => plan.entries.push((topic.clone(), country.clone(), f)),
            Err(e) => push_errors(&mut plan, *line, e),
        }
    }
    Ok(plan)
}

/// Saves a checked plan: all rows or, on any error, none (the caller's transaction). The
/// revisions' note is written in `lang`, the language of whoever imports.
pub async fn apply_import(
    db: &impl ConnectionTrait,
    n: Option<&Notifier<'_>>,
    plan: ImportPlan,
    actor: &Actor,
    lang: &str,
) -> Result<usize, AppError> {
    if !plan.errors.is_empty() {
        return Err(AppError::BadRequest(msg("legal-import-not-saved")));
    }
    let mut saved = 0;
    for t in plan.topics {
        match legal_topic::Entity::find()
            .filter(legal_topic::Column::Code.eq(t.code.clone()))
            .one(db)
            .await?
        {
            Some(existing) => {
                // The import is the newer text: it moves the version, so a form opened before
                // it is stale.
                let version = existing.version + 1;
                write_topic(db, existing, t, version).await?;
            }
            None => {
                create_topic(db, t).await?;
            }
        }
        saved += 1;
    }
    for (topic, country, fields) in plan.entries {
        let change = Change {
            actor: actor.clone(),
            source: "import",
            note: Some(crate::i18n::t(lang, "legal-imported-note")),
            example: false,
            at: None,
        };
        if save_entry(db, n, &topic, &country, &fields, &change).await?.is_some() {
            saved += 1;
        }
    }
    Ok(saved)
}

pub async fn store_import(db: &impl ConnectionTrait, user_id: i32, kind: &str, content: &str) -> Result<i32, AppError> {
    // Keep only recent pending imports: older ones were abandoned.
    legal_import::Entity::delete_many()
        .filter(legal_import::Column::CreatedAt.lt(crate::db::now() - chrono::Duration::days(1)))
        .exec(db)
        .await?;
    Ok(legal_import::ActiveModel {
        user_id: Set(user_id),
        kind: Set(kind.to_string()),
        content: Set(content.to_string()),
        created_at: Set(crate::db::now()),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id)
}

pub async fn take_import(db: &impl ConnectionTrait, id: i32, user_id: i32) -> Result<legal_import::Model, AppError> {
    let i = legal_import::Entity::find_by_id(id)
        .filter(legal_import::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    legal_import::Entity::delete_by_id(id).exec(db).await?;
    Ok(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_that_look_like_formulas_round_trip() {
        assert_eq!(csv_safe("=1+1"), "'=1+1");
        assert_eq!(cell_text("'=1+1"), "=1+1");
        assert_eq!(cell_text("'quoted"), "'quoted");
    }
}
