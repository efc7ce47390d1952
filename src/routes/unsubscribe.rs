//! One-click unsubscribe (RFC 8058). The signed URL is the authorization, so this works
//! without signing in, and the POST carries no CSRF token (mail clients send it themselves).

use actix_web::{HttpResponse, web};

use crate::error::AppError;
use crate::i18n::t;
use crate::mail::{self, Category};
use crate::state::AppState;
use crate::views::Page;
use crate::views::account::Unsubscribe;

fn check(state: &AppState, path: &(i32, String, String)) -> Result<Category, AppError> {
    let (user_id, category, sig) = path;
    let c = Category::parse(category)
        .filter(|c| !c.essential())
        .ok_or(AppError::NotFound)?;
    if !state.mailer.verify_unsubscribe(*user_id, category, sig) {
        return Err(AppError::NotFound);
    }
    Ok(c)
}

/// The unsubscribe page for category `c`: the question (`done` false) or the confirmation.
fn answer(page: &Page, c: Category, done: bool) -> Result<HttpResponse, AppError> {
    let lang = page.lang();
    page.ok(
        "pages/settings/unsubscribe",
        &t(lang, "unsubscribe-title"),
        Unsubscribe {
            done,
            category: t(lang, &format!("category-{}", c.as_str())),
            action: page.req.path(),
        },
    )
}

pub async fn confirm_form(page: Page, path: web::Path<(i32, String, String)>) -> Result<HttpResponse, AppError> {
    let c = check(&page.state, &path)?;
    answer(&page, c, false)
}

pub async fn unsubscribe(page: Page, path: web::Path<(i32, String, String)>) -> Result<HttpResponse, AppError> {
    let c = check(&page.state, &path)?;
    mail::unsubscribe(&page.state.db, path.0, c).await?;
    tracing::info!(user_id = path.0, category = c.as_str(), "unsubscribed");
    answer(&page, c, true)
}
