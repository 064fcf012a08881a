//! Reduction kernels: what `ufunc.reduce`, `ufunc.accumulate` and
//! `argmin`/`argmax` compute, with no knowledge of layout (see
//! `traverse::reduce`).
//!
//! Each reducible op has, per element type,
//! * a *fold* `acc = op(acc, x₀, x₁, …)` over one strided row — NumPy's
//!   binary loop called with the output as first operand and step 0;
//! * a *step* `out[k] = op(a[k], b[k])` — the ordinary binary loop, used
//!   when the inner axis is a kept axis and for `accumulate`.
//!
//! Floating `add` folds use NumPy's pairwise summation: rows shorter than 8
//! are summed in order from −0.0; rows up to 128 use 8 interleaved
//! accumulators combined as `((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))` plus the
//! remainder in order; longer rows split at `n/2` rounded down to a
//! multiple of 8 and add the halves. float16 sums in float32 and rounds once
//! per row; complex sums real and imaginary parts the same way with four
//! complex values per block. The top subtrees of long rows are summed in
//! parallel and added back in the tree's shape (`pairwise_tree`), so
//! results are bit-identical.
//!
//! `maximum`/`minimum` propagate NaN; on ties (`0.0` vs `-0.0`) the later
//! element wins, as NumPy's reduction does. `fmax`/`fmin` ignore NaN unless
//! both are NaN. Complex numbers order lexicographically. `logical_and`/
//! `logical_or` reduce bool only (the TS layer casts to bool first).
//!
//! Ops not listed here reduce through their elementwise kernel in the ufunc
//! op table (`ufunc::OPS`), called with a 0 output step.

use crate::dtype::{with_dtype, Bool8, DType};
use crate::kernels::arith::Arith;
use crate::kernels::lane_scan::LaneFloat;
use crate::kernels::pairwise_tree;
use crate::ufunc::{Kernel, OPS};
use half::f16;
use num_complex::{Complex, Complex32, Complex64};
use std::ops::Add;

/// `acc = op(acc, src[0], …, src[n-1])` for `n` elements `stride` bytes apart.
pub type Fold = unsafe fn(acc: *mut u8, src: *const u8, stride: isize, n: usize);

/// The running fold of `accumulate` along one row: given `out[0]`,
/// `out[i] = op(out[i-1], src[i])` for `i` in `1..n`, in order.
pub type Scan =
    unsafe fn(src: *const u8, src_stride: isize, out: *mut u8, out_stride: isize, n: usize);

/// `out[k] = op(…op(op(out[k], row₀[k]), row₁[k])…, row_{rows-1}[k])` for
/// `k < n`: `rows` contiguous rows `row_stride` bytes apart combined into one
/// contiguous output row, each element in row order.
pub type FoldRows =
    unsafe fn(out: *mut u8, src: *const u8, row_stride: isize, rows: usize, n: usize);

/// The loops of one reducible op for one element type.
#[derive(Clone, Copy)]
pub struct ReduceLoops {
    /// A dedicated fold, or `None` to fold through `step` with a 0 step.
    pub fold: Option<Fold>,
    /// The elementwise loop over `[a, b, out]`.
    pub step: Kernel,
    /// Exactly associative and commutative (integer add/multiply, min/max,
    /// logical ops): a long row may be folded in parallel chunks.
    pub assoc: bool,
    /// A dedicated running fold, or `None` to step one element at a time.
    pub scan: Option<Scan>,
    /// A dedicated fold of whole rows into a row (aligned, contiguous).
    pub fold_rows: Option<FoldRows>,
    /// The element size in bytes.
    pub item: usize,
}

impl ReduceLoops {
    /// `accumulate` along one row (see [`Scan`]).
    ///
    /// # Safety
    /// `src` and `out` address `n` elements at their strides; `out[0]` is set.
    #[inline]
    pub unsafe fn scan(&self, src: *const u8, ss: isize, out: *mut u8, os: isize, n: usize) {
        match self.scan {
            Some(f) => f(src, ss, out, os, n),
            None => {
                for i in 1..n as isize {
                    let prev = out.offset(os * (i - 1));
                    (self.step)(
                        &[prev, src.offset(ss * i) as *mut u8, out.offset(os * i)],
                        &[0, 0, 0],
                        1,
                    );
                }
            }
        }
    }

    /// Folds one row into `acc`.
    ///
    /// # Safety
    /// `acc` addresses one element, `src` `n` elements at `stride`.
    #[inline]
    pub unsafe fn fold(&self, acc: *mut u8, src: *const u8, stride: isize, n: usize) {
        match self.fold {
            Some(f) => f(acc, src, stride, n),
            None => (self.step)(&[acc, src as *mut u8, acc], &[0, stride, 0], n),
        }
    }
}

const ADD: u8 = 0;
const MUL: u8 = 1;
const MAX: u8 = 2;
const MIN: u8 = 3;
const FMAX: u8 = 4;
const FMIN: u8 = 5;
const AND: u8 = 6;
const OR: u8 = 7;

/// Element types that reduce: arithmetic plus NaN tests and an order.
pub trait Reducible: Arith {
    #[inline(always)]
    fn is_nan(self) -> bool {
        false
    }
    /// `self >= o` (lexicographic for complex); false with NaN.
    fn ge(self, o: Self) -> bool;
    /// Truth value (bool only reduces with the logical ops).
    #[inline(always)]
    fn truth(self) -> bool {
        false
    }
    #[inline(always)]
    fn from_truth(_b: bool) -> Self {
        unreachable!("logical reductions run on bool only")
    }
    /// Pairwise-summed fold for floating types; `false` if not floating.
    ///
    /// # Safety
    /// As [`Fold`].
    #[inline(always)]
    unsafe fn pairwise_fold(_acc: *mut u8, _src: *const u8, _stride: isize, _n: usize) -> bool {
        false
    }

    /// NumPy's reduction step for op `OP`: `acc` combined with `x`.
    #[inline(always)]
    fn op<const OP: u8>(acc: Self, x: Self) -> Self {
        match OP {
            ADD => acc.add(x),
            MUL => acc.mul(x),
            MAX => {
                if acc.is_nan() || (!x.is_nan() && !x.ge(acc)) {
                    acc
                } else {
                    x
                }
            }
            MIN => {
                if acc.is_nan() || (!x.is_nan() && !acc.ge(x)) {
                    acc
                } else {
                    x
                }
            }
            FMAX => {
                if x.is_nan() || (!acc.is_nan() && !x.ge(acc)) {
                    acc
                } else {
                    x
                }
            }
            FMIN => {
                if x.is_nan() || (!acc.is_nan() && !acc.ge(x)) {
                    acc
                } else {
                    x
                }
            }
            AND => Self::from_truth(acc.truth() && x.truth()),
            _ => Self::from_truth(acc.truth() || x.truth()),
        }
    }
}

macro_rules! int_reducible {
    ($($t:ty),*) => { $(impl Reducible for $t {
        #[inline(always)] fn ge(self, o: Self) -> bool { self >= o }
    })* };
}
int_reducible!(i8, i16, i32, i64, u8, u16, u32, u64);

impl Reducible for Bool8 {
    #[inline(always)]
    fn ge(self, o: Self) -> bool {
        self.get() >= o.get()
    }
    #[inline(always)]
    fn truth(self) -> bool {
        self.get()
    }
    #[inline(always)]
    fn from_truth(b: bool) -> Self {
        Bool8::from(b)
    }
}

/// Element types summed pairwise, and the type they sum in.
trait PwLoad: Copy {
    type Acc: Copy + Add<Output = Self::Acc> + Send;
    const NEG_ZERO: Self::Acc;
    unsafe fn load(p: *const u8) -> Self::Acc;
}

macro_rules! pw_load {
    ($t:ty, $acc:ty, $conv:expr) => {
        impl PwLoad for $t {
            type Acc = $acc;
            const NEG_ZERO: $acc = -0.0;
            #[inline(always)]
            unsafe fn load(p: *const u8) -> $acc {
                let f: fn($t) -> $acc = $conv;
                f(std::ptr::read_unaligned(p as *const $t))
            }
        }
    };
}
pw_load!(f64, f64, |x| x);
pw_load!(f32, f32, |x| x);
pw_load!(f16, f32, |x: f16| x.to_f32());

#[derive(Clone, Copy)]
struct SendPtr(*const u8);
// SAFETY: only read, within a call that outlives the parallel work.
unsafe impl Send for SendPtr {}
unsafe impl Sync for SendPtr {}

impl SendPtr {
    fn get(self) -> *const u8 {
        self.0
    }
}

/// NumPy's pairwise sum of `n` elements `stride` bytes apart.
unsafe fn pairwise<T: PwLoad>(a: *const u8, n: usize, stride: isize) -> T::Acc {
    let at = |i: usize| T::load(a.offset(i as isize * stride));
    if n < 8 {
        let mut res = T::NEG_ZERO;
        for i in 0..n {
            res = res + at(i);
        }
        res
    } else if n <= 128 {
        let mut r: [T::Acc; 8] = std::array::from_fn(at);
        let whole = n - n % 8;
        let mut i = 8;
        while i < whole {
            for (j, rj) in r.iter_mut().enumerate() {
                *rj = *rj + at(i + j);
            }
            i += 8;
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for k in whole..n {
            res = res + at(k);
        }
        res
    } else {
        let n2 = pairwise_tree::split(n);
        let b = a.offset(n2 as isize * stride);
        pairwise::<T>(a, n2, stride) + pairwise::<T>(b, n - n2, stride)
    }
}

/// [`pairwise`] with the tree's top subtrees summed across threads (same
/// bits, see `pairwise_tree`).
unsafe fn pairwise_split<T: PwLoad>(a: *const u8, n: usize, stride: isize) -> T::Acc {
    let a = SendPtr(a);
    pairwise_tree::split_sum(
        n,
        |first, len| pairwise::<T>(a.get().offset(first as isize * stride), len, stride),
        |x, y| x + y,
    )
}

/// Pairwise sum of complex values: `n` counts real scalars (2 per value);
/// returns (Σ re, Σ im).
unsafe fn pairwise_complex<F: PwLoad<Acc = F> + Add<Output = F> + Send>(
    a: *const u8,
    n: usize,
    stride: isize,
) -> (F, F) {
    let half = std::mem::size_of::<F>() as isize;
    // Scalar k: value k/2, part k%2.
    let at = |k: usize| F::load(a.offset((k / 2) as isize * stride + (k % 2) as isize * half));
    if n < 8 {
        let (mut rr, mut ri) = (F::NEG_ZERO, F::NEG_ZERO);
        let mut k = 0;
        while k < n {
            rr = rr + at(k);
            ri = ri + at(k + 1);
            k += 2;
        }
        (rr, ri)
    } else if n <= 128 {
        let mut r: [F; 8] = std::array::from_fn(at);
        let whole = n - n % 8;
        let mut i = 8;
        while i < whole {
            for (j, rj) in r.iter_mut().enumerate() {
                *rj = *rj + at(i + j);
            }
            i += 8;
        }
        let mut rr = (r[0] + r[2]) + (r[4] + r[6]);
        let mut ri = (r[1] + r[3]) + (r[5] + r[7]);
        let mut k = whole;
        while k < n {
            rr = rr + at(k);
            ri = ri + at(k + 1);
            k += 2;
        }
        (rr, ri)
    } else {
        let n2 = pairwise_tree::split(n);
        let b = a.offset((n2 / 2) as isize * stride);
        let (xr, xi) = pairwise_complex::<F>(a, n2, stride);
        let (yr, yi) = pairwise_complex::<F>(b, n - n2, stride);
        (xr + yr, xi + yi)
    }
}

/// [`pairwise_complex`] with the tree's top subtrees summed across threads
/// (same bits, see `pairwise_tree`).
unsafe fn pairwise_complex_split<F: PwLoad<Acc = F> + Add<Output = F> + Send>(
    a: *const u8,
    n: usize,
    stride: isize,
) -> (F, F) {
    let a = SendPtr(a);
    pairwise_tree::split_sum(
        n,
        |first, len| {
            pairwise_complex::<F>(a.get().offset((first / 2) as isize * stride), len, stride)
        },
        |(xr, xi), (yr, yi)| (xr + yr, xi + yi),
    )
}

macro_rules! float_reducible {
    ($t:ty, $to:expr) => {
        impl Reducible for $t {
            #[inline(always)]
            fn is_nan(self) -> bool {
                let f: fn($t) -> f32 = $to;
                f(self).is_nan()
            }
            #[inline(always)]
            fn ge(self, o: Self) -> bool {
                let f: fn($t) -> f32 = $to;
                f(self) >= f(o)
            }
            unsafe fn pairwise_fold(acc: *mut u8, src: *const u8, stride: isize, n: usize) -> bool {
                let a = std::ptr::read_unaligned(acc as *const $t);
                let s = pairwise_split::<$t>(src, n, stride);
                std::ptr::write_unaligned(acc as *mut $t, a.add_acc(s));
                true
            }
        }
    };
}

/// `acc + s` where `s` is a pairwise sum in the accumulation type.
trait AddAcc<A> {
    fn add_acc(self, s: A) -> Self;
}
impl AddAcc<f64> for f64 {
    fn add_acc(self, s: f64) -> f64 {
        self + s
    }
}
impl AddAcc<f32> for f32 {
    fn add_acc(self, s: f32) -> f32 {
        self + s
    }
}
impl AddAcc<f32> for f16 {
    fn add_acc(self, s: f32) -> f16 {
        f16::from_f32(self.to_f32() + s)
    }
}

impl Reducible for f64 {
    #[inline(always)]
    fn is_nan(self) -> bool {
        f64::is_nan(self)
    }
    #[inline(always)]
    fn ge(self, o: Self) -> bool {
        self >= o
    }
    unsafe fn pairwise_fold(acc: *mut u8, src: *const u8, stride: isize, n: usize) -> bool {
        let a = std::ptr::read_unaligned(acc as *const f64);
        std::ptr::write_unaligned(
            acc as *mut f64,
            a.add_acc(pairwise_split::<f64>(src, n, stride)),
        );
        true
    }
}
float_reducible!(f32, |x| x);
float_reducible!(f16, |x: f16| x.to_f32());

macro_rules! complex_reducible {
    ($c:ty, $f:ty) => {
        impl Reducible for $c {
            #[inline(always)]
            fn is_nan(self) -> bool {
                self.re.is_nan() || self.im.is_nan()
            }
            #[inline(always)]
            fn ge(self, o: Self) -> bool {
                self.re > o.re || (self.re == o.re && self.im >= o.im)
            }
            unsafe fn pairwise_fold(acc: *mut u8, src: *const u8, stride: isize, n: usize) -> bool {
                let a = std::ptr::read_unaligned(acc as *const $c);
                let (rr, ri) = pairwise_complex_split::<$f>(src, 2 * n, stride);
                std::ptr::write_unaligned(acc as *mut $c, Complex::new(a.re + rr, a.im + ri));
                true
            }
        }
    };
}
complex_reducible!(Complex32, f32);
complex_reducible!(Complex64, f64);

/// The largest (`MAX`) or smallest element of `v` ignoring NaN, and whether
/// `v` holds a NaN. `v` must be non-empty.
#[inline(always)]
fn lanes_extreme<T: LaneFloat, const MAX: bool>(v: &[T]) -> (T, bool) {
    let (best, nan, _) = T::scan::<MAX>(v, v[0]);
    (best, nan || best.is_nan())
}

/// `maximum`/`minimum` fold of a contiguous aligned row through lanes.
/// Returns `false` (leaving `acc` untouched) when the exact NumPy result
/// depends on order — a NaN (the first one is kept) or a row whose extreme
/// is a zero (`0.0` vs `-0.0`, the later one wins) — so the caller folds in
/// order. A zero accumulator against a non-zero extreme is no tie.
#[inline(always)]
unsafe fn lane_fold<T: LaneFloat, const MAX: bool>(acc: *mut u8, v: &[T]) -> bool {
    if v.is_empty() {
        return true;
    }
    let a = std::ptr::read_unaligned(acc as *const T);
    let (m, nan) = lanes_extreme::<T, MAX>(v);
    if a.is_nan() {
        return true;
    }
    if nan || m == T::ZERO {
        return false;
    }
    let r = if MAX {
        T::op::<{ self::MAX }>(a, m)
    } else {
        T::op::<MIN>(a, m)
    };
    std::ptr::write_unaligned(acc as *mut T, r);
    true
}

/// `fmax`/`fmin` fold of a contiguous aligned row through lanes. Returns
/// `false` (leaving `acc` untouched) when the row's extreme is a zero
/// (`0.0` vs `-0.0`: the later one wins), so the caller folds in order.
#[inline(always)]
unsafe fn lane_fold_nan_ignoring<T: LaneFloat, const MAX: bool>(
    acc: *mut u8,
    v: &[T],
    start: T,
) -> bool {
    let a = std::ptr::read_unaligned(acc as *const T);
    // Lanes start from ∓inf, so all-NaN input leaves `acc` as it is.
    let (m, _, any_number) = T::scan::<MAX>(v, start);
    if !any_number {
        return true;
    }
    if m == T::ZERO {
        return false;
    }
    let r = if MAX {
        T::op::<FMAX>(a, m)
    } else {
        T::op::<FMIN>(a, m)
    };
    std::ptr::write_unaligned(acc as *mut T, r);
    true
}

/// The lane fold for `MAX`/`MIN`/`FMAX`/`FMIN` on `f64`/`f32`, if `T` is
/// one of them.
#[inline(always)]
unsafe fn try_lane_fold<T: Reducible, const OP: u8>(
    acc: *mut u8,
    src: *const u8,
    n: usize,
) -> bool {
    macro_rules! go {
        ($t:ty) => {
            if std::any::TypeId::of::<T>() == std::any::TypeId::of::<$t>() {
                let v = std::slice::from_raw_parts(src as *const $t, n);
                return match OP {
                    MAX => lane_fold::<$t, true>(acc, v),
                    MIN => lane_fold::<$t, false>(acc, v),
                    FMAX => lane_fold_nan_ignoring::<$t, true>(acc, v, <$t>::NEG_INFINITY),
                    _ => lane_fold_nan_ignoring::<$t, false>(acc, v, <$t>::INFINITY),
                };
            }
        };
    }
    if !matches!(OP, MAX | MIN | FMAX | FMIN) {
        return false;
    }
    go!(f64);
    go!(f32);
    false
}

/// The float16 ops whose row reduction [`half_fold`] does.
const HALF_SUB: u8 = 0;
const HALF_MUL: u8 = 1;
const HALF_DIV: u8 = 2;

/// NumPy's float16 `subtract`/`multiply`/`divide` reduction of a row
/// (`HALF_<op>`'s reduce branch): the running value is kept in float32,
/// `a = a ∘ x` for each element, and rounded to float16 once at the end
/// (so an intermediate beyond float16's range does not overflow).
unsafe fn half_fold<const K: u8>(acc: *mut u8, src: *const u8, stride: isize, n: usize) {
    let mut a = std::ptr::read_unaligned(acc as *const f16).to_f32();
    for i in 0..n as isize {
        let x = std::ptr::read_unaligned(src.offset(i * stride) as *const f16).to_f32();
        a = match K {
            HALF_SUB => a - x,
            HALF_MUL => a * x,
            _ => a / x,
        };
    }
    std::ptr::write_unaligned(acc as *mut f16, f16::from_f32(a));
}

/// Sequential fold (pairwise for floating `add`).
unsafe fn fold<T: Reducible + 'static, const OP: u8>(
    acc: *mut u8,
    src: *const u8,
    stride: isize,
    n: usize,
) {
    if OP == ADD && T::pairwise_fold(acc, src, stride, n) {
        return;
    }
    if OP == MUL && std::any::TypeId::of::<T>() == std::any::TypeId::of::<f16>() {
        return half_fold::<HALF_MUL>(acc, src, stride, n);
    }
    let item = std::mem::size_of::<T>() as isize;
    let aligned = stride == item && (src as usize).is_multiple_of(std::mem::align_of::<T>());
    if (OP == OR || OP == AND)
        && stride == 1
        && std::any::TypeId::of::<T>() == std::any::TypeId::of::<Bool8>()
    {
        bool_fold::<OP>(acc, src, n);
        return;
    }
    if aligned && try_lane_fold::<T, OP>(acc, src, n) {
        return;
    }
    let mut a = std::ptr::read_unaligned(acc as *const T);
    if aligned {
        for &x in std::slice::from_raw_parts(src as *const T, n) {
            a = T::op::<OP>(a, x);
        }
    } else {
        for i in 0..n as isize {
            a = T::op::<OP>(
                a,
                std::ptr::read_unaligned(src.offset(i * stride) as *const T),
            );
        }
    }
    std::ptr::write_unaligned(acc as *mut T, a);
}

/// `logical_or` (`logical_and`) fold of a contiguous bool row into `acc`:
/// whether any byte is nonzero (every byte is), tested a block of 4096 at
/// a time — an OR (a minimum) of the block's bytes, which the compiler
/// vectorises — so the scan stops at the first block that decides it.
unsafe fn bool_fold<const OP: u8>(acc: *mut u8, src: *const u8, n: usize) {
    let v = std::slice::from_raw_parts(src, n);
    let a = *acc != 0;
    let r = if OP == OR {
        a || v
            .chunks(4096)
            .any(|c| c.iter().fold(0u8, |m, &b| m | b) != 0)
    } else {
        a && !v
            .chunks(4096)
            .any(|c| c.iter().fold(u8::MAX, |m, &b| m.min(b)) == 0)
    };
    *acc = r as u8;
}

/// Elementwise `out[k] = op(a[k], b[k])` over `[a, b, out]`. Reads every
/// operand element before writing it, so `out` may alias `a` or `b`
/// element-for-element.
unsafe fn step<T: Reducible + 'static, const OP: u8>(p: &[*mut u8], s: &[isize], n: usize) {
    let item = std::mem::size_of::<T>() as isize;
    let aligned = p[..3]
        .iter()
        .all(|q| (*q as usize).is_multiple_of(std::mem::align_of::<T>()));
    if s[..3].iter().all(|&x| x == item) && aligned {
        // Contiguous: a plain indexed loop the compiler can vectorise.
        let (a, b, o) = (p[0] as *const T, p[1] as *const T, p[2] as *mut T);
        let bytes = n * item as usize;
        let apart = |x: *const T, y: *const T| {
            (x as usize) + bytes <= y as usize || (y as usize) + bytes <= x as usize
        };
        if std::ptr::eq(a, o) && apart(b, o) {
            // The reduction's in-place accumulate `out[k] = op(out[k], b[k])`
            // with `b` elsewhere: disjoint slices, so it vectorises.
            let o = std::slice::from_raw_parts_mut(o, n);
            let b = std::slice::from_raw_parts(b, n);
            for (x, &y) in o.iter_mut().zip(b) {
                *x = T::op::<OP>(*x, y);
            }
            return;
        }
        for i in 0..n {
            *o.add(i) = T::op::<OP>(*a.add(i), *b.add(i));
        }
        return;
    }
    for i in 0..n as isize {
        let a = std::ptr::read_unaligned(p[0].offset(i * s[0]) as *const T);
        let b = std::ptr::read_unaligned(p[1].offset(i * s[1]) as *const T);
        std::ptr::write_unaligned(p[2].offset(i * s[2]) as *mut T, T::op::<OP>(a, b));
    }
}

/// Running fold for `accumulate` (`cumsum`, `cumprod`, …): the partial
/// result stays in a register instead of being re-read from `out`, which is
/// the same sequence of roundings as NumPy's `out[i] = op(out[i-1], in[i])`
/// since `out[i-1]` holds exactly that value of type `T`.
unsafe fn scan<T: Reducible + 'static, const OP: u8>(
    src: *const u8,
    ss: isize,
    out: *mut u8,
    os: isize,
    n: usize,
) {
    let item = std::mem::size_of::<T>() as isize;
    let mut acc = std::ptr::read_unaligned(out as *const T);
    let aligned = (src as usize).is_multiple_of(std::mem::align_of::<T>())
        && (out as usize).is_multiple_of(std::mem::align_of::<T>());
    if ss == item && os == item && aligned {
        let (s, o) = (src as *const T, out as *mut T);
        for i in 1..n {
            acc = T::op::<OP>(acc, *s.add(i));
            *o.add(i) = acc;
        }
        return;
    }
    for i in 1..n as isize {
        acc = T::op::<OP>(
            acc,
            std::ptr::read_unaligned(src.offset(i * ss) as *const T),
        );
        std::ptr::write_unaligned(out.offset(i * os) as *mut T, acc);
    }
}

/// [`FoldRows`]: four rows at a time with the partial result in a register,
/// so the output row is read and written once per four input rows instead
/// of once per row; each element still combines its rows in order, which
/// is NumPy's order for a reduction over an outer axis.
unsafe fn fold_rows<T: Reducible + 'static, const OP: u8>(
    out: *mut u8,
    src: *const u8,
    row_stride: isize,
    rows: usize,
    n: usize,
) {
    let o = std::slice::from_raw_parts_mut(out as *mut T, n);
    let row =
        |i: usize| std::slice::from_raw_parts(src.offset(row_stride * i as isize) as *const T, n);
    let mut i = 0;
    while i + 4 <= rows {
        let (r0, r1, r2, r3) = (row(i), row(i + 1), row(i + 2), row(i + 3));
        for k in 0..n {
            let a = T::op::<OP>(T::op::<OP>(o[k], r0[k]), r1[k]);
            o[k] = T::op::<OP>(T::op::<OP>(a, r2[k]), r3[k]);
        }
        i += 4;
    }
    while i < rows {
        for (x, &y) in o.iter_mut().zip(row(i)) {
            *x = T::op::<OP>(*x, y);
        }
        i += 1;
    }
}

fn loops_for<const OP: u8>(d: DType) -> ReduceLoops {
    with_dtype!(d, T => ReduceLoops {
        fold_rows: Some(fold_rows::<T, OP> as FoldRows),
        item: std::mem::size_of::<T>(),
        scan: Some(scan::<T, OP> as Scan),
        fold: Some(fold::<T, OP> as Fold),
        step: step::<T, OP> as Kernel,
        // Float add is pairwise (parallel inside); float multiply is sequential.
        assoc: match OP {
            ADD | MUL => !matches!(
                d,
                DType::Float16 | DType::Float32 | DType::Float64 | DType::Complex64 | DType::Complex128
            ),
            _ => true,
        },
    })
}

/// The reduction loops of op `name` for loop dtype `d`: the dedicated
/// kernels above, else the op table's same-type binary kernel.
pub fn reduce_loops(name: &str, d: DType) -> Option<ReduceLoops> {
    Some(match name {
        "add" => loops_for::<ADD>(d),
        "multiply" => loops_for::<MUL>(d),
        "maximum" => loops_for::<MAX>(d),
        "minimum" => loops_for::<MIN>(d),
        "fmax" => loops_for::<FMAX>(d),
        "fmin" => loops_for::<FMIN>(d),
        "logical_and" if d == DType::Bool => loops_for::<AND>(d),
        "logical_or" if d == DType::Bool => loops_for::<OR>(d),
        "logical_and" | "logical_or" => return None,
        _ => {
            let def = OPS
                .iter()
                .find(|o| o.name == name && o.nin == 2 && o.nout == 1)?;
            let half = |k: Fold| (d == DType::Float16).then_some(k);
            ReduceLoops {
                fold: match name {
                    "subtract" => half(half_fold::<HALF_SUB>),
                    "divide" | "true_divide" => half(half_fold::<HALF_DIV>),
                    _ => None,
                },
                step: (def.lookup)(&[d, d, d])?,
                assoc: false,
                scan: None,
                fold_rows: None,
                item: d.itemsize(),
            }
        }
    })
}

/// Index of the first maximum (`MAX`) or minimum along a row; a NaN wins at
/// its first occurrence, as in NumPy's `argmax`/`argmin`.
pub type ArgFold = unsafe fn(src: *const u8, stride: isize, n: usize) -> usize;

unsafe fn arg_fold<T: Reducible + 'static, const IS_MAX: bool>(
    src: *const u8,
    stride: isize,
    n: usize,
) -> usize {
    if let Some(i) = try_lane_arg::<T, IS_MAX>(src, stride, n) {
        return i;
    }
    let at = |i: usize| std::ptr::read_unaligned(src.offset(i as isize * stride) as *const T);
    let mut best = at(0);
    if best.is_nan() {
        return 0;
    }
    let mut idx = 0;
    for i in 1..n {
        let x = at(i);
        if x.is_nan() {
            return i;
        }
        let better = if IS_MAX { !best.ge(x) } else { !x.ge(best) };
        if better {
            best = x;
            idx = i;
        }
    }
    idx
}

/// Elements per block of the lane argmax.
const ARG_BLOCK: usize = 2048;
/// Shortest row the lane argmax takes.
const LANE_ARG_MIN: usize = 32;

/// argmax/argmin of a contiguous row: per block of [`ARG_BLOCK`] elements
/// the lane extreme (and a NaN test); the first block holding a NaN gives
/// the first NaN, else the first block whose extreme strictly beats the
/// earlier ones holds the first occurrence, found by a rescan of that block.
/// `0.0` and `-0.0` compare equal here as in the ordered loop.
#[inline(always)]
fn lane_arg<T: LaneFloat, const MAX: bool>(v: &[T]) -> usize {
    let mut best: Option<(T, usize)> = None;
    for (k, b) in v.chunks(ARG_BLOCK).enumerate() {
        let (m, nan) = lanes_extreme::<T, MAX>(b);
        if nan {
            return k * ARG_BLOCK + b.iter().position(|x| x.is_nan()).unwrap_or(0);
        }
        let beats = match best {
            None => true,
            Some((bm, _)) => {
                if MAX {
                    m > bm
                } else {
                    m < bm
                }
            }
        };
        if beats {
            best = Some((m, k));
        }
    }
    let (m, k) = best.unwrap_or((v[0], 0));
    let b = &v[k * ARG_BLOCK..v.len().min((k + 1) * ARG_BLOCK)];
    k * ARG_BLOCK + b.iter().position(|&x| x == m).unwrap_or(0)
}

#[inline(always)]
unsafe fn try_lane_arg<T: Reducible, const MAX: bool>(
    src: *const u8,
    stride: isize,
    n: usize,
) -> Option<usize> {
    macro_rules! go {
        ($t:ty) => {
            if std::any::TypeId::of::<T>() == std::any::TypeId::of::<$t>()
                && stride == std::mem::size_of::<$t>() as isize
                && (src as usize).is_multiple_of(std::mem::align_of::<$t>())
            {
                let v = std::slice::from_raw_parts(src as *const $t, n);
                return Some(lane_arg::<$t, MAX>(v));
            }
        };
    }
    // (Short rows: the ordered loop finishes before the lane scan's setup.)
    if n < LANE_ARG_MIN {
        return None;
    }
    go!(f64);
    go!(f32);
    None
}

/// The argmax (`is_max`) or argmin row kernel for `d`.
pub fn arg_loop(d: DType, is_max: bool) -> ArgFold {
    with_dtype!(d, T => if is_max { arg_fold::<T, true> as ArgFold } else { arg_fold::<T, false> as ArgFold })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum_f64(v: &[f64]) -> f64 {
        let mut acc = 0.0f64;
        let l = reduce_loops("add", DType::Float64).unwrap();
        unsafe {
            l.fold(
                &mut acc as *mut f64 as *mut u8,
                v.as_ptr() as *const u8,
                8,
                v.len(),
            )
        };
        acc
    }

    #[test]
    fn pairwise_matches_reference_order() {
        let v: Vec<f64> = (0..1000).map(|i| 1.0 / (i as f64 + 1.0)).collect();
        let s = sum_f64(&v);
        assert!((s - v.iter().sum::<f64>()).abs() < 1e-12);
        // Short rows: in order from -0.0.
        let mut acc = -0.0f64;
        let l = reduce_loops("add", DType::Float64).unwrap();
        unsafe {
            l.fold(
                &mut acc as *mut f64 as *mut u8,
                [-0.0f64].as_ptr() as *const u8,
                8,
                1,
            )
        };
        assert!(acc == 0.0 && acc.is_sign_negative());
    }

    #[test]
    fn max_propagates_nan_and_arg_finds_first() {
        let v = [1.0f64, f64::NAN, 3.0];
        let l = reduce_loops("maximum", DType::Float64).unwrap();
        let mut acc = v[0];
        unsafe {
            l.fold(
                &mut acc as *mut f64 as *mut u8,
                v.as_ptr() as *const u8,
                8,
                3,
            )
        };
        assert!(acc.is_nan());
        let w = [1.0f64, 5.0, 5.0, 2.0];
        let f = arg_loop(DType::Float64, true);
        assert_eq!(unsafe { f(w.as_ptr() as *const u8, 8, 4) }, 1);
        assert_eq!(unsafe { f(v.as_ptr() as *const u8, 8, 3) }, 1);
    }
}
