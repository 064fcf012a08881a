//! Keeping freed array memory in the process for reuse.
//!
//! NumPy frees an array the moment its last reference goes, so the next
//! array of that size reuses the same, already-mapped memory. A JS array's
//! ArrayBuffer is freed only when V8's garbage collector runs, which it does
//! after some tens of megabytes of new buffers; glibc then returns the freed
//! top of its heap to the kernel (`M_TRIM_THRESHOLD`, by default twice the
//! dynamic mmap threshold), and the next arrays fault in fresh pages that
//! the kernel must zero first — for a 1e6-element result that costs as much
//! as the arithmetic.
//!
//! [`tune`] fixes glibc's mmap threshold at 32 MiB (the largest value its
//! dynamic threshold reaches, so blocks up to that size come from the heap
//! as they do for NumPy after its first large free) and raises the trim
//! threshold to 128 MiB (V8's external-memory GC step is 64 MiB), so freed
//! buffers are reused instead of refaulted. Larger blocks are still mapped
//! and unmapped one by one. Only glibc has these knobs; elsewhere (musl,
//! macOS, Windows, Electron's PartitionAlloc) this does nothing.
//!
//! Blocks above the mmap threshold are still mapped and unmapped one by one,
//! so an output of tens of megabytes faults in pages the kernel must zero on
//! every call: for `a.astype('float32')` of 1e7 elements that is more than
//! half the time. NumPy pays this too, but then frees at once and has no
//! garbage collector's delay to bridge. [`large_from_heap`] lets the caller
//! take one such block from the heap instead (glibc has no per-call knob, so
//! it switches mmap off around the allocation), where a freed block of that
//! size is reused warm. rumpy does this only for outputs it will overwrite;
//! zero-filled arrays keep the mmap path, whose fresh pages are zero for
//! free.

/// Applies the malloc settings above; idempotent.
pub fn tune() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: mallopt only changes allocator parameters.
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
            libc::mallopt(libc::M_TRIM_THRESHOLD, 128 << 20);
        }
    }
}

/// glibc's default `M_MMAP_MAX` (the number of mmapped blocks allowed).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const DEFAULT_MMAP_MAX: i32 = 65536;

/// While `on`, malloc serves blocks above the mmap threshold from the heap
/// (`M_MMAP_MAX = 0`); `false` restores glibc's default. Call it around one
/// allocation on the allocating thread.
pub fn large_from_heap(on: bool) {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: mallopt only changes allocator parameters.
        unsafe { libc::mallopt(libc::M_MMAP_MAX, if on { 0 } else { DEFAULT_MMAP_MAX }) };
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    let _ = on;
}
