//! Reading an upload into HSDS tables: a ZIP tabular data package (`datapackage.json` and CSV
//! files) or HSDS JSON (an array of services with everything inside). Hostile input is expected:
//! the size of the upload, the number of ZIP entries, each entry's unpacked size (checked while
//! unpacking, not only as the entry declares it), the unpacked total and the rows of each file
//! are all bounded. Nothing here touches the database.

use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read};

use serde_json::Value;

use super::{Limits, Problem};
use crate::i18n::{Arg, Msg, msg};

/// The HSDS tables we read, each with its file in our export and the columns it must have.
pub const TABLES: &[(&str, &str, &[&str])] = &[
    ("organization", "organizations.csv", &["id", "name"]),
    ("service", "services.csv", &["id", "organization_id", "name"]),
    ("location", "locations.csv", &["id"]),
    ("address", "addresses.csv", &["location_id"]),
    (
        "service_at_location",
        "service_at_location.csv",
        &["service_id", "location_id"],
    ),
    ("phone", "phones.csv", &["id", "number"]),
    ("contact", "contacts.csv", &["id", "service_id"]),
    ("schedule", "schedules.csv", &["service_id"]),
    ("language", "languages.csv", &["service_id"]),
    ("service_area", "service_areas.csv", &["service_id"]),
    ("unit", "units.csv", &["id"]),
    (
        "service_capacity",
        "service_capacity.csv",
        &["id", "service_id", "unit_id"],
    ),
    ("taxonomy_term", "taxonomy_terms.csv", &["id", "code"]),
    ("attribute", "attributes.csv", &["link_id", "taxonomy_term_id"]),
];

/// The file HSDS JSON is reported as.
pub const JSON_FILE: &str = "services.json";

/// One row of a table: where it came from (for messages) and its cells by column.
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub file: String,
    /// CSV: the line the record starts on (the header is line 1). JSON: the service's position
    /// in the array, from 1.
    pub line: u64,
    /// JSON: the path of the object inside the service, e.g. `phones[0].`.
    pub prefix: String,
    pub cells: HashMap<String, String>,
}

impl Row {
    /// A cell, trimmed; empty when the column is absent.
    pub fn get(&self, column: &str) -> &str {
        self.cells.get(column).map(|v| v.trim()).unwrap_or("")
    }

    /// A cell as written (only line breaks normalised by the services' own checks later).
    pub fn raw(&self, column: &str) -> &str {
        self.cells.get(column).map(String::as_str).unwrap_or("")
    }

    pub fn problem(&self, column: &str, message: Msg) -> Problem {
        Problem {
            file: Some(self.file.clone()),
            line: Some(self.line),
            field: format!("{}{column}", self.prefix),
            message,
        }
    }
}

/// The tables of a package. A table the package does not have is absent (not empty): the
/// import then leaves what it describes as it is.
#[derive(Debug, Default)]
pub struct Tables {
    pub rows: HashMap<&'static str, Vec<Row>>,
    /// The file each table was read from.
    pub files: HashMap<&'static str, String>,
}

impl Tables {
    pub fn has(&self, table: &str) -> bool {
        self.rows.contains_key(table)
    }

    pub fn of(&self, table: &str) -> &[Row] {
        self.rows.get(table).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn file(&self, table: &str) -> String {
        self.files
            .get(table)
            .cloned()
            .unwrap_or_else(|| default_path(table).to_string())
    }
}

pub fn default_path(table: &str) -> &'static str {
    TABLES
        .iter()
        .find(|(name, _, _)| *name == table)
        .map(|(_, path, _)| *path)
        .unwrap_or("")
}

fn in_file(file: &str, line: Option<u64>, field: &str, message: Msg) -> Problem {
    Problem {
        file: Some(file.to_string()),
        line,
        field: field.to_string(),
        message,
    }
}

/// A size for messages ("20.0 MB").
pub fn size(bytes: u64) -> Msg {
    msg("size-mb").arg(
        "mb",
        Arg::Tenths((bytes as f64 / (1024.0 * 1024.0) * 10.0).round() as i64),
    )
}

/// What the upload is, from its bytes: a ZIP, JSON, or neither.
pub fn read(body: &[u8], limits: &Limits) -> Result<Tables, Vec<Problem>> {
    if body.is_empty() {
        return Err(vec![Problem::whole(msg("hsds-import-error-empty"))]);
    }
    if body.len() as u64 > limits.package {
        return Err(vec![Problem::whole(
            msg("hsds-import-error-too-large").arg("limit", size(limits.package)),
        )]);
    }
    if body.starts_with(b"PK\x03\x04") || body.starts_with(b"PK\x05\x06") {
        return read_zip(body, limits);
    }
    let text = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    let first = text.iter().find(|b| !b.is_ascii_whitespace());
    if matches!(first, Some(b'[') | Some(b'{')) {
        return read_json(text, limits);
    }
    Err(vec![Problem::whole(msg("hsds-import-error-not-package"))])
}

// ---------------------------------------------------------------------------------------------
// The tabular data package

fn read_zip(body: &[u8], limits: &Limits) -> Result<Tables, Vec<Problem>> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(body)).map_err(|_| vec![Problem::whole(msg("hsds-import-error-zip"))])?;
    if zip.len() > limits.entries {
        return Err(vec![Problem::whole(
            msg("hsds-import-error-too-many-files").arg("limit", limits.entries),
        )]);
    }
    let mut unpacked: u64 = 0;
    // Where each table is: as datapackage.json says, else our export's file names.
    let mut paths: HashMap<&'static str, String> =
        TABLES.iter().map(|(name, path, _)| (*name, path.to_string())).collect();
    let descriptor = entry(&mut zip, "datapackage.json", limits, &mut unpacked).map_err(|p| vec![p])?;
    let Some(descriptor) = descriptor else {
        return Err(vec![Problem::whole(
            msg("hsds-import-error-file-missing").arg("file", "datapackage.json"),
        )]);
    };
    let descriptor: Value = serde_json::from_slice(&descriptor).map_err(|_| {
        vec![in_file(
            "datapackage.json",
            None,
            "",
            msg("hsds-import-error-descriptor"),
        )]
    })?;
    for r in descriptor["resources"].as_array().into_iter().flatten() {
        if let (Some(name), Some(path)) = (r["name"].as_str(), r["path"].as_str())
            && let Some((known, _, _)) = TABLES.iter().find(|(n, _, _)| *n == name)
        {
            paths.insert(known, path.trim_start_matches("./").to_string());
        }
    }

    let mut tables = Tables::default();
    let mut problems = vec![];
    for (name, _, required) in TABLES {
        let path = paths[*name].clone();
        match entry(&mut zip, &path, limits, &mut unpacked) {
            Ok(Some(bytes)) => match read_csv(&path, &bytes, required, limits.rows) {
                Ok(rows) => {
                    tables.rows.insert(*name, rows);
                    tables.files.insert(*name, path);
                }
                Err(mut p) => problems.append(&mut p),
            },
            Ok(None) => {}
            Err(p) => {
                let whole_package = p.file.is_none();
                problems.push(p);
                if whole_package {
                    break;
                }
            }
        }
    }
    if problems.iter().any(|p| p.file.is_none()) {
        return Err(problems);
    }
    // A package without organizations or services is not one we can read.
    for name in ["organization", "service"] {
        let path = paths[name].clone();
        if !tables.has(name) && !problems.iter().any(|p| p.file.as_deref() == Some(path.as_str())) {
            problems.push(Problem::whole(msg("hsds-import-error-file-missing").arg("file", path)));
        }
    }
    if problems.is_empty() { Ok(tables) } else { Err(problems) }
}

/// The bytes of ZIP entry `name` (`None` when there is none), unpacked within the limits: the
/// entry's declared size may lie, so at most one byte past the limit is ever read.
fn entry(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    limits: &Limits,
    unpacked: &mut u64,
) -> Result<Option<Vec<u8>>, Problem> {
    let Some(index) = zip.index_for_name(name) else {
        return Ok(None);
    };
    let unreadable = || in_file(name, None, "", msg("hsds-import-error-zip"));
    let too_large = || {
        in_file(
            name,
            None,
            "",
            msg("hsds-import-error-entry-too-large").arg("limit", size(limits.entry)),
        )
    };
    let file = zip.by_index(index).map_err(|_| unreadable())?;
    if file.size() > limits.entry {
        return Err(too_large());
    }
    let mut buf = Vec::new();
    file.take(limits.entry + 1)
        .read_to_end(&mut buf)
        .map_err(|_| unreadable())?;
    if buf.len() as u64 > limits.entry {
        return Err(too_large());
    }
    *unpacked += buf.len() as u64;
    if *unpacked > limits.unpacked {
        return Err(Problem::whole(
            msg("hsds-import-error-unpacked-too-large").arg("limit", size(limits.unpacked)),
        ));
    }
    Ok(Some(buf))
}

/// One CSV file: UTF-8 (a BOM allowed), a header line naming the columns, at most `max_rows`
/// records. Every unreadable line is reported, not only the first.
fn read_csv(file: &str, bytes: &[u8], required: &[&str], max_rows: usize) -> Result<Vec<Row>, Vec<Problem>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if std::str::from_utf8(bytes).is_err() {
        return Err(vec![in_file(file, None, "", msg("hsds-import-error-utf8"))]);
    }
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(bytes);
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_string()).collect(),
        Err(_) => return Err(vec![in_file(file, Some(1), "", msg("hsds-import-error-csv"))]),
    };
    let mut problems: Vec<Problem> = required
        .iter()
        .filter(|c| !headers.iter().any(|h| h == *c))
        .map(|c| in_file(file, Some(1), c, msg("hsds-import-error-column").arg("column", *c)))
        .collect();
    let mut rows = vec![];
    for record in reader.records() {
        if rows.len() >= max_rows {
            problems.push(in_file(
                file,
                None,
                "",
                msg("hsds-import-error-too-many-rows").arg("limit", max_rows),
            ));
            break;
        }
        match record {
            Ok(r) => {
                let line = r.position().map(|p| p.line()).unwrap_or(0);
                rows.push(Row {
                    file: file.to_string(),
                    line,
                    prefix: String::new(),
                    cells: headers.iter().cloned().zip(r.iter().map(str::to_string)).collect(),
                });
            }
            Err(e) => {
                let line = e.position().map(|p| p.line());
                problems.push(in_file(file, line, "", msg("hsds-import-error-csv")));
                if problems.len() > 100 {
                    break;
                }
            }
        }
    }
    if problems.is_empty() { Ok(rows) } else { Err(problems) }
}

// ---------------------------------------------------------------------------------------------
// HSDS JSON

/// A JSON value as a cell: numbers without a needless ".0", true/false, null as empty.
fn cell(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
            _ => n.to_string(),
        }),
        Value::Bool(b) => Some(b.to_string()),
        Value::Null => Some(String::new()),
        _ => None,
    }
}

struct Flattener<'a> {
    tables: Tables,
    seen: HashMap<&'static str, HashSet<String>>,
    count: usize,
    limits: &'a Limits,
}

impl Flattener<'_> {
    /// Adds `object`'s scalar fields as a row of `table` (with `fill` for missing link columns).
    /// Units, terms and organizations repeat across services: each is kept once.
    fn add(&mut self, table: &'static str, line: u64, prefix: String, object: &Value, fill: &[(&str, &str)]) -> bool {
        let Some(map) = object.as_object() else {
            return false;
        };
        let mut cells: HashMap<String, String> = map.iter().filter_map(|(k, v)| Some((k.clone(), cell(v)?))).collect();
        for (k, v) in fill {
            let slot = cells.entry(k.to_string()).or_default();
            if slot.trim().is_empty() {
                *slot = v.to_string();
            }
        }
        if matches!(table, "unit" | "taxonomy_term" | "organization") {
            let id = cells.get("id").cloned().unwrap_or_default();
            if !self.seen.entry(table).or_default().insert(id) {
                return true;
            }
        }
        self.count += 1;
        self.tables.files.entry(table).or_insert_with(|| JSON_FILE.to_string());
        self.tables.rows.entry(table).or_default().push(Row {
            file: JSON_FILE.to_string(),
            line,
            prefix,
            cells,
        });
        true
    }

    fn list<'v>(service: &'v Value, key: &str) -> impl Iterator<Item = (usize, &'v Value)> {
        service[key].as_array().into_iter().flatten().enumerate()
    }

    fn service(&mut self, line: u64, s: &Value) {
        let sid = s["id"].as_str().unwrap_or_default().to_string();
        if let Some(org) = s.get("organization") {
            self.add("organization", line, "organization.".into(), org, &[]);
        }
        self.add("service", line, String::new(), s, &[]);
        let fill = [("service_id", sid.as_str())];
        for (i, x) in Self::list(s, "service_at_locations") {
            let location = &x["location"];
            let lid = location["id"].as_str().unwrap_or_default().to_string();
            let p = format!("service_at_locations[{i}].");
            self.add(
                "service_at_location",
                line,
                p.clone(),
                x,
                &[("service_id", sid.as_str()), ("location_id", lid.as_str())],
            );
            if location.is_object() {
                self.add("location", line, format!("{p}location."), location, &[]);
                for (j, a) in Self::list(location, "addresses") {
                    self.add(
                        "address",
                        line,
                        format!("{p}location.addresses[{j}]."),
                        a,
                        &[("location_id", lid.as_str())],
                    );
                }
            }
        }
        for (key, table) in [
            ("phones", "phone"),
            ("contacts", "contact"),
            ("schedules", "schedule"),
            ("languages", "language"),
            ("service_areas", "service_area"),
        ] {
            for (i, x) in Self::list(s, key) {
                self.add(table, line, format!("{key}[{i}]."), x, &fill);
            }
        }
        for (i, c) in Self::list(s, "capacities") {
            let p = format!("capacities[{i}].");
            let unit_id = c["unit"]["id"].as_str().or(c["unit_id"].as_str()).unwrap_or_default();
            self.add(
                "service_capacity",
                line,
                p.clone(),
                c,
                &[("service_id", sid.as_str()), ("unit_id", unit_id)],
            );
            if c["unit"].is_object() {
                self.add("unit", line, format!("{p}unit."), &c["unit"], &[]);
            }
        }
        for (i, a) in Self::list(s, "attributes") {
            let p = format!("attributes[{i}].");
            let term = &a["taxonomy_term"];
            let term_id = term["id"]
                .as_str()
                .or(a["taxonomy_term_id"].as_str())
                .unwrap_or_default();
            self.add(
                "attribute",
                line,
                p.clone(),
                a,
                &[("link_id", sid.as_str()), ("taxonomy_term_id", term_id)],
            );
            if term.is_object() {
                self.add("taxonomy_term", line, format!("{p}taxonomy_term."), term, &[]);
            }
        }
    }
}

fn read_json(text: &[u8], limits: &Limits) -> Result<Tables, Vec<Problem>> {
    let value: Value =
        serde_json::from_slice(text).map_err(|_| vec![in_file(JSON_FILE, None, "", msg("hsds-import-error-json"))])?;
    // An array of services, or an object holding one under "services" (or a single service).
    let services: Vec<Value> = match value {
        Value::Array(a) => a,
        Value::Object(mut o) => match o.remove("services") {
            Some(Value::Array(a)) => a,
            _ => vec![Value::Object(o)],
        },
        _ => vec![],
    };
    let mut f = Flattener {
        tables: Tables::default(),
        seen: HashMap::new(),
        count: 0,
        limits,
    };
    // The services and organizations tables exist even when the list is empty.
    f.tables.rows.insert("service", vec![]);
    f.tables.rows.insert("organization", vec![]);
    let mut problems = vec![];
    for (i, s) in services.iter().enumerate() {
        let line = i as u64 + 1;
        if !s.is_object() {
            problems.push(in_file(JSON_FILE, Some(line), "", msg("hsds-import-error-json-shape")));
            continue;
        }
        f.service(line, s);
        if f.count > f.limits.rows {
            problems.push(in_file(
                JSON_FILE,
                None,
                "",
                msg("hsds-import-error-too-many-rows").arg("limit", f.limits.rows),
            ));
            break;
        }
    }
    // A table no service mentions at all says nothing; one that some service has is complete
    // for every service of the package (a service without phones has none).
    for (key, table) in [
        ("service_at_locations", "location"),
        ("phones", "phone"),
        ("contacts", "contact"),
        ("schedules", "schedule"),
        ("languages", "language"),
        ("service_areas", "service_area"),
        ("capacities", "service_capacity"),
        ("attributes", "attribute"),
    ] {
        if services.iter().any(|s| s.get(key).is_some()) {
            f.tables.rows.entry(table).or_default();
            f.tables.files.entry(table).or_insert_with(|| JSON_FILE.to_string());
        }
    }
    if problems.is_empty() {
        Ok(f.tables)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> Limits {
        Limits {
            package: 1024 * 1024,
            entry: 64 * 1024,
            unpacked: 256 * 1024,
            entries: 8,
            rows: 10,
        }
    }

    fn zip_of(files: &[(&str, Vec<u8>)]) -> Vec<u8> {
        use std::io::Write;
        let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let o = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in files {
            z.start_file(*name, o).unwrap();
            z.write_all(bytes).unwrap();
        }
        z.finish().unwrap().into_inner()
    }

    fn keys(problems: &[Problem]) -> Vec<&'static str> {
        problems.iter().map(|p| p.message.key).collect()
    }

    #[test]
    fn a_zip_bomb_is_refused_while_unpacking() {
        let bomb = zip_of(&[
            ("datapackage.json", b"{}".to_vec()),
            ("organizations.csv", b"id,name\n".to_vec()),
            ("services.csv", vec![b'a'; 1024 * 1024]),
        ]);
        assert!(bomb.len() < 10 * 1024, "it packs small");
        let e = read(&bomb, &limits()).unwrap_err();
        assert_eq!(keys(&e), ["hsds-import-error-entry-too-large"]);
        assert_eq!(e[0].file.as_deref(), Some("services.csv"));
    }

    #[test]
    fn neither_zip_nor_json_is_refused() {
        let e = read(b"BEGIN:VCALENDAR\r\n", &limits()).unwrap_err();
        assert_eq!(keys(&e), ["hsds-import-error-not-package"]);
        let e = read(b"PK\x03\x04 not really", &limits()).unwrap_err();
        assert_eq!(keys(&e), ["hsds-import-error-zip"]);
    }

    #[test]
    fn csv_lines_are_numbered_from_the_header_and_columns_checked() {
        let pkg = zip_of(&[
            ("datapackage.json", b"{}".to_vec()),
            ("organizations.csv", b"id,name\no1,Org\n".to_vec()),
            ("services.csv", b"id,name\ns1,\"Two\nlines\"\ns2,x\n".to_vec()),
        ]);
        let e = read(&pkg, &limits()).unwrap_err();
        assert_eq!(keys(&e), ["hsds-import-error-column"]);
        assert_eq!((e[0].line, e[0].field.as_str()), (Some(1), "organization_id"));
        let pkg = zip_of(&[
            ("datapackage.json", b"{}".to_vec()),
            ("organizations.csv", b"id,name\no1,Org\n".to_vec()),
            (
                "services.csv",
                b"id,organization_id,name\ns1,o1,\"Two\nlines\"\ns2,o1,x\n".to_vec(),
            ),
        ]);
        let t = read(&pkg, &limits()).unwrap();
        let lines: Vec<u64> = t.of("service").iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 4]);
        assert!(!t.has("phone"));
    }

    #[test]
    fn too_many_rows_are_refused() {
        let mut csv = b"id,organization_id,name\n".to_vec();
        for i in 0..11 {
            csv.extend_from_slice(format!("s{i},o,x\n").as_bytes());
        }
        let pkg = zip_of(&[
            ("datapackage.json", b"{}".to_vec()),
            ("organizations.csv", b"id,name\n".to_vec()),
            ("services.csv", csv),
        ]);
        assert_eq!(
            keys(&read(&pkg, &limits()).unwrap_err()),
            ["hsds-import-error-too-many-rows"]
        );
    }

    #[test]
    fn json_is_flattened_into_tables_with_paths() {
        let body = br#"[{"id":"s1","name":"X","minimum_age":18.0,"organization":{"id":"o1","name":"Org"},
            "phones":[{"id":"p1","number":"+1"}],"capacities":[{"id":"c1","maximum":4.0,"unit":{"id":"u1","identifier":"beds"}}]}]"#;
        let t = read(body, &limits()).unwrap();
        assert_eq!(t.of("service")[0].get("minimum_age"), "18");
        let p = &t.of("phone")[0];
        assert_eq!(
            (p.get("service_id"), p.prefix.as_str(), p.line),
            ("s1", "phones[0].", 1)
        );
        assert_eq!(t.of("service_capacity")[0].get("unit_id"), "u1");
        assert_eq!(t.of("unit")[0].get("identifier"), "beds");
        assert!(t.has("phone") && !t.has("contact"));
    }
}
