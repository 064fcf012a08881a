//! Vectorised selection of 64-bit keys with AVX-512F, for `np.median`: the
//! keys a full sort would put at positions `k - 1` and `k` of a lane,
//! without sorting it.
//!
//! The lane's elements become order-preserving `u64` keys
//! ([`SortElem::to_u64`]: NaN → `u64::MAX`, so NaN sorts last; `-0.0`
//! before `0.0`). Two steps, each also finding the largest key (so a NaN
//! is detected without a pass of its own):
//! * **filter** (contiguous lanes of at least [`FILTER_MIN`] elements): the
//!   keys of [`SAMPLE`] pseudo-randomly chosen elements are sorted, and the
//!   sample keys ±[`MARGIN`] ranks around position `k`'s share of the
//!   sample bound an interval that holds position `k` with high
//!   probability. One pass over the lane counts the keys below the interval
//!   and copies only the keys inside it (about a tenth) to the key buffer.
//!   When the count shows that positions `k - 1` and `k` fall inside, the
//!   selection goes on there; otherwise (rare: unlucky sample, adversarial
//!   order) the lane takes the quickselect below from the start;
//! * **quickselect** with the vectorised quicksort's partition, pivot and
//!   leaf steps ([`super::vqsort`]), partitioning only the side that holds
//!   position `k`: the first partition of a contiguous lane reads the
//!   elements themselves into the key buffer (a strided lane is converted
//!   first); when a pivot is the range's minimum, the keys equal to it are
//!   split off by a second partition at `pivot + 1`; a range of at most
//!   [`LEAF`] keys is sorted by the bitonic network; past a depth of
//!   2·log2(n) `select_nth_unstable` finishes.
//!
//! Position `k - 1` holds the largest key below position `k`: inside the
//! final range when `k` is not its first position, else the largest key of
//! the range split off just below it (every key there is smaller than every
//! key of the final range).

use super::vqkeys::{load8, load_keys, Lane};
use super::vqsort::{
    leaf, partition, partition_in_place, pivot_by, with_keys, Avx512, Out, LEAF, SPLIT,
};
use super::SortElem;
use std::arch::x86_64::*;

/// Lanes at least this long are filtered first.
const FILTER_MIN: usize = 1 << 14;
/// Elements sampled for the filter's interval.
const SAMPLE: usize = 1024;
/// Sample ranks on each side of position `k`'s share of the sample: four
/// standard deviations of a sample rank (at most `√SAMPLE / 2`), so a
/// filter misses with probability about 1e-4.
const MARGIN: usize = 64;

/// The keys at sorted positions `k - 1` and `k` of a lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Middle {
    /// The key at position `k - 1` (unspecified when `k == 0`).
    pub below: u64,
    /// The key at position `k`.
    pub at: u64,
    /// The largest key of the lane.
    pub max: u64,
}

/// The keys at positions `k - 1` and `k` of the `n` elements of `T` at `p`
/// (byte stride `s`) in sorted order, and their largest key. The caller
/// checks [`super::vqsort::available`] and `T::SIMD_KEY`.
///
/// # Safety
/// `p` must address `n > k` elements of `T` at stride `s`.
pub unsafe fn middle<T: SortElem>(p: *const u8, s: isize, n: usize, k: usize) -> Middle {
    let src = Lane(p as *mut u8, s);
    // The filter's whole-vector stores may reach 8 keys past the last one.
    with_keys(n + 8, |keys| {
        // SAFETY: AVX-512F is present (the caller checks `available()`).
        unsafe {
            if s == std::mem::size_of::<T>() as isize && n >= FILTER_MIN {
                if let Some(m) = filtered::<T>(p, n, k, keys) {
                    return m;
                }
            }
            select_from::<T>(src, &mut keys[..n], k)
        }
    })
}

/// Largest key of `v` (0 when empty).
#[inline]
fn max_of(v: &[u64]) -> u64 {
    v.iter().copied().fold(0, u64::max)
}

/// The [`SAMPLE`] positions the filter samples in a lane of `n` elements
/// (xorshift from a seed of `n`: deterministic, and not periodic).
fn sample_positions(n: usize) -> impl Iterator<Item = usize> {
    let mut state = 0x9e37_79b9_7f4a_7c15u64 ^ n as u64;
    (0..SAMPLE).map(move |_| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    })
}

/// The filter step (see the file comment) on the `n` contiguous elements
/// at `p`, with `keys` (`n + 8` long) as the buffer; `None` when position
/// `k - 1` or `k` lies outside the interval.
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn filtered<S: SortElem>(
    p: *const u8,
    n: usize,
    k: usize,
    keys: &mut [u64],
) -> Option<Middle> {
    let at = |i: usize| (p as *const S).add(i).read_unaligned().to_u64();
    let mut sample: Vec<u64> = sample_positions(n).map(at).collect();
    sample.sort_unstable();
    let q = k * SAMPLE / n;
    let lo = if q >= MARGIN { sample[q - MARGIN] } else { 0 };
    let hi = sample.get(q + MARGIN).copied().unwrap_or(u64::MAX);
    let (below, kept, max) = filter::<S>(p, n, lo, hi, keys);
    // Positions `k - 1` (when wanted) and `k` must be among the kept keys.
    let first = if k > 0 { k - 1 } else { k };
    if below > first || below + kept <= k {
        return None;
    }
    Some(quickselect(&mut keys[..kept], k - below, None, max))
}

/// One pass over the `n` contiguous elements at `p`: how many keys are below
/// `lo`, the keys in `lo..=hi` copied to the front of `dst` (`n + 8` long;
/// whole vectors are stored, the lanes past the kept ones falling in free
/// room), how many, and the largest key.
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn filter<S: SortElem>(
    p: *const u8,
    n: usize,
    lo: u64,
    hi: u64,
    dst: &mut [u64],
) -> (usize, usize, u64) {
    let size = std::mem::size_of::<S>();
    let d = dst.as_mut_ptr();
    let (vlo, vhi) = (_mm512_set1_epi64(lo as i64), _mm512_set1_epi64(hi as i64));
    let mut mx = _mm512_setzero_si512();
    let (mut below, mut kept, mut i) = (0usize, 0usize, 0usize);
    while i < n {
        let valid = if n - i >= 8 {
            0xff
        } else {
            ((1u32 << (n - i)) - 1) as u8
        };
        let x = load8::<S>(p.add(i * size), valid);
        mx = _mm512_mask_max_epu64(mx, valid, mx, x);
        let lt = _mm512_mask_cmplt_epu64_mask(valid, x, vlo);
        let keep = _mm512_mask_cmple_epu64_mask(valid & !lt, x, vhi);
        below += lt.count_ones() as usize;
        // Stored whatever `keep` is: a branch on it mispredicts on random data.
        let idx = _mm512_cvtepu8_epi64(_mm_loadl_epi64(SPLIT[keep as usize].as_ptr() as *const _));
        _mm512_storeu_si512(d.add(kept) as *mut _, _mm512_permutexvar_epi64(idx, x));
        kept += keep.count_ones() as usize;
        i += 8;
    }
    (below, kept, _mm512_reduce_max_epu64(mx))
}

/// Quickselect of position `k` of the lane `src`, with `keys` (as long as
/// the lane) as the key buffer.
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn select_from<S: SortElem>(src: Lane, keys: &mut [u64], k: usize) -> Middle {
    let n = keys.len();
    if src.1 == std::mem::size_of::<S>() as isize && n > LEAF {
        let p = src.0 as *const S;
        let pv = pivot_by::<Avx512>(n, |i| p.add(i).read_unaligned().to_u64());
        let (m, max) = partition::<S, true>(p as *const u8, n, keys, pv);
        return quickselect(keys, k, Some((pv, m)), max);
    }
    load_keys::<S>(src, keys, 0);
    let max = max_of(keys);
    quickselect(keys, k, None, max)
}

/// Quickselect of position `k` of `keys` (the lane's keys, or the filter's
/// interval of them), `first` the pivot and result of a partition already
/// done on all of them; `max` is reported as the largest key.
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn quickselect(keys: &mut [u64], k: usize, first: Option<(u64, usize)>, max: u64) -> Middle {
    let n = keys.len();
    // The current range `a..b` of `keys` holds sorted positions `a..b`;
    // `lower` is the range split off just below it.
    let (mut a, mut b) = (0, n);
    let mut lower = 0..0;
    let mut pending = first;
    let mut depth = 2 * (usize::BITS - n.leading_zeros());
    loop {
        let (pv, m) = match pending.take() {
            Some(step) => step,
            None => {
                let v = &mut keys[a..b];
                let len = v.len();
                if len <= LEAF {
                    let at = v.as_mut_ptr();
                    leaf::<u64>(at, len, Out(at));
                    return finish(keys, a, k, &lower, max);
                }
                if depth == 0 {
                    v.select_nth_unstable(k - a);
                    let below = if k > a {
                        max_of(&v[..k - a])
                    } else {
                        max_of(&keys[lower.clone()])
                    };
                    return Middle {
                        below,
                        at: keys[k],
                        max,
                    };
                }
                depth -= 1;
                let pv = pivot_by::<Avx512>(len, |i| v[i]);
                (pv, partition_in_place(v, pv))
            }
        };
        if m == 0 {
            // `pv` is the range's minimum: split off the keys equal to it.
            let eq = if pv == u64::MAX {
                b - a
            } else {
                partition_in_place(&mut keys[a..b], pv + 1)
            };
            if k < a + eq {
                let below = if k > a {
                    pv
                } else {
                    max_of(&keys[lower.clone()])
                };
                return Middle { below, at: pv, max };
            }
            lower = a..a + eq;
            a += eq;
        } else if k < a + m {
            b = a + m;
        } else {
            lower = a..a + m;
            a += m;
        }
    }
}

/// The result once `keys[a..]` up to the range's end is sorted around `k`
/// (a sorted leaf).
fn finish(keys: &[u64], a: usize, k: usize, lower: &std::ops::Range<usize>, max: u64) -> Middle {
    let below = if k > a {
        keys[k - 1]
    } else {
        max_of(&keys[lower.clone()])
    };
    Middle {
        below,
        at: keys[k],
        max,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn xorshift(seed: u64) -> impl FnMut() -> u64 {
        let mut s = seed;
        move || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        }
    }

    fn check<T: SortElem + std::fmt::Debug>(xs: &[T], stride: usize) {
        let lane: Vec<T> = xs.iter().step_by(stride).copied().collect();
        let n = lane.len();
        let mut want: Vec<u64> = lane.iter().map(|x| x.to_u64()).collect();
        want.sort_unstable();
        for k in [0, 1, n / 2, n.saturating_sub(1)] {
            if k >= n {
                continue;
            }
            let s = (stride * std::mem::size_of::<T>()) as isize;
            let got = unsafe { middle::<T>(xs.as_ptr() as *const u8, s, n, k) };
            assert_eq!(got.at, want[k], "n={n} k={k} stride={stride}");
            if k > 0 {
                assert_eq!(got.below, want[k - 1], "n={n} k={k} stride={stride}");
            }
            assert_eq!(got.max, want[n - 1]);
        }
    }

    #[test]
    fn selects_like_a_sort() {
        if !super::super::vqsort::available() {
            return;
        }
        let mut rnd = xorshift(0x9e3779b97f4a7c15);
        for n in (1..140).chain([255, 256, 257, 1000, 4097, 70_000, 300_001]) {
            let r: Vec<u64> = (0..2 * n).map(|_| rnd()).collect();
            let floats: Vec<f64> = r
                .iter()
                .map(|&x| match x % 40 {
                    0 => f64::NAN,
                    1 => -0.0,
                    2 => 0.0,
                    3 => f64::INFINITY,
                    _ => (x % 1001) as f64 / 8.0 - 60.0,
                })
                .collect();
            check(&floats[..n], 1);
            check(&floats, 2);
            let few: Vec<i64> = r.iter().map(|&x| (x % 3) as i64 - 1).collect();
            check(&few[..n], 1);
            let sorted: Vec<u32> = (0..n as u32).collect();
            check(&sorted, 1);
            let rev: Vec<f32> = (0..n).rev().map(|i| i as f32).collect();
            check(&rev, 1);
            check(&vec![f64::NAN; n], 1);
            check(&vec![7u64; n], 1);
            check(&vec![u64::MAX; n], 1);
        }
    }

    /// A sample that misleads the filter (every sampled element is the
    /// minimum) sends the lane to the plain quickselect.
    #[test]
    fn filter_misses_fall_back() {
        if !super::super::vqsort::available() {
            return;
        }
        let n = 50_000;
        let mut xs: Vec<f64> = (0..n).map(|i| ((i * 7919) % n) as f64).collect();
        for i in sample_positions(n) {
            xs[i] = -1.0;
        }
        let mut keys = vec![0u64; n + 8];
        let p = xs.as_ptr() as *const u8;
        assert_eq!(unsafe { filtered::<f64>(p, n, n / 2, &mut keys) }, None);
        check(&xs, 1);
    }
}

#[cfg(test)]
mod timing {
    use super::*;

    /// `cargo test --release vqselect::timing -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn time_middle() {
        if !super::super::vqsort::available() {
            return;
        }
        let n = 1_000_000;
        let sorted: Vec<f64> = (0..n).map(|i| i as f64 / n as f64).collect();
        let mut s = 0x9e3779b97f4a7c15u64;
        let random: Vec<f64> = (0..n)
            .map(|_| {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                (s >> 11) as f64
            })
            .collect();
        for (name, v) in [("sorted", &sorted), ("random", &random)] {
            let mut best = f64::MAX;
            for _ in 0..30 {
                let t = std::time::Instant::now();
                let m = unsafe { middle::<f64>(v.as_ptr() as *const u8, 8, n, n / 2) };
                best = best.min(t.elapsed().as_secs_f64() * 1e3);
                assert!(m.at > 0);
            }
            let mut c = v.clone();
            let mut copy = f64::MAX;
            for _ in 0..30 {
                let t = std::time::Instant::now();
                c.copy_from_slice(v);
                copy = copy.min(t.elapsed().as_secs_f64() * 1e3);
            }
            println!("{name}: middle {best:.3} ms (a copy: {copy:.3} ms)");
        }
    }
}
