//! Invitations, participant lists and CSV, attendance, and the signed RSVP answer pages.

use actix_web::{HttpResponse, web};

use crate::auth::Action;
use crate::error::{AppError, FieldErrors};
use crate::forms::Form;
use crate::i18n::t;
use crate::services::{countries, directory as dir, events as ev, participants};
use crate::state::AppState;
use crate::views::events::{self as v, summary_row};
use crate::views::{self, Page};
use entity::participant;

use super::{base, load_visible};

/// Participants by country and organization. Names appear to other participants only when the
/// person agreed; the secretariat sees everyone, with answers and attendance.
pub async fn participants_page(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let e = load_visible(&page.state, &page.viewer, path.into_inner()).await?;
    let lang = page.lang().to_string();
    let manage = page.viewer.can(Action::ManageEvents);
    let list = participants::list(&page.state.db, e.id).await?;
    let by_country = v::country_groups(participants::counts(&page.state.db, &list).await?);
    let rows = list
        .iter()
        .filter(|p| manage || (p.share_name && p.status == "accepted"))
        .map(|p| v::participant_row(&lang, p, manage))
        .collect();
    let (orgs, _) = dir::all_organizations(&page.state.db, &dir::DirectoryFilter::default()).await?;
    let (people, _, _) = dir::list_people(
        &page.state.db,
        &dir::PeopleFilter {
            page: Some(1),
            ..Default::default()
        },
    )
    .await?;
    let id_name = |id: i32, name: &str| v::IdName {
        id,
        name: name.to_string(),
    };
    page.ok(
        "pages/events/participants",
        &t(&lang, "participants-title"),
        v::ParticipantsPage {
            event: v::event_ref(&e),
            by_country,
            total: list.iter().filter(|p| p.status != "declined").count(),
            accepted: list.iter().filter(|p| p.status == "accepted").count(),
            waitlisted: list.iter().filter(|p| p.status == "waitlisted").count(),
            rows,
            manage,
            organizations: if manage {
                orgs.iter().map(|o| id_name(o.id, &o.name)).collect()
            } else {
                vec![]
            },
            people: if manage {
                people
                    .iter()
                    .filter(|p| p.email.is_some())
                    .map(|p| id_name(p.id, &p.name))
                    .collect()
            } else {
                vec![]
            },
        },
    )
}

pub async fn invite(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageEvents)?;
    let e = ev::get(&page.state.db, path.into_inner()).await?;
    let orgs: Vec<i32> = form
        .all("organizations")
        .iter()
        .filter_map(|v| v.parse().ok())
        .collect();
    let people: Vec<i32> = form.all("people").iter().filter_map(|v| v.parse().ok()).collect();
    let lang = page.lang().to_string();
    let back = format!("/events/{}/participants", e.id);
    match participants::invite(
        &page.state.db,
        &page.state.mailer,
        page.state.settings.secret_key(),
        &base(&page.state),
        &e,
        &orgs,
        &people,
    )
    .await
    {
        Ok(r) => {
            let msg = crate::i18n::t_args(
                &lang,
                "participants-invited",
                &[("added", r.added.into()), ("already", r.already.into())],
            );
            Ok(page.see_other(&back, Some(("success", &msg))))
        }
        Err(AppError::Validation(errs)) => {
            let msg = errs.0.values().cloned().collect::<Vec<_>>().join(" ");
            Ok(page.see_other(&back, Some(("error", &msg))))
        }
        Err(err) => Err(err),
    }
}

pub async fn attendance(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageEvents)?;
    let e = ev::get(&page.state.db, path.into_inner()).await?;
    let ids: Vec<i32> = form.all("attended").iter().filter_map(|v| v.parse().ok()).collect();
    participants::set_attendance(&page.state.db, e.id, &ids).await?;
    page.done(
        &format!("/events/{}/participants", e.id),
        "participants-attendance-saved",
    )
}

pub async fn participants_csv(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageEvents)?;
    let e = ev::get(&page.state.db, path.into_inner()).await?;
    let countries_list = countries::all(&page.state.db).await?;
    let mut w = views::CsvExport::new(&[
        "name",
        "email",
        "organization",
        "country",
        "status",
        "dietary",
        "accessibility",
        "shares_name",
        "attended",
    ])?;
    for p in participants::list(&page.state.db, e.id).await? {
        let (org, country) = match p.organization_id {
            Some(id) => match dir::get_organization(&page.state.db, id).await {
                Ok(o) => (o.name, countries::name_in(&countries_list, &o.country_code)),
                Err(_) => (String::new(), String::new()),
            },
            None => (String::new(), String::new()),
        };
        let row = [
            p.name,
            p.email,
            org,
            country,
            p.status,
            p.dietary.unwrap_or_default(),
            p.accessibility.unwrap_or_default(),
            p.share_name.to_string(),
            p.attended.map(|a| a.to_string()).unwrap_or_default(),
        ];
        w.row(&row)?;
    }
    let filename = format!("participants-event-{}.csv", e.id);
    w.download(&filename)
}

fn rsvp_check(state: &AppState, path: &(i32, i64, String)) -> Result<(), AppError> {
    if participants::verify_rsvp(state.settings.secret_key(), path.0, path.1, &path.2) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Records the answer posted in `form` for participant `p`. `Ok(Err(..))`: refused, with the
/// participant as typed (to show the form again) and the messages.
async fn record_answer(
    page: &Page,
    p: &participant::Model,
    form: &Form,
) -> Result<Result<(), (participant::Model, FieldErrors)>, AppError> {
    let (status, dietary, accessibility) = (form.get("status"), form.get("dietary"), form.get("accessibility"));
    let share_name = form.checked("share_name");
    let saved = match participants::parse_answer(status, dietary, accessibility, share_name) {
        Ok(a) => participants::respond(&page.state.db, &page.state.mailer, &base(&page.state), p.id, a)
            .await
            .map(|_| ()),
        Err(e) => Err(e),
    };
    Ok(views::checked(saved)?
        .map_err(|errors| (v::typed_answer(p, status, dietary, accessibility, share_name), errors)))
}

async fn rsvp_page(
    page: &Page,
    p: &participant::Model,
    done: bool,
    errors: Option<FieldErrors>,
) -> Result<HttpResponse, AppError> {
    let e = ev::get(&page.state.db, p.event_id).await?;
    let lang = page.lang();
    let data = v::RsvpPage {
        event: summary_row(lang, &e, &countries::all(&page.state.db).await?),
        answer: v::answer_form(lang, p, &e, page.req.path().to_string()),
        done,
        errors: Default::default(),
        has_errors: false,
    };
    match errors {
        Some(errors) => page.invalid("pages/events/rsvp", &page.t("rsvp-title"), &errors, &data),
        None => page.ok("pages/events/rsvp", &page.t("rsvp-title"), data),
    }
}

pub async fn rsvp_form(page: Page, path: web::Path<(i32, i64, String)>) -> Result<HttpResponse, AppError> {
    rsvp_check(&page.state, &path)?;
    let p = participants::get(&page.state.db, path.0).await?;
    rsvp_page(&page, &p, false, None).await
}

pub async fn rsvp(page: Page, path: web::Path<(i32, i64, String)>, form: Form) -> Result<HttpResponse, AppError> {
    rsvp_check(&page.state, &path)?;
    let p = participants::get(&page.state.db, path.0).await?;
    match record_answer(&page, &p, &form).await? {
        Ok(()) => {
            let p = participants::get(&page.state.db, p.id).await?;
            rsvp_page(&page, &p, true, None).await
        }
        Err((typed, errors)) => rsvp_page(&page, &typed, false, Some(errors)).await,
    }
}

/// A signed-in participant's answer, from the event page. Someone who is not invited gets 404.
pub async fn answer(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.signed_in()?.clone();
    let e = load_visible(&page.state, &page.viewer, path.into_inner()).await?;
    let p = participants::for_viewer(&page.state.db, e.id, &user)
        .await?
        .ok_or(AppError::NotFound)?;
    match record_answer(&page, &p, &form).await? {
        Ok(()) => page.done(&format!("/events/{}#your-answer", e.id), "rsvp-saved"),
        Err(refused) => super::pages::show_page(page, e, Some(refused)).await,
    }
}
