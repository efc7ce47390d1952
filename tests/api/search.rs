//! The search box over HTTP, the same on SQLite (FTS5) and PostgreSQL (tsvector): accents and
//! Cyrillic folded, results grouped by kind, ranked, paged, highlighted and escaped, and only
//! what the viewer may see.

use roundtable::auth::Role;
use roundtable::services::directory::{self as dir, PersonFields};

use crate::helpers::{TestApp, cast, client, spawn_app};

async fn get(c: &reqwest::Client, app: &TestApp, path: &str) -> String {
    let r = c.get(app.url(path)).send().await.unwrap();
    assert_eq!(r.status(), 200, "GET {path}");
    r.text().await.unwrap()
}

async fn person(app: &TestApp, org: i32, name: &str, title: &str) -> i32 {
    let f = PersonFields {
        organization_id: Some(org),
        name: name.into(),
        title: title.into(),
        network_role: "focal_point".into(),
        ..Default::default()
    };
    dir::create_person(&app.db, f.parse(&app.db).await.unwrap())
        .await
        .unwrap()
        .id
}

#[tokio::test]
async fn accents_and_cyrillic_do_not_matter_and_results_are_grouped_and_highlighted() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let p = person(&app, c.own_org, "Ana Petrović", "Shelter coordinator").await;
    let p2 = person(&app, c.other_org, "Марко Петровић", "Lawyer").await;
    let sec = app.login("sec@example.org").await;
    let ev = crate::events::create(&app, &sec, "Roundtable in Tiranë", "network", "published").await;
    let m = app.login("member@example.org").await;

    let page = get(&m, &app, "/search?q=Petrovic").await;
    assert!(page.contains(&format!("/people/{p}\"")), "Latin with accents");
    assert!(page.contains(&format!("/people/{p2}\"")), "Cyrillic");
    assert!(page.contains("<mark>Petrović</mark>"));
    assert!(page.contains("<mark>Петровић</mark>"));
    assert!(page.contains("People"), "grouped by kind");

    let page = get(&m, &app, "/search?q=tirane").await;
    assert!(page.contains(&format!("/events/{ev}\"")));
    assert!(page.contains("Roundtable in <mark>Tiranë</mark>"));
    // Two words must both match, each as the start of a word.
    let page = get(&m, &app, "/search?q=shelter+coord").await;
    assert!(page.contains(&format!("/people/{p}\"")));
    let page = get(&m, &app, "/search?q=shelter+lawyer").await;
    assert!(!page.contains(&format!("/people/{p}\"")) && !page.contains(&format!("/people/{p2}\"")));
    assert!(page.contains("Nothing found"));
    // Organizations are found by name too.
    let page = get(&m, &app, "/search?q=own+org").await;
    assert!(page.contains(&format!("/organizations/{}\"", c.own_org)));
}

#[tokio::test]
async fn search_shows_only_what_the_viewer_may_see() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    person(&app, c.own_org, "Quokka Person", "Focal point").await;
    let sec = app.login("sec@example.org").await;
    let public = crate::events::create(&app, &sec, "Quokka public conference", "public", "published").await;
    let network = crate::events::create(&app, &sec, "Quokka network meeting", "network", "published").await;
    let draft = crate::events::create(&app, &sec, "Quokka draft meeting", "network", "draft").await;
    let invited = crate::events::create(&app, &sec, "Quokka closed training", "invited", "published").await;

    let anon = client();
    let page = get(&anon, &app, "/search?q=quokka").await;
    assert!(page.contains(&format!("/events/{public}\"")));
    for hidden in [network, draft, invited] {
        assert!(
            !page.contains(&format!("/events/{hidden}\"")),
            "anonymous sees only public"
        );
    }
    assert!(!page.contains("/people/"), "people are for the network only");
    assert!(page.contains("Sign in to search"));

    let m = app.login("member@example.org").await;
    let page = get(&m, &app, "/search?q=quokka").await;
    assert!(
        page.contains(&format!("/events/{network}\"")) && page.contains("/people/"),
        "{page}"
    );
    assert!(
        !page.contains(&format!("/events/{draft}\"")),
        "drafts are the secretariat's"
    );
    assert!(!page.contains(&format!("/events/{invited}\"")), "not invited");
    // Once invited (as their organization's focal point), the member finds the closed event;
    // an observer still does not.
    let f = PersonFields {
        organization_id: Some(c.own_org),
        name: "Member Focal".into(),
        email: "member@example.org".into(),
        network_role: "focal_point".into(),
        ..Default::default()
    };
    dir::create_person(&app.db, f.parse(&app.db).await.unwrap())
        .await
        .unwrap();
    let org = c.own_org.to_string();
    let res = app
        .post_form(&sec, &format!("/events/{invited}/invite"), &[("organizations", &org)])
        .await;
    assert_eq!(res.status(), 303);
    let page = get(&m, &app, "/search?q=quokka").await;
    assert!(page.contains(&format!("/events/{invited}\"")), "invited now");
    let o = app.login("observer@example.org").await;
    let page = get(&o, &app, "/search?q=quokka+closed").await;
    assert!(!page.contains(&format!("/events/{invited}\"")), "{page}");

    let page = get(&sec, &app, "/search?q=quokka").await;
    for id in [public, network, draft, invited] {
        assert!(
            page.contains(&format!("/events/{id}\"")),
            "the secretariat sees everything"
        );
    }
    // Changing visibility is picked up by the next search.
    use sea_orm::{ActiveModelTrait, EntityTrait, Set};
    let e = entity::event::Entity::find_by_id(network)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut am: entity::event::ActiveModel = e.into();
    am.visibility = Set("public".into());
    am.updated_at = Set(roundtable::db::now());
    am.update(&app.db).await.unwrap();
    let page = get(&anon, &app, "/search?q=quokka").await;
    assert!(page.contains(&format!("/events/{network}\"")));
    // Indexed once, under its new visibility only.
    let page = get(&sec, &app, "/search?q=quokka+network&kind=event").await;
    assert_eq!(page.matches(&format!("/events/{network}\"")).count(), 1, "{page}");
}

#[tokio::test]
async fn many_results_page_within_their_kind_and_markup_is_escaped() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    for i in 0..27 {
        person(&app, c.own_org, &format!("Wombat {i:02}"), "Case worker").await;
    }
    person(&app, c.own_org, "<script>alert(1)</script> Wombat", "x").await;
    let m = app.login("member@example.org").await;
    let page = get(&m, &app, "/search?q=wombat").await;
    assert!(page.contains("28 results"));
    assert!(page.contains("See all 28 in People"));
    let p1 = get(&m, &app, "/search?q=wombat&kind=person").await;
    let p2 = get(&m, &app, "/search?q=wombat&kind=person&page=2").await;
    let both = format!("{p1}{p2}");
    assert!(!both.contains("<script>alert(1)</script>"));
    assert!(both.contains("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Wombat</mark>"));
    let count = |s: &str| s.matches("href=\"/people/").count();
    assert_eq!(count(&p1), 20);
    assert_eq!(count(&p2), 8);
    assert!(p1.contains("Page 1 of 2"));
    // Operators and punctuation are just words; nothing breaks.
    for q in ["wombat*", "\"wombat", "wombat OR", "NEAR(", "-", "a", "%27%3B--"] {
        let r = m.get(app.url(&format!("/search?q={q}"))).send().await.unwrap();
        assert_eq!(r.status(), 200, "query {q}");
    }
    let short = get(&m, &app, "/search?q=a").await;
    assert!(short.contains("Type at least one word"));
}

#[tokio::test]
async fn action_items_agenda_items_and_register_entries_are_found_and_deleted_items_go() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let _ = c.observer;
    let sec = app.login("sec@example.org").await;
    let ev = crate::events::create(&app, &sec, "Harmonisation day", "network", "published").await;
    // An agenda item, published.
    let res = app
        .post_form(
            &sec,
            &format!("/events/{ev}/agenda"),
            &[
                ("day", "2031-12-12"),
                ("start_time", "10:00"),
                ("end_time", "11:00"),
                ("title", "Non-punishment clause review"),
                ("kind", "session"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303, "agenda item added");
    let res = app.post_form(&sec, &format!("/events/{ev}/publish-agenda"), &[]).await;
    assert!(res.status().is_redirection());
    let m = app.login("member@example.org").await;
    let page = get(&m, &app, "/search?q=non+punishment").await;
    assert!(page.contains("Agenda items"), "{page}");
    // Register entries by topic and summary.
    let t = roundtable::services::legal::topic_by_code(&app.db, "RES-01")
        .await
        .unwrap();
    let country = roundtable::services::legal::register_country(&app.db, "AL")
        .await
        .unwrap();
    let fields = roundtable::services::legal::EntryInput {
        assessment: "partly_aligned".into(),
        summary: "Reflection period of thirty days in the Albanian law".into(),
        ..Default::default()
    };
    let change = roundtable::services::legal::Change {
        actor: roundtable::services::legal::Actor {
            user_id: None,
            name: "Test".into(),
        },
        source: "edit",
        note: None,
        example: false,
        at: None,
    };
    roundtable::services::legal::save_entry(&app.db, None, &t, &country, &fields, &change)
        .await
        .unwrap();
    let page = get(&m, &app, "/search?q=albanian+reflection").await;
    assert!(page.contains("/legal/entries/RES-01/AL"), "{page}");
    assert!(page.contains("Legal register"));
    // Deleting the agenda item drops it from the results.
    let item: i32 = {
        use sea_orm::EntityTrait;
        entity::agenda_item::Entity::find().all(&app.db).await.unwrap()[0].id
    };
    let res = app
        .post_form(
            &sec,
            &format!("/events/{ev}/agenda/{item}/delete"),
            &[("confirmed", "1")],
        )
        .await;
    assert!(res.status().is_redirection());
    let page = get(&m, &app, "/search?q=non+punishment").await;
    assert!(!page.contains(&format!("#item-{item}")));
    let _ = Role::Member;
}

#[tokio::test]
async fn ranking_is_bounded_but_counts_pages_and_every_kind_cover_all_matches() {
    use roundtable::services::search::{PER_PAGE, RANK_WINDOW};
    use sea_orm::{EntityTrait, Set};
    let app = spawn_app().await;
    let c = cast(&app).await;
    let sec = app.login("sec@example.org").await;
    // Indexed first, so older than every person below: outside the ranking window.
    let event = crate::events::create(&app, &sec, "Numbat regional meeting", "network", "published").await;
    let m = app.login("member@example.org").await;
    get(&m, &app, "/search?q=numbat").await;
    let extra = 50;
    let n = RANK_WINDOW as usize + extra;
    let t = roundtable::db::now();
    let people: Vec<entity::person::ActiveModel> = (0..n)
        .map(|i| entity::person::ActiveModel {
            organization_id: Set(c.own_org),
            name: Set(format!("Numbat Person {i:05}")),
            title: Set(None),
            email: Set(None),
            phone: Set(None),
            languages: Set(None),
            network_role: Set("other".into()),
            archived: Set(false),
            created_at: Set(t),
            updated_at: Set(t),
            ..Default::default()
        })
        .collect();
    for chunk in people.chunks(500) {
        entity::person::Entity::insert_many(chunk.to_vec())
            .exec(&app.db)
            .await
            .unwrap();
    }
    // A search takes in at most 2,000 changes itself and says when more are waiting.
    let notice = "still taking in recent changes";
    let page = get(&m, &app, "/search?q=numbat").await;
    assert!(page.contains(notice), "{page}");
    roundtable::services::search::sync(&app.db).await.unwrap();

    let page = get(&m, &app, "/search?q=numbat").await;
    assert!(!page.contains(notice));
    // A count in the reader's language: "1,050" in English.
    let count = roundtable::i18n::numbers::format("en", n as f64);
    assert!(page.contains(&format!("See all {count} in People")), "exact count");
    assert!(
        page.contains(&format!("/events/{event}\"")),
        "a kind with no match among the newest still shows"
    );
    // Ranked pages inside the window, then the rest, newest first; every person exactly once.
    let last = (n as u64).div_ceil(PER_PAGE);
    let mut seen = std::collections::HashSet::new();
    for p in [1, RANK_WINDOW / PER_PAGE, RANK_WINDOW / PER_PAGE + 1, last] {
        let page = get(&m, &app, &format!("/search?q=numbat&kind=person&page={p}")).await;
        for part in page.split("href=\"/people/").skip(1) {
            let id: i32 = part[..part.find('"').unwrap()].parse().unwrap();
            assert!(seen.insert(id), "person {id} on two pages");
        }
    }
    assert_eq!(seen.len() as u64, 3 * PER_PAGE + (n as u64 - (last - 1) * PER_PAGE));
    let past = get(&m, &app, &format!("/search?q=numbat&kind=person&page={}", last + 1)).await;
    assert!(!past.contains("href=\"/people/"));
}

#[tokio::test]
async fn a_word_matches_every_word_it_begins_however_many_there_are() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    // Twenty distinct words beginning with "zorbaa": more than a prefix is spelled out into.
    for i in 1..=20 {
        person(&app, c.own_org, &format!("Zorbaa{i} Person"), "Case worker").await;
    }
    person(&app, c.own_org, "Zorb Other", "Case worker").await;
    let m = app.login("member@example.org").await;
    let count = |s: &str| s.matches("href=\"/people/").count();
    let all = get(&m, &app, "/search?q=zorba+person&kind=person").await;
    assert_eq!(count(&all), 20, "{all}");
    // "zorbaa1" is zorbaa1 itself and zorbaa10 to zorbaa19.
    let some = get(&m, &app, "/search?q=zorbaa1&kind=person").await;
    assert_eq!(count(&some), 11, "{some}");
    let short = get(&m, &app, "/search?q=zor&kind=person").await;
    assert_eq!(count(&short), 20, "a page of the 21");
    assert!(short.contains("Page 1 of 2"));
}

#[tokio::test]
async fn the_minute_pass_finds_late_commits_without_reading_a_bulk_load_again() {
    use roundtable::services::search::{self, Kind, Pass};
    use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};
    let app = spawn_app().await;
    let c = cast(&app).await;
    let early = person(&app, c.own_org, "Quokka Early", "Case worker").await;
    // A bulk load two minutes ago, indexed since.
    let now = roundtable::db::now();
    let two_minutes_ago = now - chrono::Duration::seconds(120);
    let backend = app.db.get_database_backend();
    app.db
        .execute_raw(sea_orm::Statement::from_sql_and_values(
            backend,
            if backend == sea_orm::DatabaseBackend::Postgres {
                "UPDATE person SET updated_at = $1"
            } else {
                "UPDATE person SET updated_at = ?"
            },
            [two_minutes_ago.into()],
        ))
        .await
        .unwrap();
    search::rebuild(&app.db, &mut |_, _| {}).await.unwrap();
    let people_read = |pass: Pass| {
        let db = app.db.clone();
        async move {
            let mut n = 0;
            search::sync_with(&db, pass, &mut |k, k_n| {
                if k == Kind::Person {
                    n += k_n;
                }
            })
            .await
            .unwrap();
            n
        }
    };
    // The first minute pass of a process reads the rows near the watermark once...
    assert!(people_read(Pass::Overlap { previous: None }).await > 0);
    // ...and later passes do not read the same bulk load again.
    let previous = Some(roundtable::db::now());
    assert_eq!(people_read(Pass::Overlap { previous }).await, 0);

    // An edit now, then a write that began 6 s ago and committed after it (a slow transaction:
    // its time is earlier than the watermark the edit moved).
    let mut edited: entity::person::ActiveModel = entity::person::Entity::find_by_id(early)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .into();
    let now = roundtable::db::now();
    edited.updated_at = Set(now - chrono::Duration::seconds(1));
    entity::person::Entity::update(edited).exec(&app.db).await.unwrap();
    search::sync(&app.db).await.unwrap();
    let late = entity::person::Entity::insert(entity::person::ActiveModel {
        organization_id: Set(c.own_org),
        name: Set("Quokka Late".into()),
        network_role: Set("other".into()),
        archived: Set(false),
        created_at: Set(now - chrono::Duration::seconds(6)),
        updated_at: Set(now - chrono::Duration::seconds(6)),
        ..Default::default()
    })
    .exec(&app.db)
    .await
    .unwrap()
    .last_insert_id;
    let m = app.login("member@example.org").await;
    search::sync(&app.db).await.unwrap();
    let page = get(&m, &app, "/search?q=quokka").await;
    let (early_link, late_link) = (format!("href=\"/people/{early}\""), format!("href=\"/people/{late}\""));
    assert!(
        page.contains(&early_link) && !page.contains(&late_link),
        "the ordinary pass does not look behind the watermark: {page}"
    );
    // The minute pass, its previous run 3 s ago, looks back far enough to find it.
    let previous = Some(roundtable::db::now() - chrono::Duration::seconds(3));
    assert!(people_read(Pass::Overlap { previous }).await >= 1);
    let page = get(&m, &app, "/search?q=quokka").await;
    assert!(page.contains(&late_link), "{page}");
}
