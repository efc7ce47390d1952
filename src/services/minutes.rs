//! Minutes of a meeting: notes and decisions for the whole meeting and per agenda item, moving
//! from draft to circulated (participants comment or propose corrections until a deadline) to
//! approved (locked; later changes only as recorded corrections). Every version is kept.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::auth::{Action, CurrentUser, policy};
use crate::db::now;
use crate::error::{AppError, FieldErrors};
use crate::i18n::{msg, t, t_args};
use crate::mail::{self, Category, Mailer, Notification, Recipient};
use crate::services::{participants, validate, versions};
use entity::{minutes, minutes_comment, minutes_revision};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Part {
    pub notes: String,
    pub decisions: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Content {
    pub meeting: Part,
    /// Agenda item id -> its notes and decisions.
    pub items: BTreeMap<i32, Part>,
}

pub fn parse(s: &str) -> Content {
    serde_json::from_str(s).unwrap_or_default()
}

pub async fn get(db: &impl ConnectionTrait, event_id: i32) -> Result<Option<minutes::Model>, AppError> {
    Ok(minutes::Entity::find_by_id(event_id).one(db).await?)
}

/// The minutes as `reader` may read them: draft minutes are the secretariat's alone (the
/// policy's `ManageEvents`), everywhere they appear; once circulated, every reader of the event
/// sees them. `None` when there are none or the reader may not see them yet.
pub async fn readable(
    db: &impl ConnectionTrait,
    event_id: i32,
    reader: &CurrentUser,
) -> Result<Option<(minutes::Model, Content)>, AppError> {
    let Some(m) = get(db, event_id).await? else {
        return Ok(None);
    };
    if m.status == "draft" && !policy::allows(Some(reader), Action::ManageEvents) {
        return Ok(None);
    }
    let content = parse(&m.content);
    Ok(Some((m, content)))
}

pub async fn revisions(db: &impl ConnectionTrait, event_id: i32) -> Result<Vec<minutes_revision::Model>, AppError> {
    Ok(minutes_revision::Entity::find()
        .filter(minutes_revision::Column::EventId.eq(event_id))
        .order_by_desc(minutes_revision::Column::Number)
        .all(db)
        .await?)
}

pub async fn comments(db: &impl ConnectionTrait, event_id: i32) -> Result<Vec<minutes_comment::Model>, AppError> {
    Ok(minutes_comment::Entity::find()
        .filter(minutes_comment::Column::EventId.eq(event_id))
        .order_by_asc(minutes_comment::Column::CreatedAt)
        .all(db)
        .await?)
}

fn check(c: &Content) -> Result<(), AppError> {
    let mut e = FieldErrors::default();
    let mut len = c.meeting.notes.len() + c.meeting.decisions.len();
    for p in c.items.values() {
        len += p.notes.len() + p.decisions.len();
    }
    if len > 200_000 {
        e.add("notes", msg("minutes-error-too-long"));
    }
    e.into_result()
}

async fn revise(
    db: &impl ConnectionTrait,
    event_id: i32,
    content: &str,
    kind: &str,
    note: Option<String>,
    author: Option<i32>,
) -> Result<(), AppError> {
    let number = revisions(db, event_id)
        .await?
        .first()
        .map(|r| r.number + 1)
        .unwrap_or(1);
    minutes_revision::ActiveModel {
        event_id: Set(event_id),
        number: Set(number),
        content: Set(content.to_string()),
        kind: Set(kind.to_string()),
        note: Set(note),
        author_id: Set(author),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Saves the text, based on the minutes' version `based_on` (0: the form was opened before
/// there were any minutes); `StaleEdit` when someone saved in between. While draft or
/// circulated this is an edit; once approved it must be a correction with a reason, and is
/// recorded as one. An unchanged save gives the claimed version back.
pub async fn save(
    db: &DatabaseConnection,
    event_id: i32,
    content: Content,
    correction_note: &str,
    author: Option<i32>,
    based_on: i32,
) -> Result<(), AppError> {
    check(&content)?;
    let json = serde_json::to_string(&content).map_err(AppError::internal)?;
    let txn = crate::db::begin_write(db).await?;
    let row = Condition::all().add(minutes::Column::EventId.eq(event_id));
    if based_on == 0 {
        // The first save: DO NOTHING rather than a unique violation, which on PostgreSQL would
        // abort the transaction before we could read the version the other save created.
        let inserted = minutes::Entity::insert(minutes::ActiveModel {
            event_id: Set(event_id),
            status: Set("draft".into()),
            content: Set(json.clone()),
            deadline: Set(None),
            approved_at: Set(None),
            updated_at: Set(now()),
            version: Set(1),
        })
        .on_conflict(
            sea_orm::sea_query::OnConflict::column(minutes::Column::EventId)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
        if inserted == 0 {
            return Err(versions::stale::<minutes::Entity>(&txn, row, minutes::Column::Version).await?);
        }
        revise(&txn, event_id, &json, "edit", None, author).await?;
        txn.commit().await?;
        return Ok(());
    }
    versions::claim::<minutes::Entity>(&txn, row.clone(), minutes::Column::Version, based_on).await?;
    let current = get(&txn, event_id).await?.ok_or(AppError::NotFound)?;
    let (kind, note) = match current.status.as_str() {
        "approved" => {
            let mut e = FieldErrors::default();
            let note = validate::required(&mut e, "correction_note", correction_note, 2000);
            e.into_result()?;
            ("correction", Some(note))
        }
        _ => ("edit", None),
    };
    if current.content == json {
        versions::release::<minutes::Entity>(&txn, row, minutes::Column::Version).await?;
        txn.commit().await?;
        return Ok(());
    }
    let mut am: minutes::ActiveModel = current.into();
    am.content = Set(json.clone());
    am.updated_at = Set(now());
    am.update(&txn).await?;
    revise(&txn, event_id, &json, kind, note, author).await?;
    txn.commit().await?;
    Ok(())
}

/// Sends the minutes to the participants (not declined) and opens comments until `deadline`.
pub async fn circulate(
    db: &DatabaseConnection,
    mailer: &Mailer,
    base: &str,
    event: &entity::event::Model,
    deadline: &str,
    author: Option<i32>,
) -> Result<usize, AppError> {
    let mut e = FieldErrors::default();
    let deadline = validate::date(&mut e, "deadline", deadline);
    if deadline.is_none() && !e.0.contains_key("deadline") {
        e.add("deadline", msg("minutes-error-deadline"));
    }
    let m = get(db, event.id).await?;
    if m.as_ref().is_none_or(|m| m.status != "draft") {
        e.add("deadline", msg("minutes-error-not-draft"));
    }
    e.into_result()?;
    let m = m.ok_or(AppError::NotFound)?;
    let txn = crate::db::begin_write(db).await?;
    // An edit form opened before circulating is stale.
    let row = Condition::all().add(minutes::Column::EventId.eq(event.id));
    versions::bump::<minutes::Entity>(&txn, row, minutes::Column::Version).await?;
    let content = m.content.clone();
    let mut am: minutes::ActiveModel = m.into();
    am.status = Set("circulated".into());
    am.deadline = Set(deadline);
    am.updated_at = Set(now());
    am.update(&txn).await?;
    revise(&txn, event.id, &content, "circulated", None, author).await?;
    let mut sent = 0;
    for p in participants::list(&txn, event.id).await? {
        if p.status == "declined" {
            continue;
        }
        let user = match p.user_id {
            Some(id) => entity::user::Entity::find_by_id(id).one(&txn).await?,
            None => crate::services::accounts::user_by_email(&txn, &p.email).await?,
        };
        let to = Recipient::for_participant(&p, user.as_ref());
        let n = Notification {
            category: Category::Events,
            template: "notice",
            data: json!({
                "title": t_args(&to.language, "minutes-circulated-subject", &[("title", event.title.as_str().into())]),
                "text": t_args(&to.language, "minutes-circulated-text", &[
                    ("title", event.title.as_str().into()),
                    ("deadline", deadline.map(|d| d.to_string()).unwrap_or_default().into()),
                ]),
                "url": format!("{base}/events/{}/minutes", event.id),
            }),
            dedupe_key: format!("minutes-circulated:{}", event.id),
        };
        sent += mail::notify(&txn, mailer, &[to], &n).await?.queued;
    }
    txn.commit().await?;
    Ok(sent)
}

pub async fn comment(
    db: &impl ConnectionTrait,
    event_id: i32,
    user: &CurrentUser,
    body: &str,
    correction: bool,
    today: NaiveDate,
) -> Result<(), AppError> {
    let m = get(db, event_id).await?.ok_or(AppError::NotFound)?;
    let mut e = FieldErrors::default();
    if m.status != "circulated" || m.deadline.is_some_and(|d| today > d) {
        e.add("comment", msg("minutes-error-closed"));
    }
    let body = validate::required(&mut e, "comment", body, 5000);
    e.into_result()?;
    minutes_comment::ActiveModel {
        event_id: Set(event_id),
        user_id: Set(Some(user.id)),
        author_name: Set(user.name.clone()),
        body: Set(body),
        correction: Set(correction),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

pub async fn approve(db: &DatabaseConnection, event_id: i32, author: Option<i32>) -> Result<(), AppError> {
    let m = get(db, event_id).await?.ok_or(AppError::NotFound)?;
    if m.status == "approved" {
        return Ok(());
    }
    let txn = crate::db::begin_write(db).await?;
    // An edit form opened before approval is stale: saving it now is a correction.
    let row = Condition::all().add(minutes::Column::EventId.eq(event_id));
    versions::bump::<minutes::Entity>(&txn, row, minutes::Column::Version).await?;
    let content = m.content.clone();
    let mut am: minutes::ActiveModel = m.into();
    am.status = Set("approved".into());
    am.approved_at = Set(Some(now()));
    am.updated_at = Set(now());
    am.update(&txn).await?;
    revise(&txn, event_id, &content, "approved", None, author).await?;
    txn.commit().await?;
    Ok(())
}

/// Line-level differences between two versions, as (section, removed, added) triples, the
/// sections named in `lang`.
pub fn diff(
    lang: &str,
    a: &Content,
    b: &Content,
    item_titles: &BTreeMap<i32, String>,
) -> Vec<(String, String, String)> {
    let mut out = vec![];
    let mut cmp = |section: String, x: &Part, y: &Part| {
        for (part, old, new) in [
            ("minutes-diff-notes", &x.notes, &y.notes),
            ("minutes-diff-decisions", &x.decisions, &y.decisions),
        ] {
            if old != new {
                let name = t_args(
                    lang,
                    "minutes-diff-section",
                    &[("section", section.as_str().into()), ("part", t(lang, part).into())],
                );
                out.push((name, old.clone(), new.clone()));
            }
        }
    };
    cmp(t(lang, "minutes-diff-meeting"), &a.meeting, &b.meeting);
    let empty = Part::default();
    let ids: std::collections::BTreeSet<i32> = a.items.keys().chain(b.items.keys()).copied().collect();
    for id in ids {
        let title = item_titles
            .get(&id)
            .cloned()
            .unwrap_or_else(|| t_args(lang, "minutes-diff-item", &[("id", id.into())]));
        cmp(
            title,
            a.items.get(&id).unwrap_or(&empty),
            b.items.get(&id).unwrap_or(&empty),
        );
    }
    out
}
