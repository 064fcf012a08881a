//! Integer-style division ufuncs: `floor_divide`, `remainder`, `fmod`,
//! `divmod`, integer `power`, `gcd`, `lcm`.
//!
//! Integers (NumPy's results, warnings aside):
//! * `x // 0`, `x % 0`, `fmod(x, 0)` and `divmod(x, 0)` give 0.
//! * `MIN // -1` wraps to `MIN` (its remainder is 0).
//! * `//` rounds toward −∞ and `%` takes the divisor's sign (Python);
//!   `fmod` truncates and takes the dividend's sign (C).
//! * `power` multiplies by repeated squaring with wrap-around; negative
//!   exponents are rejected before the loop runs (TypeScript layer).
//! * `gcd` is Euclid's algorithm on magnitudes (non-negative, except that
//!   `gcd(MIN, 0)` wraps to `MIN`); `lcm(a, b) = |a| / gcd · |b|`, wrapping.
//!
//! Floats follow NumPy's `npy_divmod`: `mod = fmod(a, b)`, `div = (a −
//! mod) / b`; when `mod` is non-zero and its sign differs from `b`'s, `mod +=
//! b` and `div −= 1`; a zero `mod` takes `b`'s sign; `div` is floored and
//! snapped up when it was more than ½ above the floor; a zero quotient takes
//! the sign of `a / b`. For `b == 0`, `//` is `a / b` and `%` is `fmod(a, 0)`
//! (NaN). float16 computes in float32 and rounds once.

use super::binary_loops::{
    dispatch_int, dispatch_real, homogeneous, homogeneous_binary_entry, homogeneous_binary_ops,
    map2, map2_pair,
};
use crate::dtype::DType;
use crate::fpstatus;
use crate::ufunc::{Kernel, OpDef};
use half::f16;

/// Division with Python's and C's rounding rules, for one element type.
pub trait DivMod: Copy + Send + Sync + 'static {
    fn divmod(self, o: Self) -> (Self, Self);
    /// [`DivMod::divmod`] as the `divmod` ufunc computes it: integer `MIN
    /// divmod -1` also reports an overflow, as `floor_divide` does.
    #[inline(always)]
    fn divmod_ufunc(self, o: Self) -> (Self, Self) {
        self.divmod(o)
    }
    fn floor_div(self, o: Self) -> Self;
    fn remainder(self, o: Self) -> Self;
    fn fmod(self, o: Self) -> Self;
    /// `out[i] = a[i] // d` for `n` contiguous elements with one divisor, if
    /// this type has a faster loop for `d` than dividing element by element
    /// (returns `false`, writing nothing, otherwise).
    ///
    /// # Safety
    /// `a` and `out` address `n` elements (unaligned allowed).
    unsafe fn floor_div_by(_a: *const Self, _d: Self, _out: *mut Self, _n: usize) -> bool {
        false
    }
    /// Whether this is a float type (see [`quiet_nan_flags`]).
    const FLOAT: bool = false;
    /// NaN.
    #[inline(always)]
    fn nan(self) -> bool {
        false
    }
}

macro_rules! int_divmod {
    ($($t:ty),*) => { $(impl DivMod for $t {
        #[inline(always)]
        fn divmod(self, o: Self) -> (Self, Self) {
            if o == 0 {
                // NumPy: "divide by zero encountered in floor_divide/remainder".
                fpstatus::raise(fpstatus::DIVIDE_BY_ZERO);
                return (0, 0);
            }
            let (q, r) = (self.wrapping_div(o), self.wrapping_rem(o));
            // Adjust toward −∞ when the remainder's sign differs from the divisor's.
            #[allow(unused_comparisons)]
            if r != 0 && ((r < 0) != (o < 0)) {
                (q.wrapping_sub(1), r.wrapping_add(o))
            } else {
                (q, r)
            }
        }
        #[inline(always)] fn divmod_ufunc(self, o: Self) -> (Self, Self) {
            // MIN divmod -1 wraps to (MIN, 0); NumPy reports it as an overflow.
            if o != 0 && self.checked_div(o).is_none() {
                fpstatus::raise(fpstatus::OVERFLOW);
            }
            self.divmod(o)
        }
        #[inline(always)] fn floor_div(self, o: Self) -> Self {
            // MIN // -1 wraps to MIN; NumPy reports it as an overflow.
            self.divmod_ufunc(o).0
        }
        #[inline(always)] fn remainder(self, o: Self) -> Self { self.divmod(o).1 }
        #[inline(always)] fn fmod(self, o: Self) -> Self {
            if o == 0 {
                fpstatus::raise(fpstatus::DIVIDE_BY_ZERO);
                0
            } else {
                self.wrapping_rem(o)
            }
        }
        unsafe fn floor_div_by(a: *const Self, d: Self, out: *mut Self, n: usize) -> bool {
            <$t as ReducedDivisor>::floor_div_by(a, d, out, n)
        }
    })* };
}
int_divmod!(i8, i16, i32, i64, u8, u16, u32, u64);

/// Floor division by one positive divisor through `quickdiv` (libdivide's
/// method: one multiply-high and shifts per element instead of a hardware
/// division, as NumPy's `floor_divide` does with libdivide itself). For signed `a < 0` the
/// quotient of the magnitudes is negated and, when the division is
/// inexact, lowered by one: `⌊a/d⌋ = −⌈|a|/d⌉`. Zero and negative divisors
/// (flags, `MIN // -1`) take the element loop.
trait ReducedDivisor: Sized {
    unsafe fn floor_div_by(_a: *const Self, _d: Self, _out: *mut Self, _n: usize) -> bool {
        false
    }
}
impl ReducedDivisor for i8 {}
impl ReducedDivisor for i16 {}
impl ReducedDivisor for u8 {}
impl ReducedDivisor for u16 {}

macro_rules! reduced_divisor {
    ($($t:ty => $u:ty, $r:ty, $signed:expr);* $(;)?) => { $(impl ReducedDivisor for $t {
        unsafe fn floor_div_by(a: *const $t, d: $t, out: *mut $t, n: usize) -> bool {
            #[allow(unused_comparisons)]
            if d <= 0 {
                return false;
            }
            let r = <$r>::new(d as $u);
            for i in 0..n {
                let x = std::ptr::read_unaligned(a.add(i));
                #[allow(unused_comparisons)]
                let q = if $signed && x < 0 {
                    let m = (x as $u).wrapping_neg();
                    let q = r.div_of(m);
                    let exact = q.wrapping_mul(d as $u) == m;
                    (q.wrapping_add((!exact) as $u) as $t).wrapping_neg()
                } else {
                    r.div_of(x as $u) as $t
                };
                std::ptr::write_unaligned(out.add(i), q);
            }
            true
        }
    })* };
}
reduced_divisor!(
    i32 => u32, quickdiv::DivisorU32, true;
    i64 => u64, quickdiv::DivisorU64, true;
    u32 => u32, quickdiv::DivisorU32, false;
    u64 => u64, quickdiv::DivisorU64, false;
);

macro_rules! float_divmod {
    ($($t:ty),*) => { $(impl DivMod for $t {
        #[inline(always)]
        fn divmod(self, b: Self) -> (Self, Self) {
            let a = self;
            if a.is_nan() | b.is_nan() {
                // NumPy's quiet comparisons let a NaN through without
                // "invalid"; the ordered ones below (vectorised, they may
                // signal) must not see it. (The first NaN, as x86 returns it.)
                let nan = a + b;
                return (nan, nan);
            }
            let mut m = a % b;
            if b == 0.0 {
                return (a / b, m);
            }
            let mut div = (a - m) / b;
            if m != 0.0 {
                if (b < 0.0) != (m < 0.0) {
                    m += b;
                    div -= 1.0;
                }
            } else {
                m = (0.0 as $t).copysign(b);
            }
            let q = if div != 0.0 {
                let f = div.floor();
                if div - f > 0.5 { f + 1.0 } else { f }
            } else {
                (0.0 as $t).copysign(a / b)
            };
            (q, m)
        }
        #[inline(always)]
        fn floor_div(self, b: Self) -> Self {
            if b == 0.0 { self / b } else { self.divmod(b).0 }
        }
        #[inline(always)]
        fn remainder(self, b: Self) -> Self {
            if b == 0.0 { self % b } else { self.divmod(b).1 }
        }
        #[inline(always)] fn fmod(self, b: Self) -> Self { self % b }
        const FLOAT: bool = true;
        #[inline(always)] fn nan(self) -> bool { self.is_nan() }
    })* };
}
float_divmod!(f32, f64);

impl DivMod for f16 {
    #[inline(always)]
    fn divmod(self, o: Self) -> (Self, Self) {
        let (q, r) = self.to_f32().divmod(o.to_f32());
        (f16::from_f32(q), f16::from_f32(r))
    }
    #[inline(always)]
    fn floor_div(self, o: Self) -> Self {
        f16::from_f32(self.to_f32().floor_div(o.to_f32()))
    }
    #[inline(always)]
    fn remainder(self, o: Self) -> Self {
        f16::from_f32(self.to_f32().remainder(o.to_f32()))
    }
    #[inline(always)]
    fn fmod(self, o: Self) -> Self {
        f16::from_f32(self.to_f32() % o.to_f32())
    }
    const FLOAT: bool = true;
    #[inline(always)]
    fn nan(self) -> bool {
        self.is_nan()
    }
}

/// Integer-only ops: power, gcd, lcm.
pub trait IntOps: Copy + Send + Sync + 'static {
    fn ipow(self, e: Self) -> Self;
    fn gcd(self, o: Self) -> Self;
    fn lcm(self, o: Self) -> Self;
}

macro_rules! int_ops {
    ($($t:ty => $u:ty),*) => { $(impl IntOps for $t {
        #[inline(always)]
        #[allow(unused_comparisons)]
        fn ipow(self, e: Self) -> Self {
            if e <= 0 {
                // 0 for negative exponents (rejected before the loop runs).
                return if e == 0 { 1 } else { 0 };
            }
            let (mut base, mut e, mut acc): ($t, $t, $t) = (self, e, 1);
            loop {
                if e & 1 == 1 {
                    acc = acc.wrapping_mul(base);
                }
                e >>= 1;
                if e == 0 {
                    return acc;
                }
                base = base.wrapping_mul(base);
            }
        }
        #[inline(always)]
        fn gcd(self, o: Self) -> Self {
            gcd_u(self.unsigned_abs() as $u, o.unsigned_abs() as $u) as $t
        }
        #[inline(always)]
        fn lcm(self, o: Self) -> Self {
            let (a, b) = (self.unsigned_abs() as $u, o.unsigned_abs() as $u);
            let g = gcd_u(a, b);
            if g == 0 { 0 } else { (a / g).wrapping_mul(b) as $t }
        }
    })* };
}

/// `unsigned_abs` for unsigned types is the identity.
trait UnsignedAbs {
    type U;
    fn unsigned_abs(self) -> Self::U;
}
macro_rules! unsigned_abs_id {
    ($($t:ty),*) => { $(impl UnsignedAbs for $t {
        type U = $t;
        #[inline(always)] fn unsigned_abs(self) -> $t { self }
    })* };
}
unsigned_abs_id!(u8, u16, u32, u64);

int_ops!(i8 => u8, i16 => u16, i32 => u32, i64 => u64, u8 => u8, u16 => u16, u32 => u32, u64 => u64);

/// Euclid's algorithm.
#[inline(always)]
fn gcd_u<U: Copy + PartialEq + std::ops::Rem<Output = U> + Default>(mut a: U, mut b: U) -> U {
    let zero = U::default();
    while a != zero {
        let c = a;
        a = b % a;
        b = c;
    }
    b
}

homogeneous_binary_ops!(DivMod, dispatch_real;
    FMOD, "fmod", fmod_kernel => fmod;
);

/// Runs `run`, a float division loop of `f` over `[a, b, …]`, with NumPy's
/// flags. NumPy's loops test operands with quiet comparisons, so a NaN
/// operand raises nothing; the compiled loops here may signal "invalid" for
/// one (ordered compares, vectorised or hoisted). So when `run` raised
/// "invalid" and a pair holds a NaN, the flags are recomputed from `f` over
/// the pairs without NaN (each opaque to the optimiser), before `run` when
/// it writes over an input ([`fpstatus::rechecked`]). Flags already up are
/// kept.
///
/// # Safety
/// `p`/`s` address `n` elements of `T` for operands 0 and 1.
unsafe fn quiet_nan_flags<T: DivMod, R>(
    p: &[*mut u8],
    s: &[isize],
    n: usize,
    run: impl FnOnce(),
    f: impl Fn(T, T) -> R,
) {
    if !T::FLOAT {
        return run();
    }
    let pair = |i: usize| {
        let a = std::ptr::read_unaligned(p[0].offset(s[0] * i as isize) as *const T);
        let b = std::ptr::read_unaligned(p[1].offset(s[1] * i as isize) as *const T);
        (a, b)
    };
    let recheck = |raised: u32| {
        let has_nan = || {
            (0..n).any(|i| {
                let (a, b) = pair(i);
                a.nan() | b.nan()
            })
        };
        if raised & fpstatus::INVALID == 0 || !has_nan() {
            return None;
        }
        for i in 0..n {
            let (a, b) = pair(i);
            if !(a.nan() | b.nan()) {
                std::hint::black_box(f(std::hint::black_box(a), std::hint::black_box(b)));
            }
        }
        Some(fpstatus::take())
    };
    fpstatus::rechecked(fpstatus::output_aliases_input(p, 2), run, recheck);
}

/// The strided loop `[a, b, out]` of `remainder` for `T`.
///
/// # Safety
/// `p`/`s` address `n` elements of `T` each.
pub unsafe fn remainder_kernel<T: DivMod>(p: &[*mut u8], s: &[isize], n: usize) {
    quiet_nan_flags::<T, T>(
        p,
        s,
        n,
        || map2::<T, T, T>(p, s, n, T::remainder),
        T::remainder,
    )
}

homogeneous_binary_entry!(dispatch_real; REMAINDER, "remainder", remainder_kernel);
homogeneous_binary_ops!(IntOps, dispatch_int;
    GCD, "gcd", gcd_kernel => gcd;
    LCM, "lcm", lcm_kernel => lcm;
);

/// The strided loop `[a, b, out]` of `floor_divide` for `T`: a contiguous
/// run divided by one scalar takes [`DivMod::floor_div_by`] when `T` has it.
///
/// # Safety
/// `p`/`s` address `n` elements of `T` each.
pub unsafe fn floor_divide_kernel<T: DivMod>(p: &[*mut u8], s: &[isize], n: usize) {
    let size = std::mem::size_of::<T>() as isize;
    if s[1] == 0 && s[0] == size && s[2] == size && n >= 8 {
        let d = std::ptr::read_unaligned(p[1] as *const T);
        if T::floor_div_by(p[0] as *const T, d, p[2] as *mut T, n) {
            return;
        }
    }
    quiet_nan_flags::<T, T>(
        p,
        s,
        n,
        || map2::<T, T, T>(p, s, n, T::floor_div),
        T::floor_div,
    )
}

homogeneous_binary_entry!(dispatch_real; FLOOR_DIVIDE, "floor_divide", floor_divide_kernel);

/// The strided loop `[a, b, out]` of integer `power` for `T` (the `power`
/// entry in `binary_math` uses it for its integer loops).
///
/// # Safety
/// `p`/`s` address `n` elements of `T` each.
pub unsafe fn int_power_kernel<T: IntOps>(p: &[*mut u8], s: &[isize], n: usize) {
    map2::<T, T, T>(p, s, n, T::ipow)
}

/// The strided loop `[a, b, quotient, remainder]` of `divmod` for `T`.
///
/// # Safety
/// `p`/`s` address `n` elements of `T` each.
pub unsafe fn divmod_kernel<T: DivMod>(p: &[*mut u8], s: &[isize], n: usize) {
    quiet_nan_flags::<T, (T, T)>(
        p,
        s,
        n,
        || map2_pair::<T>(p, s, n, T::divmod_ufunc),
        T::divmod_ufunc,
    )
}

/// Table entry: `TT->TT`.
pub const DIVMOD: OpDef = OpDef {
    name: "divmod",
    nin: 2,
    nout: 2,
    lookup: |d: &[DType]| {
        if d.len() != 4 || !homogeneous(d) {
            return None;
        }
        dispatch_real!(d[0], T => divmod_kernel::<T> as Kernel)
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    /// The strength-reduced loop equals the element loop (Python's floor
    /// rounding) on random dividends and divisors of every width it serves.
    #[test]
    fn reduced_divisor_matches_element_division() {
        let mut s = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        };
        macro_rules! check {
            ($t:ty) => {
                for _ in 0..2000 {
                    let raw = next();
                    let d = ((raw >> (raw % 64)) as $t).max(1);
                    let mut x: Vec<$t> = (0..64).map(|_| next() as $t).collect();
                    x.extend([<$t>::MIN, <$t>::MAX, 0, 1, d, d.wrapping_sub(1)]);
                    let mut out = vec![0 as $t; x.len()];
                    assert!(unsafe {
                        <$t as DivMod>::floor_div_by(x.as_ptr(), d, out.as_mut_ptr(), x.len())
                    });
                    for (a, q) in x.iter().zip(&out) {
                        assert_eq!(*q, a.floor_div(d), "{} // {}", a, d);
                    }
                }
            };
        }
        check!(i32);
        check!(i64);
        check!(u32);
        check!(u64);
    }

    #[test]
    fn python_rounding() {
        assert_eq!((-7i32).divmod(2), (-4, 1));
        assert_eq!(7i32.divmod(-2), (-4, -1));
        assert_eq!(i8::MIN.divmod(-1), (i8::MIN, 0));
        assert_eq!(5u8.divmod(0), (0, 0));
        assert_eq!((-7.0f64).divmod(2.0), (-4.0, 1.0));
        assert_eq!(3i64.ipow(3), 27);
        assert_eq!(i64::MIN.gcd(6), 2);
        assert_eq!((-128i8).lcm(6), -128);
    }
}
