//! Comparison, logical and extremum ufuncs: `equal`, `not_equal`, `less`,
//! `less_equal`, `greater`, `greater_equal`, `logical_and/or/xor`,
//! `maximum`, `minimum`, `fmax`, `fmin`, `clip`.
//!
//! * Comparisons produce bool. Complex values compare lexicographically as
//!   NumPy does: `x <= y` is `(xr < yr && xi, yi not NaN) || (xr == yr &&
//!   xi <= yi)`, so a NaN in either part makes the ordering false; and as
//!   in NumPy their orderings report "invalid" for a NaN part they compare
//!   (the real loops, like NumPy's, report nothing).
//! * `int64` against `uint64` compares exactly (NumPy's `qQ->?`/`Qq->?`
//!   loops) instead of through float64.
//! * bool elements compare by truth value (any non-zero byte is True).
//! * float16 compares through float32 (exact).
//! * `maximum`/`minimum` propagate NaN (the first NaN operand wins);
//!   `fmax`/`fmin` ignore a NaN unless both are NaN. For complex, "NaN" is
//!   a NaN in either part. bool `maximum` is or, `minimum` is and.
//! * Logical ops use truth values: non-zero (NaN is non-zero; a complex value
//!   is non-zero when either part is).

use super::binary_loops::{homogeneous, map2};
use crate::dtype::{with_dtype, Bool8, DType};
use crate::fpstatus;
use crate::ufunc::{Kernel, OpDef};
use half::f16;
use num_complex::{Complex32, Complex64};

/// Ordering and truth of one element type, as NumPy's comparison loops see it.
pub trait Compare: Copy + Send + Sync + 'static {
    fn lt(self, o: Self) -> bool;
    fn le(self, o: Self) -> bool;
    fn eq(self, o: Self) -> bool;
    /// Non-zero.
    fn truth(self) -> bool;
    /// NaN (in either part, for complex).
    fn has_nan(self) -> bool;
    /// Whether `maximum`/`minimum` of equal values (±0) return the second
    /// operand, as NumPy's SIMD float32/float64 loops do.
    const TIE_SECOND: bool = false;
    /// Whether ordering two elements can signal "invalid" in NumPy's loop
    /// (see [`Compare::order_signals`]).
    const ORDER_SIGNALS: bool = false;
    /// Whether NumPy's loop raises "invalid" ordering `self` against `o`
    /// (either way round): its complex loops compare the parts with C's
    /// `<`/`<=`, which signal for a NaN, the real parts always and the
    /// imaginary parts when the real parts are equal. (The real loops clear
    /// the status instead.)
    #[inline(always)]
    fn order_signals(self, _o: Self) -> bool {
        false
    }
    /// The canonical element (a bool result is 0 or 1).
    #[inline(always)]
    fn norm(self) -> Self {
        self
    }
}

macro_rules! int_compare {
    ($($t:ty),*) => { $(impl Compare for $t {
        #[inline(always)] fn lt(self, o: Self) -> bool { self < o }
        #[inline(always)] fn le(self, o: Self) -> bool { self <= o }
        #[inline(always)] fn eq(self, o: Self) -> bool { self == o }
        #[inline(always)] fn truth(self) -> bool { self != 0 }
        #[inline(always)] fn has_nan(self) -> bool { false }
    })* };
}
int_compare!(i8, i16, i32, i64, u8, u16, u32, u64);

macro_rules! float_compare {
    ($($t:ty),*) => { $(impl Compare for $t {
        #[inline(always)] fn lt(self, o: Self) -> bool { self < o }
        #[inline(always)] fn le(self, o: Self) -> bool { self <= o }
        #[inline(always)] fn eq(self, o: Self) -> bool { self == o }
        #[inline(always)] fn truth(self) -> bool { self != 0.0 }
        #[inline(always)] fn has_nan(self) -> bool { self.is_nan() }
        const TIE_SECOND: bool = true;
    })* };
}
float_compare!(f32, f64);

impl Compare for f16 {
    #[inline(always)]
    fn lt(self, o: Self) -> bool {
        self.to_f32() < o.to_f32()
    }
    #[inline(always)]
    fn le(self, o: Self) -> bool {
        self.to_f32() <= o.to_f32()
    }
    #[inline(always)]
    fn eq(self, o: Self) -> bool {
        self.to_f32() == o.to_f32()
    }
    #[inline(always)]
    fn truth(self) -> bool {
        self.to_f32() != 0.0
    }
    #[inline(always)]
    fn has_nan(self) -> bool {
        self.is_nan()
    }
}

impl Compare for Bool8 {
    #[inline(always)]
    fn lt(self, o: Self) -> bool {
        !self.get() & o.get()
    }
    #[inline(always)]
    fn le(self, o: Self) -> bool {
        !self.get() | o.get()
    }
    #[inline(always)]
    fn eq(self, o: Self) -> bool {
        self.get() == o.get()
    }
    #[inline(always)]
    fn truth(self) -> bool {
        self.get()
    }
    #[inline(always)]
    fn has_nan(self) -> bool {
        false
    }
    #[inline(always)]
    fn norm(self) -> Self {
        Bool8::from(self.get())
    }
}

macro_rules! complex_compare {
    ($($c:ty),*) => { $(impl Compare for $c {
        #[inline(always)] fn lt(self, o: Self) -> bool {
            (self.re < o.re && !self.im.is_nan() && !o.im.is_nan()) || (self.re == o.re && self.im < o.im)
        }
        #[inline(always)] fn le(self, o: Self) -> bool {
            (self.re < o.re && !self.im.is_nan() && !o.im.is_nan()) || (self.re == o.re && self.im <= o.im)
        }
        #[inline(always)] fn eq(self, o: Self) -> bool { self.re == o.re && self.im == o.im }
        #[inline(always)] fn truth(self) -> bool { self.re != 0.0 || self.im != 0.0 }
        #[inline(always)] fn has_nan(self) -> bool { self.re.is_nan() || self.im.is_nan() }
        const ORDER_SIGNALS: bool = true;
        #[inline(always)] fn order_signals(self, o: Self) -> bool {
            self.re.is_nan() | o.re.is_nan() | ((self.re == o.re) & (self.im.is_nan() | o.im.is_nan()))
        }
    })* };
}
complex_compare!(Complex32, Complex64);

/// Runs `map` (an ordering loop over `[a, b, out]`) with the flags it
/// raises replaced by NumPy's: "invalid" when some pair signals (see
/// [`Compare::order_signals`]). Flags already up are kept.
///
/// # Safety
/// `p`/`s` address `n` elements of `[T, T, Bool8]`.
unsafe fn ordering<T: Compare>(p: &[*mut u8], s: &[isize], n: usize, map: impl FnOnce()) {
    if !T::ORDER_SIGNALS {
        return map();
    }
    let kept = fpstatus::take();
    map();
    fpstatus::take();
    let (mut a, mut b, mut signals) = (p[0] as *const u8, p[1] as *const u8, false);
    for _ in 0..n {
        let x = std::ptr::read_unaligned(a as *const T);
        let y = std::ptr::read_unaligned(b as *const T);
        signals |= x.order_signals(y);
        a = a.offset(s[0]);
        b = b.offset(s[1]);
    }
    fpstatus::raise(kept | if signals { fpstatus::INVALID } else { 0 });
}

macro_rules! bool_ops {
    ($($def:ident, $name:literal, $kernel:ident, $ordering:literal, |$a:ident, $b:ident| $e:expr);* $(;)?) => { $(
        /// The strided loop `[a, b, out(bool)]` of this op for `T`.
        ///
        /// # Safety
        /// `p`/`s` address `n` elements of `[T, T, Bool8]`.
        pub unsafe fn $kernel<T: Compare>(p: &[*mut u8], s: &[isize], n: usize) {
            let map = || map2::<T, T, Bool8>(p, s, n, |$a, $b| Bool8::from($e));
            if $ordering {
                ordering::<T>(p, s, n, map)
            } else {
                map()
            }
        }

        /// Table entry: `TT->?` for every dtype.
        pub const $def: OpDef = OpDef {
            name: $name,
            nin: 2,
            nout: 1,
            lookup: |d: &[DType]| {
                if d.len() != 3 || d[2] != DType::Bool {
                    return None;
                }
                if d[0] == d[1] {
                    return Some(with_dtype!(d[0], T => $kernel::<T> as Kernel));
                }
                mixed_lookup(d, $name)
            },
        };
    )* };
}
bool_ops!(
    EQUAL, "equal", equal_kernel, false, |a, b| a.eq(b);
    NOT_EQUAL, "not_equal", not_equal_kernel, false, |a, b| !a.eq(b);
    LESS, "less", less_kernel, true, |a, b| a.lt(b);
    LESS_EQUAL, "less_equal", less_equal_kernel, true, |a, b| a.le(b);
    GREATER, "greater", greater_kernel, true, |a, b| b.lt(a);
    GREATER_EQUAL, "greater_equal", greater_equal_kernel, true, |a, b| b.le(a);
    LOGICAL_AND, "logical_and", logical_and_kernel, false, |a, b| a.truth() & b.truth();
    LOGICAL_OR, "logical_or", logical_or_kernel, false, |a, b| a.truth() | b.truth();
    LOGICAL_XOR, "logical_xor", logical_xor_kernel, false, |a, b| a.truth() ^ b.truth();
);

/// Exact int64/uint64 comparisons (`lL->?`, `Ll->?`), through i128.
fn mixed_lookup(d: &[DType], name: &str) -> Option<Kernel> {
    macro_rules! pick {
        ($a:ty, $b:ty) => {{
            unsafe fn k<A: Into<i128> + Copy, B: Into<i128> + Copy>(
                p: &[*mut u8],
                s: &[isize],
                n: usize,
                f: fn(i128, i128) -> bool,
            ) {
                map2::<A, B, Bool8>(p, s, n, |a, b| Bool8::from(f(a.into(), b.into())))
            }
            let kernel: Kernel = match name {
                "equal" => |p, s, n| unsafe { k::<$a, $b>(p, s, n, |a, b| a == b) },
                "not_equal" => |p, s, n| unsafe { k::<$a, $b>(p, s, n, |a, b| a != b) },
                "less" => |p, s, n| unsafe { k::<$a, $b>(p, s, n, |a, b| a < b) },
                "less_equal" => |p, s, n| unsafe { k::<$a, $b>(p, s, n, |a, b| a <= b) },
                "greater" => |p, s, n| unsafe { k::<$a, $b>(p, s, n, |a, b| a > b) },
                "greater_equal" => |p, s, n| unsafe { k::<$a, $b>(p, s, n, |a, b| a >= b) },
                _ => return None,
            };
            Some(kernel)
        }};
    }
    match (d[0], d[1]) {
        (DType::Int64, DType::UInt64) => pick!(i64, u64),
        (DType::UInt64, DType::Int64) => pick!(u64, i64),
        _ => None,
    }
}

/// NaN-aware extrema of one element type.
pub trait Extremum: Compare {
    // (`|`, not `||`: every test is evaluated, so the loops vectorise
    // into compares and a blend; these ops clear the status anyway.)
    #[inline(always)]
    fn maximum(self, o: Self) -> Self {
        if self.has_nan() | o.lt(self) | (!Self::TIE_SECOND && o.le(self)) {
            self
        } else {
            o
        }
    }
    #[inline(always)]
    fn minimum(self, o: Self) -> Self {
        if self.has_nan() | self.lt(o) | (!Self::TIE_SECOND && self.le(o)) {
            self
        } else {
            o
        }
    }
    #[inline(always)]
    fn fmax(self, o: Self) -> Self {
        if o.le(self) | o.has_nan() {
            self
        } else {
            o
        }
    }
    #[inline(always)]
    fn fmin(self, o: Self) -> Self {
        if self.le(o) | o.has_nan() {
            self
        } else {
            o
        }
    }
}
impl<T: Compare> Extremum for T {}

macro_rules! extremum_ops {
    ($($def:ident, $name:literal, $kernel:ident => $m:ident);* $(;)?) => { $(
        /// The strided loop `[a, b, out]` of this op for `T`.
        ///
        /// # Safety
        /// `p`/`s` address `n` elements of `T` each.
        pub unsafe fn $kernel<T: Extremum>(p: &[*mut u8], s: &[isize], n: usize) {
            map2::<T, T, T>(p, s, n, |a, b| T::$m(a, b).norm())
        }

        /// Table entry: `TT->T` for every dtype.
        pub const $def: OpDef = OpDef {
            name: $name,
            nin: 2,
            nout: 1,
            lookup: |d: &[DType]| {
                (d.len() == 3 && homogeneous(d)).then(|| with_dtype!(d[0], T => $kernel::<T> as Kernel))
            },
        };
    )* };
}
extremum_ops!(
    MAXIMUM, "maximum", maximum_kernel => maximum;
    MINIMUM, "minimum", minimum_kernel => minimum;
    FMAX, "fmax", fmax_kernel => fmax;
    FMIN, "fmin", fmin_kernel => fmin;
);

/// One element of `clip(x, lo, hi)` with array bounds, as NumPy's clip loop
/// computes it: `min'(max'(x, lo), hi)` with `max'(a, b) = a` when `a` is
/// NaN, else `a > b ? a : b` (`min'` likewise with `<`). A NaN in `x` or a
/// bound propagates, and on ties (`±0`) the bound is taken.
#[inline(always)]
pub fn clip_one<T: Compare>(x: T, lo: T, hi: T) -> T {
    let t = if x.has_nan() || lo.lt(x) { x } else { lo };
    if t.has_nan() || t.lt(hi) {
        t
    } else {
        hi
    }
}

/// One element of `clip(x, lo, hi)` with scalar (stride-0) bounds, NumPy's
/// fast path: `x` unless it is below `lo` or above `hi` (so on ties `x` is
/// kept); a NaN `x` stays. NaN bounds are handled by the caller.
#[inline(always)]
fn clip_scalar<T: Compare>(x: T, lo: T, hi: T) -> T {
    let t = if x.lt(lo) { lo } else { x };
    if hi.lt(t) {
        hi
    } else {
        t
    }
}

/// The strided loop `[x, lo, hi, out]` of `clip` for `T`. Scalar bounds
/// (both strides 0) take NumPy's fast-path semantics: a NaN bound makes
/// every element NaN, and ties keep `x`; array bounds follow [`clip_one`].
///
/// # Safety
/// `p`/`s` address `n` elements of `T` in each operand; `out` may be `x`.
pub unsafe fn clip_kernel<T: Compare>(p: &[*mut u8], s: &[isize], n: usize) {
    let (mut x, mut lo, mut hi, mut o) = (p[0], p[1], p[2], p[3]);
    if s[1] == 0 && s[2] == 0 {
        let (l, h) = (
            std::ptr::read_unaligned(lo as *const T),
            std::ptr::read_unaligned(hi as *const T),
        );
        let nan = if l.has_nan() {
            Some(l)
        } else if h.has_nan() {
            Some(h)
        } else {
            None
        };
        let sz = std::mem::size_of::<T>() as isize;
        let aligned = [x, o]
            .iter()
            .all(|&q| (q as usize).is_multiple_of(std::mem::align_of::<T>()));
        if nan.is_none() && aligned && s[0] == sz && s[3] == sz {
            let (xs, os) = (x as *const T, o as *mut T);
            for i in 0..n {
                *os.add(i) = clip_scalar(*xs.add(i), l, h).norm();
            }
            return;
        }
        for _ in 0..n {
            let r =
                nan.unwrap_or_else(|| clip_scalar(std::ptr::read_unaligned(x as *const T), l, h));
            std::ptr::write_unaligned(o as *mut T, r.norm());
            x = x.offset(s[0]);
            o = o.offset(s[3]);
        }
        return;
    }
    for _ in 0..n {
        let r = clip_one(
            std::ptr::read_unaligned(x as *const T),
            std::ptr::read_unaligned(lo as *const T),
            std::ptr::read_unaligned(hi as *const T),
        );
        std::ptr::write_unaligned(o as *mut T, r.norm());
        x = x.offset(s[0]);
        lo = lo.offset(s[1]);
        hi = hi.offset(s[2]);
        o = o.offset(s[3]);
    }
}

/// Table entry: `TTT->T` for every dtype.
pub const CLIP: OpDef = OpDef {
    name: "clip",
    nin: 3,
    nout: 1,
    lookup: |d: &[DType]| {
        (d.len() == 4 && homogeneous(d)).then(|| with_dtype!(d[0], T => clip_kernel::<T> as Kernel))
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complex_order_and_nan() {
        let c = Complex64::new;
        assert!(c(1.0, -1.0).lt(c(1.0, 0.0)));
        assert!(!c(0.0, f64::NAN).lt(c(1.0, 0.0)));
        assert!(c(f64::NAN, 1.0).maximum(c(0.0, 0.0)).re.is_nan());
        assert_eq!(c(f64::NAN, 1.0).fmax(c(0.0, 0.0)), c(0.0, 0.0));
        assert!(Bool8(2).eq(Bool8(1)));
    }

    #[test]
    fn mixed_signedness_is_exact() {
        let k = (LESS.lookup)(&[DType::Int64, DType::UInt64, DType::Bool]).unwrap();
        let (a, b, mut o) = ([-1i64], [u64::MAX], [Bool8(0)]);
        unsafe {
            k(
                &[
                    a.as_ptr() as *mut u8,
                    b.as_ptr() as *mut u8,
                    o.as_mut_ptr() as *mut u8,
                ],
                &[8, 8, 1],
                1,
            )
        };
        assert_eq!(o[0], Bool8::TRUE);
    }
}
