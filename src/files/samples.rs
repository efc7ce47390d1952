//! Builders of small fictional sample files (PDF, DOCX, XLSX): `roundtable demo` uses them for
//! its demo documents, and tests use them as uploads. Nothing here reads user files.

use std::io::{Cursor, Write};

use super::check::is_invisible_format;

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
    // A paragraph's wrapped lines, in the title's style or the body's; a gap after the last.
    let mut add = |text: &str, bold: bool| {
        let (size, leading, gap, width): (u32, u32, u32, fn(u8) -> u32) = if bold {
            (TITLE_SIZE, TITLE_LEADING, 10, helvetica_bold_width)
        } else {
            (BODY_SIZE, BODY_LEADING, PARAGRAPH_GAP, helvetica_width)
        };
        let wrapped = wrap(&to_win_ansi(text), WRAP_CHARS, line_width_units(size), width);
        let n = wrapped.len();
        for (k, text) in wrapped.into_iter().enumerate() {
            lines.push(Line {
                bold,
                text,
                leading,
                gap_after: if k + 1 == n { gap } else { 0 },
            });
        }
    };
    if !title.trim().is_empty() {
        add(title, true);
    }
    for paragraph in paragraphs {
        add(paragraph, false);
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

    ooxml_package(&[(
        "word/document.xml",
        Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
        doc.as_str(),
    )])
}

/// An OOXML package: `[Content_Types].xml` with the content type of each part that states one,
/// `_rels/.rels` pointing at the first part (the main document), then the parts in order.
fn ooxml_package(parts: &[(&str, Option<&str>, &str)]) -> Vec<u8> {
    let overrides: String = parts
        .iter()
        .filter_map(|(name, content_type, _)| {
            content_type.map(|t| format!(r#"<Override PartName="/{name}" ContentType="{t}"/>"#))
        })
        .collect();
    let content_types = format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            "\n",
            r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
            r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
            r#"<Default Extension="xml" ContentType="application/xml"/>"#,
            "{overrides}",
            r#"</Types>"#
        ),
        overrides = overrides
    );
    let rels = format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            "\n",
            r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
            r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{main}"/>"#,
            r#"</Relationships>"#
        ),
        main = parts[0].0
    );
    let mut files = vec![
        ("[Content_Types].xml", content_types.as_str()),
        ("_rels/.rels", rels.as_str()),
    ];
    files.extend(parts.iter().map(|(name, _, content)| (*name, *content)));
    zip_parts(&files)
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

    ooxml_package(&[
        (
            "xl/workbook.xml",
            Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            WORKBOOK,
        ),
        ("xl/_rels/workbook.xml.rels", None, WORKBOOK_RELS),
        (
            "xl/worksheets/sheet1.xml",
            Some("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
            sheet.as_str(),
        ),
        (
            "xl/sharedStrings.xml",
            Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"),
            strings.as_str(),
        ),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::test_support::write;
    use crate::files::{FileKind, check, extract_text, sniff};

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
}
