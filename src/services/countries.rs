//! Countries: the six of the network (seeded) and partners the secretariat adds.

use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, QueryOrder, Set};
use serde::Serialize;

use crate::error::{AppError, FieldErrors};
use crate::i18n::msg;
use crate::services::validate;
use entity::country;

#[derive(Debug, Clone, Serialize)]
pub struct CountryView {
    pub code: String,
    /// The name as the network writes it ("Kosovo*" for XK).
    pub name: String,
    pub in_region: bool,
}

pub fn display_name(c: &country::Model) -> String {
    if c.footnote.is_some() {
        format!("{}*", c.name)
    } else {
        c.name.clone()
    }
}

pub fn view(c: &country::Model) -> CountryView {
    CountryView {
        code: c.code.clone(),
        name: display_name(c),
        in_region: c.in_region,
    }
}

pub async fn all(db: &impl ConnectionTrait) -> Result<Vec<country::Model>, AppError> {
    Ok(country::Entity::find()
        .order_by_asc(country::Column::SortOrder)
        .order_by_asc(country::Column::Name)
        .all(db)
        .await?)
}

/// The countries with their names in `lang`: the catalogue's `country-name-<code>` for the
/// network's six, the stored (English) name for partners the secretariat added.
pub async fn all_in(db: &impl ConnectionTrait, lang: &str) -> Result<Vec<country::Model>, AppError> {
    Ok(all(db).await?.into_iter().map(|c| localized(lang, c)).collect())
}

/// `c` with its name in `lang` (see [`all_in`]).
pub fn localized(lang: &str, mut c: country::Model) -> country::Model {
    if let Some(name) = crate::i18n::lookup(lang, &format!("country-name-{}", c.code), &[]) {
        c.name = name;
    }
    c
}

pub async fn all_views(db: &impl ConnectionTrait, lang: &str) -> Result<Vec<CountryView>, AppError> {
    Ok(all_in(db, lang).await?.iter().map(view).collect())
}

/// The display name for `code` from an already-loaded list.
pub fn name_in(list: &[country::Model], code: &str) -> String {
    list.iter()
        .find(|c| c.code == code)
        .map(display_name)
        .unwrap_or_else(|| code.to_string())
}

pub struct NewCountry {
    pub code: String,
    pub name: String,
}

pub fn parse_new(code: &str, name: &str) -> Result<NewCountry, AppError> {
    let mut errors = FieldErrors::default();
    let code = code.trim().to_uppercase();
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        errors.add("code", msg("country-error-code"));
    }
    let name = validate::required(&mut errors, "name", name, 100);
    errors.into_result()?;
    Ok(NewCountry { code, name })
}

pub async fn add(db: &impl ConnectionTrait, c: NewCountry) -> Result<(), AppError> {
    if country::Entity::find_by_id(c.code.clone()).one(db).await?.is_some() {
        let mut e = FieldErrors::default();
        e.add("code", msg("country-error-taken"));
        return Err(AppError::Validation(e));
    }
    country::ActiveModel {
        code: Set(c.code),
        name: Set(c.name),
        footnote: Set(None),
        in_region: Set(false),
        sort_order: Set(100),
        coe_member: Set(true),
    }
    .insert(db)
    .await?;
    Ok(())
}
