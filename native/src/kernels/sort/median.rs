//! `np.median` of every lane along the last axis, by selection instead of
//! NumPy's `partition` + `mean` + NaN check, with NumPy's results:
//!
//! * a lane of `n` elements has its median at sorted position `k = n / 2`
//!   (and `k - 1` too when `n` is even), found by quickselect on a copy —
//!   the vectorised one ([`super::vqselect`]) for 32/64-bit numbers on
//!   AVX-512 and AVX2 CPUs, else `select_nth_unstable_by` in NumPy's order;
//! * the median is NumPy's `np.mean` of the middle one or two elements: the
//!   reduction's `0 + ((-0 + a) + b)` (pairwise summation of fewer than 8
//!   elements starts from `-0.0`, added to the `0` the reduction starts
//!   from) divided by the count, in float64 for bool and integers (each
//!   element cast first), float32 for float16 (rounded to float16 once at
//!   the end), else in the element type;
//! * a lane holding a NaN has that NaN as its median (NumPy's
//!   `_median_nancheck`: the partition puts a NaN last), the first one in
//!   the lane here.
//!
//! The sums raise NumPy's reduction flags (an overflow, `inf + -inf`); the
//! division by 2 can only underflow.

use super::lanes::{self, Lanes, Outer, SendPtr};
use super::{order, SortElem};
use crate::dtype::{Bool8, Element};
use crate::layout::ArrayDesc;
use half::f16;

/// An element type whose median rumpy computes natively (all but complex).
pub trait MedianElem: SortElem {
    /// The median's element type: float64 for bool and integers.
    type Out: Element;
    /// `np.mean` of one element `x`: `(0 + (-0 + x)) / 1`.
    fn mean1(x: Self) -> Self::Out;
    /// `np.mean` of two elements: `(0 + ((-0 + a) + b)) / 2`.
    fn mean2(a: Self, b: Self) -> Self::Out;
    /// `x` itself as a result (the NaN of a lane that holds one).
    fn itself(x: Self) -> Self::Out;
}

macro_rules! to_f64_median {
    ($($t:ty => $conv:expr),*) => {$(
        impl MedianElem for $t {
            type Out = f64;
            #[inline]
            fn mean1(x: Self) -> f64 {
                let f: fn($t) -> f64 = $conv;
                0.0 + (-0.0 + f(x))
            }
            #[inline]
            fn mean2(a: Self, b: Self) -> f64 {
                let f: fn($t) -> f64 = $conv;
                (0.0 + ((-0.0 + f(a)) + f(b))) / 2.0
            }
            #[inline]
            fn itself(x: Self) -> f64 {
                let f: fn($t) -> f64 = $conv;
                f(x)
            }
        }
    )*};
}
to_f64_median!(
    Bool8 => |x| x.get() as u8 as f64,
    i8 => |x| x as f64, i16 => |x| x as f64, i32 => |x| x as f64, i64 => |x| x as f64,
    u8 => |x| x as f64, u16 => |x| x as f64, u32 => |x| x as f64, u64 => |x| x as f64
);

macro_rules! float_median {
    ($($t:ty),*) => {$(
        impl MedianElem for $t {
            type Out = $t;
            #[inline]
            fn mean1(x: Self) -> $t {
                0.0 + (-0.0 + x)
            }
            #[inline]
            fn mean2(a: Self, b: Self) -> $t {
                (0.0 + ((-0.0 + a) + b)) / 2.0
            }
            #[inline]
            fn itself(x: Self) -> $t {
                x
            }
        }
    )*};
}
float_median!(f32, f64);

impl MedianElem for f16 {
    type Out = f16;
    #[inline]
    fn mean1(x: Self) -> f16 {
        f16::from_f32(0.0 + (-0.0 + x.to_f32()))
    }
    #[inline]
    fn mean2(a: Self, b: Self) -> f16 {
        f16::from_f32((0.0 + ((-0.0 + a.to_f32()) + b.to_f32())) / 2.0)
    }
    #[inline]
    fn itself(x: Self) -> f16 {
        x
    }
}

/// The elements at sorted positions `k - 1` (unspecified for `k == 0`) and
/// `k` of the lane of `n > k` elements at `p` (byte stride `s`), and whether
/// it holds a NaN; `buf` is scratch.
unsafe fn middle<T: MedianElem>(
    p: *const u8,
    s: isize,
    n: usize,
    k: usize,
    buf: &mut Vec<T>,
) -> (T, T, bool) {
    #[cfg(target_arch = "x86_64")]
    if T::SIMD_KEY && n > 16 && super::vqsort::sort_available() {
        let m = super::vqselect::middle::<T>(p, s, n, k);
        // Only a float NaN has the largest key (`u64::MAX` is no integer's key
        // but the all-ones one's, which is not NaN).
        let nan = matches!(T::KEY_MAP, super::KeyMap::Float) && m.max == u64::MAX;
        return (T::from_u64(m.below), T::from_u64(m.at), nan);
    }
    lanes::gather(p, s, n, buf);
    let nan = buf.iter().any(|x| x.isnan());
    let (below, at, _) = buf.select_nth_unstable_by(k, |x, y| order(*x, *y));
    let lo = below
        .iter()
        .copied()
        .reduce(|x, y| if order(x, y).is_lt() { y } else { x });
    (lo.unwrap_or(*at), *at, nan)
}

/// The first NaN of the lane of `n` elements at `p` (byte stride `s`), which
/// holds one.
unsafe fn first_nan<T: SortElem>(p: *const u8, s: isize, n: usize) -> T {
    let at = |i: usize| (p.offset(i as isize * s) as *const T).read_unaligned();
    (0..n).map(at).find(|x| x.isnan()).unwrap_or_else(|| at(0))
}

/// Writes the median of every lane of `a` (last axis, non-empty) into `out`
/// (`a`'s leading axes, elements of `T::Out`).
///
/// # Safety
/// `a` and `out` must be validated descriptors of `T` and `T::Out`, `out`
/// writable and of `a`'s shape without its last axis, which is non-empty.
pub unsafe fn median_lanes<T: MedianElem>(a: &ArrayDesc, out: &ArrayDesc) {
    let la = Lanes::of(a);
    let (n, k) = (la.len, la.len / 2);
    let oo = Outer {
        shape: &out.shape,
        strides: &out.strides,
    };
    let base = SendPtr(out.origin());
    lanes::run(la.count(), n, Vec::<T>::new, |buf, i| {
        let p = la.at(i);
        let (lo, hi, nan) = middle::<T>(p, la.stride, n, k, buf);
        let m = if n % 2 == 1 {
            T::mean1(hi)
        } else {
            T::mean2(lo, hi)
        };
        let r = if nan {
            T::itself(first_nan::<T>(p, la.stride, n))
        } else {
            m
        };
        let q = base.get().wrapping_offset(oo.offset(i)) as *mut T::Out;
        q.write_unaligned(r);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Medians of lanes against a sort: odd/even, NaN, integers in float64,
    /// float16 in float32.
    #[test]
    fn medians_match_a_sort() {
        let run = |xs: &[f64]| {
            let a = ArrayDesc {
                base: xs.as_ptr() as *mut u8,
                buffer_len: xs.len() * 8,
                offset: 0,
                dtype: crate::dtype::DType::Float64,
                shape: [xs.len()].into_iter().collect(),
                strides: [8].into_iter().collect(),
            };
            let mut r = [0.0f64];
            let out = ArrayDesc {
                base: r.as_mut_ptr() as *mut u8,
                buffer_len: 8,
                offset: 0,
                dtype: crate::dtype::DType::Float64,
                shape: Default::default(),
                strides: Default::default(),
            };
            unsafe { median_lanes::<f64>(&a, &out) };
            r[0]
        };
        for n in [1usize, 2, 3, 17, 64, 65, 100, 1001, 100_000] {
            let xs: Vec<f64> = (0..n).map(|i| ((i * 7919) % n) as f64 - 3.5).collect();
            let mut s = xs.clone();
            s.sort_by(|a, b| a.total_cmp(b));
            let want = if n % 2 == 1 {
                s[n / 2]
            } else {
                (s[n / 2 - 1] + s[n / 2]) / 2.0
            };
            assert_eq!(run(&xs), want, "n={n}");
            let mut with_nan = xs.clone();
            with_nan[n / 3] = f64::NAN;
            assert!(run(&with_nan).is_nan());
        }
        assert_eq!(i64::mean2(i64::MAX, i64::MAX), i64::MAX as f64);
        assert_eq!(f64::mean1(-0.0).to_bits(), 0.0f64.to_bits());
        let h = |x: f32| f16::from_f32(x);
        assert_eq!(f16::mean2(h(60000.0), h(65000.0)), h(62496.0));
    }
}
