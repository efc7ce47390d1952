use crate::helpers::{cast, spawn_app};

#[tokio::test]
async fn health_and_readiness_answer() {
    let app = spawn_app().await;
    assert_eq!(reqwest::get(app.url("/healthz")).await.unwrap().status(), 200);
    assert_eq!(reqwest::get(app.url("/readyz")).await.unwrap().status(), 200);
    let res = reqwest::get(app.url("/healthz")).await.unwrap();
    assert!(res.headers().contains_key("x-request-id"));
}

#[tokio::test]
async fn missing_pages_are_html_404s_with_the_layout() {
    let app = spawn_app().await;
    cast(&app).await;
    let c = app.login("observer@example.org").await;
    for path in [
        "/no-such-page",
        "/organizations/424242",
        "/organizations/not-a-number",
        "/people/999",
    ] {
        let res = c.get(app.url(path)).send().await.unwrap();
        assert_eq!(res.status(), 404, "{path}");
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
        let body = res.text().await.unwrap();
        assert!(
            body.contains("We could not find that page or record.") && body.contains("<main"),
            "{path}"
        );
    }
    let res = c.get(app.url("/admin")).send().await.unwrap();
    assert_eq!(res.status(), 403);
    assert!(res.text().await.unwrap().contains("You do not have permission"));
}

#[tokio::test]
async fn kosovo_footnote_appears_only_where_kosovo_is_shown() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let xk = app.org("Prishtina Centre", "XK").await;
    let client = app.login("observer@example.org").await;
    let with = client
        .get(app.url(&format!("/organizations/{xk}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(with.contains("Kosovo*"));
    assert!(with.contains("This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence."));
    let without = client
        .get(app.url(&format!("/organizations/{}", c.other_org)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!without.contains("This designation is without prejudice"));
    let landing = reqwest::get(app.url("/")).await.unwrap().text().await.unwrap();
    assert!(landing.contains("Kosovo*") && landing.contains("This designation is without prejudice"));
}

#[tokio::test]
async fn user_text_is_escaped_in_pages() {
    let app = spawn_app().await;
    cast(&app).await;
    let id = app.org("<script>alert(1)</script>", "AL").await;
    let c = app.login("observer@example.org").await;
    let page = c
        .get(app.url(&format!("/organizations/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!page.contains("<script>alert(1)</script>"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[tokio::test]
async fn pages_are_accessible_shaped() {
    let app = spawn_app().await;
    cast(&app).await;
    let c = app.login("sec@example.org").await;
    for path in [
        "/",
        "/directory",
        "/directory/services",
        "/organizations/new",
        "/settings",
        "/admin",
        "/admin/users/new",
        "/admin/countries",
    ] {
        let res = c.get(app.url(path)).send().await.unwrap();
        assert_eq!(res.status(), 200, "{path}");
        let page = res.text().await.unwrap();
        assert!(page.contains("<html lang=\"en\">"), "{path}: language");
        assert!(
            page.contains("<main id=\"main\"") && page.contains("<nav") && page.contains("<header"),
            "{path}: landmarks"
        );
        assert!(page.contains("class=\"skip-link\""), "{path}: skip link");
        // Every visible input has a label.
        for (i, _) in page.match_indices("<input type=\"text\" id=\"") {
            let id_start = i + "<input type=\"text\" id=\"".len();
            let id = &page[id_start..id_start + page[id_start..].find('"').unwrap()];
            assert!(
                page.contains(&format!("for=\"{id}\"")),
                "{path}: input {id} has no label"
            );
        }
    }
    // Select lists show their options' names (not the field's label).
    let form = c
        .get(app.url("/organizations/new"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        form.contains("<option value=\"XK\">Kosovo*</option>"),
        "country names in the select"
    );
    assert!(form.contains(">Civil-society organization</option>"));
    let css = reqwest::get(app.url("/static/app.css")).await.unwrap();
    assert_eq!(css.headers()["content-type"], "text/css; charset=utf-8");
    assert!(css.text().await.unwrap().contains(":focus-visible"));
}

#[tokio::test]
async fn settings_change_language_and_time_zone_and_keep_bad_input() {
    let app = spawn_app().await;
    cast(&app).await;
    let c = app.login("observer@example.org").await;
    let res = app
        .post_form(
            &c,
            "/settings",
            &[
                ("name", "Renamed Observer"),
                ("language", "en"),
                ("time_zone", "Mars/Olympus"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains("Choose a time zone from the list") && page.contains("value=\"Renamed Observer\""));
    let res = app
        .post_form(
            &c,
            "/settings",
            &[
                ("name", "Renamed Observer"),
                ("language", "en"),
                ("time_zone", "Europe/Belgrade"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let page = c.get(app.url("/settings")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("<option value=\"Europe/Belgrade\" selected>"));
    assert!(page.contains("Your settings were saved."), "flash message shown once");
}

#[test]
fn every_template_renders_with_its_catalogue_keys() {
    // Renders each page template with an empty-ish context in non-strict mode to catch
    // syntax errors and unknown message keys (the `t` helper fails on an unknown key).
    let hb = roundtable::templates::registry().expect("templates compile");
    let names = roundtable::templates::template_names();
    assert!(names.iter().any(|n| n == "layouts/base"));
    for name in names {
        assert!(hb.get_template(&name).is_some(), "{name} registered");
    }
}

/// The words of a page's visible text that look like stored codes (`in_progress`,
/// `focal_point`): lowercase words joined by underscores, outside tags, scripts and styles.
fn raw_codes(html: &str) -> Vec<String> {
    let mut text = html.to_string();
    for (open, close) in [("<script", "</script>"), ("<style", "</style>")] {
        while let Some(i) = text.find(open) {
            let end = text[i..].find(close).map(|j| i + j + close.len()).unwrap_or(text.len());
            text.replace_range(i..end, " ");
        }
    }
    let mut visible = String::new();
    let mut in_tag = false;
    for ch in text.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                visible.push(' ');
            }
            c if !in_tag => visible.push(c),
            _ => {}
        }
    }
    let mut found: Vec<String> = visible
        .split(|c: char| !(c.is_ascii_lowercase() || c == '_'))
        .filter(|w| w.contains('_') && !w.starts_with('_') && !w.ends_with('_') && !w.contains("__"))
        .map(str::to_string)
        .collect();
    found.sort();
    found.dedup();
    found
}

/// Every page a signed-in person can open, on the demo data: none fails, none shows a blank
/// date as an empty "()" or an empty row heading, and none shows a stored code (`in_progress`)
/// where people read a name.
#[tokio::test]
async fn every_page_renders_on_the_demo_data_without_blank_dates_or_raw_codes() {
    use roundtable::demo::{DEMO_MEMBER, DEMO_PASSWORD, DEMO_SECRETARIAT};
    let app = spawn_app().await;
    app.load_demo().await;
    let paths = app.demo_pages().await;
    let mut checked = 0;
    let mut blanks = vec![];
    for email in [DEMO_SECRETARIAT, DEMO_MEMBER] {
        let (c, status) = app.sign_in(email, DEMO_PASSWORD).await;
        assert_eq!(status, 303);
        for path in &paths {
            let res = c.get(app.url(path)).send().await.unwrap();
            let status = res.status().as_u16();
            assert!(status < 500, "{email} {path}: {status}");
            let html = res
                .headers()
                .get("content-type")
                .is_some_and(|v| v.to_str().unwrap_or("").starts_with("text/html"));
            if status != 200 || !html {
                continue;
            }
            let body = res.text().await.unwrap();
            let text = body.split("<main").nth(1).unwrap_or(&body);
            for blank in ["()", "( )", "<th scope=\"row\"></th>", "· ·", "since=\"\""] {
                if text.contains(blank) {
                    blanks.push(format!("{email} {path} shows a blank ({blank})"));
                }
            }
            // The import page names the CSV file's columns, which are meant to be typed as
            // written.
            const COLUMN_NAMES: [&str; 2] = ["threshold_kind", "topic_code"];
            for code in raw_codes(text)
                .into_iter()
                .filter(|c| !COLUMN_NAMES.contains(&c.as_str()))
            {
                blanks.push(format!("{email} {path} shows the raw code {code}"));
            }
            checked += 1;
        }
    }
    assert!(blanks.is_empty(), "{}", blanks.join("\n"));
    assert!(checked > 40, "only {checked} pages were checked");
}

#[tokio::test]
async fn the_dashboard_shows_every_role_the_upcoming_events_with_dates_and_no_drafts() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    crate::events::create(&app, &sec, "Visible network meeting", "network", "published").await;
    crate::events::create(&app, &sec, "Draft planning", "network", "draft").await;
    for email in ["sec@example.org", "member@example.org", "observer@example.org"] {
        let c = app.login(email).await;
        let page = c.get(app.url("/")).send().await.unwrap().text().await.unwrap();
        let upcoming = page.split("Upcoming events").nth(1).unwrap_or_default();
        assert!(upcoming.contains("Visible network meeting"), "{email} sees the event");
        assert!(upcoming.contains("2031"), "{email} sees its date");
        assert!(
            !page.contains("Draft planning"),
            "{email}: drafts stay off the dashboard"
        );
    }
    let page = sec.get(app.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains("<th scope=\"col\">Overdue items</th>"),
        "columns say what they count"
    );
    assert!(page.contains("<th scope=\"col\">Organizations</th>"));
    assert!(!page.contains("<th scope=\"col\">People</th>"));
}

/// The number just before `marker` in `text` (Fluent may wrap it in isolation marks).
fn number_before(text: &str, marker: &str) -> Option<u64> {
    let at = text.find(marker)?;
    let digits: String = text[..at]
        .chars()
        .rev()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits.parse().ok()
}

/// How many results a list page says it has ("One result", "12 results").
fn results(page: &str) -> u64 {
    if page.contains("One result") {
        return 1;
    }
    number_before(page, " results").unwrap_or(0)
}

#[tokio::test]
async fn the_dashboards_counts_agree_with_the_lists_they_link_to() {
    use roundtable::demo::{DEMO_PASSWORD, DEMO_SECRETARIAT};
    let app = spawn_app().await;
    app.load_demo().await;
    let (sec, _) = app.sign_in(DEMO_SECRETARIAT, DEMO_PASSWORD).await;
    let (_, dashboard) = app.page(&sec, "/").await;
    let overdue = number_before(&dashboard, " items are overdue").expect("the dashboard counts overdue items");
    assert!(overdue > 1, "the demo has overdue items ({overdue})");
    let (_, list) = app.page(&sec, "/actions?view=overdue").await;
    assert_eq!(
        overdue,
        results(&list),
        "overdue on the dashboard and in the overdue list"
    );
    let mut checked = 0;
    for row in dashboard.split("<a href=\"/directory?country=").skip(1) {
        let code = &row[..2];
        let count: u64 = row
            .split("<td>")
            .nth(1)
            .and_then(|c| c.split("</td>").next())
            .and_then(|c| c.trim().parse().ok())
            .expect("a count beside the country");
        let (_, directory) = app.page(&sec, &format!("/directory?country={code}")).await;
        assert!(directory.contains("result"), "{code}: the directory says how many");
        assert_eq!(
            count,
            results(&directory),
            "{code}: the dashboard and the directory agree"
        );
        checked += 1;
    }
    assert!(checked >= 6, "the six countries of the region ({checked})");
}
