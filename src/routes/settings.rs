use actix_web::{HttpResponse, web};

use crate::auth::{Action, SESSION_COOKIE};
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t;
use crate::services::accounts;
use crate::views::Page;
use crate::views::account::{self as v, ProfileValues};

/// The settings page: with `errors`, the form again with 422.
async fn settings_page(
    page: &Page,
    new_token: Option<String>,
    form: ProfileValues<'_>,
    errors: Option<&crate::error::FieldErrors>,
) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ManageOwnAccount)?;
    let tokens = accounts::list_api_tokens(&page.state.db, user.id).await?;
    let data = v::settings(page.lang(), user.email.clone(), form, tokens, new_token);
    let title = page.t("settings-title");
    match errors {
        Some(e) => page.invalid("pages/settings/show", &title, e, &data),
        None => page.ok("pages/settings/show", &title, data),
    }
}

pub async fn show(page: Page) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ManageOwnAccount)?;
    let form = ProfileValues::new(&user.name, &user.language, &user.time_zone);
    settings_page(&page, None, form, None).await
}

pub async fn update(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ManageOwnAccount)?;
    match accounts::update_preferences(
        &page.state.db,
        user.id,
        form.get("name"),
        form.get("language"),
        form.get("time_zone"),
    )
    .await
    {
        Ok(()) => Ok(page.see_other(
            "/settings",
            Some(("success", &t(form.get("language"), "settings-saved"))),
        )),
        Err(AppError::Validation(e)) => {
            let typed = ProfileValues::new(form.get("name"), form.get("language"), form.get("time_zone"));
            settings_page(&page, None, typed, Some(&e)).await
        }
        Err(e) => Err(e),
    }
}

pub async fn create_token(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ManageOwnAccount)?;
    let profile = ProfileValues {
        token_name: Some(form.get("token_name")),
        ..ProfileValues::new(&user.name, &user.language, &user.time_zone)
    };
    match accounts::create_api_token(&page.state.db, user.id, form.get("token_name")).await {
        // Shown once, on this response only; never stored in clear.
        Ok(secret) => settings_page(&page, Some(secret), profile, None).await,
        Err(AppError::Validation(e)) => settings_page(&page, None, profile, Some(&e)).await,
        Err(e) => Err(e),
    }
}

pub async fn revoke_token(page: Page, path: web::Path<i32>, _form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ManageOwnAccount)?;
    accounts::revoke_api_token(&page.state.db, user.id, path.into_inner()).await?;
    page.done("/settings", "token-revoked")
}

pub async fn change_email(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ManageOwnAccount)?;
    match accounts::start_email_change(
        &page.state.db,
        &page.state.mailer,
        user.id,
        form.get("new_email"),
        form.get("current_password"),
    )
    .await
    {
        Ok(()) => page.done("/settings", "email-change-sent"),
        Err(AppError::Validation(e)) => {
            let typed = ProfileValues {
                new_email: Some(form.get("new_email")),
                ..ProfileValues::new(&user.name, &user.language, &user.time_zone)
            };
            settings_page(&page, None, typed, Some(&e)).await
        }
        Err(e) => Err(e),
    }
}

pub async fn change_password(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ManageOwnAccount)?;
    let this_browser = page.req.cookie(SESSION_COOKIE).map(|c| c.value().to_string());
    let changed = accounts::change_password(
        &page.state.db,
        user.id,
        form.get("password_current"),
        form.get("new_password"),
        form.get("new_password_again"),
        this_browser.as_deref(),
    )
    .await;
    match crate::views::checked(changed)? {
        Ok(()) => page.done("/settings", "settings-password-changed"),
        // Passwords are never sent back in a page: the fields come back empty.
        Err(e) => {
            let form = ProfileValues::new(&user.name, &user.language, &user.time_zone);
            settings_page(&page, None, form, Some(&e)).await
        }
    }
}

pub async fn notifications(page: Page) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ManageOwnAccount)?;
    let lang = page.lang().to_string();
    let prefs = crate::mail::preferences_of(&page.state.db, user.id).await?;
    page.ok(
        "pages/settings/notifications",
        &t(&lang, "notifications-title"),
        v::notifications(&lang, prefs),
    )
}

pub async fn update_notifications(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ManageOwnAccount)?;
    for c in crate::mail::Category::CHOOSABLE {
        let raw = form.get(&format!("pref_{}", c.as_str()));
        if raw.is_empty() {
            continue;
        }
        let d = crate::mail::Delivery::parse(raw)
            .ok_or_else(|| AppError::BadRequest(crate::i18n::msg("validate-choose")))?;
        crate::mail::set_preference(&page.state.db, user.id, c, d).await?;
    }
    page.done("/settings/notifications", "notifications-saved")
}
