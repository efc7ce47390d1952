use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::json;

use crate::auth::{Action, Viewer};
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t;
use crate::services::{countries, directory as dir, versions};
use crate::state::AppState;
use crate::views::{self, directory as v};

fn fields_from_form(form: &Form) -> dir::OrganizationFields {
    dir::OrganizationFields {
        name: form.get("name").into(),
        acronym: form.get("acronym").into(),
        country: form.get("country").into(),
        kind: form.get("kind").into(),
        membership_status: form.get("membership_status").into(),
        joined_on: form.get("joined_on").into(),
        website: form.get("website").into(),
        email: form.get("email").into(),
        phone: form.get("phone").into(),
        address: form.get("address").into(),
        description: form.get("description").into(),
        services: form
            .all("service")
            .into_iter()
            .map(|code| dir::ServiceFields {
                code: code.to_string(),
                capacity_note: form.get(&format!("capacity_{code}")).to_string(),
            })
            .collect(),
    }
}

async fn form_data(
    state: &AppState,
    lang: &str,
    fields: &dir::OrganizationFields,
    action: &str,
    heading: String,
) -> Result<serde_json::Value, AppError> {
    let countries_list = countries::all(&state.db).await?;
    let codes = dir::service_codes(&state.db).await?;
    Ok(json!({
        "form": fields,
        "choices": v::org_form_choices(lang, &countries_list, &codes, fields),
        "action": action,
        "heading": heading,
        "errors": {},
        "has_errors": false,
    }))
}

pub async fn new_form(state: web::Data<AppState>, viewer: Viewer, req: HttpRequest) -> Result<HttpResponse, AppError> {
    viewer.require(Action::CreateOrganization)?;
    let lang = viewer.lang().to_string();
    let fields = dir::OrganizationFields {
        membership_status: "member".into(),
        kind: "cso".into(),
        ..Default::default()
    };
    let heading = t(&lang, "org-new-title");
    let data = form_data(&state, &lang, &fields, "/organizations", heading.clone()).await?;
    views::ok(&state, &viewer, &req, "pages/organizations/form", &heading, data)
}

pub async fn create(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    form: Form,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::CreateOrganization)?;
    let lang = viewer.lang().to_string();
    let fields = fields_from_form(&form);
    match fields.parse(&state.db).await {
        Ok(input) => {
            let org = dir::create_organization(&state.db, input).await?;
            Ok(views::see_other(
                &state,
                &format!("/organizations/{}", org.id),
                Some(("success", &t(&lang, "org-created"))),
            ))
        }
        Err(AppError::Validation(errors)) => {
            let heading = t(&lang, "org-new-title");
            let data = form_data(&state, &lang, &fields, "/organizations", heading.clone()).await?;
            views::invalid(
                &state,
                &viewer,
                &req,
                "pages/organizations/form",
                &heading,
                &errors,
                data,
            )
        }
        Err(e) => Err(e),
    }
}

pub async fn show(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    viewer.require(Action::ViewNetwork)?;
    let lang = viewer.lang().to_string();
    let id = path.into_inner();
    let org = dir::get_organization(&state.db, id).await?;
    let countries_list = countries::all(&state.db).await?;
    let services = dir::services_of(&state.db, &[id]).await?;
    let can_edit = viewer.can(Action::EditOrganization { organization_id: id });
    let can_people = viewer.can(Action::ManagePeople { organization_id: id });
    let people: Vec<_> = dir::people_of(&state.db, id, can_people)
        .await?
        .iter()
        .map(|p| v::person_row(&lang, p))
        .collect();
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/organizations/show",
        &org.name,
        json!({
            "org": {
                "id": org.id, "name": org.name, "acronym": org.acronym,
                "country": countries::name_in(&countries_list, &org.country_code),
                "kind": v::label(&lang, "org-kind", &org.kind),
                "membership": v::label(&lang, "membership", &org.membership_status),
                "joined_on": org.joined_on.map(|d| d.to_string()),
                "website": org.website, "email": org.email, "phone": org.phone, "address": org.address,
                "description": org.description, "archived": org.archived,
            },
            "services": v::services(&lang, services.get(&id)),
            "people": people,
            "can_edit": can_edit,
            "can_people": can_people,
            "can_archive": viewer.can(Action::ArchiveOrganization),
        }),
    )
}

pub async fn edit_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let org = dir::get_organization(&state.db, id).await?;
    viewer.require(Action::EditOrganization { organization_id: id })?;
    let lang = viewer.lang().to_string();
    let services = dir::services_of(&state.db, &[id]).await?;
    let fields = dir::OrganizationFields::from_model(&org, services.get(&id).map(Vec::as_slice).unwrap_or(&[]));
    let heading = t(&lang, "org-edit-title");
    let data = form_data(&state, &lang, &fields, &format!("/organizations/{id}"), heading.clone()).await?;
    let data = views::with_version(data, org.version);
    views::ok(&state, &viewer, &req, "pages/organizations/form", &heading, data)
}

pub async fn update(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    dir::get_organization(&state.db, id).await?;
    viewer.require(Action::EditOrganization { organization_id: id })?;
    let lang = viewer.lang().to_string();
    let based_on = versions::from_form(form.get("version"))?;
    let fields = fields_from_form(&form);
    let saved = match fields.parse(&state.db).await {
        Ok(input) => dir::update_organization(&state.db, id, input, based_on).await,
        Err(e) => Err(e),
    };
    match saved {
        Ok(_) => Ok(views::see_other(
            &state,
            &format!("/organizations/{id}"),
            Some(("success", &t(&lang, "org-saved"))),
        )),
        Err(AppError::StaleEdit { .. }) => {
            let org = dir::get_organization(&state.db, id).await?;
            let services = dir::services_of(&state.db, &[id]).await?;
            let current =
                dir::OrganizationFields::from_model(&org, services.get(&id).map(Vec::as_slice).unwrap_or(&[]));
            let heading = t(&lang, "org-edit-title");
            let data = form_data(&state, &lang, &fields, &format!("/organizations/{id}"), heading.clone()).await?;
            views::stale(
                &state,
                &viewer,
                &req,
                "pages/organizations/form",
                &heading,
                data,
                views::Stale {
                    current_version: org.version,
                    typed: &serde_json::to_value(&fields).map_err(AppError::internal)?,
                    current: &serde_json::to_value(&current).map_err(AppError::internal)?,
                    label: &|f| t(&lang, org_label(f)),
                    shown: &|f, val| match f {
                        "kind" => v::label(&lang, "org-kind", val),
                        "membership_status" => v::label(&lang, "membership", val),
                        _ => val.to_string(),
                    },
                },
            )
        }
        Err(AppError::Validation(errors)) => {
            let heading = t(&lang, "org-edit-title");
            let data = form_data(&state, &lang, &fields, &format!("/organizations/{id}"), heading.clone()).await?;
            let data = views::with_version(data, based_on);
            views::invalid(
                &state,
                &viewer,
                &req,
                "pages/organizations/form",
                &heading,
                &errors,
                data,
            )
        }
        Err(e) => Err(e),
    }
}

/// The catalogue key of an organization form field's label.
fn org_label(field: &str) -> &'static str {
    match field {
        "name" => "org-name",
        "acronym" => "org-acronym",
        "country" => "org-country",
        "kind" => "org-kind",
        "membership_status" => "org-membership",
        "joined_on" => "org-joined",
        "website" => "org-website",
        "email" => "org-email",
        "phone" => "org-phone",
        "address" => "org-address",
        "description" => "org-description",
        _ => "org-services",
    }
}

pub async fn archive(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    dir::get_organization(&state.db, id).await?;
    viewer.require(Action::ArchiveOrganization)?;
    let archived = form.get("archived") != "0";
    dir::set_organization_archived(&state.db, id, archived).await?;
    let key = if archived { "org-archived" } else { "org-restored" };
    Ok(views::see_other(
        &state,
        &format!("/organizations/{id}"),
        Some(("success", &t(viewer.lang(), key))),
    ))
}
