//! Search at scale on SQLite: 20,000 documents (with extracted text) and about 100,000 other
//! searchable records (6,000 organizations with 18,000 people, 6,000 events with 72,000 agenda
//! items, the register). Times two-word searches over HTTP against the real server, as a
//! signed-in observer, for the grouped overview and for one kind's first page.
//!
//! Run with `cargo bench --bench search`.

mod common;

use std::time::Instant;

use roundtable::auth::Role;
use roundtable::services::accounts::{self, NewUser};
use roundtable::startup::Application;

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    // BENCH_DB_DIR keeps the generated database for a closer look (sqlite3 CLI).
    let dir_path = std::env::var("BENCH_DB_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| dir.path().to_path_buf());
    std::fs::create_dir_all(&dir_path).unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir_path.join("bench.db").display());
    let mut settings = common::settings(&url);
    settings.storage = roundtable::config::StorageSettings::Local {
        dir: dir_path.join("files"),
    };
    let db = roundtable::startup::connect_and_migrate(&settings).await.unwrap();
    let store = roundtable::storage::open(&settings.storage).unwrap();
    let t = Instant::now();
    roundtable::demo::scale(&db, 6000, false).await.unwrap();
    println!(
        "generated 6,000 organizations and events in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    roundtable::demo::scale_documents(&db, store.as_ref(), 20_000, false)
        .await
        .unwrap();
    println!(
        "generated 20,000 documents and indexed everything in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    use sea_orm::ConnectionTrait;
    let row = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n, SUM(CASE WHEN kind = 'document' THEN 1 ELSE 0 END) AS d FROM search_entry",
        ))
        .await
        .unwrap()
        .unwrap();
    let n: i64 = row.try_get("", "n").unwrap();
    let d: i64 = row.try_get("", "d").unwrap();
    println!("index: {n} entries, {d} documents, {} other records", n - d);
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
        ("two common words", "/search?q=shelter+referral"),
        ("place and word (accents)", "/search?q=Tiranë+guideline"),
        ("rare and common", "/search?q=prizren+w1234"),
        ("matches 18,000 people", "/search?q=synthetic+person"),
        ("prefixes", "/search?q=reinteg+compens"),
        ("one word in every record", "/search?q=synthetic"),
        ("one kind, page 2", "/search?q=shelter+referral&kind=document&page=2"),
        (
            "one kind, page 150 (unranked)",
            "/search?q=shelter+referral&kind=document&page=150",
        ),
        ("no match", "/search?q=zzzz+qqqq"),
    ] {
        let url = format!("{base}{path}");
        common::time(&client, &url, 5).await;
        let (median, p95, bytes) = common::time(&client, &url, 100).await;
        println!(
            "  {name:<30} median {median:>6.2} ms   p95 {p95:>6.2} ms   {} KB",
            bytes / 1024
        );
    }
}
