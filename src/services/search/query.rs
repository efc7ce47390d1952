//! Asking: the matches a viewer may see, ranked, counted and grouped by kind.

use std::collections::HashMap;

use sea_orm::{ConnectionTrait, DatabaseConnection, Value};
use serde::Serialize;

use super::index::{KIND_SHIFT, entry_id_sql, kind_code_sql, kind_range};
use super::sync::{Pass, sync_pass};
use super::text::{highlight, snippet, terms};
use super::{Kind, pg, stmt};
use crate::auth::CurrentUser;
use crate::error::AppError;

#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub kind: Kind,
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
    /// The catalogue key of the kind's name.
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
        label: kind.label_key(),
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
