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

/// Zeroes `len` bytes at `ptr` the way a fresh mapping is zero: the
/// partial pages at either end are written, and the whole pages between are
/// handed back to the kernel (`madvise(MADV_DONTNEED)`), which maps zero
/// pages on their next touch. A large zero-filled array that lands in a
/// reused heap block (see [`large_from_heap`]) then costs what a new mapping
/// costs, not a memset of the whole block (80 MB: 8 ms). Elsewhere (other
/// than glibc Linux, where buffers are private anonymous memory), or if the
/// advice fails, the bytes are written.
///
/// # Safety
/// `[ptr, ptr + len)` must be writable private memory that nothing else
/// uses while this runs (a new buffer).
pub unsafe fn zero_fill(ptr: *mut u8, len: usize) {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        const PAGE: usize = 4096;
        let start = (ptr as usize).div_ceil(PAGE) * PAGE;
        let end = (ptr as usize + len) / PAGE * PAGE;
        if end > start {
            let head = start - ptr as usize;
            // SAFETY: whole pages inside the caller's buffer.
            if libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED) == 0 {
                std::ptr::write_bytes(ptr, 0, head);
                std::ptr::write_bytes(end as *mut u8, 0, ptr as usize + len - end);
                return;
            }
        }
    }
    std::ptr::write_bytes(ptr, 0, len);
}

#[cfg(test)]
mod tests {
    /// Every byte of a dirty buffer reads 0 afterwards, the unaligned ends
    /// included, and the bytes around it are untouched.
    #[test]
    fn zero_fill_zeroes_exactly_the_range() {
        let mut v = vec![0xabu8; 9 << 20];
        let (from, len) = (1234, (8 << 20) + 777);
        unsafe { super::zero_fill(v.as_mut_ptr().add(from), len) };
        assert!(v[..from].iter().all(|&b| b == 0xab));
        assert!(v[from..from + len].iter().all(|&b| b == 0));
        assert!(v[from + len..].iter().all(|&b| b == 0xab));
        // Written again after the advice, the pages hold the new bytes.
        v[from + 5000] = 7;
        assert_eq!(v[from + 5000], 7);
    }
}
