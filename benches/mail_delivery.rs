//! Mail throughput: queue 10,000 messages on SQLite, then deliver them through the real worker
//! and a pooled SMTP transport to an SMTP sink on loopback. Prints messages per second.
//!
//! Run with `cargo bench --bench mail_delivery` (set BENCH_MESSAGES to change the count).

use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use mailin_embedded::{Handler, Response, Server, SslConfig, response};
use roundtable::config::Settings;
use roundtable::mail::{self, Category, Notification, Recipient, worker::Worker};

#[derive(Clone)]
struct Counter(Arc<AtomicUsize>);

impl Handler for Counter {
    fn data_end(&mut self) -> Response {
        self.0.fetch_add(1, Ordering::Relaxed);
        response::OK
    }
}

#[tokio::main]
async fn main() {
    let n: usize = std::env::var("BENCH_MESSAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let mut settings = Settings::for_tests(&url);
    let db = roundtable::startup::connect_and_migrate(&settings).await.unwrap();

    let received = Arc::new(AtomicUsize::new(0));
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let mut server = Server::new(Counter(received.clone()));
    server
        .with_name("sink.bench")
        .with_num_threads(16)
        .with_tcp_listener(listener);
    server.with_ssl(SslConfig::None).unwrap();
    std::thread::spawn(move || {
        let _ = server.serve();
    });

    settings.smtp_url = Some(url::Url::parse(&format!("smtp://127.0.0.1:{port}")).unwrap());
    let hb = Arc::new(roundtable::templates::registry().unwrap());
    let mailer = mail::Mailer::new(&settings, hb).unwrap();

    let t0 = Instant::now();
    let recipients: Vec<Recipient> = (0..n)
        .map(|i| Recipient {
            user_id: None,
            email: format!("reader{i}@example.org"),
            name: format!("Reader {i}"),
            language: "en".into(),
            time_zone: "Europe/Tirane".into(),
            unsubscribe: None,
        })
        .collect();
    for chunk in recipients.chunks(500) {
        let txn = sea_orm::TransactionTrait::begin(&db).await.unwrap();
        let note = Notification {
            category: Category::Events,
            template: "notice",
            data: serde_json::json!({ "title": "Regional roundtable, Tirana", "text": "Agenda attached.", "url": null }),
            dedupe_key: "bench".into(),
        };
        mail::notify(&txn, &mailer, chunk, &note).await.unwrap();
        txn.commit().await.unwrap();
    }
    let queued = t0.elapsed();

    let transport = mail::transport::Transport::from_settings(&settings).unwrap();
    let worker = Worker::new(db.clone(), transport, &settings);
    let t1 = Instant::now();
    let report = worker.drain(roundtable::db::now()).await.unwrap();
    let delivered = t1.elapsed();
    assert_eq!(report.sent, n);
    assert_eq!(received.load(Ordering::Relaxed), n);

    println!("messages:              {n}");
    println!(
        "render + enqueue:      {:.2} s  ({:.0} msg/s)",
        queued.as_secs_f64(),
        n as f64 / queued.as_secs_f64()
    );
    println!(
        "deliver (1 worker):    {:.2} s  ({:.0} msg/s)",
        delivered.as_secs_f64(),
        n as f64 / delivered.as_secs_f64()
    );
}
