//! Referral pathways at scale: 60 organizations (ten in each of the six countries) with 10
//! services each (600 services, each with two capacity figures and a contact point) and a
//! pathway for every ordered pair of countries in three kinds (90 pathways), on SQLite. Times
//! the need search and the pathway matrix over HTTP against the real server, as a member.
//!
//! Run with `cargo bench --bench pathways`.

mod common;

use std::time::Instant;

use roundtable::auth::Role;
use roundtable::services::accounts::{self, NewUser};
use roundtable::services::pathways::{self as pw, PathwayFields};
use roundtable::startup::Application;
use sea_orm::{ActiveModelTrait, Set};

const COUNTRIES: [&str; 6] = ["AL", "BA", "XK", "ME", "MK", "RS"];
const KINDS: [&str; 5] = [
    "shelter",
    "legal_aid",
    "psychosocial_support",
    "medical_screening",
    "interpretation",
];
const LANGUAGES: [&str; 6] = ["sq", "bs", "sr", "mk", "en", "ur"];

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let settings = common::settings(&url);
    let db = roundtable::startup::connect_and_migrate(&settings).await.unwrap();
    let t = Instant::now();
    let now = roundtable::db::now();
    let today = now.date_naive();
    let mut member_org = 0;
    for o in 0..60 {
        let cc = COUNTRIES[o % 6];
        let org = entity::organization::ActiveModel {
            name: Set(format!("Bench organization {o}")),
            country_code: Set(cc.into()),
            kind: Set("cso".into()),
            membership_status: Set("member".into()),
            archived: Set(false),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
            ..Default::default()
        }
        .insert(&db)
        .await
        .unwrap();
        if cc == "RS" {
            member_org = org.id;
        }
        for s in 0..10 {
            let n = o * 10 + s;
            let service = entity::service::ActiveModel {
                organization_id: Set(org.id),
                kind: Set(KINDS[n % 5].into()),
                name: Set(format!("Bench service {n}")),
                description: Set(String::new()),
                modes: Set("on_site".into()),
                countries: Set(format!("{cc},{}", COUNTRIES[(o + 1) % 6])),
                areas: Set(String::new()),
                age_min: Set((n % 3 == 0).then_some(18)),
                age_max: Set((n % 7 == 0).then_some(17)),
                genders: Set(["", "female", "male", ""][n % 4].into()),
                target_groups: Set(["", "adults", "children", "women,men"][n % 4].into()),
                identification: Set(if n % 5 == 0 { "formal" } else { "presumed" }.into()),
                languages: Set(format!("{},en", LANGUAGES[n % 6])),
                interpretation: Set(n % 2 == 0),
                referral: Set("referral".into()),
                intake_steps: Set(String::new()),
                hours: Set(String::new()),
                open_24_7: Set(n % 3 == 0),
                confidential_location: Set(n % 5 == 0),
                address: Set(String::new()),
                city: Set("Bench city".into()),
                funding_source: Set(String::new()),
                funded_until: Set(None),
                status: Set(if n % 11 == 0 { "closed" } else { "active" }.into()),
                status_notice: Set(String::new()),
                verified_on: Set(Some(today)),
                verified_by: Set(None),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&db)
            .await
            .unwrap();
            for (unit, band, days) in [("beds", "limited", 20), ("places", "available", -5)] {
                entity::service_capacity::ActiveModel {
                    service_id: Set(service.id),
                    unit: Set(unit.into()),
                    band: Set(band.into()),
                    target_group: Set(String::new()),
                    as_of: Set(today - chrono::Duration::days(10)),
                    expires_on: Set(today + chrono::Duration::days(days)),
                    version: Set(1),
                    updated_at: Set(now),
                    ..Default::default()
                }
                .insert(&db)
                .await
                .unwrap();
            }
            entity::service_contact::ActiveModel {
                service_id: Set(service.id),
                role: Set("Intake desk".into()),
                phone: Set("+000 555 0100".into()),
                email: Set(String::new()),
                languages: Set("en".into()),
                available_24_7: Set(false),
                sort_order: Set(0),
                ..Default::default()
            }
            .insert(&db)
            .await
            .unwrap();
        }
    }
    let mut pathways = 0;
    for from in COUNTRIES {
        for to in COUNTRIES.iter().filter(|c| **c != from) {
            for (i, kind) in KINDS.iter().take(3).enumerate() {
                let f = PathwayFields {
                    from_country: from.into(),
                    to_country: to.to_string(),
                    service_kind: kind.to_string(),
                    status: ["agreed", "draft", "suspended"][i].into(),
                    consent_rule: "Written consent".into(),
                    step_actor: vec!["Sending case manager".into(), "Receiving intake desk".into()],
                    step_action: vec!["Calls".into(), "Confirms".into()],
                    step_days: vec!["1".into(), "2".into()],
                    ..Default::default()
                };
                let p = pw::create(&db, f.parse(&db).await.unwrap()).await.unwrap();
                pw::mark_used(&db, p.id, today).await.unwrap();
                pathways += 1;
            }
        }
    }
    println!(
        "generated 60 organizations, 600 services and {pathways} pathways in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    accounts::create_user(
        &db,
        NewUser {
            email: "bench@example.org".into(),
            name: "Bench".into(),
            role: Role::Member,
            organization_id: Some(member_org),
        },
        Some("a long bench password"),
    )
    .await
    .unwrap();
    let app = Application::build_with_db(settings, db).unwrap();
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let client = common::login(&base, "bench@example.org").await;
    for (name, path) in [
        (
            "need search (adult man, Urdu, ME)",
            "/services/find?country=ME&age=34&gender=male&language=ur&identification=presumed",
        ),
        ("need search (any, ME)", "/services/find?country=ME"),
        ("pathway matrix (all kinds)", "/pathways"),
        ("pathway matrix (shelter)", "/pathways?kind=shelter"),
    ] {
        let url = format!("{base}{path}");
        common::time(&client, &url, 5).await;
        let (median, p95, bytes) = common::time(&client, &url, 100).await;
        println!(
            "  {name:<36} median {median:>6.2} ms   p95 {p95:>6.2} ms   {} KB",
            bytes / 1024
        );
    }
}
