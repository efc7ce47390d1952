//! Serbian Latin to Serbian Cyrillic (Vuk's one letter per sound: lj, nj and dž are single
//! letters). The Serbian Cyrillic catalogue is made from the Latin one with
//! [`transliterate_ftl`], which changes only the text of each message: keys, variables
//! (`{ $count }`), variant keys (`[one]`), comments and Latin-script codes (CSV, PDF, URLs,
//! iCalendar terms, e-mail addresses) stay as they are.

/// One word (letters only) in Cyrillic.
fn word(w: &str) -> String {
    let chars: Vec<char> = w.chars().collect();
    let mut out = String::with_capacity(w.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let pair = |a: char, b: char, lower: &str, upper: &str| -> Option<String> {
            if c.to_ascii_lowercase() == a && next.map(|n| n.to_lowercase().next() == Some(b)).unwrap_or(false) {
                Some(if c.is_uppercase() {
                    upper.to_string()
                } else {
                    lower.to_string()
                })
            } else {
                None
            }
        };
        if let Some(s) = pair('l', 'j', "љ", "Љ").or_else(|| pair('n', 'j', "њ", "Њ")) {
            out.push_str(&s);
            i += 2;
            continue;
        }
        if (c == 'd' || c == 'D') && matches!(next, Some('ž') | Some('Ž')) {
            out.push(if c == 'D' { 'Џ' } else { 'џ' });
            i += 2;
            continue;
        }
        out.push(match c {
            'a' => 'а',
            'b' => 'б',
            'c' => 'ц',
            'č' => 'ч',
            'ć' => 'ћ',
            'd' => 'д',
            'đ' => 'ђ',
            'e' => 'е',
            'f' => 'ф',
            'g' => 'г',
            'h' => 'х',
            'i' => 'и',
            'j' => 'ј',
            'k' => 'к',
            'l' => 'л',
            'm' => 'м',
            'n' => 'н',
            'o' => 'о',
            'p' => 'п',
            'r' => 'р',
            's' => 'с',
            'š' => 'ш',
            't' => 'т',
            'u' => 'у',
            'v' => 'в',
            'z' => 'з',
            'ž' => 'ж',
            'A' => 'А',
            'B' => 'Б',
            'C' => 'Ц',
            'Č' => 'Ч',
            'Ć' => 'Ћ',
            'D' => 'Д',
            'Đ' => 'Ђ',
            'E' => 'Е',
            'F' => 'Ф',
            'G' => 'Г',
            'H' => 'Х',
            'I' => 'И',
            'J' => 'Ј',
            'K' => 'К',
            'L' => 'Л',
            'M' => 'М',
            'N' => 'Н',
            'O' => 'О',
            'P' => 'П',
            'R' => 'Р',
            'S' => 'С',
            'Š' => 'Ш',
            'T' => 'Т',
            'U' => 'У',
            'V' => 'В',
            'Z' => 'З',
            'Ž' => 'Ж',
            other => other,
        });
        i += 1;
    }
    out
}

/// Names of products and bodies that Serbian Cyrillic text writes in Latin script.
const KEEP: [&str; 23] = [
    "Roundtable",
    "Outlook",
    "Exchange",
    "Google",
    "Calendar",
    "Apple",
    "Thunderbird",
    "Microsoft",
    "Teams",
    "Zoom",
    "Meet",
    "Webex",
    "iCalendar",
    "Markdown",
    "Chromium",
    "Firefox",
    "Excel",
    "Word",
    "English",
    "Deutsch",
    "Français",
    "OpenDocument",
    "Ctrl",
];

/// Whether a token stays in Latin script: a code in capitals (CSV, PDF, RSVP, DTSTART), a
/// product's name, or anything with letters not in the Serbian alphabet (q, w, x, y: English
/// words) or digits.
fn keeps_latin(token: &str) -> bool {
    let letters: Vec<char> = token.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    all_caps
        || KEEP.contains(&token)
        || token
            .chars()
            .any(|c| matches!(c.to_ascii_lowercase(), 'q' | 'w' | 'x' | 'y') || c.is_ascii_digit())
}

/// A piece of message text: words transliterated, addresses and codes kept.
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for token in s.split_inclusive(char::is_whitespace) {
        let body = token.trim_end();
        let space = &token[body.len()..];
        // Addresses, paths and zone names (Europe/Tirane, application/json), and names quoted
        // as code (`since`, 'file') stay as written.
        let is_address = body.contains("://")
            || body.contains('@')
            || body.starts_with('.')
            || body.contains("www.")
            || body.contains('/')
            || body.starts_with('`')
            || body.starts_with('\'');
        if is_address || body.split(|c: char| !c.is_alphanumeric()).any(keeps_latin) {
            // Transliterate only the parts that are plain Serbian words.
            if is_address {
                out.push_str(body);
            } else {
                let mut piece = String::new();
                let flush = |piece: &mut String, out: &mut String| {
                    if keeps_latin(piece) {
                        out.push_str(piece);
                    } else {
                        out.push_str(&word(piece));
                    }
                    piece.clear();
                };
                for c in body.chars() {
                    if c.is_alphanumeric() {
                        piece.push(c);
                    } else {
                        flush(&mut piece, &mut out);
                        out.push(c);
                    }
                }
                flush(&mut piece, &mut out);
            }
        } else {
            out.push_str(&word(body));
        }
        out.push_str(space);
    }
    out
}

/// A whole Fluent file: the text of every message and variant in Cyrillic, everything else
/// as it was.
pub fn transliterate_ftl(src: &str) -> String {
    let mut out = String::with_capacity(src.len() * 2);
    for line in src.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with('#') || trimmed.trim().is_empty() {
            out.push_str(line);
            continue;
        }
        // `key = value` at the start of a line; continuation lines are all value.
        let (head, value) = if !line.starts_with(char::is_whitespace) {
            match line.find('=') {
                Some(i) => line.split_at(i + 1),
                None => (line, ""),
            }
        } else {
            ("", line)
        };
        out.push_str(head);
        out.push_str(&value_text(value));
    }
    out
}

/// The text of a value, skipping `{ ... }` placeables (variables, selectors) and the `[key]` /
/// `*[key]` of variants.
fn value_text(v: &str) -> String {
    let mut out = String::with_capacity(v.len() * 2);
    let mut depth = 0usize;
    let mut plain = String::new();
    let flush = |plain: &mut String, out: &mut String| {
        out.push_str(&text(plain));
        plain.clear();
    };
    // A variant key starts the line of a variant: `[one]` or `*[other]` after indentation.
    let trimmed = v.trim_start();
    let variant_key_len = if trimmed.starts_with('[') || trimmed.starts_with("*[") {
        trimmed.find(']').map(|i| v.len() - trimmed.len() + i + 1)
    } else {
        None
    };
    let mut pos = 0;
    for c in v.chars() {
        let len = c.len_utf8();
        if variant_key_len.is_some_and(|k| pos < k) {
            out.push(c);
            pos += len;
            continue;
        }
        match c {
            '{' => {
                if depth == 0 {
                    flush(&mut plain, &mut out);
                }
                depth += 1;
                out.push(c);
            }
            '}' if depth > 0 => {
                depth -= 1;
                out.push(c);
            }
            _ if depth > 0 => {
                // Inside a selector, a variant's text after `]` is text again: `[one] jedan`.
                out.push(c);
            }
            _ => plain.push(c),
        }
        pos += len;
    }
    flush(&mut plain, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_become_cyrillic_and_digraphs_one_letter() {
        assert_eq!(text("Ljubljana, njegov džep i Đorđe"), "Љубљана, његов џеп и Ђорђе");
        assert_eq!(text("Sačuvajte izmene"), "Сачувајте измене");
        assert_eq!(text("NJEGOŠ"), "NJEGOŠ", "a word in capitals reads as a code and stays");
    }

    #[test]
    fn codes_addresses_and_foreign_words_stay_latin() {
        assert_eq!(
            text("Preuzmite CSV ili .ics sa https://example.org/x i pišite na sec@example.org"),
            "Преузмите CSV или .ics са https://example.org/x и пишите на sec@example.org"
        );
        assert_eq!(
            text("Uvoz iz Outlook-a i Google Calendar-a"),
            "Увоз из Outlook-а и Google Calendar-а"
        );
        assert_eq!(text("Roundtable: 2 nova"), "Roundtable: 2 нова");
        assert_eq!(
            text("Zona Europe/Tirane, polje 'file' i `since` na English"),
            "Зона Europe/Tirane, поље 'file' и `since` на English"
        );
    }

    #[test]
    fn a_fluent_file_keeps_its_keys_variables_and_variant_keys() {
        let src = "# komentar ostaje\nevent-title = Naziv događaja\nitems = { $count ->\n    [one] { $count } zadatak\n    [few] { $count } zadatka\n   *[other] { $count } zadataka\n}\nhello = Zdravo, { $name }!\n";
        let out = transliterate_ftl(src);
        assert_eq!(
            out,
            "# komentar ostaje\nevent-title = Назив догађаја\nitems = { $count ->\n    [one] { $count } задатак\n    [few] { $count } задатка\n   *[other] { $count } задатака\n}\nhello = Здраво, { $name }!\n"
        );
        assert!(fluent_bundle::FluentResource::try_new(out).is_ok());
    }
}
