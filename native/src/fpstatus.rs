//! Floating-point error status, as NumPy reports it (`np.seterr`).
//!
//! NumPy clears the CPU's floating-point exception flags before a loop and
//! reads them after it; integer loops raise the same flags by hand (division
//! by zero). Here the flags are read from the SSE control/status register
//! (MXCSR) on x86-64 and FPSR on aarch64, plus a per-thread software word
//! for flags kernels raise explicitly. Each thread that runs part of a call
//! clears its flags first and reports them after (see `traverse::nary`).
//!
//! Bits follow NumPy's `NPY_FPE_*` order.

use std::cell::Cell;
use std::sync::atomic::{AtomicU32, Ordering};

pub const DIVIDE_BY_ZERO: u32 = 1;
pub const OVERFLOW: u32 = 2;
pub const UNDERFLOW: u32 = 4;
pub const INVALID: u32 = 8;

thread_local! {
    static SOFTWARE: Cell<u32> = const { Cell::new(0) };
}

/// Flags raised by tasks that ran on rayon's workers for the call now in
/// progress (see [`in_task`]); collected by [`collect`].
static TASKS: AtomicU32 = AtomicU32::new(0);

/// Runs one parallel work item, adding the flags it raises to the current
/// call's (for traversals that split work with rayon themselves rather than
/// through `traverse::nary`, whose runs report their own flags). Flags
/// already up on this thread are set aside and restored, so a nested task
/// neither loses an enclosing task's flags nor reports stale ones.
pub fn in_task<R>(f: impl FnOnce() -> R) -> R {
    let before = take();
    let r = f();
    TASKS.fetch_or(take(), Ordering::Relaxed);
    raise(before);
    r
}

/// Runs `f` on this thread and returns every flag it raised here and in the
/// [`in_task`] items it ran on rayon's workers. (Concurrent calls from two
/// JS threads could see each other's task flags.)
pub fn collect(f: impl FnOnce()) -> u32 {
    clear();
    TASKS.store(0, Ordering::Relaxed);
    f();
    take() | TASKS.swap(0, Ordering::Relaxed)
}

/// Where the flags of casts sit in a call's flags, above the op's own
/// (see [`as_cast`]): input `k`'s in bits `CAST_SHIFT + 4k ..`.
pub const CAST_SHIFT: u32 = 8;

/// Runs `f` (a cast of ufunc input `k`) and files the flags it raises as
/// that input's cast flags (`<< CAST_SHIFT + 4k`) rather than the op's:
/// NumPy reports such a cast's overflow as "overflow encountered in cast",
/// once per input, apart from the loop's own errors. Flags already up are
/// kept.
#[inline]
pub fn as_cast(k: usize, f: impl FnOnce()) {
    let before = take();
    f();
    let cast = take();
    raise(before | (cast << (CAST_SHIFT + 4 * k as u32)));
}

/// Drops the op's own flags raised so far on this thread, keeping the
/// casts' filed by [`as_cast`]: what NumPy's comparison and min/max loops
/// do when they clear the status after running.
#[inline]
pub fn drop_own() {
    let f = take();
    raise(f & !((1 << CAST_SHIFT) - 1));
}

/// Runs `fast`, a kernel loop whose flags may differ from NumPy's loop,
/// then `recheck(raised)`, which returns the flags to report instead of
/// `raised` (computed again from the inputs) or `None` to keep them. When
/// an output aliases an input (`aliased`: in place), `fast` overwrites the
/// inputs, so `recheck` runs first, told that every flag was raised.
/// Flags already up are kept.
#[inline(always)]
pub fn rechecked(aliased: bool, fast: impl FnOnce(), recheck: impl FnOnce(u32) -> Option<u32>) {
    let kept = take();
    let flags = if aliased {
        let early = recheck(u32::MAX);
        fast();
        let raised = take();
        early.unwrap_or(raised)
    } else {
        fast();
        let raised = take();
        recheck(raised).unwrap_or(raised)
    };
    raise(kept | flags);
}

/// Whether one of the outputs `p[nin..]` of a kernel call is an input
/// `p[..nin]` (the callers stage partial overlaps, so aliasing is exact).
pub fn output_aliases_input(p: &[*mut u8], nin: usize) -> bool {
    p[nin..].iter().any(|o| p[..nin].contains(o))
}

/// Raises `bits` on this thread (for errors no hardware flag records, such
/// as integer division by zero).
#[inline]
pub fn raise(bits: u32) {
    SOFTWARE.with(|s| s.set(s.get() | bits));
}

/// Clears this thread's flags.
pub fn clear() {
    SOFTWARE.with(|s| s.set(0));
    hw::clear();
}

/// This thread's flags since the last `clear`, cleared on return.
pub fn take() -> u32 {
    let soft = SOFTWARE.with(|s| s.replace(0));
    let hard = hw::read();
    hw::clear();
    soft | hard
}

#[cfg(target_arch = "x86_64")]
mod hw {
    // MXCSR exception flags: IE=bit0, DE=1, ZE=2, OE=3, UE=4, PE=5.
    const FLAGS: u32 = 0b11_1111;

    fn get() -> u32 {
        let mut v: u32 = 0;
        // SAFETY: stores MXCSR into `v`.
        unsafe {
            std::arch::asm!("stmxcsr [{}]", in(reg) &mut v, options(nostack, preserves_flags))
        };
        v
    }

    pub fn read() -> u32 {
        let v = get();
        let mut bits = 0;
        if v & 0b000100 != 0 {
            bits |= super::DIVIDE_BY_ZERO;
        }
        if v & 0b001000 != 0 {
            bits |= super::OVERFLOW;
        }
        if v & 0b010000 != 0 {
            bits |= super::UNDERFLOW;
        }
        if v & 0b000001 != 0 {
            bits |= super::INVALID;
        }
        bits
    }

    /// The flags NumPy reports (invalid, divide, overflow, underflow); the
    /// inexact and denormal flags are set by most arithmetic and ignored.
    const REPORTED: u32 = 0b01_1101;

    pub fn clear() {
        let v = get();
        // Writing MXCSR serialises the pipeline; skip it when no reported
        // flag is up (the usual case), leaving inexact/denormal as they are.
        if v & REPORTED != 0 {
            let v = v & !FLAGS;
            // SAFETY: loads MXCSR with only the sticky exception flags cleared.
            unsafe {
                std::arch::asm!("ldmxcsr [{}]", in(reg) &v, options(nostack, preserves_flags))
            };
        }
    }
}

#[cfg(target_arch = "aarch64")]
mod hw {
    // FPSR cumulative flags: IOC=bit0, DZC=1, OFC=2, UFC=3, IXC=4, IDC=7.
    fn get() -> u64 {
        let v: u64;
        // SAFETY: reads FPSR.
        unsafe {
            std::arch::asm!("mrs {}, fpsr", out(reg) v, options(nomem, nostack, preserves_flags))
        };
        v
    }

    pub fn read() -> u32 {
        let v = get();
        let mut bits = 0;
        if v & 0b0010 != 0 {
            bits |= super::DIVIDE_BY_ZERO;
        }
        if v & 0b0100 != 0 {
            bits |= super::OVERFLOW;
        }
        if v & 0b1000 != 0 {
            bits |= super::UNDERFLOW;
        }
        if v & 0b0001 != 0 {
            bits |= super::INVALID;
        }
        bits
    }

    pub fn clear() {
        let v = get() & !0b1001_1111;
        // SAFETY: writes FPSR with the cumulative flags cleared.
        unsafe {
            std::arch::asm!("msr fpsr, {}", in(reg) v, options(nomem, nostack, preserves_flags))
        };
    }
}

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
mod hw {
    pub fn read() -> u32 {
        0
    }
    pub fn clear() {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hardware_flags_are_seen_and_cleared() {
        clear();
        let zero = std::hint::black_box(0.0f64);
        let one = std::hint::black_box(1.0f64);
        std::hint::black_box(one / zero);
        assert_eq!(take() & DIVIDE_BY_ZERO, DIVIDE_BY_ZERO);
        std::hint::black_box(zero / zero);
        assert_eq!(take() & INVALID, INVALID);
        std::hint::black_box(std::hint::black_box(1e308f64) * 10.0);
        assert_eq!(take() & OVERFLOW, OVERFLOW);
        assert_eq!(take(), 0);
        raise(DIVIDE_BY_ZERO);
        assert_eq!(take(), DIVIDE_BY_ZERO);
    }
}
