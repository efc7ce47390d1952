//! Plain text of a document for the search index, written for hostile input.

use std::fs::File;
use std::io::{BufReader, Read};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use super::kind::FileKind;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::check::check;
    use crate::files::kind::{MIME_ODS, sniff};
    use crate::files::samples::simple_pdf;
    use crate::files::test_support::{PNG, odt, write, xlsx, zip_of};

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
