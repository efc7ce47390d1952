use actix_web::{HttpResponse, web};

use crate::auth::Action;
use crate::error::AppError;
use crate::forms::Form;
use crate::services::{countries, directory as dir, versions};
use crate::views::{self, Page, Saved, directory as v};

const FORM: &str = "pages/people/form";

/// The person form's heading and page data: a new person of `org`, or the edit form of `id`.
fn form_data<'a>(
    page: &Page,
    org: &entity::organization::Model,
    fields: &'a dir::PersonFields,
    id: Option<i32>,
) -> (String, v::PersonForm<'a>) {
    let (heading, action) = page.new_or_edit(
        id,
        ("person-new-title", format!("/organizations/{}/people", org.id)),
        ("person-edit-title", "/people"),
    );
    (heading, v::person_form(page.lang(), org, fields, action))
}

/// What the form sent, for a person of `organization_id` (the address says which).
fn fields_of(form: &Form, organization_id: i32) -> Result<dir::PersonFields, AppError> {
    Ok(dir::PersonFields {
        organization_id: Some(organization_id),
        ..form.parse()?
    })
}

pub async fn new_form(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let org = dir::get_organization(&page.state.db, path.into_inner()).await?;
    page.viewer.require(Action::ManagePeople {
        organization_id: org.id,
    })?;
    let fields = dir::PersonFields {
        organization_id: Some(org.id),
        network_role: "focal_point".into(),
        ..Default::default()
    };
    let (heading, data) = form_data(&page, &org, &fields, None);
    page.ok(FORM, &heading, data)
}

pub async fn create(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let org = dir::get_organization(&page.state.db, path.into_inner()).await?;
    page.viewer.require(Action::ManagePeople {
        organization_id: org.id,
    })?;
    let fields = fields_of(&form, org.id)?;
    match views::checked(fields.parse(&page.state.db).await)? {
        Ok(input) => {
            let p = dir::create_person(&page.state.db, input).await?;
            page.done(&format!("/people/{}", p.id), "person-created")
        }
        Err(errors) => {
            let (heading, data) = form_data(&page, &org, &fields, None);
            page.invalid(FORM, &heading, &errors, &data)
        }
    }
}

pub async fn show(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let lang = page.lang().to_string();
    let p = dir::get_person(&page.state.db, path.into_inner()).await?;
    let org = dir::get_organization(&page.state.db, p.organization_id).await?;
    let countries_list = countries::all_in(&page.state.db, page.lang()).await?;
    let can_edit = page.viewer.can(Action::ManagePeople {
        organization_id: org.id,
    });
    if p.archived && !can_edit {
        return Err(AppError::NotFound);
    }
    page.ok(
        "pages/people/show",
        &p.name,
        v::PersonPage {
            person: v::person_row(&lang, &p),
            org: v::PersonOrg {
                id: org.id,
                name: org.name.clone(),
                country: countries::name_in(&countries_list, &org.country_code),
            },
            can_edit,
        },
    )
}

pub async fn edit_form(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let p = dir::get_person(&page.state.db, path.into_inner()).await?;
    page.viewer.require(Action::ManagePeople {
        organization_id: p.organization_id,
    })?;
    let org = dir::get_organization(&page.state.db, p.organization_id).await?;
    let fields = dir::PersonFields::from_model(&p);
    let (heading, data) = form_data(&page, &org, &fields, Some(p.id));
    page.ok(FORM, &heading, views::with_version(&data, p.version)?)
}

pub async fn update(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let db = &page.state.db;
    let p = dir::get_person(db, path.into_inner()).await?;
    page.viewer.require(Action::ManagePeople {
        organization_id: p.organization_id,
    })?;
    let org = dir::get_organization(db, p.organization_id).await?;
    let based_on = versions::from_form(form.get("version"))?;
    let fields = fields_of(&form, p.organization_id)?;
    let saved = async {
        let input = fields.parse(db).await?;
        let txn = crate::db::begin_write(db).await?;
        let saved = dir::update_person(&txn, p.id, input, based_on).await;
        if saved.is_ok() {
            txn.commit().await?;
        } else {
            txn.rollback().await?;
        }
        saved
    }
    .await;
    let (heading, data) = form_data(&page, &org, &fields, Some(p.id));
    match views::saved(saved)? {
        Saved::Done(_) => page.done(&format!("/people/{}", p.id), "person-saved"),
        Saved::Invalid(errors) => page.invalid_edit(FORM, &heading, &errors, &data, based_on),
        Saved::Stale => {
            let now = dir::get_person(db, p.id).await?;
            let current = dir::PersonFields::from_model(&now);
            let label = |f: &str| page.t(v::person_field_label(f));
            page.stale(
                FORM,
                &heading,
                &data,
                views::Stale::new(now.version, &fields, &current, &label)?,
            )
        }
    }
}

pub async fn archive(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let p = dir::get_person(&page.state.db, path.into_inner()).await?;
    page.viewer.require(Action::ManagePeople {
        organization_id: p.organization_id,
    })?;
    let archived = form.get("archived") != "0";
    dir::set_person_archived(&page.state.db, p.id, archived).await?;
    page.done(
        &format!("/organizations/{}", p.organization_id),
        if archived { "person-archived" } else { "person-restored" },
    )
}
