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
}
