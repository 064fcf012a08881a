//! Vectorised selection (quickselect) of 64-bit keys with AVX-512F, for
//! `np.median`: the keys a full sort would put at positions `k - 1` and `k`
//! of a lane, without sorting it.
//!
//! The lane's elements become order-preserving `u64` keys
//! ([`SortElem::to_u64`]: NaN → `u64::MAX`, so NaN sorts last; `-0.0`
//! before `0.0`). The partition, pivot and leaf steps are the vectorised
//! quicksort's ([`super::vqsort`]); only the side holding position `k` is
//! partitioned further:
//! * the first partition of a contiguous lane reads the elements
//!   themselves into the key buffer and also finds the largest key (so a
//!   NaN is detected without a pass of its own); a strided lane is
//!   converted first;
//! * when a pivot is the range's minimum, the keys equal to it are split off
//!   by a second partition at `pivot + 1` (runs of equal keys cost one pass);
//! * a range of at most [`LEAF`] keys is sorted by the bitonic network;
//! * past a depth of 2·log2(n) the standard `select_nth_unstable` finishes.
//!
//! Position `k - 1` holds the largest key below position `k`: inside the
//! final range when `k` is not its first position, else the largest key of
//! the range split off just below it (every key there is smaller than every
//! key of the final range).

use super::vqkeys::{load_keys, Lane};
use super::vqsort::{leaf, partition, partition_in_place, pivot_by, with_keys, Out, LEAF};
use super::SortElem;

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
    // SAFETY: AVX-512F is present (the caller checks `available()`).
    with_keys(n, |keys| unsafe {
        select_from::<T>(Lane(p as *mut u8, s), keys, k)
    })
}

/// Largest key of `v` (0 when empty).
#[inline]
fn max_of(v: &[u64]) -> u64 {
    v.iter().copied().fold(0, u64::max)
}

/// Quickselect of position `k` of the lane `src`, with `keys` (as long as
/// the lane) as the key buffer.
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn select_from<S: SortElem>(src: Lane, keys: &mut [u64], k: usize) -> Middle {
    let n = keys.len();
    // The current range `a..b` of `keys` holds sorted positions `a..b`;
    // `lower` is the range split off just below it.
    let (mut a, mut b) = (0, n);
    let mut lower = 0..0;
    let max;
    let mut pending = None;
    if src.1 == std::mem::size_of::<S>() as isize && n > LEAF {
        let p = src.0 as *const S;
        let pv = pivot_by(n, |i| p.add(i).read_unaligned().to_u64());
        let (m, mx) = partition::<S, true>(p as *const u8, n, keys, pv);
        max = mx;
        pending = Some((pv, m));
    } else {
        load_keys::<S>(src, keys);
        max = max_of(keys);
    }
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
                let pv = pivot_by(len, |i| v[i]);
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
}
