//! Helpers shared by the HTTP benchmarks (each benchmark is its own binary and includes this
//! module with `mod common;`).

use std::time::Instant;

/// GETs `url` `runs` times, one after another: (median ms, 95th percentile ms, bytes of the
/// last answer). Every answer must be a success.
#[allow(dead_code)] // not every benchmark times requests one by one
pub async fn time(client: &reqwest::Client, url: &str, runs: usize) -> (f64, f64, usize) {
    let mut ms = vec![];
    let mut bytes = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let res = client.get(url).send().await.unwrap();
        assert!(res.status().is_success(), "{url}: {}", res.status());
        bytes = res.bytes().await.unwrap().len();
        ms.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    ms.sort_by(|a, b| a.total_cmp(b));
    (ms[ms.len() / 2], ms[ms.len() * 95 / 100], bytes)
}

/// A client signed in as `email` (password "a long bench password"), keeping its cookies.
#[allow(dead_code)] // not every benchmark signs in
pub async fn login(base: &str, email: &str) -> reqwest::Client {
    let c = reqwest::Client::builder()
        // Shorter than the server's 5 s keep-alive, so a request never races the server
        // closing an idle connection (hyper's IncompleteMessage).
        .pool_idle_timeout(std::time::Duration::from_secs(2))
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let page = c
        .get(format!("{base}/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let marker = "name=\"_csrf\" value=\"";
    let s = page.find(marker).unwrap() + marker.len();
    let csrf = &page[s..s + page[s..].find('"').unwrap()];
    let res = c
        .post(format!("{base}/login"))
        .form(&[
            ("_csrf", csrf),
            ("email", email),
            ("password", "a long bench password"),
            ("next", "/"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    c
}

/// A field of /proc/<pid>/status in KiB (`VmRSS:`, `RssAnon:`, `RssFile:`), 0 if unreadable.
#[allow(dead_code)] // only the memory benchmarks read /proc
pub fn proc_kb(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// A loopback port that is free now.
#[allow(dead_code)] // only the benchmarks that start a server process
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Test settings for `url`, with the SQLite settings of `BENCH_SQLITE` when it is set:
/// "cache MB:mmap MB" or "cache MB:mmap MB:statements" (one setting; memory_load takes a
/// comma-separated list and passes each to the server it starts).
#[allow(dead_code)] // not every benchmark runs the server in its own process
pub fn settings(url: &str) -> roundtable::config::Settings {
    let mut settings = roundtable::config::Settings::for_tests(url);
    if let Ok(v) = std::env::var("BENCH_SQLITE") {
        settings.sqlite = sqlite_tuning(&v);
        println!("SQLite: {:?}", settings.sqlite);
    }
    settings
}

/// Parses one `BENCH_SQLITE` setting (see `settings`); a missing statement count is the default.
#[allow(dead_code)]
pub fn sqlite_tuning(v: &str) -> roundtable::db::SqliteTuning {
    let mut parts = v.split(':');
    let mut next = |what: &str| {
        parts
            .next()
            .map(|p| p.parse().unwrap_or_else(|_| panic!("BENCH_SQLITE: {what}")))
    };
    let d = roundtable::db::SqliteTuning::default();
    roundtable::db::SqliteTuning {
        cache_mb: next("cache MB").unwrap_or(d.cache_mb),
        mmap_mb: next("mmap MB").unwrap_or(d.mmap_mb),
        statements: next("statements").map_or(d.statements, |n| n as usize),
    }
}
