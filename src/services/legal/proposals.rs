//! Members' proposals: proposing a change, listing proposals, and accepting or rejecting them.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use serde_json::json;

use crate::error::{AppError, FieldErrors};
use crate::i18n::{msg, t, t_args};
use crate::mail::Notifier;
use crate::mail::{self, Category, Notification, Recipient};
use crate::services::{countries, paging};
use entity::{country, legal_proposal, legal_topic};

use super::{Actor, Change, EntryInput, diff, entry, register_country, save_entry, topic_name};

pub async fn propose(
    db: &impl ConnectionTrait,
    topic: &legal_topic::Model,
    country: &country::Model,
    fields: &EntryInput,
    comment: &str,
    proposer: i32,
) -> Result<legal_proposal::Model, AppError> {
    let base = entry(db, topic.id, &country.code).await?;
    let old = base
        .as_ref()
        .map(EntryInput::from_model)
        .unwrap_or_else(EntryInput::not_assessed);
    if diff(&old, fields).is_empty() {
        let mut e = FieldErrors::default();
        e.add("comment", msg("legal-error-proposal-unchanged"));
        return Err(AppError::Validation(e));
    }
    Ok(legal_proposal::ActiveModel {
        topic_id: Set(topic.id),
        country_code: Set(country.code.clone()),
        data: Set(serde_json::to_string(fields).map_err(AppError::internal)?),
        comment: Set(comment.trim().to_string()),
        status: Set("pending".into()),
        proposer_id: Set(Some(proposer)),
        base_version: Set(base.map(|b| b.version).unwrap_or(0)),
        created_at: Set(crate::db::now()),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Which proposals a list shows.
#[derive(Clone, Debug, Default)]
pub struct ProposalFilter {
    pub status: Option<String>,
    /// Only this user's proposals (members see their own).
    pub proposer: Option<i32>,
    /// Only proposals for one cell (topic id, country code).
    pub cell: Option<(i32, String)>,
}

pub const PROPOSALS_PER_PAGE: u64 = 50;

/// Proposals, newest first, one page; with the total.
pub async fn proposals(
    db: &impl ConnectionTrait,
    f: &ProposalFilter,
    page: u64,
) -> Result<(Vec<legal_proposal::Model>, u64), AppError> {
    let mut q = legal_proposal::Entity::find();
    if let Some(s) = &f.status {
        q = q.filter(legal_proposal::Column::Status.eq(s.clone()));
    }
    if let Some(u) = f.proposer {
        q = q.filter(legal_proposal::Column::ProposerId.eq(u));
    }
    if let Some((t, c)) = &f.cell {
        q = q
            .filter(legal_proposal::Column::TopicId.eq(*t))
            .filter(legal_proposal::Column::CountryCode.eq(c.clone()));
    }
    let total = q.clone().count(db).await?;
    let rows = q
        .order_by_desc(legal_proposal::Column::CreatedAt)
        .order_by_desc(legal_proposal::Column::Id)
        .offset(paging::offset(page, PROPOSALS_PER_PAGE))
        .limit(PROPOSALS_PER_PAGE)
        .all(db)
        .await?;
    Ok((rows, total))
}

pub async fn proposal(db: &impl ConnectionTrait, id: i32) -> Result<legal_proposal::Model, AppError> {
    legal_proposal::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

pub fn proposal_fields(p: &legal_proposal::Model) -> EntryInput {
    serde_json::from_str(&p.data).unwrap_or_else(|_| EntryInput::not_assessed())
}

/// Accepts (applying the proposal as a revision) or rejects a pending proposal, and tells the
/// proposer. The revision's note ("Proposed by ...") is written in `lang`, the reviewer's
/// language. Call inside a transaction.
pub async fn decide(
    db: &impl ConnectionTrait,
    n: &Notifier<'_>,
    p: legal_proposal::Model,
    accept: bool,
    comment: &str,
    reviewer: &Actor,
    lang: &str,
) -> Result<(), AppError> {
    if p.status != "pending" {
        return Err(AppError::Conflict(msg("legal-error-proposal-decided")));
    }
    let topic = legal_topic::Entity::find_by_id(p.topic_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let country = register_country(db, &p.country_code).await?;
    let proposer = match p.proposer_id {
        Some(id) => entity::user::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    if accept {
        let by = match &proposer {
            Some(u) => u.name.clone(),
            None => t(lang, "legal-note-proposed-by-member"),
        };
        let note = if p.comment.is_empty() {
            t_args(lang, "legal-note-proposed-by", &[("name", by.into())])
        } else {
            t_args(
                lang,
                "legal-note-proposed-by-comment",
                &[("name", by.into()), ("comment", p.comment.clone().into())],
            )
        };
        save_entry(
            db,
            Some(n),
            &topic,
            &country,
            &proposal_fields(&p),
            &Change {
                actor: reviewer.clone(),
                source: "proposal",
                note: Some(note),
                example: false,
                at: None,
            },
        )
        .await?;
    }
    let id = p.id;
    let mut am = p.into_active_model();
    am.status = Set(if accept { "accepted" } else { "rejected" }.into());
    am.decided_by = Set(reviewer.user_id);
    am.decision_comment = Set(Some(comment.trim().to_string()).filter(|c| !c.is_empty()));
    am.decided_at = Set(Some(crate::db::now()));
    am.update(db).await?;
    if let Some(u) = proposer.filter(|u| u.active) {
        let note = Notification {
            category: Category::Legal,
            template: "legal_decision",
            data: json!({
                "accepted": accept,
                "topic": topic_name(&topic, &u.language),
                "country": countries::display_name(&countries::localized(&u.language, country.clone())),
                "comment": comment.trim(),
                "who": reviewer.name,
                "url": format!("{}/legal/entries/{}/{}", n.base, topic.code, country.code),
            }),
            dedupe_key: format!("legal-decision:{id}"),
        };
        mail::notify(db, n.mailer, &[Recipient::from_user(&u)], &note).await?;
    }
    Ok(())
}
