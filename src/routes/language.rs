//! The footer's language switch: the choice is kept in a cookie for anyone, and in the account
//! of a signed-in user (as Settings would).

use actix_web::HttpResponse;
use actix_web::cookie::{Cookie, SameSite};

use crate::error::AppError;
use crate::forms::Form;
use crate::i18n;
use crate::services::accounts;
use crate::views::{self, Page};

pub async fn switch(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    let next = views::local_path(form.get("next")).unwrap_or("/").to_string();
    let Some(language) = i18n::language(form.get("lang")) else {
        return Ok(page.see_other(&next, Some(("error", &page.t("language-unknown")))));
    };
    if let Some(user) = &page.viewer.user {
        accounts::set_language(&page.state.db, user.id, language.code).await?;
    }
    let cookie = Cookie::build(i18n::LANGUAGE_COOKIE, language.code)
        .path("/")
        .max_age(actix_web::cookie::time::Duration::days(365))
        .secure(page.state.settings.cookies_secure())
        .same_site(SameSite::Lax)
        .finish();
    let mut resp = page.see_other(&next, None);
    resp.add_cookie(&cookie).map_err(AppError::internal)?;
    Ok(resp)
}
