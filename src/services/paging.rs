//! Page numbers from the address bar. Every list that pages reads its `page` through
//! [`deserialize`] and turns it into a row offset with [`number`] and [`offset`], so a page
//! number far out of range (`?page=9223372036854775807`) is an empty page past the end, never
//! an arithmetic overflow.

use serde::Deserializer;

/// The highest page any list serves. Far beyond any real list (10,000 pages of 100 is a
/// million rows), small enough that `page x per_page` can never overflow or reach the
/// database as an absurd OFFSET.
pub const MAX_PAGE: u64 = 10_000;

/// The page to show: 1 when absent or 0, at most [`MAX_PAGE`].
pub fn number(page: Option<u64>) -> u64 {
    page.unwrap_or(1).clamp(1, MAX_PAGE)
}

/// Rows before `page` (1-based), saturating instead of overflowing.
pub fn offset(page: u64, per_page: u64) -> u64 {
    page.clamp(1, MAX_PAGE).saturating_sub(1).saturating_mul(per_page)
}

/// A list's filters as the query string of its page links: the values that are not blank,
/// trimmed, in the order given.
pub fn query_string(filters: &[(&str, &str)]) -> String {
    let mut s = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in filters {
        if !v.trim().is_empty() {
            s.append_pair(k, v.trim());
        }
    }
    s.finish()
}

/// For `#[serde(default, deserialize_with = "paging::deserialize")]` on an `Option<u64>` page
/// field: a number of any size is accepted and clamped to 1..=[`MAX_PAGE`] (a page past the
/// end is simply empty); anything that is not a whole number (`-1`, `abc`) is refused, which
/// the query extractor answers with 400.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    struct V;
    impl serde::de::Visitor<'_> for V {
        type Value = Option<u64>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a page number")
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(v.clamp(1, MAX_PAGE)))
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            u64::try_from(v)
                .map(|v| Some(v.clamp(1, MAX_PAGE)))
                .map_err(|_| E::custom("the page number must be a whole number from 1"))
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            let v = v.trim();
            if v.is_empty() {
                return Ok(None);
            }
            if !v.bytes().all(|b| b.is_ascii_digit()) {
                return Err(E::custom("the page number must be a whole number from 1"));
            }
            // Too many digits for u64 is still just "far past the end".
            Ok(Some(v.parse::<u64>().unwrap_or(MAX_PAGE).clamp(1, MAX_PAGE)))
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
    }
    d.deserialize_any(V)
}

/// The same rule for a page number read from the query string by hand.
pub fn parse(raw: &str) -> Result<Option<u64>, String> {
    use serde::de::value::{Error, StrDeserializer};
    deserialize(StrDeserializer::<Error>::new(raw)).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_strings_keep_the_filled_in_filters_in_order() {
        assert_eq!(
            query_string(&[("q", " Tiranë "), ("country", ""), ("kind", "cso"), ("page", "  ")]),
            "q=Tiran%C3%AB&kind=cso"
        );
        assert_eq!(query_string(&[("q", "")]), "");
    }

    #[test]
    fn huge_page_numbers_are_clamped_and_odd_ones_refused() {
        assert_eq!(parse("3"), Ok(Some(3)));
        assert_eq!(parse(""), Ok(None));
        assert_eq!(parse("0"), Ok(Some(1)));
        assert_eq!(parse("9223372036854775807"), Ok(Some(MAX_PAGE)));
        assert_eq!(parse("99999999999999999999999999"), Ok(Some(MAX_PAGE)));
        assert!(parse("-1").is_err());
        assert!(parse("abc").is_err());
        assert!(parse("1e3").is_err());
    }

    #[test]
    fn offsets_never_overflow() {
        assert_eq!(offset(1, 25), 0);
        assert_eq!(offset(3, 25), 50);
        assert_eq!(offset(u64::MAX, u64::MAX), (MAX_PAGE - 1).saturating_mul(u64::MAX));
        assert_eq!(offset(0, 25), 0);
        assert_eq!(number(Some(u64::MAX)), MAX_PAGE);
        assert_eq!(number(None), 1);
    }
}
