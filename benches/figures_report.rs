//! Figures at scale: 60 organizations x 10 service kinds x 24 months of monthly counts on
//! SQLite (14,400 sheets), then the quarterly report: the service's aggregation and
//! suppression alone, and the `/figures` page over HTTP as an observer.
//!
//! Run with `cargo bench --bench figures_report`.

mod common;

use std::time::Instant;

use roundtable::auth::Role;
use roundtable::services::accounts::{self, NewUser};
use roundtable::services::figures::{self as fg, FigureInput, Month, Quarter, ReportFilter, SheetKey};
use roundtable::startup::Application;

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let settings = common::settings(&url);
    let db = roundtable::startup::connect_and_migrate(&settings).await.unwrap();
    roundtable::demo::scale(&db, 60, false).await.unwrap();
    let orgs: Vec<i32> = {
        use sea_orm::EntityTrait;
        entity::organization::Entity::find()
            .all(&db)
            .await
            .unwrap()
            .iter()
            .map(|o| o.id)
            .take(60)
            .collect()
    };
    let kinds: Vec<String> = fg::kind_codes(&db).await.unwrap().into_iter().take(10).collect();
    let countries: Vec<String> = fg::destinations(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.code)
        .collect();
    let last = Month::of(fg::today()).prev();
    let mut months = vec![last];
    for _ in 0..23 {
        let before = months[months.len() - 1].prev();
        months.push(before);
    }
    let actor = fg::Actor {
        user_id: None,
        name: "Benchmark (fictional)".into(),
    };
    let t = Instant::now();
    for (oi, org) in orgs.iter().enumerate() {
        let txn = roundtable::db::begin_write(&db).await.unwrap();
        for (ki, kind) in kinds.iter().enumerate() {
            for (mi, m) in months.iter().enumerate() {
                let n = |salt: usize| ((oi * 31 + ki * 13 + mi * 7 + salt * 17) % 23) as i64;
                let mut counts = std::collections::BTreeMap::new();
                counts.insert("received".to_string(), n(1));
                for (ci, c) in countries.iter().enumerate() {
                    counts.insert(format!("sent_{c}"), n(2 + ci).saturating_sub(12));
                }
                counts.insert("new_all".into(), n(10));
                counts.insert("ongoing_all".into(), n(11));
                counts.insert("declined_no_capacity".into(), n(12) % 5);
                counts.insert("bed_nights".into(), n(13) * 10);
                let key = SheetKey {
                    organization_id: *org,
                    month: *m,
                    service_code: kind.clone(),
                };
                let input = FigureInput {
                    breakdown: "none".into(),
                    counts,
                };
                fg::save_on(&txn, &key, &input, 0, &actor, m.open_until(), true)
                    .await
                    .unwrap();
            }
        }
        txn.commit().await.unwrap();
    }
    println!(
        "generated {} organizations x {} kinds x {} months in {:.1} s",
        orgs.len(),
        kinds.len(),
        months.len(),
        t.elapsed().as_secs_f64()
    );
    let filter = ReportFilter {
        quarter: Quarter::latest(fg::today()).prev(),
        kind: None,
        country: None,
    };
    let mut ms = vec![];
    for _ in 0..50 {
        let t = Instant::now();
        let r = fg::quarterly(&db, &filter, &countries, 5, None).await.unwrap();
        assert!(r.reporting_organizations > 0);
        ms.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    ms.sort_by(|a, b| a.total_cmp(b));
    println!(
        "  quarterly report (service)   median {:>6.2} ms   p95 {:>6.2} ms",
        ms[ms.len() / 2],
        ms[ms.len() * 95 / 100]
    );
    accounts::create_user(
        &db,
        NewUser {
            email: "bench@example.org".into(),
            name: "Bench".into(),
            role: Role::Observer,
            organization_id: None,
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
            "/figures (a quarter)",
            format!("/figures?quarter={}", filter.quarter.code()),
        ),
        (
            "/figures/export.csv",
            format!("/figures/export.csv?quarter={}", filter.quarter.code()),
        ),
    ] {
        let url = format!("{base}{path}");
        common::time(&client, &url, 5).await;
        let (median, p95, bytes) = common::time(&client, &url, 50).await;
        println!(
            "  {name:<28} median {median:>6.2} ms   p95 {p95:>6.2} ms   {} KB",
            bytes / 1024
        );
    }
}
