//! Action items at scale: N items across 60 organizations on SQLite, then "my organization's
//! open items" (as a member) and the overdue view (as the secretariat), timed over HTTP.
//! Runs at 1,000 and 100,000 items and prints both, so the ratio can be checked.
//!
//! Run with `cargo bench --bench actions_pages`.

mod common;

use std::time::Instant;

use chrono::NaiveDate;
use roundtable::auth::Role;
use roundtable::services::accounts::{self, NewUser};
use roundtable::startup::Application;
use sea_orm::{EntityTrait, Set, TransactionTrait};

async fn run(n: usize) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let settings = common::settings(&url);
    let db = roundtable::startup::connect_and_migrate(&settings).await.unwrap();
    roundtable::demo::scale(&db, 60, false).await.unwrap();
    let t0 = Instant::now();
    let now = roundtable::db::now();
    let statuses = ["open", "in_progress", "blocked", "done", "cancelled"];
    let day0 = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    for chunk in (0..n).collect::<Vec<_>>().chunks(1000) {
        let txn = db.begin().await.unwrap();
        let rows: Vec<entity::action_item::ActiveModel> = chunk
            .iter()
            .map(|i| entity::action_item::ActiveModel {
                title: Set(format!("Synthetic action {i} (benchmark)")),
                description: Set(None),
                owner_org_id: Set((i % 60) as i32 + 1),
                owner_person_id: Set(None),
                due_on: Set(Some(day0 + chrono::Duration::days((i % 1500) as i64))),
                priority: Set("normal".into()),
                status: Set(statuses[i % statuses.len()].into()),
                percent: Set(0),
                countries: Set(Some(["AL", "BA", "XK", "ME", "MK", "RS"][i % 6].into())),
                tags: Set(None),
                event_id: Set(None),
                agenda_item_id: Set(None),
                created_by: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            })
            .collect();
        entity::action_item::Entity::insert_many(rows).exec(&txn).await.unwrap();
        txn.commit().await.unwrap();
    }
    let generated = t0.elapsed();
    for (email, role, org) in [
        ("member@bench.example.org", Role::Member, Some(1)),
        ("sec@bench.example.org", Role::Secretariat, None),
    ] {
        accounts::create_user(
            &db,
            NewUser {
                email: email.into(),
                name: "Bench".into(),
                role,
                organization_id: org,
            },
            Some("a long bench password"),
        )
        .await
        .unwrap();
    }
    let app = Application::build_with_db(settings, db).unwrap();
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let member = common::login(&base, "member@bench.example.org").await;
    let sec = common::login(&base, "sec@bench.example.org").await;
    println!(
        "{n} items across 60 organizations (generated in {:.1} s)",
        generated.as_secs_f64()
    );
    for (name, client, url) in [
        (
            "my organization's open items",
            &member,
            format!("{base}/actions?view=org&status=open"),
        ),
        (
            "overdue view (secretariat)",
            &sec,
            format!("{base}/actions?view=overdue"),
        ),
    ] {
        common::time(client, &url, 5).await;
        let (median, p95, _) = common::time(client, &url, 200).await;
        println!("  {name:<30} median {median:>6.2} ms   p95 {p95:>6.2} ms");
    }
}

#[tokio::main]
async fn main() {
    run(1_000).await;
    run(100_000).await;
}
