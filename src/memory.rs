//! How the process holds on to memory it has freed (glibc on Linux; elsewhere these do nothing).
//!
//! glibc gives each thread that allocates its own arena, up to eight per core. Rows are read on
//! SQLite's connection threads and freed on the web workers' threads, so with a dozen threads
//! each arena keeps its own share of freed memory and the process holds two to three times what
//! it uses (measured in BENCHMARKS.md, "Memory under load"). Two arenas, large blocks in their
//! own mappings, and handing freed memory back to the system every second and after the
//! background passes keep far less of it (BENCHMARKS.md, "Memory under load", third round).
//!
//! The only `unsafe` in the crate: two calls into the C library, with no pointers involved.
#![allow(unsafe_code)]

/// Called first thing in `main`, before any thread starts. `MALLOC_ARENA_MAX` and
/// `MALLOC_MMAP_THRESHOLD_` in the environment still win (an operator's choice).
pub fn configure() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
            // SAFETY: mallopt only changes allocator parameters; called before other threads exist.
            unsafe {
                libc::mallopt(libc::M_ARENA_MAX, ARENAS);
            }
        }
        if std::env::var_os("MALLOC_MMAP_THRESHOLD_").is_none() {
            // SAFETY: as above.
            unsafe {
                libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
            }
        }
    }
}

/// Two arenas. One holds about 6 MB less under load but serves about a sixth fewer requests a
/// second (SQLite's threads and the web workers wait for its lock); glibc's default of eight per
/// core held about 40 MB more (BENCHMARKS.md, "Memory under load", third round).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const ARENAS: libc::c_int = 2;

/// Blocks from 64 KB up (a rendered page, a page of rows) get their own mapping and go back to
/// the system when freed, instead of leaving holes in the heap between small live blocks.
/// Setting it also stops glibc from raising the threshold after large frees.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MMAP_THRESHOLD: libc::c_int = 64 * 1024;

/// Gives memory freed since the last call back to the system (after a background pass that
/// read many rows, and now and then under load).
pub fn release_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim is thread-safe; it takes each arena's lock in turn.
    unsafe {
        libc::malloc_trim(0);
    }
}
