//! Page rendering: the layout context every page shares (navigation, user, CSRF token, flash
//! message, language, time zone) around a page-specific view model.

pub mod account;
pub mod actions;
pub mod admin;
pub mod calendar_import;
pub mod directory;
pub mod documents;
pub mod events;
pub mod figure_panels;
pub mod figures;
pub mod freshness;
pub mod home;
pub mod hsds;
pub mod legal;
pub mod markdown;
pub mod minutes;
pub mod participants;
pub mod pathways;
pub mod search;
pub mod support;

use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::http::StatusCode;
use std::future::Future;
use std::pin::Pin;

use actix_web::{FromRequest, HttpMessage, HttpRequest, HttpResponse, dev::Payload, web};
use serde::Serialize;
use serde_json::{Value, json};

use crate::auth::{self, Action, Viewer};
use crate::error::{AppError, FieldErrors};
use crate::i18n;
use crate::state::AppState;

pub const FLASH_COOKIE: &str = "rt_flash";

/// A form's messages as its page shows them (field name -> text): empty in a view model, filled
/// by [`invalid`] from the [`FieldErrors`] in the viewer's language.
pub type FieldMessages = std::collections::BTreeMap<String, String>;

/// What an HTML handler needs to answer: the application state, who is asking and the request.
/// Extracted as the three separate extractors would be (the same errors, in the same order:
/// missing state, then the viewer's).
pub struct Page {
    pub state: web::Data<AppState>,
    pub viewer: Viewer,
    pub req: HttpRequest,
}

impl FromRequest for Page {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let viewer = Viewer::from_request(req, payload);
        let req = req.clone();
        Box::pin(async move {
            let state = state.ok_or_else(|| AppError::internal("application state missing"))?;
            Ok(Page {
                state,
                viewer: viewer.await?,
                req,
            })
        })
    }
}

impl Page {
    pub fn lang(&self) -> &str {
        self.viewer.lang()
    }

    /// A catalogue text in the viewer's language.
    pub fn t(&self, key: &str) -> String {
        i18n::t(self.lang(), key)
    }

    /// The heading and form action of a "new or edit" form: `(new_title, create_url)` when `id`
    /// is `None`, else `(edit_title, "{edit_base}/{id}")`. Titles are catalogue keys.
    pub fn new_or_edit(&self, id: Option<i32>, new: (&str, String), edit: (&str, &str)) -> (String, String) {
        match id {
            None => (self.t(new.0), new.1),
            Some(id) => (self.t(edit.0), format!("{}/{id}", edit.1)),
        }
    }

    pub fn ok(&self, template: &str, title: &str, data: impl Serialize) -> Result<HttpResponse, AppError> {
        ok(&self.state, &self.viewer, &self.req, template, title, data)
    }

    /// A form again with 422, the messages and what was typed.
    pub fn invalid(
        &self,
        template: &str,
        title: &str,
        errors: &FieldErrors,
        data: &impl Serialize,
    ) -> Result<HttpResponse, AppError> {
        invalid(
            &self.state,
            &self.viewer,
            &self.req,
            template,
            title,
            errors,
            to_value(data)?,
        )
    }

    /// An edit form again with 422, the messages and what was typed, still based on the version
    /// the refused save was based on.
    pub fn invalid_edit(
        &self,
        template: &str,
        title: &str,
        errors: &FieldErrors,
        data: &impl Serialize,
        based_on: i32,
    ) -> Result<HttpResponse, AppError> {
        let data = with_version(data, based_on)?;
        invalid(&self.state, &self.viewer, &self.req, template, title, errors, data)
    }

    /// An edit form again with 409 after a stale save (see [`stale`]).
    pub fn stale(
        &self,
        template: &str,
        title: &str,
        data: &impl Serialize,
        s: Stale<'_>,
    ) -> Result<HttpResponse, AppError> {
        stale(
            &self.state,
            &self.viewer,
            &self.req,
            template,
            title,
            to_value(data)?,
            s,
        )
    }

    pub fn see_other(&self, location: &str, flash: Option<(&str, &str)>) -> HttpResponse {
        see_other(&self.state, location, flash)
    }

    /// The page that asks before an irreversible or far-reaching action (see [`Confirm`]).
    pub fn confirm(&self, c: Confirm) -> Result<HttpResponse, AppError> {
        let title = c.heading.clone();
        self.ok("pages/confirm", &title, c)
    }

    /// 303 to `location` with the success message of catalogue key `key`.
    pub fn done(&self, location: &str, key: &str) -> Result<HttpResponse, AppError> {
        Ok(self.see_other(location, Some(("success", &self.t(key)))))
    }
}

/// A confirmation page: what will happen, and one button that does it. Its form carries
/// `confirmed=1` (see [`confirmed`]) and `fields`; the action it posts to does nothing without it
/// but show this page, so every way to the action asks first.
#[derive(Serialize)]
pub struct Confirm {
    pub heading: String,
    /// What will happen, one sentence each.
    pub consequences: Vec<String>,
    pub action: String,
    pub button: String,
    /// Where "Keep it as it is" goes.
    pub back: String,
    /// The action's own fields (a bulk change's ticked items and the change).
    pub fields: Vec<HiddenField>,
}

#[derive(Serialize)]
pub struct HiddenField {
    pub name: String,
    pub value: String,
}

/// Whether a form was sent from a confirmation page.
pub fn confirmed(form: &crate::forms::Form) -> bool {
    form.get("confirmed") == "1"
}

/// A save's result as a form page reads it: `Ok(Ok(value))` saved, `Ok(Err(errors))` to show
/// the form again with 422 ([`Page::invalid`]), `Err(e)` any other failure, answered as usual.
pub fn checked<T>(result: Result<T, AppError>) -> Result<Result<T, FieldErrors>, AppError> {
    match result {
        Ok(v) => Ok(Ok(v)),
        Err(AppError::Validation(errors)) => Ok(Err(errors)),
        Err(e) => Err(e),
    }
}

/// An edit's result as a form page reads it: [`checked`] plus a save refused because the record
/// changed meanwhile (shown with [`Page::stale`]).
pub enum Saved<T> {
    Done(T),
    Invalid(FieldErrors),
    Stale,
}

pub fn saved<T>(result: Result<T, AppError>) -> Result<Saved<T>, AppError> {
    match result {
        Ok(v) => Ok(Saved::Done(v)),
        Err(AppError::Validation(errors)) => Ok(Saved::Invalid(errors)),
        Err(AppError::StaleEdit { .. }) => Ok(Saved::Stale),
        Err(e) => Err(e),
    }
}

#[derive(Serialize)]
struct NavItem {
    href: &'static str,
    label: String,
    current: bool,
}

fn nav(viewer: &Viewer, path: &str) -> Vec<NavItem> {
    let lang = viewer.lang();
    let mut items: Vec<(&'static str, &'static str)> = vec![("/", "nav-dashboard"), ("/events", "nav-events")];
    if viewer.can(Action::ViewNetwork) {
        items.push(("/actions", "nav-actions"));
        items.push(("/legal", "nav-legal"));
    }
    if viewer.can(Action::ViewFigures) {
        items.push(("/figures", "nav-figures"));
    }
    if viewer.can(Action::ViewNetwork) {
        items.push(("/directory", "nav-directory"));
        items.push(("/services", "nav-services"));
        items.push(("/pathways", "nav-pathways"));
    }
    items.push(("/documents", "nav-documents"));
    if viewer.can(Action::ManageUsers) {
        items.push(("/admin", "nav-admin"));
    }
    items
        .into_iter()
        .map(|(href, key)| NavItem {
            href,
            label: i18n::t(lang, key),
            current: if href == "/" {
                path == "/"
            } else {
                path.starts_with(href)
            },
        })
        .collect()
}

/// Builds the full template context for a page.
pub fn page_context(state: &AppState, viewer: &Viewer, req: &HttpRequest, title: &str, data: Value) -> Value {
    let lang = viewer.lang();
    let flash = req.cookie(FLASH_COOKIE).and_then(|c| {
        let v = c.value();
        let (kind, msg) = v.split_once(':')?;
        let msg = url::form_urlencoded::parse(format!("m={msg}").as_bytes())
            .next()
            .map(|(_, m)| m.into_owned())?;
        Some(json!({ "kind": if kind == "error" { "error" } else { "success" }, "message": msg }))
    });
    let user = viewer.user.as_ref().map(|u| {
        json!({ "id": u.id, "name": u.name, "email": u.email, "role": u.role.as_str(),
                "role_label": i18n::t(lang, &format!("role-{}", u.role.as_str())) })
    });
    let mut ctx = json!({
        "lang": lang,
        "tz": viewer.tz(),
        "title": title,
        "user": user,
        "nav": nav(viewer, req.path()),
        "csrf": viewer.csrf_token(state.settings.secret_key()),
        "flash": flash,
        "path": req.path(),
        // Filled only by `stale` (a save refused because the record changed meanwhile); the
        // form partials look these up on every page.
        "stale": null,
        "stale_current": {},
        "edit_version": null,
        // A page's print view sets this: the layout then leaves out the header (navigation,
        // search, account).
        "print_view": false,
        // The footer: the language switch, and the draft notice of an unreviewed translation.
        "here": req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/"),
        "site_languages": i18n::LANGUAGES.iter().map(|l| json!({
            "code": l.code, "name": l.name, "selected": l.code == lang,
        })).collect::<Vec<_>>(),
        "translation_draft": i18n::language(lang).is_some_and(|l| l.reviewed.is_none()),
        "secretariat_email": state.settings.secretariat_email
            .parse::<lettre::message::Mailbox>()
            .map(|m| m.email.to_string())
            .unwrap_or_default(),
    });
    if let (Value::Object(base), Value::Object(extra)) = (&mut ctx, data) {
        for (k, v) in extra {
            base.insert(k, v);
        }
    }
    ctx
}

/// Renders `template` inside the layout with `status`.
pub fn render(
    state: &AppState,
    viewer: &Viewer,
    req: &HttpRequest,
    status: StatusCode,
    template: &str,
    title: &str,
    data: impl Serialize,
) -> Result<HttpResponse, AppError> {
    let data = serde_json::to_value(data).map_err(AppError::internal)?;
    let ctx = page_context(state, viewer, req, title, data);
    let html = crate::templates::render_page(&state.hb, template, ctx)?;
    let mut resp = HttpResponse::build(status);
    resp.content_type("text/html; charset=utf-8");
    resp.insert_header(("Cache-Control", "no-store"));
    finish_cookies(state, viewer, req, &mut resp);
    Ok(resp.body(html))
}

pub fn ok(
    state: &AppState,
    viewer: &Viewer,
    req: &HttpRequest,
    template: &str,
    title: &str,
    data: impl Serialize,
) -> Result<HttpResponse, AppError> {
    render(state, viewer, req, StatusCode::OK, template, title, data)
}

/// Re-renders a form with 422, the messages (in the viewer's language) and what was typed.
pub fn invalid(
    state: &AppState,
    viewer: &Viewer,
    req: &HttpRequest,
    template: &str,
    title: &str,
    errors: &FieldErrors,
    data: Value,
) -> Result<HttpResponse, AppError> {
    let mut data = data;
    if let Value::Object(m) = &mut data {
        m.insert("errors".into(), json!(errors.text(viewer.lang())));
        m.insert("has_errors".into(), Value::Bool(true));
    }
    render(
        state,
        viewer,
        req,
        StatusCode::UNPROCESSABLE_ENTITY,
        template,
        title,
        data,
    )
}

/// Which two revisions a history page compares (`?from=&to=`): by default the latest and the one
/// before it.
#[derive(serde::Deserialize, Default)]
pub struct CompareQuery {
    from: Option<i32>,
    to: Option<i32>,
}

impl CompareQuery {
    /// The revisions compared, `(from, to)`, of a record whose latest revision is `latest`
    /// (0 when there is none yet).
    pub fn revisions(&self, latest: i32) -> (i32, i32) {
        let to = self.to.unwrap_or(latest);
        (self.from.unwrap_or(to.saturating_sub(1).max(0)), to)
    }
}

/// A number of bytes as people read it ("512 bytes", "12 KB", "3.4 MB"; "3,4 MB" in Croatian).
pub fn human_size(bytes: u64) -> i18n::Msg {
    const MB: f64 = 1024.0 * 1024.0;
    if bytes >= 1024 * 1024 {
        i18n::msg("size-mb").arg("mb", i18n::Arg::Tenths((bytes as f64 / MB * 10.0).round() as i64))
    } else if bytes >= 1024 {
        i18n::msg("size-kb").arg("kb", bytes.div_ceil(1024) as usize)
    } else {
        i18n::msg("size-bytes").arg("bytes", bytes as usize)
    }
}

/// A form's fields as JSON (for [`Stale`]'s typed and current sides).
pub fn to_value(fields: &impl Serialize) -> Result<Value, AppError> {
    serde_json::to_value(fields).map_err(AppError::internal)
}

/// An edit form's page data as JSON with the version the form is based on (the
/// `version_field` partial renders it).
pub fn with_version(data: &impl Serialize, version: i32) -> Result<Value, AppError> {
    let mut data = to_value(data)?;
    if let Value::Object(m) = &mut data {
        m.insert("edit_version".into(), json!(version));
    }
    Ok(data)
}

/// A save refused because someone else saved the record first: what the user typed (already in
/// the page data as the form values) against the record as it is now.
pub struct Stale<'a> {
    /// The version the record is at now; the re-rendered form is based on it, so saving the
    /// merged text again succeeds unless yet another save comes first.
    pub current_version: i32,
    /// The form values as typed and as they are now, as JSON objects with the same keys (the
    /// form's input struct serialised twice).
    pub typed: Value,
    pub current: Value,
    /// A field's label (the catalogue text).
    pub label: &'a dyn Fn(&str) -> String,
    /// A stored value as people read it (a choice's label instead of its code).
    pub shown: &'a dyn Fn(&str, &str) -> String,
}

impl<'a> Stale<'a> {
    /// The form's input struct as typed against the record as it is now, its fields named by
    /// `label`; stored values are shown as stored unless [`Stale::shown`] says otherwise.
    pub fn new(
        current_version: i32,
        typed: &impl Serialize,
        current: &impl Serialize,
        label: &'a dyn Fn(&str) -> String,
    ) -> Result<Self, AppError> {
        Ok(Stale {
            current_version,
            typed: to_value(typed)?,
            current: to_value(current)?,
            label,
            shown: &as_stored,
        })
    }

    /// How stored values read (a choice's label instead of its code).
    pub fn shown(self, shown: &'a dyn Fn(&str, &str) -> String) -> Self {
        Stale { shown, ..self }
    }
}

fn as_stored(_field: &str, value: &str) -> String {
    value.to_string()
}

fn value_text(lang: &str, v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.replace("\r\n", "\n").trim().to_string(),
        Value::Bool(b) => i18n::t(lang, if *b { "yes" } else { "no" }),
        // A row of a list (a service and its capacity note): its values, in order.
        Value::Object(m) => m
            .values()
            .map(|i| value_text(lang, i))
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(": "),
        Value::Array(items) => items
            .iter()
            .map(|i| value_text(lang, i))
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

/// Re-renders an edit form with 409 after a stale save: the notice at the top (from the
/// `error_summary` partial), the typed values in the fields, the current saved value beside
/// each field that differs (the `stale_value` partial), and the hidden version moved on.
pub fn stale(
    state: &AppState,
    viewer: &Viewer,
    req: &HttpRequest,
    template: &str,
    title: &str,
    data: Value,
    s: Stale<'_>,
) -> Result<HttpResponse, AppError> {
    let lang = viewer.lang();
    let empty = serde_json::Map::new();
    let typed = s.typed.as_object().unwrap_or(&empty);
    let current = s.current.as_object().unwrap_or(&empty);
    let mut fields = vec![];
    let mut values = serde_json::Map::new();
    for (name, mine) in typed {
        let theirs = value_text(lang, current.get(name).unwrap_or(&Value::Null));
        if value_text(lang, mine) == theirs {
            continue;
        }
        let shown = if theirs.is_empty() {
            theirs
        } else {
            (s.shown)(name, &theirs)
        };
        fields.push(json!({ "name": name, "label": (s.label)(name) }));
        // Escaped here so that line breaks can become <br> without relying on how partials
        // indent multi-line output; the partial prints it raw.
        let html = if shown.is_empty() {
            format!("<em>{}</em>", handlebars::html_escape(&i18n::t(lang, "stale-empty")))
        } else {
            shown
                .lines()
                .map(handlebars::html_escape)
                .collect::<Vec<_>>()
                .join("<br>")
        };
        values.insert(name.clone(), Value::String(html));
    }
    let mut data = data;
    if let Value::Object(m) = &mut data {
        m.insert("edit_version".into(), json!(s.current_version));
        m.insert("stale".into(), json!({ "same": fields.is_empty(), "fields": fields }));
        m.insert("stale_current".into(), Value::Object(values));
    }
    render(state, viewer, req, StatusCode::CONFLICT, template, title, data)
}

fn finish_cookies(state: &AppState, viewer: &Viewer, req: &HttpRequest, resp: &mut actix_web::HttpResponseBuilder) {
    if viewer.csrf_seed_is_new {
        resp.cookie(csrf_cookie(state, &viewer.csrf_seed));
    }
    if req.cookie(FLASH_COOKIE).is_some() {
        let mut gone = Cookie::build(FLASH_COOKIE, "").path("/").finish();
        gone.make_removal();
        resp.cookie(gone);
    }
}

pub fn csrf_cookie(state: &AppState, seed: &str) -> Cookie<'static> {
    Cookie::build(auth::CSRF_COOKIE, seed.to_string())
        .path("/")
        .http_only(true)
        .secure(state.settings.cookies_secure())
        .same_site(SameSite::Lax)
        .finish()
}

/// `target` when it is a path on this site: the one check for every user-supplied redirect
/// target (`next`, `back`). Browsers read `//host`, `/\\host` and `/<tab>/host` as another
/// site (they drop tabs and newlines anywhere), so a control character, a backslash, white
/// space or a second leading slash (also percent-encoded) is refused, and what is left must
/// still resolve to this site.
pub fn local_path(target: &str) -> Option<&str> {
    // What a browser, or a proxy decoding once more, could read as another site.
    fn foreign(s: &str) -> bool {
        !s.starts_with('/') || s[1..].starts_with(['/', '\\']) || s.chars().any(char::is_control)
    }
    if foreign(target) || target.chars().any(|c| c == '\\' || c.is_whitespace()) {
        return None;
    }
    let mut decoded = target.to_string();
    for _ in 0..3 {
        let next = percent_decode(&decoded);
        if next == decoded {
            break;
        }
        if foreign(&next) {
            return None;
        }
        decoded = next;
    }
    let base = url::Url::parse("http://roundtable.invalid/").ok()?;
    let joined = base.join(target).ok()?;
    (joined.origin() == base.origin()).then_some(target)
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (
            b[i],
            b.get(i + 1).copied().and_then(hex),
            b.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// 303 See Other to `location`, with an optional flash message for the next page.
pub fn see_other(state: &AppState, location: &str, flash: Option<(&str, &str)>) -> HttpResponse {
    let mut resp = HttpResponse::SeeOther();
    resp.insert_header(("Location", location));
    if let Some((kind, message)) = flash {
        let encoded: String = url::form_urlencoded::byte_serialize(message.as_bytes()).collect();
        resp.cookie(
            Cookie::build(FLASH_COOKIE, format!("{kind}:{encoded}"))
                .path("/")
                .http_only(true)
                .secure(state.settings.cookies_secure())
                .same_site(SameSite::Lax)
                .max_age(CookieDuration::minutes(5))
                .finish(),
        );
    }
    resp.finish()
}

/// The viewer already loaded for this request, if any (used by error pages).
pub fn viewer_of(req: &HttpRequest) -> Option<Viewer> {
    req.extensions().get::<Viewer>().cloned()
}

/// A paging component's data: `page` is 1-based.
#[derive(Serialize, Debug, Clone)]
pub struct Pager {
    pub page: u64,
    pub pages: u64,
    pub total: u64,
    pub prev_url: Option<String>,
    pub next_url: Option<String>,
}

impl Pager {
    /// `base_query` is the current query string without `page`.
    /// A page past the end (typed or stale) links back to the last page.
    pub fn new(path: &str, base_query: &str, page: u64, per_page: u64, total: u64) -> Self {
        let pages = total.div_ceil(per_page.max(1)).max(1);
        let page = crate::services::paging::number(Some(page));
        let url = |p: u64| {
            if base_query.is_empty() {
                format!("{path}?page={p}")
            } else {
                format!("{path}?{base_query}&page={p}")
            }
        };
        Pager {
            page,
            pages,
            total,
            prev_url: (page > 1).then(|| url(Ord::min(page - 1, pages))),
            next_url: (page < pages).then(|| url(page + 1)),
        }
    }
}

/// The network's own time zones, first in every time-zone list, with the catalogue key of each
/// one's name. Kosovo* uses Europe/Belgrade.
pub const NETWORK_ZONES: [(&str, &str); 5] = [
    ("Europe/Tirane", "tz-tirane"),
    ("Europe/Sarajevo", "tz-sarajevo"),
    ("Europe/Belgrade", "tz-belgrade"),
    ("Europe/Podgorica", "tz-podgorica"),
    ("Europe/Skopje", "tz-skopje"),
];

/// A group of a time-zone choice list.
#[derive(Serialize)]
pub struct TimeZoneGroup {
    pub label: String,
    pub zones: Vec<TimeZoneChoice>,
}

#[derive(Serialize)]
pub struct TimeZoneChoice {
    pub code: &'static str,
    pub label: String,
    pub selected: bool,
}

/// A time-zone choice list: the network's zones by name first, then every other IANA zone.
pub fn time_zones(lang: &str, selected: &str) -> Vec<TimeZoneGroup> {
    let selected = selected.trim();
    let network = NETWORK_ZONES
        .iter()
        .map(|(code, key)| TimeZoneChoice {
            code,
            label: i18n::t(lang, key),
            selected: *code == selected,
        })
        .collect();
    let others = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| tz.name())
        .filter(|n| n.contains('/') && !n.starts_with("Etc/") && !NETWORK_ZONES.iter().any(|(c, _)| c == n))
        .map(|code| TimeZoneChoice {
            code,
            label: code.replace('_', " "),
            selected: code == selected,
        })
        .collect();
    vec![
        TimeZoneGroup {
            label: i18n::t(lang, "tz-group-network"),
            zones: network,
        },
        TimeZoneGroup {
            label: i18n::t(lang, "tz-group-other"),
            zones: others,
        },
    ]
}

/// A CSV export being written: a header row, then rows whose cells are guarded against formula
/// injection ([`crate::services::directory::csv_cell`]).
pub struct CsvExport(csv::Writer<Vec<u8>>);

impl CsvExport {
    /// An export whose header row is the catalogue's column names `columns`, in `lang`.
    pub fn new(lang: &str, columns: &[&str]) -> Result<Self, AppError> {
        let mut w = csv::Writer::from_writer(vec![]);
        w.write_record(columns.iter().map(|key| i18n::t(lang, key)))
            .map_err(AppError::internal)?;
        Ok(CsvExport(w))
    }

    pub fn row(&mut self, cells: &[String]) -> Result<(), AppError> {
        self.0
            .write_record(cells.iter().map(|c| crate::services::directory::csv_cell(c)))
            .map_err(AppError::internal)
    }

    pub fn into_body(self) -> Result<Vec<u8>, AppError> {
        self.0.into_inner().map_err(AppError::internal)
    }

    /// The finished export as a download named `filename`.
    pub fn download(self, filename: &str) -> Result<HttpResponse, AppError> {
        Ok(attachment("text/csv; charset=utf-8", filename)
            .insert_header(("X-Content-Type-Options", "nosniff"))
            .body(self.into_body()?))
    }
}

/// A 200 answer that the browser saves as `filename`; the body (and any further header) follows.
pub fn attachment(content_type: &str, filename: &str) -> actix_web::HttpResponseBuilder {
    let mut answer = HttpResponse::Ok();
    answer
        .content_type(content_type)
        .insert_header(("Content-Disposition", format!("attachment; filename=\"{filename}\"")));
    answer
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_paths_on_this_site_are_followed() {
        for ok in ["/", "/events/3", "/search?q=a%20b&page=2", "/legal/entries/T1/AL#x"] {
            assert_eq!(local_path(ok), Some(ok), "{ok}");
        }
        for bad in [
            "",
            "https://evil.example/",
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example/",
            "/\n/evil.example",
            "/%2F%2Fevil.example",
            "/%2fevil.example",
            "/%5Cevil.example",
            "/%09/evil.example/",
            "/%252F%252Fevil.example",
            "/ /evil.example",
            "evil.example",
            "javascript:alert(1)",
            "/x\0",
        ] {
            assert_eq!(local_path(bad), None, "{bad:?}");
        }
    }
}
