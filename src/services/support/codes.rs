//! The fixed vocabularies of services, contact points and capacity figures. Each code's label is
//! the catalogue key `<prefix>-<code>` (see [`PREFIXES`]), which other areas read through
//! `i18n::label`.

pub const MODES: &[&str] = &["on_site", "mobile", "remote"];
pub const GENDERS: &[&str] = &["female", "male", "other"];
pub const GROUPS: &[&str] = &[
    "children",
    "families",
    "third_country_nationals",
    "returnees",
    "adults",
    "women",
    "men",
];
pub const IDENTIFICATION: &[&str] = &["presumed", "formal"];
pub const REFERRAL: &[&str] = &["referral", "self"];
pub const STATUSES: &[&str] = &["active", "suspended", "closed"];
pub const UNITS: &[&str] = &["beds", "places", "persons_month", "transports_month", "case_slots"];
pub const BANDS: &[&str] = &["available", "limited", "full", "waiting_list"];
/// ISO 639-1 codes (and `rom`, Romani) the forms offer, each named by `spoken-language-<code>`.
pub const LANGUAGES: &[&str] = &[
    "sq", "sr", "bs", "hr", "mk", "en", "de", "fr", "it", "tr", "ro", "ru", "uk", "ar", "fa", "ur", "ps", "bn", "hi",
    "zh", "es", "rom",
];

/// Every vocabulary with the prefix of its catalogue keys.
pub const PREFIXES: &[(&str, &[&str])] = &[
    ("service-mode", MODES),
    ("service-gender", GENDERS),
    ("service-group", GROUPS),
    ("service-identification", IDENTIFICATION),
    ("service-referral", REFERRAL),
    ("service-status", STATUSES),
    ("capacity-unit", UNITS),
    ("capacity-band", BANDS),
    ("spoken-language", LANGUAGES),
];

/// A stored comma list as codes, without blanks.
pub fn split(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// Codes as stored: comma-separated, without repeats, in the order given.
pub fn join(codes: &[String]) -> String {
    let mut seen: Vec<&str> = vec![];
    for c in codes {
        if !seen.contains(&c.as_str()) {
            seen.push(c);
        }
    }
    seen.join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_label_in_every_language() {
        for lang in crate::i18n::LANGUAGES.iter().map(|l| l.code) {
            for (prefix, codes) in PREFIXES {
                for code in *codes {
                    let key = format!("{prefix}-{code}");
                    assert!(crate::i18n::lookup(lang, &key, &[]).is_some(), "{lang} lacks {key}");
                }
            }
        }
    }

    #[test]
    fn lists_are_stored_without_repeats_or_blanks() {
        assert_eq!(join(&split(" AL, ,XK,AL")), "AL,XK");
    }
}
