use std::sync::OnceLock;

use roundtable::auth::Role;
use roundtable::config::Settings;
use roundtable::services::accounts::{self, NewUser};
use roundtable::services::directory::{self as dir, OrganizationFields, ServiceFields};
use roundtable::startup::Application;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, EntityTrait};

pub const PASSWORD: &str = "a long test password";

/// A database of its own for one test; dropped (PostgreSQL) or deleted (SQLite) afterwards.
pub struct TestDb {
    pub url: String,
    pg: Option<(String, String)>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    pub async fn new() -> TestDb {
        match std::env::var("TEST_DATABASE_URL").ok().filter(|u| !u.is_empty()) {
            Some(admin_url) => {
                let name = format!("rt_test_{:016x}", rand::random::<u64>());
                let admin = Database::connect(&admin_url)
                    .await
                    .expect("connect to TEST_DATABASE_URL");
                admin
                    .execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .expect("create test database");
                admin.close().await.ok();
                let mut u = url::Url::parse(&admin_url).expect("TEST_DATABASE_URL is a URL");
                u.set_path(&format!("/{name}"));
                TestDb {
                    url: u.to_string(),
                    pg: Some((admin_url, name)),
                    _dir: None,
                }
            }
            None => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display());
                TestDb {
                    url,
                    pg: None,
                    _dir: Some(dir),
                }
            }
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin_url, name)) = self.pg.take() {
            // Drop runs outside async context; use a small runtime on its own thread.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .ok()?;
                rt.block_on(async {
                    let admin = Database::connect(&admin_url).await.ok()?;
                    admin
                        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .await
                        .ok()?;
                    admin.close().await.ok()
                })
            })
            .join();
        }
    }
}

pub struct TestApp {
    pub base: String,
    pub db: DatabaseConnection,
    pub settings: Settings,
    /// The server's bound on requests worked on at once.
    pub admission: roundtable::admission::Admission,
    pub _testdb: TestDb,
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("http client")
}

fn init_logs() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        if std::env::var("TEST_LOG").is_ok() {
            roundtable::telemetry::init("info");
        }
    });
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// An app with some settings changed (upload limit, storage...).
pub async fn spawn_app_with(change: impl FnOnce(&mut Settings)) -> TestApp {
    init_logs();
    let testdb = TestDb::new().await;
    let mut settings = Settings::for_tests(&testdb.url);
    change(&mut settings);
    let db = roundtable::startup::connect_and_migrate(&settings)
        .await
        .expect("migrate test database");
    let app = Application::build_with_db(settings.clone(), db.clone()).expect("build app");
    let base = format!("http://127.0.0.1:{}", app.port());
    let admission = app.admission();
    tokio::spawn(app.run_until_stopped());
    settings.base_url = url::Url::parse(&format!("{base}/")).expect("base URL");
    TestApp {
        base,
        db,
        settings,
        admission,
        _testdb: testdb,
    }
}

impl TestApp {
    /// Another instance of the application on the same database, with its own connection
    /// pool (as a second server behind a load balancer would be); returns its base URL.
    pub async fn spawn_instance(&self) -> String {
        let db = roundtable::db::connect(&self.settings.database_url)
            .await
            .expect("second pool");
        let mut settings = self.settings.clone();
        settings.bind = "127.0.0.1:0".parse().expect("address");
        let app = Application::build_with_db(settings, db).expect("build second instance");
        let base = format!("http://127.0.0.1:{}", app.port());
        tokio::spawn(app.run_until_stopped());
        base
    }
}

/// Pulls the first CSRF token out of a page.
pub fn csrf_from(html: &str) -> String {
    let marker = "name=\"_csrf\" value=\"";
    let start = html
        .find(marker)
        .map(|i| i + marker.len())
        .expect("page has a CSRF field");
    let end = html[start..].find('"').expect("closing quote") + start;
    html[start..end].to_string()
}

/// The value of the hidden field `name` in a page's first form that has it.
pub fn hidden_from(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker)? + marker.len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_string())
}

impl TestApp {
    /// The version an edit form at `edit_path` is based on (its hidden `version` field), as a
    /// browser that just opened it would send it.
    pub async fn form_version(&self, c: &reqwest::Client, edit_path: &str) -> String {
        let page = c.get(self.url(edit_path)).send().await.unwrap();
        assert_eq!(page.status(), 200, "{edit_path} opens");
        let html = page.text().await.unwrap();
        hidden_from(&html, "version").unwrap_or_else(|| panic!("{edit_path} has a version field"))
    }

    /// A delivery worker sending to `smtp_port` on loopback.
    pub fn worker(&self, smtp_port: u16) -> roundtable::mail::worker::Worker {
        let mut s = self.settings.clone();
        s.smtp_url = Some(url::Url::parse(&format!("smtp://127.0.0.1:{smtp_port}")).unwrap());
        let transport = roundtable::mail::transport::Transport::from_settings(&s).expect("transport");
        roundtable::mail::worker::Worker::new(self.db.clone(), transport, &s)
    }

    pub fn mailer(&self) -> roundtable::mail::Mailer {
        let hb = std::sync::Arc::new(roundtable::templates::registry().expect("templates"));
        roundtable::mail::Mailer::new(&self.settings, hb).expect("mailer")
    }

    /// Every page (GET route, filled with ids of the demo data) a person may open: signed
    /// links, files, feeds and the API left out.
    pub async fn demo_pages(&self) -> Vec<String> {
        use sea_orm::{EntityTrait, QueryOrder};
        let app = self;
        let first = |ids: Vec<i64>| ids.first().copied().unwrap_or(1).to_string();
        let event = first(
            entity::event::Entity::find()
                .order_by_asc(entity::event::Column::Id)
                .all(&app.db)
                .await
                .unwrap()
                .iter()
                .filter(|e| e.status == "published")
                .map(|e| e.id as i64)
                .collect(),
        );
        let item = first(
            entity::agenda_item::Entity::find()
                .all(&app.db)
                .await
                .unwrap()
                .iter()
                .filter(|i| i.event_id.to_string() == event)
                .map(|i| i.id as i64)
                .collect(),
        );
        let ids = |v: Vec<i32>| first(v.into_iter().map(i64::from).collect());
        let org = ids(entity::organization::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .iter()
            .map(|o| o.id)
            .collect());
        let person = ids(entity::person::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .iter()
            .map(|p| p.id)
            .collect());
        let action = ids(entity::action_item::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .iter()
            .map(|a| a.id)
            .collect());
        let document = ids(entity::document::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .iter()
            .map(|d| d.id)
            .collect());
        let user = ids(entity::user::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .iter()
            .map(|u| u.id)
            .collect());
        // A service of the demo member's organization with a contact point and a capacity
        // figure (the member may open its forms), else any service.
        let member_org = entity::user::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .find(|u| u.role == "member")
            .and_then(|u| u.organization_id);
        let services = entity::service::Entity::find()
            .order_by_asc(entity::service::Column::Id)
            .all(&app.db)
            .await
            .unwrap();
        let service_row = services
            .iter()
            .find(|s| Some(s.organization_id) == member_org)
            .or(services.first());
        let service = service_row.map(|s| s.id).unwrap_or(1);
        let contact = ids(entity::service_contact::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .iter()
            .filter(|c| c.service_id == service)
            .map(|c| c.id)
            .collect());
        let figure = ids(entity::service_capacity::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .iter()
            .filter(|c| c.service_id == service)
            .map(|c| c.id)
            .collect());
        let service = service.to_string();
        let pathway = ids(entity::referral_pathway::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .iter()
            .map(|p| p.id)
            .collect());
        let fill = |pattern: &str| -> Option<String> {
            // Signed links, files, feeds and the API are not pages.
            if [
                "{token}",
                "{sig}",
                "{expires}",
                "{number}",
                "{action}",
                "{user}",
                "/api/",
                ".csv",
                ".ics",
                ".json",
                "/download",
                "/static/",
                "healthz",
                "readyz",
                "/logout",
                "/unsubscribe",
            ]
            .iter()
            .any(|skip| pattern.contains(skip))
            {
                return None;
            }
            let path = if pattern.starts_with("/events/") {
                pattern.replace("{id}", &event).replace("{item}", &item)
            } else if pattern.starts_with("/organizations/") {
                pattern.replace("{id}", &org)
            } else if pattern.starts_with("/people/") {
                pattern.replace("{id}", &person)
            } else if pattern.starts_with("/actions/") {
                pattern.replace("{id}", &action)
            } else if pattern.starts_with("/documents/") {
                pattern.replace("{id}", &document)
            } else if pattern.starts_with("/services/") {
                pattern
                    .replace("{id}", &service)
                    .replace("{contact}", &contact)
                    .replace("{figure}", &figure)
            } else if pattern.starts_with("/admin/users/") {
                pattern.replace("{id}", &user)
            } else if pattern.starts_with("/pathways/") {
                pattern.replace("{id}", &pathway)
            } else if pattern.starts_with("/figures/") {
                let month = roundtable::services::figures::Month::of(roundtable::services::figures::today())
                    .prev()
                    .code();
                pattern.replace("{month}", &month).replace("{kind}", "shelter")
            } else {
                pattern
                    .replace("{code}", "RES-01")
                    .replace("{topic}", "RES-01")
                    .replace("{country}", "AL")
                    .to_string()
            };
            (!path.contains('{')).then_some(path)
        };
        roundtable::routes::all()
            .into_iter()
            .filter(|(method, _)| *method == actix_web::http::Method::GET)
            .filter_map(|(_, pattern)| fill(pattern))
            .collect()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn org(&self, name: &str, country: &str) -> i32 {
        let f = OrganizationFields {
            name: name.into(),
            country: country.into(),
            kind: "cso".into(),
            membership_status: "member".into(),
            services: vec![ServiceFields {
                code: "shelter".into(),
                capacity_note: "10 places".into(),
            }],
            ..Default::default()
        };
        let input = f
            .parse(&self.db)
            .await
            .unwrap_or_else(|e| panic!("organization {name:?} ({country}) is refused as input: {e:?}"));
        dir::create_organization(&self.db, input)
            .await
            .unwrap_or_else(|e| panic!("create organization {name:?} ({country}) failed: {e:?}"))
            .id
    }

    pub async fn user(&self, email: &str, role: Role, org: Option<i32>) -> i32 {
        let new = NewUser {
            email: email.into(),
            name: format!("Test {email}"),
            role,
            organization_id: org,
        };
        accounts::create_user(&self.db, new, Some(PASSWORD))
            .await
            .unwrap_or_else(|e| panic!("create user {email} failed: {e:?}"))
            .id
    }

    /// A client signed in through the real login form.
    pub async fn login(&self, email: &str) -> reqwest::Client {
        let (c, status) = self.sign_in(email, PASSWORD).await;
        assert_eq!(status, 303, "login of {email} should redirect");
        c
    }

    /// A new client that tried the login form, and the status it got (303 when signed in).
    pub async fn sign_in(&self, email: &str, password: &str) -> (reqwest::Client, u16) {
        let c = client();
        let page = c.get(self.url("/login")).send().await.unwrap().text().await.unwrap();
        let csrf = csrf_from(&page);
        let res = c
            .post(self.url("/login"))
            .form(&[
                ("_csrf", csrf.as_str()),
                ("email", email),
                ("password", password),
                ("next", "/"),
            ])
            .send()
            .await
            .unwrap();
        let status = res.status().as_u16();
        (c, status)
    }

    /// A CSRF token valid for this client (its cookie is set by the GET).
    pub async fn csrf(&self, c: &reqwest::Client) -> String {
        let page = c.get(self.url("/settings")).send().await.unwrap();
        let page = if page.status() == 200 {
            page.text().await.unwrap()
        } else {
            c.get(self.url("/login")).send().await.unwrap().text().await.unwrap()
        };
        csrf_from(&page)
    }

    pub async fn post_form(&self, c: &reqwest::Client, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let csrf = self.csrf(c).await;
        let mut all: Vec<(&str, &str)> = vec![("_csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        c.post(self.url(path)).form(&all).send().await.unwrap()
    }

    pub async fn token_for(&self, user_id: i32) -> String {
        accounts::create_api_token(&self.db, user_id, "test")
            .await
            .expect("token")
    }

    pub async fn org_count(&self) -> usize {
        use sea_orm::EntityTrait;
        entity::organization::Entity::find().all(&self.db).await.unwrap().len()
    }
}

/// The standard cast: one organization per role-holder and a second one for "another org".
pub struct Cast {
    pub own_org: i32,
    pub other_org: i32,
    pub secretariat: i32,
    pub member: i32,
    pub observer: i32,
}

pub async fn cast(app: &TestApp) -> Cast {
    let own_org = app.org("Own Org", "AL").await;
    let other_org = app.org("Other Org", "RS").await;
    let secretariat = app.user("sec@example.org", Role::Secretariat, None).await;
    let member = app.user("member@example.org", Role::Member, Some(own_org)).await;
    let observer = app.user("observer@example.org", Role::Observer, None).await;
    Cast {
        own_org,
        other_org,
        secretariat,
        member,
        observer,
    }
}

impl TestApp {
    /// Loads the fictional demo data into this test's database.
    pub async fn load_demo(&self) {
        let store = roundtable::storage::open(&self.settings.storage).expect("store");
        roundtable::demo::load(&self.db, store.as_ref())
            .await
            .expect("demo data");
    }

    /// The first published event by id (the demo's roundtable).
    pub async fn first_published_event(&self) -> i32 {
        use sea_orm::QueryOrder;
        entity::event::Entity::find()
            .order_by_asc(entity::event::Column::Id)
            .all(&self.db)
            .await
            .unwrap()
            .into_iter()
            .find(|e| e.status == "published")
            .expect("a published event")
            .id
    }

    /// A directory person of organization `org`, with a network role.
    pub async fn person(&self, org: i32, name: &str, email: &str, role: &str) -> i32 {
        let f = roundtable::services::directory::PersonFields {
            organization_id: Some(org),
            name: name.into(),
            email: email.into(),
            network_role: role.into(),
            ..Default::default()
        };
        roundtable::services::directory::create_person(&self.db, f.parse(&self.db).await.unwrap())
            .await
            .unwrap()
            .id
    }

    /// The status and text of `path` as client `c` gets it.
    pub async fn page(&self, c: &reqwest::Client, path: &str) -> (u16, String) {
        let res = c.get(self.url(path)).send().await.unwrap();
        (res.status().as_u16(), res.text().await.unwrap())
    }

    /// A document with one text-file version, created through the service as `user_id`.
    pub async fn doc(&self, user_id: i32, title: &str, visibility: &str, owner: Option<i32>) -> i32 {
        use sha2::Digest;
        let store = roundtable::storage::open(&self.settings.storage).expect("store");
        let body = format!("{title}\n").into_bytes();
        let staged = roundtable::storage::staging_path(store.as_ref());
        std::fs::write(&staged, &body).expect("stage");
        let upload = roundtable::services::documents::Upload {
            staged,
            size: body.len() as u64,
            sha256: format!("{:x}", sha2::Sha256::digest(&body)),
            filename: "file.txt".into(),
            kind: roundtable::files::FileKind::Txt,
        };
        let u = entity::user::Entity::find_by_id(user_id)
            .one(&self.db)
            .await
            .unwrap()
            .expect("user");
        let user = roundtable::auth::CurrentUser::from_model(&u).expect("role");
        let input = roundtable::services::documents::DocInput {
            title: title.into(),
            doc_type: "guideline".into(),
            visibility: visibility.into(),
            owner_org_id: owner,
            ..Default::default()
        };
        let mailer = self.mailer();
        let n = roundtable::mail::Notifier {
            mailer: &mailer,
            base: self.base.clone(),
            secret: self.settings.secret_key(),
        };
        roundtable::services::documents::create(&self.db, store.as_ref(), Some(&n), &user, &input, &upload, "")
            .await
            .expect("create document")
            .id
    }
}

/// The fields a browser would submit for the form whose `action` is `action` on `html`: inputs
/// (checkboxes and radios only when checked), each select's selected options (the first when
/// none is), and textareas, whose text is sent as browsers send it: the one line break right
/// after `<textarea>` dropped by the HTML parser, and lines joined by CRLF. Submit buttons,
/// file inputs and disabled fields are left out.
pub fn form_fields(html: &str, action: &str) -> Vec<(String, String)> {
    let mut rest = html;
    let body = loop {
        let Some(start) = rest.find("<form") else {
            panic!("no form with action {action:?} on the page:\n{html}");
        };
        let (tag, after) = split_tag(&rest[start..]);
        let end = after.find("</form>").unwrap_or(after.len());
        if attr(tag, "action").as_deref() == Some(action) {
            break &after[..end];
        }
        rest = &after[end..];
    };
    let mut fields = vec![];
    let mut rest = body;
    while let Some(i) = rest.find('<') {
        rest = &rest[i..];
        let lower = rest.get(..10).unwrap_or(rest).to_ascii_lowercase();
        if lower.starts_with("<input") {
            let (tag, after) = split_tag(rest);
            rest = after;
            let (Some(name), false) = (attr(tag, "name"), has_attr(tag, "disabled")) else {
                continue;
            };
            let kind = attr(tag, "type").unwrap_or_else(|| "text".into()).to_ascii_lowercase();
            match kind.as_str() {
                "submit" | "button" | "reset" | "image" | "file" => {}
                "checkbox" | "radio" => {
                    if has_attr(tag, "checked") {
                        fields.push((name, attr(tag, "value").unwrap_or_else(|| "on".into())));
                    }
                }
                _ => fields.push((name, attr(tag, "value").unwrap_or_default())),
            }
        } else if lower.starts_with("<textarea") {
            let (tag, after) = split_tag(rest);
            let end = after.find("</textarea>").expect("closing </textarea>");
            let raw = &after[..end];
            rest = &after[end..];
            let raw = raw.strip_prefix('\n').unwrap_or(raw);
            if let (Some(name), false) = (attr(tag, "name"), has_attr(tag, "disabled")) {
                fields.push((name, decode_entities(raw).replace('\n', "\r\n")));
            }
        } else if lower.starts_with("<select") {
            let (tag, after) = split_tag(rest);
            let end = after.find("</select>").expect("closing </select>");
            let options = &after[..end];
            rest = &after[end..];
            let (Some(name), false) = (attr(tag, "name"), has_attr(tag, "disabled")) else {
                continue;
            };
            let mut all = vec![];
            let mut o = options;
            while let Some(j) = o.find("<option") {
                let (otag, oafter) = split_tag(&o[j..]);
                let text_end = oafter.find('<').unwrap_or(oafter.len());
                let value = attr(otag, "value").unwrap_or_else(|| decode_entities(oafter[..text_end].trim()));
                all.push((value, has_attr(otag, "selected")));
                o = &oafter[text_end..];
            }
            let selected: Vec<String> = all.iter().filter(|(_, s)| *s).map(|(v, _)| v.clone()).collect();
            if !selected.is_empty() {
                fields.extend(selected.into_iter().map(|v| (name.clone(), v)));
            } else if !has_attr(tag, "multiple")
                && let Some((v, _)) = all.first()
            {
                fields.push((name, v.clone()));
            }
        } else {
            rest = &rest[1..];
        }
    }
    fields
}

/// `<tag ...>` (quotes respected) and what follows it.
fn split_tag(s: &str) -> (&str, &str) {
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return (&s[..=i], &s[i + 1..]),
            _ => {}
        }
    }
    panic!("unclosed tag: {s}");
}

/// The attributes of a start tag, names lower-cased, values decoded.
fn attrs(tag: &str) -> Vec<(String, Option<String>)> {
    let inner = tag.trim_start_matches('<').trim_end_matches('>');
    let inner = inner.trim_start_matches(|c: char| c.is_ascii_alphanumeric());
    let mut out = vec![];
    let mut chars = inner.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c.is_whitespace() || c == '/' {
            chars.next();
            continue;
        }
        let mut end = i;
        while let Some(&(j, c)) = chars.peek() {
            if c.is_whitespace() || c == '=' || c == '/' {
                break;
            }
            end = j + c.len_utf8();
            chars.next();
        }
        let name = inner[i..end].to_ascii_lowercase();
        if chars.peek().map(|&(_, c)| c) == Some('=') {
            chars.next();
            let value = match chars.peek().map(|&(_, c)| c) {
                Some(q @ ('"' | '\'')) => {
                    let (start, _) = chars.next().expect("quote");
                    let mut stop = inner.len();
                    for (j, c) in chars.by_ref() {
                        if c == q {
                            stop = j;
                            break;
                        }
                    }
                    &inner[start + 1..stop]
                }
                _ => {
                    let start = chars.peek().map(|&(j, _)| j).unwrap_or(inner.len());
                    let mut stop = inner.len();
                    while let Some(&(j, c)) = chars.peek() {
                        if c.is_whitespace() {
                            stop = j;
                            break;
                        }
                        chars.next();
                    }
                    &inner[start..stop]
                }
            };
            out.push((name, Some(decode_entities(value))));
        } else {
            out.push((name, None));
        }
    }
    out
}

fn attr(tag: &str, name: &str) -> Option<String> {
    attrs(tag)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.unwrap_or_default())
}

fn has_attr(tag: &str, name: &str) -> bool {
    attrs(tag).iter().any(|(n, _)| n == name)
}

/// Character references as handlebars writes them (`&amp;`, `&#x27;`, `&#x3D;`...).
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(semi) = rest.find(';').filter(|&j| j < 12) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..semi];
        let decoded = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Replaces (or adds) the value of `name` in submitted fields.
pub fn set_field(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    fields.retain(|(k, _)| k != name);
    fields.push((name.to_string(), value.to_string()));
}

#[test]
fn form_fields_reads_what_a_browser_submits() {
    let html = r#"<form action="/other"><input name="x" value="no"></form>
<form method="post" action="/things/1"><input type="hidden" name="_csrf" value="t&amp;k">
<input type=text name=title value='A &quot;b&quot; &#x3D; c'><input type="checkbox" name="tags" value="a" checked>
<input type="checkbox" name="tags" value="b"><input name="off" value="1" disabled><button type="submit">Save</button>
<select name="kind"><option value="x">X</option><option value="y" selected>Y</option></select>
<select name="first"><option value="p">P</option><option value="q">Q</option></select>
<select name="many" multiple><option value="1">1</option></select>
<textarea name="body">
- one&lt;
- two</textarea></form>"#;
    let got = form_fields(html, "/things/1");
    let want: Vec<(String, String)> = [
        ("_csrf", "t&k"),
        ("title", "A \"b\" = c"),
        ("tags", "a"),
        ("kind", "y"),
        ("first", "p"),
        ("body", "- one<\r\n- two"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(got, want);
}
