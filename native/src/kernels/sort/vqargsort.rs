//! Vectorised argsort of 64-bit keys with AVX-512F: `np.argsort`'s default
//! (unstable) kind for 32- and 64-bit integers and floats on CPUs that have
//! it, as NumPy's own AVX-512 argsort. The quicksort of [`super::vqsort`]
//! with each key's index carried along: partitions move keys and indices
//! with the same lane permutation, and the 16-element leaves compare
//! `(key, index)` pairs, so padding (key `u64::MAX`, index `u64::MAX`) sorts
//! after every real element (NaNs included) and equal keys inside a leaf
//! come out in index order. Which of two equal keys comes first is
//! otherwise unspecified, as for NumPy's default kind.

use super::vqkeys::{chunked, load_keys, Lane};
use super::vqsort::{
    leaf_masks, max_lanes, pivot, xor_perm, Avx512, KEEP_MAX, PARALLEL_MIN, SPLIT, STEPS,
};
use super::SortElem;
use std::arch::x86_64::*;
use std::cell::RefCell;

/// Ranges at most this long sort with the 16-pair bitonic network.
const ARG_LEAF: usize = 16;

thread_local! {
    /// Buffers kept between calls on each thread: keys, key scratch,
    /// indices, index scratch.
    static BUFFERS: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// Writes the sorting permutation of the `n` elements of `T` at `p` (byte
/// stride `s`) to the `n` int64 elements at `out` (byte stride `so`).
///
/// # Safety
/// `p` addresses `n` elements of `T`, `out` `n` writable int64 elements not
/// overlapping them; the caller checks [`super::vqsort::available`] and
/// `T::SIMD_KEY`.
pub unsafe fn argsort_lane<T: SortElem>(p: *const u8, s: isize, n: usize, out: *mut u8, so: isize) {
    let cached = BUFFERS.with(|c| c.try_borrow_mut().ok().map(|mut b| std::mem::take(&mut *b)));
    let mut buf = cached.unwrap_or_default();
    if buf.len() < 4 * n {
        buf.resize(4 * n, 0);
    }
    let (keys, idx) = buf[..4 * n].split_at_mut(2 * n);
    let (home, scratch) = keys.split_at_mut(n);
    let (ihome, iscratch) = idx.split_at_mut(n);
    let lane = Lane(p as *mut u8, s);
    load_keys::<T>(lane, home, 0);
    chunked(ihome, |start, k| {
        for (i, x) in k.iter_mut().enumerate() {
            *x = (start + i) as u64;
        }
    });
    let depth = 2 * (usize::BITS - n.leading_zeros());
    quicksort([home, ihome], [scratch, iscratch], false, depth);
    let dst = Lane(out, so);
    chunked(ihome, |start, k| {
        for (i, &x) in k.iter().enumerate() {
            std::ptr::write_unaligned(dst.at(start + i) as *mut i64, x as i64);
        }
    });
    if buf.len() <= 2 * KEEP_MAX {
        BUFFERS.with(|c| {
            if let Ok(mut b) = c.try_borrow_mut() {
                if b.len() < buf.len() {
                    *b = buf;
                }
            }
        });
    }
}

/// One compare-exchange step inside a vector on `(key, index)` pairs: each
/// lane meets lane `l ^ j` and keeps the larger pair where `max_mask` is
/// set, else the smaller.
#[inline]
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn exchange(k: &mut __m512i, i: &mut __m512i, j: usize, max_mask: u8) {
    let perm = _mm512_loadu_si512(xor_perm(j).as_ptr() as *const _);
    let pk = _mm512_permutexvar_epi64(perm, *k);
    let pi = _mm512_permutexvar_epi64(perm, *i);
    let eq = _mm512_cmpeq_epu64_mask(pk, *k);
    let gt = _mm512_cmpgt_epu64_mask(pk, *k) | (eq & _mm512_cmpgt_epu64_mask(pi, *i));
    let lt = _mm512_cmplt_epu64_mask(pk, *k) | (eq & _mm512_cmplt_epu64_mask(pi, *i));
    let take = (max_mask & gt) | (!max_mask & lt);
    *k = _mm512_mask_mov_epi64(*k, take, pk);
    *i = _mm512_mask_mov_epi64(*i, take, pi);
}

/// Sorts up to 16 `(key, index)` pairs.
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn leaf(keys: &mut [u64], idx: &mut [u64]) {
    let n = keys.len();
    let (pk, pi) = (keys.as_mut_ptr(), idx.as_mut_ptr());
    let [ma, mb] = leaf_masks(n);
    let pad = _mm512_set1_epi64(-1);
    let at = 8.min(n);
    let mut a = _mm512_mask_loadu_epi64(pad, ma, pk as *const _);
    let mut b = _mm512_mask_loadu_epi64(pad, mb, pk.add(at) as *const _);
    let mut ia = _mm512_mask_loadu_epi64(pad, ma, pi as *const _);
    let mut ib = _mm512_mask_loadu_epi64(pad, mb, pi.add(at) as *const _);
    for &(k, j) in &STEPS[..6] {
        exchange(&mut a, &mut ia, j, max_lanes(k, j, 0));
        exchange(&mut b, &mut ib, j, max_lanes(k, j, 8));
    }
    // k = 16, j = 8: lane l of `a` meets lane l of `b`; `a` keeps the smaller.
    let eq = _mm512_cmpeq_epu64_mask(a, b);
    let swap = _mm512_cmplt_epu64_mask(b, a) | (eq & _mm512_cmplt_epu64_mask(ib, ia));
    let (a2, b2) = (
        _mm512_mask_mov_epi64(a, swap, b),
        _mm512_mask_mov_epi64(b, swap, a),
    );
    let (ia2, ib2) = (
        _mm512_mask_mov_epi64(ia, swap, ib),
        _mm512_mask_mov_epi64(ib, swap, ia),
    );
    (a, b, ia, ib) = (a2, b2, ia2, ib2);
    for &(k, j) in &STEPS[6..] {
        exchange(&mut a, &mut ia, j, max_lanes(k, j, 0));
        exchange(&mut b, &mut ib, j, max_lanes(k, j, 8));
    }
    _mm512_mask_storeu_epi64(pk as *mut _, ma, a);
    _mm512_mask_storeu_epi64(pk.add(at) as *mut _, mb, b);
    _mm512_mask_storeu_epi64(pi as *mut _, ma, ia);
    _mm512_mask_storeu_epi64(pi.add(at) as *mut _, mb, ib);
}

/// Partitions keys `sk` (with indices `si`) into `dk`/`di`: keys `< pivot`
/// first, the others from the back (as [`super::vqsort`]'s partition, with
/// the indices moved by the same permutation). Returns how many are below.
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn partition(sk: &[u64], si: &[u64], dk: &mut [u64], di: &mut [u64], pivot: u64) -> usize {
    let n = sk.len();
    let (pk, pi, qk, qi) = (sk.as_ptr(), si.as_ptr(), dk.as_mut_ptr(), di.as_mut_ptr());
    let pv = _mm512_set1_epi64(pivot as i64);
    let (mut l, mut r, mut i) = (0, n, 0);
    // The free room `l..r` holds the `n - i` pairs still to read; whole
    // vector stores need 16 of it.
    while n - i >= 16 {
        let k = _mm512_loadu_si512(pk.add(i) as *const _);
        let x = _mm512_loadu_si512(pi.add(i) as *const _);
        let lt = _mm512_cmplt_epu64_mask(k, pv);
        let n_lt = lt.count_ones() as usize;
        let perm = _mm512_cvtepu8_epi64(_mm_loadl_epi64(SPLIT[lt as usize].as_ptr() as *const _));
        let (k2, x2) = (
            _mm512_permutexvar_epi64(perm, k),
            _mm512_permutexvar_epi64(perm, x),
        );
        _mm512_storeu_si512(qk.add(l) as *mut _, k2);
        _mm512_storeu_si512(qk.add(r - 8) as *mut _, k2);
        _mm512_storeu_si512(qi.add(l) as *mut _, x2);
        _mm512_storeu_si512(qi.add(r - 8) as *mut _, x2);
        l += n_lt;
        r -= 8 - n_lt;
        i += 8;
    }
    while i < n {
        let m = if n - i >= 8 {
            0xff
        } else {
            ((1u32 << (n - i)) - 1) as u8
        };
        let k = _mm512_maskz_loadu_epi64(m, pk.add(i) as *const _);
        let x = _mm512_maskz_loadu_epi64(m, pi.add(i) as *const _);
        let lt = _mm512_mask_cmplt_epu64_mask(m, k, pv);
        let ge = m & !lt;
        _mm512_mask_compressstoreu_epi64(qk.add(l) as *mut _, lt, k);
        _mm512_mask_compressstoreu_epi64(qi.add(l) as *mut _, lt, x);
        l += lt.count_ones() as usize;
        r -= ge.count_ones() as usize;
        _mm512_mask_compressstoreu_epi64(qk.add(r) as *mut _, ge, k);
        _mm512_mask_compressstoreu_epi64(qi.add(r) as *mut _, ge, x);
        i += 8;
    }
    l
}

/// Sorts one range of `(key, index)` pairs into `home` (keys, indices); they
/// are in `scratch` when `in_scratch`. As [`super::vqsort`]'s quicksort.
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn quicksort(home: [&mut [u64]; 2], scratch: [&mut [u64]; 2], in_scratch: bool, depth: u32) {
    let [hk, hi] = home;
    let [sk, si] = scratch;
    let n = hk.len();
    if n <= ARG_LEAF || depth == 0 {
        if in_scratch {
            hk.copy_from_slice(sk);
            hi.copy_from_slice(si);
        }
        if n <= ARG_LEAF {
            leaf(hk, hi);
        } else {
            let mut pairs: Vec<(u64, u64)> = hk.iter().copied().zip(hi.iter().copied()).collect();
            pairs.sort_unstable();
            for ((k, i), (pk, pi)) in hk.iter_mut().zip(hi.iter_mut()).zip(pairs) {
                (*k, *i) = (pk, pi);
            }
        }
        return;
    }
    let (src, dst) = if in_scratch {
        ([&mut *sk, &mut *si], [&mut *hk, &mut *hi])
    } else {
        ([&mut *hk, &mut *hi], [&mut *sk, &mut *si])
    };
    let [src_k, src_i] = src;
    let [dst_k, dst_i] = dst;
    let pv = pivot::<Avx512>(src_k);
    let k = partition(src_k, src_i, dst_k, dst_i, pv);
    if k == 0 {
        // `pv` is the minimum: split off the keys equal to it, back into the
        // buffers the range came from.
        let k = if pv == u64::MAX {
            n
        } else {
            partition(dst_k, dst_i, src_k, src_i, pv + 1)
        };
        if pv == u64::MAX && !in_scratch {
            hk.copy_from_slice(sk);
            hi.copy_from_slice(si);
        }
        let (hk0, hk1) = hk.split_at_mut(k);
        let (hi0, hi1) = hi.split_at_mut(k);
        let (sk0, sk1) = sk.split_at_mut(k);
        let (si0, si1) = si.split_at_mut(k);
        if in_scratch {
            hk0.copy_from_slice(sk0);
            hi0.copy_from_slice(si0);
        }
        if k < n {
            quicksort([hk1, hi1], [sk1, si1], in_scratch, depth - 1);
        }
        return;
    }
    let (hk0, hk1) = hk.split_at_mut(k);
    let (hi0, hi1) = hi.split_at_mut(k);
    let (sk0, sk1) = sk.split_at_mut(k);
    let (si0, si1) = si.split_at_mut(k);
    if n >= PARALLEL_MIN {
        rayon::join(
            // SAFETY: AVX-512F is present (this function runs).
            || unsafe { quicksort([hk0, hi0], [sk0, si0], !in_scratch, depth - 1) },
            || unsafe { quicksort([hk1, hi1], [sk1, si1], !in_scratch, depth - 1) },
        );
    } else {
        quicksort([hk0, hi0], [sk0, si0], !in_scratch, depth - 1);
        quicksort([hk1, hi1], [sk1, si1], !in_scratch, depth - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_a_sorting_permutation() {
        if !super::super::vqsort::available() {
            return;
        }
        let mut s = 0x2545f4914f6cdd1du64;
        let mut rnd = move || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        };
        for n in (1..70).chain([100, 1000, 4097, 100_000, 300_000]) {
            for kind in 0..4 {
                let v: Vec<u64> = (0..n)
                    .map(|i| match kind {
                        0 => rnd(),
                        1 => rnd() % 5,
                        2 => i as u64,
                        _ => {
                            if i % 3 == 0 {
                                u64::MAX
                            } else {
                                rnd() % 1000
                            }
                        }
                    })
                    .collect();
                let mut out = vec![0i64; n];
                unsafe {
                    argsort_lane::<u64>(
                        v.as_ptr() as *const u8,
                        8,
                        n,
                        out.as_mut_ptr() as *mut u8,
                        8,
                    )
                };
                let mut seen = vec![false; n];
                for w in out.windows(2) {
                    assert!(v[w[0] as usize] <= v[w[1] as usize], "n={n} kind={kind}");
                }
                for &i in &out {
                    assert!(!seen[i as usize]);
                    seen[i as usize] = true;
                }
            }
        }
    }
}
