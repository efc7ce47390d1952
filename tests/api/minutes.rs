use roundtable::services::{events as ev, minutes as min};

use crate::helpers::{cast, spawn_app};

#[tokio::test]
async fn minutes_go_from_draft_to_circulated_to_approved_and_corrections_are_recorded() {
    use roundtable::services::directory::{self as dir, PersonFields};
    let app = spawn_app().await;
    let c = cast(&app).await;
    let p = PersonFields {
        organization_id: Some(c.own_org),
        name: "Member Person".into(),
        email: "member@example.org".into(),
        network_role: "focal_point".into(),
        ..Default::default()
    };
    dir::create_person(&app.db, p.parse(&app.db).await.unwrap())
        .await
        .unwrap();
    let sec = app.login("sec@example.org").await;
    let fields = ev::EventFields {
        title: "Minuted roundtable".into(),
        kind: "roundtable".into(),
        time_zone: "Europe/Tirane".into(),
        start_date: "2031-12-12".into(),
        start_time: "09:00".into(),
        end_date: "2031-12-12".into(),
        end_time: "17:00".into(),
        venue_name: "Hotel Demo".into(),
        visibility: "network".into(),
        status: "published".into(),
        ..Default::default()
    };
    let e = ev::create(&app.db, fields.parse(&app.db).await.unwrap(), None, "test")
        .await
        .unwrap();
    let item = ev::ItemFields {
        day: "2031-12-12".into(),
        start_time: "10:00".into(),
        end_time: "11:00".into(),
        title: "Legal disparities".into(),
        kind: "session".into(),
        ..Default::default()
    };
    let item = ev::save_item(&app.db, e.id, None, item.parse(&e).unwrap())
        .await
        .unwrap();
    let org = c.own_org.to_string();
    app.post_form(&sec, &format!("/events/{}/invite", e.id), &[("organizations", &org)])
        .await;
    let notes_field = format!("notes_{}", item.id);
    let res = app
        .post_form(
            &sec,
            &format!("/events/{}/minutes", e.id),
            &[
                ("meeting_notes", "Opened at 9:30."),
                (&notes_field, "Reflection periods differ from 30 to 90 days."),
                ("version", "0"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let member = app.login("member@example.org").await;
    assert_eq!(
        member
            .get(app.url(&format!("/events/{}/minutes", e.id)))
            .send()
            .await
            .unwrap()
            .status(),
        404,
        "drafts are the secretariat's"
    );
    let event_page = |c: reqwest::Client| {
        let url = app.url(&format!("/events/{}", e.id));
        async move { c.get(url).send().await.unwrap().text().await.unwrap() }
    };
    let minutes_link = format!("href=\"/events/{}/minutes\"", e.id);
    assert!(
        !event_page(member.clone()).await.contains(&minutes_link),
        "the event page offers the minutes only to those who may open them"
    );
    assert_eq!(
        app.post_form(
            &sec,
            &format!("/events/{}/minutes/circulate", e.id),
            &[("deadline", "2099-01-31")]
        )
        .await
        .status(),
        303
    );
    let sink = crate::smtp::Sink::start();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    assert!(
        sink.received().iter().any(
            |m| m.to[0] == "member@example.org" && m.parsed().subject().unwrap().starts_with("Minutes for comment")
        )
    );
    let page = member
        .get(app.url(&format!("/events/{}/minutes", e.id)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Reflection periods differ from 30 to 90 days.") && page.contains("Circulated for comments"));
    assert!(event_page(member.clone()).await.contains(&minutes_link));
    app.post_form(
        &member,
        &format!("/events/{}/minutes/comments", e.id),
        &[("comment", "It is 45 days in our country."), ("correction", "on")],
    )
    .await;
    assert_eq!(min::comments(&app.db, e.id).await.unwrap().len(), 1);
    assert_eq!(
        app.post_form(&sec, &format!("/events/{}/minutes/approve", e.id), &[])
            .await
            .status(),
        303
    );
    // Approved minutes change only as a recorded correction, with a reason.
    let version = app.form_version(&sec, &format!("/events/{}/minutes", e.id)).await;
    app.post_form(
        &sec,
        &format!("/events/{}/minutes", e.id),
        &[
            ("meeting_notes", "Opened at 9:30."),
            (
                &notes_field,
                "Reflection periods differ from 30 to 90 days (45 in one country).",
            ),
            ("version", &version),
        ],
    )
    .await;
    assert!(
        min::parse(&min::get(&app.db, e.id).await.unwrap().unwrap().content).items[&item.id]
            .notes
            .ends_with("90 days."),
        "no reason, no change"
    );
    app.post_form(
        &sec,
        &format!("/events/{}/minutes", e.id),
        &[
            ("meeting_notes", "Opened at 9:30."),
            (
                &notes_field,
                "Reflection periods differ from 30 to 90 days (45 in one country).",
            ),
            ("correction_note", "Comment from a member"),
            ("version", &version),
        ],
    )
    .await;
    let revs = min::revisions(&app.db, e.id).await.unwrap();
    assert_eq!(revs[0].kind, "correction");
    assert_eq!(revs[0].note.as_deref(), Some("Comment from a member"));
    let history = sec
        .get(app.url(&format!(
            "/events/{}/minutes?from={}&to={}",
            e.id, revs[1].number, revs[0].number
        )))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(history.contains("Legal disparities · notes") && history.contains("(45 in one country)"));
    // Comments are closed once approved.
    let late = app
        .post_form(
            &member,
            &format!("/events/{}/minutes/comments", e.id),
            &[("comment", "Too late")],
        )
        .await;
    assert_eq!(late.status(), 303);
    assert_eq!(min::comments(&app.db, e.id).await.unwrap().len(), 1);
}
