//! The service map (`/directory/services`) over HTTP: capacity totals without expired figures,
//! free places hidden from observers, coverage gaps that come and go with active, verified
//! services, and a gap turned into an action item or an agenda item of the next roundtable,
//! linked both ways, once per event even when two people press the button at once.

use roundtable::services::support as sp;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use serde_json::Value;

use crate::helpers::{TestApp, cast, decode_entities, form_fields, spawn_app};

const GAP: &str = "/directory/services?country=ME&kind=shelter&group=children";
const GAP_TITLE: &str = "Coverage gap: no shelter for children in Montenegro";

/// An active shelter in Montenegro for `groups` (none: everyone), confirmed today when `verified`.
async fn shelter(app: &TestApp, org: i32, name: &str, groups: &[&str], verified: bool) -> i32 {
    let f = sp::SupportServiceFields {
        kind: "shelter".into(),
        name: name.into(),
        modes: vec!["on_site".into()],
        countries: vec!["ME".into()],
        target_groups: groups.iter().map(|g| g.to_string()).collect(),
        identification: "presumed".into(),
        referral: "referral".into(),
        status: "active".into(),
        city: "Podgorica".into(),
        ..Default::default()
    };
    let id = sp::create(&app.db, org, f.parse(&app.db).await.unwrap())
        .await
        .unwrap()
        .id;
    if verified {
        roundtable::services::freshness::confirm(&app.db, id, None, sp::today())
            .await
            .unwrap();
    }
    id
}

async fn figure(app: &TestApp, service: i32, unit: &str, max: i32, free: i32, band: &str, expired: bool) {
    let as_of = sp::today() - chrono::Duration::days(if expired { 100 } else { 1 });
    let f = sp::CapacityFields {
        unit: unit.into(),
        maximum: max.to_string(),
        available: free.to_string(),
        band: band.into(),
        as_of: as_of.to_string(),
        expires_on: (as_of + chrono::Duration::days(30)).to_string(),
        ..Default::default()
    };
    sp::create_capacity(&app.db, None, service, f.parse().unwrap(), 1)
        .await
        .unwrap();
}

async fn set_status(app: &TestApp, id: i32, status: &str) {
    let s = entity::service::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut am: entity::service::ActiveModel = s.into();
    am.status = Set(status.into());
    am.status_notice = Set("Renovation".into());
    am.update(&app.db).await.unwrap();
}

/// A roundtable starting in `days` days.
async fn roundtable(app: &TestApp, title: &str, days: i64) -> i32 {
    use roundtable::services::events as ev;
    let day = sp::today() + chrono::Duration::days(days);
    let fields = ev::EventFields {
        title: title.into(),
        kind: "roundtable".into(),
        time_zone: "Europe/Podgorica".into(),
        start_date: day.to_string(),
        start_time: "09:00".into(),
        end_date: day.to_string(),
        end_time: "17:00".into(),
        venue_name: "Hotel Demo".into(),
        visibility: "network".into(),
        status: "published".into(),
        ..Default::default()
    };
    ev::create(&app.db, fields.parse(&app.db).await.unwrap(), None, "test")
        .await
        .unwrap()
        .id
}

/// The map as the API gives it to `user`.
async fn api_map(app: &TestApp, user: i32, query: &str) -> Value {
    let token = app.token_for(user).await;
    let res = reqwest::Client::new()
        .get(app.url(&format!("/api/v1/services/map?{query}")))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

fn gaps_found(page: &str, n: u64) -> bool {
    page.contains(&format!("Gaps found: {n}<"))
}

#[tokio::test]
async fn the_map_sums_unexpired_figures_and_shows_free_places_to_members_only() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let s = shelter(&app, c.own_org, "Safe House Podgorica", &[], true).await;
    figure(&app, s, "beds", 1050, 40, "limited", false).await;
    figure(&app, s, "beds", 7, 3, "full", true).await;
    figure(&app, s, "persons_month", 30, 5, "available", false).await;
    let other = shelter(&app, c.other_org, "Second House", &[], true).await;
    figure(&app, other, "beds", 20, 0, "full", false).await;

    let observer = app.login("observer@example.org").await;
    let (status, page) = app.page(&observer, "/directory/services?kind=shelter").await;
    assert_eq!(status, 200);
    assert!(page.contains("Beds: 1,070"), "1,050 + 20 unexpired beds");
    assert!(!page.contains("1,077"), "the expired figure is left out");
    assert!(page.contains("Persons per month: 30"));
    assert!(page.contains("expired figures left out: 1"));
    assert!(page.contains("active services: 2"));
    // The most open band, then the least open one.
    assert!(page.contains("Places free") && page.contains("least open: Full"));
    assert!(!page.contains("free now"), "observers do not see free places");
    assert!(page.contains("Kosovo*") && page.contains("This designation is without prejudice"));

    let member = app.login("member@example.org").await;
    let (_, page) = app.page(&member, "/directory/services?kind=shelter").await;
    assert!(
        page.contains("(free now: 40)"),
        "40 free beds now (the expired 3 left out)"
    );

    let api = api_map(&app, c.observer, "kind=shelter&country=ME").await;
    let me = api["countries"]
        .as_array()
        .unwrap()
        .iter()
        .position(|c| c == "ME")
        .unwrap();
    let cell = &api["rows"][0]["cells"][me];
    assert_eq!(cell["amounts"][0]["unit"], "beds");
    assert_eq!(cell["amounts"][0]["maximum"], 1070);
    assert_eq!(cell["amounts"][0]["unconfirmed"], 1);
    assert!(
        cell["amounts"][0].get("available").is_none(),
        "no free places for observers"
    );
    assert_eq!(cell["best_band"], "available");
    assert_eq!(cell["worst_band"], "full");
    let api = api_map(&app, c.member, "kind=shelter").await;
    assert_eq!(api["rows"][0]["cells"][me]["amounts"][0]["available"], 40);
}

#[tokio::test]
async fn a_gap_stays_until_an_active_verified_service_covers_it() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let observer = app.login("observer@example.org").await;
    let (_, page) = app.page(&observer, GAP).await;
    assert!(page.contains(GAP_TITLE) && gaps_found(&page, 1), "no shelter at all");
    assert!(!page.contains("Make an action item"), "observers cannot act on a gap");

    // Active but never confirmed: not verified, still a gap.
    let s = shelter(&app, c.own_org, "Children's Shelter", &["children"], false).await;
    let (_, page) = app.page(&observer, GAP).await;
    assert!(page.contains(GAP_TITLE), "an unverified service leaves the gap");

    // Confirmed today: the gap closes.
    roundtable::services::freshness::confirm(&app.db, s, None, sp::today())
        .await
        .unwrap();
    let (_, page) = app.page(&observer, GAP).await;
    assert!(!page.contains(GAP_TITLE) && gaps_found(&page, 0));

    // Suspended: the gap is back.
    set_status(&app, s, "suspended").await;
    let (_, page) = app.page(&observer, GAP).await;
    assert!(page.contains(GAP_TITLE));

    // A shelter that names no group takes children too; one for adults only does not.
    shelter(&app, c.other_org, "Adults' Shelter", &["adults"], true).await;
    let (_, page) = app.page(&observer, GAP).await;
    assert!(page.contains(GAP_TITLE));
    shelter(&app, c.other_org, "Open Shelter", &[], true).await;
    let (_, page) = app.page(&observer, GAP).await;
    assert!(!page.contains(GAP_TITLE));
    let (_, page) = app
        .page(&observer, "/directory/services?country=ME&kind=shelter&group=everyone")
        .await;
    assert!(gaps_found(&page, 0), "the open shelter takes everyone");
}

#[tokio::test]
async fn a_gap_becomes_an_action_item_linked_both_ways() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let member = app.login("member@example.org").await;
    let (_, map) = app.page(&member, GAP).await;
    let map = decode_entities(&map);
    let new = "/actions/new?gap_country=ME&gap_kind=shelter&gap_group=children";
    assert!(
        map.contains(new),
        "members may make an action item for their organization"
    );
    assert!(
        !map.contains("Put on the next roundtable"),
        "only the secretariat manages agendas"
    );

    let (status, form) = app.page(&member, new).await;
    assert_eq!(status, 200);
    assert!(
        form.contains(&format!("value=\"{GAP_TITLE}\"")),
        "the title is prefilled"
    );
    let fields = form_fields(&form, "/actions");
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = member.post(app.url("/actions")).form(&fields).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let item = res.headers()["location"].to_str().unwrap().to_string();
    let id: i32 = item.trim_start_matches("/actions/").parse().unwrap();

    let link = entity::service_gap_link::Entity::find()
        .filter(entity::service_gap_link::Column::ActionItemId.eq(id))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the link is saved with the item");
    assert_eq!(
        (
            link.country_code.as_str(),
            link.service_kind.as_str(),
            link.target_group.as_str()
        ),
        ("ME", "shelter", "children")
    );
    let (_, page) = app.page(&member, &item).await;
    let page = decode_entities(&page);
    assert!(page.contains("Coverage gap</dt>"));
    assert!(page.contains("href=\"/directory/services?country=ME&kind=shelter&group=children#gaps\""));
    let (_, map) = app.page(&member, GAP).await;
    assert!(map.contains(&format!("href=\"/actions/{id}\">Action item: {GAP_TITLE}")));

    // A gap that does not exist is a 404 on the form, and refused (422) on the save.
    let (status, _) = app
        .page(&member, "/actions/new?gap_country=ME&gap_kind=shelter&gap_group=aliens")
        .await;
    assert_eq!(status, 404);
    let mut forged = fields.clone();
    forged.retain(|(k, _)| *k != "gap_group");
    forged.push(("gap_group", "aliens"));
    let res = member.post(app.url("/actions")).form(&forged).send().await.unwrap();
    assert_eq!(res.status(), 422);
    assert_eq!(entity::action_item::Entity::find().count(&app.db).await.unwrap(), 1);
    let _ = c;
}

async fn agenda_items(app: &TestApp, event: i32) -> u64 {
    entity::agenda_item::Entity::find()
        .filter(entity::agenda_item::Column::EventId.eq(event))
        .count(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_gap_goes_on_the_next_roundtables_agenda_once() {
    let app = spawn_app().await;
    cast(&app).await;
    let later = roundtable(&app, "Later roundtable", 30).await;
    // An earlier one: the next roundtable is the first to come.
    let next = roundtable(&app, "Next roundtable", 10).await;
    let sec = app.login("sec@example.org").await;
    let (_, map) = app.page(&sec, GAP).await;
    assert!(map.contains("Next roundtable: Next roundtable"));
    let gap = [("country", "ME"), ("kind", "shelter"), ("group", "children")];
    let first = app.post_form(&sec, "/directory/services/agenda", &gap).await;
    assert_eq!(first.status(), 303);
    let at = first.headers()["location"].to_str().unwrap().to_string();
    assert!(at.starts_with(&format!("/events/{next}#item-")), "{at}");
    let again = app.post_form(&sec, "/directory/services/agenda", &gap).await;
    assert_eq!(
        again.headers()["location"].to_str().unwrap(),
        at,
        "the second click shows the same item"
    );
    assert_eq!(agenda_items(&app, next).await, 1);
    assert_eq!(agenda_items(&app, later).await, 0);

    let (_, event) = app.page(&sec, &format!("/events/{next}")).await;
    let event = decode_entities(&event);
    assert!(event.contains(GAP_TITLE), "the agenda item is titled after the gap");
    assert!(
        event.contains("Coverage gap: <a href=\"/directory/services?country=ME&kind=shelter&group=children#gaps\">")
    );
    let (_, map) = app.page(&sec, GAP).await;
    let map = decode_entities(&map);
    assert!(map.contains(&format!("href=\"{at}\">On the agenda: {GAP_TITLE} (Next roundtable)")));

    // Two people at once, another gap: one item.
    let other = app.login("sec@example.org").await;
    let gap = [("country", "RS"), ("kind", "shelter"), ("group", "men")];
    let (a, b) = tokio::join!(
        app.post_form(&sec, "/directory/services/agenda", &gap),
        app.post_form(&other, "/directory/services/agenda", &gap)
    );
    assert_eq!((a.status().as_u16(), b.status().as_u16()), (303, 303));
    assert_eq!(a.headers()["location"], b.headers()["location"]);
    assert_eq!(agenda_items(&app, next).await, 2);
    let links = entity::service_gap_link::Entity::find().count(&app.db).await.unwrap();
    assert_eq!(links, 2);
}

#[tokio::test]
async fn without_an_upcoming_roundtable_nothing_goes_on_an_agenda() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let (_, map) = app.page(&sec, GAP).await;
    assert!(map.contains("No roundtable is coming up"));
    let res = app
        .post_form(
            &sec,
            "/directory/services/agenda",
            &[("country", "ME"), ("kind", "shelter"), ("group", "children")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let back = res.headers()["location"].to_str().unwrap().to_string();
    assert!(back.starts_with(GAP), "{back}");
    let (_, page) = app.page(&sec, &back).await;
    assert!(page.contains("No roundtable is coming up: add one to the events first."));
    assert_eq!(entity::agenda_item::Entity::find().count(&app.db).await.unwrap(), 0);
    assert_eq!(
        entity::service_gap_link::Entity::find().count(&app.db).await.unwrap(),
        0
    );

    // A gap that does not exist: 404, nothing made.
    let res = app
        .post_form(
            &sec,
            "/directory/services/agenda",
            &[("country", "FR"), ("kind", "shelter"), ("group", "children")],
        )
        .await;
    assert_eq!(res.status(), 404);
    // Members may not put anything on an agenda.
    let member = app.login("member@example.org").await;
    let res = app
        .post_form(
            &member,
            "/directory/services/agenda",
            &[("country", "ME"), ("kind", "shelter"), ("group", "children")],
        )
        .await;
    assert_eq!(res.status(), 403);
}
