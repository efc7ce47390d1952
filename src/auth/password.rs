//! Password hashing with argon2id (the `argon2` crate's defaults: m=19 MiB, t=2, p=1).

use argon2::Argon2;

use crate::i18n::{Msg, msg};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};

pub const MIN_LEN: usize = 10;
pub const MAX_LEN: usize = 200;

pub fn hash(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

pub fn verify(password: &str, stored: &str) -> bool {
    check(password, Some(stored))
}

/// Runs `f` (an argon2 computation) on tokio's blocking threads, at most one per core at a
/// time. Argon2 takes 19 MiB and tens of milliseconds of one core (more on a busy machine): run
/// on a web worker it would hold up every other request that worker serves, and more at once
/// than there are cores would only add memory. `None` if the thread failed.
async fn off_thread<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    static TURNS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    let turns =
        TURNS.get_or_init(|| tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(1, |n| n.get())));
    let _turn = turns.acquire().await.ok()?;
    tokio::task::spawn_blocking(f).await.ok()
}

/// [`hash`], off the web workers (see [`off_thread`]); request handlers call this.
pub async fn hash_off_thread(password: &str) -> Result<String, String> {
    let password = password.to_owned();
    off_thread(move || hash(&password))
        .await
        .unwrap_or_else(|| Err("the password could not be hashed".into()))
}

/// [`check`], off the web workers (see [`off_thread`]); false if the thread failed.
pub async fn check_off_thread(password: &str, stored: Option<&str>) -> bool {
    let (password, stored) = (password.to_owned(), stored.map(str::to_owned));
    off_thread(move || check(&password, stored.as_deref()))
        .await
        .unwrap_or(false)
}

/// An argon2id hash of a password nobody has, with the crate's default cost (what [`hash`]
/// produces), so checking against it costs what checking a real password costs. A constant
/// rather than computed at first use, so the first sign-in after a start is not slower either.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$ZHVtbXlzYWx0ZHVtbXlzYWx0$q9BvqfHkIQfSHfYqOCiVddU7bDCOChqOMlL+GLpHDhs";

/// Checks `password` against `stored`, running exactly one argon2 verification whatever
/// `stored` is: a real hash, none (an unknown address, an invited account that has not set a
/// password yet, a deactivated account) or an unreadable one. Sign-in therefore takes the same
/// time for every kind of account and the timing does not tell which addresses have one.
pub fn check(password: &str, stored: Option<&str>) -> bool {
    let real = stored.and_then(|s| PasswordHash::new(s).ok());
    let Some(hash) = real.clone().or_else(|| PasswordHash::new(DUMMY_HASH).ok()) else {
        return false;
    };
    #[cfg(test)]
    VERIFICATIONS.with(|n| n.set(n.get() + 1));
    let ok = Argon2::default().verify_password(password.as_bytes(), &hash).is_ok();
    ok && real.is_some()
}

#[cfg(test)]
thread_local! {
    /// Argon2 verifications run on this thread (for the tests below).
    static VERIFICATIONS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// What is wrong with an unacceptable password.
pub fn check_strength(password: &str) -> Result<(), Msg> {
    let n = password.chars().count();
    if n < MIN_LEN {
        return Err(msg("password-too-short").arg("min", MIN_LEN));
    }
    if n > MAX_LEN {
        return Err(msg("password-too-long").arg("max", MAX_LEN));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verifications_for(password: &str, stored: Option<&str>) -> (bool, u32) {
        let before = VERIFICATIONS.with(|n| n.get());
        let ok = check(password, stored);
        (ok, VERIFICATIONS.with(|n| n.get()) - before)
    }

    #[test]
    fn every_kind_of_account_costs_one_argon2_verification() {
        let real = hash("correct horse battery").unwrap();
        assert_eq!(verifications_for("correct horse battery", Some(&real)), (true, 1));
        assert_eq!(verifications_for("wrong", Some(&real)), (false, 1));
        // No password yet (invited), unknown address, unreadable hash: the same work, never a match.
        assert_eq!(verifications_for("anything", None), (false, 1));
        assert_eq!(verifications_for("", None), (false, 1));
        assert_eq!(verifications_for("anything", Some("not a hash")), (false, 1));
    }

    #[test]
    fn the_dummy_hash_costs_what_a_real_hash_costs() {
        let real = hash("x").unwrap();
        let params = |h: &str| {
            let p = PasswordHash::new(h).unwrap();
            (p.algorithm.to_string(), p.version, p.params.to_string())
        };
        assert_eq!(params(DUMMY_HASH), params(&real));
    }

    #[test]
    fn hashes_are_argon2id_and_verify() {
        let h = super::hash("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(super::verify("correct horse battery", &h));
        assert!(!super::verify("wrong", &h));
    }
}
