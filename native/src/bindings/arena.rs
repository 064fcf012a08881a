//! The call arena: a JS-owned `Float64Array` through which calls pass their
//! operand descriptors, so a call crosses the boundary with one small integer
//! instead of several typed arrays (each typed-array argument costs a
//! `napi_get_typedarray_info` round trip, which dominates small calls).
//!
//! Each JS module instance attaches its own arena once and gets an id; the
//! registry is per thread (worker threads have their own). An operand in the
//! arena is `[address, bufferLength, dtype, byteOffset, ndim, shape…,
//! strides…]`, where `address` is the start of the operand's `Uint8Array`
//! (from [`buffer_address`]) and `bufferLength` its *current* byte length, read
//! by JS at every call, so a detached buffer (length 0) fails validation
//! instead of being touched.

use super::raw_bytes::RawBytes;
use crate::dtype::DType;
use crate::error::{RumpyError, RumpyResult};
use crate::layout::{ArrayDesc, Dims, Steps};
use napi_derive::napi;
use std::cell::RefCell;

thread_local! {
    static ARENAS: RefCell<Vec<(*mut f64, usize)>> = const { RefCell::new(Vec::new()) };
}

/// Registers `arena` (a `Uint8Array` over a `Float64Array`, kept alive by its JS module for the
/// life of the process) and returns its id.
#[napi(catch_unwind)]
pub fn attach_arena(#[napi(ts_arg_type = "Uint8Array")] arena: RawBytes) -> u32 {
    ARENAS.with(|a| {
        let mut a = a.borrow_mut();
        a.push((arena.ptr as *mut f64, arena.len / 8));
        (a.len() - 1) as u32
    })
}

/// Keeps freed array memory in the process for reuse (`allocator::tune`);
/// rumpy calls this once at load unless `RUMPY_MALLOC_TUNING=0`.
#[napi(catch_unwind)]
pub fn tune_allocator() {
    crate::allocator::tune();
}

/// Switches heap allocation of large blocks on or off (`allocator::large_from_heap`);
/// rumpy brackets its large uninitialised output buffers with it.
#[napi(catch_unwind)]
pub fn large_alloc_from_heap(on: bool) {
    crate::allocator::large_from_heap(on);
}

/// Zero-fills a new buffer as a fresh mapping is zero (`allocator::zero_fill`);
/// rumpy uses it for large zero-filled arrays.
#[napi(catch_unwind)]
pub fn zero_fill_new(#[napi(ts_arg_type = "Uint8Array")] bytes: RawBytes) {
    // SAFETY: a buffer JS has just allocated and not yet shared.
    unsafe { crate::allocator::zero_fill(bytes.ptr, bytes.len) };
}

/// The address of the first byte of a `Uint8Array`'s view, as a number
/// (exact: user-space addresses fit in 53 bits).
#[napi(catch_unwind)]
pub fn buffer_address(#[napi(ts_arg_type = "Uint8Array")] bytes: RawBytes) -> f64 {
    bytes.ptr as usize as f64
}

/// Sequential reader over one arena's contents.
pub struct ArenaReader {
    data: *mut f64,
    len: usize,
    pos: usize,
    /// The buffer of an operand whose address JS does not know yet (a new
    /// output), passed as a call argument; see [`ArenaReader::array`].
    late: Option<RawBytes>,
}

impl ArenaReader {
    /// Opens arena `id` of the current thread.
    pub fn open(id: u32, late: Option<RawBytes>) -> RumpyResult<ArenaReader> {
        let (data, len) = ARENAS
            .with(|a| a.borrow().get(id as usize).copied())
            .ok_or_else(|| RumpyError::Value("unknown call arena".into()))?;
        Ok(ArenaReader {
            data,
            len,
            pos: 0,
            late,
        })
    }

    pub fn f64(&mut self) -> RumpyResult<f64> {
        if self.pos >= self.len {
            return Err(RumpyError::Value("call arena overrun".into()));
        }
        // SAFETY: in bounds of the registered arena.
        let v = unsafe { *self.data.add(self.pos) };
        self.pos += 1;
        Ok(v)
    }

    /// Writes `v` into slot `pos` (a result for JS to read back).
    pub fn set(&mut self, pos: usize, v: f64) {
        if pos < self.len {
            // SAFETY: in bounds of the registered arena.
            unsafe { *self.data.add(pos) = v };
        }
    }

    pub fn usize(&mut self) -> RumpyResult<usize> {
        Ok(self.f64()? as usize)
    }

    /// The address of an operand slot, taking the call's `late` buffer (and
    /// writing its address back) when the slot holds -1.
    fn address(&mut self) -> RumpyResult<usize> {
        let slot = self.pos;
        let mut addr = self.f64()?;
        if addr < 0.0 {
            let late = self
                .late
                .as_ref()
                .ok_or_else(|| RumpyError::Value("operand without an address".into()))?;
            addr = late.ptr as usize as f64;
            // A new output: ask for huge pages before it is first written.
            crate::hugepages::advise(late.ptr, late.len);
            // SAFETY: `slot` is inside the registered arena (read above).
            unsafe { *self.data.add(slot) = addr };
        }
        Ok(addr as usize)
    }

    /// Reads a contiguous operand `[address, bufferLength, byteOffset]` of
    /// `n` elements of `dtype` and returns its first element's address,
    /// after checking that all `n` elements lie inside the buffer.
    pub fn contiguous(&mut self, n: usize, dtype: DType) -> RumpyResult<*mut u8> {
        let addr = self.address()?;
        let buffer_len = self.usize()?;
        let offset = self.f64()?;
        // An empty operand touches no memory: an empty view may point past
        // its buffer (a reversed (3, 0) array does), as in NumPy.
        if n == 0 {
            return Ok(std::ptr::NonNull::dangling().as_ptr());
        }
        let bytes = n.checked_mul(dtype.itemsize());
        let fits = offset >= 0.0
            && bytes.is_some_and(|b| {
                (offset as usize)
                    .checked_add(b)
                    .is_some_and(|end| end <= buffer_len)
            });
        if !fits {
            return Err(RumpyError::Value(
                "array descriptor out of its buffer's bounds".into(),
            ));
        }
        if buffer_len == 0 {
            return Ok(std::ptr::NonNull::dangling().as_ptr());
        }
        Ok((addr + offset as usize) as *mut u8)
    }

    /// Reads one operand descriptor and validates it against its buffer.
    /// An operand whose address slot holds -1 takes the call's `late`
    /// buffer; its address is written back into the slot so JS can cache it.
    pub fn array(&mut self) -> RumpyResult<ArrayDesc> {
        let mut desc = blank_desc();
        self.array_into(&mut desc)?;
        Ok(desc)
    }

    /// [`ArenaReader::array`] into an existing descriptor, reusing its
    /// shape and stride vectors (no allocation once they are large enough).
    pub fn array_into(&mut self, desc: &mut ArrayDesc) -> RumpyResult<()> {
        let addr = self.address()?;
        let buffer_len = self.usize()?;
        let dtype = DType::from_code(self.f64()? as u32)?;
        let offset = self.f64()?;
        let ndim = self.usize()?;
        if ndim > (self.len - self.pos) / 2 || offset < 0.0 {
            return Err(RumpyError::Value("malformed array descriptor".into()));
        }
        desc.base = if buffer_len == 0 {
            std::ptr::NonNull::dangling().as_ptr()
        } else {
            addr as *mut u8
        };
        desc.buffer_len = buffer_len;
        desc.offset = offset as usize;
        desc.dtype = dtype;
        desc.shape.clear();
        desc.strides.clear();
        // SAFETY: `pos + 2 * ndim <= len`: inside the registered arena (checked above).
        unsafe {
            let meta = self.data.add(self.pos);
            for i in 0..ndim {
                desc.shape.push(*meta.add(i) as usize);
            }
            for i in 0..ndim {
                desc.strides.push(*meta.add(ndim + i) as isize);
            }
        }
        self.pos += 2 * ndim;
        desc.check_bounds()
    }
}

/// An empty descriptor for [`ArenaReader::array_into`] to fill.
pub fn blank_desc() -> ArrayDesc {
    ArrayDesc {
        base: std::ptr::NonNull::dangling().as_ptr(),
        buffer_len: 0,
        offset: 0,
        dtype: DType::Bool,
        shape: Dims::new(),
        strides: Steps::new(),
    }
}
