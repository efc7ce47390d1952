//! Resident memory under sustained load: the demo data plus `demo --scale 1000` on SQLite, the
//! real `roundtable serve` as its own process (with its background worker), and 64 clients
//! (`BENCH_CLIENTS`) on loopback for 30 s over a mix of pages, feeds and searches, anonymous and
//! signed in. The server's VmRSS, RssAnon and RssFile (/proc) are sampled every 100 ms.
//!
//! Each SQLite memory setting in `BENCH_SQLITE` ("cache MB:mmap MB[:statements]", comma-separated; default
//! the setting before this benchmark, 256:256, and today's default) runs against the same data,
//! one after the other, and prints the peak memory and each URL's median and p95 under load.
//!
//! Run with `cargo bench --bench memory_load` (Linux only).

mod common;

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use roundtable::auth::Role;
use roundtable::config::Settings;
use roundtable::services::accounts::{self, NewUser};

/// Concurrent clients (`BENCH_CLIENTS` changes it).
fn clients() -> usize {
    std::env::var("BENCH_CLIENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}
const SECONDS: u64 = 30;

fn mb(kb: u64) -> f64 {
    kb as f64 / 1024.0
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let db_url = format!("sqlite://{}?mode=rwc", dir.path().join("bench.db").display());
    let mut settings = Settings::for_tests(&db_url);
    settings.storage = roundtable::config::StorageSettings::Local {
        dir: dir.path().join("files"),
    };
    let db = roundtable::startup::connect_and_migrate(&settings).await.unwrap();
    let store = roundtable::storage::open(&settings.storage).unwrap();
    let t = Instant::now();
    roundtable::demo::load(&db, store.as_ref()).await.unwrap();
    roundtable::demo::scale(&db, 1000, false).await.unwrap();
    roundtable::demo::scale_documents(&db, store.as_ref(), 4000, false)
        .await
        .unwrap();
    println!("demo data plus demo --scale 1000 in {:.1} s", t.elapsed().as_secs_f64());
    let sec = accounts::create_user(
        &db,
        NewUser {
            email: "bench-sec@example.org".into(),
            name: "Bench secretariat".into(),
            role: Role::Secretariat,
            organization_id: None,
        },
        Some("a long bench password"),
    )
    .await
    .unwrap();
    // The demo member's organization, so "my items" and the dashboard have content.
    let member_org = {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        entity::user::Entity::find()
            .filter(entity::user::Column::Email.eq(roundtable::demo::DEMO_MEMBER))
            .one(&db)
            .await
            .unwrap()
            .and_then(|u| u.organization_id)
    };
    accounts::create_user(
        &db,
        NewUser {
            email: "bench-member@example.org".into(),
            name: "Bench member".into(),
            role: Role::Member,
            organization_id: member_org,
        },
        Some("a long bench password"),
    )
    .await
    .unwrap();
    let _ = sec;
    drop(db);
    let db_size = std::fs::metadata(dir.path().join("bench.db"))
        .map(|m| m.len())
        .unwrap_or(0);
    println!("database file: {:.0} MB", db_size as f64 / 1e6);

    let configs = std::env::var("BENCH_SQLITE").unwrap_or_else(|_| {
        let d = roundtable::db::SqliteTuning::default();
        format!("256:256,{}:{}", d.cache_mb, d.mmap_mb)
    });
    for config in configs.split(',') {
        run(dir.path(), &db_url, common::sqlite_tuning(config)).await;
    }
}

async fn run(dir: &std::path::Path, db_url: &str, sqlite: roundtable::db::SqliteTuning) {
    let port = common::free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .arg("serve")
        .env("ROUNDTABLE_DATABASE_URL", db_url)
        .env("ROUNDTABLE_BIND", format!("127.0.0.1:{port}"))
        .env("ROUNDTABLE_STORAGE_DIR", dir.join("files"))
        .env("ROUNDTABLE_MAIL_DIR", dir.join("mail"))
        .env("ROUNDTABLE_SECRET_KEY", "bench-secret-key-0123456789abcdef0123456789")
        .env("ROUNDTABLE_SQLITE_CACHE_MB", sqlite.cache_mb.to_string())
        .env("ROUNDTABLE_SQLITE_MMAP_MB", sqlite.mmap_mb.to_string())
        .env("ROUNDTABLE_SQLITE_STATEMENTS", sqlite.statements.to_string())
        .env("ROUNDTABLE_LOG", "warn")
        .current_dir(dir)
        .stdout(Stdio::null())
        .spawn()
        .expect("server starts");
    let pid = child.id();
    let base = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(30), "server did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    let started_rss = common::proc_kb(pid, "VmRSS:");
    // The background worker's first passes (digests, reminders, the search index's look back)
    // run just after start; sustained load is measured after them (`BENCH_WARMUP` seconds,
    // default 15), and the start's own peak is printed apart.
    let warmup: u64 = std::env::var("BENCH_WARMUP")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(15);
    let mut start_peak = started_rss;
    let warm_until = Instant::now() + Duration::from_secs(warmup);
    while Instant::now() < warm_until {
        start_peak = start_peak.max(common::proc_kb(pid, "VmRSS:"));
        std::thread::sleep(Duration::from_millis(100));
    }
    let idle = common::proc_kb(pid, "VmRSS:");

    let anon = reqwest::Client::builder()
        .pool_idle_timeout(Duration::from_secs(2))
        .build()
        .unwrap();
    let member = common::login(&base, "bench-member@example.org").await;
    let sec = common::login(&base, "bench-sec@example.org").await;
    // Public events from the list page; the demo roundtable is the first event.
    let list = anon
        .get(format!("{base}/events"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let public: Vec<String> = list
        .split("href=\"/events/")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .filter(|s| s.chars().all(|c| c.is_ascii_digit()))
        .take(20)
        .map(|s| s.to_string())
        .collect();
    assert!(!public.is_empty(), "the events list shows public events");
    let urls: Vec<(&str, reqwest::Client, String)> = vec![
        ("public event page", anon.clone(), format!("/events/{}", public[0])),
        ("event.ics", anon.clone(), format!("/events/{}/event.ics", public[0])),
        ("network feed", anon.clone(), "/events/feed.ics".into()),
        ("roundtable page (member)", member.clone(), "/events/1".into()),
        ("dashboard (member)", member.clone(), "/".into()),
        (
            "my organization's open items",
            member.clone(),
            "/actions?view=org&status=open".into(),
        ),
        ("directory (secretariat)", sec.clone(), "/directory".into()),
        ("legal register", member.clone(), "/legal".into()),
        ("search (member)", member.clone(), "/search?q=shelter+referral".into()),
    ];
    // BENCH_ONLY="name" keeps the URLs whose name contains it (to see which page costs memory).
    let only = std::env::var("BENCH_ONLY").unwrap_or_default();
    let urls: Vec<_> = urls
        .into_iter()
        .filter(|(name, _, _)| name.contains(only.as_str()))
        .collect();
    for (_, c, path) in &urls {
        let res = c.get(format!("{base}{path}")).send().await.unwrap();
        assert!(res.status().is_success(), "{path}: {}", res.status());
    }

    let samples = Arc::new(std::sync::Mutex::new(Vec::<u64>::new()));
    let peak = Arc::new(AtomicU64::new(0));
    let peak_anon = Arc::new(AtomicU64::new(0));
    let peak_file = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let sampler = {
        let (peak, peak_anon, peak_file, stop) = (peak.clone(), peak_anon.clone(), peak_file.clone(), stop.clone());
        let samples = samples.clone();
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                let rss = common::proc_kb(pid, "VmRSS:");
                samples.lock().unwrap().push(rss);
                peak.fetch_max(rss, Ordering::Relaxed);
                peak_anon.fetch_max(common::proc_kb(pid, "RssAnon:"), Ordering::Relaxed);
                peak_file.fetch_max(common::proc_kb(pid, "RssFile:"), Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(100));
            }
        })
    };
    let urls = Arc::new(urls);
    let deadline = Instant::now() + Duration::from_secs(SECONDS);
    let tasks: Vec<_> = (0..clients())
        .map(|k| {
            let (urls, base) = (urls.clone(), base.clone());
            tokio::spawn(async move {
                let mut times: Vec<Vec<f64>> = vec![vec![]; urls.len()];
                let mut i = k % urls.len();
                while Instant::now() < deadline {
                    let (_, c, path) = &urls[i];
                    let t = Instant::now();
                    let res = c.get(format!("{base}{path}")).send().await.unwrap();
                    assert!(res.status().is_success(), "{path}: {}", res.status());
                    res.bytes().await.unwrap();
                    times[i].push(t.elapsed().as_secs_f64() * 1000.0);
                    i = (i + 1) % urls.len();
                }
                times
            })
        })
        .collect();
    let mut all: Vec<Vec<f64>> = vec![vec![]; urls.len()];
    for t in tasks {
        for (i, v) in t.await.unwrap().into_iter().enumerate() {
            all[i].extend(v);
        }
    }
    stop.store(true, Ordering::Relaxed);
    sampler.join().unwrap();
    let after = common::proc_kb(pid, "VmRSS:");
    let total: usize = all.iter().map(Vec::len).sum();
    println!(
        "\nSQLite cache {} MB, mmap {} MB, {} statements: {total} requests in {SECONDS} s ({:.0}/s) from {} clients",
        sqlite.cache_mb,
        sqlite.mmap_mb,
        sqlite.statements,
        total as f64 / SECONDS as f64,
        clients()
    );
    let mut samples = samples.lock().unwrap().clone();
    samples.sort_unstable();
    println!(
        "  start: {:.1} MB, peak {:.1} MB during the worker's first passes ({warmup} s)",
        mb(started_rss),
        mb(start_peak)
    );
    println!(
        "  under load: median {:.1} MB, 95th percentile {:.1} MB of {} samples",
        mb(samples[samples.len() / 2]),
        mb(samples[samples.len() * 95 / 100]),
        samples.len()
    );
    println!(
        "  resident memory: idle {:.1} MB, peak {:.1} MB (anonymous {:.1} MB, file-backed {:.1} MB), after {:.1} MB",
        mb(idle),
        mb(peak.load(Ordering::Relaxed)),
        mb(peak_anon.load(Ordering::Relaxed)),
        mb(peak_file.load(Ordering::Relaxed)),
        mb(after)
    );
    for (i, (name, _, _)) in urls.iter().enumerate() {
        let v = &mut all[i];
        v.sort_by(|a, b| a.total_cmp(b));
        println!(
            "  {name:<30} {:>6} requests   median {:>7.2} ms   p95 {:>7.2} ms",
            v.len(),
            v[v.len() / 2],
            v[v.len() * 95 / 100]
        );
    }
    let _ = child.kill();
    let _ = child.wait();
}
