//! Three journeys in a real headless Chromium, as the network's people make them: a member's
//! focal point on a phone, the secretariat at a desk, a reader comparing laws. Every page on the
//! way must fit its window (no sideways scrolling). The screenshots in `docs/screenshots/` are
//! made here. A last test runs axe-core (WCAG 2.2 A and AA) on the main pages of each role at
//! desktop and phone width.

use std::time::Duration;

use roundtable::auth::Role;
use sea_orm::{ActiveModelTrait, Set};
use serde_json::json;

use crate::browser::{Browser, chromedriver_available, start_driver};
use crate::helpers::{self, TestApp, cast};

const PHONE: (u32, u32) = (390, 844);
const DESKTOP: (u32, u32) = (1280, 900);

fn screenshot_path(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("docs/screenshots/{name}.png"))
}

fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()
        .expect("webdriver client")
}

async fn sign_in(b: &Browser<'_>, app: &TestApp, email: &str, password: &str) {
    b.goto(&app.url("/login")).await;
    b.type_into("#f-email", email).await;
    b.type_into("#f-password", password).await;
    b.click(r#"form[action="/login"] button[type=submit]"#).await;
    b.find(r#"form[action="/logout"]"#).await;
}

async fn sign_out(b: &Browser<'_>) {
    b.click(r#"form[action="/logout"] button[type=submit]"#).await;
    b.wait_for_url("the page after signing out", |u| !u.contains("/logout"))
        .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
}

/// Waits until the page shows `text` (after a form's answer has loaded).
async fn wait_for_text(b: &Browser<'_>, text: &str) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !b.source().await.contains(text) {
        assert!(std::time::Instant::now() < deadline, "the page never showed {text:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Sets a form field's value the way a date or time picker would leave it.
async fn set(b: &Browser<'_>, css: &str, value: &str) {
    b.execute(
        "const el = document.querySelector(arguments[0]); el.value = arguments[1];",
        json!([css, value]),
    )
    .await;
}

/// Sends the POST form with this action (a page may also have a GET filter form to the same
/// address).
async fn submit(b: &Browser<'_>, form_action: &str) {
    b.click(&format!(
        r#"form[method="post"][action="{form_action}"] button[type=submit]"#
    ))
    .await;
}

#[tokio::test]
async fn a_focal_point_on_a_phone_answers_an_invitation_and_updates_an_action_item() {
    if !chromedriver_available() {
        return;
    }
    let app = helpers::spawn_app().await;
    let c = cast(&app).await;
    let arta = app
        .person(c.own_org, "Arta Focal", "arta.focal@example.org", "focal_point")
        .await;
    roundtable::services::accounts::link_person(&app.db, c.member, Some(arta), None)
        .await
        .unwrap();
    let sec = app.login("sec@example.org").await;
    let id = crate::events::create(&app, &sec, "Roundtable on direct assistance", "invited", "published").await;
    let org = c.own_org.to_string();
    app.post_form(&sec, &format!("/events/{id}/invite"), &[("organizations", &org)])
        .await;
    let now = roundtable::db::now();
    let item = entity::action_item::ActiveModel {
        title: Set("Map shelter places in the north".into()),
        owner_org_id: Set(c.own_org),
        owner_person_id: Set(Some(arta)),
        priority: Set("normal".into()),
        status: Set("in_progress".into()),
        percent: Set(40),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();

    let profile = tempfile::tempdir().expect("browser profile dir");
    let driver = start_driver(&http()).await;
    let b = Browser::open(&driver, http(), profile.path()).await;
    b.resize(PHONE.0, PHONE.1).await;
    sign_in(&b, &app, "member@example.org", helpers::PASSWORD).await;
    b.assert_fits("the dashboard").await;

    // The dashboard leads to the invitation on the event page.
    b.click(&format!(r#"a[href="/events/{id}#your-answer"]"#)).await;
    b.wait_for_url("the event page", |u| u.contains(&format!("/events/{id}")))
        .await;
    assert!(b.source().await.contains("You are invited"));
    b.assert_fits("the event page").await;
    b.assert_clean_console("the event page").await;

    b.click(r#"input[name="status"][value="accepted"]"#).await;
    b.type_into("#f-dietary", "Vegetarian").await;
    submit(&b, &format!("/events/{id}/answer")).await;
    wait_for_text(&b, "Your answer is saved.").await;
    let page = b.source().await;
    assert!(page.contains("Your answer: Coming"), "the answer is shown");
    assert!(page.contains("Your answer is saved."));
    b.assert_fits("the event page after answering").await;
    b.screenshot(&screenshot_path("phone-event-answer")).await;

    // Changing it.
    b.click(r#"input[name="status"][value="tentative"]"#).await;
    submit(&b, &format!("/events/{id}/answer")).await;
    wait_for_text(&b, "Your answer: Maybe").await;

    // An action item: a wrong percentage first, then a right one; the comment survives.
    b.goto(&app.url(&format!("/actions/{}", item.id))).await;
    b.assert_fits("the action item").await;
    assert_eq!(b.property("#f-percent", "value").await, "40");
    b.type_into("#f-comment", "Visited both shelters in Shkodër").await;
    b.type_into("#f-percent", "140").await;
    submit(&b, &format!("/actions/{}/progress", item.id)).await;
    b.find("#e-percent").await;
    assert_eq!(
        b.property("#f-comment", "value").await,
        "Visited both shelters in Shkodër",
        "the comment is kept"
    );
    b.assert_clean_console_but_status("the refused progress update", 422)
        .await;
    b.assert_fits("the refused progress update").await;
    b.type_into("#f-percent", "70").await;
    submit(&b, &format!("/actions/{}/progress", item.id)).await;
    wait_for_text(&b, "Your update was saved.").await;
    assert!(b.source().await.contains("Visited both shelters in Shkodër"));
    assert_eq!(
        roundtable::services::actions::get(&app.db, item.id)
            .await
            .unwrap()
            .percent,
        70
    );
    b.assert_fits("the action item after the update").await;

    // On a phone the list's filters fold behind a "Filters" switch.
    b.goto(&app.url("/actions")).await;
    let folded = "return document.querySelector('form.foldable').offsetParent === null;";
    assert_eq!(b.execute(folded, json!([])).await, json!(true), "folded at first");
    b.click(r#"label[for="filters-toggle"]"#).await;
    assert_eq!(
        b.execute(folded, json!([])).await,
        json!(false),
        "open after the switch"
    );
    b.assert_fits("the action items").await;
    b.close().await;
}

#[tokio::test]
async fn the_secretariat_schedules_a_two_day_meeting_invites_three_organizations_and_cancels_it() {
    if !chromedriver_available() {
        return;
    }
    let app = helpers::spawn_app().await;
    cast(&app).await;
    let mut orgs = vec![];
    for (name, country) in [
        ("Qendra Tirana", "AL"),
        ("Sigurna Kuća", "BA"),
        ("Centar Beograd", "RS"),
    ] {
        let org = app.org(name, country).await;
        app.person(
            org,
            &format!("Focal {name}"),
            &format!("focal{org}@example.org"),
            "focal_point",
        )
        .await;
        orgs.push(org);
    }
    let profile = tempfile::tempdir().expect("browser profile dir");
    let driver = start_driver(&http()).await;
    let b = Browser::open(&driver, http(), profile.path()).await;
    b.resize(DESKTOP.0, DESKTOP.1).await;
    sign_in(&b, &app, "sec@example.org", helpers::PASSWORD).await;

    b.goto(&app.url("/events/new")).await;
    b.assert_fits("the event form").await;
    b.type_into("#f-title", "Tirana roundtable (journey)").await;
    b.type_into("#f-venue_name", "Hotel Demo, Tiranë").await;
    b.type_into("#f-venue_city", "Tirana").await;
    b.click(r#"#f-time_zone option[value="Europe/Tirane"]"#).await;
    set(&b, "#f-start_date", "2031-12-11").await;
    set(&b, "#f-start_time", "09:00").await;
    set(&b, "#f-end_date", "2031-12-12").await;
    set(&b, "#f-end_time", "17:00").await;
    b.click(r#"#f-status option[value="published"]"#).await;
    b.click(r#"#f-visibility option[value="network"]"#).await;
    submit(&b, "/events").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let form_errors = b
        .execute(
            "const e = document.querySelector('.error-summary'); return e ? e.innerText : '';",
            json!([]),
        )
        .await;
    assert_eq!(form_errors.as_str(), Some(""), "the event form was refused");
    let prefix = app.url("/events/");
    let url = b
        .wait_for_url("the new event", |u| {
            u.strip_prefix(&prefix)
                .is_some_and(|id| !id.is_empty() && id.bytes().all(|c| c.is_ascii_digit()))
        })
        .await;
    let id: i32 = url.strip_prefix(&prefix).unwrap().parse().unwrap();

    for (day, title) in [("2031-12-11", "Direct assistance"), ("2031-12-12", "Legal disparities")] {
        b.goto(&app.url(&format!("/events/{id}/agenda/new"))).await;
        b.find("#f-day").await;
        set(&b, "#f-day", day).await;
        set(&b, "#f-start_time", "10:00").await;
        set(&b, "#f-end_time", "12:00").await;
        b.type_into("#f-title", title).await;
        submit(&b, &format!("/events/{id}/agenda")).await;
        // Saved: back on the event page, at the new item.
        b.wait_for_url("the event page", |u| u.contains(&format!("/events/{id}#item-")))
            .await;
    }
    b.goto(&app.url(&format!("/events/{id}"))).await;
    submit(&b, &format!("/events/{id}/publish-agenda")).await;
    wait_for_text(&b, "Published with its agenda").await;
    let page = b.source().await;
    assert!(page.contains("Published with its agenda"));
    assert!(page.contains("Direct assistance") && page.contains("Legal disparities"));
    b.assert_fits("the event page").await;
    b.assert_clean_console("the event page").await;
    b.screenshot(&screenshot_path("desktop-event")).await;

    // Three organizations through the picker, narrowed by name.
    b.goto(&app.url(&format!("/events/{id}/invite"))).await;
    b.assert_fits("the invite picker").await;
    for org in &orgs {
        b.click(&format!(r#"input[name="organizations"][value="{org}"]"#)).await;
    }
    submit(&b, &format!("/events/{id}/invite")).await;
    b.wait_for_url("the participants page", |u| {
        u.ends_with(&format!("/events/{id}/participants"))
    })
    .await;
    assert!(b.source().await.contains("3 invited"));
    assert_eq!(
        roundtable::services::participants::list(&app.db, id)
            .await
            .unwrap()
            .len(),
        3
    );

    // Cancelling asks first and says who will be told.
    b.goto(&app.url(&format!("/events/{id}"))).await;
    b.click(&format!(r#"a[href="/events/{id}/cancel"]"#)).await;
    b.wait_for_url("the question", |u| u.ends_with(&format!("/events/{id}/cancel")))
        .await;
    assert!(
        b.source()
            .await
            .contains("3 participants will be told the event is cancelled")
    );
    b.assert_fits("the confirmation").await;
    submit(&b, &format!("/events/{id}/cancel")).await;
    wait_for_text(&b, "Cancelled: participants were told.").await;
    assert_eq!(
        roundtable::services::events::get(&app.db, id).await.unwrap().status,
        "cancelled"
    );
    b.close().await;
}

#[tokio::test]
async fn a_reader_compares_two_countries_and_downloads_the_csv() {
    if !chromedriver_available() {
        return;
    }
    let app = helpers::spawn_app().await;
    app.load_demo().await;
    app.user("reader@example.org", Role::Observer, None).await;
    let profile = tempfile::tempdir().expect("browser profile dir");
    let driver = start_driver(&http()).await;
    let b = Browser::open(&driver, http(), profile.path()).await;
    for (width, height) in [DESKTOP, PHONE] {
        b.resize(width, height).await;
        sign_in(&b, &app, "reader@example.org", helpers::PASSWORD).await;
        b.goto(&app.url("/legal/compare")).await;
        b.assert_fits("the compare form").await;
        b.click(r#"input[name="country"][value="AL"]"#).await;
        b.click(r#"input[name="country"][value="RS"]"#).await;
        b.click(r#"form[action="/legal/compare"] button[type=submit]"#).await;
        b.wait_for_url("the comparison", |u| {
            u.contains("country=AL") && u.contains("country=RS")
        })
        .await;
        b.assert_fits(&format!("the comparison at {width} px")).await;
        if width == PHONE.0 {
            b.screenshot(&screenshot_path("phone-compare")).await;
        }
        let href = b
            .execute(
                "const a = [...document.querySelectorAll('a')].find(a => a.textContent.trim() === 'Download CSV'); return a ? a.getAttribute('href') : null;",
                json!([]),
            )
            .await;
        let href = href.as_str().expect("a Download CSV link").to_string();
        assert!(href.contains("country=AL") && href.contains("country=RS"), "{href}");
        let csv = b
            .wd_post_async(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
                json!([href]),
            )
            .await;
        let csv = csv.as_str().unwrap_or_default();
        assert!(
            csv.contains(",AL,") || csv.contains("Albania"),
            "Albania's rows: {csv:.300}"
        );
        assert!(csv.contains(",RS,") || csv.contains("Serbia"), "Serbia's rows");
        assert!(
            !csv.contains(",MK,") && !csv.contains("North Macedonia"),
            "no third country"
        );
        sign_out(&b).await;
    }
    b.close().await;
}

#[tokio::test]
async fn the_main_pages_of_each_role_pass_axe_and_fit_a_phone_and_a_desktop() {
    if !chromedriver_available() {
        return;
    }
    use roundtable::demo::{DEMO_MEMBER, DEMO_OBSERVER, DEMO_PASSWORD, DEMO_SECRETARIAT};
    let app = helpers::spawn_app().await;
    app.load_demo().await;
    let roundtable_event = app.first_published_event().await;
    let event = format!("/events/{roundtable_event}");
    // The post-meeting report with the demo's latest quarter of figures (its chart and table).
    let report = format!(
        "{event}/report?figures={}",
        roundtable::services::figures::Quarter::latest(roundtable::services::figures::today()).code()
    );
    let everyone = ["/events", "/legal", "/legal/compare?country=AL&country=RS"];
    let signed_in = [
        "/",
        "/events/calendar",
        &event,
        &report,
        "/actions",
        "/directory",
        "/documents",
        "/settings",
        "/services/follow",
        "/figures",
    ];
    let profile = tempfile::tempdir().expect("browser profile dir");
    let driver = start_driver(&http()).await;
    let b = Browser::open(&driver, http(), profile.path()).await;
    let mut problems = vec![];
    for who in [None, Some(DEMO_OBSERVER), Some(DEMO_MEMBER), Some(DEMO_SECRETARIAT)] {
        if let Some(email) = who {
            sign_in(&b, &app, email, DEMO_PASSWORD).await;
        }
        let mut pages: Vec<String> = everyone.iter().map(|p| p.to_string()).collect();
        if who.is_some() {
            pages.extend(signed_in.iter().map(|p| p.to_string()));
        } else {
            pages.extend(["/".to_string(), "/login".to_string()]);
        }
        if who == Some(DEMO_SECRETARIAT) {
            pages.extend([
                format!("{event}/invite"),
                "/admin".into(),
                format!("{event}/participants"),
                "/services/review".into(),
                "/directory/hsds/import".into(),
            ]);
        }
        for (width, height) in [DESKTOP, PHONE] {
            b.resize(width, height).await;
            for path in &pages {
                b.goto(&app.url(path)).await;
                let role = who.unwrap_or("a visitor");
                let sizes = b
                    .execute(
                        "return [document.documentElement.scrollWidth, window.innerWidth];",
                        json!([]),
                    )
                    .await;
                if sizes[0].as_u64() > sizes[1].as_u64() {
                    problems.push(format!("{role} {path} at {width} px: {} px wide", sizes[0]));
                }
                let header = b
                    .execute(
                        "const h = document.querySelector('.site-header'); return h ? h.offsetHeight : 0;",
                        json!([]),
                    )
                    .await;
                if width == PHONE.0 && who == Some(DEMO_MEMBER) && path == "/events/calendar" {
                    b.screenshot(&screenshot_path("phone-calendar")).await;
                }
                if width == PHONE.0 && header.as_u64().unwrap_or(0) > 120 {
                    problems.push(format!("{role} {path} at {width} px: the header is {header} px high"));
                }
                for v in b.axe_violations().await {
                    problems.push(format!("{role} {path} at {width} px: {v}"));
                }
            }
        }
        if who.is_some() {
            sign_out(&b).await;
        }
    }
    b.close().await;
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Albanian and Macedonian run longer than English, and Serbian Cyrillic must render as well:
/// the main pages still fit a phone, the header stays one short row, and axe finds nothing.
#[tokio::test]
async fn the_main_pages_fit_a_phone_in_the_longest_languages() {
    if !chromedriver_available() {
        return;
    }
    use roundtable::demo::{DEMO_MEMBER, DEMO_PASSWORD, DEMO_SECRETARIAT};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let app = helpers::spawn_app().await;
    app.load_demo().await;
    let event = format!("/events/{}", app.first_published_event().await);
    let pages = [
        "/",
        "/events",
        "/events/calendar",
        event.as_str(),
        "/actions",
        "/directory",
        "/documents",
        "/legal",
        "/settings",
    ];
    let profile = tempfile::tempdir().expect("browser profile dir");
    let driver = start_driver(&http()).await;
    let b = Browser::open(&driver, http(), profile.path()).await;
    b.resize(PHONE.0, PHONE.1).await;
    let mut problems = vec![];
    for (email, lang) in [(DEMO_MEMBER, "sq"), (DEMO_SECRETARIAT, "mk"), (DEMO_MEMBER, "sr-Cyrl")] {
        let user = entity::user::Entity::find()
            .filter(entity::user::Column::Email.eq(email))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        roundtable::services::accounts::update_preferences(&app.db, user.id, &user.name, lang, "Europe/Tirane")
            .await
            .unwrap();
        sign_in(&b, &app, email, DEMO_PASSWORD).await;
        for path in pages {
            b.goto(&app.url(path)).await;
            let facts = b
                .execute(
                    "const h = document.querySelector('.site-header'); return [document.documentElement.scrollWidth, window.innerWidth, h ? h.offsetHeight : 0, document.documentElement.lang];",
                    json!([]),
                )
                .await;
            if facts[3].as_str() != Some(lang) {
                problems.push(format!("{lang} {path}: the page says lang={}", facts[3]));
            }
            if facts[0].as_u64() > facts[1].as_u64() {
                problems.push(format!("{lang} {path}: {} px wide at {} px", facts[0], PHONE.0));
            }
            if facts[2].as_u64().unwrap_or(0) > 120 {
                problems.push(format!("{lang} {path}: the header is {} px high", facts[2]));
            }
            if lang == "sq" {
                for v in b.axe_violations().await {
                    problems.push(format!("{lang} {path}: {v}"));
                }
            }
        }
        sign_out(&b).await;
    }
    b.close().await;
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
