//! The network's languages: mail in each recipient's language (subject, body and date names),
//! received over SMTP; the footer's switch and the browser's Accept-Language on pages.

use mail_parser::MimeHeaders;
use roundtable::i18n::t_args;
use roundtable::services::accounts;

use crate::events::create;
use crate::helpers::{cast, client, spawn_app};

fn subject(m: &crate::smtp::Received) -> String {
    m.parsed().subject().unwrap_or_default().to_string()
}

/// Everything queued so far, delivered by a real worker to an SMTP server on loopback.
async fn delivered(app: &crate::helpers::TestApp) -> Vec<crate::smtp::Received> {
    let sink = crate::smtp::Sink::start();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    sink.received()
}

fn mail_to<'a>(got: &'a [crate::smtp::Received], to: &str) -> &'a crate::smtp::Received {
    got.iter()
        .find(|m| m.to[0] == to)
        .unwrap_or_else(|| panic!("mail to {to}"))
}

#[tokio::test]
async fn an_invitation_reaches_a_guest_in_albanian_and_a_member_in_macedonian() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    accounts::update_preferences(&app.db, c.member, "Member", "mk", "Europe/Skopje")
        .await
        .unwrap();
    let guest = app
        .person(c.other_org, "Guest Outsider", "guest@example.org", "contact")
        .await;
    let member = app
        .person(c.own_org, "Member Person", "member@example.org", "focal_point")
        .await;
    let sec = app.login("sec@example.org").await;
    let id = create(&app, &sec, "Regional roundtable", "network", "published").await;
    let form = [
        ("people", guest.to_string()),
        ("people", member.to_string()),
        ("language", "sq".to_string()),
    ];
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        app.post_form(&sec, &format!("/events/{id}/invite"), &form)
            .await
            .status(),
        303
    );
    let got = delivered(&app).await;
    for (to, lang, date) in [
        ("guest@example.org", "sq", "12 dhj 2031, 09:00"),
        ("member@example.org", "mk", "12 дек. 2031, 09:00"),
    ] {
        let m = mail_to(&got, to);
        let want = t_args(
            lang,
            "email-event-invitation-subject",
            &[("title", "Regional roundtable".into())],
        );
        assert_eq!(subject(m), want);
        assert_ne!(
            want,
            t_args(
                "en",
                "email-event-invitation-subject",
                &[("title", "Regional roundtable".into())]
            )
        );
        let parsed = m.parsed();
        let text = parsed.body_text(0).unwrap().to_string();
        let html = parsed.body_html(0).unwrap().to_string();
        for body in [&text, &html] {
            assert!(body.contains(date), "{to}: the date in {lang}: {body}");
            let intro = t_args(
                lang,
                "email-event-invitation-intro",
                &[("title", "Regional roundtable".into())],
            );
            let escaped = intro.replace('&', "&amp;").replace('"', "&quot;");
            assert!(body.contains(&intro) || body.contains(&escaped), "{to}: {body}");
            assert!(!body.contains("Dec 2031"), "no English month names: {body}");
        }
        // The calendar part's answer line is in the same language.
        let ics: String = parsed
            .parts
            .iter()
            .filter(|p| {
                p.content_type()
                    .is_some_and(|ct| ct.ctype() == "text" && ct.subtype() == Some("calendar"))
            })
            .filter_map(|p| p.text_contents())
            .collect::<Vec<_>>()
            .join("\n")
            .replace("\r\n ", "");
        let answer = t_args(lang, "ics-answer-here", &[("url", "".into())]);
        let first_words: String = answer.split_whitespace().next().unwrap().to_string();
        assert!(
            ics.contains(&format!("DESCRIPTION:{first_words}")),
            "{to}: {first_words} in {ics}"
        );
    }
}

#[tokio::test]
async fn an_overdue_reminder_reaches_each_member_in_their_language() {
    use roundtable::mail::Notifier;
    use roundtable::services::action_notices::run_reminders;
    use roundtable::services::actions as act;
    let app = spawn_app().await;
    let c = cast(&app).await;
    accounts::update_preferences(&app.db, c.member, "Member", "sq", "Europe/Tirane")
        .await
        .unwrap();
    let other = app
        .user("member2@example.org", roundtable::auth::Role::Member, Some(c.own_org))
        .await;
    accounts::update_preferences(&app.db, other, "Second Member", "mk", "Europe/Skopje")
        .await
        .unwrap();
    let mailer = app.mailer();
    let n = Notifier {
        mailer: &mailer,
        base: app.base.clone(),
        secret: app.settings.secret_key(),
    };
    let item = act::ItemFields {
        title: "Shelter capacity report".into(),
        owner_org_id: Some(c.own_org),
        due_on: "2031-05-01".into(),
        ..Default::default()
    };
    act::create(&app.db, item.parse(&app.db).await.unwrap(), None, None)
        .await
        .unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2031, 5, 10).unwrap();
    assert_eq!(run_reminders(&app.db, &n, today).await.unwrap(), 2);
    let got = delivered(&app).await;
    for (to, lang, date) in [
        ("member@example.org", "sq", "1 maj 2031"),
        ("member2@example.org", "mk", "1 мај 2031"),
    ] {
        let m = mail_to(&got, to);
        let want = t_args(
            lang,
            "action-mail-overdue",
            &[("title", "Shelter capacity report".into())],
        );
        assert_eq!(subject(m), want);
        let text = m.parsed().body_text(0).unwrap().to_string();
        assert!(text.contains(date), "{to}: {text}");
        assert!(
            text.contains(&roundtable::i18n::t(lang, "action-quick-done")),
            "{to}: {text}"
        );
    }
}

#[tokio::test]
async fn pages_follow_the_browser_and_the_footer_switch() {
    let app = spawn_app().await;
    cast(&app).await;
    let get = |c: reqwest::Client, lang: Option<&'static str>| {
        let url = app.url("/login");
        async move {
            let mut r = c.get(url);
            if let Some(l) = lang {
                r = r.header("Accept-Language", l);
            }
            r.send().await.unwrap().text().await.unwrap()
        }
    };
    let en = get(client(), None).await;
    assert!(en.contains(r#"<html lang="en">"#));
    assert!(!en.contains(r#"class="translation-draft""#), "English is the source");
    let sq = get(client(), Some("sq-AL,sq;q=0.9,en;q=0.5")).await;
    assert!(sq.contains(r#"<html lang="sq">"#));
    assert!(sq.contains(&roundtable::i18n::t("sq", "language-switch-label")));
    assert!(
        sq.contains(r#"class="translation-draft""#),
        "a draft translation says so"
    );
    let cyr = get(client(), Some("sr")).await;
    assert!(cyr.contains(r#"<html lang="sr-Cyrl">"#));
    assert!(cyr.contains("Језик"));
    // The switch: kept in a cookie, back to the page it was used on; only local addresses.
    let c = client();
    let page = get(c.clone(), None).await;
    let csrf = crate::helpers::csrf_from(&page);
    let res = c
        .post(app.url("/language"))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("lang", "mk"),
            ("next", "/login?next=%2Fevents"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/login?next=%2Fevents");
    let mk = get(c.clone(), Some("en")).await;
    assert!(mk.contains(r#"<html lang="mk">"#), "the choice wins over the browser");
    let res = c
        .post(app.url("/language"))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("lang", "hr"),
            ("next", "//evil.example.org/"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["location"], "/");
    // A signed-in user's switch is saved in their account.
    let member = app.login("member@example.org").await;
    let page = member.get(app.url("/")).send().await.unwrap().text().await.unwrap();
    let csrf = crate::helpers::csrf_from(&page);
    member
        .post(app.url("/language"))
        .form(&[("_csrf", csrf.as_str()), ("lang", "bs"), ("next", "/")])
        .send()
        .await
        .unwrap();
    let u = accounts::get_user(&app.db, cast_member(&app).await).await.unwrap();
    assert_eq!(u.language, "bs");
}

async fn cast_member(app: &crate::helpers::TestApp) -> i32 {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    entity::user::Entity::find()
        .filter(entity::user::Column::Email.eq("member@example.org"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// The visible text of a page between tags, entities decoded, scripts and styles left out; one
/// string for each run of text.
fn text_pieces(html: &str) -> Vec<String> {
    let mut text = html.to_string();
    for (open, close) in [("<script", "</script>"), ("<style", "</style>"), ("<title", "</title>")] {
        while let Some(i) = text.find(open) {
            let end = text[i..].find(close).map(|j| i + j + close.len()).unwrap_or(text.len());
            text.replace_range(i..end, " ");
        }
    }
    let mut pieces = vec![];
    let mut current = String::new();
    let mut in_tag = false;
    for ch in text.chars() {
        match ch {
            '<' => {
                in_tag = true;
                pieces.push(std::mem::take(&mut current));
            }
            '>' => in_tag = false,
            c if !in_tag => current.push(c),
            _ => {}
        }
    }
    pieces.push(current);
    pieces
        .into_iter()
        .map(|p| {
            p.replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#x27;", "'")
                .replace("&#x3D;", "=")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&nbsp;", " ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|p| p.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .collect()
}

/// What the demo data writes (names, titles, descriptions): user content, which stays as
/// written in every language.
fn user_content() -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut all = String::new();
    for dir in ["src/demo", "migration/data"] {
        for f in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
            all.push_str(&std::fs::read_to_string(f.unwrap().path()).unwrap_or_default());
        }
    }
    all
}

/// Words that are the same in every language: the product, codes and names.
const SAME_EVERYWHERE: [&str; 12] = [
    "Roundtable",
    "CSV",
    "PDF",
    "API",
    "RSVP",
    "iCalendar",
    "Markdown",
    "UTC",
    "Kosovo*",
    "Outlook",
    "Google",
    "English",
];

/// Words a language writes as English does (the glossary keeps "draft" in Albanian).
const SAME_IN: [(&[&str], &str); 5] = [
    (&["bs", "hr", "cnr", "sr-Latn"], "Status"),
    (&["bs", "hr", "cnr", "sr-Latn"], "Standard"),
    (&["bs", "hr", "cnr", "sr-Latn"], "Moderator"),
    (&["sq", "bs", "hr", "cnr", "sr-Latn"], "Panel"),
    (&["sq"], "Draft"),
];

/// Every page of a visitor, a member and the secretariat, in each language: no piece of the
/// interface is left as the English rendering shows it (user content, proper nouns, numbers
/// and dates aside).
#[tokio::test]
async fn every_page_of_every_role_is_in_the_readers_language() {
    use roundtable::demo::{DEMO_MEMBER, DEMO_PASSWORD, DEMO_SECRETARIAT};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let app = spawn_app().await;
    app.load_demo().await;
    let paths = app.demo_pages().await;
    let corpus = user_content();
    let is_user_content = |p: &str| corpus.contains(p) || p.split(" · ").all(|part| corpus.contains(part.trim()));
    let mut leaks: Vec<String> = vec![];
    let mut checked = 0;
    for who in [None, Some(DEMO_MEMBER), Some(DEMO_SECRETARIAT)] {
        let c = match who {
            None => client(),
            Some(email) => {
                let (c, status) = app.sign_in(email, DEMO_PASSWORD).await;
                assert_eq!(status, 303);
                c
            }
        };
        let user = match who {
            Some(email) => entity::user::Entity::find()
                .filter(entity::user::Column::Email.eq(email))
                .one(&app.db)
                .await
                .unwrap(),
            None => None,
        };
        let set_language = |lang: &'static str| {
            let user = user.clone();
            let db = app.db.clone();
            async move {
                if let Some(u) = user {
                    accounts::update_preferences(&db, u.id, &u.name, lang, &u.time_zone)
                        .await
                        .unwrap();
                }
            }
        };
        for path in &paths {
            set_language("en").await;
            let english = c
                .get(app.url(path))
                .header("Accept-Language", "en")
                .send()
                .await
                .unwrap();
            let is_html = english
                .headers()
                .get("content-type")
                .is_some_and(|v| v.to_str().unwrap_or("").starts_with("text/html"));
            if english.status() != 200 || !is_html {
                continue;
            }
            let english: std::collections::HashSet<String> =
                text_pieces(&english.text().await.unwrap()).into_iter().collect();
            for lang in roundtable::i18n::LANGUAGES
                .iter()
                .map(|l| l.code)
                .filter(|l| *l != "en")
            {
                set_language(lang).await;
                let page = c
                    .get(app.url(path))
                    .header("Accept-Language", lang)
                    .send()
                    .await
                    .unwrap();
                assert_eq!(page.status(), 200, "{lang} {path}");
                let body = page.text().await.unwrap();
                assert!(body.contains(&format!("<html lang=\"{lang}\">")), "{lang} {path}");
                for piece in text_pieces(&body) {
                    let same = english.contains(&piece);
                    let allowed = SAME_EVERYWHERE.iter().any(|w| piece == *w)
                        || piece
                            .split(|c: char| !c.is_alphanumeric())
                            .filter(|w| w.chars().any(char::is_alphabetic))
                            .all(|w| SAME_IN.iter().any(|(l, same)| l.contains(&lang) && w == *same))
                        // A file's SHA-256.
                        || (piece.len() == 64 && piece.chars().all(|c| c.is_ascii_hexdigit()))
                        // Each language is named in itself in the switch.
                        || roundtable::i18n::LANGUAGES.iter().any(|l| piece == l.name)
                        // Demo content is marked as fictional or demo, and stays as written.
                        || ["fictional", "demo", "example", "primjer"].iter().any(|m| piece.to_lowercase().contains(m))
                        // Only codes, units and numbers (PDF, 2 KB; RNS).
                        || piece
                            .split(|c: char| !c.is_alphanumeric())
                            .filter(|w| w.chars().any(char::is_alphabetic))
                            .all(|w| SAME_EVERYWHERE.contains(&w) || (w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase())))
                        // Time-zone names are codes (Europe/Tirane).
                        || piece
                            .trim_matches(|c| c == '(' || c == ')')
                            .replace(' ', "_")
                            .parse::<chrono_tz::Tz>()
                            .is_ok()
                        || piece.contains('@')
                        || piece.starts_with("http")
                        || is_user_content(&piece);
                    if same && !allowed {
                        leaks.push(format!("{lang} {} {path}: {piece:?}", who.unwrap_or("visitor")));
                    }
                }
                checked += 1;
            }
        }
        set_language("en").await;
    }
    leaks.sort();
    leaks.dedup();
    assert!(checked > 200, "only {checked} pages were checked");
    assert!(
        leaks.is_empty(),
        "{} pieces left in English:\n{}",
        leaks.len(),
        leaks.join("\n")
    );
}

#[tokio::test]
async fn numbers_are_written_with_the_readers_separators() {
    // 1.5 MB: the upload form's limit is a decimal number.
    let app = crate::helpers::spawn_app_with(|s| s.upload_limit = 1536 * 1024).await;
    let c = cast(&app).await;
    let member = app.login("member@example.org").await;
    for (lang, want, not) in [
        ("en", "1.5 MB", "1,5 MB"),
        ("hr", "1,5 MB", "1.5 MB"),
        ("sq", "1,5 MB", "1.5 MB"),
    ] {
        accounts::update_preferences(&app.db, c.member, "Member", lang, "Europe/Tirane")
            .await
            .unwrap();
        let res = member.get(app.url("/documents/new")).send().await.unwrap();
        assert_eq!(res.status(), 200);
        let page = res.text().await.unwrap();
        assert!(page.contains(&format!("<html lang=\"{lang}\">")), "{lang}");
        assert!(page.contains(want), "{lang}: no {want}");
        assert!(!page.contains(not), "{lang}: {not}");
    }
}
