//! What a file is: the accepted kinds with their names, extensions and MIME types, and
//! sniffing a file's content to decide its kind.

use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

// Only for the documentation links to them.
#[cfg(doc)]
use super::{check, extract_text};

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
pub(super) const MIME_ODT: &str = "application/vnd.oasis.opendocument.text";
pub(super) const MIME_ODS: &str = "application/vnd.oasis.opendocument.spreadsheet";

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

    /// The catalogue key of its name for people ("Word document (DOCX)").
    pub fn label_key(self) -> &'static str {
        match self {
            FileKind::Pdf => "file-kind-pdf",
            FileKind::Docx => "file-kind-docx",
            FileKind::Xlsx => "file-kind-xlsx",
            FileKind::Pptx => "file-kind-pptx",
            FileKind::Odt => "file-kind-odt",
            FileKind::Ods => "file-kind-ods",
            FileKind::Txt => "file-kind-txt",
            FileKind::Csv => "file-kind-csv",
            FileKind::Png => "file-kind-png",
            FileKind::Jpeg => "file-kind-jpeg",
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

    /// The catalogue key of the kind inside a sentence ("a PDF", "an Excel spreadsheet (XLSX)").
    pub(super) fn in_sentence(self) -> &'static str {
        match self {
            FileKind::Pdf => "file-kind-a-pdf",
            FileKind::Docx => "file-kind-a-docx",
            FileKind::Xlsx => "file-kind-a-xlsx",
            FileKind::Pptx => "file-kind-a-pptx",
            FileKind::Odt => "file-kind-a-odt",
            FileKind::Ods => "file-kind-a-ods",
            FileKind::Txt => "file-kind-a-txt",
            FileKind::Csv => "file-kind-a-csv",
            FileKind::Png => "file-kind-a-png",
            FileKind::Jpeg => "file-kind-a-jpeg",
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::samples::{simple_docx, simple_pdf};
    use crate::files::test_support::{JPEG, PNG, ods, odt, pptx, write, xlsx, zip_of};

    fn sniff_bytes(bytes: &[u8]) -> Option<FileKind> {
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "x", bytes);
        sniff(&path).unwrap()
    }

    #[test]
    fn kinds_are_consistent() {
        for kind in FileKind::ALL {
            assert_eq!(FileKind::from_mime(kind.mime()), Some(kind));
            for ext in kind.extensions() {
                assert_eq!(FileKind::from_extension(ext), Some(kind));
                assert_eq!(FileKind::from_extension(&ext.to_uppercase()), Some(kind));
            }
            assert!(crate::i18n::lookup("en", kind.label_key(), &[]).is_some());
            assert!(crate::i18n::lookup("en", kind.in_sentence(), &[]).is_some());
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
}
