//! Writing the index: one entry per searchable record, and the full-text row ids.

use std::collections::{HashMap, HashSet};

use entity::{
    action_item, agenda_item, country, document, document_version, event, legal_entry, legal_topic, organization,
    organization_service, person, service,
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, TransactionSession, TransactionTrait, Value};

use super::text::index_text;
use super::{Kind, pg, stmt};
use crate::db::now;
use crate::error::AppError;

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

/// Visibilities in the order of their number in the full-text row id (two bits).
const VISIBILITY_CODES: [&str; 4] = ["public", "network", "invited", "secretariat"];

/// Bits of the full-text row id: kind above [`KIND_SHIFT`], entry id above the two visibility
/// bits. Entry ids stay below 2^38.
pub(super) const KIND_SHIFT: u32 = 40;
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
pub(super) fn kind_range(kind: Kind) -> (i64, i64) {
    let lo = kind.code() << KIND_SHIFT;
    (lo, lo | ((1 << KIND_SHIFT) - 1))
}

/// SQL turning a `kind` column into its code shifted left by `shift` bits.
pub(super) fn kind_code_sql(column: &str, shift: u32) -> String {
    let arms: String = Kind::ALL
        .iter()
        .map(|k| format!(" WHEN '{}' THEN {}", k.as_str(), k.code() << shift))
        .collect();
    format!("(CASE {column}{arms} ELSE 0 END)")
}

/// [`fts_rowid`] in SQL, over the columns of `search_entry`.
pub(super) fn fts_rowid_sql() -> String {
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
pub(super) fn entry_id_sql() -> String {
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

/// The rows of `E` whose `column` holds one of `ids`.
async fn by_ids<E: EntityTrait>(
    db: &impl ConnectionTrait,
    column: E::Column,
    ids: &[i32],
) -> Result<Vec<E::Model>, AppError> {
    Ok(E::find().filter(column.is_in(ids.iter().copied())).all(db).await?)
}

/// Builds the entries of these records; records that should not be found are left out.
async fn load(db: &impl ConnectionTrait, kind: Kind, ids: &[i32]) -> Result<Vec<Entry>, AppError> {
    let mut out = vec![];
    match kind {
        Kind::Document => {
            let docs = by_ids::<document::Entity>(db, document::Column::Id, ids).await?;
            let versions: HashMap<(i32, i32), document_version::Model> =
                by_ids::<document_version::Entity>(db, document_version::Column::DocumentId, ids)
                    .await?
                    .into_iter()
                    .map(|v| ((v.document_id, v.number), v))
                    .collect();
            for d in docs.into_iter().filter(|d| !d.archived) {
                let v = versions.get(&(d.id, d.current_version));
                // The type as the default language names it.
                let type_name = crate::services::documents::type_label(crate::i18n::DEFAULT_LANGUAGE, &d.doc_type);
                let mut body = join_some(&[Some(type_name.as_str()), Some(&d.tags), v.map(|v| v.filename.as_str())]);
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
            for e in by_ids::<event::Entity>(db, event::Column::Id, ids).await? {
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
            let items = by_ids::<agenda_item::Entity>(db, agenda_item::Column::Id, ids).await?;
            let ev_ids: Vec<i32> = items.iter().map(|i| i.event_id).collect();
            let events: HashMap<i32, event::Model> = by_ids::<event::Entity>(db, event::Column::Id, &ev_ids)
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
            for a in by_ids::<action_item::Entity>(db, action_item::Column::Id, ids).await? {
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
            let orgs = by_ids::<organization::Entity>(db, organization::Column::Id, ids).await?;
            let mut services: HashMap<i32, Vec<String>> = HashMap::new();
            for s in
                by_ids::<organization_service::Entity>(db, organization_service::Column::OrganizationId, ids).await?
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
            let people = by_ids::<person::Entity>(db, person::Column::Id, ids).await?;
            let org_ids: Vec<i32> = people.iter().map(|p| p.organization_id).collect();
            let orgs: HashMap<i32, String> = by_ids::<organization::Entity>(db, organization::Column::Id, &org_ids)
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
        Kind::Service => {
            // Found by name, kind, city, countries, areas and organization; a confidential
            // location's address is never indexed, and neither is any other address.
            let names = country_names(db).await?;
            let services = by_ids::<service::Entity>(db, service::Column::Id, ids).await?;
            let org_ids: Vec<i32> = services.iter().map(|s| s.organization_id).collect();
            let orgs: HashMap<i32, String> = by_ids::<organization::Entity>(db, organization::Column::Id, &org_ids)
                .await?
                .into_iter()
                .map(|o| (o.id, o.name))
                .collect();
            for s in services {
                let countries: Vec<&str> = s
                    .countries
                    .split(',')
                    .filter_map(|c| names.get(c.trim()).map(|n| n.as_str()))
                    .collect();
                let countries = countries.join(", ");
                let body = format!(
                    "{}\n{}",
                    join_some(&[
                        Some(&s.kind.replace('_', " ")),
                        Some(&s.city),
                        Some(&countries),
                        Some(&s.areas),
                        orgs.get(&s.organization_id).map(|n| n.as_str()),
                    ]),
                    s.description
                );
                out.push(Entry {
                    kind,
                    ref_id: s.id,
                    title: s.name,
                    body,
                    url: format!("/services/{}", s.id),
                    visibility: "network",
                    scope_id: None,
                });
            }
        }
        Kind::Legal => {
            let names = country_names(db).await?;
            let entries = by_ids::<legal_entry::Entity>(db, legal_entry::Column::Id, ids).await?;
            let topic_ids: Vec<i32> = entries.iter().map(|e| e.topic_id).collect();
            let topics: HashMap<i32, legal_topic::Model> =
                by_ids::<legal_topic::Entity>(db, legal_topic::Column::Id, &topic_ids)
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
