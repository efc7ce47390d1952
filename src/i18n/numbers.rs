//! Numbers in messages with each language's separators (CLDR): English "12,500.5", Albanian
//! "12 500,5" (a no-break space), the South Slavic languages "12.500,5". Fluent calls these for
//! every number argument of a message; below 10,000 a number is written as it is.

use fluent_bundle::FluentValue;

/// `n` with `group` between thousands and `decimal` before a fraction.
pub fn format(n: f64, group: &str, decimal: &str) -> String {
    let negative = n < 0.0;
    let text = n.abs().to_string();
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w.to_string(), Some(f.to_string())),
        None => (text, None),
    };
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push_str(group);
        }
        grouped.push(c);
    }
    let mut out = if negative { format!("-{grouped}") } else { grouped };
    if let Some(f) = fraction {
        out.push_str(decimal);
        out.push_str(&f);
    }
    out
}

/// A number argument from 10,000 up (CLDR's two minimum grouping digits: "1000", "12.500"), so
/// that numbers and years below stay as people write them ("No. 1234", "2026").
fn number(v: &FluentValue) -> Option<f64> {
    match v {
        FluentValue::Number(n) if n.value.abs() >= 10_000.0 => Some(n.value),
        _ => None,
    }
}

pub fn english<M>(v: &FluentValue, _: &M) -> Option<String> {
    number(v).map(|n| format(n, ",", "."))
}

pub fn space_comma<M>(v: &FluentValue, _: &M) -> Option<String> {
    number(v).map(|n| format(n, "\u{a0}", ","))
}

pub fn dot_comma<M>(v: &FluentValue, _: &M) -> Option<String> {
    number(v).map(|n| format(n, ".", ","))
}

#[cfg(test)]
mod tests {
    use super::format;

    #[test]
    fn thousands_and_fractions_in_each_style() {
        assert_eq!(format(12500.0, ",", "."), "12,500");
        assert_eq!(format(1234567.5, ".", ","), "1.234.567,5");
        assert_eq!(format(999.0, ".", ","), "999");
        assert_eq!(format(-4200.25, "\u{a0}", ","), "-4\u{a0}200,25");
        assert_eq!(format(0.0, ",", "."), "0");
    }

    #[test]
    fn messages_group_their_counts_in_the_readers_language() {
        let page =
            |lang: &str| crate::i18n::t_args(lang, "paging-summary", &[("page", 2.into()), ("pages", 12500.into())]);
        assert!(page("en").contains("12,500"), "{}", page("en"));
        assert!(page("hr").contains("12.500"), "{}", page("hr"));
        assert!(page("sq").contains("12\u{a0}500"), "{}", page("sq"));
        let small = crate::i18n::t_args("hr", "paging-summary", &[("page", 2.into()), ("pages", 1234.into())]);
        assert!(small.contains("1234"), "{small}");
    }
}
