//! Vectorisable loops for float64 and float32: `exp`, `exp2`, `expm1`,
//! `log`, `log2`, `log10`, `log1p`, `cbrt`, `sinh`, `cosh`, `tanh`,
//! `arcsinh`, `arccosh`, `arctanh`, `sin`, `cos`, `tan`, `arcsin`, `arccos`, `arctan`,
//! `arctan2` and `power`.
//!
//! libm is a scalar call per element; these loops are written so LLVM
//! auto-vectorises them (AVX2/AVX-512 copies chosen at run time, see
//! `kernels::simd`). Each function is a [`VecFn`] (unary) or [`VecFn2`]
//! (binary): a range test on the bits, a branch-free core, and libm.
//! Only `exp`, `exp2` and `cosh` (float64, on `exp`'s core) and the
//! float32 loops built on it fuse multiply-adds in inexact steps
//! ([`VecFn::core_fma`], where the CPU has FMA: a third fewer operations,
//! and `exp` is bound by arithmetic throughput); every FMA level gives the
//! same bits, and the loop without FMA (x86-64 CPUs without it) is within
//! 1 ULP of them. The other functions use FMA only for exact products
//! ([`two_prod`]) or not at all, so every level gives the same bits.
//!
//! A loop works in blocks of [`BLOCK`] elements: every lane runs the core
//! (lanes outside the core's range are fed a harmless value), the results
//! go to a stack buffer, and if any lane of the block was out of range a
//! fix-up pass recomputes those lanes with libm. So specials (NaN, ±inf,
//! signed zeros), thresholds and the IEEE flags that `np.errstate` reads
//! are libm's, and the block is stored last (the output may be an input).
//!
//! | function | method | accuracy (measured) |
//! |---|---|---|
//! | `exp` | [`exp`]: `2^k·e^r`, degree-9 polynomial | ≤ 1 ULP of glibc |
//! | `exp2` | [`exp2`]: `2^k·e^(f·ln2)`, `f·ln2` as hi + lo, `exp`'s polynomial | ≤ 1 ULP of glibc, exact at integers |
//! | `expm1` | [`expm1`]: `2^k·(1 + p) − 1`, `e^r − 1 = p` as hi + lo, the sum formed exactly | ≤ 1 ULP of glibc |
//! | `sinh`, `cosh` | [`sinh_cosh`]: `(E ∓ 1/E)/2`, for `sinh` `E` and `1/E` in double-double, for `cosh` `E` from `exp`'s core | ≤ 2 ULP of glibc (which is itself up to 2 off), `cosh` ≤ 1 |
//! | `log` | [`log`]: `2^k·m`, atanh series | ≤ 1 ULP of glibc |
//! | `log2` | [`log`]: the same reduction, `log m` divided by `ln 2` in double-double | ≤ 1 ULP of glibc, exact at powers of 2 |
//! | `log10` | [`log`]: the same reduction, `log m·log₁₀e + k·log₁₀2` in double-double | ≤ 2 ULP of glibc (itself up to 2 off), exact at powers of 10 |
//! | `log1p` | [`log`]: `log u + c/u`, `u = 1 + x` rounded, `c` its exact error | ≤ 1 ULP of glibc |
//! | `cbrt` | [`cbrt`]: exponent split by 3, cubic, one Halley and one exact Newton step | ≤ 1 ULP of glibc |
//! | `arcsinh`, `arccosh`, `arctanh` | [`inverse_hyperbolic`]: `log1p` of an argument formed in double-double | ≤ 2 ULP of glibc (itself up to 2 off) |
//! | `tanh` | [`tanh`]: `−expm1(−2|x|)/(2 + expm1(−2|x|))`, corrected quotient | ≤ 2 ULP of glibc (float32: ≤ 1 ULP of correctly rounded) |
//! | `arctan`, `arctan2` | [`atan`]: 3 intervals, one quotient, odd polynomial | ≤ 1 ULP of glibc |
//! | `arcsin`, `arccos` | [`asin`]: odd polynomial on `[0, 1/2]`, `√((1−|x|)/2)` as hi + lo above | ≤ 1 ULP of glibc |
//! | `sin`, `cos` | [`sincos`]: Cody–Waite by π/2 (4 parts, `|x| < 2^20`), both polynomials, a mask picks by quadrant | ≤ 1 ULP of glibc |
//! | `tan` | [`tan`]: Cody–Waite by π/4 (4 parts, `|x| < 2^20`), odd polynomial, corrected quotient | ≤ 1 ULP of glibc |
//! | `power` | [`pow`]: table-driven double-double `ln`, `exp` of a double-double | ≤ 1 ULP of glibc (98.5% identical) |

mod asin;
mod atan;
mod cbrt;
mod exp;
mod exp2;
mod expm1;
mod float32;
mod inverse_hyperbolic;
mod log;
pub mod pow;
mod pow_table;
mod sincos;
mod sinh_cosh;
mod tan;
mod tanh;

use crate::dtype::DType;
use crate::kernels::simd;
use crate::kernels::unary::ops::{
    ARCCOS, ARCCOSH, ARCSIN, ARCSINH, ARCTAN, ARCTANH, CBRT, COS, COSH, EXP, EXP2, EXPM1, LOG,
    LOG10, LOG1P, LOG2, SIN, SINH, TAN, TANH,
};
use crate::ufunc::Kernel;

/// Elements per block: results go to a stack buffer, the inputs of the
/// block are re-read for the fix-up, then the block is stored (so the
/// output may be the input itself).
const BLOCK: usize = 64;

/// One vectorised unary function of one element type.
trait VecFn {
    type T: Copy + Default;
    /// `(in range, value for the vector core)`: the range test is on the
    /// bits (an ordered vector comparison would raise the invalid flag for a
    /// quiet NaN); out-of-range lanes are fed a harmless value and
    /// recomputed by [`VecFn::libm`].
    fn prep(x: Self::T) -> (bool, Self::T);
    fn core(x: Self::T) -> Self::T;
    /// [`VecFn::core`] for loops compiled with fused multiply-add (the
    /// same computation unless a function rounds differently with FMA).
    #[inline(always)]
    fn core_fma(x: Self::T) -> Self::T {
        Self::core(x)
    }
    fn libm(x: Self::T) -> Self::T;
}

/// One vectorised binary function `f(a, b)` of one element type, as
/// [`VecFn`].
trait VecFn2 {
    type T: Copy + Default;
    /// `(in range, a, b for the vector core)`.
    fn prep(a: Self::T, b: Self::T) -> (bool, Self::T, Self::T);
    fn core(a: Self::T, b: Self::T) -> Self::T;
    fn libm(a: Self::T, b: Self::T) -> Self::T;
}

/// `out[i] = F(x[i])` for `n` contiguous elements (`out` may be `x`), with
/// [`VecFn::core_fma`] when `FMA`.
#[inline(always)]
unsafe fn body<F: VecFn, const FMA: bool>(x: *const F::T, out: *mut F::T, n: usize) {
    let mut buf = [F::T::default(); BLOCK];
    let mut i = 0;
    while i < n {
        let m = (n - i).min(BLOCK);
        let xb = x.add(i);
        let mut bad = false;
        let eval = |j: usize| {
            let (ok, c) = F::prep(*xb.add(j));
            (ok, if FMA { F::core_fma(c) } else { F::core(c) })
        };
        for (j, slot) in buf.iter_mut().enumerate().take(m) {
            let (ok, v) = eval(j);
            bad |= !ok;
            *slot = v;
        }
        if bad {
            for (j, slot) in buf.iter_mut().enumerate().take(m) {
                let v = *xb.add(j);
                if !F::prep(v).0 {
                    *slot = F::libm(v);
                }
            }
        }
        std::ptr::copy_nonoverlapping(buf.as_ptr(), out.add(i), m);
        i += m;
    }
}

/// `out[i] = F(a[i], b[i])` for `n` contiguous elements (`out` may be `a`
/// or `b`).
#[inline(always)]
unsafe fn body2<F: VecFn2, const FMA: bool>(
    a: *const F::T,
    b: *const F::T,
    out: *mut F::T,
    n: usize,
) {
    let mut buf = [F::T::default(); BLOCK];
    let mut i = 0;
    while i < n {
        let m = (n - i).min(BLOCK);
        let (ab, bb) = (a.add(i), b.add(i));
        let mut bad = false;
        for (j, slot) in buf.iter_mut().enumerate().take(m) {
            let (ok, u, v) = F::prep(*ab.add(j), *bb.add(j));
            bad |= !ok;
            *slot = F::core(u, v);
        }
        if bad {
            for (j, slot) in buf.iter_mut().enumerate().take(m) {
                let (u, v) = (*ab.add(j), *bb.add(j));
                if !F::prep(u, v).0 {
                    *slot = F::libm(u, v);
                }
            }
        }
        std::ptr::copy_nonoverlapping(buf.as_ptr(), out.add(i), m);
        i += m;
    }
}

/// Defines `$name`, which runs `$body` compiled for the CPU's best vector
/// width (AVX-512F, AVX2 or the baseline; see `kernels::simd`), with fused
/// multiply-add where the CPU has it (every AVX-512F CPU, nearly every AVX2
/// one).
macro_rules! dispatched {
    ($name:ident, $body:ident, $tr:ident, ($($arg:ident: $ty:ty),*)) => {
        unsafe fn $name<F: $tr>($($arg: $ty),*) {
            #[cfg(target_arch = "x86_64")]
            {
                #[target_feature(enable = "avx512f,fma")]
                unsafe fn avx512<F: $tr>($($arg: $ty),*) {
                    $body::<F, true>($($arg),*)
                }
                #[target_feature(enable = "avx2,fma")]
                unsafe fn avx2_fma<F: $tr>($($arg: $ty),*) {
                    $body::<F, true>($($arg),*)
                }
                #[target_feature(enable = "avx2")]
                unsafe fn avx2<F: $tr>($($arg: $ty),*) {
                    $body::<F, false>($($arg),*)
                }
                match simd::level() {
                    simd::Level::Avx512 => return avx512::<F>($($arg),*),
                    simd::Level::Avx2 if simd::has_fma() => return avx2_fma::<F>($($arg),*),
                    simd::Level::Avx2 => return avx2::<F>($($arg),*),
                    simd::Level::Baseline => {}
                }
            }
            #[cfg(target_arch = "aarch64")]
            return $body::<F, true>($($arg),*);
            #[allow(unreachable_code)]
            $body::<F, false>($($arg),*)
        }
    };
}
dispatched!(contiguous, body, VecFn, (x: *const F::T, out: *mut F::T, n: usize));
dispatched!(contiguous2, body2, VecFn2, (a: *const F::T, b: *const F::T, out: *mut F::T, n: usize));

/// The strided loop over `[x, out]`: contiguous aligned operands run in
/// place; others are gathered block by block into a buffer.
unsafe fn kernel<F: VecFn>(p: &[*mut u8], s: &[isize], n: usize) {
    let size = std::mem::size_of::<F::T>();
    let (x, o) = (p[0], p[1]);
    let aligned = (x as usize).is_multiple_of(std::mem::align_of::<F::T>())
        && (o as usize).is_multiple_of(std::mem::align_of::<F::T>());
    if aligned && s[0] == size as isize && s[1] == size as isize {
        return contiguous::<F>(x as *const F::T, o as *mut F::T, n);
    }
    let mut buf = [F::T::default(); BLOCK];
    let (mut x, mut o) = (x, o);
    let mut i = 0;
    while i < n {
        let m = (n - i).min(BLOCK);
        for slot in buf.iter_mut().take(m) {
            *slot = std::ptr::read_unaligned(x as *const F::T);
            x = x.offset(s[0]);
        }
        contiguous::<F>(buf.as_ptr(), buf.as_mut_ptr(), m);
        for v in buf.iter().take(m) {
            std::ptr::write_unaligned(o as *mut F::T, *v);
            o = o.offset(s[1]);
        }
        i += m;
    }
}

/// The strided loop over `[a, b, out]`: contiguous aligned operands run in
/// place; others (strided, reversed, broadcast with stride 0, unaligned)
/// are gathered block by block into buffers.
unsafe fn kernel2<F: VecFn2>(p: &[*mut u8], s: &[isize], n: usize) {
    let size = std::mem::size_of::<F::T>() as isize;
    let align = std::mem::align_of::<F::T>();
    if p[..3].iter().all(|&q| (q as usize).is_multiple_of(align)) && s[..3] == [size; 3] {
        return contiguous2::<F>(
            p[0] as *const F::T,
            p[1] as *const F::T,
            p[2] as *mut F::T,
            n,
        );
    }
    let mut ba = [F::T::default(); BLOCK];
    let mut bb = [F::T::default(); BLOCK];
    let (mut a, mut b, mut o) = (p[0], p[1], p[2]);
    let mut i = 0;
    while i < n {
        let m = (n - i).min(BLOCK);
        for (u, v) in ba.iter_mut().zip(bb.iter_mut()).take(m) {
            *u = std::ptr::read_unaligned(a as *const F::T);
            *v = std::ptr::read_unaligned(b as *const F::T);
            a = a.offset(s[0]);
            b = b.offset(s[1]);
        }
        contiguous2::<F>(ba.as_ptr(), bb.as_ptr(), ba.as_mut_ptr(), m);
        for v in ba.iter().take(m) {
            std::ptr::write_unaligned(o as *mut F::T, *v);
            o = o.offset(s[2]);
        }
        i += m;
    }
}

/// `c + z·(c₁ + z·(…))`: Horner's rule, coefficients lowest degree first.
macro_rules! horner {
    ($z:expr, $c:expr) => {{
        let (z, c) = ($z, &$c);
        let mut acc = c[c.len() - 1];
        for &k in c[..c.len() - 1].iter().rev() {
            acc = k + z * acc;
        }
        acc
    }};
}
use horner;

/// `x if c else y`, as a bit mask: `if` chains make LLVM thread the code
/// after them through each arm (see `atan`).
#[inline(always)]
pub(super) fn pick(c: bool, x: f64, y: f64) -> f64 {
    let m = (c as u64).wrapping_neg();
    f64::from_bits((x.to_bits() & m) | (y.to_bits() & !m))
}

/// `(hi, lo)` with `hi + lo = a + b` exactly (Knuth's two-sum).
#[inline(always)]
pub(super) fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

/// Splits `a` into a 26-bit high part and the rest (Veltkamp).
#[inline(always)]
fn split(a: f64) -> (f64, f64) {
    // Veltkamp's splitter for 53-bit doubles: 2^27 + 1.
    let t = 134_217_729.0 * a;
    let hi = t - (t - a);
    (hi, a - hi)
}

/// `(p, e)` with `p + e = a·b` exactly: one fused multiply-add where the
/// loop is compiled with FMA, Dekker's product otherwise. The error term is
/// exact either way, so both give the same bits.
#[inline(always)]
pub(super) fn two_prod<const FMA: bool>(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    if FMA {
        return (p, a.mul_add(b, -p));
    }
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    (p, ((ah * bh - p) + ah * bl + al * bh) + al * bl)
}

/// Vector loops replacing the libm ones for some (type, op) pairs.
pub trait VecMath {
    /// The vector kernel for `op` (same input and output type), if any.
    fn vector_kernel(op: u8) -> Option<Kernel>;
}

impl VecMath for f64 {
    fn vector_kernel(op: u8) -> Option<Kernel> {
        match op {
            ARCSIN => Some(kernel::<asin::Asin64> as Kernel),
            ARCCOS => Some(kernel::<asin::Acos64> as Kernel),
            SIN => Some(kernel::<sincos::Sin64> as Kernel),
            COS => Some(kernel::<sincos::Cos64> as Kernel),
            TAN => Some(kernel::<tan::Tan64> as Kernel),
            EXP => Some(kernel::<exp::Exp64> as Kernel),
            EXP2 => Some(kernel::<exp2::Exp2_64> as Kernel),
            EXPM1 => Some(kernel::<expm1::Expm1_64> as Kernel),
            SINH => Some(kernel::<sinh_cosh::Sinh64> as Kernel),
            COSH => Some(kernel::<sinh_cosh::Cosh64> as Kernel),
            LOG => Some(kernel::<log::Log64> as Kernel),
            LOG2 => Some(kernel::<log::Log2_64> as Kernel),
            LOG10 => Some(kernel::<log::Log10_64> as Kernel),
            LOG1P => Some(kernel::<log::Log1p64> as Kernel),
            CBRT => Some(kernel::<cbrt::Cbrt64> as Kernel),
            ARCSINH => Some(kernel::<inverse_hyperbolic::Asinh64> as Kernel),
            ARCCOSH => Some(kernel::<inverse_hyperbolic::Acosh64> as Kernel),
            ARCTANH => Some(kernel::<inverse_hyperbolic::Atanh64> as Kernel),
            TANH => Some(kernel::<tanh::Tanh64> as Kernel),
            ARCTAN => Some(kernel::<atan::Atan64> as Kernel),
            _ => None,
        }
    }
}

impl VecMath for f32 {
    fn vector_kernel(op: u8) -> Option<Kernel> {
        match op {
            ARCSIN => Some(kernel::<asin::Asin32> as Kernel),
            ARCCOS => Some(kernel::<asin::Acos32> as Kernel),
            SIN => Some(kernel::<sincos::Sin32> as Kernel),
            COS => Some(kernel::<sincos::Cos32> as Kernel),
            TAN => Some(kernel::<tan::Tan32> as Kernel),
            EXP => Some(kernel::<exp::Exp32> as Kernel),
            EXP2 => Some(kernel::<exp2::Exp2_32> as Kernel),
            EXPM1 => Some(kernel::<expm1::Expm1_32> as Kernel),
            SINH => Some(kernel::<sinh_cosh::Sinh32> as Kernel),
            COSH => Some(kernel::<sinh_cosh::Cosh32> as Kernel),
            LOG => Some(kernel::<log::Log32> as Kernel),
            LOG2 => Some(kernel::<log::Log2_32> as Kernel),
            LOG10 => Some(kernel::<log::Log10_32> as Kernel),
            LOG1P => Some(kernel::<log::Log1p32> as Kernel),
            CBRT => Some(kernel::<cbrt::Cbrt32> as Kernel),
            ARCSINH => Some(kernel::<inverse_hyperbolic::Asinh32> as Kernel),
            ARCCOSH => Some(kernel::<inverse_hyperbolic::Acosh32> as Kernel),
            ARCTANH => Some(kernel::<inverse_hyperbolic::Atanh32> as Kernel),
            TANH => Some(kernel::<tanh::Tanh32> as Kernel),
            ARCTAN => Some(kernel::<atan::Atan32> as Kernel),
            _ => None,
        }
    }
}

impl VecMath for half::f16 {
    fn vector_kernel(_op: u8) -> Option<Kernel> {
        None
    }
}

/// The vector `arctan2` loop `[y, x, out]` of a float type (float32 and
/// float64; `None` for the others).
pub fn arctan2_kernel(d: DType) -> Option<Kernel> {
    match d {
        DType::Float64 => Some(kernel2::<atan::Atan2_64> as Kernel),
        DType::Float32 => Some(kernel2::<atan::Atan2_32> as Kernel),
        _ => None,
    }
}

#[cfg(test)]
mod accuracy;
#[cfg(test)]
mod asin_tests;
#[cfg(test)]
mod exp2_tests;
#[cfg(test)]
mod expm1_tests;
#[cfg(test)]
mod inverse_hyperbolic_tests;
#[cfg(test)]
mod log10_tests;
#[cfg(test)]
mod log2_tests;
#[cfg(test)]
mod sincos_tests;
#[cfg(test)]
mod tan_tests;
#[cfg(test)]
mod tests;
