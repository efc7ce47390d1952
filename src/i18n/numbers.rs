//! Numbers in the reader's language, with CLDR's separators (`numbers.json`, CLDR 44):
//!
//! | language | group | decimal | grouping starts at |
//! | --- | --- | --- | --- |
//! | en | `,` | `.` | 1,000 |
//! | sq | no-break space | `,` | 10 000 (minimumGroupingDigits 2) |
//! | sr, bs, hr, cnr, mk | `.` | `,` | 1.000 |
//!
//! Montenegrin has no CLDR locale of its own; it writes numbers as Serbian does.
//!
//! Counts reach the catalogue as numbers and are written this way. Identifiers (a document's
//! number, a version, a line of a file) are names, not quantities: "No. 4242", never
//! "No. 4,242". Their arguments are listed in [`IDENTIFIERS`] and reach Fluent as text.

use fluent_bundle::FluentValue;
use fluent_bundle::types::FluentNumber;

/// Message arguments that name something by its number rather than count it. A number given
/// for one of these is written with its digits only, in every language.
pub const IDENTIFIERS: &[&str] = &["id", "number", "version", "new", "line"];

struct Style {
    group: &'static str,
    decimal: &'static str,
    /// CLDR's `minimumGroupingDigits`: how many digits must stand before the first separator.
    min_grouping: usize,
}

const ENGLISH: Style = Style {
    group: ",",
    decimal: ".",
    min_grouping: 1,
};
const ALBANIAN: Style = Style {
    group: "\u{a0}",
    decimal: ",",
    min_grouping: 2,
};
const SOUTH_SLAVIC: Style = Style {
    group: ".",
    decimal: ",",
    min_grouping: 1,
};

fn style(lang: &str) -> &'static Style {
    match lang {
        "sq" => &ALBANIAN,
        "sr-Latn" | "sr-Cyrl" | "bs" | "hr" | "cnr" | "mk" => &SOUTH_SLAVIC,
        _ => &ENGLISH,
    }
}

fn write(v: f64, fraction_digits: Option<usize>, grouping: bool, s: &Style) -> String {
    let text = match fraction_digits {
        Some(d) => format!("{:.*}", d, v.abs()),
        None => v.abs().to_string(),
    };
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::with_capacity(text.len() + 4);
    if v < 0.0 && (v.abs() * 10f64.powi(fraction_digits.unwrap_or(0) as i32)).round() != 0.0 {
        out.push('-');
    }
    let group = grouping && whole.len() >= 3 + s.min_grouping;
    for (i, c) in whole.chars().enumerate() {
        if group && i > 0 && (whole.len() - i) % 3 == 0 {
            out.push_str(s.group);
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push_str(s.decimal);
        out.push_str(fraction);
    }
    out
}

/// `v` as a reader of `lang` writes it: `12,500.5` (en), `12 500,5` (sq), `12.500,5` (hr).
/// Whole numbers have no fraction; others as many digits as they need.
pub fn format(lang: &str, v: f64) -> String {
    write(v, None, true, style(lang))
}

/// `v` with exactly `digits` digits after the decimal separator ("20,0" in Croatian).
pub fn format_fixed(lang: &str, v: f64, digits: usize) -> String {
    write(v, Some(digits), true, style(lang))
}

fn fluent(n: &FluentNumber, s: &Style) -> String {
    write(n.value, n.options.minimum_fraction_digits, n.options.use_grouping, s)
}

/// The bundle's number formatter for `lang` (Fluent calls it for every number it writes,
/// plural selection is not affected).
pub fn formatter<M>(lang: &str) -> fn(&FluentValue, &M) -> Option<String> {
    fn english<M>(v: &FluentValue, _: &M) -> Option<String> {
        if let FluentValue::Number(n) = v {
            Some(fluent(n, &ENGLISH))
        } else {
            None
        }
    }
    fn albanian<M>(v: &FluentValue, _: &M) -> Option<String> {
        if let FluentValue::Number(n) = v {
            Some(fluent(n, &ALBANIAN))
        } else {
            None
        }
    }
    fn south_slavic<M>(v: &FluentValue, _: &M) -> Option<String> {
        if let FluentValue::Number(n) = v {
            Some(fluent(n, &SOUTH_SLAVIC))
        } else {
            None
        }
    }
    match lang {
        "sq" => albanian::<M>,
        "sr-Latn" | "sr-Cyrl" | "bs" | "hr" | "cnr" | "mk" => south_slavic::<M>,
        _ => english::<M>,
    }
}

/// An argument as Fluent should see it: identifiers ([`IDENTIFIERS`]) as their digits.
pub fn argument<'a>(name: &str, v: FluentValue<'a>) -> FluentValue<'a> {
    match v {
        FluentValue::Number(n) if IDENTIFIERS.contains(&name) => {
            FluentValue::from(write(n.value, None, false, &ENGLISH))
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::{format, format_fixed};
    use crate::i18n::{LANGUAGES, t_args};

    #[test]
    fn each_language_writes_numbers_with_its_own_separators() {
        assert_eq!(format("en", 12500.5), "12,500.5");
        assert_eq!(format("en", 1234.0), "1,234");
        assert_eq!(format("hr", 1234567.25), "1.234.567,25");
        assert_eq!(format("mk", 1234.0), "1.234");
        assert_eq!(format("sq", 1234.0), "1234", "Albanian groups from five digits");
        assert_eq!(format("sq", 12500.5), "12\u{a0}500,5");
        assert_eq!(format("sr-Cyrl", -4200.0), "-4.200");
        assert_eq!(format("bs", 999.0), "999");
        assert_eq!(format("cnr", 0.0), "0");
        assert_eq!(format_fixed("hr", 20.0, 1), "20,0");
        assert_eq!(format_fixed("en", 1536.04, 1), "1,536.0");
        assert_eq!(format_fixed("sq", -0.01, 1), "0,0", "no minus before a zero");
    }

    #[test]
    fn messages_group_counts_but_not_identifiers() {
        let page = |lang: &str| t_args(lang, "paging-summary", &[("page", 2.into()), ("pages", 12500.into())]);
        assert!(page("en").contains("12,500"), "{}", page("en"));
        assert!(page("hr").contains("12.500"), "{}", page("hr"));
        assert!(page("sq").contains("12\u{a0}500"), "{}", page("sq"));
        for l in LANGUAGES {
            let number = t_args(l.code, "document-number", &[("id", 424242.into())]);
            assert!(number.contains("424242"), "{}: {number}", l.code);
            let version = t_args(l.code, "agenda-revision", &[("number", 1234.into())]);
            assert!(version.contains("1234"), "{}: {version}", l.code);
        }
    }

    #[test]
    fn plural_forms_still_follow_the_count() {
        let results = |lang: &str, n: i64| t_args(lang, "paging-total", &[("total", n.into())]);
        assert_ne!(
            results("hr", 1).replace('1', "2"),
            results("hr", 2),
            "1 and 2 take different forms in Croatian"
        );
        assert_eq!(
            results("hr", 1001).replace("1.001", "1"),
            results("hr", 1),
            "1001 takes the form of 1 and is grouped"
        );
        assert_eq!(
            results("hr", 1002).replace("1.002", "2"),
            results("hr", 2),
            "1002 takes the form of 2 and is grouped"
        );
    }

    /// Every argument the catalogue names as an identifier is used somewhere (else the list is
    /// stale), and none selects a plural form (that would make it a count).
    #[test]
    fn identifiers_are_never_counted() {
        let en = crate::i18n::sources().into_iter().find(|(l, _)| *l == "en").unwrap().1;
        for id in super::IDENTIFIERS {
            let used = format!("{{ ${id} }}");
            assert!(
                en.contains(&used),
                "${id} is listed as an identifier but no message shows it"
            );
            let selects = format!("{{ ${id} ->");
            assert!(
                !en.contains(&selects),
                "${id} selects a plural form: it is a count, not an identifier"
            );
        }
    }
}
