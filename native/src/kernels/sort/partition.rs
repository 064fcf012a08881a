//! `partition` / `argpartition`: after the call, for every `k` in `kth` the
//! lane holds at `k` the element a full sort would put there, nothing
//! greater before it and nothing smaller after it (NumPy's partition
//! property; the order within the pieces is unspecified). Selection is
//! introselect (`select_nth_unstable_by`: quickselect with a linear-time
//! fallback), run on successive suffixes for sorted, distinct `kth`; a
//! single `kth` in a lane of 32/64-bit numbers takes the vectorised
//! quickselect ([`super::vqselect::partition_lane`]) on AVX2 CPUs (not yet
//! on AVX-512 ones, where it has not been run).

use super::lanes::{self, Lanes};
use super::{order, SortElem};
use crate::layout::ArrayDesc;

/// Partitions `v` around every index of `kth` (sorted, distinct, < len).
pub fn select_many<I, F: Fn(&I, &I) -> std::cmp::Ordering>(v: &mut [I], kth: &[usize], cmp: F) {
    let mut lo = 0;
    for &k in kth {
        v[lo..].select_nth_unstable_by(k - lo, &cmp);
        lo = k + 1;
    }
}

/// Partitions every lane of `a` (last axis) in place.
///
/// # Safety
/// As for [`super::sort::sort_lanes`]; every `kth` below the lane length.
pub unsafe fn partition_lanes<T: SortElem>(a: &ArrayDesc, kth: &[usize]) {
    let la = Lanes::of(a);
    // (AVX2 CPUs only for now: on AVX-512 CPUs, where this path has not
    // run yet, partition keeps the scalar selection below.)
    #[cfg(target_arch = "x86_64")]
    if let [k] = *kth {
        if T::SIMD_KEY && la.len > 16 && super::vqavx2::available() && !super::vqsort::available() {
            lanes::run(
                la.count(),
                la.len,
                || (),
                |_, i| super::vqselect::partition_lane::<T>(la.at(i), la.stride, la.len, k),
            );
            return;
        }
    }
    lanes::run(la.count(), la.len, Vec::<T>::new, |buf, i| {
        lanes::gather(la.at(i), la.stride, la.len, buf);
        select_many(buf, kth, |x, y| order(*x, *y));
        lanes::scatter(la.at(i), la.stride, buf);
    });
}

/// Writes into each lane of `out` (int64) indices that partition the same
/// lane of `a` around every `kth`.
///
/// # Safety
/// As for [`super::argsort::argsort_lanes`]; every `kth` below the lane length.
pub unsafe fn argpartition_lanes<T: SortElem>(a: &ArrayDesc, out: &ArrayDesc, kth: &[usize]) {
    let (la, lo) = (Lanes::of(a), Lanes::of(out));
    let n = la.len;
    lanes::run(
        la.count(),
        n,
        || (Vec::<T>::new(), Vec::<i64>::new()),
        |(buf, idx), i| {
            lanes::gather(la.at(i), la.stride, n, buf);
            idx.clear();
            idx.extend(0..n as i64);
            // Ties broken by index keep the result deterministic.
            select_many(idx, kth, |&x, &y| {
                order(buf[x as usize], buf[y as usize]).then(x.cmp(&y))
            });
            lanes::scatter(lo.at(i), lo.stride, idx);
        },
    );
}
