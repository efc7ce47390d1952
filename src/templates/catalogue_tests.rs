//! Every sentence a user reads comes from the message catalogue (`locales/en/main.ftl`):
//!
//! - no template holds literal text a reader sees (text nodes; the `title`, `alt`,
//!   `placeholder` and `aria-label` attributes; the `value` of an input button; all of an
//!   email's text parts) outside `{{...}}`;
//! - every key the templates and `src/` name exists in the English catalogue, once.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::Embedded;

/// Words allowed as they are: the product's name is not translated.
const ALLOWED_WORDS: [&str; 1] = ["Roundtable"];

/// Attributes whose value a reader sees (or hears from a screen reader).
const READ_ATTRIBUTES: [&str; 4] = ["title", "alt", "placeholder", "aria-label"];

/// Stands for a `{{...}}` expression once the template is read as HTML.
const EXPR: char = '\u{1}';

/// The template with its comments removed and every `{{...}}` replaced by [`EXPR`].
fn without_expressions(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let close = if after.starts_with("{{!--") {
            after.find("--}}").map(|i| i + 4)
        } else if after.starts_with("{{{") {
            after.find("}}}").map(|i| i + 3)
        } else {
            after.find("}}").map(|i| i + 2)
        };
        let Some(close) = close else {
            out.push_str(after);
            return out;
        };
        if !after.starts_with("{{!") {
            out.push(EXPR);
        }
        rest = &after[close..];
    }
    out.push_str(rest);
    out
}

/// Whether `text` holds a word: letters outside expressions, character references and the
/// allowed words. Punctuation, numbers and signs such as "·", "–", "›" or "*" are no words.
fn has_words(text: &str) -> bool {
    let mut t = text.replace(EXPR, " ");
    for w in ALLOWED_WORDS {
        t = t.replace(w, " ");
    }
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '&' {
            // `&nbsp;`, `&middot;`, `&#8594;`: a sign, not a word.
            let reference: String = chars.clone().take_while(|c| *c != ';').collect();
            if reference.len() <= 10 && reference.chars().all(|c| c.is_ascii_alphanumeric() || c == '#') {
                for _ in 0..=reference.len() {
                    chars.next();
                }
                continue;
            }
        }
        if c.is_alphabetic() {
            return true;
        }
    }
    false
}

/// The attributes of a start tag (`<a href="x" hidden>` -> [("href", "x"), ("hidden", "")]).
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = vec![];
    let b: Vec<char> = tag.chars().collect();
    let mut i = b.iter().position(|c| c.is_whitespace()).unwrap_or(b.len());
    while i < b.len() {
        while i < b.len() && (b[i].is_whitespace() || b[i] == '/') {
            i += 1;
        }
        let start = i;
        while i < b.len() && !b[i].is_whitespace() && b[i] != '=' && b[i] != '/' {
            i += 1;
        }
        let name: String = b[start..i].iter().collect::<String>().to_ascii_lowercase();
        let mut value = String::new();
        if i < b.len() && b[i] == '=' {
            i += 1;
            if i < b.len() && (b[i] == '"' || b[i] == '\'') {
                let quote = b[i];
                i += 1;
                while i < b.len() && b[i] != quote {
                    value.push(b[i]);
                    i += 1;
                }
                i += 1;
            } else {
                while i < b.len() && !b[i].is_whitespace() {
                    value.push(b[i]);
                    i += 1;
                }
            }
        }
        if !name.is_empty() {
            out.push((name, value));
        }
    }
    out
}

/// The literal text a reader sees in a template, as it is written there.
fn literal_text(file: &str, source: &str) -> Vec<String> {
    let source = without_expressions(source);
    let words = |t: &str| has_words(t).then(|| t.replace(EXPR, "{{…}}").trim().to_string());
    if file.ends_with(".txt.hbs") {
        // A subject or plain-text body: everything is read.
        return source.split(EXPR).filter_map(words).collect();
    }
    let mut found = vec![];
    let mut rest = source.as_str();
    while !rest.is_empty() {
        let Some(open) = rest.find('<') else {
            found.extend(words(rest));
            break;
        };
        found.extend(words(&rest[..open]));
        rest = &rest[open..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |i| &comment[i + 3..]);
            continue;
        }
        // The end of the tag: the first `>` outside a quoted attribute value.
        let mut quote = None;
        let end = rest
            .char_indices()
            .find(|&(_, c)| match quote {
                Some(q) if c == q => {
                    quote = None;
                    false
                }
                Some(_) => false,
                None if c == '"' || c == '\'' => {
                    quote = Some(c);
                    false
                }
                None => c == '>',
            })
            .map_or(rest.len(), |(i, _)| i);
        let tag = &rest[1..end];
        rest = rest.get(end + 1..).unwrap_or("");
        let name: String = tag
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '/')
            .collect::<String>()
            .to_ascii_lowercase();
        if name.starts_with('!') || name.starts_with('/') {
            continue;
        }
        let attrs = attributes(tag);
        let input_button = name == "input"
            && attrs
                .iter()
                .any(|(a, v)| a == "type" && matches!(v.as_str(), "submit" | "button" | "reset"));
        for (a, v) in &attrs {
            if READ_ATTRIBUTES.contains(&a.as_str()) || (a == "value" && input_button) {
                found.extend(words(v).map(|w| format!("{a}=\"{w}\"")));
            }
        }
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            rest = rest.find(&close).map_or("", |i| &rest[i..]);
        }
    }
    found
}

#[test]
fn no_template_holds_literal_text_a_reader_sees() {
    let mut found = vec![];
    for file in Embedded::iter() {
        let source = String::from_utf8(Embedded::get(&file).unwrap().data.into_owned()).unwrap();
        for text in literal_text(&file, &source) {
            found.push(format!("templates/{file}: {text}"));
        }
    }
    assert!(
        found.is_empty(),
        "literal text in templates; put it in locales/en/main.ftl and use {{{{t \"key\"}}}}:\n{}",
        found.join("\n")
    );
}

/// The check finds what it is for (and leaves signs, numbers, data and catalogue text alone).
#[test]
fn the_literal_text_check_finds_text_nodes_read_attributes_and_mail_text() {
    let page = r#"<h1>Hello {{name}}</h1><p>{{a}} · {{b}} – 3 › {{t "x"}}&nbsp;*</p>
        <a href="/x" title="Open it">{{t "open"}}</a><img src="a.png" alt="">
        <input type="submit" value="Send"><input type="hidden" name="on" value="yes">
        <button name="decision" value="accept">{{t "accept"}}</button>
        <input placeholder="{{t "search"}}" aria-label='Search here'>
        {{!-- a comment with words --}}<!-- an HTML comment --><script>let words = 1;</script>
        <p>Roundtable</p>"#;
    assert_eq!(
        literal_text("pages/x.html.hbs", page),
        [
            "Hello {{…}}",
            "title=\"Open it\"",
            "value=\"Send\"",
            "aria-label=\"Search here\""
        ]
    );
    assert_eq!(
        literal_text(
            "emails/x/subject.txt.hbs",
            "{{#if a}}New: {{title}}{{else}}{{t \"k\"}}{{/if}}\n"
        ),
        ["New:"]
    );
}

/// The message ids of a catalogue, each with the number of times it is defined.
fn catalogue_keys(source: &str) -> BTreeMap<String, usize> {
    let mut keys = BTreeMap::new();
    for line in source.lines() {
        let Some((id, _)) = line.split_once('=') else { continue };
        let id = id.trim_end();
        let first = id.chars().next();
        if first.is_some_and(|c| c.is_ascii_alphabetic())
            && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            *keys.entry(id.to_string()).or_insert(0) += 1;
        }
    }
    keys
}

/// The arguments of the call whose `(` ends `text[..open]`, as written (top level only).
fn call_arguments(text: &str, open: usize) -> Vec<&str> {
    let b = text.as_bytes();
    let (mut depth, mut i, mut start) = (0usize, open + 1, open + 1);
    let mut args = vec![];
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth > 0 => depth -= 1,
            b')' => {
                args.push(text[start..i].trim());
                return args;
            }
            b',' if depth == 0 => {
                args.push(text[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    args
}

/// `"key"` -> `key`, when the argument is one string literal.
fn literal(arg: Option<&&str>) -> Option<String> {
    let inner = arg?.strip_prefix('"')?.strip_suffix('"')?;
    (!inner.is_empty() && inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .then(|| inner.to_string())
}

/// (key, where) for every catalogue key a Rust source names: `msg("k")`, `t(lang, "k")`,
/// `t_args(lang, "k", ..)`, `lookup(lang, "k", ..)`, `page.t("k")`, `page.done(url, "k")`, and
/// the import's `err(line, "k", ..)`; `label(lang, "prefix", code)` names a prefix (`prefix-`).
fn keys_in_rust(file: &str, source: &str) -> Vec<(String, String)> {
    // Test modules name keys that are meant not to exist; comments show examples.
    let code: String = source
        .split("#[cfg(test)]")
        .next()
        .unwrap_or("")
        .lines()
        .map(|l| if l.trim_start().starts_with("//") { "" } else { l })
        .collect::<Vec<_>>()
        .join("\n");
    let code = code.as_str();
    let mut out = vec![];
    for (at, _) in code.match_indices('(') {
        let before = &code[..at];
        let name_start = before
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |i| i + 1);
        let name = &before[name_start..];
        let method = before[..name_start].ends_with('.');
        let (index, prefix) = match (name, method) {
            ("msg", false) => (0, false),
            ("t", true) => (0, false),
            ("t" | "t_args" | "lookup", false) | ("done", true) => (1, false),
            ("label", _) => (1, true),
            ("err", false) => (1, false),
            _ => continue,
        };
        let args = call_arguments(code, at);
        let Some(key) = literal(args.get(index)) else { continue };
        if name == "err" && !key.contains('-') {
            continue;
        }
        let line = code[..at].lines().count();
        out.push((if prefix { format!("{key}-") } else { key }, format!("{file}:{line}")));
    }
    out
}

/// (key, where) for every catalogue key a template names: `{{t "k"}}`, `(t "k")`, and the
/// `label`, `hint`, `caption` and `blank` keys handed to a partial.
fn keys_in_template(file: &str, source: &str) -> Vec<(String, String)> {
    let mut out = vec![];
    for opening in ["{{t \"", "(t \""] {
        for (at, _) in source.match_indices(opening) {
            let rest = &source[at + opening.len()..];
            if let Some(end) = rest.find('"') {
                out.push((rest[..end].to_string(), format!("templates/{file}")));
            }
        }
    }
    for (at, _) in source.match_indices("{{> ") {
        let call = &source[at..at + source[at..].find("}}").unwrap_or(0)];
        for param in ["label=\"", "hint=\"", "caption=\"", "blank=\""] {
            for (p, _) in call.match_indices(param) {
                let rest = &call[p + param.len()..];
                if let Some(end) = rest.find('"') {
                    out.push((rest[..end].to_string(), format!("templates/{file}")));
                }
            }
        }
    }
    out
}

fn rust_sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            && path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| !n.ends_with("tests.rs"))
        {
            let text = std::fs::read_to_string(&path).unwrap();
            let root = Path::new(env!("CARGO_MANIFEST_DIR"));
            out.push((path.strip_prefix(root).unwrap().display().to_string(), text));
        }
    }
}

#[test]
fn every_key_used_exists_once_in_the_english_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogue = std::fs::read_to_string(root.join("locales/en/main.ftl")).unwrap();
    let keys = catalogue_keys(&catalogue);
    let twice: Vec<&String> = keys.iter().filter(|(_, n)| **n > 1).map(|(k, _)| k).collect();
    assert!(twice.is_empty(), "defined more than once in main.ftl: {twice:?}");

    let mut used = vec![];
    for file in Embedded::iter() {
        let source = String::from_utf8(Embedded::get(&file).unwrap().data.into_owned()).unwrap();
        used.extend(keys_in_template(&file, &source));
    }
    let mut sources = vec![];
    rust_sources(&root.join("src"), &mut sources);
    for (file, text) in &sources {
        used.extend(keys_in_rust(file, text));
    }
    assert!(used.len() > 900, "the key search found only {} uses", used.len());
    let missing: BTreeSet<String> = used
        .iter()
        .filter(|(key, _)| match key.strip_suffix('-') {
            Some(prefix) => !keys.keys().any(|k| k.starts_with(&format!("{prefix}-"))),
            None => !keys.contains_key(key),
        })
        .map(|(key, at)| format!("{key} ({at})"))
        .collect();
    assert!(
        missing.is_empty(),
        "keys missing from locales/en/main.ftl:\n{}",
        missing.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn the_key_search_reads_calls_and_templates() {
    let code = r#"fn f() { e.add("x", msg("validate-required").arg("max", 3)); t(&lang, "app-name");
        crate::i18n::t_args(page.lang(), "paging-summary", &[("page", 1.into())]); page.t("yes");
        page.done(&format!("/d/{}", id), "document-saved"); label(lang, "service", code);
        t(lang, key); }
        #[cfg(test)] mod tests { fn g() { lookup("en", "no-such-key", &[]); } }"#;
    let keys: Vec<String> = keys_in_rust("x.rs", code).into_iter().map(|(k, _)| k).collect();
    assert_eq!(
        keys,
        [
            "validate-required",
            "app-name",
            "paging-summary",
            "yes",
            "document-saved",
            "service-"
        ]
    );
    let page = r#"{{t "a-b"}} {{t "c" n=(t "d-e")}} {{> partials/field name="x" label="f-g" hint="h"}}"#;
    let keys: Vec<String> = keys_in_template("x", page).into_iter().map(|(k, _)| k).collect();
    assert_eq!(keys, ["a-b", "c", "d-e", "f-g", "h"]);
    assert_eq!(catalogue_keys("a = A\n# c = no\n  b = B\nc-d = {\"x\"}\n").len(), 2);
}
