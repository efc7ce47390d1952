//! Users, sessions, API tokens, one-time links and login throttling.

use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use serde::Serialize;

use crate::auth::{CurrentUser, Role, password, tokens};
use crate::i18n::msg;
// Sessions and API tokens are looked up by `auth` on every request.
pub use crate::auth::sessions::{create_session, delete_session, user_for_api_token, user_for_session};
use crate::db::now;
use crate::error::{AppError, FieldErrors};
use crate::services::validate;
use entity::{api_token, login_attempt, one_time_token, organization, person, session, user};

/// Failed sign-ins allowed per account (email address) or per client IP within the window.
pub const MAX_FAILED_LOGINS: u64 = 5;
pub const THROTTLE_WINDOW: Duration = Duration::from_secs(15 * 60);

pub const PURPOSE_SET_PASSWORD: &str = "set_password";
pub const PURPOSE_RESET: &str = "reset";
pub const PURPOSE_EMAIL_CHANGE: &str = "email_change";
/// Links that let the holder choose a password.
pub const PASSWORD_PURPOSES: &[&str] = &[PURPOSE_SET_PASSWORD, PURPOSE_RESET];
pub const RESET_TTL: Duration = Duration::from_secs(3600);
pub const EMAIL_CHANGE_TTL: Duration = Duration::from_secs(24 * 3600);
/// Reset mails per account per hour; more requests get the same answer and no mail.
const MAX_RESETS_PER_HOUR: u64 = 3;

fn ago(d: Duration) -> DateTime<Utc> {
    now() - chrono::Duration::from_std(d).unwrap_or_default()
}

pub enum LoginOutcome {
    Ok(CurrentUser),
    Invalid,
    Throttled,
}

async fn failures(db: &impl ConnectionTrait, key: &str) -> Result<u64, AppError> {
    Ok(login_attempt::Entity::find()
        .filter(login_attempt::Column::Key.eq(key))
        .filter(login_attempt::Column::AttemptedAt.gt(ago(THROTTLE_WINDOW)))
        .count(db)
        .await?)
}

pub async fn get_user(db: &impl ConnectionTrait, id: i32) -> Result<user::Model, AppError> {
    user::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)
}

/// The account with this email address, if there is one.
pub async fn user_by_email(db: &impl ConnectionTrait, email: &str) -> Result<Option<user::Model>, AppError> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(db)
        .await?)
}

/// Checks a password, with throttling per account and per client address.
pub async fn login(db: &impl ConnectionTrait, email: &str, pass: &str, ip: &str) -> Result<LoginOutcome, AppError> {
    let email = email.trim().to_lowercase();
    let acct_key = format!("acct:{}", email.chars().take(254).collect::<String>());
    let ip_key = format!("ip:{ip}");
    if failures(db, &acct_key).await? >= MAX_FAILED_LOGINS || failures(db, &ip_key).await? >= MAX_FAILED_LOGINS {
        return Ok(LoginOutcome::Throttled);
    }
    let found = user_by_email(db, &email).await?;
    // One argon2 verification whatever the account (none, invited, deactivated, real), so the
    // answer's timing does not tell them apart.
    let stored = found
        .as_ref()
        .filter(|u| u.active)
        .and_then(|u| u.password_hash.as_deref());
    let matches = password::check_off_thread(pass, stored).await;
    let ok_user = found.filter(|_| matches);
    match ok_user {
        Some(u) => {
            login_attempt::Entity::delete_many()
                .filter(login_attempt::Column::Key.eq(acct_key))
                .exec(db)
                .await?;
            let mut am: user::ActiveModel = u.clone().into();
            am.last_login_at = Set(Some(now()));
            let u = am.update(db).await?;
            CurrentUser::from_model(&u)
                .map(LoginOutcome::Ok)
                .ok_or_else(|| AppError::internal("bad role"))
        }
        None => {
            let t = now();
            for key in [acct_key, ip_key] {
                login_attempt::ActiveModel {
                    key: Set(key),
                    attempted_at: Set(t),
                    ..Default::default()
                }
                .insert(db)
                .await?;
            }
            login_attempt::Entity::delete_many()
                .filter(login_attempt::Column::AttemptedAt.lt(ago(Duration::from_secs(86_400))))
                .exec(db)
                .await?;
            Ok(LoginOutcome::Invalid)
        }
    }
}

#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub organization_id: Option<i32>,
}

/// Parses and checks a new account; members must belong to an organization.
pub async fn parse_new_user(
    db: &impl ConnectionTrait,
    email: &str,
    name: &str,
    role: &str,
    organization: &str,
) -> Result<NewUser, AppError> {
    let mut errors = FieldErrors::default();
    let email = validate::email(&mut errors, "email", email, true).unwrap_or_default();
    let name_v = validate::required(&mut errors, "name", name, 200);
    validate::one_line(&mut errors, "name", &Some(name_v.clone()));
    let role_v = Role::parse(role.trim());
    if role_v.is_none() {
        errors.add("role", msg("account-error-role"));
    }
    let organization_id = match organization.trim() {
        "" => None,
        o => match find_organization(db, o).await? {
            Some(id) => Some(id),
            None => {
                errors.add("organization", msg("account-error-no-org"));
                None
            }
        },
    };
    if role_v == Some(Role::Member) && organization_id.is_none() && !errors.0.contains_key("organization") {
        errors.add("organization", msg("account-error-member-org"));
    }
    if !email.is_empty() && user_by_email(db, &email).await?.is_some() {
        errors.add("email", msg("account-error-email-taken"));
    }
    errors.into_result()?;
    Ok(NewUser {
        email,
        name: name_v,
        role: role_v.unwrap_or(Role::Observer),
        organization_id,
    })
}

/// An organization by id, acronym or exact name (case-insensitive).
pub async fn find_organization(db: &impl ConnectionTrait, key: &str) -> Result<Option<i32>, AppError> {
    if let Ok(id) = key.parse::<i32>() {
        return Ok(organization::Entity::find_by_id(id).one(db).await?.map(|o| o.id));
    }
    let all = organization::Entity::find().all(db).await?;
    let k = key.to_lowercase();
    Ok(all
        .iter()
        .find(|o| o.acronym.as_deref().is_some_and(|a| a.to_lowercase() == k) || o.name.to_lowercase() == k)
        .map(|o| o.id))
}

pub async fn create_user(
    db: &impl ConnectionTrait,
    new: NewUser,
    password_plain: Option<&str>,
) -> Result<user::Model, AppError> {
    let password_hash = match password_plain {
        Some(p) => Some(password::hash_off_thread(p).await.map_err(AppError::internal)?),
        None => None,
    };
    let u = user::ActiveModel {
        email: Set(new.email),
        name: Set(new.name),
        organization_id: Set(new.organization_id),
        role: Set(new.role.as_str().to_string()),
        active: Set(true),
        password_hash: Set(password_hash),
        language: Set(crate::i18n::DEFAULT_LANGUAGE.to_string()),
        time_zone: Set("Europe/Tirane".to_string()),
        last_login_at: Set(None),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    // An account for an address the directory already knows belongs to that person.
    link_by_address(db, u).await
}

/// A single-use link token for `purpose`, valid for `ttl`.
pub async fn create_one_time_token(
    db: &impl ConnectionTrait,
    user_id: i32,
    purpose: &str,
    ttl: Duration,
    new_email: Option<String>,
) -> Result<String, AppError> {
    let token = tokens::random_token();
    let t = now();
    one_time_token::ActiveModel {
        user_id: Set(user_id),
        purpose: Set(purpose.to_string()),
        token_hash: Set(tokens::hash_token(&token)),
        new_email: Set(new_email),
        created_at: Set(t),
        expires_at: Set(t + chrono::Duration::from_std(ttl).unwrap_or_default()),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The unused, unexpired token for `purpose`, if any.
pub async fn find_one_time_token(
    db: &impl ConnectionTrait,
    token: &str,
    purposes: &[&str],
) -> Result<Option<one_time_token::Model>, AppError> {
    if !tokens::looks_like_token(token) {
        return Ok(None);
    }
    Ok(one_time_token::Entity::find()
        .filter(one_time_token::Column::TokenHash.eq(tokens::hash_token(token)))
        .filter(one_time_token::Column::Purpose.is_in(purposes.iter().copied()))
        .filter(one_time_token::Column::UsedAt.is_null())
        .filter(one_time_token::Column::ExpiresAt.gt(now()))
        .one(db)
        .await?)
}

/// Uses a set-password (or reset) token: sets the password and burns the token.
pub async fn set_password_with_token(
    db: &impl ConnectionTrait,
    token: &str,
    new_password: &str,
) -> Result<user::Model, AppError> {
    let t = find_one_time_token(db, token, PASSWORD_PURPOSES)
        .await?
        .ok_or_else(|| AppError::BadRequest(msg("account-error-link-expired")))?;
    if let Err(m) = password::check_strength(new_password) {
        let mut e = FieldErrors::default();
        e.add("password", m);
        return Err(AppError::Validation(e));
    }
    let hashed = password::hash_off_thread(new_password)
        .await
        .map_err(AppError::internal)?;
    let u = get_user(db, t.user_id).await?;
    let mut am: user::ActiveModel = u.into();
    am.password_hash = Set(Some(hashed));
    let u = am.update(db).await?;
    let mut tm: one_time_token::ActiveModel = t.into();
    tm.used_at = Set(Some(now()));
    tm.update(db).await?;
    // A new password ends every existing session.
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(u.id))
        .exec(db)
        .await?;
    Ok(u)
}

/// Changes a signed-in user's password after checking the current one. Every other session of
/// the account ends; `keep_session` (the cookie of the browser that asked) stays signed in.
pub async fn change_password(
    db: &sea_orm::DatabaseConnection,
    user_id: i32,
    current: &str,
    new: &str,
    again: &str,
    keep_session: Option<&str>,
) -> Result<(), AppError> {
    let mut errors = FieldErrors::default();
    let u = get_user(db, user_id).await?;
    if !password::check_off_thread(current, u.password_hash.as_deref()).await {
        errors.add("password_current", msg("account-error-not-current-password"));
    }
    if let Err(m) = password::check_strength(new) {
        errors.add("new_password", m);
    } else if new != again {
        errors.add("new_password_again", msg("account-error-new-passwords-differ"));
    }
    errors.into_result()?;
    // Hashed before the write lock is taken, so the lock is held for the write only.
    let hashed = password::hash_off_thread(new).await.map_err(AppError::internal)?;
    let txn = crate::db::begin_write(db).await?;
    let mut am: user::ActiveModel = get_user(&txn, user_id).await?.into();
    am.password_hash = Set(Some(hashed));
    am.update(&txn).await?;
    let mut others = session::Entity::delete_many().filter(session::Column::UserId.eq(user_id));
    if let Some(keep) = keep_session {
        others = others.filter(session::Column::Id.ne(tokens::hash_token(keep)));
    }
    others.exec(&txn).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn update_preferences(
    db: &impl ConnectionTrait,
    user_id: i32,
    name: &str,
    language: &str,
    time_zone: &str,
) -> Result<(), AppError> {
    let mut errors = FieldErrors::default();
    let name = validate::required(&mut errors, "name", name, 200);
    validate::one_line(&mut errors, "name", &Some(name.clone()));
    if !crate::i18n::supported(language) {
        errors.add("language", msg("account-error-language"));
    }
    if time_zone.parse::<chrono_tz::Tz>().is_err() {
        errors.add("time_zone", msg("validate-time-zone"));
    }
    errors.into_result()?;
    let u = get_user(db, user_id).await?;
    let mut am: user::ActiveModel = u.into();
    am.name = Set(name);
    am.language = Set(language.to_string());
    am.time_zone = Set(time_zone.to_string());
    am.update(db).await?;
    Ok(())
}

/// A user's language, chosen with the footer's switch (one of the shipped languages).
pub async fn set_language(db: &impl ConnectionTrait, user_id: i32, language: &str) -> Result<(), AppError> {
    if !crate::i18n::supported(language) {
        return Err(AppError::BadRequest(crate::i18n::msg("language-unknown")));
    }
    let mut am: user::ActiveModel = get_user(db, user_id).await?.into();
    am.language = Set(language.to_string());
    am.update(db).await?;
    Ok(())
}

#[derive(Debug, Serialize)]
pub struct TokenView {
    pub id: i32,
    pub name: String,
    pub prefix: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
}

pub async fn list_api_tokens(db: &impl ConnectionTrait, user_id: i32) -> Result<Vec<TokenView>, AppError> {
    Ok(api_token::Entity::find()
        .filter(api_token::Column::UserId.eq(user_id))
        .filter(api_token::Column::RevokedAt.is_null())
        .order_by_desc(api_token::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|t| TokenView {
            id: t.id,
            name: t.name,
            prefix: t.prefix,
            created_at: t.created_at,
            last_used_at: t.last_used_at,
        })
        .collect())
}

/// Creates a token and returns its secret value: shown once, stored only as a hash.
pub async fn create_api_token(db: &impl ConnectionTrait, user_id: i32, name: &str) -> Result<String, AppError> {
    let mut errors = FieldErrors::default();
    let name = validate::required(&mut errors, "token_name", name, 100);
    errors.into_result()?;
    let secret = format!("rt_{}", tokens::random_token());
    api_token::ActiveModel {
        user_id: Set(user_id),
        name: Set(name),
        token_hash: Set(tokens::hash_token(&secret)),
        prefix: Set(secret.chars().take(10).collect()),
        created_at: Set(now()),
        last_used_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(secret)
}

pub async fn revoke_api_token(db: &impl ConnectionTrait, user_id: i32, token_id: i32) -> Result<(), AppError> {
    let t = api_token::Entity::find_by_id(token_id)
        .filter(api_token::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut am: api_token::ActiveModel = t.into();
    am.revoked_at = Set(Some(now()));
    am.update(db).await?;
    Ok(())
}

#[derive(Debug, Serialize)]
pub struct UserRow {
    pub id: i32,
    pub name: String,
    /// The directory person the account belongs to.
    pub person: Option<String>,
    pub email: String,
    pub role: String,
    pub organization: Option<String>,
    pub active: bool,
    pub legal_reviewer: bool,
    pub last_login_at: Option<DateTime<Utc>>,
}

pub async fn list_users(db: &impl ConnectionTrait) -> Result<Vec<UserRow>, AppError> {
    let orgs = organization::Entity::find().all(db).await?;
    let users = user::Entity::find().order_by_asc(user::Column::Name).all(db).await?;
    let people: std::collections::HashMap<i32, String> = person::Entity::find()
        .filter(person::Column::Id.is_in(users.iter().filter_map(|u| u.person_id).collect::<Vec<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    Ok(users
        .into_iter()
        .map(|u| UserRow {
            person: u.person_id.and_then(|id| people.get(&id).cloned()),
            organization: u
                .organization_id
                .and_then(|id| orgs.iter().find(|o| o.id == id))
                .map(|o| o.name.clone()),
            id: u.id,
            name: u.name,
            email: u.email,
            role: u.role,
            active: u.active,
            legal_reviewer: u.legal_reviewer,
            last_login_at: u.last_login_at,
        })
        .collect())
}

/// Flags (or unflags) a user as a legal reviewer: may edit the register and decide proposals.
pub async fn set_legal_reviewer(db: &impl ConnectionTrait, user_id: i32, on: bool) -> Result<(), AppError> {
    let u = get_user(db, user_id).await?;
    let mut am: user::ActiveModel = u.into();
    am.legal_reviewer = Set(on);
    am.update(db).await?;
    Ok(())
}

pub async fn set_active(db: &impl ConnectionTrait, user_id: i32, active: bool) -> Result<(), AppError> {
    let u = get_user(db, user_id).await?;
    let mut am: user::ActiveModel = u.into();
    am.active = Set(active);
    am.update(db).await?;
    if !active {
        session::Entity::delete_many()
            .filter(session::Column::UserId.eq(user_id))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Queues a password-reset mail if `email` belongs to an active account. The caller answers the
/// same way whatever happens here, so the page never tells whether an address has an account.
pub async fn request_password_reset(
    db: &sea_orm::DatabaseConnection,
    mailer: &crate::mail::Mailer,
    email: &str,
) -> Result<(), AppError> {
    let email = email.trim().to_lowercase();
    if !validate::is_email(&email) {
        return Ok(());
    }
    let Some(u) = user_by_email(db, &email).await? else {
        return Ok(());
    };
    if !u.active {
        return Ok(());
    }
    let recent = one_time_token::Entity::find()
        .filter(one_time_token::Column::UserId.eq(u.id))
        .filter(one_time_token::Column::Purpose.eq(PURPOSE_RESET))
        .filter(one_time_token::Column::CreatedAt.gt(ago(Duration::from_secs(3600))))
        .count(db)
        .await?;
    if recent >= MAX_RESETS_PER_HOUR {
        tracing::info!(user_id = u.id, "password reset requested too often; no mail sent");
        return Ok(());
    }
    let txn = crate::db::begin_write(db).await?;
    let token = create_one_time_token(&txn, u.id, PURPOSE_RESET, RESET_TTL, None).await?;
    let link = mailer.absolute(&format!("/set-password?token={token}"));
    let to = crate::mail::Recipient::from_user(&u);
    let key = format!("reset:{}", tokens::hash_token(&token));
    mailer
        .enqueue_direct(
            &txn,
            crate::mail::Category::Account,
            "password_reset",
            &to,
            &serde_json::json!({ "link": link }),
            &key,
        )
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Starts an address change: checks the password and the new address, then mails a
/// confirmation link to the new address and a notice to the old one.
pub async fn start_email_change(
    db: &sea_orm::DatabaseConnection,
    mailer: &crate::mail::Mailer,
    user_id: i32,
    new_email: &str,
    current_password: &str,
) -> Result<(), AppError> {
    let mut errors = FieldErrors::default();
    let u = get_user(db, user_id).await?;
    let new_email = validate::email(&mut errors, "new_email", new_email, true);
    if !password::check_off_thread(current_password, u.password_hash.as_deref()).await {
        errors.add("current_password", msg("account-error-not-current-password"));
    }
    if let Some(e) = &new_email {
        if *e == u.email {
            errors.add("new_email", msg("account-error-same-address"));
        } else if user_by_email(db, e).await?.is_some() {
            errors.add("new_email", msg("account-error-address-taken"));
        }
    }
    errors.into_result()?;
    let new_email = new_email.unwrap_or_default();
    let txn = crate::db::begin_write(db).await?;
    let token = create_one_time_token(
        &txn,
        u.id,
        PURPOSE_EMAIL_CHANGE,
        EMAIL_CHANGE_TTL,
        Some(new_email.clone()),
    )
    .await?;
    let link = mailer.absolute(&format!("/confirm-email?token={token}"));
    let key = tokens::hash_token(&token);
    let mut to_new = crate::mail::Recipient::from_user(&u);
    to_new.email = new_email.clone();
    let data = serde_json::json!({ "link": link, "new_email": new_email });
    mailer
        .enqueue_direct(
            &txn,
            crate::mail::Category::Account,
            "email_change",
            &to_new,
            &data,
            &format!("email-change:{key}"),
        )
        .await?;
    let to_old = crate::mail::Recipient::from_user(&u);
    mailer
        .enqueue_direct(
            &txn,
            crate::mail::Category::Account,
            "email_changed_notice",
            &to_old,
            &data,
            &format!("email-change-notice:{key}"),
        )
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Applies a confirmed address change; the link works once.
pub async fn confirm_email_change(db: &impl ConnectionTrait, token: &str) -> Result<user::Model, AppError> {
    let t = find_one_time_token(db, token, &[PURPOSE_EMAIL_CHANGE])
        .await?
        .ok_or_else(|| AppError::BadRequest(msg("account-error-link-expired-settings")))?;
    let new_email = t
        .new_email
        .clone()
        .ok_or_else(|| AppError::internal("email change without address"))?;
    if user_by_email(db, &new_email).await?.is_some() {
        return Err(AppError::Conflict(msg("account-error-address-taken-now")));
    }
    let u = get_user(db, t.user_id).await?;
    let mut am: user::ActiveModel = u.into();
    am.email = Set(new_email);
    let u = am.update(db).await?;
    let mut tm: one_time_token::ActiveModel = t.into();
    tm.used_at = Set(Some(now()));
    tm.update(db).await?;
    Ok(u)
}

/// The directory people an account can be linked to: the people of `organization_id` (all
/// people when the account has no organization), with the account already linked to each.
pub async fn linkable_people(
    db: &impl ConnectionTrait,
    organization_id: Option<i32>,
) -> Result<Vec<(person::Model, Option<i32>)>, AppError> {
    let mut q = person::Entity::find()
        .filter(person::Column::Archived.eq(false))
        .order_by_asc(person::Column::Name);
    if let Some(org) = organization_id {
        q = q.filter(person::Column::OrganizationId.eq(org));
    }
    let people = q.all(db).await?;
    let ids: Vec<i32> = people.iter().map(|p| p.id).collect();
    let linked: std::collections::HashMap<i32, i32> = user::Entity::find()
        .filter(user::Column::PersonId.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|u| u.person_id.map(|p| (p, u.id)))
        .collect();
    Ok(people
        .into_iter()
        .map(|p| {
            let by = linked.get(&p.id).copied();
            (p, by)
        })
        .collect())
}

/// Links account `user_id` to directory person `person_id` (or unlinks it with `None`).
/// `based_on` is the link the form showed: a link changed by someone else since then is not
/// overwritten. A person belongs to one account at most.
pub async fn link_person(
    db: &sea_orm::DatabaseConnection,
    user_id: i32,
    person_id: Option<i32>,
    based_on: Option<i32>,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let u = get_user(&txn, user_id).await?;
    let mut e = FieldErrors::default();
    if u.person_id != based_on {
        e.add("person", msg("account-error-person-changed"));
        return Err(AppError::Validation(e));
    }
    if let Some(pid) = person_id {
        match person::Entity::find_by_id(pid).one(&txn).await? {
            None => e.add("person", msg("admin-person-choose")),
            Some(p) if p.archived => e.add("person", msg("account-error-person-archived")),
            Some(_) => {
                let other = user::Entity::find()
                    .filter(user::Column::PersonId.eq(pid))
                    .filter(user::Column::Id.ne(user_id))
                    .one(&txn)
                    .await?;
                if let Some(o) = other {
                    e.add("person", msg("account-error-person-taken").arg("email", o.email));
                }
            }
        }
        e.into_result()?;
    }
    let mut am: user::ActiveModel = u.into();
    am.person_id = Set(person_id);
    am.update(&txn).await?;
    txn.commit().await?;
    Ok(())
}

/// Links `u` to the one active directory person with the same address, when the account has
/// no person yet and exactly one such person has no account. Returns the account as it is now.
pub async fn link_by_address(db: &impl ConnectionTrait, u: user::Model) -> Result<user::Model, AppError> {
    if u.person_id.is_some() {
        return Ok(u);
    }
    use sea_orm::sea_query::{Expr, ExprTrait, Func};
    let candidates = person::Entity::find()
        .filter(Expr::expr(Func::lower(Expr::col(person::Column::Email))).eq(u.email.to_lowercase()))
        .filter(person::Column::Archived.eq(false))
        .all(db)
        .await?;
    let [p] = candidates.as_slice() else {
        return Ok(u);
    };
    let taken = user::Entity::find()
        .filter(user::Column::PersonId.eq(p.id))
        .count(db)
        .await?
        > 0;
    if taken {
        return Ok(u);
    }
    let mut am: user::ActiveModel = u.into();
    am.person_id = Set(Some(p.id));
    Ok(am.update(db).await?)
}
