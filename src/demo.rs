//! Fictional demo data (`roundtable demo`, `serve --demo`) and synthetic benchmark data
//! (`demo --scale N`). Every demo organization is marked as fictional; addresses use the
//! reserved example.org domain.

use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

use crate::auth::Role;
use crate::db::now;
use crate::error::AppError;
use crate::services::accounts::{self, NewUser};
use crate::services::directory::{self as dir, OrganizationFields, PersonFields, ServiceFields};
use crate::services::documents as docs;
use entity::{organization, organization_service, person, user};

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
        accounts::create_user(db, new, Some(DEMO_PASSWORD)).await?;
    }
    let roundtable_id = load_events(db, &org_ids).await?;
    load_actions(db, &org_ids, roundtable_id).await?;
    load_legal(db).await?;
    load_documents(db, store, &org_ids, roundtable_id).await?;
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

/// Inserts `n` synthetic organizations with three people each, in batches, with a progress bar.
pub async fn scale(db: &DatabaseConnection, n: u32, progress: bool) -> Result<(), AppError> {
    let countries = ["AL", "BA", "XK", "ME", "MK", "RS"];
    let services = dir::service_codes(db).await?;
    let bar = if progress {
        indicatif::ProgressBar::new(n as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} organizations ({eta} left)")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message("Generating synthetic data");
    let t = now();
    let batch = 200u32;
    let mut done = 0u32;
    while done < n {
        let size = batch.min(n - done);
        let txn = crate::db::begin_write(db).await?;
        for k in 0..size {
            let i = done + k;
            let org = organization::ActiveModel {
                name: Set(format!("Synthetic Organization {i:06} (benchmark)")),
                acronym: Set(Some(format!("SYN{i}"))),
                country_code: Set(countries[(i as usize) % countries.len()].to_string()),
                kind: Set(dir::ORG_KINDS[(i as usize) % dir::ORG_KINDS.len()].to_string()),
                membership_status: Set("member".into()),
                joined_on: Set(None),
                website: Set(None),
                email: Set(Some(format!("org{i}@synthetic.example.org"))),
                phone: Set(None),
                address: Set(None),
                description: Set(Some("Synthetic benchmark record (fictional).".into())),
                archived: Set(false),
                created_at: Set(t),
                updated_at: Set(t),
                ..Default::default()
            };
            let res = organization::Entity::insert(org).exec(&txn).await?;
            let id = res.last_insert_id;
            let svc: Vec<organization_service::ActiveModel> = (0..3)
                .map(|s| organization_service::ActiveModel {
                    organization_id: Set(id),
                    service_code: Set(services[(i as usize + s * 4) % services.len()].clone()),
                    capacity_note: Set(None),
                })
                .collect();
            let mut uniq = svc;
            uniq.dedup_by(|a, b| a.service_code == b.service_code);
            organization_service::Entity::insert_many(uniq).exec(&txn).await?;
            let people: Vec<person::ActiveModel> = (0..3)
                .map(|p| person::ActiveModel {
                    organization_id: Set(id),
                    name: Set(format!("Synthetic Person {i}-{p}")),
                    title: Set(None),
                    email: Set(Some(format!("p{p}.org{i}@synthetic.example.org"))),
                    phone: Set(None),
                    languages: Set(None),
                    network_role: Set(dir::NETWORK_ROLES[p % dir::NETWORK_ROLES.len()].to_string()),
                    archived: Set(false),
                    created_at: Set(t),
                    updated_at: Set(t),
                    ..Default::default()
                })
                .collect();
            person::Entity::insert_many(people).exec(&txn).await?;
        }
        txn.commit().await?;
        done += size;
        bar.set_position(done as u64);
    }
    bar.finish_with_message("Synthetic organizations generated");
    scale_events(db, n, progress).await?;
    scale_legal(db, n.min(300), 10, progress).await?;
    Ok(())
}

/// Stages `bytes` as an upload the way the upload handler does (hash, sniff, sanitise).
fn stage(store: &dyn crate::storage::BlobStore, name: &str, bytes: &[u8]) -> Result<docs::Upload, AppError> {
    use sha2::Digest;
    let staged = crate::storage::staging_path(store);
    std::fs::write(&staged, bytes).map_err(|e| AppError::Internal(format!("cannot stage a demo file: {e}")))?;
    let kind = crate::files::check(name, bytes.len() as u64, &staged)
        .map_err(|p| AppError::Internal(format!("demo file {name}: {}", p.message())))?;
    Ok(docs::Upload {
        staged,
        size: bytes.len() as u64,
        sha256: format!("{:x}", sha2::Sha256::digest(bytes)),
        filename: crate::files::sanitize_name(name),
        kind,
    })
}

/// A handful of small fictional documents (generated PDFs, a DOCX, text and CSV files) with
/// versions, a translation and a national adaptation, linked to the demo roundtable and to
/// register topics. Their text is extracted at once so the demo search finds words inside.
async fn load_documents(
    db: &DatabaseConnection,
    store: &dyn crate::storage::BlobStore,
    org_ids: &[i32],
    roundtable_id: i32,
) -> Result<(), AppError> {
    let sec = user::Entity::find()
        .filter(user::Column::Email.eq(DEMO_SECRETARIAT))
        .one(db)
        .await?
        .and_then(|u| crate::auth::CurrentUser::from_model(&u))
        .ok_or_else(|| AppError::Internal("demo secretariat missing".into()))?;
    let item = entity::agenda_item::Entity::find()
        .filter(entity::agenda_item::Column::EventId.eq(roundtable_id))
        .filter(entity::agenda_item::Column::Title.eq("Regional good practice in return and reintegration"))
        .one(db)
        .await?
        .map(|i| i.id);
    let input = |title: &str, doc_type: &str, visibility: &str| docs::DocInput {
        title: title.into(),
        doc_type: doc_type.into(),
        visibility: visibility.into(),
        example: true,
        ..Default::default()
    };
    let notice = "Fictional demo document, not for use.";
    // 1. Regional referral guidelines: adopted, two versions, linked to the roundtable.
    let mut g = input(
        "Regional guidelines on cross-border referral (demo)",
        "guideline",
        "network",
    );
    g.description = format!("{notice} How member organizations refer survivors between the six countries.");
    g.languages = vec!["en".into()];
    g.countries = ["AL", "BA", "XK", "ME", "MK", "RS"].map(String::from).to_vec();
    g.topics = vec!["IDR-03".into(), "IDR-04".into()];
    g.events = vec![roundtable_id];
    g.agenda = item.into_iter().collect();
    g.tags = "referral, cross-border, demo".into();
    g.lifecycle = "adopted".into();
    g.review_on = Some(chrono::NaiveDate::from_ymd_opt(2027, 6, 30).unwrap_or_default());
    let v1 = crate::files::simple_pdf(
        "Regional guidelines on cross-border referral (demo)",
        &[
            notice,
            "1. The referring organization in Tiranë contacts the focal point in the receiving country before travel.",
            "2. Consent of the person is recorded on the referral form; no personal data is sent by email.",
            "3. Contacts: Ana Petrović (demo), Novi Put Demo Centre, Beograd.",
        ],
    );
    let doc = docs::create(
        db,
        store,
        None,
        &sec,
        &g,
        &stage(store, "referral-guidelines-v1.pdf", &v1)?,
        "First draft for the roundtable (demo)",
    )
    .await?;
    let v2 = crate::files::simple_pdf(
        "Regional guidelines on cross-border referral (demo), version 2",
        &[
            notice,
            "Updated after the Tirana roundtable: referral within 48 hours, return and reintegration plan shared with consent.",
            "Contacts: Ana Petrović (demo), Novi Put Demo Centre, Beograd; Besnik Example, Vatra Legal Aid Centre (demo).",
        ],
    );
    docs::add_version(
        db,
        store,
        None,
        &sec,
        &doc,
        &stage(store, "referral-guidelines-v2.pdf", &v2)?,
        "Changes agreed at the Tirana roundtable (demo)",
    )
    .await?;
    // 2. Its Albanian translation (text file).
    let mut t = input(
        "Udhëzime rajonale për referimin ndërkufitar (demo)",
        "guideline",
        "network",
    );
    t.description = format!("{notice} Albanian translation.");
    t.languages = vec!["sq".into()];
    t.variant_of_id = Some(doc.id);
    t.variant_kind = Some("translation".into());
    t.topics = vec!["IDR-04".into()];
    t.example = true;
    let sq = "Dokument fiktiv demonstrues.
Organizata referuese në Tiranë kontakton pikën e kontaktit para udhëtimit.
";
    docs::create(
        db,
        store,
        None,
        &sec,
        &t,
        &stage(store, "udhezime-referimi.txt", sq.as_bytes())?,
        "Translation (demo)",
    )
    .await?;
    // 3. A shelter SOP (DOCX) and its national adaptation for Serbia.
    let owner = org_ids.first().copied();
    let mut sop = input("Shelter standard operating procedure (demo)", "sop", "network");
    sop.description = format!("{notice} Admission, safety plan and exit from the shelter.");
    sop.languages = vec!["en".into()];
    sop.owner_org_id = owner;
    sop.topics = vec!["ASS-02".into(), "ASS-04".into()];
    sop.lifecycle = "in_review".into();
    let body = crate::files::simple_docx(&[
        notice,
        "Admission: the shelter coordinator meets the person within two hours.",
        "Safety plan: agreed with the person; reviewed weekly.",
    ]);
    let sop_doc = docs::create(
        db,
        store,
        None,
        &sec,
        &sop,
        &stage(store, "shelter-sop.docx", &body)?,
        "",
    )
    .await?;
    let mut rs = input("Shelter SOP, adaptation for Serbia (demo)", "sop", "network");
    rs.description = format!("{notice} National adaptation.");
    rs.languages = vec!["sr".into()];
    rs.countries = vec!["RS".into()];
    rs.owner_org_id = org_ids.get(org_ids.len().saturating_sub(1)).copied();
    rs.variant_of_id = Some(sop_doc.id);
    rs.variant_kind = Some("adaptation".into());
    let rs_body = crate::files::simple_docx(&[notice, "Prijem u sklonište: koordinator (demo) u Beogradu."]);
    docs::create(
        db,
        store,
        None,
        &sec,
        &rs,
        &stage(store, "sop-srbija.docx", &rs_body)?,
        "",
    )
    .await?;
    // 4. A public referral form template (CSV).
    let mut form = input("Referral form template (demo)", "referral_form", "public");
    form.description = format!("{notice} Columns of the regional referral form; contains no personal data.");
    form.topics = vec!["IDR-03".into()];
    form.tags = "referral, form, demo".into();
    let csv = "field,meaning
referring_organization,Who refers (demo)
receiving_organization,Who receives (demo)
consent_recorded,yes or no
";
    docs::create(
        db,
        store,
        None,
        &sec,
        &form,
        &stage(store, "referral-form.csv", csv.as_bytes())?,
        "",
    )
    .await?;
    // 5. A secretariat-only comparative note on the reflection period, review due.
    let mut note = input("Reflection period: comparative note (demo)", "report", "secretariat");
    note.description = format!("{notice} Prepared for day two of the roundtable.");
    note.topics = vec!["RES-01".into()];
    note.events = vec![roundtable_id];
    note.review_on = Some(chrono::NaiveDate::from_ymd_opt(2026, 1, 31).unwrap_or_default());
    let pdf = crate::files::simple_pdf(
        "Reflection period: comparative note (demo)",
        &[
            notice,
            "The recovery and reflection period differs between the six countries (fictional figures).",
        ],
    );
    docs::create(
        db,
        store,
        None,
        &sec,
        &note,
        &stage(store, "reflection-note.pdf", &pdf)?,
        "",
    )
    .await?;
    docs::extract_pending(db, store, 50).await?;
    Ok(())
}

/// `n` synthetic documents for benchmarks, each with a paragraph of text from a fixed
/// vocabulary (so word frequencies are realistic) and one shared small file; then the search
/// index is rebuilt over everything.
pub async fn scale_documents(
    db: &DatabaseConnection,
    store: &dyn crate::storage::BlobStore,
    n: u32,
    progress: bool,
) -> Result<(), AppError> {
    use sea_orm::sea_query::OnConflict;
    let upload = stage(store, "synthetic.txt", b"Synthetic benchmark document (fictional).\n")?;
    store
        .put_file(&upload.sha256, &upload.staged)
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let bar = if progress {
        indicatif::ProgressBar::new(n as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    bar.set_message("Generating documents");
    let mut rng = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let t = now();
    let mut done = 0u32;
    while done < n {
        let size = 500.min(n - done);
        let txn = crate::db::begin_write(db).await?;
        let mut docs_rows = vec![];
        for k in 0..size {
            let i = done + k;
            let ty = docs::TYPES[(i as usize) % docs::TYPES.len()].0;
            docs_rows.push(entity::document::ActiveModel {
                title: Set(format!(
                    "Synthetic {} {i} (benchmark)",
                    docs::type_label(ty).to_lowercase()
                )),
                doc_type: Set(ty.into()),
                description: Set(words(&mut next, 12)),
                languages: Set("en".into()),
                tags: Set(words(&mut next, 2).replace(' ', ", ")),
                visibility: Set(["network", "public", "network", "secretariat"][(i % 4) as usize].into()),
                owner_org_id: Set(None),
                lifecycle: Set(String::new()),
                supersedes_id: Set(None),
                variant_of_id: Set(None),
                variant_kind: Set(None),
                review_on: Set(None),
                review_notified_on: Set(None),
                archived: Set(false),
                current_version: Set(1),
                example: Set(true),
                created_by: Set(None),
                created_at: Set(t),
                updated_at: Set(t),
                ..Default::default()
            });
        }
        let first = entity::document::Entity::insert_many(docs_rows)
            .exec_with_returning_keys(&txn)
            .await?;
        let versions: Vec<entity::document_version::ActiveModel> = first
            .iter()
            .map(|id| entity::document_version::ActiveModel {
                document_id: Set(*id),
                number: Set(1),
                note: Set(String::new()),
                filename: Set("synthetic.txt".into()),
                mime: Set("text/plain".into()),
                kind: Set("txt".into()),
                size: Set(upload.size as i64),
                sha256: Set(upload.sha256.clone()),
                uploaded_by: Set(None),
                uploaded_by_name: Set("Benchmark".into()),
                created_at: Set(t),
                text_status: Set("done".into()),
                text_claimed_at: Set(None),
                text: Set(Some(words(&mut next, 150))),
                ..Default::default()
            })
            .collect();
        entity::document_version::Entity::insert_many(versions)
            .on_conflict(OnConflict::new().do_nothing().to_owned())
            .exec(&txn)
            .await?;
        txn.commit().await?;
        done += size;
        bar.set_position(done as u64);
    }
    bar.finish_with_message("Synthetic documents generated");
    let bar = if progress {
        indicatif::ProgressBar::new_spinner()
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut indexed = 0usize;
    crate::services::search::rebuild(db, &mut |kind, k| {
        indexed += k;
        bar.set_message(format!("Search index: {indexed} records ({})", kind.label()));
        bar.tick();
    })
    .await?;
    bar.finish_with_message(format!("Search index built: {indexed} records"));
    Ok(())
}

/// Words of the synthetic documents: a few hundred domain words and place names, picked with
/// a skewed distribution so some are common and most are rare.
const VOCABULARY: &[&str] = &[
    "shelter",
    "referral",
    "reintegration",
    "compensation",
    "residence",
    "permit",
    "reflection",
    "period",
    "identification",
    "assistance",
    "survivor",
    "guardian",
    "child",
    "lawyer",
    "court",
    "procedure",
    "prosecution",
    "victim",
    "trafficking",
    "labour",
    "exploitation",
    "border",
    "return",
    "return",
    "training",
    "police",
    "social",
    "worker",
    "medical",
    "psychological",
    "housing",
    "employment",
    "education",
    "funding",
    "donor",
    "ministry",
    "municipality",
    "network",
    "regional",
    "national",
    "coordinator",
    "rapporteur",
    "action",
    "plan",
    "data",
    "monitoring",
    "standard",
    "guideline",
    "tirane",
    "sarajevo",
    "prishtine",
    "podgorica",
    "skopje",
    "beograd",
    "shkoder",
    "mostar",
    "prizren",
    "niksic",
    "bitola",
    "nis",
    "durres",
    "tuzla",
    "peje",
    "bar",
    "ohrid",
    "novi",
    "sad",
    "elbasan",
    "banja",
    "luka",
    "gjakove",
    "kotor",
    "tetovo",
    "kragujevac",
    "vlore",
    "zenica",
    "mitrovice",
    "budva",
    "kumanovo",
    "subotica",
];

fn words(next: &mut impl FnMut() -> u64, n: usize) -> String {
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let r = next();
        // Half the words from the domain vocabulary (skewed), half synthetic rare words.
        if r.is_multiple_of(2) {
            let skew = ((r >> 8) % 1000) as f64 / 1000.0;
            let idx = ((skew * skew) * VOCABULARY.len() as f64) as usize;
            out.push(VOCABULARY[idx.min(VOCABULARY.len() - 1)].to_string());
        } else {
            out.push(format!("w{}", (r >> 16) % 20_000));
        }
    }
    out.join(" ")
}

/// `n` synthetic published events with 12 agenda items each (the Events benchmark uses 5,000).
async fn scale_events(db: &DatabaseConnection, n: u32, progress: bool) -> Result<(), AppError> {
    use chrono::TimeZone;
    let bar = if progress {
        indicatif::ProgressBar::new(n as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} events ({eta} left)")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message("Generating synthetic events");
    let tz = chrono_tz::Europe::Tirane;
    let kinds = crate::services::events::KINDS;
    let countries = ["AL", "BA", "XK", "ME", "MK", "RS"];
    let t = now();
    let mut done = 0u32;
    while done < n {
        let size = 100u32.min(n - done);
        let txn = crate::db::begin_write(db).await?;
        for k in 0..size {
            let i = done + k;
            let day = chrono::NaiveDate::from_ymd_opt(2020, 1, 6).unwrap_or_default()
                + chrono::Duration::days((i as i64 * 7) % 3650);
            let at = |h: u32| {
                tz.from_local_datetime(&day.and_hms_opt(h, 0, 0).unwrap_or_default())
                    .earliest()
                    .map(|d| d.with_timezone(&chrono::Utc))
            };
            let (Some(start), Some(end)) = (at(9), at(17)) else {
                continue;
            };
            let e = entity::event::ActiveModel {
                uid: Set(format!("synthetic-{i}@bench.example.org")),
                series_id: Set(None),
                title: Set(format!("Synthetic meeting {i} (benchmark)")),
                kind: Set(kinds[i as usize % kinds.len()].into()),
                description: Set(Some("Synthetic benchmark event (fictional).".into())),
                time_zone: Set(tz.name().into()),
                starts_at: Set(start),
                ends_at: Set(end),
                venue_name: Set(Some("Synthetic venue".into())),
                venue_address: Set(None),
                venue_city: Set(Some("Synthetic city".into())),
                venue_country: Set(Some(countries[i as usize % countries.len()].into())),
                online_url: Set(None),
                project: Set(None),
                languages: Set(None),
                capacity: Set(Some(40)),
                visibility: Set(if i.is_multiple_of(3) {
                    "public".into()
                } else {
                    "network".into()
                }),
                status: Set("published".into()),
                sequence: Set(0),
                agenda_published: Set(true),
                agenda_notified_revision: Set(0),
                created_by: Set(None),
                created_at: Set(t),
                updated_at: Set(t),
                ..Default::default()
            };
            let id = entity::event::Entity::insert(e).exec(&txn).await?.last_insert_id;
            let items: Vec<entity::agenda_item::ActiveModel> = (0..12)
                .map(|s| entity::agenda_item::ActiveModel {
                    event_id: Set(id),
                    day: Set(day),
                    start_time: Set(format!("{:02}:{:02}", 9 + s / 2, (s % 2) * 30)),
                    end_time: Set(format!("{:02}:{:02}", 9 + (s + 1) / 2, ((s + 1) % 2) * 30)),
                    title: Set(format!("Session {s}")),
                    description: Set(None),
                    kind: Set("session".into()),
                    track: Set(Some("Main hall".into())),
                    moderator: Set(None),
                    speakers: Set(None),
                    position: Set(0),
                    updated_at: Set(t),
                    ..Default::default()
                })
                .collect();
            entity::agenda_item::Entity::insert_many(items).exec(&txn).await?;
        }
        txn.commit().await?;
        done += size;
        bar.set_position(done as u64);
    }
    bar.finish_with_message("Synthetic events generated");
    Ok(())
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

/// The demo register: every seeded topic in the six countries, with made-up but plausible
/// entries, all flagged as fictional examples. A first assessment in June 2023 and, for some
/// cells, a revision in March 2024 (after the demo roundtable), so "what changed" has content.
async fn load_legal(db: &DatabaseConnection) -> Result<(), AppError> {
    use crate::services::legal::{self as lg, EntryFields};
    use chrono::TimeZone;
    let topics = lg::topics(db, false).await?;
    let countries = lg::register_countries(db).await?;
    let first = chrono::Utc
        .with_ymd_and_hms(2023, 6, 1, 9, 0, 0)
        .single()
        .unwrap_or_else(now);
    let later = chrono::Utc
        .with_ymd_and_hms(2024, 3, 10, 9, 0, 0)
        .single()
        .unwrap_or_else(now);
    let change = |at, note: &str| lg::Change {
        actor: lg::Actor {
            user_id: None,
            name: "Demo data".into(),
        },
        source: "demo",
        note: Some(note.to_string()),
        example: true,
        at: Some(at),
    };
    let entry = |ti: usize, ci: usize, t: &entity::legal_topic::Model, c: &entity::country::Model, round: usize| {
        let a = lg::ASSESSMENTS[(ti * 7 + ci * 3 + round) % 4];
        let name = crate::services::countries::display_name(c);
        let value = t.threshold.map(|th| {
            let factor = [0.5, 1.0, 1.5, 0.0, 2.0, 0.8][(ti + ci + round) % 6];
            (th * factor).round()
        });
        EntryFields {
            assessment: a.to_string(),
            summary: format!(
                "Fictional example: the demo law of {name} on \"{}\" ({}). Not a real assessment.",
                t.title,
                [
                    "provides for it in a general clause",
                    "sets it out in a by-law",
                    "covers it only in practice guidance",
                    "has no specific rule"
                ][(ti + ci) % 4]
            ),
            citations: format!(
                "Demo Act on Anti-Trafficking (fictional), Art. {}; Official Gazette (demo) No. {}/2021",
                10 + ti,
                40 + ci
            ),
            parameter_value: value.filter(|v| *v > 0.0),
            effective_on: chrono::NaiveDate::from_ymd_opt(
                2016 + ((ti + ci) % 7) as i32,
                1 + ((ti * 5 + ci) % 12) as u32,
                1,
            ),
            source_links: format!(
                "https://legislation.demo.example.org/{}/{}",
                c.code.to_lowercase(),
                t.code.to_lowercase()
            ),
            differences: if lg::is_gap(a) {
                format!(
                    "Fictional example: the demo provision in {name} falls short of the standard; survivors may not get the protection the Convention expects."
                )
            } else {
                String::new()
            },
            reviewed_on: chrono::NaiveDate::from_ymd_opt(2023 + round as i32, 5 + round as u32, 20),
            reviewed_by: "Demo legal working group".into(),
            evidence_kind: lg::EVIDENCE_KINDS[(ti + ci) % 3].to_string(),
            greta_round: if c.coe_member && (ti + ci).is_multiple_of(3) {
                "Third round (demo)".into()
            } else {
                String::new()
            },
            greta_paragraph: if c.coe_member && (ti + ci).is_multiple_of(3) {
                format!("{}", 100 + ti)
            } else {
                String::new()
            },
            greta_text: if c.coe_member && (ti + ci).is_multiple_of(3) {
                "GRETA (fictional example) urges the authorities to bring this provision in line with the Convention."
                    .into()
            } else {
                String::new()
            },
            greta_status: if c.coe_member && (ti + ci).is_multiple_of(3) {
                lg::GRETA_STATUSES[(ti + round) % 3].to_string()
            } else {
                String::new()
            },
        }
    };
    let txn = crate::db::begin_write(db).await?;
    for (ti, t) in topics.iter().enumerate() {
        for (ci, c) in countries.iter().enumerate() {
            lg::save_entry(
                &txn,
                None,
                t,
                c,
                &entry(ti, ci, t, c, 0),
                &change(first, "First demo assessment"),
            )
            .await?;
        }
    }
    for (ti, t) in topics.iter().enumerate() {
        for (ci, c) in countries.iter().enumerate() {
            if (ti + ci) % 4 == 0 {
                let note = "Demo follow-up after the December 2023 roundtable";
                lg::save_entry(&txn, None, t, c, &entry(ti, ci, t, c, 1), &change(later, note)).await?;
            }
        }
    }
    txn.commit().await?;
    Ok(())
}

/// Benchmark register: `topics` synthetic topics (some measured) in the six countries, each cell
/// with `revisions` revisions spread over the past years.
pub async fn scale_legal(db: &DatabaseConnection, topics: u32, revisions: u32, progress: bool) -> Result<(), AppError> {
    use crate::services::legal::{self as lg, EntryFields};
    let countries = lg::register_countries(db).await?;
    let bar = if progress {
        indicatif::ProgressBar::new(revisions as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    bar.set_message("Generating register revisions");
    let mut made = vec![];
    for i in 0..topics {
        let f = lg::TopicInput {
            code: format!("SYN-{i:04}"),
            category: format!("Synthetic category {} (benchmark)", i % 8),
            title: format!("Synthetic topic {i} (benchmark)"),
            question: "Synthetic benchmark question (fictional)?".into(),
            parameter: if i % 5 == 0 {
                "synthetic period".into()
            } else {
                String::new()
            },
            unit: if i % 5 == 0 { "days".into() } else { String::new() },
            threshold: if i % 5 == 0 { "30".into() } else { String::new() },
            threshold_kind: if i % 5 == 0 { "min".into() } else { String::new() },
            ..Default::default()
        }
        .parse()
        .map_err(AppError::Validation)?;
        made.push(lg::create_topic(db, f).await?);
    }
    let start = now() - chrono::Duration::days(10 * 365);
    for r in 0..revisions {
        let txn = crate::db::begin_write(db).await?;
        let at = start + chrono::Duration::days(365 * r as i64);
        for (ti, t) in made.iter().enumerate() {
            for (ci, c) in countries.iter().enumerate() {
                let fields = EntryFields {
                    assessment: lg::ASSESSMENTS[(ti + ci + r as usize) % 4].to_string(),
                    summary: format!("Synthetic benchmark entry, revision {r} (fictional)."),
                    parameter_value: t.parameter.as_ref().map(|_| ((ti + ci + r as usize) % 60) as f64),
                    ..Default::default()
                };
                let change = lg::Change {
                    actor: lg::Actor {
                        user_id: None,
                        name: "Benchmark generator".into(),
                    },
                    source: "demo",
                    note: None,
                    example: true,
                    at: Some(at),
                };
                lg::save_entry(&txn, None, t, c, &fields, &change).await?;
            }
        }
        txn.commit().await?;
        bar.inc(1);
    }
    bar.finish_with_message("Register revisions generated");
    Ok(())
}
