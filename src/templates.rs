//! The handlebars registry: every template under `templates/` (embedded in the binary), in
//! strict mode, with the `t` (message catalogue), `date` and `datetime` helpers.
//!
//! Template names drop the `.hbs` and `.html` endings: `templates/pages/directory/index.html.hbs`
//! is `pages/directory/index`.

use handlebars::{Context, Handlebars, Helper, HelperDef, RenderContext, RenderError, RenderErrorReason, ScopedJson};
use rust_embed::RustEmbed;
use serde_json::Value;

use crate::i18n;

#[derive(RustEmbed)]
#[folder = "$CARGO_MANIFEST_DIR/templates/"]
struct Embedded;

/// Where "Kosovo*" appears on a page or in a mail, the footnote (catalogue key `kosovo-footnote`)
/// follows, in the reader's language.
pub const KOSOVO_MARK: &str = "Kosovo*";
const FOOTNOTE_SLOT: &str = "<!--footnotes-->";

pub fn template_names() -> Vec<String> {
    Embedded::iter()
        .filter(|f| !f.ends_with(".txt.hbs"))
        .map(|f| name_of(&f))
        .collect()
}

fn name_of(file: &str) -> String {
    file.trim_end_matches(".hbs").trim_end_matches(".html").to_string()
}

/// The helpers that write in the reader's language: `t` (a catalogue message), `datetime` and
/// `date` (an instant in the page's zone), `num` (a count with the language's separators).
fn language_helpers(hb: &mut Handlebars<'static>) {
    hb.register_helper("t", Box::new(TranslateHelper));
    hb.register_helper("datetime", Box::new(DateHelper { with_time: true }));
    hb.register_helper("date", Box::new(DateHelper { with_time: false }));
    hb.register_helper("num", Box::new(NumberHelper));
}

/// Builds the HTML registry (escaping on).
pub fn registry() -> Result<Handlebars<'static>, String> {
    let mut hb = Handlebars::new();
    hb.set_strict_mode(true);
    // By default every line a partial outputs is indented like the `{{> ...}}` call, textarea
    // contents included, so each unchanged save of a form added spaces to multi-line text.
    hb.set_prevent_indent(true);
    language_helpers(&mut hb);
    hb.register_helper("err", Box::new(field_error));
    for file in Embedded::iter() {
        let Some(content) = Embedded::get(&file) else {
            continue;
        };
        let text = std::str::from_utf8(&content.data).map_err(|e| format!("{file}: {e}"))?;
        hb.register_template_string(&name_of(&file), text)
            .map_err(|e| format!("template {file}: {e}"))?;
    }
    Ok(hb)
}

/// The registry for email subjects and plain-text bodies: `emails/**/*.txt.hbs`, strict, with
/// no HTML escaping (subjects are made one line by the mailer).
pub fn text_registry() -> Result<Handlebars<'static>, String> {
    let mut hb = Handlebars::new();
    hb.set_strict_mode(true);
    // As for pages: a partial must not re-indent quoted user text.
    hb.set_prevent_indent(true);
    hb.register_escape_fn(handlebars::no_escape);
    language_helpers(&mut hb);
    for file in Embedded::iter().filter(|f| f.starts_with("emails/") && f.ends_with(".txt.hbs")) {
        let Some(content) = Embedded::get(&file) else { continue };
        let text = std::str::from_utf8(&content.data).map_err(|e| format!("{file}: {e}"))?;
        hb.register_template_string(file.trim_end_matches(".hbs"), text)
            .map_err(|e| format!("template {file}: {e}"))?;
    }
    Ok(hb)
}

/// Renders a page and adds the Kosovo* footnote where the designation appears.
/// Renders a page from its context, which it takes over: `Handlebars::render` would first copy
/// the whole tree (for the legal register, thousands of cells).
pub fn render_page(hb: &Handlebars<'_>, name: &str, data: Value) -> Result<String, RenderError> {
    let ctx = Context::from(data);
    let html = hb.render_with_context(name, &ctx)?;
    Ok(add_footnotes(html, &lang_of(&ctx)))
}

/// The Kosovo* footnote, in `lang`, in the page's footnote slot when the page names Kosovo*.
/// Whether a page writes the designation with its asterisk, in any of our languages and
/// cases ("Kosovo*", "Kosova*", "Kosovë*", "Kosovu*", "Косово*").
fn shows_kosovo(html: &str) -> bool {
    html.contains(KOSOVO_MARK)
        || html.match_indices('*').any(|(i, _)| {
            let word: String = html[..i]
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            word.starts_with("Kosov") || word.starts_with("Косов")
        })
}

pub fn add_footnotes(html: String, lang: &str) -> String {
    if !shows_kosovo(&html) || !html.contains(FOOTNOTE_SLOT) {
        return html;
    }
    let esc = |key: &str| handlebars::html_escape(&i18n::t(lang, key));
    let note = format!(
        "<aside class=\"footnotes\" aria-label=\"{}\"><p id=\"fn-kosovo\">* {}</p></aside>",
        esc("footnote-label"),
        esc("kosovo-footnote")
    );
    html.replacen(FOOTNOTE_SLOT, &note, 1)
}

// `{{err errors "name"}}`: the message for a field, or nothing (strict mode's `lookup` would fail
// on fields without an error).
handlebars::handlebars_helper!(field_error: |errors: Json, key: str| {
    errors.get(key).cloned().unwrap_or(Value::Null)
});

fn lang_of(ctx: &Context) -> String {
    ctx.data()
        .get("lang")
        .and_then(Value::as_str)
        .unwrap_or(i18n::DEFAULT_LANGUAGE)
        .to_string()
}

/// `{{t "key"}}` or `{{t "key" count=3 name=user.name}}`. An unknown key is a render error, so
/// the template test catches a typo instead of a user seeing a raw key. The text is escaped like
/// any other value (catalogue text is plain text), and once only when `t` is an argument of
/// another: `{{t "email-document-added" type=(t type_key)}}`.
struct TranslateHelper;

impl HelperDef for TranslateHelper {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let key = h
            .param(0)
            .and_then(|p| p.value().as_str())
            .ok_or_else(|| RenderErrorReason::ParamNotFoundForIndex("t", 0))?;
        let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = h
            .hash()
            .iter()
            .map(|(k, v)| {
                let fv = match v.value() {
                    Value::Number(n) => fluent_bundle::FluentValue::from(n.as_f64().unwrap_or(0.0)),
                    Value::String(s) => fluent_bundle::FluentValue::from(s.clone()),
                    Value::Null => fluent_bundle::FluentValue::from(""),
                    other => fluent_bundle::FluentValue::from(other.to_string()),
                };
                (*k, fv)
            })
            .collect();
        let text = i18n::lookup(&lang_of(ctx), key, &args)
            .ok_or_else(|| RenderErrorReason::Other(format!("unknown message key '{key}'")))?;
        Ok(ScopedJson::Derived(Value::String(text)))
    }
}

/// `{{datetime value}}` / `{{date value}}`: formats an RFC 3339 instant (or a YYYY-MM-DD date)
/// in the viewer's time zone (`tz` in the page context).
/// `{{num count}}`: a number as the reader writes it ("12,500", "12.500", "12 500").
struct NumberHelper;

impl HelperDef for NumberHelper {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let text = match h.param(0).map(|p| p.value()) {
            Some(Value::Number(n)) => i18n::numbers::format(&lang_of(ctx), n.as_f64().unwrap_or(0.0)),
            Some(Value::String(s)) => s.clone(),
            _ => String::new(),
        };
        Ok(ScopedJson::Derived(Value::String(text)))
    }
}

struct DateHelper {
    with_time: bool,
}

impl HelperDef for DateHelper {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let raw = h.param(0).map(|p| p.value().clone()).unwrap_or(Value::Null);
        let Some(s) = raw.as_str() else {
            return Ok(ScopedJson::Derived(Value::String(String::new())));
        };
        let tz: chrono_tz::Tz = ctx
            .data()
            .get("tz")
            .and_then(Value::as_str)
            .and_then(|t| t.parse().ok())
            .unwrap_or(chrono_tz::Europe::Tirane);
        Ok(ScopedJson::Derived(Value::String(format_instant(
            &lang_of(ctx),
            s,
            tz,
            self.with_time,
        ))))
    }
}

/// "12 Dec 2023, 10:00" in the given zone and the reader's language; dates alone as
/// "12 Dec 2023".
pub fn format_instant(lang: &str, s: &str, tz: chrono_tz::Tz, with_time: bool) -> String {
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(s) {
        let local = dt.with_timezone(&tz).naive_local();
        return if with_time {
            i18n::dates::date_time(lang, local)
        } else {
            i18n::dates::date(lang, local.date())
        };
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return i18n::dates::date(lang, d);
    }
    s.to_string()
}

#[cfg(test)]
mod catalogue_tests;

#[cfg(test)]
mod tests {
    use super::*;

    /// A context field named like a helper (`{{date}}`) calls the helper instead and prints
    /// nothing; view models name such fields otherwise (`on`, `day`).
    #[test]
    fn no_template_prints_a_field_named_like_a_helper() {
        const HELPERS: [&str; 4] = ["date", "datetime", "t", "err"];
        for file in Embedded::iter() {
            let text = String::from_utf8(Embedded::get(&file).unwrap().data.into_owned()).unwrap();
            for expr in text.split("{{").skip(1).filter_map(|rest| rest.split("}}").next()) {
                let name = expr.trim().trim_start_matches('{').trim_end_matches('}').trim();
                let bare = name.trim_start_matches("../").trim_start_matches("this.");
                assert!(
                    !HELPERS.contains(&bare),
                    "{file}: {{{{{name}}}}} calls the `{bare}` helper"
                );
            }
        }
    }

    #[test]
    fn footnote_is_added_only_where_kosovo_appears() {
        let footnote = i18n::t("en", "kosovo-footnote");
        assert!(footnote.starts_with("This designation is without prejudice"));
        let page = "<main>Kosovo* <!--footnotes--></main>".to_string();
        assert!(add_footnotes(page, "en").contains(&footnote));
        let other = "<main>Serbia <!--footnotes--></main>".to_string();
        assert!(!add_footnotes(other, "en").contains(&footnote));
        // In each language's own words and cases, with the footnote in that language.
        for (lang, text) in [("sq", "në Kosovë*"), ("mk", "Косово*"), ("hr", "na Kosovu*")] {
            let page = format!("<main>{text} <!--footnotes--></main>");
            let note = i18n::t(lang, "kosovo-footnote");
            assert!(add_footnotes(page, lang).contains(&note), "{lang}");
        }
        assert!(!add_footnotes("<main>Kos* <!--footnotes--></main>".into(), "en").contains("fn-kosovo"));
    }

    #[test]
    fn instants_are_shown_in_the_viewers_zone() {
        let s = format_instant("en", "2023-12-12T08:00:00Z", chrono_tz::Europe::Tirane, true);
        assert_eq!(s, "12 Dec 2023, 09:00");
    }
}
