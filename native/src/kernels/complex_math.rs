//! Element math of the complex unary ufuncs.
//!
//! `sqrt`, `exp`, `log`, the trigonometric and hyperbolic functions and
//! their inverses are the C library's C99 functions (`csqrt`, …, `catanh`;
//! see `libm`), so branch cuts and special values (C99 Annex G) are NumPy's.
//! The others are NumPy's compositions of real functions:
//! * `exp2(z) = exp(z·ln 2)`;
//! * `log2(z) = log(z)·log2(e)`, `log10(z) = log(z)·log10(e)` (each part);
//! * `log1p(z) = ln|z + 1| + i·arg(z + 1)`;
//! * `expm1(a + bi) = (expm1(a)·cos b − 2 sin²(b/2)) + i·eᵃ·sin b`;
//! * `rint` rounds each part half to even;
//! * `absolute(z) = h·sqrt(fma(q, q, 1))`, `q = l/h`, with `h`, `l` the
//!   larger and smaller of `|re|`, `|im|`: NumPy's vectorised loop, which
//!   can differ from C's `hypot` in the last bit (NumPy's 1-D
//!   negative-stride loop calls `hypot`: see designs/deviations.md); inf if
//!   either part is infinite, even with a NaN; `_angle(z) = atan2(im, re)`.

use crate::kernels::libm::{CComplex32, CComplex64};
use crate::kernels::unary::ops::*;
use num_complex::{Complex32, Complex64};

/// Complex math of one precision; `OP` is a code from `unary::ops` (codes
/// without a complex loop are never looked up and return `self`).
pub trait ComplexMath: Copy {
    /// The type of one part (`f32` for complex64).
    type Real: Copy;
    fn math<const OP: u8>(self) -> Self;
    /// `ABSOLUTE` → `|z|`, `ANGLE` → `arg z`.
    fn to_real<const OP: u8>(self) -> Self::Real;
}

macro_rules! complex {
    ($($c:ident, $t:ident);*) => { $(impl ComplexMath for $c {
        type Real = $t;

        #[inline(always)]
        fn math<const OP: u8>(self) -> Self {
            use std::$t::consts::{LN_2, LOG10_E, LOG2_E};
            let z = self;
            let scale = |w: $c, k: $t| $c::new(w.re * k, w.im * k);
            match OP {
                SQRT => z.c_sqrt(),
                EXP => z.c_exp(),
                EXP2 => scale(z, LN_2).c_exp(),
                EXPM1 => {
                    let h = (z.im / 2.0).sin();
                    $c::new(z.re.exp_m1() * z.im.cos() - 2.0 * h * h, z.re.exp() * z.im.sin())
                }
                LOG => z.c_log(),
                LOG2 => scale(z.c_log(), LOG2_E),
                LOG10 => scale(z.c_log(), LOG10_E),
                LOG1P => {
                    let r = z.re + 1.0;
                    $c::new(r.hypot(z.im).ln(), z.im.atan2(r))
                }
                SIN => z.c_sin(),
                COS => z.c_cos(),
                TAN => z.c_tan(),
                ARCSIN => z.c_asin(),
                ARCCOS => z.c_acos(),
                ARCTAN => z.c_atan(),
                SINH => z.c_sinh(),
                COSH => z.c_cosh(),
                TANH => z.c_tanh(),
                ARCSINH => z.c_asinh(),
                ARCCOSH => z.c_acosh(),
                ARCTANH => z.c_atanh(),
                RINT => $c::new(z.re.round_ties_even(), z.im.round_ties_even()),
                _ => z,
            }
        }

        #[inline(always)]
        fn to_real<const OP: u8>(self) -> $t {
            match OP {
                ANGLE => self.im.atan2(self.re),
                _ => {
                    // NumPy's vectorised complex absolute: the larger part
                    // times sqrt(1 + (smaller/larger)²). Branch-free, so it
                    // vectorises: the parts are ordered by their bits (a
                    // NaN's are above inf's), and lanes whose larger part
                    // is 0, inf or NaN divide 0 by 1 (no flags) and take
                    // 0, inf (either part infinite, even with a NaN) or NaN.
                    let inf = $t::INFINITY.to_bits();
                    let (ab, bb) = (self.re.abs().to_bits(), self.im.abs().to_bits());
                    let (hb, lb) = (ab.max(bb), ab.min(bb));
                    let normal = hb.wrapping_sub(1) < inf - 1;
                    let hi = $t::from_bits(if normal { hb } else { (1.0 as $t).to_bits() });
                    let lo = $t::from_bits(if normal { lb } else { 0 });
                    let q = lo / hi;
                    let v = hi * q.mul_add(q, 1.0).sqrt();
                    let special = if ab == inf || bb == inf {
                        $t::INFINITY
                    } else if hb == 0 {
                        0.0
                    } else {
                        $t::NAN
                    };
                    if normal { v } else { special }
                }
            }
        }
    })* };
}
complex!(Complex32, f32; Complex64, f64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compositions() {
        let z = Complex64::new(3.0, 0.0).math::<EXP2>();
        assert!((z.re - 8.0).abs() < 1e-14 && z.im == 0.0);
        let z = Complex64::new(0.0, 0.0).math::<LOG1P>();
        assert_eq!((z.re, z.im), (0.0, 0.0));
        assert_eq!(
            Complex64::new(f64::INFINITY, f64::NAN).to_real::<ABSOLUTE>(),
            f64::INFINITY
        );
        let z = Complex32::new(2.5, -1.5).math::<RINT>();
        assert_eq!((z.re, z.im), (2.0, -2.0));
    }
}
