//! Follows, and the mail a change sends to followers and the country's focal points.

use std::collections::BTreeMap;

use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set};
use serde_json::json;

use crate::error::AppError;
use crate::mail::Notifier;
use crate::mail::{self, Category, Notification};
use crate::services::countries;
use entity::{country, legal_follow, legal_revision, legal_topic};

use super::{FieldChange, topic_name, value_label};

/// Followers of the topic or the country, and the focal points of the country's member
/// organizations, except the person who made the change. Preferences decide the rest.
async fn change_recipients(
    db: &impl ConnectionTrait,
    topic: &legal_topic::Model,
    country: &country::Model,
    except: Option<i32>,
) -> Result<Vec<entity::user::Model>, AppError> {
    use entity::{organization, person, user};
    let followers: Vec<i32> = legal_follow::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(
                    sea_orm::Condition::all()
                        .add(legal_follow::Column::Kind.eq("topic"))
                        .add(legal_follow::Column::Target.eq(topic.code.clone())),
                )
                .add(
                    sea_orm::Condition::all()
                        .add(legal_follow::Column::Kind.eq("country"))
                        .add(legal_follow::Column::Target.eq(country.code.clone())),
                ),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|f| f.user_id)
        .collect();
    let orgs: Vec<i32> = organization::Entity::find()
        .select_only()
        .column(organization::Column::Id)
        .filter(organization::Column::CountryCode.eq(country.code.clone()))
        .filter(organization::Column::Archived.eq(false))
        .into_tuple::<i32>()
        .all(db)
        .await?;
    let focal_emails: Vec<String> = if orgs.is_empty() {
        vec![]
    } else {
        person::Entity::find()
            .filter(person::Column::OrganizationId.is_in(orgs))
            .filter(person::Column::NetworkRole.is_in(["focal_point", "deputy_focal_point"]))
            .filter(person::Column::Archived.eq(false))
            .all(db)
            .await?
            .into_iter()
            .filter_map(|p| p.email.map(|e| e.to_lowercase()))
            .collect()
    };
    if followers.is_empty() && focal_emails.is_empty() {
        return Ok(vec![]);
    }
    Ok(user::Entity::find()
        .filter(user::Column::Active.eq(true))
        .filter(
            sea_orm::Condition::any()
                .add(user::Column::Id.is_in(followers))
                .add(user::Column::Email.is_in(focal_emails)),
        )
        .all(db)
        .await?
        .into_iter()
        .filter(|u| Some(u.id) != except)
        .collect())
}

pub(super) async fn notify_change(
    db: &impl ConnectionTrait,
    n: &Notifier<'_>,
    topic: &legal_topic::Model,
    country: &country::Model,
    rev: &legal_revision::Model,
    changes: &[FieldChange],
    actor: Option<i32>,
) -> Result<(), AppError> {
    let to = change_recipients(db, topic, country, actor).await?;
    // The topic, the country and the values in each recipient's language.
    let mut by_language: BTreeMap<String, Vec<entity::user::Model>> = BTreeMap::new();
    for u in to {
        by_language.entry(u.language.clone()).or_default().push(u);
    }
    for (lang, to) in by_language {
        let note = Notification {
            category: Category::Legal,
            template: "legal_change",
            data: json!({
                "topic": topic_name(topic, &lang),
                "country": countries::display_name(&countries::localized(&lang, country.clone())),
                "assessment": rev.assessment,
                "fields": changes.iter().map(|c| json!({"field": format!("legal-field-{}", c.field), "old": value_label(&lang, &c.field, &c.old), "new": value_label(&lang, &c.field, &c.new)})).collect::<Vec<_>>(),
                "who": rev.changed_by_name,
                "url": format!("{}/legal/entries/{}/{}", n.base, topic.code, country.code),
            }),
            dedupe_key: format!("legal-change:{}:v{}", rev.entry_id, rev.version),
        };
        mail::notify_users(db, n.mailer, &to, &note).await?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Follows

pub async fn follows(db: &impl ConnectionTrait, user_id: i32) -> Result<Vec<(String, String)>, AppError> {
    Ok(legal_follow::Entity::find()
        .filter(legal_follow::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|f| (f.kind, f.target))
        .collect())
}

/// Follows or unfollows a topic (`kind` = topic, by code) or a country.
pub async fn set_follow(
    db: &impl ConnectionTrait,
    user_id: i32,
    kind: &str,
    target: &str,
    on: bool,
) -> Result<(), AppError> {
    legal_follow::Entity::delete_many()
        .filter(legal_follow::Column::UserId.eq(user_id))
        .filter(legal_follow::Column::Kind.eq(kind))
        .filter(legal_follow::Column::Target.eq(target))
        .exec(db)
        .await?;
    if on {
        legal_follow::ActiveModel {
            user_id: Set(user_id),
            kind: Set(kind.to_string()),
            target: Set(target.to_string()),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}
