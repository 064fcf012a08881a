//! `argsort`: the sorting permutation of every lane along the last axis, as
//! int64 indices. Stable kinds keep equal elements in their input order
//! (NumPy's `kind='stable'` result exactly); the default kind sorts 32- and
//! 64-bit numbers with the vectorised argsort ([`super::vqargsort`]) on
//! AVX-512 CPUs, where the order of equal elements is unspecified, as in
//! NumPy.

use super::lanes::{self, Lanes};
use super::radix::{self, ArgScratch};
use super::{order, SortElem};
use crate::layout::ArrayDesc;

/// Writes into `idx` the stable sorting permutation of `v`.
pub fn argsort_slice<T: SortElem>(v: &[T], idx: &mut Vec<i64>, s: &mut ArgScratch) {
    if radix::worth_it::<T>(v.len()) {
        radix::argsort(v, idx, s);
    } else {
        idx.clear();
        idx.extend(0..v.len() as i64);
        idx.sort_by(|&i, &j| order(v[i as usize], v[j as usize]));
    }
}

/// Writes the sorting permutation of each lane of `a` (last axis) into the
/// same lane of `out` (int64, same shape).
///
/// # Safety
/// Validated descriptors; `a` of `T`, `out` of int64 with `a`'s shape and
/// lanes that do not overlap `a` or each other.
pub unsafe fn argsort_lanes<T: SortElem>(a: &ArrayDesc, out: &ArrayDesc, stable: bool) {
    let (la, lo) = (Lanes::of(a), Lanes::of(out));
    let n = la.len;
    #[cfg(target_arch = "x86_64")]
    if !stable && T::SIMD_KEY && n > 16 && super::vqsort::available() {
        lanes::run(
            la.count(),
            n,
            || (),
            |_, i| super::vqargsort::argsort_lane::<T>(la.at(i), la.stride, n, lo.at(i), lo.stride),
        );
        return;
    }
    let _ = stable;
    lanes::run(
        la.count(),
        n,
        || (Vec::<T>::new(), Vec::<i64>::new(), ArgScratch::default()),
        |(buf, idx, s), i| {
            lanes::gather(la.at(i), la.stride, n, buf);
            argsort_slice(buf, idx, s);
            lanes::scatter(lo.at(i), lo.stride, idx);
        },
    );
}
