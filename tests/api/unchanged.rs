//! Saving an edit form without touching it leaves the record as it was: each test fills a record
//! with awkward multi-line text, then reads the edit form the way a browser does (every input,
//! selected option, ticked box and textarea, lines sent back with CRLF) and posts it back three
//! times, comparing the form and the stored row with the originals each time.

use std::future::Future;

use sea_orm::EntityTrait;
use serde_json::Value;

use crate::helpers::{TestApp, cast, form_fields, hidden_from, set_field, spawn_app};

/// Markdown a user might type: a list (which two extra spaces would turn into a code block),
/// an indented line, characters HTML escapes, a trailing space inside a line, and non-ASCII.
const TEXT: &str = "Opening remarks by the chair & \"guests\" <welcome>.\n\n- first point \n- second point\n  - a nested point\n\n    an indented line\n\nClosing: Tiranë = 'x' `y`";

/// The row as JSON without the columns a save is allowed to touch.
fn comparable(v: Value) -> Value {
    let mut v = v;
    if let Some(o) = v.as_object_mut() {
        for k in ["updated_at", "updated_by", "version"] {
            o.remove(k);
        }
    }
    v
}

/// Fills the "new" form as a user would (its defaults, plus what is typed) and submits it.
async fn create_with_form(app: &TestApp, c: &reqwest::Client, new_path: &str, action: &str, typed: &[(&str, &str)]) {
    let page = c.get(app.url(new_path)).send().await.unwrap().text().await.unwrap();
    let mut fields = form_fields(&page, action);
    for (k, v) in typed {
        set_field(&mut fields, k, v);
    }
    let res = c.post(app.url(action)).form(&fields).send().await.unwrap();
    let status = res.status();
    let body = res.text().await.unwrap_or_default();
    assert_eq!(status, 303, "creating through {action}: {body}");
}

/// Posts the form at `edit_path` back unchanged three times; the form and `row` must stay equal.
async fn saves_unchanged<F, Fut>(app: &TestApp, c: &reqwest::Client, edit_path: &str, action: &str, row: F)
where
    F: Fn() -> Fut,
    Fut: Future<Output = Value>,
{
    let first_page = c.get(app.url(edit_path)).send().await.unwrap();
    assert_eq!(first_page.status(), 200, "{edit_path}");
    let original_fields = form_fields(&first_page.text().await.unwrap(), action);
    let original_row = comparable(row().await);
    for round in 1..=3 {
        let page = c.get(app.url(edit_path)).send().await.unwrap().text().await.unwrap();
        let fields = form_fields(&page, action);
        assert_eq!(fields, original_fields, "the form before save {round} of {action}");
        let res = c.post(app.url(action)).form(&fields).send().await.unwrap();
        let status = res.status();
        let body = res.text().await.unwrap_or_default();
        assert_eq!(status, 303, "unchanged save {round} of {action} is accepted: {body}");
        assert_eq!(
            comparable(row().await),
            original_row,
            "the record after save {round} of {action}"
        );
    }
}

fn json<T: serde::Serialize>(m: Option<T>) -> Value {
    serde_json::to_value(m.expect("the record exists")).unwrap()
}

async fn event(app: &TestApp, c: &reqwest::Client) -> i32 {
    create_with_form(
        app,
        c,
        "/events/new",
        "/events",
        &[
            ("title", "Roundtable on shelters"),
            ("description", TEXT),
            ("time_zone", "Europe/Tirane"),
            ("start_date", "2031-12-12"),
            ("start_time", "09:00"),
            ("end_date", "2031-12-13"),
            ("end_time", "17:30"),
            ("venue_name", "Hotel Demo, Tiranë"),
            ("venue_country", "AL"),
            ("visibility", "network"),
            ("status", "published"),
        ],
    )
    .await;
    entity::event::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .last()
        .expect("an event")
        .id
}

#[tokio::test]
async fn saving_the_event_form_unchanged_three_times_leaves_the_event_as_it_was() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let id = event(&app, &sec).await;
    let stored = entity::event::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.description.as_deref(),
        Some(TEXT),
        "CRLF from the browser is stored as LF"
    );
    saves_unchanged(
        &app,
        &sec,
        &format!("/events/{id}/edit"),
        &format!("/events/{id}"),
        // Its calendar SEQUENCE included: calendars hear of a change only when there is one.
        || async { json(entity::event::Entity::find_by_id(id).one(&app.db).await.unwrap()) },
    )
    .await;
}

#[tokio::test]
async fn saving_an_agenda_item_unchanged_three_times_leaves_speakers_and_description_as_they_were() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let id = event(&app, &sec).await;
    create_with_form(
        &app,
        &sec,
        &format!("/events/{id}/agenda/new"),
        &format!("/events/{id}/agenda"),
        &[
            ("day", "2031-12-12"),
            ("start_time", "10:00"),
            ("end_time", "11:30"),
            ("title", "Shelter capacity"),
            ("kind", "session"),
            ("track", "Main hall"),
            (
                "speakers",
                "Arta Demo, Shpresa e Re\nĐorđe Petrović, Novi Put\n  Ana (remote)",
            ),
            ("description", TEXT),
        ],
    )
    .await;
    let item = entity::agenda_item::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .last()
        .unwrap()
        .id;
    saves_unchanged(
        &app,
        &sec,
        &format!("/events/{id}/agenda/{item}/edit"),
        &format!("/events/{id}/agenda/{item}"),
        || async {
            json(
                entity::agenda_item::Entity::find_by_id(item)
                    .one(&app.db)
                    .await
                    .unwrap(),
            )
        },
    )
    .await;
}

#[tokio::test]
async fn saving_an_action_item_unchanged_three_times_leaves_it_as_it_was() {
    let app = spawn_app().await;
    let cast = cast(&app).await;
    let member = app.login("member@example.org").await;
    let own = cast.own_org.to_string();
    create_with_form(
        &app,
        &member,
        "/actions/new",
        "/actions",
        &[
            ("title", "Map shelter capacity"),
            ("description", TEXT),
            ("owner_org_id", &own),
            ("due_on", "2031-01-31"),
            ("priority", "high"),
            ("status", "open"),
            ("percent", "40"),
            ("tags", "shelter, funding"),
        ],
    )
    .await;
    let id = entity::action_item::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .last()
        .unwrap()
        .id;
    saves_unchanged(
        &app,
        &member,
        &format!("/actions/{id}/edit"),
        &format!("/actions/{id}"),
        || async { json(entity::action_item::Entity::find_by_id(id).one(&app.db).await.unwrap()) },
    )
    .await;
}

#[tokio::test]
async fn saving_the_minutes_unchanged_three_times_leaves_them_as_they_were() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let id = event(&app, &sec).await;
    create_with_form(
        &app,
        &sec,
        &format!("/events/{id}/agenda/new"),
        &format!("/events/{id}/agenda"),
        &[
            ("day", "2031-12-12"),
            ("start_time", "10:00"),
            ("end_time", "11:30"),
            ("title", "Shelter capacity"),
            ("kind", "session"),
        ],
    )
    .await;
    let item = entity::agenda_item::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .last()
        .unwrap()
        .id;
    let res = app
        .post_form(
            &sec,
            &format!("/events/{id}/minutes"),
            &[
                ("meeting_notes", TEXT),
                ("meeting_decisions", "1. Agreed\n2. Also agreed"),
                (&format!("notes_{item}"), TEXT),
                (&format!("decisions_{item}"), "- a decision\n  - with a detail"),
                ("version", "0"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    saves_unchanged(
        &app,
        &sec,
        &format!("/events/{id}/minutes"),
        &format!("/events/{id}/minutes"),
        || async { json(entity::minutes::Entity::find_by_id(id).one(&app.db).await.unwrap()) },
    )
    .await;
}

#[tokio::test]
async fn saving_an_organization_unchanged_three_times_leaves_it_as_it_was() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    create_with_form(
        &app,
        &sec,
        "/organizations/new",
        "/organizations",
        &[
            ("name", "Qendra Tiranë"),
            ("acronym", "QT"),
            ("country", "AL"),
            ("kind", "cso"),
            ("membership_status", "member"),
            ("email", "info@qendra.example.org"),
            ("service", "shelter"),
            ("capacity_shelter", "12 places"),
            ("description", TEXT),
        ],
    )
    .await;
    let id = entity::organization::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .last()
        .unwrap()
        .id;
    saves_unchanged(
        &app,
        &sec,
        &format!("/organizations/{id}/edit"),
        &format!("/organizations/{id}"),
        || async {
            let mut v = json(entity::organization::Entity::find_by_id(id).one(&app.db).await.unwrap());
            let services = entity::organization_service::Entity::find().all(&app.db).await.unwrap();
            v["services"] = serde_json::to_value(
                services
                    .iter()
                    .filter(|s| s.organization_id == id)
                    .map(|s| (s.service_code.clone(), s.capacity_note.clone()))
                    .collect::<Vec<_>>(),
            )
            .unwrap();
            v
        },
    )
    .await;
}

#[tokio::test]
async fn saving_a_person_unchanged_three_times_leaves_them_as_they_were() {
    let app = spawn_app().await;
    let cast = cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let org = cast.own_org;
    create_with_form(
        &app,
        &sec,
        &format!("/organizations/{org}/people/new"),
        &format!("/organizations/{org}/people"),
        &[
            ("name", "Đorđe Petrović"),
            ("title", "Case manager"),
            ("email", "dp@example.org"),
            ("phone", "+355 4 123 4567"),
            ("languages", "sq, en"),
            ("network_role", "focal_point"),
        ],
    )
    .await;
    let id = entity::person::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .last()
        .unwrap()
        .id;
    saves_unchanged(
        &app,
        &sec,
        &format!("/people/{id}/edit"),
        &format!("/people/{id}"),
        || async { json(entity::person::Entity::find_by_id(id).one(&app.db).await.unwrap()) },
    )
    .await;
}

#[tokio::test]
async fn saving_a_legal_topic_and_an_entry_unchanged_three_times_leaves_both_as_they_were() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    create_with_form(
        &app,
        &sec,
        "/legal/topics/new",
        "/legal/topics",
        &[
            ("code", "TST-01"),
            ("category", "Testing"),
            ("title", "Reflection period"),
            ("question", TEXT),
            ("cets_197", "Art. 13"),
        ],
    )
    .await;
    let topic = entity::legal_topic::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.code == "TST-01")
        .expect("topic created")
        .id;
    saves_unchanged(
        &app,
        &sec,
        "/legal/topics/TST-01/edit",
        "/legal/topics/TST-01",
        || async {
            json(
                entity::legal_topic::Entity::find_by_id(topic)
                    .one(&app.db)
                    .await
                    .unwrap(),
            )
        },
    )
    .await;

    let edit = sec
        .get(app.url("/legal/entries/TST-01/AL/edit"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let version = hidden_from(&edit, "version").expect("the edit form carries its version");
    let res = app
        .post_form(
            &sec,
            "/legal/entries/TST-01/AL",
            &[
                ("version", version.as_str()),
                ("assessment", "partly_aligned"),
                ("summary", TEXT),
                ("citations", "Law 141/2021, Art. 12\n  Art. 13 (as amended)"),
                ("source_links", "https://example.org/a\nhttps://example.org/b"),
                ("differences", TEXT),
                ("greta_round", "3"),
                ("greta_paragraph", "§ 45"),
                ("greta_text", "GRETA urges:\n- one\n- two"),
                ("greta_status", "partly"),
                ("evidence_kind", "law"),
                ("effective_on", "2021-03-01"),
                // The first assessment of the cell: version 0, as its edit form says.
                ("version", "0"),
            ],
        )
        .await;
    let status = res.status();
    assert_eq!(status, 303, "{}", res.text().await.unwrap());
    let entry = || async {
        let all = entity::legal_entry::Entity::find().all(&app.db).await.unwrap();
        json(all.into_iter().find(|e| e.topic_id == topic && e.country_code == "AL"))
    };
    saves_unchanged(
        &app,
        &sec,
        "/legal/entries/TST-01/AL/edit",
        "/legal/entries/TST-01/AL",
        entry,
    )
    .await;
    let revisions = entity::legal_revision::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(revisions.len(), 1, "an unchanged save adds no version to the history");
}

#[tokio::test]
async fn saving_a_documents_details_unchanged_three_times_leaves_them_as_they_were() {
    let app = spawn_app().await;
    let cast = cast(&app).await;
    let id = app
        .doc(cast.member, "Referral pathway SOP", "network", Some(cast.own_org))
        .await;
    let member = app.login("member@example.org").await;
    let page = member
        .get(app.url(&format!("/documents/{id}/edit")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let mut fields = form_fields(&page, &format!("/documents/{id}"));
    set_field(&mut fields, "description", &TEXT.replace('\n', "\r\n"));
    set_field(&mut fields, "tags", "referral, shelter");
    fields.push(("languages".into(), "en".into()));
    fields.push(("languages".into(), "sq".into()));
    fields.push(("countries".into(), "AL".into()));
    let res = member
        .post(app.url(&format!("/documents/{id}")))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let stored = entity::document::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.description, TEXT);
    saves_unchanged(
        &app,
        &member,
        &format!("/documents/{id}/edit"),
        &format!("/documents/{id}"),
        || async { json(entity::document::Entity::find_by_id(id).one(&app.db).await.unwrap()) },
    )
    .await;
}
