use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::json;

use crate::auth::{Action, Viewer};
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t;
use crate::services::{countries, directory as dir, versions};
use crate::state::AppState;
use crate::views::{self, directory as v};

fn fields_from_form(form: &Form, organization_id: i32) -> dir::PersonFields {
    dir::PersonFields {
        organization_id: Some(organization_id),
        name: form.get("name").into(),
        title: form.get("title").into(),
        email: form.get("email").into(),
        phone: form.get("phone").into(),
        languages: form.get("languages").into(),
        network_role: form.get("network_role").into(),
    }
}

fn form_data(
    lang: &str,
    org: &entity::organization::Model,
    fields: &dir::PersonFields,
    action: &str,
) -> serde_json::Value {
    json!({
        "form": fields,
        "org": { "id": org.id, "name": org.name },
        "roles": v::options(lang, "network-role", dir::NETWORK_ROLES),
        "action": action,
        "errors": {},
        "has_errors": false,
    })
}

pub async fn new_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let org = dir::get_organization(&state.db, path.into_inner()).await?;
    viewer.require(Action::ManagePeople {
        organization_id: org.id,
    })?;
    let lang = viewer.lang().to_string();
    let fields = dir::PersonFields {
        organization_id: Some(org.id),
        network_role: "focal_point".into(),
        ..Default::default()
    };
    let data = form_data(&lang, &org, &fields, &format!("/organizations/{}/people", org.id));
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/people/form",
        &t(&lang, "person-new-title"),
        data,
    )
}

pub async fn create(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let org = dir::get_organization(&state.db, path.into_inner()).await?;
    viewer.require(Action::ManagePeople {
        organization_id: org.id,
    })?;
    let lang = viewer.lang().to_string();
    let fields = fields_from_form(&form, org.id);
    match fields.parse(&state.db).await {
        Ok(input) => {
            let p = dir::create_person(&state.db, input).await?;
            Ok(views::see_other(
                &state,
                &format!("/people/{}", p.id),
                Some(("success", &t(&lang, "person-created"))),
            ))
        }
        Err(AppError::Validation(errors)) => {
            let data = form_data(&lang, &org, &fields, &format!("/organizations/{}/people", org.id));
            views::invalid(
                &state,
                &viewer,
                &req,
                "pages/people/form",
                &t(&lang, "person-new-title"),
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
    let p = dir::get_person(&state.db, path.into_inner()).await?;
    let org = dir::get_organization(&state.db, p.organization_id).await?;
    let countries_list = countries::all(&state.db).await?;
    let can_edit = viewer.can(Action::ManagePeople {
        organization_id: org.id,
    });
    if p.archived && !can_edit {
        return Err(AppError::NotFound);
    }
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/people/show",
        &p.name,
        json!({
            "person": v::person_row(&lang, &p),
            "org": { "id": org.id, "name": org.name, "country": countries::name_in(&countries_list, &org.country_code) },
            "can_edit": can_edit,
        }),
    )
}

pub async fn edit_form(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let p = dir::get_person(&state.db, path.into_inner()).await?;
    viewer.require(Action::ManagePeople {
        organization_id: p.organization_id,
    })?;
    let org = dir::get_organization(&state.db, p.organization_id).await?;
    let lang = viewer.lang().to_string();
    let data = form_data(
        &lang,
        &org,
        &dir::PersonFields::from_model(&p),
        &format!("/people/{}", p.id),
    );
    let data = views::with_version(data, p.version);
    views::ok(
        &state,
        &viewer,
        &req,
        "pages/people/form",
        &t(&lang, "person-edit-title"),
        data,
    )
}

pub async fn update(
    state: web::Data<AppState>,
    viewer: Viewer,
    req: HttpRequest,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let p = dir::get_person(&state.db, path.into_inner()).await?;
    viewer.require(Action::ManagePeople {
        organization_id: p.organization_id,
    })?;
    let org = dir::get_organization(&state.db, p.organization_id).await?;
    let lang = viewer.lang().to_string();
    let based_on = versions::from_form(form.get("version"))?;
    let fields = fields_from_form(&form, p.organization_id);
    let saved = match fields.parse(&state.db).await {
        Ok(input) => {
            let txn = crate::db::begin_write(&state.db).await?;
            let saved = dir::update_person(&txn, p.id, input, based_on).await;
            if saved.is_ok() {
                txn.commit().await?;
            } else {
                txn.rollback().await?;
            }
            saved
        }
        Err(e) => Err(e),
    };
    match saved {
        Ok(_) => Ok(views::see_other(
            &state,
            &format!("/people/{}", p.id),
            Some(("success", &t(&lang, "person-saved"))),
        )),
        Err(AppError::StaleEdit { .. }) => {
            let now = dir::get_person(&state.db, p.id).await?;
            let data = form_data(&lang, &org, &fields, &format!("/people/{}", p.id));
            views::stale(
                &state,
                &viewer,
                &req,
                "pages/people/form",
                &t(&lang, "person-edit-title"),
                data,
                views::Stale {
                    current_version: now.version,
                    typed: &serde_json::to_value(&fields).map_err(AppError::internal)?,
                    current: &serde_json::to_value(dir::PersonFields::from_model(&now)).map_err(AppError::internal)?,
                    label: &|f| {
                        t(
                            &lang,
                            match f {
                                "title" => "person-title",
                                "email" => "person-email",
                                "phone" => "person-phone",
                                "languages" => "person-languages",
                                "network_role" => "person-network-role",
                                _ => "person-name",
                            },
                        )
                    },
                    shown: &|_, val| val.to_string(),
                },
            )
        }
        Err(AppError::Validation(errors)) => {
            let data = form_data(&lang, &org, &fields, &format!("/people/{}", p.id));
            let data = views::with_version(data, based_on);
            views::invalid(
                &state,
                &viewer,
                &req,
                "pages/people/form",
                &t(&lang, "person-edit-title"),
                &errors,
                data,
            )
        }
        Err(e) => Err(e),
    }
}

pub async fn archive(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<i32>,
    form: Form,
) -> Result<HttpResponse, AppError> {
    let p = dir::get_person(&state.db, path.into_inner()).await?;
    viewer.require(Action::ManagePeople {
        organization_id: p.organization_id,
    })?;
    let archived = form.get("archived") != "0";
    dir::set_person_archived(&state.db, p.id, archived).await?;
    let key = if archived { "person-archived" } else { "person-restored" };
    Ok(views::see_other(
        &state,
        &format!("/organizations/{}", p.organization_id),
        Some(("success", &t(viewer.lang(), key))),
    ))
}
