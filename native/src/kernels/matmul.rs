//! `matmul` over stacks of matrices: `out[..., i, j] = Σₖ a[..., i, k] ·
//! b[..., k, j]`, with the batch dimensions broadcast by the caller.
//!
//! The TypeScript layer resolves NumPy's gufunc signature `(n?,k),(k,m?)->
//! (n?,m?)` (1-d operands gain and lose a unit axis, batch dims broadcast)
//! and sends every operand in one dtype: `a` and `b` as views of shape
//! `out.shape + [k]` (stride 0 along the axis the operand lacks), so each
//! descriptor covers exactly the memory it reads.
//!
//! Float32, float64, complex64 and complex128 products of at least
//! `matmul_faer::FAER_MIN_MNK` multiply-adds per matrix run on faer's GEMM
//! (`matmul_faer`). Floating-point flags there follow one rule: if every
//! output element is finite the call reports no flags (underflow
//! included); if any is inf or nan, the whole call is recomputed by the
//! naive kernel below, whose flags (and results) are returned, so
//! "overflow/invalid value encountered in matmul" are those of the
//! in-order sum.
//!
//! Everything else runs the naive kernel: each output element is a dot
//! product accumulated in order, in the element type (wrapping for
//! integers; or-of-ands for bool), except float16, which accumulates in
//! float32 and rounds once, as NumPy's non-BLAS loop does.

use super::arith::Arith;
use super::matmul_faer;
use crate::dtype::with_dtype;
use crate::error::{RumpyError, RumpyResult};
use crate::layout::ArrayDesc;
use crate::traverse::{nary, staging};
use half::f16;

/// A dot-product accumulator for one element type.
pub trait Dot: Copy + Send + Sync + 'static {
    /// `Σ a[i·sa] · b[i·sb]` for `i < k`.
    ///
    /// # Safety
    /// `a`/`b` with steps `sa`/`sb` address `k` valid elements.
    unsafe fn dot(a: *const u8, sa: isize, b: *const u8, sb: isize, k: usize) -> Self;
}

macro_rules! dot_in_type {
    ($($t:ty),*) => { $(impl Dot for $t {
        #[inline(always)]
        unsafe fn dot(a: *const u8, sa: isize, b: *const u8, sb: isize, k: usize) -> Self {
            let mut acc: $t = std::mem::zeroed();
            for i in 0..k as isize {
                let x = std::ptr::read_unaligned(a.offset(i * sa) as *const $t);
                let y = std::ptr::read_unaligned(b.offset(i * sb) as *const $t);
                acc = acc.add(x.mul(y));
            }
            acc
        }
    })* };
}
dot_in_type!(
    crate::dtype::Bool8,
    i8,
    i16,
    i32,
    i64,
    u8,
    u16,
    u32,
    u64,
    f32,
    f64,
    num_complex::Complex32,
    num_complex::Complex64
);

impl Dot for f16 {
    unsafe fn dot(a: *const u8, sa: isize, b: *const u8, sb: isize, k: usize) -> Self {
        let mut acc = 0f32;
        for i in 0..k as isize {
            let x = std::ptr::read_unaligned(a.offset(i * sa) as *const f16);
            let y = std::ptr::read_unaligned(b.offset(i * sb) as *const f16);
            acc += x.to_f32() * y.to_f32();
        }
        f16::from_f32(acc)
    }
}

/// Computes `out = a @ b` for descriptors laid out as the module docs say,
/// and returns the floating-point error flags the products and sums raised
/// (`fpstatus`; NumPy reports them as "overflow encountered in matmul"…).
pub fn matmul(a: &ArrayDesc, b: &ArrayDesc, out: &ArrayDesc) -> RumpyResult<u32> {
    let nd = out.shape.len();
    let ok = a.dtype == out.dtype
        && b.dtype == out.dtype
        && a.shape.len() == nd + 1
        && b.shape.len() == nd + 1
        && a.shape[..nd] == out.shape[..]
        && b.shape[..nd] == out.shape[..]
        && a.shape[nd] == b.shape[nd];
    if !ok {
        return Err(RumpyError::Value("matmul: malformed operands".into()));
    }
    // The fast path reads `a` at m = 0 and `b` at n = 0: checked here, as
    // staging fills in the axis an operand lacks.
    let lacking = |x: &ArrayDesc, ax: usize| x.shape[ax] == 1 || x.strides[ax] == 0;
    let fast = nd >= 2 && lacking(a, nd - 1) && lacking(b, nd - 2);
    let stage = |x: &ArrayDesc| staging::needs_staging(x, out).then(|| staging::stage(x));
    let (sa, sb) = (stage(a), stage(b));
    let a = sa.as_ref().map_or(a, |s| &s.1);
    let b = sb.as_ref().map_or(b, |s| &s.1);
    if fast && matmul_faer::product(a, b, out) {
        return Ok(0);
    }
    // SAFETY: as `naive`'s; the staged copies do not overlap `out`.
    Ok(unsafe { naive(a, b, out) })
}

/// The reference kernel: `out = a @ b` (descriptors as [`matmul`] checks
/// them) with in-order dot products, returning the flags they raised.
///
/// # Safety
/// The descriptors are validated and `out` overlaps neither input.
pub unsafe fn naive(a: &ArrayDesc, b: &ArrayDesc, out: &ArrayDesc) -> u32 {
    let nd = out.shape.len();
    let k = a.shape[nd];
    let (ka, kb) = (a.strides[nd], b.strides[nd]);
    with_dtype!(out.dtype, T => {
        nary::run(
            &out.shape,
            [a.origin(), b.origin(), out.origin()],
            [&a.strides[..nd], &b.strides[..nd], &out.strides],
            &|p, s, n| {
                for i in 0..n as isize {
                    let v = <T as Dot>::dot(p[0].offset(i * s[0]), ka, p[1].offset(i * s[1]), kb, k);
                    std::ptr::write_unaligned(p[2].offset(i * s[2]) as *mut T, v);
                }
            },
        )
    })
}
