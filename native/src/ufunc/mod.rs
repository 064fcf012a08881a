//! The ufunc engine's native half: the op table and the executor.
//!
//! Each elementwise op is one [`OpDef`] row: its name, arity and a `lookup`
//! from the loop's dtypes (inputs then outputs, as NumPy's `ufunc.types`
//! lists them) to a 1-D strided kernel. The TypeScript layer resolves types
//! (promotion → loop selection from the same type lists) and broadcasting, and
//! sends the operands with the broadcast shape (0 strides on broadcast axes)
//! plus the loop dtypes. [`exec`] then casts, block by block, the inputs whose
//! dtype differs from the loop's into small buffers and the outputs back
//! (NumPy's buffered iteration), and `traverse::nary` walks memory.

pub mod at;

use crate::dtype::DType;
use crate::error::{RumpyError, RumpyResult};
use crate::fpstatus;
use crate::kernels::arith;
use crate::kernels::cast::{cast_fn, CastLoop};
use crate::kernels::unary;
use crate::kernels::where_op;
use crate::kernels::{binary_math, bitwise, compare, intdiv, isclose, round_scaled};
use crate::layout::ArrayDesc;
use crate::traverse::{nary, staging};

/// A 1-D strided inner loop over all operands (inputs, then outputs).
pub type Kernel = unsafe fn(ptrs: &[*mut u8], steps: &[isize], n: usize);

/// One row of the op table.
pub struct OpDef {
    pub name: &'static str,
    pub nin: usize,
    pub nout: usize,
    /// The kernel for a loop signature (dtypes of inputs then outputs), or
    /// `None` when the op has no such loop.
    pub lookup: fn(&[DType]) -> Option<Kernel>,
}

/// Every elementwise op, looked up by name from TypeScript at load time.
pub static OPS: &[OpDef] = &[
    arith::ADD,
    arith::SUBTRACT,
    arith::MULTIPLY,
    arith::TRUE_DIVIDE,
    where_op::WHERE,
    compare::EQUAL,
    compare::NOT_EQUAL,
    compare::LESS,
    compare::LESS_EQUAL,
    compare::GREATER,
    compare::GREATER_EQUAL,
    compare::LOGICAL_AND,
    compare::LOGICAL_OR,
    compare::LOGICAL_XOR,
    compare::MAXIMUM,
    compare::MINIMUM,
    compare::FMAX,
    compare::FMIN,
    compare::CLIP,
    intdiv::FLOOR_DIVIDE,
    intdiv::REMAINDER,
    intdiv::FMOD,
    intdiv::DIVMOD,
    intdiv::GCD,
    intdiv::LCM,
    bitwise::BITWISE_AND,
    bitwise::BITWISE_OR,
    bitwise::BITWISE_XOR,
    bitwise::LEFT_SHIFT,
    bitwise::RIGHT_SHIFT,
    binary_math::POWER,
    binary_math::FLOAT_POWER,
    binary_math::ARCTAN2,
    binary_math::HYPOT,
    binary_math::COPYSIGN,
    binary_math::NEXTAFTER,
    binary_math::LDEXP,
    binary_math::HEAVISIDE,
    binary_math::LOGADDEXP,
    binary_math::LOGADDEXP2,
    unary::NEGATIVE_OP,
    unary::POSITIVE_OP,
    unary::ABSOLUTE_OP,
    unary::SIGN_OP,
    unary::RECIPROCAL_OP,
    unary::SQUARE_OP,
    unary::CONJUGATE_OP,
    unary::INVERT_OP,
    unary::BITWISE_COUNT_OP,
    unary::LOGICAL_NOT_OP,
    unary::SQRT_OP,
    unary::CBRT_OP,
    unary::EXP_OP,
    unary::EXP2_OP,
    unary::EXPM1_OP,
    unary::LOG_OP,
    unary::LOG2_OP,
    unary::LOG10_OP,
    unary::LOG1P_OP,
    unary::SIN_OP,
    unary::COS_OP,
    unary::TAN_OP,
    unary::ARCSIN_OP,
    unary::ARCCOS_OP,
    unary::ARCTAN_OP,
    unary::SINH_OP,
    unary::COSH_OP,
    unary::TANH_OP,
    unary::ARCSINH_OP,
    unary::ARCCOSH_OP,
    unary::ARCTANH_OP,
    unary::DEG2RAD_OP,
    unary::RAD2DEG_OP,
    unary::FABS_OP,
    unary::SPACING_OP,
    unary::FLOOR_OP,
    unary::CEIL_OP,
    unary::TRUNC_OP,
    unary::RINT_OP,
    unary::ISNAN_OP,
    unary::ISINF_OP,
    unary::ISFINITE_OP,
    unary::SIGNBIT_OP,
    unary::FREXP_OP,
    unary::MODF_OP,
    unary::ANGLE_OP,
    round_scaled::ROUND_SCALED,
    round_scaled::ROUND_UNSCALED,
    isclose::ISCLOSE,
    isclose::ISCLOSE_NAN,
];

/// Most operands one call handles, the `where=` mask included (e.g. `clip`:
/// 3 inputs + 1 output + mask).
pub const MAX_OPERANDS: usize = 5;

/// Elements per block when operands are cast around the loop.
const BLOCK: usize = 1024;

/// Runs `op` with the loop `signature` over `operands` (inputs then outputs,
/// all carrying the output's shape). With a `mask` (NumPy's `where=`, a bool
/// operand of the same shape), outputs are written only where it is true.
/// Returns the floating-point error flags the loop raised (`fpstatus`).
pub fn exec(
    op: &OpDef,
    signature: &[DType],
    operands: &[ArrayDesc],
    mask: Option<&ArrayDesc>,
) -> RumpyResult<u32> {
    let n_ops = op.nin + op.nout;
    if operands.len() != n_ops
        || signature.len() != n_ops
        || n_ops + usize::from(mask.is_some()) > MAX_OPERANDS
    {
        return Err(RumpyError::Value(format!(
            "{}: wrong number of operands",
            op.name
        )));
    }
    let kernel = (op.lookup)(signature).ok_or_else(|| {
        let sig: Vec<&str> = signature.iter().map(|d| d.name()).collect();
        RumpyError::Type(format!(
            "ufunc '{}' has no native loop for {}",
            op.name,
            sig.join(", ")
        ))
    })?;
    let shape = &operands[n_ops - 1].shape;
    if operands.iter().chain(mask).any(|o| &o.shape != shape) {
        return Err(RumpyError::Value(
            "ufunc operands must carry the broadcast shape".into(),
        ));
    }
    if mask.is_some_and(|m| m.dtype != DType::Bool) {
        return Err(RumpyError::Type("where= must be a bool array".into()));
    }
    // Stage inputs (and the mask) that partially overlap an output.
    let outputs = &operands[op.nin..];
    let stage_if_needed = |d: &ArrayDesc| {
        outputs
            .iter()
            .any(|out| staging::needs_staging(d, out))
            .then(|| staging::stage(d))
    };
    let mut staged: [Option<(Vec<u8>, ArrayDesc)>; MAX_OPERANDS] = Default::default();
    for (k, s) in staged.iter_mut().enumerate().take(op.nin) {
        *s = stage_if_needed(&operands[k]);
    }
    let staged_mask = mask.and_then(stage_if_needed);
    let mask = staged_mask.as_ref().map(|s| &s.1).or(mask);
    let view = |k: usize| -> &ArrayDesc {
        match &staged[k] {
            Some((_, d)) => d,
            None => &operands[k],
        }
    };
    let nin = op.nin;
    let masked = mask.is_some();
    let mut casts: [Option<CastLoop>; MAX_OPERANDS] = [None; MAX_OPERANDS];
    // Outputs go through buffers when masked, so that only selected elements
    // are written back.
    let mut out_copy: [Option<CastLoop>; MAX_OPERANDS] = [None; MAX_OPERANDS];
    let mut origins = [std::ptr::null_mut::<u8>(); MAX_OPERANDS];
    let mut strides: [&[isize]; MAX_OPERANDS] = [&[]; MAX_OPERANDS];
    let mut itemsizes = [0isize; MAX_OPERANDS];
    for k in 0..n_ops {
        let (v, l) = (view(k), signature[k]);
        if v.dtype != l {
            casts[k] = Some(if k < nin {
                cast_fn(v.dtype, l)
            } else {
                cast_fn(l, v.dtype)
            });
        }
        if masked && k >= nin {
            out_copy[k] = Some(cast_fn(l, v.dtype));
        }
        origins[k] = v.origin();
        strides[k] = &v.strides;
        itemsizes[k] = l.itemsize() as isize;
    }
    // Inputs NumPy's buffered iterator copies into its buffer (see
    // `nary::buffered_reversed_inputs`) are copied into the block buffers
    // too, so that loops whose results depend on the sign of a stride
    // (complex64 `multiply`/`square`) see them as NumPy's do.
    if casts[..nin].iter().any(Option::is_none) {
        let mut all: [&[isize]; MAX_OPERANDS] = [&operands[n_ops - 1].strides; MAX_OPERANDS];
        for (k, a) in all.iter_mut().enumerate().take(n_ops) {
            *a = &view(k).strides;
        }
        let buffered = nary::buffered_reversed_inputs(shape, all, nin);
        for k in 0..nin {
            if casts[k].is_none() && buffered[k] {
                casts[k] = Some(cast_fn(signature[k], signature[k]));
            }
        }
    }
    let mut n_walk = n_ops;
    if let Some(m) = mask {
        origins[n_ops] = m.origin();
        strides[n_ops] = &m.strides;
        n_walk += 1;
    }
    let direct = !masked && casts.iter().all(Option::is_none);
    // NumPy casts the inputs of a small 0-d or 1-d call (at most one
    // buffer; a 0-d one even with a mask) before its loop and reports their
    // errors as "cast", one report per input; otherwise the casts run
    // inside the buffered loop and their errors are the op's.
    let casts_apart = (shape.is_empty() || (!masked && shape.len() == 1))
        && shape.iter().product::<usize>() <= CAST_APART_MAX;
    let clears = loop_clears_status(op.name, signature[0]);
    let plan = Buffered {
        kernel,
        casts_apart,
        clears_status: clears,
        n_ops,
        nin,
        masked,
        casts,
        out_copy,
        itemsizes,
    };
    let body = |p: &[*mut u8], s: &[isize], n: usize| {
        // SAFETY: operands are validated descriptors; the kernel matches the
        // signature, and casts convert to/from it.
        unsafe {
            if direct {
                kernel(p, s, n);
            } else {
                plan.run(p, s, n);
            }
        }
    };
    let o = &origins;
    let st = &strides;
    // A large contiguous output is written with streaming stores (the
    // output is the last operand walked unless a mask follows it).
    let stream = if masked {
        0
    } else {
        operands[n_ops - 1].dtype.itemsize()
    };
    // SAFETY: as above; `run` is monomorphised per operand count.
    let flags = unsafe {
        match n_walk {
            2 => nary::run_streamed(shape, [o[0], o[1]], [st[0], st[1]], stream, &|p, s, n| {
                body(&p, &s, n)
            }),
            3 => nary::run_streamed(
                shape,
                [o[0], o[1], o[2]],
                [st[0], st[1], st[2]],
                stream,
                &|p, s, n| body(&p, &s, n),
            ),
            4 => nary::run_streamed(
                shape,
                [o[0], o[1], o[2], o[3]],
                [st[0], st[1], st[2], st[3]],
                stream,
                &|p, s, n| body(&p, &s, n),
            ),
            _ => nary::run_streamed(
                shape,
                [o[0], o[1], o[2], o[3], o[4]],
                [st[0], st[1], st[2], st[3], st[4]],
                stream,
                &|p, s, n| body(&p, &s, n),
            ),
        }
    };
    // (Input casts' flags sit above the op's: see `fpstatus::as_cast`.
    // Without casts, an op that clears the status reports nothing; with
    // them, the buffered runs dropped its flags block by block, keeping the
    // output casts'.)
    let own = (1 << fpstatus::CAST_SHIFT) - 1;
    let own_flags = if direct && clears {
        0
    } else if clears {
        // What is left are the output casts' flags, which NumPy reports
        // under the op's name whatever its loop clears.
        flags & own
    } else {
        reported_flags_for(op.name, signature[0], flags & own)
    };
    Ok(own_flags | (flags & !own))
}

/// Largest contiguous call whose inputs [`run_cast_contiguous`] casts (one
/// block buffer each); the JS small-call tier takes that path only up to here.
pub const CONTIGUOUS_CAST_MAX: usize = BLOCK;

/// A small 0-d or 1-d call on contiguous operands (`n` elements; an input
/// of step 0 is one element broadcast) whose inputs `k` with `sources[k] !=
/// signature[k]` are cast into block buffers before the kernel runs. As in
/// [`exec`] for such calls (and in NumPy, which casts a small call's inputs
/// before its loop), each input's cast errors are reported apart, as
/// "cast", above [`fpstatus::CAST_SHIFT`]; an op that clears the status
/// drops only its own. Returns the flags to report.
///
/// # Safety
/// `ptrs[k]`/`steps[k]` address `n` elements (1 when the step is 0) of
/// `sources[k]` for each input and of `signature[nin]` for the output,
/// which overlaps no input that is not cast; `kernel` is the loop of
/// `signature`; `n <= CONTIGUOUS_CAST_MAX`.
pub unsafe fn run_cast_contiguous(
    name: &str,
    kernel: Kernel,
    signature: &[DType],
    sources: &[DType],
    ptrs: &[*mut u8],
    steps: &[isize],
    n: usize,
) -> u32 {
    debug_assert!(n <= CONTIGUOUS_CAST_MAX);
    let nin = sources.len();
    let mut bufs = std::mem::MaybeUninit::<[[u128; BLOCK]; 2]>::uninit();
    let buf0 = bufs.as_mut_ptr() as *mut u8;
    let mut p = [std::ptr::null_mut::<u8>(); MAX_OPERANDS];
    p[..ptrs.len()].copy_from_slice(ptrs);
    fpstatus::clear();
    for k in 0..nin.min(2) {
        if sources[k] == signature[k] {
            continue;
        }
        let q = buf0.add(k * BLOCK * 16);
        let len = if steps[k] == 0 { 1 } else { n };
        let cast = cast_fn(sources[k], signature[k]);
        let (from, to) = (
            sources[k].itemsize() as isize,
            signature[k].itemsize() as isize,
        );
        fpstatus::as_cast(k, || cast([p[k], q], [from, to], len));
        p[k] = q;
    }
    kernel(&p[..ptrs.len()], steps, n);
    if loop_clears_status(name, signature[0]) {
        fpstatus::drop_own();
    }
    let flags = fpstatus::take();
    let own = (1 << fpstatus::CAST_SHIFT) - 1;
    reported_flags_for(name, signature[0], flags & own) | (flags & !own)
}

/// Ops whose NumPy loops compare floats and treat NaN quietly but, unlike
/// [`STATUS_CLEARING_OPS`], keep their other flags: a NaN operand never
/// reports "invalid value". Their vectorised loops here use ordered
/// compares, which raise the hardware invalid flag for a NaN operand, so
/// that flag is dropped for them (and for the status-clearing ops). Nothing
/// else in these ops can be an invalid operation.
const QUIET_NAN_OPS: &[&str] = &["heaviside", "nextafter", "spacing"];

/// Largest call (elements) whose input casts [`exec`] reports apart:
/// NumPy's buffer size.
const CAST_APART_MAX: usize = 8192;

/// Ops whose NumPy loops clear the floating-point status after they run
/// (the comparison, min/max, clip and sign loops): whatever was raised
/// before their loop ends — including by an input cast inside a buffered
/// loop — is not reported; an output cast after it is.
const STATUS_CLEARING_OPS: &[&str] = &[
    "equal",
    "not_equal",
    "less",
    "less_equal",
    "greater",
    "greater_equal",
    "maximum",
    "minimum",
    "fmax",
    "fmin",
    "clip",
    "sign",
];

/// Whether op `name`'s loop clears the floating-point status (see
/// [`STATUS_CLEARING_OPS`]).
pub fn clears_status(name: &str) -> bool {
    STATUS_CLEARING_OPS.contains(&name)
}

/// Whether NumPy's loop of op `name` for inputs of `input` clears the
/// status after it runs, dropping what its buffered input casts raised
/// too: the float32/float64 loops of [`STATUS_CLEARING_OPS`], the complex
/// min/max loops and `clip`'s float16 one (NumPy's float16 and integer
/// comparison and min/max loops do not, nor its complex comparisons).
pub fn loop_clears_status(name: &str, input: DType) -> bool {
    clears_status(name)
        && match input {
            DType::Float32 | DType::Float64 => true,
            DType::Float16 => name == "clip",
            DType::Complex64 | DType::Complex128 => {
                matches!(name, "maximum" | "minimum" | "fmax" | "fmin" | "clip")
            }
            _ => false,
        }
}

/// The ordering comparisons, whose complex loops in NumPy compare the parts
/// with C's `<`/`<=` and keep the invalid flag that a NaN part raises.
const ORDERINGS: &[&str] = &["less", "less_equal", "greater", "greater_equal"];

/// [`clears_status`] for the loop whose first input is of `input`: not the
/// complex loops of the ordering comparisons (see [`ORDERINGS`]).
pub fn clears_status_for(name: &str, input: DType) -> bool {
    clears_status(name)
        && !(matches!(input, DType::Complex64 | DType::Complex128) && ORDERINGS.contains(&name))
}

/// [`reported_flags`] for the loop whose first input is of `input`: the
/// complex orderings (see [`clears_status_for`]) and float16 `spacing`
/// (NumPy's half loop reports a non-finite input) keep "invalid", and so
/// do the bool and integer loops, which raise nothing themselves: what
/// their run raised came from casts inside the buffered loop, which NumPy
/// reports under the op's name.
#[inline]
pub fn reported_flags_for(name: &str, input: DType, flags: u32) -> u32 {
    let keeps_invalid = (clears_status(name) && !clears_status_for(name, input))
        || (input == DType::Float16 && name == "spacing")
        || !input.is_inexact();
    if flags & fpstatus::INVALID != 0 && keeps_invalid {
        flags
    } else {
        reported_flags(name, flags)
    }
}

/// The floating-point flags a reduction through op `name` reports, from
/// those its run raised (input block casts included): none for an op that
/// clears the status, else [`reported_flags`].
pub fn reduction_reported_flags(name: &str, flags: u32) -> u32 {
    if flags != 0 && clears_status(name) {
        0
    } else {
        reported_flags(name, flags)
    }
}

/// The floating-point flags op `name` reports, from those its run raised:
/// without the invalid flag for ops that treat NaN quietly (see
/// [`QUIET_NAN_OPS`], [`STATUS_CLEARING_OPS`]). Looks the name up only
/// when invalid is up.
#[inline]
pub fn reported_flags(name: &str, flags: u32) -> u32 {
    if flags & fpstatus::INVALID != 0 && (clears_status(name) || QUIET_NAN_OPS.contains(&name)) {
        flags & !fpstatus::INVALID
    } else {
        flags
    }
}

/// How [`exec`] runs the kernel through block buffers: inputs whose dtype
/// differs from the loop's are cast in, outputs cast (or, with a mask,
/// copied where it is true) back out.
struct Buffered {
    kernel: Kernel,
    /// Report the input casts' flags apart from the op's (see [`exec`]).
    casts_apart: bool,
    /// The op's loop clears the status after it runs (see [`STATUS_CLEARING_OPS`]).
    clears_status: bool,
    n_ops: usize,
    nin: usize,
    masked: bool,
    casts: [Option<CastLoop>; MAX_OPERANDS],
    out_copy: [Option<CastLoop>; MAX_OPERANDS],
    itemsizes: [isize; MAX_OPERANDS],
}

impl Buffered {
    /// One 1-D strided run of `n` elements (the mask, if any, after the
    /// outputs). Kept out of line: its block buffers make a large stack
    /// frame that the direct path should not pay for.
    ///
    /// # Safety
    /// As [`Kernel`]: pointers and steps valid for `n` elements.
    #[inline(never)]
    unsafe fn run(&self, p: &[*mut u8], s: &[isize], n: usize) {
        let (n_ops, nin, masked) = (self.n_ops, self.nin, self.masked);
        let (casts, itemsizes) = (&self.casts, &self.itemsizes);
        // Inputs are cast in before the kernel reads them and outputs written
        // by the kernel before they are copied out, so the buffers need no
        // initialisation.
        let mut bufs = std::mem::MaybeUninit::<[[u128; BLOCK]; MAX_OPERANDS]>::uninit();
        let buf0 = bufs.as_mut_ptr() as *mut u8;
        let mut q = [std::ptr::null_mut::<u8>(); MAX_OPERANDS];
        let mut qs = [0isize; MAX_OPERANDS];
        let mut start = 0;
        while start < n {
            let m = BLOCK.min(n - start);
            // What earlier blocks raised (their output casts' flags): a
            // loop that clears the status clears only this block's own, as
            // NumPy's single buffered loop over a call of up to a buffer
            // clears before any output is cast.
            let earlier = if self.clears_status {
                fpstatus::take()
            } else {
                0
            };
            for k in 0..n_ops {
                let at = p[k].offset(s[k] * start as isize);
                let buffered = casts[k].is_some() || (masked && k >= nin);
                if buffered {
                    q[k] = buf0.add(k * BLOCK * 16);
                    // A broadcast (stride-0) input is cast once and stays
                    // stride 0, so kernels still see a scalar operand.
                    let scalar = k < nin && s[k] == 0;
                    qs[k] = if scalar { 0 } else { itemsizes[k] };
                    if let (true, Some(cast)) = (k < nin, casts[k]) {
                        let len = if scalar { 1 } else { m };
                        let run = || cast([at, q[k]], [s[k], qs[k]], len);
                        if self.casts_apart {
                            fpstatus::as_cast(k, run);
                        } else {
                            run();
                        }
                    }
                } else {
                    q[k] = at;
                    qs[k] = s[k];
                }
            }
            if masked {
                // The kernel runs on the selected runs only, so that the
                // elements `where=` leaves out raise no floating-point
                // flags (NumPy's masked loop calls its inner loop per run).
                let (sel, ms) = (p[n_ops].offset(s[n_ops] * start as isize), s[n_ops]);
                let mut i = 0;
                while i < m {
                    if *sel.offset(ms * i as isize) == 0 {
                        i += 1;
                        continue;
                    }
                    let mut j = i + 1;
                    while j < m && *sel.offset(ms * j as isize) != 0 {
                        j += 1;
                    }
                    let mut qi = q;
                    for k in 0..n_ops {
                        qi[k] = q[k].offset(qs[k] * i as isize);
                    }
                    (self.kernel)(&qi[..n_ops], &qs[..n_ops], j - i);
                    i = j;
                }
            } else {
                (self.kernel)(&q[..n_ops], &qs[..n_ops], m);
            }
            if self.clears_status {
                fpstatus::drop_own();
                fpstatus::raise(earlier);
            }
            for k in nin..n_ops {
                let at = p[k].offset(s[k] * start as isize);
                if let Some(copy) = self.out_copy[k] {
                    // Write back the runs of elements the mask selects.
                    let sel = p[n_ops].offset(s[n_ops] * start as isize);
                    let mut i = 0;
                    while i < m {
                        if *sel.offset(s[n_ops] * i as isize) == 0 {
                            i += 1;
                            continue;
                        }
                        let mut j = i + 1;
                        while j < m && *sel.offset(s[n_ops] * j as isize) != 0 {
                            j += 1;
                        }
                        let src = q[k].offset(itemsizes[k] * i as isize);
                        copy(
                            [src, at.offset(s[k] * i as isize)],
                            [itemsizes[k], s[k]],
                            j - i,
                        );
                        i = j;
                    }
                } else if let Some(cast) = casts[k] {
                    cast([q[k], at], [itemsizes[k], s[k]], m);
                }
            }
            start += m;
        }
    }
}

#[cfg(test)]
mod float16_flag_tests {
    use super::*;
    use half::f16;

    /// NumPy's float16 min/max and comparison loops raise no "invalid" for
    /// NaN. rumpy's kernels (at the vector level the test machine selects)
    /// raise none either; `reported_flags_for` still drops "invalid" for
    /// them (designs/deviations.md: an output cast's "invalid" is lost).
    #[test]
    fn float16_min_max_and_comparisons_raise_nothing_for_nan() {
        let xs: Vec<f16> = (0..37)
            .map(|i| {
                if i % 3 == 0 {
                    f16::NAN
                } else {
                    f16::from_f32(i as f32)
                }
            })
            .collect();
        let ys: Vec<f16> = (0..37)
            .map(|i| {
                if i % 5 == 0 {
                    f16::NAN
                } else {
                    f16::from_f32(20.0 - i as f32)
                }
            })
            .collect();
        for name in [
            "maximum",
            "minimum",
            "fmax",
            "fmin",
            "less",
            "less_equal",
            "greater",
            "greater_equal",
            "equal",
            "not_equal",
        ] {
            let def = OPS.iter().find(|o| o.name == name && o.nin == 2).unwrap();
            let cmp = !name.contains("max") && !name.contains("min");
            let out_dtype = if cmp { DType::Bool } else { DType::Float16 };
            let kernel = (def.lookup)(&[DType::Float16, DType::Float16, out_dtype]).unwrap();
            let mut out = vec![0u16; 37];
            crate::fpstatus::clear();
            unsafe {
                kernel(
                    &[
                        xs.as_ptr() as *mut u8,
                        ys.as_ptr() as *mut u8,
                        out.as_mut_ptr() as *mut u8,
                    ],
                    &[2, 2, if cmp { 1 } else { 2 }],
                    37,
                );
            }
            assert_eq!(
                crate::fpstatus::take() & crate::fpstatus::INVALID,
                0,
                "{name}"
            );
        }
    }
}
