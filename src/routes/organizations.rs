use actix_web::{HttpResponse, web};

use crate::auth::Action;
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t;
use crate::services::{countries, directory as dir, support as sp, versions};
use crate::views::{self, Page, Saved, directory as v};

const FORM: &str = "pages/organizations/form";

/// The organization form's fields: the typed struct, and the services as ticked boxes
/// (`service=<code>`) each with its own note field (`capacity_<code>`).
fn fields_of(form: &Form) -> Result<dir::OrganizationFields, AppError> {
    let mut fields: dir::OrganizationFields = form.parse()?;
    fields.services = form
        .all("service")
        .into_iter()
        .map(|code| dir::ServiceFields {
            code: code.to_string(),
            capacity_note: form.get(&format!("capacity_{code}")).to_string(),
        })
        .collect();
    Ok(fields)
}

/// The organization form's heading and page data: a new organization, or the edit form of `id`.
async fn form_data<'a>(
    page: &Page,
    fields: &'a dir::OrganizationFields,
    id: Option<i32>,
) -> Result<(String, v::OrgForm<'a>), AppError> {
    let (heading, action) = page.new_or_edit(
        id,
        ("org-new-title", "/organizations".to_string()),
        ("org-edit-title", "/organizations"),
    );
    let countries_list = countries::all_in(&page.state.db, page.lang()).await?;
    let codes = dir::service_codes(&page.state.db).await?;
    let data = v::org_form(page.lang(), &countries_list, &codes, fields, action, heading.clone());
    Ok((heading, data))
}

pub async fn new_form(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::CreateOrganization)?;
    let fields = dir::OrganizationFields {
        membership_status: "member".into(),
        kind: "cso".into(),
        ..Default::default()
    };
    let (heading, data) = form_data(&page, &fields, None).await?;
    page.ok(FORM, &heading, data)
}

pub async fn create(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::CreateOrganization)?;
    let fields = fields_of(&form)?;
    match views::checked(fields.parse(&page.state.db).await)? {
        Ok(input) => {
            let org = dir::create_organization(&page.state.db, input).await?;
            page.done(&format!("/organizations/{}", org.id), "org-created")
        }
        Err(errors) => {
            let (heading, data) = form_data(&page, &fields, None).await?;
            page.invalid(FORM, &heading, &errors, &data)
        }
    }
}

pub async fn show(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let lang = page.lang().to_string();
    let id = path.into_inner();
    let org = dir::get_organization(&page.state.db, id).await?;
    let countries_list = countries::all_in(&page.state.db, page.lang()).await?;
    let services = dir::services_of(&page.state.db, &[id]).await?;
    let can_edit = page.viewer.can(Action::EditOrganization { organization_id: id });
    let can_people = page.viewer.can(Action::ManagePeople { organization_id: id });
    let people: Vec<_> = dir::people_of(&page.state.db, id, can_people)
        .await?
        .iter()
        .map(|p| v::person_row(&lang, p))
        .collect();
    page.ok(
        "pages/organizations/show",
        &org.name,
        v::OrgPage {
            org: v::org_details(&lang, &org, &countries_list),
            services: v::services(&lang, services.get(&id)),
            people,
            can_edit,
            can_people,
            can_archive: page.viewer.can(Action::ArchiveOrganization),
            support: crate::views::support::org_links(&lang, &sp::of_organization(&page.state.db, id).await?),
            can_add_service: page.viewer.can(Action::EditService { organization_id: id }),
        },
    )
}

async fn current_fields(
    db: &sea_orm::DatabaseConnection,
    org: &entity::organization::Model,
) -> Result<dir::OrganizationFields, AppError> {
    let services = dir::services_of(db, &[org.id]).await?;
    Ok(dir::OrganizationFields::from_model(
        org,
        services.get(&org.id).map(Vec::as_slice).unwrap_or(&[]),
    ))
}

pub async fn edit_form(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let org = dir::get_organization(&page.state.db, id).await?;
    page.viewer.require(Action::EditOrganization { organization_id: id })?;
    let fields = current_fields(&page.state.db, &org).await?;
    let (heading, data) = form_data(&page, &fields, Some(id)).await?;
    page.ok(FORM, &heading, views::with_version(&data, org.version)?)
}

pub async fn update(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let db = &page.state.db;
    let id = path.into_inner();
    dir::get_organization(db, id).await?;
    page.viewer.require(Action::EditOrganization { organization_id: id })?;
    let based_on = versions::from_form(form.get("version"))?;
    let fields = fields_of(&form)?;
    let saved = async { dir::update_organization(db, id, fields.parse(db).await?, based_on).await }.await;
    let invalid = match views::saved(saved)? {
        Saved::Done(_) => return page.done(&format!("/organizations/{id}"), "org-saved"),
        Saved::Invalid(errors) => Some(errors),
        Saved::Stale => None,
    };
    let (heading, data) = form_data(&page, &fields, Some(id)).await?;
    if let Some(errors) = invalid {
        return page.invalid_edit(FORM, &heading, &errors, &data, based_on);
    }
    let org = dir::get_organization(db, id).await?;
    let current = current_fields(db, &org).await?;
    let lang = page.lang();
    let label = |f: &str| t(lang, v::org_field_label(f));
    let shown = |f: &str, val: &str| v::org_value(lang, f, val);
    let stale = views::Stale::new(org.version, &fields, &current, &label)?.shown(&shown);
    page.stale(FORM, &heading, &data, stale)
}

/// Asks before archiving an organization: what leaves with it.
pub async fn archive_form(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let o = dir::get_organization(&page.state.db, path.into_inner()).await?;
    page.viewer.require(Action::ArchiveOrganization)?;
    let lang = page.lang();
    page.confirm(views::Confirm {
        heading: crate::i18n::t_args(lang, "org-archive-confirm-title", &[("name", o.name.clone().into())]),
        consequences: vec![
            page.t("org-archive-confirm-lists"),
            page.t("org-archive-confirm-restore"),
        ],
        action: format!("/organizations/{}/archive", o.id),
        button: page.t("org-archive"),
        back: format!("/organizations/{}", o.id),
        fields: vec![views::HiddenField {
            name: "archived".into(),
            value: "1".into(),
        }],
    })
}

pub async fn archive(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    dir::get_organization(&page.state.db, id).await?;
    page.viewer.require(Action::ArchiveOrganization)?;
    let archived = form.get("archived") != "0";
    // Restoring is harmless; archiving asks first.
    if archived && !views::confirmed(&form) {
        return Ok(page.see_other(&format!("/organizations/{id}/archive"), None));
    }
    dir::set_organization_archived(&page.state.db, id, archived).await?;
    page.done(
        &format!("/organizations/{id}"),
        if archived { "org-archived" } else { "org-restored" },
    )
}
