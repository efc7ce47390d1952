//! One search box across the product: documents, events and agenda items, action items,
//! organizations and people, and the legal register.
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

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use entity::{
    action_item, agenda_item, country, document, document_version, event, legal_entry, legal_topic, organization,
    organization_service, person,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, QueryFilter, QuerySelect, Statement,
    TransactionSession, TransactionTrait, Value,
};
use serde::Serialize;

use crate::auth::CurrentUser;
use crate::db::now;
use crate::error::AppError;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Kind {
    Document,
    Event,
    Agenda,
    Action,
    Organization,
    Person,
    Legal,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Document,
        Kind::Event,
        Kind::Agenda,
        Kind::Action,
        Kind::Organization,
        Kind::Person,
        Kind::Legal,
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

    pub fn label(self) -> &'static str {
        match self {
            Kind::Document => "Documents",
            Kind::Event => "Events",
            Kind::Agenda => "Agenda items",
            Kind::Action => "Action items",
            Kind::Organization => "Organizations",
            Kind::Person => "People",
            Kind::Legal => "Legal register",
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
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Folding and query terms

/// Lower case, accents removed, Serbian and Macedonian Cyrillic written in Latin letters.
pub fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        if let Some(t) = special(c) {
            out.push_str(t);
            continue;
        }
        for d in c.to_lowercase().nfd() {
            if !is_combining(d) {
                out.push(d);
            }
        }
    }
    out
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Letters that do not decompose into a base letter and a mark.
fn special(c: char) -> Option<&'static str> {
    Some(match c {
        'đ' | 'Đ' => "d",
        'ł' | 'Ł' => "l",
        'ø' | 'Ø' => "o",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ı' => "i",
        'а' | 'А' => "a",
        'б' | 'Б' => "b",
        'в' | 'В' => "v",
        'г' | 'Г' => "g",
        'д' | 'Д' => "d",
        'ђ' | 'Ђ' => "d",
        'ѓ' | 'Ѓ' => "g",
        'е' | 'Е' => "e",
        'ж' | 'Ж' => "z",
        'з' | 'З' => "z",
        'ѕ' | 'Ѕ' => "dz",
        'и' | 'И' => "i",
        'ј' | 'Ј' => "j",
        'к' | 'К' => "k",
        'л' | 'Л' => "l",
        'љ' | 'Љ' => "lj",
        'м' | 'М' => "m",
        'н' | 'Н' => "n",
        'њ' | 'Њ' => "nj",
        'о' | 'О' => "o",
        'п' | 'П' => "p",
        'р' | 'Р' => "r",
        'с' | 'С' => "s",
        'т' | 'Т' => "t",
        'ћ' | 'Ћ' => "c",
        'ќ' | 'Ќ' => "k",
        'у' | 'У' => "u",
        'ф' | 'Ф' => "f",
        'х' | 'Х' => "h",
        'ц' | 'Ц' => "c",
        'ч' | 'Ч' => "c",
        'џ' | 'Џ' => "dz",
        'ш' | 'Ш' => "s",
        _ => return None,
    })
}

/// The folded words of a query, as typed: at most eight, each at most 40 characters; single
/// letters are dropped (they would match nearly everything).
pub fn terms(q: &str) -> Vec<String> {
    let folded = fold(q);
    let mut out: Vec<String> = vec![];
    for w in folded.split(|c: char| !c.is_alphanumeric()) {
        if w.chars().count() < 2 {
            continue;
        }
        let w: String = w.chars().take(40).collect();
        if !out.contains(&w) {
            out.push(w);
        }
        if out.len() == 8 {
            break;
        }
    }
    out
}

/// Folded text for the index: words separated by single spaces.
fn index_text(s: &str, max_chars: usize) -> String {
    let folded = fold(s);
    let mut out = String::with_capacity(folded.len().min(max_chars));
    for w in folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if out.len() + w.len() + 1 > max_chars {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Highlighting

fn escape(s: &str) -> String {
    handlebars::html_escape(s)
}

/// Byte ranges of the words of `text`.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = vec![];
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

fn matches_term(word: &str, terms: &[String]) -> bool {
    let f = fold(word);
    terms.iter().any(|t| f.starts_with(t.as_str()))
}

/// `text` as escaped HTML with every word that starts with a query term in `<mark>`.
pub fn highlight(text: &str, terms: &[String]) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut at = 0;
    for (s, e) in words(text) {
        if matches_term(&text[s..e], terms) {
            out.push_str(&escape(&text[at..s]));
            out.push_str("<mark>");
            out.push_str(&escape(&text[s..e]));
            out.push_str("</mark>");
            at = e;
        }
    }
    out.push_str(&escape(&text[at..]));
    out
}

/// About `len` words of `text` around the first match, as escaped HTML with the matches marked.
pub fn snippet(text: &str, terms: &[String], len: usize) -> String {
    let ws = words(text);
    if ws.is_empty() {
        return String::new();
    }
    let first = ws
        .iter()
        .position(|&(s, e)| matches_term(&text[s..e], terms))
        .unwrap_or(0);
    let start = first.saturating_sub(len / 3);
    let end = (start + len).min(ws.len());
    let from = if start == 0 { 0 } else { ws[start].0 };
    let to = if end == ws.len() { text.len() } else { ws[end - 1].1 };
    let mut out = String::new();
    if start > 0 {
        out.push_str("… ");
    }
    out.push_str(&highlight(&text[from..to], terms));
    if end < ws.len() {
        out.push_str(" …");
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Writing the index

/// What the index keeps about one record.
#[derive(Debug, Clone)]
pub struct Entry {
    pub kind: Kind,
    pub ref_id: i32,
    pub title: String,
    /// Text to search, in full (folded and capped before storing).
    pub body: String,
    pub url: String,
    /// public, network, invited (participants of event `scope_id`) or secretariat (plus members
    /// of organization `scope_id`, when set).
    pub visibility: &'static str,
    pub scope_id: Option<i32>,
}

/// Characters of body text kept for snippets, and folded characters given to the engine.
const SNIPPET_SOURCE: usize = 20_000;
const INDEXED_TEXT: usize = 400_000;

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

/// Visibilities in the order of their number in the full-text row id (two bits).
const VISIBILITY_CODES: [&str; 4] = ["public", "network", "invited", "secretariat"];

/// Bits of the full-text row id: kind above [`KIND_SHIFT`], entry id above the two visibility
/// bits. Entry ids stay below 2^38.
const KIND_SHIFT: u32 = 40;
const ID_MASK: i64 = (1 << 38) - 1;

/// The SQLite full-text row id of an entry: `kind << 40 | id << 2 | visibility`. A search reads
/// kind and visibility from the row id itself, so counting and filtering thousands of matches
/// never looks up `search_entry` row by row; and each kind is one range of row ids, which the
/// full-text engine seeks into directly.
fn fts_rowid(id: i32, visibility: &str, kind: Kind) -> i64 {
    let vis = VISIBILITY_CODES.iter().position(|v| *v == visibility).unwrap_or(3) as i64;
    (kind.code() << KIND_SHIFT) | (i64::from(id) << 2) | vis
}

/// The row ids of one kind: `lo..=hi`.
fn kind_range(kind: Kind) -> (i64, i64) {
    let lo = kind.code() << KIND_SHIFT;
    (lo, lo | ((1 << KIND_SHIFT) - 1))
}

/// SQL turning a `kind` column into its code shifted left by `shift` bits.
fn kind_code_sql(column: &str, shift: u32) -> String {
    let arms: String = Kind::ALL
        .iter()
        .map(|k| format!(" WHEN '{}' THEN {}", k.as_str(), k.code() << shift))
        .collect();
    format!("(CASE {column}{arms} ELSE 0 END)")
}

/// [`fts_rowid`] in SQL, over the columns of `search_entry`.
fn fts_rowid_sql() -> String {
    let vis: String = VISIBILITY_CODES
        .iter()
        .enumerate()
        .map(|(i, v)| format!(" WHEN '{v}' THEN {i}"))
        .collect();
    format!(
        "({} + id * 4 + CASE visibility{vis} ELSE 3 END)",
        kind_code_sql("kind", KIND_SHIFT)
    )
}

/// The entry id in a full-text row id (SQLite), as SQL.
fn entry_id_sql() -> String {
    format!("((search_fts.rowid >> 2) & {ID_MASK})")
}

async fn put(db: &impl ConnectionTrait, e: &Entry) -> Result<(), AppError> {
    let body_src: String = e.body.chars().take(SNIPPET_SOURCE).collect();
    let ftitle = index_text(&e.title, 2_000);
    let fbody = index_text(&e.body, INDEXED_TEXT);
    // One statement, so two requests indexing the same record at once cannot both insert.
    let row = db
        .query_one_raw(stmt(
            db,
            "INSERT INTO search_entry (kind, ref_id, title, body, url, visibility, scope_id, updated_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT (kind, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body, \
             url = excluded.url, visibility = excluded.visibility, scope_id = excluded.scope_id, \
             updated_at = excluded.updated_at RETURNING id",
            vec![
                e.kind.as_str().into(),
                e.ref_id.into(),
                e.title.clone().into(),
                body_src.into(),
                e.url.clone().into(),
                e.visibility.into(),
                e.scope_id.into(),
                now().into(),
            ],
        ))
        .await?
        .ok_or_else(|| AppError::Internal("search entry upsert returned nothing".into()))?;
    let id: i32 = row.try_get("", "id")?;
    if pg(db) {
        db.execute_raw(stmt(
            db,
            "UPDATE search_entry SET tsv = setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B') WHERE id = ?",
            vec![ftitle.into(), fbody.into(), id.into()],
        ))
        .await?;
    } else {
        // The row id changes with the visibility: drop the entry's row under any other id.
        let rowid = fts_rowid(id, e.visibility, e.kind);
        let first = rowid & !3;
        db.execute_raw(stmt(
            db,
            "DELETE FROM search_fts WHERE rowid >= ? AND rowid <= ? AND rowid <> ?",
            vec![first.into(), (first + 3).into(), rowid.into()],
        ))
        .await?;
        db.execute_raw(stmt(
            db,
            "INSERT OR REPLACE INTO search_fts (rowid, title, body) VALUES (?, ?, ?)",
            vec![rowid.into(), ftitle.into(), fbody.into()],
        ))
        .await?;
    }
    Ok(())
}

/// Drops the entries of these records (deleted, archived or otherwise out of the index).
pub async fn remove(db: &impl ConnectionTrait, kind: Kind, ids: &[i32]) -> Result<(), AppError> {
    for chunk in ids.chunks(500) {
        if chunk.is_empty() {
            continue;
        }
        let marks = vec!["?"; chunk.len()].join(",");
        let mut vals: Vec<Value> = vec![kind.as_str().into()];
        vals.extend(chunk.iter().map(|i| Value::from(*i)));
        if !pg(db) {
            db.execute_raw(stmt(
                db,
                &format!(
                    "DELETE FROM search_fts WHERE rowid IN (SELECT {} FROM search_entry WHERE kind = ? AND ref_id IN ({marks}))",
                    fts_rowid_sql()
                ),
                vals.clone(),
            ))
            .await?;
        }
        db.execute_raw(stmt(
            db,
            &format!("DELETE FROM search_entry WHERE kind = ? AND ref_id IN ({marks})"),
            vals,
        ))
        .await?;
    }
    Ok(())
}

/// Re-reads these records and writes their entries (or removes those that are gone), in one
/// transaction (a savepoint inside a caller's): two requests indexing the same record at once
/// leave one entry, whatever its visibility became.
pub async fn reindex<C: ConnectionTrait + TransactionTrait>(db: &C, kind: Kind, ids: &[i32]) -> Result<(), AppError> {
    if ids.is_empty() {
        return Ok(());
    }
    let entries = load(db, kind, ids).await?;
    let kept: HashSet<i32> = entries.iter().map(|e| e.ref_id).collect();
    let gone: Vec<i32> = ids.iter().copied().filter(|i| !kept.contains(i)).collect();
    // Writes only from here, so on SQLite the transaction starts as a writer and waits its turn.
    let txn = crate::db::begin_write(db).await?;
    for e in &entries {
        put(&txn, e).await?;
    }
    remove(&txn, kind, &gone).await?;
    txn.commit().await?;
    Ok(())
}

fn join_some(parts: &[Option<&str>]) -> String {
    parts
        .iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ")
}

async fn country_names(db: &impl ConnectionTrait) -> Result<HashMap<String, String>, AppError> {
    Ok(country::Entity::find()
        .all(db)
        .await?
        .iter()
        .map(|c| (c.code.clone(), crate::services::countries::display_name(c)))
        .collect())
}

fn event_visibility(e: &event::Model) -> (&'static str, Option<i32>) {
    if e.status == "draft" {
        return ("secretariat", None);
    }
    match e.visibility.as_str() {
        "public" => ("public", None),
        "network" => ("network", None),
        _ => ("invited", Some(e.id)),
    }
}

/// Builds the entries of these records; records that should not be found are left out.
async fn load(db: &impl ConnectionTrait, kind: Kind, ids: &[i32]) -> Result<Vec<Entry>, AppError> {
    let mut out = vec![];
    match kind {
        Kind::Document => {
            let docs = document::Entity::find()
                .filter(document::Column::Id.is_in(ids.to_vec()))
                .all(db)
                .await?;
            let versions: HashMap<(i32, i32), document_version::Model> = document_version::Entity::find()
                .filter(document_version::Column::DocumentId.is_in(ids.to_vec()))
                .all(db)
                .await?
                .into_iter()
                .map(|v| ((v.document_id, v.number), v))
                .collect();
            for d in docs.into_iter().filter(|d| !d.archived) {
                let v = versions.get(&(d.id, d.current_version));
                let mut body = join_some(&[
                    Some(crate::services::documents::type_label(&d.doc_type)),
                    Some(&d.tags),
                    v.map(|v| v.filename.as_str()),
                ]);
                body.push('\n');
                body.push_str(&d.description);
                if let Some(text) = v.and_then(|v| v.text.as_deref()) {
                    body.push('\n');
                    body.push_str(text);
                }
                let (visibility, scope_id) = match d.visibility.as_str() {
                    "public" => ("public", None),
                    "network" => ("network", None),
                    _ => ("secretariat", d.owner_org_id),
                };
                out.push(Entry {
                    kind,
                    ref_id: d.id,
                    title: d.title,
                    body,
                    url: format!("/documents/{}", d.id),
                    visibility,
                    scope_id,
                });
            }
        }
        Kind::Event => {
            for e in event::Entity::find()
                .filter(event::Column::Id.is_in(ids.to_vec()))
                .all(db)
                .await?
            {
                let (visibility, scope_id) = event_visibility(&e);
                let body = format!(
                    "{}\n{}",
                    join_some(&[
                        e.venue_name.as_deref(),
                        e.venue_city.as_deref(),
                        e.project.as_deref(),
                        Some(&e.starts_at.format("%-d %B %Y").to_string()),
                    ]),
                    e.description.as_deref().unwrap_or("")
                );
                out.push(Entry {
                    kind,
                    ref_id: e.id,
                    title: e.title,
                    body,
                    url: format!("/events/{}", e.id),
                    visibility,
                    scope_id,
                });
            }
        }
        Kind::Agenda => {
            let items = agenda_item::Entity::find()
                .filter(agenda_item::Column::Id.is_in(ids.to_vec()))
                .all(db)
                .await?;
            let ev_ids: Vec<i32> = items.iter().map(|i| i.event_id).collect();
            let events: HashMap<i32, event::Model> = event::Entity::find()
                .filter(event::Column::Id.is_in(ev_ids))
                .all(db)
                .await?
                .into_iter()
                .map(|e| (e.id, e))
                .collect();
            for i in items {
                let Some(e) = events.get(&i.event_id) else { continue };
                let (mut visibility, mut scope_id) = event_visibility(e);
                if !e.agenda_published {
                    (visibility, scope_id) = ("secretariat", None);
                }
                let body = format!(
                    "{}\n{}",
                    join_some(&[
                        Some(&e.title),
                        Some(&i.day.format("%-d %B %Y").to_string()),
                        i.moderator.as_deref(),
                        i.speakers.as_deref(),
                        i.track.as_deref(),
                    ]),
                    i.description.as_deref().unwrap_or("")
                );
                out.push(Entry {
                    kind,
                    ref_id: i.id,
                    title: i.title,
                    body,
                    url: format!("/events/{}#item-{}", e.id, i.id),
                    visibility,
                    scope_id,
                });
            }
        }
        Kind::Action => {
            for a in action_item::Entity::find()
                .filter(action_item::Column::Id.is_in(ids.to_vec()))
                .all(db)
                .await?
            {
                let body = format!(
                    "{}\n{}",
                    join_some(&[Some(&a.status.replace('_', " ")), a.tags.as_deref()]),
                    a.description.as_deref().unwrap_or("")
                );
                out.push(Entry {
                    kind,
                    ref_id: a.id,
                    title: a.title,
                    body,
                    url: format!("/actions/{}", a.id),
                    visibility: "network",
                    scope_id: None,
                });
            }
        }
        Kind::Organization => {
            let names = country_names(db).await?;
            let orgs = organization::Entity::find()
                .filter(organization::Column::Id.is_in(ids.to_vec()))
                .all(db)
                .await?;
            let mut services: HashMap<i32, Vec<String>> = HashMap::new();
            for s in organization_service::Entity::find()
                .filter(organization_service::Column::OrganizationId.is_in(ids.to_vec()))
                .all(db)
                .await?
            {
                services
                    .entry(s.organization_id)
                    .or_default()
                    .push(s.service_code.replace('_', " "));
            }
            for o in orgs {
                let title = match &o.acronym {
                    Some(a) if !a.trim().is_empty() => format!("{} ({a})", o.name),
                    _ => o.name.clone(),
                };
                let svc = services.get(&o.id).map(|v| v.join(", ")).unwrap_or_default();
                let body = format!(
                    "{}\n{}",
                    join_some(&[
                        names.get(&o.country_code).map(|s| s.as_str()),
                        o.address.as_deref(),
                        Some(&svc),
                    ]),
                    o.description.as_deref().unwrap_or("")
                );
                out.push(Entry {
                    kind,
                    ref_id: o.id,
                    title,
                    body,
                    url: format!("/organizations/{}", o.id),
                    visibility: if o.archived { "secretariat" } else { "network" },
                    scope_id: None,
                });
            }
        }
        Kind::Person => {
            let people = person::Entity::find()
                .filter(person::Column::Id.is_in(ids.to_vec()))
                .all(db)
                .await?;
            let org_ids: Vec<i32> = people.iter().map(|p| p.organization_id).collect();
            let orgs: HashMap<i32, String> = organization::Entity::find()
                .filter(organization::Column::Id.is_in(org_ids))
                .all(db)
                .await?
                .into_iter()
                .map(|o| (o.id, o.name))
                .collect();
            for p in people {
                let body = join_some(&[
                    p.title.as_deref(),
                    orgs.get(&p.organization_id).map(|s| s.as_str()),
                    Some(&p.network_role.replace('_', " ")),
                    p.languages.as_deref(),
                ]);
                out.push(Entry {
                    kind,
                    ref_id: p.id,
                    title: p.name,
                    body,
                    url: format!("/people/{}", p.id),
                    visibility: if p.archived { "secretariat" } else { "network" },
                    scope_id: None,
                });
            }
        }
        Kind::Legal => {
            let names = country_names(db).await?;
            let entries = legal_entry::Entity::find()
                .filter(legal_entry::Column::Id.is_in(ids.to_vec()))
                .all(db)
                .await?;
            let topic_ids: Vec<i32> = entries.iter().map(|e| e.topic_id).collect();
            let topics: HashMap<i32, legal_topic::Model> = legal_topic::Entity::find()
                .filter(legal_topic::Column::Id.is_in(topic_ids))
                .all(db)
                .await?
                .into_iter()
                .map(|t| (t.id, t))
                .collect();
            for e in entries {
                let Some(t) = topics.get(&e.topic_id) else { continue };
                let country = names
                    .get(&e.country_code)
                    .cloned()
                    .unwrap_or_else(|| e.country_code.clone());
                let body = format!(
                    "{}\n{}\n{}\n{}\n{}",
                    join_some(&[Some(&t.category), Some(&t.code)]),
                    e.summary,
                    e.differences,
                    e.citations,
                    t.question
                );
                out.push(Entry {
                    kind,
                    ref_id: e.id,
                    title: format!("{} — {country}", t.title),
                    body,
                    url: format!("/legal/entries/{}/{}", t.code, e.country_code),
                    visibility: if t.retired { "secretariat" } else { "network" },
                    scope_id: None,
                });
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Following the other tables

/// The background pass reads rows changed this close to the watermark again, so a write that
/// committed late with an earlier timestamp is not missed.
const OVERLAP_SECONDS: i64 = 10;
/// How far apart the clocks of two app instances writing timestamps may be.
const CLOCK_SKEW_SECONDS: i64 = 20;
const BATCH: u64 = 500;

/// Where the last pass stopped for each kind: the (updated_at, id) of the last row it indexed.
async fn watermarks(db: &impl ConnectionTrait) -> Result<HashMap<Kind, (DateTime<Utc>, i32)>, AppError> {
    let rows = db
        .query_all_raw(stmt(db, "SELECT kind, watermark, last_id FROM search_state", vec![]))
        .await?;
    let mut out = HashMap::new();
    for r in rows {
        if let Some(kind) = Kind::parse(&r.try_get::<String>("", "kind")?) {
            out.insert(kind, (r.try_get("", "watermark")?, r.try_get("", "last_id")?));
        }
    }
    Ok(out)
}

async fn set_watermark(db: &impl ConnectionTrait, kind: Kind, at: DateTime<Utc>, id: i32) -> Result<(), AppError> {
    let res = db
        .execute_raw(stmt(
            db,
            "UPDATE search_state SET watermark = ?, last_id = ? WHERE kind = ?",
            vec![at.into(), id.into(), kind.as_str().into()],
        ))
        .await?;
    if res.rows_affected() == 0 {
        db.execute_raw(stmt(
            db,
            "INSERT INTO search_state (kind, watermark, last_id) VALUES (?, ?, ?)",
            vec![kind.as_str().into(), at.into(), id.into()],
        ))
        .await?;
    }
    Ok(())
}

/// Ids and times of rows of `kind` after the (updated_at, id) position `after`, oldest first.
/// Keyset paging on (updated_at, id): equal timestamps (bulk loads) are neither skipped nor
/// read twice.
async fn changed(
    db: &impl ConnectionTrait,
    kind: Kind,
    after: Option<(DateTime<Utc>, i32)>,
) -> Result<Vec<(i32, DateTime<Utc>)>, AppError> {
    let table = kind.table();
    let (sql, vals): (String, Vec<Value>) = match after {
        // Two seeks on the (updated_at, id) index: the rest of the rows sharing the
        // watermark's time (a bulk load), then the later times. One `OR` would scan every row
        // sharing that time on each call.
        Some((at, id)) => (
            format!(
                "SELECT id, updated_at FROM ( \
                   SELECT id, updated_at FROM (SELECT id, updated_at FROM {table} WHERE updated_at = ? AND id > ? ORDER BY id LIMIT {BATCH}) a \
                   UNION ALL \
                   SELECT id, updated_at FROM (SELECT id, updated_at FROM {table} WHERE updated_at > ? ORDER BY updated_at, id LIMIT {BATCH}) b \
                 ) c ORDER BY updated_at, id LIMIT {BATCH}"
            ),
            vec![at.into(), id.into(), at.into()],
        ),
        None => (
            format!("SELECT id, updated_at FROM {table} ORDER BY updated_at, id LIMIT {BATCH}"),
            vec![],
        ),
    };
    let rows = db.query_all_raw(stmt(db, &sql, vals)).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        out.push((
            r.try_get::<i32>("", "id")?,
            r.try_get::<DateTime<Utc>>("", "updated_at")?,
        ));
    }
    Ok(out)
}

/// How much of the index to bring up to date in one call.
#[derive(Clone, Copy, Debug)]
pub enum Pass {
    /// Everything changed since the last pass (the worker, `reindex`).
    Full,
    /// As [`Pass::Full`], and rows changed shortly before the last pass are read again, so a
    /// write that committed late with an earlier timestamp is not missed (the worker, once a
    /// minute). Reading them again does not move the watermark.
    ///
    /// `previous` is when this process's previous overlap pass began: every row committed
    /// before then was read by it, and a late commit since then carries a time at most
    /// [`OVERLAP_SECONDS`] (plus [`CLOCK_SKEW_SECONDS`] between instances) before it. So after
    /// a bulk load the same rows are not read again every minute until the next edit.
    Overlap { previous: Option<DateTime<Utc>> },
    /// At most this many batches of 500 rows in all (a search request: never slow, even just
    /// after an upgrade; the worker does the rest).
    Budget(usize),
}

/// Indexes what changed since the last pass. Returns how many records were (re)indexed.
/// `progress` is told after each batch (for the command line).
pub async fn sync_with(
    db: &DatabaseConnection,
    pass: Pass,
    progress: &mut (dyn FnMut(Kind, usize) + Send),
) -> Result<usize, AppError> {
    Ok(sync_pass(db, pass, progress).await?.0)
}

/// [`sync_with`], also saying whether a [`Pass::Budget`] ran out with changes possibly left.
async fn sync_pass(
    db: &DatabaseConnection,
    pass: Pass,
    progress: &mut (dyn FnMut(Kind, usize) + Send),
) -> Result<(usize, bool), AppError> {
    let mut total = 0;
    let mut batches = 0usize;
    let marks = watermarks(db).await?;
    for kind in Kind::ALL {
        let mark = marks.get(&kind).copied();
        let mut cursor = match (pass, mark) {
            (Pass::Overlap { previous }, Some((at, id))) => {
                let mut from = at - chrono::Duration::seconds(OVERLAP_SECONDS);
                if let Some(p) = previous {
                    from = from.max(p - chrono::Duration::seconds(OVERLAP_SECONDS + CLOCK_SKEW_SECONDS));
                }
                if from < at { Some((from, 0)) } else { Some((at, id)) }
            }
            _ => mark,
        };
        loop {
            if let Pass::Budget(max) = pass
                && batches >= max
            {
                return Ok((total, true));
            }
            let rows = changed(db, kind, cursor).await?;
            if rows.is_empty() {
                break;
            }
            batches += 1;
            let ids: Vec<i32> = rows.iter().map(|r| r.0).collect();
            let (last_id, last_at) = rows[rows.len() - 1];
            let txn = crate::db::begin_write(db).await?;
            reindex(&txn, kind, &ids).await?;
            // Agenda items show their event's visibility; people their organization's name.
            match kind {
                Kind::Event => {
                    let items: Vec<i32> = agenda_item::Entity::find()
                        .select_only()
                        .column(agenda_item::Column::Id)
                        .filter(agenda_item::Column::EventId.is_in(ids.clone()))
                        .into_tuple()
                        .all(&txn)
                        .await?;
                    reindex(&txn, Kind::Agenda, &items).await?;
                }
                Kind::Organization => {
                    let people: Vec<i32> = person::Entity::find()
                        .select_only()
                        .column(person::Column::Id)
                        .filter(person::Column::OrganizationId.is_in(ids.clone()))
                        .into_tuple()
                        .all(&txn)
                        .await?;
                    reindex(&txn, Kind::Person, &people).await?;
                }
                _ => {}
            }
            if mark.is_none_or(|m| (last_at, last_id) > m) {
                set_watermark(&txn, kind, last_at, last_id).await?;
            }
            txn.commit().await?;
            total += ids.len();
            progress(kind, ids.len());
            cursor = Some((last_at, last_id));
            if (rows.len() as u64) < BATCH {
                break;
            }
        }
    }
    Ok((total, false))
}

/// Brings the index up to date.
pub async fn sync(db: &DatabaseConnection) -> Result<usize, AppError> {
    sync_with(db, Pass::Full, &mut |_, _| {}).await
}

/// Removes entries whose record no longer exists (agenda items are deleted outright).
pub async fn sweep(db: &impl ConnectionTrait) -> Result<(), AppError> {
    for kind in Kind::ALL {
        let table = kind.table();
        let cond = format!("kind = '{}' AND ref_id NOT IN (SELECT id FROM {table})", kind.as_str());
        if !pg(db) {
            db.execute_unprepared(&format!(
                "DELETE FROM search_fts WHERE rowid IN (SELECT {} FROM search_entry WHERE {cond})",
                fts_rowid_sql()
            ))
            .await?;
        }
        db.execute_unprepared(&format!("DELETE FROM search_entry WHERE {cond}"))
            .await?;
    }
    Ok(())
}

/// Empties the index and builds it again from every table.
pub async fn rebuild(
    db: &DatabaseConnection,
    progress: &mut (dyn FnMut(Kind, usize) + Send),
) -> Result<usize, AppError> {
    if pg(db) {
        db.execute_unprepared("DELETE FROM search_entry").await?;
    } else {
        db.execute_unprepared("DELETE FROM search_fts").await?;
        db.execute_unprepared("DELETE FROM search_entry").await?;
    }
    db.execute_unprepared("DELETE FROM search_state").await?;
    let n = sync_with(db, Pass::Full, progress).await?;
    optimize(db).await?;
    Ok(n)
}

/// SQLite: merges the full-text index into one segment (about a second per 100,000 records),
/// after a rebuild or a large load. Many small segments make every search slower.
pub async fn optimize(db: &impl ConnectionTrait) -> Result<(), AppError> {
    if !pg(db) {
        db.execute_unprepared("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
            .await?;
    }
    Ok(())
}

/// SQLite: a bounded step of merging the full-text index's segments (the worker, once a
/// minute), so an index written a little at a time stays quick to search.
pub async fn merge_step(db: &impl ConnectionTrait) -> Result<(), AppError> {
    if !pg(db) {
        db.execute_unprepared("INSERT INTO search_fts (search_fts, rank) VALUES ('merge', 500)")
            .await?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Asking

#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub kind: Kind,
    pub kind_label: &'static str,
    pub ref_id: i32,
    pub url: String,
    /// Escaped HTML with the matching words in `<mark>`.
    pub title_html: String,
    pub snippet_html: String,
    #[serde(skip)]
    pub title: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub kind: Kind,
    pub key: &'static str,
    pub label: &'static str,
    pub count: i64,
    pub hits: Vec<Hit>,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct Results {
    pub terms: Vec<String>,
    /// Every kind with matches, with its count; in the overview, its best few hits.
    pub groups: Vec<Group>,
    pub total: i64,
    /// The index had more changes to take in than one search does: recent changes may be
    /// missing until the background worker catches up (just after an upgrade or a large import).
    pub catching_up: bool,
}

/// Who is asking, in the words the index uses.
struct Audience {
    secretariat: bool,
    user: Option<(i32, String, Option<i32>)>,
}

impl Audience {
    fn of(user: Option<&CurrentUser>) -> Self {
        Audience {
            secretariat: user.is_some_and(|u| u.is_secretariat()),
            user: user.map(|u| (u.id, u.email.clone(), u.organization_id)),
        }
    }

    /// A SQL condition on the matches, and its values. On SQLite the visibility is read from
    /// the full-text row id ([`fts_rowid`]); only the few entries restricted to some people are
    /// looked up (once per search, by the visibility index).
    fn condition(&self, pg: bool) -> (String, Vec<Value>) {
        if self.secretariat {
            return ("1 = 1".into(), vec![]);
        }
        let Some((id, email, org)) = &self.user else {
            let sql = if pg {
                "e.visibility = 'public'".to_string()
            } else {
                "(search_fts.rowid & 3) = 0".to_string()
            };
            return (sql, vec![]);
        };
        let vals = vec![(*id).into(), email.clone().into(), org.unwrap_or(-1).into()];
        let sql = if pg {
            "(e.visibility IN ('public', 'network') \
              OR (e.visibility = 'invited' AND e.scope_id IN (SELECT event_id FROM participant WHERE user_id = ? OR email = ?)) \
              OR (e.visibility = 'secretariat' AND e.scope_id IS NOT NULL AND e.scope_id = ?))"
                .to_string()
        } else {
            format!(
                "((search_fts.rowid & 3) <= 1 OR {} IN (SELECT id FROM search_entry WHERE \
                  (visibility = 'invited' AND scope_id IN (SELECT event_id FROM participant WHERE user_id = ? OR email = ?)) \
                  OR (visibility = 'secretariat' AND scope_id IS NOT NULL AND scope_id = ?)))",
                entry_id_sql()
            )
        };
        (sql, vals)
    }
}

/// The PostgreSQL query: every term, each as a prefix.
fn pg_query(terms: &[String]) -> String {
    terms.iter().map(|t| format!("{t}:*")).collect::<Vec<_>>().join(" & ")
}

/// Most indexed words a prefix is spelled out into (SQLite); beyond this the engine expands it.
const MAX_EXPANSIONS: usize = 16;

/// The FTS5 query: every term as a prefix. A prefix of four or more letters that few indexed
/// words start with is spelled out as those words ("referr" becomes "referr" OR "referral" OR
/// "referrals"): the engine reads exact words lazily, but first gathers all of a prefix's
/// matches in memory, which for a word found in every record costs more than the rest of the
/// search. Shorter prefixes use the engine's own prefix index.
async fn fts_query(db: &impl ConnectionTrait, terms: &[String]) -> Result<String, AppError> {
    let quote = |w: &str| format!("\"{}\"", w.replace('"', "\"\""));
    let mut parts = Vec::with_capacity(terms.len());
    for t in terms {
        if t.chars().count() < 4 {
            parts.push(format!("{}*", quote(t)));
            continue;
        }
        let rows = db
            .query_all_raw(stmt(
                db,
                &format!(
                    "SELECT term FROM search_vocab WHERE term > ? AND term < ? LIMIT {}",
                    MAX_EXPANSIONS + 1
                ),
                vec![t.clone().into(), format!("{t}\u{10FFFF}").into()],
            ))
            .await?;
        if rows.len() > MAX_EXPANSIONS {
            parts.push(format!("{}*", quote(t)));
            continue;
        }
        let mut words = vec![quote(t)];
        for r in rows {
            words.push(quote(&r.try_get::<String>("", "term")?));
        }
        parts.push(if words.len() == 1 {
            words.remove(0)
        } else {
            format!("({})", words.join(" OR "))
        });
    }
    Ok(parts.join(" AND "))
}

/// How many of a kind's newest matches are ranked by relevance. Ranking reads every ranked
/// match's word positions, so it is bounded: when more of one kind match, its newest are ranked
/// (counts stay exact, and the older matches follow, newest first, on the kind's later pages).
pub const RANK_WINDOW: u64 = 2_000;

/// One search's SQL: the matches the audience may see, on either engine.
struct MatchQuery {
    pg: bool,
    /// The engine's query, then the audience condition's values: the order of the `?`s.
    values: Vec<Value>,
    cond: String,
}

impl MatchQuery {
    fn new(pg: bool, engine_query: String, audience: &Audience) -> Self {
        let (cond, cvals) = audience.condition(pg);
        let mut values: Vec<Value> = vec![engine_query.into()];
        values.extend(cvals);
        MatchQuery { pg, values, cond }
    }

    /// The kind's number ([`Kind::code`]) of a match.
    fn kind_sql(&self) -> String {
        if self.pg {
            format!("{}::bigint", kind_code_sql("e.kind", 0))
        } else {
            format!("(search_fts.rowid >> {KIND_SHIFT})")
        }
    }

    /// `FROM ... WHERE ...` of the matches, of one kind when given (on SQLite a range of row
    /// ids, which the engine seeks into).
    fn source(&self, kind: Option<Kind>) -> String {
        let only = match (kind, self.pg) {
            (None, _) => String::new(),
            (Some(k), true) => format!(" AND e.kind = '{}'", k.as_str()),
            (Some(k), false) => {
                let (lo, hi) = kind_range(k);
                format!(" AND search_fts.rowid BETWEEN {lo} AND {hi}")
            }
        };
        if self.pg {
            format!(
                "FROM search_entry e, to_tsquery('simple', ?) q WHERE e.tsv @@ q AND {}{only}",
                self.cond
            )
        } else {
            format!("FROM search_fts WHERE search_fts MATCH ? AND {}{only}", self.cond)
        }
    }

    /// The entry id and the "newest first" order of a match.
    fn id_and_order(&self) -> (String, &'static str) {
        if self.pg {
            ("e.id".into(), "e.id")
        } else {
            (entry_id_sql(), "search_fts.rowid")
        }
    }

    /// The newest [`RANK_WINDOW`] matches of a kind: entry id, kind number and score (higher
    /// is better).
    fn ranked_window(&self, kind: Kind) -> String {
        let (id, newest) = self.id_and_order();
        let score = if self.pg {
            "ts_rank(e.tsv, q)::float8"
        } else {
            "-bm25(search_fts, 4.0, 1.0)"
        };
        format!(
            "SELECT {id} AS id, {} AS k, {score} AS score {} ORDER BY {newest} DESC LIMIT {RANK_WINDOW}",
            self.kind_sql(),
            self.source(Some(kind))
        )
    }

    /// How many matches of each kind (of one kind when given).
    async fn counts(&self, db: &impl ConnectionTrait, kind: Option<Kind>) -> Result<Vec<(Kind, i64)>, AppError> {
        let sql = format!(
            "SELECT {} AS k, COUNT(*) AS n {} GROUP BY 1",
            self.kind_sql(),
            self.source(kind)
        );
        let rows = db.query_all_raw(stmt(db, &sql, self.values.clone())).await?;
        let mut out = vec![];
        for r in rows {
            if let Some(kind) = Kind::from_code(r.try_get::<i64>("", "k")?) {
                out.push((kind, r.try_get::<i64>("", "n")?));
            }
        }
        Ok(out)
    }

    /// The best [`PER_KIND`] of each of these kinds: (entry id, kind, score). One statement;
    /// scores are comparable across kinds (the engine weighs words over the whole index).
    async fn best(&self, db: &impl ConnectionTrait, kinds: &[Kind]) -> Result<Vec<(i32, Kind, f64)>, AppError> {
        if kinds.is_empty() {
            return Ok(vec![]);
        }
        let sql = kinds
            .iter()
            .map(|k| {
                format!(
                    "SELECT id, k, score FROM (SELECT id, k, score FROM ({}) w{n} ORDER BY score DESC, id DESC LIMIT {PER_KIND}) b{n}",
                    self.ranked_window(*k),
                    n = k.code()
                )
            })
            .collect::<Vec<_>>()
            .join(" UNION ALL ");
        let values: Vec<Value> = kinds.iter().flat_map(|_| self.values.iter().cloned()).collect();
        let rows = db.query_all_raw(stmt(db, &sql, values)).await?;
        let mut out = vec![];
        for r in rows {
            if let Some(kind) = Kind::from_code(r.try_get::<i64>("", "k")?) {
                out.push((r.try_get::<i32>("", "id")?, kind, r.try_get::<f64>("", "score")?));
            }
        }
        Ok(out)
    }

    /// One page of one kind: ranked within the window, newest first after it.
    async fn page(&self, db: &impl ConnectionTrait, kind: Kind, offset: u64) -> Result<Vec<i32>, AppError> {
        let sql = if offset < RANK_WINDOW {
            format!(
                "SELECT id FROM ({}) w ORDER BY score DESC, id DESC LIMIT {PER_PAGE} OFFSET {offset}",
                self.ranked_window(kind)
            )
        } else {
            let (id, newest) = self.id_and_order();
            format!(
                "SELECT {id} AS id {} ORDER BY {newest} DESC LIMIT {PER_PAGE} OFFSET {offset}",
                self.source(Some(kind))
            )
        };
        let rows = db.query_all_raw(stmt(db, &sql, self.values.clone())).await?;
        rows.iter().map(|r| Ok(r.try_get::<i32>("", "id")?)).collect()
    }
}

/// The hits for these entry ids, in the order given.
async fn hits(db: &impl ConnectionTrait, ids: &[i32], terms: &[String]) -> Result<Vec<Hit>, AppError> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    let marks = vec!["?"; ids.len()].join(",");
    let rows = db
        .query_all_raw(stmt(
            db,
            &format!("SELECT id, kind, ref_id, title, body, url FROM search_entry WHERE id IN ({marks})"),
            ids.iter().map(|i| Value::from(*i)).collect(),
        ))
        .await?;
    let mut by_id: HashMap<i32, Hit> = HashMap::new();
    for r in rows {
        let kind: String = r.try_get("", "kind")?;
        let Some(kind) = Kind::parse(&kind) else { continue };
        let title: String = r.try_get("", "title")?;
        let body: String = r.try_get("", "body")?;
        by_id.insert(
            r.try_get("", "id")?,
            Hit {
                kind,
                kind_label: kind.label(),
                ref_id: r.try_get("", "ref_id")?,
                url: r.try_get("", "url")?,
                title_html: highlight(&title, terms),
                snippet_html: snippet(&body, terms, 30),
                title,
            },
        );
    }
    Ok(ids.iter().filter_map(|i| by_id.remove(i)).collect())
}

fn group(kind: Kind, count: i64, hits: Vec<Hit>) -> Group {
    Group {
        kind,
        key: kind.as_str(),
        label: kind.label(),
        count,
        hits,
    }
}

pub const PER_KIND: u64 = 5;
pub const PER_PAGE: u64 = 20;
// A kind's pages never straddle the end of the ranking window.
const _: () = assert!(RANK_WINDOW.is_multiple_of(PER_PAGE));

/// Searches. Without `only`, every kind with matches and its best [`PER_KIND`] hits, kinds with
/// the best hit first; with `only`, one page of that kind. The index is brought up to date first
/// (a bounded amount of work; the worker does the rest).
///
/// Counting reads only the full-text index; ranking covers each kind's newest [`RANK_WINDOW`]
/// matches.
pub async fn search(
    db: &DatabaseConnection,
    user: Option<&CurrentUser>,
    q: &str,
    only: Option<Kind>,
    page: u64,
) -> Result<Results, AppError> {
    let terms = terms(q);
    if terms.is_empty() {
        return Ok(Results::default());
    }
    let catching_up = match sync_pass(db, Pass::Budget(4), &mut |_, _| {}).await {
        Ok((_, more)) => more,
        Err(e) => {
            // A busy database must not stop people from finding what is already indexed.
            tracing::warn!(error = %e, "search index sync failed");
            false
        }
    };
    let pg = pg(db);
    let eq = if pg {
        pg_query(&terms)
    } else {
        fts_query(db, &terms).await?
    };
    let query = MatchQuery::new(pg, eq, &Audience::of(user));
    if let Some(kind) = only {
        let count = query.counts(db, Some(kind)).await?.first().map(|c| c.1).unwrap_or(0);
        let offset = super::paging::offset(page, PER_PAGE);
        let ids = if offset < count.max(0) as u64 {
            query.page(db, kind, offset).await?
        } else {
            vec![]
        };
        let hits = hits(db, &ids, &terms).await?;
        return Ok(Results {
            terms,
            groups: vec![group(kind, count, hits)],
            total: count,
            catching_up,
        });
    }
    let counts = query.counts(db, None).await?;
    if counts.is_empty() {
        return Ok(Results {
            terms,
            catching_up,
            ..Default::default()
        });
    }
    let kinds: Vec<Kind> = counts.iter().map(|c| c.0).collect();
    let mut best = query.best(db, &kinds).await?;
    best.sort_by(|a, b| b.2.total_cmp(&a.2).then(b.0.cmp(&a.0)));
    let ids: Vec<i32> = best.iter().map(|b| b.0).collect();
    let all = hits(db, &ids, &terms).await?;
    let mut order: Vec<Kind> = vec![];
    for b in &best {
        if !order.contains(&b.1) {
            order.push(b.1);
        }
    }
    let count_of = |k: Kind| counts.iter().find(|c| c.0 == k).map(|c| c.1).unwrap_or(0);
    let total = counts.iter().map(|c| c.1).sum();
    let groups = order
        .into_iter()
        .map(|kind| {
            group(
                kind,
                count_of(kind),
                all.iter().filter(|h| h.kind == kind).cloned().collect(),
            )
        })
        .collect();
    Ok(Results {
        terms,
        groups,
        total,
        catching_up,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_accents_and_writes_cyrillic_in_latin() {
        assert_eq!(fold("Tiranë"), "tirane");
        assert_eq!(fold("Petrović"), "petrovic");
        assert_eq!(fold("Đorđe Šćekić"), "dorde scekic");
        assert_eq!(fold("Петровић"), "petrovic");
        assert_eq!(fold("Скопје"), "skopje");
    }

    #[test]
    fn terms_are_folded_words_without_operators() {
        assert_eq!(terms("Tiranë  \"shelter\" OR x*"), vec!["tirane", "shelter", "or"]);
        assert!(terms("* - ( )").is_empty());
        assert_eq!(terms(&"a b ".repeat(50)).len(), 0);
    }

    #[test]
    fn highlight_marks_accented_words_and_escapes_the_rest() {
        let t = terms("tirane");
        assert_eq!(
            highlight("Roundtable in Tiranë <b>", &t),
            "Roundtable in <mark>Tiranë</mark> &lt;b&gt;"
        );
        let long = format!("{} Petrović said {}", "word ".repeat(100), "more ".repeat(100));
        let s = snippet(&long, &terms("petrovic"), 20);
        assert!(s.starts_with("… "));
        assert!(s.ends_with(" …"));
        assert!(s.contains("<mark>Petrović</mark>"));
    }

    #[test]
    fn postgres_placeholders_are_numbered() {
        assert_eq!(numbered("a = ? AND b = ?"), "a = $1 AND b = $2");
    }
}
