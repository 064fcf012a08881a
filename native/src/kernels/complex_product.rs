//! Complex `multiply` and `square` with NumPy's roundings and flags.
//!
//! NumPy's complex `multiply`/`square` loops on FMA CPUs fuse one product
//! into each part:
//!
//! * `(a + bi)(c + di) = fma(a, c, −b·d) + fma(a, d, b·c)·i`
//! * `(a + bi)² = fma(a, a, −b·b) + (a·b + b·a)·i`
//!
//! except its complex64 loops with an input of negative stride (a reversed
//! 1-D view), which round every product: `(a·c − b·d) + (a·d + b·c)·i` and
//! `(a·a − b·b) + (a·b + b·a)·i` (measured on NumPy 2.4, x86-64 with FMA).
//! The results differ where a product is inexact in the last bit, and
//! where a product overflows next to an infinite part (`inf − inf = nan`
//! rounded, `−inf` fused). NumPy's reductions round every product too
//! (`Arith::mul`, used by `prod`).
//!
//! **Flags.** Packed into one vector, a complex's two parts become a
//! multiply of both lanes by both operands' parts and an add and a subtract
//! of both lanes, keeping one of each (`inf + −inf` is "invalid" in the lane
//! whose subtract is kept); complex64's unused vector lanes multiply
//! whatever they hold. So the fast loop's flags are checked: when it raised
//! any, they are recomputed element by element with the same operations
//! kept apart (`black_box`), which raise exactly their own.

use crate::fpstatus;
use crate::kernels::binary_loops::{checked_map2, map2};
use crate::kernels::unary::unary_loop;
use num_complex::{Complex32, Complex64};

/// Complex products, fused (`FUSED`) or with every product rounded.
pub trait ComplexProduct: Copy {
    /// NumPy rounds every product when an input stride is negative.
    const ROUNDED_WHEN_REVERSED: bool;
    /// `self · o`.
    fn mul<const FUSED: bool>(self, o: Self) -> Self;
    /// `self · o`, raising exactly the flags of its operations.
    fn mul_exact<const FUSED: bool>(self, o: Self) -> Self;
    /// `self²`.
    fn square<const FUSED: bool>(self) -> Self;
    /// `self²`, raising exactly the flags of its operations.
    fn square_exact<const FUSED: bool>(self) -> Self;
}

macro_rules! complex_product {
    ($($c:ty, $reversed_rounds:literal);*) => { $(impl ComplexProduct for $c {
        const ROUNDED_WHEN_REVERSED: bool = $reversed_rounds;
        #[inline(always)]
        fn mul<const FUSED: bool>(self, o: Self) -> Self {
            let (a, b, c, d) = (self.re, self.im, o.re, o.im);
            if FUSED {
                <$c>::new(a.mul_add(c, -(b * d)), a.mul_add(d, b * c))
            } else {
                <$c>::new(a * c - b * d, a * d + b * c)
            }
        }
        #[inline(always)]
        fn mul_exact<const FUSED: bool>(self, o: Self) -> Self {
            use std::hint::black_box as apart;
            let (a, b, c, d) = (self.re, self.im, o.re, o.im);
            let (re, im) = if FUSED {
                (a.mul_add(c, -apart(b * d)), a.mul_add(d, apart(b * c)))
            } else {
                (apart(a * c) - apart(b * d), apart(a * d) + apart(b * c))
            };
            <$c>::new(apart(re), im)
        }
        #[inline(always)]
        fn square<const FUSED: bool>(self) -> Self {
            let (a, b) = (self.re, self.im);
            let re = if FUSED { a.mul_add(a, -(b * b)) } else { a * a - b * b };
            <$c>::new(re, a * b + b * a)
        }
        #[inline(always)]
        fn square_exact<const FUSED: bool>(self) -> Self {
            use std::hint::black_box as apart;
            let (a, b) = (self.re, self.im);
            let re = if FUSED {
                a.mul_add(a, -apart(b * b))
            } else {
                apart(a * a) - apart(b * b)
            };
            <$c>::new(apart(re), apart(a * b) + apart(b * a))
        }
    })* };
}
complex_product!(Complex32, true; Complex64, false);

/// The strided loop `[a, b, out]` of complex `multiply` (see the module docs).
///
/// # Safety
/// `p`/`s` address `n` elements of `T` each.
pub unsafe fn multiply<T: ComplexProduct>(p: &[*mut u8], s: &[isize], n: usize) {
    if T::ROUNDED_WHEN_REVERSED && (s[0] < 0 || s[1] < 0) {
        let fast = || map2::<T, T, T>(p, s, n, T::mul::<false>);
        checked_map2(p, s, n, fast, T::mul_exact::<false>, |_| false);
    } else {
        checked_map2(
            p,
            s,
            n,
            || fused::multiply::<T>(p, s, n),
            T::mul_exact::<true>,
            |_| false,
        );
    }
}

/// The strided loop `[x, out]` of complex `square` (see the module docs).
///
/// # Safety
/// `p`/`s` address `n` elements of `T` each.
pub unsafe fn square<T: ComplexProduct>(p: &[*mut u8], s: &[isize], n: usize) {
    if T::ROUNDED_WHEN_REVERSED && s[0] < 0 {
        let fast = || unary_loop::<T, T>(p, s, n, T::square::<false>);
        checked_square::<T, false>(p, s, n, fast);
    } else {
        checked_square::<T, true>(p, s, n, || fused::square::<T>(p, s, n));
    }
}

/// The fast loop `fast` of `square`, its flags checked as [`checked_map2`]
/// checks them.
#[inline(always)]
unsafe fn checked_square<T: ComplexProduct, const FUSED: bool>(
    p: &[*mut u8],
    s: &[isize],
    n: usize,
    fast: impl FnOnce(),
) {
    let recheck = |raised: u32| {
        if raised == 0 {
            return None;
        }
        for i in 0..n {
            let x = std::ptr::read_unaligned(p[0].offset(s[0] * i as isize) as *const T);
            std::hint::black_box(x.square_exact::<FUSED>());
        }
        Some(fpstatus::take())
    };
    fpstatus::rechecked(fpstatus::output_aliases_input(p, 1), fast, recheck);
}

/// The fused loops, run compiled with AVX2 and FMA where the CPU has both:
/// their strided loops then make each `mul_add` one instruction rather than
/// a call to libm's `fma` (the contiguous loops dispatch by themselves).
mod fused {
    use super::*;

    /// `out = a · b`, fused.
    pub unsafe fn multiply<T: ComplexProduct>(p: &[*mut u8], s: &[isize], n: usize) {
        #[cfg(target_arch = "x86_64")]
        if crate::kernels::simd::has_avx2_fma() {
            return multiply_fma::<T>(p, s, n);
        }
        map2::<T, T, T>(p, s, n, T::mul::<true>)
    }

    /// `out = x²`, fused.
    pub unsafe fn square<T: ComplexProduct>(p: &[*mut u8], s: &[isize], n: usize) {
        #[cfg(target_arch = "x86_64")]
        if crate::kernels::simd::has_avx2_fma() {
            return square_fma::<T>(p, s, n);
        }
        unary_loop::<T, T>(p, s, n, T::square::<true>)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,fma")]
    unsafe fn multiply_fma<T: ComplexProduct>(p: &[*mut u8], s: &[isize], n: usize) {
        map2::<T, T, T>(p, s, n, T::mul::<true>)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,fma")]
    unsafe fn square_fma<T: ComplexProduct>(p: &[*mut u8], s: &[isize], n: usize) {
        unary_loop::<T, T>(p, s, n, T::square::<true>)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A product that overflows next to an infinite part: `inf − inf` when
    /// rounded, the infinite part's sign when fused.
    #[test]
    fn fused_and_rounded_products_differ_where_numpy_s_do() {
        let x = Complex64::new(1e200, f64::INFINITY);
        let y = Complex64::new(1e200, 1.0);
        assert_eq!(x.mul::<true>(y).re, f64::NEG_INFINITY);
        assert!(x.mul::<false>(y).re.is_nan());
        let z = Complex32::new(-1e30, f32::INFINITY);
        assert_eq!(z.square::<true>().re, f32::NEG_INFINITY);
        assert!(z.square::<false>().re.is_nan());
    }

    /// The strided loops raise no flag the products themselves do not:
    /// `(inf − 1.5i)(−1.5 − inf·i)` is `−inf − inf·i` with no invalid
    /// operation, though a packed add/subtract computes `−inf + inf`.
    #[test]
    fn strided_products_raise_only_their_own_flags() {
        let a = [Complex32::new(f32::INFINITY, -1.5); 4];
        let b = [Complex32::new(-1.5, f32::NEG_INFINITY); 4];
        let mut out = [Complex32::new(0.0, 0.0); 2];
        let p = [
            a.as_ptr() as *mut u8,
            b.as_ptr() as *mut u8,
            out.as_mut_ptr() as *mut u8,
        ];
        fpstatus::clear();
        // SAFETY: two elements of each operand at the given steps.
        unsafe { multiply::<Complex32>(&p, &[16, 16, 8], 2) };
        assert_eq!(fpstatus::take() & fpstatus::INVALID, 0);
        assert_eq!(out[1], Complex32::new(f32::NEG_INFINITY, f32::NEG_INFINITY));
    }
}
