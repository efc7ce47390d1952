use roundtable::auth::Role;
use roundtable::services::events as ev;

use crate::helpers::{TestApp, cast, client, spawn_app};

pub fn form<'a>(title: &'a str, visibility: &'a str, status: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        ("kind", "roundtable"),
        (
            "description",
            "**Day one**: direct assistance. <script>alert(1)</script>",
        ),
        ("time_zone", "Europe/Tirane"),
        ("start_date", "2031-12-12"),
        ("start_time", "09:00"),
        ("end_date", "2031-12-13"),
        ("end_time", "17:30"),
        ("venue_name", "Hotel Demo, Tiranë"),
        ("venue_city", "Tirana"),
        ("venue_country", "AL"),
        ("visibility", visibility),
        ("status", status),
    ]
}

pub async fn create(app: &TestApp, c: &reqwest::Client, title: &str, visibility: &str, status: &str) -> i32 {
    let res = app.post_form(c, "/events", &form(title, visibility, status)).await;
    assert_eq!(res.status(), 303, "create {title}");
    let loc = res.headers()["location"].to_str().unwrap().to_string();
    loc.trim_start_matches("/events/").parse().unwrap()
}

fn ical_events(body: &str) -> Vec<ical::parser::ical::component::IcalEvent> {
    let mut p = ical::IcalParser::new(std::io::BufReader::new(body.as_bytes()));
    p.next().expect("a calendar").expect("parses").events
}

fn prop(e: &ical::parser::ical::component::IcalEvent, name: &str) -> String {
    e.properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.clone())
        .unwrap_or_default()
}

#[tokio::test]
async fn secretariat_creates_an_event_and_calendars_read_it_back() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let bad = app
        .post_form(
            &sec,
            "/events",
            &[
                ("title", "Bad dates"),
                ("kind", "roundtable"),
                ("start_date", "2031-12-13"),
                ("start_time", "09:00"),
                ("end_date", "2031-12-12"),
                ("end_time", "09:00"),
                ("venue_name", "X"),
                ("visibility", "public"),
                ("status", "draft"),
            ],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let page = bad.text().await.unwrap();
    assert!(page.contains("The end must be after the start.") && page.contains("value=\"Bad dates\""));

    let id = create(&app, &sec, "Regional roundtable, Tiranë; 2031", "public", "published").await;
    let page = sec
        .get(app.url(&format!("/events/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("<strong>Day one</strong>") && !page.contains("<script>alert(1)</script>"),
        "Markdown is rendered safely"
    );
    assert!(page.contains("12 Dec 2031, 09:00"));

    let ics = reqwest::get(app.url(&format!("/events/{id}/event.ics"))).await.unwrap();
    assert_eq!(ics.headers()["content-type"], "text/calendar; charset=utf-8");
    let body = ics.text().await.unwrap();
    assert!(body.lines().all(|l| l.len() <= 76), "folded at 75 octets");
    let events = ical_events(&body);
    assert_eq!(events.len(), 1);
    assert_eq!(
        roundtable::calendar::ics::unescape_text(&prop(&events[0], "SUMMARY")),
        "Regional roundtable, Tiranë; 2031"
    );
    assert_eq!(prop(&events[0], "DTSTART"), "20311212T090000");
    assert!(prop(&events[0], "URL").ends_with(&format!("/events/{id}")));
    assert!(body.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Tirane"));
    assert!(body.contains("X-WR-CALNAME:"));
    let uid = prop(&events[0], "UID");

    // Editing a published event raises SEQUENCE and keeps the UID (saving it unchanged does
    // not: see tests/api/unchanged.rs).
    let version = app.form_version(&sec, &format!("/events/{id}/edit")).await;
    let mut fields = form("Regional roundtable, Tiranë; 2031 (new room)", "public", "published");
    fields.push(("version", &version));
    let res = app.post_form(&sec, &format!("/events/{id}"), &fields).await;
    assert_eq!(res.status(), 303);
    let body = reqwest::get(app.url(&format!("/events/{id}/event.ics")))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let again = ical_events(&body);
    assert_eq!(prop(&again[0], "UID"), uid);
    assert_eq!(prop(&again[0], "SEQUENCE"), "1");

    // Cancelling asks first: a post without the confirmation only leads to the question.
    let res = app.post_form(&sec, &format!("/events/{id}/cancel"), &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], format!("/events/{id}/cancel").as_str());
    assert_eq!(ev::get(&app.db, id).await.unwrap().status, "published");
    let question = sec
        .get(app.url(&format!("/events/{id}/cancel")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(question.contains("Nobody is invited yet") && question.contains("name=\"confirmed\" value=\"1\""));
    // Cancelling shows in calendars as STATUS:CANCELLED.
    assert_eq!(
        app.post_form(&sec, &format!("/events/{id}/cancel"), &[("confirmed", "1")])
            .await
            .status(),
        303
    );
    let body = reqwest::get(app.url("/events/feed.ics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let feed = ical_events(&body);
    assert_eq!(prop(&feed[0], "STATUS"), "CANCELLED");
    assert_eq!(prop(&feed[0], "SEQUENCE"), "2");
}

/// RFC 5545 wants at least one component in a calendar: a feed with no events still has one,
/// the network's time zone, and calendar apps read it.
#[tokio::test]
async fn an_empty_feed_is_a_calendar_with_the_networks_time_zone() {
    let app = spawn_app().await;
    let res = reqwest::get(app.url("/events/feed.ics")).await.unwrap();
    assert_eq!(res.status(), 200);
    let body = res.text().await.unwrap();
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(body.as_bytes()));
    let cal = parser.next().expect("a calendar").expect("it parses");
    assert!(cal.events.is_empty() && cal.todos.is_empty(), "no events yet");
    assert_eq!(cal.timezones.len(), 1, "one component: {body}");
    let tzid = cal.timezones[0].properties.iter().find(|p| p.name == "TZID").unwrap();
    assert_eq!(tzid.value.as_deref(), Some("Europe/Tirane"));
    assert!(!cal.timezones[0].transitions.is_empty(), "with its offsets");
    assert!(parser.next().is_none(), "one calendar");
}

#[tokio::test]
async fn visibility_decides_who_sees_an_event_in_pages_and_feeds() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let public = create(&app, &sec, "Public webinar", "public", "published").await;
    let network = create(&app, &sec, "Members-only gathering", "network", "published").await;
    let invited = create(&app, &sec, "Closed working group", "invited", "published").await;
    let draft = create(&app, &sec, "Draft planning", "public", "draft").await;

    let anon = client();
    assert_eq!(
        anon.get(app.url(&format!("/events/{public}")))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    assert_eq!(
        anon.get(app.url(&format!("/events/{network}")))
            .send()
            .await
            .unwrap()
            .status(),
        303
    );
    assert_eq!(
        anon.get(app.url(&format!("/events/{invited}")))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    assert_eq!(
        anon.get(app.url(&format!("/events/{draft}")))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    let list = anon.get(app.url("/events")).send().await.unwrap().text().await.unwrap();
    assert!(
        list.contains("Public webinar") && !list.contains("Members-only gathering") && !list.contains("Draft planning")
    );

    let member = app.login("member@example.org").await;
    let list = member
        .get(app.url("/events"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        list.contains("Members-only gathering")
            && !list.contains("Closed working group")
            && !list.contains("Draft planning")
    );
    assert_eq!(
        member
            .get(app.url(&format!("/events/{invited}/event.ics")))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );

    let feed = reqwest::get(app.url("/events/feed.ics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        feed.contains("Public webinar") && !feed.contains("Members-only gathering") && !feed.contains("Draft planning")
    );

    // The personal feed: a secret URL, shown once, that a new one replaces.
    let res = app.post_form(&member, "/settings/calendar", &[]).await;
    assert_eq!(res.status(), 200);
    let page = res.text().await.unwrap();
    let start = page.find("id=\"feed-url\">").unwrap() + "id=\"feed-url\">".len();
    let url = page[start..start + page[start..].find('<').unwrap()].to_string();
    assert!(page.contains("webcal://"));
    let personal = reqwest::get(&url).await.unwrap();
    assert_eq!(personal.status(), 200);
    let body = personal.text().await.unwrap();
    assert!(
        body.contains("Members-only gathering")
            && body.contains("Public webinar")
            && !body.contains("Closed working group")
    );
    app.post_form(&member, "/settings/calendar", &[]).await;
    assert_eq!(
        reqwest::get(&url).await.unwrap().status(),
        404,
        "the old address stops working"
    );
    let _ = Role::Member;
}

#[tokio::test]
async fn agenda_items_are_checked_grouped_by_day_and_exported() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let id = create(&app, &sec, "Tirana roundtable", "network", "published").await;
    let item = |day: &'static str, s: &'static str, e: &'static str, title: &'static str, track: &'static str| {
        vec![
            ("day", day),
            ("start_time", s),
            ("end_time", e),
            ("title", title),
            ("kind", "session"),
            ("track", track),
            ("speakers", "Arta Demo, Shpresa e Re\nĐorđe Petrović, Novi Put"),
        ]
    };
    let outside = app
        .post_form(
            &sec,
            &format!("/events/{id}/agenda"),
            &item("2031-12-20", "10:00", "11:00", "Too late", ""),
        )
        .await;
    assert_eq!(outside.status(), 422);
    assert!(
        outside
            .text()
            .await
            .unwrap()
            .contains("The event runs from 2031-12-12 to 2031-12-13")
    );
    let backwards = app
        .post_form(
            &sec,
            &format!("/events/{id}/agenda"),
            &item("2031-12-12", "11:00", "10:00", "Backwards", ""),
        )
        .await;
    assert_eq!(backwards.status(), 422);
    for (day, s, e, t) in [
        ("2031-12-12", "10:00", "11:30", "Shelter capacity"),
        ("2031-12-13", "10:00", "11:30", "Legal disparities"),
    ] {
        let res = app
            .post_form(&sec, &format!("/events/{id}/agenda"), &item(day, s, e, t, "Main hall"))
            .await;
        assert_eq!(res.status(), 303);
    }
    // Overlapping in the same room: saved, with a warning.
    let res = app
        .post_form(
            &sec,
            &format!("/events/{id}/agenda"),
            &item("2031-12-12", "11:00", "12:00", "Funding gaps", "Main hall"),
        )
        .await;
    assert_eq!(res.status(), 303);
    let page = sec
        .get(app.url(&format!("/events/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("It overlaps &quot;Shelter capacity&quot;"));
    let day1 = page.find("Friday 12 December 2031").expect("day one heading");
    let day2 = page.find("Saturday 13 December 2031").expect("day two heading");
    let agenda = &page[day1..];
    assert!(
        agenda.find("Shelter capacity").unwrap() < day2 - day1,
        "day one's item under day one"
    );
    assert!(
        agenda.find("Legal disparities").unwrap() > day2 - day1,
        "day two's item under day two"
    );

    // Members see the agenda only once it is published.
    let member = app.login("member@example.org").await;
    let before = member
        .get(app.url(&format!("/events/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!before.contains("Legal disparities"));
    assert_eq!(
        app.post_form(&sec, &format!("/events/{id}/publish-agenda"), &[])
            .await
            .status(),
        303
    );
    let after = member
        .get(app.url(&format!("/events/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(after.contains("Legal disparities") && after.contains("Đorđe Petrović, Novi Put"));

    let ics = member
        .get(app.url(&format!("/events/{id}/event.ics?items=1")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let events = ical_events(&ics);
    assert_eq!(events.len(), 4, "the event and its three items");
    let legal = events
        .iter()
        .find(|e| prop(e, "SUMMARY").contains("Legal disparities"))
        .unwrap();
    assert_eq!(prop(legal, "DTSTART"), "20311213T100000");
}

#[tokio::test]
async fn duplicating_copies_the_agenda_to_new_dates_as_a_draft() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let id = create(&app, &sec, "Network meeting", "network", "published").await;
    let res = app
        .post_form(
            &sec,
            &format!("/events/{id}/agenda"),
            &[
                ("day", "2031-12-13"),
                ("start_time", "09:30"),
                ("end_time", "10:00"),
                ("title", "Welcome"),
                ("kind", "plenary"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let res = app
        .post_form(
            &sec,
            &format!("/events/{id}/duplicate"),
            &[("start_date", "2032-06-03")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let copy_id: i32 = res.headers()["location"]
        .to_str()
        .unwrap()
        .trim_start_matches("/events/")
        .trim_end_matches("/edit")
        .parse()
        .unwrap();
    let copy = ev::get(&app.db, copy_id).await.unwrap();
    assert_eq!(copy.status, "draft");
    assert_eq!(copy.series_id, Some(id));
    let items = ev::items(&app.db, copy_id).await.unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(
        items[0].day.to_string(),
        "2032-06-04",
        "the second day stays the second day"
    );
    assert_eq!(items[0].start_time, "09:30");
}

#[tokio::test]
async fn invitations_carry_an_ics_and_rsvp_links_fill_the_places_then_the_waiting_list() {
    use roundtable::services::directory::{self as dir, PersonFields};
    let app = spawn_app().await;
    let c = cast(&app).await;
    for (name, email) in [("Arta Demo", "arta@example.org"), ("Đorđe Petrović", "dp@example.org")] {
        let f = PersonFields {
            organization_id: Some(c.own_org),
            name: name.into(),
            email: email.into(),
            network_role: "focal_point".into(),
            ..Default::default()
        };
        dir::create_person(&app.db, f.parse(&app.db).await.unwrap())
            .await
            .unwrap();
    }
    let sec = app.login("sec@example.org").await;
    let mut fields = form("Capacity-limited training", "invited", "published");
    fields.push(("capacity", "1"));
    let res = app.post_form(&sec, "/events", &fields).await;
    let id: i32 = res.headers()["location"]
        .to_str()
        .unwrap()
        .trim_start_matches("/events/")
        .parse()
        .unwrap();
    let org = c.own_org.to_string();
    let res = app
        .post_form(&sec, &format!("/events/{id}/invite"), &[("organizations", &org)])
        .await;
    assert_eq!(res.status(), 303);
    let sink = crate::smtp::Sink::start();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let got = sink.received();
    assert_eq!(got.len(), 2, "one invitation per focal point");
    let mut links = std::collections::HashMap::new();
    for m in &got {
        let msg = m.parsed();
        assert!(
            msg.subject()
                .unwrap()
                .starts_with("Invitation: Capacity-limited training")
        );
        let ics = msg.attachments().next().expect("an .ics part");
        let body = String::from_utf8_lossy(ics.contents()).to_string();
        assert!(body.contains("METHOD:REQUEST") && body.contains("PARTSTAT=NEEDS-ACTION"));
        assert!(body.contains(&format!("mailto:{}", m.to[0])));
        let text = msg.body_text(0).unwrap().to_string();
        let start = text.find("/rsvp/").unwrap();
        let scheme = text[..start].rfind("http").unwrap();
        links.insert(
            m.to[0].clone(),
            text[scheme..].split_whitespace().next().unwrap().to_string(),
        );
    }
    // Answers without signing in: the first takes the only place, the second waits.
    let answer = |link: String, status: &'static str, share: bool| async move {
        let c = client();
        let page = c.get(&link).send().await.unwrap();
        assert_eq!(page.status(), 200);
        let csrf = crate::helpers::csrf_from(&page.text().await.unwrap());
        let mut f = vec![
            ("_csrf", csrf),
            ("status", status.to_string()),
            ("dietary", "vegetarian".to_string()),
        ];
        if share {
            f.push(("share_name", "on".to_string()));
        }
        c.post(&link).form(&f).send().await.unwrap().text().await.unwrap()
    };
    assert!(
        answer(links["arta@example.org"].clone(), "accepted", true)
            .await
            .contains("Coming")
    );
    assert!(
        answer(links["dp@example.org"].clone(), "accepted", false)
            .await
            .contains("waiting list")
    );
    let member = app.login("member@example.org").await;
    assert_eq!(
        member
            .get(app.url(&format!("/events/{id}")))
            .send()
            .await
            .unwrap()
            .status(),
        404,
        "invited-only"
    );
    let page = sec
        .get(app.url(&format!("/events/{id}/participants")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("2 invited or taking part, 1 coming, 1 on the waiting list"));
    let event_page = sec
        .get(app.url(&format!("/events/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        event_page.contains("<li>Albania: 2</li>"),
        "participants by country on the event page"
    );
    // A freed place goes to the first person waiting, who is told.
    answer(links["arta@example.org"].clone(), "declined", true).await;
    let parts = roundtable::services::participants::list(&app.db, id).await.unwrap();
    let dp = parts.iter().find(|p| p.email == "dp@example.org").unwrap();
    assert_eq!(dp.status, "accepted");
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    assert!(
        sink.received()
            .iter()
            .any(|m| m.to[0] == "dp@example.org" && m.parsed().subject().unwrap().contains("A place is free"))
    );
    // Cancelling sends METHOD:CANCEL with a higher SEQUENCE to those who did not decline; the
    // question says how many will be told.
    let question = sec
        .get(app.url(&format!("/events/{id}/cancel")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        question.contains("1 participant will be told the event is cancelled"),
        "{question}"
    );
    assert_eq!(
        app.post_form(&sec, &format!("/events/{id}/cancel"), &[("confirmed", "1")])
            .await
            .status(),
        303
    );
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let cancel: Vec<_> = sink
        .received()
        .into_iter()
        .filter(|m| m.parsed().subject().unwrap().starts_with("Cancelled:"))
        .collect();
    assert_eq!(cancel.len(), 1);
    assert_eq!(cancel[0].to[0], "dp@example.org");
    let body = String::from_utf8_lossy(cancel[0].parsed().attachments().next().unwrap().contents()).to_string();
    assert!(body.contains("METHOD:CANCEL") && body.contains("STATUS:CANCELLED") && body.contains("SEQUENCE:1"));
    let csv = sec
        .get(app.url(&format!("/events/{id}/participants.csv")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(csv.contains("dp@example.org") && csv.contains("vegetarian"));
}

#[tokio::test]
async fn agenda_changes_are_kept_as_revisions_and_gathered_into_one_notice_speakers_first() {
    use roundtable::services::directory::{self as dir, PersonFields};
    let app = spawn_app().await;
    let c = cast(&app).await;
    for (name, email) in [
        ("Arta Demo", "arta@example.org"),
        ("Besnik Example", "besnik@example.org"),
    ] {
        let f = PersonFields {
            organization_id: Some(c.own_org),
            name: name.into(),
            email: email.into(),
            network_role: "focal_point".into(),
            ..Default::default()
        };
        dir::create_person(&app.db, f.parse(&app.db).await.unwrap())
            .await
            .unwrap();
    }
    let sec = app.login("sec@example.org").await;
    let id = create(&app, &sec, "Roundtable with notices", "network", "published").await;
    let org = c.own_org.to_string();
    app.post_form(&sec, &format!("/events/{id}/invite"), &[("organizations", &org)])
        .await;
    let add = |title: &'static str, start: &'static str, end: &'static str, speakers: &'static str| {
        vec![
            ("day", "2031-12-12"),
            ("start_time", start),
            ("end_time", end),
            ("title", title),
            ("kind", "session"),
            ("track", "Main hall"),
            ("speakers", speakers),
        ]
    };
    app.post_form(
        &sec,
        &format!("/events/{id}/agenda"),
        &add("Legal disparities", "10:00", "11:00", "Arta Demo, Shpresa e Re"),
    )
    .await;
    app.post_form(
        &sec,
        &format!("/events/{id}/agenda"),
        &add("Funding", "11:00", "12:00", ""),
    )
    .await;
    assert_eq!(
        app.post_form(&sec, &format!("/events/{id}/publish-agenda"), &[])
            .await
            .status(),
        303
    );
    let sink = crate::smtp::Sink::start();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let published: Vec<_> = sink
        .received()
        .into_iter()
        .filter(|m| m.parsed().subject().unwrap().starts_with("Agenda published"))
        .collect();
    assert_eq!(published.len(), 2, "each participant is told the agenda is out");

    // Two edits in quick succession.
    let items = ev::items(&app.db, id).await.unwrap();
    let legal = items.iter().find(|i| i.title == "Legal disparities").unwrap().id;
    let funding = items.iter().find(|i| i.title == "Funding").unwrap().id;
    let version = app
        .form_version(&sec, &format!("/events/{id}/agenda/{legal}/edit"))
        .await;
    let mut fields = add("Legal disparities", "11:30", "12:30", "Arta Demo, Shpresa e Re");
    fields.push(("version", &version));
    app.post_form(&sec, &format!("/events/{id}/agenda/{legal}"), &fields)
        .await;
    let version = app
        .form_version(&sec, &format!("/events/{id}/agenda/{funding}/edit"))
        .await;
    let mut fields = add("Funding and shelter capacity", "11:00", "11:30", "");
    fields.push(("version", &version));
    app.post_form(&sec, &format!("/events/{id}/agenda/{funding}"), &fields)
        .await;
    let mailer = app.mailer();
    let now = roundtable::db::now();
    let window = chrono::Duration::minutes(15);
    let base = app.base.clone();
    assert_eq!(
        roundtable::services::agenda::run_due(&app.db, &mailer, &base, window, now)
            .await
            .unwrap(),
        0,
        "still inside the window"
    );
    let later = now + chrono::Duration::minutes(16);
    assert_eq!(
        roundtable::services::agenda::run_due(&app.db, &mailer, &base, window, later)
            .await
            .unwrap(),
        2
    );
    assert_eq!(
        roundtable::services::agenda::run_due(&app.db, &mailer, &base, window, later)
            .await
            .unwrap(),
        0,
        "once"
    );
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let changes: Vec<_> = sink
        .received()
        .into_iter()
        .filter(|m| m.parsed().subject().unwrap().starts_with("Agenda changes"))
        .collect();
    assert_eq!(changes.len(), 2, "one message gathers both edits");
    let arta = changes
        .iter()
        .find(|m| m.to[0] == "arta@example.org")
        .unwrap()
        .parsed()
        .body_text(0)
        .unwrap()
        .to_string();
    let yours = arta.find("Your sessions").expect("the speaker's own section");
    let moved = arta
        .find("Session \"Legal disparities\" moved from 10:00 to 11:30.")
        .expect("readable summary");
    let renamed = arta
        .find("\"Funding\" is now called \"Funding and shelter capacity\".")
        .unwrap();
    assert!(yours < moved && moved < renamed, "the speaker's own change comes first");
    let besnik = changes
        .iter()
        .find(|m| m.to[0] == "besnik@example.org")
        .unwrap()
        .parsed()
        .body_text(0)
        .unwrap()
        .to_string();
    assert!(!besnik.contains("Your sessions") && besnik.contains("moved from 10:00 to 11:30"));

    let history = sec
        .get(app.url(&format!("/events/{id}/agenda/history?from=1&to=4")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(history.contains("Revision 4") && history.contains("moved from 10:00 to 11:30"));
}

/// Loading the demo data tells nobody anything: its 2023 roundtable has a published agenda
/// and participants, but the event is over, and the agenda-notice job never writes about an
/// ended event (it used to queue eleven "Agenda published" messages).
#[tokio::test]
async fn the_demo_data_and_the_agenda_notice_job_send_nothing_about_an_event_that_is_over() {
    let app = spawn_app().await;
    app.load_demo().await;
    let mailer = app.mailer();
    let now = roundtable::db::now();
    let window = chrono::Duration::minutes(15);
    let sent = roundtable::services::agenda::run_due(&app.db, &mailer, &app.base, window, now + window * 2)
        .await
        .unwrap();
    assert_eq!(sent, 0);
    let sink = crate::smtp::Sink::start();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let agenda: Vec<String> = sink
        .received()
        .iter()
        .map(|m| m.parsed().subject().unwrap_or_default().to_string())
        .filter(|s| s.starts_with("Agenda"))
        .collect();
    assert!(agenda.is_empty(), "no agenda notice: {agenda:?}");
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let queued = entity::outbox_message::Entity::find()
        .filter(entity::outbox_message::Column::Category.eq("agenda"))
        .all(&app.db)
        .await
        .unwrap();
    assert!(queued.is_empty(), "nothing about an agenda in the outbox");
}

#[tokio::test]
async fn events_api_follows_the_same_visibility_and_agenda_rules() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let id = create(&app, &sec, "API roundtable", "network", "published").await;
    app.post_form(
        &sec,
        &format!("/events/{id}/agenda"),
        &[
            ("day", "2031-12-12"),
            ("start_time", "10:00"),
            ("end_time", "11:00"),
            ("title", "Opening"),
            ("kind", "plenary"),
        ],
    )
    .await;
    let token = app.token_for(c.member).await;
    let http = reqwest::Client::new();
    let got: serde_json::Value = http
        .get(app.url(&format!("/api/v1/events/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(got["title"], "API roundtable");
    assert_eq!(
        got["agenda"].as_array().unwrap().len(),
        0,
        "draft agenda hidden from members"
    );
    app.post_form(&sec, &format!("/events/{id}/publish-agenda"), &[]).await;
    let got: serde_json::Value = http
        .get(app.url(&format!("/api/v1/events/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(got["agenda"][0]["title"], "Opening");
    assert_eq!(
        http.get(app.url(&format!("/api/v1/events/{id}")))
            .send()
            .await
            .unwrap()
            .status(),
        404,
        "network events need a token"
    );
    let list: serde_json::Value = http
        .get(app.url("/api/v1/events"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 1);
}

#[tokio::test]
async fn month_grid_shows_each_day_of_a_multi_day_event() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    create(&app, &sec, "Two-day roundtable", "public", "published").await;
    let page = client()
        .get(app.url("/events/calendar?year=2031&month=12"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<caption>December 2031</caption>"));
    assert_eq!(
        page.matches("Two-day roundtable").count(),
        2,
        "shown on 12 and 13 December"
    );
    assert!(page.contains("month=11") && page.contains("year=2032&amp;month=1") || page.contains("year&#x3D;2032"));
}

#[tokio::test]
async fn moving_an_item_earlier_keeps_the_block_start_and_each_length() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let id = create(&app, &sec, "Reorder test", "network", "published").await;
    for (s, e, title) in [("10:00", "11:00", "Long session"), ("11:15", "11:45", "Short session")] {
        app.post_form(
            &sec,
            &format!("/events/{id}/agenda"),
            &[
                ("day", "2031-12-12"),
                ("start_time", s),
                ("end_time", e),
                ("title", title),
                ("kind", "session"),
            ],
        )
        .await;
    }
    let short = ev::items(&app.db, id)
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.title == "Short session")
        .unwrap()
        .id;
    let res = app
        .post_form(
            &sec,
            &format!("/events/{id}/agenda/{short}/move"),
            &[("direction", "up")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let items = ev::items(&app.db, id).await.unwrap();
    let times: Vec<_> = items
        .iter()
        .map(|i| (i.title.as_str(), i.start_time.as_str(), i.end_time.as_str()))
        .collect();
    assert_eq!(
        times,
        vec![("Short session", "10:00", "10:30"), ("Long session", "10:45", "11:45")]
    );
}

#[tokio::test]
async fn speakers_can_be_picked_from_the_directory_and_mixed_with_external_names() {
    use roundtable::services::directory::{self as dir, PersonFields};
    let app = spawn_app().await;
    let c = cast(&app).await;
    let f = PersonFields {
        organization_id: Some(c.own_org),
        name: "Arta Demo".into(),
        network_role: "contact".into(),
        ..Default::default()
    };
    let arta = dir::create_person(&app.db, f.parse(&app.db).await.unwrap())
        .await
        .unwrap()
        .id
        .to_string();
    let sec = app.login("sec@example.org").await;
    let id = create(&app, &sec, "Speakers test", "network", "published").await;
    let form = sec
        .get(app.url(&format!("/events/{id}/agenda/new")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(form.contains("Arta Demo, Own Org"), "directory people are offered");
    let res = app
        .post_form(
            &sec,
            &format!("/events/{id}/agenda"),
            &[
                ("day", "2031-12-12"),
                ("start_time", "10:00"),
                ("end_time", "11:00"),
                ("title", "Panel"),
                ("kind", "panel"),
                ("speakers", "Guest Speaker, Council of Europe (external)"),
                ("speaker_people", &arta),
                ("moderator_person", &arta),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let item = &ev::items(&app.db, id).await.unwrap()[0];
    assert_eq!(
        item.speakers.as_deref(),
        Some("Guest Speaker, Council of Europe (external)\nArta Demo, Own Org")
    );
    assert_eq!(item.moderator.as_deref(), Some("Arta Demo, Own Org"));
}

#[tokio::test]
async fn the_post_meeting_report_gathers_attendance_sessions_decisions_and_actions() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let id = create(&app, &sec, "Reported roundtable", "network", "published").await;
    app.post_form(
        &sec,
        &format!("/events/{id}/agenda"),
        &[
            ("day", "2031-12-12"),
            ("start_time", "10:00"),
            ("end_time", "11:00"),
            ("title", "Shelter capacity"),
            ("kind", "session"),
        ],
    )
    .await;
    app.post_form(
        &sec,
        &format!("/events/{id}/minutes"),
        &[
            ("meeting_decisions", "Adopt the regional referral form."),
            ("version", "0"),
        ],
    )
    .await;
    let f = roundtable::services::actions::ItemFields {
        title: "Circulate the form".into(),
        owner_org_id: Some(c.own_org),
        status: "done".into(),
        event_id: Some(id),
        ..Default::default()
    };
    roundtable::services::actions::create(&app.db, f.parse(&app.db).await.unwrap(), None, None)
        .await
        .unwrap();
    let page = sec
        .get(app.url(&format!("/events/{id}/report")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Shelter capacity")
            && page.contains("Adopt the regional referral form.")
            && page.contains("Circulate the form")
    );
    assert!(page.contains("1 opened at this meeting, 1 closed so far."));
    let download = sec
        .get(app.url(&format!("/events/{id}/report?download=1")))
        .send()
        .await
        .unwrap();
    assert!(
        download.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment;")
    );
}

#[tokio::test]
async fn agenda_times_the_clocks_skip_are_refused_like_event_times_and_repeated_ones_take_the_first() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let gap = "This time does not exist in Europe/Tirane (the clocks change then).";
    let event_on = |start: &'static str, end: &'static str, time: &'static str| {
        let mut f = form("Clock change meeting", "network", "published");
        for (k, v) in f.iter_mut() {
            match *k {
                "start_date" => *v = start,
                "end_date" => *v = end,
                "start_time" => *v = time,
                _ => {}
            }
        }
        f
    };
    // The event form's own rule, for comparison.
    let res = app
        .post_form(&sec, "/events", &event_on("2027-03-28", "2027-03-29", "02:30"))
        .await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains(gap));

    let res = app
        .post_form(&sec, "/events", &event_on("2027-03-27", "2027-03-29", "09:00"))
        .await;
    assert_eq!(res.status(), 303);
    let spring = res.headers()["location"]
        .to_str()
        .unwrap()
        .trim_start_matches("/events/")
        .to_string();
    let item = |start: &'static str, end: &'static str, day: &'static str| {
        vec![
            ("day", day),
            ("start_time", start),
            ("end_time", end),
            ("title", "Night session"),
            ("kind", "session"),
            ("speakers", "Arta Demo"),
        ]
    };
    let res = app
        .post_form(
            &sec,
            &format!("/events/{spring}/agenda"),
            &item("02:30", "03:30", "2027-03-28"),
        )
        .await;
    assert_eq!(res.status(), 422, "a start inside the spring-forward gap is refused");
    let page = res.text().await.unwrap();
    assert!(page.contains(gap), "{page}");
    assert!(page.contains("value=\"Night session\""), "what was typed is kept");
    let res = app
        .post_form(
            &sec,
            &format!("/events/{spring}/agenda"),
            &item("01:30", "02:15", "2027-03-28"),
        )
        .await;
    assert_eq!(res.status(), 422, "an end inside the gap is refused");
    assert!(res.text().await.unwrap().contains(gap));
    let ics = sec
        .get(app.url(&format!("/events/{spring}/event.ics?items=1")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!ics.contains("Night session"), "nothing was saved");

    // Autumn: 02:30 happens twice; like an event, the item is kept and takes the first.
    let res = app
        .post_form(&sec, "/events", &event_on("2027-10-31", "2027-10-31", "02:30"))
        .await;
    assert_eq!(res.status(), 303, "an ambiguous event time is accepted");
    let autumn = res.headers()["location"]
        .to_str()
        .unwrap()
        .trim_start_matches("/events/")
        .to_string();
    let res = app
        .post_form(
            &sec,
            &format!("/events/{autumn}/agenda"),
            &item("02:30", "02:50", "2027-10-31"),
        )
        .await;
    assert_eq!(res.status(), 303, "an ambiguous item time is accepted");
    let ics = sec
        .get(app.url(&format!("/events/{autumn}/event.ics?items=1")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let night = ical_events(&ics)
        .into_iter()
        .find(|e| prop(e, "SUMMARY").contains("Night session"))
        .expect("the item is in the calendar file");
    assert_eq!(prop(&night, "DTSTART"), "20271031T023000");
    let event = ev::get(&app.db, autumn.parse().unwrap()).await.unwrap();
    assert_eq!(
        event.starts_at.to_rfc3339(),
        "2027-10-31T00:30:00+00:00",
        "the first 02:30 (summer time, UTC+2)"
    );
}

/// The autumn's repeated hour: an item at 02:30 on the last Sunday of October is kept at the
/// first 02:30 (summer time), and the event page says so; other times are shown as they are.
#[tokio::test]
async fn an_item_in_the_repeated_autumn_hour_says_on_the_event_page_that_it_is_the_first() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let mut f = form("Night of the clock change", "network", "published");
    for (k, v) in f.iter_mut() {
        match *k {
            "start_date" => *v = "2027-10-30",
            "end_date" => *v = "2027-10-31",
            _ => {}
        }
    }
    let res = app.post_form(&sec, "/events", &f).await;
    assert_eq!(res.status(), 303);
    let id = res.headers()["location"]
        .to_str()
        .unwrap()
        .trim_start_matches("/events/")
        .to_string();
    for (start, end, title) in [
        ("02:30", "03:15", "Night session"),
        ("09:00", "10:00", "Morning session"),
    ] {
        let item = [
            ("day", "2027-10-31"),
            ("start_time", start),
            ("end_time", end),
            ("title", title),
            ("kind", "session"),
        ];
        let res = app.post_form(&sec, &format!("/events/{id}/agenda"), &item).await;
        assert_eq!(res.status(), 303, "{title}");
    }
    app.post_form(&sec, &format!("/events/{id}/publish-agenda"), &[]).await;
    let member = app.login("member@example.org").await;
    let (status, page) = app.page(&member, &format!("/events/{id}")).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("<td>02:30 (the first time, summer time)–03:15</td>"),
        "which 02:30 it is: {page}"
    );
    assert!(page.contains("<td>09:00–10:00</td>"), "an ordinary time has no note");
}

#[tokio::test]
async fn time_zones_are_chosen_from_a_list_with_the_networks_zones_first() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    for path in ["/events/new", "/settings"] {
        let page = sec.get(app.url(path)).send().await.unwrap().text().await.unwrap();
        assert!(
            page.contains("<select id=\"f-time_zone\" name=\"time_zone\""),
            "{path}: a choice list"
        );
        let network = page
            .find("The network&#x27;s time zones")
            .or_else(|| page.find("The network's time zones"));
        let other = page.find("Other time zones");
        assert!(
            network.is_some() && other.is_some() && network < other,
            "{path}: the network's zones first"
        );
        let first = &page[network.unwrap()..other.unwrap()];
        for (code, name) in [
            ("Europe/Tirane", "Tirana – Albania"),
            ("Europe/Sarajevo", "Sarajevo – Bosnia and Herzegovina"),
            ("Europe/Belgrade", "Belgrade – Serbia, Kosovo*"),
            ("Europe/Podgorica", "Podgorica – Montenegro"),
            ("Europe/Skopje", "Skopje – North Macedonia"),
        ] {
            assert!(
                first.contains(&format!("value=\"{code}\"")) && first.contains(name),
                "{path}: {code}"
            );
        }
        assert!(page[other.unwrap()..].contains("value=\"America/New_York\""));
        assert!(
            !page[other.unwrap()..].contains("value=\"Europe/Tirane\""),
            "listed once"
        );
    }
    // An event keeps its zone chosen when the form comes back with an error.
    let mut fields = form("", "network", "published");
    fields.retain(|(k, _)| *k != "time_zone");
    fields.push(("time_zone", "Europe/Skopje"));
    let res = app.post_form(&sec, "/events", &fields).await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("<option value=\"Europe/Skopje\" selected>")
    );
}

#[tokio::test]
async fn removing_an_item_asks_first_and_an_ended_event_offers_no_cancel_and_no_moves() {
    use sea_orm::{ActiveModelTrait, Set};
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let id = create(&app, &sec, "Soon over", "network", "published").await;
    for (title, start, end) in [("Opening", "09:00", "10:00"), ("Closing", "10:00", "11:00")] {
        let res = app
            .post_form(
                &sec,
                &format!("/events/{id}/agenda"),
                &[
                    ("day", "2031-12-12"),
                    ("start_time", start),
                    ("end_time", end),
                    ("title", title),
                    ("kind", "session"),
                ],
            )
            .await;
        assert_eq!(res.status(), 303);
    }
    let items = ev::items(&app.db, id).await.unwrap();
    let closing = items.iter().find(|i| i.title == "Closing").unwrap().id;
    let page = |c: &reqwest::Client, path: String| {
        let req = c.get(app.url(&path)).send();
        async move { req.await.unwrap().text().await.unwrap() }
    };
    let event_page = page(&sec, format!("/events/{id}")).await;
    assert!(event_page.contains(&format!("href=\"/events/{id}/cancel\"")));
    assert!(event_page.contains(&format!("href=\"/events/{id}/agenda/{closing}/delete\"")));
    assert!(event_page.contains("/move\""));

    let delete = format!("/events/{id}/agenda/{closing}/delete");
    let res = app.post_form(&sec, &delete, &[]).await;
    assert_eq!(res.headers()["location"], delete.as_str(), "removing asks first");
    assert_eq!(ev::items(&app.db, id).await.unwrap().len(), 2);
    let question = page(&sec, delete.clone()).await;
    assert!(question.contains("“Closing” on 2031-12-12, 10:00–11:00 will be removed from the agenda"));
    assert_eq!(app.post_form(&sec, &delete, &[("confirmed", "1")]).await.status(), 303);
    assert_eq!(ev::items(&app.db, id).await.unwrap().len(), 1);

    // The event ends: no cancel, no moves, and a cancel or move that still arrives is refused.
    let e = ev::get(&app.db, id).await.unwrap();
    let mut am: entity::event::ActiveModel = e.into();
    am.starts_at = Set(roundtable::db::now() - chrono::Duration::days(2));
    am.ends_at = Set(roundtable::db::now() - chrono::Duration::days(1));
    am.update(&app.db).await.unwrap();
    let event_page = page(&sec, format!("/events/{id}")).await;
    assert!(!event_page.contains(&format!("href=\"/events/{id}/cancel\"")));
    assert!(!event_page.contains("/move\""));
    let res = app
        .post_form(&sec, &format!("/events/{id}/cancel"), &[("confirmed", "1")])
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        ev::get(&app.db, id).await.unwrap().status,
        "published",
        "an ended event is not cancelled"
    );
    let opening = ev::items(&app.db, id).await.unwrap()[0].clone();
    let res = app
        .post_form(
            &sec,
            &format!("/events/{id}/agenda/{}/move", opening.id),
            &[("direction", "down")],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(ev::items(&app.db, id).await.unwrap()[0].start_time, opening.start_time);
}

#[tokio::test]
async fn the_event_page_says_where_the_event_and_its_agenda_stand_in_one_sentence() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let page = |id: i32| {
        let req = sec.get(app.url(&format!("/events/{id}"))).send();
        async move { req.await.unwrap().text().await.unwrap() }
    };
    let publish_form = |id: i32| format!("action=\"/events/{id}/publish-agenda\"");
    let draft = create(&app, &sec, "Still a draft", "network", "draft").await;
    let html = page(draft).await;
    assert!(html.contains("Draft: only the secretariat sees this event."));
    assert!(
        !html.contains(&publish_form(draft)),
        "no agenda to publish for a draft event"
    );
    let res = app
        .post_form(&sec, &format!("/events/{draft}/publish-agenda"), &[])
        .await;
    assert_eq!(res.status(), 303);
    assert!(!ev::get(&app.db, draft).await.unwrap().agenda_published, "refused");

    let id = create(&app, &sec, "Going ahead", "network", "published").await;
    let html = page(id).await;
    assert!(html.contains("Published. The agenda is a draft: participants do not see it yet."));
    assert!(html.contains(&publish_form(id)));
    assert_eq!(
        app.post_form(&sec, &format!("/events/{id}/publish-agenda"), &[])
            .await
            .status(),
        303
    );
    let html = page(id).await;
    assert!(html.contains("Published with its agenda: participants see both."));
    assert!(!html.contains(&publish_form(id)));
    // The management buttons are a group of their own, with the main one first.
    let manage = html
        .split("aria-label=\"Manage this event\"")
        .nth(1)
        .expect("a management group");
    assert!(
        manage
            .trim_start_matches('>')
            .trim_start()
            .starts_with(&format!("<a class=\"button\" href=\"/events/{id}/edit\""))
    );
    let member = app.login("member@example.org").await;
    let html = member
        .get(app.url(&format!("/events/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!html.contains("Published with its agenda") && !html.contains("Manage this event"));
}

#[tokio::test]
async fn the_downloaded_report_is_one_self_contained_file_with_a_short_register_summary() {
    let app = spawn_app().await;
    app.load_demo().await;
    let id = app.first_published_event().await;
    let (sec, _) = app
        .sign_in(roundtable::demo::DEMO_SECRETARIAT, roundtable::demo::DEMO_PASSWORD)
        .await;
    let res = sec
        .get(app.url(&format!("/events/{id}/report?download=1")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment;")
    );
    let file = res.text().await.unwrap();
    assert!(
        file.contains("<style>") && file.contains("@media print"),
        "styles inlined"
    );
    for absent in [
        "<nav",
        "name=\"_csrf\"",
        "action=\"/logout\"",
        "type=\"search\"",
        "<link rel=\"stylesheet\"",
        "<script",
    ] {
        assert!(!file.contains(absent), "the file has no {absent}");
    }
    assert!(!file.contains("href=\"/"), "every link works from a disk");
    assert!(file.contains(&format!("{}/events/{id}/report", app.base)));
    let register = file.split("Legal register changes").last().unwrap_or_default();
    assert!(register.matches("<li>").count() <= 10, "a short summary, not a dump");
    // The page itself keeps the site around it.
    let page = sec
        .get(app.url(&format!("/events/{id}/report")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("action=\"/logout\"") && page.contains(&format!("/events/{id}/report?download")));
}
