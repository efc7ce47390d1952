//! Reading calendar files for import (`calendar::import::read`, what the upload and every
//! preview do): each file of the corpus in tests/data/ics/, a weekly meeting for a year (53
//! drafts), and the largest upload accepted (1 MB: an Outlook invitation whose HTML copy of
//! the description fills it). Prints median and 95th percentile per file.
//!
//! Run with `cargo bench --bench calendar_import` (BENCH_ROUNDS changes the rounds, 200).

use std::time::Instant;

use roundtable::calendar::import::{ReadOptions, read};

fn timed(name: &str, text: &str, rounds: usize) {
    let candidates: Vec<chrono_tz::Tz> = chrono_tz::TZ_VARIANTS.to_vec();
    let opts = ReadOptions {
        zone: None,
        default_zone: chrono_tz::Europe::Tirane,
        candidates: &candidates,
        limit: 60,
    };
    let drafts = read(text, &opts).map(|r| r.drafts.len()).unwrap_or(0);
    let mut times: Vec<f64> = (0..rounds)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(read(std::hint::black_box(text), &opts).ok());
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    println!(
        "{name:<34} {:>8} bytes {drafts:>3} drafts  median {:.3} ms  p95 {:.3} ms",
        text.len(),
        times[times.len() / 2],
        times[times.len() * 95 / 100]
    );
}

fn main() {
    let rounds: usize = std::env::var("BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/ics");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        timed(&f.file_name().unwrap().to_string_lossy(), &text, rounds);
    }
    let weekly = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:w@example.org\r\nSUMMARY:Weekly call\r\nDTSTART;TZID=Europe/Belgrade:20270104T100000\r\nDTEND;TZID=Europe/Belgrade:20270104T110000\r\nRRULE:FREQ=WEEKLY;BYDAY=MO\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    timed("weekly for a year (open rule)", weekly, rounds);
    // The largest upload: an HTML description folded into content lines up to 1 MB.
    let footer = "END:VEVENT\r\nEND:VCALENDAR\r\n";
    let mut big = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:big@example.org\r\nSUMMARY:Large invitation\r\nDTSTART;TZID=Central Europe Standard Time:20270114T090000\r\nDTEND;TZID=Central Europe Standard Time:20270114T103000\r\nX-ALT-DESC;FMTTYPE=text/html:<html>\r\n",
    );
    let chunk = " <p>An agenda item with a long description, as Outlook copies it.</p>\r\n";
    while big.len() + chunk.len() + footer.len() <= 1024 * 1024 {
        big.push_str(chunk);
    }
    big.push_str(footer);
    timed("1 MB Outlook invitation", &big, rounds.min(50));
}
