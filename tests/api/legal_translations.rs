//! The legal topic catalogue in the reader's language: the seeded translations on the topic
//! page and in the matrix (Albanian; Serbian Cyrillic made from the Latin text), English where a
//! topic has none, the secretariat editing a translation on the topic form (kept on a refused
//! save, refused when stale), the API and the change mail in their reader's language, the
//! exports in English, and the migration leaving a retitled topic untranslated.

use migration::{Migrator, MigratorTrait};
use roundtable::auth::Role;
use roundtable::services::{accounts, legal as lg};
use sea_orm::{ConnectionTrait, Statement};

use crate::helpers::{TestApp, TestDb, cast, form_fields, set_field, spawn_app};

const RES_01_SQ: &str = "Periudha e rimëkëmbjes dhe e reflektimit";
const RES_01_SQ_QUESTION: &str = "A ekziston një periudhë e rimëkëmbjes dhe e reflektimit gjatë së cilës një viktimë e mundshme nuk mund të largohet nga vendi?";
const RES_01_MK: &str = "Период за закрепнување и размислување";
const RES_01_EN: &str = "Recovery and reflection period";

/// The member of the cast, reading in `lang`, signed in.
async fn member_in(app: &TestApp, member: i32, lang: &str) -> reqwest::Client {
    accounts::update_preferences(&app.db, member, "Member", lang, "Europe/Tirane")
        .await
        .unwrap();
    app.login("member@example.org").await
}

/// A page that must answer 200.
async fn read(app: &TestApp, c: &reqwest::Client, path: &str) -> String {
    let (status, html) = app.page(c, path).await;
    assert_eq!(status, 200, "{path}");
    html
}

#[tokio::test]
async fn an_albanian_reader_sees_a_seeded_topic_in_albanian_on_its_page_and_in_the_matrix() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let member = member_in(&app, c.member, "sq").await;
    let topic = read(&app, &member, "/legal/topics/RES-01").await;
    assert!(topic.contains(&format!("<h1>RES-01 {RES_01_SQ}")), "{topic}");
    assert!(topic.contains(RES_01_SQ_QUESTION));
    assert!(topic.contains("Qëndrimi dhe kthimi"), "the category");
    assert!(!topic.contains(RES_01_EN));
    let matrix = read(&app, &member, "/legal").await;
    assert!(matrix.contains(RES_01_SQ));
    assert!(matrix.contains("Mosndëshkimi i viktimave"));
    assert!(matrix.contains(r#"<th scope="rowgroup" colspan="7">Fëmijët viktima</th>"#));
    assert!(!matrix.contains(RES_01_EN));
    // The category filter sends the English name (links and exports keep working) and shows
    // the Albanian; a category named in Albanian filters too.
    assert!(matrix.contains(r#"<option value="Child victims">Fëmijët viktima</option>"#));
    for query in ["category=Child+victims", "category=F%C3%ABmij%C3%ABt+viktima"] {
        let only = read(&app, &member, &format!("/legal?{query}")).await;
        assert!(only.contains("CHI-01") && !only.contains("RES-01"), "{query}");
    }
    // The exports keep the English text.
    for path in ["/legal/export.csv?topic=RES-01", "/legal/export.json?topic=RES-01"] {
        let export = read(&app, &member, path).await;
        assert!(export.contains(RES_01_EN) && !export.contains(RES_01_SQ), "{path}");
    }
    // The API answers in the call's Accept-Language.
    let token = app.token_for(c.member).await;
    let topics: serde_json::Value = reqwest::Client::new()
        .get(app.url("/api/v1/legal/topics"))
        .bearer_auth(token)
        .header("Accept-Language", "mk")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let res01 = topics
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["code"] == "RES-01")
        .unwrap();
    assert_eq!(res01["title"], RES_01_MK);
    assert_eq!(res01["category"], "Престој и враќање");
}

#[tokio::test]
async fn a_serbian_cyrillic_reader_sees_the_serbian_text_in_cyrillic() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let member = member_in(&app, c.member, "sr-Cyrl").await;
    let topic = read(&app, &member, "/legal/topics/RES-01").await;
    assert!(topic.contains("<h1>RES-01 Период за опоравак и размишљање"), "{topic}");
    assert!(topic.contains(
        "Да ли постоји период за опоравак и размишљање током којег потенцијална жртва не може бити удаљена из земље?"
    ));
    assert!(topic.contains("Боравак и повратак"));
    assert!(!topic.contains("Period za oporavak"), "no Latin left");
    let matrix = read(&app, &member, "/legal").await;
    assert!(matrix.contains("Период за опоравак и размишљање"));
    assert!(matrix.contains("Некажњавање жртава") && matrix.contains("Боравак и повратак"));
    assert!(!matrix.contains(RES_01_EN) && !matrix.contains("Nekažnjavanje"));
}

#[tokio::test]
async fn a_topic_without_a_translation_is_shown_in_english() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let new = [
        ("code", "RES-09"),
        ("category", "Residence and return"),
        ("title", "Family reunification"),
        (
            "question",
            "Can family members join a victim who has a residence permit?",
        ),
    ];
    assert_eq!(app.post_form(&sec, "/legal/topics", &new).await.status(), 303);
    let member = member_in(&app, c.member, "sq").await;
    let topic = read(&app, &member, "/legal/topics/RES-09").await;
    assert!(topic.contains("<h1>RES-09 Family reunification"));
    assert!(topic.contains("Can family members join a victim who has a residence permit?"));
    let matrix = read(&app, &member, "/legal").await;
    assert!(matrix.contains("Family reunification") && matrix.contains(RES_01_SQ));
}

#[tokio::test]
async fn the_secretariat_edits_the_macedonian_title_on_the_topic_form_and_a_macedonian_reader_sees_it() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let edit = read(&app, &sec, "/legal/topics/RES-01/edit").await;
    assert!(edit.contains("Title and question in Macedonian"));
    assert!(edit.contains("Title and question in Serbian (Latin script; the Cyrillic is made from it)"));
    let action = "/legal/topics/RES-01";
    let mut fields = form_fields(&edit, action);
    let value =
        |fields: &[(String, String)], name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    assert_eq!(value(&fields, "title-mk").as_deref(), Some(RES_01_MK));
    assert_eq!(value(&fields, "question-sq").as_deref(), Some(RES_01_SQ_QUESTION));
    // Saved unchanged: the stored translations stay exactly as they were.
    let before = lg::topic_by_code(&app.db, "RES-01").await.unwrap();
    let res = sec.post(app.url(action)).form(&fields).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let after = lg::topic_by_code(&app.db, "RES-01").await.unwrap();
    assert_eq!(
        (after.translations, after.version),
        (before.translations, before.version)
    );

    // A refused save (no English title) keeps everything typed.
    let fields_now = form_fields(&read(&app, &sec, "/legal/topics/RES-01/edit").await, action);
    fields = fields_now;
    set_field(&mut fields, "title-mk", "Период за закрепнување (нов наслов)");
    set_field(&mut fields, "question-sq", "");
    set_field(&mut fields, "title", "");
    let res = sec.post(app.url(action)).form(&fields).send().await.unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Период за закрепнување (нов наслов)"), "typed text kept");
    assert!(
        html.contains(r#"name="question-sq"></textarea>"#),
        "the blanked field stays blank"
    );
    assert_eq!(
        lg::topic_by_code(&app.db, "RES-01").await.unwrap().title,
        RES_01_EN,
        "nothing saved"
    );
    set_field(&mut fields, "title", RES_01_EN);
    let res = sec.post(app.url(action)).form(&fields).send().await.unwrap();
    assert_eq!(res.status(), 303);

    let member = member_in(&app, c.member, "mk").await;
    let topic = read(&app, &member, "/legal/topics/RES-01").await;
    assert!(
        topic.contains("<h1>RES-01 Период за закрепнување (нов наслов)"),
        "{topic}"
    );
    let matrix = read(&app, &member, "/legal").await;
    assert!(matrix.contains("Период за закрепнување (нов наслов)"));
    // The Albanian question left blank is shown in English; the Albanian title stays.
    let member = member_in(&app, c.member, "sq").await;
    let topic = read(&app, &member, "/legal/topics/RES-01").await;
    assert!(topic.contains(RES_01_SQ) && !topic.contains(RES_01_SQ_QUESTION));
    assert!(
        topic.contains("Is there a recovery and reflection period during which a presumed victim cannot be removed?")
    );
}

#[tokio::test]
async fn a_stale_edit_of_a_translation_is_refused_like_any_stale_topic_edit() {
    let app = spawn_app().await;
    cast(&app).await;
    app.user("second@example.org", Role::Secretariat, None).await;
    let (alice, bob) = (
        app.login("sec@example.org").await,
        app.login("second@example.org").await,
    );
    let action = "/legal/topics/RES-01";
    let mut alices = form_fields(&read(&app, &alice, "/legal/topics/RES-01/edit").await, action);
    let mut bobs = form_fields(&read(&app, &bob, "/legal/topics/RES-01/edit").await, action);
    set_field(&mut bobs, "title-mk", "Бобов наслов");
    assert_eq!(
        bob.post(app.url(action)).form(&bobs).send().await.unwrap().status(),
        303
    );
    set_field(&mut alices, "title-mk", "Насловот на Алис");
    let res = alice.post(app.url(action)).form(&alices).send().await.unwrap();
    assert_eq!(res.status(), 409, "Alice's form was opened before Bob's save");
    let html = res.text().await.unwrap();
    assert!(html.contains("Someone else saved this record after you opened it"));
    assert!(html.contains("Насловот на Алис"), "what Alice typed is kept");
    assert!(html.contains("Бобов наслов"), "the saved text is shown beside it");
    assert!(
        html.contains("Title and question in Macedonian: Title"),
        "the field is named"
    );
    assert_eq!(
        lg::topic_text(&lg::topic_by_code(&app.db, "RES-01").await.unwrap(), "mk").title,
        "Бобов наслов"
    );
    // Saved again from the 409 form (based on the current version), it goes through.
    let mut merged = form_fields(&html, action);
    set_field(&mut merged, "title-mk", "Насловот на Алис и Боб");
    assert_eq!(
        alice.post(app.url(action)).form(&merged).send().await.unwrap().status(),
        303
    );
    assert_eq!(
        lg::topic_text(&lg::topic_by_code(&app.db, "RES-01").await.unwrap(), "mk").title,
        "Насловот на Алис и Боб"
    );
}

#[tokio::test]
async fn a_follower_reading_macedonian_gets_the_change_mail_with_the_macedonian_topic() {
    let app = spawn_app().await;
    cast(&app).await;
    let follower = app.user("follower@example.org", Role::Observer, None).await;
    accounts::update_preferences(&app.db, follower, "Follower", "mk", "Europe/Skopje")
        .await
        .unwrap();
    lg::set_follow(&app.db, follower, "topic", "RES-01", true)
        .await
        .unwrap();
    let sec = app.login("sec@example.org").await;
    let edit = read(&app, &sec, "/legal/entries/RES-01/RS/edit").await;
    let mut fields = form_fields(&edit, "/legal/entries/RES-01/RS");
    set_field(&mut fields, "assessment", "not_aligned");
    set_field(&mut fields, "summary", "No reflection period in the law.");
    let res = sec
        .post(app.url("/legal/entries/RES-01/RS"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let sink = crate::smtp::Sink::start();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let m = sink
        .received()
        .into_iter()
        .find(|m| m.to.iter().any(|t| t.contains("follower@example.org")))
        .expect("the follower's mail");
    let parsed = m.parsed();
    assert!(
        parsed.subject().unwrap().contains(&format!("RES-01 {RES_01_MK}")),
        "{:?}",
        parsed.subject()
    );
    let text = parsed.body_text(0).unwrap().to_string();
    assert!(
        text.contains(&roundtable::i18n::t("mk", "legal-assessment-not_aligned")),
        "{text}"
    );
    assert!(
        text.contains("No reflection period in the law."),
        "entries stay as written"
    );
}

#[tokio::test]
async fn the_migration_leaves_a_topic_retitled_before_it_untranslated() {
    let testdb = TestDb::new().await;
    let db = roundtable::db::connect(&testdb.url).await.unwrap();
    Migrator::up(&db, Some(17)).await.unwrap();
    let sql = |s: &str| Statement::from_string(db.get_database_backend(), s.to_string());
    db.execute_raw(sql(
        "UPDATE legal_topic SET title = 'Reflection period' WHERE code = 'RES-01'",
    ))
    .await
    .unwrap();
    Migrator::up(&db, None).await.unwrap();
    let mut stored = std::collections::HashMap::new();
    for row in db
        .query_all_raw(sql("SELECT code, translations FROM legal_topic"))
        .await
        .unwrap()
    {
        let code: String = row.try_get("", "code").unwrap();
        stored.insert(code, row.try_get::<String>("", "translations").unwrap());
    }
    assert_eq!(stored.len(), 34);
    assert_eq!(stored["RES-01"], "{}", "its English no longer matches");
    assert!(stored["RES-02"].contains("Leja e qëndrimit për viktimat"));
    db.close().await.ok();
    drop(testdb);
}
