//! Checking an upload: the name's extension must be allowed and agree with the content;
//! plain problems for the person uploading (catalogue messages); safe display names.

use std::path::Path;

use super::kind::{FileKind, allowed_types, sniff};
use crate::i18n::{Msg, msg};

// ---------------------------------------------------------------------------
// Checking an upload
// ---------------------------------------------------------------------------

/// Why an upload is refused. [`FileProblem::message`] says it in plain words.
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
    /// A short, plain message for the person who uploaded the file.
    pub fn message(&self) -> Msg {
        let kind = |k: &FileKind| msg(k.in_sentence());
        match self {
            FileProblem::Empty => msg("upload-empty"),
            FileProblem::NoExtension => msg("upload-no-extension").arg("types", allowed_types()),
            FileProblem::RefusedType { ext } => {
                let mut shown: String = ext.chars().take(16).collect();
                if ext.chars().count() > 16 {
                    shown.push('…');
                }
                msg("upload-refused-type")
                    .arg("ext", shown)
                    .arg("types", allowed_types())
            }
            FileProblem::Unrecognised {
                declared: d @ (FileKind::Txt | FileKind::Csv),
            } => msg("upload-not-utf8").arg("declared", kind(d)),
            FileProblem::Unrecognised { declared } => msg("upload-unrecognised").arg("declared", kind(declared)),
            FileProblem::Mismatch { declared, actual } => msg("upload-mismatch")
                .arg("declared", kind(declared))
                .arg("actual", kind(actual)),
        }
    }
}

impl std::fmt::Display for FileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().text(crate::i18n::DEFAULT_LANGUAGE))
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
pub(super) fn is_invisible_format(c: char) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::samples::{simple_docx, simple_pdf};
    use crate::files::test_support::{JPEG, PNG, ods, odt, pptx, write, xlsx, zip_of};

    fn check_bytes(name: &str, bytes: &[u8]) -> Result<FileKind, FileProblem> {
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "upload.bin", bytes);
        check(name, bytes.len() as u64, &path)
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
            png_as_pdf.unwrap_err().message().text("en"),
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
            random_pdf.unwrap_err().message().text("en"),
            "This file is named as a PDF but its content is not a PDF or any accepted type."
        );

        let exe = check_bytes("setup.exe", b"MZ\x90\0");
        assert_eq!(exe, Err(FileProblem::RefusedType { ext: "exe".into() }));
        assert_eq!(
            exe.unwrap_err().message().text("en"),
            "Files of type .exe are not accepted. \
             Allowed types: PDF, DOCX, XLSX, PPTX, ODT, ODS, TXT, CSV, PNG, JPEG."
        );
        assert_eq!(
            check_bytes("Setup.EXE", b"MZ"),
            Err(FileProblem::RefusedType { ext: "exe".into() })
        );

        assert_eq!(check_bytes("report.pdf", b""), Err(FileProblem::Empty));
        assert_eq!(FileProblem::Empty.message().text("en"), "The file is empty.");
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
                .text("en")
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
        assert!(latin1.unwrap_err().message().text("en").contains("UTF-8"));

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
            docx_as_xlsx.unwrap_err().message().text("en"),
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
}
