//! Walking the 1-d lanes of an n-d strided array along its last axis.
//!
//! Sort-like verbs work per lane: gather a lane into a contiguous buffer,
//! work there, scatter results back. Lanes are independent, so many lanes
//! run in parallel on rayon's pool (each worker keeps its own scratch).

use rayon::prelude::*;

/// Total elements below which lanes run on the calling thread.
const PARALLEL_MIN_ELEMENTS: usize = 1 << 15;

/// A raw base pointer that may cross threads (lanes touch disjoint memory);
/// read it with [`SendPtr::get`] so closures capture the wrapper.
#[derive(Clone, Copy)]
pub struct SendPtr(pub *mut u8);
// SAFETY: callers hand each lane's disjoint memory to one worker at a time.
unsafe impl Send for SendPtr {}
unsafe impl Sync for SendPtr {}

/// The outer (non-lane) axes of one operand.
#[derive(Clone, Copy)]
pub struct Outer<'a> {
    pub shape: &'a [usize],
    pub strides: &'a [isize],
}

impl Outer<'_> {
    /// Byte offset of lane `i` (C order over the outer axes).
    #[inline]
    pub fn offset(&self, mut i: usize) -> isize {
        let mut off = 0;
        for k in (0..self.shape.len()).rev() {
            let n = self.shape[k];
            off += (i % n) as isize * self.strides[k];
            i /= n;
        }
        off
    }
}

/// The lanes of one operand along its last axis: where lane `i` starts,
/// and every lane's length and element stride. Crosses threads with the
/// lanes it describes (each worker touches its own lanes).
#[derive(Clone, Copy)]
pub struct Lanes<'a> {
    base: SendPtr,
    outer: Outer<'a>,
    /// Elements per lane.
    pub len: usize,
    /// Byte stride between a lane's elements.
    pub stride: isize,
}

impl<'a> Lanes<'a> {
    /// The lanes of `d`, which has at least one axis.
    pub fn of(d: &'a crate::layout::ArrayDesc) -> Self {
        let nd = d.shape.len();
        Lanes {
            base: SendPtr(d.origin()),
            outer: Outer {
                shape: &d.shape[..nd - 1],
                strides: &d.strides[..nd - 1],
            },
            len: d.shape[nd - 1],
            stride: d.strides[nd - 1],
        }
    }

    /// Number of lanes.
    pub fn count(&self) -> usize {
        count(self.outer.shape)
    }

    /// The first element of lane `i` (`i < self.count()`).
    #[inline]
    pub fn at(&self, i: usize) -> *mut u8 {
        self.base.get().wrapping_offset(self.outer.offset(i))
    }
}

/// Number of lanes of an outer shape.
pub fn count(shape: &[usize]) -> usize {
    shape.iter().product()
}

/// Runs `f(scratch, lane)` for every lane in `0..lanes`, in parallel when the
/// work (`lanes * lane_len` elements) is large enough.
pub fn run<S, I, F>(lanes: usize, lane_len: usize, init: I, f: F)
where
    I: Fn() -> S + Sync + Send,
    F: Fn(&mut S, usize) + Sync + Send,
{
    if lanes > 1 && lanes.saturating_mul(lane_len) >= PARALLEL_MIN_ELEMENTS {
        let min = (PARALLEL_MIN_ELEMENTS / lane_len.max(1)).max(1);
        (0..lanes)
            .into_par_iter()
            .with_min_len(min)
            .for_each_init(init, f);
    } else {
        let mut s = init();
        for i in 0..lanes {
            f(&mut s, i);
        }
    }
}

/// Copies `n` elements at `p` (byte stride `s`) into `buf`.
///
/// # Safety
/// `p` must address `n` valid elements of `T` at stride `s`.
#[inline]
pub unsafe fn gather<T: Copy>(p: *const u8, s: isize, n: usize, buf: &mut Vec<T>) {
    buf.clear();
    buf.reserve(n);
    if s == std::mem::size_of::<T>() as isize
        && (p as usize).is_multiple_of(std::mem::align_of::<T>())
    {
        buf.extend_from_slice(std::slice::from_raw_parts(p as *const T, n));
    } else {
        for i in 0..n {
            buf.push(std::ptr::read_unaligned(
                p.offset(i as isize * s) as *const T
            ));
        }
    }
}

/// Writes `vals` to `n = vals.len()` elements at `p` (byte stride `s`).
///
/// # Safety
/// `p` must address `vals.len()` writable elements of `T` at stride `s`.
#[inline]
pub unsafe fn scatter<T: Copy>(p: *mut u8, s: isize, vals: &[T]) {
    if s == std::mem::size_of::<T>() as isize
        && (p as usize).is_multiple_of(std::mem::align_of::<T>())
    {
        std::ptr::copy_nonoverlapping(vals.as_ptr(), p as *mut T, vals.len());
    } else {
        for (i, &v) in vals.iter().enumerate() {
            std::ptr::write_unaligned(p.offset(i as isize * s) as *mut T, v);
        }
    }
}

impl SendPtr {
    #[inline(always)]
    pub fn get(&self) -> *mut u8 {
        self.0
    }
}
