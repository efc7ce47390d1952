//! Faults an operator can cause or meet, each with a clear answer: a full disk during an
//! upload, a read-only database, a PostgreSQL server that refuses connections, a client slow
//! to send its request.

use reqwest::multipart::{Form, Part};
use serde_json::Value;

use crate::helpers::{TestApp, cast, spawn_app_with};

const NO_ROOM: &str = "The server has no room to store this file; nothing was saved. Please tell the secretariat.";

/// A 1 MB tmpfs mounted on a temporary directory, unmounted when dropped. `None` when this
/// process may not mount (not root), and the caller skips its test.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount() -> Option<SmallDisk> {
        let dir = tempfile::tempdir().ok()?;
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        ok.then_some(SmallDisk { dir })
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        // Lazy: the test's server may still hold the directory open.
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

#[tokio::test]
async fn a_full_disk_during_an_upload_says_so_keeps_the_form_and_saves_nothing() {
    let Some(disk) = SmallDisk::mount() else {
        eprintln!("skipped: cannot mount a tmpfs here (the test needs root)");
        return;
    };
    let dir = disk.dir.path().to_path_buf();
    let app: TestApp = spawn_app_with(|s| {
        s.storage = roundtable::config::StorageSettings::Local { dir: dir.clone() };
    })
    .await;
    let c = cast(&app).await;
    let member = app.login("member@example.org").await;
    let two_mb = "Shelter capacity survey, one line of many.\n".repeat(2 * 1024 * 1024 / 43 + 1);
    let csrf = app.csrf(&member).await;
    // In the page's order: the file input comes before the other fields.
    let form = Form::new()
        .text("_csrf", csrf)
        .part("file", Part::bytes(two_mb.clone().into_bytes()).file_name("survey.txt"))
        .text("note", "First draft")
        .text("title", "Shelter capacity survey")
        .text("doc_type", "guideline")
        .text("description", "Figures from every shelter\n- Tirana\n- Prishtina")
        .text("visibility", "network");
    let res = member.post(app.url("/documents")).multipart(form).send().await.unwrap();
    assert_eq!(res.status(), 507);
    let page = res.text().await.unwrap();
    assert!(page.contains(NO_ROOM), "{page}");
    assert!(page.contains("value=\"Shelter capacity survey\""), "the title is kept");
    assert!(
        page.contains("Figures from every shelter\n- Tirana\n- Prishtina</textarea>"),
        "the description is kept"
    );
    assert!(page.contains("value=\"First draft\""), "the version note is kept");

    let token = app.token_for(c.member).await;
    let form = Form::new()
        .part("file", Part::bytes(two_mb.into_bytes()).file_name("survey.txt"))
        .text("title", "Shelter capacity survey")
        .text("doc_type", "guideline")
        .text("visibility", "network");
    let res = crate::helpers::client()
        .post(app.url("/api/v1/documents"))
        .bearer_auth(&token)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 507);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "insufficient_storage");
    assert_eq!(body["error"]["message"], NO_ROOM);

    use sea_orm::EntityTrait;
    assert!(
        entity::document::Entity::find().all(&app.db).await.unwrap().is_empty(),
        "nothing was saved"
    );
    let staged: Vec<_> = std::fs::read_dir(dir.join("staging"))
        .map(|d| d.flatten().collect())
        .unwrap_or_default();
    assert!(staged.is_empty(), "no partial file is left behind: {staged:?}");
}

/// Runs the binary with `args` and ROUNDTABLE_DATABASE_URL; exit status, stderr and how long it took.
fn run_cli(args: &[&str], database_url: &str) -> (i32, String, std::time::Duration) {
    let dir = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .args(args)
        .current_dir(dir.path())
        .env("ROUNDTABLE_DATABASE_URL", database_url)
        .env("ROUNDTABLE_LOG", "off")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).to_string(),
        started.elapsed(),
    )
}

#[tokio::test]
async fn a_read_only_database_fails_readiness_and_check_config_and_a_save_answers_503() {
    use sea_orm::ConnectionTrait;
    let app = crate::helpers::spawn_app().await;
    cast(&app).await;
    // Signed in, and an API token made, while the database still takes writes (a sign-in
    // writes a session). On PostgreSQL the switch below reaches every new connection, and the
    // test's own pool may open one at any time.
    let sec = app.login("sec@example.org").await;
    let token = app
        .token_for(
            app.user("api@example.org", roundtable::auth::Role::Secretariat, None)
                .await,
        )
        .await;
    let read_only_url = if app.settings.database_url.starts_with("sqlite:") {
        app.settings.database_url.replace("mode=rwc", "mode=ro")
    } else {
        // New connections to this test's own database start read-only transactions.
        let name = url::Url::parse(&app.settings.database_url)
            .unwrap()
            .path()
            .trim_start_matches('/')
            .to_string();
        app.db
            .execute_unprepared(&format!("ALTER DATABASE {name} SET default_transaction_read_only = on"))
            .await
            .unwrap();
        app.settings.database_url.clone()
    };
    let conn = roundtable::db::connect(&read_only_url).await.unwrap();
    let mut settings = app.settings.clone();
    settings.database_url = read_only_url.clone();
    let ro = roundtable::startup::Application::build_with_db(settings.clone(), conn).unwrap();
    let base = format!("http://127.0.0.1:{}", ro.port());
    tokio::spawn(ro.run_until_stopped());

    let res = reqwest::get(format!("{base}/readyz")).await.unwrap();
    assert_eq!(res.status(), 503);
    assert!(res.text().await.unwrap().contains("read-only"));

    let page = sec.get(format!("{base}/organizations/new")).send().await.unwrap();
    assert_eq!(page.status(), 200, "reading still works");
    let page = page.text().await.unwrap();
    let mut fields = crate::helpers::form_fields(&page, "/organizations");
    for (k, v) in [
        ("name", "Qendra Read-Only"),
        ("country", "AL"),
        ("kind", "cso"),
        ("membership_status", "member"),
    ] {
        crate::helpers::set_field(&mut fields, k, v);
    }
    let res = sec
        .post(format!("{base}/organizations"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 503, "a save is refused as unavailable, not a 500");
    let body = res.text().await.unwrap();
    assert!(body.contains("The database is read-only at the moment"), "{body}");

    let res = reqwest::Client::new()
        .post(format!("{base}/api/v1/organizations"))
        .bearer_auth(token)
        .json(&serde_json::json!({"name": "Via API", "country": "AL", "kind": "cso", "membership_status": "member"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 503);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "database_read_only");

    let Err(refused) = roundtable::startup::connect_and_migrate(&settings).await else {
        panic!("start-up goes ahead with a read-only database");
    };
    assert!(refused.to_string().contains("is read-only"), "{refused}");

    let (code, err, _) = tokio::task::spawn_blocking(move || run_cli(&["check-config"], &read_only_url))
        .await
        .unwrap();
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("is read-only") && err.contains("ROUNDTABLE_DATABASE_URL"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "one sentence: {err}");
}

#[tokio::test]
async fn a_postgresql_server_that_refuses_connections_is_named_within_seconds() {
    // A port nobody listens on: bind one, note it, close it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("postgres://roundtable@127.0.0.1:{port}/roundtable");
    let (code, err, took) = tokio::task::spawn_blocking(move || run_cli(&["check-config"], &url))
        .await
        .unwrap();
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(&format!("127.0.0.1:{port}")) && err.contains("refuses connections"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "one sentence: {err}");
    assert!(took < std::time::Duration::from_secs(8), "answered in {took:?}");
}

#[tokio::test]
async fn a_busy_server_queues_requests_and_turns_away_only_those_that_waited_too_long() {
    let app = spawn_app_with(|s| {
        s.max_in_flight = 2;
        s.admission_wait = std::time::Duration::from_secs(1);
    })
    .await;
    let c = crate::helpers::client();

    // Many at once, fewer turns than requests: they wait their turn and all succeed.
    let many: Vec<_> = (0..12)
        .map(|_| {
            let (c, url) = (c.clone(), format!("{}/events", app.base));
            tokio::spawn(async move { c.get(url).send().await.unwrap().status().as_u16() })
        })
        .collect();
    for h in many {
        assert_eq!(h.await.unwrap(), 200);
    }
    assert_eq!(app.admission.in_use(), 0, "every turn is given back");

    // Every turn taken (as by long requests): a page waits, then says so plainly.
    let hold = app.admission.hold_all().await;
    let res = c
        .get(format!("{}/events", app.base))
        .header("Accept", "text/html")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 503);
    assert_eq!(res.headers()["retry-after"], "2");
    let page = res.text().await.unwrap();
    assert!(
        page.contains("Many people are using Roundtable right now") && page.contains("<html"),
        "{page}"
    );
    let res = c
        .get(format!("{}/api/v1/organizations", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 503);
    assert_eq!(res.headers()["retry-after"], "2");
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "server_busy");
    // Health checks never wait.
    let res = c.get(format!("{}/healthz", app.base)).send().await.unwrap();
    assert_eq!(res.status(), 200);

    // A request that is waiting when a turn comes free is served.
    let waiting = {
        let (c, url) = (c.clone(), format!("{}/events", app.base));
        tokio::spawn(async move { c.get(url).send().await.unwrap().status().as_u16() })
    };
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert!(!waiting.is_finished(), "nothing is served while every turn is taken");
    drop(hold);
    assert_eq!(waiting.await.unwrap(), 200);
}

#[tokio::test]
async fn a_client_that_takes_seconds_to_send_its_request_still_gets_its_page() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    // A phone on a slow link, or any client held up on a busy machine: the connection is open
    // but the request's first lines come 6 s later (actix's default allowed 5 s, then answered
    // 408 to a request nobody had sent yet, and the client saw a broken connection).
    let app = crate::helpers::spawn_app().await;
    let addr = app.base.trim_start_matches("http://").to_string();
    let mut conn = tokio::net::TcpStream::connect(&addr).await.expect("a connection");
    tokio::time::sleep(std::time::Duration::from_secs(6)).await;
    conn.write_all(format!("GET /healthz HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes())
        .await
        .expect("the request is taken");
    let mut answer = String::new();
    conn.read_to_string(&mut answer).await.expect("an answer");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}
