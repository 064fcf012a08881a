//! Staging copies for overlapping operands.
//!
//! When an output shares bytes with an input and the two are not the same
//! elements in the same order, writing the output could overwrite input
//! elements before they are read. NumPy copies such inputs first; so do we.

use crate::kernels::cast::cast_fn;
use crate::layout::{ArrayDesc, Steps};
use crate::traverse::nary;
use smallvec::smallvec;

/// True when `input` must be staged before writing `out`: they overlap and
/// are not elementwise identical (same origin, strides and itemsize).
pub fn needs_staging(input: &ArrayDesc, out: &ArrayDesc) -> bool {
    input.overlaps(out)
        && !(input.origin() == out.origin()
            && input.strides == out.strides
            && input.dtype.itemsize() == out.dtype.itemsize())
}

/// A C-contiguous copy of `input` (same dtype and shape) and its descriptor.
/// The descriptor points into the returned buffer, which must outlive it.
pub fn stage(input: &ArrayDesc) -> (Vec<u8>, ArrayDesc) {
    let item = input.dtype.itemsize();
    let mut buf = vec![0u8; input.size() * item];
    let mut strides: Steps = smallvec![0; input.shape.len()];
    let mut acc = item as isize;
    for (k, &n) in input.shape.iter().enumerate().rev() {
        strides[k] = acc;
        acc *= n.max(1) as isize;
    }
    let staged = ArrayDesc {
        base: buf.as_mut_ptr(),
        buffer_len: buf.len(),
        offset: 0,
        dtype: input.dtype,
        shape: input.shape.clone(),
        strides,
    };
    let copy = cast_fn(input.dtype, input.dtype);
    // SAFETY: `input` is validated; `staged` addresses exactly `buf`.
    unsafe {
        nary::run(
            &input.shape,
            [input.origin(), staged.origin()],
            [&input.strides, &staged.strides],
            &|p, s, n| copy(p, s, n),
        );
    }
    (buf, staged)
}
