//! napi exports of the sorting, searching and set kernels
//! (`kernels::sort`). Operands come through the call arena; lane verbs get
//! arrays whose last axis is the one to work along.

use super::arena::ArenaReader;
use super::raw_bytes::RawBytes;
use crate::dtype::{with_dtype, DType, Element};
use crate::error::{RumpyError, RumpyResult};
use crate::kernels::sort::median::{self, MedianElem};
use crate::kernels::sort::{
    argsort, count, lexsort, partition, searchsorted, sort, unique, SortElem,
};
use crate::layout::ArrayDesc;
use napi::bindgen_prelude::Float64Array;
use napi_derive::napi;

fn bad(what: &str) -> RumpyError {
    RumpyError::Value(format!("{what}: malformed operands"))
}

/// Checks that `out` is int64 with `a`'s shape, and both have an axis.
fn check_index_out(a: &ArrayDesc, out: &ArrayDesc, what: &str) -> RumpyResult<()> {
    if a.shape.is_empty() || out.dtype != DType::Int64 || out.shape != a.shape {
        return Err(bad(what));
    }
    Ok(())
}

/// Distinct sorted `kth` below `n`.
fn kth_list(kth: &[f64], n: usize, what: &str) -> RumpyResult<Vec<usize>> {
    let mut k: Vec<usize> = kth.iter().map(|&x| x as usize).collect();
    if kth.iter().any(|&x| x < 0.0 || x as usize >= n) {
        return Err(bad(what));
    }
    k.sort_unstable();
    k.dedup();
    Ok(k)
}

/// Sorts operand 0's lanes along its last axis into operand 1's (the same
/// array for an in-place sort; stably when `stable`).
#[napi(catch_unwind)]
pub fn sort_lanes(
    arena_id: u32,
    stable: bool,
    #[napi(ts_arg_type = "Uint8Array | undefined")] late: Option<RawBytes>,
) -> napi::Result<()> {
    let mut arena = ArenaReader::open(arena_id, late)?;
    let src = arena.array()?;
    let dst = arena.array()?;
    let same = src.origin() == dst.origin() && src.strides == dst.strides;
    if src.shape.is_empty()
        || dst.shape != src.shape
        || dst.dtype != src.dtype
        || (!same && crate::traverse::staging::needs_staging(&src, &dst))
    {
        return Err(bad("sort").into());
    }
    // SAFETY: validated descriptors of one dtype and shape; lanes of one
    // array never overlap, and `dst` is `src` or apart from it.
    with_dtype!(src.dtype, T => unsafe { sort::sort_lanes::<T>(&src, &dst, stable) });
    Ok(())
}

/// Writes the stable sorting permutation of operand 0's lanes into
/// operand 1 (int64, same shape).
#[napi(catch_unwind)]
pub fn argsort_lanes(
    arena_id: u32,
    stable: bool,
    #[napi(ts_arg_type = "Uint8Array | undefined")] late: Option<RawBytes>,
) -> napi::Result<()> {
    let mut r = ArenaReader::open(arena_id, late)?;
    let (a, out) = (r.array()?, r.array()?);
    check_index_out(&a, &out, "argsort")?;
    // SAFETY: validated; `out` is a fresh array.
    with_dtype!(a.dtype, T => unsafe { argsort::argsort_lanes::<T>(&a, &out, stable) });
    Ok(())
}

/// Partitions operand 0 in place along its last axis around every `kth`.
#[napi(catch_unwind)]
pub fn partition_lanes(
    arena_id: u32,
    kth: Float64Array,
    #[napi(ts_arg_type = "Uint8Array | undefined")] late: Option<RawBytes>,
) -> napi::Result<()> {
    let a = ArenaReader::open(arena_id, late)?.array()?;
    if a.shape.is_empty() {
        return Err(bad("partition").into());
    }
    let k = kth_list(&kth, a.shape[a.shape.len() - 1], "partition")?;
    if a.size() == 0 {
        return Ok(());
    }
    // SAFETY: validated; every kth below the lane length.
    with_dtype!(a.dtype, T => unsafe { partition::partition_lanes::<T>(&a, &k) });
    Ok(())
}

/// `np.median` of operand 0's lanes (last axis, non-empty) into operand 1
/// (the leading axes; float64 for bool and integers, else operand 0's
/// dtype; complex is not handled here). Returns the floating-point flags
/// the means raised.
#[napi(catch_unwind)]
pub fn median_lanes(
    arena_id: u32,
    #[napi(ts_arg_type = "Uint8Array | undefined")] late: Option<RawBytes>,
) -> napi::Result<u32> {
    let mut r = ArenaReader::open(arena_id, late)?;
    let (a, out) = (r.array()?, r.array()?);
    let nd = a.shape.len();
    if nd == 0 || a.shape[nd - 1] == 0 || out.shape[..] != a.shape[..nd - 1] || out.overlaps(&a) {
        return Err(bad("median").into());
    }
    with_dtype!(a.dtype, T => {
        if out.dtype != <<T as MedianElem>::Out as Element>::DTYPE {
            return Err(bad("median").into());
        }
        // SAFETY: validated descriptors of `T` and its median type; `out`
        // is disjoint from `a`.
        Ok(crate::fpstatus::collect(|| unsafe { median::median_lanes::<T>(&a, &out) }))
    }, complex => Err(bad("median").into()))
}

/// Writes into operand 1 (int64) indices partitioning operand 0's lanes.
#[napi(catch_unwind)]
pub fn argpartition_lanes(
    arena_id: u32,
    kth: Float64Array,
    #[napi(ts_arg_type = "Uint8Array | undefined")] late: Option<RawBytes>,
) -> napi::Result<()> {
    let mut r = ArenaReader::open(arena_id, late)?;
    let (a, out) = (r.array()?, r.array()?);
    check_index_out(&a, &out, "argpartition")?;
    let k = kth_list(&kth, a.shape[a.shape.len() - 1], "argpartition")?;
    if a.size() == 0 {
        return Ok(());
    }
    // SAFETY: validated; every kth below the lane length.
    with_dtype!(a.dtype, T => unsafe { partition::argpartition_lanes::<T>(&a, &out, &k) });
    Ok(())
}

/// Operands: `nkeys` keys, then the int64 output (all one shape).
#[napi(catch_unwind)]
pub fn lexsort_lanes(
    arena_id: u32,
    nkeys: u32,
    #[napi(ts_arg_type = "Uint8Array | undefined")] late: Option<RawBytes>,
) -> napi::Result<()> {
    let mut r = ArenaReader::open(arena_id, late)?;
    let keys = (0..nkeys)
        .map(|_| r.array())
        .collect::<RumpyResult<Vec<_>>>()?;
    let out = r.array()?;
    if keys
        .iter()
        .any(|k| check_index_out(k, &out, "lexsort").is_err())
    {
        return Err(bad("lexsort").into());
    }
    // SAFETY: validated, equal shapes; `out` is a fresh array.
    unsafe { lexsort::lexsort_lanes(&keys, &out) };
    Ok(())
}

/// Operands: sorted 1-d `a`, queries `v` (same dtype), int64 `out`
/// (`v`'s shape), then with `has_sorter` a 1-d int64 sorter.
#[napi(catch_unwind)]
pub fn searchsorted(
    arena_id: u32,
    right: bool,
    has_sorter: bool,
    #[napi(ts_arg_type = "Uint8Array | undefined")] late: Option<RawBytes>,
) -> napi::Result<()> {
    let mut r = ArenaReader::open(arena_id, late)?;
    let (a, v, out) = (r.array()?, r.array()?, r.array()?);
    let sorter = if has_sorter { Some(r.array()?) } else { None };
    let sorter_ok = sorter
        .as_ref()
        .is_none_or(|s| s.dtype == DType::Int64 && s.shape == a.shape);
    if a.shape.len() != 1
        || a.dtype != v.dtype
        || out.dtype != DType::Int64
        || out.shape != v.shape
        || !sorter_ok
    {
        return Err(bad("searchsorted").into());
    }
    // SAFETY: validated; `out` is a fresh array.
    with_dtype!(a.dtype, T => unsafe { searchsorted::searchsorted::<T>(&a, sorter.as_ref(), &v, &out, right) })?;
    Ok(())
}

/// A mutable slice over a validated, C-contiguous, aligned operand.
///
/// # Safety
/// `d` describes elements of `T`; no other live slice covers its bytes.
unsafe fn slice_of<'a, T>(d: &ArrayDesc, n: usize) -> RumpyResult<&'a mut [T]> {
    if d.size() < n
        || !d.is_c_contiguous()
        || !(d.origin() as usize).is_multiple_of(std::mem::align_of::<T>())
    {
        return Err(bad("unique"));
    }
    Ok(if n == 0 {
        &mut []
    } else {
        std::slice::from_raw_parts_mut(d.origin() as *mut T, n)
    })
}

fn unique_typed<T: SortElem>(
    ops: &[ArrayDesc; 5],
    equal_nan: bool,
    want: [bool; 3],
) -> RumpyResult<usize> {
    let a = &ops[0];
    let n = a.shape[0];
    let mut input = Vec::new();
    // SAFETY: validated descriptors; outputs are fresh, distinct arrays.
    unsafe {
        crate::kernels::sort::lanes::gather(a.origin(), a.strides[0], n, &mut input);
        let idx = |k: usize| -> RumpyResult<Option<&mut [i64]>> {
            if !want[k - 2] {
                return Ok(None);
            }
            if ops[k].dtype != DType::Int64 {
                return Err(bad("unique"));
            }
            Ok(Some(slice_of::<i64>(&ops[k], n)?))
        };
        if ops[1].dtype != a.dtype {
            return Err(bad("unique"));
        }
        let out = unique::UniqueOut {
            values: slice_of::<T>(&ops[1], n)?,
            index: idx(2)?,
            inverse: idx(3)?,
            counts: idx(4)?,
        };
        Ok(unique::unique(input, equal_nan, out))
    }
}

/// Operands: 1-d input, then outputs of its length: values (same dtype),
/// first indices, inverse and counts (int64; only those wanted are read).
/// Returns the number of unique values.
#[napi(catch_unwind)]
pub fn unique1d(
    arena_id: u32,
    equal_nan: bool,
    want_index: bool,
    want_inverse: bool,
    want_counts: bool,
    #[napi(ts_arg_type = "Uint8Array | undefined")] late: Option<RawBytes>,
) -> napi::Result<u32> {
    let mut r = ArenaReader::open(arena_id, late)?;
    let ops = [r.array()?, r.array()?, r.array()?, r.array()?, r.array()?];
    if ops[0].shape.len() != 1 {
        return Err(bad("unique").into());
    }
    let want = [want_index, want_inverse, want_counts];
    let u = with_dtype!(ops[0].dtype, T => unique_typed::<T>(&ops, equal_nan, want))?;
    Ok(u as u32)
}

/// Counts truthy elements of operand 0 over its last `inner` axes into
/// operand 1 (int64, C-contiguous, the leading axes' shape).
#[napi(catch_unwind)]
pub fn count_nonzero_lanes(
    arena_id: u32,
    inner: u32,
    #[napi(ts_arg_type = "Uint8Array | undefined")] late: Option<RawBytes>,
) -> napi::Result<()> {
    let mut r = ArenaReader::open(arena_id, late)?;
    let (a, out) = (r.array()?, r.array()?);
    let k = a
        .shape
        .len()
        .checked_sub(inner as usize)
        .ok_or_else(|| bad("count_nonzero"))?;
    let lead: usize = a.shape[..k].iter().product();
    if out.dtype != DType::Int64 || out.size() != lead || !out.is_c_contiguous() {
        return Err(bad("count_nonzero").into());
    }
    if lead == 0 {
        return Ok(());
    }
    // SAFETY: validated; `out` holds `lead` int64.
    with_dtype!(a.dtype, T => unsafe { count::count_lanes::<T>(&a, inner as usize, out.origin() as *mut i64) });
    Ok(())
}
