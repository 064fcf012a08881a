//! rumpy's native core.
//!
//! * `dtype` — the dtype enum and the single dispatch macro;
//! * `layout` — validated strided descriptors over borrowed JS memory;
//! * `traverse` — how memory is walked (coalescing, strided loops);
//! * `kernels` — what is computed per element;
//! * `bindings` — thin napi exports.

pub mod allocator;
pub mod dtype;
pub mod error;
pub mod fpstatus;
pub mod hugepages;
pub mod kernels;
pub mod layout;
pub mod parallel;
pub mod traverse;
pub mod ufunc;

#[cfg_attr(test, allow(dead_code))]
mod bindings;
