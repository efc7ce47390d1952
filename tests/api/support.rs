//! Services, contact points and capacity (`/services`) over HTTP: the forms, a stale save,
//! who may edit, where a confidential address shows (and where it never does), free places
//! hidden from observers, and expired figures greyed and left out of totals.

use roundtable::auth::Role;
use roundtable::services::support as sp;
use serde_json::{Value, json};

use crate::helpers::{TestApp, cast, hidden_from, spawn_app};

const SECRET: &str = "Secret Lane 42";

fn service_form<'a>(name: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("kind", "shelter"),
        ("name", name),
        ("modes", "on_site"),
        ("modes", "mobile"),
        ("countries", "AL"),
        ("countries", "XK"),
        ("identification", "presumed"),
        ("referral", "referral"),
        ("status", "active"),
        ("city", "Tirana"),
        ("languages", "sq"),
        ("languages", "fa"),
        ("interpretation", "on"),
    ];
    // A single-valued field in `extra` replaces the default (lists add to it).
    f.retain(|(k, _)| !extra.iter().any(|(e, _)| e == k) || ["modes", "countries", "languages"].contains(k));
    f.extend_from_slice(extra);
    f
}

/// A service of `org` made through the service layer (confidential when `address` is given).
async fn service(app: &TestApp, org: i32, name: &str, address: Option<&str>) -> i32 {
    let f = sp::SupportServiceFields {
        kind: "shelter".into(),
        name: name.into(),
        modes: vec!["on_site".into()],
        countries: vec!["AL".into()],
        identification: "presumed".into(),
        referral: "referral".into(),
        status: "active".into(),
        city: "Durrës".into(),
        address: address.unwrap_or("").into(),
        confidential_location: address.is_some(),
        ..Default::default()
    };
    sp::create(&app.db, org, f.parse(&app.db).await.unwrap())
        .await
        .unwrap()
        .id
}

async fn figure(app: &TestApp, service: i32, unit: &str, max: i32, free: i32, days_ago: i64, valid: i64) -> i32 {
    let as_of = sp::today() - chrono::Duration::days(days_ago);
    let f = sp::CapacityFields {
        unit: unit.into(),
        maximum: max.to_string(),
        available: free.to_string(),
        band: "limited".into(),
        as_of: as_of.to_string(),
        expires_on: (as_of + chrono::Duration::days(valid)).to_string(),
        ..Default::default()
    };
    sp::create_capacity(&app.db, None, service, f.parse().unwrap(), 1)
        .await
        .unwrap()
        .id
}

async fn api_get(app: &TestApp, user: i32, path: &str) -> (u16, String) {
    let token = app.token_for(user).await;
    let res = reqwest::Client::new()
        .get(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

#[tokio::test]
async fn a_member_adds_a_service_and_edits_it_through_the_forms() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let member = app.login("member@example.org").await;
    let (status, form) = app
        .page(&member, &format!("/organizations/{}/services/new", c.own_org))
        .await;
    assert_eq!(status, 200);
    assert!(
        form.contains(r#"name="countries" value="AL" checked"#),
        "the own country is ticked"
    );
    let res = app
        .post_form(
            &member,
            &format!("/organizations/{}/services", c.own_org),
            &service_form("Demo Safe House", &[("age_min", "18"), ("hours", "Always open")]),
        )
        .await;
    assert_eq!(res.status(), 303);
    let at = res.headers()["location"].to_str().unwrap().to_string();
    let (_, page) = app.page(&member, &at).await;
    assert!(page.contains("Demo Safe House"));
    assert!(page.contains("Persian (Farsi)"), "languages by name");
    assert!(page.contains("Kosovo*") && page.contains("Albania"), "{page}");
    assert!(page.contains("Interpretation can be arranged"));
    // The organization page links to it.
    let (_, org) = app.page(&member, &format!("/organizations/{}", c.own_org)).await;
    assert!(org.contains(&format!("href=\"{at}\"")));
    // Edit: the change shows.
    let version = app.form_version(&member, &format!("{at}/edit")).await;
    let res = app
        .post_form(
            &member,
            &at,
            &service_form(
                "Demo Safe House North",
                &[
                    ("version", &version),
                    ("status", "suspended"),
                    ("status_notice", "Closed for repairs until March"),
                ],
            ),
        )
        .await;
    assert_eq!(res.status(), 303);
    let (_, page) = app.page(&member, &at).await;
    assert!(page.contains("Demo Safe House North"));
    assert!(page.contains("Closed for repairs until March"));
    assert!(page.contains("Temporarily suspended"));
    // "Still correct" sets the last verification.
    assert!(page.contains("Nobody has confirmed these details yet"));
    assert_eq!(
        app.post_form(&member, &format!("{at}/confirm"), &[]).await.status(),
        303
    );
    let (_, page) = app.page(&member, &at).await;
    assert!(
        page.contains("Last confirmed as correct on") && page.contains("by Test member@example.org"),
        "{page}"
    );
}

#[tokio::test]
async fn a_stale_edit_is_refused_and_what_was_typed_stays() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = service(&app, c.own_org, "Shared Shelter", None).await;
    let member = app.login("member@example.org").await;
    let sec = app.login("sec@example.org").await;
    let edit = format!("/services/{id}/edit");
    let old = app.form_version(&member, &edit).await;
    let v = app.form_version(&sec, &edit).await;
    let res = app
        .post_form(
            &sec,
            &format!("/services/{id}"),
            &service_form("Renamed by secretariat", &[("version", &v)]),
        )
        .await;
    assert_eq!(res.status(), 303);
    let res = app
        .post_form(
            &member,
            &format!("/services/{id}"),
            &service_form("Typed by the member", &[("version", &old), ("languages", "rom")]),
        )
        .await;
    assert_eq!(res.status(), 409, "the house answers a stale save with 409");
    let html = res.text().await.unwrap();
    assert!(
        html.contains("This record changed while you were editing it."),
        "{html}"
    );
    assert!(html.contains("Typed by the member"), "the typed name stays");
    assert!(
        html.contains(r#"value="rom" checked"#) && html.contains(r#"value="fa" checked"#),
        "ticked boxes stay"
    );
    assert!(
        html.contains("Renamed by secretariat"),
        "the saved value is shown beside"
    );
    assert_eq!(sp::get(&app.db, id).await.unwrap().name, "Renamed by secretariat");
    // Saving again on the version the page now carries goes through.
    let now = hidden_from(&html, "version").unwrap();
    let res = app
        .post_form(
            &member,
            &format!("/services/{id}"),
            &service_form("Typed by the member", &[("version", &now)]),
        )
        .await;
    assert_eq!(res.status(), 303);
}

#[tokio::test]
async fn bad_input_gets_clear_messages_and_keeps_what_was_typed() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let member = app.login("member@example.org").await;
    let res = app
        .post_form(
            &member,
            &format!("/organizations/{}/services", c.own_org),
            &[
                ("kind", "shelter"),
                ("name", "Typed shelter name"),
                ("modes", "remote"),
                ("countries", "AL"),
                ("countries", "ZZ"),
                ("age_min", "30"),
                ("age_max", "12"),
                ("identification", "presumed"),
                ("referral", "self"),
                ("status", "active"),
                ("languages", "uk"),
                ("confidential_location", "on"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("ZZ is not a country of the network."), "{html}");
    assert!(html.contains("The highest age cannot be lower than the lowest age."));
    assert!(html.contains("A confidential location needs a city"));
    assert!(html.contains("Typed shelter name") && html.contains(r#"value="30""#));
    assert!(html.contains(r#"value="uk" checked"#) && html.contains(r#"value="remote" checked"#));
    assert!(html.contains(r#"name="confidential_location" value="on" checked"#));
    // A negative capacity, a free count above the maximum, an expiry before the date.
    let id = service(&app, c.own_org, "Figures", None).await;
    let res = app
        .post_form(
            &member,
            &format!("/services/{id}/capacity"),
            &[
                ("unit", "beds"),
                ("maximum", "-3"),
                ("available", "4"),
                ("band", "full"),
                ("as_of", "2026-12-01"),
                ("expires_on", "2026-11-01"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("A number of places cannot be negative."), "{html}");
    assert!(html.contains("The expiry date cannot be before the date of the figure."));
    assert!(html.contains(r#"value="-3""#));
    let (_, page) = app.page(&member, &format!("/services/{id}")).await;
    assert!(
        !page.contains("figure unconfirmed") && !page.contains("at most"),
        "nothing saved"
    );
}

#[tokio::test]
async fn a_member_cannot_change_another_organizations_service() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let other = service(&app, c.other_org, "Other shelter", None).await;
    let member = app.login("member@example.org").await;
    assert_eq!(app.page(&member, &format!("/services/{other}/edit")).await.0, 403);
    let (_, page) = app.page(&member, &format!("/services/{other}")).await;
    assert!(!page.contains(&format!("/services/{other}/edit")), "no edit link");
    let res = app
        .post_form(
            &member,
            &format!("/services/{other}"),
            &service_form("Hijacked", &[("version", "1")]),
        )
        .await;
    assert_eq!(res.status(), 403);
    let res = app
        .post_form(
            &member,
            &format!("/services/{other}/contacts"),
            &[("role", "Fake desk"), ("phone", "1")],
        )
        .await;
    assert_eq!(res.status(), 403);
    let token = app.token_for(c.member).await;
    let res = reqwest::Client::new()
        .put(app.url(&format!("/api/v1/services/{other}")))
        .bearer_auth(token)
        .header("If-Match", "\"1\"")
        .json(
            &json!({"kind": "shelter", "name": "Hijacked", "modes": ["on_site"], "countries": ["AL"],
            "identification": "presumed", "referral": "referral", "status": "active"}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(sp::get(&app.db, other).await.unwrap().name, "Other shelter");
    assert!(sp::contacts_of(&app.db, other).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_confidential_address_shows_only_to_its_organization_and_the_secretariat() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let outsider = app.user("outsider@example.org", Role::Member, Some(c.other_org)).await;
    let id = service(&app, c.own_org, "Hidden House", Some(SECRET)).await;
    let open = service(&app, c.own_org, "Open Office", None).await;
    let mut am: entity::service::ActiveModel =
        sea_orm::IntoActiveModel::into_active_model(sp::get(&app.db, open).await.unwrap());
    am.address = sea_orm::Set("Open Street 1".into());
    sea_orm::ActiveModelTrait::update(am, &app.db).await.unwrap();
    for (email, user, sees) in [
        ("member@example.org", c.member, true),
        ("sec@example.org", c.secretariat, true),
        ("outsider@example.org", outsider, false),
        ("observer@example.org", c.observer, false),
    ] {
        let client = app.login(email).await;
        let (status, page) = app.page(&client, &format!("/services/{id}")).await;
        assert_eq!(status, 200);
        assert_eq!(page.contains(SECRET), sees, "{email} on the details page");
        assert!(page.contains("Durrës"), "{email} sees the city");
        assert!(page.contains("The address is kept confidential"));
        let (_, page) = app.page(&client, &format!("/services/{open}")).await;
        assert!(
            page.contains("Open Street 1"),
            "an address that is not confidential shows to {email}"
        );
        let (_, list) = app.page(&client, "/services").await;
        assert!(
            list.contains("Hidden House") && !list.contains(SECRET),
            "{email}: the list never shows it"
        );
        let (status, body) = api_get(&app, user, &format!("/api/v1/services/{id}")).await;
        assert_eq!(status, 200);
        assert_eq!(body.contains(SECRET), sees, "{email} in the API");
        let v: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v.get("address").is_some(), sees);
        let (_, body) = api_get(&app, user, "/api/v1/services?country=AL").await;
        assert_eq!(body.contains(SECRET), sees, "{email} in the API list");
        let (_, found) = app.page(&client, "/search?q=Secret+Lane").await;
        assert!(!found.contains(SECRET), "{email}: search never shows it");
        assert!(
            !found.contains(&format!("/services/{id}")),
            "{email}: nor finds the service by it"
        );
        let (_, found) = app.page(&client, "/search?q=Hidden+House").await;
        assert!(
            found.contains(&format!("/services/{id}")),
            "{email}: found by its name: {found}"
        );
        let (_, found) = app.page(&client, "/search?q=Durres+shelter").await;
        assert!(
            found.contains(&format!("/services/{id}")),
            "{email}: found by city and kind"
        );
    }
    let (_, page) = app.page(&crate::helpers::client(), &format!("/services/{id}")).await;
    assert!(
        !page.contains(SECRET) && !page.contains("Hidden House"),
        "anonymous visitors see nothing"
    );
}

#[tokio::test]
async fn free_places_are_hidden_from_observers() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = service(&app, c.own_org, "Counted shelter", None).await;
    figure(&app, id, "beds", 9, 7, 1, 30).await;
    let observer = app.login("observer@example.org").await;
    let (_, page) = app.page(&observer, &format!("/services/{id}")).await;
    assert!(page.contains("Beds: 9 at most"), "{page}");
    assert!(!page.contains("free now"), "{page}");
    let (_, list) = app.page(&observer, "/services").await;
    assert!(
        list.contains("Beds: 9 in total") && !list.contains("free now"),
        "{list}"
    );
    let (_, body) = api_get(&app, c.observer, &format!("/api/v1/services/{id}")).await;
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["capacity"][0]["maximum"], 9);
    assert!(v["capacity"][0].get("available").is_none(), "{body}");
    let (_, body) = api_get(&app, c.observer, "/api/v1/services").await;
    assert!(!body.contains("\"available\""), "{body}");
    let member = app.login("member@example.org").await;
    let (_, page) = app.page(&member, &format!("/services/{id}")).await;
    assert!(page.contains("free now: 7"));
    let (_, body) = api_get(&app, c.member, &format!("/api/v1/services/{id}")).await;
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()["capacity"][0]["available"],
        7
    );
}

#[tokio::test]
async fn an_expired_figure_is_greyed_and_left_out_of_the_total() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let a = service(&app, c.own_org, "Fresh shelter", None).await;
    let b = service(&app, c.own_org, "Old shelter", None).await;
    figure(&app, a, "beds", 10, 2, 3, 30).await;
    figure(&app, b, "beds", 6, 1, 100, 30).await;
    let member = app.login("member@example.org").await;
    let (_, list) = app.page(&member, "/services?country=AL").await;
    assert!(
        list.contains("Beds: 10 in total"),
        "the expired 6 beds are not counted: {list}"
    );
    assert!(list.contains("figures not confirmed in time and not counted: 1"));
    assert!(list.contains("free now: 2") && !list.contains("free now: 3"));
    let as_of = roundtable::i18n::dates::date("en", sp::today() - chrono::Duration::days(100));
    let (_, page) = app.page(&member, &format!("/services/{b}")).await;
    assert!(page.contains("figure unconfirmed"), "greyed: {page}");
    assert!(page.contains(&format!("Not confirmed since {as_of}")), "{page}");
    let (_, page) = app.page(&member, &format!("/services/{a}")).await;
    assert!(!page.contains("figure unconfirmed") && !page.contains("Not confirmed since"));
    let (_, body) = api_get(&app, c.member, "/api/v1/services?country=AL").await;
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["totals"][0]["maximum"], 10, "{body}");
    assert_eq!(v["totals"][0]["unconfirmed"], 1);
    // Another country's list has no total from these.
    let (_, list) = app.page(&member, "/services?country=RS").await;
    assert!(!list.contains("in total"));
}

#[tokio::test]
async fn contact_points_and_figures_are_added_changed_and_removed_after_asking() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = service(&app, c.own_org, "Desk service", None).await;
    let member = app.login("member@example.org").await;
    let res = app
        .post_form(
            &member,
            &format!("/services/{id}/contacts"),
            &[
                ("role", "Intake desk"),
                ("phone", "+000 555 01"),
                ("languages", "sq"),
                ("available_24_7", "on"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let contact = sp::contacts_of(&app.db, id).await.unwrap()[0].id;
    let edit = format!("/services/{id}/contacts/{contact}/edit");
    let old = app.form_version(&member, &edit).await;
    let at = format!("/services/{id}/contacts/{contact}");
    let res = app
        .post_form(
            &member,
            &at,
            &[("version", &old), ("role", "Night line"), ("phone", "+000 555 02")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let res = app
        .post_form(
            &member,
            &at,
            &[("version", &old), ("role", "Stale desk"), ("phone", "+000 555 03")],
        )
        .await;
    assert_eq!(res.status(), 409, "a contact edit on an old version is refused");
    assert!(res.text().await.unwrap().contains("Stale desk"));
    let (_, page) = app.page(&member, &format!("/services/{id}")).await;
    assert!(page.contains("Night line") && !page.contains("Stale desk"));
    // Removing asks first; only the confirmed form removes.
    let res = app.post_form(&member, &format!("{at}/delete"), &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], format!("{at}/delete").as_str());
    let (status, ask) = app.page(&member, &format!("{at}/delete")).await;
    assert_eq!(status, 200);
    assert!(ask.contains("Remove the contact point"), "{ask}");
    assert_eq!(sp::contacts_of(&app.db, id).await.unwrap().len(), 1);
    let res = app
        .post_form(&member, &format!("{at}/delete"), &[("confirmed", "1")])
        .await;
    assert_eq!(res.status(), 303);
    assert!(sp::contacts_of(&app.db, id).await.unwrap().is_empty());
    // A figure: add, edit on a stale version (refused), remove.
    let fig = figure(&app, id, "places", 5, 1, 0, 10).await;
    let fat = format!("/services/{id}/capacity/{fig}");
    let v = app.form_version(&member, &format!("{fat}/edit")).await;
    let fields = |max: &'static str| {
        vec![
            ("unit", "places"),
            ("maximum", max),
            ("band", "full"),
            ("as_of", "2026-12-01"),
            ("expires_on", "2031-12-01"),
        ]
    };
    let mut f = fields("8");
    f.push(("version", &v));
    assert_eq!(app.post_form(&member, &fat, &f).await.status(), 303);
    let mut f = fields("99");
    f.push(("version", &v));
    assert_eq!(app.post_form(&member, &fat, &f).await.status(), 409);
    let (_, page) = app.page(&member, &format!("/services/{id}")).await;
    assert!(page.contains("Places: 8 at most") && !page.contains("99"));
    let res = app
        .post_form(&member, &format!("{fat}/delete"), &[("confirmed", "1")])
        .await;
    assert_eq!(res.status(), 303);
    assert!(sp::parts(&app.db, id).await.unwrap().1.is_empty());
}

#[tokio::test]
async fn the_api_lists_creates_and_updates_services_with_versions() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let token = app.token_for(c.member).await;
    let http = reqwest::Client::new();
    let body = json!({"organization_id": c.own_org, "kind": "hotline", "name": "Api line", "modes": ["remote"],
        "countries": ["AL", "MK"], "identification": "presumed", "referral": "self", "status": "active",
        "open_24_7": true, "languages": ["sq", "mk"]});
    let res = http
        .post(app.url("/api/v1/services"))
        .bearer_auth(&token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let etag = res.headers()["etag"].to_str().unwrap().to_string();
    let made: Value = res.json().await.unwrap();
    assert_eq!(made["countries"], json!(["AL", "MK"]));
    let id = made["id"].as_i64().unwrap();
    let mut changed = body.clone();
    changed["name"] = json!("Api line renamed");
    let res = http
        .put(app.url(&format!("/api/v1/services/{id}")))
        .bearer_auth(&token)
        .header("If-Match", &etag)
        .json(&changed)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let res = http
        .put(app.url(&format!("/api/v1/services/{id}")))
        .bearer_auth(&token)
        .header("If-Match", &etag)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 412, "a PUT on an old version is refused");
    let mut bad = body.clone();
    bad["age_min"] = json!("40");
    bad["age_max"] = json!("20");
    bad["countries"] = json!(["QQ"]);
    let res = http
        .post(app.url("/api/v1/services"))
        .bearer_auth(&token)
        .json(&bad)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let e: Value = res.json().await.unwrap();
    assert_eq!(e["error"]["fields"]["countries"], "QQ is not a country of the network.");
    assert!(e["error"]["fields"]["age_max"].is_string());
    let (_, list) = api_get(&app, c.observer, "/api/v1/services?kind=hotline&country=MK").await;
    let v: Value = serde_json::from_str(&list).unwrap();
    assert_eq!(v["total"], 1);
    assert_eq!(v["items"][0]["name"], "Api line renamed");
    let (_, doc) = api_get(&app, c.observer, "/api/v1/openapi.json").await;
    let doc: Value = serde_json::from_str(&doc).unwrap();
    assert!(doc["paths"]["/api/v1/services"]["get"].is_object());
    assert!(doc["paths"]["/api/v1/services/{id}"]["put"].is_object());
}
