//! Uploaded files: what a file really is (decided from its content, never
//! from its name), plain-English problems for the person uploading, safe
//! display names, plain text for the search index, and two tiny document
//! builders (PDF, DOCX) for demo data and tests.
//!
//! Everything here is a pure function over a path or bytes: no actix, no
//! database. All readers are written for hostile input: decompression is
//! capped, parsing is lenient, and nothing here should panic on bad files.

use std::fs::File;
use std::io::{self, BufReader, Cursor, Read, Seek, SeekFrom, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

// ---------------------------------------------------------------------------
// Kinds
// ---------------------------------------------------------------------------

/// The kinds of file the app accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum FileKind {
    Pdf,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
    Txt,
    Csv,
    Png,
    Jpeg,
}

const MIME_DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const MIME_XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const MIME_PPTX: &str = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
const MIME_ODT: &str = "application/vnd.oasis.opendocument.text";
const MIME_ODS: &str = "application/vnd.oasis.opendocument.spreadsheet";

impl FileKind {
    pub const ALL: [FileKind; 10] = [
        FileKind::Pdf,
        FileKind::Docx,
        FileKind::Xlsx,
        FileKind::Pptx,
        FileKind::Odt,
        FileKind::Ods,
        FileKind::Txt,
        FileKind::Csv,
        FileKind::Png,
        FileKind::Jpeg,
    ];

    /// The MIME type to serve the file with.
    pub fn mime(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Docx => MIME_DOCX,
            FileKind::Xlsx => MIME_XLSX,
            FileKind::Pptx => MIME_PPTX,
            FileKind::Odt => MIME_ODT,
            FileKind::Ods => MIME_ODS,
            FileKind::Txt => "text/plain",
            FileKind::Csv => "text/csv",
            FileKind::Png => "image/png",
            FileKind::Jpeg => "image/jpeg",
        }
    }

    /// A name for people.
    pub fn label(self) -> &'static str {
        match self {
            FileKind::Pdf => "PDF",
            FileKind::Docx => "Word document (DOCX)",
            FileKind::Xlsx => "Excel spreadsheet (XLSX)",
            FileKind::Pptx => "PowerPoint (PPTX)",
            FileKind::Odt => "OpenDocument text (ODT)",
            FileKind::Ods => "OpenDocument spreadsheet (ODS)",
            FileKind::Txt => "Text (TXT)",
            FileKind::Csv => "CSV",
            FileKind::Png => "PNG image",
            FileKind::Jpeg => "JPEG image",
        }
    }

    /// A short upper-case name, as used in lists of allowed types: "PDF", "DOCX", ..., "JPEG".
    pub fn short_name(self) -> &'static str {
        match self {
            FileKind::Pdf => "PDF",
            FileKind::Docx => "DOCX",
            FileKind::Xlsx => "XLSX",
            FileKind::Pptx => "PPTX",
            FileKind::Odt => "ODT",
            FileKind::Ods => "ODS",
            FileKind::Txt => "TXT",
            FileKind::Csv => "CSV",
            FileKind::Png => "PNG",
            FileKind::Jpeg => "JPEG",
        }
    }

    /// The kind with an article, for use inside sentences ("a PDF", "an Excel spreadsheet (XLSX)").
    fn in_sentence(self) -> &'static str {
        match self {
            FileKind::Pdf => "a PDF",
            FileKind::Docx => "a Word document (DOCX)",
            FileKind::Xlsx => "an Excel spreadsheet (XLSX)",
            FileKind::Pptx => "a PowerPoint presentation (PPTX)",
            FileKind::Odt => "an OpenDocument text (ODT)",
            FileKind::Ods => "an OpenDocument spreadsheet (ODS)",
            FileKind::Txt => "a text file (TXT)",
            FileKind::Csv => "a CSV file",
            FileKind::Png => "a PNG image",
            FileKind::Jpeg => "a JPEG image",
        }
    }

    /// File name extensions, lower case, without the dot. The first one is the usual one.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            FileKind::Pdf => &["pdf"],
            FileKind::Docx => &["docx"],
            FileKind::Xlsx => &["xlsx"],
            FileKind::Pptx => &["pptx"],
            FileKind::Odt => &["odt"],
            FileKind::Ods => &["ods"],
            FileKind::Txt => &["txt"],
            FileKind::Csv => &["csv"],
            FileKind::Png => &["png"],
            FileKind::Jpeg => &["jpg", "jpeg"],
        }
    }

    /// The kind for a file name extension (with or without the dot), ignoring case.
    pub fn from_extension(ext: &str) -> Option<FileKind> {
        let ext = ext.trim();
        let ext = ext.strip_prefix('.').unwrap_or(ext);
        FileKind::ALL
            .into_iter()
            .find(|k| k.extensions().iter().any(|e| e.eq_ignore_ascii_case(ext)))
    }

    /// The kind for a MIME type, ignoring case and parameters (`text/plain; charset=utf-8`).
    /// Knows a few common aliases (`image/jpg`, `application/x-pdf`, ...).
    pub fn from_mime(m: &str) -> Option<FileKind> {
        let base = m.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        let kind = match base.as_str() {
            "application/pdf" | "application/x-pdf" => FileKind::Pdf,
            MIME_DOCX => FileKind::Docx,
            MIME_XLSX => FileKind::Xlsx,
            MIME_PPTX => FileKind::Pptx,
            MIME_ODT => FileKind::Odt,
            MIME_ODS => FileKind::Ods,
            "text/plain" => FileKind::Txt,
            "text/csv" | "application/csv" | "text/comma-separated-values" => FileKind::Csv,
            "image/png" | "image/x-png" => FileKind::Png,
            "image/jpeg" | "image/jpg" | "image/pjpeg" => FileKind::Jpeg,
            _ => return None,
        };
        Some(kind)
    }

    /// Whether [`extract_text`] can give the text of this kind.
    pub fn can_extract_text(self) -> bool {
        matches!(
            self,
            FileKind::Pdf
                | FileKind::Docx
                | FileKind::Xlsx
                | FileKind::Pptx
                | FileKind::Odt
                | FileKind::Ods
                | FileKind::Txt
                | FileKind::Csv
        )
    }
}

/// "PDF, DOCX, XLSX, PPTX, ODT, ODS, TXT, CSV, PNG, JPEG"
pub fn allowed_types() -> String {
    FileKind::ALL.map(FileKind::short_name).join(", ")
}

/// A value for the HTML `accept` attribute of a file input: ".pdf,.docx,...,.jpg,.jpeg".
pub fn accept_attribute() -> String {
    FileKind::ALL
        .iter()
        .flat_map(|k| k.extensions().iter())
        .map(|e| format!(".{e}"))
        .collect::<Vec<_>>()
        .join(",")
}

// ---------------------------------------------------------------------------
// Sniffing
// ---------------------------------------------------------------------------

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
const TEXT_CHUNK: usize = 64 * 1024;

/// What the content is: magic bytes (`%PDF-`, PNG signature, JPEG `FF D8 FF`); for ZIP
/// containers the entries decide (OOXML main parts, ODF `mimetype`). UTF-8 text (a BOM
/// allowed, no NUL, at most 1% control characters) is `Txt`; callers decide Txt vs Csv
/// from the declared name (see [`check`]). An empty file or any other content is `None`.
pub fn sniff(path: &Path) -> io::Result<Option<FileKind>> {
    let mut file = File::open(path)?;
    let mut head = [0u8; 8];
    let n = read_full(&mut file, &mut head)?;
    let head = &head[..n];
    if head.is_empty() {
        return Ok(None);
    }
    if head.starts_with(b"%PDF-") {
        return Ok(Some(FileKind::Pdf));
    }
    if head.starts_with(PNG_SIGNATURE) {
        return Ok(Some(FileKind::Png));
    }
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Ok(Some(FileKind::Jpeg));
    }
    file.seek(SeekFrom::Start(0))?;
    if head.starts_with(b"PK\x03\x04") {
        return Ok(sniff_zip(file));
    }
    Ok(is_utf8_text(file)?.then_some(FileKind::Txt))
}

/// Decide a ZIP container by its entries. Anything unreadable is `None`.
fn sniff_zip(file: File) -> Option<FileKind> {
    let mut zip = zip::ZipArchive::new(BufReader::new(file)).ok()?;
    for (part, kind) in [
        ("word/document.xml", FileKind::Docx),
        ("xl/workbook.xml", FileKind::Xlsx),
        ("ppt/presentation.xml", FileKind::Pptx),
    ] {
        if zip.index_for_name(part).is_some() {
            return Some(kind);
        }
    }
    let mut entry = zip.by_name("mimetype").ok()?;
    let mut buf = Vec::new();
    (&mut entry).take(256).read_to_end(&mut buf).ok()?;
    match std::str::from_utf8(&buf).ok()?.trim() {
        MIME_ODT => Some(FileKind::Odt),
        MIME_ODS => Some(FileKind::Ods),
        _ => None,
    }
}

/// Whether the whole stream is UTF-8 text: valid UTF-8 (a leading BOM allowed), no NUL,
/// and control characters other than tab, CR, LF and form feed in at most 1% of characters.
/// Reads in chunks; a character split across two chunks is carried over.
fn is_utf8_text(mut r: impl Read) -> io::Result<bool> {
    let mut buf = vec![0u8; TEXT_CHUNK + 4];
    let mut carry = 0usize; // bytes of an unfinished character at the start of `buf`
    let mut first = true;
    let mut chars = 0u64;
    let mut controls = 0u64;
    loop {
        let n = read_full(&mut r, &mut buf[carry..carry + TEXT_CHUNK])?;
        let at_end = n < TEXT_CHUNK;
        let mut data = &buf[..carry + n];
        if first {
            first = false;
            data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
        }
        let (valid, rest) = match std::str::from_utf8(data) {
            Ok(s) => (s, 0),
            Err(e) => {
                if e.error_len().is_some() {
                    return Ok(false); // a byte sequence that is never valid
                }
                let v = e.valid_up_to();
                // Only an unfinished character at the very end: carry it over.
                (std::str::from_utf8(&data[..v]).unwrap_or_default(), data.len() - v)
            }
        };
        for c in valid.chars() {
            if c == '\0' {
                return Ok(false);
            }
            chars += 1;
            if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0C') {
                controls += 1;
            }
        }
        if at_end {
            if rest > 0 {
                return Ok(false); // the file ends in the middle of a character
            }
            break;
        }
        let len = data.len();
        let start = len - rest;
        // `data` may start 3 bytes into `buf` (BOM); copy the unfinished tail to the front.
        let offset = carry + n - len;
        buf.copy_within(offset + start..offset + len, 0);
        carry = rest;
    }
    Ok(controls * 100 <= chars)
}

/// Read until `buf` is full or the stream ends; returns the number of bytes read.
fn read_full(r: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match r.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(k) => filled += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

// ---------------------------------------------------------------------------
// Checking an upload
// ---------------------------------------------------------------------------

/// Why an upload is refused. [`FileProblem::message`] says it in plain English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    Empty,
    /// The name has no extension.
    NoExtension,
    /// The extension is not one of the allowed kinds (lower case, without the dot).
    RefusedType {
        ext: String,
    },
    /// The content is not any allowed kind (e.g. an .exe renamed .pdf).
    Unrecognised {
        declared: FileKind,
    },
    /// The content is another allowed kind than the name says (e.g. a PNG named report.pdf).
    Mismatch {
        declared: FileKind,
        actual: FileKind,
    },
}

impl FileProblem {
    /// A short, plain-English message for the person who uploaded the file.
    pub fn message(&self) -> String {
        match self {
            FileProblem::Empty => "The file is empty.".to_string(),
            FileProblem::NoExtension => format!(
                "The file name has no extension, so we cannot tell what it is. Allowed types: {}.",
                allowed_types()
            ),
            FileProblem::RefusedType { ext } => {
                let mut shown: String = ext.chars().take(16).collect();
                if ext.chars().count() > 16 {
                    shown.push('…');
                }
                format!(
                    "Files of type .{shown} are not accepted. Allowed types: {}.",
                    allowed_types()
                )
            }
            FileProblem::Unrecognised {
                declared: d @ (FileKind::Txt | FileKind::Csv),
            } => format!(
                "This file is named as {} but its content is not plain text in UTF-8. \
                 Save it with UTF-8 encoding and upload it again.",
                d.in_sentence()
            ),
            FileProblem::Unrecognised { declared } => format!(
                "This file is named as {} but its content is not {} or any accepted type.",
                declared.in_sentence(),
                declared.in_sentence()
            ),
            FileProblem::Mismatch { declared, actual } => format!(
                "This file is named as {} but its content is {}. Rename it or upload the right file.",
                declared.in_sentence(),
                actual.in_sentence()
            ),
        }
    }
}

impl std::fmt::Display for FileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for FileProblem {}

/// Checks a staged upload. The declared name (sanitised as by [`sanitize_name`]) must have an
/// allowed extension, and the sniffed content must agree with it. Text content is fine for a
/// `.txt` or a `.csv` name; the result is then `Txt` or `Csv` by the name.
///
/// An I/O error while reading the staged file is reported as `Unrecognised`.
pub fn check(declared_name: &str, size: u64, path: &Path) -> Result<FileKind, FileProblem> {
    if size == 0 {
        return Err(FileProblem::Empty);
    }
    let name = sanitize_name(declared_name);
    let Some((_, ext)) = split_ext(&name) else {
        return Err(FileProblem::NoExtension);
    };
    let ext = ext.to_lowercase();
    let Some(declared) = FileKind::from_extension(&ext) else {
        return Err(FileProblem::RefusedType { ext });
    };
    let actual = match sniff(path) {
        Ok(Some(kind)) => kind,
        Ok(None) if std::fs::metadata(path).is_ok_and(|m| m.len() == 0) => {
            return Err(FileProblem::Empty);
        }
        Ok(None) | Err(_) => return Err(FileProblem::Unrecognised { declared }),
    };
    match (declared, actual) {
        (FileKind::Txt | FileKind::Csv, FileKind::Txt) => Ok(declared),
        (d, a) if d == a => Ok(d),
        (declared, actual) => Err(FileProblem::Mismatch { declared, actual }),
    }
}

/// Split "name.ext" into ("name", "ext") when the ext looks like a real extension:
/// 1 to 10 ASCII letters or digits, at least one a letter, after a non-empty stem.
fn split_ext(name: &str) -> Option<(&str, &str)> {
    let (stem, ext) = name.rsplit_once('.')?;
    let plausible = !stem.is_empty()
        && (1..=10).contains(&ext.len())
        && ext.bytes().all(|b| b.is_ascii_alphanumeric())
        && ext.bytes().any(|b| b.is_ascii_alphabetic());
    plausible.then_some((stem, ext))
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

const MAX_NAME_CHARS: usize = 120;

/// Invisible formatting characters that can disguise a name (e.g. U+202E, which shows
/// "invoice\u{202E}fdp.exe" as "invoiceexe.pdf").
fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// A safe display and download name: the last path component (split on `/` and `\`),
/// without control characters, invisible formatting characters and `" * : < > ? |`,
/// whitespace collapsed to single spaces, leading dots (and trailing dots and spaces)
/// removed, at most 120 characters with the extension kept. Unicode letters stay
/// ("Tiranë.pdf" stays "Tiranë.pdf"). An empty result becomes "file".
pub fn sanitize_name(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let mut clean = String::with_capacity(last.len());
    let mut pending_space = false;
    for c in last.chars() {
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        if c.is_control() || is_invisible_format(c) || matches!(c, '"' | '*' | ':' | '<' | '>' | '?' | '|') {
            continue;
        }
        if pending_space && !clean.is_empty() {
            clean.push(' ');
        }
        pending_space = false;
        clean.push(c);
    }
    let trimmed = clean.trim_start_matches(['.', ' ']).trim_end_matches(['.', ' ']);

    let name = if trimmed.chars().count() <= MAX_NAME_CHARS {
        trimmed.to_string()
    } else if let Some((stem, ext)) = split_ext(trimmed) {
        let keep = MAX_NAME_CHARS - 1 - ext.len();
        let stem: String = stem.chars().take(keep).collect();
        let stem = stem.trim_end_matches(['.', ' ']);
        let stem = if stem.is_empty() { "file" } else { stem };
        format!("{stem}.{ext}")
    } else {
        let cut: String = trimmed.chars().take(MAX_NAME_CHARS).collect();
        cut.trim_end_matches(['.', ' ']).to_string()
    };
    if name.is_empty() { "file".to_string() } else { name }
}

// ---------------------------------------------------------------------------
// Text extraction
// ---------------------------------------------------------------------------

/// The most bytes read from one ZIP entry, and the most one PDF stream may inflate to.
const DECOMPRESS_CAP: u64 = 50 * 1024 * 1024;

/// Plain text of a document for the search index: at most `max_chars` characters, runs of
/// spaces collapsed to one space and line or paragraph breaks to one `\n`, no control
/// characters. PDF: the text of every page (a page that fails is skipped); DOCX: the `w:t`
/// text of word/document.xml; ODT: the body text of content.xml; TXT/CSV: the text itself.
/// Other kinds give an empty string. Safe against hostile files: decompression is capped at
/// 50 MB per ZIP entry or PDF stream, and PDF parsing runs under `catch_unwind`.
pub fn extract_text(kind: FileKind, path: &Path, max_chars: usize) -> Result<String, String> {
    extract_text_capped(kind, path, max_chars, DECOMPRESS_CAP)
}

fn extract_text_capped(kind: FileKind, path: &Path, max_chars: usize, cap: u64) -> Result<String, String> {
    if max_chars == 0 {
        return Ok(String::new());
    }
    let mut sink = TextSink::new(max_chars);
    match kind {
        FileKind::Pdf => pdf_text(path, cap, &mut sink)?,
        FileKind::Docx => {
            let xml = read_zip_entry(path, "word/document.xml", cap)?;
            xml_text(&xml, XmlFlavor::Docx, &mut sink);
        }
        FileKind::Odt | FileKind::Ods => {
            let xml = read_zip_entry(path, "content.xml", cap)?;
            xml_text(&xml, XmlFlavor::Odt, &mut sink);
        }
        FileKind::Xlsx => {
            // The workbook's text cells are its shared strings; numbers and formulas are left.
            let xml = read_zip_entry(path, "xl/sharedStrings.xml", cap).unwrap_or_default();
            xml_text(&xml, XmlFlavor::Docx, &mut sink);
        }
        FileKind::Pptx => {
            // Slides in their order (slide2 before slide10), within one decompression budget.
            let file = File::open(path).map_err(|_| "could not open the file".to_string())?;
            let mut zip = zip::ZipArchive::new(BufReader::new(file))
                .map_err(|_| "the file is not a valid ZIP container".to_string())?;
            let mut slides: Vec<(u32, String)> = zip
                .file_names()
                .filter_map(|n| {
                    let n = n.ok()?;
                    let num = n.strip_prefix("ppt/slides/slide")?.strip_suffix(".xml")?;
                    Some((num.parse().ok()?, n.to_string()))
                })
                .collect();
            slides.sort();
            let mut budget = cap;
            for (_, name) in slides {
                if budget == 0 || sink.full() {
                    break;
                }
                let mut entry = zip.by_name(&name).map_err(|_| format!("the document has no {name}"))?;
                let mut bytes = Vec::new();
                (&mut entry)
                    .take(budget)
                    .read_to_end(&mut bytes)
                    .map_err(|_| format!("could not decompress {name}"))?;
                budget = budget.saturating_sub(bytes.len() as u64);
                xml_text(&String::from_utf8_lossy(&bytes), XmlFlavor::Docx, &mut sink);
                sink.newline();
            }
        }
        FileKind::Txt | FileKind::Csv => {
            // 4 bytes per char is the most UTF-8 needs; a little more for the BOM.
            let want = (max_chars as u64).saturating_mul(4).saturating_add(8).min(cap);
            let file = File::open(path).map_err(|_| "could not open the file".to_string())?;
            let mut bytes = Vec::new();
            file.take(want)
                .read_to_end(&mut bytes)
                .map_err(|_| "could not read the file".to_string())?;
            let text = String::from_utf8_lossy(&bytes);
            sink.push_str(text.strip_prefix('\u{FEFF}').unwrap_or(&text));
        }
        FileKind::Png | FileKind::Jpeg => {}
    }
    Ok(sink.finish())
}

/// Collects text with whitespace collapsed, up to a number of characters.
struct TextSink {
    out: String,
    max: usize,
    count: usize,
    pending: Gap,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Gap {
    None,
    Space,
    Newline,
}

impl TextSink {
    fn new(max: usize) -> Self {
        TextSink {
            out: String::new(),
            max,
            count: 0,
            pending: Gap::None,
        }
    }

    fn full(&self) -> bool {
        self.count >= self.max
    }

    fn space(&mut self) {
        if self.pending == Gap::None {
            self.pending = Gap::Space;
        }
    }

    fn newline(&mut self) {
        self.pending = Gap::Newline;
    }

    fn push(&mut self, c: char) {
        if self.full() {
            return;
        }
        if matches!(c, '\n' | '\r' | '\x0C' | '\u{2028}' | '\u{2029}' | '\u{85}') {
            self.newline();
            return;
        }
        if c.is_whitespace() {
            self.space();
            return;
        }
        if c.is_control() || c == '\u{FEFF}' {
            return;
        }
        if self.pending != Gap::None && self.count > 0 {
            if self.count + 2 > self.max {
                self.count = self.max; // no room for the separator and a character
                return;
            }
            self.out.push(if self.pending == Gap::Newline { '\n' } else { ' ' });
            self.count += 1;
        }
        self.pending = Gap::None;
        self.out.push(c);
        self.count += 1;
    }

    fn push_str(&mut self, s: &str) {
        for c in s.chars() {
            if self.full() {
                break;
            }
            self.push(c);
        }
    }

    fn finish(self) -> String {
        self.out
    }
}

/// The decompressed bytes of one ZIP entry, at most `cap` of them, as (lossy) UTF-8.
fn read_zip_entry(path: &Path, name: &str, cap: u64) -> Result<String, String> {
    let file = File::open(path).map_err(|_| "could not open the file".to_string())?;
    let mut zip =
        zip::ZipArchive::new(BufReader::new(file)).map_err(|_| "the file is not a valid ZIP container".to_string())?;
    let mut entry = zip.by_name(name).map_err(|_| format!("the document has no {name}"))?;
    let mut bytes = Vec::new();
    (&mut entry)
        .take(cap)
        .read_to_end(&mut bytes)
        .map_err(|_| format!("could not decompress {name}"))?;
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum XmlFlavor {
    /// WordprocessingML: text of `t` elements (`w:t`, also DrawingML `a:t` in slides and the
    /// `t` of a workbook's shared strings).
    Docx,
    /// OpenDocument: all character data inside `office:body`, without annotations and
    /// tracked changes.
    Odt,
}

/// A small, lenient XML text walker: good enough for document text, never fails.
fn xml_text(xml: &str, flavor: XmlFlavor, sink: &mut TextSink) {
    let b = xml.as_bytes();
    let len = b.len();
    let mut i = 0;
    let mut in_t = 0usize; // Docx: open `t` elements
    let mut in_body = 0usize; // Odt: open `body` elements
    let mut skip = 0usize; // Odt: open annotation / tracked-changes elements
    let collecting = |in_t: usize, in_body: usize, skip: usize| match flavor {
        XmlFlavor::Docx => in_t > 0,
        XmlFlavor::Odt => in_body > 0 && skip == 0,
    };
    while i < len && !sink.full() {
        if b[i] != b'<' {
            let next = xml[i..].find('<').map_or(len, |p| i + p);
            if collecting(in_t, in_body, skip) {
                push_decoded(&xml[i..next], sink);
            }
            i = next;
            continue;
        }
        let rest = &xml[i..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(len, |p| i + p + 3);
            continue;
        }
        if let Some(cdata) = rest.strip_prefix("<![CDATA[") {
            let end = cdata.find("]]>").unwrap_or(cdata.len());
            if collecting(in_t, in_body, skip) {
                sink.push_str(&cdata[..end]);
            }
            i = (i + 9 + end + 3).min(len);
            continue;
        }
        if rest.starts_with("<?") {
            i = rest.find("?>").map_or(len, |p| i + p + 2);
            continue;
        }
        if rest.starts_with("<!") {
            i = rest.find('>').map_or(len, |p| i + p + 1);
            continue;
        }
        let end = tag_end(b, i);
        let inner = &xml[i + 1..end];
        i = end + 1;
        let closing = inner.starts_with('/');
        let self_closing = inner.ends_with('/');
        let name = inner
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        let local = name.rsplit(':').next().unwrap_or(name);
        match flavor {
            XmlFlavor::Docx => match local {
                "t" if closing => in_t = in_t.saturating_sub(1),
                "t" if !self_closing => in_t += 1,
                "tab" if !closing => sink.space(),
                "br" | "cr" if !closing => sink.newline(),
                // Paragraphs (`w:p`, slides' `a:p`) and a workbook's shared strings (`si`).
                "p" | "si" if closing || self_closing => sink.newline(),
                _ => {}
            },
            XmlFlavor::Odt => match local {
                "body" if closing => in_body = in_body.saturating_sub(1),
                "body" if !self_closing => in_body += 1,
                "annotation" | "tracked-changes" if closing => skip = skip.saturating_sub(1),
                "annotation" | "tracked-changes" if !self_closing => skip += 1,
                _ if skip > 0 => {}
                "s" | "tab" if !closing => sink.space(),
                "line-break" if !closing => sink.newline(),
                "p" | "h" if closing || self_closing => sink.newline(),
                _ => {}
            },
        }
    }
}

/// Index of the `>` that ends the tag starting at `start`, skipping quoted attribute values;
/// `b.len()` when there is none.
fn tag_end(b: &[u8], start: usize) -> usize {
    let mut quote = 0u8;
    for (j, &c) in b.iter().enumerate().skip(start + 1) {
        if quote != 0 {
            if c == quote {
                quote = 0;
            }
        } else if c == b'"' || c == b'\'' {
            quote = c;
        } else if c == b'>' {
            return j;
        }
    }
    b.len()
}

/// Character data with the XML entities decoded.
fn push_decoded(text: &str, sink: &mut TextSink) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        sink.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let decoded = after.find(';').filter(|&semi| semi <= 10).and_then(|semi| {
            let entity = &after[..semi];
            let c = match entity {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => {
                    let num = entity.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(code)
                }
            }?;
            Some((c, semi))
        });
        match decoded {
            Some((c, semi)) => {
                sink.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                sink.push('&');
                rest = after;
            }
        }
        if sink.full() {
            return;
        }
    }
    sink.push_str(rest);
}

const PDF_PASSWORD: &str = "the PDF is protected with a password";

fn pdf_text(path: &Path, cap: u64, sink: &mut TextSink) -> Result<(), String> {
    let limit = usize::try_from(cap).unwrap_or(usize::MAX);
    let options = lopdf::LoadOptions::with_max_decompressed_size(limit);
    let loaded = catch_unwind(AssertUnwindSafe(|| lopdf::Document::load_with_options(path, options)));
    let doc = match loaded {
        Ok(Ok(doc)) => doc,
        Ok(Err(lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword)) => return Err(PDF_PASSWORD.to_string()),
        Ok(Err(_)) | Err(_) => return Err("the file is not a readable PDF".to_string()),
    };
    // Still encrypted and never decrypted: it needs a password we do not have.
    if doc.is_encrypted() && !doc.was_encrypted() {
        return Err(PDF_PASSWORD.to_string());
    }
    let pages: Vec<u32> = catch_unwind(AssertUnwindSafe(|| doc.get_pages().into_keys().collect()))
        .map_err(|_| "the file is not a readable PDF".to_string())?;
    for page in pages {
        if sink.full() {
            break;
        }
        let text = catch_unwind(AssertUnwindSafe(|| doc.extract_text_with_limit(&[page], limit)));
        if let Ok(Ok(text)) = text {
            sink.push_str(&text);
            sink.newline();
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Building documents
// ---------------------------------------------------------------------------

const PAGE_WIDTH: u32 = 595; // A4 in points
const PAGE_HEIGHT: u32 = 842;
const MARGIN: u32 = 56; // about 2 cm
const WRAP_CHARS: usize = 90;
const TITLE_SIZE: u32 = 16;
const TITLE_LEADING: u32 = 20;
const BODY_SIZE: u32 = 10;
const BODY_LEADING: u32 = 13;
const PARAGRAPH_GAP: u32 = 7;
/// Usable line width in 1/1000 em for a font size.
const fn line_width_units(size: u32) -> u32 {
    (PAGE_WIDTH - 2 * MARGIN) * 1000 / size
}

/// A small valid PDF 1.4 (A4, the standard Helvetica fonts, WinAnsiEncoding) with a title
/// line and paragraphs, wrapped at 90 characters (fewer when wide letters would pass the
/// right margin), with new pages as needed.
/// Characters outside WinAnsi are transliterated (ć → c, đ → d, Cyrillic → Latin, ...);
/// ë, ç, š, ž and the like are in WinAnsi and stay.
pub fn simple_pdf(title: &str, paragraphs: &[&str]) -> Vec<u8> {
    struct Line {
        bold: bool,
        text: Vec<u8>,
        leading: u32,
        gap_after: u32,
    }
    let mut lines = Vec::new();
    let title_lines = if title.trim().is_empty() {
        Vec::new()
    } else {
        wrap(
            &to_win_ansi(title),
            WRAP_CHARS,
            line_width_units(TITLE_SIZE),
            helvetica_bold_width,
        )
    };
    let n_title = title_lines.len();
    for (k, text) in title_lines.into_iter().enumerate() {
        lines.push(Line {
            bold: true,
            text,
            leading: TITLE_LEADING,
            gap_after: if k + 1 == n_title { 10 } else { 0 },
        });
    }
    for paragraph in paragraphs {
        let wrapped = wrap(
            &to_win_ansi(paragraph),
            WRAP_CHARS,
            line_width_units(BODY_SIZE),
            helvetica_width,
        );
        let n = wrapped.len();
        for (k, text) in wrapped.into_iter().enumerate() {
            lines.push(Line {
                bold: false,
                text,
                leading: BODY_LEADING,
                gap_after: if k + 1 == n { PARAGRAPH_GAP } else { 0 },
            });
        }
    }

    // Paginate into content streams.
    let top = PAGE_HEIGHT - MARGIN;
    let mut pages: Vec<Vec<u8>> = vec![Vec::new()];
    let mut y = top;
    for line in &lines {
        if y < MARGIN + line.leading && y != top {
            pages.push(Vec::new());
            y = top;
        }
        y = y.saturating_sub(line.leading);
        if !line.text.is_empty() {
            let (font, size) = if line.bold {
                ("F2", TITLE_SIZE)
            } else {
                ("F1", BODY_SIZE)
            };
            let page = pages.last_mut().expect("there is always a page");
            page.extend_from_slice(format!("BT /{font} {size} Tf {MARGIN} {y} Td (").as_bytes());
            pdf_escape(&line.text, page);
            page.extend_from_slice(b") Tj ET\n");
        }
        y = y.saturating_sub(line.gap_after);
    }

    // Objects: 1 catalog, 2 pages, 3 Helvetica, 4 Helvetica-Bold, then page + content pairs.
    let n_pages = pages.len();
    let kids: Vec<String> = (0..n_pages).map(|i| format!("{} 0 R", 5 + 2 * i)).collect();
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!("<< /Type /Pages /Kids [{}] /Count {n_pages} >>", kids.join(" ")).into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>".to_vec(),
    ];
    for (i, content) in pages.into_iter().enumerate() {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] \
                 /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {} 0 R >>",
                6 + 2 * i
            )
            .into_bytes(),
        );
        let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        stream.extend_from_slice(&content);
        stream.extend_from_slice(b"\nendstream");
        objects.push(stream);
    }

    let mut pdf: Vec<u8> = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::with_capacity(objects.len());
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        pdf.extend_from_slice(body);
        pdf.extend_from_slice(b"\nendobj\n");
    }
    let xref = pdf.len();
    pdf.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    // A file identifier (wanted by encryption and PDF/A): two FNV-1a hashes of the body.
    let id = format!(
        "{:016x}{:016x}",
        fnv1a(0xcbf2_9ce4_8422_2325, &pdf),
        fnv1a(0x8422_2325_cbf2_9ce4, &pdf)
    );
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

fn fnv1a(seed: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(seed, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// Escape bytes for a PDF literal string; non-ASCII bytes as octal so the file stays ASCII.
fn pdf_escape(text: &[u8], out: &mut Vec<u8>) {
    for &byte in text {
        match byte {
            b'(' | b')' | b'\\' => {
                out.push(b'\\');
                out.push(byte);
            }
            0x20..=0x7E => out.push(byte),
            _ => out.extend_from_slice(format!("\\{byte:03o}").as_bytes()),
        }
    }
}

/// Greedy word wrap of WinAnsi bytes (one byte per character): a line has at most
/// `max_chars` characters and is at most `max_width` wide (in 1/1000 em of the font whose
/// widths `width` gives). `\n` forces a break; words longer than a line are cut.
fn wrap(text: &[u8], max_chars: usize, max_width: u32, width: fn(u8) -> u32) -> Vec<Vec<u8>> {
    let fits = |chars: usize, w: u32| chars <= max_chars && w <= max_width;
    let space = width(b' ');
    let mut lines = Vec::new();
    for hard in text.split(|&b| b == b'\n') {
        let mut line: Vec<u8> = Vec::new();
        let mut line_w = 0u32;
        let mut any = false;
        for word in hard.split(|&b| b == b' ').filter(|w| !w.is_empty()) {
            any = true;
            let mut word = word;
            loop {
                // How much of the word fits on a line of its own (at least one character).
                let mut w = 0u32;
                let mut cut = 0;
                while cut < word.len() && fits(cut + 1, w + width(word[cut])) {
                    w += width(word[cut]);
                    cut += 1;
                }
                if cut == word.len() {
                    break;
                }
                let cut = cut.max(1);
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0;
                }
                lines.push(word[..cut].to_vec());
                word = &word[cut..];
            }
            if word.is_empty() {
                continue;
            }
            let word_w: u32 = word.iter().map(|&b| width(b)).sum();
            if !line.is_empty() && !fits(line.len() + 1 + word.len(), line_w + space + word_w) {
                lines.push(std::mem::take(&mut line));
                line_w = 0;
            }
            if !line.is_empty() {
                line.push(b' ');
                line_w += space;
            }
            line.extend_from_slice(word);
            line_w += word_w;
        }
        if !line.is_empty() || !any {
            lines.push(line);
        }
    }
    lines
}

/// Helvetica widths (1/1000 em) of the WinAnsi characters 32..=126, from the Adobe AFM.
const HELVETICA_WIDTHS: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space../
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0..?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @..O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P.._
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // `..o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p..~
];

/// Helvetica-Bold widths (1/1000 em) of the WinAnsi characters 32..=126, from the Adobe AFM.
const HELVETICA_BOLD_WIDTHS: [u16; 95] = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, // space../
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, // 0..?
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, // @..O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, // P.._
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, // `..o
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, // p..~
];

/// Width of a WinAnsi byte beyond ASCII: generous, since it only serves wrapping.
fn win_ansi_upper_width(b: u8) -> u32 {
    match b {
        0x85 | 0x89 | 0x8C | 0x97 | 0x99 | 0x9C | 0xC6 | 0xE6 => 1000,
        0x8A | 0x8E | 0x9F | 0xC0..=0xDE => 778,
        _ => 611,
    }
}

fn helvetica_width(b: u8) -> u32 {
    match b {
        32..=126 => u32::from(HELVETICA_WIDTHS[usize::from(b - 32)]),
        _ => win_ansi_upper_width(b),
    }
}

fn helvetica_bold_width(b: u8) -> u32 {
    match b {
        32..=126 => u32::from(HELVETICA_BOLD_WIDTHS[usize::from(b - 32)]),
        _ => win_ansi_upper_width(b),
    }
}

/// Text as WinAnsi (Windows-1252) bytes, transliterating what WinAnsi lacks.
fn to_win_ansi(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        if c == '\n' {
            out.push(b'\n');
        } else if let Some(b) = win_ansi_byte(c) {
            out.push(b);
        } else if c.is_whitespace() {
            out.push(b' ');
        } else if is_combining_mark(c) || c.is_control() || is_invisible_format(c) {
            // dropped
        } else {
            let t = transliterate(c);
            for tc in t.chars() {
                out.push(win_ansi_byte(tc).unwrap_or(b'?'));
            }
        }
    }
    out
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// The WinAnsi byte of a character, if it has one (printable characters only).
fn win_ansi_byte(c: char) -> Option<u8> {
    let b = match c {
        ' '..='~' => c as u8,
        '\u{A0}'..='\u{FF}' => c as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(b)
}

/// Base letters for U+0100..=U+017F (Latin Extended-A), 16 a row.
const LATIN_EXT_A: &[u8; 128] = b"AaAaAaCcCcCcCcDd\
DdEeEeEeEeEeGgGg\
GgGgHhHhIiIiIiIi\
IiIiJjKkkLlLlLlL\
lLlNnNnNnnNnOoOo\
OoOoRrRrRrSsSsSs\
SsTtTtTtUuUuUuUu\
UuUuWwYyYZzZzZzs";

/// A replacement for a character WinAnsi lacks: a Latin base letter, a Latin spelling of
/// Cyrillic, or a near punctuation mark; "?" when nothing fits.
fn transliterate(c: char) -> String {
    let code = c as u32;
    if (0x100..=0x17F).contains(&code) {
        return (LATIN_EXT_A[(code - 0x100) as usize] as char).to_string();
    }
    let simple = match c {
        'Ș' | 'Ş' => Some("S"),
        'ș' | 'ş' => Some("s"),
        'Ț' | 'Ţ' => Some("T"),
        'ț' | 'ţ' => Some("t"),
        'ǅ' | 'ǲ' => Some("Dz"),
        'Ǆ' | 'Ǳ' => Some("DZ"),
        'ǆ' | 'ǳ' => Some("dz"),
        'ǈ' => Some("Lj"),
        'Ǉ' => Some("LJ"),
        'ǉ' => Some("lj"),
        'ǋ' => Some("Nj"),
        'Ǌ' => Some("NJ"),
        'ǌ' => Some("nj"),
        '\u{2010}'..='\u{2012}' | '\u{2212}' | '\u{2043}' => Some("-"),
        '\u{2015}' => Some("—"),
        '\u{201B}' | '\u{2032}' | '\u{02BC}' | '\u{02B9}' => Some("'"),
        '\u{201F}' | '\u{2033}' | '\u{02BA}' => Some("\""),
        '\u{2022}' | '\u{2023}' | '\u{25CF}' => Some("•"),
        '\u{2264}' => Some("<="),
        '\u{2265}' => Some(">="),
        '\u{2260}' => Some("!="),
        '\u{2192}' => Some("->"),
        '\u{2190}' => Some("<-"),
        _ => None,
    };
    if let Some(s) = simple {
        return s.to_string();
    }
    if ('\u{0400}'..='\u{045F}').contains(&c) {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let latin = cyrillic_lower(lower);
        if c == lower {
            return latin.to_string();
        }
        let mut chars = latin.chars();
        return match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        };
    }
    "?".to_string()
}

/// Latin spelling of a lower-case Cyrillic letter (Serbian/Macedonian style, with š and ž,
/// which WinAnsi has; č, ć and đ become c, c and d).
fn cyrillic_lower(c: char) -> &'static str {
    match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ґ' => "g",
        'д' | 'ђ' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "ž",
        'з' => "z",
        'и' | 'і' => "i",
        'й' | 'ј' => "j",
        'к' => "k",
        'л' => "l",
        'љ' => "lj",
        'м' => "m",
        'н' => "n",
        'њ' => "nj",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ћ' | 'ц' | 'ч' => "c",
        'у' | 'ў' => "u",
        'ф' => "f",
        'х' => "h",
        'џ' => "dž",
        'ш' => "š",
        'щ' => "šc",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'ю' => "ju",
        'я' => "ja",
        'ѓ' => "gj",
        'ќ' => "kj",
        'ѕ' => "dz",
        'є' => "je",
        'ї' => "ji",
        _ => "?",
    }
}

/// A small valid DOCX ([Content_Types].xml, _rels/.rels, word/document.xml) with one
/// paragraph per item; `\n` inside an item is a line break, `\t` a tab.
pub fn simple_docx(paragraphs: &[&str]) -> Vec<u8> {
    const CONTENT_TYPES: &str = concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
        r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
        r#"<Default Extension="xml" ContentType="application/xml"/>"#,
        r#"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#,
        r#"</Types>"#
    );
    const RELS: &str = concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
        r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#,
        r#"</Relationships>"#
    );
    let mut doc = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
    ));
    for paragraph in paragraphs {
        doc.push_str("<w:p><w:r>");
        for (k, line) in paragraph.split('\n').enumerate() {
            if k > 0 {
                doc.push_str("<w:br/>");
            }
            for (j, piece) in line.split('\t').enumerate() {
                if j > 0 {
                    doc.push_str("<w:tab/>");
                }
                if !piece.is_empty() {
                    doc.push_str(r#"<w:t xml:space="preserve">"#);
                    xml_escape(piece, &mut doc);
                    doc.push_str("</w:t>");
                }
            }
        }
        doc.push_str("</w:r></w:p>");
    }
    doc.push_str(concat!(
        r#"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>"#,
        r#"<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/>"#,
        r#"</w:sectPr></w:body></w:document>"#
    ));

    zip_parts(&[
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/document.xml", doc.as_str()),
    ])
}

/// A ZIP in memory with these parts, deflated (OOXML packages).
fn zip_parts(parts: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in parts {
        zip.start_file(*name, options)
            .and_then(|()| zip.write_all(content.as_bytes()).map_err(Into::into))
            .expect("writing a ZIP to memory cannot fail");
    }
    zip.finish().expect("writing a ZIP to memory cannot fail").into_inner()
}

/// A small valid XLSX workbook: one sheet, one text cell per row in column A (demo data and
/// tests).
pub fn simple_xlsx(rows: &[&str]) -> Vec<u8> {
    const CONTENT_TYPES: &str = concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
        r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
        r#"<Default Extension="xml" ContentType="application/xml"/>"#,
        r#"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#,
        r#"<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#,
        r#"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#,
        r#"</Types>"#
    );
    const RELS: &str = concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
        r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#,
        r#"</Relationships>"#
    );
    const WORKBOOK: &str = concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
        r#"<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    );
    const WORKBOOK_RELS: &str = concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
        r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"#,
        r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#,
        r#"</Relationships>"#
    );
    let mut sheet = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
    ));
    let mut strings = format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            "\n",
            r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{n}" uniqueCount="{n}">"#
        ),
        n = rows.len()
    );
    for (i, row) in rows.iter().enumerate() {
        sheet.push_str(&format!(
            r#"<row r="{r}"><c r="A{r}" t="s"><v>{i}</v></c></row>"#,
            r = i + 1
        ));
        strings.push_str(r#"<si><t xml:space="preserve">"#);
        xml_escape(row, &mut strings);
        strings.push_str("</t></si>");
    }
    sheet.push_str("</sheetData></worksheet>");
    strings.push_str("</sst>");

    zip_parts(&[
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("xl/workbook.xml", WORKBOOK),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
        ("xl/worksheets/sheet1.xml", sheet.as_str()),
        ("xl/sharedStrings.xml", strings.as_str()),
    ])
}

/// XML-escape text, dropping characters XML 1.0 does not allow.
fn xml_escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;
    use zip::CompressionMethod;
    use zip::write::SimpleFileOptions;

    fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn check_bytes(name: &str, bytes: &[u8]) -> Result<FileKind, FileProblem> {
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "upload.bin", bytes);
        check(name, bytes.len() as u64, &path)
    }

    fn sniff_bytes(bytes: &[u8]) -> Option<FileKind> {
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "x", bytes);
        sniff(&path).unwrap()
    }

    /// A ZIP with the given entries; the first one stored (as ODF wants for `mimetype`)
    /// when `store_first`, the rest deflated.
    fn zip_of(entries: &[(&str, &[u8])], store_first: bool) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (k, (name, content)) in entries.iter().enumerate() {
            let method = if k == 0 && store_first {
                CompressionMethod::Stored
            } else {
                CompressionMethod::Deflated
            };
            zip.start_file(*name, SimpleFileOptions::default().compression_method(method))
                .unwrap();
            zip.write_all(content).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
    const JPEG: &[u8] = b"\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0";

    fn xlsx() -> Vec<u8> {
        zip_of(
            &[
                ("[Content_Types].xml", b"<Types/>"),
                ("xl/workbook.xml", b"<workbook/>"),
            ],
            false,
        )
    }
    fn pptx() -> Vec<u8> {
        zip_of(
            &[
                ("[Content_Types].xml", b"<Types/>"),
                ("ppt/presentation.xml", b"<presentation/>"),
            ],
            false,
        )
    }
    fn odt(content: &str) -> Vec<u8> {
        zip_of(
            &[("mimetype", MIME_ODT.as_bytes()), ("content.xml", content.as_bytes())],
            true,
        )
    }
    fn ods() -> Vec<u8> {
        zip_of(
            &[
                ("mimetype", MIME_ODS.as_bytes()),
                ("content.xml", b"<office:document-content/>"),
            ],
            true,
        )
    }

    #[test]
    fn kinds_are_consistent() {
        for kind in FileKind::ALL {
            assert_eq!(FileKind::from_mime(kind.mime()), Some(kind));
            for ext in kind.extensions() {
                assert_eq!(FileKind::from_extension(ext), Some(kind));
                assert_eq!(FileKind::from_extension(&ext.to_uppercase()), Some(kind));
            }
            assert!(!kind.label().is_empty());
        }
        assert_eq!(FileKind::from_extension(".JpEg"), Some(FileKind::Jpeg));
        assert_eq!(FileKind::from_extension("exe"), None);
        assert_eq!(FileKind::from_mime("Text/Plain; charset=utf-8"), Some(FileKind::Txt));
        assert_eq!(FileKind::from_mime("image/jpg"), Some(FileKind::Jpeg));
        assert_eq!(FileKind::from_mime("application/octet-stream"), None);
        assert_eq!(allowed_types(), "PDF, DOCX, XLSX, PPTX, ODT, ODS, TXT, CSV, PNG, JPEG");
        assert!(accept_attribute().starts_with(".pdf,.docx,"));
        assert!(accept_attribute().ends_with(".jpg,.jpeg"));
        let extractable: Vec<_> = FileKind::ALL.into_iter().filter(|k| k.can_extract_text()).collect();
        assert_eq!(
            extractable,
            [
                FileKind::Pdf,
                FileKind::Docx,
                FileKind::Xlsx,
                FileKind::Pptx,
                FileKind::Odt,
                FileKind::Ods,
                FileKind::Txt,
                FileKind::Csv
            ]
        );
    }

    #[test]
    fn sniffs_magic_bytes() {
        assert_eq!(sniff_bytes(b"%PDF-1.7\n..."), Some(FileKind::Pdf));
        assert_eq!(sniff_bytes(PNG), Some(FileKind::Png));
        assert_eq!(sniff_bytes(JPEG), Some(FileKind::Jpeg));
        assert_eq!(sniff_bytes(&simple_pdf("T", &["p"])), Some(FileKind::Pdf));
        assert_eq!(sniff_bytes(b""), None);
        assert_eq!(sniff_bytes(b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF"), None); // an .exe
        assert_eq!(sniff_bytes(b"\x89PN"), None); // a cut PNG signature
    }

    #[test]
    fn sniffs_zip_containers() {
        assert_eq!(sniff_bytes(&simple_docx(&["Hello"])), Some(FileKind::Docx));
        assert_eq!(sniff_bytes(&xlsx()), Some(FileKind::Xlsx));
        assert_eq!(sniff_bytes(&pptx()), Some(FileKind::Pptx));
        assert_eq!(sniff_bytes(&odt("<x/>")), Some(FileKind::Odt));
        assert_eq!(sniff_bytes(&ods()), Some(FileKind::Ods));
        // An ODF presentation, a plain ZIP and a broken ZIP are not accepted kinds.
        let odp = zip_of(
            &[("mimetype", b"application/vnd.oasis.opendocument.presentation")],
            true,
        );
        assert_eq!(sniff_bytes(&odp), None);
        assert_eq!(sniff_bytes(&zip_of(&[("hello.txt", b"hi")], false)), None);
        assert_eq!(sniff_bytes(b"PK\x03\x04garbage that is not a zip"), None);
    }

    #[test]
    fn sniffs_text() {
        assert_eq!(sniff_bytes(b"hello, world\n"), Some(FileKind::Txt));
        assert_eq!(
            sniff_bytes("\u{FEFF}name;city\nAna;Tiranë\n".as_bytes()),
            Some(FileKind::Txt)
        );
        assert_eq!(sniff_bytes(b"\xEF\xBB\xBF"), Some(FileKind::Txt)); // only a BOM
        assert_eq!(sniff_bytes(b"Tiran\xEB\n"), None); // Windows-1252, not UTF-8
        assert_eq!(sniff_bytes(b"abc\0def"), None);
        assert_eq!(sniff_bytes(b"abc\xC3"), None); // ends inside a character
        assert_eq!(sniff_bytes(b"\x01\x02\x03\x04 some text"), None); // too many controls
        let mut mostly_text = "x".repeat(500).into_bytes();
        mostly_text.push(0x1A); // a stray DOS end-of-file mark is fine
        assert_eq!(sniff_bytes(&mostly_text), Some(FileKind::Txt));
    }

    #[test]
    fn text_sniff_handles_characters_split_across_chunks() {
        for shift in 0..4 {
            // "ë" is 2 bytes, "€" 3, "😀" 4: put each across the chunk border.
            for c in ['ë', '€', '😀'] {
                let mut s = "a".repeat(TEXT_CHUNK - 1 - shift);
                for _ in 0..4 {
                    s.push(c);
                }
                s.push_str(&"b".repeat(TEXT_CHUNK));
                s.push(c);
                assert_eq!(sniff_bytes(s.as_bytes()), Some(FileKind::Txt), "{c} {shift}");
                // With a BOM in front, the offsets move by 3.
                let with_bom = format!("\u{FEFF}{s}");
                assert_eq!(sniff_bytes(with_bom.as_bytes()), Some(FileKind::Txt));
            }
        }
        // Invalid bytes late in a large file are still found.
        let mut bad = "a".repeat(3 * TEXT_CHUNK).into_bytes();
        bad.push(0xFF);
        bad.extend_from_slice(b"tail");
        assert_eq!(sniff_bytes(&bad), None);
        // A file cut inside a character exactly at a chunk border.
        let mut cut = "a".repeat(TEXT_CHUNK - 1).into_bytes();
        cut.push(0xC3);
        assert_eq!(sniff_bytes(&cut), None);
    }

    #[test]
    fn check_accepts_matching_content() {
        assert_eq!(check_bytes("report.pdf", &simple_pdf("T", &["x"])), Ok(FileKind::Pdf));
        assert_eq!(check_bytes("Minutes.DOCX", &simple_docx(&["x"])), Ok(FileKind::Docx));
        assert_eq!(check_bytes("budget.xlsx", &xlsx()), Ok(FileKind::Xlsx));
        assert_eq!(check_bytes("slides.pptx", &pptx()), Ok(FileKind::Pptx));
        assert_eq!(check_bytes("notes.odt", &odt("<x/>")), Ok(FileKind::Odt));
        assert_eq!(check_bytes("table.ods", &ods()), Ok(FileKind::Ods));
        assert_eq!(check_bytes("photo.png", PNG), Ok(FileKind::Png));
        assert_eq!(check_bytes("photo.jpg", JPEG), Ok(FileKind::Jpeg));
        assert_eq!(check_bytes("photo.JPEG", JPEG), Ok(FileKind::Jpeg));
        assert_eq!(
            check_bytes("members.csv", b"name,city\nAna,Tirana\n"),
            Ok(FileKind::Csv)
        );
        assert_eq!(
            check_bytes("members.txt", b"name,city\nAna,Tirana\n"),
            Ok(FileKind::Txt)
        );
        assert_eq!(
            check_bytes("C:\\Users\\ana\\Tiranë.csv", "a,ë\n".as_bytes()),
            Ok(FileKind::Csv)
        );
    }

    #[test]
    fn check_reports_problems() {
        let png_as_pdf = check_bytes("report.pdf", PNG);
        assert_eq!(
            png_as_pdf,
            Err(FileProblem::Mismatch {
                declared: FileKind::Pdf,
                actual: FileKind::Png
            })
        );
        assert_eq!(
            png_as_pdf.unwrap_err().message(),
            "This file is named as a PDF but its content is a PNG image. \
             Rename it or upload the right file."
        );

        let random: Vec<u8> = (0u32..4096).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
        let random_pdf = check_bytes("report.pdf", &random);
        assert_eq!(
            random_pdf,
            Err(FileProblem::Unrecognised {
                declared: FileKind::Pdf
            })
        );
        assert_eq!(
            random_pdf.unwrap_err().message(),
            "This file is named as a PDF but its content is not a PDF or any accepted type."
        );

        let exe = check_bytes("setup.exe", b"MZ\x90\0");
        assert_eq!(exe, Err(FileProblem::RefusedType { ext: "exe".into() }));
        assert_eq!(
            exe.unwrap_err().message(),
            "Files of type .exe are not accepted. \
             Allowed types: PDF, DOCX, XLSX, PPTX, ODT, ODS, TXT, CSV, PNG, JPEG."
        );
        assert_eq!(
            check_bytes("Setup.EXE", b"MZ"),
            Err(FileProblem::RefusedType { ext: "exe".into() })
        );

        assert_eq!(check_bytes("report.pdf", b""), Err(FileProblem::Empty));
        assert_eq!(FileProblem::Empty.message(), "The file is empty.");
        // The size said one thing, the staged file another: still empty.
        let dir = tempfile::tempdir().unwrap();
        let empty = write(&dir, "e", b"");
        assert_eq!(check("a.txt", 10, &empty), Err(FileProblem::Empty));

        let no_ext = check_bytes("README", b"hello");
        assert_eq!(no_ext, Err(FileProblem::NoExtension));
        assert!(
            no_ext
                .unwrap_err()
                .message()
                .starts_with("The file name has no extension, so we cannot tell what it is. Allowed types: PDF, DOCX,")
        );
        assert_eq!(check_bytes("notes.", b"hello"), Err(FileProblem::NoExtension));
        assert_eq!(check_bytes(".pdf", b"%PDF-1.4"), Err(FileProblem::NoExtension));
        assert_eq!(check_bytes("Mr. Smith notes", b"hello"), Err(FileProblem::NoExtension));
        assert_eq!(check_bytes("Report v2.1", b"hello"), Err(FileProblem::NoExtension));

        // Invalid UTF-8 named .txt.
        let latin1 = check_bytes("notes.txt", b"Tiran\xEB is nice\n");
        assert_eq!(
            latin1,
            Err(FileProblem::Unrecognised {
                declared: FileKind::Txt
            })
        );
        assert!(latin1.unwrap_err().message().contains("UTF-8"));

        // Text named as a PDF, a DOCX named as an XLSX.
        assert_eq!(
            check_bytes("report.pdf", b"just text"),
            Err(FileProblem::Mismatch {
                declared: FileKind::Pdf,
                actual: FileKind::Txt
            })
        );
        let docx_as_xlsx = check_bytes("budget.xlsx", &simple_docx(&["x"]));
        assert_eq!(
            docx_as_xlsx,
            Err(FileProblem::Mismatch {
                declared: FileKind::Xlsx,
                actual: FileKind::Docx
            })
        );
        assert_eq!(
            docx_as_xlsx.unwrap_err().message(),
            "This file is named as an Excel spreadsheet (XLSX) but its content is \
             a Word document (DOCX). Rename it or upload the right file."
        );
        // A plain ZIP named .docx.
        assert_eq!(
            check_bytes("x.docx", &zip_of(&[("a.txt", b"a")], false)),
            Err(FileProblem::Unrecognised {
                declared: FileKind::Docx
            })
        );
        // A missing staged file is not a crash.
        assert_eq!(
            check("a.pdf", 5, Path::new("/nonexistent/roundtable/upload")),
            Err(FileProblem::Unrecognised {
                declared: FileKind::Pdf
            })
        );
    }

    #[test]
    fn sanitizes_names() {
        assert_eq!(sanitize_name("../../etc/passwd"), "passwd");
        assert_eq!(sanitize_name("C:\\x\\y.pdf"), "y.pdf");
        assert_eq!(sanitize_name("a\u{0}b.pdf"), "ab.pdf");
        assert_eq!(sanitize_name("   .hidden.pdf"), "hidden.pdf");
        assert_eq!(sanitize_name("Tiranë.pdf"), "Tiranë.pdf");
        assert_eq!(sanitize_name("Мостар 2024.docx"), "Мостар 2024.docx");
        assert_eq!(sanitize_name("a  \t b\n c.pdf"), "a b c.pdf");
        assert_eq!(sanitize_name("what? \"why\" <a|b>*:.txt"), "what why ab.txt");
        assert_eq!(sanitize_name("invoice\u{202E}fdp.exe"), "invoicefdp.exe");
        assert_eq!(sanitize_name("report.pdf. . "), "report.pdf");
        assert_eq!(sanitize_name(""), "file");
        assert_eq!(sanitize_name("..."), "file");
        assert_eq!(sanitize_name("a/b/"), "file");
        assert_eq!(sanitize_name("\u{1}\u{2}"), "file");

        let long = format!("{}.pdf", "x".repeat(296));
        assert_eq!(long.chars().count(), 300);
        let short = sanitize_name(&long);
        assert_eq!(short.chars().count(), 120);
        assert!(short.ends_with(".pdf"));
        assert!(short.starts_with("xxxx"));

        let long_unicode = format!("{}.docx", "ë".repeat(300));
        let short = sanitize_name(&long_unicode);
        assert_eq!(short.chars().count(), 120);
        assert!(short.ends_with("ë.docx"));

        let no_ext = "y".repeat(300);
        assert_eq!(sanitize_name(&no_ext), "y".repeat(120));
    }

    #[test]
    fn pdf_round_trip() {
        let pdf = simple_pdf(
            "Meeting in Tiranë",
            &[
                "Present: Ana Petrović, Đorđe Ilić, Françoise (chair) and Jürgen Šimić.",
                "Budget: 1 200 € — approved. Brackets (like these) and a back\\slash survive.",
            ],
        );
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "m.pdf", &pdf);
        assert_eq!(check("m.pdf", pdf.len() as u64, &path), Ok(FileKind::Pdf));
        let text = extract_text(FileKind::Pdf, &path, 10_000).unwrap();
        assert!(text.contains("Meeting in Tiranë"), "{text}");
        assert!(text.contains("Petrovic"), "{text}");
        assert!(!text.contains("Petrović"), "{text}");
        assert!(text.contains("Dorde Ilic"), "{text}");
        assert!(text.contains("Françoise (chair)"), "{text}");
        assert!(text.contains("Jürgen Šimic"), "{text}");
        assert!(text.contains("1 200 € — approved"), "{text}");
        assert!(text.contains("back\\slash"), "{text}");
        // The file is plain ASCII apart from the binary comment on line 2.
        assert!(pdf[15..].is_ascii());
    }

    #[test]
    fn pdf_wraps_and_adds_pages() {
        let paragraph = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. ".repeat(12);
        let mut paragraphs: Vec<String> = (0..40).map(|i| format!("Paragraph{i} {paragraph}")).collect();
        paragraphs.push(format!("Last {} Word", "Z".repeat(200)));
        let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
        let pdf = simple_pdf("Long", &refs);
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        let pages = doc.get_pages().len();
        assert!(pages > 3, "{pages} pages");
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "long.pdf", &pdf);
        let text = extract_text(FileKind::Pdf, &path, usize::MAX).unwrap();
        assert!(text.contains("Paragraph0 Lorem"));
        assert!(text.contains("Paragraph39 Lorem"));
        assert!(text.contains("Word"));
        assert!(text.lines().all(|l| l.chars().count() <= WRAP_CHARS), "lines too long");
        // max_chars stops early.
        let first = extract_text(FileKind::Pdf, &path, 50).unwrap();
        assert_eq!(first.chars().count(), 50);
        assert!(first.starts_with("Long\nParagraph0 Lorem"));
        // An empty document is still a valid one-page PDF.
        let empty = simple_pdf("", &[]);
        assert_eq!(lopdf::Document::load_mem(&empty).unwrap().get_pages().len(), 1);
    }

    #[test]
    fn encrypted_pdfs() {
        let encrypt = |user_password: &str| {
            let mut doc = lopdf::Document::load_mem(&simple_pdf("Secret", &["Hidden words"])).unwrap();
            let state = lopdf::EncryptionState::try_from(lopdf::EncryptionVersion::V2 {
                document: &doc,
                owner_password: "owner",
                user_password,
                key_length: 128,
                permissions: lopdf::Permissions::all(),
            })
            .unwrap();
            doc.encrypt(&state).unwrap();
            let mut out = Vec::new();
            doc.save_to(&mut out).unwrap();
            out
        };
        let dir = tempfile::tempdir().unwrap();
        // Only an owner password: opens without one, text is readable.
        let open = write(&dir, "open.pdf", &encrypt(""));
        let text = extract_text(FileKind::Pdf, &open, 1000).unwrap();
        assert!(text.contains("Hidden words"), "{text}");
        // A user password: no text, a clear error.
        let locked = write(&dir, "locked.pdf", &encrypt("user"));
        assert_eq!(check("locked.pdf", 1, &locked), Ok(FileKind::Pdf));
        assert_eq!(
            extract_text(FileKind::Pdf, &locked, 1000),
            Err("the PDF is protected with a password".to_string())
        );
    }

    #[test]
    fn wrap_respects_characters_and_width() {
        let body = line_width_units(BODY_SIZE);
        let width = |l: &[u8]| l.iter().map(|&b| helvetica_width(b)).sum::<u32>();
        // Ordinary text: the 90-character limit decides.
        let text = "lorem ipsum dolor sit amet ".repeat(20);
        let lines = wrap(text.as_bytes(), WRAP_CHARS, body, helvetica_width);
        assert!(lines.len() > 3);
        assert!(lines.iter().all(|l| l.len() <= WRAP_CHARS && width(l) <= body));
        assert!(lines[0].len() > 80, "{}", lines[0].len());
        // Capitals and W: the page width decides.
        let caps = "MINUTES OF THE ANNUAL GENERAL MEETING WWWWWWWWWWWWWW ".repeat(5);
        let lines = wrap(caps.as_bytes(), WRAP_CHARS, body, helvetica_width);
        assert!(lines.iter().all(|l| width(l) <= body), "{lines:?}");
        assert!(lines[0].len() < WRAP_CHARS);
        // A long word is cut; an explicit newline breaks; an empty paragraph is one empty line.
        let lines = wrap(&[b'W'; 200], WRAP_CHARS, body, helvetica_width);
        assert!(lines.len() >= 4 && lines.iter().all(|l| width(l) <= body));
        assert_eq!(lines.concat().len(), 200);
        assert_eq!(
            wrap(b"a\nb", 90, body, helvetica_width),
            vec![b"a".to_vec(), b"b".to_vec()]
        );
        assert_eq!(wrap(b"", 90, body, helvetica_width), vec![Vec::<u8>::new()]);
        let title = wrap(
            &to_win_ansi(&"TAKIM I BORDIT NË TIRANË ".repeat(4)),
            WRAP_CHARS,
            line_width_units(TITLE_SIZE),
            helvetica_bold_width,
        );
        assert!(title.len() >= 2);
    }

    #[test]
    fn transliterates_for_win_ansi() {
        assert_eq!(to_win_ansi("ćčđĐŁ"), b"ccdDL");
        assert_eq!(to_win_ansi("ëçé"), b"\xEB\xE7\xE9");
        assert_eq!(to_win_ansi("Šž€"), b"\x8A\x9E\x80");
        assert_eq!(to_win_ansi("Љубиша Ђорђевић"), b"Ljubi\x9Aa Dordevic");
        assert_eq!(to_win_ansi("Ш"), b"\x8A");
        assert_eq!(to_win_ansi("ș−中"), b"s-?");
        assert_eq!(to_win_ansi("e\u{0308}"), b"e"); // a combining mark is dropped
    }

    #[test]
    fn docx_round_trip() {
        let docx = simple_docx(&[
            "Takim në Tiranë",
            "Fish & chips <tonight> \"quoted\" it's",
            "line one\nline two\tafter tab",
        ]);
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "d.docx", &docx);
        assert_eq!(sniff(&path).unwrap(), Some(FileKind::Docx));
        let text = extract_text(FileKind::Docx, &path, 10_000).unwrap();
        assert_eq!(
            text,
            "Takim në Tiranë\nFish & chips <tonight> \"quoted\" it's\nline one\nline two after tab"
        );
        assert_eq!(extract_text(FileKind::Docx, &path, 5).unwrap(), "Takim");
    }

    #[test]
    fn docx_text_ignores_markup_and_deleted_text() {
        let xml = r#"<?xml version="1.0"?><!-- a <w:t>comment</w:t> -->
<w:document xmlns:w="x"><w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Title</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Hello </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>wor</w:t></w:r><w:r><w:t>ld</w:t></w:r>
<w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r>
<w:r><w:t>&#233;&#x20AC;&amp;&unknown;&lt;</w:t></w:r></w:p><w:p/>
<w:p><w:r><w:t attr="a>b">x</w:t></w:r></w:p>
</w:body></w:document>"#;
        let docx = zip_of(&[("word/document.xml", xml.as_bytes())], false);
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "d.docx", &docx);
        let text = extract_text(FileKind::Docx, &path, 10_000).unwrap();
        assert_eq!(text, "Title\nHello worldé€&&unknown;<\nx");
    }

    #[test]
    fn odt_text() {
        let content = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="o" xmlns:text="t">
<office:automatic-styles><style:style style:name="P1"/></office:automatic-styles>
<office:body><office:text>
<text:h text:outline-level="1">Agjenda</text:h>
<text:p>Takim<text:s/>në <text:span>Tiranë</text:span><text:line-break/>ora 10</text:p>
<text:p>Notë<office:annotation><dc:creator>Ana</dc:creator><text:p>secret</text:p></office:annotation> e fundit</text:p>
</office:text></office:body></office:document-content>"#;
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "n.odt", &odt(content));
        assert_eq!(sniff(&path).unwrap(), Some(FileKind::Odt));
        let text = extract_text(FileKind::Odt, &path, 10_000).unwrap();
        assert_eq!(text, "Agjenda\nTakim në Tiranë\nora 10\nNotë e fundit");
    }

    #[test]
    fn spreadsheet_and_slide_text() {
        let dir = tempfile::tempdir().unwrap();
        let strings = r#"<sst xmlns="x" count="3"><si><t>Shelter capacity</t></si>
<si><r><rPr><b/></rPr><t>Tir</t></r><r><t>anë</t></r></si><si><t>2026 &amp; 2027</t></si></sst>"#;
        let x = zip_of(
            &[
                ("[Content_Types].xml", b"<Types/>"),
                ("xl/workbook.xml", b"<workbook/>"),
                ("xl/sharedStrings.xml", strings.as_bytes()),
            ],
            false,
        );
        let path = write(&dir, "x.xlsx", &x);
        assert_eq!(sniff(&path).unwrap(), Some(FileKind::Xlsx));
        assert_eq!(
            extract_text(FileKind::Xlsx, &path, 1_000).unwrap(),
            "Shelter capacity\nTiranë\n2026 & 2027"
        );
        let slide = |t: &str| {
            format!(
                r#"<p:sld xmlns:a="a" xmlns:p="p"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>{t}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>"#
            )
        };
        let (s1, s2, s10) = (
            slide("Referral pathways"),
            slide("Return and reintegration"),
            slide("Questions"),
        );
        let p = zip_of(
            &[
                ("[Content_Types].xml", b"<Types/>"),
                ("ppt/presentation.xml", b"<presentation/>"),
                ("ppt/slides/slide10.xml", s10.as_bytes()),
                ("ppt/slides/slide2.xml", s2.as_bytes()),
                ("ppt/slides/slide1.xml", s1.as_bytes()),
                ("ppt/slides/_rels/slide1.xml.rels", b"<Relationships/>"),
            ],
            false,
        );
        let path = write(&dir, "p.pptx", &p);
        assert_eq!(sniff(&path).unwrap(), Some(FileKind::Pptx));
        assert_eq!(
            extract_text(FileKind::Pptx, &path, 1_000).unwrap(),
            "Referral pathways\nReturn and reintegration\nQuestions"
        );
        let content = r#"<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet>
<table:table table:name="Gaps"><table:table-row><table:table-cell><text:p>Country</text:p></table:table-cell><table:table-cell><text:p>Beds</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>Kosovo*</text:p></table:table-cell><table:table-cell office:value="12"><text:p>12</text:p></table:table-cell></table:table-row></table:table>
</office:spreadsheet></office:body></office:document-content>"#;
        let o = zip_of(
            &[("mimetype", MIME_ODS.as_bytes()), ("content.xml", content.as_bytes())],
            true,
        );
        let path = write(&dir, "o.ods", &o);
        assert_eq!(sniff(&path).unwrap(), Some(FileKind::Ods));
        assert_eq!(
            extract_text(FileKind::Ods, &path, 1_000).unwrap(),
            "Country\nBeds\nKosovo*\n12"
        );
    }

    #[test]
    fn plain_text_and_other_kinds() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "t.csv", "\u{FEFF}name,  city\r\n\r\nAna,\tTiranë\r\n".as_bytes());
        assert_eq!(
            extract_text(FileKind::Csv, &path, 100).unwrap(),
            "name, city\nAna, Tiranë"
        );
        assert_eq!(extract_text(FileKind::Txt, &path, 7).unwrap(), "name, c");
        assert_eq!(extract_text(FileKind::Txt, &path, 0).unwrap(), "");
        let png = write(&dir, "p.png", PNG);
        assert_eq!(extract_text(FileKind::Png, &png, 100).unwrap(), "");
        let xlsx = write(&dir, "x.xlsx", &xlsx());
        assert_eq!(extract_text(FileKind::Xlsx, &xlsx, 100).unwrap(), "");
    }

    #[test]
    fn hostile_files_give_errors_not_panics() {
        let dir = tempfile::tempdir().unwrap();
        let garbage: Vec<u8> = (0u32..20_000)
            .map(|i| (i.wrapping_mul(2654435761) >> 7) as u8)
            .collect();
        let mut fake_pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n".to_vec();
        fake_pdf.extend_from_slice(&garbage);
        let nested = format!(
            "%PDF-1.4\n1 0 obj\n{}\nendobj\ntrailer << /Root 1 0 R >>\n",
            "[".repeat(100_000)
        );
        for (name, bytes) in [
            ("g.pdf", garbage.clone()),
            ("f.pdf", fake_pdf),
            ("n.pdf", nested.into_bytes()),
            ("t.pdf", simple_pdf("T", &["some words"])[..200].to_vec()),
        ] {
            let path = write(&dir, name, &bytes);
            // Either an error or (for repairable files) some text; never a panic.
            let _ = extract_text(FileKind::Pdf, &path, 1000);
        }
        let g = write(&dir, "g.docx", &garbage);
        assert!(extract_text(FileKind::Docx, &g, 1000).is_err());
        assert!(extract_text(FileKind::Odt, &g, 1000).is_err());
        let no_doc = write(&dir, "z.docx", &zip_of(&[("a.txt", b"a")], false));
        assert_eq!(
            extract_text(FileKind::Docx, &no_doc, 1000),
            Err("the document has no word/document.xml".to_string())
        );
        let missing = dir.path().join("missing.pdf");
        assert!(extract_text(FileKind::Pdf, &missing, 1000).is_err());
        assert!(extract_text(FileKind::Txt, &missing, 1000).is_err());
    }

    #[test]
    fn zip_bomb_is_capped() {
        // 8 MiB of text in one run compresses to a few KiB; reading stops at the cap.
        let run = "<w:p><w:r><w:t>bomb bomb bomb bomb bomb bomb bomb</w:t></w:r></w:p>";
        let mut xml = String::from("<w:document><w:body>");
        while xml.len() < 8 * 1024 * 1024 {
            xml.push_str(run);
        }
        xml.push_str("<w:p><w:r><w:t>THE-END</w:t></w:r></w:p></w:body></w:document>");
        let docx = zip_of(&[("word/document.xml", xml.as_bytes())], false);
        assert!(docx.len() < 200 * 1024, "compressed to {} bytes", docx.len());
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "bomb.docx", &docx);
        assert_eq!(sniff(&path).unwrap(), Some(FileKind::Docx));

        let cap = 64 * 1024;
        let text = extract_text_capped(FileKind::Docx, &path, usize::MAX, cap).unwrap();
        assert!(text.len() < cap as usize, "{} bytes", text.len());
        assert!(text.starts_with("bomb bomb"));
        assert!(!text.contains("THE-END"));

        // Under the real cap the whole document is read, but max_chars still bounds the text.
        let text = extract_text(FileKind::Docx, &path, 1000).unwrap();
        let n = text.chars().count();
        assert!((990..=1000).contains(&n), "{n} chars");
    }
}
