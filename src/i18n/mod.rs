//! The message catalogue (Fluent). Every user-facing string in pages and emails comes from
//! `locales/<lang>/main.ftl`; templates use `{{t "key"}}`. A new language is a new folder, an
//! entry in [`LANGUAGES`] and one in [`SOURCES`], with no template changes. Serbian Cyrillic is
//! made from the Serbian Latin catalogue by [`cyrillic::transliterate_ftl`].
//!
//! Dates come from [`dates`] (CLDR month and day names), numbers' separators from [`numbers`];
//! the reader's language from the user's setting, the `rt_lang` cookie (the footer's switch)
//! or the browser's `Accept-Language` ([`negotiate`]).

pub mod cyrillic;
pub mod dates;
mod msg;
pub mod numbers;

pub use msg::{Arg, Msg, msg};

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A language users may choose.
pub struct Language {
    pub code: &'static str,
    /// Its name in itself.
    pub name: &'static str,
    /// When a native speaker last reviewed the catalogue; until then pages say the
    /// translation is a draft.
    pub reviewed: Option<&'static str>,
}

pub const LANGUAGES: &[Language] = &[
    Language {
        code: "en",
        name: "English",
        reviewed: Some("source"),
    },
    Language {
        code: "sq",
        name: "Shqip",
        reviewed: None,
    },
    Language {
        code: "sr-Latn",
        name: "Srpski (latinica)",
        reviewed: None,
    },
    Language {
        code: "sr-Cyrl",
        name: "Српски (ћирилица)",
        reviewed: None,
    },
    Language {
        code: "bs",
        name: "Bosanski",
        reviewed: None,
    },
    Language {
        code: "hr",
        name: "Hrvatski",
        reviewed: None,
    },
    Language {
        code: "cnr",
        name: "Crnogorski",
        reviewed: None,
    },
    Language {
        code: "mk",
        name: "Македонски",
        reviewed: None,
    },
];
pub const DEFAULT_LANGUAGE: &str = "en";
/// The cookie that keeps an anonymous visitor's choice of language.
pub const LANGUAGE_COOKIE: &str = "rt_lang";

/// The catalogues compiled in; `sr-Cyrl` is transliterated from `sr-Latn` at start-up.
const SOURCES: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en/main.ftl")),
    ("sq", include_str!("../../locales/sq/main.ftl")),
    ("sr-Latn", include_str!("../../locales/sr-Latn/main.ftl")),
    ("bs", include_str!("../../locales/bs/main.ftl")),
    ("hr", include_str!("../../locales/hr/main.ftl")),
    ("cnr", include_str!("../../locales/cnr/main.ftl")),
    ("mk", include_str!("../../locales/mk/main.ftl")),
];

struct Catalogue {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

fn catalogue() -> &'static Catalogue {
    static CAT: OnceLock<Catalogue> = OnceLock::new();
    CAT.get_or_init(|| {
        let mut bundles = HashMap::new();
        for (lang, src) in sources() {
            let id: LanguageIdentifier = lang.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(numbers::formatter(lang)));
            // The catalogue is compiled into the binary and checked by a unit test, so a parse
            // error here cannot reach production; keep what parsed rather than fail start-up.
            let res = FluentResource::try_new(src).unwrap_or_else(|(res, _)| res);
            let _ = bundle.add_resource(res);
            bundles.insert(lang, bundle);
        }
        Catalogue { bundles }
    })
}

/// Every catalogue as text: the compiled-in ones, and Serbian Cyrillic made from Serbian Latin.
pub fn sources() -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = SOURCES.iter().map(|(l, s)| (*l, s.to_string())).collect();
    if let Some((_, latin)) = SOURCES.iter().find(|(l, _)| *l == "sr-Latn") {
        out.push(("sr-Cyrl", cyrillic::transliterate_ftl(latin)));
    }
    out
}

pub fn supported(lang: &str) -> bool {
    LANGUAGES.iter().any(|l| l.code == lang)
}

/// The language's entry, if it is one we ship.
pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}

/// The language to use for an `Accept-Language` header (RFC 9110: tags with q-values), or
/// `None` when it names none we ship. `sr` alone is Cyrillic (as CLDR and Serbian systems
/// have it), `sh` and `sr-Latn-*` Latin.
pub fn negotiate(accept_language: &str) -> Option<&'static str> {
    let mut tags: Vec<(f32, usize, String)> = accept_language
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut bits = part.split(';');
            let tag = bits.next()?.trim().to_ascii_lowercase();
            let q = bits
                .find_map(|b| {
                    b.trim()
                        .strip_prefix("q=")
                        .map(|v| v.trim().parse::<f32>().unwrap_or(0.0))
                })
                .unwrap_or(1.0);
            (!tag.is_empty() && q > 0.0).then_some((q, i, tag))
        })
        .collect();
    tags.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    tags.iter().find_map(|(_, _, tag)| {
        let primary = tag.split('-').next().unwrap_or("");
        Some(match primary {
            "sr" if tag.contains("latn") => "sr-Latn",
            "sr" => "sr-Cyrl",
            "sh" => "sr-Latn",
            "en" | "sq" | "bs" | "hr" | "cnr" | "mk" => LANGUAGES.iter().find(|l| l.code == primary)?.code,
            _ => return None,
        })
    })
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
        fargs.set(*k, numbers::argument(k, v.clone()));
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
    use fluent_bundle::{FluentArgs, FluentValue};

    #[test]
    fn every_catalogue_parses_cleanly() {
        for (lang, src) in super::sources() {
            if let Err((_, errs)) = fluent_bundle::FluentResource::try_new(src) {
                panic!("{lang}: {errs:?}");
            }
        }
    }

    /// The message ids of a catalogue, and the variables each one uses.
    fn messages(src: &str) -> Vec<(String, Vec<String>)> {
        use fluent_syntax::ast;
        let res = fluent_syntax::parser::parse(src).unwrap_or_else(|(res, _)| res);
        let mut out = vec![];
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = vec![];
                if let Some(p) = &m.value {
                    collect_vars(&p.elements, &mut vars);
                }
                vars.sort();
                vars.dedup();
                out.push((m.id.name.to_string(), vars));
            }
        }
        out
    }

    fn collect_vars(elements: &[fluent_syntax::ast::PatternElement<&str>], vars: &mut Vec<String>) {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        for e in elements {
            if let PatternElement::Placeable { expression } = e {
                match expression {
                    Expression::Inline(InlineExpression::VariableReference { id }) => vars.push(id.name.to_string()),
                    Expression::Select { selector, variants } => {
                        if let InlineExpression::VariableReference { id } = selector {
                            vars.push(id.name.to_string());
                        }
                        for v in variants {
                            collect_vars(&v.value.elements, vars);
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    #[test]
    fn every_language_has_every_message_with_the_same_variables_and_each_formats() {
        let sources = super::sources();
        let english = messages(&sources.iter().find(|(l, _)| *l == "en").unwrap().1);
        assert!(english.len() > 900);
        for l in super::LANGUAGES {
            let (_, src) = sources
                .iter()
                .find(|(c, _)| *c == l.code)
                .unwrap_or_else(|| panic!("{} has no catalogue", l.code));
            let theirs: std::collections::HashMap<String, Vec<String>> = messages(src).into_iter().collect();
            for (key, vars) in &english {
                let Some(their_vars) = theirs.get(key) else {
                    panic!("{}: {key} is missing", l.code);
                };
                assert_eq!(their_vars, vars, "{}: {key} uses other variables than English", l.code);
                // Formats with its arguments (numbers for counts, text otherwise) without errors.
                let cat = super::catalogue();
                let bundle = &cat.bundles[l.code];
                let pattern = bundle.get_message(key).and_then(|m| m.value()).unwrap();
                let mut args = FluentArgs::new();
                for v in vars {
                    args.set(
                        v.as_str(),
                        if ["count", "n", "total", "page", "pages"].contains(&v.as_str()) {
                            FluentValue::from(3)
                        } else {
                            FluentValue::from("x")
                        },
                    );
                }
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{}: {key}: {errors:?}", l.code);
                assert!(!text.trim().is_empty(), "{}: {key} is empty", l.code);
            }
            assert_eq!(theirs.len(), english.len(), "{} has messages English does not", l.code);
        }
    }

    /// Every file of `dir` (recursively) whose name ends with `ext`, as text.
    fn sources_in(dir: &std::path::Path, ext: &str, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources_in(&path, ext, out);
            } else if path.to_string_lossy().ends_with(ext) {
                out.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
                out.push('\n');
            }
        }
    }

    /// A catalogue message no template or code uses is dead weight in eight languages. A key is
    /// used when it is written out (`"key"`), or when code builds it from a prefix: a format
    /// string `"prefix-{..}"`, a template's `"prefix-"`, or `label(.., "prefix", ..)` /
    /// `options(.., "prefix", ..)`.
    #[test]
    fn no_message_of_the_catalogue_goes_unused() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut code = String::new();
        sources_in(&root.join("src"), ".rs", &mut code);
        sources_in(&root.join("templates"), ".hbs", &mut code);
        let builders: Vec<&str> = code
            .lines()
            .filter(|l| l.contains("label(") || l.contains("options("))
            .collect();
        let english = messages(&super::sources()[0].1);
        let unused: Vec<&String> = english
            .iter()
            .map(|(k, _)| k)
            .filter(|k| {
                if code.contains(&format!("\"{k}\"")) {
                    return false;
                }
                let parts: Vec<&str> = k.split('-').collect();
                !(1..parts.len()).any(|i| {
                    let pre = parts[..i].join("-");
                    code.contains(&format!("\"{pre}-{{"))
                        || code.contains(&format!("\"{pre}-\""))
                        || builders.iter().any(|l| l.contains(&format!("\"{pre}\"")))
                })
            })
            .collect();
        assert!(unused.is_empty(), "messages nothing uses: {unused:?}");
    }

    #[test]
    fn serbian_cyrillic_is_cyrillic() {
        let t = |k: &str| super::t("sr-Cyrl", k);
        assert_eq!(super::t("sr-Latn", "language-switch-label"), "Jezik");
        assert_eq!(t("language-switch-label"), "Језик");
        let words: String = t("translation-draft").chars().filter(|c| c.is_alphabetic()).collect();
        let latin = words.chars().filter(|c| c.is_ascii_alphabetic()).count();
        assert!(
            latin * 10 < words.chars().count(),
            "mostly Cyrillic: {}",
            t("translation-draft")
        );
    }

    #[test]
    fn the_browsers_languages_choose_one_we_ship() {
        use super::negotiate;
        assert_eq!(negotiate("sq-AL,sq;q=0.9,en;q=0.8"), Some("sq"));
        assert_eq!(negotiate("de-DE,de;q=0.9,mk;q=0.5,en;q=0.4"), Some("mk"));
        assert_eq!(negotiate("en;q=0.3, hr;q=0.7"), Some("hr"));
        assert_eq!(negotiate("sr"), Some("sr-Cyrl"));
        assert_eq!(negotiate("sr-Latn-RS"), Some("sr-Latn"));
        assert_eq!(negotiate("sr-RS"), Some("sr-Cyrl"));
        assert_eq!(negotiate("cnr-ME, bs;q=0.9"), Some("cnr"));
        assert_eq!(negotiate("fr-FR, de"), None);
        assert_eq!(negotiate("sq;q=0, en"), Some("en"));
        assert_eq!(negotiate(""), None);
    }

    #[test]
    fn lookup_formats_arguments() {
        let s = super::t_args("en", "paging-summary", &[("page", 2.into()), ("pages", 5.into())]);
        assert_eq!(s, "Page 2 of 5");
        assert!(super::lookup("en", "no-such-key", &[]).is_none());
    }
}
