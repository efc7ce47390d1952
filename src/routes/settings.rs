use actix_web::{HttpResponse, web};
use serde_json::{Value, json};

use crate::auth::Action;
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::{self, t};
use crate::services::accounts;
use crate::views::Page;

/// Time zones offered in the settings form: the region's, then the rest of the IANA list.
fn time_zones(selected: &str) -> Vec<Value> {
    chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| tz.name())
        .filter(|n| n.contains('/') && !n.starts_with("Etc/"))
        .map(|n| json!({ "code": n, "selected": n == selected }))
        .collect()
}

/// The settings page: with `errors`, the form again with 422.
async fn settings_page(
    page: &Page,
    new_token: Option<String>,
    form: Value,
    errors: Option<&crate::error::FieldErrors>,
) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ManageOwnAccount)?;
    let tokens = accounts::list_api_tokens(&page.state.db, user.id).await?;
    let selected_tz = form
        .get("time_zone")
        .and_then(Value::as_str)
        .unwrap_or(&user.time_zone)
        .to_string();
    let selected_lang = form
        .get("language")
        .and_then(Value::as_str)
        .unwrap_or(&user.language)
        .to_string();
    let data = json!({
        "email": user.email,
        "form": form,
        "languages": i18n::LANGUAGES.iter().map(|(c, n)| json!({"code": c, "label": n, "selected": *c == selected_lang})).collect::<Vec<_>>(),
        "time_zones": time_zones(&selected_tz),
        "tokens": tokens,
        "new_token": new_token,
        "errors": {},
        "has_errors": false,
    });
    let title = page.t("settings-title");
    match errors {
        Some(e) => page.invalid("pages/settings/show", &title, e, data),
        None => page.ok("pages/settings/show", &title, data),
    }
}

pub async fn show(page: Page) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ManageOwnAccount)?;
    let form = json!({ "name": user.name, "language": user.language, "time_zone": user.time_zone });
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
            let typed = json!({ "name": form.get("name"), "language": form.get("language"), "time_zone": form.get("time_zone") });
            settings_page(&page, None, typed, Some(&e)).await
        }
        Err(e) => Err(e),
    }
}

pub async fn create_token(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ManageOwnAccount)?;
    let profile = json!({ "name": user.name, "language": user.language, "time_zone": user.time_zone, "token_name": form.get("token_name") });
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
    Ok(page.see_other("/settings", Some(("success", &t(page.lang(), "token-revoked")))))
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
        Ok(()) => Ok(page.see_other("/settings", Some(("success", &t(page.lang(), "email-change-sent"))))),
        Err(AppError::Validation(e)) => {
            let typed = json!({ "name": user.name, "language": user.language, "time_zone": user.time_zone, "new_email": form.get("new_email") });
            settings_page(&page, None, typed, Some(&e)).await
        }
        Err(e) => Err(e),
    }
}

fn delivery_options(lang: &str, current: crate::mail::Delivery) -> Vec<Value> {
    crate::mail::Delivery::ALL
        .iter()
        .map(|d| json!({ "code": d.as_str(), "label": t(lang, &format!("delivery-{}", d.as_str())), "checked": *d == current }))
        .collect()
}

pub async fn notifications(page: Page) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ManageOwnAccount)?;
    let lang = page.lang().to_string();
    let prefs = crate::mail::preferences_of(&page.state.db, user.id).await?;
    let rows: Vec<Value> = prefs
        .into_iter()
        .map(|(c, d)| json!({ "category": c.as_str(), "label": t(&lang, &format!("category-{}", c.as_str())), "options": delivery_options(&lang, d) }))
        .collect();
    page.ok(
        "pages/settings/notifications",
        &t(&lang, "notifications-title"),
        json!({ "rows": rows }),
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
            .ok_or_else(|| AppError::BadRequest("Choose one of the options.".into()))?;
        crate::mail::set_preference(&page.state.db, user.id, c, d).await?;
    }
    Ok(page.see_other(
        "/settings/notifications",
        Some(("success", &t(page.lang(), "notifications-saved"))),
    ))
}
