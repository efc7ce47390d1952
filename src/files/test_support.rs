//! Fixtures shared by the unit tests of the `files` modules: writing a temporary file, ZIPs
//! in memory, minimal XLSX/PPTX/ODT/ODS packages, PNG and JPEG headers.

use std::io::{Cursor, Write};
use std::path::PathBuf;

use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

use super::kind::{MIME_ODS, MIME_ODT};

pub(super) fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// A ZIP with the given entries; the first one stored (as ODF wants for `mimetype`)
/// when `store_first`, the rest deflated.
pub(super) fn zip_of(entries: &[(&str, &[u8])], store_first: bool) -> Vec<u8> {
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

pub(super) const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
pub(super) const JPEG: &[u8] = b"\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0";

pub(super) fn xlsx() -> Vec<u8> {
    zip_of(
        &[
            ("[Content_Types].xml", b"<Types/>"),
            ("xl/workbook.xml", b"<workbook/>"),
        ],
        false,
    )
}
pub(super) fn pptx() -> Vec<u8> {
    zip_of(
        &[
            ("[Content_Types].xml", b"<Types/>"),
            ("ppt/presentation.xml", b"<presentation/>"),
        ],
        false,
    )
}
pub(super) fn odt(content: &str) -> Vec<u8> {
    zip_of(
        &[("mimetype", MIME_ODT.as_bytes()), ("content.xml", content.as_bytes())],
        true,
    )
}
pub(super) fn ods() -> Vec<u8> {
    zip_of(
        &[
            ("mimetype", MIME_ODS.as_bytes()),
            ("content.xml", b"<office:document-content/>"),
        ],
        true,
    )
}
