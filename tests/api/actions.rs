use roundtable::services::actions as act;

use crate::helpers::{cast, spawn_app};

#[tokio::test]
async fn a_member_creates_and_updates_their_item_and_every_change_is_on_the_timeline() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let member = app.login("member@example.org").await;
    let own = c.own_org.to_string();
    let other = c.other_org.to_string();
    let bad = app
        .post_form(
            &member,
            "/actions",
            &[("title", ""), ("owner_org_id", &own), ("percent", "150")],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let page = bad.text().await.unwrap();
    assert!(page.contains("This field is required.") && page.contains("Enter a percentage from 0 to 100."));
    let res = app
        .post_form(
            &member,
            "/actions",
            &[
                ("title", "Map shelter capacity"),
                ("owner_org_id", &own),
                ("due_on", "2020-01-31"),
                ("priority", "high"),
                ("status", "open"),
                ("countries", "AL"),
                ("countries", "XK"),
                ("tags", "Shelter, funding"),
                ("supporters", &other),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let id: i32 = res.headers()["location"]
        .to_str()
        .unwrap()
        .trim_start_matches("/actions/")
        .parse()
        .unwrap();
    let res = app
        .post_form(
            &member,
            &format!("/actions/{id}/progress"),
            &[
                ("comment", "Asked all shelters"),
                ("status", "in_progress"),
                ("percent", "40"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let item = act::get(&app.db, id).await.unwrap();
    assert_eq!((item.status.as_str(), item.percent), ("in_progress", 40));
    let page = member
        .get(app.url(&format!("/actions/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Asked all shelters") && page.contains("open → in_progress") && page.contains("0 → 40"));
    assert!(page.contains("overdue"), "due in the past and not done");
    let timeline = act::timeline(&app.db, id).await.unwrap();
    assert!(timeline.iter().any(|c| c.field == "created"));
    assert!(
        timeline.iter().all(|c| c.user_id.is_some()),
        "who made each change is kept"
    );

    // The supporting organization's member may update it too; overdue view and CSV follow filters.
    let sec = app.login("sec@example.org").await;
    let overdue = sec
        .get(app.url("/actions?view=overdue&country=XK"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(overdue.contains("Map shelter capacity"));
    let none = sec
        .get(app.url("/actions?view=overdue&country=RS"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!none.contains("Map shelter capacity"));
    let csv = sec
        .get(app.url("/actions/export.csv?tag=shelter"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(csv.lines().count(), 2);
    assert!(csv.contains("Map shelter capacity") && csv.contains("AL,XK"));
}

#[tokio::test]
async fn action_items_with_due_dates_appear_as_vtodo_in_the_personal_feed() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let f = act::ItemFields {
        title: "Send referral forms; Tiranë".into(),
        owner_org_id: Some(c.own_org),
        due_on: "2031-03-01".into(),
        ..Default::default()
    };
    act::create(&app.db, f.parse(&app.db).await.unwrap(), None)
        .await
        .unwrap();
    let member = app.login("member@example.org").await;
    let page = app
        .post_form(&member, "/settings/calendar", &[])
        .await
        .text()
        .await
        .unwrap();
    let start = page.find("id=\"feed-url\">").unwrap() + "id=\"feed-url\">".len();
    let url = page[start..start + page[start..].find('<').unwrap()].to_string();
    let body = reqwest::get(&url).await.unwrap().text().await.unwrap();
    let mut p = ical::IcalParser::new(std::io::BufReader::new(body.as_bytes()));
    let cal = p.next().unwrap().unwrap();
    assert_eq!(cal.todos.len(), 1);
    let get = |n: &str| {
        cal.todos[0]
            .properties
            .iter()
            .find(|p| p.name == n)
            .and_then(|p| p.value.clone())
            .unwrap()
    };
    assert_eq!(
        roundtable::calendar::ics::unescape_text(&get("SUMMARY")),
        "Send referral forms; Tiranë"
    );
    assert_eq!(get("DUE"), "20310301");
    assert_eq!(get("STATUS"), "NEEDS-ACTION");
}
