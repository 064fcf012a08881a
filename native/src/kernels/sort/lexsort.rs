//! `lexsort`: the stable permutation that sorts each lane by several keys,
//! the last key primary. Done least-significant key first: each pass sorts
//! the current permutation stably by one key (as an LSD radix sort does by
//! digits), so ties in later keys keep the earlier keys' order.

use super::argsort::argsort_slice;
use super::lanes::{self, Lanes};
use super::radix::ArgScratch;
use crate::dtype::with_dtype;
use crate::layout::ArrayDesc;

/// Writes into each lane of `out` (int64) the lexsort permutation of the
/// same lanes of `keys` (all of `out`'s shape, any dtypes).
///
/// # Safety
/// Validated descriptors with equal shapes and at least one axis; `out`
/// is int64 and its lanes do not overlap the keys or each other.
pub unsafe fn lexsort_lanes(keys: &[ArrayDesc], out: &ArrayDesc) {
    let lo = Lanes::of(out);
    let n = lo.len;
    let ks: Vec<(crate::dtype::DType, Lanes)> =
        keys.iter().map(|k| (k.dtype, Lanes::of(k))).collect();
    lanes::run(
        lo.count(),
        n * keys.len(),
        || (Vec::<i64>::new(), Vec::<i64>::new(), ArgScratch::default()),
        |(idx, step, s), i| {
            idx.clear();
            idx.extend(0..n as i64);
            for &(dtype, lk) in &ks {
                let (lane, sk) = (lk.at(i), lk.stride);
                with_dtype!(dtype, T => {
                    // The key's values in the current order, sorted stably.
                    let vals: Vec<T> = idx
                        .iter()
                        .map(|&j| std::ptr::read_unaligned(lane.offset(j as isize * sk) as *const T))
                        .collect();
                    argsort_slice(&vals, step, s);
                    let prev = idx.clone();
                    for (dst, &j) in idx.iter_mut().zip(step.iter()) {
                        *dst = prev[j as usize];
                    }
                });
            }
            lanes::scatter(lo.at(i), lo.stride, idx);
        },
    );
}
