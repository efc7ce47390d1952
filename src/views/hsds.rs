//! The HSDS import page: the form, the problems of a refused package, what a saved one did.

use serde::Serialize;

use crate::services::hsds::import::{Problem, Summary};

#[derive(Serialize)]
pub struct ProblemRow {
    pub file: String,
    pub line: String,
    pub field: String,
    pub message: String,
}

pub fn problems(lang: &str, problems: &[Problem]) -> Vec<ProblemRow> {
    problems
        .iter()
        .map(|p| ProblemRow {
            file: p.file.clone().unwrap_or_default(),
            line: p.line.map(|l| l.to_string()).unwrap_or_default(),
            field: p.field.clone(),
            message: p.message.text(lang),
        })
        .collect()
}

#[derive(Serialize)]
pub struct CountRow {
    pub what: String,
    pub created: usize,
    pub updated: usize,
}

#[derive(Serialize)]
pub struct Done {
    pub organizations: usize,
    pub rows: Vec<CountRow>,
    pub unchanged: bool,
}

pub fn done(lang: &str, s: &Summary) -> Done {
    let row = |key: &str, created, updated| CountRow {
        what: crate::i18n::t(lang, key),
        created,
        updated,
    };
    Done {
        organizations: s.organizations_matched,
        rows: vec![
            row("hsds-import-row-services", s.services_created, s.services_updated),
            row("hsds-import-row-contacts", s.contacts_created, s.contacts_updated),
            row("hsds-import-row-capacity", s.capacity_created, s.capacity_updated),
        ],
        unchanged: s.changed_nothing(),
    }
}

#[derive(Serialize, Default)]
pub struct ImportPage {
    /// The package's problems (the page then answers 422).
    pub problems: Vec<ProblemRow>,
    /// What a saved package did.
    pub done: Option<Done>,
}
