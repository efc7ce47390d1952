//! Events at scale: 5,000 events with 60,000 agenda items on SQLite (`demo --scale 5000`), then
//! the event page, the network feed and a personal feed, timed over HTTP against the real
//! server. Prints median and 95th percentile per page.
//!
//! Run with `cargo bench --bench events_pages` (BENCH_EVENTS changes the count).

mod common;

use std::time::Instant;

use roundtable::auth::Role;
use roundtable::services::accounts::{self, NewUser};
use roundtable::startup::Application;

#[tokio::main]
async fn main() {
    let n: u32 = std::env::var("BENCH_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5000);
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let settings = common::settings(&url);
    let db = roundtable::startup::connect_and_migrate(&settings).await.unwrap();
    let t = Instant::now();
    roundtable::demo::scale(&db, n, false).await.unwrap();
    println!(
        "generated {n} events, {} agenda items in {:.1} s",
        n * 12,
        t.elapsed().as_secs_f64()
    );
    let user = accounts::create_user(
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
    let token = roundtable::services::events::feed_token(&db, user.id, true)
        .await
        .unwrap()
        .unwrap();
    let app = Application::build_with_db(settings, db).unwrap();
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::new();
    // A public event in the middle of the range (every third synthetic event is public).
    let event = format!("{base}/events/{}", (n / 2) / 3 * 3 + 1);
    for (name, url) in [
        ("event page", event.as_str()),
        ("network feed", &format!("{base}/events/feed.ics")),
        ("personal feed", &format!("{base}/calendar/{token}.ics")),
    ] {
        common::time(&client, url, 5).await; // warm up
        let (median, p95, bytes) = common::time(&client, url, 200).await;
        println!("{name:<14} median {median:>6.2} ms   p95 {p95:>6.2} ms   ({bytes} bytes)");
    }
}
