//! Folding text into index words, query terms, and highlighting matches.

// ---------------------------------------------------------------------------------------------
// Folding and query terms

/// Lower case, accents removed, Serbian and Macedonian Cyrillic written in Latin letters.
pub fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        if let Some(t) = special(c) {
            out.push_str(t);
            continue;
        }
        for d in c.to_lowercase().nfd() {
            if !is_combining(d) {
                out.push(d);
            }
        }
    }
    out
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Letters that do not decompose into a base letter and a mark.
fn special(c: char) -> Option<&'static str> {
    Some(match c {
        'đ' | 'Đ' => "d",
        'ł' | 'Ł' => "l",
        'ø' | 'Ø' => "o",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ı' => "i",
        'а' | 'А' => "a",
        'б' | 'Б' => "b",
        'в' | 'В' => "v",
        'г' | 'Г' => "g",
        'д' | 'Д' => "d",
        'ђ' | 'Ђ' => "d",
        'ѓ' | 'Ѓ' => "g",
        'е' | 'Е' => "e",
        'ж' | 'Ж' => "z",
        'з' | 'З' => "z",
        'ѕ' | 'Ѕ' => "dz",
        'и' | 'И' => "i",
        'ј' | 'Ј' => "j",
        'к' | 'К' => "k",
        'л' | 'Л' => "l",
        'љ' | 'Љ' => "lj",
        'м' | 'М' => "m",
        'н' | 'Н' => "n",
        'њ' | 'Њ' => "nj",
        'о' | 'О' => "o",
        'п' | 'П' => "p",
        'р' | 'Р' => "r",
        'с' | 'С' => "s",
        'т' | 'Т' => "t",
        'ћ' | 'Ћ' => "c",
        'ќ' | 'Ќ' => "k",
        'у' | 'У' => "u",
        'ф' | 'Ф' => "f",
        'х' | 'Х' => "h",
        'ц' | 'Ц' => "c",
        'ч' | 'Ч' => "c",
        'џ' | 'Џ' => "dz",
        'ш' | 'Ш' => "s",
        _ => return None,
    })
}

/// The folded words of a query, as typed: at most eight, each at most 40 characters; single
/// letters are dropped (they would match nearly everything).
pub fn terms(q: &str) -> Vec<String> {
    let folded = fold(q);
    let mut out: Vec<String> = vec![];
    for w in folded.split(|c: char| !c.is_alphanumeric()) {
        if w.chars().count() < 2 {
            continue;
        }
        let w: String = w.chars().take(40).collect();
        if !out.contains(&w) {
            out.push(w);
        }
        if out.len() == 8 {
            break;
        }
    }
    out
}

/// Folded text for the index: words separated by single spaces.
pub(super) fn index_text(s: &str, max_chars: usize) -> String {
    let folded = fold(s);
    let mut out = String::with_capacity(folded.len().min(max_chars));
    for w in folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if out.len() + w.len() + 1 > max_chars {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Highlighting

fn escape(s: &str) -> String {
    handlebars::html_escape(s)
}

/// Byte ranges of the words of `text`.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = vec![];
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

fn matches_term(word: &str, terms: &[String]) -> bool {
    let f = fold(word);
    terms.iter().any(|t| f.starts_with(t.as_str()))
}

/// `text` as escaped HTML with every word that starts with a query term in `<mark>`.
pub fn highlight(text: &str, terms: &[String]) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut at = 0;
    for (s, e) in words(text) {
        if matches_term(&text[s..e], terms) {
            out.push_str(&escape(&text[at..s]));
            out.push_str("<mark>");
            out.push_str(&escape(&text[s..e]));
            out.push_str("</mark>");
            at = e;
        }
    }
    out.push_str(&escape(&text[at..]));
    out
}

/// About `len` words of `text` around the first match, as escaped HTML with the matches marked.
pub fn snippet(text: &str, terms: &[String], len: usize) -> String {
    let ws = words(text);
    if ws.is_empty() {
        return String::new();
    }
    let first = ws
        .iter()
        .position(|&(s, e)| matches_term(&text[s..e], terms))
        .unwrap_or(0);
    let start = first.saturating_sub(len / 3);
    let end = (start + len).min(ws.len());
    let from = if start == 0 { 0 } else { ws[start].0 };
    let to = if end == ws.len() { text.len() } else { ws[end - 1].1 };
    let mut out = String::new();
    if start > 0 {
        out.push_str("… ");
    }
    out.push_str(&highlight(&text[from..to], terms));
    if end < ws.len() {
        out.push_str(" …");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_accents_and_writes_cyrillic_in_latin() {
        assert_eq!(fold("Tiranë"), "tirane");
        assert_eq!(fold("Petrović"), "petrovic");
        assert_eq!(fold("Đorđe Šćekić"), "dorde scekic");
        assert_eq!(fold("Петровић"), "petrovic");
        assert_eq!(fold("Скопје"), "skopje");
    }

    #[test]
    fn terms_are_folded_words_without_operators() {
        assert_eq!(terms("Tiranë  \"shelter\" OR x*"), vec!["tirane", "shelter", "or"]);
        assert!(terms("* - ( )").is_empty());
        assert_eq!(terms(&"a b ".repeat(50)).len(), 0);
    }

    #[test]
    fn highlight_marks_accented_words_and_escapes_the_rest() {
        let t = terms("tirane");
        assert_eq!(
            highlight("Roundtable in Tiranë <b>", &t),
            "Roundtable in <mark>Tiranë</mark> &lt;b&gt;"
        );
        let long = format!("{} Petrović said {}", "word ".repeat(100), "more ".repeat(100));
        let s = snippet(&long, &terms("petrovic"), 20);
        assert!(s.starts_with("… "));
        assert!(s.ends_with(" …"));
        assert!(s.contains("<mark>Petrović</mark>"));
    }
}
