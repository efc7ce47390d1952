//! Mail: notices to the followers of a document's topics, countries or type, and review
//! reminders to its owners.

use chrono::NaiveDate;
use entity::{document, legal_follow, user};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set};
use serde_json::json;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::mail::Notifier;
use crate::mail::{self, Category, Notification};

use super::input::DocInput;
use super::{can_view, type_key};

/// Users who follow one of the document's topics, countries or its type, may see it, and are
/// not the person who made the change.
async fn followers(
    db: &impl ConnectionTrait,
    doc: &document::Model,
    input: &DocInput,
    actor: i32,
) -> Result<Vec<user::Model>, AppError> {
    let mut cond = Condition::any().add(
        Condition::all()
            .add(legal_follow::Column::Kind.eq("doctype"))
            .add(legal_follow::Column::Target.eq(doc.doc_type.clone())),
    );
    if !input.topics.is_empty() {
        cond = cond.add(
            Condition::all()
                .add(legal_follow::Column::Kind.eq("topic"))
                .add(legal_follow::Column::Target.is_in(input.topics.clone())),
        );
    }
    if !input.countries.is_empty() {
        cond = cond.add(
            Condition::all()
                .add(legal_follow::Column::Kind.eq("country"))
                .add(legal_follow::Column::Target.is_in(input.countries.clone())),
        );
    }
    let ids: Vec<i32> = legal_follow::Entity::find()
        .select_only()
        .column(legal_follow::Column::UserId)
        .filter(cond)
        .distinct()
        .into_tuple()
        .all(db)
        .await?;
    if ids.is_empty() {
        return Ok(vec![]);
    }
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .filter(user::Column::Active.eq(true))
        .all(db)
        .await?
        .into_iter()
        .filter(|u| u.id != actor)
        .filter(|u| CurrentUser::from_model(u).is_some_and(|cu| can_view(Some(&cu), doc)))
        .collect())
}

pub(super) async fn notify_followers(
    db: &impl ConnectionTrait,
    n: Option<&Notifier<'_>>,
    doc: &document::Model,
    input: &DocInput,
    actor: &CurrentUser,
    number: i32,
    note: &str,
) -> Result<(), AppError> {
    let Some(n) = n else { return Ok(()) };
    let to = followers(db, doc, input, actor.id).await?;
    if to.is_empty() {
        return Ok(());
    }
    let notice = Notification {
        category: Category::Documents,
        template: "document_new",
        data: json!({
            "title": doc.title,
            // The type's catalogue key: the mail names it in each reader's language.
            "type_key": type_key(&doc.doc_type),
            "version": number,
            "new_document": number == 1,
            "note": note,
            "who": actor.name,
            "url": format!("{}/documents/{}", n.base, doc.id),
        }),
        dedupe_key: format!("document:{}:v{}", doc.id, number),
    };
    mail::notify_users(db, n.mailer, &to, &notice).await?;
    Ok(())
}

/// Reminds owners of documents whose review date has come (once per review date): the users of
/// the owner organization's members, or the secretariat for documents without one.
pub async fn run_review_reminders(
    db: &impl ConnectionTrait,
    n: &Notifier<'_>,
    today: NaiveDate,
) -> Result<usize, AppError> {
    let due = document::Entity::find()
        .filter(document::Column::Archived.eq(false))
        .filter(document::Column::ReviewOn.lte(today))
        .filter(
            Condition::any()
                .add(document::Column::ReviewNotifiedOn.is_null())
                .add(Expr::col(document::Column::ReviewNotifiedOn).ne(Expr::col(document::Column::ReviewOn))),
        )
        .limit(200)
        .all(db)
        .await?;
    let mut sent = 0;
    for d in due {
        let owners = user::Entity::find().filter(user::Column::Active.eq(true));
        let owners = match d.owner_org_id {
            Some(org) => owners
                .filter(user::Column::OrganizationId.eq(org))
                .filter(user::Column::Role.eq("member")),
            None => owners.filter(user::Column::Role.eq("secretariat")),
        }
        .all(db)
        .await?;
        if !owners.is_empty() {
            // Put into words in each recipient's language by the template's `date` helper.
            let review_on = d.review_on.map(|r| r.to_string()).unwrap_or_default();
            let notice = Notification {
                category: Category::Documents,
                template: "document_review",
                data: json!({
                    "title": d.title,
                    "review_on": review_on,
                    "url": format!("{}/documents/{}", n.base, d.id),
                    "edit_url": format!("{}/documents/{}/edit", n.base, d.id),
                }),
                dedupe_key: format!("document-review:{}:{}", d.id, d.review_on.unwrap_or(today)),
            };
            mail::notify_users(db, n.mailer, &owners, &notice).await?;
            sent += owners.len();
        }
        let mut am: document::ActiveModel = d.clone().into();
        am.review_notified_on = Set(d.review_on);
        am.update(db).await?;
    }
    Ok(sent)
}
