//! Generic 1-D strided loops for binary ufuncs whose operands have different
//! element types (`ff->?`, `fi->f`) or that have two outputs (`divmod`).
//! Contiguous and scalar-operand cases get their own loops so the compiler
//! can vectorise them, compiled for the CPU's best vector width.

use crate::fpstatus;
use crate::kernels::simd;

/// The contiguous inner loop `out[i] = f(a[i], b[i])`, where an operand
/// flagged as a scalar (`SA`/`SB`) is read once (stride 0). Raw pointers,
/// not slices: the output may be an input (in place), and overlapping
/// `&`/`&mut` slices would be undefined behaviour; LLVM still vectorises the
/// loops behind a run-time overlap check.
#[inline(always)]
pub(crate) unsafe fn contiguous_body<
    A: Copy,
    B: Copy,
    O: Copy,
    F: Fn(A, B) -> O,
    const SA: bool,
    const SB: bool,
>(
    a: *const A,
    b: *const B,
    out: *mut O,
    n: usize,
    f: F,
) {
    // In place (`out` is `a` or `b`, same element size): element `i` is
    // read before it is written, so the loop may be vectorised; with
    // distinct pointers LLVM's overlap check would send it to the scalar
    // loop (a scalar division is 4× slower than a vector one).
    let size = std::mem::size_of::<O>();
    let on_a = !SA && size == std::mem::size_of::<A>() && std::ptr::addr_eq(out, a);
    let on_b = !SB && size == std::mem::size_of::<B>() && std::ptr::addr_eq(out, b);
    match (SA, SB) {
        (false, false) if on_a && on_b => {
            for i in 0..n {
                let x = *(out.add(i) as *const A);
                *out.add(i) = f(x, *(out.add(i) as *const B));
            }
        }
        (false, false) if on_a => {
            for i in 0..n {
                let x = *(out.add(i) as *const A);
                *out.add(i) = f(x, *b.add(i));
            }
        }
        (false, false) if on_b => {
            for i in 0..n {
                let y = *(out.add(i) as *const B);
                *out.add(i) = f(*a.add(i), y);
            }
        }
        (false, false) => {
            for i in 0..n {
                *out.add(i) = f(*a.add(i), *b.add(i));
            }
        }
        (false, true) => {
            let b = *b;
            if on_a {
                for i in 0..n {
                    let x = *(out.add(i) as *const A);
                    *out.add(i) = f(x, b);
                }
            } else {
                for i in 0..n {
                    *out.add(i) = f(*a.add(i), b);
                }
            }
        }
        (true, false) => {
            let a = *a;
            if on_b {
                for i in 0..n {
                    let y = *(out.add(i) as *const B);
                    *out.add(i) = f(a, y);
                }
            } else {
                for i in 0..n {
                    *out.add(i) = f(a, *b.add(i));
                }
            }
        }
        (true, true) => {
            let v = f(*a, *b);
            for i in 0..n {
                *out.add(i) = v;
            }
        }
    }
}

/// [`contiguous_body`] compiled for the best instruction set of the CPU
/// (`kernels::simd`): the same results, wider vectors. The AVX2 copy is
/// compiled with FMA too (CPUs with AVX2 but no FMA run the baseline), so
/// the explicit `mul_add`s of some ops (complex `absolute`, `square`) are
/// one instruction instead of a call to libm's `fma`; nothing else fuses
/// (Rust never contracts `a * b + c`), so the results are the same.
#[inline(always)]
pub(crate) unsafe fn contiguous<
    A: Copy,
    B: Copy,
    O: Copy,
    F: Fn(A, B) -> O,
    const SA: bool,
    const SB: bool,
>(
    a: *const A,
    b: *const B,
    out: *mut O,
    n: usize,
    f: F,
) {
    #[cfg(target_arch = "x86_64")]
    {
        #[target_feature(enable = "avx512f")]
        unsafe fn avx512<
            A: Copy,
            B: Copy,
            O: Copy,
            F: Fn(A, B) -> O,
            const SA: bool,
            const SB: bool,
        >(
            a: *const A,
            b: *const B,
            out: *mut O,
            n: usize,
            f: F,
        ) {
            contiguous_body::<A, B, O, F, SA, SB>(a, b, out, n, f)
        }
        #[target_feature(enable = "avx2,fma")]
        unsafe fn avx2<
            A: Copy,
            B: Copy,
            O: Copy,
            F: Fn(A, B) -> O,
            const SA: bool,
            const SB: bool,
        >(
            a: *const A,
            b: *const B,
            out: *mut O,
            n: usize,
            f: F,
        ) {
            contiguous_body::<A, B, O, F, SA, SB>(a, b, out, n, f)
        }
        match simd::level() {
            simd::Level::Avx512 => return avx512::<A, B, O, F, SA, SB>(a, b, out, n, f),
            simd::Level::Avx2 if simd::has_fma() => {
                return avx2::<A, B, O, F, SA, SB>(a, b, out, n, f)
            }
            simd::Level::Avx2 | simd::Level::Baseline => {}
        }
    }
    contiguous_body::<A, B, O, F, SA, SB>(a, b, out, n, f)
}

/// `out[i] = f(a[i], b[i])` over `[a, b, out]`: contiguous and
/// scalar-operand fast paths compiled for the CPU's best vector width, and a
/// general strided loop (unaligned addresses allowed).
///
/// # Safety
/// Pointers and steps must address `n` valid elements of each type.
#[inline(always)]
pub unsafe fn map2<A: Copy, B: Copy, O: Copy>(
    p: &[*mut u8],
    s: &[isize],
    n: usize,
    f: impl Fn(A, B) -> O,
) {
    let (ia, ib, io) = (
        std::mem::size_of::<A>() as isize,
        std::mem::size_of::<B>() as isize,
        std::mem::size_of::<O>() as isize,
    );
    let aligned = (p[0] as usize).is_multiple_of(std::mem::align_of::<A>())
        && (p[1] as usize).is_multiple_of(std::mem::align_of::<B>())
        && (p[2] as usize).is_multiple_of(std::mem::align_of::<O>());
    if aligned && s[2] == io {
        let (a, b, o) = (p[0] as *const A, p[1] as *const B, p[2] as *mut O);
        match (s[0], s[1]) {
            (x, y) if x == ia && y == ib => {
                return contiguous::<A, B, O, _, false, false>(a, b, o, n, f)
            }
            (x, 0) if x == ia => return contiguous::<A, B, O, _, false, true>(a, b, o, n, f),
            (0, y) if y == ib => return contiguous::<A, B, O, _, true, false>(a, b, o, n, f),
            (0, 0) => return contiguous::<A, B, O, _, true, true>(a, b, o, n, f),
            _ => {}
        }
    }
    let (mut a, mut b, mut o) = (p[0], p[1], p[2]);
    for _ in 0..n {
        let x = std::ptr::read_unaligned(a as *const A);
        let y = std::ptr::read_unaligned(b as *const B);
        std::ptr::write_unaligned(o as *mut O, f(x, y));
        a = a.offset(s[0]);
        b = b.offset(s[1]);
        o = o.offset(s[2]);
    }
}

/// Runs `fast`, a homogeneous binary loop over `p`/`s`/`n` whose flags may
/// differ from those of `exact`, the same operation on one element computed
/// so that it raises exactly its own: when `fast` raised any, or `force`
/// holds for a second operand, the flags are recomputed element by element
/// with `exact` (before `fast` runs, when the output is an input:
/// [`fpstatus::rechecked`]). Flags already up are kept.
///
/// # Safety
/// As [`map2`], with `T` for every operand.
#[inline(always)]
pub unsafe fn checked_map2<T: Copy>(
    p: &[*mut u8],
    s: &[isize],
    n: usize,
    fast: impl FnOnce(),
    exact: impl Fn(T, T) -> T,
    force: impl Fn(T) -> bool,
) {
    let pair = |i: usize| {
        let a = std::ptr::read_unaligned(p[0].offset(s[0] * i as isize) as *const T);
        let b = std::ptr::read_unaligned(p[1].offset(s[1] * i as isize) as *const T);
        (a, b)
    };
    let recheck = |raised: u32| {
        if raised == 0 && !(0..n).any(|i| force(pair(i).1)) {
            return None;
        }
        for i in 0..n {
            let (a, b) = pair(i);
            std::hint::black_box(exact(a, b));
        }
        Some(fpstatus::take())
    };
    fpstatus::rechecked(fpstatus::output_aliases_input(p, 2), fast, recheck);
}

/// `(out1[i], out2[i]) = f(a[i], b[i])` over `[a, b, out1, out2]`.
///
/// # Safety
/// Pointers and steps must address `n` valid elements of `T` each.
#[inline(always)]
pub unsafe fn map2_pair<T: Copy>(p: &[*mut u8], s: &[isize], n: usize, f: impl Fn(T, T) -> (T, T)) {
    let (mut a, mut b, mut o1, mut o2) = (p[0], p[1], p[2], p[3]);
    for _ in 0..n {
        let x = std::ptr::read_unaligned(a as *const T);
        let y = std::ptr::read_unaligned(b as *const T);
        let (q, r) = f(x, y);
        std::ptr::write_unaligned(o1 as *mut T, q);
        std::ptr::write_unaligned(o2 as *mut T, r);
        a = a.offset(s[0]);
        b = b.offset(s[1]);
        o1 = o1.offset(s[2]);
        o2 = o2.offset(s[3]);
    }
}

/// True when every dtype of a loop signature equals the first one.
pub fn homogeneous(d: &[crate::dtype::DType]) -> bool {
    d.iter().all(|&x| x == d[0])
}

/// Runs `$body` with `$t` bound to the element type of `$d` when `$d` is one
/// of the listed dtypes (`Some(body)`), else `None`: the dispatch for ops
/// that exist for a subset of dtypes only (integers, floats), so no dummy
/// implementations are needed for the rest.
macro_rules! dispatch {
    ($d:expr, $t:ident => $body:expr, $($v:ident: $ty:ty),+ $(,)?) => {{
        use $crate::dtype::DType as D;
        match $d {
            $(D::$v => {
                type $t = $ty;
                Some($body)
            })+
            _ => None,
        }
    }};
}
pub(crate) use dispatch;

/// [`dispatch`] over the integer dtypes.
macro_rules! dispatch_int {
    ($d:expr, $t:ident => $body:expr) => {
        $crate::kernels::binary_loops::dispatch!($d, $t => $body,
            Int8: i8, Int16: i16, Int32: i32, Int64: i64,
            UInt8: u8, UInt16: u16, UInt32: u32, UInt64: u64)
    };
}
pub(crate) use dispatch_int;

/// [`dispatch`] over the real float dtypes.
macro_rules! dispatch_float {
    ($d:expr, $t:ident => $body:expr) => {
        $crate::kernels::binary_loops::dispatch!($d, $t => $body,
            Float16: half::f16, Float32: f32, Float64: f64)
    };
}
pub(crate) use dispatch_float;

/// [`dispatch`] over the integer and real float dtypes.
macro_rules! dispatch_real {
    ($d:expr, $t:ident => $body:expr) => {
        $crate::kernels::binary_loops::dispatch!($d, $t => $body,
            Int8: i8, Int16: i16, Int32: i32, Int64: i64,
            UInt8: u8, UInt16: u16, UInt32: u32, UInt64: u64,
            Float16: half::f16, Float32: f32, Float64: f64)
    };
}
pub(crate) use dispatch_real;

/// [`dispatch`] over every dtype (the `with_dtype!` dispatch, as an `Option`).
macro_rules! dispatch_all {
    ($d:expr, $t:ident => $body:expr) => {
        Some($crate::dtype::with_dtype!($d, $t => $body))
    };
}
pub(crate) use dispatch_all;

/// Defines binary ops whose loops have one dtype for both inputs and the
/// output (`TT->T`): for each, a strided kernel `$kernel::<T>` applying the
/// trait method `T::$method` through [`map2`], and an `OpDef` row `$def`
/// whose lookup accepts homogeneous signatures of the dtypes `$dispatch`
/// covers.
macro_rules! homogeneous_binary_ops {
    ($trait:ident, $dispatch:ident; $($def:ident, $name:literal, $kernel:ident => $method:ident);* $(;)?) => { $(
        /// The strided loop `[a, b, out]` of this op for `T`.
        ///
        /// # Safety
        /// `p`/`s` address `n` elements of `T` each.
        pub unsafe fn $kernel<T: $trait>(p: &[*mut u8], s: &[isize], n: usize) {
            $crate::kernels::binary_loops::map2::<T, T, T>(p, s, n, T::$method)
        }

        $crate::kernels::binary_loops::homogeneous_binary_entry!($dispatch; $def, $name, $kernel);
    )* };
}
pub(crate) use homogeneous_binary_ops;

/// The op-table entry `TT->T` of a binary op whose kernel `$kernel::<T>`
/// exists for every type `$dispatch` binds.
macro_rules! homogeneous_binary_entry {
    ($dispatch:ident; $def:ident, $name:literal, $kernel:ident) => {
        /// Table entry: `TT->T`.
        pub const $def: $crate::ufunc::OpDef = $crate::ufunc::OpDef {
            name: $name,
            nin: 2,
            nout: 1,
            lookup: |d: &[$crate::dtype::DType]| {
                if d.len() != 3 || !$crate::kernels::binary_loops::homogeneous(d) {
                    return None;
                }
        $dispatch!(d[0], T => $kernel::<T> as $crate::ufunc::Kernel)
            },
        };
    };
}
pub(crate) use homogeneous_binary_entry;
