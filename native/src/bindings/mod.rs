//! napi exports. Bindings only decode arguments, dispatch and encode errors:
//! no math lives here.

mod arena;
mod creation;
mod indexing;
mod raw_bytes;
mod raw_call;
mod reduce;
mod shapeops;
mod sort;
mod statistics;
mod ufunc;

use arena::ArenaReader;

use crate::dtype::with_dtype;
use crate::error::{RumpyError, RumpyResult};
use crate::kernels::{cast, fill};
use crate::layout::ArrayDesc;
use crate::traverse::{blocked, nary, staging};
use napi::bindgen_prelude::Float64Array;
use napi_derive::napi;
use raw_bytes::RawBytes;

pub(crate) fn desc(bytes: &RawBytes, meta: &[f64]) -> RumpyResult<ArrayDesc> {
    ArrayDesc::new(bytes.ptr, bytes.len, meta)
}

/// `castCopy` on arena `arena_id` as a plain napi function
/// `(late?: Uint8Array) => flags` (see `raw_call`).
#[napi(ts_return_type = "(late?: Uint8Array) => number")]
pub fn cast_copy_function(env: napi::Env, arena_id: u32) -> napi::Result<ufunc::RawValue> {
    raw_call::arena_function(env, "castCopyFast", arena_id, cast_copy)
}

/// Copies operand 0 of the arena into operand 1 (same shape), converting each
/// element with NumPy's cast semantics. Overlapping operands are handled by
/// staging the source, as NumPy does. Returns the floating-point flags.
fn cast_copy(arena_id: u32, late: Option<RawBytes>) -> napi::Result<u32> {
    let mut arena = ArenaReader::open(arena_id, late)?;
    let s = arena.array()?;
    let d = arena.array()?;
    if s.shape != d.shape {
        return Err(RumpyError::Value("cast_copy: shapes differ".into()).into());
    }
    let staged = staging::needs_staging(&s, &d).then(|| staging::stage(&s));
    let s = staged.as_ref().map_or(&s, |st| &st.1);
    let cast = cast::cast_fn(s.dtype, d.dtype);
    // SAFETY: both descriptors were validated against their buffers.
    let inner = |p: [*mut u8; 2], st: [isize; 2], n: usize| unsafe { cast(p, st, n) };
    let (origins, strides) = ([s.origin(), d.origin()], [&s.strides[..], &d.strides[..]]);
    let flags = unsafe {
        blocked::run_transposed(&d.shape, origins, strides, &inner)
            .unwrap_or_else(|| nary::run(&d.shape, origins, strides, &inner))
    };
    Ok(flags)
}

/// Completes an `arange` in a C-contiguous 1-d `dst` whose first two
/// elements hold `start` and `start + step` (see `kernels::fill`).
#[napi(catch_unwind)]
pub fn arange_fill(
    #[napi(ts_arg_type = "Uint8Array")] dst: RawBytes,
    dst_meta: Float64Array,
) -> napi::Result<()> {
    let d = desc(&dst, &dst_meta)?;
    if d.shape.len() != 1 || !d.is_c_contiguous() {
        return Err(RumpyError::Value("arange_fill: needs a contiguous 1-d array".into()).into());
    }
    let n = d.size();
    // A new output, as for the ufuncs: large ones get huge pages.
    crate::hugepages::advise(dst.ptr, dst.len);
    with_dtype!(d.dtype, T => {
        if !(d.origin() as usize).is_multiple_of(std::mem::align_of::<T>()) {
            return Err(RumpyError::Value("arange_fill: misaligned output".into()).into());
        }
        // SAFETY: validated, contiguous, aligned, `n` elements of T.
        let buf = unsafe { std::slice::from_raw_parts_mut(d.origin() as *mut T, n) };
        <T as fill::ArangeFill>::fill(buf);
    });
    Ok(())
}

/// Panics on purpose: the test suite checks that a Rust panic becomes a JS
/// error and never takes the process down.
#[napi(catch_unwind, js_name = "__panicForTest")]
pub fn panic_for_test() -> napi::Result<()> {
    panic!("deliberate panic for the boundary test");
}
