use std::collections::HashMap;
use std::time::Duration;

use roundtable::auth::Role;
use roundtable::mail::{self, Category, Delivery, Notification, Recipient, outbox};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::helpers::{PASSWORD, TestApp, cast, client, csrf_from, spawn_app};
use crate::smtp::{Sink, free_port};

fn recipient(email: &str, name: &str, user_id: Option<i32>) -> Recipient {
    Recipient {
        user_id,
        email: email.into(),
        name: name.into(),
        language: "en".into(),
        time_zone: "Europe/Tirane".into(),
        unsubscribe: None,
    }
}

fn notice(key: &str, title: &str) -> Notification {
    Notification {
        category: Category::Events,
        template: "notice",
        data: json!({ "title": title, "text": "Regional roundtable in Tiranë, 12-13 December.", "url": null }),
        dedupe_key: key.into(),
    }
}

async fn queue_notices(app: &TestApp, n: usize) {
    let mailer = app.mailer();
    for i in 0..n {
        let to = recipient(&format!("person{i}@example.org"), &format!("Person {i}"), None);
        let out = mail::notify(
            &app.db,
            &mailer,
            &[to],
            &notice(&format!("bulk:{i}"), &format!("Notice {i}")),
        )
        .await
        .unwrap();
        assert_eq!(out.queued, 1);
    }
}

fn link_in(text: &str, path: &str) -> String {
    let start = text.find(path).expect("link in the message");
    let before = &text[..start];
    let scheme = before.rfind("http://").expect("absolute link");
    text[scheme..]
        .split_whitespace()
        .next()
        .unwrap()
        .trim_end_matches(['"', '>', '<'])
        .to_string()
}

#[tokio::test]
async fn invitation_mail_is_multipart_with_absolute_links_that_work() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let sink = Sink::start();
    let sec = app.login("sec@example.org").await;
    let org = c.own_org.to_string();
    let res = app
        .post_form(
            &sec,
            "/admin/users",
            &[
                ("email", "new.focal@example.org"),
                ("name", "Jelena Đurić"),
                ("role", "member"),
                ("organization", &org),
            ],
        )
        .await;
    assert_eq!(res.status(), 200);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("an invitation to choose a password was emailed")
    );
    let report = app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    assert_eq!(report.sent, 1);
    let got = sink.received();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].to, vec!["new.focal@example.org".to_string()]);
    assert_eq!(
        got[0].from, "roundtable@localhost",
        "envelope sender is ROUNDTABLE_MAIL_FROM"
    );
    let msg = got[0].parsed();
    assert_eq!(msg.subject(), Some("You are invited to Roundtable"));
    let to = msg.to().unwrap().first().unwrap();
    assert_eq!(to.address(), Some("new.focal@example.org"));
    assert_eq!(
        to.name(),
        Some("Jelena Đurić"),
        "non-ASCII display names are encoded and decode back"
    );
    assert!(msg.message_id().is_some());
    assert!(
        msg.header_raw("Content-Type")
            .unwrap()
            .contains("multipart/alternative")
    );
    assert!(
        msg.header("List-Unsubscribe").is_none(),
        "account mail cannot be unsubscribed"
    );
    let text = msg.body_text(0).unwrap().to_string();
    let html = msg.body_html(0).unwrap().to_string();
    assert!(text.contains("Hello Jelena Đurić"));
    assert!(html.contains("Choose your password") && html.contains("style="));
    let link = link_in(&text, "/set-password?token=");
    assert!(link.starts_with(&app.base), "{link}");
    assert!(
        html.contains(&link.replace('=', "&#x3D;")),
        "the HTML part carries the same link"
    );
    // The link works: the invitee chooses a password and signs in.
    let invitee = client();
    let form = invitee.get(&link).send().await.unwrap();
    assert_eq!(form.status(), 200);
    let csrf = csrf_from(&form.text().await.unwrap());
    let token = link.split("token=").nth(1).unwrap();
    let done = invitee
        .post(app.url("/set-password"))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("token", token),
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 303);
    app.login("new.focal@example.org").await;
}

#[tokio::test]
async fn password_reset_answers_the_same_and_mails_a_single_use_link_that_expires() {
    let app = spawn_app().await;
    app.user("known@example.org", Role::Observer, None).await;
    let sink = Sink::start();
    let c = client();
    let page = c
        .get(app.url("/password-reset"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = csrf_from(&page);
    let mut answers = vec![];
    for email in ["known@example.org", "unknown@example.org"] {
        let res = c
            .post(app.url("/password-reset"))
            .form(&[("_csrf", csrf.as_str()), ("email", email)])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        answers.push(res.text().await.unwrap().replace(email, "ADDRESS"));
    }
    assert_eq!(
        answers[0], answers[1],
        "the answer does not reveal whether the address exists"
    );
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let got = sink.received();
    assert_eq!(got.len(), 1, "only the existing account gets mail");
    let text = got[0].parsed().body_text(0).unwrap().to_string();
    let link = link_in(&text, "/set-password?token=");
    let token = link.split("token=").nth(1).unwrap().to_string();
    let form = c.get(&link).send().await.unwrap();
    assert_eq!(form.status(), 200);
    let set = |pw: &'static str| {
        let c = c.clone();
        let url = app.url("/set-password");
        let csrf = csrf.clone();
        let token = token.clone();
        async move {
            c.post(url)
                .form(&[
                    ("_csrf", csrf.as_str()),
                    ("token", token.as_str()),
                    ("password", pw),
                    ("password_confirm", pw),
                ])
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(set("a brand new password").await, 303);
    assert_eq!(set("another new password").await, 410, "single use");

    // A second link, made to look two hours old, has expired.
    c.post(app.url("/password-reset"))
        .form(&[("_csrf", csrf.as_str()), ("email", "known@example.org")])
        .send()
        .await
        .unwrap();
    use sea_orm::{ActiveModelTrait, Set};
    let tokens = entity::one_time_token::Entity::find()
        .filter(entity::one_time_token::Column::UsedAt.is_null())
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(tokens.len(), 1);
    let mut am: entity::one_time_token::ActiveModel = tokens[0].clone().into();
    am.expires_at = Set(roundtable::db::now() - chrono::Duration::minutes(1));
    am.update(&app.db).await.unwrap();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let text = sink.received()[1].parsed().body_text(0).unwrap().to_string();
    let expired = link_in(&text, "/set-password?token=");
    assert_eq!(c.get(&expired).send().await.unwrap().status(), 410);
}

#[tokio::test]
async fn email_change_is_confirmed_from_the_new_address() {
    let app = spawn_app().await;
    app.user("old@example.org", Role::Observer, None).await;
    let sink = Sink::start();
    let c = app.login("old@example.org").await;
    let bad = app
        .post_form(
            &c,
            "/settings/email",
            &[("new_email", "new@example.org"), ("current_password", "wrong")],
        )
        .await;
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await.unwrap().contains("This is not your current password."));
    let ok = app
        .post_form(
            &c,
            "/settings/email",
            &[("new_email", "New@Example.org"), ("current_password", PASSWORD)],
        )
        .await;
    assert_eq!(ok.status(), 303);
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let got = sink.received();
    assert_eq!(got.len(), 2, "confirmation to the new address, notice to the old one");
    let confirm = got
        .iter()
        .find(|m| m.to == vec!["new@example.org".to_string()])
        .expect("mail to the new address");
    assert!(got.iter().any(|m| m.to == vec!["old@example.org".to_string()]));
    let link = link_in(&confirm.parsed().body_text(0).unwrap(), "/confirm-email?token=");
    let page = c.get(&link).send().await.unwrap().text().await.unwrap();
    let token = link.split("token=").nth(1).unwrap();
    let csrf = csrf_from(&page);
    let res = c
        .post(app.url("/confirm-email"))
        .form(&[("_csrf", csrf.as_str()), ("token", token)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    app.login("new@example.org").await;
}

#[tokio::test]
async fn notifications_follow_preferences_and_carry_one_click_unsubscribe() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let sink = Sink::start();
    let mailer = app.mailer();
    let user = entity::user::Entity::find_by_id(c.observer)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let to = Recipient::from_user(&user);
    let out = mail::notify(
        &app.db,
        &mailer,
        std::slice::from_ref(&to),
        &notice("ev:1", "Roundtable in Tirana"),
    )
    .await
    .unwrap();
    assert_eq!(out.queued, 1);
    let again = mail::notify(
        &app.db,
        &mailer,
        std::slice::from_ref(&to),
        &notice("ev:1", "Roundtable in Tirana"),
    )
    .await
    .unwrap();
    assert_eq!(again.queued, 0, "the same notification is never queued twice");
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let got = sink.received();
    assert_eq!(got.len(), 1);
    let msg = got[0].parsed();
    let lu = msg
        .header_raw("List-Unsubscribe")
        .expect("List-Unsubscribe")
        .trim()
        .to_string();
    assert_eq!(
        msg.header_raw("List-Unsubscribe-Post").map(str::trim),
        Some("List-Unsubscribe=One-Click")
    );
    let url = lu.trim_start_matches('<').trim_end_matches('>').to_string();
    assert!(url.starts_with(&app.base) && url.contains("/unsubscribe/"));
    assert!(
        msg.body_text(0).unwrap().contains(&url),
        "the text part has the unsubscribe link too"
    );
    // One click, as a mail client does it (RFC 8058): no session, no CSRF token.
    let res = reqwest::Client::new()
        .post(&url)
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        mail::preference(&app.db, c.observer, Category::Events).await.unwrap(),
        Delivery::Off
    );
    let off = mail::notify(&app.db, &mailer, std::slice::from_ref(&to), &notice("ev:2", "Another"))
        .await
        .unwrap();
    assert_eq!(off.skipped, 1);
    // A forged signature does nothing.
    let forged = url.rsplit_once('/').unwrap().0.to_string() + "/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    assert_eq!(reqwest::Client::new().post(&forged).send().await.unwrap().status(), 404);
}

#[tokio::test]
async fn daily_digest_gathers_pending_notifications_once() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let sink = Sink::start();
    let mailer = app.mailer();
    let member = app.login("member@example.org").await;
    let res = app
        .post_form(
            &member,
            "/settings/notifications",
            &[
                ("pref_events", "daily"),
                ("pref_agenda", "daily"),
                ("pref_legal", "off"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let user = entity::user::Entity::find_by_id(c.member)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let to = Recipient::from_user(&user);
    for i in 0..3 {
        let out = mail::notify(
            &app.db,
            &mailer,
            std::slice::from_ref(&to),
            &notice(&format!("d:{i}"), &format!("Update {i}")),
        )
        .await
        .unwrap();
        assert_eq!(out.digested, 1);
    }
    // 06:00 in Tirana: too early (digests go at 08:00 local time).
    let early = chrono::DateTime::parse_from_rfc3339("2026-12-01T05:00:00Z")
        .unwrap()
        .to_utc();
    assert_eq!(mail::digest::run_due(&app.db, &mailer, 8, early).await.unwrap(), 0);
    let at_nine = chrono::DateTime::parse_from_rfc3339("2026-12-01T08:00:00Z")
        .unwrap()
        .to_utc();
    assert_eq!(mail::digest::run_due(&app.db, &mailer, 8, at_nine).await.unwrap(), 1);
    assert_eq!(
        mail::digest::run_due(&app.db, &mailer, 8, at_nine).await.unwrap(),
        0,
        "idempotent"
    );
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let got = sink.received();
    assert_eq!(got.len(), 1);
    let msg = got[0].parsed();
    assert_eq!(msg.subject(), Some("Your daily Roundtable summary: 3 updates"));
    let text = msg.body_text(0).unwrap();
    assert!(text.contains("Update 0") && text.contains("Update 2"));
    assert!(msg.header_raw("List-Unsubscribe").is_some());
}

#[tokio::test]
async fn refused_connections_are_retried_and_each_message_is_delivered_once() {
    let app = spawn_app().await;
    queue_notices(&app, 3).await;
    let port = free_port();
    let worker = app.worker(port);
    let now = roundtable::db::now();
    let first = worker.deliver_due(now).await.unwrap();
    assert_eq!(first.retried, 3, "connection refused is transient");
    let queued = entity::outbox_message::Entity::find().all(&app.db).await.unwrap();
    assert!(
        queued
            .iter()
            .all(|m| m.status == "pending" && m.attempts == 1 && m.next_attempt_at > now)
    );
    let ids: HashMap<String, i64> = queued
        .iter()
        .map(|m| (m.message_id.trim_matches(['<', '>']).to_string(), m.id))
        .collect();
    assert_eq!(
        worker.deliver_due(now).await.unwrap().sent,
        0,
        "nothing is due before the backoff"
    );
    let sink = Sink::start_on(port);
    let later = now + chrono::Duration::seconds(31);
    assert_eq!(worker.deliver_due(later).await.unwrap().sent, 3);
    let got = sink.received();
    assert_eq!(got.len(), 3);
    for m in &got {
        assert!(ids.contains_key(&m.message_id()), "a retry reuses the Message-ID");
    }
}

#[tokio::test]
async fn permanent_rejection_is_dead_lettered_after_one_try_and_shown_to_the_secretariat() {
    let app = spawn_app().await;
    cast(&app).await;
    queue_notices(&app, 1).await;
    let sink = Sink::start();
    sink.reject_all(true);
    let r = app.worker(sink.port).deliver_due(roundtable::db::now()).await.unwrap();
    assert_eq!(r.dead, 1);
    let m = entity::outbox_message::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((m.status.as_str(), m.attempts), ("dead", 1));
    let sec = app.login("sec@example.org").await;
    let page = sec
        .get(app.url("/admin/mail"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("person0@example.org") && page.contains("550"));
    assert!(page.contains("<dd id=\"mail-dead\">1</dd>"));
    // Retry from the admin page: delivered once the server accepts.
    sink.reject_all(false);
    let res = app.post_form(&sec, &format!("/admin/mail/{}/retry", m.id), &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        app.worker(sink.port).drain(roundtable::db::now()).await.unwrap().sent,
        1
    );
    assert_eq!(sink.received().len(), 1);
}

#[tokio::test]
async fn a_worker_killed_mid_batch_loses_nothing_and_repeats_only_the_message_in_flight() {
    let app = spawn_app().await;
    queue_notices(&app, 8).await;
    let sink = Sink::start();
    sink.hold_message(3);
    let worker = app.worker(sink.port);
    let now = roundtable::db::now();
    let task = tokio::spawn({
        let worker = worker.clone();
        async move { worker.deliver_due(now).await }
    });
    sink.wait_until_holding().await;
    task.abort(); // the process dies while message 4 is on the wire
    let _ = task.await;
    sink.release();
    // After restart (a fresh worker), the dead worker's lease runs out and everything left goes.
    let restarted = app.worker(sink.port);
    let after_lease = now + chrono::Duration::from_std(app.settings.mail_lease).unwrap() + chrono::Duration::seconds(1);
    restarted.drain(after_lease).await.unwrap();
    let got = sink.received();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for m in &got {
        *counts.entry(m.message_id()).or_default() += 1;
    }
    assert_eq!(counts.len(), 8, "every message delivered");
    let repeated: Vec<_> = counts.values().filter(|n| **n > 1).collect();
    assert!(
        repeated.len() <= 1 && repeated.iter().all(|n| **n == 2),
        "only the in-flight message may repeat: {counts:?}"
    );
    let pending = entity::outbox_message::Entity::find()
        .filter(entity::outbox_message::Column::Status.ne("sent"))
        .all(&app.db)
        .await
        .unwrap();
    assert!(pending.is_empty());
}

#[tokio::test]
async fn two_workers_deliver_a_thousand_messages_without_duplicates() {
    let app = spawn_app().await;
    let mailer = app.mailer();
    let to: Vec<Recipient> = (0..1000)
        .map(|i| recipient(&format!("r{i}@example.org"), "Reader", None))
        .collect();
    mail::notify(&app.db, &mailer, &to, &notice("bulk", "Network newsletter"))
        .await
        .unwrap();
    let sink = Sink::start();
    let (a, b) = (app.worker(sink.port), app.worker(sink.port));
    let now = roundtable::db::now();
    let (ra, rb) = tokio::join!(a.drain(now), b.drain(now));
    let (ra, rb) = (ra.unwrap(), rb.unwrap());
    assert_eq!(ra.sent + rb.sent, 1000);
    let got = sink.received();
    assert_eq!(got.len(), 1000);
    let unique: std::collections::HashSet<_> = got.iter().map(|m| m.message_id()).collect();
    assert_eq!(unique.len(), 1000, "no message was delivered twice");
    let h = outbox::health(&app.db, now - chrono::Duration::hours(1)).await.unwrap();
    assert_eq!((h.pending, h.sent_today), (0, 1000));
}

#[tokio::test]
async fn hostile_names_and_subjects_cannot_inject_headers_or_markup() {
    let app = spawn_app().await;
    let mailer = app.mailer();
    let to = recipient(
        "victim@example.org",
        "Evil\r\nBcc: thief@example.org\r\n<script>alert(1)</script>",
        None,
    );
    let n = Notification {
        category: Category::Events,
        template: "notice",
        data: json!({ "title": format!("Hello\r\nBcc: thief@example.org {}", "x".repeat(5000)),
                      "text": "<script>alert('x')</script> & <b>bold</b>", "url": null }),
        dedupe_key: "hostile".into(),
    };
    mail::notify(&app.db, &mailer, &[to], &n).await.unwrap();
    let sink = Sink::start();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let got = sink.received();
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].to,
        vec!["victim@example.org".to_string()],
        "no extra envelope recipient"
    );
    let msg = got[0].parsed();
    assert!(msg.header("Bcc").is_none(), "no injected header");
    let subject = msg.subject().unwrap();
    assert!(!subject.contains('\n') && subject.chars().count() <= 200);
    let html = msg.body_html(0).unwrap();
    assert!(!html.contains("<script>") && html.contains("&lt;script&gt;"));
    let raw = String::from_utf8_lossy(&got[0].data);
    let headers = raw.split("\r\n\r\n").next().unwrap();
    assert!(
        !headers.lines().any(|l| l.to_ascii_lowercase().starts_with("bcc:")),
        "{headers}"
    );
}

#[tokio::test]
async fn without_smtp_mail_is_written_as_eml_files() {
    let app = spawn_app().await;
    queue_notices(&app, 2).await;
    let dir = tempfile::tempdir().unwrap();
    let mut s = app.settings.clone();
    s.smtp_url = None;
    s.mail_dir = dir.path().to_path_buf();
    let transport = roundtable::mail::transport::Transport::from_settings(&s).unwrap();
    let w = roundtable::mail::worker::Worker::new(app.db.clone(), transport, &s);
    let r = w.drain(roundtable::db::now()).await.unwrap();
    let rows: Vec<_> = entity::outbox_message::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.status, m.attempts, m.last_error, m.next_attempt_at, m.lease_until))
        .collect();
    assert_eq!(r.sent, 2, "{r:?} {rows:?}");
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(
        files
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .count(),
        2,
        "{files:?}"
    );
    let _ = Duration::from_secs(0);
}
