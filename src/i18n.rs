//! The message catalogue (Fluent). Every user-facing string in pages and emails comes from
//! `locales/<lang>/main.ftl`; templates use `{{t "key"}}`. English ships now; a new language is
//! a new folder and an entry in [`LANGUAGES`], with no template changes.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// (code, name in that language) of the languages users may choose.
pub const LANGUAGES: &[(&str, &str)] = &[("en", "English")];
pub const DEFAULT_LANGUAGE: &str = "en";

const SOURCES: &[(&str, &str)] = &[("en", include_str!("../locales/en/main.ftl"))];

struct Catalogue {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

fn catalogue() -> &'static Catalogue {
    static CAT: OnceLock<Catalogue> = OnceLock::new();
    CAT.get_or_init(|| {
        let mut bundles = HashMap::new();
        for (lang, src) in SOURCES {
            let id: LanguageIdentifier = lang.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(false);
            // The catalogue is compiled into the binary and checked by a unit test, so a parse
            // error here cannot reach production; keep what parsed rather than fail start-up.
            let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(res, _)| res);
            let _ = bundle.add_resource(res);
            bundles.insert(*lang, bundle);
        }
        Catalogue { bundles }
    })
}

pub fn supported(lang: &str) -> bool {
    LANGUAGES.iter().any(|(l, _)| *l == lang)
}

/// Translates `key`; `None` when the key does not exist in that language or in English.
pub fn lookup(lang: &str, key: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
    let cat = catalogue();
    let bundle = cat
        .bundles
        .get(lang)
        .filter(|b| b.has_message(key))
        .or_else(|| cat.bundles.get(DEFAULT_LANGUAGE))?;
    let msg = bundle.get_message(key)?;
    let pattern = msg.value()?;
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        fargs.set(*k, v.clone());
    }
    let mut errors = vec![];
    Some(bundle.format_pattern(pattern, Some(&fargs), &mut errors).into_owned())
}

/// Translates `key`, falling back to the key itself (a unit test keeps that from happening).
pub fn t(lang: &str, key: &str) -> String {
    lookup(lang, key, &[]).unwrap_or_else(|| key.to_string())
}

pub fn t_args(lang: &str, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    lookup(lang, key, args).unwrap_or_else(|| key.to_string())
}

/// The catalogue's name for a stored code (`{prefix}-{code}`), or the code itself when the
/// catalogue has none (an old value).
pub fn label(lang: &str, prefix: &str, code: &str) -> String {
    lookup(lang, &format!("{prefix}-{code}"), &[]).unwrap_or_else(|| code.to_string())
}

/// A sentence for a user kept as its catalogue key and arguments, and put into words only where
/// it is shown (a form page, an error page, an API answer), in that reader's language. Services
/// answer with these rather than with text: they do not know who will read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a [`Msg`]: text as it is, a number (which plural forms can choose on), or
/// another message, put into words in the same language ("a PDF" inside a sentence).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    Msg(Box<Msg>),
}

/// The message of catalogue key `key`; add its arguments with [`Msg::arg`].
pub fn msg(key: &'static str) -> Msg {
    Msg { key, args: vec![] }
}

impl Msg {
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The sentence in `lang`.
    pub fn text(&self, lang: &str) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    Arg::Text(s) => FluentValue::from(s.as_str()),
                    Arg::Number(n) => FluentValue::from(*n),
                    Arg::Msg(m) => FluentValue::from(m.text(lang)),
                };
                (*k, v)
            })
            .collect();
        t_args(lang, self.key, &args)
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Msg(Box::new(m))
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Number(n.into())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_catalogue_parses_cleanly() {
        for (lang, src) in super::SOURCES {
            if let Err((_, errs)) = fluent_bundle::FluentResource::try_new(src.to_string()) {
                panic!("{lang}: {errs:?}");
            }
        }
    }

    #[test]
    fn lookup_formats_arguments() {
        let s = super::t_args("en", "paging-summary", &[("page", 2.into()), ("pages", 5.into())]);
        assert_eq!(s, "Page 2 of 5");
        assert!(super::lookup("en", "no-such-key", &[]).is_none());
    }

    #[test]
    fn a_message_is_put_into_words_in_the_readers_language() {
        let m = super::msg("paging-summary").arg("page", 2).arg("pages", 5);
        assert_eq!(m.text("en"), "Page 2 of 5");
        assert_eq!(m.text("xx"), "Page 2 of 5", "an unknown language falls back to English");
    }
}
