//! The house rules of docs/ARCHITECTURE.md, checked on the source text so that a change which
//! breaks one fails here with the file and the import named:
//!
//! - imports run one way: nothing in `services/`, `mail/`, `auth/`, `storage/` or `jobs/` uses
//!   `routes`, `views`, `forms` or `startup`;
//! - a route file never uses another area's route file (shared pieces live in `views/`);
//! - no import cycle spans more than two files;
//! - no file in `src/` is longer than 800 lines.
//!
//! Test modules (`#[cfg(test)] mod ... { }`) and test-only files are left out: a test may reach
//! anywhere.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 800;

/// Lower layers and the upper layers they must not use.
const LOWER: [&str; 5] = ["services", "mail", "auth", "storage", "jobs"];
const UPPER: [&str; 4] = ["routes", "views", "forms", "startup"];

/// Route files every route file may use: the route table, error pages, upload reading, assets.
const SHARED_ROUTE_FILES: [&str; 4] = [
    "routes/mod.rs",
    "routes/errors.rs",
    "routes/uploads.rs",
    "routes/assets.rs",
];

struct Source {
    /// Path below `src/`, with `/` separators.
    rel: String,
    text: String,
}

fn sources() -> Vec<Source> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<Source>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                out.push(Source {
                    rel,
                    text: std::fs::read_to_string(&path).unwrap(),
                });
            }
        }
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = vec![];
    walk(&root, &root, &mut out);
    assert!(out.len() > 50, "expected the source tree under {}", root.display());
    out
}

/// The module path of a file: `services/legal/mod.rs` -> ["services", "legal"].
fn module_of(rel: &str) -> Vec<String> {
    let mut parts: Vec<String> = rel.trim_end_matches(".rs").split('/').map(String::from).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts
}

/// The text without comments, string contents and `#[cfg(test)] mod x { ... }` blocks.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
            i += 2;
            while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
        } else if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if b[i] == b'\'' && b.get(i + 2) == Some(&b'\'') {
            // A char literal such as '{' must not count as a brace.
            i += 3;
            out.push_str("' '");
        } else if b[i] == b'\'' && b.get(i + 1) == Some(&b'\\') {
            i += 2;
            while i < b.len() && b[i] != b'\'' {
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(b[i] as char);
            i += 1;
        }
    }
    strip_test_modules(&out)
}

fn strip_test_modules(code: &str) -> String {
    let mut code = code.to_string();
    while let Some(start) = code.find("#[cfg(test)]") {
        let rest = &code[start + "#[cfg(test)]".len()..];
        let trimmed = rest.trim_start();
        let is_inline_mod = trimmed
            .strip_prefix("pub ")
            .unwrap_or(trimmed)
            .strip_prefix("mod ")
            .and_then(|r| {
                let name_end = r.find(|c: char| !(c.is_alphanumeric() || c == '_'))?;
                Some(r[name_end..].trim_start().starts_with('{'))
            })
            .unwrap_or(false);
        if !is_inline_mod {
            // `#[cfg(test)] mod x;` or a test-only item: drop the attribute only.
            code.replace_range(start..start + "#[cfg(test)]".len(), "");
            continue;
        }
        let open = start + code[start..].find('{').unwrap();
        let mut depth = 0;
        let mut end = code.len();
        for (k, c) in code[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + k + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        code.replace_range(start..end, "");
    }
    code
}

/// Every path written after `crate::` or `super::`, with `{a, b::c}` groups expanded,
/// relative to the crate root.
fn paths_used(code: &str, module: &[String]) -> Vec<Vec<String>> {
    let mut out = vec![];
    let bytes = code.as_bytes();
    let mut starts: Vec<(usize, bool)> = code.match_indices("crate::").map(|(i, _)| (i, true)).collect();
    starts.extend(code.match_indices("super::").map(|(i, _)| (i, false)));
    for (at, root) in starts {
        // Part of a longer name, or a second `super::` (handled with the first).
        if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_' || bytes[at - 1] == b':') {
            continue;
        }
        let prefix: Vec<String> = if root {
            vec![]
        } else {
            module[..module.len().saturating_sub(1)].to_vec()
        };
        let start = at + if root { "crate::".len() } else { "super::".len() };
        let mut found = vec![];
        parse_tree(code, start, prefix, &mut found);
        for mut p in found {
            // `super::super::x` and `self` inside groups.
            while let Some(k) = p.iter().position(|s| s == "super") {
                p.remove(k);
                if k > 0 {
                    p.remove(k - 1);
                }
            }
            p.retain(|s| s != "self");
            out.push(p);
        }
    }
    out
}

/// Parses `a::b::{c, d::e}` from `i`; returns where it stopped.
fn parse_tree(code: &str, mut i: usize, mut prefix: Vec<String>, out: &mut Vec<Vec<String>>) -> usize {
    let b = code.as_bytes();
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < b.len() && b[i] == b'{' {
            i += 1;
            loop {
                i = parse_tree(code, i, prefix.clone(), out);
                i = skip_rename(code, i);
                match b.get(i) {
                    Some(b',') => {
                        i += 1;
                        while i < b.len() && b[i].is_ascii_whitespace() {
                            i += 1;
                        }
                        if b.get(i) == Some(&b'}') {
                            return i + 1;
                        }
                    }
                    Some(b'}') => return i + 1,
                    _ => return i,
                }
            }
        }
        let s = i;
        while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
            i += 1;
        }
        if s == i {
            out.push(prefix);
            return i;
        }
        prefix.push(code[s..i].to_string());
        if code[i..].starts_with("::") {
            i += 2;
        } else {
            out.push(prefix);
            return i;
        }
    }
}

/// Skips white space and an `as name` after a path.
fn skip_rename(code: &str, mut i: usize) -> usize {
    let b = code.as_bytes();
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    if code[i..].starts_with("as") && code[i + 2..].starts_with(|c: char| c.is_ascii_whitespace()) {
        i += 2;
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
            i += 1;
        }
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
    }
    i
}

/// The file each file uses (its own file left out).
fn import_graph(src: &[Source]) -> BTreeMap<String, BTreeSet<String>> {
    let modules: BTreeMap<Vec<String>, String> = src
        .iter()
        .filter(|s| s.rel != "main.rs")
        .map(|s| (module_of(&s.rel), s.rel.clone()))
        .collect();
    let resolve = |path: &[String]| (1..=path.len()).rev().find_map(|n| modules.get(&path[..n]).cloned());
    let mut graph = BTreeMap::new();
    for s in src {
        // The binary's entry point and files only compiled for tests are left out.
        if s.rel == "main.rs" || s.rel.ends_with("test_support.rs") {
            continue;
        }
        let code = code_only(&s.text);
        let module = module_of(&s.rel);
        let used: BTreeSet<String> = paths_used(&code, &module)
            .iter()
            .filter_map(|p| resolve(p))
            .filter(|t| *t != s.rel)
            .collect();
        graph.insert(s.rel.clone(), used);
    }
    graph
}

fn top(rel: &str) -> &str {
    rel.split('/').next().unwrap().trim_end_matches(".rs")
}

#[test]
fn lower_layers_never_use_routes_views_forms_or_startup() {
    let graph = import_graph(&sources());
    let bad: Vec<String> = graph
        .iter()
        .filter(|(from, _)| LOWER.contains(&top(from)))
        .flat_map(|(from, to)| {
            to.iter()
                .filter(|t| UPPER.contains(&top(t)))
                .map(move |t| format!("{from} uses {t}"))
        })
        .collect();
    assert!(
        bad.is_empty(),
        "imports must run one way (docs/ARCHITECTURE.md):\n{}",
        bad.join("\n")
    );
}

#[test]
fn a_route_file_never_uses_another_areas_route_file() {
    let area = |rel: &str| rel.split('/').nth(1).unwrap_or("").trim_end_matches(".rs").to_string();
    let graph = import_graph(&sources());
    let bad: Vec<String> = graph
        .iter()
        .filter(|(from, _)| from.starts_with("routes/"))
        .flat_map(|(from, to)| {
            to.iter()
                .filter(|t| t.starts_with("routes/") && !SHARED_ROUTE_FILES.contains(&t.as_str()))
                .filter(move |t| area(t) != area(from))
                .map(move |t| format!("{from} uses {t}"))
        })
        .collect();
    assert!(
        bad.is_empty(),
        "a piece shown on another area's page belongs in views/ (docs/ARCHITECTURE.md):\n{}",
        bad.join("\n")
    );
}

#[test]
fn no_import_cycle_spans_more_than_two_files() {
    let graph = import_graph(&sources());
    // Tarjan's strongly connected components.
    struct State<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        next: usize,
        components: Vec<Vec<&'a str>>,
    }
    fn visit<'a>(st: &mut State<'a>, v: &'a str) {
        st.index.insert(v, st.next);
        st.low.insert(v, st.next);
        st.next += 1;
        st.stack.push(v);
        st.on_stack.insert(v);
        let graph = st.graph;
        for w in graph.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !graph.contains_key(w) {
                continue;
            }
            if !st.index.contains_key(w) {
                visit(st, w);
                let lw = st.low[w];
                let lv = st.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if st.on_stack.contains(w) {
                let iw = st.index[w];
                let lv = st.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if st.low[v] == st.index[v] {
            let mut component = vec![];
            while let Some(w) = st.stack.pop() {
                st.on_stack.remove(w);
                component.push(w);
                if w == v {
                    break;
                }
            }
            st.components.push(component);
        }
    }
    let mut st = State {
        graph: &graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: vec![],
        on_stack: BTreeSet::new(),
        next: 0,
        components: vec![],
    };
    for v in graph.keys() {
        if !st.index.contains_key(v.as_str()) {
            visit(&mut st, v);
        }
    }
    let cycles: Vec<String> = st
        .components
        .iter()
        .filter(|c| c.len() > 2)
        .map(|c| {
            let mut files = c.clone();
            files.sort_unstable();
            let inside = |f: &str| {
                graph[f]
                    .iter()
                    .filter(|t| files.contains(&t.as_str()))
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            files
                .iter()
                .map(|f| format!("  {f} -> {}", inside(f)))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect();
    assert!(
        cycles.is_empty(),
        "import cycles over two files (docs/ARCHITECTURE.md):\n{}",
        cycles.join("\n\n")
    );
}

#[test]
fn no_source_file_is_longer_than_800_lines() {
    let long: Vec<String> = sources()
        .iter()
        .map(|s| (s.rel.clone(), s.text.lines().count()))
        .filter(|(_, n)| *n > MAX_LINES)
        .map(|(f, n)| format!("src/{f}: {n} lines"))
        .collect();
    assert!(long.is_empty(), "split these by responsibility:\n{}", long.join("\n"));
}

/// The checks above would pass on nothing at all: make sure the parser sees real imports.
#[test]
fn the_import_parser_reads_groups_nested_paths_and_super() {
    let code = code_only(
        "use crate::services::{legal::entries, self as s, mail::{Mailer, Notifier}};\n\
         fn f() { super::x::y(); let _ = \"crate::routes::fake\"; }\n\
         // crate::routes::in_a_comment\n\
         #[cfg(test)] mod tests { use crate::routes::only_in_tests; }\n",
    );
    let mut used = paths_used(&code, &["views".into(), "legal".into()]);
    used.sort();
    let want: Vec<Vec<String>> = vec![
        vec!["services".into()],
        vec!["services".into(), "legal".into(), "entries".into()],
        vec!["services".into(), "mail".into(), "Mailer".into()],
        vec!["services".into(), "mail".into(), "Notifier".into()],
        vec!["views".into(), "x".into(), "y".into()],
    ];
    assert_eq!(used, want);
    let graph = import_graph(&sources());
    assert!(
        graph["state.rs"].contains("mail/mod.rs"),
        "state.rs uses the mail module"
    );
    assert!(
        graph["routes/legal/entries.rs"]
            .iter()
            .any(|t| t.starts_with("services/legal"))
    );
}
