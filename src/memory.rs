//! How the process holds on to memory it has freed (glibc on Linux; elsewhere these do nothing).
//!
//! glibc gives each thread that allocates its own arena, up to eight per core. Rows are read on
//! SQLite's connection threads and freed on the web workers' threads, so with a dozen threads
//! each arena keeps its own share of freed memory and the process holds two to three times what
//! it uses (measured in BENCHMARKS.md, "Memory under load"). Two arenas, and handing freed
//! memory back to the system every second and after the background passes, keep less of it:
//! with the admission bound, 138 -> 101 MB under load. Memory freed between small live
//! allocations still stays with the process (BENCHMARKS.md, "Memory under load").
//!
//! The only `unsafe` in the crate: two calls into the C library, with no pointers involved.
#![allow(unsafe_code)]

/// Called first thing in `main`, before any thread starts. `MALLOC_ARENA_MAX` in the
/// environment still wins (an operator's choice).
pub fn configure() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: mallopt only changes allocator parameters; called before other threads exist.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 2);
        }
    }
}

/// Gives memory freed since the last call back to the system (after a background pass that
/// read many rows, and now and then under load).
pub fn release_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim is thread-safe; it takes each arena's lock in turn.
    unsafe {
        libc::malloc_trim(0);
    }
}
