//! Several people, several instances and the background worker writing at the same moment:
//! no answer is a server error, and every write that was acknowledged is there afterwards.

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use futures_util::future::join_all;
use roundtable::services::directory::{self as dir, PersonFields};
use roundtable::services::events as ev;
use roundtable::services::participants;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::helpers::{TestApp, cast, client, csrf_from, spawn_app};

/// Writes per client per kind (4 clients). The load is 100; `CONCURRENT_WRITES`
/// changes it for a longer soak.
fn writes() -> usize {
    std::env::var("CONCURRENT_WRITES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100)
}

const CLIENTS: usize = 4;

/// A signed-in browser whose CSRF token is read once (it is stable for the session).
struct Browser {
    c: reqwest::Client,
    csrf: String,
}

async fn browser(app: &TestApp, email: &str) -> Browser {
    let c = app.login(email).await;
    let csrf = app.csrf(&c).await;
    Browser { c, csrf }
}

impl Browser {
    async fn post(&self, url: &str, fields: &[(&str, &str)]) -> u16 {
        let mut all = vec![("_csrf", self.csrf.as_str())];
        all.extend_from_slice(fields);
        let res = self.c.post(url).form(&all).send().await.expect("an answer");
        res.status().as_u16()
    }

    /// The hidden `version` of the form on the page at `url`, as the browser would send it.
    async fn version(&self, url: &str) -> String {
        let page = self.c.get(url).send().await.expect("an answer");
        assert_eq!(page.status(), 200, "{url}");
        crate::helpers::hidden_from(&page.text().await.expect("a page"), "version")
            .unwrap_or_else(|| panic!("{url} has a version field"))
    }
}

/// A PUT that carries the version it was based on when the resource offers one (ETag).
async fn put_json(c: &reqwest::Client, url: &str, token: &str, body: serde_json::Value) -> u16 {
    let got = c.get(url).bearer_auth(token).send().await.expect("an answer");
    let etag = got.headers().get("etag").cloned();
    let mut req = c.put(url).bearer_auth(token).json(&body);
    if let Some(tag) = etag {
        req = req.header("If-Match", tag);
    }
    req.send().await.expect("an answer").status().as_u16()
}

/// Runs `CLIENTS` clients at once, each making `writes()` requests in turn; returns, per
/// client, the index of every acknowledged request. Any 5xx fails the test.
async fn hammer<F, Fut>(kind: &str, f: F) -> Vec<Vec<usize>>
where
    F: Fn(usize, usize) -> Fut,
    Fut: std::future::Future<Output = u16>,
{
    let n = writes();
    let runs = (0..CLIENTS).map(|i| {
        let f = &f;
        async move {
            let mut ok = vec![];
            for k in 0..n {
                let status = f(i, k).await;
                assert!(status < 500, "{kind}: client {i} write {k} answered {status}");
                if status < 400 {
                    ok.push(k);
                }
            }
            ok
        }
    });
    let acked = join_all(runs).await;
    for (i, a) in acked.iter().enumerate() {
        assert!(!a.is_empty(), "{kind}: client {i} had no write accepted");
    }
    acked
}

/// The background work a real instance does between requests: search-index passes and mail.
fn background(app: &TestApp) -> (Arc<AtomicBool>, tokio::task::JoinHandle<usize>) {
    let stop = Arc::new(AtomicBool::new(false));
    let db = app.db.clone();
    let sink = crate::smtp::Sink::start();
    let worker = app.worker(sink.port);
    let flag = stop.clone();
    let task = tokio::spawn(async move {
        let mut passes = 0;
        while !flag.load(Ordering::Relaxed) {
            roundtable::services::search::sync_with(&db, roundtable::services::search::Pass::Full, &mut |_, _| {})
                .await
                .expect("a search-index pass never fails beside users' writes");
            worker
                .deliver_due(roundtable::db::now())
                .await
                .expect("a mail pass never fails beside users' writes");
            passes += 1;
            tokio::task::yield_now().await;
        }
        passes
    });
    (stop, task)
}

async fn person(app: &TestApp, org: i32, name: &str, email: &str) -> i32 {
    let f = PersonFields {
        organization_id: Some(org),
        name: name.into(),
        email: email.into(),
        network_role: "contact".into(),
        ..Default::default()
    };
    dir::create_person(&app.db, f.parse(&app.db).await.expect("valid person"))
        .await
        .expect("create person")
        .id
}

async fn event(app: &TestApp, title: &str, capacity: Option<i32>) -> entity::event::Model {
    let fields = ev::EventFields {
        title: title.into(),
        kind: "roundtable".into(),
        time_zone: "Europe/Tirane".into(),
        start_date: "2031-12-12".into(),
        start_time: "09:00".into(),
        end_date: "2031-12-12".into(),
        end_time: "17:00".into(),
        venue_name: "Hotel Demo".into(),
        visibility: "network".into(),
        status: "published".into(),
        capacity: capacity.map(|c| c.to_string()).unwrap_or_default(),
        ..Default::default()
    };
    let e = ev::create(&app.db, fields.parse(&app.db).await.expect("valid event"), None, "test")
        .await
        .expect("create event");
    let item = ev::ItemFields {
        day: "2031-12-12".into(),
        start_time: "10:00".into(),
        end_time: "11:00".into(),
        title: "Direct assistance".into(),
        kind: "session".into(),
        ..Default::default()
    };
    ev::save_item(&app.db, e.id, None, item.parse(&e).expect("valid item"))
        .await
        .expect("create agenda item");
    e
}

/// Signed RSVP links (no sign-in) for every participant of an event, in id order.
async fn rsvp_links(app: &TestApp, e: &entity::event::Model) -> Vec<(i32, String)> {
    let mut ps = participants::list(&app.db, e.id).await.expect("participants");
    ps.sort_by_key(|p| p.id);
    ps.iter()
        .map(|p| (p.id, participants::rsvp_path(app.settings.secret_key(), p, e)))
        .collect()
}

/// Answers an RSVP link as someone without an account would: open it, then send the form.
async fn answer(base: &str, path: &str, status: &str, dietary: &str) -> u16 {
    let c = client();
    let url = format!("{base}{path}");
    let page = c.get(&url).send().await.expect("an answer");
    assert_eq!(page.status(), 200, "the RSVP page opens");
    let csrf = csrf_from(&page.text().await.expect("a page"));
    c.post(&url)
        .form(&[("_csrf", csrf.as_str()), ("status", status), ("dietary", dietary)])
        .send()
        .await
        .expect("an answer")
        .status()
        .as_u16()
}

#[tokio::test]
async fn four_clients_writing_every_kind_at_once_never_get_a_server_error_and_every_saved_write_is_kept() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let own = c.own_org.to_string();
    let (stop, bg) = background(&app);

    // Action items: progress updates on four different items, by four members' browsers.
    let members: Vec<Browser> = join_all((0..CLIENTS).map(|_| browser(&app, "member@example.org"))).await;
    let mut items = vec![];
    for (i, m) in members.iter().enumerate() {
        let title = format!("Concurrent item {i}");
        let res =
            m.c.post(app.url("/actions"))
                .form(&[("_csrf", m.csrf.as_str()), ("title", &title), ("owner_org_id", &own)])
                .send()
                .await
                .unwrap();
        assert_eq!(res.status(), 303);
        let id: i32 = res.headers()["location"]
            .to_str()
            .unwrap()
            .trim_start_matches("/actions/")
            .parse()
            .unwrap();
        items.push(id);
    }
    let acked = hammer("progress update", |i, k| {
        let url = app.url(&format!("/actions/{}/progress", items[i]));
        let comment = format!("c{i}-{k}");
        let percent = (k % 100).to_string();
        let m = &members[i];
        async move {
            m.post(
                &url,
                &[("comment", &comment), ("status", "in_progress"), ("percent", &percent)],
            )
            .await
        }
    })
    .await;
    for (i, ks) in acked.iter().enumerate() {
        let stored: HashSet<String> = roundtable::services::actions::timeline(&app.db, items[i])
            .await
            .unwrap()
            .into_iter()
            .filter_map(|ch| ch.comment)
            .collect();
        for k in ks {
            assert!(
                stored.contains(&format!("c{i}-{k}")),
                "progress c{i}-{k} was acknowledged and kept"
            );
        }
    }

    // The same items through the API.
    let token = app.token_for(c.member).await;
    let api = client();
    let acked = hammer("action item PUT", |i, k| {
        let url = app.url(&format!("/api/v1/action-items/{}", items[i]));
        let body = json!({"title": format!("t{i}-{k}"), "owner_org_id": c.own_org});
        let (api, token) = (&api, &token);
        async move { put_json(api, &url, token, body).await }
    })
    .await;
    for (i, ks) in acked.iter().enumerate() {
        let item = roundtable::services::actions::get(&app.db, items[i]).await.unwrap();
        assert_eq!(
            item.title,
            format!("t{i}-{}", ks.last().unwrap()),
            "the last saved title stays"
        );
    }

    // Legal-register entries: four cells, through the API.
    let topics: Vec<String> = entity::legal_topic::Entity::find()
        .filter(entity::legal_topic::Column::Retired.eq(false))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|t| t.parameter.is_none())
        .take(CLIENTS)
        .map(|t| t.code)
        .collect();
    assert_eq!(topics.len(), CLIENTS);
    let sec_token = app.token_for(c.secretariat).await;
    let acked = hammer("legal entry PUT", |i, k| {
        let url = app.url(&format!("/api/v1/legal/entries/{}/AL", topics[i]));
        let body = json!({"assessment": "partly_aligned", "summary": format!("s{i}-{k}")});
        let (api, token) = (&api, &sec_token);
        async move { put_json(api, &url, token, body).await }
    })
    .await;
    for (i, ks) in acked.iter().enumerate() {
        let got: serde_json::Value = api
            .get(app.url(&format!("/api/v1/legal/entries/{}/AL", topics[i])))
            .bearer_auth(&sec_token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert!(
            got.to_string().contains(&format!("s{i}-{}\"", ks.last().unwrap())),
            "the last saved summary of {} stays: {got}",
            topics[i]
        );
    }

    // Minutes of four meetings and their agendas, saved and published by four secretariat browsers.
    let secs: Vec<Browser> = join_all((0..CLIENTS).map(|_| browser(&app, "sec@example.org"))).await;
    let mut events = vec![];
    for i in 0..CLIENTS {
        events.push(event(&app, &format!("Concurrent meeting {i}"), None).await);
    }
    let acked = hammer("minutes save", |i, k| {
        let url = app.url(&format!("/events/{}/minutes", events[i].id));
        let notes = format!("m{i}-{k}");
        let s = &secs[i];
        async move {
            // Each save is based on the version the minutes page showed just before.
            let version = s.version(&url).await;
            s.post(&url, &[("meeting_notes", &notes), ("version", &version)]).await
        }
    })
    .await;
    for (i, ks) in acked.iter().enumerate() {
        let m = entity::minutes::Entity::find_by_id(events[i].id)
            .one(&app.db)
            .await
            .unwrap()
            .expect("minutes saved");
        assert!(
            m.content.contains(&format!("m{i}-{}\"", ks.last().unwrap())),
            "the last saved minutes stay"
        );
    }
    hammer("agenda publishing", |i, _| {
        let url = app.url(&format!("/events/{}/publish-agenda", events[i].id));
        let s = &secs[i];
        async move { s.post(&url, &[]).await }
    })
    .await;
    for e in &events {
        assert!(ev::get(&app.db, e.id).await.unwrap().agenda_published);
    }

    // Invitations: four secretariat browsers invite different people to one event at once.
    let target = &events[0];
    let mut people = vec![vec![]; CLIENTS];
    for (i, list) in people.iter_mut().enumerate() {
        for k in 0..writes() {
            list.push(
                person(
                    &app,
                    c.own_org,
                    &format!("Invitee {i}-{k}"),
                    &format!("inv{i}-{k}@example.org"),
                )
                .await,
            );
        }
    }
    let acked = hammer("invitation", |i, k| {
        let url = app.url(&format!("/events/{}/invite", target.id));
        let id = people[i][k].to_string();
        let s = &secs[i];
        async move { s.post(&url, &[("people", &id)]).await }
    })
    .await;
    let invited: HashSet<String> = participants::list(&app.db, target.id)
        .await
        .unwrap()
        .into_iter()
        .map(|p| p.email)
        .collect();
    for (i, ks) in acked.iter().enumerate() {
        for k in ks {
            assert!(
                invited.contains(&format!("inv{i}-{k}@example.org")),
                "invitation {i}-{k} kept"
            );
        }
    }

    // RSVP answers: four invitees change their answer again and again, at the same time.
    let links = rsvp_links(&app, target).await;
    let acked = hammer("RSVP answer", |i, k| {
        let path = links[i].1.clone();
        let status = ["accepted", "tentative", "declined"][k % 3];
        let dietary = format!("d{i}-{k}");
        let base = app.base.clone();
        async move { answer(&base, &path, status, &dietary).await }
    })
    .await;
    for (i, ks) in acked.iter().enumerate() {
        let p = participants::get(&app.db, links[i].0).await.unwrap();
        assert_eq!(
            p.dietary.as_deref(),
            Some(format!("d{i}-{}", ks.last().unwrap()).as_str())
        );
    }

    stop.store(true, Ordering::Relaxed);
    let passes = bg.await.expect("background work ended cleanly");
    assert!(passes > 0, "the background passes ran alongside");
}

#[tokio::test]
async fn thirty_acceptances_at_once_across_two_instances_never_exceed_the_capacity() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let second = app.spawn_instance().await;
    let e = event(&app, "Five places", Some(5)).await;
    let mut ids = vec![];
    for k in 0..30 {
        ids.push(person(&app, c.own_org, &format!("Guest {k}"), &format!("guest{k}@example.org")).await);
    }
    let sec = browser(&app, "sec@example.org").await;
    let mut fields = vec![];
    let id_strings: Vec<String> = ids.iter().map(|i| i.to_string()).collect();
    for id in &id_strings {
        fields.push(("people", id.as_str()));
    }
    assert_eq!(
        sec.post(&app.url(&format!("/events/{}/invite", e.id)), &fields).await,
        303
    );
    let links = rsvp_links(&app, &e).await;
    assert_eq!(links.len(), 30);
    let statuses = join_all(links.iter().enumerate().map(|(k, (_, path))| {
        let base = if k % 2 == 0 { app.base.clone() } else { second.clone() };
        async move { answer(&base, path, "accepted", "").await }
    }))
    .await;
    for (k, s) in statuses.iter().enumerate() {
        assert_eq!(*s, 200, "answer {k} is recorded and acknowledged");
    }
    let all = participants::list(&app.db, e.id).await.unwrap();
    let accepted = all.iter().filter(|p| p.status == "accepted").count();
    let waiting = all.iter().filter(|p| p.status == "waitlisted").count();
    assert_eq!((accepted, waiting), (5, 25), "five places, everyone else waits");
}

#[tokio::test]
async fn two_workers_with_a_slow_smtp_server_send_every_message_exactly_once() {
    use roundtable::mail::outbox;
    let app = spawn_app().await;
    let total = 300;
    for k in 0..total {
        outbox::enqueue(
            &app.db,
            outbox::NewMessage {
                dedupe_key: format!("slow:{k}"),
                user_id: None,
                category: "events".into(),
                to_address: format!("to{k}@example.org"),
                from_address: "roundtable@example.org".into(),
                subject: format!("Message {k}"),
                message_id: format!("<slow-{k}@roundtable.test>"),
                raw: format!(
                    "From: roundtable@example.org\r\nTo: to{k}@example.org\r\nSubject: Message {k}\r\nMessage-ID: <slow-{k}@roundtable.test>\r\n\r\nBody {k}\r\n"
                ),
            },
        )
        .await
        .unwrap();
    }
    // A claim takes at most its batch, whatever the database's planner does.
    let probe = outbox::claim(&app.db, "probe", roundtable::db::now(), std::time::Duration::ZERO, 10)
        .await
        .unwrap();
    assert_eq!(probe.len(), 10, "a claim of 10 takes 10 of {total} due messages");

    // Each worker's batch (100 messages at 20 ms) takes longer than its 1.5 s lease: the lease
    // must be renewed, or the other worker takes over messages that are still being sent.
    let sink = crate::smtp::Sink::start();
    sink.slow(std::time::Duration::from_millis(20));
    let workers = join_all((0..2).map(|_| async {
        let pool = roundtable::db::connect(&app.settings.database_url).await.unwrap();
        let mut w = app.worker(sink.port);
        w.db = pool;
        w.lease = std::time::Duration::from_millis(1500);
        w
    }))
    .await;
    let sent = join_all(workers.iter().map(|w| async move {
        let mut sent = 0;
        loop {
            let r = w.deliver_due(roundtable::db::now()).await.expect("a delivery pass");
            sent += r.sent;
            if r.sent + r.retried + r.dead == 0 {
                let pending = outbox::health(&w.db, roundtable::db::now()).await.unwrap().pending;
                if pending == 0 {
                    return sent;
                }
                // The rest is held by the other worker: wait for it to finish.
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
        }
    }))
    .await;
    assert!(sent.iter().all(|&n| n > 0), "both workers took part: {sent:?}");
    let got = sink.received();
    let ids: Vec<String> = got.iter().map(|m| m.message_id()).collect();
    let distinct: HashSet<&String> = ids.iter().collect();
    assert_eq!(distinct.len(), total, "no message lost");
    assert_eq!(ids.len(), total, "no message sent twice");
    assert_eq!(sent.iter().sum::<usize>(), total);
}

#[tokio::test]
async fn two_instances_saving_one_register_entry_at_once_let_exactly_one_save_win() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let second = app.spawn_instance().await;
    let token = app.token_for(c.secretariat).await;
    let api = client();
    let path = "/api/v1/legal/entries/ASS-05/AL";
    let etag = |base: String| {
        let (api, token) = (&api, &token);
        async move {
            let res = api
                .get(format!("{base}{path}"))
                .bearer_auth(token)
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 200);
            res.headers()["etag"].to_str().unwrap().to_string()
        }
    };
    let first = etag(app.base.clone()).await;
    let res = api
        .put(app.url(path))
        .bearer_auth(&token)
        .header("If-Match", &first)
        .json(&json!({"assessment": "partly_aligned", "summary": "First assessment"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    // Ten people (five on each instance) save the version they all loaded, at the same moment.
    let loaded = etag(second.clone()).await;
    let statuses = join_all((0..10).map(|k| {
        let base = if k % 2 == 0 { app.base.clone() } else { second.clone() };
        let (api, token, loaded) = (&api, &token, &loaded);
        async move {
            api.put(format!("{base}{path}"))
                .bearer_auth(token)
                .header("If-Match", loaded)
                .json(&json!({"assessment": "aligned", "summary": format!("Edit {k}")}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    }))
    .await;
    let won: Vec<usize> = (0..10).filter(|&k| statuses[k] == 200).collect();
    assert_eq!(won.len(), 1, "exactly one save wins: {statuses:?}");
    assert!(
        statuses.iter().all(|&s| s == 200 || s == 412),
        "the others are told their version is stale: {statuses:?}"
    );
    let now: serde_json::Value = api
        .get(app.url(path))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        now.to_string().contains(&format!("Edit {}\"", won[0])),
        "the winner's text is kept: {now}"
    );
    let history: Vec<serde_json::Value> = api
        .get(app.url(&format!("{path}/history")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let mut versions: Vec<i64> = history.iter().map(|r| r["version"].as_i64().unwrap()).collect();
    versions.sort();
    let n = versions.len();
    versions.dedup();
    assert_eq!(versions.len(), n, "revision numbers never repeat: {versions:?}");
    assert!(
        n >= 2 && versions[n - 1] - versions[0] + 1 == n as i64,
        "and have no gaps: {versions:?}"
    );
}
