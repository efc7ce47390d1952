//! Writes: creating, editing, commenting and bulk changes. Every change is logged in the item's
//! history and notified.

use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

use crate::db::now;
use crate::error::{AppError, FieldErrors};
use crate::i18n::msg;
use crate::mail::Notifier;
use crate::services::action_notices;
use crate::services::validate;
use entity::{action_item, action_item_change, action_item_supporter};

use super::input::{ItemFields, ItemInput};
use super::{STATUSES, get, supporters_of};

async fn set_supporters(db: &impl ConnectionTrait, id: i32, orgs: &[i32]) -> Result<(), AppError> {
    action_item_supporter::Entity::delete_many()
        .filter(action_item_supporter::Column::ItemId.eq(id))
        .exec(db)
        .await?;
    for o in orgs {
        action_item_supporter::ActiveModel {
            item_id: Set(id),
            organization_id: Set(*o),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// An item's history as one person changes it: every line says who, when, which field, the old
/// and the new value, and the comment given with it.
struct History<'a, C> {
    db: &'a C,
    item: i32,
    user: Option<i32>,
}

impl<C: ConnectionTrait> History<'_, C> {
    async fn log(
        &self,
        field: &str,
        old: Option<String>,
        new: Option<String>,
        comment: Option<String>,
    ) -> Result<(), AppError> {
        action_item_change::ActiveModel {
            item_id: Set(self.item),
            user_id: Set(self.user),
            field: Set(field.to_string()),
            old_value: Set(old),
            new_value: Set(new),
            comment: Set(comment),
            created_at: Set(now()),
            ..Default::default()
        }
        .insert(self.db)
        .await?;
        Ok(())
    }
}

/// The item's own fields from `i` (the supporters are rows of their own: [`set_supporters`]).
fn apply(am: &mut action_item::ActiveModel, i: ItemInput) {
    am.title = Set(i.title);
    am.description = Set(i.description);
    am.owner_org_id = Set(i.owner_org_id);
    am.owner_person_id = Set(i.owner_person_id);
    am.due_on = Set(i.due_on);
    am.priority = Set(i.priority);
    am.status = Set(i.status);
    am.percent = Set(i.percent);
    am.countries = Set(i.countries);
    am.tags = Set(i.tags);
    am.event_id = Set(i.event_id);
    am.agenda_item_id = Set(i.agenda_item_id);
    am.legal_topic_id = Set(i.legal_topic_id);
    am.legal_country = Set(i.legal_country);
}

pub async fn create(
    db: &DatabaseConnection,
    i: ItemInput,
    author: Option<i32>,
    notifier: Option<&Notifier<'_>>,
) -> Result<action_item::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let t = now();
    let mut am = action_item::ActiveModel {
        created_by: Set(author),
        created_at: Set(t),
        updated_at: Set(t),
        ..Default::default()
    };
    let supporters = i.supporters.clone();
    let gap = i.gap.clone();
    apply(&mut am, i);
    let item = am.insert(&txn).await?;
    set_supporters(&txn, item.id, &supporters).await?;
    if let Some(gap) = &gap {
        crate::services::coverage::link_action(&txn, gap, item.id, author).await?;
    }
    let history = History {
        db: &txn,
        item: item.id,
        user: author,
    };
    history.log("created", None, Some(item.title.clone()), None).await?;
    if let Some(n) = notifier {
        let key = format!("action:{}:assigned:{}", item.id, item.owner_org_id);
        action_notices::send(&txn, n, &item, "assigned", None, author, &key).await?;
    }
    txn.commit().await?;
    Ok(item)
}

fn opt<T: ToString>(v: &Option<T>) -> Option<String> {
    v.as_ref().map(|x| x.to_string())
}

/// Saves new values; every field that changed is logged (old, new, who, when).
/// Saves an edit based on version `based_on`; `StaleEdit` when the item moved on.
pub async fn update(
    db: &DatabaseConnection,
    id: i32,
    i: ItemInput,
    author: Option<i32>,
    notifier: Option<&Notifier<'_>>,
    based_on: i32,
) -> Result<action_item::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let row = sea_orm::Condition::all().add(action_item::Column::Id.eq(id));
    crate::services::versions::claim::<action_item::Entity>(&txn, row.clone(), action_item::Column::Version, based_on)
        .await?;
    let old = get(&txn, id).await?;
    let old_supporters = supporters_of(&txn, id).await?;
    let changes: Vec<(&str, Option<String>, Option<String>)> = vec![
        ("title", Some(old.title.clone()), Some(i.title.clone())),
        ("description", old.description.clone(), i.description.clone()),
        (
            "owner_org_id",
            Some(old.owner_org_id.to_string()),
            Some(i.owner_org_id.to_string()),
        ),
        ("owner_person_id", opt(&old.owner_person_id), opt(&i.owner_person_id)),
        ("due_on", opt(&old.due_on), opt(&i.due_on)),
        ("priority", Some(old.priority.clone()), Some(i.priority.clone())),
        ("status", Some(old.status.clone()), Some(i.status.clone())),
        ("percent", Some(old.percent.to_string()), Some(i.percent.to_string())),
        ("countries", old.countries.clone(), i.countries.clone()),
        ("tags", old.tags.clone(), i.tags.clone()),
        ("event_id", opt(&old.event_id), opt(&i.event_id)),
        ("agenda_item_id", opt(&old.agenda_item_id), opt(&i.agenda_item_id)),
        ("legal_topic_id", opt(&old.legal_topic_id), opt(&i.legal_topic_id)),
        ("legal_country", old.legal_country.clone(), i.legal_country.clone()),
    ];
    let history = History {
        db: &txn,
        item: id,
        user: author,
    };
    let mut changed = false;
    for (field, a, b) in changes {
        if a != b {
            changed = true;
            history.log(field, a, b, None).await?;
        }
    }
    let mut sorted_old = old_supporters.clone();
    let mut sorted_new = i.supporters.clone();
    sorted_old.sort_unstable();
    sorted_new.sort_unstable();
    if sorted_old != sorted_new {
        changed = true;
        let join = |v: &[i32]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(",");
        history
            .log("supporters", Some(join(&sorted_old)), Some(join(&sorted_new)), None)
            .await?;
    }
    if !changed {
        // An unchanged save gives the claimed version back.
        crate::services::versions::release::<action_item::Entity>(&txn, row, action_item::Column::Version).await?;
        txn.commit().await?;
        return Ok(action_item::Model {
            version: based_on,
            ..old
        });
    }
    let (old_owner, old_status) = (old.owner_org_id, old.status.clone());
    let mut am: action_item::ActiveModel = old.into();
    let supporters = i.supporters.clone();
    apply(&mut am, i);
    am.updated_at = Set(now());
    let item = am.update(&txn).await?;
    set_supporters(&txn, id, &supporters).await?;
    if let Some(n) = notifier {
        let stamp = item.updated_at.timestamp_micros();
        if item.owner_org_id != old_owner {
            let key = format!("action:{}:assigned:{}", item.id, item.owner_org_id);
            action_notices::send(&txn, n, &item, "assigned", None, author, &key).await?;
        }
        if item.status != old_status {
            let detail = format!("{old_status} → {}", item.status);
            let key = format!("action:{}:status:{stamp}", item.id);
            action_notices::send(&txn, n, &item, "status", Some(detail), author, &key).await?;
        }
    }
    txn.commit().await?;
    Ok(item)
}

/// A progress update: a comment, optionally with a new status and percent complete.
pub async fn comment(
    db: &DatabaseConnection,
    id: i32,
    author: Option<i32>,
    text: &str,
    status: &str,
    percent: &str,
    notifier: Option<&Notifier<'_>>,
) -> Result<action_item::Model, AppError> {
    let mut e = FieldErrors::default();
    let text = validate::optional(&mut e, "comment", text, 5000);
    let status = match status.trim() {
        "" => None,
        s => Some(validate::choice(&mut e, "status", s, STATUSES)),
    };
    let percent = match percent.trim() {
        "" => None,
        p => match p.parse::<i32>() {
            Ok(n) if (0..=100).contains(&n) => Some(n),
            _ => {
                e.add("percent", msg("validate-percent"));
                None
            }
        },
    };
    if text.is_none() && status.is_none() && percent.is_none() {
        e.add("comment", msg("action-error-progress-empty"));
    }
    e.into_result()?;
    let txn = crate::db::begin_write(db).await?;
    let old = get(&txn, id).await?;
    let mut am: action_item::ActiveModel = old.clone().into();
    let history = History {
        db: &txn,
        item: id,
        user: author,
    };
    let mut logged_comment = false;
    if let Some(s) = status.filter(|s| *s != old.status) {
        history
            .log("status", Some(old.status.clone()), Some(s.clone()), text.clone())
            .await?;
        logged_comment = true;
        if s == "done" && percent.is_none() && old.percent != 100 {
            history
                .log("percent", Some(old.percent.to_string()), Some("100".into()), None)
                .await?;
            am.percent = Set(100);
        }
        am.status = Set(s);
    }
    if let Some(p) = percent.filter(|p| *p != old.percent) {
        history
            .log(
                "percent",
                Some(old.percent.to_string()),
                Some(p.to_string()),
                if logged_comment { None } else { text.clone() },
            )
            .await?;
        logged_comment = true;
        am.percent = Set(p);
    }
    if !logged_comment && text.is_some() {
        history.log("comment", None, None, text.clone()).await?;
    }
    am.updated_at = Set(now());
    let mut item = am.update(&txn).await?;
    // A progress update changes the item too: an edit form opened before it is stale now.
    let row = sea_orm::Condition::all().add(action_item::Column::Id.eq(id));
    crate::services::versions::bump::<action_item::Entity>(&txn, row, action_item::Column::Version).await?;
    item.version += 1;
    if let Some(n) = notifier {
        let stamp = item.updated_at.timestamp_micros();
        let (kind, detail) = if item.status != old.status {
            let note = text.as_deref().map(|t| format!("\n{t}")).unwrap_or_default();
            ("status", Some(format!("{} → {}{note}", old.status, item.status)))
        } else {
            ("comment", text.clone())
        };
        let key = format!("action:{}:{kind}:{stamp}", item.id);
        action_notices::send(&txn, n, &item, kind, detail, author, &key).await?;
    }
    txn.commit().await?;
    Ok(item)
}

/// Bulk change by the secretariat: a new status and/or a new owner for several items. Each
/// change is logged as usual. Returns how many items changed.
pub async fn bulk(
    db: &DatabaseConnection,
    ids: &[i32],
    status: Option<&str>,
    owner: Option<i32>,
    author: Option<i32>,
    notifier: Option<&Notifier<'_>>,
) -> Result<usize, AppError> {
    let mut e = FieldErrors::default();
    if let Some(s) = status {
        validate::choice(&mut e, "bulk_status", s, STATUSES);
    }
    if let Some(o) = owner
        && entity::organization::Entity::find_by_id(o).one(db).await?.is_none()
    {
        e.add("bulk_owner", msg("validate-choose-org"));
    }
    if status.is_none() && owner.is_none() {
        e.add("bulk_status", msg("action-error-bulk-nothing"));
    }
    if ids.is_empty() {
        e.add("ids", msg("action-error-bulk-none-ticked"));
    }
    e.into_result()?;
    let mut changed = 0;
    for id in ids {
        let item = get(db, *id).await?;
        let supporters = supporters_of(db, *id).await?;
        let mut fields = ItemFields::from_model(&item, supporters);
        if let Some(s) = status {
            fields.status = s.to_string();
            if s == "done" {
                fields.percent = Some(100);
            }
        }
        if let Some(o) = owner {
            fields.owner_org_id = Some(o);
            // A person of the old owner cannot stay the owner person.
            fields.owner_person_id = None;
        }
        let input = fields.parse(db).await?;
        // Based on the item as just read: a change saved in between is not overwritten.
        update(db, *id, input, author, notifier, item.version).await?;
        changed += 1;
    }
    Ok(changed)
}
