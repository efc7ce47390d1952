//! Hostile input: out-of-range page numbers, open redirects, NUL bytes, draft minutes in the
//! report, HEAD, cross-site posts, session-bound form tokens, HSTS and API error wording.

use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use roundtable::auth::Role;
use roundtable::mail::Category;
use roundtable::services::events as ev;
use roundtable::services::paging::MAX_PAGE;

use crate::helpers::{PASSWORD, TestApp, cast, client, csrf_from, spawn_app, spawn_app_with};

async fn event(app: &TestApp, title: &str, visibility: &str) -> i32 {
    event_on(app, title, visibility, "2031-12-12").await
}

/// A published one-day roundtable on `day` (`YYYY-MM-DD`).
pub(crate) async fn event_on(app: &TestApp, title: &str, visibility: &str, day: &str) -> i32 {
    let fields = ev::EventFields {
        title: title.into(),
        kind: "roundtable".into(),
        time_zone: "Europe/Tirane".into(),
        start_date: day.into(),
        start_time: "09:00".into(),
        end_date: day.into(),
        end_time: "17:00".into(),
        venue_name: "Hotel Demo".into(),
        visibility: visibility.into(),
        status: "published".into(),
        ..Default::default()
    };
    ev::create(&app.db, fields.parse(&app.db).await.unwrap(), None, "test")
        .await
        .unwrap()
        .id
}

const HUGE: [&str; 4] = [
    "9223372036854775807",
    "18446744073709551615",
    "99999999999999999999999999999",
    "10001",
];
const MALFORMED: [&str; 5] = ["-1", "-9223372036854775808", "abc", "1.5", "%FF"];

fn with_page(path: &str, page: &str) -> String {
    let sep = if path.contains('?') { '&' } else { '?' };
    format!("{path}{sep}page={page}")
}

#[tokio::test]
async fn page_numbers_far_out_of_range_answer_an_empty_last_page_and_malformed_ones_400() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let anonymous = client();
    let member = app.login("member@example.org").await;
    let sec = app.login("sec@example.org").await;
    let token = app.token_for(c.member).await;
    // What a malformed page number gets: 400, or the first page where the list reads its
    // filters leniently (the register's change list falls back to no filters at all).
    let pages: [(&reqwest::Client, &str, u16); 11] = [
        (&anonymous, "/events", 400),
        (&anonymous, "/documents", 400),
        (&member, "/events?when=past&year=2147483647", 400),
        (&member, "/directory", 400),
        (&member, "/actions", 400),
        (&member, "/actions?view=org&status=open", 400),
        (&member, "/documents", 400),
        (&member, "/legal/changes", 200),
        (&member, "/search?q=shelter", 400),
        (&sec, "/legal/proposals", 400),
        (&sec, "/admin/mail", 400),
    ];
    for (who, path, malformed) in pages {
        for page in HUGE {
            let url = app.url(&with_page(path, page));
            let res = who.get(&url).send().await.expect("the connection is not dropped");
            let status = res.status();
            let body = res.text().await.unwrap();
            assert_eq!(status, 200, "{url}: {body}");
        }
        for page in MALFORMED {
            let url = app.url(&with_page(path, page));
            let res = who.get(&url).send().await.expect("the connection is not dropped");
            assert_eq!(res.status(), malformed, "{url}");
            let html = res.text().await.unwrap();
            assert!(!html.contains("invalid digit"), "{url}");
            if malformed == 400 {
                assert!(html.contains("not of the expected kind"), "{url}: a plain sentence");
            }
        }
    }
    let api = [
        "/api/v1/organizations",
        "/api/v1/action-items",
        "/api/v1/events",
        "/api/v1/people",
        "/api/v1/documents",
        "/api/v1/legal/changes?since=2020-01-01",
        "/api/v1/search?q=shelter",
    ];
    let bearer = client();
    for path in api {
        for page in HUGE {
            let url = app.url(&with_page(path, page));
            let res = bearer
                .get(&url)
                .bearer_auth(&token)
                .send()
                .await
                .expect("the connection is not dropped");
            assert_eq!(res.status(), 200, "{url}");
            let body: serde_json::Value = res.json().await.unwrap();
            if let Some(p) = body.get("page") {
                assert!(p.as_u64().is_some_and(|p| p <= MAX_PAGE), "{url}: {body}");
            }
        }
        for page in MALFORMED {
            let url = app.url(&with_page(path, page));
            let res = bearer
                .get(&url)
                .bearer_auth(&token)
                .send()
                .await
                .expect("the connection is not dropped");
            assert_eq!(res.status(), 400, "{url}");
            let body: serde_json::Value = res.json().await.unwrap();
            let message = body["error"]["message"].as_str().unwrap_or_default();
            assert!(
                !message.is_empty() && !message.contains("invalid digit"),
                "{url}: {message}"
            );
        }
    }
    // Anonymous visitors on the API are told to sign in, whatever the page.
    let res = anonymous
        .get(app.url(&with_page("/api/v1/organizations", HUGE[0])))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_client_error());
}

#[tokio::test]
async fn a_page_past_the_end_links_back_to_the_last_page() {
    let app = spawn_app().await;
    cast(&app).await;
    let member = app.login("member@example.org").await;
    let html = member
        .get(app.url(&with_page("/directory", HUGE[0])))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .replace("&#x3D;", "=");
    assert!(
        html.contains(r#"<a href="/directory?page=1" rel="prev">"#),
        "a way back to the real pages"
    );
    assert!(!html.contains(&format!("page={}", MAX_PAGE + 1)));
}

#[tokio::test]
async fn sign_in_follows_only_a_local_next_path() {
    let app = spawn_app().await;
    cast(&app).await;
    let hostile = [
        "/%09/evil.example/",
        "/\t/evil.example/",
        "//evil.example",
        "/\\evil.example",
        "https://evil.example/",
        "/%2F%2Fevil.example",
        "/%252F%252Fevil.example",
        "/%0A/evil.example",
        "/\r\n/evil.example",
        "evil.example",
        "javascript:alert(1)",
    ];
    for next in hostile {
        let c = client();
        let page = c.get(app.url("/login")).send().await.unwrap().text().await.unwrap();
        let res = c
            .post(app.url("/login"))
            .form(&[
                ("_csrf", csrf_from(&page).as_str()),
                ("email", "member@example.org"),
                ("password", PASSWORD),
                ("next", next),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303, "{next:?}");
        assert_eq!(res.headers()[LOCATION], "/", "{next:?} sends the user home");
        // Already signed in: the sign-in page forwards at once, home as well.
        let encoded: String = url::form_urlencoded::byte_serialize(next.as_bytes()).collect();
        let res = c.get(app.url(&format!("/login?next={encoded}"))).send().await.unwrap();
        assert_eq!(res.headers()[LOCATION], "/", "{next:?}");
    }
    // The raw form of the report: the query string decodes %09 to a tab.
    let c = app.login("member@example.org").await;
    let res = c.get(app.url("/login?next=/%09/evil.example/")).send().await.unwrap();
    assert_eq!(res.headers()[LOCATION], "/");
    let res = c
        .get(app.url("/login?next=/events%3Fwhen%3Dpast"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.headers()[LOCATION],
        "/events?when=past",
        "local paths are still followed"
    );
    // The other user-supplied targets use the same check.
    let res = app
        .post_form(
            &c,
            "/documents/follow",
            &[("doc_type", "guideline"), ("back", "/documents/\\evil.example")],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()[LOCATION], "/documents");
    let sec = app.login("sec@example.org").await;
    let res = app
        .post_form(&sec, "/actions/bulk", &[("back", "/actions/\t/evil.example")])
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()[LOCATION], "/actions");
}

#[tokio::test]
async fn a_nul_character_in_a_form_a_json_body_or_the_address_answers_400() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    // The sign-in form, anonymous.
    let anon = client();
    let page = anon.get(app.url("/login")).send().await.unwrap().text().await.unwrap();
    let res = anon
        .post(app.url("/login"))
        .form(&[
            ("_csrf", csrf_from(&page).as_str()),
            ("email", "member@example.org\0"),
            ("password", "x"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert!(res.text().await.unwrap().contains("NUL character"));
    // A page form, signed in.
    let sec = app.login("sec@example.org").await;
    let before = app.org_count().await;
    let res = app
        .post_form(
            &sec,
            "/organizations",
            &[
                ("name", "Evil\0Org"),
                ("country", "AL"),
                ("kind", "cso"),
                ("membership_status", "member"),
            ],
        )
        .await;
    assert_eq!(res.status(), 400);
    assert_eq!(app.org_count().await, before, "nothing was stored");
    // The JSON API.
    let token = app.token_for(c.secretariat).await;
    let res = client()
        .post(app.url("/api/v1/organizations"))
        .bearer_auth(&token)
        .json(
            &serde_json::json!({"name": "Evil\u{0}Org", "country": "AL", "kind": "cso", "membership_status": "member"}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "bad_request");
    assert_eq!(app.org_count().await, before);
    // The address.
    for path in ["/search?q=a%00b", "/legal/topics/T%00", "/api/v1/search?q=%00"] {
        let res = sec.get(app.url(path)).bearer_auth(&token).send().await.unwrap();
        assert_eq!(res.status(), 400, "{path}");
    }
}

#[tokio::test]
async fn draft_decisions_stay_out_of_the_report_and_its_download_until_circulated() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let e = event(&app, "Reported roundtable", "network").await;
    let sec = app.login("sec@example.org").await;
    let org = c.own_org.to_string();
    app.post_form(&sec, &format!("/events/{e}/invite"), &[("organizations", &org)])
        .await;
    let res = app
        .post_form(
            &sec,
            &format!("/events/{e}/minutes"),
            &[
                ("meeting_decisions", "Secret draft decision on shelters."),
                ("version", "0"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let member = app.login("member@example.org").await;
    let observer = app.login("observer@example.org").await;
    let report = format!("/events/{e}/report");
    let download = format!("/events/{e}/report?download=1");
    for who in [&member, &observer] {
        for path in [&report, &download] {
            let res = who.get(app.url(path)).send().await.unwrap();
            assert_eq!(res.status(), 200, "{path}");
            let html = res.text().await.unwrap();
            assert!(
                !html.contains("Secret draft decision"),
                "{path}: draft decisions are the secretariat's"
            );
            assert!(
                html.contains("still a draft"),
                "{path}: the report says why no decisions are listed"
            );
        }
    }
    let html = sec.get(app.url(&report)).send().await.unwrap().text().await.unwrap();
    assert!(
        html.contains("Secret draft decision"),
        "the secretariat reads its draft"
    );
    // Version numbers far out of range in the comparisons: no overflow.
    for path in [
        format!("/events/{e}/minutes?to=-2147483648"),
        format!("/events/{e}/agenda/history?to=-2147483648"),
    ] {
        let res = sec
            .get(app.url(&path))
            .send()
            .await
            .expect("the connection is not dropped");
        assert_eq!(res.status(), 200, "{path}");
    }

    let res = app
        .post_form(
            &sec,
            &format!("/events/{e}/minutes/circulate"),
            &[("deadline", "2099-01-31")],
        )
        .await;
    assert_eq!(res.status(), 303);
    for who in [&member, &observer] {
        for path in [&report, &download] {
            let html = who.get(app.url(path)).send().await.unwrap().text().await.unwrap();
            assert!(
                html.contains("Secret draft decision"),
                "{path}: circulated minutes are shared"
            );
        }
    }
}

#[tokio::test]
async fn head_answers_like_get_without_a_body() {
    let app = spawn_app().await;
    cast(&app).await;
    let e = event(&app, "Open conference", "public").await;
    let c = client();
    for path in [
        "/healthz",
        "/events/feed.ics",
        &format!("/events/{e}"),
        "/login",
        "/events/999999",
        "/directory",
    ] {
        let get = c.get(app.url(path)).send().await.unwrap();
        let get_status = get.status();
        let get_type = get.headers().get("content-type").cloned();
        let head = c.head(app.url(path)).send().await.unwrap();
        assert_eq!(head.status(), get_status, "HEAD {path}");
        assert_eq!(head.headers().get("content-type").cloned(), get_type, "HEAD {path}");
        assert!(head.bytes().await.unwrap().is_empty(), "HEAD {path} has no body");
    }
}

#[tokio::test]
async fn posts_from_another_site_are_refused_but_one_click_unsubscribe_still_works() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let anon = client();
    let page = anon.get(app.url("/login")).send().await.unwrap().text().await.unwrap();
    let csrf = csrf_from(&page);
    let form = [
        ("_csrf", csrf.as_str()),
        ("email", "member@example.org"),
        ("password", PASSWORD),
    ];
    for (header, value) in [
        ("origin", "https://evil.example"),
        ("origin", "null"),
        ("sec-fetch-site", "cross-site"),
    ] {
        let res = anon
            .post(app.url("/login"))
            .header(header, value)
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403, "{header}: {value}");
        let html = res.text().await.unwrap();
        assert!(html.contains("another website"), "a clear message: {html}");
    }
    let res = anon
        .post(app.url("/api/v1/organizations"))
        .header("origin", "https://evil.example")
        .json(&serde_json::json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "cross_site_refused");
    // This site's own origin, and no origin at all (older clients, scripts), pass.
    let res = anon
        .post(app.url("/login"))
        .header("origin", app.base.as_str())
        .header("sec-fetch-site", "same-origin")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    // The same server on this machine under its other loopback name (localhost for 127.0.0.1,
    // same port) is this site too; another port is not.
    let port = app.base.rsplit(':').next().unwrap().to_string();
    for (origin, status) in [
        (format!("http://localhost:{port}"), 303),
        (format!("http://localhost:{}", port.parse::<u16>().unwrap() ^ 1), 403),
    ] {
        let c = client();
        let page = c.get(app.url("/login")).send().await.unwrap().text().await.unwrap();
        let csrf = csrf_from(&page);
        let res = c
            .post(app.url("/login"))
            .header("origin", origin.as_str())
            .form(&[
                ("_csrf", csrf.as_str()),
                ("email", "member@example.org"),
                ("password", PASSWORD),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), status, "{origin}");
    }
    // The one-click unsubscribe a mail provider POSTs (RFC 8058) carries its own signature.
    let url = app.mailer().unsubscribe_url(c.observer, Category::Events);
    let res = reqwest::Client::new()
        .post(&url)
        .header("origin", "https://mail.example")
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
}

fn cookie(res: &reqwest::Response, name: &str) -> Option<String> {
    res.headers().get_all(SET_COOKIE).iter().find_map(|v| {
        let v = v.to_str().ok()?;
        let (pair, _) = v.split_once(';').unwrap_or((v, ""));
        let (k, val) = pair.split_once('=')?;
        (k == name).then(|| val.to_string())
    })
}

fn no_redirects() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// Signs in with the browser's seed cookie and its anonymous form token; the new session.
async fn sign_in(app: &TestApp, seed: &str, token: &str) -> String {
    let res = no_redirects()
        .post(app.url("/login"))
        .header(COOKIE, format!("rt_csrf={seed}"))
        .form(&[
            ("_csrf", token),
            ("email", "member@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "the sign-in form works with its anonymous token");
    cookie(&res, "rt_session").expect("a session cookie")
}

async fn token_of(app: &TestApp, seed: &str, session: &str) -> String {
    let html = no_redirects()
        .get(app.url("/settings"))
        .header(COOKIE, format!("rt_csrf={seed}; rt_session={session}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    csrf_from(&html)
}

async fn logout(app: &TestApp, seed: &str, session: &str, token: &str) -> reqwest::StatusCode {
    no_redirects()
        .post(app.url("/logout"))
        .header(COOKIE, format!("rt_csrf={seed}; rt_session={session}"))
        .form(&[("_csrf", token)])
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn a_form_token_from_before_sign_in_or_from_another_session_is_refused() {
    let app = spawn_app().await;
    app.user("member@example.org", Role::Member, None).await;
    // Cookies by hand, so that two sessions can share one browser's CSRF seed.
    let res = no_redirects().get(app.url("/login")).send().await.unwrap();
    let seed = cookie(&res, "rt_csrf").expect("a CSRF seed cookie");
    let anonymous = csrf_from(&res.text().await.unwrap());
    let first = sign_in(&app, &seed, &anonymous).await;
    let second = sign_in(&app, &seed, &anonymous).await;
    let first_token = token_of(&app, &seed, &first).await;
    let second_token = token_of(&app, &seed, &second).await;
    assert_ne!(first_token, second_token);
    assert_eq!(
        logout(&app, &seed, &second, &anonymous).await,
        403,
        "a token from before sign-in"
    );
    assert_eq!(
        logout(&app, &seed, &second, &first_token).await,
        403,
        "a token of another session"
    );
    assert_eq!(
        logout(&app, &seed, &second, &second_token).await,
        303,
        "this session's own token"
    );
}

#[tokio::test]
async fn strict_transport_security_is_sent_only_when_the_site_is_served_over_https() {
    let https = spawn_app_with(|s| s.base_url = url::Url::parse("https://roundtable.example/").unwrap()).await;
    let res = client().get(https.url("/healthz")).send().await.unwrap();
    let hsts = res.headers().get("strict-transport-security").expect("HSTS over https");
    assert!(hsts.to_str().unwrap().contains("max-age=31536000"));
    let http = spawn_app().await;
    let res = client().get(http.url("/healthz")).send().await.unwrap();
    assert!(res.headers().get("strict-transport-security").is_none());
}

#[tokio::test]
async fn api_errors_are_plain_sentences_and_writes_without_a_token_get_401_first() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let token = app.token_for(c.secretariat).await;
    let api = client();
    for body in ["{\"name\": 5}", "{not json", "[1, 2", "{\"services\": {\"a\": 1}}"] {
        let res = api
            .post(app.url("/api/v1/organizations"))
            .bearer_auth(&token)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 400, "{body}");
        let json: serde_json::Value = res.json().await.unwrap();
        let message = json["error"]["message"].as_str().unwrap();
        for internal in [
            "line 1",
            "column",
            "invalid type",
            "expected a",
            "expected i",
            "at line",
            "map",
        ] {
            assert!(!message.contains(internal), "{body}: {message}");
        }
    }
    let res = api
        .get(app.url("/api/v1/events?year=soon"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let json: serde_json::Value = res.json().await.unwrap();
    assert!(!json["error"]["message"].as_str().unwrap().contains("invalid digit"));

    // No token, or a wrong one: 401 before the malformed body is looked at.
    for auth in [None, Some("rt_not_a_real_token")] {
        let mut req = api
            .post(app.url("/api/v1/organizations"))
            .header("content-type", "application/json")
            .body("{not json");
        if let Some(t) = auth {
            req = req.bearer_auth(t);
        }
        let res = req.send().await.unwrap();
        assert_eq!(res.status(), 401, "{auth:?}");
        let json: serde_json::Value = res.json().await.unwrap();
        assert_eq!(json["error"]["code"], "unauthorized");
    }
    let res = api
        .put(app.url("/api/v1/people/1"))
        .header("content-type", "text/plain")
        .body("\0")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
}
