//! The binary itself: bad configuration stops start-up with one sentence and exit status 2.

use std::process::Command;

fn run(args: &[&str], env: &[(&str, &str)]) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_roundtable"));
    cmd.args(args)
        .current_dir(dir.path())
        .env_remove("ROUNDTABLE_DATABASE_URL")
        .env("ROUNDTABLE_LOG", "error");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

#[test]
fn unparseable_bind_address_exits_2_naming_the_variable() {
    let (code, err) = run(&["check-config"], &[("ROUNDTABLE_BIND", "not-an-address")]);
    assert_eq!(code, 2);
    assert!(err.contains("ROUNDTABLE_BIND"), "{err}");
    assert!(!err.contains("panicked") && !err.contains("backtrace"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "one sentence: {err}");
}

#[test]
fn short_secret_key_exits_2() {
    let (code, err) = run(&["check-config"], &[("ROUNDTABLE_SECRET_KEY", "short")]);
    assert_eq!(code, 2);
    assert!(
        err.contains("ROUNDTABLE_SECRET_KEY") && err.contains("too short"),
        "{err}"
    );
}

#[test]
fn production_without_secret_key_exits_2() {
    let (code, err) = run(&["check-config"], &[("ROUNDTABLE_ENV", "production")]);
    assert_eq!(code, 2);
    assert!(err.contains("ROUNDTABLE_SECRET_KEY"), "{err}");
}

#[test]
fn unreachable_database_exits_2() {
    let (code, err) = run(
        &["serve"],
        &[("ROUNDTABLE_DATABASE_URL", "postgres://postgres@127.0.0.1:1/nothing")],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("ROUNDTABLE_DATABASE_URL") && err.contains("cannot connect"),
        "{err}"
    );
}

#[test]
fn malformed_database_url_exits_2() {
    let (code, err) = run(&["serve"], &[("ROUNDTABLE_DATABASE_URL", "mysql:/nope")]);
    assert_eq!(code, 2);
    assert!(err.contains("ROUNDTABLE_DATABASE_URL"), "{err}");
}

#[test]
fn user_create_prints_a_set_password_link_and_demo_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("cli.db").display());
    let bin = env!("CARGO_BIN_EXE_roundtable");
    let base = |args: &[&str]| {
        Command::new(bin)
            .args(args)
            .current_dir(dir.path())
            .env("ROUNDTABLE_DATABASE_URL", &db)
            .env("ROUNDTABLE_LOG", "error")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap()
    };
    let out = base(&["demo"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("secretariat@demo.example.org"));
    let again = base(&["demo"]);
    assert!(again.status.success());
    let out = base(&[
        "user",
        "create",
        "--email",
        "Focal@Example.org",
        "--name",
        "Focal Point",
        "--role",
        "member",
        "--organization",
        "SRS",
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("/set-password?token="), "{stdout}");
    let dup = base(&[
        "user",
        "create",
        "--email",
        "focal@example.org",
        "--name",
        "X",
        "--role",
        "member",
        "--organization",
        "SRS",
    ]);
    assert_eq!(dup.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&dup.stderr).contains("already exists"));
    let status = base(&["migrate", "status"]);
    assert!(String::from_utf8_lossy(&status.stdout).contains("applied"));
}

#[test]
fn mail_test_sends_through_smtp_and_reports_the_answer() {
    let sink = crate::smtp::Sink::start();
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .args(["mail", "test", "--to", "ops@example.org"])
        .current_dir(dir.path())
        .env("ROUNDTABLE_SMTP_URL", format!("smtp://127.0.0.1:{}", sink.port))
        .env("ROUNDTABLE_MAIL_FROM", "Roundtable <noreply@example.org>")
        .env("ROUNDTABLE_LOG", "error")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("250"), "the SMTP answer is reported: {stdout}");
    let got = sink.received();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].parsed().subject(), Some("Roundtable test message"));

    let refused = Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .args(["mail", "test", "--to", "ops@example.org"])
        .current_dir(dir.path())
        .env(
            "ROUNDTABLE_SMTP_URL",
            format!("smtp://127.0.0.1:{}", crate::smtp::free_port()),
        )
        .env("ROUNDTABLE_LOG", "error")
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("temporary"));
}
