//! The fast path of [`super::matmul`] for float32, float64, complex64 and
//! complex128: each matrix of the stack is one call of faer's GEMM
//! (`faer::linalg::matmul::matmul`, blocked and vectorised), on the
//! operands' own memory and strides (negative and zero strides included;
//! no copies).
//!
//! [`product`] declines (returns `false`, and the caller runs the naive
//! kernel) when a matrix has fewer than [`FAER_MIN_MNK`] multiply-adds,
//! when a stride is not a whole number of elements or an operand is not
//! aligned for its element type, or when `out` addresses an element twice.
//! It also returns `false` after computing a product with a non-finite
//! element (inf or nan) anywhere in `out`: the caller then recomputes the
//! whole call with the naive kernel, whose in-order sums give NumPy's
//! floating-point error flags ("overflow/invalid value encountered in
//! matmul"). A product whose elements are all finite reports no flags
//! (underflow, which NumPy ignores by default, is not reported either):
//! faer runs partly on rayon's workers, where the hardware flags would be
//! lost, and sums in another order than the naive kernel does.
//!
//! Threads: a stack of matrices is split into runs of whole matrices, one
//! sequential GEMM each, across rumpy's pool ([`crate::parallel`]); a
//! single matrix (or a stack too short to split) of at least
//! [`PAR_MIN_WORK`] is split into one block of rows (or columns) per
//! thread the same way, and from [`FAER_PAR_MIN_WORK`] runs on faer's own
//! threads instead (rayon's pool).

use crate::dtype::DType;
use crate::layout::{ArrayDesc, Steps};
use faer::{Accum, MatMut, MatRef, Par};
use num_complex::{Complex32, Complex64};
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

/// Matrices of fewer multiply-adds (n·m·k) stay on the naive kernel: below
/// about this size faer's fixed cost (~0.1 µs) outweighs its speed
/// (measured with `tests::matmul_timings`).
pub const FAER_MIN_MNK: usize = 128;

/// Work (multiply-adds weighted by [`Elem::COST`]) from which a call runs
/// on more than one thread: about a 64×64×64 float64 product.
pub const PAR_MIN_WORK: usize = 1 << 19;

/// Work from which one matrix runs on faer's own threads (which share
/// their packed blocks of `b`) rather than as independent blocks of rows:
/// about a 500×500×500 float64 product.
pub const FAER_PAR_MIN_WORK: usize = 1 << 28;

/// A real scalar type: `f32` or `f64`.
trait Real: Copy {
    /// Adds +0 in place (-0 becomes +0, nothing else changes) and tells
    /// whether the value is finite.
    fn plus_zero(&mut self) -> bool;
}

macro_rules! real {
    ($($t:ty),*) => { $(impl Real for $t {
        #[inline(always)]
        fn plus_zero(&mut self) -> bool {
            *self += 0.0;
            self.is_finite()
        }
    })* };
}
real!(f32, f64);

/// An element type faer multiplies natively.
trait Elem: faer::traits::ComplexField + Copy + Send + Sync + 'static {
    /// The scalar the element is made of (itself, or each complex part).
    type Part: Real;
    /// Scalars per element.
    const PARTS: usize;
    /// Time of a multiply-add, in float32 ones (as faer runs them).
    const COST: usize;
    const ONE: Self;
}

impl Elem for f32 {
    type Part = f32;
    const PARTS: usize = 1;
    const COST: usize = 1;
    const ONE: Self = 1.0;
}

impl Elem for f64 {
    type Part = f64;
    const PARTS: usize = 1;
    const COST: usize = 2;
    const ONE: Self = 1.0;
}

impl Elem for Complex32 {
    type Part = f32;
    const PARTS: usize = 2;
    const COST: usize = 4;
    const ONE: Self = Complex32::new(1.0, 0.0);
}

impl Elem for Complex64 {
    type Part = f64;
    const PARTS: usize = 2;
    const COST: usize = 8;
    const ONE: Self = Complex64::new(1.0, 0.0);
}

/// Computes `out = a @ b` with faer when it applies (see the module docs),
/// for descriptors laid out as [`super::matmul`] describes, with `out`
/// overlapping neither input. `a` must not vary along its `m` axis nor `b`
/// along its `n` axis (only the first such row or column is read). Returns
/// `true` when `out` holds the product and every element is finite;
/// `false` when the caller must run the naive kernel.
pub fn product(a: &ArrayDesc, b: &ArrayDesc, out: &ArrayDesc) -> bool {
    product_from(a, b, out, FAER_MIN_MNK)
}

/// [`product`] for matrices of at least `min_mnk` multiply-adds.
fn product_from(a: &ArrayDesc, b: &ArrayDesc, out: &ArrayDesc, min_mnk: usize) -> bool {
    match out.dtype {
        DType::Float32 => run::<f32>(a, b, out, min_mnk),
        DType::Float64 => run::<f64>(a, b, out, min_mnk),
        DType::Complex64 => run::<Complex32>(a, b, out, min_mnk),
        DType::Complex128 => run::<Complex64>(a, b, out, min_mnk),
        _ => false,
    }
}

/// Element strides of `d` (0 on axes of length 1, whose stride is never
/// used), or `None` if a stride is not a whole number of `T`s or the
/// origin is misaligned for `T`.
fn elem_strides<T>(d: &ArrayDesc) -> Option<Steps> {
    let size = std::mem::size_of::<T>() as isize;
    if !(d.origin() as *const T).is_aligned() {
        return None;
    }
    d.shape
        .iter()
        .zip(&d.strides)
        .map(|(&n, &s)| match (n, s % size) {
            (1, _) => Some(0),
            (_, 0) => Some(s / size),
            _ => None,
        })
        .collect()
}

/// True when no two elements of the layout (`shape`, element `strides`)
/// share an address: sorted by stride, each axis steps past everything the
/// smaller ones span.
fn no_self_overlap(shape: &[usize], strides: &[isize]) -> bool {
    let mut axes: Steps = (0..shape.len())
        .filter(|&i| shape[i] > 1)
        .map(|i| i as isize)
        .collect();
    axes.sort_unstable_by_key(|&i| strides[i as usize].unsigned_abs());
    let mut span = 0usize;
    for &i in &axes {
        let s = strides[i as usize].unsigned_abs();
        if s <= span {
            return false;
        }
        span += (shape[i as usize] - 1) * s;
    }
    true
}

/// Origins and element strides of one matrix triple: `a` (n×k), `b` (k×m),
/// `out` (n×m).
#[derive(Clone, Copy)]
struct Views<T> {
    a: *const T,
    b: *const T,
    out: *mut T,
    n: usize,
    m: usize,
    k: usize,
    /// Row and column strides of `a`, `b`, `out`.
    sa: [isize; 2],
    sb: [isize; 2],
    so: [isize; 2],
}

// SAFETY: the pointers address JS memory that outlives the call; each
// thread writes only the matrices it was given (see `no_self_overlap`).
unsafe impl<T> Send for Views<T> {}
unsafe impl<T> Sync for Views<T> {}

impl<T: Elem> Views<T> {
    /// The triple moved by element offsets `off`.
    unsafe fn at(&self, off: [isize; 3]) -> Views<T> {
        Views {
            a: self.a.offset(off[0]),
            b: self.b.offset(off[1]),
            out: self.out.offset(off[2]),
            ..*self
        }
    }

    /// `out = a @ b` on `par`; true when every element of `out` is finite
    /// (see [`Views::finish`]).
    ///
    /// # Safety
    /// The views address valid memory, `out` overlaps neither input nor
    /// itself, and nothing else touches `out` meanwhile.
    unsafe fn gemm(&self, par: Par) -> bool {
        let lhs = MatRef::from_raw_parts(self.a, self.n, self.k, self.sa[0], self.sa[1]);
        let rhs = MatRef::from_raw_parts(self.b, self.k, self.m, self.sb[0], self.sb[1]);
        let dst = MatMut::from_raw_parts_mut(self.out, self.n, self.m, self.so[0], self.so[1]);
        faer::linalg::matmul::matmul(dst, Accum::Replace, lhs, rhs, T::ONE, par);
        self.finish()
    }

    /// [`Views::gemm`] on `threads` threads, for a product of `work`: the
    /// largest on faer's own threads, others as one block of rows (or of
    /// columns, when there are more of them) per thread on rumpy's pool,
    /// where the calling thread takes part (see [`crate::parallel`]).
    ///
    /// # Safety
    /// As [`Views::gemm`].
    unsafe fn gemm_threaded(&self, threads: usize, work: usize) -> bool {
        if work >= FAER_PAR_MIN_WORK {
            return self.gemm(Par::rayon(threads));
        }
        let rows = self.n >= self.m;
        let len = if rows { self.n } else { self.m };
        let pieces = threads.min(len);
        let bad = AtomicBool::new(false);
        crate::parallel::for_each_piece(pieces, &|c| {
            let (lo, hi) = (c * len / pieces, (c + 1) * len / pieces);
            let lo_ = lo as isize;
            let block = if rows {
                let mut v = self.at([lo_ * self.sa[0], 0, lo_ * self.so[0]]);
                v.n = hi - lo;
                v
            } else {
                let mut v = self.at([0, lo_ * self.sb[1], lo_ * self.so[1]]);
                v.m = hi - lo;
                v
            };
            // SAFETY: the blocks of `out` are disjoint.
            if !unsafe { block.gemm(Par::Seq) } {
                bad.store(true, Relaxed);
            }
        });
        !bad.into_inner()
    }

    /// Turns -0 into +0 throughout `out` (faer's sums of -0 products, and
    /// the real parts of complex ones, can end -0 where NumPy's BLAS and the
    /// naive kernel, whose sums start from +0, give +0) and returns true
    /// when no element is inf or nan.
    unsafe fn finish(&self) -> bool {
        let parts = self.out as *mut T::Part;
        let p = T::PARTS as isize;
        let [rs, cs] = self.so;
        let mut ok = true;
        for i in 0..self.n as isize {
            let row = parts.offset(i * rs * p);
            if cs == 1 {
                for x in std::slice::from_raw_parts_mut(row, self.m * T::PARTS) {
                    ok &= x.plus_zero();
                }
            } else {
                for j in 0..self.m as isize {
                    for q in 0..p {
                        ok &= (*row.offset(j * cs * p + q)).plus_zero();
                    }
                }
            }
        }
        ok
    }
}

fn run<T: Elem>(a: &ArrayDesc, b: &ArrayDesc, out: &ArrayDesc, min_mnk: usize) -> bool {
    let nd = out.shape.len();
    let (n, m, k) = (out.shape[nd - 2], out.shape[nd - 1], a.shape[nd]);
    let mnk = n.saturating_mul(m).saturating_mul(k);
    if mnk < min_mnk {
        return false;
    }
    let (Some(ea), Some(eb), Some(eo)) = (
        elem_strides::<T>(a),
        elem_strides::<T>(b),
        elem_strides::<T>(out),
    ) else {
        return false;
    };
    if !no_self_overlap(&out.shape, &eo) {
        return false;
    }
    let views = Views::<T> {
        a: a.origin() as *const T,
        b: b.origin() as *const T,
        out: out.origin() as *mut T,
        n,
        m,
        k,
        sa: [ea[nd - 2], ea[nd]],
        sb: [eb[nd], eb[nd - 1]],
        so: [eo[nd - 2], eo[nd - 1]],
    };
    let batch = &out.shape[..nd - 2];
    let count: usize = batch.iter().product();
    // Element offsets of batch index `t` (C order over `batch`).
    let offsets = |mut t: usize| {
        let mut off = [0isize; 3];
        for ax in (0..batch.len()).rev() {
            let i = (t % batch[ax]) as isize;
            t /= batch[ax];
            off[0] += i * ea[ax];
            off[1] += i * eb[ax];
            off[2] += i * eo[ax];
        }
        off
    };
    let threads = rayon::current_num_threads();
    let work = mnk.saturating_mul(T::COST);
    let total = work.saturating_mul(count);
    // SAFETY (all `gemm` calls): the descriptors were validated over their
    // whole extent; `out` overlaps neither input (the caller staged them)
    // nor itself, and distinct batch indices address distinct matrices.
    if threads > 1 && count >= 2 * threads && total >= PAR_MIN_WORK {
        // Runs of whole matrices, a few per thread for balance.
        let pieces = (4 * threads).min(count);
        let bad = AtomicBool::new(false);
        crate::parallel::for_each_piece(pieces, &|c| {
            let (lo, hi) = (c * count / pieces, (c + 1) * count / pieces);
            for t in lo..hi {
                // (Once a product is non-finite the caller redoes the call.)
                if bad.load(Relaxed) || !unsafe { views.at(offsets(t)).gemm(Par::Seq) } {
                    bad.store(true, Relaxed);
                    return;
                }
            }
        });
        !bad.into_inner()
    } else if threads > 1 && work >= PAR_MIN_WORK && n.max(m) > 1 {
        (0..count).all(|t| unsafe { views.at(offsets(t)).gemm_threaded(threads, work) })
    } else {
        (0..count).all(|t| unsafe { views.at(offsets(t)).gemm(Par::Seq) })
    }
}

#[cfg(test)]
#[path = "matmul_faer_tests.rs"]
mod tests;
