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
    assert!(page.contains("Asked all shelters") && page.contains("Open → In progress") && page.contains("0 → 40"));
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
    act::create(&app.db, f.parse(&app.db).await.unwrap(), None, None)
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

#[tokio::test]
async fn reminders_go_once_a_day_and_their_links_change_the_item_only_after_confirmation() {
    use roundtable::mail::Notifier;
    use roundtable::services::action_notices::run_reminders;
    let app = spawn_app().await;
    let c = cast(&app).await;
    let today = chrono::NaiveDate::from_ymd_opt(2031, 5, 10).unwrap();
    let mailer = app.mailer();
    let n = Notifier {
        mailer: &mailer,
        base: app.base.clone(),
        secret: app.settings.secret_key(),
    };
    let mk = |title: &'static str, due: &'static str| act::ItemFields {
        title: title.into(),
        owner_org_id: Some(c.own_org),
        due_on: due.into(),
        ..Default::default()
    };
    for (title, due) in [
        ("Due in a week", "2031-05-17"),
        ("Due tomorrow", "2031-05-11"),
        ("Late report", "2031-05-01"),
        ("Not yet", "2031-06-30"),
    ] {
        act::create(&app.db, mk(title, due).parse(&app.db).await.unwrap(), None, Some(&n))
            .await
            .unwrap();
    }
    let sink = crate::smtp::Sink::start();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let assigned = sink.received().len();
    assert_eq!(
        assigned, 4,
        "the member of the owner organization hears of each new item"
    );
    assert_eq!(run_reminders(&app.db, &n, today).await.unwrap(), 3);
    assert_eq!(
        run_reminders(&app.db, &n, today).await.unwrap(),
        0,
        "idempotent within the day"
    );
    assert_eq!(
        run_reminders(&app.db, &n, today.succ_opt().unwrap()).await.unwrap(),
        1,
        "next day: only the overdue item, again"
    );
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let mails = sink.received();
    let late = mails
        .iter()
        .find(|m| m.parsed().subject() == Some("Overdue: Late report"))
        .expect("overdue reminder");
    let text = late.parsed().body_text(0).unwrap().to_string();
    let start = text.find("/quick/done/").unwrap();
    let scheme = text[..start].rfind("http").unwrap();
    let link = text[scheme..].split_whitespace().next().unwrap().to_string();
    // Opening the link changes nothing; confirming does.
    let browser = crate::helpers::client();
    let page = browser.get(&link).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let csrf = crate::helpers::csrf_from(&page.text().await.unwrap());
    let late_id = act::list(
        &app.db,
        &roundtable::auth::CurrentUser {
            id: 0,
            name: String::new(),
            email: String::new(),
            role: roundtable::auth::Role::Secretariat,
            organization_id: None,
            person_id: None,
            language: "en".into(),
            time_zone: "Europe/Tirane".into(),
            legal_reviewer: false,
        },
        &act::ItemFilter {
            tag: String::new(),
            ..Default::default()
        },
        today,
    )
    .await
    .unwrap()
    .0
    .into_iter()
    .find(|i| i.title == "Late report")
    .unwrap()
    .id;
    assert_eq!(act::get(&app.db, late_id).await.unwrap().status, "open");
    let done = browser
        .post(&link)
        .form(&[("_csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 200);
    assert_eq!(act::get(&app.db, late_id).await.unwrap().status, "done");
    assert_eq!(
        run_reminders(&app.db, &n, today + chrono::Duration::days(2))
            .await
            .unwrap(),
        1,
        "only the other overdue item: none for the item marked done"
    );
    let forged = link.rsplit_once('/').unwrap().0.to_string() + "/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    assert_eq!(browser.get(&forged).send().await.unwrap().status(), 404);
}

#[tokio::test]
async fn the_follow_up_report_shows_each_item_and_a_chart_with_a_text_alternative() {
    use roundtable::services::events as ev;
    let app = spawn_app().await;
    let c = cast(&app).await;
    let fields = ev::EventFields {
        title: "Past roundtable".into(),
        kind: "roundtable".into(),
        time_zone: "Europe/Tirane".into(),
        start_date: "2024-01-10".into(),
        start_time: "09:00".into(),
        end_date: "2024-01-11".into(),
        end_time: "17:00".into(),
        venue_name: "Hotel Demo".into(),
        visibility: "network".into(),
        status: "completed".into(),
        ..Default::default()
    };
    let e = ev::create(&app.db, fields.parse(&app.db).await.unwrap(), None, "test")
        .await
        .unwrap();
    for (title, due) in [("Agreed item one", "2024-02-01"), ("Agreed item two", "2099-01-01")] {
        let f = act::ItemFields {
            title: title.into(),
            owner_org_id: Some(c.own_org),
            due_on: due.into(),
            event_id: Some(e.id),
            ..Default::default()
        };
        act::create(&app.db, f.parse(&app.db).await.unwrap(), None, None)
            .await
            .unwrap();
    }
    let member = app.login("member@example.org").await;
    let page = member
        .get(app.url(&format!("/events/{}/follow-up", e.id)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Agreed item one") && page.contains("Agreed item two"));
    assert!(page.contains("2 items agreed: 0 done, 1 overdue, 0% done on average."));
    assert!(
        page.contains("<svg")
            && page.contains("role=\"img\"")
            && page.contains("<title id=\"chart-title\">Items by status over time</title>")
    );
    assert!(page.contains("The same figures as a table"));
}

#[tokio::test]
async fn the_secretariat_changes_status_and_owner_of_several_items_at_once() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let mut ids = vec![];
    for title in ["Bulk one", "Bulk two", "Left alone"] {
        let f = act::ItemFields {
            title: title.into(),
            owner_org_id: Some(c.own_org),
            ..Default::default()
        };
        ids.push(
            act::create(&app.db, f.parse(&app.db).await.unwrap(), None, None)
                .await
                .unwrap()
                .id
                .to_string(),
        );
    }
    let sec = app.login("sec@example.org").await;
    let other = c.other_org.to_string();
    let change = [
        ("ids", ids[0].as_str()),
        ("ids", ids[1].as_str()),
        ("bulk_status", "blocked"),
        ("bulk_owner", other.as_str()),
        ("back", "/actions?view=all"),
    ];
    // The change asks first, saying what it will do, and changes nothing until confirmed.
    let res = app.post_form(&sec, "/actions/bulk", &change).await;
    assert_eq!(res.status(), 200);
    let question = res.text().await.unwrap();
    assert!(question.contains("2 action items will be changed:"));
    assert!(question.contains("status becomes “Blocked”") && question.contains("Other Org"));
    let fields = crate::helpers::form_fields(&question, "/actions/bulk");
    assert!(fields.iter().any(|(k, v)| k == "ids" && v == &ids[1]));
    assert!(fields.iter().any(|(k, v)| k == "confirmed" && v == "1"));
    let mut confirmed = change.to_vec();
    confirmed.push(("confirmed", "1"));
    let res = app.post_form(&sec, "/actions/bulk", &confirmed).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/actions?view=all");
    for (k, id) in ids.iter().enumerate() {
        let item = act::get(&app.db, id.parse().unwrap()).await.unwrap();
        if k < 2 {
            assert_eq!((item.status.as_str(), item.owner_org_id), ("blocked", c.other_org));
            let history = act::timeline(&app.db, item.id).await.unwrap();
            assert!(history.iter().any(|h| h.field == "owner_org_id") && history.iter().any(|h| h.field == "status"));
        } else {
            assert_eq!(item.status, "open");
        }
    }
    let empty = app.post_form(&sec, "/actions/bulk", &[("bulk_status", "done")]).await;
    assert_eq!(empty.status(), 303);
    let page = sec.get(app.url("/actions")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Tick the items to change."));
}

#[tokio::test]
async fn dashboards_show_members_their_items_and_the_secretariat_what_is_late() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let f = act::ItemFields {
        title: "Late shelter survey".into(),
        owner_org_id: Some(c.own_org),
        due_on: "2020-01-01".into(),
        countries: vec!["XK".into()],
        ..Default::default()
    };
    act::create(&app.db, f.parse(&app.db).await.unwrap(), None, None)
        .await
        .unwrap();
    let member = app.login("member@example.org").await;
    let page = member.get(app.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains("Your organization&#x27;s open action items")
            || page.contains("Your organization's open action items")
    );
    assert!(page.contains("Late shelter survey") && !page.contains("Overdue by organization"));
    let sec = app.login("sec@example.org").await;
    let page = sec.get(app.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains("1 item is overdue.")
            && page.contains("<td>Own Org</td><td>1</td>")
            && page.contains("<td>Kosovo*</td><td>1</td>")
    );
    assert!(page.contains("1 open item has no owner person.") && page.contains("Email queue"));
    assert!(
        page.contains("This designation is without prejudice"),
        "Kosovo* carries its footnote"
    );
}

#[tokio::test]
async fn open_items_of_the_last_meeting_come_back_as_matters_arising_at_the_next() {
    use roundtable::services::events as ev;
    let app = spawn_app().await;
    let c = cast(&app).await;
    let fields = ev::EventFields {
        title: "Spring network meeting".into(),
        kind: "network_meeting".into(),
        time_zone: "Europe/Tirane".into(),
        start_date: "2031-04-10".into(),
        start_time: "10:00".into(),
        end_date: "2031-04-10".into(),
        end_time: "16:00".into(),
        venue_name: "Demo venue".into(),
        visibility: "network".into(),
        status: "completed".into(),
        ..Default::default()
    };
    let first = ev::create(&app.db, fields.parse(&app.db).await.unwrap(), None, "test")
        .await
        .unwrap();
    for (title, status) in [("Still open item", "open"), ("Finished item", "done")] {
        let f = act::ItemFields {
            title: title.into(),
            owner_org_id: Some(c.own_org),
            status: status.into(),
            event_id: Some(first.id),
            ..Default::default()
        };
        act::create(&app.db, f.parse(&app.db).await.unwrap(), None, None)
            .await
            .unwrap();
    }
    let next = ev::duplicate(
        &app.db,
        first.id,
        chrono::NaiveDate::from_ymd_opt(2031, 10, 9).unwrap(),
        None,
        "test",
    )
    .await
    .unwrap();
    let sec = app.login("sec@example.org").await;
    let page = sec
        .get(app.url(&format!("/events/{}", next.id)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Matters arising") && page.contains("Still open item") && !page.contains("Finished item"));
    let open_id = act::list(
        &app.db,
        &roundtable::auth::CurrentUser {
            id: 0,
            name: String::new(),
            email: String::new(),
            role: roundtable::auth::Role::Secretariat,
            organization_id: None,
            person_id: None,
            language: "en".into(),
            time_zone: "Europe/Tirane".into(),
            legal_reviewer: false,
        },
        &Default::default(),
        chrono::Utc::now().date_naive(),
    )
    .await
    .unwrap()
    .0
    .into_iter()
    .find(|i| i.title == "Still open item")
    .unwrap()
    .id;
    let res = app
        .post_form(
            &sec,
            &format!("/events/{}/matters-arising/{open_id}", next.id),
            &[("outcome", "Agreed to extend the deadline"), ("status", "in_progress")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let item = act::get(&app.db, open_id).await.unwrap();
    assert_eq!(item.status, "in_progress");
    let history = act::timeline(&app.db, open_id).await.unwrap();
    assert!(history.iter().any(|h| {
        h.comment
            .as_deref()
            .is_some_and(|c| c.contains("Reviewed at \"Spring network meeting\": Agreed to extend the deadline"))
    }));
}

#[tokio::test]
async fn an_owner_person_must_belong_to_the_owner_organization() {
    use roundtable::services::directory::{self as dir, PersonFields};
    let app = spawn_app().await;
    let c = cast(&app).await;
    let mk = |org: i32, name: &str| PersonFields {
        organization_id: Some(org),
        name: name.into(),
        network_role: "contact".into(),
        ..Default::default()
    };
    let mine = dir::create_person(&app.db, mk(c.own_org, "Own Person").parse(&app.db).await.unwrap())
        .await
        .unwrap()
        .id
        .to_string();
    let theirs = dir::create_person(&app.db, mk(c.other_org, "Their Person").parse(&app.db).await.unwrap())
        .await
        .unwrap()
        .id
        .to_string();
    let member = app.login("member@example.org").await;
    let form = member
        .get(app.url("/actions/new"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let i = form.find("f-owner_person_id").unwrap_or(0);
    assert!(
        form.contains("Own Person (Own Org)") && !form.contains("Their Person"),
        "{}",
        &form[i..(i + 600).min(form.len())]
    );
    let own = c.own_org.to_string();
    let bad = app
        .post_form(
            &member,
            "/actions",
            &[("title", "X"), ("owner_org_id", &own), ("owner_person_id", &theirs)],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let ok = app
        .post_form(
            &member,
            "/actions",
            &[("title", "X"), ("owner_org_id", &own), ("owner_person_id", &mine)],
        )
        .await;
    assert_eq!(ok.status(), 303);
}

#[tokio::test]
async fn long_lists_stop_counting_at_a_thousand_and_say_so() {
    use sea_orm::{EntityTrait, Set};
    let app = spawn_app().await;
    let c = cast(&app).await;
    let now = roundtable::db::now();
    let rows: Vec<entity::action_item::ActiveModel> = (0..1005)
        .map(|i| entity::action_item::ActiveModel {
            title: Set(format!("Bulk-loaded item {i}")),
            description: Set(None),
            owner_org_id: Set(c.own_org),
            owner_person_id: Set(None),
            due_on: Set(None),
            priority: Set("normal".into()),
            status: Set("open".into()),
            percent: Set(0),
            countries: Set(None),
            tags: Set(None),
            event_id: Set(None),
            agenda_item_id: Set(None),
            created_by: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .collect();
    for chunk in rows.chunks(200) {
        entity::action_item::Entity::insert_many(chunk.to_vec())
            .exec(&app.db)
            .await
            .unwrap();
    }
    let sec = app.login("sec@example.org").await;
    let page = sec.get(app.url("/actions")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("More than 1,000 items match"));
    let few = sec
        .get(app.url("/actions?status=done"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!few.contains("More than 1,000 items match"));
    let csv = sec
        .get(app.url("/actions/export.csv"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(csv.lines().count(), 1 + 1005, "the export has every item");
}

#[tokio::test]
async fn my_organizations_items_sort_by_due_date_with_undated_ones_last() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    for (title, due) in [("No date", ""), ("Later", "2031-05-01"), ("Sooner", "2031-01-01")] {
        let f = act::ItemFields {
            title: title.into(),
            owner_org_id: Some(c.own_org),
            due_on: due.into(),
            ..Default::default()
        };
        act::create(&app.db, f.parse(&app.db).await.unwrap(), None, None)
            .await
            .unwrap();
    }
    let member = app.login("member@example.org").await;
    let page = member
        .get(app.url("/actions?view=org"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let (a, b, d) = (
        page.find("Sooner").unwrap(),
        page.find("Later").unwrap(),
        page.find("No date").unwrap(),
    );
    assert!(a < b && b < d, "by due date, undated last");
    // With a status filter the page is read from the (owner, status, due date) index and merged
    // with supported items: same order, and paging continues where page 1 stopped.
    let f = act::ItemFields {
        title: "Supported middle".into(),
        owner_org_id: Some(c.other_org),
        supporters: vec![c.own_org],
        due_on: "2031-03-01".into(),
        ..Default::default()
    };
    act::create(&app.db, f.parse(&app.db).await.unwrap(), None, None)
        .await
        .unwrap();
    let page = member
        .get(app.url("/actions?view=org&status=open"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let order: Vec<usize> = ["Sooner", "Supported middle", "Later", "No date"]
        .iter()
        .map(|t| page.find(t).unwrap_or_else(|| panic!("{t} missing")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    for i in 0..30 {
        let f = act::ItemFields {
            title: format!("Bulk item {i:02}"),
            owner_org_id: Some(c.own_org),
            due_on: format!("2032-01-{:02}", i % 28 + 1),
            ..Default::default()
        };
        act::create(&app.db, f.parse(&app.db).await.unwrap(), None, None)
            .await
            .unwrap();
    }
    let mut seen = vec![];
    for p in 1..=2 {
        let html = member
            .get(app.url(&format!("/actions?view=org&status=open&page={p}")))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        for i in 0..30 {
            if html.contains(&format!("Bulk item {i:02}<")) {
                seen.push(i);
            }
        }
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 30, "every item on exactly one of the two pages");
}

#[tokio::test]
async fn a_refused_progress_update_comes_back_with_422_and_everything_typed() {
    use sea_orm::{ActiveModelTrait, Set};
    let app = spawn_app().await;
    let c = cast(&app).await;
    let now = roundtable::db::now();
    let item = entity::action_item::ActiveModel {
        title: Set("Map shelter places".into()),
        owner_org_id: Set(c.own_org),
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
    let member = app.login("member@example.org").await;
    let page = member
        .get(app.url(&format!("/actions/{}", item.id)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let fields = crate::helpers::form_fields(&page, &format!("/actions/{}/progress", item.id));
    assert!(
        fields.iter().any(|(k, v)| k == "percent" && v == "40"),
        "the percent starts where the item stands: {fields:?}"
    );
    let res = app
        .post_form(
            &member,
            &format!("/actions/{}/progress", item.id),
            &[
                ("comment", "Called every shelter in the north"),
                ("status", "blocked"),
                ("percent", "140"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains("Enter a percentage from 0 to 100."));
    let fields = crate::helpers::form_fields(&page, &format!("/actions/{}/progress", item.id));
    for (name, typed) in [
        ("comment", "Called every shelter in the north"),
        ("status", "blocked"),
        ("percent", "140"),
    ] {
        assert!(
            fields.iter().any(|(k, v)| k == name && v == typed),
            "{name} keeps {typed:?}: {fields:?}"
        );
    }
    let stored = act::get(&app.db, item.id).await.unwrap();
    assert_eq!(
        (stored.status.as_str(), stored.percent),
        ("in_progress", 40),
        "nothing saved"
    );
    let res = app
        .post_form(
            &member,
            &format!("/actions/{}/progress", item.id),
            &[
                ("comment", "Called every shelter in the north"),
                ("status", ""),
                ("percent", "60"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(act::get(&app.db, item.id).await.unwrap().percent, 60);
}
