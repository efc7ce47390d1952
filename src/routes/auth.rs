//! Sign in, sign out, and setting a password from a one-time link.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::auth::SESSION_COOKIE;
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t;
use crate::services::accounts::{self, LoginOutcome};
use crate::views;
use crate::views::Page;
use crate::views::account::{ConfirmEmail, Login, Reset, SetPassword};

#[derive(Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

/// Only local paths, never another site: anything else sends the user home.
fn safe_next(next: &str) -> String {
    views::local_path(next).unwrap_or("/").to_string()
}

pub async fn login_form(page: Page, q: web::Query<NextQuery>) -> Result<HttpResponse, AppError> {
    if page.viewer.user.is_some() {
        return Ok(page.see_other(&safe_next(&q.next), None));
    }
    let title = t(page.lang(), "login-title");
    page.ok(
        "pages/auth/login",
        &title,
        Login {
            next: &safe_next(&q.next),
            email: "",
            login_error: None,
        },
    )
}

pub async fn login(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    let email = form.get("email").to_string();
    let next = safe_next(form.get("next"));
    let ip = page
        .req
        .peer_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_else(|| "unknown".into());
    let lang = page.lang().to_string();
    let title = t(&lang, "login-title");
    let again = |status: StatusCode, key: &str| {
        views::render(
            &page.state,
            &page.viewer,
            &page.req,
            status,
            "pages/auth/login",
            &title,
            Login {
                next: &next,
                email: &email,
                login_error: Some(t(&lang, key)),
            },
        )
    };
    match accounts::login(&page.state.db, &email, form.get("password"), &ip).await? {
        LoginOutcome::Throttled => again(StatusCode::TOO_MANY_REQUESTS, "login-throttled"),
        LoginOutcome::Invalid => again(StatusCode::UNAUTHORIZED, "login-invalid"),
        LoginOutcome::Ok(user) => {
            let token = accounts::create_session(&page.state.db, user.id).await?;
            tracing::info!(user_id = user.id, "signed in");
            let mut resp = page.see_other(&next, None);
            resp.add_cookie(
                &Cookie::build(SESSION_COOKIE, token)
                    .path("/")
                    .http_only(true)
                    .secure(page.state.settings.cookies_secure())
                    .same_site(SameSite::Lax)
                    .finish(),
            )
            .map_err(AppError::internal)?;
            Ok(resp)
        }
    }
}

pub async fn logout(Page { state, viewer, req }: Page, _form: Form) -> Result<HttpResponse, AppError> {
    if let Some(c) = req.cookie(SESSION_COOKIE) {
        accounts::delete_session(&state.db, c.value()).await?;
    }
    let mut resp = views::see_other(&state, "/", Some(("success", &t(viewer.lang(), "logout-done"))));
    let mut gone = Cookie::build(SESSION_COOKIE, "").path("/").finish();
    gone.make_removal();
    resp.add_cookie(&gone).map_err(AppError::internal)?;
    Ok(resp)
}

#[derive(Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

pub async fn set_password_form(page: Page, q: web::Query<TokenQuery>) -> Result<HttpResponse, AppError> {
    let lang = page.lang().to_string();
    let valid = accounts::find_one_time_token(&page.state.db, &q.token, accounts::PASSWORD_PURPOSES)
        .await?
        .is_some();
    let status = if valid { StatusCode::OK } else { StatusCode::GONE };
    views::render(
        &page.state,
        &page.viewer,
        &page.req,
        status,
        "pages/auth/set_password",
        &t(&lang, "set-password-title"),
        SetPassword { token: &q.token, valid },
    )
}

pub async fn set_password(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    let lang = page.lang().to_string();
    let token = form.get("token").to_string();
    let (pw, confirm) = (form.get("password"), form.get("password_confirm"));
    let title = t(&lang, "set-password-title");
    let mut errors = crate::error::FieldErrors::default();
    if pw != confirm {
        errors.add("password_confirm", crate::i18n::msg("password-mismatch"));
    }
    if errors.is_empty() {
        match accounts::set_password_with_token(&page.state.db, &token, pw).await {
            Ok(_) => {
                return page.done("/login", "set-password-done");
            }
            Err(AppError::Validation(e)) => errors = e,
            Err(AppError::BadRequest(_)) => {
                return views::render(
                    &page.state,
                    &page.viewer,
                    &page.req,
                    StatusCode::GONE,
                    "pages/auth/set_password",
                    &title,
                    SetPassword {
                        token: &token,
                        valid: false,
                    },
                );
            }
            Err(e) => return Err(e),
        }
    }
    page.invalid(
        "pages/auth/set_password",
        &title,
        &errors,
        &SetPassword {
            token: &token,
            valid: true,
        },
    )
}

pub async fn reset_form(page: Page) -> Result<HttpResponse, AppError> {
    let title = t(page.lang(), "reset-title");
    page.ok("pages/auth/reset", &title, Reset { email: "", sent: false })
}

/// Always the same answer, whether or not the address has an account.
pub async fn reset(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    accounts::request_password_reset(&page.state.db, &page.state.mailer, form.get("email")).await?;
    let title = t(page.lang(), "reset-title");
    page.ok(
        "pages/auth/reset",
        &title,
        Reset {
            email: form.get("email"),
            sent: true,
        },
    )
}

pub async fn confirm_email_form(page: Page, q: web::Query<TokenQuery>) -> Result<HttpResponse, AppError> {
    let lang = page.lang().to_string();
    let found = accounts::find_one_time_token(&page.state.db, &q.token, &[accounts::PURPOSE_EMAIL_CHANGE]).await?;
    let status = if found.is_some() {
        StatusCode::OK
    } else {
        StatusCode::GONE
    };
    views::render(
        &page.state,
        &page.viewer,
        &page.req,
        status,
        "pages/auth/confirm_email",
        &t(&lang, "confirm-email-title"),
        ConfirmEmail {
            token: &q.token,
            valid: found.is_some(),
            new_email: found.and_then(|f| f.new_email),
        },
    )
}

pub async fn confirm_email(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    let lang = page.lang().to_string();
    match accounts::confirm_email_change(&page.state.db, form.get("token")).await {
        Ok(_) => page.done("/", "confirm-email-done"),
        Err(AppError::BadRequest(_)) | Err(AppError::Conflict(_)) => views::render(
            &page.state,
            &page.viewer,
            &page.req,
            StatusCode::GONE,
            "pages/auth/confirm_email",
            &t(&lang, "confirm-email-title"),
            ConfirmEmail {
                token: "",
                valid: false,
                new_email: None,
            },
        ),
        Err(e) => Err(e),
    }
}
