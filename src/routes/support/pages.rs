//! The service list, details, and the service form (new and edit), "still correct".

use actix_web::{HttpResponse, web};
use sea_orm::EntityTrait;

use super::{editable, organizations};
use crate::auth::Action;
use crate::error::AppError;
use crate::forms::Form;
use crate::services::support::{self as sp, Shown, SupportServiceFields};
use crate::services::{countries, directory as dir, versions};
use crate::views::support as v;
use crate::views::support::shown;
use crate::views::{self, Page, Pager, Saved};

const FORM: &str = "pages/support/form";

pub async fn index(page: Page, q: web::Query<sp::ServiceFilter>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let lang = page.lang().to_string();
    let db = &page.state.db;
    let filter = q.into_inner();
    let list = sp::list(db, &filter).await?;
    let countries_list = countries::all_in(db, &lang).await?;
    let orgs = organizations(db).await?;
    let kinds = dir::service_codes(db).await?;
    let today = sp::today();
    let lookups = v::Lookups {
        countries: &countries_list,
        orgs: &orgs,
    };
    let show_available = page.viewer.can(Action::SeeAvailablePlaces);
    let rows = list
        .items
        .iter()
        .map(|s| {
            let figures = list.capacity.get(&s.id).map(Vec::as_slice).unwrap_or(&[]);
            // The list never shows an address; free places only to who may see them.
            let shown = Shown {
                address: false,
                available: show_available,
            };
            v::row(&lang, s, figures, &lookups, shown, today)
        })
        .collect();
    let (country_opts, kind_opts, status_opts) = v::filter_choices(&lang, &countries_list, &kinds);
    let data = v::ListPage {
        pager: Pager::new("/services", &filter.query_string(), list.page, sp::PER_PAGE, list.total),
        totals: v::totals(
            &lang,
            &list.totals,
            Shown {
                address: false,
                available: show_available,
            },
        ),
        filter,
        rows,
        countries: country_opts,
        kinds: kind_opts,
        statuses: status_opts,
        show_available,
    };
    page.ok("pages/support/list", &page.t("support-title"), data)
}

pub async fn show(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let lang = page.lang().to_string();
    let db = &page.state.db;
    let s = sp::get(db, path.into_inner()).await?;
    let org = dir::get_organization(db, s.organization_id).await?;
    let countries_list = countries::all_in(db, &lang).await?;
    let shown = shown(&page.viewer, s.organization_id);
    let verified_by = match s.verified_by {
        Some(u) => entity::user::Entity::find_by_id(u).one(db).await?.map(|u| u.name),
        None => None,
    };
    let (contacts, figures) = sp::parts(db, s.id).await?;
    let today = sp::today();
    let data = v::ShowPage {
        service: v::details(&lang, &s, &org, &countries_list, shown, verified_by),
        contacts: contacts.iter().map(|c| v::contact(&lang, c)).collect(),
        figures: figures.iter().map(|c| v::figure(&lang, c, shown, today)).collect(),
        can_edit: page.viewer.can(Action::EditService {
            organization_id: s.organization_id,
        }),
        show_available: shown.available,
    };
    page.ok("pages/support/show", &s.name, data)
}

/// The service form's page data: a new service of `org`, or the edit form of `existing`.
async fn form_page<'a>(
    page: &Page,
    fields: &'a SupportServiceFields,
    org: i32,
    existing: Option<i32>,
) -> Result<(String, v::ServiceForm<'a>), AppError> {
    let (heading, action, back) = match existing {
        None => (
            page.t("support-new-title"),
            format!("/organizations/{org}/services"),
            format!("/organizations/{org}"),
        ),
        Some(id) => (
            page.t("support-edit-title"),
            format!("/services/{id}"),
            format!("/services/{id}"),
        ),
    };
    let db = &page.state.db;
    let countries_list = countries::all_in(db, page.lang()).await?;
    let kinds = dir::service_codes(db).await?;
    let data = v::service_form(
        page.lang(),
        heading.clone(),
        action,
        back,
        fields,
        &countries_list,
        &kinds,
    );
    Ok((heading, data))
}

pub async fn new_form(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    page.viewer.signed_in()?;
    let org = dir::get_organization(&page.state.db, path.into_inner()).await?;
    page.viewer.require(Action::EditService {
        organization_id: org.id,
    })?;
    let mut fields = SupportServiceFields::blank(org.id);
    fields.countries = vec![org.country_code.clone()];
    let (heading, data) = form_page(&page, &fields, org.id, None).await?;
    page.ok(FORM, &heading, data)
}

pub async fn create(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.signed_in()?;
    let db = &page.state.db;
    let org = dir::get_organization(db, path.into_inner()).await?;
    page.viewer.require(Action::EditService {
        organization_id: org.id,
    })?;
    let fields: SupportServiceFields = form.parse()?;
    let saved = async { sp::create(db, org.id, fields.parse(db).await?).await }.await;
    match views::checked(saved)? {
        Ok(s) => page.done(&format!("/services/{}", s.id), "support-created"),
        Err(errors) => {
            let (heading, data) = form_page(&page, &fields, org.id, None).await?;
            page.invalid(FORM, &heading, &errors, &data)
        }
    }
}

pub async fn edit_form(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let s = editable(&page, path.into_inner()).await?;
    let fields = SupportServiceFields::from_model(&s);
    let (heading, data) = form_page(&page, &fields, s.organization_id, Some(s.id)).await?;
    page.ok(FORM, &heading, views::with_version(&data, s.version)?)
}

pub async fn update(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let s = editable(&page, path.into_inner()).await?;
    let db = &page.state.db;
    let based_on = versions::from_form(form.get("version"))?;
    let mut fields: SupportServiceFields = form.parse()?;
    fields.organization_id = Some(s.organization_id);
    let saved = async { sp::update(db, s.id, fields.parse(db).await?, based_on).await }.await;
    let invalid = match views::saved(saved)? {
        Saved::Done(_) => return page.done(&format!("/services/{}", s.id), "support-saved"),
        Saved::Invalid(errors) => Some(errors),
        Saved::Stale => None,
    };
    let (heading, data) = form_page(&page, &fields, s.organization_id, Some(s.id)).await?;
    if let Some(errors) = invalid {
        return page.invalid_edit(FORM, &heading, &errors, &data, based_on);
    }
    let now = sp::get(db, s.id).await?;
    let current = SupportServiceFields::from_model(&now);
    let lang = page.lang();
    let label = |f: &str| v::field_label(lang, f);
    let shown = |f: &str, val: &str| v::field_value(lang, f, val);
    let stale = views::Stale::new(now.version, &fields, &current, &label)?.shown(&shown);
    page.stale(FORM, &heading, &data, stale)
}

/// "These details are still correct" (own organization, secretariat).
pub async fn confirm(page: Page, path: web::Path<i32>, _form: Form) -> Result<HttpResponse, AppError> {
    let s = editable(&page, path.into_inner()).await?;
    let user = page.viewer.signed_in()?;
    sp::confirm(&page.state.db, s.id, user.id).await?;
    page.done(&format!("/services/{}", s.id), "support-confirmed")
}
