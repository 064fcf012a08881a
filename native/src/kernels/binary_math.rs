//! Binary float ufuncs: `power` (all loops; integers via `intdiv`),
//! `float_power`, `arctan2`, `hypot`, `copysign`, `nextafter`, `ldexp`,
//! `heaviside`, `logaddexp`, `logaddexp2`.
//!
//! * float16 loops compute in float32 and round once (NumPy's half loops),
//!   except the bit-level `copysign`, `nextafter` and `ldexp`.
//! * `power`, `hypot`, `logaddexp*` use the platform libm through Rust's
//!   float methods, as NumPy's scalar loops do (NumPy's SIMD builds may
//!   differ in the last bit). float32/float64 `arctan2` is the vector loop
//!   of `kernels::vmath` (a few ULP of libm at most; libm for every special
//!   operand); float16 `arctan2` is libm's in float32.
//! * `ldexp(x, n) = x·2ⁿ`, rounded once: `n` is clamped to the C `int`
//!   range, the scaling is split so no intermediate rounds (for float64),
//!   and narrower floats scale exactly in float64 then round.
//! * `nextafter(x, y)` steps one ULP of `x` toward `y` on the bit pattern;
//!   from ±0 it gives the smallest subnormal with `y`'s sign.
//! * `heaviside(x, h0)` is 0 for x < 0, `h0` at 0, 1 for x > 0, NaN for NaN.
//! * `logaddexp(x, y) = log(eˣ + eʸ)` computed as `max + log1p(exp(−|x−y|))`
//!   (`x + log 2` when x == y, which covers equal infinities);
//!   `logaddexp2` likewise in base 2.
//! * complex `power` is NumPy's `npy_cpow`: `b == 0` gives 1; `a == 0` gives
//!   0 when `Re b > 0`, else NaN; real integer exponents with |n| < 100
//!   multiply by repeated squaring (1/result for negative n); otherwise
//!   `exp(b·log a)`.

use super::arith::Arith;
use super::binary_loops::{
    dispatch_float, dispatch_int, homogeneous, homogeneous_binary_ops, map2,
};
use super::intdiv::int_power_kernel;
use super::vmath;
use crate::dtype::DType;
use crate::ufunc::{Kernel, OpDef};
use half::f16;
use num_complex::{Complex32, Complex64};

/// The real binary functions of one float type.
pub trait RealMath: Copy + Send + Sync + 'static {
    fn pow(self, o: Self) -> Self;
    fn atan2(self, o: Self) -> Self;
    fn hypot(self, o: Self) -> Self;
    fn copysign(self, o: Self) -> Self;
    fn nextafter(self, o: Self) -> Self;
    fn heaviside(self, h0: Self) -> Self;
    fn logaddexp(self, o: Self) -> Self;
    fn logaddexp2(self, o: Self) -> Self;
    fn ldexp(self, n: i32) -> Self;
}

/// `x·2ⁿ` for float64 with a single rounding: the scale is applied in at
/// most three exact steps before the final (possibly subnormal) product
/// (steps of 2¹⁰²³ up, of 2⁻⁹⁶⁹ down, which keep the intermediate normal).
/// The steps are chosen on the integer `n` and every product is made, by
/// 1 when a step is not needed: when the loop is vectorised, no lane then
/// multiplies by a step it does not take, which would raise false overflow
/// or underflow flags.
fn scalbn64(x: f64, n: i32) -> f64 {
    let pow2 = |e: i32| f64::from_bits(((0x3ff + e) as u64) << 52);
    // One step of at most `limit` in `n`'s direction; `n` itself when it fits.
    let step = |n: i32| -> i32 {
        if n > 1023 {
            1023
        } else if n < -1022 {
            -969
        } else {
            n
        }
    };
    let e1 = step(n);
    let r1 = n - e1;
    let e2 = step(r1);
    let e3 = (r1 - e2).clamp(-1022, 1023);
    x * pow2(e1) * pow2(e2) * pow2(e3)
}

macro_rules! real_math {
    ($($t:ident, $ln2:expr, $log2e:expr);*) => { $(impl RealMath for $t {
        #[inline(always)] fn pow(self, o: Self) -> Self { self.powf(o) }
        #[inline(always)] fn atan2(self, o: Self) -> Self { <$t>::atan2(self, o) }
        #[inline(always)] fn hypot(self, o: Self) -> Self { <$t>::hypot(self, o) }
        #[inline(always)] fn copysign(self, o: Self) -> Self { <$t>::copysign(self, o) }
        #[inline(always)]
        fn nextafter(self, y: Self) -> Self {
            if self.is_nan() || y.is_nan() {
                return self + y;
            }
            if self == y {
                return y;
            }
            if self == 0.0 {
                return <$t>::from_bits(1).copysign(y);
            }
            let b = self.to_bits();
            let away = (y > self) == (self > 0.0);
            <$t>::from_bits(if away { b + 1 } else { b - 1 })
        }
        #[inline(always)]
        fn heaviside(self, h0: Self) -> Self {
            if self < 0.0 { 0.0 } else if self == 0.0 { h0 } else if self > 0.0 { 1.0 } else { self }
        }
        #[inline(always)]
        fn logaddexp(self, y: Self) -> Self {
            if self == y {
                return self + $ln2;
            }
            let d = self - y;
            if d > 0.0 {
                self + (-d).exp().ln_1p()
            } else if d <= 0.0 {
                y + d.exp().ln_1p()
            } else {
                // A NaN: NumPy's C `d > 0` signals "invalid" for it.
                crate::fpstatus::raise(crate::fpstatus::INVALID);
                d
            }
        }
        #[inline(always)]
        fn logaddexp2(self, y: Self) -> Self {
            if self == y {
                return self + 1.0;
            }
            let d = self - y;
            if d > 0.0 {
                self + $log2e * (-d).exp2().ln_1p()
            } else if d <= 0.0 {
                y + $log2e * d.exp2().ln_1p()
            } else {
                // A NaN: NumPy's C `d > 0` signals "invalid" for it.
                crate::fpstatus::raise(crate::fpstatus::INVALID);
                d
            }
        }
        #[inline(always)]
        fn ldexp(self, n: i32) -> Self {
            scalbn_into::<$t>(self as f64, n)
        }
    })* };
}
real_math!(
    f32, std::f32::consts::LN_2, std::f32::consts::LOG2_E;
    f64, std::f64::consts::LN_2, std::f64::consts::LOG2_E
);

/// Scales in float64 and rounds once to the target type. float64 uses the
/// split scaling; narrower types are exact in float64 for |n| ≤ 400, beyond
/// which the result under- or overflows either way.
#[inline(always)]
fn scalbn_into<T: FromF64>(x: f64, n: i32) -> T {
    if T::IS_F64 {
        T::from_f64(scalbn64(x, n))
    } else {
        T::from_f64(scalbn64(x, n.clamp(-400, 400)))
    }
}

trait FromF64 {
    const IS_F64: bool;
    fn from_f64(x: f64) -> Self;
}
impl FromF64 for f64 {
    const IS_F64: bool = true;
    fn from_f64(x: f64) -> f64 {
        x
    }
}
impl FromF64 for f32 {
    const IS_F64: bool = false;
    fn from_f64(x: f64) -> f32 {
        x as f32
    }
}
impl FromF64 for f16 {
    const IS_F64: bool = false;
    fn from_f64(x: f64) -> f16 {
        // `half`'s narrowing rounds twice; this rounds once.
        crate::kernels::cast::f64_to_f16(x)
    }
}

/// float16 through float32, rounding once.
fn half(a: f16, b: f16, f: impl Fn(f32, f32) -> f32) -> f16 {
    f16::from_f32(f(a.to_f32(), b.to_f32()))
}

impl RealMath for f16 {
    fn pow(self, o: Self) -> Self {
        half(self, o, f32::powf)
    }
    fn atan2(self, o: Self) -> Self {
        half(self, o, f32::atan2)
    }
    fn hypot(self, o: Self) -> Self {
        half(self, o, f32::hypot)
    }
    fn copysign(self, o: Self) -> Self {
        f16::from_bits((self.to_bits() & 0x7fff) | (o.to_bits() & 0x8000))
    }
    fn nextafter(self, y: Self) -> Self {
        if self.is_nan() || y.is_nan() {
            return f16::NAN;
        }
        let (a, b) = (self.to_f32(), y.to_f32());
        if a == b {
            // float16 keeps x on ties (NumPy's half loop); libm returns y.
            return self;
        }
        if a == 0.0 {
            return f16::from_bits(1).copysign(y);
        }
        let bits = self.to_bits();
        let away = (b > a) == (a > 0.0);
        f16::from_bits(if away { bits + 1 } else { bits - 1 })
    }
    fn heaviside(self, h0: Self) -> Self {
        half(self, h0, f32::heaviside)
    }
    fn logaddexp(self, o: Self) -> Self {
        half(self, o, f32::logaddexp)
    }
    fn logaddexp2(self, o: Self) -> Self {
        half(self, o, f32::logaddexp2)
    }
    fn ldexp(self, n: i32) -> Self {
        let x = self.to_f64();
        let r = scalbn_into::<f16>(x, n);
        // NumPy converts the float result to half with flags: overflow to
        // ±inf, underflow for a tiny result that is not exact. (The scaled
        // value is exact in float64 for the clamped exponents.)
        if r.is_infinite() && x.is_finite() {
            crate::fpstatus::raise(crate::fpstatus::OVERFLOW);
        } else if r.to_f64().abs() < 6.103515625e-5 && r.to_f64() != scalbn64(x, n.clamp(-400, 400))
        {
            crate::fpstatus::raise(crate::fpstatus::UNDERFLOW);
        }
        r
    }
}

macro_rules! cpow_fn {
    ($($name:ident, $c:ty, $r:ty);*) => { $(
        /// NumPy's complex power (see the module docs).
        pub fn $name(a: $c, b: $c) -> $c {
            let one = <$c>::new(1.0, 0.0);
            if b.re == 0.0 && b.im == 0.0 {
                return one;
            }
            if a.re == 0.0 && a.im == 0.0 {
                return if b.re > 0.0 {
                    <$c>::new(0.0, 0.0)
                } else {
                    <$c>::new(<$r>::NAN, <$r>::NAN)
                };
            }
            if b.im == 0.0 && b.re.fract() == 0.0 && b.re.abs() < 100.0 {
                let n = b.re as i32;
                match n {
                    1 => return a,
                    2 => return a.mul(a),
                    3 => return a.mul(a).mul(a),
                    _ => {
                        let mut k = n.unsigned_abs();
                        let (mut acc, mut p) = (one, a);
                        loop {
                            if k & 1 == 1 {
                                acc = acc.mul(p);
                            }
                            k >>= 1;
                            if k == 0 {
                                break;
                            }
                            p = p.mul(p);
                        }
                        return if n < 0 { one.div(acc) } else { acc };
                    }
                }
            }
            // exp(b·log a); a real exponent of the exp keeps its zero
            // imaginary part (no inf·0 = NaN on overflow), as C's cexp.
            let w = b.mul(a.ln());
            if w.im == 0.0 {
                <$c>::new(w.re.exp(), w.im)
            } else {
                w.exp()
            }
        }
    )* };
}
cpow_fn!(cpow32, Complex32, f32; cpow64, Complex64, f64);

/// The strided loop `[a, b, out]` of `power` for a real float `T`.
///
/// # Safety
/// `p`/`s` address `n` elements of `T` each.
pub unsafe fn power_kernel<T: RealMath>(p: &[*mut u8], s: &[isize], n: usize) {
    map2::<T, T, T>(p, s, n, T::pow)
}

/// The real float `power` loops: float64 and float32 run the vector loop
/// of `vmath::pow`, float16 computes in float32 through libm.
fn real_power(d: DType) -> Option<Kernel> {
    match d {
        DType::Float16 => Some(power_kernel::<f16> as Kernel),
        DType::Float32 => Some(vmath::pow::power_kernel::<f32> as Kernel),
        DType::Float64 => Some(vmath::pow::power_kernel::<f64> as Kernel),
        _ => None,
    }
}

/// The complex `power` loops.
fn complex_power(d: DType) -> Option<Kernel> {
    unsafe fn k64(p: &[*mut u8], s: &[isize], n: usize) {
        map2::<Complex32, Complex32, Complex32>(p, s, n, cpow32)
    }
    unsafe fn k128(p: &[*mut u8], s: &[isize], n: usize) {
        map2::<Complex64, Complex64, Complex64>(p, s, n, cpow64)
    }
    match d {
        DType::Complex64 => Some(k64 as Kernel),
        DType::Complex128 => Some(k128 as Kernel),
        _ => None,
    }
}

/// Table entry: `power` for integers, floats and complex.
pub const POWER: OpDef = OpDef {
    name: "power",
    nin: 2,
    nout: 1,
    lookup: |d: &[DType]| {
        if d.len() != 3 || !homogeneous(d) {
            return None;
        }
        dispatch_int!(d[0], T => int_power_kernel::<T> as Kernel)
            .or_else(|| real_power(d[0]))
            .or_else(|| complex_power(d[0]))
    },
};

/// Table entry: `float_power`: C's `pow` on float64 (without `power`'s
/// special exponents) and the complex128 power loop.
pub const FLOAT_POWER: OpDef = OpDef {
    name: "float_power",
    nin: 2,
    nout: 1,
    lookup: |d: &[DType]| {
        if d.len() != 3 || !homogeneous(d) {
            return None;
        }
        match d[0] {
            DType::Float64 => Some(vmath::pow::pow_kernel::<f64> as Kernel),
            DType::Complex128 => complex_power(d[0]),
            _ => None,
        }
    },
};

homogeneous_binary_ops!(RealMath, dispatch_float;
    HYPOT, "hypot", hypot_kernel => hypot;
    COPYSIGN, "copysign", copysign_kernel => copysign;
    NEXTAFTER, "nextafter", nextafter_kernel => nextafter;
    HEAVISIDE, "heaviside", heaviside_kernel => heaviside;
    LOGADDEXP, "logaddexp", logaddexp_kernel => logaddexp;
    LOGADDEXP2, "logaddexp2", logaddexp2_kernel => logaddexp2;
);

/// The libm loop `[y, x, out]` of `arctan2` (float16, through float32).
///
/// # Safety
/// `p`/`s` address `n` elements of `T` each.
pub unsafe fn arctan2_kernel<T: RealMath>(p: &[*mut u8], s: &[isize], n: usize) {
    map2::<T, T, T>(p, s, n, T::atan2)
}

/// Table entry: `arctan2`; float32 and float64 run the vector loops of
/// `kernels::vmath`.
pub const ARCTAN2: OpDef = OpDef {
    name: "arctan2",
    nin: 2,
    nout: 1,
    lookup: |d: &[DType]| {
        if d.len() != 3 || !homogeneous(d) {
            return None;
        }
        vmath::arctan2_kernel(d[0])
            .or_else(|| dispatch_float!(d[0], T => arctan2_kernel::<T> as Kernel))
    },
};

/// Exponent types of `ldexp`: clamped to the C `int` range as NumPy does.
pub trait Exponent: Copy + Send + Sync + 'static {
    fn to_i32(self) -> i32;
}
impl Exponent for i32 {
    fn to_i32(self) -> i32 {
        self
    }
}
impl Exponent for i64 {
    fn to_i32(self) -> i32 {
        self.clamp(i32::MIN as i64, i32::MAX as i64) as i32
    }
}

/// The strided loop `[x (float), n (int), out (float)]` of `ldexp`.
///
/// # Safety
/// `p`/`s` address `n` elements of `[T, E, T]`.
pub unsafe fn ldexp_kernel<T: RealMath, E: Exponent>(p: &[*mut u8], s: &[isize], n: usize) {
    map2::<T, E, T>(p, s, n, |x, e| x.ldexp(e.to_i32()))
}

/// Table entry: `ldexp` loops `ei->e` … `dl->d`.
pub const LDEXP: OpDef = OpDef {
    name: "ldexp",
    nin: 2,
    nout: 1,
    lookup: |d: &[DType]| {
        if d.len() != 3 || d[0] != d[2] {
            return None;
        }
        match d[1] {
            DType::Int32 => dispatch_float!(d[0], T => ldexp_kernel::<T, i32> as Kernel),
            DType::Int64 => dispatch_float!(d[0], T => ldexp_kernel::<T, i64> as Kernel),
            _ => None,
        }
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ldexp_and_nextafter() {
        assert_eq!(1.5f64.ldexp(2), 6.0);
        assert_eq!(1.0f64.ldexp(-1074), f64::from_bits(1));
        assert_eq!(1.0f64.ldexp(-1075), 0.0);
        assert_eq!(
            f64::MIN_POSITIVE.ldexp(2000),
            f64::INFINITY.min(f64::MIN_POSITIVE * 2f64.powi(1023) * 2f64.powi(977))
        );
        assert_eq!(1.0f32.ldexp(-149), f32::from_bits(1));
        assert_eq!(0.0f64.nextafter(-1.0), -f64::from_bits(1));
        assert_eq!(1.0f64.nextafter(2.0), 1.0 + f64::EPSILON);
        assert_eq!(
            cpow64(Complex64::new(0.0, 1.0), Complex64::new(2.0, 0.0)),
            Complex64::new(-1.0, 0.0)
        );
    }
}
