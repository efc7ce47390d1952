//! Invitations, participant lists and CSV, attendance, and the signed RSVP answer pages.

use actix_web::{HttpResponse, web};

use crate::auth::Action;
use crate::error::{AppError, FieldErrors};
use crate::forms::Form;
use crate::i18n::label;
use crate::i18n::t;
use crate::services::{countries, directory as dir, events as ev, participants};
use crate::state::AppState;
use crate::views::directory::country_options as dir_country_options;
use crate::views::events::{self as v, summary_row};
use crate::views::participants as pv;
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
        .map(|p| pv::participant_row(&lang, p, manage))
        .collect();
    page.ok(
        "pages/events/participants",
        &t(&lang, "participants-title"),
        pv::ParticipantsPage {
            event: v::event_ref(&e),
            by_country,
            total: list.iter().filter(|p| p.status != "declined").count(),
            accepted: list.iter().filter(|p| p.status == "accepted").count(),
            waitlisted: list.iter().filter(|p| p.status == "waitlisted").count(),
            rows,
            manage,
            can_invite: manage && e.status == "published" && e.starts_at > crate::db::now(),
        },
    )
}

/// Organizations listed at most on one picker page; narrower filters find the rest.
const PICKER_ORGS: usize = 100;

/// The invite picker: everyone in the directory, filtered by country, organization and name,
/// with checkboxes; works without JavaScript.
pub async fn invite_form(
    page: Page,
    path: web::Path<i32>,
    q: web::Query<pv::InviteFilter>,
) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManageEvents)?;
    let e = ev::get(&page.state.db, path.into_inner()).await?;
    let filter = q.into_inner();
    let db = &page.state.db;
    let lang = page.lang().to_string();
    let countries_list = countries::all_in(db, &lang).await?;
    let (all_orgs, _) = dir::all_organizations(db, &dir::DirectoryFilter::default()).await?;
    let org_id: Option<i32> = filter.organization.trim().parse().ok();
    let country = filter.country.trim().to_uppercase();
    let needle = filter.q.trim().to_lowercase();
    let country_name = |code: &str| countries::name_in(&countries_list, code);
    let matching: Vec<&entity::organization::Model> = all_orgs
        .iter()
        .filter(|o| org_id.is_none_or(|id| o.id == id))
        .filter(|o| country.is_empty() || o.country_code == country)
        .filter(|o| needle.is_empty() || o.name.to_lowercase().contains(&needle))
        .collect();
    let (people, total, page_no) = dir::list_people(
        db,
        &dir::PeopleFilter {
            organization_id: org_id,
            country: country.clone(),
            q: filter.q.clone(),
            page: filter.page,
        },
    )
    .await?;
    let invited: std::collections::HashSet<i32> = participants::list(db, e.id)
        .await?
        .iter()
        .filter_map(|p| p.person_id)
        .collect();
    let org_of = |id: i32| all_orgs.iter().find(|o| o.id == id);
    let base_query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("country", &filter.country)
        .append_pair("organization", &filter.organization)
        .append_pair("q", &filter.q)
        .finish();
    let data = pv::InvitePage {
        event: v::event_ref(&e),
        countries: dir_country_options(&countries_list),
        organization_choices: all_orgs
            .iter()
            .map(|o| views::directory::Opt {
                code: o.id.to_string(),
                label: o.name.clone(),
            })
            .collect(),
        more_organizations: (matching.len() > PICKER_ORGS).then_some(matching.len()),
        organizations: matching
            .iter()
            .take(PICKER_ORGS)
            .map(|o| pv::InviteOrg {
                id: o.id,
                name: o.name.clone(),
                country: country_name(&o.country_code),
            })
            .collect(),
        people: people
            .into_iter()
            .map(|p| {
                let org = org_of(p.organization_id);
                pv::InvitePerson {
                    id: p.id,
                    invited: invited.contains(&p.id),
                    no_email: p.email.as_deref().is_none_or(|m| m.trim().is_empty()),
                    name: p.name,
                    title: p.title,
                    organization: org.map(|o| o.name.clone()).unwrap_or_default(),
                    country: org.map(|o| country_name(&o.country_code)).unwrap_or_default(),
                    role: label(&lang, "network-role", &p.network_role),
                }
            })
            .collect(),
        pager: views::Pager::new(
            &format!("/events/{}/invite", e.id),
            &base_query,
            page_no,
            dir::PER_PAGE,
            total,
        ),
        published: e.status == "published",
        filter,
    };
    page.ok("pages/events/invite", &t(&lang, "participants-invite"), data)
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
        participants::Invitees {
            org_ids: &orgs,
            person_ids: &people,
            // The language of the mail to people without an account (theirs decides otherwise).
            language: match form.get("language") {
                l if crate::i18n::supported(l) => l,
                _ => &lang,
            },
        },
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
            let msg = errs.sentences(&lang);
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
    let countries_list = countries::all_in(&page.state.db, page.lang()).await?;
    let mut w = views::CsvExport::new(
        page.lang(),
        &[
            "csv-participant-name",
            "csv-participant-email",
            "csv-participant-organization",
            "csv-participant-country",
            "csv-participant-status",
            "csv-participant-dietary",
            "csv-participant-accessibility",
            "csv-participant-shares-name",
            "csv-participant-attended",
        ],
    )?;
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
    let days = if e.agenda_published {
        v::agenda_days(lang, v::tz_of(&e), &ev::items(&page.state.db, e.id).await?)
    } else {
        vec![]
    };
    let data = pv::RsvpPage {
        event: summary_row(lang, &e, &countries::all_in(&page.state.db, page.lang()).await?),
        venue: v::venue(&e),
        online_url: e.online_url.clone(),
        description_html: e.description.as_deref().map(views::markdown::render),
        days,
        quiet_url: format!("{}/quiet", page.req.path()),
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

/// The page behind the "no more agenda notices for this event" link in an invitee's mail.
pub async fn quiet_form(page: Page, path: web::Path<(i32, i64, String)>) -> Result<HttpResponse, AppError> {
    rsvp_check(&page.state, &path)?;
    quiet_page(&page, path.0).await
}

/// Stops the event's agenda notices for this participant. The path's signature is the proof,
/// so mail programs can do it in one click (RFC 8058) without a form token.
pub async fn quiet(page: Page, path: web::Path<(i32, i64, String)>) -> Result<HttpResponse, AppError> {
    rsvp_check(&page.state, &path)?;
    participants::set_quiet(&page.state.db, path.0).await?;
    tracing::info!(participant = path.0, "agenda notices stopped");
    quiet_page(&page, path.0).await
}

async fn quiet_page(page: &Page, pid: i32) -> Result<HttpResponse, AppError> {
    let p = participants::get(&page.state.db, pid).await?;
    let e = ev::get(&page.state.db, p.event_id).await?;
    page.ok(
        "pages/events/quiet",
        &page.t("quiet-title"),
        pv::QuietPage {
            event: v::event_ref(&e),
            done: p.quiet,
            action: page.req.path().to_string(),
        },
    )
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
