//! The member directory: organizations, their services and their people.

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};
use serde::{Deserialize, Serialize};

use crate::db::now;
use crate::error::{AppError, FieldErrors};
use crate::i18n::msg;
use crate::services::{paging, validate, versions};
use entity::{country, organization, organization_service, person, service_kind};

pub const ORG_KINDS: &[&str] = &["cso", "government", "international", "donor", "other"];
pub const MEMBERSHIP: &[&str] = &["member", "observer", "former"];
pub const NETWORK_ROLES: &[&str] = &["focal_point", "deputy_focal_point", "contact", "director", "other"];
pub const PER_PAGE: u64 = 25;

/// Raw organization fields as typed in a form or sent to the API.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct OrganizationFields {
    pub name: String,
    pub acronym: String,
    /// ISO code, e.g. "AL".
    pub country: String,
    /// cso, government, international, donor or other.
    pub kind: String,
    /// member, observer or former.
    pub membership_status: String,
    /// YYYY-MM-DD
    pub joined_on: String,
    pub website: String,
    pub email: String,
    pub phone: String,
    pub address: String,
    pub description: String,
    pub services: Vec<ServiceFields>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ServiceFields {
    /// A service code from the catalogue, e.g. "shelter".
    pub code: String,
    /// e.g. "12 shelter places, women and children".
    pub capacity_note: String,
}

/// A checked organization, ready to save.
#[derive(Debug, Clone)]
pub struct OrganizationInput {
    pub name: String,
    pub acronym: Option<String>,
    pub country_code: String,
    pub kind: String,
    pub membership_status: String,
    pub joined_on: Option<NaiveDate>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
    pub description: Option<String>,
    pub services: Vec<(String, Option<String>)>,
}

impl OrganizationFields {
    pub async fn parse(&self, db: &impl ConnectionTrait) -> Result<OrganizationInput, AppError> {
        let mut e = FieldErrors::default();
        let name = validate::required(&mut e, "name", &self.name, 200);
        validate::one_line(&mut e, "name", &Some(name.clone()));
        let acronym = validate::optional(&mut e, "acronym", &self.acronym, 30);
        validate::one_line(&mut e, "acronym", &acronym);
        let country_code = self.country.trim().to_uppercase();
        if country_code.is_empty() {
            e.add("country", msg("org-error-country"));
        } else if country::Entity::find_by_id(country_code.clone())
            .one(db)
            .await?
            .is_none()
        {
            e.add("country", msg("validate-choose-country"));
        }
        let kind = validate::choice(&mut e, "kind", &self.kind, ORG_KINDS);
        let membership_status = validate::choice(&mut e, "membership_status", &self.membership_status, MEMBERSHIP);
        let joined_on = validate::date(&mut e, "joined_on", &self.joined_on);
        let website = validate::url(&mut e, "website", &self.website);
        let email = validate::email(&mut e, "email", &self.email, false);
        let phone = validate::optional(&mut e, "phone", &self.phone, 50);
        validate::one_line(&mut e, "phone", &phone);
        let address = validate::optional(&mut e, "address", &self.address, 500);
        let description = validate::optional(&mut e, "description", &self.description, 5000);
        let known: Vec<String> = service_kind::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|s| s.code)
            .collect();
        let mut services: Vec<(String, Option<String>)> = vec![];
        for s in &self.services {
            let code = s.code.trim().to_string();
            if !known.contains(&code) {
                e.add("services", msg("org-error-services"));
                continue;
            }
            if services.iter().any(|(c, _)| *c == code) {
                continue;
            }
            let note = validate::optional(&mut e, &format!("capacity_{code}"), &s.capacity_note, 300);
            services.push((code, note));
        }
        e.into_result()?;
        Ok(OrganizationInput {
            name,
            acronym,
            country_code,
            kind,
            membership_status,
            joined_on,
            website,
            email,
            phone,
            address,
            description,
            services,
        })
    }

    pub fn from_model(o: &organization::Model, services: &[organization_service::Model]) -> Self {
        OrganizationFields {
            name: o.name.clone(),
            acronym: o.acronym.clone().unwrap_or_default(),
            country: o.country_code.clone(),
            kind: o.kind.clone(),
            membership_status: o.membership_status.clone(),
            joined_on: o.joined_on.map(|d| d.to_string()).unwrap_or_default(),
            website: o.website.clone().unwrap_or_default(),
            email: o.email.clone().unwrap_or_default(),
            phone: o.phone.clone().unwrap_or_default(),
            address: o.address.clone().unwrap_or_default(),
            description: o.description.clone().unwrap_or_default(),
            services: services
                .iter()
                .map(|s| ServiceFields {
                    code: s.service_code.clone(),
                    capacity_note: s.capacity_note.clone().unwrap_or_default(),
                })
                .collect(),
        }
    }
}

async fn replace_services(
    db: &impl ConnectionTrait,
    org_id: i32,
    services: &[(String, Option<String>)],
) -> Result<(), AppError> {
    organization_service::Entity::delete_many()
        .filter(organization_service::Column::OrganizationId.eq(org_id))
        .exec(db)
        .await?;
    for (code, note) in services {
        organization_service::ActiveModel {
            organization_id: Set(org_id),
            service_code: Set(code.clone()),
            capacity_note: Set(note.clone()),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

pub async fn create_organization(
    db: &DatabaseConnection,
    input: OrganizationInput,
) -> Result<organization::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let t = now();
    let org = organization::ActiveModel {
        name: Set(input.name),
        acronym: Set(input.acronym),
        country_code: Set(input.country_code),
        kind: Set(input.kind),
        membership_status: Set(input.membership_status),
        joined_on: Set(input.joined_on),
        website: Set(input.website),
        email: Set(input.email),
        phone: Set(input.phone),
        address: Set(input.address),
        description: Set(input.description),
        archived: Set(false),
        created_at: Set(t),
        updated_at: Set(t),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    replace_services(&txn, org.id, &input.services).await?;
    txn.commit().await?;
    Ok(org)
}

/// Saves an edit based on version `based_on`; `StaleEdit` when the organization moved on.
pub async fn update_organization(
    db: &DatabaseConnection,
    id: i32,
    input: OrganizationInput,
    based_on: i32,
) -> Result<organization::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let row = sea_orm::Condition::all().add(organization::Column::Id.eq(id));
    versions::claim::<organization::Entity>(&txn, row.clone(), organization::Column::Version, based_on).await?;
    let existing = get_organization(&txn, id).await?;
    let before = existing.clone();
    let services_before: std::collections::BTreeSet<(String, Option<String>)> = organization_service::Entity::find()
        .filter(organization_service::Column::OrganizationId.eq(id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|s| (s.service_code, s.capacity_note))
        .collect();
    let mut am: organization::ActiveModel = existing.into();
    am.name = Set(input.name);
    am.acronym = Set(input.acronym);
    am.country_code = Set(input.country_code);
    am.kind = Set(input.kind);
    am.membership_status = Set(input.membership_status);
    am.joined_on = Set(input.joined_on);
    am.website = Set(input.website);
    am.email = Set(input.email);
    am.phone = Set(input.phone);
    am.address = Set(input.address);
    am.description = Set(input.description);
    let after = sea_orm::TryIntoModel::try_into_model(am.clone())?;
    if after == before && services_before == input.services.iter().cloned().collect() {
        // An unchanged save gives the claimed version back.
        versions::release::<organization::Entity>(&txn, row, organization::Column::Version).await?;
        txn.commit().await?;
        return Ok(organization::Model {
            version: based_on,
            ..before
        });
    }
    am.updated_at = Set(now());
    let org = am.update(&txn).await?;
    replace_services(&txn, id, &input.services).await?;
    crate::services::figures::totals::organization_moved(&txn, &before.country_code, &org.country_code).await?;
    txn.commit().await?;
    Ok(org)
}

pub async fn set_organization_archived(db: &impl ConnectionTrait, id: i32, archived: bool) -> Result<(), AppError> {
    let existing = get_organization(db, id).await?;
    let mut am: organization::ActiveModel = existing.into();
    am.archived = Set(archived);
    am.updated_at = Set(now());
    am.update(db).await?;
    Ok(())
}

pub async fn get_organization(db: &impl ConnectionTrait, id: i32) -> Result<organization::Model, AppError> {
    organization::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn services_of(
    db: &impl ConnectionTrait,
    org_ids: &[i32],
) -> Result<HashMap<i32, Vec<organization_service::Model>>, AppError> {
    let mut map: HashMap<i32, Vec<organization_service::Model>> = HashMap::new();
    if org_ids.is_empty() {
        return Ok(map);
    }
    let order = service_order(db).await?;
    for chunk in org_ids.chunks(500) {
        for s in organization_service::Entity::find()
            .filter(organization_service::Column::OrganizationId.is_in(chunk.to_vec()))
            .all(db)
            .await?
        {
            map.entry(s.organization_id).or_default().push(s);
        }
    }
    for list in map.values_mut() {
        list.sort_by_key(|s| order.get(&s.service_code).copied().unwrap_or(i32::MAX));
    }
    Ok(map)
}

pub async fn service_order(db: &impl ConnectionTrait) -> Result<HashMap<String, i32>, AppError> {
    Ok(service_kind::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.code, s.sort_order))
        .collect())
}

pub async fn service_codes(db: &impl ConnectionTrait) -> Result<Vec<String>, AppError> {
    Ok(service_kind::Entity::find()
        .order_by_asc(service_kind::Column::SortOrder)
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.code)
        .collect())
}

/// Directory filters, as they come from a query string or the API.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[serde(default)]
pub struct DirectoryFilter {
    /// Country ISO code.
    pub country: String,
    /// Organization kind.
    pub kind: String,
    /// Service code.
    pub service: String,
    /// Membership status.
    pub status: String,
    /// Part of the name or acronym.
    pub q: String,
    /// Include archived organizations ("1").
    pub archived: String,
    /// Page number, from 1.
    #[serde(deserialize_with = "crate::services::paging::deserialize")]
    pub page: Option<u64>,
}

impl DirectoryFilter {
    pub fn include_archived(&self) -> bool {
        matches!(self.archived.as_str(), "1" | "true" | "on")
    }

    /// The query string for these filters, without the page.
    pub fn query_string(&self) -> String {
        paging::query_string(&[
            ("q", &self.q),
            ("country", &self.country),
            ("kind", &self.kind),
            ("service", &self.service),
            ("status", &self.status),
            ("archived", &self.archived),
        ])
    }

    fn condition(&self) -> Condition {
        let mut c = Condition::all();
        if !self.include_archived() {
            c = c.add(organization::Column::Archived.eq(false));
        }
        if !self.country.trim().is_empty() {
            c = c.add(organization::Column::CountryCode.eq(self.country.trim().to_uppercase()));
        }
        if !self.kind.trim().is_empty() {
            c = c.add(organization::Column::Kind.eq(self.kind.trim()));
        }
        if !self.status.trim().is_empty() {
            c = c.add(organization::Column::MembershipStatus.eq(self.status.trim()));
        }
        if !self.service.trim().is_empty() {
            c = c.add(
                organization::Column::Id.in_subquery(
                    Query::select()
                        .column(organization_service::Column::OrganizationId)
                        .from(organization_service::Entity)
                        .and_where(organization_service::Column::ServiceCode.eq(self.service.trim()))
                        .to_owned(),
                ),
            );
        }
        let q = self.q.trim().to_lowercase();
        if !q.is_empty() {
            let escaped = q.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            let pattern = format!("%{escaped}%");
            c = c.add(
                Condition::any()
                    .add(
                        Expr::expr(Func::lower(Expr::col((
                            organization::Entity,
                            organization::Column::Name,
                        ))))
                        .like(LikeExpr::new(pattern.clone()).escape('\\')),
                    )
                    .add(
                        Expr::expr(Func::lower(Expr::col((
                            organization::Entity,
                            organization::Column::Acronym,
                        ))))
                        .like(LikeExpr::new(pattern).escape('\\')),
                    ),
            );
        }
        c
    }
}

pub struct OrganizationPage {
    pub items: Vec<organization::Model>,
    pub services: HashMap<i32, Vec<organization_service::Model>>,
    pub total: u64,
    pub page: u64,
}

pub async fn list_organizations(db: &impl ConnectionTrait, f: &DirectoryFilter) -> Result<OrganizationPage, AppError> {
    let page = paging::number(f.page);
    let paginator = organization::Entity::find()
        .filter(f.condition())
        .order_by_asc(organization::Column::Name)
        .order_by_asc(organization::Column::Id)
        .paginate(db, PER_PAGE);
    let total = paginator.num_items().await?;
    let items = paginator.fetch_page(page - 1).await?;
    let ids: Vec<i32> = items.iter().map(|o| o.id).collect();
    let services = services_of(db, &ids).await?;
    Ok(OrganizationPage {
        items,
        services,
        total,
        page,
    })
}

/// Every organization matching the filter (for CSV export), with services.
pub async fn all_organizations(
    db: &impl ConnectionTrait,
    f: &DirectoryFilter,
) -> Result<(Vec<organization::Model>, HashMap<i32, Vec<organization_service::Model>>), AppError> {
    let items = organization::Entity::find()
        .filter(f.condition())
        .order_by_asc(organization::Column::Name)
        .all(db)
        .await?;
    let ids: Vec<i32> = items.iter().map(|o| o.id).collect();
    let services = services_of(db, &ids).await?;
    Ok((items, services))
}

/// Raw person fields as typed in a form or sent to the API.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct PersonFields {
    pub organization_id: Option<i32>,
    pub name: String,
    pub title: String,
    pub email: String,
    pub phone: String,
    /// e.g. "Albanian, English".
    pub languages: String,
    /// focal_point, deputy_focal_point, contact, director or other.
    pub network_role: String,
}

#[derive(Debug, Clone)]
pub struct PersonInput {
    pub organization_id: i32,
    pub name: String,
    pub title: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub languages: Option<String>,
    pub network_role: String,
}

impl PersonFields {
    pub async fn parse(&self, db: &impl ConnectionTrait) -> Result<PersonInput, AppError> {
        let mut e = FieldErrors::default();
        let organization_id = match self.organization_id {
            Some(id) if organization::Entity::find_by_id(id).one(db).await?.is_some() => id,
            _ => {
                e.add("organization_id", msg("validate-choose-org"));
                0
            }
        };
        let name = validate::required(&mut e, "name", &self.name, 200);
        validate::one_line(&mut e, "name", &Some(name.clone()));
        let title = validate::optional(&mut e, "title", &self.title, 200);
        validate::one_line(&mut e, "title", &title);
        let email = validate::email(&mut e, "email", &self.email, false);
        let phone = validate::optional(&mut e, "phone", &self.phone, 50);
        validate::one_line(&mut e, "phone", &phone);
        let languages = validate::optional(&mut e, "languages", &self.languages, 200);
        validate::one_line(&mut e, "languages", &languages);
        let network_role = validate::choice(&mut e, "network_role", &self.network_role, NETWORK_ROLES);
        e.into_result()?;
        Ok(PersonInput {
            organization_id,
            name,
            title,
            email,
            phone,
            languages,
            network_role,
        })
    }

    pub fn from_model(p: &person::Model) -> Self {
        PersonFields {
            organization_id: Some(p.organization_id),
            name: p.name.clone(),
            title: p.title.clone().unwrap_or_default(),
            email: p.email.clone().unwrap_or_default(),
            phone: p.phone.clone().unwrap_or_default(),
            languages: p.languages.clone().unwrap_or_default(),
            network_role: p.network_role.clone(),
        }
    }
}

pub async fn create_person(db: &impl ConnectionTrait, input: PersonInput) -> Result<person::Model, AppError> {
    let t = now();
    Ok(person::ActiveModel {
        organization_id: Set(input.organization_id),
        name: Set(input.name),
        title: Set(input.title),
        email: Set(input.email),
        phone: Set(input.phone),
        languages: Set(input.languages),
        network_role: Set(input.network_role),
        archived: Set(false),
        created_at: Set(t),
        updated_at: Set(t),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Saves an edit based on version `based_on`; `StaleEdit` when the person moved on. Call inside
/// a transaction so the claimed version and the change commit together.
pub async fn update_person(
    db: &impl ConnectionTrait,
    id: i32,
    input: PersonInput,
    based_on: i32,
) -> Result<person::Model, AppError> {
    let row = sea_orm::Condition::all().add(person::Column::Id.eq(id));
    versions::claim::<person::Entity>(db, row.clone(), person::Column::Version, based_on).await?;
    let existing = get_person(db, id).await?;
    let before = existing.clone();
    let mut am: person::ActiveModel = existing.into();
    am.organization_id = Set(input.organization_id);
    am.name = Set(input.name);
    am.title = Set(input.title);
    am.email = Set(input.email);
    am.phone = Set(input.phone);
    am.languages = Set(input.languages);
    am.network_role = Set(input.network_role);
    if sea_orm::TryIntoModel::try_into_model(am.clone())? == before {
        // An unchanged save gives the claimed version back.
        versions::release::<person::Entity>(db, row, person::Column::Version).await?;
        return Ok(person::Model {
            version: based_on,
            ..before
        });
    }
    am.updated_at = Set(now());
    Ok(am.update(db).await?)
}

pub async fn set_person_archived(db: &impl ConnectionTrait, id: i32, archived: bool) -> Result<(), AppError> {
    let existing = get_person(db, id).await?;
    let mut am: person::ActiveModel = existing.into();
    am.archived = Set(archived);
    am.updated_at = Set(now());
    am.update(db).await?;
    Ok(())
}

pub async fn get_person(db: &impl ConnectionTrait, id: i32) -> Result<person::Model, AppError> {
    person::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)
}

pub async fn people_of(
    db: &impl ConnectionTrait,
    org_id: i32,
    include_archived: bool,
) -> Result<Vec<person::Model>, AppError> {
    let mut q = person::Entity::find().filter(person::Column::OrganizationId.eq(org_id));
    if !include_archived {
        q = q.filter(person::Column::Archived.eq(false));
    }
    Ok(q.order_by_asc(person::Column::Name).all(db).await?)
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[serde(default)]
pub struct PeopleFilter {
    pub organization_id: Option<i32>,
    pub country: String,
    pub q: String,
    #[serde(deserialize_with = "crate::services::paging::deserialize")]
    pub page: Option<u64>,
}

pub async fn list_people(
    db: &impl ConnectionTrait,
    f: &PeopleFilter,
) -> Result<(Vec<person::Model>, u64, u64), AppError> {
    let page = paging::number(f.page);
    let mut q = person::Entity::find().filter(person::Column::Archived.eq(false));
    if let Some(org) = f.organization_id {
        q = q.filter(person::Column::OrganizationId.eq(org));
    }
    if !f.country.trim().is_empty() {
        q = q.filter(
            person::Column::OrganizationId.in_subquery(
                Query::select()
                    .column(organization::Column::Id)
                    .from(organization::Entity)
                    .and_where(organization::Column::CountryCode.eq(f.country.trim().to_uppercase()))
                    .to_owned(),
            ),
        );
    }
    let needle = f.q.trim().to_lowercase();
    if !needle.is_empty() {
        let escaped = needle.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        q = q.filter(
            Expr::expr(Func::lower(Expr::col((person::Entity, person::Column::Name))))
                .like(LikeExpr::new(format!("%{escaped}%")).escape('\\')),
        );
    }
    let paginator = q
        .order_by_asc(person::Column::Name)
        .order_by_asc(person::Column::Id)
        .paginate(db, PER_PAGE);
    let total = paginator.num_items().await?;
    Ok((paginator.fetch_page(page - 1).await?, total, page))
}

/// Protects spreadsheet users from formula injection in exported cells.
pub fn csv_cell(v: &str) -> String {
    if v.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{v}")
    } else {
        v.to_string()
    }
}
