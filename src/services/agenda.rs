//! Agenda revisions and change notices. Every change to an agenda is kept as a revision (the
//! items as they stood, who, when, and a readable summary). Once an agenda is published,
//! participants hear about changes in one message per quiet window, and a speaker whose own
//! item changed reads about it first.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::db::now;
use crate::error::AppError;
use crate::i18n::t_args;
use crate::mail::{self, Category, Mailer, Notification};
use crate::services::{events, participants};
use entity::{agenda_item, agenda_revision, event};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snap {
    pub id: i32,
    pub day: NaiveDate,
    pub start: String,
    pub end: String,
    pub title: String,
    pub kind: String,
    pub track: Option<String>,
    pub moderator: Option<String>,
    pub speakers: Option<String>,
}

pub fn snapshot(items: &[agenda_item::Model]) -> Vec<Snap> {
    items
        .iter()
        .map(|i| Snap {
            id: i.id,
            day: i.day,
            start: i.start_time.clone(),
            end: i.end_time.clone(),
            title: i.title.clone(),
            kind: i.kind.clone(),
            track: i.track.clone(),
            moderator: i.moderator.clone(),
            speakers: i.speakers.clone(),
        })
        .collect()
}

/// One readable change, and the people (moderator, speakers) of the item it concerns.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub text: String,
    pub people: String,
}

fn day(lang: &str, d: NaiveDate) -> String {
    crate::i18n::dates::day_month(lang, d)
}

fn people_of(s: &Snap) -> String {
    format!(
        "{}\n{}",
        s.moderator.clone().unwrap_or_default(),
        s.speakers.clone().unwrap_or_default()
    )
}

/// What changed from `old` to `new`, in plain sentences (message catalogue, `lang`).
pub fn diff(lang: &str, old: &[Snap], new: &[Snap]) -> Vec<Change> {
    let kind = |s: &Snap| crate::i18n::label(lang, "item-kind", &s.kind);
    let old_by: BTreeMap<i32, &Snap> = old.iter().map(|s| (s.id, s)).collect();
    let new_by: BTreeMap<i32, &Snap> = new.iter().map(|s| (s.id, s)).collect();
    let mut out = vec![];
    for n in new {
        let Some(o) = old_by.get(&n.id) else {
            out.push(Change {
                text: t_args(
                    lang,
                    "agenda-change-added",
                    &[
                        ("kind", kind(n).into()),
                        ("title", n.title.clone().into()),
                        ("day", day(lang, n.day).into()),
                        ("start", n.start.clone().into()),
                        ("end", n.end.clone().into()),
                    ],
                ),
                people: people_of(n),
            });
            continue;
        };
        let people = format!("{}\n{}", people_of(o), people_of(n));
        if o.title != n.title {
            out.push(Change {
                text: t_args(
                    lang,
                    "agenda-change-renamed",
                    &[("old", o.title.clone().into()), ("new", n.title.clone().into())],
                ),
                people: people.clone(),
            });
        }
        if o.day != n.day || o.start != n.start {
            let (from, to) = if o.day != n.day {
                (
                    format!("{} {}", day(lang, o.day), o.start),
                    format!("{} {}", day(lang, n.day), n.start),
                )
            } else {
                (o.start.clone(), n.start.clone())
            };
            out.push(Change {
                text: t_args(
                    lang,
                    "agenda-change-moved",
                    &[
                        ("kind", kind(n).into()),
                        ("title", n.title.clone().into()),
                        ("from", from.into()),
                        ("to", to.into()),
                    ],
                ),
                people: people.clone(),
            });
        } else if o.end != n.end {
            out.push(Change {
                text: t_args(
                    lang,
                    "agenda-change-end",
                    &[("title", n.title.clone().into()), ("end", n.end.clone().into())],
                ),
                people: people.clone(),
            });
        }
        if o.track != n.track {
            out.push(Change {
                text: t_args(
                    lang,
                    "agenda-change-room",
                    &[
                        ("title", n.title.clone().into()),
                        ("room", n.track.clone().unwrap_or_default().into()),
                    ],
                ),
                people: people.clone(),
            });
        }
        if o.speakers != n.speakers || o.moderator != n.moderator {
            out.push(Change {
                text: t_args(lang, "agenda-change-speakers", &[("title", n.title.clone().into())]),
                people,
            });
        }
    }
    for o in old.iter().filter(|o| !new_by.contains_key(&o.id)) {
        out.push(Change {
            text: t_args(
                lang,
                "agenda-change-removed",
                &[
                    ("title", o.title.clone().into()),
                    ("day", day(lang, o.day).into()),
                    ("start", o.start.clone().into()),
                ],
            ),
            people: people_of(o),
        });
    }
    out
}

pub async fn revisions(db: &impl ConnectionTrait, event_id: i32) -> Result<Vec<agenda_revision::Model>, AppError> {
    Ok(agenda_revision::Entity::find()
        .filter(agenda_revision::Column::EventId.eq(event_id))
        .order_by_desc(agenda_revision::Column::Number)
        .all(db)
        .await?)
}

pub fn snaps_of(r: &agenda_revision::Model) -> Vec<Snap> {
    serde_json::from_str(&r.snapshot).unwrap_or_default()
}

/// Records the agenda as it stands now, if it differs from the last revision.
pub async fn record(
    db: &impl ConnectionTrait,
    event_id: i32,
    author: Option<i32>,
) -> Result<Option<agenda_revision::Model>, AppError> {
    let items = events::items(db, event_id).await?;
    let now_snap = snapshot(&items);
    let last = revisions(db, event_id).await?.into_iter().next();
    let before = last.as_ref().map(snaps_of).unwrap_or_default();
    if last.is_some() && before == now_snap {
        return Ok(None);
    }
    let summary = diff("en", &before, &now_snap)
        .into_iter()
        .map(|c| c.text)
        .collect::<Vec<_>>()
        .join("\n");
    let rev = agenda_revision::ActiveModel {
        event_id: Set(event_id),
        number: Set(last.map(|l| l.number + 1).unwrap_or(1)),
        snapshot: Set(serde_json::to_string(&now_snap).map_err(AppError::internal)?),
        summary: Set(summary),
        author_id: Set(author),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(Some(rev))
}

/// Sends one message per participant (not declined) about changes between revisions `from`
/// (exclusive; 0 = the agenda is new) and `to`; a participant named in a changed item gets
/// those changes first, under "your sessions".
pub async fn notify_changes(
    db: &impl ConnectionTrait,
    mailer: &Mailer,
    base: &str,
    ev: &event::Model,
    from: i32,
    to: &agenda_revision::Model,
) -> Result<usize, AppError> {
    let before = if from == 0 {
        vec![]
    } else {
        agenda_revision::Entity::find()
            .filter(agenda_revision::Column::EventId.eq(ev.id))
            .filter(agenda_revision::Column::Number.eq(from))
            .one(db)
            .await?
            .map(|r| snaps_of(&r))
            .unwrap_or_default()
    };
    let after = snaps_of(to);
    let mut sent = 0;
    for p in participants::list(db, ev.id).await? {
        // Declined, or asked (from a mail link) for no more agenda notices.
        if p.status == "declined" || p.quiet {
            continue;
        }
        let user = match p.user_id {
            Some(id) => entity::user::Entity::find_by_id(id).one(db).await?,
            None => None,
        };
        let r = participants::recipient(mailer.secret(), base, &p, user.as_ref(), ev);
        let changes = diff(&r.language, &before, &after);
        let name = p.name.to_lowercase();
        let (mine, others): (Vec<Change>, Vec<Change>) = changes
            .into_iter()
            .partition(|c| from != 0 && !name.is_empty() && c.people.to_lowercase().contains(&name));
        let n = Notification {
            category: Category::Agenda,
            template: "agenda_changes",
            data: json!({
                "title": ev.title,
                "published": from == 0,
                "mine": mine.iter().map(|c| c.text.clone()).collect::<Vec<_>>(),
                "changes": others.iter().map(|c| c.text.clone()).collect::<Vec<_>>(),
                "event_url": participants::details_url(mailer.secret(), base, &p, ev),
            }),
            dedupe_key: format!("agenda:{}:{}", ev.id, to.number),
        };
        sent += mail::notify(db, mailer, &[r], &n).await?.queued;
    }
    Ok(sent)
}

/// Publishes an agenda: records a revision and tells participants at once.
pub async fn publish(
    db: &DatabaseConnection,
    mailer: &Mailer,
    base: &str,
    event_id: i32,
    author: Option<i32>,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let ev = events::get(&txn, event_id).await?;
    record(&txn, event_id, author).await?;
    let latest = revisions(&txn, event_id)
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| AppError::internal("no revision"))?;
    // Nobody is told about the agenda of an event that is over.
    if !ev.agenda_published && ev.ends_at > now() {
        notify_changes(&txn, mailer, base, &ev, 0, &latest).await?;
    }
    let mut am: event::ActiveModel = ev.into();
    am.agenda_published = Set(true);
    am.agenda_notified_revision = Set(latest.number);
    am.update(&txn).await?;
    txn.commit().await?;
    Ok(())
}

/// Sends change notices for published agendas whose first unannounced revision is at least
/// `window` old, gathering every revision since the last notice into one message.
/// Idempotent: the notice's dedupe key names the last revision it covers. Events that have
/// ended are left alone: nobody is told about the agenda of a meeting that is over (the demo's
/// 2023 roundtable, loaded with its agenda published, among them).
pub async fn run_due(
    db: &DatabaseConnection,
    mailer: &Mailer,
    base: &str,
    window: chrono::Duration,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let mut sent = 0;
    for ev in event::Entity::find()
        .filter(event::Column::AgendaPublished.eq(true))
        .filter(event::Column::EndsAt.gt(now))
        .all(db)
        .await?
    {
        let pending = agenda_revision::Entity::find()
            .filter(agenda_revision::Column::EventId.eq(ev.id))
            .filter(agenda_revision::Column::Number.gt(ev.agenda_notified_revision))
            .order_by_asc(agenda_revision::Column::Number)
            .all(db)
            .await?;
        let (Some(first), Some(last)) = (pending.first(), pending.last()) else {
            continue;
        };
        if first.created_at > now - window {
            continue;
        }
        let txn = crate::db::begin_write(db).await?;
        sent += notify_changes(&txn, mailer, base, &ev, ev.agenda_notified_revision, last).await?;
        let number = last.number;
        let mut am: event::ActiveModel = ev.into();
        am.agenda_notified_revision = Set(number);
        am.update(&txn).await?;
        txn.commit().await?;
    }
    Ok(sent)
}
