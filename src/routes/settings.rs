use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::{Value, json};

use crate::auth::{Action, Viewer};
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::{self, t};
use crate::services::accounts;
use crate::state::AppState;
use crate::views;

/// Time zones offered in the settings form: the region's, then the rest of the IANA list.
fn time_zones(selected: &str) -> Vec<Value> {
    chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| tz.name())
        .filter(|n| n.contains('/') && !n.starts_with("Etc/"))
        .map(|n| json!({ "code": n, "selected": n == selected }))
        .collect()
}

async fn page(
    state: &AppState,
    viewer: &Viewer,
    req: &HttpRequest,
    new_token: Option<String>,
    form: Value,
    errors: Option<&crate::error::FieldErrors>,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ManageOwnAccount)?;
    let lang = viewer.lang().to_string();
    let tokens = accounts::list_api_tokens(&state.db, user.id).await?;
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
    match errors {
        Some(e) => views::invalid(
            state,
            viewer,
            req,
            "pages/settings/show",
            &t(&lang, "settings-title"),
            e,
            data,
        ),
        None => views::ok(
            state,
            viewer,
            req,
            "pages/settings/show",
            &t(&lang, "settings-title"),
            data,
        ),
    }
}

pub async fn show(state: web::Data<AppState>, viewer: Viewer, req: HttpRequest) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ManageOwnAccount)?;
    let form = json!({ "name": user.name, "language": user.language, "time_zone": user.time_zone });
    page(&state, &viewer, &req, None, form, None).await
}

pub async fn update(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ManageOwnAccount)?;
    match accounts::update_preferences(
        &state.db,
        user.id,
        form.get("name"),
        form.get("language"),
        form.get("time_zone"),
    )
    .await
    {
        Ok(()) => Ok(views::see_other(
            &state,
            "/settings",
            Some(("success", &t(form.get("language"), "settings-saved"))),
        )),
        Err(AppError::Validation(e)) => {
            let typed = json!({ "name": form.get("name"), "language": form.get("language"), "time_zone": form.get("time_zone") });
            page(&state, &viewer, &req, None, typed, Some(&e)).await
        }
        Err(e) => Err(e),
    }
}

pub async fn create_token(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ManageOwnAccount)?;
    let profile = json!({ "name": user.name, "language": user.language, "time_zone": user.time_zone, "token_name": form.get("token_name") });
    match accounts::create_api_token(&state.db, user.id, form.get("token_name")).await {
        // Shown once, on this response only; never stored in clear.
        Ok(secret) => page(&state, &viewer, &req, Some(secret), profile, None).await,
        Err(AppError::Validation(e)) => page(&state, &viewer, &req, None, profile, Some(&e)).await,
        Err(e) => Err(e),
    }
}

pub async fn revoke_token(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
    _form: Form,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ManageOwnAccount)?;
    accounts::revoke_api_token(&state.db, user.id, path.into_inner()).await?;
    Ok(views::see_other(
        &state,
        "/settings",
        Some(("success", &t(viewer.lang(), "token-revoked"))),
    ))
}

pub async fn change_email(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ManageOwnAccount)?;
    match accounts::start_email_change(
        &state.db,
        &state.mailer,
        user.id,
        form.get("new_email"),
        form.get("current_password"),
    )
    .await
    {
        Ok(()) => Ok(views::see_other(
            &state,
            "/settings",
            Some(("success", &t(viewer.lang(), "email-change-sent"))),
        )),
        Err(AppError::Validation(e)) => {
            let typed = json!({ "name": user.name, "language": user.language, "time_zone": user.time_zone, "new_email": form.get("new_email") });
            page(&state, &viewer, &req, None, typed, Some(&e)).await
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

pub async fn notifications(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ManageOwnAccount)?;
    let lang = viewer.lang().to_string();
    let prefs = crate::mail::preferences_of(&state.db, user.id).await?;
    let rows: Vec<Value> = prefs
        .into_iter()
        .map(|(c, d)| json!({ "category": c.as_str(), "label": t(&lang, &format!("category-{}", c.as_str())), "options": delivery_options(&lang, d) }))
        .collect();
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/settings/notifications",
        &t(&lang, "notifications-title"),
        json!({ "rows": rows }),
    )
}

pub async fn update_notifications(
    state: web::Data<AppState>,
    viewer: Viewer,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let user = viewer.require(Action::ManageOwnAccount)?;
    for c in crate::mail::Category::CHOOSABLE {
        let raw = form.get(&format!("pref_{}", c.as_str()));
        if raw.is_empty() {
            continue;
        }
        let d = crate::mail::Delivery::parse(raw)
            .ok_or_else(|| AppError::BadRequest("Choose one of the options.".into()))?;
        crate::mail::set_preference(&state.db, user.id, c, d).await?;
    }
    Ok(views::see_other(
        &state,
        "/settings/notifications",
        Some(("success", &t(viewer.lang(), "notifications-saved"))),
    ))
}
