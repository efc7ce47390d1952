//! No silent lost updates (edits carry their version): every edit form and API `PUT` names the version it was based on; a
//! save based on an older version is refused (a 409 page with the typed text and the current
//! text side by side, or 412 in the API) and revision numbers stay unique.

use roundtable::auth::Role;
use sea_orm::EntityTrait;
use serde_json::{Value, json};

use crate::helpers::{TestApp, cast, hidden_from, spawn_app};

/// Posts a form with a fresh CSRF token for `c`.
async fn submit(app: &TestApp, c: &reqwest::Client, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    app.post_form(c, path, fields).await
}

/// Two signed-in secretariat users editing the same records.
async fn two_editors(app: &TestApp) -> (reqwest::Client, reqwest::Client) {
    cast(app).await;
    app.user("second@example.org", Role::Secretariat, None).await;
    (
        app.login("sec@example.org").await,
        app.login("second@example.org").await,
    )
}

/// Sends `n` copies of one form at once and returns their statuses.
async fn race(app: &TestApp, c: &reqwest::Client, path: &str, fields: Vec<(String, String)>, n: usize) -> Vec<u16> {
    let csrf = app.csrf(c).await;
    let mut all = fields;
    all.push(("_csrf".into(), csrf));
    let mut set = tokio::task::JoinSet::new();
    for i in 0..n {
        let c = c.clone();
        let url = app.url(path);
        let mut body = all.clone();
        // Each save changes something, so none is "unchanged".
        for (k, v) in body.iter_mut() {
            if k == "summary" || k == "title" || k == "name" {
                v.push_str(&format!(" {i}"));
            }
        }
        set.spawn(async move { c.post(url).form(&body).send().await.map(|r| r.status().as_u16()) });
    }
    let mut statuses = vec![];
    while let Some(r) = set.join_next().await {
        statuses.push(r.expect("task").expect("response"));
    }
    statuses.sort();
    statuses
}

fn assert_one_winner(statuses: &[u16], winner: u16) {
    let wins = statuses.iter().filter(|s| **s == winner).count();
    let refused = statuses.iter().filter(|s| **s == 409).count();
    assert_eq!(wins, 1, "exactly one save wins: {statuses:?}");
    assert_eq!(
        refused,
        statuses.len() - 1,
        "every other save is refused, none fails: {statuses:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Legal register entries

fn entry_fields(summary: &str, version: &str) -> Vec<(&'static str, String)> {
    vec![
        ("assessment", "partly_aligned".into()),
        ("summary", summary.into()),
        ("citations", "Law No. 1/2020, Art. 12".into()),
        ("version", version.into()),
    ]
}

async fn post_entry(app: &TestApp, c: &reqwest::Client, summary: &str, version: &str) -> reqwest::Response {
    let f = entry_fields(summary, version);
    let refs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
    submit(app, c, "/legal/entries/RES-01/AL", &refs).await
}

async fn revision_numbers(app: &TestApp) -> Vec<i32> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    entity::legal_revision::Entity::find()
        .filter(entity::legal_revision::Column::CountryCode.eq("AL"))
        .order_by_asc(entity::legal_revision::Column::Version)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.version)
        .collect()
}

#[tokio::test]
async fn a_legal_entry_saved_from_a_stale_form_is_refused_with_both_texts_and_saves_after_merging() {
    let app = spawn_app().await;
    let (alice, bob) = two_editors(&app).await;
    assert_eq!(post_entry(&app, &alice, "First text", "0").await.status(), 303);
    let alice_version = app.form_version(&alice, "/legal/entries/RES-01/AL/edit").await;
    let bob_version = app.form_version(&bob, "/legal/entries/RES-01/AL/edit").await;
    assert_eq!((alice_version.as_str(), bob_version.as_str()), ("1", "1"));

    assert_eq!(
        post_entry(&app, &bob, "Bob says thirty days", &bob_version)
            .await
            .status(),
        303
    );
    let res = post_entry(&app, &alice, "Alice says forty days", &alice_version).await;
    assert_eq!(
        res.status(),
        409,
        "a save based on version 1 after version 2 is refused"
    );
    let html = res.text().await.unwrap();
    assert!(
        html.contains("Someone else saved this record after you opened it"),
        "{html}"
    );
    assert!(
        html.contains("Alice says forty days"),
        "what Alice typed is kept in the form"
    );
    assert!(html.contains("Bob says thirty days"), "the current saved text is shown");
    assert!(html.contains("Current saved text"));
    assert_eq!(
        hidden_from(&html, "version").as_deref(),
        Some("2"),
        "the form is now based on the current version"
    );

    let page = alice
        .get(app.url("/legal/entries/RES-01/AL"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Bob says thirty days") && !page.contains("Alice says forty days"),
        "nothing was overwritten"
    );

    let merged = post_entry(&app, &alice, "Alice and Bob: thirty days", "2").await;
    assert_eq!(
        merged.status(),
        303,
        "saving the merged text on the current version succeeds"
    );
    let page = alice
        .get(app.url("/legal/entries/RES-01/AL"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Alice and Bob: thirty days"));
    assert_eq!(revision_numbers(&app).await, vec![1, 2, 3]);
}

#[tokio::test]
async fn a_legal_entry_form_opened_before_the_cell_was_first_assessed_is_refused() {
    let app = spawn_app().await;
    let (alice, bob) = two_editors(&app).await;
    assert_eq!(app.form_version(&alice, "/legal/entries/RES-01/AL/edit").await, "0");
    assert_eq!(post_entry(&app, &bob, "Bob was first", "0").await.status(), 303);
    let res = post_entry(&app, &alice, "Alice was second", "0").await;
    assert_eq!(res.status(), 409);
    let html = res.text().await.unwrap();
    assert!(html.contains("Alice was second") && html.contains("Bob was first"));
    assert_eq!(hidden_from(&html, "version").as_deref(), Some("1"));
}

#[tokio::test]
async fn concurrent_saves_of_one_legal_entry_version_let_exactly_one_win_and_keep_revision_numbers_unique() {
    let app = spawn_app().await;
    let (alice, _) = two_editors(&app).await;
    assert_eq!(post_entry(&app, &alice, "First text", "0").await.status(), 303);
    let fields = entry_fields("Concurrent text", "1")
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    let statuses = race(&app, &alice, "/legal/entries/RES-01/AL", fields, 8).await;
    assert_one_winner(&statuses, 303);
    assert_eq!(
        revision_numbers(&app).await,
        vec![1, 2],
        "one revision per successful save"
    );
}

#[tokio::test]
async fn the_legal_entry_api_needs_if_match_refuses_a_stale_one_with_412_and_answers_the_new_etag() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let token = app.token_for(c.secretariat).await;
    let api = reqwest::Client::new();
    let url = app.url("/api/v1/legal/entries/RES-01/AL");
    let got = api.get(&url).bearer_auth(&token).send().await.unwrap();
    assert_eq!(got.headers()["etag"], "\"0\"", "a cell never assessed is at version 0");
    let body = json!({"assessment": "aligned", "summary": "Via the API"});

    let res = api.put(&url).bearer_auth(&token).json(&body).send().await.unwrap();
    assert_eq!(res.status(), 428, "a PUT without If-Match is refused");
    let err: Value = res.json().await.unwrap();
    assert_eq!(err["error"]["code"], "precondition_required");
    assert!(err["error"]["message"].as_str().unwrap().contains("If-Match"));

    let res = api
        .put(&url)
        .bearer_auth(&token)
        .header("If-Match", "\"0\"")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["etag"], "\"1\"");

    let stale = json!({"assessment": "not_aligned", "summary": "Based on nothing"});
    let res = api
        .put(&url)
        .bearer_auth(&token)
        .header("If-Match", "\"0\"")
        .json(&stale)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 412, "a PUT based on an older version is refused");
    let err: Value = res.json().await.unwrap();
    assert_eq!(err["error"]["code"], "precondition_failed");
    assert_eq!(err["error"]["current_version"], 1);

    let res = api
        .put(&url)
        .bearer_auth(&token)
        .header("If-Match", "\"1\"")
        .json(&stale)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["etag"], "\"2\"");
    let got: Value = api
        .get(&url)
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(got["entry"]["summary"], "Based on nothing");
    assert_eq!(got["version"], 2);
}

// ---------------------------------------------------------------------------------------------
// The same round trip for every other edited record

/// Alice and Bob open the same edit form; Bob saves first; Alice's save is refused with her text
/// and Bob's on the page; saving her merged text on the version the 409 page carries succeeds.
async fn stale_form_round_trip(
    app: &TestApp,
    (alice, bob): (&reqwest::Client, &reqwest::Client),
    edit_path: &str,
    save_path: &str,
    fields: &[(&str, &str)],
    field: &str,
) {
    let alice_version = app.form_version(alice, edit_path).await;
    let bob_version = app.form_version(bob, edit_path).await;
    assert_eq!(alice_version, bob_version);
    let with = |text: &'static str, version: &str| {
        let mut all: Vec<(String, String)> = fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        all.push((field.to_string(), text.to_string()));
        all.push(("version".to_string(), version.to_string()));
        all
    };
    let send = |c: &reqwest::Client, f: Vec<(String, String)>| {
        let c = c.clone();
        async move {
            let refs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            app.post_form(&c, save_path, &refs).await
        }
    };
    let res = send(bob, with("Bob typed this first", &bob_version)).await;
    assert_eq!(res.status(), 303, "Bob's save on {save_path} succeeds");
    let res = send(alice, with("Alice typed this later", &alice_version)).await;
    assert_eq!(
        res.status(),
        409,
        "Alice's save from the stale form on {save_path} is refused"
    );
    let html = res.text().await.unwrap();
    assert!(
        html.contains("Someone else saved this record after you opened it"),
        "{html}"
    );
    assert!(html.contains("Alice typed this later"), "what Alice typed is kept");
    assert!(html.contains("Bob typed this first"), "the current saved text is shown");
    let new_version = hidden_from(&html, "version").expect("the 409 form has a version");
    assert_ne!(
        new_version, alice_version,
        "the 409 form is based on the current version"
    );
    let res = send(alice, with("Alice and Bob merged", &new_version)).await;
    assert_eq!(res.status(), 303, "saving the merged text on {save_path} succeeds");
    let page = alice
        .get(app.url(edit_path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Alice and Bob merged") && !page.contains("Bob typed this first"));
}

/// GET answers an ETag; PUT without If-Match is 428; with it, 200 and the next ETag; with the
/// old one again, 412 naming the current version.
async fn api_if_match_round_trip(app: &TestApp, token: &str, path: &str, first: Value, second: Value) {
    let api = reqwest::Client::new();
    let url = app.url(path);
    let got = api.get(&url).bearer_auth(token).send().await.unwrap();
    assert_eq!(got.status(), 200);
    let etag = got.headers()["etag"].to_str().unwrap().to_string();
    let version: i32 = etag.trim_matches('"').parse().expect("the ETag is a quoted version");

    let res = api.put(&url).bearer_auth(token).json(&first).send().await.unwrap();
    assert_eq!(res.status(), 428, "PUT {path} without If-Match");
    let err: Value = res.json().await.unwrap();
    assert_eq!(err["error"]["code"], "precondition_required");

    let res = api
        .put(&url)
        .bearer_auth(token)
        .header("If-Match", &etag)
        .json(&first)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "PUT {path} with the current ETag");
    assert_eq!(res.headers()["etag"].to_str().unwrap(), format!("\"{}\"", version + 1));

    let res = api
        .put(&url)
        .bearer_auth(token)
        .header("If-Match", &etag)
        .json(&second)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 412, "PUT {path} with an old ETag");
    let err: Value = res.json().await.unwrap();
    assert_eq!(err["error"]["current_version"], version + 1);
    let got = api.get(&url).bearer_auth(token).send().await.unwrap();
    assert_eq!(
        got.headers()["etag"].to_str().unwrap(),
        format!("\"{}\"", version + 1),
        "the refused PUT changed nothing"
    );
}

const ORG_FIELDS: [(&str, &str); 5] = [
    ("name", "Own Org"),
    ("country", "AL"),
    ("kind", "cso"),
    ("membership_status", "member"),
    ("service", "shelter"),
];

#[tokio::test]
async fn an_organization_saved_from_a_stale_form_is_refused_with_both_texts_and_saves_after_merging() {
    let app = spawn_app().await;
    let (alice, bob) = two_editors(&app).await;
    let id = entity::organization::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    stale_form_round_trip(
        &app,
        (&alice, &bob),
        &format!("/organizations/{id}/edit"),
        &format!("/organizations/{id}"),
        &ORG_FIELDS,
        "description",
    )
    .await;
}

#[tokio::test]
async fn the_organization_api_needs_if_match_and_refuses_a_stale_one() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let token = app.token_for(c.secretariat).await;
    let body = |d: &str| json!({"name": "Own Org", "country": "AL", "kind": "cso", "membership_status": "member", "description": d});
    api_if_match_round_trip(
        &app,
        &token,
        &format!("/api/v1/organizations/{}", c.own_org),
        body("First"),
        body("Stale"),
    )
    .await;
}

async fn a_person(app: &TestApp, org: i32) -> i32 {
    let input = roundtable::services::directory::PersonFields {
        organization_id: Some(org),
        name: "Ana Hoxha".into(),
        network_role: "contact".into(),
        ..Default::default()
    }
    .parse(&app.db)
    .await
    .unwrap();
    roundtable::services::directory::create_person(&app.db, input)
        .await
        .unwrap()
        .id
}

#[tokio::test]
async fn a_person_saved_from_a_stale_form_is_refused_with_both_texts_and_saves_after_merging() {
    let app = spawn_app().await;
    let (alice, bob) = two_editors(&app).await;
    let org = entity::organization::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let id = a_person(&app, org).await;
    stale_form_round_trip(
        &app,
        (&alice, &bob),
        &format!("/people/{id}/edit"),
        &format!("/people/{id}"),
        &[("name", "Ana Hoxha"), ("network_role", "contact")],
        "title",
    )
    .await;
}

#[tokio::test]
async fn the_people_api_needs_if_match_and_refuses_a_stale_one() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = a_person(&app, c.own_org).await;
    let token = app.token_for(c.secretariat).await;
    let body = |t: &str| json!({"name": "Ana Hoxha", "network_role": "contact", "title": t});
    api_if_match_round_trip(
        &app,
        &token,
        &format!("/api/v1/people/{id}"),
        body("First"),
        body("Stale"),
    )
    .await;
}

async fn an_action_item(app: &TestApp, c: &reqwest::Client, org: i32) -> i32 {
    let org = org.to_string();
    let res = app
        .post_form(
            c,
            "/actions",
            &[
                ("title", "Train the new caseworkers"),
                ("owner_org_id", &org),
                ("priority", "normal"),
                ("status", "open"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let location = res.headers()["location"].to_str().unwrap().to_string();
    location
        .trim_start_matches("/actions/")
        .parse()
        .expect("the new item's address")
}

#[tokio::test]
async fn an_action_item_saved_from_a_stale_form_is_refused_with_both_texts_and_saves_after_merging() {
    let app = spawn_app().await;
    let (alice, bob) = two_editors(&app).await;
    let org = entity::organization::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let id = an_action_item(&app, &alice, org).await;
    let org = org.to_string();
    stale_form_round_trip(
        &app,
        (&alice, &bob),
        &format!("/actions/{id}/edit"),
        &format!("/actions/{id}"),
        &[
            ("title", "Train the new caseworkers"),
            ("owner_org_id", org.as_str()),
            ("priority", "normal"),
            ("status", "open"),
        ],
        "description",
    )
    .await;
}

#[tokio::test]
async fn a_progress_update_makes_an_action_item_form_opened_before_it_stale() {
    let app = spawn_app().await;
    let (alice, bob) = two_editors(&app).await;
    let org = entity::organization::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let id = an_action_item(&app, &alice, org).await;
    let version = app.form_version(&alice, &format!("/actions/{id}/edit")).await;
    let res = app
        .post_form(
            &bob,
            &format!("/actions/{id}/progress"),
            &[("status", "done"), ("comment", "Finished")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let org = org.to_string();
    let res = app
        .post_form(
            &alice,
            &format!("/actions/{id}"),
            &[
                ("title", "Train the new caseworkers"),
                ("owner_org_id", &org),
                ("priority", "high"),
                ("status", "open"),
                ("version", &version),
            ],
        )
        .await;
    assert_eq!(
        res.status(),
        409,
        "saving the old form would have reopened the item without a word"
    );
    let html = res.text().await.unwrap();
    assert!(html.contains("Current saved text") && html.contains("Done"));
}

#[tokio::test]
async fn the_action_item_api_needs_if_match_and_refuses_a_stale_one() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let id = an_action_item(&app, &sec, c.own_org).await;
    let token = app.token_for(c.secretariat).await;
    let body = |d: &str| json!({"title": "Train the new caseworkers", "owner_org_id": c.own_org, "priority": "normal", "status": "open", "description": d});
    api_if_match_round_trip(
        &app,
        &token,
        &format!("/api/v1/action-items/{id}"),
        body("First"),
        body("Stale"),
    )
    .await;
}

// ---------------------------------------------------------------------------------------------
// Events, agenda items, minutes, documents and legal topics

const EVENT_FIELDS: [(&str, &str); 10] = [
    ("title", "Roundtable on shelters"),
    ("venue_name", "Hotel Demo, Tiranë"),
    ("kind", "roundtable"),
    ("time_zone", "Europe/Tirane"),
    ("start_date", "2031-12-12"),
    ("start_time", "09:00"),
    ("end_date", "2031-12-12"),
    ("end_time", "17:30"),
    ("visibility", "network"),
    ("status", "draft"),
];

/// A draft event made with the form (so nobody is mailed), and its id.
async fn an_event(app: &TestApp, c: &reqwest::Client) -> i32 {
    let res = app.post_form(c, "/events", &EVENT_FIELDS).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let location = res.headers()["location"].to_str().unwrap().to_string();
    location
        .trim_start_matches("/events/")
        .parse()
        .expect("the new event's address")
}

#[tokio::test]
async fn an_event_saved_from_a_stale_form_is_refused_with_both_texts_and_saves_after_merging() {
    let app = spawn_app().await;
    let (alice, bob) = two_editors(&app).await;
    let id = an_event(&app, &alice).await;
    stale_form_round_trip(
        &app,
        (&alice, &bob),
        &format!("/events/{id}/edit"),
        &format!("/events/{id}"),
        &EVENT_FIELDS,
        "description",
    )
    .await;
}

#[tokio::test]
async fn cancelling_an_event_makes_an_edit_form_opened_before_it_stale() {
    let app = spawn_app().await;
    let (alice, bob) = two_editors(&app).await;
    let id = an_event(&app, &alice).await;
    let version = app.form_version(&alice, &format!("/events/{id}/edit")).await;
    let res = app
        .post_form(&bob, &format!("/events/{id}/cancel"), &[("confirmed", "1")])
        .await;
    assert_eq!(res.status(), 303);
    let mut fields = EVENT_FIELDS.to_vec();
    fields.push(("version", &version));
    let res = app.post_form(&alice, &format!("/events/{id}"), &fields).await;
    assert_eq!(
        res.status(),
        409,
        "saving the old form would have undone the cancellation without a word"
    );
    let html = res.text().await.unwrap();
    assert!(html.contains("Current saved text") && html.contains("Cancelled"));
}

#[tokio::test]
async fn the_event_api_answers_the_events_version_as_its_etag() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let alice = app.login("sec@example.org").await;
    let id = an_event(&app, &alice).await;
    let token = app.token_for(c.secretariat).await;
    let etag = |app: &TestApp| {
        let url = app.url(&format!("/api/v1/events/{id}"));
        let token = token.clone();
        async move {
            let got = reqwest::Client::new().get(url).bearer_auth(token).send().await.unwrap();
            assert_eq!(got.status(), 200);
            got.headers()["etag"].to_str().unwrap().to_string()
        }
    };
    let before = etag(&app).await;
    let version = app.form_version(&alice, &format!("/events/{id}/edit")).await;
    assert_eq!(before, format!("\"{version}\""), "the ETag is the edit form's version");
    let mut fields = EVENT_FIELDS.to_vec();
    fields.push(("description", "Changed"));
    fields.push(("version", &version));
    assert_eq!(
        app.post_form(&alice, &format!("/events/{id}"), &fields).await.status(),
        303
    );
    let after = etag(&app).await;
    assert_ne!(before, after, "an edit moves the ETag");
}

const ITEM_FIELDS: [(&str, &str); 5] = [
    ("day", "2031-12-12"),
    ("start_time", "09:00"),
    ("end_time", "10:00"),
    ("title", "Opening"),
    ("kind", "session"),
];

/// An agenda item added with the form, and its id.
async fn an_agenda_item(app: &TestApp, c: &reqwest::Client, event: i32) -> i32 {
    let res = app.post_form(c, &format!("/events/{event}/agenda"), &ITEM_FIELDS).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    use sea_orm::{ColumnTrait, QueryFilter};
    entity::agenda_item::Entity::find()
        .filter(entity::agenda_item::Column::EventId.eq(event))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the new item")
        .id
}

#[tokio::test]
async fn an_agenda_item_saved_from_a_stale_form_is_refused_with_both_texts_and_saves_after_merging() {
    let app = spawn_app().await;
    let (alice, bob) = two_editors(&app).await;
    let event = an_event(&app, &alice).await;
    let item = an_agenda_item(&app, &alice, event).await;
    stale_form_round_trip(
        &app,
        (&alice, &bob),
        &format!("/events/{event}/agenda/{item}/edit"),
        &format!("/events/{event}/agenda/{item}"),
        &ITEM_FIELDS,
        "description",
    )
    .await;
}

#[tokio::test]
async fn moving_an_agenda_item_makes_an_edit_form_opened_before_it_stale() {
    let app = spawn_app().await;
    let (alice, bob) = two_editors(&app).await;
    let event = an_event(&app, &alice).await;
    let item = an_agenda_item(&app, &alice, event).await;
    let mut second = ITEM_FIELDS.to_vec();
    second[1] = ("start_time", "10:00");
    second[2] = ("end_time", "11:00");
    second[3] = ("title", "Second session");
    assert_eq!(
        app.post_form(&alice, &format!("/events/{event}/agenda"), &second)
            .await
            .status(),
        303
    );
    let version = app
        .form_version(&alice, &format!("/events/{event}/agenda/{item}/edit"))
        .await;
    let res = app
        .post_form(
            &bob,
            &format!("/events/{event}/agenda/{item}/move"),
            &[("direction", "down")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let mut fields = ITEM_FIELDS.to_vec();
    fields.push(("description", "Welcome"));
    fields.push(("version", &version));
    let res = app
        .post_form(&alice, &format!("/events/{event}/agenda/{item}"), &fields)
        .await;
    assert_eq!(
        res.status(),
        409,
        "saving the old form would have moved the item back without a word"
    );
}

#[tokio::test]
async fn minutes_saved_from_a_stale_form_are_refused_with_both_texts_and_save_after_merging() {
    let app = spawn_app().await;
    let (alice, bob) = two_editors(&app).await;
    let event = an_event(&app, &alice).await;
    let item = an_agenda_item(&app, &alice, event).await;
    let notes = format!("notes_{item}");
    let path = format!("/events/{event}/minutes");
    // Both open the page before there are any minutes: the form is based on version 0.
    let alice_version = app.form_version(&alice, &path).await;
    assert_eq!(alice_version, "0");
    let bob_version = app.form_version(&bob, &path).await;
    let res = app
        .post_form(
            &bob,
            &path,
            &[(&notes, "Bob noted thirty days"), ("version", &bob_version)],
        )
        .await;
    assert_eq!(res.status(), 303, "the first save creates the minutes");
    let res = app
        .post_form(
            &alice,
            &path,
            &[(&notes, "Alice noted forty days"), ("version", &alice_version)],
        )
        .await;
    assert_eq!(res.status(), 409, "a second first save does not overwrite the first");
    let html = res.text().await.unwrap();
    assert!(
        html.contains("Someone else saved this record after you opened it"),
        "{html}"
    );
    assert!(html.contains("Alice noted forty days"), "what Alice typed is kept");
    assert!(
        html.contains("Bob noted thirty days"),
        "the current saved text is shown"
    );
    assert!(html.contains("Current saved text") && html.contains("Opening · Notes"));
    let new_version = hidden_from(&html, "version").expect("the 409 form has a version");
    assert_eq!(new_version, "1", "the 409 form is based on the current version");

    // Bob saves again; Alice's merged text from the 409 page is then stale too.
    let res = app
        .post_form(&bob, &path, &[(&notes, "Bob noted thirty-one days"), ("version", "1")])
        .await;
    assert_eq!(res.status(), 303);
    let res = app
        .post_form(
            &alice,
            &path,
            &[(&notes, "Alice and Bob merged"), ("version", &new_version)],
        )
        .await;
    assert_eq!(res.status(), 409);
    let html = res.text().await.unwrap();
    let newest = hidden_from(&html, "version").unwrap();
    let res = app
        .post_form(&alice, &path, &[(&notes, "Alice and Bob merged"), ("version", &newest)])
        .await;
    assert_eq!(res.status(), 303, "saving on the version the 409 page carries succeeds");
    let saved = roundtable::services::minutes::get(&app.db, event)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        roundtable::services::minutes::parse(&saved.content).items[&item].notes,
        "Alice and Bob merged"
    );
    let revisions = roundtable::services::minutes::revisions(&app.db, event).await.unwrap();
    assert_eq!(
        revisions.len(),
        3,
        "one revision per accepted save, none for the refused ones"
    );
}

#[tokio::test]
async fn circulating_minutes_makes_an_edit_form_opened_before_it_stale() {
    let app = spawn_app().await;
    let (alice, bob) = two_editors(&app).await;
    let event = an_event(&app, &alice).await;
    let path = format!("/events/{event}/minutes");
    let res = app
        .post_form(&alice, &path, &[("meeting_notes", "Opened at 9:30."), ("version", "0")])
        .await;
    assert_eq!(res.status(), 303);
    let version = app.form_version(&alice, &path).await;
    let res = app
        .post_form(&bob, &format!("{path}/circulate"), &[("deadline", "2099-01-31")])
        .await;
    assert_eq!(res.status(), 303);
    let res = app
        .post_form(
            &alice,
            &path,
            &[("meeting_notes", "Opened at 9:45."), ("version", &version)],
        )
        .await;
    assert_eq!(res.status(), 409, "the minutes went out after the form was opened");
}

const DOC_FIELDS: [(&str, &str); 3] = [
    ("title", "Referral SOP"),
    ("doc_type", "sop"),
    ("visibility", "network"),
];

#[tokio::test]
async fn document_details_saved_from_a_stale_form_are_refused_with_both_texts_and_save_after_merging() {
    let app = spawn_app().await;
    let (alice, bob) = two_editors(&app).await;
    let sec = entity::user::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.email == "sec@example.org")
        .unwrap()
        .id;
    let id = app.doc(sec, "Referral SOP", "network", None).await;
    stale_form_round_trip(
        &app,
        (&alice, &bob),
        &format!("/documents/{id}/edit"),
        &format!("/documents/{id}"),
        &DOC_FIELDS,
        "description",
    )
    .await;
}

#[tokio::test]
async fn archiving_a_document_makes_its_details_form_stale_and_moves_its_etag() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let id = app.doc(c.secretariat, "Referral SOP", "network", None).await;
    let token = app.token_for(c.secretariat).await;
    let etag = || {
        let url = app.url(&format!("/api/v1/documents/{id}"));
        let token = token.clone();
        async move {
            let got = reqwest::Client::new().get(url).bearer_auth(token).send().await.unwrap();
            assert_eq!(got.status(), 200);
            got.headers()["etag"].to_str().unwrap().to_string()
        }
    };
    let version = app.form_version(&sec, &format!("/documents/{id}/edit")).await;
    assert_eq!(
        etag().await,
        format!("\"{version}\""),
        "the ETag is the details form's version"
    );
    let res = app
        .post_form(&sec, &format!("/documents/{id}/archive"), &[("archived", "1")])
        .await;
    assert_eq!(res.status(), 303);
    assert_ne!(etag().await, format!("\"{version}\""), "archiving moves the ETag");
    let mut fields = DOC_FIELDS.to_vec();
    fields.push(("version", &version));
    let res = app.post_form(&sec, &format!("/documents/{id}"), &fields).await;
    assert_eq!(
        res.status(),
        409,
        "the form was opened before the document was archived"
    );
}

#[tokio::test]
async fn a_legal_topic_saved_from_a_stale_form_is_refused_with_both_texts_and_saves_after_merging() {
    let app = spawn_app().await;
    let (alice, bob) = two_editors(&app).await;
    let topic = entity::legal_topic::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.code == "RES-01")
        .expect("the register's topics are there");
    stale_form_round_trip(
        &app,
        (&alice, &bob),
        "/legal/topics/RES-01/edit",
        "/legal/topics/RES-01",
        &[
            ("code", "RES-01"),
            ("category", &topic.category),
            ("title", &topic.title),
            ("question", &topic.question),
        ],
        "palermo_protocol",
    )
    .await;
}

#[tokio::test]
async fn retiring_a_legal_topic_makes_an_edit_form_opened_before_it_stale() {
    let app = spawn_app().await;
    let (alice, bob) = two_editors(&app).await;
    let topic = entity::legal_topic::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.code == "RES-01")
        .unwrap();
    let version = app.form_version(&alice, "/legal/topics/RES-01/edit").await;
    let res = app
        .post_form(&bob, "/legal/topics/RES-01/retire", &[("retired", "1")])
        .await;
    assert_eq!(res.status(), 303);
    let res = app
        .post_form(
            &alice,
            "/legal/topics/RES-01",
            &[
                ("code", "RES-01"),
                ("category", &topic.category),
                ("title", "A new title"),
                ("question", &topic.question),
                ("version", &version),
            ],
        )
        .await;
    assert_eq!(res.status(), 409, "the topic was retired after the form was opened");
}
