//! `count_nonzero`: per outer position, the number of truthy elements in
//! the trailing (reduced) axes.

use super::lanes::{self, Outer, SendPtr};
use super::SortElem;
use crate::layout::ArrayDesc;

/// Truthy elements of the block at `p` with `shape`/`strides`.
unsafe fn count_block<T: SortElem>(p: *const u8, shape: &[usize], strides: &[isize]) -> i64 {
    match shape.len() {
        0 => std::ptr::read_unaligned(p as *const T).nonzero() as i64,
        1 if strides[0] == std::mem::size_of::<T>() as isize
            && (p as usize).is_multiple_of(std::mem::align_of::<T>()) =>
        {
            // Contiguous: the vectorised count.
            let v = std::slice::from_raw_parts(p as *const T, shape[0]);
            crate::kernels::nonzero::count_where(v, T::nonzero) as i64
        }
        1 => {
            let mut c = 0;
            for i in 0..shape[0] as isize {
                c +=
                    std::ptr::read_unaligned(p.offset(i * strides[0]) as *const T).nonzero() as i64;
            }
            c
        }
        _ => (0..shape[0] as isize)
            .map(|i| count_block::<T>(p.offset(i * strides[0]), &shape[1..], &strides[1..]))
            .sum(),
    }
}

/// For each position of `a`'s leading `ndim - inner` axes, writes the
/// count of truthy elements over the last `inner` axes into `out`
/// (int64, C-contiguous, one element per position).
///
/// # Safety
/// Validated descriptors; `out` holds `product(leading shape)` int64.
pub unsafe fn count_lanes<T: SortElem>(a: &ArrayDesc, inner: usize, out: *mut i64) {
    let k = a.shape.len() - inner;
    let outer = Outer {
        shape: &a.shape[..k],
        strides: &a.strides[..k],
    };
    let (ishape, istrides) = (&a.shape[k..], &a.strides[k..]);
    let (pa, po) = (SendPtr(a.origin()), SendPtr(out as *mut u8));
    lanes::run(
        lanes::count(outer.shape),
        lanes::count(ishape),
        || (),
        |_, i| {
            let c = count_block::<T>(pa.get().offset(outer.offset(i)), ishape, istrides);
            std::ptr::write_unaligned((po.get() as *mut i64).add(i), c);
        },
    );
}
