//! Referral pathways: the matrix, one pathway, the secretariat's form, "used today", and
//! finding help across borders (`/services/find`, which keeps nothing about the search).

use actix_web::{HttpResponse, web};
use chrono::NaiveDate;

use crate::auth::{Action, Viewer};
use crate::error::AppError;
use crate::forms::Form;
use crate::services::pathways::need_search::{self, NeedQuery};
use crate::services::pathways::{self as pw, PathwayFields, PathwayFilter};
use crate::services::versions;
use crate::views::pathways as vp;
use crate::views::{self, Page, Saved};

const FORM: &str = "pages/pathways/form";

fn today(viewer: &Viewer) -> NaiveDate {
    pw::today_in(viewer.tz())
}

async fn own_country(page: &Page) -> Result<Option<String>, AppError> {
    let org = page.viewer.user.as_ref().and_then(|u| u.organization_id);
    pw::org_country(&page.state.db, org).await
}

pub async fn matrix(page: Page, q: web::Query<PathwayFilter>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let db = &page.state.db;
    let filter = q.into_inner();
    let cells = pw::matrix(db, &filter.kind).await?;
    let list = pw::list(db, &filter).await?;
    let data = vp::matrix_page(
        db,
        page.lang(),
        filter,
        cells,
        list,
        page.viewer.can(Action::ManagePathways),
    )
    .await?;
    page.ok("pages/pathways/matrix", &page.t("pathways-title"), data)
}

pub async fn show(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let p = pw::full(&page.state.db, path.into_inner()).await?;
    let data = vp::pathway_page(
        &page.state.db,
        page.lang(),
        p,
        today(&page.viewer),
        page.viewer.can(Action::ManagePathways),
        page.viewer.can(Action::RecordPathwayUse),
    )
    .await?;
    let title = data.route.clone();
    page.ok("pages/pathways/show", &title, data)
}

pub async fn new_form(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManagePathways)?;
    let fields = PathwayFields {
        status: "draft".into(),
        ..Default::default()
    };
    let title = page.t("pathway-new");
    let data = vp::pathway_form(
        &page.state.db,
        page.lang(),
        &fields,
        "/pathways".into(),
        &title,
        "/pathways".into(),
        None,
    )
    .await?;
    page.ok(FORM, &title, data)
}

pub async fn create(page: Page, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManagePathways)?;
    let db = &page.state.db;
    let fields: PathwayFields = form.parse()?;
    let result = match fields.parse(db).await {
        Ok(input) => pw::create(db, input).await,
        Err(e) => Err(e),
    };
    match views::checked(result)? {
        Ok(p) => page.done(&format!("/pathways/{}", p.id), "pathway-saved"),
        Err(errors) => {
            let title = page.t("pathway-new");
            let data = vp::pathway_form(
                db,
                page.lang(),
                &fields,
                "/pathways".into(),
                &title,
                "/pathways".into(),
                None,
            )
            .await?;
            page.invalid(FORM, &title, &errors, &data)
        }
    }
}

pub async fn edit_form(page: Page, path: web::Path<i32>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManagePathways)?;
    let db = &page.state.db;
    let p = pw::full(db, path.into_inner()).await?;
    let fields = PathwayFields::from_pathway(&p, &vp::topic_codes(db).await?);
    let title = page.t("pathway-edit");
    let id = p.pathway.id;
    let data = vp::pathway_form(
        db,
        page.lang(),
        &fields,
        format!("/pathways/{id}"),
        &title,
        format!("/pathways/{id}"),
        Some(p.pathway.version),
    )
    .await?;
    page.ok(FORM, &title, data)
}

pub async fn update(page: Page, path: web::Path<i32>, form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ManagePathways)?;
    let db = &page.state.db;
    let id = path.into_inner();
    pw::get(db, id).await?;
    let fields: PathwayFields = form.parse()?;
    let based_on = versions::from_form(form.get("version"))?;
    let result = match fields.parse(db).await {
        Ok(input) => pw::update(db, id, input, based_on).await,
        Err(e) => Err(e),
    };
    let title = page.t("pathway-edit");
    let url = format!("/pathways/{id}");
    match views::saved(result)? {
        Saved::Done(_) => page.done(&url, "pathway-saved"),
        Saved::Invalid(errors) => {
            let data = vp::pathway_form(db, page.lang(), &fields, url.clone(), &title, url, Some(based_on)).await?;
            page.invalid(FORM, &title, &errors, &data)
        }
        Saved::Stale => {
            let now = pw::full(db, id).await?;
            let current = PathwayFields::from_pathway(&now, &vp::topic_codes(db).await?);
            let data = vp::pathway_form(db, page.lang(), &fields, url.clone(), &title, url, None).await?;
            let lang = page.lang().to_string();
            page.stale(
                FORM,
                &title,
                &data,
                views::Stale::new(now.pathway.version, &fields, &current, &|f| vp::field_name(&lang, f))?,
            )
        }
    }
}

/// "Used today": records the date only.
pub async fn mark_used(page: Page, path: web::Path<i32>, _form: Form) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::RecordPathwayUse)?;
    let id = path.into_inner();
    pw::mark_used(&page.state.db, id, today(&page.viewer)).await?;
    page.done(&format!("/pathways/{id}"), "pathway-used-saved")
}

/// Finding help. A GET form: the answer is computed and forgotten; nothing about the person is
/// stored or logged.
pub async fn find(page: Page, q: web::Query<NeedQuery>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let db = &page.state.db;
    let q = q.into_inner();
    let day = today(&page.viewer);
    let need = q.need(day, own_country(&page).await?);
    let found = if q.is_search() {
        Some(need_search::search(db, &need, q.page).await?)
    } else {
        None
    };
    let data = vp::find_page(db, page.lang(), q, need.from.clone(), found, day).await?;
    page.ok("pages/pathways/find", &page.t("find-title"), data)
}
