//! Kernels of the fused moments — `np.mean`, `np.var`, `np.std` and their
//! NaN-ignoring forms `np.nanmean`, `np.nanvar`, `np.nanstd` — for float32
//! and float64, with NumPy's operation order so that results are
//! bit-identical to NumPy's (see `traverse::moments` for the passes):
//!
//! * a sum is `0 + Σ term(x)`, the `0` being the reduction's initial value
//!   and the `Σ` NumPy's pairwise summation along a reduced innermost axis
//!   ([`pairwise`]), or an in-order addition of rows into a row of outputs
//!   when the reduced axis is an outer one ([`fold_rows`]);
//! * `term(x)` is `x` for a mean and `(x - mean)·(x - mean)` for a variance
//!   (NumPy's `square(arr - arrmean)` in the element type); the
//!   NaN-ignoring forms add `+0.0` for a NaN, as NumPy's sums of a copy with
//!   NaNs replaced by 0 do, and count the NaNs;
//! * the divisions by the count (`n`, or the non-NaN count) and by the
//!   degrees of freedom `n - ddof` are done in float64 and rounded to the
//!   element type once ([`mean_of`], [`var_of`]): NumPy divides by an
//!   `intp` count, which promotes a float32 sum to a float64 division;
//! * the standard deviation is the square root in the element type.

use crate::kernels::pairwise_tree;
use std::ops::{Add, Mul, Sub};

/// A float type the moment kernels compute in.
pub trait MomentFloat:
    Copy
    + Send
    + Sync
    + PartialEq
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + 'static
{
    const ZERO: Self;
    const NEG_ZERO: Self;
    const NAN: Self;
    fn is_nan(self) -> bool;
    fn to_f64(self) -> f64;
    /// Rounds `x` to this type.
    fn from_f64(x: f64) -> Self;
    fn sqrt(self) -> Self;
}

macro_rules! moment_float {
    ($($t:ty),*) => {$(
        impl MomentFloat for $t {
            const ZERO: Self = 0.0;
            const NEG_ZERO: Self = -0.0;
            const NAN: Self = <$t>::NAN;
            #[inline(always)]
            fn is_nan(self) -> bool {
                <$t>::is_nan(self)
            }
            #[inline(always)]
            fn to_f64(self) -> f64 {
                self as f64
            }
            #[inline(always)]
            fn from_f64(x: f64) -> Self {
                x as $t
            }
            #[inline(always)]
            fn sqrt(self) -> Self {
                <$t>::sqrt(self)
            }
        }
    )*};
}
moment_float!(f32, f64);

/// What one element `x` adds to the sum of its output, whose center (the
/// mean, for deviations) is `c`.
pub trait Summand<T: MomentFloat>: Sync {
    /// NaN elements add `+0.0` (and are counted) instead of their value.
    const SKIP_NAN: bool;
    fn value(x: T, c: T) -> T;
    #[inline(always)]
    fn term(x: T, c: T) -> T {
        if Self::SKIP_NAN && x.is_nan() {
            T::ZERO
        } else {
            Self::value(x, c)
        }
    }
}

/// The elements themselves (for a mean).
pub struct Values<const SKIP_NAN: bool>;
impl<T: MomentFloat, const SKIP_NAN: bool> Summand<T> for Values<SKIP_NAN> {
    const SKIP_NAN: bool = SKIP_NAN;
    #[inline(always)]
    fn value(x: T, _c: T) -> T {
        x
    }
}

/// Squared deviations from the center `(x - c)·(x - c)` (for a variance).
pub struct SqDev<const SKIP_NAN: bool>;
impl<T: MomentFloat, const SKIP_NAN: bool> Summand<T> for SqDev<SKIP_NAN> {
    const SKIP_NAN: bool = SKIP_NAN;
    #[inline(always)]
    fn value(x: T, c: T) -> T {
        let d = x - c;
        d * d
    }
}

/// Number of NaNs in `v` when `S` skips them, else 0.
#[inline(always)]
fn nans<T: MomentFloat, S: Summand<T>>(v: &[T]) -> usize {
    if S::SKIP_NAN {
        v.iter().filter(|x| x.is_nan()).count()
    } else {
        0
    }
}

/// NumPy's pairwise sum of `S::term(x, c)` over `v`, and the number of NaNs
/// skipped: fewer than 8 terms add in order from `-0.0`; up to 128 use 8
/// accumulators (`r[j]` takes terms `j, j + 8, …`) combined as
/// `((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))`, then the remainder in order;
/// longer rows split at `n/2` rounded down to a multiple of 8.
/// Long rows have the tree's top subtrees summed across threads (same
/// bits, see `pairwise_tree`).
pub fn pairwise<T: MomentFloat, S: Summand<T>>(v: &[T], c: T) -> (T, usize) {
    pairwise_tree::split_sum(
        v.len(),
        |first, len| pairwise_base::<T, S>(&v[first..first + len], c),
        |(x, i), (y, j)| (x + y, i + j),
    )
}

/// [`pairwise`] on this thread.
fn pairwise_base<T: MomentFloat, S: Summand<T>>(v: &[T], c: T) -> (T, usize) {
    if v.len() > 128 {
        let n2 = pairwise_tree::split(v.len());
        let (x, i) = pairwise_base::<T, S>(&v[..n2], c);
        let (y, j) = pairwise_base::<T, S>(&v[n2..], c);
        return (x + y, i + j);
    }
    pairwise_leaf::<T, S>(v, c)
}

/// [`pairwise`] of at most 128 terms.
#[inline(always)]
fn pairwise_leaf<T: MomentFloat, S: Summand<T>>(v: &[T], c: T) -> (T, usize) {
    let n = v.len();
    if n < 8 {
        let mut res = T::NEG_ZERO;
        for &x in v {
            res = res + S::term(x, c);
        }
        (res, nans::<T, S>(v))
    } else {
        let mut r: [T; 8] = std::array::from_fn(|j| S::term(v[j], c));
        let whole = n - n % 8;
        for ch in v[8..whole].chunks_exact(8) {
            for j in 0..8 {
                r[j] = r[j] + S::term(ch[j], c);
            }
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for &x in &v[whole..] {
            res = res + S::term(x, c);
        }
        (res, nans::<T, S>(v))
    }
}

/// Adds the rows of `x` (`rows` rows of `acc.len()` elements, `row_stride`
/// elements apart) into `acc` in row order: `acc[k] = acc[k] +
/// S::term(row[k], c[k])`, NumPy's order for a reduction over an outer
/// axis; `nan[k]` counts the NaNs skipped. Four rows per pass keep the
/// partial sums in registers.
pub fn fold_rows<T: MomentFloat, S: Summand<T>>(
    acc: &mut [T],
    nan: &mut [usize],
    c: &[T],
    x: &[T],
    rows: usize,
    row_stride: usize,
) {
    let n = acc.len();
    let (c, nan) = (&c[..n], &mut nan[..n]);
    let row = |i: usize| &x[i * row_stride..i * row_stride + n];
    let mut i = 0;
    while i + 4 <= rows {
        let (r0, r1, r2, r3) = (row(i), row(i + 1), row(i + 2), row(i + 3));
        for k in 0..n {
            let a = (acc[k] + S::term(r0[k], c[k])) + S::term(r1[k], c[k]);
            acc[k] = (a + S::term(r2[k], c[k])) + S::term(r3[k], c[k]);
        }
        if S::SKIP_NAN {
            for k in 0..n {
                nan[k] += r0[k].is_nan() as usize
                    + r1[k].is_nan() as usize
                    + r2[k].is_nan() as usize
                    + r3[k].is_nan() as usize;
            }
        }
        i += 4;
    }
    while i < rows {
        let r = row(i);
        for k in 0..n {
            acc[k] = acc[k] + S::term(r[k], c[k]);
        }
        if S::SKIP_NAN {
            for k in 0..n {
                nan[k] += r[k].is_nan() as usize;
            }
        }
        i += 1;
    }
}

/// The mean from a sum of `count` elements: `sum / count` in float64,
/// rounded to `T` (NaN for no elements: `0 / 0`).
#[inline]
pub fn mean_of<T: MomentFloat>(sum: T, count: usize) -> T {
    T::from_f64(sum.to_f64() / count as f64)
}

/// The variance from a sum of squared deviations of `count` elements:
/// `ss / (count - ddof)` in float64, rounded to `T`. With `nan_slices`
/// (NumPy's `nanvar`), `count - ddof <= 0` gives NaN; otherwise (`var`) the
/// divisor is `max(count - ddof, 0)`. Returns the variance and whether the
/// degrees of freedom were `<= 0`.
#[inline]
pub fn var_of<T: MomentFloat>(ss: T, count: usize, ddof: f64, nan_slices: bool) -> (T, bool) {
    let dof = count as f64 - ddof;
    if dof <= 0.0 {
        let v = if nan_slices {
            T::NAN
        } else {
            T::from_f64(ss.to_f64() / 0.0)
        };
        return (v, true);
    }
    (T::from_f64(ss.to_f64() / dof), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// NumPy's pairwise sum, written out recursively on plain values.
    fn reference(v: &[f64]) -> f64 {
        let n = v.len();
        if n < 8 {
            v.iter().fold(-0.0, |a, &x| a + x)
        } else if n <= 128 {
            let mut r: [f64; 8] = std::array::from_fn(|j| v[j]);
            let whole = n - n % 8;
            let mut i = 8;
            while i < whole {
                for j in 0..8 {
                    r[j] += v[i + j];
                }
                i += 8;
            }
            let mut s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for &x in &v[whole..] {
                s += x;
            }
            s
        } else {
            let n2 = n / 2 - (n / 2) % 8;
            reference(&v[..n2]) + reference(&v[n2..])
        }
    }

    #[test]
    fn pairwise_matches_numpy_order() {
        for n in [0usize, 1, 7, 8, 9, 127, 128, 129, 1000, 70_001, 200_003] {
            let v: Vec<f64> = (0..n).map(|i| 1.0 / (i as f64 + 0.37)).collect();
            let (s, k) = pairwise::<f64, Values<false>>(&v, 0.0);
            assert_eq!(s.to_bits(), reference(&v).to_bits(), "n={n}");
            assert_eq!(k, 0);
            // NaN → +0.0, counted.
            let w: Vec<f64> = v
                .iter()
                .enumerate()
                .map(|(i, &x)| if i % 10 == 3 { f64::NAN } else { x })
                .collect();
            let zeroed: Vec<f64> = w
                .iter()
                .map(|&x| if x.is_nan() { 0.0 } else { x })
                .collect();
            let (s, k) = pairwise::<f64, Values<true>>(&w, 0.0);
            assert_eq!(s.to_bits(), reference(&zeroed).to_bits(), "n={n}");
            assert_eq!(k, w.iter().filter(|x| x.is_nan()).count());
            let m = 0.25;
            let sq: Vec<f64> = zeroed
                .iter()
                .zip(&w)
                .map(|(&x, &y)| if y.is_nan() { 0.0 } else { (x - m) * (x - m) })
                .collect();
            let (s, _) = pairwise::<f64, SqDev<true>>(&w, m);
            assert_eq!(s.to_bits(), reference(&sq).to_bits(), "n={n}");
        }
    }

    #[test]
    fn rows_add_in_order_and_divisions_round_once() {
        let x: Vec<f32> = (0..5 * 3).map(|i| i as f32 * 0.1 + 1e7).collect();
        let mut acc = [0.0f32; 3];
        let mut nan = [0usize; 3];
        fold_rows::<f32, Values<false>>(&mut acc, &mut nan, &[0.0; 3], &x, 5, 3);
        for (k, a) in acc.iter().enumerate() {
            let want = (0..5).fold(0.0f32, |s, r| s + x[r * 3 + k]);
            assert_eq!(a.to_bits(), want.to_bits());
        }
        assert_eq!(
            mean_of(1.0f32, 3).to_bits(),
            ((1.0f64 / 3.0) as f32).to_bits()
        );
        assert!(mean_of(0.0f64, 0).is_nan());
        assert_eq!(var_of(4.0f64, 3, 1.0, true), (2.0, false));
        assert!(var_of(4.0f64, 1, 1.0, true).0.is_nan());
        assert_eq!(var_of(4.0f64, 1, 1.0, false), (f64::INFINITY, true));
    }
}

#[cfg(test)]
mod timing {
    use super::*;

    /// Per-row costs of the pairwise sums, 1e6 float64 with a NaN every
    /// 10th element (`cargo test --release moments::timing -- --ignored
    /// --nocapture`).
    #[test]
    #[ignore]
    fn time_pairwise() {
        let n = 1_000_000;
        let v: Vec<f64> = (0..n)
            .map(|i| {
                if i % 10 == 0 {
                    f64::NAN
                } else {
                    i as f64 / n as f64
                }
            })
            .collect();
        let best = |f: &dyn Fn() -> f64| {
            let mut b = f64::MAX;
            let mut sink = 0.0;
            for _ in 0..50 {
                let t = std::time::Instant::now();
                sink += f();
                b = b.min(t.elapsed().as_secs_f64() * 1e3);
            }
            assert!(sink.is_nan() || sink.is_finite());
            b
        };
        for _ in 0..3 {
            println!(
                "plain {:.3} nan {:.3} sqdev {:.3} nansqdev {:.3} | parallel nan {:.3} (ms)",
                best(&|| pairwise_base::<f64, Values<false>>(&v, 0.0).0),
                best(&|| pairwise_base::<f64, Values<true>>(&v, 0.0).0),
                best(&|| pairwise_base::<f64, SqDev<false>>(&v, 0.5).0),
                best(&|| pairwise_base::<f64, SqDev<true>>(&v, 0.5).0),
                best(&|| pairwise::<f64, Values<true>>(&v, 0.0).0),
            );
        }
    }
}
