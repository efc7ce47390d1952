use actix_web::{HttpResponse, web};

use crate::auth::Action;
use crate::error::AppError;
use crate::i18n::t;
use crate::services::{countries, directory as dir};
use crate::views::{self, Page, Pager, directory as v};

pub async fn index(page: Page, q: web::Query<dir::DirectoryFilter>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let lang = page.lang().to_string();
    let f = q.into_inner();
    let countries_list = countries::all_in(&page.state.db, page.lang()).await?;
    let list = dir::list_organizations(&page.state.db, &f).await?;
    let rows: Vec<_> = list
        .items
        .iter()
        .map(|o| v::org_row(&lang, o, &countries_list, &list.services))
        .collect();
    let qs = f.query_string();
    let pager = Pager::new("/directory", &qs, list.page, dir::PER_PAGE, list.total);
    let service_codes = dir::service_codes(&page.state.db).await?;
    let export_url = if qs.is_empty() {
        "/directory/export.csv".to_string()
    } else {
        format!("/directory/export.csv?{qs}")
    };
    page.ok(
        "pages/directory/index",
        &t(&lang, "directory-title"),
        v::DirectoryPage {
            include_archived: f.include_archived(),
            filter: f,
            rows,
            pager,
            countries: v::country_options(&countries_list),
            kinds: v::options(&lang, "org-kind", dir::ORG_KINDS),
            statuses: v::options(&lang, "membership", dir::MEMBERSHIP),
            services: v::service_options(&lang, &service_codes),
            can_create: page.viewer.can(Action::CreateOrganization),
            export_url,
            can_import_hsds: page.viewer.can(Action::ImportServices),
        },
    )
}

pub async fn export_csv(page: Page, q: web::Query<dir::DirectoryFilter>) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let lang = page.lang().to_string();
    let countries_list = countries::all_in(&page.state.db, page.lang()).await?;
    let (orgs, services) = dir::all_organizations(&page.state.db, &q).await?;
    let mut w = views::CsvExport::new(
        &lang,
        &[
            "csv-org-id",
            "csv-org-name",
            "csv-org-acronym",
            "csv-org-country-code",
            "csv-org-country",
            "csv-org-kind",
            "csv-org-membership-status",
            "csv-org-joined-on",
            "csv-org-website",
            "csv-org-email",
            "csv-org-phone",
            "csv-org-address",
            "csv-org-services",
        ],
    )?;
    for o in &orgs {
        let svc = v::services(&lang, services.get(&o.id))
            .into_iter()
            .map(|s| match s.capacity_note {
                Some(n) => format!("{} ({})", s.label, n),
                None => s.label,
            })
            .collect::<Vec<_>>()
            .join("; ");
        let row = [
            o.id.to_string(),
            o.name.clone(),
            o.acronym.clone().unwrap_or_default(),
            o.country_code.clone(),
            countries::name_in(&countries_list, &o.country_code),
            v::label(&lang, "org-kind", &o.kind),
            v::label(&lang, "membership", &o.membership_status),
            o.joined_on.map(|d| d.to_string()).unwrap_or_default(),
            o.website.clone().unwrap_or_default(),
            o.email.clone().unwrap_or_default(),
            o.phone.clone().unwrap_or_default(),
            o.address.clone().unwrap_or_default(),
            svc,
        ];
        w.row(&row)?;
    }
    w.download("roundtable-directory.csv")
}

pub async fn service_map(page: Page) -> Result<HttpResponse, AppError> {
    page.viewer.require(Action::ViewNetwork)?;
    let lang = page.lang().to_string();
    let countries_list = countries::all_in(&page.state.db, page.lang()).await?;
    let map = dir::service_map(&page.state.db).await?;
    let codes = dir::service_codes(&page.state.db).await?;
    let shown: Vec<_> = countries_list
        .iter()
        .filter(|c| c.in_region || map.keys().any(|(cc, _)| cc == &c.code))
        .collect();
    page.ok(
        "pages/directory/service_map",
        &t(&lang, "service-map-title"),
        v::service_map(&lang, &shown, &codes, &map),
    )
}
