//! napi exports for advanced indexing (gather/scatter) and `nonzero`.

use super::arena::ArenaReader;
use super::raw_bytes::RawBytes;
use super::raw_call;
use super::ufunc::RawValue;
use crate::dtype::DType;
use crate::error::{RumpyError, RumpyResult};
use crate::kernels::gather::{index_reader, mover, Mode};
use crate::kernels::nonzero;
use crate::layout::ArrayDesc;
use crate::traverse::indexed::{IndexArray, MapPlan};
use napi_derive::napi;

fn bad(what: &str) -> RumpyError {
    RumpyError::Value(format!("index_map: {what}"))
}

/// Advanced indexing over the arena's contents: the indexed array, the
/// other operand (output of a gather, values of a scatter, laid out as
/// `B ++ subspace` in the array's dtype), then `k` times: the axis of the
/// array it selects along, the axis named in errors, and the index array
/// (any integer dtype, carrying the broadcast shape `B`). `mode` is 0 raise,
/// 1 wrap, 2 clip. In raise mode every index is checked before any element
/// moves.
#[napi(catch_unwind)]
pub fn index_map(
    arena_id: u32,
    k: u32,
    mode: u32,
    scatter: bool,
    #[napi(ts_arg_type = "Uint8Array | undefined")] late: Option<RawBytes>,
) -> napi::Result<()> {
    let mut arena = ArenaReader::open(arena_id, late)?;
    let array = arena.array()?;
    let other = arena.array()?;
    let mode = Mode::from_code(mode)?;
    let mut axes = Vec::with_capacity(k as usize);
    let mut descs: Vec<(usize, usize, ArrayDesc)> = Vec::with_capacity(k as usize);
    for _ in 0..k {
        let pos = arena.usize()?;
        let report = arena.usize()?;
        let d = arena.array()?;
        if pos >= array.shape.len() || axes.contains(&pos) {
            return Err(bad("bad axis").into());
        }
        axes.push(pos);
        descs.push((pos, report, d));
    }
    if other.dtype != array.dtype {
        return Err(bad("operand dtypes differ").into());
    }
    let plan = plan(&array, &other, &descs, mode)?;
    // SAFETY: every descriptor was validated against its buffer; indexed
    // offsets are resolved within their axes, so every address lies inside
    // the array's validated extent.
    unsafe {
        plan.check(scatter)?;
        plan.run(scatter)?;
    }
    Ok(())
}

/// `ufunc.at`: the loop of op `op` (dtype codes `codes`, inputs then the
/// output) applied in place at the elements of the arena's first operand
/// that its `k` index arrays select (as [`index_map`] reads them; none for
/// a basic index), with the second operand (the values, in the loop's
/// second input dtype, laid out like a scatter's) as the other input.
/// `indexed`: NumPy runs the call through the op's indexed loop. Returns
/// the floating-point flags to report.
#[napi(catch_unwind)]
pub fn ufunc_at(
    arena_id: u32,
    op: u32,
    codes: Vec<u32>,
    k: u32,
    indexed: bool,
    #[napi(ts_arg_type = "Uint8Array | undefined")] late: Option<RawBytes>,
) -> napi::Result<u32> {
    let def = crate::ufunc::OPS
        .get(op as usize)
        .ok_or_else(|| bad("unknown ufunc"))?;
    let signature = codes
        .iter()
        .map(|&c| DType::from_code(c))
        .collect::<RumpyResult<Vec<_>>>()?;
    let mut arena = ArenaReader::open(arena_id, late)?;
    let array = arena.array()?;
    let other = arena.array()?;
    let at = crate::ufunc::at::AtLoop::new(def, &signature, array.dtype, indexed)?;
    if def.nin == 2 && other.dtype != signature[1] {
        return Err(bad("values must have the loop's input dtype").into());
    }
    let mut descs = Vec::with_capacity(k as usize);
    for _ in 0..k {
        let pos = arena.usize()?;
        let report = arena.usize()?;
        let d = arena.array()?;
        if pos >= array.shape.len() || descs.iter().any(|x: &(usize, usize, ArrayDesc)| x.0 == pos)
        {
            return Err(bad("bad axis").into());
        }
        descs.push((pos, report, d));
    }
    if descs.iter().any(|d| array.overlaps(&d.2)) || array.overlaps(&other) {
        return Err(bad("ufunc.at operands overlap the array").into());
    }
    let plan = plan(&array, &other, &descs, Mode::Raise)?;
    // SAFETY: validated descriptors; indices are checked before any element
    // changes and resolved within their axes as they are used; the values
    // and indices do not overlap the array.
    let flags = unsafe {
        plan.check(true)?;
        at.run(&plan)?
    };
    Ok(flags)
}

fn plan(
    array: &ArrayDesc,
    other: &ArrayDesc,
    descs: &[(usize, usize, ArrayDesc)],
    mode: Mode,
) -> RumpyResult<MapPlan> {
    let bshape = descs.first().map_or_else(Vec::new, |d| d.2.shape.to_vec());
    let mut indices = Vec::with_capacity(descs.len());
    for (pos, report, d) in descs {
        if d.shape[..] != bshape[..] {
            return Err(bad("index shapes differ"));
        }
        indices.push(IndexArray {
            origin: d.origin(),
            strides: d.strides.to_vec(),
            read: index_reader(d.dtype)?,
            len: array.shape[*pos],
            stride: array.strides[*pos],
            axis: *report,
            int64: d.dtype == DType::Int64,
        });
    }
    let keep: Vec<usize> = (0..array.shape.len())
        .filter(|ax| !descs.iter().any(|d| d.0 == *ax))
        .collect();
    let sub_shape: Vec<usize> = keep.iter().map(|&ax| array.shape[ax]).collect();
    let sub_strides: Vec<isize> = keep.iter().map(|&ax| array.strides[ax]).collect();
    let nb = bshape.len();
    if other.shape.len() != nb + sub_shape.len()
        || other.shape[..nb] != bshape[..]
        || other.shape[nb..] != sub_shape[..]
    {
        return Err(bad("operand shapes do not match"));
    }
    Ok(MapPlan {
        bshape,
        indices,
        array: array.origin(),
        sub_shape,
        sub_strides,
        other: other.origin(),
        other_bstrides: other.strides[..nb].to_vec(),
        other_sub_strides: other.strides[nb..].to_vec(),
        mover: mover(array.dtype.itemsize()),
        itemsize: array.dtype.itemsize(),
        mode,
    })
}

/// The number of true elements of the arena's first operand.
#[napi(catch_unwind)]
pub fn nonzero_count(
    arena_id: u32,
    #[napi(ts_arg_type = "Uint8Array | undefined")] late: Option<RawBytes>,
) -> napi::Result<f64> {
    let mut arena = ArenaReader::open(arena_id, late)?;
    let a = arena.array()?;
    // SAFETY: validated descriptor.
    Ok(unsafe { nonzero::count(&a) } as f64)
}

/// `nonzeroCollectAll` on arena `arena_id` as a plain napi function (see
/// `raw_call`).
#[napi(ts_return_type = "(late?: Uint8Array) => number")]
pub fn nonzero_collect_all_function(env: napi::Env, arena_id: u32) -> napi::Result<RawValue> {
    raw_call::arena_function(env, "nonzeroCollectAll", arena_id, nonzero_collect_all)
}

/// One pass of `nonzero` for a small array: writes the multi-indices of the
/// true elements of the arena's first operand `a` into the second (a
/// C-contiguous int64 array with room for every element, `size × ndim`)
/// and returns how many elements were true.
fn nonzero_collect_all(arena_id: u32, late: Option<RawBytes>) -> napi::Result<u32> {
    let mut arena = ArenaReader::open(arena_id, late)?;
    let a = arena.array()?;
    let out = arena.array()?;
    let (size, nd) = (a.size(), a.shape.len());
    let n = out.size();
    if nd == 0
        || n != size * nd
        || u32::try_from(size).is_err()
        || out.dtype != DType::Int64
        || (n > 0 && (!out.is_c_contiguous() || !(out.origin() as usize).is_multiple_of(8)))
    {
        return Err(
            bad("nonzero output must be aligned contiguous int64, one row per element").into(),
        );
    }
    if n == 0 {
        return Ok(0);
    }
    if a.overlaps(&out) {
        return Err(bad("nonzero output overlaps its input").into());
    }
    // SAFETY: validated, contiguous, aligned, not overlapping the input.
    let buf = unsafe { std::slice::from_raw_parts_mut(out.origin() as *mut i64, n) };
    let written = unsafe { nonzero::collect(&a, buf) };
    Ok((written / nd) as u32)
}

/// Writes the multi-indices of the true elements of the arena's first
/// operand into the second (a C-contiguous int64 `count × ndim` array).
#[napi(catch_unwind)]
pub fn nonzero_collect(
    arena_id: u32,
    #[napi(ts_arg_type = "Uint8Array | undefined")] late: Option<RawBytes>,
) -> napi::Result<()> {
    let mut arena = ArenaReader::open(arena_id, late)?;
    let a = arena.array()?;
    let out = arena.array()?;
    let n = out.size();
    if out.dtype != crate::dtype::DType::Int64
        || (n > 0 && (!out.is_c_contiguous() || !(out.origin() as usize).is_multiple_of(8)))
    {
        return Err(bad("nonzero output must be aligned contiguous int64").into());
    }
    if n == 0 {
        return Ok(());
    }
    if a.overlaps(&out) {
        return Err(bad("nonzero output overlaps its input").into());
    }
    // SAFETY: validated, contiguous, aligned, not overlapping the input.
    let buf = unsafe { std::slice::from_raw_parts_mut(out.origin() as *mut i64, n) };
    unsafe { nonzero::collect(&a, buf) };
    Ok(())
}
