//! Contact points and capacity figures: a small form each (add, edit) and a removal that asks
//! first.

use actix_web::{HttpResponse, web};

use super::{PartPath, editable};
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t_args;
use crate::services::support::{self as sp, CapacityFields, ContactFields};
use crate::services::versions;
use crate::views::support as v;
use crate::views::{self, Page, Saved};
use entity::service;

const CONTACT_FORM: &str = "pages/support/contact_form";
const CAPACITY_FORM: &str = "pages/support/capacity_form";

fn back(s: &service::Model) -> String {
    format!("/services/{}", s.id)
}

// ---------------------------------------------------------------------------------------------
// Contact points

fn contact_heading(page: &Page, editing: bool) -> String {
    page.t(if editing {
        "support-contact-edit-title"
    } else {
        "support-contact-new-title"
    })
}

pub async fn contact_new(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let s = editable(&page, path.into_inner()).await?;
    let fields = ContactFields::default();
    let heading = contact_heading(&page, false);
    let data = v::contact_form(
        page.lang(),
        heading.clone(),
        format!("/services/{}/contacts", s.id),
        &s,
        &fields,
    );
    page.ok(CONTACT_FORM, &heading, data)
}

pub async fn contact_create(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let s = editable(&page, path.into_inner()).await?;
    let fields: ContactFields = form.parse()?;
    let saved = match fields.parse() {
        Ok(input) => sp::create_contact(&page.state.db, s.id, input).await,
        Err(e) => Err(AppError::Validation(e)),
    };
    match views::checked(saved)? {
        Ok(_) => page.done(&back(&s), "support-contact-saved"),
        Err(errors) => {
            let heading = contact_heading(&page, false);
            let action = format!("/services/{}/contacts", s.id);
            let data = v::contact_form(page.lang(), heading.clone(), action, &s, &fields);
            page.invalid(CONTACT_FORM, &heading, &errors, &data)
        }
    }
}

pub async fn contact_edit(page: Page, path: PartPath) -> Result<HttpResponse, AppError> {
    let (id, contact) = path.into_inner();
    let s = editable(&page, id).await?;
    let c = sp::get_contact(&page.state.db, s.id, contact).await?;
    let fields = ContactFields::from_model(&c);
    let heading = contact_heading(&page, true);
    let action = format!("/services/{}/contacts/{}", s.id, c.id);
    let data = v::contact_form(page.lang(), heading.clone(), action, &s, &fields);
    page.ok(CONTACT_FORM, &heading, views::with_version(&data, c.version)?)
}

pub async fn contact_update(page: Page, path: PartPath, form: Form) -> Result<HttpResponse, AppError> {
    let (id, contact) = path.into_inner();
    let s = editable(&page, id).await?;
    let db = &page.state.db;
    sp::get_contact(db, s.id, contact).await?;
    let based_on = versions::from_form(form.get("version"))?;
    let fields: ContactFields = form.parse()?;
    let saved = match fields.parse() {
        Ok(input) => sp::update_contact(db, s.id, contact, input, based_on).await,
        Err(e) => Err(AppError::Validation(e)),
    };
    let invalid = match views::saved(saved)? {
        Saved::Done(_) => return page.done(&back(&s), "support-contact-saved"),
        Saved::Invalid(errors) => Some(errors),
        Saved::Stale => None,
    };
    let heading = contact_heading(&page, true);
    let action = format!("/services/{}/contacts/{contact}", s.id);
    let data = v::contact_form(page.lang(), heading.clone(), action, &s, &fields);
    if let Some(errors) = invalid {
        return page.invalid_edit(CONTACT_FORM, &heading, &errors, &data, based_on);
    }
    let now = sp::get_contact(db, s.id, contact).await?;
    let lang = page.lang();
    let label = |f: &str| v::field_label(lang, f);
    let stale = views::Stale::new(now.version, &fields, &ContactFields::from_model(&now), &label)?;
    page.stale(CONTACT_FORM, &heading, &data, stale)
}

pub async fn contact_delete_form(page: Page, path: PartPath) -> Result<HttpResponse, AppError> {
    let (id, contact) = path.into_inner();
    let s = editable(&page, id).await?;
    let c = sp::get_contact(&page.state.db, s.id, contact).await?;
    let lang = page.lang();
    page.confirm(views::Confirm {
        heading: t_args(
            lang,
            "support-contact-delete-title",
            &[("role", c.role.clone().into()), ("service", s.name.clone().into())],
        ),
        consequences: vec![page.t("support-contact-delete-consequence")],
        action: format!("/services/{}/contacts/{}/delete", s.id, c.id),
        button: page.t("support-delete"),
        back: back(&s),
        fields: vec![],
    })
}

pub async fn contact_delete(page: Page, path: PartPath, form: Form) -> Result<HttpResponse, AppError> {
    let (id, contact) = path.into_inner();
    let s = editable(&page, id).await?;
    sp::get_contact(&page.state.db, s.id, contact).await?;
    if !views::confirmed(&form) {
        return Ok(page.see_other(&format!("/services/{}/contacts/{contact}/delete", s.id), None));
    }
    sp::delete_contact(&page.state.db, s.id, contact).await?;
    page.done(&back(&s), "support-contact-deleted")
}

// ---------------------------------------------------------------------------------------------
// Capacity figures

fn capacity_heading(page: &Page, editing: bool) -> String {
    page.t(if editing {
        "support-capacity-edit-title"
    } else {
        "support-capacity-new-title"
    })
}

pub async fn capacity_new(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    let s = editable(&page, path.into_inner()).await?;
    let fields = CapacityFields::blank(sp::today());
    let heading = capacity_heading(&page, false);
    let action = format!("/services/{}/capacity", s.id);
    let data = v::capacity_form(page.lang(), heading.clone(), action, &s, &fields);
    page.ok(CAPACITY_FORM, &heading, data)
}

pub async fn capacity_create(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    let s = editable(&page, path.into_inner()).await?;
    let user = page.viewer.signed_in()?;
    let fields: CapacityFields = form.parse()?;
    let saved = match fields.parse() {
        Ok(input) => sp::create_capacity(&page.state.db, Some(&page.state.notifier()), s.id, input, user.id).await,
        Err(e) => Err(AppError::Validation(e)),
    };
    match views::checked(saved)? {
        Ok(_) => page.done(&back(&s), "support-capacity-saved"),
        Err(errors) => {
            let heading = capacity_heading(&page, false);
            let action = format!("/services/{}/capacity", s.id);
            let data = v::capacity_form(page.lang(), heading.clone(), action, &s, &fields);
            page.invalid(CAPACITY_FORM, &heading, &errors, &data)
        }
    }
}

pub async fn capacity_edit(page: Page, path: PartPath) -> Result<HttpResponse, AppError> {
    let (id, figure) = path.into_inner();
    let s = editable(&page, id).await?;
    let c = sp::get_capacity(&page.state.db, s.id, figure).await?;
    let fields = CapacityFields::from_model(&c);
    let heading = capacity_heading(&page, true);
    let action = format!("/services/{}/capacity/{}", s.id, c.id);
    let data = v::capacity_form(page.lang(), heading.clone(), action, &s, &fields);
    page.ok(CAPACITY_FORM, &heading, views::with_version(&data, c.version)?)
}

pub async fn capacity_update(page: Page, path: PartPath, form: Form) -> Result<HttpResponse, AppError> {
    let (id, figure) = path.into_inner();
    let s = editable(&page, id).await?;
    let user = page.viewer.signed_in()?;
    let db = &page.state.db;
    sp::get_capacity(db, s.id, figure).await?;
    let based_on = versions::from_form(form.get("version"))?;
    let fields: CapacityFields = form.parse()?;
    let saved = match fields.parse() {
        Ok(input) => sp::update_capacity(db, &page.state.notifier(), s.id, figure, input, based_on, user.id).await,
        Err(e) => Err(AppError::Validation(e)),
    };
    let invalid = match views::saved(saved)? {
        Saved::Done(_) => return page.done(&back(&s), "support-capacity-saved"),
        Saved::Invalid(errors) => Some(errors),
        Saved::Stale => None,
    };
    let heading = capacity_heading(&page, true);
    let action = format!("/services/{}/capacity/{figure}", s.id);
    let data = v::capacity_form(page.lang(), heading.clone(), action, &s, &fields);
    if let Some(errors) = invalid {
        return page.invalid_edit(CAPACITY_FORM, &heading, &errors, &data, based_on);
    }
    let now = sp::get_capacity(db, s.id, figure).await?;
    let lang = page.lang();
    let label = |f: &str| v::field_label(lang, f);
    let shown = |f: &str, val: &str| v::field_value(lang, f, val);
    let stale = views::Stale::new(now.version, &fields, &CapacityFields::from_model(&now), &label)?.shown(&shown);
    page.stale(CAPACITY_FORM, &heading, &data, stale)
}

pub async fn capacity_delete_form(page: Page, path: PartPath) -> Result<HttpResponse, AppError> {
    let (id, figure) = path.into_inner();
    let s = editable(&page, id).await?;
    let c = sp::get_capacity(&page.state.db, s.id, figure).await?;
    let lang = page.lang();
    page.confirm(views::Confirm {
        heading: t_args(
            lang,
            "support-capacity-delete-title",
            &[
                ("unit", crate::i18n::label(lang, "capacity-unit", &c.unit).into()),
                ("service", s.name.clone().into()),
            ],
        ),
        consequences: vec![page.t("support-capacity-delete-consequence")],
        action: format!("/services/{}/capacity/{}/delete", s.id, c.id),
        button: page.t("support-delete"),
        back: back(&s),
        fields: vec![],
    })
}

pub async fn capacity_delete(page: Page, path: PartPath, form: Form) -> Result<HttpResponse, AppError> {
    let (id, figure) = path.into_inner();
    let s = editable(&page, id).await?;
    sp::get_capacity(&page.state.db, s.id, figure).await?;
    if !views::confirmed(&form) {
        return Ok(page.see_other(&format!("/services/{}/capacity/{figure}/delete", s.id), None));
    }
    sp::delete_capacity(&page.state.db, s.id, figure).await?;
    page.done(&back(&s), "support-capacity-deleted")
}
