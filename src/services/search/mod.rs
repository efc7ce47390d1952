//! One search box across the product: documents, events and agenda items, action items,
//! organizations and people, the legal register and services (never a confidential address).
//!
//! Every searchable record has one `search_entry` row (title, a snippet source, a link, who may
//! see it). The words themselves are folded here in Rust (lower case, accents and Cyrillic
//! letters to plain Latin, so "Tirane" finds "Tiranë" and "Petrovic" finds "Petrović" and
//! "Петровић") and handed to the database's own full-text engine: an FTS5 table on SQLite, a
//! `tsvector` column with a GIN index on PostgreSQL. Both sides see the same folded words, so
//! the same tests pass on both.
//!
//! The index follows the other tables by their `updated_at` column: [`sync`] picks up rows
//! changed since the last pass (it runs before every search and in the background worker), and
//! [`sweep`] drops entries whose record is gone.

use sea_orm::{ConnectionTrait, DbBackend, Statement, Value};
use serde::Serialize;

// `query::search` calls `super::paging::offset`, written when this was one file directly under
// `services`: this import keeps that path working unchanged.
use crate::services::paging;

mod index;
mod query;
mod sync;
mod text;

pub use index::{Entry, reindex, remove};
pub use query::{Group, Hit, PER_KIND, PER_PAGE, RANK_WINDOW, Results, search};
pub use sync::{Pass, merge_step, optimize, rebuild, sweep, sync, sync_with};
pub use text::{fold, highlight, snippet, terms};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Kind {
    Document,
    Event,
    Agenda,
    Action,
    Organization,
    Person,
    Legal,
    Service,
}

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::Document,
        Kind::Event,
        Kind::Agenda,
        Kind::Action,
        Kind::Organization,
        Kind::Person,
        Kind::Legal,
        Kind::Service,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Document => "document",
            Kind::Event => "event",
            Kind::Agenda => "agenda",
            Kind::Action => "action",
            Kind::Organization => "organization",
            Kind::Person => "person",
            Kind::Legal => "legal",
            Kind::Service => "service",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Its number in the full-text row id (three bits).
    fn code(self) -> i64 {
        Kind::ALL.iter().position(|k| *k == self).unwrap_or(0) as i64
    }

    fn from_code(code: i64) -> Option<Kind> {
        usize::try_from(code).ok().and_then(|i| Kind::ALL.get(i).copied())
    }

    /// The catalogue key of its name for people ("Agenda items").
    pub fn label_key(self) -> &'static str {
        match self {
            Kind::Document => "search-kind-document",
            Kind::Event => "search-kind-event",
            Kind::Agenda => "search-kind-agenda",
            Kind::Action => "search-kind-action",
            Kind::Organization => "search-kind-organization",
            Kind::Person => "search-kind-person",
            Kind::Legal => "search-kind-legal",
            Kind::Service => "search-kind-service",
        }
    }

    /// The table whose `updated_at` the indexer follows.
    fn table(self) -> &'static str {
        match self {
            Kind::Document => "document",
            Kind::Event => "event",
            Kind::Agenda => "agenda_item",
            Kind::Action => "action_item",
            Kind::Organization => "organization",
            Kind::Person => "person",
            Kind::Legal => "legal_entry",
            Kind::Service => "service",
        }
    }
}

// ---------------------------------------------------------------------------------------------
// SQL on either engine

fn pg(db: &impl ConnectionTrait) -> bool {
    db.get_database_backend() == DbBackend::Postgres
}

fn stmt(db: &impl ConnectionTrait, sql: &str, values: Vec<Value>) -> Statement {
    let backend = db.get_database_backend();
    let sql = if backend == DbBackend::Postgres {
        numbered(sql)
    } else {
        sql.to_string()
    };
    Statement::from_sql_and_values(backend, sql, values)
}

/// `?` placeholders as `$1, $2, ...` for PostgreSQL.
fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for c in sql.chars() {
        if c == '?' {
            n += 1;
            out.push_str(&format!("${n}"));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_placeholders_are_numbered() {
        assert_eq!(numbered("a = ? AND b = ?"), "a = $1 AND b = $2");
    }
}
