//! Non-temporal ("streaming") stores for large contiguous outputs.
//!
//! An ordinary store to a line that is not in cache first reads that line
//! from memory (read for ownership), so writing `n` bytes of a new result
//! moves `2n` bytes, and the result then evicts the inputs from cache. For an
//! output much larger than the caches, the inner loop instead writes each
//! block into a small buffer that stays in L1, and the block is copied out
//! with non-temporal stores, which write whole lines without reading them:
//! `out = a + b` then moves `3n` bytes instead of `4n`. Below
//! [`MIN_BYTES`] the result is likely read again soon, and plain stores keep
//! it in cache.
//!
//! The block is computed completely before it is stored, so an output that
//! is elementwise identical to an input (in-place operations) stays correct;
//! other overlaps are staged by the callers, as for [`super::nary::run`].

use super::nary::Inner;

/// Outputs smaller than this (bytes) use plain stores.
pub const MIN_BYTES: usize = 16 << 20;

/// Bytes computed per inner-loop call: small enough to stay in L1 beside the
/// inputs streaming through it.
const BLOCK_BYTES: usize = 8 << 10;

/// Cache-line alignment of the staging buffer and of the streamed stores.
const LINE: usize = 64;

#[repr(C, align(64))]
struct Block([u8; BLOCK_BYTES]);

/// True when a row of `n` elements whose output (last operand) steps by
/// `step` bytes, of elements of `itemsize` bytes, is worth streaming.
pub fn worth_it(step: isize, itemsize: usize, total: usize) -> bool {
    cfg!(target_arch = "x86_64")
        && itemsize.is_power_of_two()
        && itemsize <= LINE
        && step == itemsize as isize
        && total.saturating_mul(itemsize) >= MIN_BYTES
}

/// Runs `inner` over `n` elements from `p` (the last operand the
/// contiguous output of `itemsize`-byte elements), writing the output
/// with non-temporal stores.
///
/// # Safety
/// As [`super::nary::run`] for this row; the output must be contiguous
/// (`steps[N - 1] == itemsize`).
pub unsafe fn run_row<const N: usize>(
    p: [*mut u8; N],
    steps: [isize; N],
    n: usize,
    itemsize: usize,
    inner: &Inner<'_, N>,
) {
    let out = p[N - 1];
    // Elements before the first line boundary go straight to the output.
    let to_line = (out as usize).wrapping_neg() % LINE;
    if !to_line.is_multiple_of(itemsize) {
        return inner(p, steps, n);
    }
    let head = (to_line / itemsize).min(n);
    if head > 0 {
        inner(p, steps, head);
    }
    let mut buf = Block([0; BLOCK_BYTES]);
    let per_block = BLOCK_BYTES / itemsize;
    let mut done = head;
    while done < n {
        let m = per_block.min(n - done);
        let mut q = super::nary::advanced(p, steps, done);
        let dst = q[N - 1];
        q[N - 1] = buf.0.as_mut_ptr();
        inner(q, steps, m);
        stream_copy(dst, buf.0.as_ptr(), m * itemsize);
        done += m;
    }
    fence();
}

/// Copies `len` bytes from `src` to the line-aligned `dst`: whole 16-byte
/// pieces with non-temporal stores, the rest with plain ones.
#[inline]
unsafe fn stream_copy(dst: *mut u8, src: *const u8, len: usize) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{__m128i, _mm_load_si128, _mm_stream_si128};
        let whole = len / 16 * 16;
        let mut k = 0;
        while k < whole {
            // SAFETY: `src` is the 64-aligned block, `dst` 64-aligned at the
            // start of the row's streamed part and advanced by whole blocks.
            let v = _mm_load_si128(src.add(k) as *const __m128i);
            _mm_stream_si128(dst.add(k) as *mut __m128i, v);
            k += 16;
        }
        std::ptr::copy_nonoverlapping(src.add(whole), dst.add(whole), len - whole);
    }
    #[cfg(not(target_arch = "x86_64"))]
    std::ptr::copy_nonoverlapping(src, dst, len);
}

/// Orders the streamed stores before any later store (and so before the
/// thread reports its piece done).
#[inline]
fn fence() {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: SSE is part of the x86_64 baseline.
    unsafe {
        std::arch::x86_64::_mm_sfence()
    };
}
