use std::time::Duration;

use actix_web::{HttpResponse, web};
use serde_json::json;

use crate::auth::Action;
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t;
use crate::mail::{Category, Recipient, outbox};
use crate::services::{accounts, countries};
use crate::state::AppState;
use crate::views::admin::{self as v, UserValues};
use crate::views::{self, Page};

/// How long an invitation (set-password) link stays valid.
pub const INVITATION_TTL: Duration = Duration::from_secs(7 * 24 * 3600);

pub async fn index(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageUsers)?;
    let users = accounts::list_users(&page.state.db).await?;
    page.ok(
        "pages/admin/index",
        &t(page.lang(), "admin-title"),
        v::UserList { users },
    )
}

async fn org_options(state: &AppState) -> Result<Vec<v::OrgOption>, AppError> {
    let f = crate::services::directory::DirectoryFilter::default();
    let (orgs, _) = crate::services::directory::all_organizations(&state.db, &f).await?;
    Ok(v::org_options(orgs))
}

pub async fn new_user_form(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageUsers)?;
    let lang = page.lang().to_string();
    let form = UserValues {
        email: "",
        name: "",
        role: "member",
        organization: "",
    };
    let data = v::user_form(&lang, form, org_options(&page.state).await?);
    page.ok("pages/admin/user_form", &t(&lang, "user-new-title"), data)
}

pub async fn create_user(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    let me = page.viewer.require(Action::ManageUsers)?;
    let lang = page.lang().to_string();
    let parsed = accounts::parse_new_user(
        &page.state.db,
        form.get("email"),
        form.get("name"),
        form.get("role"),
        form.get("organization"),
    )
    .await;
    match parsed {
        Ok(new) => {
            // The account, its link and the invitation mail commit together.
            let txn = crate::db::begin_write(&page.state.db).await?;
            let user = accounts::create_user(&txn, new, None).await?;
            let token =
                accounts::create_one_time_token(&txn, user.id, accounts::PURPOSE_SET_PASSWORD, INVITATION_TTL, None)
                    .await?;
            let link = page.state.mailer.absolute(&format!("/set-password?token={token}"));
            let to = Recipient::from_user(&user);
            let data = json!({ "link": link, "inviter": me.name });
            page.state
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
            page.ok(
                "pages/admin/user_created",
                &t(&lang, "user-created-title"),
                v::UserCreated {
                    name: user.name,
                    email: user.email,
                },
            )
        }
        Err(AppError::Validation(e)) => {
            let typed = UserValues {
                email: form.get("email"),
                name: form.get("name"),
                role: form.get("role"),
                organization: form.get("organization"),
            };
            let data = v::user_form(&lang, typed, org_options(&page.state).await?);
            page.invalid("pages/admin/user_form", &t(&lang, "user-new-title"), &e, &data)
        }
        Err(e) => Err(e),
    }
}

pub async fn set_active(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let me = page.viewer.require(Action::ManageUsers)?;
    let id = path.into_inner();
    let active = form.get("active") == "1";
    if id == me.id && !active {
        return Ok(page.see_other(
            "/admin",
            Some(("error", &t(page.lang(), "user-cannot-deactivate-self"))),
        ));
    }
    accounts::set_active(&page.state.db, id, active).await?;
    page.done("/admin", "user-saved")
}

pub async fn set_legal_reviewer(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageUsers)?;
    accounts::set_legal_reviewer(&page.state.db, path.into_inner(), form.get("on") == "1").await?;
    page.done("/admin", "user-saved")
}

/// The page that links account `id` to the directory person it belongs to.
pub async fn person_form(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageUsers)?;
    let u = accounts::get_user(&page.state.db, path.into_inner()).await?;
    let people = accounts::linkable_people(&page.state.db, u.organization_id).await?;
    let chosen = u.person_id.map(|p| p.to_string()).unwrap_or_default();
    let data = v::person_link_page(&u, people, &chosen);
    page.ok("pages/admin/person_link", &page.t("admin-person-title"), data)
}

pub async fn link_person(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageUsers)?;
    let id = path.into_inner();
    let (chosen, based_on) = (form.get("person"), form.get("based_on"));
    let parse = |s: &str| -> Result<Option<i32>, AppError> {
        match s.trim() {
            "" => Ok(None),
            s => s.parse().map(Some).map_err(|_| {
                let mut e = crate::error::FieldErrors::default();
                e.add("person", crate::i18n::msg("admin-person-choose"));
                AppError::Validation(e)
            }),
        }
    };
    let saved = match (parse(chosen), parse(based_on)) {
        (Ok(person), Ok(based_on)) => accounts::link_person(&page.state.db, id, person, based_on).await,
        (Err(e), _) | (_, Err(e)) => Err(e),
    };
    match views::checked(saved)? {
        Ok(()) => page.done("/admin", "user-saved"),
        Err(errors) => {
            let u = accounts::get_user(&page.state.db, id).await?;
            let people = accounts::linkable_people(&page.state.db, u.organization_id).await?;
            let data = v::person_link_page(&u, people, chosen);
            page.invalid("pages/admin/person_link", &page.t("admin-person-title"), &errors, &data)
        }
    }
}

pub async fn countries(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageCountries)?;
    let list = countries::all_views(&page.state.db, page.lang()).await?;
    page.ok(
        "pages/admin/countries",
        &t(page.lang(), "countries-title"),
        v::countries(list, "", ""),
    )
}

pub async fn add_country(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageCountries)?;
    let lang = page.lang().to_string();
    let result = match countries::parse_new(form.get("code"), form.get("name")) {
        Ok(c) => countries::add(&page.state.db, c).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => page.done("/admin/countries", "country-added"),
        Err(AppError::Validation(e)) => {
            let list = countries::all_views(&page.state.db, page.lang()).await?;
            let data = v::countries(list, form.get("code"), form.get("name"));
            page.invalid("pages/admin/countries", &t(&lang, "countries-title"), &e, &data)
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
pub async fn mail(page: Page, q: web::Query<PageQuery>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageMail)?;
    let tz: chrono_tz::Tz = page.viewer.tz().parse().unwrap_or(chrono_tz::Europe::Tirane);
    let local_midnight = crate::db::now()
        .with_timezone(&tz)
        .date_naive()
        .and_hms_opt(0, 0, 0)
        .and_then(|m| m.and_local_timezone(tz).earliest())
        .map(|d| d.with_timezone(&chrono::Utc))
        .unwrap_or_else(crate::db::now);
    let health = outbox::health(&page.state.db, local_midnight).await?;
    let page_no = crate::services::paging::number(q.page);
    let (dead, total) = outbox::dead_letters(&page.state.db, page_no, 25).await?;
    let pager = views::Pager::new("/admin/mail", "", page_no, 25, total);
    page.ok(
        "pages/admin/mail",
        &t(page.lang(), "mail-title"),
        v::MailPage {
            health,
            dead: dead.into_iter().map(v::dead_letter).collect(),
            pager,
        },
    )
}

pub async fn mail_retry(page: Page, path: web::Path<i64>, _form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageMail)?;
    outbox::retry(&page.state.db, path.into_inner()).await?;
    page.done("/admin/mail", "mail-retried")
}

/// Asks before discarding a message that could not be delivered.
pub async fn mail_discard_form(page: Page, path: web::Path<i64>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageMail)?;
    let m = outbox::dead_letter(&page.state.db, path.into_inner()).await?;
    let lang = page.lang();
    page.confirm(views::Confirm {
        heading: page.t("mail-discard-confirm-title"),
        consequences: vec![
            crate::i18n::t_args(
                lang,
                "mail-discard-confirm-which",
                &[
                    ("to", m.to_address.clone().into()),
                    ("subject", m.subject.clone().into()),
                ],
            ),
            page.t("mail-discard-confirm-final"),
        ],
        action: format!("/admin/mail/{}/discard", m.id),
        button: page.t("mail-discard"),
        back: "/admin/mail".into(),
        fields: vec![],
    })
}

pub async fn mail_discard(page: Page, path: web::Path<i64>, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageMail)?;
    let id = path.into_inner();
    if !views::confirmed(&form) {
        outbox::dead_letter(&page.state.db, id).await?;
        return Ok(page.see_other(&format!("/admin/mail/{id}/discard"), None));
    }
    outbox::discard(&page.state.db, id).await?;
    page.done("/admin/mail", "mail-discarded")
}
