//! napi exports of the ufunc engine.

use super::arena::{blank_desc, ArenaReader};
use super::raw_bytes::RawBytes;
use crate::dtype::DType;
use crate::error::{RumpyError, RumpyResult};
use crate::layout::ArrayDesc;
use crate::ufunc::{self, MAX_OPERANDS, OPS};
use napi::bindgen_prelude::{panic_to_error, FromNapiValue, JsError, ToNapiValue};
use napi::{sys, Env};
use napi_derive::napi;
use std::cell::RefCell;
use std::panic::AssertUnwindSafe;

/// The names of the native op table, in index order; TypeScript maps its
/// ufuncs onto these indices once at load time.
#[napi]
pub fn ufunc_names() -> Vec<String> {
    OPS.iter().map(|op| op.name.to_string()).collect()
}

/// Whether NumPy's loop of op `op` (an index into [`ufunc_names`]) for
/// first input dtype `code` clears the floating-point status after it runs
/// ([`ufunc::loop_clears_status`]), for the reductions' own cast reports.
#[napi]
pub fn ufunc_loop_clears_status(op: u32, code: u32) -> napi::Result<bool> {
    let def = OPS
        .get(op as usize)
        .ok_or_else(|| RumpyError::Value(format!("unknown ufunc {op}")))?;
    Ok(ufunc::loop_clears_status(def.name, DType::from_code(code)?))
}

/// Runs op `op` (an index into [`ufunc_names`]) on the arena's contents:
/// a mask flag (0/1), the loop signature (one dtype code per operand), then
/// the operands (inputs, then outputs, then the `where=` mask if flagged), all carrying the broadcast shape. `late` is the
/// buffer of an operand whose address slot is -1 (a new output). Returns the
/// floating-point error flags (`fpstatus`) for `np.seterr`.
#[napi(catch_unwind)]
pub fn ufunc_call(
    arena_id: u32,
    op: u32,
    #[napi(ts_arg_type = "Uint8Array | undefined")] late: Option<RawBytes>,
) -> napi::Result<u32> {
    Ok(ufunc_call_impl(arena_id, op, late)?)
}

fn ufunc_call_impl(arena_id: u32, op: u32, late: Option<RawBytes>) -> RumpyResult<u32> {
    let def = OPS
        .get(op as usize)
        .ok_or_else(|| RumpyError::Value(format!("unknown ufunc {op}")))?;
    let mut arena = ArenaReader::open(arena_id, late)?;
    let has_mask = arena.f64()? != 0.0;
    let n = def.nin + def.nout;
    if n > MAX_OPERANDS {
        return Err(RumpyError::Value(format!(
            "{}: wrong number of operands",
            def.name
        )));
    }
    let mut signature = [DType::Bool; MAX_OPERANDS];
    for d in &mut signature[..n] {
        *d = DType::from_code(arena.f64()? as u32)?;
    }
    // Descriptors are read into this thread's scratch vector, whose shape and
    // stride vectors are reused from call to call (a nested call, which
    // cannot happen today, would just start from an empty one).
    let mut operands = SCRATCH.with(|s| s.take());
    let total = n + usize::from(has_mask);
    while operands.len() < total {
        operands.push(blank_desc());
    }
    for d in &mut operands[..total] {
        arena.array_into(d)?;
    }
    let mask = if has_mask { Some(&operands[n]) } else { None };
    let flags = ufunc::exec(def, &signature[..n], &operands[..n], mask)?;
    SCRATCH.with(|s| s.replace(operands));
    Ok(flags)
}

/// The small-call path: an op on C-contiguous operands of `n` elements,
/// one output, no mask, the output in its loop dtype; an input may
/// instead be one element broadcast to all `n` (a Python scalar's 0-d
/// slot: step 0). Arena: the op index, `n`, the bit mask of those scalar
/// inputs, the loop's dtype codes (inputs, then the output), the inputs'
/// own dtype codes (an input of another dtype is cast first, for calls of
/// at most `ufunc::CONTIGUOUS_CAST_MAX` elements), then per operand
/// `[address, bufferLength, byteOffset]`; the floating-point flags are
/// returned in the op's slot. The output must not overlap an
/// input (JS passes a new array). Skips descriptor building and layout
/// coalescing: one bounds check per operand, then one inner-loop call (or
/// the threaded traversal for large `n`).
fn ufunc_call_contiguous(arena_id: u32, late: Option<RawBytes>) -> RumpyResult<()> {
    let mut arena = ArenaReader::open(arena_id, late)?;
    let op = arena.usize()?;
    let def = OPS
        .get(op)
        .ok_or_else(|| RumpyError::Value(format!("unknown ufunc {op}")))?;
    let n_ops = def.nin + def.nout;
    if def.nout != 1 || !(2..=3).contains(&n_ops) {
        return Err(RumpyError::Value(format!(
            "{}: no contiguous path",
            def.name
        )));
    }
    let n = arena.usize()?;
    let scalars = arena.usize()?;
    let mut signature = [DType::Bool; 3];
    for d in &mut signature[..n_ops] {
        *d = DType::from_code(arena.f64()? as u32)?;
    }
    // The inputs' own dtypes: an input whose dtype is not its loop's is cast.
    let mut sources = [DType::Bool; 2];
    for d in &mut sources[..def.nin] {
        *d = DType::from_code(arena.f64()? as u32)?;
    }
    let casting = (0..def.nin).any(|k| sources[k] != signature[k]);
    if casting && n > ufunc::CONTIGUOUS_CAST_MAX {
        return Err(RumpyError::Value(
            "contiguous ufunc call: too many elements to cast".into(),
        ));
    }
    let mut ptrs = [std::ptr::null_mut::<u8>(); 3];
    let mut steps = [0isize; 3];
    let mut counts = [n; 3];
    for k in 0..n_ops {
        let scalar = k < def.nin && scalars & (1 << k) != 0;
        counts[k] = if scalar { 1 } else { n };
        let dtype = if k < def.nin {
            sources[k]
        } else {
            signature[k]
        };
        ptrs[k] = arena.contiguous(counts[k], dtype)?;
        steps[k] = if scalar {
            0
        } else {
            signature[k].itemsize() as isize
        };
    }
    let out_bytes = n * signature[n_ops - 1].itemsize();
    let out = ptrs[n_ops - 1] as usize;
    for k in 0..def.nin {
        if sources[k] != signature[k] {
            // (Cast into a buffer before the output is written.)
            continue;
        }
        let (p, len) = (ptrs[k] as usize, counts[k] * signature[k].itemsize());
        let identical = p == out && len == out_bytes;
        if !identical && p < out + out_bytes && out < p + len {
            return Err(RumpyError::Value(
                "contiguous ufunc call: output overlaps an input".into(),
            ));
        }
    }
    let kernel = (def.lookup)(&signature[..n_ops]).ok_or_else(|| {
        RumpyError::Type(format!(
            "ufunc '{}' has no native loop for this signature",
            def.name
        ))
    })?;
    if n == 0 {
        arena.set(0, 0.0);
        return Ok(());
    }
    if casting {
        // SAFETY: every operand was bounds-checked for its elements of its
        // own dtype; the kernel is the signature's; n is small (above).
        let flags = unsafe {
            ufunc::run_cast_contiguous(
                def.name,
                kernel,
                &signature[..n_ops],
                &sources[..def.nin],
                &ptrs[..n_ops],
                &steps[..n_ops],
                n,
            )
        };
        arena.set(0, flags as f64);
        return Ok(());
    }
    if n < crate::traverse::nary::SERIAL_ELEMENTS {
        crate::fpstatus::clear();
        // SAFETY: every operand was bounds-checked for `n` elements of its
        // loop dtype, and the kernel is the signature's.
        unsafe { kernel(&ptrs[..n_ops], &steps[..n_ops], n) };
        let flags = crate::fpstatus::take();
        arena.set(
            0,
            ufunc::reported_flags_for(def.name, signature[0], flags) as f64,
        );
        return Ok(());
    }
    let shape = [n];
    let st = steps.map(|s| [s]);
    let out_item = signature[n_ops - 1].itemsize();
    // SAFETY: as above.
    let flags = unsafe {
        let inner = |p: &[*mut u8], s: &[isize], m: usize| kernel(p, s, m);
        if n_ops == 2 {
            crate::traverse::nary::run_streamed(
                &shape,
                [ptrs[0], ptrs[1]],
                [&st[0], &st[1]],
                out_item,
                &|p, s, m| inner(&p, &s, m),
            )
        } else {
            crate::traverse::nary::run_streamed(
                &shape,
                [ptrs[0], ptrs[1], ptrs[2]],
                [&st[0], &st[1], &st[2]],
                out_item,
                &|p, s, m| inner(&p, &s, m),
            )
        }
    };
    arena.set(
        0,
        ufunc::reported_flags_for(def.name, signature[0], flags) as f64,
    );
    Ok(())
}

/// [`ufunc_call`] as a plain napi function, created once by JS at load.
///
/// The `#[napi]` wrapper of every exported function sets up napi-rs's
/// borrow-tracking scope (a heap allocation, a mutex and thread-local
/// bookkeeping per call), which costs as much as a small ufunc's whole
/// native work; this callback decodes its three arguments directly and
/// reports errors (and panics) the way `#[napi(catch_unwind)]` does.
#[napi(ts_return_type = "(arenaId: number, op: number, late: Uint8Array | undefined) => number")]
pub fn ufunc_call_function(env: Env) -> napi::Result<RawValue> {
    raw_function(env, "ufuncCallFast", Some(ufunc_call_callback))
}

/// [`ufunc_call_contiguous`] on arena `arena_id` as a plain napi function
/// taking only the optional late buffer (the arena id is the function's
/// data; the op and the returned flags travel in the arena).
#[napi(ts_return_type = "(late?: Uint8Array) => void")]
pub fn ufunc_contiguous_function(env: Env, arena_id: u32) -> napi::Result<RawValue> {
    raw_function_with_data(
        env,
        "ufuncContiguousFast",
        Some(ufunc_contiguous_callback),
        arena_id as usize as *mut std::ffi::c_void,
    )
}

/// A JS function calling `callback` directly (no napi-rs wrapper).
fn raw_function(env: Env, name: &str, callback: sys::napi_callback) -> napi::Result<RawValue> {
    raw_function_with_data(env, name, callback, std::ptr::null_mut())
}

/// [`raw_function`] with a data pointer for the callback.
pub(super) fn raw_function_with_data(
    env: Env,
    name: &str,
    callback: sys::napi_callback,
    data: *mut std::ffi::c_void,
) -> napi::Result<RawValue> {
    let mut f = std::ptr::null_mut();
    // SAFETY: a plain napi call with valid arguments on the JS thread.
    let status = unsafe {
        sys::napi_create_function(
            env.raw(),
            name.as_ptr().cast(),
            name.len() as isize,
            callback,
            data,
            &mut f,
        )
    };
    if status != sys::Status::napi_ok {
        return Err(napi::Error::from_reason("napi_create_function failed"));
    }
    Ok(RawValue(f))
}

unsafe extern "C" fn ufunc_call_callback(
    env: sys::napi_env,
    info: sys::napi_callback_info,
) -> sys::napi_value {
    let result = (|| -> napi::Result<u32> {
        // `(arenaId, op, late?)`; a missing `late` reads as `undefined`.
        let (argv, _, _) = super::raw_call::callback_args::<3>(env, info)?;
        let arena_id = u32::from_napi_value(env, argv[0])?;
        let op = u32::from_napi_value(env, argv[1])?;
        let late = Option::<RawBytes>::from_napi_value(env, argv[2])?;
        std::panic::catch_unwind(AssertUnwindSafe(|| ufunc_call_impl(arena_id, op, late)))
            .map_err(panic_to_error)?
            .map_err(napi::Error::from)
    })();
    super::raw_call::flags_or_throw(env, result)
}

unsafe extern "C" fn ufunc_contiguous_callback(
    env: sys::napi_env,
    info: sys::napi_callback_info,
) -> sys::napi_value {
    let result = (|| -> napi::Result<()> {
        let (data, late) = super::raw_call::data_and_late(env, info)?;
        let arena_id = data as usize as u32;
        std::panic::catch_unwind(AssertUnwindSafe(|| ufunc_call_contiguous(arena_id, late)))
            .map_err(panic_to_error)?
            .map_err(napi::Error::from)
    })();
    if let Err(e) = result {
        JsError::from(e).throw_into(env);
    }
    std::ptr::null_mut()
}

/// A JS value created by raw napi calls, returned as is.
pub struct RawValue(sys::napi_value);

impl ToNapiValue for RawValue {
    unsafe fn to_napi_value(_env: sys::napi_env, val: Self) -> napi::Result<sys::napi_value> {
        Ok(val.0)
    }
}

thread_local! {
    /// Reused operand descriptors of [`ufunc_call`].
    static SCRATCH: RefCell<Vec<ArrayDesc>> = const { RefCell::new(Vec::new()) };
}

/// `matmulCall` on arena `arena_id` as a plain napi function (see
/// `raw_call`; returns the floating-point error flags).
#[napi(ts_return_type = "(late?: Uint8Array) => number")]
pub fn matmul_call_function(env: napi::Env, arena_id: u32) -> napi::Result<RawValue> {
    super::raw_call::arena_function(env, "matmulCall", arena_id, matmul_call)
}

/// `matmul` on the arena's three operands `a`, `b`, `out` of one dtype, laid
/// out as `kernels::matmul` describes.
fn matmul_call(arena_id: u32, late: Option<RawBytes>) -> napi::Result<u32> {
    let mut arena = ArenaReader::open(arena_id, late)?;
    let a = arena.array()?;
    let b = arena.array()?;
    let out = arena.array()?;
    Ok(crate::kernels::matmul::matmul(&a, &b, &out)?)
}
