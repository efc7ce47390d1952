//! Uploaded files: what a file really is (decided from its content, never
//! from its name), plain-English problems for the person uploading, safe
//! display names, plain text for the search index, and two tiny document
//! builders (PDF, DOCX) for demo data and tests.
//!
//! Everything here is a pure function over a path or bytes: no actix, no
//! database. All readers are written for hostile input: decompression is
//! capped, parsing is lenient, and nothing here should panic on bad files.
//!
//! - `kind.rs`: what a file is: [`FileKind`], its names and MIME types, [`sniff`].
//! - `check.rs`: checking an upload ([`check`], [`FileProblem`]) and [`sanitize_name`].
//! - `extract.rs`: plain text for the search index, [`extract_text`].
//! - `samples.rs`: [`simple_pdf`], [`simple_docx`] and [`simple_xlsx`], which build small
//!   fictional documents for `roundtable demo` and for tests.

mod check;
mod extract;
mod kind;
mod samples;
#[cfg(test)]
mod test_support;

pub use check::{FileProblem, check, sanitize_name};
pub use extract::extract_text;
pub use kind::{FileKind, accept_attribute, allowed_types, sniff};
pub use samples::{simple_docx, simple_pdf, simple_xlsx};
