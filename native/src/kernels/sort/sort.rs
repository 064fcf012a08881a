//! `sort`: every lane along the last axis, in place, in NumPy's order.
//! Stable kinds: radix for integer, bool and float lanes above a few hundred
//! elements, a stable merge sort otherwise (complex included). The default
//! (unstable) kind sorts 32- and 64-bit integers and floats with the
//! vectorised quicksort ([`super::vqsort`]) where the CPU has AVX-512F or
//! AVX2, as NumPy does; elsewhere it is the stable sort.

use super::lanes::{self, Lanes};
use super::{order, radix, SortElem};
use crate::layout::ArrayDesc;

/// Sorts `v` stably in NumPy's order; `tmp` is scratch.
pub fn sort_slice<T: SortElem>(v: &mut Vec<T>, tmp: &mut Vec<T>) {
    if radix::worth_it::<T>(v.len()) {
        radix::sort(v, tmp);
    } else {
        v.sort_by(|a, b| order(*a, *b));
    }
}

/// Sorts every lane of `src` along its last axis into the same lane of
/// `dst` (`dst` may be `src`: an in-place sort).
///
/// # Safety
/// `src` and `dst` must be validated descriptors of elements of `T` with the
/// same shape and at least one axis; `dst` writable, its lanes not
/// overlapping each other, and either identical to `src` or not overlapping
/// it.
pub unsafe fn sort_lanes<T: SortElem>(src: &ArrayDesc, dst: &ArrayDesc, stable: bool) {
    let (ls, ld) = (Lanes::of(src), Lanes::of(dst));
    let n = ls.len;
    #[cfg(target_arch = "x86_64")]
    if !stable && T::SIMD_KEY && n > 16 && super::vqsort::sort_available() {
        // The vectorised sort reads the source lanes and writes the
        // destination lanes directly.
        lanes::run(
            ls.count(),
            n,
            || (),
            |_, i| super::vqsort::sort_lane::<T>(ls.at(i), ls.stride, ld.at(i), ld.stride, n),
        );
        return;
    }
    let _ = stable;
    lanes::run(
        ls.count(),
        n,
        || (Vec::<T>::new(), Vec::<T>::new()),
        |(buf, tmp), i| {
            lanes::gather(ls.at(i), ls.stride, n, buf);
            if n > 1 {
                sort_slice(buf, tmp);
            }
            lanes::scatter(ld.at(i), ld.stride, buf);
        },
    );
}
