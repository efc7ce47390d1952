//! Memory while uploading: starts the real `roundtable` binary as its own process, uploads a
//! 50 MB file through the API with curl (which streams from disk), and samples the server's
//! resident memory (VmRSS in /proc) every 5 ms. The file is written to disk as it arrives, so
//! the server should grow by far less than the file's size.
//!
//! Run with `cargo bench --bench upload_memory` (Linux only).

mod common;

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use roundtable::auth::Role;
use roundtable::config::Settings;
use roundtable::services::accounts::{self, NewUser};

fn upload(port: u16, token: &str, path: &std::path::Path, title: &str) -> String {
    let out = Command::new("curl")
        .args([
            "-s",
            "-o",
            "/dev/null",
            "-w",
            "%{http_code} %{time_total}",
            "-H",
            &format!("Authorization: Bearer {token}"),
            "-F",
            &format!("title={title}"),
            "-F",
            "doc_type=report",
            "-F",
            "visibility=network",
            "-F",
            &format!("file=@{};type=text/plain", path.display()),
            &format!("http://127.0.0.1:{port}/api/v1/documents"),
        ])
        .output()
        .expect("curl runs");
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let db_url = format!("sqlite://{}?mode=rwc", dir.path().join("bench.db").display());
    let settings = Settings::for_tests(&db_url);
    let db = roundtable::startup::connect_and_migrate(&settings).await.unwrap();
    let user = accounts::create_user(
        &db,
        NewUser {
            email: "bench@example.org".into(),
            name: "Bench".into(),
            role: Role::Secretariat,
            organization_id: None,
        },
        Some("a long bench password"),
    )
    .await
    .unwrap();
    let token = accounts::create_api_token(&db, user.id, "bench").await.unwrap();
    drop(db);

    // A 50 MB text file (an accepted type), and a 1 MB one to warm the server up.
    let big = dir.path().join("big.txt");
    let line = "Synthetic benchmark line for the upload memory test, fictional text only.\n";
    let body: String = line.repeat(50 * 1024 * 1024 / line.len());
    std::fs::write(&big, &body).unwrap();
    let small = dir.path().join("small.txt");
    std::fs::write(&small, &body[..1024 * 1024]).unwrap();
    drop(body);

    let port = common::free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .arg("serve")
        .env("ROUNDTABLE_DATABASE_URL", &db_url)
        .env("ROUNDTABLE_BIND", format!("127.0.0.1:{port}"))
        .env("ROUNDTABLE_STORAGE_DIR", dir.path().join("files"))
        .env("ROUNDTABLE_SECRET_KEY", "bench-secret-key-0123456789abcdef0123456789")
        .env("ROUNDTABLE_MAIL_WORKER", "off")
        .env("ROUNDTABLE_UPLOAD_LIMIT_MB", "60")
        .env("ROUNDTABLE_LOG", "warn")
        .current_dir(dir.path())
        .stdout(Stdio::null())
        .spawn()
        .expect("server starts");
    let pid = child.id();
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(30), "server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    println!("warm-up 1 MB upload: {}", upload(port, &token, &small, "warm-up"));
    std::thread::sleep(Duration::from_millis(300));
    for run in 1..=3 {
        let before = common::proc_kb(pid, "VmRSS:");
        let peak = Arc::new(AtomicU64::new(before));
        let stop = Arc::new(AtomicBool::new(false));
        let sampler = {
            let (peak, stop) = (peak.clone(), stop.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    peak.fetch_max(common::proc_kb(pid, "VmRSS:"), Ordering::Relaxed);
                    std::thread::sleep(Duration::from_millis(5));
                }
            })
        };
        let answer = upload(port, &token, &big, &format!("big {run}"));
        stop.store(true, Ordering::Relaxed);
        sampler.join().unwrap();
        let peak = peak.load(Ordering::Relaxed);
        println!(
            "  50 MB upload #{run}: answer {answer}; RSS before {:.1} MB, peak {:.1} MB, growth {:.1} MB",
            before as f64 / 1024.0,
            peak as f64 / 1024.0,
            (peak.saturating_sub(before)) as f64 / 1024.0
        );
    }
    let _ = child.kill();
    let _ = child.wait();
}
