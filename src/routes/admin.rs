use std::time::Duration;

use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::json;

use crate::auth::{Action, Role, Viewer};
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t;
use crate::mail::{Category, Recipient, outbox};
use crate::services::{accounts, countries};
use crate::state::AppState;
use crate::views;

/// How long an invitation (set-password) link stays valid.
pub const INVITATION_TTL: Duration = Duration::from_secs(7 * 24 * 3600);

pub async fn index(state: web::Data<AppState>, viewer: Viewer, req: HttpRequest) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageUsers)?;
    let users = accounts::list_users(&state.db).await?;
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/admin/index",
        &t(viewer.lang(), "admin-title"),
        json!({ "users": users }),
    )
}

fn user_form_data(lang: &str, form: serde_json::Value, orgs: Vec<serde_json::Value>) -> serde_json::Value {
    json!({
        "form": form,
        "roles": Role::ALL.iter().map(|r| json!({"code": r.as_str(), "label": t(lang, &format!("role-{}", r.as_str()))})).collect::<Vec<_>>(),
        "organizations": orgs,
        "errors": {},
        "has_errors": false,
    })
}

async fn org_options(state: &AppState) -> Result<Vec<serde_json::Value>, AppError> {
    let f = crate::services::directory::DirectoryFilter::default();
    let (orgs, _) = crate::services::directory::all_organizations(&state.db, &f).await?;
    Ok(orgs
        .into_iter()
        .map(|o| json!({"id": o.id.to_string(), "name": o.name}))
        .collect())
}

pub async fn new_user_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageUsers)?;
    let lang = viewer.lang().to_string();
    let form = json!({"email": "", "name": "", "role": "member", "organization": ""});
    let data = user_form_data(&lang, form, org_options(&state).await?);
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/admin/user_form",
        &t(&lang, "user-new-title"),
        data,
    )
}

pub async fn create_user(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let me = viewer.require(Action::ManageUsers)?;
    let lang = viewer.lang().to_string();
    let parsed = accounts::parse_new_user(
        &state.db,
        form.get("email"),
        form.get("name"),
        form.get("role"),
        form.get("organization"),
    )
    .await;
    match parsed {
        Ok(new) => {
            // The account, its link and the invitation mail commit together.
            let txn = crate::db::begin_write(&state.db).await?;
            let user = accounts::create_user(&txn, new, None).await?;
            let token =
                accounts::create_one_time_token(&txn, user.id, accounts::PURPOSE_SET_PASSWORD, INVITATION_TTL, None)
                    .await?;
            let link = state.mailer.absolute(&format!("/set-password?token={token}"));
            let to = Recipient::from_user(&user);
            let data = json!({ "link": link, "inviter": me.name });
            state
                .mailer
                .enqueue_direct(
                    &txn,
                    Category::Account,
                    "invitation",
                    &to,
                    &data,
                    &format!("invitation:{}", user.id),
                )
                .await?;
            txn.commit().await?;
            views::ok(
                &state,
                &viewer,
                &req,
                "pages/admin/user_created",
                &t(&lang, "user-created-title"),
                json!({ "name": user.name, "email": user.email }),
            )
        }
        Err(AppError::Validation(e)) => {
            let typed = json!({"email": form.get("email"), "name": form.get("name"), "role": form.get("role"), "organization": form.get("organization")});
            let data = user_form_data(&lang, typed, org_options(&state).await?);
            views::invalid(
                &state,
                &viewer,
                &req,
                "pages/admin/user_form",
                &t(&lang, "user-new-title"),
                &e,
                data,
            )
        }
        Err(e) => Err(e),
    }
}

pub async fn set_active(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let me = viewer.require(Action::ManageUsers)?;
    let id = path.into_inner();
    let active = form.get("active") == "1";
    if id == me.id && !active {
        return Ok(views::see_other(
            &state,
            "/admin",
            Some(("error", &t(viewer.lang(), "user-cannot-deactivate-self"))),
        ));
    }
    accounts::set_active(&state.db, id, active).await?;
    Ok(views::see_other(
        &state,
        "/admin",
        Some(("success", &t(viewer.lang(), "user-saved"))),
    ))
}

pub async fn set_legal_reviewer(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageUsers)?;
    accounts::set_legal_reviewer(&state.db, path.into_inner(), form.get("on") == "1").await?;
    Ok(views::see_other(
        &state,
        "/admin",
        Some(("success", &t(viewer.lang(), "user-saved"))),
    ))
}

pub async fn countries(state: web::Data<AppState>, viewer: Viewer, req: HttpRequest) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageCountries)?;
    let list = countries::all_views(&state.db).await?;
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/admin/countries",
        &t(viewer.lang(), "countries-title"),
        json!({ "countries": list, "form": {"code": "", "name": ""}, "errors": {}, "has_errors": false }),
    )
}

pub async fn add_country(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    form: Form,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageCountries)?;
    let lang = viewer.lang().to_string();
    let result = match countries::parse_new(form.get("code"), form.get("name")) {
        Ok(c) => countries::add(&state.db, c).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => Ok(views::see_other(
            &state,
            "/admin/countries",
            Some(("success", &t(&lang, "country-added"))),
        )),
        Err(AppError::Validation(e)) => {
            let list = countries::all_views(&state.db).await?;
            let data = json!({ "countries": list, "form": {"code": form.get("code"), "name": form.get("name")} });
            views::invalid(
                &state,
                &viewer,
                &req,
                "pages/admin/countries",
                &t(&lang, "countries-title"),
                &e,
                data,
            )
        }
        Err(e) => Err(e),
    }
}

#[derive(serde::Deserialize)]
pub struct PageQuery {
    #[serde(default, deserialize_with = "crate::services::paging::deserialize")]
    page: Option<u64>,
}

/// Queue health and dead letters.
pub async fn mail(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    q: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageMail)?;
    let tz: chrono_tz::Tz = viewer.tz().parse().unwrap_or(chrono_tz::Europe::Tirane);
    let local_midnight = crate::db::now()
        .with_timezone(&tz)
        .date_naive()
        .and_hms_opt(0, 0, 0)
        .and_then(|m| m.and_local_timezone(tz).earliest())
        .map(|d| d.with_timezone(&chrono::Utc))
        .unwrap_or_else(crate::db::now);
    let health = outbox::health(&state.db, local_midnight).await?;
    let page = crate::services::paging::number(q.page);
    let (dead, total) = outbox::dead_letters(&state.db, page, 25).await?;
    let pager = views::Pager::new("/admin/mail", "", page, 25, total);
    let rows: Vec<_> = dead
        .into_iter()
        .map(|m| json!({ "id": m.id, "to": m.to_address, "subject": m.subject, "error": m.last_error, "attempts": m.attempts, "created_at": m.created_at }))
        .collect();
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/admin/mail",
        &t(viewer.lang(), "mail-title"),
        json!({ "health": health, "dead": rows, "pager": pager }),
    )
}

pub async fn mail_retry(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i64>,
    _form: Form,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageMail)?;
    outbox::retry(&state.db, path.into_inner()).await?;
    Ok(views::see_other(
        &state,
        "/admin/mail",
        Some(("success", &t(viewer.lang(), "mail-retried"))),
    ))
}

pub async fn mail_discard(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i64>,
    _form: Form,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ManageMail)?;
    outbox::discard(&state.db, path.into_inner()).await?;
    Ok(views::see_other(
        &state,
        "/admin/mail",
        Some(("success", &t(viewer.lang(), "mail-discarded"))),
    ))
}
