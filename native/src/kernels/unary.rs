//! Unary ufuncs (one input; one output, or two for `frexp`/`modf`): the
//! strided loops, the op codes, and the table rows.
//!
//! An op is a `const` code; kernels are generic over the element type and
//! the code (`kernel::<T, OP>`), so each (type, op) pair compiles to its own
//! loop with the operation inlined. [`UnaryLoops`] says, per element type,
//! which loops exist (NumPy's `ufunc.types` for that input type) and with
//! which output types; the element math lives in the family modules
//! (`unary_arith`, `unary_math`, `complex_math`, `predicates`).

use crate::dtype::{with_dtype, Bool8, DType, Element};
use crate::fpstatus;
use crate::kernels::binary_loops::contiguous;
use crate::kernels::complex_math::ComplexMath;
use crate::kernels::complex_product;
use crate::kernels::predicates::{Predicates, Truthy};
use crate::kernels::unary_arith::{IntOps, UnaryArith};
use crate::kernels::unary_math::RealMath;
use crate::kernels::vmath::VecMath;
use crate::ufunc::{Kernel, OpDef};
use half::f16;
use num_complex::{Complex32, Complex64};

/// Op codes (private to the native side; TypeScript names ops by string).
pub mod ops {
    pub const NEGATIVE: u8 = 0;
    pub const POSITIVE: u8 = 1;
    pub const ABSOLUTE: u8 = 2;
    pub const SIGN: u8 = 3;
    pub const RECIPROCAL: u8 = 4;
    pub const SQUARE: u8 = 5;
    pub const CONJUGATE: u8 = 6;
    pub const INVERT: u8 = 7;
    pub const BITWISE_COUNT: u8 = 8;
    pub const LOGICAL_NOT: u8 = 9;
    pub const SQRT: u8 = 10;
    pub const CBRT: u8 = 11;
    pub const EXP: u8 = 12;
    pub const EXP2: u8 = 13;
    pub const EXPM1: u8 = 14;
    pub const LOG: u8 = 15;
    pub const LOG2: u8 = 16;
    pub const LOG10: u8 = 17;
    pub const LOG1P: u8 = 18;
    pub const SIN: u8 = 19;
    pub const COS: u8 = 20;
    pub const TAN: u8 = 21;
    pub const ARCSIN: u8 = 22;
    pub const ARCCOS: u8 = 23;
    pub const ARCTAN: u8 = 24;
    pub const SINH: u8 = 25;
    pub const COSH: u8 = 26;
    pub const TANH: u8 = 27;
    pub const ARCSINH: u8 = 28;
    pub const ARCCOSH: u8 = 29;
    pub const ARCTANH: u8 = 30;
    pub const DEG2RAD: u8 = 31;
    pub const RAD2DEG: u8 = 32;
    pub const FABS: u8 = 33;
    pub const SPACING: u8 = 34;
    pub const FLOOR: u8 = 35;
    pub const CEIL: u8 = 36;
    pub const TRUNC: u8 = 37;
    pub const RINT: u8 = 38;
    pub const ISNAN: u8 = 39;
    pub const ISINF: u8 = 40;
    pub const ISFINITE: u8 = 41;
    pub const SIGNBIT: u8 = 42;
    pub const FREXP: u8 = 43;
    pub const MODF: u8 = 44;
    pub const ANGLE: u8 = 45;
}
use ops::*;

/// A 1-D strided loop over `[x, out]` applying `f`.
///
/// # Safety
/// `p`/`s` must address `n` valid elements of `I` (input) and `O` (output);
/// the output may be the input itself (in-place), so no slices are formed.
#[inline(always)]
pub unsafe fn unary_loop<I: Copy, O: Copy>(
    p: &[*mut u8],
    s: &[isize],
    n: usize,
    f: impl Fn(I) -> O,
) {
    let (x, o) = (p[0], p[1]);
    let aligned = (x as usize).is_multiple_of(std::mem::align_of::<I>())
        && (o as usize).is_multiple_of(std::mem::align_of::<O>());
    if aligned
        && s[0] == std::mem::size_of::<I>() as isize
        && s[1] == std::mem::size_of::<O>() as isize
    {
        // The binary contiguous loop with a unit second operand read once:
        // compiled for the CPU's best vector width (`kernels::simd`), so
        // `floor`/`rint`/`abs`/`isnan`… use AVX2/AVX-512 instructions.
        let (x, o) = (x as *const I, o as *mut O);
        contiguous::<I, (), O, _, false, true>(x, &(), o, n, |v, ()| f(v));
        return;
    }
    let (mut x, mut o) = (x, o);
    for _ in 0..n {
        std::ptr::write_unaligned(o as *mut O, f(std::ptr::read_unaligned(x as *const I)));
        x = x.offset(s[0]);
        o = o.offset(s[1]);
    }
}

/// A 1-D strided loop over `[x, out1, out2]` applying `f`.
///
/// # Safety
/// As [`unary_loop`], for three operands.
#[inline(always)]
pub unsafe fn unary2_loop<I: Copy, O1: Copy, O2: Copy>(
    p: &[*mut u8],
    s: &[isize],
    n: usize,
    f: impl Fn(I) -> (O1, O2),
) {
    let (mut x, mut a, mut b) = (p[0], p[1], p[2]);
    for _ in 0..n {
        let (u, v) = f(std::ptr::read_unaligned(x as *const I));
        std::ptr::write_unaligned(a as *mut O1, u);
        std::ptr::write_unaligned(b as *mut O2, v);
        x = x.offset(s[0]);
        a = a.offset(s[1]);
        b = b.offset(s[2]);
    }
}

/// `out = x` (identity loops: `positive`, integer `floor`, real `conjugate`…).
unsafe fn copy_kernel<T: Copy>(p: &[*mut u8], s: &[isize], n: usize) {
    unary_loop::<T, T>(p, s, n, |x| x)
}

/// The same-type arithmetic ops (`negative`, `square`, …).
unsafe fn arith_kernel<T: UnaryArith, const OP: u8>(p: &[*mut u8], s: &[isize], n: usize) {
    unary_loop::<T, T>(p, s, n, T::arith::<OP>)
}

/// `logical_not`: `x == 0`, to bool.
unsafe fn not_kernel<T: Truthy>(p: &[*mut u8], s: &[isize], n: usize) {
    unary_loop::<T, Bool8>(p, s, n, |x| Bool8::from(!x.truthy()))
}

/// `isnan`, `isinf`, `isfinite`, `signbit`, to bool.
unsafe fn predicate_kernel<T: Predicates, const OP: u8>(p: &[*mut u8], s: &[isize], n: usize) {
    unary_loop::<T, Bool8>(p, s, n, |x| Bool8::from(x.test::<OP>()))
}

/// `bitwise_count`: population count of |x|, to uint8.
unsafe fn popcount_kernel<T: IntOps>(p: &[*mut u8], s: &[isize], n: usize) {
    unary_loop::<T, u8>(p, s, n, T::popcount)
}

/// Float math of one real type (`sqrt`, `floor`, `spacing`, …).
unsafe fn real_kernel<T: RealMath, const OP: u8>(p: &[*mut u8], s: &[isize], n: usize) {
    unary_loop::<T, T>(p, s, n, T::math::<OP>)
}

/// `frexp`: mantissa of the input type and int32 exponent.
unsafe fn frexp_kernel<T: RealMath>(p: &[*mut u8], s: &[isize], n: usize) {
    unary2_loop::<T, T, i32>(p, s, n, T::frexp)
}

/// `modf`: fractional and integral parts.
unsafe fn modf_kernel<T: RealMath>(p: &[*mut u8], s: &[isize], n: usize) {
    unary2_loop::<T, T, T>(p, s, n, T::modf)
}

/// Complex math (`sqrt`, `exp`, `arcsinh`, `rint`, …).
unsafe fn complex_kernel<T: ComplexMath, const OP: u8>(p: &[*mut u8], s: &[isize], n: usize) {
    unary_loop::<T, T>(p, s, n, T::math::<OP>)
}

/// `absolute` (`|z|`) and `angle` (`arg z`) of a complex, to its real type.
///
/// `absolute` reports NumPy's flags: its vectorised loop clears the status
/// after running (no warning, even for a result that overflows), while its
/// loop for negative strides calls `hypot`, which raises overflow only.
unsafe fn complex_real_kernel<T: ComplexMath, const OP: u8>(p: &[*mut u8], s: &[isize], n: usize) {
    if OP != ABSOLUTE {
        return unary_loop::<T, T::Real>(p, s, n, T::to_real::<OP>);
    }
    let before = fpstatus::take();
    unary_loop::<T, T::Real>(p, s, n, T::to_real::<OP>);
    let own = fpstatus::take();
    let keep = if s[0] < 0 || s[1] < 0 {
        fpstatus::OVERFLOW
    } else {
        0
    };
    fpstatus::raise(before | (own & keep));
}

/// Picks `kernel::<T, OP>` for a runtime op code among the listed ones.
macro_rules! pick {
    ($op:expr, $kernel:ident, $t:ty, [$($c:ident),* $(,)?]) => {
        match $op {
            $($c => Some($kernel::<$t, $c> as Kernel),)*
            _ => None,
        }
    };
}

/// Which unary loops exist for an input element type.
pub trait UnaryLoops: Element {
    /// The kernel for `op` writing `outs`, or `None` (NumPy has no loop).
    fn unary(op: u8, outs: &[DType]) -> Option<Kernel>;
}

/// Loops every input type has: `isnan`/`isinf`/`isfinite`/`logical_not` to bool.
fn bool_result<T: Predicates + Truthy>(op: u8, outs: &[DType]) -> Option<Kernel> {
    if outs != [DType::Bool] {
        return None;
    }
    if op == LOGICAL_NOT {
        return Some(not_kernel::<T> as Kernel);
    }
    pick!(op, predicate_kernel, T, [ISNAN, ISINF, ISFINITE])
}

impl UnaryLoops for Bool8 {
    fn unary(op: u8, outs: &[DType]) -> Option<Kernel> {
        if outs == [DType::Bool] {
            match op {
                ABSOLUTE | FLOOR | CEIL | TRUNC => return Some(copy_kernel::<Bool8> as Kernel),
                INVERT => return Some(not_kernel::<Bool8> as Kernel),
                _ => {}
            }
        }
        bool_result::<Bool8>(op, outs)
    }
}

macro_rules! int_loops {
    ($($t:ty),*) => { $(impl UnaryLoops for $t {
        fn unary(op: u8, outs: &[DType]) -> Option<Kernel> {
            if outs == [<$t>::DTYPE] {
                match op {
                    POSITIVE | CONJUGATE | FLOOR | CEIL | TRUNC => {
                        return Some(copy_kernel::<$t> as Kernel)
                    }
                    _ => {}
                }
                if let Some(k) = pick!(op, arith_kernel, $t, [NEGATIVE, ABSOLUTE, SIGN, RECIPROCAL, SQUARE, INVERT]) {
                    return Some(k);
                }
            }
            if op == BITWISE_COUNT && outs == [DType::UInt8] {
                return Some(popcount_kernel::<$t> as Kernel);
            }
            bool_result::<$t>(op, outs)
        }
    })* };
}
int_loops!(i8, i16, i32, i64, u8, u16, u32, u64);

macro_rules! float_loops {
    ($($t:ty),*) => { $(impl UnaryLoops for $t {
        fn unary(op: u8, outs: &[DType]) -> Option<Kernel> {
            let me = <$t>::DTYPE;
            if outs == [me] {
                if op == POSITIVE || op == CONJUGATE {
                    return Some(copy_kernel::<$t> as Kernel);
                }
                if let Some(k) = pick!(op, arith_kernel, $t, [NEGATIVE, ABSOLUTE, SIGN, RECIPROCAL, SQUARE]) {
                    return Some(k);
                }
                if let Some(k) = <$t as VecMath>::vector_kernel(op) {
                    return Some(k);
                }
                return pick!(op, real_kernel, $t, [
                    SQRT, CBRT, EXP, EXP2, EXPM1, LOG, LOG2, LOG10, LOG1P, SIN, COS, TAN,
                    ARCSIN, ARCCOS, ARCTAN, SINH, COSH, TANH, ARCSINH, ARCCOSH, ARCTANH,
                    DEG2RAD, RAD2DEG, FABS, SPACING, FLOOR, CEIL, TRUNC, RINT, ANGLE,
                ]);
            }
            match (op, outs) {
                (SIGNBIT, [DType::Bool]) => Some(predicate_kernel::<$t, SIGNBIT> as Kernel),
                (FREXP, [a, DType::Int32]) if *a == me => Some(frexp_kernel::<$t> as Kernel),
                (MODF, [a, b]) if *a == me && *b == me => Some(modf_kernel::<$t> as Kernel),
                _ => bool_result::<$t>(op, outs),
            }
        }
    })* };
}
float_loops!(f16, f32, f64);

macro_rules! complex_loops {
    ($($t:ty => $real:ty),*) => { $(impl UnaryLoops for $t {
        fn unary(op: u8, outs: &[DType]) -> Option<Kernel> {
            if outs == [<$t>::DTYPE] {
                if op == POSITIVE {
                    return Some(copy_kernel::<$t> as Kernel);
                }
                if op == SQUARE {
                    return Some(complex_product::square::<$t> as Kernel);
                }
                if let Some(k) = pick!(op, arith_kernel, $t, [NEGATIVE, SIGN, RECIPROCAL, CONJUGATE]) {
                    return Some(k);
                }
                return pick!(op, complex_kernel, $t, [
                    SQRT, EXP, EXP2, EXPM1, LOG, LOG2, LOG10, LOG1P, SIN, COS, TAN,
                    ARCSIN, ARCCOS, ARCTAN, SINH, COSH, TANH, ARCSINH, ARCCOSH, ARCTANH, RINT,
                ]);
            }
            if outs == [<$real>::DTYPE] {
                return pick!(op, complex_real_kernel, $t, [ABSOLUTE, ANGLE]);
            }
            bool_result::<$t>(op, outs)
        }
    })* };
}
complex_loops!(Complex32 => f32, Complex64 => f64);

/// The kernel for `op` with loop dtypes `d` (input, then outputs).
fn lookup(op: u8, d: &[DType]) -> Option<Kernel> {
    let (input, outs) = d.split_first()?;
    with_dtype!(*input, T => <T as UnaryLoops>::unary(op, outs))
}

macro_rules! unary_defs {
    ($($def:ident, $name:literal, $code:ident, $nout:literal);* $(;)?) => { $(
        /// Table row (see [`UnaryLoops`] for the loops).
        pub const $def: OpDef = OpDef {
            name: $name,
            nin: 1,
            nout: $nout,
            lookup: |d: &[DType]| lookup($code, d),
        };
    )* };
}
unary_defs!(
    NEGATIVE_OP, "negative", NEGATIVE, 1;
    POSITIVE_OP, "positive", POSITIVE, 1;
    ABSOLUTE_OP, "absolute", ABSOLUTE, 1;
    SIGN_OP, "sign", SIGN, 1;
    RECIPROCAL_OP, "reciprocal", RECIPROCAL, 1;
    SQUARE_OP, "square", SQUARE, 1;
    CONJUGATE_OP, "conjugate", CONJUGATE, 1;
    INVERT_OP, "invert", INVERT, 1;
    BITWISE_COUNT_OP, "bitwise_count", BITWISE_COUNT, 1;
    LOGICAL_NOT_OP, "logical_not", LOGICAL_NOT, 1;
    SQRT_OP, "sqrt", SQRT, 1;
    CBRT_OP, "cbrt", CBRT, 1;
    EXP_OP, "exp", EXP, 1;
    EXP2_OP, "exp2", EXP2, 1;
    EXPM1_OP, "expm1", EXPM1, 1;
    LOG_OP, "log", LOG, 1;
    LOG2_OP, "log2", LOG2, 1;
    LOG10_OP, "log10", LOG10, 1;
    LOG1P_OP, "log1p", LOG1P, 1;
    SIN_OP, "sin", SIN, 1;
    COS_OP, "cos", COS, 1;
    TAN_OP, "tan", TAN, 1;
    ARCSIN_OP, "arcsin", ARCSIN, 1;
    ARCCOS_OP, "arccos", ARCCOS, 1;
    ARCTAN_OP, "arctan", ARCTAN, 1;
    SINH_OP, "sinh", SINH, 1;
    COSH_OP, "cosh", COSH, 1;
    TANH_OP, "tanh", TANH, 1;
    ARCSINH_OP, "arcsinh", ARCSINH, 1;
    ARCCOSH_OP, "arccosh", ARCCOSH, 1;
    ARCTANH_OP, "arctanh", ARCTANH, 1;
    DEG2RAD_OP, "deg2rad", DEG2RAD, 1;
    RAD2DEG_OP, "rad2deg", RAD2DEG, 1;
    FABS_OP, "fabs", FABS, 1;
    SPACING_OP, "spacing", SPACING, 1;
    FLOOR_OP, "floor", FLOOR, 1;
    CEIL_OP, "ceil", CEIL, 1;
    TRUNC_OP, "trunc", TRUNC, 1;
    RINT_OP, "rint", RINT, 1;
    ISNAN_OP, "isnan", ISNAN, 1;
    ISINF_OP, "isinf", ISINF, 1;
    ISFINITE_OP, "isfinite", ISFINITE, 1;
    SIGNBIT_OP, "signbit", SIGNBIT, 1;
    FREXP_OP, "frexp", FREXP, 2;
    MODF_OP, "modf", MODF, 2;
    ANGLE_OP, "_angle", ANGLE, 1;
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loops_exist_where_numpy_has_them() {
        let has = |op: u8, d: &[DType]| lookup(op, d).is_some();
        assert!(has(SQRT, &[DType::Float16, DType::Float16]));
        assert!(!has(SQRT, &[DType::Int8, DType::Int8]));
        assert!(has(ABSOLUTE, &[DType::Complex128, DType::Float64]));
        assert!(!has(NEGATIVE, &[DType::Bool, DType::Bool]));
        assert!(has(FREXP, &[DType::Float32, DType::Float32, DType::Int32]));
        assert!(has(BITWISE_COUNT, &[DType::Int64, DType::UInt8]));
        assert!(has(ISNAN, &[DType::UInt16, DType::Bool]));
    }

    #[test]
    fn strided_in_place_and_two_output_loops() {
        let mut a = [1.0f64, -4.0, 9.0, 16.0];
        let p = a.as_mut_ptr() as *mut u8;
        unsafe { real_kernel::<f64, SQRT>(&[p, p], &[16, 16], 2) };
        assert_eq!(a[0], 1.0);
        assert_eq!(a[2], 3.0);
        let x = [1.5f32, -2.25];
        let (mut m, mut e) = ([0f32; 2], [0i32; 2]);
        unsafe {
            frexp_kernel::<f32>(
                &[
                    x.as_ptr() as *mut u8,
                    m.as_mut_ptr() as *mut u8,
                    e.as_mut_ptr() as *mut u8,
                ],
                &[4, 4, 4],
                2,
            )
        };
        assert_eq!((m, e), ([0.75, -0.5625], [1, 2]));
    }
}
