//! napi exports of the statistics loops (`kernels::interp`,
//! `kernels::bincount`, `kernels::histogram`). Operands come through the call arena as aligned,
//! C-contiguous 1-d arrays of the kernels' dtypes (the TypeScript side
//! converts them); anything else is refused.

use super::arena::ArenaReader;
use super::raw_bytes::RawBytes;
use crate::dtype::DType;
use crate::error::{RumpyError, RumpyResult};
use crate::kernels::{bincount, histogram, interp};
use crate::layout::ArrayDesc;
use napi_derive::napi;

fn bad(what: &str) -> RumpyError {
    RumpyError::Value(format!("{what}: malformed operands"))
}

/// The elements of a 1-d, C-contiguous, aligned array of `T` (dtype `dt`).
///
/// # Safety
/// `a` must be a validated descriptor; the slice lives as long as its buffer.
unsafe fn slice<'a, T>(a: &ArrayDesc, dt: DType, what: &str) -> RumpyResult<&'a mut [T]> {
    if a.dtype == dt && a.shape.len() == 1 && a.shape[0] == 0 {
        // (An empty array's address need not be aligned.)
        return Ok(&mut []);
    }
    let p = a.origin();
    if a.dtype != dt
        || a.shape.len() != 1
        || !a.is_c_contiguous()
        || !(p as usize).is_multiple_of(std::mem::align_of::<T>())
    {
        return Err(bad(what));
    }
    Ok(std::slice::from_raw_parts_mut(p as *mut T, a.shape[0]))
}

/// `np.interp` of arena operands `x`, `xp`, `fp`, `out` (float64; `out`
/// shaped like `x` and disjoint from the others).
#[napi(catch_unwind)]
pub fn interp_f64(
    arena_id: u32,
    left: f64,
    right: f64,
    #[napi(ts_arg_type = "Uint8Array | undefined")] late: Option<RawBytes>,
) -> napi::Result<()> {
    let mut r = ArenaReader::open(arena_id, late)?;
    let (x, xp, fp, out) = (r.array()?, r.array()?, r.array()?, r.array()?);
    if xp.size() == 0
        || xp.size() != fp.size()
        || x.size() != out.size()
        || [&x, &xp, &fp].iter().any(|a| out.overlaps(a))
    {
        return Err(bad("interp").into());
    }
    // SAFETY: validated descriptors, checked dtype/layout; `out` is disjoint.
    unsafe {
        let o = slice::<f64>(&out, DType::Float64, "interp")?;
        interp::interp(
            slice::<f64>(&x, DType::Float64, "interp")?,
            slice::<f64>(&xp, DType::Float64, "interp")?,
            slice::<f64>(&fp, DType::Float64, "interp")?,
            left,
            right,
            o,
        );
    }
    Ok(())
}

/// `np.bincount` of arena operands `x` (int64, every value in
/// `0..out.len()`, which the caller checks), optional weights (float64,
/// `x`'s length) and `out` (int64 counts, or float64 sums with weights).
#[napi(catch_unwind)]
pub fn bincount_into(
    arena_id: u32,
    weighted: bool,
    #[napi(ts_arg_type = "Uint8Array | undefined")] late: Option<RawBytes>,
) -> napi::Result<()> {
    let mut r = ArenaReader::open(arena_id, late)?;
    let x = r.array()?;
    let w = if weighted { Some(r.array()?) } else { None };
    let out = r.array()?;
    // SAFETY: validated descriptors with checked dtype/layout; values are
    // checked against `out`'s length before any write.
    unsafe {
        let xs = slice::<i64>(&x, DType::Int64, "bincount")?;
        let n = out.size();
        if out.overlaps(&x)
            || w.as_ref().is_some_and(|w| out.overlaps(w))
            || xs.iter().any(|&v| v < 0 || v as usize >= n)
        {
            return Err(bad("bincount").into());
        }
        match w {
            None => bincount::count(xs, slice::<i64>(&out, DType::Int64, "bincount")?),
            Some(w) => {
                let ws = slice::<f64>(&w, DType::Float64, "bincount")?;
                if ws.len() != xs.len() {
                    return Err(bad("bincount").into());
                }
                bincount::weighted(xs, ws, slice::<f64>(&out, DType::Float64, "bincount")?)
            }
        }
    }
    Ok(())
}

/// `np.histogram`'s equal-width loop: arena operands `a` (float64), the
/// optional weights (float64, `a`'s length), `edges` (float64, at least two)
/// and `out` (int64 counts, or float64 sums with weights; one per bin),
/// added into `out`. `first`/`last` bound the range and `denom` is their
/// difference as NumPy computes it.
#[napi(catch_unwind)]
pub fn histogram_uniform(
    arena_id: u32,
    weighted: bool,
    first: f64,
    last: f64,
    denom: f64,
    #[napi(ts_arg_type = "Uint8Array | undefined")] late: Option<RawBytes>,
) -> napi::Result<()> {
    let mut r = ArenaReader::open(arena_id, late)?;
    let a = r.array()?;
    let w = if weighted { Some(r.array()?) } else { None };
    let (edges, out) = (r.array()?, r.array()?);
    if edges.size() < 2
        || out.size() + 1 != edges.size()
        || [Some(&a), w.as_ref(), Some(&edges)]
            .iter()
            .flatten()
            .any(|x| out.overlaps(x))
    {
        return Err(bad("histogram").into());
    }
    // SAFETY: validated descriptors with checked dtype/layout; `out` is
    // disjoint from the inputs, and every bin index is below its length.
    unsafe {
        let av = slice::<f64>(&a, DType::Float64, "histogram")?;
        let ev = slice::<f64>(&edges, DType::Float64, "histogram")?;
        match w {
            None => histogram::counts(
                av,
                ev,
                first,
                last,
                denom,
                slice::<i64>(&out, DType::Int64, "histogram")?,
            ),
            Some(w) => {
                let wv = slice::<f64>(&w, DType::Float64, "histogram")?;
                if wv.len() != av.len() {
                    return Err(bad("histogram").into());
                }
                histogram::weighted(
                    av,
                    wv,
                    ev,
                    first,
                    last,
                    denom,
                    slice::<f64>(&out, DType::Float64, "histogram")?,
                )
            }
        }
    }
    Ok(())
}
