//! Importing calendar files over HTTP: upload, preview, the time-zone question, confirm; the
//! corpus in tests/data/ics/ (one file per client kind). And all-day events, which imports
//! create and the event form offers.

use roundtable::services::events as ev;

use crate::events::form;
use crate::helpers::{TestApp, cast, client, spawn_app};

fn corpus(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/data/ics/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

async fn upload(app: &TestApp, c: &reqwest::Client, bytes: Vec<u8>) -> reqwest::Response {
    let csrf = app.csrf(c).await;
    let form = reqwest::multipart::Form::new()
        .text("_csrf", csrf)
        .part("file", reqwest::multipart::Part::bytes(bytes).file_name("invite.ics"));
    c.post(app.url("/events/import")).multipart(form).send().await.unwrap()
}

/// Uploads a corpus file; the address of its preview.
async fn staged(app: &TestApp, c: &reqwest::Client, name: &str) -> String {
    let res = upload(app, c, corpus(name)).await;
    assert_eq!(res.status(), 303, "{name}: {}", res.text().await.unwrap());
    let loc = res.headers()["location"].to_str().unwrap().to_string();
    assert!(loc.starts_with("/events/import/"), "{loc}");
    loc
}

async fn page(app: &TestApp, c: &reqwest::Client, path: &str) -> (u16, String) {
    let res = c.get(app.url(path)).send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn events(app: &TestApp) -> Vec<entity::event::Model> {
    use sea_orm::{EntityTrait, QueryOrder};
    entity::event::Entity::find()
        .order_by_asc(entity::event::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn an_outlook_invitation_is_previewed_then_created_once_in_its_own_zone() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let preview = staged(&app, &sec, "outlook-teams.ics").await;
    let (status, html) = page(&app, &sec, &preview).await;
    assert_eq!(status, 200);
    assert!(html.contains("Donor briefing: 2027 funding round"));
    // New York time, as the organizer wrote it, and the Teams link.
    assert!(html.contains("Thu 14 Jan 2027, 09:00 – 10:30"), "{html}");
    assert!(html.contains("America/New_York"));
    assert!(html.contains("https://teams.microsoft.com/l/meetup-join/19%3ameeting_DEMO0000%40thread.v2/0?context"));
    assert!(html.contains("Create the draft event"));
    assert!(events(&app).await.is_empty(), "nothing is saved before the confirm");
    let res = app.post_form(&sec, &preview, &[("zone", "America/New_York")]).await;
    assert_eq!(res.status(), 303);
    let created = events(&app).await;
    assert_eq!(created.len(), 1);
    let e = &created[0];
    assert_eq!(res.headers()["location"], format!("/events/{}/edit", e.id).as_str());
    assert_eq!(e.title, "Donor briefing: 2027 funding round");
    assert_eq!(e.status, "draft");
    assert_eq!(e.time_zone, "America/New_York");
    assert_eq!(e.starts_at.to_rfc3339(), "2027-01-14T14:00:00+00:00");
    assert_eq!(e.ends_at.to_rfc3339(), "2027-01-14T15:30:00+00:00");
    assert!(
        e.online_url
            .as_deref()
            .unwrap()
            .starts_with("https://teams.microsoft.com/l/meetup-join/")
    );
    assert_eq!(e.venue_name, None, "an online meeting has no venue to confirm");
    // The same confirm again (a second tab, a double click) creates nothing more.
    let again = app.post_form(&sec, &preview, &[("zone", "America/New_York")]).await;
    assert_eq!(again.status(), 303);
    assert_eq!(again.headers()["location"], "/events");
    assert_eq!(events(&app).await.len(), 1);
    assert_eq!(page(&app, &sec, &preview).await.0, 404);
}

#[tokio::test]
async fn a_google_weekly_meeting_becomes_a_series_of_drafts() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let preview = staged(&app, &sec, "google-weekly-meet.ics").await;
    let (_, html) = page(&app, &sec, &preview).await;
    assert!(html.contains("5 separate draft events will be created"), "{html}");
    assert!(html.contains("Wed 24 Mar 2027, 14:00 – 15:00"), "the moved meeting");
    assert!(!html.contains("16 Mar 2027"), "the deleted meeting");
    assert!(html.contains("Create 5 draft events"));
    let res = app.post_form(&sec, &preview, &[("zone", "Europe/Belgrade")]).await;
    assert_eq!(res.status(), 303);
    let created = events(&app).await;
    let local: Vec<String> = created
        .iter()
        .map(|e| {
            let tz: chrono_tz::Tz = e.time_zone.parse().unwrap();
            e.starts_at.with_timezone(&tz).format("%d %b %H:%M").to_string()
        })
        .collect();
    assert_eq!(
        local,
        [
            "02 Mar 10:00",
            "09 Mar 10:00",
            "24 Mar 14:00",
            "30 Mar 10:00",
            "06 Apr 10:00"
        ]
    );
    let first = created[0].id;
    assert_eq!(res.headers()["location"], format!("/events/{first}").as_str());
    assert_eq!(created[0].series_id, None);
    assert!(created[1..].iter().all(|e| e.series_id == Some(first)), "one series");
    assert!(
        created
            .iter()
            .all(|e| e.online_url.as_deref() == Some("https://meet.google.com/abc-defg-hij"))
    );
}

#[tokio::test]
async fn an_unknown_zone_is_asked_for_before_anything_is_saved() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let preview = staged(&app, &sec, "outlook-customized-zone.ics").await;
    let (_, html) = page(&app, &sec, &preview).await;
    assert!(
        html.contains("Customized Time Zone"),
        "the question names the file's zone"
    );
    assert!(html.contains("match Europe/Tirane, which is preselected"));
    assert!(!html.contains("Create the draft event"), "no confirm before the answer");
    // A confirm without a zone (a stale form) is refused, and names what to do.
    let refused = app.post_form(&sec, &preview, &[]).await;
    assert_eq!(refused.status(), 422);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("Choose the time zone the times are in")
    );
    assert!(events(&app).await.is_empty());
    let (_, chosen) = page(&app, &sec, &format!("{preview}?zone=Europe/Sarajevo")).await;
    assert!(chosen.contains("Wed 20 Jan 2027, 15:00 – 16:00"));
    assert!(chosen.contains("Create the draft event"));
    let res = app.post_form(&sec, &preview, &[("zone", "Europe/Sarajevo")]).await;
    assert_eq!(res.status(), 303);
    let e = &events(&app).await[0];
    assert_eq!(
        (e.time_zone.as_str(), e.starts_at.to_rfc3339()),
        ("Europe/Sarajevo", "2027-01-20T14:00:00+00:00".into())
    );
}

#[tokio::test]
async fn broken_files_name_their_line_and_someone_elses_upload_is_not_found() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let broken = upload(
        &app,
        &sec,
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY Planning call\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            .to_vec(),
    )
    .await;
    assert_eq!(broken.status(), 422);
    assert!(broken.text().await.unwrap().contains("Line 4: this line has no"));
    let rule = upload(&app, &sec, corpus("rule-bysetpos.ics")).await;
    assert_eq!(rule.status(), 422);
    assert!(
        rule.text()
            .await
            .unwrap()
            .contains("a rule Roundtable cannot follow (BYSETPOS&#x3D;-1)")
    );
    assert!(events(&app).await.is_empty());
    // Another secretariat member cannot see or confirm this one's upload.
    let preview = staged(&app, &sec, "apple-all-day.ics").await;
    app.user("sec2@example.org", roundtable::auth::Role::Secretariat, None)
        .await;
    let other = app.login("sec2@example.org").await;
    assert_eq!(page(&app, &other, &preview).await.0, 404);
    let res = app.post_form(&other, &preview, &[("zone", "Europe/Skopje")]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/events");
    assert!(events(&app).await.is_empty());
}

#[tokio::test]
async fn two_confirms_at_the_same_moment_create_the_series_once() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let preview = staged(&app, &sec, "outlook-weekly.ics").await;
    let csrf = app.csrf(&sec).await;
    let post = || {
        sec.post(app.url(&preview))
            .form(&[("_csrf", csrf.as_str()), ("zone", "Europe/Tirane")])
            .send()
    };
    let (a, b) = tokio::join!(post(), post());
    let mut places: Vec<String> = [a.unwrap(), b.unwrap()]
        .iter()
        .map(|r| {
            assert_eq!(r.status(), 303);
            r.headers()["location"].to_str().unwrap().to_string()
        })
        .collect();
    places.sort();
    assert_eq!(places[0], "/events", "one of them finds the upload gone: {places:?}");
    assert_eq!(events(&app).await.len(), 5, "one series of five, not two");
}

#[tokio::test]
async fn an_all_day_event_shows_its_days_and_goes_out_as_dates() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let preview = staged(&app, &sec, "apple-all-day.ics").await;
    let (_, html) = page(&app, &sec, &preview).await;
    assert!(html.contains("Wed 10 Feb 2027 – Thu 11 Feb 2027"), "{html}");
    assert!(html.contains("all day"));
    let res = app.post_form(&sec, &preview, &[("zone", "Europe/Skopje")]).await;
    let edit = res.headers()["location"].to_str().unwrap().to_string();
    let e = events(&app).await.remove(0);
    assert!(e.all_day);
    assert_eq!(
        e.venue_name.as_deref(),
        Some("Hotel Demo Bulevar Demo 1, Skopje, North Macedonia")
    );
    // The form shows the last day, not the midnight after it, and no times.
    let (_, form_html) = page(&app, &sec, &edit).await;
    assert!(
        form_html.contains(r#"name="end_date" value="2027-02-11""#),
        "{form_html}"
    );
    assert!(form_html.contains(r#"name="all_day" value="on" checked"#));
    let (_, show) = page(&app, &sec, &format!("/events/{}", e.id)).await;
    assert!(show.contains("10 Feb 2027 – 11 Feb 2027</strong> (all day)"), "{show}");
    let (_, ics) = page(&app, &sec, &format!("/events/{}/event.ics", e.id)).await;
    assert!(
        ics.contains("DTSTART;VALUE=DATE:20270210\r\nDTEND;VALUE=DATE:20270212\r\n"),
        "{ics}"
    );

    // Typed in the form: the dates are the first and the last day.
    let mut fields = form("Two-day study visit", "public", "published");
    fields.retain(|(k, _)| !matches!(*k, "start_time" | "end_time"));
    fields.push(("all_day", "on"));
    let res = app.post_form(&sec, "/events", &fields).await;
    assert_eq!(res.status(), 303);
    let id: i32 = res.headers()["location"]
        .to_str()
        .unwrap()
        .trim_start_matches("/events/")
        .parse()
        .unwrap();
    let typed = ev::get(&app.db, id).await.unwrap();
    assert_eq!(typed.starts_at.to_rfc3339(), "2031-12-11T23:00:00+00:00");
    assert_eq!(
        typed.ends_at.to_rfc3339(),
        "2031-12-13T23:00:00+00:00",
        "the midnight after 13 December"
    );
    let grid = client()
        .get(app.url("/events/calendar?year=2031&month=12"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(
        grid.matches("Two-day study visit").count(),
        2,
        "on 12 and 13 December, not the 14th"
    );
}
