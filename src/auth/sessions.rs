//! Sessions and API tokens: who is asking, looked up on every request. Created at sign-in and
//! with a new API token (`services::accounts`).

use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::{CurrentUser, tokens};
use crate::db::now;
use crate::error::AppError;
use entity::{api_token, session, user};

/// Sessions are touched at most this often, to keep reads from becoming writes.
const TOUCH_EVERY: Duration = Duration::from_secs(60);

fn ago(d: Duration) -> DateTime<Utc> {
    now() - chrono::Duration::from_std(d).unwrap_or_default()
}

pub async fn user_for_session(
    db: &impl ConnectionTrait,
    token: &str,
    idle: Duration,
) -> Result<Option<CurrentUser>, AppError> {
    let id = tokens::hash_token(token);
    let Some(s) = session::Entity::find_by_id(id.clone()).one(db).await? else {
        return Ok(None);
    };
    if s.last_seen_at < ago(idle) {
        session::Entity::delete_by_id(id).exec(db).await?;
        return Ok(None);
    }
    let Some(u) = user::Entity::find_by_id(s.user_id).one(db).await? else {
        return Ok(None);
    };
    if !u.active {
        return Ok(None);
    }
    if s.last_seen_at < ago(TOUCH_EVERY) {
        let mut am: session::ActiveModel = s.into();
        am.last_seen_at = Set(now());
        am.update(db).await?;
    }
    Ok(CurrentUser::from_model(&u))
}

pub async fn create_session(db: &impl ConnectionTrait, user_id: i32) -> Result<String, AppError> {
    let token = tokens::random_token();
    let t = now();
    session::ActiveModel {
        id: Set(tokens::hash_token(&token)),
        user_id: Set(user_id),
        created_at: Set(t),
        last_seen_at: Set(t),
    }
    .insert(db)
    .await?;
    Ok(token)
}

pub async fn delete_session(db: &impl ConnectionTrait, token: &str) -> Result<(), AppError> {
    session::Entity::delete_by_id(tokens::hash_token(token))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn user_for_api_token(db: &impl ConnectionTrait, token: &str) -> Result<Option<CurrentUser>, AppError> {
    let Some(t) = api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(tokens::hash_token(token)))
        .filter(api_token::Column::RevokedAt.is_null())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(u) = user::Entity::find_by_id(t.user_id).one(db).await?.filter(|u| u.active) else {
        return Ok(None);
    };
    if t.last_used_at.is_none_or(|l| l < ago(TOUCH_EVERY)) {
        let mut am: api_token::ActiveModel = t.into();
        am.last_used_at = Set(Some(now()));
        am.update(db).await?;
    }
    Ok(CurrentUser::from_model(&u))
}
