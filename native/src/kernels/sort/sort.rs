//! `sort`: every lane along the last axis, in place, in NumPy's order.
//! Stable kinds: radix for integer, bool and float lanes above a few hundred
//! elements, a stable merge sort otherwise (complex included). The default
//! (unstable) kind sorts 32- and 64-bit integers and floats with the
//! vectorised quicksort ([`super::vqsort`]) where the CPU has AVX-512F, as
//! NumPy does; elsewhere it is the stable sort.

use super::lanes::{self, Outer, SendPtr};
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

/// Sorts every lane of `a` along its last axis, in place.
///
/// # Safety
/// `a` must be a validated descriptor of elements of `T`, writable, with at
/// least one axis, whose lanes do not overlap each other.
pub unsafe fn sort_lanes<T: SortElem>(a: &ArrayDesc, stable: bool) {
    let nd = a.shape.len();
    let (n, s) = (a.shape[nd - 1], a.strides[nd - 1]);
    let outer = Outer {
        shape: &a.shape[..nd - 1],
        strides: &a.strides[..nd - 1],
    };
    let base = SendPtr(a.origin());
    if n < 2 {
        return;
    }
    #[cfg(target_arch = "x86_64")]
    if !stable && T::SIMD_KEY && n > 16 && super::vqsort::available() {
        // The vectorised sort reads and writes the lanes in place.
        lanes::run(
            lanes::count(outer.shape),
            n,
            || (),
            |_, i| super::vqsort::sort_lane::<T>(base.get().offset(outer.offset(i)), s, n),
        );
        return;
    }
    let _ = stable;
    lanes::run(
        lanes::count(outer.shape),
        n,
        || (Vec::<T>::new(), Vec::<T>::new()),
        |(buf, tmp), i| {
            let p = base.get().offset(outer.offset(i));
            lanes::gather(p, s, n, buf);
            sort_slice(buf, tmp);
            lanes::scatter(p, s, buf);
        },
    );
}
