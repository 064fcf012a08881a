//! `nonzero`: counting the true elements of an array and collecting their
//! multi-indices in C order (NumPy's two-pass count + fill).
//!
//! C-contiguous aligned arrays take fast paths: the count runs in blocks
//! the compiler vectorises, and the fill walks the rows of the last axis in
//! blocks of 64 elements, turns each block's truth into the bits of a `u64`
//! (vectorised compares) and writes one index row per set bit (lowest
//! first, `trailing_zeros`): no work for false elements and no branch per
//! element to mispredict on a random mask. Other layouts visit every
//! element in C order.

use crate::dtype::with_dtype;
use crate::kernels::gather::{truth_at, Truth};
use crate::layout::ArrayDesc;
use crate::traverse::indexed::for_each_c_order;

/// Elements per block of the fill (the bits of a `u64`).
const BLOCK: usize = 64;

/// The contiguous aligned elements of `a`, if it is laid out that way.
unsafe fn contiguous<T>(a: &ArrayDesc) -> Option<&[T]> {
    let p = a.origin();
    (a.is_c_contiguous() && (p as usize).is_multiple_of(std::mem::align_of::<T>()))
        .then(|| std::slice::from_raw_parts(p as *const T, a.size()))
}

/// The number of elements of `v` for which `truth` holds: one-byte
/// elements in byte counters (blocks of 255), wider ones in 32-bit
/// counters, so the compiler vectorises the sums; compiled for AVX2 where
/// the CPU has it (32 bytes per compare).
pub fn count_where<T: Copy>(v: &[T], truth: impl Fn(T) -> bool + Copy) -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        #[target_feature(enable = "avx2")]
        unsafe fn avx2<T: Copy>(v: &[T], truth: impl Fn(T) -> bool + Copy) -> usize {
            count_body(v, truth)
        }
        if crate::kernels::simd::level() != crate::kernels::simd::Level::Baseline {
            // SAFETY: the CPU has AVX2 (every AVX-512 CPU does).
            return unsafe { avx2(v, truth) };
        }
    }
    count_body(v, truth)
}

#[inline(always)]
fn count_body<T: Copy>(v: &[T], truth: impl Fn(T) -> bool + Copy) -> usize {
    if std::mem::size_of::<T>() == 1 {
        v.chunks(255)
            .map(|b| b.iter().fold(0u8, |c, &x| c + truth(x) as u8) as usize)
            .sum()
    } else {
        v.chunks(1 << 16)
            .map(|b| b.iter().map(|&x| truth(x) as u32).sum::<u32>() as usize)
            .sum()
    }
}

unsafe fn count_of<T: Truth>(a: &ArrayDesc) -> usize {
    if let Some(v) = contiguous::<T>(a) {
        return count_where(v, T::truth);
    }
    let mut n = 0usize;
    for_each_c_order(&a.shape, a.origin(), &a.strides, |_, p| {
        n += truth_at::<T>(p) as usize;
    });
    n
}

/// The number of true (non-zero) elements of `a`.
///
/// # Safety
/// `a` must be a validated descriptor.
pub unsafe fn count(a: &ArrayDesc) -> usize {
    with_dtype!(a.dtype, T => count_of::<T>(a))
}

/// The truth of the (at most 64) elements of `v` as the bits of a `u64`,
/// element `k` in bit `k`. One-byte elements (bool, int8, uint8) are
/// compared 16 at a time (SSE2's byte compare and `pmovmskb`).
#[inline(always)]
fn block_bits<T: Truth>(v: &[T]) -> u64 {
    #[cfg(target_arch = "x86_64")]
    if std::mem::size_of::<T>() == 1 && v.len() == BLOCK {
        use std::arch::x86_64::*;
        // SAFETY: 64 readable bytes; SSE2 is part of x86-64. A one-byte
        // element is true when its byte is non-zero.
        unsafe {
            let p = v.as_ptr() as *const __m128i;
            let zero = _mm_setzero_si128();
            let mut zeros = 0u64;
            for q in 0..4 {
                let eq = _mm_cmpeq_epi8(_mm_loadu_si128(p.add(q)), zero);
                zeros |= (_mm_movemask_epi8(eq) as u32 as u64) << (16 * q);
            }
            return !zeros;
        }
    }
    v.iter()
        .enumerate()
        .fold(0u64, |b, (k, x)| b | (x.truth() as u64) << k)
}

/// Writes the index rows of the first `count` set bits of `bits` (block
/// elements from last-axis index `j`) into `out`: `ix` holds the outer
/// axes' indices, its last entry is set per element.
#[inline(always)]
fn emit(mut bits: u64, count: usize, j: usize, ix: &mut [i64], out: &mut [i64]) {
    let nd = ix.len();
    if nd == 1 {
        for o in &mut out[..count] {
            *o = (j + bits.trailing_zeros() as usize) as i64;
            bits &= bits - 1;
        }
        return;
    }
    if nd == 2 {
        for row in out[..count * 2].chunks_exact_mut(2) {
            row[0] = ix[0];
            row[1] = (j + bits.trailing_zeros() as usize) as i64;
            bits &= bits - 1;
        }
        return;
    }
    for row in out[..count * nd].chunks_exact_mut(nd) {
        ix[nd - 1] = (j + bits.trailing_zeros() as usize) as i64;
        row.copy_from_slice(ix);
        bits &= bits - 1;
    }
}

/// The fill of C-contiguous `v` of `shape` (at least one axis): the index
/// rows of its true elements into `out` until it is full; returns the
/// number of values written.
fn collect_slice<T: Truth>(v: &[T], shape: &[usize], out: &mut [i64]) -> usize {
    let nd = shape.len();
    let last = shape[nd - 1];
    if last == 0 {
        return 0;
    }
    // The index row of the current element: the outer axes' indices, then
    // the last axis' (set per element).
    let mut ix = vec![0i64; nd];
    let mut w = 0usize;
    for row in v.chunks_exact(last) {
        let mut j = 0usize;
        while j < last {
            let m = BLOCK.min(last - j);
            let bits = block_bits(&row[j..j + m]);
            let found = bits.count_ones() as usize;
            if out.len() - w < found * nd {
                // The end of `out`: whole rows only.
                let room = (out.len() - w) / nd;
                emit(bits, room, j, &mut ix, &mut out[w..]);
                return w + room * nd;
            }
            emit(bits, found, j, &mut ix, &mut out[w..]);
            w += found * nd;
            j += m;
        }
        // Next row: increment the outer multi-index (C order).
        for d in (0..nd - 1).rev() {
            ix[d] += 1;
            if (ix[d] as usize) < shape[d] {
                break;
            }
            ix[d] = 0;
        }
    }
    w
}

unsafe fn collect_of<T: Truth>(a: &ArrayDesc, out: &mut [i64]) -> usize {
    if let (Some(v), false) = (contiguous::<T>(a), a.shape.is_empty()) {
        return collect_slice(v, &a.shape, out);
    }
    let nd = a.shape.len();
    let mut w = 0usize;
    for_each_c_order(&a.shape, a.origin(), &a.strides, |ix, p| {
        if truth_at::<T>(p) && w + nd <= out.len() {
            for (o, &i) in out[w..w + nd].iter_mut().zip(ix) {
                *o = i as i64;
            }
            w += nd;
        }
    });
    w
}

/// Writes the multi-index of each true element of `a`, in C order, as rows
/// of `out` (`count × ndim`, row-major); stops when `out` is full. Returns
/// the number of values written.
///
/// # Safety
/// `a` must be a validated descriptor.
pub unsafe fn collect(a: &ArrayDesc, out: &mut [i64]) -> usize {
    with_dtype!(a.dtype, T => collect_of::<T>(a, out))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference: every element's index row, in C order, when true.
    fn plain(v: &[u8], shape: &[usize]) -> Vec<i64> {
        let mut out = Vec::new();
        for (flat, &x) in v.iter().enumerate() {
            if x != 0 {
                let mut ix = vec![0i64; shape.len()];
                let mut r = flat;
                for d in (0..shape.len()).rev() {
                    ix[d] = (r % shape[d]) as i64;
                    r /= shape[d];
                }
                out.extend(ix);
            }
        }
        out
    }

    #[test]
    fn contiguous_fill_and_count_match_plain_loop() {
        for shape in [
            vec![0usize],
            vec![1],
            vec![255],
            vec![256],
            vec![257],
            vec![1000],
            vec![3, 0],
            vec![7, 300],
            vec![4, 5, 600],
        ] {
            let size: usize = shape.iter().product();
            for density in [0u64, 1, 3, 50, 100] {
                let v: Vec<u8> = (0..size as u64)
                    .map(|i| ((i.wrapping_mul(2_654_435_761) % 100) < density) as u8 * 7)
                    .collect();
                let want = plain(&v, &shape);
                assert_eq!(count_where(&v, |x| x != 0), want.len() / shape.len());
                // Exactly the room needed (the branchy end), and spare room.
                for extra in [0usize, 1000] {
                    let mut out = vec![-1i64; want.len() + extra];
                    let w = collect_slice(&v, &shape, &mut out);
                    assert_eq!(&out[..w], &want[..], "{shape:?} density {density}");
                    assert_eq!(w, want.len());
                }
                // Too little room: stops at whole rows.
                if want.len() >= 2 * shape.len() {
                    let mut out = vec![-1i64; want.len() - shape.len() - 1];
                    let w = collect_slice(&v, &shape, &mut out);
                    assert_eq!(w, want.len() - 2 * shape.len());
                    assert_eq!(&out[..w], &want[..w]);
                }
            }
        }
    }
}
