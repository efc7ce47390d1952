//! Action-item mail: assignment, status changes, comments, and the daily reminder job (due in
//! 7 days, due tomorrow, overdue), with signed one-click links that ask for confirmation.

use chrono::{Duration, NaiveDate, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde_json::json;

use crate::auth::tokens;
use crate::error::AppError;
use crate::mail::{self, Category, Notification, Notifier, Recipient};
use entity::{action_item, user};

pub const QUICK_ACTIONS: &[&str] = &["in_progress", "done", "note"];

/// A signed one-click link for `user` to do `action` on an item, valid 14 days.
pub fn quick_path(secret: &[u8], item: i32, action: &str, user: i32) -> String {
    let exp = (Utc::now() + Duration::days(14)).timestamp();
    let sig = tokens::sign(secret, &format!("quick:{item}:{action}:{user}:{exp}"));
    format!("/actions/{item}/quick/{action}/{user}/{exp}/{sig}")
}

pub fn verify_quick(secret: &[u8], item: i32, action: &str, user: i32, exp: i64, sig: &str) -> bool {
    QUICK_ACTIONS.contains(&action)
        && exp > Utc::now().timestamp()
        && tokens::verify(secret, &format!("quick:{item}:{action}:{user}:{exp}"), sig)
}

/// The active accounts of the owner organization.
async fn recipients(
    db: &impl ConnectionTrait,
    item: &action_item::Model,
    except: Option<i32>,
) -> Result<Vec<user::Model>, AppError> {
    Ok(user::Entity::find()
        .filter(user::Column::OrganizationId.eq(item.owner_org_id))
        .filter(user::Column::Active.eq(true))
        .all(db)
        .await?
        .into_iter()
        .filter(|u| Some(u.id) != except)
        .collect())
}

/// Sends `kind` (assigned, status, comment, due7, due1, overdue) about `item` to its owner
/// organization's people, except the person who made the change. `key` makes it idempotent.
pub async fn send(
    db: &impl ConnectionTrait,
    n: &Notifier<'_>,
    item: &action_item::Model,
    kind: &str,
    detail: Option<String>,
    actor: Option<i32>,
    key: &str,
) -> Result<usize, AppError> {
    let mut sent = 0;
    for u in recipients(db, item, actor).await? {
        let links = QUICK_ACTIONS
            .iter()
            .map(|a| {
                (
                    a.to_string(),
                    format!("{}{}", n.base, quick_path(n.secret, item.id, a, u.id)),
                )
            })
            .collect::<std::collections::HashMap<_, _>>();
        let note = Notification {
            category: Category::ActionItems,
            template: "action_notice",
            data: json!({
                "kind": kind,
                "subject_key": format!("action-mail-{kind}"),
                "title": item.title,
                "detail": detail,
                "due_on": item.due_on.map(|d| d.to_string()),
                "status": item.status,
                "url": format!("{}/actions/{}", n.base, item.id),
                "quick": links,
                "reminder": matches!(kind, "due7" | "due1" | "overdue"),
            }),
            dedupe_key: key.to_string(),
        };
        sent += mail::notify(db, n.mailer, &[Recipient::from_user(&u)], &note)
            .await?
            .queued;
    }
    Ok(sent)
}

/// Queues today's reminders. Safe to run often and on several instances: each reminder's
/// dedupe key names the item, the kind and the day, so it goes out once.
pub async fn run_reminders(db: &DatabaseConnection, n: &Notifier<'_>, today: NaiveDate) -> Result<usize, AppError> {
    let open = action_item::Entity::find()
        .filter(action_item::Column::Status.is_not_in(["done", "cancelled"]))
        .filter(action_item::Column::DueOn.is_not_null())
        .filter(action_item::Column::DueOn.lte(today + Duration::days(7)))
        .all(db)
        .await?;
    let mut sent = 0;
    for item in open {
        let Some(due) = item.due_on else { continue };
        let kind = if due < today {
            "overdue"
        } else if due == today + Duration::days(1) {
            "due1"
        } else if due == today + Duration::days(7) {
            "due7"
        } else {
            continue;
        };
        // Overdue reminders repeat at most once a day; the others once per due date.
        let key = if kind == "overdue" {
            format!("action:{}:overdue:{today}", item.id)
        } else {
            format!("action:{}:{kind}:{due}", item.id)
        };
        sent += send(db, n, &item, kind, None, None, &key).await?;
    }
    Ok(sent)
}
