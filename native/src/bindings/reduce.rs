//! napi exports of the reduction engine (`ufunc.reduce`, `ufunc.accumulate`,
//! `argmin`/`argmax`) and of the fused moments (`mean`/`var`/`std` and
//! their NaN-ignoring forms). Operands come through the call arena.

use super::arena::ArenaReader;
use super::raw_bytes::RawBytes;
use super::raw_call;
use super::ufunc::RawValue;
use crate::dtype::DType;
use crate::error::RumpyError;
use crate::kernels::cast::cast_fn;
use crate::kernels::reduce::{arg_loop, reduce_loops, ReduceLoops};
use crate::layout::ArrayDesc;
use crate::traverse::moments::{moments_loop, Stat};
use crate::traverse::reduce::{self, Reduction};
use crate::traverse::{nary, staging};
use crate::ufunc::OPS;
use napi_derive::napi;

fn loops(op: &str, d: DType) -> Result<ReduceLoops, RumpyError> {
    reduce_loops(op, d).ok_or_else(|| {
        RumpyError::Type(format!(
            "ufunc '{op}' has no native reduction loop for {}",
            d.name()
        ))
    })
}

/// The name of op table entry `index` (an arena slot).
fn op_name(index: f64) -> Result<&'static str, RumpyError> {
    OPS.get(index as usize)
        .map(|o| o.name)
        .ok_or_else(|| RumpyError::Value(format!("no native op {index}")))
}

/// A copy of `a` when it overlaps `out` other than elementwise-identically.
fn staged(a: &ArrayDesc, out: &ArrayDesc) -> Option<(Vec<u8>, ArrayDesc)> {
    staging::needs_staging(a, out).then(|| staging::stage(a))
}

/// `reduceCall` on arena `arena_id` as a plain napi function
/// `(late?: Uint8Array) => flags` (see `raw_call`).
#[napi(ts_return_type = "(late?: Uint8Array) => number")]
pub fn reduce_call_function(env: napi::Env, arena_id: u32) -> napi::Result<RawValue> {
    raw_call::arena_function(env, "reduceCallFast", arena_id, reduce_call)
}

/// How [`reduce_call`] starts an output without an identity.
const START_GIVEN: u32 = 0;
/// Copy the input's first elements (index 0 on every axis `out` does not
/// advance along) into `out`, then reduce the whole input.
const START_FIRST: u32 = 1;
/// The same, then reduce the input without those first elements along the
/// one reduced axis named in the arena.
const START_FIRST_SKIP: u32 = 2;
/// [`START_FIRST_SKIP`], with the reduced axis walked innermost: each output
/// element folds its run in one inner-loop call (pairwise for float `add`,
/// in float32 for float16 `multiply`…), as NumPy's `reduceat` does.
const START_FIRST_SKIP_FOLD: u32 = 3;

/// Reduces arena operand `in` into `out` with op `op` (an index of the
/// op table, `ufuncNames`) in the loop dtype. Arena: `[op, masked (0/1),
/// loopDtype, start, startAxis, in, out, mask?]`; `out` and `mask` carry the
/// input's shape (stride 0 on reduced axes for `out`); `out` has the loop
/// dtype. With `start` [`START_GIVEN`] `out` holds the initial values;
/// otherwise the call first copies (casts) the input's first elements into
/// it, as NumPy starts a reduction without an identity ([`START_FIRST`],
/// [`START_FIRST_SKIP`]). Returns the floating-point flags raised: the
/// reduction's in bits 0–7, that first copy's (a cast) in bits 8–15, and
/// those of casting the input to the loop dtype in bits 16–23
/// ([`INPUT_CASTS_SHIFT`]).
/// Where [`reduce_call`] puts the flags of its input casts.
pub const INPUT_CASTS_SHIFT: u32 = 16;

fn reduce_call(arena_id: u32, late: Option<RawBytes>) -> napi::Result<u32> {
    let mut arena = ArenaReader::open(arena_id, late)?;
    let op = op_name(arena.f64()?)?;
    let masked = arena.f64()? != 0.0;
    let d = DType::from_code(arena.f64()? as u32)?;
    let start = arena.f64()? as u32;
    let start_axis = arena.f64()? as usize;
    let input = arena.array()?;
    let out = arena.array()?;
    let mask = if masked { Some(arena.array()?) } else { None };
    let malformed = || RumpyError::Value("reduce: malformed operands".into());
    if out.dtype != d
        || out.shape != input.shape
        || mask.as_ref().is_some_and(|m| m.shape != input.shape)
        || !matches!(
            start,
            START_GIVEN | START_FIRST | START_FIRST_SKIP | START_FIRST_SKIP_FOLD
        )
        || (start != START_GIVEN && masked)
        || (matches!(start, START_FIRST_SKIP | START_FIRST_SKIP_FOLD)
            && (start_axis >= input.shape.len()
                || input.shape[start_axis] == 0
                || out.strides[start_axis] != 0))
    {
        return Err(malformed().into());
    }
    let l = loops(op, d)?;
    let st_in = staged(&input, &out);
    let input = st_in.as_ref().map_or(&input, |s| &s.1);
    let st_mask = mask.as_ref().and_then(|m| staged(m, &out));
    let mask = st_mask.as_ref().map(|s| &s.1).or(mask.as_ref());
    let mut shape = input.shape.clone();
    let mut origin = input.origin();
    let mut cast_flags = 0;
    if start != START_GIVEN {
        // Index 0 on each axis `out` stays put along (the reduced ones).
        let first: crate::layout::Dims = shape
            .iter()
            .zip(&out.strides)
            .map(|(&n, &s)| if s == 0 { n.min(1) } else { n })
            .collect();
        let cast = cast_fn(input.dtype, d);
        // SAFETY: validated descriptors; `first` lies within the input's shape.
        let inner = |p: [*mut u8; 2], st: [isize; 2], n: usize| unsafe { cast(p, st, n) };
        cast_flags = unsafe {
            nary::run(
                &first,
                [origin, out.origin()],
                [&input.strides, &out.strides],
                &inner,
            )
        };
        if start != START_FIRST {
            shape[start_axis] -= 1;
            origin = origin.wrapping_offset(input.strides[start_axis]);
        }
    }
    let zeros: crate::layout::Steps = smallvec::smallvec![0; shape.len()];
    let r = Reduction {
        loops: l,
        cast: (input.dtype != d).then(|| (cast_fn(input.dtype, d), d.itemsize())),
        cast_flags: Default::default(),
        shape: &shape,
        origins: [
            out.origin(),
            mask.map_or(std::ptr::null_mut(), |m| m.origin()),
            origin,
        ],
        strides: [
            &out.strides,
            mask.map_or(&zeros[..], |m| &m.strides[..]),
            &input.strides,
        ],
        masked,
        fold_axis: (start == START_FIRST_SKIP_FOLD).then_some(start_axis),
        buffered_start: start == START_GIVEN,
    };
    // SAFETY: validated descriptors (the skipped shape is inside the
    // input's); kernels match the loop dtype.
    let flags = crate::fpstatus::collect(|| unsafe { r.run() });
    // The flags of the loop's input casts come back apart: NumPy's
    // reduction loop casts every element (the first ones again, skipped
    // there), so they include the first copy's.
    // A NumPy loop that clears the status after it runs drops those flags
    // too (its float32/float64/complex min/max loops; not float16's or the
    // integers').
    let loop_clears = crate::ufunc::loop_clears_status(op, d);
    let input_casts = if input.dtype != d && !loop_clears {
        r.cast_flags.into_inner() | cast_flags
    } else {
        0
    };
    Ok(crate::ufunc::reduction_reported_flags(op, flags)
        | (cast_flags << crate::fpstatus::CAST_SHIFT)
        | (input_casts << INPUT_CASTS_SHIFT))
}

/// `accumulateCall` on arena `arena_id` as a plain napi function
/// `(late?: Uint8Array) => flags` (see `raw_call`).
#[napi(ts_return_type = "(late?: Uint8Array) => number")]
pub fn accumulate_call_function(env: napi::Env, arena_id: u32) -> napi::Result<RawValue> {
    raw_call::arena_function(env, "accumulateCallFast", arena_id, accumulate_call)
}

/// `ufunc.accumulate` of op table entry `op` along `axis`. Arena: `[op,
/// axis, loopDtype, in, out]`, both of the loop dtype and the same shape.
/// Returns the floating-point error flags.
fn accumulate_call(arena_id: u32, late: Option<RawBytes>) -> napi::Result<u32> {
    let mut arena = ArenaReader::open(arena_id, late)?;
    let op = op_name(arena.f64()?)?;
    let axis = arena.f64()? as usize;
    let d = DType::from_code(arena.f64()? as u32)?;
    let input = arena.array()?;
    let out = arena.array()?;
    if input.dtype != d || out.dtype != d || out.shape != input.shape || axis >= input.shape.len() {
        return Err(RumpyError::Value("accumulate: malformed operands".into()).into());
    }
    let l = loops(op, d)?;
    let st = staged(&input, &out);
    let input = st.as_ref().map_or(&input, |s| &s.1);
    // SAFETY: validated descriptors of the loop dtype.
    let flags = unsafe {
        reduce::accumulate(
            &input.shape,
            axis,
            (input.origin(), &input.strides),
            (out.origin(), &out.strides),
            cast_fn(d, d),
            &l,
        )
    };
    Ok(crate::ufunc::reported_flags(op, flags))
}

/// `argReduceCall` on arena `arena_id` as a plain napi function (returns 0).
#[napi(ts_return_type = "(late?: Uint8Array) => number")]
pub fn arg_reduce_call_function(env: napi::Env, arena_id: u32) -> napi::Result<RawValue> {
    raw_call::arena_function(env, "argReduceCallFast", arena_id, arg_reduce_call)
}

/// argmax (`isMax` 1) or argmin (0) over the last axis. Arena: `[isMax, in,
/// out]`, `out` int64 with the input's leading axes; the last axis is
/// non-empty.
fn arg_reduce_call(arena_id: u32, late: Option<RawBytes>) -> napi::Result<u32> {
    let mut arena = ArenaReader::open(arena_id, late)?;
    let is_max = arena.f64()? != 0.0;
    let input = arena.array()?;
    let out = arena.array()?;
    let nd = input.shape.len();
    if nd == 0
        || input.shape[nd - 1] == 0
        || out.dtype != DType::Int64
        || out.shape[..] != input.shape[..nd - 1]
    {
        return Err(RumpyError::Value("arg_reduce: malformed operands".into()).into());
    }
    // SAFETY: validated descriptors; the kernel matches the input dtype.
    unsafe {
        reduce::arg_reduce(
            &input.shape,
            input.origin(),
            &input.strides,
            out.origin(),
            &out.strides,
            arg_loop(input.dtype, is_max),
            input.dtype.itemsize(),
        )
    };
    Ok(0)
}

/// Bit of [`moments_call`]'s result: some output had no elements (mean) or
/// `n - ddof <= 0` (variance).
const DEGENERATE: u32 = 1 << 8;
/// [`moments_call`]'s result for an input it does not handle (not C
/// contiguous or not aligned): nothing was computed.
const NOT_HANDLED: u32 = 1 << 9;

/// `momentsCall` on arena `arena_id` as a plain napi function (see `raw_call`).
#[napi(ts_return_type = "(late?: Uint8Array) => number")]
pub fn moments_call_function(env: napi::Env, arena_id: u32) -> napi::Result<RawValue> {
    raw_call::arena_function(env, "momentsCallFast", arena_id, moments_call)
}

/// Fused `mean` (`stat` 0), `var` (1) or `std` (2) of a C-contiguous
/// float32/float64 operand over `axis` (-1: every axis), NaN-ignoring with
/// `skip_nan`, into operand 1: C-contiguous, the input's dtype, one element
/// per output in C order. Arena: `[stat, skipNan (0/1), ddof, axis, in,
/// out]`. Returns the floating-point flags the sums raised, plus
/// [`DEGENERATE`]; or [`NOT_HANDLED`].
fn moments_call(arena_id: u32, late: Option<RawBytes>) -> napi::Result<u32> {
    let mut arena = ArenaReader::open(arena_id, late)?;
    let stat = arena.f64()? as u32;
    let skip_nan = arena.f64()? != 0.0;
    let ddof = arena.f64()?;
    let axis = arena.f64()? as i32;
    let input = arena.array()?;
    let out = arena.array()?;
    let nd = input.shape.len();
    let (outer, n, inner) = if axis < 0 {
        (1, input.size(), 1)
    } else if (axis as usize) < nd {
        let ax = axis as usize;
        let prod = |s: &[usize]| s.iter().product::<usize>();
        (
            prod(&input.shape[..ax]),
            input.shape[ax],
            prod(&input.shape[ax + 1..]),
        )
    } else {
        return Err(RumpyError::Value("moments: malformed operands".into()).into());
    };
    let stat = match stat {
        0 => Stat::Mean,
        1 => Stat::Var,
        2 => Stat::Std,
        3 => Stat::Sum,
        _ => return Err(RumpyError::Value("moments: unknown statistic".into()).into()),
    };
    let item = input.dtype.itemsize();
    let aligned = |d: &ArrayDesc| (d.origin() as usize).is_multiple_of(item);
    let valid = out.dtype == input.dtype
        && input.size() > 0
        && out.size() == outer * inner
        && !out.overlaps(&input);
    let Some(f) = moments_loop(input.dtype).filter(|_| valid) else {
        return Err(RumpyError::Value("moments: malformed operands".into()).into());
    };
    let layouts = [&input, &out];
    if !layouts.iter().all(|d| d.is_c_contiguous() && aligned(d)) {
        return Ok(NOT_HANDLED);
    }
    // SAFETY: validated: contiguous, aligned, disjoint operands of the loop's type.
    let r = unsafe {
        f(
            input.origin(),
            [outer, n, inner],
            stat,
            skip_nan,
            ddof,
            out.origin(),
        )
    };
    Ok(r.flags | if r.degenerate { DEGENERATE } else { 0 })
}
