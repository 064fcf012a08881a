//! Binary arithmetic kernels: `add`, `subtract`, `multiply`, `true_divide`
//! for one loop dtype (inputs and output of the same type; the ufunc layer
//! casts around them).
//!
//! * Integers wrap on overflow (two's complement), as NumPy's C loops do.
//! * bool: `add` is logical or, `multiply` logical and (NumPy's `??->?`
//!   loops); bool subtract/divide loops do not exist and are never selected.
//! * float16 computes in float32 and rounds once per operation, as NumPy.
//! * complex: `(a+bi)(c+di) = (ac-bd) + (ad+bc)i` with every product
//!   rounded (reductions, `prod`); the `multiply` loop fuses products as
//!   NumPy's does (`kernels::complex_product`). Division uses Smith's
//!   algorithm, scaling by the larger of |c|, |d| to avoid overflow.

use crate::dtype::Bool8;
use crate::kernels::binary_loops::{self, dispatch_all};
use half::f16;
use num_complex::{Complex32, Complex64};

/// The four arithmetic operations of one element type.
pub trait Arith: Copy + Send + Sync + 'static {
    fn add(self, o: Self) -> Self;
    fn sub(self, o: Self) -> Self;
    fn mul(self, o: Self) -> Self;
    fn div(self, o: Self) -> Self;
    /// Whether `div`'s flags are checked against [`Arith::div_exact`]
    /// (complex: its branches may be evaluated speculatively).
    const CHECKED_DIV: bool = false;
    /// `div` computed so that it raises exactly NumPy's flags.
    #[inline(always)]
    fn div_exact(self, o: Self) -> Self {
        self.div(o)
    }
    /// NaN (in either part).
    #[inline(always)]
    fn has_nan(self) -> bool {
        false
    }
    /// The strided loop `[a, b, out]` of `multiply` (complex: NumPy's
    /// fused products, `kernels::complex_product`).
    ///
    /// # Safety
    /// `p`/`s` address `n` elements of `Self` each.
    #[inline(always)]
    unsafe fn multiply_loop(p: &[*mut u8], s: &[isize], n: usize) {
        binary_loops::map2::<Self, Self, Self>(p, s, n, Self::mul)
    }
}

macro_rules! int_arith {
    ($($t:ty),*) => { $(impl Arith for $t {
        #[inline(always)] fn add(self, o: Self) -> Self { self.wrapping_add(o) }
        #[inline(always)] fn sub(self, o: Self) -> Self { self.wrapping_sub(o) }
        #[inline(always)] fn mul(self, o: Self) -> Self { self.wrapping_mul(o) }
        /// Never selected: integer true_divide runs in float64.
        #[inline(always)] fn div(self, o: Self) -> Self { if o == 0 { 0 } else { self.wrapping_div(o) } }
    })* };
}
int_arith!(i8, i16, i32, i64, u8, u16, u32, u64);

macro_rules! float_arith {
    ($($t:ty),*) => { $(impl Arith for $t {
        #[inline(always)] fn add(self, o: Self) -> Self { self + o }
        #[inline(always)] fn sub(self, o: Self) -> Self { self - o }
        #[inline(always)] fn mul(self, o: Self) -> Self { self * o }
        #[inline(always)] fn div(self, o: Self) -> Self { self / o }
    })* };
}
float_arith!(f32, f64);

impl Arith for Bool8 {
    #[inline(always)]
    fn add(self, o: Self) -> Self {
        Bool8::from(self.get() | o.get())
    }
    /// Never selected (NumPy raises for bool subtract).
    #[inline(always)]
    fn sub(self, o: Self) -> Self {
        Bool8::from(self.get() ^ o.get())
    }
    #[inline(always)]
    fn mul(self, o: Self) -> Self {
        Bool8::from(self.get() & o.get())
    }
    /// Never selected: bool true_divide runs in float64.
    #[inline(always)]
    fn div(self, o: Self) -> Self {
        Bool8::from(self.get() & o.get())
    }
}

impl Arith for f16 {
    #[inline(always)]
    fn add(self, o: Self) -> Self {
        f16::from_f32(self.to_f32() + o.to_f32())
    }
    #[inline(always)]
    fn sub(self, o: Self) -> Self {
        f16::from_f32(self.to_f32() - o.to_f32())
    }
    #[inline(always)]
    fn mul(self, o: Self) -> Self {
        f16::from_f32(self.to_f32() * o.to_f32())
    }
    #[inline(always)]
    fn div(self, o: Self) -> Self {
        f16::from_f32(self.to_f32() / o.to_f32())
    }
}

macro_rules! complex_arith {
    ($($c:ty),*) => { $(impl Arith for $c {
        #[inline(always)] fn add(self, o: Self) -> Self { <$c>::new(self.re + o.re, self.im + o.im) }
        #[inline(always)] fn sub(self, o: Self) -> Self { <$c>::new(self.re - o.re, self.im - o.im) }
        #[inline(always)] fn mul(self, o: Self) -> Self {
            <$c>::new(self.re * o.re - self.im * o.im, self.re * o.im + self.im * o.re)
        }
        // Smith's division, as NumPy's loop: the fast form, whose branches
        // the compiler may evaluate both (false flags, which the divide
        // kernel then corrects with `div_exact`).
        #[inline(always)] fn div(self, o: Self) -> Self {
            let (ar, ai, br, bi) = (self.re, self.im, o.re, o.im);
            if br.abs() >= bi.abs() {
                if br == 0.0 && bi == 0.0 {
                    return <$c>::new(ar / br.abs(), ai / br.abs());
                }
                let rat = bi / br;
                let scl = 1.0 / (br + bi * rat);
                <$c>::new((ar + ai * rat) * scl, (ai - ar * rat) * scl)
            } else {
                let rat = br / bi;
                let scl = 1.0 / (bi + br * rat);
                <$c>::new((ar * rat + ai) * scl, (ai * rat - ar) * scl)
            }
        }
        const CHECKED_DIV: bool = true;
        #[inline(always)] fn has_nan(self) -> bool { self.re.is_nan() | self.im.is_nan() }
        // The same division with the branches as selects of operands: each
        // division has a divisor that the chosen branch divides by too (or
        // 1). The operands of the divisions and products are opaque to the
        // optimiser (`black_box`): otherwise it turns `x / select(…)` back
        // into a select of two divisions, and the branch not taken raises
        // flags NumPy's does not (0/0, x/0, inf·0).
        #[inline(always)] fn div_exact(self, o: Self) -> Self {
            let (ar, ai, br, bi) = (self.re, self.im, o.re, o.im);
            if br.is_nan() | bi.is_nan() {
                // NumPy's C `|br| >= |bi|` signals "invalid" for a NaN.
                crate::fpstatus::raise(crate::fpstatus::INVALID);
            }
            let (abr, abi) = (br.abs(), bi.abs());
            let zero = (abr == 0.0) & (abi == 0.0);
            // Division by zero: both parts over |br| (NumPy's zero branch).
            let z = std::hint::black_box(if zero { abr } else { 1.0 });
            // (Each pair of part operations is kept apart by `black_box`:
            // paired, the compiler packs complex64's two float divisions into
            // one vector division whose unused lanes divide 0/0, "invalid".)
            let by_zero = <$c>::new(std::hint::black_box(ar / z), ai / std::hint::black_box(z));
            // |br| >= |bi| (false for a NaN): rat = bi/br, else rat = br/bi.
            let big = abr >= abi;
            let (p, q) = if big { (bi, br) } else { (br, bi) };
            let q = std::hint::black_box(if zero { 1.0 } else { q });
            let rat = p / q;
            let scl = 1.0 / (q + p * rat);
            // (Zeros in the zero case, whose quotient is not used: no inf·0.)
            let (x, y) = if zero { (0.0, 0.0) } else if big { (ar, ai) } else { (ai, ar) };
            let (x, y) = (std::hint::black_box(x), std::hint::black_box(y));
            let t = std::hint::black_box(x * rat);
            let u = y * std::hint::black_box(rat);
            // big: ((ar + ai·rat), (ai − ar·rat)); else ((ar·rat + ai), (ai·rat − ar)).
            let re = std::hint::black_box((x + u) * scl);
            let im = (if big { y - t } else { t - y }) * std::hint::black_box(scl);
            let quotient = <$c>::new(re, im);
            if zero { by_zero } else { quotient }
        }
        #[inline(always)] unsafe fn multiply_loop(p: &[*mut u8], s: &[isize], n: usize) {
            crate::kernels::complex_product::multiply::<Self>(p, s, n)
        }
    })* };
}
complex_arith!(Complex32, Complex64);

binary_loops::homogeneous_binary_ops!(Arith, dispatch_all;
    ADD, "add", add_kernel => add;
    SUBTRACT, "subtract", subtract_kernel => sub;
);

/// The strided loop `[a, b, out]` of `multiply` for `T`
/// ([`Arith::multiply_loop`]).
///
/// # Safety
/// `p`/`s` address `n` elements of `T` each.
pub unsafe fn multiply_kernel<T: Arith>(p: &[*mut u8], s: &[isize], n: usize) {
    T::multiply_loop(p, s, n)
}

binary_loops::homogeneous_binary_entry!(dispatch_all; MULTIPLY, "multiply", multiply_kernel);

/// The strided loop `[a, b, out]` of `true_divide` for `T`. For complex the
/// fast loop's flags are checked: when it raised any, or a divisor holds a
/// NaN (NumPy reports "invalid" for it), the flags are recomputed element
/// by element with [`Arith::div_exact`] (first, when the output is an
/// input: [`crate::fpstatus::rechecked`]). Flags already up are kept.
///
/// # Safety
/// `p`/`s` address `n` elements of `T` each.
pub unsafe fn divide_kernel<T: Arith>(p: &[*mut u8], s: &[isize], n: usize) {
    if !T::CHECKED_DIV {
        return binary_loops::map2::<T, T, T>(p, s, n, T::div);
    }
    let fast = || binary_loops::map2::<T, T, T>(p, s, n, T::div);
    binary_loops::checked_map2::<T>(p, s, n, fast, T::div_exact, |b: T| b.has_nan());
}

binary_loops::homogeneous_binary_entry!(dispatch_all; TRUE_DIVIDE, "true_divide", divide_kernel);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complex_division_is_smiths() {
        let q = Complex64::new(1.0, 2.0).div(Complex64::new(3.0, -4.0));
        assert!((q.re - (-0.2)).abs() < 1e-15 && (q.im - 0.4).abs() < 1e-15);
    }

    #[test]
    fn every_vector_level_gives_the_baseline_results() {
        let a: Vec<f64> = (0..1000).map(|i| (i as f64 * 0.37).sin() * 1e3).collect();
        let b: Vec<f64> = (0..1000).map(|i| (i as f64 * 0.11).cos() + 0.5).collect();
        let mut base = vec![0.0; 1000];
        let mut best = vec![0.0; 1000];
        unsafe {
            binary_loops::contiguous_body::<f64, f64, f64, _, false, false>(
                a.as_ptr(),
                b.as_ptr(),
                base.as_mut_ptr(),
                1000,
                f64::div,
            );
            binary_loops::contiguous::<f64, f64, f64, _, false, false>(
                a.as_ptr(),
                b.as_ptr(),
                best.as_mut_ptr(),
                1000,
                f64::div,
            );
        }
        assert_eq!(base, best, "level {:?}", crate::kernels::simd::level());
    }

    /// `out` aliasing `a`, `b` or both (the vectorised in-place loops) gives
    /// the out-of-place results, scalar operands included.
    #[test]
    fn in_place_loops_match_out_of_place() {
        use binary_loops::contiguous;
        for n in [0usize, 1, 3, 4, 7, 8, 15, 16, 17, 33, 100, 1001] {
            let a: Vec<f64> = (0..n)
                .map(|i| (i as f64 * 0.37).sin() * 1e3 + 0.5)
                .collect();
            let b: Vec<f64> = (0..n).map(|i| (i as f64 * 0.11).cos() + 2.5).collect();
            let div = |x: f64, y: f64| x / y;
            let want = |f: &dyn Fn(usize) -> f64| (0..n).map(f).collect::<Vec<f64>>();
            unsafe {
                let mut o = a.clone();
                contiguous::<f64, f64, f64, _, false, false>(
                    o.as_ptr(),
                    b.as_ptr(),
                    o.as_mut_ptr(),
                    n,
                    div,
                );
                assert_eq!(o, want(&|i| a[i] / b[i]), "out = a, n = {n}");
                let mut o = b.clone();
                contiguous::<f64, f64, f64, _, false, false>(
                    a.as_ptr(),
                    o.as_ptr(),
                    o.as_mut_ptr(),
                    n,
                    div,
                );
                assert_eq!(o, want(&|i| a[i] / b[i]), "out = b, n = {n}");
                let mut o = a.clone();
                contiguous::<f64, f64, f64, _, false, false>(
                    o.as_ptr(),
                    o.as_ptr(),
                    o.as_mut_ptr(),
                    n,
                    div,
                );
                assert_eq!(o, want(&|i| a[i] / a[i]), "out = a = b, n = {n}");
                let mut o = a.clone();
                contiguous::<f64, f64, f64, _, false, true>(
                    o.as_ptr(),
                    &7.0,
                    o.as_mut_ptr(),
                    n,
                    div,
                );
                assert_eq!(o, want(&|i| a[i] / 7.0), "out = a, b scalar, n = {n}");
                let mut o = b.clone();
                contiguous::<f64, f64, f64, _, true, false>(
                    &7.0,
                    o.as_ptr(),
                    o.as_mut_ptr(),
                    n,
                    div,
                );
                assert_eq!(o, want(&|i| 7.0 / b[i]), "out = b, a scalar, n = {n}");
            }
        }
    }

    #[test]
    fn loops_handle_scalars_and_strides() {
        let a = [1.0f64, 2.0, 3.0, 4.0];
        let b = [10.0f64];
        let mut out = [0.0f64; 2];
        unsafe {
            add_kernel::<f64>(
                &[
                    a.as_ptr() as *mut u8,
                    b.as_ptr() as *mut u8,
                    out.as_mut_ptr() as *mut u8,
                ],
                &[16, 0, 8],
                2,
            );
        }
        assert_eq!(out, [11.0, 13.0]);
        assert_eq!(200u8.add(100), 44);
        assert_eq!(Bool8(2).mul(Bool8(8)), Bool8::TRUE);
    }
}

#[cfg(test)]
mod division_by_zero_tests {
    use super::*;

    /// NumPy's complex division by exactly zero raises only "divide by
    /// zero" (both parts over |br|), for complex64 as for complex128.
    #[test]
    fn complex_division_by_zero_raises_only_divide_by_zero() {
        crate::fpstatus::clear();
        std::hint::black_box(Complex32::new(2.5, 1.0).div_exact(Complex32::new(0.0, 0.0)));
        let f32_flags = crate::fpstatus::take();
        std::hint::black_box(Complex64::new(2.5, 1.0).div_exact(Complex64::new(0.0, 0.0)));
        let f64_flags = crate::fpstatus::take();
        assert_eq!(f64_flags, crate::fpstatus::DIVIDE_BY_ZERO);
        assert_eq!(f32_flags, crate::fpstatus::DIVIDE_BY_ZERO);
    }
}
