//! Handing memory back to the system. glibc gives every thread that allocates an arena of its
//! own (up to eight per core) and keeps what a burst of work freed — the demo's start, a
//! check — inside them; this app then idles in the tray for hours. Measured: about 6 MB of the
//! app process's idle memory (BENCHMARKS.md, the desktop app's steps).

/// First thing in `main`, before any other thread exists.
pub fn limit_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // Two: the app's threads mostly wait on the network, so they seldom contend.
        const ARENAS: i32 = 2;
        // SAFETY: mallopt only sets how many arenas threads created later may use; no other
        // thread exists yet, so nothing races with it.
        #[allow(unsafe_code)]
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, ARENAS);
        }
    }
}

/// After a burst of work: return each arena's free pages (runs off the async workers, as it
/// walks every arena under its lock).
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    tauri::async_runtime::spawn_blocking(|| {
        // SAFETY: malloc_trim only releases pages malloc holds free; it takes the arenas'
        // locks itself, so it is safe from any thread.
        #[allow(unsafe_code)]
        unsafe {
            libc::malloc_trim(0);
        }
    });
}
