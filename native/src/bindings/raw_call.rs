//! Arena calls as plain napi functions.
//!
//! napi-rs's `#[napi]` wrapper costs a borrow-tracking scope, argument
//! conversion and an error path per call, which is as much as a small
//! reduction or cast itself. An *arena call* instead reads everything from
//! the call arena (its op, flags and operands; `arena.rs`), takes only the
//! optional late buffer, and returns a `u32` (the floating-point flags): it
//! is exposed as a plain napi function created once per arena, with the
//! arena id and the Rust function in the function's data.

use super::raw_bytes::RawBytes;
use super::ufunc::{raw_function_with_data, RawValue};
use napi::bindgen_prelude::{panic_to_error, FromNapiValue, JsError};
use napi::{sys, Env};
use std::panic::AssertUnwindSafe;

/// The Rust side of an arena call: arena id and late buffer in, flags out.
pub type ArenaCall = fn(u32, Option<RawBytes>) -> napi::Result<u32>;

/// The data of one arena function (leaked: created once per arena, for the
/// life of the process).
struct ArenaFn {
    arena_id: u32,
    call: ArenaCall,
}

/// A JS function `(late?: Uint8Array) => number` running `call` on arena
/// `arena_id`.
pub fn arena_function(
    env: Env,
    name: &str,
    arena_id: u32,
    call: ArenaCall,
) -> napi::Result<RawValue> {
    let data = Box::into_raw(Box::new(ArenaFn { arena_id, call }));
    raw_function_with_data(env, name, Some(arena_callback), data.cast())
}

/// The napi callback of every arena function: reads the late buffer,
/// runs the call with panics caught, returns its flags or throws its error.
unsafe extern "C" fn arena_callback(
    env: sys::napi_env,
    info: sys::napi_callback_info,
) -> sys::napi_value {
    let result = (|| -> napi::Result<u32> {
        let (data, late) = data_and_late(env, info)?;
        if data.is_null() {
            return Err(napi::Error::from_reason("arena function without data"));
        }
        // SAFETY: `data` is the leaked `ArenaFn` of this function.
        let f = &*(data as *const ArenaFn);
        std::panic::catch_unwind(AssertUnwindSafe(|| (f.call)(f.arena_id, late)))
            .map_err(panic_to_error)?
    })();
    flags_or_throw(env, result)
}

/// The first `N` arguments (missing ones read as `undefined`), how many
/// were passed, and the function data of a raw callback.
///
/// # Safety
/// `env` and `info` must be those of the running callback.
pub(super) unsafe fn callback_args<const N: usize>(
    env: sys::napi_env,
    info: sys::napi_callback_info,
) -> napi::Result<([sys::napi_value; N], usize, *mut std::ffi::c_void)> {
    let mut argc = N;
    let mut argv = [std::ptr::null_mut(); N];
    let mut data = std::ptr::null_mut();
    let status = sys::napi_get_cb_info(
        env,
        info,
        &mut argc,
        argv.as_mut_ptr(),
        std::ptr::null_mut(),
        &mut data,
    );
    if status != sys::Status::napi_ok {
        return Err(napi::Error::from_reason("napi_get_cb_info failed"));
    }
    Ok((argv, argc, data))
}

/// The function data and the optional late buffer (first argument) of a
/// raw callback taking `(late?: Uint8Array)`.
///
/// # Safety
/// `env` and `info` must be those of the running callback.
pub(super) unsafe fn data_and_late(
    env: sys::napi_env,
    info: sys::napi_callback_info,
) -> napi::Result<(*mut std::ffi::c_void, Option<RawBytes>)> {
    let ([arg], argc, data) = callback_args::<1>(env, info)?;
    let late = if argc == 0 {
        None
    } else {
        Option::<RawBytes>::from_napi_value(env, arg)?
    };
    Ok((data, late))
}

/// A raw callback's return: the flags as a JS number, or, for an error,
/// the error thrown into `env` (and a null value).
///
/// # Safety
/// `env` must be the environment of the running callback.
pub(super) unsafe fn flags_or_throw(
    env: sys::napi_env,
    result: napi::Result<u32>,
) -> sys::napi_value {
    match result {
        Ok(flags) => {
            let mut out = std::ptr::null_mut();
            sys::napi_create_uint32(env, flags, &mut out);
            out
        }
        Err(e) => {
            JsError::from(e).throw_into(env);
            std::ptr::null_mut()
        }
    }
}
