//! Demo referral pathways: fictional routes between the six countries (several agreed, a draft
//! and a suspended one), linked to demo services of the receiving country where they exist.

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use crate::error::AppError;
use crate::services::pathways::{self as pw, PathwayFields};
use entity::{organization, service, service_contact};

/// (from, to, kind, status, last used, information, steps (who, what, days), barrier)
type DemoPathway = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static [&'static str],
    &'static [(&'static str, &'static str, i32)],
    Option<(&'static str, &'static str)>,
);

const PATHWAYS: [DemoPathway; 7] = [
    (
        "RS",
        "ME",
        "shelter",
        "agreed",
        Some("2026-11-20"),
        &["language", "medical_needs", "safety_risks"],
        &[
            (
                "Demo case manager (sending)",
                "Fictional example: asks for consent and calls the receiving intake desk.",
                1,
            ),
            (
                "Demo intake desk (receiving)",
                "Fictional example: confirms a place and the arrival day.",
                2,
            ),
            (
                "Demo escort team",
                "Fictional example: travels with the person to the shelter.",
                1,
            ),
        ],
        Some(("RES-01", "ME")),
    ),
    (
        "AL",
        "XK",
        "shelter",
        "agreed",
        Some("2026-10-02"),
        &["identity_documents", "language"],
        &[
            (
                "Demo focal point (sending)",
                "Fictional example: sends the referral form with consent.",
                2,
            ),
            (
                "Demo shelter coordinator",
                "Fictional example: agrees the date of arrival.",
                3,
            ),
        ],
        None,
    ),
    (
        "MK",
        "AL",
        "reintegration_assistance",
        "agreed",
        None,
        &["family_situation", "legal_status"],
        &[(
            "Demo social worker",
            "Fictional example: prepares the reintegration plan with the person.",
            10,
        )],
        None,
    ),
    (
        "BA",
        "RS",
        "legal_aid",
        "agreed",
        Some("2026-09-15"),
        &["legal_status"],
        &[(
            "Demo lawyer (receiving)",
            "Fictional example: calls back within two working days.",
            2,
        )],
        Some(("RES-02", "RS")),
    ),
    (
        "ME",
        "BA",
        "psychosocial_support",
        "draft",
        None,
        &["language"],
        &[],
        None,
    ),
    (
        "XK",
        "MK",
        "shelter",
        "suspended",
        Some("2026-03-10"),
        &["identity_documents", "safety_risks"],
        &[(
            "Demo focal point (sending)",
            "Fictional example: on hold while the demo agreement is renewed.",
            5,
        )],
        None,
    ),
    (
        "RS",
        "AL",
        "return_transport",
        "agreed",
        Some("2026-11-28"),
        &["identity_documents"],
        &[(
            "Demo transport desk",
            "Fictional example: books the journey and the escort.",
            3,
        )],
        None,
    ),
];

/// The first demo service of `kind` in `country` (by its organization's country) and its first
/// contact point.
async fn receiving(db: &DatabaseConnection, country: &str, kind: &str) -> Result<(Option<i32>, Option<i32>), AppError> {
    let orgs: Vec<i32> = organization::Entity::find()
        .filter(organization::Column::CountryCode.eq(country))
        .all(db)
        .await?
        .into_iter()
        .map(|o| o.id)
        .collect();
    let found = service::Entity::find()
        .filter(service::Column::OrganizationId.is_in(orgs))
        .filter(service::Column::Kind.eq(kind))
        .order_by_asc(service::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .find(|s| pw::codes(&s.countries).iter().any(|c| c == country));
    let Some(s) = found else {
        return Ok((None, None));
    };
    let contact = service_contact::Entity::find()
        .filter(service_contact::Column::ServiceId.eq(s.id))
        .order_by_asc(service_contact::Column::SortOrder)
        .one(db)
        .await?;
    Ok((Some(s.id), contact.map(|c| c.id)))
}

pub(super) async fn load_pathways(db: &DatabaseConnection) -> Result<(), AppError> {
    let document = entity::document::Entity::find()
        .order_by_asc(entity::document::Column::Id)
        .one(db)
        .await?
        .map(|d| d.id.to_string())
        .unwrap_or_default();
    for (from, to, kind, status, used, info, steps, barrier) in PATHWAYS {
        let (service, contact) = receiving(db, to, kind).await?;
        let id = |v: Option<i32>| v.map(|v| v.to_string()).unwrap_or_default();
        let fields = PathwayFields {
            from_country: from.into(),
            to_country: to.into(),
            service_kind: kind.into(),
            receiving_service_id: id(service),
            receiving_contact_id: id(contact),
            consent_rule: "Fictional example: written informed consent in a language the person understands, asked by the sending case manager."
                .into(),
            child_consent_rule: "Fictional example: the guardian agrees, after a best-interests check by the demo child protection office."
                .into(),
            information: info.iter().map(|s| s.to_string()).collect(),
            escort: "Fictional example: a demo escort team from the sending organization.".into(),
            escort_cost: "Fictional example: the sending organization (demo project budget).".into(),
            document_id: if status == "agreed" { document.clone() } else { String::new() },
            status: status.into(),
            step_actor: steps.iter().map(|s| s.0.to_string()).collect(),
            step_action: steps.iter().map(|s| s.1.to_string()).collect(),
            step_days: steps.iter().map(|s| s.2.to_string()).collect(),
            barrier_topic: barrier.iter().map(|b| b.0.to_string()).collect(),
            barrier_country: barrier.iter().map(|b| b.1.to_string()).collect(),
        };
        let saved = pw::create(db, fields.parse(db).await?).await?;
        if let Some(day) = used.and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()) {
            pw::mark_used(db, saved.id, day).await?;
        }
    }
    Ok(())
}
