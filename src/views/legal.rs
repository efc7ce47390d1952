//! Register pieces shown on other areas' pages.

use sea_orm::EntityTrait;
use serde::Serialize;

use crate::error::AppError;
use crate::services::countries;
use entity::legal_topic;

/// A link to one register cell (topic and country), as an action item shows it.
#[derive(Debug, Serialize)]
pub struct LegalLink {
    pub label: String,
    pub url: String,
}

/// The register cell an action item follows up, if it names one.
pub async fn legal_link(
    db: &impl sea_orm::ConnectionTrait,
    topic_id: Option<i32>,
    country: Option<&str>,
) -> Result<Option<LegalLink>, AppError> {
    let (Some(tid), Some(cc)) = (topic_id, country) else {
        return Ok(None);
    };
    let Some(tp) = legal_topic::Entity::find_by_id(tid).one(db).await? else {
        return Ok(None);
    };
    let name = countries::name_in(&countries::all(db).await?, cc);
    Ok(Some(LegalLink {
        label: format!("{} {} · {}", tp.code, tp.title, name),
        url: format!("/legal/entries/{}/{}", tp.code, cc),
    }))
}
