//! Exchange with other service directories in the Human Services Data Specification (Open
//! Referral HSDS 3.0, with 3.1's `service_capacity` and `unit` tables).
//!
//! [`export::package`] reads the network's services into HSDS tables; [`Package::zip`] writes them
//! as a tabular data package (`datapackage.json` and one CSV file per table) and
//! [`Package::json`] as HSDS's JSON form (an array of services with their organization,
//! locations, phones, contacts, schedules, languages, areas and capacities inside).
//!
//! Identifiers are UUIDs derived from the table and our row id ([`uuid`]), so the same service
//! keeps the same identifier in every export and a receiving directory can update rather than
//! duplicate. A confidential location leaves as its city only, with `location_type` `redacted`,
//! no street address and no coordinates.
//!
//! [`import::import`] reads such a package (or the JSON form) back: all or nothing, every
//! problem reported with its file, line and field.

pub mod export;
pub mod import;

use std::collections::BTreeMap;
use std::io::{Cursor, Write};

use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

/// A field of an HSDS table: its name and its Frictionless Data type.
pub type Field = (&'static str, &'static str);

/// One HSDS table: its resource name, its file and its rows (cells in the order of `fields`).
pub struct Table {
    pub name: &'static str,
    pub path: &'static str,
    pub fields: &'static [Field],
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(name: &'static str, path: &'static str, fields: &'static [Field]) -> Self {
        Table {
            name,
            path,
            fields,
            rows: vec![],
        }
    }

    /// Adds a row given as (field, value) pairs; fields not named stay empty.
    pub fn push(&mut self, cells: &[(&str, String)]) {
        let mut row = vec![String::new(); self.fields.len()];
        for (name, value) in cells {
            if let Some(i) = self.fields.iter().position(|(f, _)| f == name) {
                row[i] = value.clone();
            } else {
                debug_assert!(false, "{} has no field {name}", self.name);
            }
        }
        self.rows.push(row);
    }

    fn csv(&self) -> Result<Vec<u8>, csv::Error> {
        let mut w = csv::Writer::from_writer(vec![]);
        w.write_record(self.fields.iter().map(|(f, _)| *f))?;
        for r in &self.rows {
            w.write_record(r)?;
        }
        w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
    }

    /// The rows as JSON objects: numbers as numbers, empty cells left out.
    fn objects(&self) -> Vec<Map<String, Value>> {
        self.rows
            .iter()
            .map(|r| {
                self.fields
                    .iter()
                    .zip(r)
                    .filter(|(_, v)| !v.is_empty())
                    .map(|((name, kind), v)| {
                        let value = match *kind {
                            "number" | "integer" => v.parse::<f64>().map(|n| json!(n)).unwrap_or(json!(v)),
                            _ => json!(v),
                        };
                        (name.to_string(), value)
                    })
                    .collect()
            })
            .collect()
    }
}

/// The tables of one export.
pub struct Package {
    pub created: String,
    pub tables: Vec<Table>,
}

impl Package {
    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.name == name)
    }

    /// `datapackage.json`: the Frictionless Data descriptor naming each CSV file and its fields.
    pub fn descriptor(&self) -> Value {
        let resources: Vec<Value> = self
            .tables
            .iter()
            .map(|t| {
                let fields: Vec<Value> = t
                    .fields
                    .iter()
                    .map(|(name, kind)| match *kind {
                        "uuid" => json!({"name": name, "type": "string", "format": "uuid"}),
                        "date-time" => json!({"name": name, "type": "string", "format": "date-time"}),
                        other => json!({"name": name, "type": other}),
                    })
                    .collect();
                json!({
                    "name": t.name,
                    "path": t.path,
                    "profile": "tabular-data-resource",
                    "format": "csv",
                    "mediatype": "text/csv",
                    "encoding": "utf-8",
                    "schema": {"fields": fields, "primaryKey": "id"},
                })
            })
            .collect();
        json!({
            "name": "roundtable-services",
            "title": "Services of the Roundtable network (HSDS 3.0, service_capacity from 3.1)",
            "profile": "tabular-data-package",
            "created": self.created,
            "resources": resources,
        })
    }

    /// The tabular data package as one ZIP file.
    pub fn zip(&self) -> Result<Vec<u8>, String> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        let descriptor = serde_json::to_vec_pretty(&self.descriptor()).map_err(|e| e.to_string())?;
        zip.start_file("datapackage.json", options).map_err(|e| e.to_string())?;
        zip.write_all(&descriptor).map_err(|e| e.to_string())?;
        for t in &self.tables {
            zip.start_file(t.path, options).map_err(|e| e.to_string())?;
            zip.write_all(&t.csv().map_err(|e| e.to_string())?)
                .map_err(|e| e.to_string())?;
        }
        Ok(zip.finish().map_err(|e| e.to_string())?.into_inner())
    }

    /// HSDS's JSON form: every service with what belongs to it inside.
    pub fn json(&self) -> Value {
        let rows = |name: &str| self.table(name).map(Table::objects).unwrap_or_default();
        let by = |name: &str, key: &str| -> BTreeMap<String, Vec<Map<String, Value>>> {
            let mut out: BTreeMap<String, Vec<Map<String, Value>>> = BTreeMap::new();
            for r in rows(name) {
                if let Some(Value::String(k)) = r.get(key) {
                    out.entry(k.clone()).or_default().push(r);
                }
            }
            out
        };
        let organizations: BTreeMap<String, Map<String, Value>> = rows("organization")
            .into_iter()
            .filter_map(|o| Some((o.get("id")?.as_str()?.to_string(), o)))
            .collect();
        let units: BTreeMap<String, Map<String, Value>> = rows("unit")
            .into_iter()
            .filter_map(|u| Some((u.get("id")?.as_str()?.to_string(), u)))
            .collect();
        let terms: BTreeMap<String, Map<String, Value>> = rows("taxonomy_term")
            .into_iter()
            .filter_map(|u| Some((u.get("id")?.as_str()?.to_string(), u)))
            .collect();
        let mut locations: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
        let addresses = by("address", "location_id");
        for mut l in rows("location") {
            let Some(id) = l.get("id").and_then(Value::as_str).map(str::to_string) else {
                continue;
            };
            l.insert(
                "addresses".into(),
                json!(addresses.get(&id).cloned().unwrap_or_default()),
            );
            locations.insert(id, l);
        }
        let at_location = by("service_at_location", "service_id");
        let phones = by("phone", "service_id");
        let contacts = by("contact", "service_id");
        let schedules = by("schedule", "service_id");
        let languages = by("language", "service_id");
        let areas = by("service_area", "service_id");
        let capacities = by("service_capacity", "service_id");
        let attributes = by("attribute", "link_id");
        let services: Vec<Value> = rows("service")
            .into_iter()
            .map(|mut s| {
                let id = s.get("id").and_then(Value::as_str).unwrap_or_default().to_string();
                let get =
                    |m: &BTreeMap<String, Vec<Map<String, Value>>>| json!(m.get(&id).cloned().unwrap_or_default());
                if let Some(o) = s
                    .get("organization_id")
                    .and_then(Value::as_str)
                    .and_then(|o| organizations.get(o))
                {
                    s.insert("organization".into(), json!(o));
                }
                let sal: Vec<Value> = at_location
                    .get(&id)
                    .cloned()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|mut x| {
                        if let Some(l) = x
                            .get("location_id")
                            .and_then(Value::as_str)
                            .and_then(|l| locations.get(l))
                        {
                            x.insert("location".into(), json!(l));
                        }
                        json!(x)
                    })
                    .collect();
                s.insert("service_at_locations".into(), json!(sal));
                s.insert("phones".into(), get(&phones));
                s.insert("contacts".into(), get(&contacts));
                s.insert("schedules".into(), get(&schedules));
                s.insert("languages".into(), get(&languages));
                s.insert("service_areas".into(), get(&areas));
                let caps: Vec<Value> = capacities
                    .get(&id)
                    .cloned()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|mut c| {
                        if let Some(u) = c.get("unit_id").and_then(Value::as_str).and_then(|u| units.get(u)) {
                            c.insert("unit".into(), json!(u));
                        }
                        json!(c)
                    })
                    .collect();
                s.insert("capacities".into(), json!(caps));
                let attrs: Vec<Value> = attributes
                    .get(&id)
                    .cloned()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|mut a| {
                        if let Some(t) = a
                            .get("taxonomy_term_id")
                            .and_then(Value::as_str)
                            .and_then(|t| terms.get(t))
                        {
                            a.insert("taxonomy_term".into(), json!(t));
                        }
                        json!(a)
                    })
                    .collect();
                s.insert("attributes".into(), json!(attrs));
                json!(s)
            })
            .collect();
        json!(services)
    }
}

/// A stable UUID for row `id` of `table`: the same in every export (a name-based UUID, version 5
/// layout, from SHA-256 of "roundtable/<table>/<id>").
pub fn uuid(table: &str, id: impl std::fmt::Display) -> String {
    let hash = Sha256::digest(format!("roundtable/{table}/{id}").as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&hash[..16]);
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_stable_uuids() {
        let a = uuid("service", 7);
        assert_eq!(a, uuid("service", 7));
        assert_ne!(a, uuid("service", 8));
        assert_ne!(a, uuid("location", 7));
        let parts: Vec<&str> = a.split('-').collect();
        assert_eq!(parts.iter().map(|p| p.len()).collect::<Vec<_>>(), [8, 4, 4, 4, 12]);
        assert!(parts[2].starts_with('5'), "version 5 layout: {a}");
        assert!(
            matches!(parts[3].as_bytes()[0], b'8' | b'9' | b'a' | b'b'),
            "RFC 4122 variant: {a}"
        );
    }

    #[test]
    fn a_table_writes_csv_and_typed_json() {
        const FIELDS: &[Field] = &[("id", "uuid"), ("name", "string"), ("maximum", "number")];
        let mut t = Table::new("x", "x.csv", FIELDS);
        t.push(&[
            ("id", "a".into()),
            ("name", "Shelter, \"north\"".into()),
            ("maximum", "12".into()),
        ]);
        t.push(&[("id", "b".into())]);
        let csv = String::from_utf8(t.csv().unwrap()).unwrap();
        assert_eq!(csv, "id,name,maximum\na,\"Shelter, \"\"north\"\"\",12\nb,,\n");
        let o = t.objects();
        assert_eq!(o[0]["maximum"], json!(12.0));
        assert!(!o[1].contains_key("name"), "empty cells are left out");
    }
}
