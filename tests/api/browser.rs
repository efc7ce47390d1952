//! End to end in a real headless Chromium, driven through chromedriver with the W3C WebDriver
//! HTTP protocol (plain `reqwest` + `serde_json`, no WebDriver crate).
//!
//! Needs the Debian packages `chromium` and `chromium-driver`. Without them the test is skipped
//! loudly, unless `ROUNDTABLE_REQUIRE_BROWSER=1` (as in CI), where it fails instead.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use roundtable::auth::Role;
use serde_json::{Value, json};

use crate::helpers;

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";
/// The W3C key under which an element reference is returned.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";
/// Upper bound for every wait (driver start-up, navigation after a click, an element to appear).
const WAIT: Duration = Duration::from_secs(10);
const STEP: Duration = Duration::from_millis(100);

/// A running chromedriver. Dropping it (also while a test panics) ends the browser session, if
/// one is still open, and kills the driver.
pub(crate) struct Driver {
    child: Child,
    port: u16,
    url: String,
    session: Mutex<Option<String>>,
}

impl Drop for Driver {
    fn drop(&mut self) {
        if let Some(id) = self.session.lock().ok().and_then(|mut s| s.take()) {
            // No async runtime to rely on here: a bare HTTP request closes Chromium.
            if let Ok(mut s) = TcpStream::connect(("127.0.0.1", self.port)) {
                let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
                let _ = write!(
                    s,
                    "DELETE /session/{id} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n",
                    self.port
                );
                let _ = s.read_to_end(&mut Vec::new());
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().expect("local address").port()
}

/// Starts chromedriver and waits until its `/status` says it is ready.
pub(crate) async fn start_driver(http: &reqwest::Client) -> Driver {
    let port = free_port();
    let child = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start chromedriver");
    let driver = Driver {
        child,
        port,
        url: format!("http://127.0.0.1:{port}"),
        session: Mutex::new(None),
    };
    let deadline = Instant::now() + WAIT;
    loop {
        let ready = match http.get(format!("{}/status", driver.url)).send().await {
            Ok(res) => res.json::<Value>().await.ok().map(|v| v["value"]["ready"] == true),
            Err(_) => None,
        };
        if ready == Some(true) {
            return driver;
        }
        assert!(
            Instant::now() < deadline,
            "chromedriver did not become ready within {WAIT:?}"
        );
        tokio::time::sleep(STEP).await;
    }
}

/// One WebDriver session (one browser window).
pub(crate) struct Browser<'a> {
    http: reqwest::Client,
    driver: &'a Driver,
    session: String,
}

/// Sends one WebDriver command and returns its `value`, panicking on a WebDriver error.
async fn wd(http: &reqwest::Client, method: reqwest::Method, url: &str, body: Option<Value>) -> Value {
    let mut req = http.request(method.clone(), url);
    if let Some(body) = body {
        req = req.json(&body);
    }
    let res = req.send().await.unwrap_or_else(|e| panic!("{method} {url}: {e}"));
    let status = res.status();
    let json: Value = res
        .json()
        .await
        .unwrap_or_else(|e| panic!("{method} {url}: response is not JSON: {e}"));
    assert!(status.is_success(), "{method} {url} failed with {status}: {json:#}");
    json["value"].clone()
}

impl Browser<'_> {
    pub(crate) async fn open<'a>(driver: &'a Driver, http: reqwest::Client, profile: &std::path::Path) -> Browser<'a> {
        let capabilities = json!({
            "capabilities": { "alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": CHROMIUM,
                    "args": [
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        format!("--user-data-dir={}", profile.display()),
                    ],
                },
                "goog:loggingPrefs": { "browser": "ALL" },
            }}
        });
        let url = format!("{}/session", driver.url);
        let value = wd(&http, reqwest::Method::POST, &url, Some(capabilities)).await;
        let session = value["sessionId"].as_str().expect("a session id").to_string();
        *driver.session.lock().unwrap() = Some(session.clone());
        Browser { http, driver, session }
    }

    pub(crate) async fn close(self) {
        let url = format!("{}/session/{}", self.driver.url, self.session);
        wd(&self.http, reqwest::Method::DELETE, &url, None).await;
        self.driver.session.lock().unwrap().take();
    }

    fn endpoint(&self, path: &str) -> String {
        format!("{}/session/{}{}", self.driver.url, self.session, path)
    }

    async fn wd_post(&self, path: &str, body: Value) -> Value {
        wd(&self.http, reqwest::Method::POST, &self.endpoint(path), Some(body)).await
    }

    async fn wd_get(&self, path: &str) -> Value {
        wd(&self.http, reqwest::Method::GET, &self.endpoint(path), None).await
    }

    /// Loads a page (WebDriver waits for the load to finish).
    pub(crate) async fn goto(&self, url: &str) {
        self.wd_post("/url", json!({ "url": url })).await;
    }

    pub(crate) async fn url(&self) -> String {
        self.wd_get("/url").await.as_str().expect("URL is a string").to_string()
    }

    pub(crate) async fn source(&self) -> String {
        self.wd_get("/source")
            .await
            .as_str()
            .expect("source is a string")
            .to_string()
    }

    /// The element matching a CSS selector, or `None` right now (no waiting).
    pub(crate) async fn try_find(&self, css: &str) -> Option<String> {
        let res = self
            .http
            .post(self.endpoint("/element"))
            .json(&json!({ "using": "css selector", "value": css }))
            .send()
            .await
            .expect("find element request");
        let found = res.status().is_success();
        let value: Value = res.json().await.expect("find element response");
        found.then(|| {
            value["value"][ELEMENT_KEY]
                .as_str()
                .unwrap_or_else(|| panic!("element reference in {value}"))
                .to_string()
        })
    }

    /// The element matching a CSS selector, waiting for it to appear.
    pub(crate) async fn find(&self, css: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(id) = self.try_find(css).await {
                return id;
            }
            if Instant::now() >= deadline {
                panic!(
                    "no element matches {css:?} at {}:\n{}",
                    self.url().await,
                    self.source().await
                );
            }
            tokio::time::sleep(STEP).await;
        }
    }

    pub(crate) async fn click(&self, css: &str) {
        let el = self.find(css).await;
        self.wd_post(&format!("/element/{el}/click"), json!({})).await;
    }

    pub(crate) async fn type_into(&self, css: &str, text: &str) {
        let el = self.find(css).await;
        self.wd_post(&format!("/element/{el}/clear"), json!({})).await;
        self.wd_post(&format!("/element/{el}/value"), json!({ "text": text }))
            .await;
    }

    /// A live DOM property of an element (`value`, `checked`, ...).
    pub(crate) async fn property(&self, css: &str, name: &str) -> Value {
        let el = self.find(css).await;
        self.wd_get(&format!("/element/{el}/property/{name}")).await
    }

    /// Waits until the current URL satisfies `ok`, and returns it.
    pub(crate) async fn wait_for_url(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let url = self.url().await;
            if ok(&url) {
                return url;
            }
            assert!(Instant::now() < deadline, "expected to reach {what}, still at {url}");
            tokio::time::sleep(STEP).await;
        }
    }

    /// The SEVERE entries of the browser console since the last call (chromedriver clears the
    /// log on each read).
    async fn console_errors(&self) -> Vec<Value> {
        let entries = self.wd_post("/se/log", json!({ "type": "browser" })).await;
        let entries = entries.as_array().cloned().unwrap_or_default();
        entries.into_iter().filter(|e| e["level"] == "SEVERE").collect()
    }

    /// Fails if the page just loaded wrote an error to the console (a CSP violation, a failed
    /// stylesheet, ...). Entries can arrive a little late, so an error may be reported against
    /// the next page checked.
    pub(crate) async fn assert_clean_console(&self, page: &str) {
        self.assert_console(page, None).await;
    }

    /// As [`Self::assert_clean_console`], for a page the server answered with an error status on
    /// purpose (422 for a form with mistakes): Chromium logs that status of the document itself
    /// as a SEVERE "Failed to load resource", which is tolerated here; anything else still fails.
    pub(crate) async fn assert_clean_console_but_status(&self, page: &str, status: u16) {
        let own = format!(
            "{} - Failed to load resource: the server responded with a status of {status} ",
            self.url().await
        );
        self.assert_console(page, Some(own)).await;
    }

    /// Runs `script` in the page (a function body; `arguments` holds `args`) and returns its value.
    pub(crate) async fn execute(&self, script: &str, args: Value) -> Value {
        self.wd_post("/execute/sync", json!({ "script": script, "args": args }))
            .await
    }

    /// Sets the window's inner size to `width` x `height` CSS pixels (a phone is 390 wide).
    pub(crate) async fn resize(&self, width: u32, height: u32) {
        self.wd_post("/window/rect", json!({ "width": width, "height": height }))
            .await;
        // Headless Chromium may keep a few pixels of frame: correct to the inner width asked.
        let inner = self
            .execute("return [window.innerWidth, window.innerHeight];", json!([]))
            .await;
        let (w, h) = (
            inner[0].as_u64().unwrap_or(0) as u32,
            inner[1].as_u64().unwrap_or(0) as u32,
        );
        if w != width || h != height {
            let (dw, dh) = (width as i64 - w as i64, height as i64 - h as i64);
            self.wd_post(
                "/window/rect",
                json!({ "width": width as i64 + dw, "height": height as i64 + dh }),
            )
            .await;
        }
    }

    /// Runs an asynchronous `script` (it calls its last argument with the result).
    pub(crate) async fn wd_post_async(&self, script: &str, args: Value) -> Value {
        self.wd_post("/execute/async", json!({ "script": script, "args": args }))
            .await
    }

    /// Fails when the page is wider than the window (it would scroll sideways).
    pub(crate) async fn assert_fits(&self, page: &str) {
        let sizes = self
            .execute(
                "return [document.documentElement.scrollWidth, window.innerWidth];",
                json!([]),
            )
            .await;
        let (content, window) = (sizes[0].as_u64().unwrap_or(0), sizes[1].as_u64().unwrap_or(0));
        assert!(
            content <= window,
            "{page} is {content} px wide in a {window} px window: it scrolls sideways"
        );
    }

    /// Saves a PNG of the window to `path`.
    pub(crate) async fn screenshot(&self, path: &std::path::Path) {
        use base64::Engine;
        let png = self.wd_get("/screenshot").await;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(png.as_str().expect("a base64 PNG"))
            .expect("base64");
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("screenshot folder");
        std::fs::write(path, bytes).expect("write the screenshot");
    }

    /// The WCAG 2.2 A/AA violations axe-core finds on the page, one line each.
    pub(crate) async fn axe_violations(&self) -> Vec<String> {
        let axe = axe_source();
        self.execute(&axe, json!([])).await;
        let script = "const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
              .then(r => done(r.violations.map(v => v.impact + ' ' + v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ') + ')')))
              .catch(e => done(['axe failed: ' + e]));";
        let found = self
            .wd_post("/execute/async", json!({ "script": script, "args": [] }))
            .await;
        found
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
            .unwrap_or_default()
    }

    async fn assert_console(&self, page: &str, own_status: Option<String>) {
        let expected = |e: &Value| {
            let message = e["message"].as_str().unwrap_or_default();
            e["source"] == "network" && own_status.as_deref().is_some_and(|x| message.starts_with(x))
        };
        let errors: Vec<Value> = self
            .console_errors()
            .await
            .into_iter()
            .filter(|e| !expected(e))
            .collect();
        assert!(
            errors.is_empty(),
            "browser console errors on {page}:\n{}",
            errors.iter().map(|e| format!("  {e}")).collect::<Vec<_>>().join("\n")
        );
    }
}

/// axe-core as installed by npm in `tests/browser` (`.ci/run` does it; by hand:
/// `cd tests/browser && npm ci`).
fn axe_source() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}. Install the browser tests' packages: cd tests/browser && npm ci",
            path.display()
        )
    })
}

pub(crate) fn chromedriver_available() -> bool {
    if std::path::Path::new(CHROMEDRIVER).exists() {
        return true;
    }
    if std::env::var("ROUNDTABLE_REQUIRE_BROWSER").as_deref() == Ok("1") {
        panic!(
            "ROUNDTABLE_REQUIRE_BROWSER=1 but {CHROMEDRIVER} is missing: install the Debian packages \
             `chromium` and `chromium-driver`"
        );
    }
    eprintln!(
        "\n!!!!! BROWSER TEST SKIPPED: {CHROMEDRIVER} is not installed (apt-get install chromium \
         chromium-driver; set ROUNDTABLE_REQUIRE_BROWSER=1 to make this a failure) !!!!!\n"
    );
    false
}

#[tokio::test]
async fn secretariat_signs_in_opens_directory_and_saves_an_organization_in_chromium() {
    if !chromedriver_available() {
        return;
    }
    let app = helpers::spawn_app().await;
    app.user("e2e@example.org", Role::Secretariat, None).await;
    app.org("Shpresa e Re", "AL").await;

    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()
        .expect("webdriver client");
    // Declared before the driver so that the driver (and Chromium) go first on drop.
    let profile = tempfile::tempdir().expect("browser profile dir");
    let driver = start_driver(&http).await;
    let b = Browser::open(&driver, http, profile.path()).await;

    // Sign in through the form.
    b.goto(&app.url("/login")).await;
    b.assert_clean_console("/login").await;
    b.type_into("#f-email", "e2e@example.org").await;
    b.type_into("#f-password", helpers::PASSWORD).await;
    b.click(r#"form[action="/login"] button[type=submit]"#).await;
    b.find(r#"form[action="/logout"]"#).await;
    b.assert_clean_console("the page after signing in").await;

    // The directory lists the existing organization.
    b.goto(&app.url("/directory")).await;
    assert!(
        b.source().await.contains("Shpresa e Re"),
        "the directory lists the organization"
    );
    b.assert_clean_console("/directory").await;

    // Add an organization, first forgetting its name.
    b.click(r#"a[href="/organizations/new"]"#).await;
    b.wait_for_url("/organizations/new", |u| u.ends_with("/organizations/new"))
        .await;
    b.assert_clean_console("/organizations/new").await;
    b.click(r#"#f-country option[value="XK"]"#).await;
    b.click(r#"input[name="service"][value="legal_aid"]"#).await;
    b.type_into("#f-capacity_legal_aid", "Two lawyers").await;
    b.click(r#"form[action="/organizations"] button[type=submit]"#).await;

    b.find("#e-name").await;
    assert!(
        b.source().await.contains("This field is required."),
        "the missing name is reported"
    );
    assert_eq!(b.property("#f-capacity_legal_aid", "value").await, "Two lawyers");
    assert_eq!(b.property("#f-country", "value").await, "XK");
    assert_eq!(
        b.property(r#"input[name="service"][value="legal_aid"]"#, "checked")
            .await,
        true
    );
    b.assert_clean_console_but_status("the form with an error", 422).await;

    // Fix the name and save.
    b.type_into("#f-name", "Qendra Tiranë (e2e)").await;
    b.click(r#"form[action="/organizations"] button[type=submit]"#).await;
    let prefix = app.url("/organizations/");
    b.wait_for_url("/organizations/<id>", |u| {
        u.strip_prefix(&prefix)
            .is_some_and(|id| !id.is_empty() && id.bytes().all(|c| c.is_ascii_digit()))
    })
    .await;
    let page = b.source().await;
    assert!(
        page.contains("Qendra Tiranë (e2e)"),
        "the new organization's page shows its name"
    );
    assert!(page.contains("Kosovo*"), "the country is written Kosovo*");
    assert!(
        page.contains("This designation is without prejudice to positions on status"),
        "the Kosovo* footnote is shown"
    );
    assert!(page.contains("Two lawyers"), "the capacity note was saved");
    b.assert_clean_console("the new organization's page").await;

    b.close().await;
}
