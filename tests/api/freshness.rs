//! Keeping services fresh: the monthly "still correct?" mail to focal points and its signed
//! one-click link, the secretariat's dashboard list, and the capacity and funding notices, all
//! read back from the real SMTP server.

use chrono::{Duration, Months, NaiveDate};
use roundtable::mail::Notifier;
use roundtable::services::freshness::{self, monthly, notices};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

use crate::helpers::{TestApp, cast, client, csrf_from, spawn_app};
use crate::smtp::{Received, Sink};

fn today() -> NaiveDate {
    roundtable::db::now()
        .with_timezone(&chrono_tz::Europe::Tirane)
        .date_naive()
}

/// A service of `org` as the services area would store it.
pub(crate) async fn service(
    app: &TestApp,
    org: i32,
    name: &str,
    verified_on: Option<NaiveDate>,
    funded_until: Option<NaiveDate>,
    status: &str,
) -> i32 {
    let t = roundtable::db::now();
    entity::service::ActiveModel {
        organization_id: Set(org),
        kind: Set("shelter".into()),
        name: Set(name.into()),
        description: Set(String::new()),
        modes: Set("on_site".into()),
        countries: Set("AL".into()),
        areas: Set(String::new()),
        age_min: Set(None),
        age_max: Set(None),
        genders: Set(String::new()),
        target_groups: Set("women".into()),
        identification: Set("presumed".into()),
        languages: Set("sq,en".into()),
        interpretation: Set(false),
        referral: Set("referral".into()),
        intake_steps: Set(String::new()),
        hours: Set(String::new()),
        open_24_7: Set(true),
        confidential_location: Set(true),
        address: Set(String::new()),
        city: Set("Tiranë".into()),
        funding_source: Set("Demo Foundation".into()),
        funded_until: Set(funded_until),
        status: Set(status.into()),
        status_notice: Set(String::new()),
        verified_on: Set(verified_on),
        verified_by: Set(None),
        version: Set(1),
        created_at: Set(t),
        updated_at: Set(t),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("service")
    .id
}

async fn service_row(app: &TestApp, id: i32) -> entity::service::Model {
    entity::service::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("service exists")
}

async fn set_language(app: &TestApp, user: i32, lang: &str) {
    let u = entity::user::Entity::find_by_id(user)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut am: entity::user::ActiveModel = u.into();
    am.language = Set(lang.into());
    am.update(&app.db).await.unwrap();
}

fn received_by<'a>(got: &'a [Received], email: &str) -> Vec<&'a Received> {
    got.iter().filter(|r| r.to.iter().any(|t| t == email)).collect()
}

/// The first absolute link in `text` that contains `path`.
fn link_in(text: &str, path: &str) -> String {
    let start = text.find(path).expect("link in the message");
    let scheme = text[..start].rfind("http://").expect("absolute link");
    text[scheme..].split_whitespace().next().unwrap().to_string()
}

/// The monthly pass as the scheduler runs it, on `db`.
async fn run_monthly(app: &TestApp, db: &sea_orm::DatabaseConnection) -> usize {
    let mailer = app.mailer();
    let n = Notifier {
        mailer: &mailer,
        base: app.base.clone(),
        secret: app.settings.secret_key(),
    };
    monthly::run(db, &n, today(), roundtable::db::now())
        .await
        .expect("monthly pass")
}

#[tokio::test]
async fn focal_points_get_one_monthly_mail_whose_link_confirms_the_service() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let sink = Sink::start();
    // The member's account is the focal point (matched by address); the deputy has no account
    // and reads the mail in the language of the organization's country (Albania).
    app.person(c.own_org, "Focal Member", "member@example.org", "focal_point")
        .await;
    app.person(
        c.own_org,
        "Deputy Without Account",
        "deputy@example.org",
        "deputy_focal_point",
    )
    .await;
    app.person(c.own_org, "Just A Contact", "contact@example.org", "contact")
        .await;
    let stale = service(
        &app,
        c.own_org,
        "Safe House North",
        Some(today() - Duration::days(90)),
        None,
        "active",
    )
    .await;
    service(&app, c.own_org, "Mobile Outreach", None, None, "suspended").await;
    service(&app, c.own_org, "Old Closed Line", None, None, "closed").await;

    assert_eq!(run_monthly(&app, &app.db).await, 2, "one mail for each focal point");
    assert_eq!(
        run_monthly(&app, &app.db).await,
        0,
        "a second run the same month sends nothing"
    );
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let got = sink.received();
    assert_eq!(got.len(), 2, "nothing for a mere contact, nothing twice");

    let member = received_by(&got, "member@example.org");
    assert_eq!(member.len(), 1);
    let msg = member[0].parsed();
    assert_eq!(msg.subject(), Some("Are the services of Own Org still correct?"));
    assert!(
        msg.header_raw("List-Unsubscribe").is_some(),
        "an account holder can unsubscribe"
    );
    let text = msg.body_text(0).unwrap().to_string();
    assert!(
        text.contains("Safe House North") && text.contains("Mobile Outreach"),
        "{text}"
    );
    assert!(!text.contains("Old Closed Line"), "closed services are left out");
    assert!(text.contains("Never confirmed"), "{text}");
    assert!(
        text.contains(&format!("{}/services/{stale}/edit", app.base)),
        "a link to update it"
    );
    let html = msg.body_html(0).unwrap().to_string();
    assert!(html.contains("Still correct"));

    let deputy = received_by(&got, "deputy@example.org");
    assert_eq!(deputy.len(), 1);
    assert_eq!(
        deputy[0].parsed().subject(),
        Some("A janë ende të sakta shërbimet e Own Org?"),
        "in Albanian, the language of the organization's country"
    );

    // The one-click link: the page asks first and changes nothing (mail scanners follow links).
    let link = link_in(&text, &format!("/services/{stale}/still-correct/"));
    assert!(link.starts_with(&app.base), "{link}");
    let anyone = client();
    let form = anyone.get(&link).send().await.unwrap();
    assert_eq!(form.status(), 200);
    let page = form.text().await.unwrap();
    assert!(
        page.contains("Safe House North") && page.contains("Yes, still correct"),
        "{page}"
    );
    assert_eq!(
        service_row(&app, stale).await.verified_on,
        Some(today() - Duration::days(90))
    );
    let done = anyone
        .post(&link)
        .form(&[("_csrf", csrf_from(&page))])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 200);
    let page = done.text().await.unwrap();
    assert!(
        page.contains("Thank you: Safe House North is confirmed as of"),
        "{page}"
    );
    let s = service_row(&app, stale).await;
    assert_eq!(s.verified_on, Some(today()));
    assert_eq!(s.verified_by, Some(c.member), "confirmed by the focal point's account");
    assert_eq!(
        s.version, 1,
        "a confirmation is not an edit: an open edit form still saves"
    );
    // The secretariat's list no longer shows it as unconfirmed.
    let sec = app.login("sec@example.org").await;
    let (_, review) = app.page(&sec, "/services/review").await;
    assert!(
        !review.contains("Safe House North") && review.contains("Mobile Outreach"),
        "{review}"
    );
}

#[tokio::test]
async fn two_instances_running_the_monthly_job_at_once_send_one_mail() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let sink = Sink::start();
    app.person(c.own_org, "Focal Member", "member@example.org", "focal_point")
        .await;
    service(&app, c.own_org, "Safe House North", None, None, "active").await;
    service(&app, c.other_org, "Other Org Shelter", None, None, "active").await;
    app.person(c.other_org, "Other Focal", "other.focal@example.org", "focal_point")
        .await;
    // A second instance: its own connection pool on the same database.
    let second = roundtable::db::connect(&app.settings.database_url).await.unwrap();
    let (a, b) = tokio::join!(run_monthly(&app, &app.db), run_monthly(&app, &second));
    assert_eq!(
        a + b,
        2,
        "each organization's focal point queued once in all ({a} + {b})"
    );
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let got = sink.received();
    assert_eq!(got.len(), 2);
    assert_eq!(received_by(&got, "member@example.org").len(), 1);
    assert_eq!(received_by(&got, "other.focal@example.org").len(), 1);
}

#[tokio::test]
async fn a_tampered_or_expired_link_gets_a_clear_page_and_changes_nothing() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let p = app
        .person(c.own_org, "Focal Member", "member@example.org", "focal_point")
        .await;
    let s = service(&app, c.own_org, "Safe House North", None, None, "active").await;
    let good = freshness::confirm_path(app.settings.secret_key(), s, p, roundtable::db::now());
    let tampered = good.replace(&format!("/services/{s}/"), &format!("/services/{}/", s + 1));
    let forged = format!(
        "{}/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        good.rsplit_once('/').unwrap().0
    );
    // Signed properly, but 46 days ago: expired yesterday.
    let expired = freshness::confirm_path(
        app.settings.secret_key(),
        s,
        p,
        roundtable::db::now() - Duration::days(46),
    );
    let anyone = client();
    for path in [&tampered, &forged, &expired] {
        let (status, page) = app.page(&anyone, path).await;
        assert_eq!(status, 404, "{path}");
        assert!(page.contains("This link does not work"), "{path}: {page}");
        assert!(page.contains("links work for 45 days"), "says what to do: {page}");
    }
    let (_, login) = app.page(&anyone, "/login").await;
    let res = anyone
        .post(app.url(&expired))
        .form(&[("_csrf", csrf_from(&login))])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    assert!(res.text().await.unwrap().contains("This link does not work"));
    assert_eq!(service_row(&app, s).await.verified_on, None, "nothing was confirmed");
    // The genuine link still works.
    let (status, _) = app.page(&anyone, &good).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn the_secretariat_dashboard_lists_stale_services_and_funding_that_ends() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let stale = service(
        &app,
        c.own_org,
        "Stale Shelter",
        Some(today() - Duration::days(61)),
        None,
        "active",
    )
    .await;
    let never = service(&app, c.other_org, "Never Confirmed Line", None, None, "active").await;
    let ending = service(
        &app,
        c.own_org,
        "Funding Ends Soon",
        Some(today()),
        Some(today() + Duration::days(90)),
        "active",
    )
    .await;
    service(
        &app,
        c.own_org,
        "Fresh And Funded",
        Some(today() - Duration::days(10)),
        today().checked_add_months(Months::new(18)),
        "active",
    )
    .await;
    service(
        &app,
        c.own_org,
        "Closed Long Ago",
        None,
        Some(today() + Duration::days(30)),
        "closed",
    )
    .await;
    let sec = app.login("sec@example.org").await;
    let (status, home) = app.page(&sec, "/").await;
    assert_eq!(status, 200);
    let section = &home[home.find("id=\"service-checks\"").expect("the panel")..];
    let unconfirmed = &section[..section.find("service-checks-funding").expect("funding list")];
    assert!(
        unconfirmed.contains(&format!("href=\"/services/{stale}\">Stale Shelter")),
        "{unconfirmed}"
    );
    assert!(unconfirmed.contains(&format!("href=\"/services/{never}\">Never Confirmed Line")));
    assert!(unconfirmed.contains("Never confirmed"));
    assert!(!unconfirmed.contains("Funding Ends Soon") && !unconfirmed.contains("Fresh And Funded"));
    let funding = &section[section.find("service-checks-funding").unwrap()..];
    assert!(
        funding.contains(&format!("href=\"/services/{ending}\">Funding Ends Soon")),
        "{funding}"
    );
    assert!(!funding.contains("Fresh And Funded") && !funding.contains("Closed Long Ago"));
    assert!(section.contains("See all (2)") && section.contains("See all (1)"));
    // The full lists, paged.
    let (status, all) = app.page(&sec, "/services/review").await;
    assert_eq!(status, 200);
    assert!(all.contains("Stale Shelter") && all.contains("Never Confirmed Line"));
    assert!(!all.contains("Fresh And Funded") && !all.contains("Funding Ends Soon"));
    let (_, all) = app.page(&sec, "/services/review?list=funding").await;
    assert!(all.contains("Funding Ends Soon") && !all.contains("Stale Shelter"));
    // Only the secretariat sees them; a member sees their own organization's services to
    // confirm, and no one else's.
    let member = app.login("member@example.org").await;
    let (_, home) = app.page(&member, "/").await;
    assert!(!home.contains("service-checks") && !home.contains("Never Confirmed Line"));
    assert!(home.contains(&format!("href=\"/services/{stale}\">Stale Shelter")));
    assert_eq!(app.page(&member, "/services/review").await.0, 403);
}

#[tokio::test]
async fn a_capacity_that_becomes_full_is_told_to_the_secretariat_in_its_language() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let sink = Sink::start();
    set_language(&app, c.secretariat, "sr-Latn").await;
    let s = service(&app, c.own_org, "Safe House North", Some(today()), None, "active").await;
    let before = entity::service_capacity::Model {
        id: 7,
        service_id: s,
        unit: "beds".into(),
        maximum: Some(12),
        funded: Some(12),
        available: Some(1),
        band: "limited".into(),
        target_group: "women".into(),
        as_of: today(),
        expires_on: today() + Duration::days(30),
        updated_by: Some(c.member),
        version: 3,
        updated_at: roundtable::db::now(),
    };
    let after = entity::service_capacity::Model {
        band: "full".into(),
        available: Some(0),
        version: 4,
        ..before.clone()
    };
    let mailer = app.mailer();
    let n = Notifier {
        mailer: &mailer,
        base: app.base.clone(),
        secret: app.settings.secret_key(),
    };
    let txn = roundtable::db::begin_write(&app.db).await.unwrap();
    assert_eq!(
        notices::capacity_changed(&txn, &n, Some(&after), &after).await.unwrap(),
        0,
        "already full"
    );
    assert_eq!(
        notices::capacity_changed(&txn, &n, Some(&before), &before)
            .await
            .unwrap(),
        0,
        "not full"
    );
    assert_eq!(
        notices::capacity_changed(&txn, &n, Some(&before), &after)
            .await
            .unwrap(),
        1
    );
    txn.commit().await.unwrap();
    // The same change again (a retried save) is not told twice.
    let txn = roundtable::db::begin_write(&app.db).await.unwrap();
    notices::capacity_changed(&txn, &n, Some(&before), &after)
        .await
        .unwrap();
    txn.commit().await.unwrap();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let got = sink.received();
    assert_eq!(got.len(), 1, "the secretariat only, once");
    assert_eq!(got[0].to, vec!["sec@example.org".to_string()]);
    let msg = got[0].parsed();
    assert_eq!(msg.subject(), Some("Popunjeno: Safe House North (Own Org)"));
    let text = msg.body_text(0).unwrap().to_string();
    assert!(text.contains("javlja da je kapacitet popunjen: kreveti."), "{text}");
    assert!(text.contains("Za: žene"), "{text}");
    assert!(text.contains(&format!("{}/services/{s}", app.base)), "{text}");
    assert!(msg.header_raw("List-Unsubscribe").is_some());
}

#[tokio::test]
async fn funding_notices_go_out_six_months_and_one_month_before_the_end_once_each() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let sink = Sink::start();
    let until = today() + Duration::days(100);
    service(
        &app,
        c.own_org,
        "Safe House North",
        Some(today()),
        Some(until),
        "active",
    )
    .await;
    service(
        &app,
        c.own_org,
        "Funded For Years",
        Some(today()),
        Some(today() + Duration::days(900)),
        "active",
    )
    .await;
    let mailer = app.mailer();
    let n = Notifier {
        mailer: &mailer,
        base: app.base.clone(),
        secret: app.settings.secret_key(),
    };
    assert_eq!(notices::run_funding(&app.db, &n, today()).await.unwrap(), 1);
    assert_eq!(
        notices::run_funding(&app.db, &n, today()).await.unwrap(),
        0,
        "once per stage"
    );
    let month_before = until - Duration::days(20);
    assert_eq!(notices::run_funding(&app.db, &n, month_before).await.unwrap(), 1);
    assert_eq!(notices::run_funding(&app.db, &n, month_before).await.unwrap(), 0);
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let got = sink.received();
    assert_eq!(got.len(), 2);
    let texts: Vec<String> = got
        .iter()
        .map(|r| r.parsed().body_text(0).unwrap().to_string())
        .collect();
    assert!(texts.iter().any(|t| t.contains("about 3 months from now")), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("about a month from now")), "{texts:?}");
    assert!(
        texts
            .iter()
            .all(|t| t.contains("Safe House North") && t.contains("Funded by: Demo Foundation"))
    );
}

#[tokio::test]
async fn followers_of_a_country_hear_when_a_capacity_changes_band() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let sink = Sink::start();
    // The member follows Albania on the follow page; the observer follows Serbia.
    let member = app.login("member@example.org").await;
    let (status, page) = app.page(&member, "/services/follow").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Albania") && page.contains("Shelter"),
        "countries and kinds: {page}"
    );
    let res = app
        .post_form(
            &member,
            "/services/follow",
            &[("kind", "country"), ("target", "AL"), ("on", "1")],
        )
        .await;
    assert_eq!(res.status(), 303);
    // Twice is still one follow.
    app.post_form(
        &member,
        "/services/follow",
        &[("kind", "country"), ("target", "AL"), ("on", "1")],
    )
    .await;
    let (_, page) = app.page(&member, "/services/follow").await;
    assert_eq!(page.matches("Following").count(), 1, "{page}");
    let bad = app
        .post_form(
            &member,
            "/services/follow",
            &[("kind", "country"), ("target", "ZZ"), ("on", "1")],
        )
        .await;
    assert_eq!(bad.status(), 400);
    let observer = app.login("observer@example.org").await;
    app.post_form(
        &observer,
        "/services/follow",
        &[("kind", "country"), ("target", "RS"), ("on", "1")],
    )
    .await;
    // The secretariat follows shelters, and hears that one is full only once.
    let sec = app.login("sec@example.org").await;
    app.post_form(
        &sec,
        "/services/follow",
        &[("kind", "service_kind"), ("target", "shelter"), ("on", "1")],
    )
    .await;

    let s = service(&app, c.own_org, "Safe House North", Some(today()), None, "active").await;
    let figure = |band: &str, version: i32| entity::service_capacity::Model {
        id: 3,
        service_id: s,
        unit: "beds".into(),
        maximum: Some(12),
        funded: Some(12),
        available: Some(4),
        band: band.into(),
        target_group: String::new(),
        as_of: today(),
        expires_on: today() + Duration::days(30),
        updated_by: None,
        version,
        updated_at: roundtable::db::now(),
    };
    let mailer = app.mailer();
    let n = Notifier {
        mailer: &mailer,
        base: app.base.clone(),
        secret: app.settings.secret_key(),
    };
    let txn = roundtable::db::begin_write(&app.db).await.unwrap();
    let told = notices::capacity_changed(&txn, &n, Some(&figure("available", 1)), &figure("limited", 2))
        .await
        .unwrap();
    assert_eq!(told, 2, "the member (Albania) and the secretariat (shelters)");
    let same = notices::capacity_changed(&txn, &n, Some(&figure("limited", 2)), &figure("limited", 3))
        .await
        .unwrap();
    assert_eq!(same, 0, "the same band again is no news");
    let full = notices::capacity_changed(&txn, &n, Some(&figure("limited", 3)), &figure("full", 4))
        .await
        .unwrap();
    assert_eq!(full, 2, "the member as follower, the secretariat once as secretariat");
    txn.commit().await.unwrap();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let got = sink.received();
    assert!(
        received_by(&got, "observer@example.org").is_empty(),
        "Serbia is not served"
    );
    let to_member = received_by(&got, "member@example.org");
    assert_eq!(to_member.len(), 2);
    let subjects: Vec<String> = to_member
        .iter()
        .map(|r| r.parsed().subject().unwrap_or_default().to_string())
        .collect();
    assert!(
        subjects.contains(&"Safe House North: few places left".to_string()),
        "{subjects:?}"
    );
    assert!(subjects.contains(&"Safe House North: full".to_string()), "{subjects:?}");
    let text = to_member[0].parsed().body_text(0).unwrap().to_string();
    assert!(
        text.contains("The capacity of Safe House North (Own Org) for beds is now:"),
        "{text}"
    );
    let to_sec = received_by(&got, "sec@example.org");
    assert_eq!(
        to_sec.len(),
        2,
        "the band change, then the full notice; not a second mail for full"
    );
    assert!(
        to_sec
            .iter()
            .any(|r| r.parsed().subject() == Some("Full: Safe House North (Own Org)"))
    );
    // Unfollowing stops it.
    app.post_form(
        &member,
        "/services/follow",
        &[("kind", "country"), ("target", "AL"), ("on", "0")],
    )
    .await;
    let (_, page) = app.page(&member, "/services/follow").await;
    assert!(!page.contains("Following"), "{page}");
}

#[tokio::test]
async fn a_full_figure_saved_on_the_services_page_tells_the_secretariat() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let sink = Sink::start();
    let s = service(&app, c.own_org, "Safe House West", Some(today()), None, "active").await;
    let member = app.login("member@example.org").await;
    let as_of = today().to_string();
    let expires = (today() + Duration::days(30)).to_string();
    let res = app
        .post_form(
            &member,
            &format!("/services/{s}/capacity"),
            &[
                ("unit", "beds"),
                ("maximum", "6"),
                ("available", "0"),
                ("band", "full"),
                ("as_of", as_of.as_str()),
                ("expires_on", expires.as_str()),
            ],
        )
        .await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let got = sink.received();
    let to_secretariat: Vec<_> = got
        .iter()
        .filter(|m| m.to == vec!["sec@example.org".to_string()])
        .collect();
    assert_eq!(to_secretariat.len(), 1, "one capacity-full notice");
    let subject = to_secretariat[0].parsed().subject().unwrap_or_default().to_string();
    assert!(subject.contains("Safe House West"), "{subject}");
}
