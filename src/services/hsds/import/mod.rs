//! Importing an HSDS package (a ZIP tabular data package or HSDS JSON) into the network's
//! services: all or nothing.
//!
//! [`import`] reads the upload ([`read`]), checks every row against the directory and the
//! services area's own rules and collects every problem with its file, line and field
//! ([`plan`]); only when there is none does it save everything in one write transaction
//! ([`save`]). Organizations are never created: each must already be in the directory, found
//! by the identifier our export gives it or else by its exact name. A service, contact point
//! or capacity figure whose identifier is one our export gave is updated; else one of the same
//! name (role, unit and group) is; else it is created. The import adds and updates, it never
//! removes. A location marked `redacted` never overwrites a stored address, and a confidential
//! location stays confidential.

mod parts;
mod plan;
pub mod read;
mod save;

use sea_orm::DatabaseConnection;
use serde::Serialize;

use crate::error::AppError;
use crate::i18n::Msg;
use crate::mail::Notifier;

/// One problem of a package: where it is and what is wrong.
#[derive(Debug, Clone)]
pub struct Problem {
    /// The file in the package (`services.csv`; `services.json` for HSDS JSON); `None` when it
    /// is about the upload as a whole.
    pub file: Option<String>,
    /// CSV: the line (the header is line 1). JSON: the service's position in the list.
    pub line: Option<u64>,
    /// The column (JSON: its path inside the service); empty when it is about the whole line.
    pub field: String,
    pub message: Msg,
}

impl Problem {
    /// A problem of the upload as a whole.
    pub fn whole(message: Msg) -> Self {
        Problem {
            file: None,
            line: None,
            field: String::new(),
            message,
        }
    }
}

/// The bounds of an import: what a hostile file cannot make the server hold or unpack.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The upload itself (the ZIP or the JSON).
    pub package: u64,
    /// One file of the ZIP, unpacked.
    pub entry: u64,
    /// All files of the ZIP, unpacked.
    pub unpacked: u64,
    /// Files in the ZIP.
    pub entries: usize,
    /// Rows of one CSV file (or of all tables of HSDS JSON).
    pub rows: usize,
}

impl Limits {
    /// The bounds for a server whose uploads may be `upload_limit` bytes: the package is held in
    /// memory, so at most 20 MB of it.
    pub fn new(upload_limit: u64) -> Self {
        const MB: u64 = 1024 * 1024;
        Limits {
            package: upload_limit.min(20 * MB),
            entry: 20 * MB,
            unpacked: 100 * MB,
            entries: 64,
            rows: 20_000,
        }
    }
}

/// What a saved import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[schema(as = HsdsImportSummary)]
pub struct Summary {
    /// Organizations of the package found in the directory.
    pub organizations_matched: usize,
    pub services_created: usize,
    pub services_updated: usize,
    pub contacts_created: usize,
    pub contacts_updated: usize,
    pub capacity_created: usize,
    pub capacity_updated: usize,
}

impl Summary {
    pub fn changed_nothing(&self) -> bool {
        self.services_created
            + self.services_updated
            + self.contacts_created
            + self.contacts_updated
            + self.capacity_created
            + self.capacity_updated
            == 0
    }
}

pub enum Outcome {
    Saved(Summary),
    /// Nothing was saved.
    Refused(Vec<Problem>),
}

/// Reads `body`, checks all of it and saves it in one transaction, or saves nothing and
/// returns every problem. `user_id` is recorded as who updated the capacity figures; with a
/// notifier, figures that became full tell the secretariat and followers as a save on the
/// services pages does.
pub async fn import(
    db: &DatabaseConnection,
    n: Option<&Notifier<'_>>,
    body: &[u8],
    limits: Limits,
    user_id: i32,
) -> Result<Outcome, AppError> {
    let tables = match read::read(body, &limits) {
        Ok(t) => t,
        Err(problems) => return Ok(Outcome::Refused(problems)),
    };
    let txn = crate::db::begin_write(db).await?;
    let mut problems = vec![];
    let planned = plan::plan(&txn, &tables, &mut problems).await?;
    if !problems.is_empty() {
        // Dropping the transaction rolls it back; nothing was written anyway.
        return Ok(Outcome::Refused(problems));
    }
    let summary = save::save(&txn, n, planned, user_id).await?;
    txn.commit().await?;
    Ok(Outcome::Saved(summary))
}
