//! Personal calendar feed tokens.

use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::auth::tokens;
use crate::db::now;
use crate::error::AppError;

/// The user's personal feed token: created on first use, revocable (a new one replaces it).
pub async fn feed_token(db: &impl ConnectionTrait, user_id: i32, rotate: bool) -> Result<Option<String>, AppError> {
    use entity::calendar_token;
    let existing = calendar_token::Entity::find_by_id(user_id).one(db).await?;
    if existing.is_some() && !rotate {
        // Only the hash is stored; the URL is shown when created.
        return Ok(None);
    }
    let token = tokens::random_token();
    calendar_token::Entity::delete_by_id(user_id).exec(db).await?;
    calendar_token::ActiveModel {
        user_id: Set(user_id),
        token_hash: Set(tokens::hash_token(&token)),
        created_at: Set(now()),
    }
    .insert(db)
    .await?;
    Ok(Some(token))
}

pub async fn user_for_feed(db: &impl ConnectionTrait, token: &str) -> Result<Option<entity::user::Model>, AppError> {
    use entity::calendar_token;
    if !tokens::looks_like_token(token) {
        return Ok(None);
    }
    let Some(t) = calendar_token::Entity::find()
        .filter(calendar_token::Column::TokenHash.eq(tokens::hash_token(token)))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(entity::user::Entity::find_by_id(t.user_id)
        .one(db)
        .await?
        .filter(|u| u.active))
}
