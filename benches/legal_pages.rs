//! The legal register at scale: 300 synthetic topics (plus the 34 seeded) in the six countries,
//! 10 revisions per cell (18,000 revisions), on SQLite. Times the matrix, a country profile and
//! "what changed" since a year ago over HTTP against the real server, as a member.
//!
//! Run with `cargo bench --bench legal_pages`.

mod common;

use std::time::Instant;

use roundtable::auth::Role;
use roundtable::services::accounts::{self, NewUser};
use roundtable::startup::Application;

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let settings = common::settings(&url);
    let db = roundtable::startup::connect_and_migrate(&settings).await.unwrap();
    let t = Instant::now();
    roundtable::demo::scale_legal(&db, 300, 10, false).await.unwrap();
    println!(
        "generated 300 topics x 6 countries x 10 revisions in {:.1} s",
        t.elapsed().as_secs_f64()
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
    let since = (chrono::Utc::now() - chrono::Duration::days(400)).date_naive();
    for (name, path) in [
        ("matrix (334 topics x 6)", "/legal".to_string()),
        ("country profile (AL)", "/legal/countries/AL".to_string()),
        ("what changed (last year)", format!("/legal/changes?since={since}")),
        (
            "matrix as of 3 years ago",
            format!("/legal?as_of={}", since - chrono::Duration::days(730)),
        ),
    ] {
        let url = format!("{base}{path}");
        common::time(&client, &url, 5).await;
        let (median, p95, bytes) = common::time(&client, &url, 100).await;
        println!(
            "  {name:<28} median {median:>6.2} ms   p95 {p95:>6.2} ms   {} KB",
            bytes / 1024
        );
    }
}
