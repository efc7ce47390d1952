//! Fictional demo data (`roundtable demo`, `serve --demo`) and synthetic benchmark data
//! (`demo --scale N`). Every demo organization is marked as fictional; addresses use the
//! reserved example.org domain.

mod documents;
mod figures;
mod legal;
mod pathways;
mod scale;
mod support;

use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

use crate::auth::Role;
use crate::db::now;
use crate::error::AppError;
use crate::services::accounts::{self, NewUser};
use crate::services::directory::{self as dir, OrganizationFields, PersonFields, ServiceFields};
use crate::services::documents as docs;
use documents::load_documents;
use entity::user;
use figures::load_figures;
use legal::load_legal;
use pathways::load_pathways;

pub use scale::{scale, scale_documents, scale_legal};

pub const DEMO_PASSWORD: &str = "roundtable-demo";
pub const DEMO_SECRETARIAT: &str = "secretariat@demo.example.org";
pub const DEMO_MEMBER: &str = "member@demo.example.org";
pub const DEMO_OBSERVER: &str = "observer@demo.example.org";
const FICTIONAL: &str =
    "Fictional organization created for the Roundtable demo; any resemblance to a real organization is coincidental.";

pub struct DemoInfo {
    pub logins: Vec<(&'static str, &'static str)>,
}

fn info() -> DemoInfo {
    DemoInfo {
        logins: vec![
            ("secretariat", DEMO_SECRETARIAT),
            ("member", DEMO_MEMBER),
            ("observer", DEMO_OBSERVER),
        ],
    }
}

/// (name, acronym, country, kind, services with capacity notes, city)
type DemoOrg = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static str,
);

const ORGS: &[DemoOrg] = &[
    (
        "Regional Network Secretariat (demo)",
        "RNS",
        "AL",
        "international",
        &[],
        "Tirana",
    ),
    (
        "Shpresa e Re Shelter (demo)",
        "SRS",
        "AL",
        "cso",
        &[
            ("shelter", "12 shelter places, women and children"),
            ("psychosocial_support", ""),
            ("medical_screening", ""),
        ],
        "Tirana",
    ),
    (
        "Vatra Legal Aid Centre (demo)",
        "VLAC",
        "AL",
        "cso",
        &[
            ("legal_aid", "Free representation in criminal and civil cases"),
            ("hotline", "24/7, Albanian and English"),
        ],
        "Vlorë",
    ),
    (
        "Novi Put Foundation (demo)",
        "NPF",
        "BA",
        "cso",
        &[
            ("shelter", "8 places, adults"),
            ("reintegration_assistance", ""),
            ("vocational_training", "Tailoring and IT courses"),
        ],
        "Sarajevo",
    ),
    (
        "Most Referral Office (demo)",
        "MRO",
        "BA",
        "government",
        &[("identification_outreach", ""), ("social_services", "")],
        "Mostar",
    ),
    (
        "Drita Support Centre (demo)",
        "DSC",
        "XK",
        "cso",
        &[
            ("shelter", "10 places, women and children"),
            ("psychosocial_support", ""),
            ("legal_aid", ""),
        ],
        "Prishtinë",
    ),
    (
        "Ura Reintegration Services (demo)",
        "URS",
        "XK",
        "cso",
        &[
            ("reintegration_assistance", ""),
            ("return_transport", "Escorted returns within the region"),
        ],
        "Prizren",
    ),
    (
        "Sigurna Kuća Montenegro (demo)",
        "SKM",
        "ME",
        "cso",
        &[("shelter", "6 places"), ("hotline", "")],
        "Podgorica",
    ),
    (
        "Primorje Social Services (demo)",
        "PSS",
        "ME",
        "government",
        &[("social_services", ""), ("medical_screening", "")],
        "Bar",
    ),
    (
        "Otvorena Vrata Skopje (demo)",
        "OVS",
        "MK",
        "cso",
        &[
            ("psychosocial_support", ""),
            ("legal_aid", ""),
            ("identification_outreach", "Mobile teams in 4 municipalities"),
        ],
        "Skopje",
    ),
    (
        "Ohrid Return Desk (demo)",
        "ORD",
        "MK",
        "cso",
        &[("return_transport", ""), ("reintegration_assistance", "")],
        "Ohrid",
    ),
    (
        "Atina Beograd Demo Centre (demo)",
        "ABD",
        "RS",
        "cso",
        &[
            ("shelter", "14 places, women, children and men"),
            ("vocational_training", ""),
            ("reintegration_assistance", ""),
        ],
        "Beograd",
    ),
    (
        "Vojvodina Help Line (demo)",
        "VHL",
        "RS",
        "cso",
        &[
            ("hotline", "Serbian, Hungarian and English"),
            ("identification_outreach", ""),
        ],
        "Novi Sad",
    ),
    ("Balkan Freedom Fund (demo donor)", "BFF", "RS", "donor", &[], "Beograd"),
];

const PEOPLE: &[(&str, &str, &str)] = &[
    ("Arta Demo", "Programme Coordinator", "focal_point"),
    ("Besnik Example", "Legal Adviser", "deputy_focal_point"),
    ("Jelena Primjer", "Director", "director"),
    ("Đorđe Petrović (demo)", "Case Manager", "contact"),
];

/// Loads the demo set unless it is already there. Returns the logins to print.
pub async fn load(db: &DatabaseConnection, store: &dyn crate::storage::BlobStore) -> Result<DemoInfo, AppError> {
    if user::Entity::find()
        .filter(user::Column::Email.eq(DEMO_SECRETARIAT))
        .one(db)
        .await?
        .is_some()
    {
        return Ok(info());
    }
    let mut org_ids = vec![];
    for (i, (name, acronym, country, kind, services, city)) in ORGS.iter().enumerate() {
        let fields = OrganizationFields {
            name: name.to_string(),
            acronym: acronym.to_string(),
            country: country.to_string(),
            kind: kind.to_string(),
            membership_status: if *kind == "donor" {
                "observer".into()
            } else {
                "member".into()
            },
            joined_on: format!("20{:02}-0{}-15", 12 + i % 10, 1 + i % 9),
            website: format!("https://{}.demo.example.org", acronym.to_lowercase()),
            email: format!("office@{}.demo.example.org", acronym.to_lowercase()),
            phone: format!("+000 {:02} 555 01{:02}", i + 10, i),
            address: format!("Demo Street {}, {city}", i + 1),
            description: FICTIONAL.to_string(),
            services: services
                .iter()
                .map(|(c, n)| ServiceFields {
                    code: c.to_string(),
                    capacity_note: n.to_string(),
                })
                .collect(),
        };
        let org = dir::create_organization(db, fields.parse(db).await?).await?;
        for (j, (pname, title, role)) in PEOPLE.iter().enumerate().take(if i == 0 { 2 } else { 3 }) {
            let p = PersonFields {
                organization_id: Some(org.id),
                name: format!("{pname} {}", acronym),
                title: title.to_string(),
                email: format!("person{j}@{}.demo.example.org", acronym.to_lowercase()),
                phone: String::new(),
                languages: "English".into(),
                network_role: role.to_string(),
            };
            dir::create_person(db, p.parse(db).await?).await?;
        }
        org_ids.push(org.id);
    }
    for (email, name, role, org) in [
        (
            DEMO_SECRETARIAT,
            "Demo Secretariat",
            Role::Secretariat,
            Some(org_ids[0]),
        ),
        (
            DEMO_MEMBER,
            "Demo Member (Shpresa e Re)",
            Role::Member,
            Some(org_ids[1]),
        ),
        (
            DEMO_OBSERVER,
            "Demo Observer (donor)",
            Role::Observer,
            org_ids.last().copied(),
        ),
    ] {
        let new = NewUser {
            email: email.into(),
            name: name.into(),
            role,
            organization_id: org,
        };
        let u = accounts::create_user(db, new, Some(DEMO_PASSWORD)).await?;
        if email == DEMO_MEMBER {
            // The demo member is their organization's focal point in the directory.
            let focal = entity::person::Entity::find()
                .filter(entity::person::Column::OrganizationId.eq(org.unwrap_or_default()))
                .filter(entity::person::Column::NetworkRole.eq("focal_point"))
                .one(db)
                .await?;
            accounts::link_person(db, u.id, focal.map(|p| p.id), None).await?;
        }
    }
    let roundtable_id = load_events(db, &org_ids).await?;
    load_actions(db, &org_ids, roundtable_id).await?;
    load_legal(db).await?;
    load_documents(db, store, &org_ids, roundtable_id).await?;
    support::load_services(db, &org_ids, support::secretariat(db).await?).await?;
    // After the demo services, which the pathways link to where they exist.
    load_pathways(db).await?;
    load_figures(db, &org_ids).await?;
    Ok(info())
}

/// (day offset, start, end, title, kind, track, moderator, speakers)
type DemoItem = (
    i64,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const TIRANA_AGENDA: &[DemoItem] = &[
    (0, "09:00", "09:30", "Registration and coffee", "break", "", "", ""),
    (
        0,
        "09:30",
        "10:00",
        "Welcome and aims of the roundtable",
        "plenary",
        "Main hall",
        "Demo Secretariat",
        "",
    ),
    (
        0,
        "10:00",
        "11:30",
        "Direct assistance: funding and shelter capacity",
        "panel",
        "Main hall",
        "Arta Demo SRS",
        "Jelena Primjer NPF, Novi Put Foundation (demo)\nBesnik Example DSC, Drita Support Centre (demo)",
    ),
    (0, "11:30", "11:45", "Coffee break", "break", "", "", ""),
    (
        0,
        "11:45",
        "13:00",
        "Gaps in services and tools: working groups by country",
        "working_group",
        "Rooms A and B",
        "",
        "",
    ),
    (0, "13:00", "14:00", "Lunch", "meal", "", "", ""),
    (
        0,
        "14:00",
        "16:00",
        "Regional good practice in return and reintegration",
        "session",
        "Main hall",
        "Besnik Example VLAC",
        "Đorđe Petrović (demo) ABD, Atina Beograd Demo Centre (demo)",
    ),
    (
        1,
        "09:30",
        "11:00",
        "Legal disparities between the six countries",
        "plenary",
        "Main hall",
        "Demo Secretariat",
        "Besnik Example VLAC, Vatra Legal Aid Centre (demo)",
    ),
    (1, "11:00", "11:15", "Coffee break", "break", "", "", ""),
    (
        1,
        "11:15",
        "13:00",
        "Harmonising laws and policies: recommendations",
        "working_group",
        "Main hall",
        "Jelena Primjer OVS",
        "",
    ),
    (1, "13:00", "14:00", "Lunch and closing", "meal", "", "", ""),
];

/// A fictional two-day roundtable in Tirana (12-13 December 2023) and a few other meetings.
async fn load_events(db: &DatabaseConnection, org_ids: &[i32]) -> Result<i32, AppError> {
    use crate::services::events::{self as ev, EventFields, ItemFields};
    let roundtable = EventFields {
        title: "Regional roundtable on assistance to survivors (demo)".into(),
        kind: "roundtable".into(),
        description: "**Fictional demo event.**\n\nDay one: direct assistance (funding, shelter capacity, gaps, tools, regional good practice).\n\nDay two: legal disparities between the six countries and how to harmonise laws and policies.".into(),
        time_zone: "Europe/Tirane".into(),
        start_date: "2023-12-12".into(),
        start_time: "09:00".into(),
        end_date: "2023-12-13".into(),
        end_time: "14:00".into(),
        venue_name: "Hotel Demo Tirana".into(),
        venue_address: "Rruga e Demos 1".into(),
        venue_city: "Tiranë".into(),
        venue_country: "AL".into(),
        project: "Regional project on protection of survivors (fictional funding line)".into(),
        languages: "English, Albanian, BCMS".into(),
        capacity: "45".into(),
        visibility: "network".into(),
        status: "completed".into(),
        organizers: org_ids.iter().take(2).copied().collect(),
        ..Default::default()
    };
    let e = ev::create(db, roundtable.parse(db).await?, None, "demo.example.org").await?;
    let roundtable_id = e.id;
    for (offset, start, end, title, kind, track, moderator, speakers) in TIRANA_AGENDA {
        let day = chrono::NaiveDate::from_ymd_opt(2023, 12, 12).unwrap_or_default() + chrono::Duration::days(*offset);
        let f = ItemFields {
            day: day.to_string(),
            start_time: start.to_string(),
            end_time: end.to_string(),
            title: title.to_string(),
            kind: kind.to_string(),
            track: track.to_string(),
            moderator: moderator.to_string(),
            speakers: speakers.to_string(),
            description: String::new(),
        };
        ev::save_item(db, e.id, None, f.parse(&e)?).await?;
    }
    // The invited focal points from all six countries, with their (fictional) answers.
    crate::services::agenda::record(db, e.id, None).await?;
    let people = entity::person::Entity::find()
        .filter(entity::person::Column::OrganizationId.is_in(org_ids.iter().skip(1).copied().collect::<Vec<_>>()))
        .filter(entity::person::Column::NetworkRole.eq("focal_point"))
        .all(db)
        .await?;
    for (k, p) in people.iter().enumerate() {
        let status = if k % 7 == 3 { "declined" } else { "accepted" };
        entity::participant::ActiveModel {
            event_id: Set(e.id),
            user_id: Set(None),
            person_id: Set(Some(p.id)),
            organization_id: Set(Some(p.organization_id)),
            email: Set(p
                .email
                .clone()
                .unwrap_or_else(|| format!("person{}@demo.example.org", p.id))),
            name: Set(p.name.clone()),
            status: Set(status.into()),
            dietary: Set((k % 4 == 0).then(|| "Vegetarian".to_string())),
            accessibility: Set(None),
            share_name: Set(k % 2 == 0),
            attended: Set(Some(status == "accepted")),
            invited_at: Set(now()),
            responded_at: Set(Some(now())),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    let mut am: entity::event::ActiveModel = e.into();
    am.agenda_published = Set(true);
    sea_orm::ActiveModelTrait::update(am, db).await?;
    let others = [
        (
            "Network meeting, spring (demo)",
            "network_meeting",
            "2024-04-18",
            "2024-04-18",
            "Sarajevo",
            "BA",
            "network",
            "completed",
            "",
        ),
        (
            "Webinar: identification of victims (demo)",
            "webinar",
            "2027-02-10",
            "2027-02-10",
            "",
            "",
            "public",
            "published",
            "https://meet.demo.example.org/identification",
        ),
        (
            "Regional roundtable, next edition (demo)",
            "roundtable",
            "2027-06-15",
            "2027-06-16",
            "Skopje",
            "MK",
            "network",
            "published",
            "",
        ),
        (
            "Working group on compensation (demo)",
            "working_group",
            "2027-03-05",
            "2027-03-05",
            "Podgorica",
            "ME",
            "invited",
            "draft",
            "",
        ),
    ];
    for (title, kind, from, to, city, country, visibility, status, online) in others {
        let f = EventFields {
            title: title.into(),
            kind: kind.into(),
            description: "Fictional demo event.".into(),
            time_zone: "Europe/Tirane".into(),
            start_date: from.into(),
            start_time: "10:00".into(),
            end_date: to.into(),
            end_time: "16:00".into(),
            venue_name: if city.is_empty() {
                String::new()
            } else {
                format!("Demo venue, {city}")
            },
            venue_city: city.into(),
            venue_country: country.into(),
            online_url: online.into(),
            visibility: visibility.into(),
            status: status.into(),
            ..Default::default()
        };
        ev::create(db, f.parse(db).await?, None, "demo.example.org").await?;
    }
    Ok(roundtable_id)
}

/// Stages `bytes` as an upload the way the upload handler does (hash, sniff, sanitise).
fn stage(store: &dyn crate::storage::BlobStore, name: &str, bytes: &[u8]) -> Result<docs::Upload, AppError> {
    use sha2::Digest;
    let staged = crate::storage::staging_path(store);
    std::fs::write(&staged, bytes).map_err(|e| AppError::Internal(format!("cannot stage a demo file: {e}")))?;
    let kind = crate::files::check(name, bytes.len() as u64, &staged)
        .map_err(|p| AppError::Internal(format!("demo file {name}: {p}")))?;
    Ok(docs::Upload {
        staged,
        size: bytes.len() as u64,
        sha256: format!("{:x}", sha2::Sha256::digest(bytes)),
        filename: crate::files::sanitize_name(name),
        kind,
    })
}

/// Follow-up items from the demo roundtable: some done, some in progress, some overdue.
async fn load_actions(db: &DatabaseConnection, org_ids: &[i32], event_id: i32) -> Result<(), AppError> {
    use crate::services::actions::{self as act, ItemFields};
    let items: [(&str, usize, &str, &str, i32, &str, &str); 7] = [
        (
            "Map shelter places for women and children in each country (demo)",
            1,
            "2024-03-31",
            "done",
            100,
            "AL,BA,XK,ME,MK,RS",
            "shelter",
        ),
        (
            "Share the regional referral form with all focal points (demo)",
            0,
            "2024-01-31",
            "done",
            100,
            "",
            "referral",
        ),
        (
            "Propose a common minimum reflection period (demo)",
            2,
            "2024-06-30",
            "in_progress",
            60,
            "AL,RS",
            "legal, reflection period",
        ),
        (
            "Collect data on compensation awarded to survivors (demo)",
            5,
            "2024-09-30",
            "open",
            0,
            "XK,MK",
            "compensation",
        ),
        (
            "Joint funding proposal for reintegration services (demo)",
            3,
            "2025-02-28",
            "blocked",
            30,
            "BA,ME",
            "funding",
        ),
        (
            "Train hotline staff on identification indicators (demo)",
            12,
            "2027-04-30",
            "open",
            0,
            "RS",
            "training",
        ),
        (
            "Translate the SOP on returns into regional languages (demo)",
            6,
            "2027-01-31",
            "in_progress",
            25,
            "XK,AL",
            "translation",
        ),
    ];
    for (title, org, due, status, percent, countries, tags) in items {
        let owner = org_ids.get(org).copied().unwrap_or(org_ids[0]);
        let f = ItemFields {
            title: title.into(),
            description: "Agreed at the demo regional roundtable (fictional).".into(),
            owner_org_id: Some(owner),
            due_on: due.into(),
            priority: if status == "blocked" {
                "high".into()
            } else {
                "normal".into()
            },
            status: status.into(),
            percent: Some(percent),
            countries: countries
                .split(',')
                .filter(|c| !c.is_empty())
                .map(str::to_string)
                .collect(),
            tags: tags.into(),
            event_id: Some(event_id),
            ..Default::default()
        };
        act::create(db, f.parse(db).await?, None, None).await?;
    }
    Ok(())
}
