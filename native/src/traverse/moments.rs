//! Traversal of the fused moments (`mean`, `var`, `std` and the
//! NaN-ignoring forms, and `nansum`'s sum; the math is in
//! `kernels::moments`): a C-contiguous
//! float32/float64 input seen as `(outer, n, inner)` and reduced over the
//! middle axis into `outer × inner` outputs, in at most two passes and with
//! no temporary of the input's size.
//!
//! * pass 1 sums the elements (NaN as `+0.0` and counted, for the
//!   NaN-ignoring forms) — all `nansum` needs; the means follow;
//! * pass 2 (variance) sums the squared deviations from each output's mean.
//!
//! Each pass adds in NumPy's order for the layout: with `inner == 1` every
//! output is one contiguous row summed pairwise (NumPy's inner loop over a
//! reduced contiguous axis); with `inner > 1` the reduced axis is an outer
//! one and the rows are added into a row of outputs in order.
//!
//! Above [`nary::PARALLEL_MIN_ELEMENTS`] elements, outputs are split into
//! pieces (blocks of rows or of columns) shared by the calling thread and
//! rayon's pool (`crate::parallel`), and a single long row sums the top
//! subtrees of its pairwise tree in parallel; each output's additions keep
//! their order, so results do not depend on the split.

use crate::dtype::with_dtype;
use crate::dtype::DType;
use crate::fpstatus;
use crate::kernels::moments::{
    fold_rows, mean_of, pairwise, var_of, MomentFloat, SqDev, Summand, Values,
};
use crate::parallel;
use crate::traverse::nary;

/// The output slices of [`sums`], shared by pieces that each write their
/// own disjoint range.
struct Outs<T> {
    sums: *mut T,
    nan: *mut usize,
}

// SAFETY: pieces write disjoint ranges (see `Outs::range`).
unsafe impl<T: Send> Sync for Outs<T> {}

impl<T> Outs<T> {
    fn new(sums: &mut [T], nan: &mut [usize]) -> Self {
        Outs {
            sums: sums.as_mut_ptr(),
            nan: nan.as_mut_ptr(),
        }
    }

    /// Outputs `a..b`.
    ///
    /// # Safety
    /// Within the slices given to [`Outs::new`], which outlive the use, and
    /// no two live ranges overlap.
    #[allow(clippy::mut_from_ref)]
    unsafe fn range(&self, a: usize, b: usize) -> (&mut [T], &mut [usize]) {
        (
            std::slice::from_raw_parts_mut(self.sums.add(a), b - a),
            std::slice::from_raw_parts_mut(self.nan.add(a), b - a),
        )
    }
}

/// The statistic computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stat {
    /// The sum alone (`nansum` with NaN-skipping: NaNs add as `+0.0`).
    Sum,
    Mean,
    Var,
    Std,
}

/// What a moments call reports besides its outputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Report {
    /// Floating-point flags the sums raised (the divisions' are not
    /// collected: NumPy ignores theirs in the NaN-ignoring forms).
    pub flags: u32,
    /// Some output had no elements (mean) or `n - ddof <= 0` (variance).
    pub degenerate: bool,
}

/// A contiguous input of `outer · n · inner` elements reduced over `n`.
#[derive(Clone, Copy)]
pub struct Block<'a, T> {
    pub x: &'a [T],
    pub outer: usize,
    pub n: usize,
    pub inner: usize,
}

/// `sums[o·inner + j] = 0 + Σᵢ S::term(x[o, i, j], c[o·inner + j])` in
/// NumPy's order, and `nan[…]` the NaNs skipped.
fn sums<T: MomentFloat, S: Summand<T>>(b: Block<T>, c: &[T], sums: &mut [T], nan: &mut [usize]) {
    let Block { x, outer, n, inner } = b;
    let big = outer * n * inner >= nary::PARALLEL_MIN_ELEMENTS && rayon::current_num_threads() > 1;
    if inner == 1 {
        let row = |o: usize, s: &mut T, k: &mut usize| {
            let (t, m) = pairwise::<T, S>(&x[o * n..(o + 1) * n], c[o]);
            *s = T::ZERO + t;
            *k = m;
        };
        if big && outer > 1 {
            let per = (nary::PARALLEL_MIN_ELEMENTS / n.max(1)).max(1);
            let outs = Outs::new(sums, nan);
            parallel::for_each_piece(outer.div_ceil(per), &|c| {
                let (o0, o1) = (c * per, ((c + 1) * per).min(outer));
                // SAFETY: pieces take disjoint ranges of outputs.
                let (s, k) = unsafe { outs.range(o0, o1) };
                fpstatus::in_task(|| {
                    for (i, (s, k)) in s.iter_mut().zip(k).enumerate() {
                        row(o0 + i, s, k);
                    }
                })
            });
        } else {
            for (o, (s, k)) in sums.iter_mut().zip(nan.iter_mut()).enumerate() {
                row(o, s, k);
            }
        }
        return;
    }
    sums.fill(T::ZERO);
    nan.fill(0);
    let slab = n * inner;
    if big && outer > 1 {
        let outs = Outs::new(sums, nan);
        parallel::for_each_piece(outer, &|o| {
            let r = o * inner..(o + 1) * inner;
            // SAFETY: pieces take disjoint ranges of outputs.
            let (s, k) = unsafe { outs.range(r.start, r.end) };
            fpstatus::in_task(|| fold_rows::<T, S>(s, k, &c[r], &x[o * slab..], n, inner))
        });
    } else if big {
        let width = inner.div_ceil(rayon::current_num_threads()).max(64);
        let outs = Outs::new(sums, nan);
        parallel::for_each_piece(inner.div_ceil(width), &|j| {
            let r = j * width..((j + 1) * width).min(inner);
            // SAFETY: pieces take disjoint ranges of outputs.
            let (s, k) = unsafe { outs.range(r.start, r.end) };
            fpstatus::in_task(|| fold_rows::<T, S>(s, k, &c[r.clone()], &x[r.start..], n, inner))
        });
    } else {
        for o in 0..outer {
            let r = o * inner..(o + 1) * inner;
            fold_rows::<T, S>(
                &mut sums[r.clone()],
                &mut nan[r.clone()],
                &c[r],
                &x[o * slab..],
                n,
                inner,
            );
        }
    }
}

/// Computes `stat` of `b` into `out` (`outer · inner` elements).
fn run<T: MomentFloat, const SKIP_NAN: bool>(
    b: Block<T>,
    stat: Stat,
    ddof: f64,
    out: &mut [T],
) -> Report {
    let m = out.len();
    let mut nan = vec![0usize; m];
    let zeros = vec![T::ZERO; m];
    let mut flags = fpstatus::collect(|| sums::<T, Values<SKIP_NAN>>(b, &zeros, out, &mut nan));
    if stat == Stat::Sum {
        return Report {
            flags,
            degenerate: false,
        };
    }
    let mut degenerate = false;
    let counts: Vec<usize> = nan.iter().map(|&k| b.n - k).collect();
    for (o, &c) in out.iter_mut().zip(&counts) {
        *o = mean_of(*o, c);
        degenerate |= c == 0;
    }
    if stat == Stat::Mean {
        return Report { flags, degenerate };
    }
    let means = out.to_vec();
    flags |= fpstatus::collect(|| sums::<T, SqDev<SKIP_NAN>>(b, &means, out, &mut nan));
    degenerate = false;
    for (o, &c) in out.iter_mut().zip(&counts) {
        let (v, bad) = var_of(*o, c, ddof, SKIP_NAN);
        degenerate |= bad;
        *o = if stat == Stat::Std { v.sqrt() } else { v };
    }
    Report { flags, degenerate }
}

/// A moments call on raw operands: `x` holds `outer · n · inner` contiguous
/// elements, `out` `outer · inner`, both of the loop's float type.
pub type MomentsFn = unsafe fn(
    x: *const u8,
    dims: [usize; 3],
    stat: Stat,
    skip_nan: bool,
    ddof: f64,
    out: *mut u8,
) -> Report;

/// # Safety
/// As [`MomentsFn`]: `x` and `out` address that many aligned elements of
/// `T`, not overlapping.
unsafe fn erased<T: MomentFloat>(
    x: *const u8,
    dims: [usize; 3],
    stat: Stat,
    skip_nan: bool,
    ddof: f64,
    out: *mut u8,
) -> Report {
    let [outer, n, inner] = dims;
    let x = std::slice::from_raw_parts(x as *const T, outer * n * inner);
    let out = std::slice::from_raw_parts_mut(out as *mut T, outer * inner);
    let b = Block { x, outer, n, inner };
    if skip_nan {
        run::<T, true>(b, stat, ddof, out)
    } else {
        run::<T, false>(b, stat, ddof, out)
    }
}

/// Element types with moment kernels: float32 and float64.
trait MomentsOf {
    const LOOP: Option<MomentsFn>;
}
macro_rules! moments_of {
    ($($t:ty => $f:expr),* $(,)?) => {$(
        impl MomentsOf for $t {
            const LOOP: Option<MomentsFn> = $f;
        }
    )*};
}
moments_of!(
    crate::dtype::Bool8 => None, i8 => None, i16 => None, i32 => None, i64 => None,
    u8 => None, u16 => None, u32 => None, u64 => None, half::f16 => None,
    f32 => Some(erased::<f32> as MomentsFn), f64 => Some(erased::<f64> as MomentsFn),
);

/// The moments loop of dtype `d` (float32 and float64 only).
pub fn moments_loop(d: DType) -> Option<MomentsFn> {
    with_dtype!(d, T => <T as MomentsOf>::LOOP, complex => None)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Column sums (`inner > 1`) in row order and row sums pairwise, serial
    /// and parallel splits alike.
    #[test]
    fn layouts_and_splits_agree_with_direct_sums() {
        for &(outer, n, inner) in &[
            (1, 1000, 1),
            (3, 5, 4),
            (1, 700, 700),
            (2, 300, 500),
            (500, 400, 1),
        ] {
            let x: Vec<f64> = (0..outer * n * inner)
                .map(|i| {
                    if i % 13 == 5 {
                        f64::NAN
                    } else {
                        (i % 97) as f64 * 0.37 - 9.0
                    }
                })
                .collect();
            let b = Block {
                x: &x,
                outer,
                n,
                inner,
            };
            let mut out = vec![0.0; outer * inner];
            let r = run::<f64, true>(b, Stat::Var, 1.0, &mut out);
            assert_eq!(r.flags, 0);
            for o in 0..outer {
                for j in 0..inner {
                    let vals: Vec<f64> = (0..n)
                        .map(|i| x[(o * n + i) * inner + j])
                        .filter(|v| !v.is_nan())
                        .collect();
                    let cnt = vals.len() as f64;
                    let mean = vals.iter().sum::<f64>() / cnt;
                    let var =
                        vals.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / (cnt - 1.0);
                    let got = out[o * inner + j];
                    assert!(
                        (got - var).abs() <= 1e-9 * var.abs().max(1.0),
                        "{got} {var}"
                    );
                }
            }
        }
    }
}
