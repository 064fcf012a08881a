//! `ufunc.at(a, indices, b)`: the ufunc's loop applied in place at indexed
//! elements of `a`, one element at a time, so that an index that appears
//! several times applies several times (`a[i] = op(a[i], b[k])` for each
//! `k` in order).
//!
//! As NumPy's `ufunc.at`, the loop is chosen for `a`'s dtype and `b`'s
//! (an array, never a weak Python scalar), and the element is cast to the
//! loop's first input dtype and the result back to `a`'s dtype unsafely.
//! `b` arrives already cast to the loop's second input dtype.

use super::{loop_clears_status, reported_flags_for, Kernel, OpDef};
use crate::dtype::DType;
use crate::error::{RumpyError, RumpyResult};
use crate::fpstatus;
use crate::kernels::arith::Arith;
use crate::kernels::cast::{cast_fn, CastLoop};
use crate::traverse::indexed::MapPlan;
use crate::with_dtype;

/// A whole `at` over a plan with one arithmetic op on one dtype.
type Run = unsafe fn(&MapPlan) -> RumpyResult<()>;

/// `a[i] = a[i] ∘ v` for the arithmetic op `OP` (0 add, 1 subtract, 2
/// multiply, 3 divide) in `T` itself: the same [`Arith`] operations the
/// kernels use, in one loop the compiler inlines (NumPy's indexed loops).
unsafe fn run_arith<T: Arith, const OP: u8>(plan: &MapPlan) -> RumpyResult<()> {
    plan.for_each_pair(|element, value| {
        let x = (element as *const T).read_unaligned();
        let y = (value as *const T).read_unaligned();
        let r = match OP {
            0 => x.add(y),
            1 => x.sub(y),
            2 => x.mul(y),
            // (Complex: the division with NumPy's exact flags.)
            _ if T::CHECKED_DIV => x.div_exact(y),
            _ => x.div(y),
        };
        (element as *mut T).write_unaligned(r);
    })
}

/// The indexed loop of an arithmetic op whose loop dtypes are all `dtype`.
fn arith_run(name: &str, dtype: DType) -> Option<Run> {
    fn pick<T: Arith>(op: u8) -> Run {
        match op {
            0 => run_arith::<T, 0>,
            1 => run_arith::<T, 1>,
            2 => run_arith::<T, 2>,
            _ => run_arith::<T, 3>,
        }
    }
    let op = match name {
        "add" => 0,
        "subtract" => 1,
        "multiply" => 2,
        "true_divide" => 3,
        _ => return None,
    };
    Some(with_dtype!(dtype, T => pick::<T>(op)))
}

/// Whether every dtype of `signature` is `dtype`.
fn uniform(signature: &[DType], dtype: DType) -> bool {
    signature.iter().all(|&d| d == dtype)
}

/// Room for one element of any dtype, aligned for any of them.
#[repr(C, align(16))]
struct Slot([u8; 16]);

/// One op's loop, ready to apply at single elements of an array.
pub struct AtLoop {
    kernel: Kernel,
    name: &'static str,
    /// The loop's first input dtype (which flags its loop reports).
    input: DType,
    /// NumPy's loop clears the status after it runs.
    clears: bool,
    nin: usize,
    /// `a`'s element → the loop's first input (a copy when the dtypes match).
    load: CastLoop,
    /// The loop's output → `a`'s element.
    store: CastLoop,
    /// The loop reads and writes `a`'s dtype itself (no casts).
    direct: bool,
    /// `a`'s element size (its alignment for the direct path).
    itemsize: usize,
    /// The inlined loop of add/subtract/multiply/divide without casts.
    arith: Option<Run>,
    /// NumPy's indexed float32/float64 `minimum`/`maximum` loop, which
    /// compares with C's `<=`/`>=`: a NaN on either side raises "invalid"
    /// (its array loops do not).
    nan_compare: Option<NanCheck>,
}

/// Whether a pair (element, value) of one float dtype holds a NaN.
type NanCheck = unsafe fn(*const u8, *const u8) -> bool;

/// [`NanCheck`] for a float type `T` (a NaN is the value unequal to itself).
#[allow(clippy::eq_op)]
unsafe fn either_nan<T: Copy + PartialEq>(x: *const u8, y: *const u8) -> bool {
    let (x, y) = (
        (x as *const T).read_unaligned(),
        (y as *const T).read_unaligned(),
    );
    x != x || y != y
}

impl AtLoop {
    /// The loop of `def` for `signature` (inputs, then the one output) on
    /// an array of dtype `array`. `indexed`: NumPy runs the call through the
    /// op's indexed loop (the values had `array`'s dtype before any cast,
    /// which only the caller knows).
    pub fn new(
        def: &OpDef,
        signature: &[DType],
        array: DType,
        indexed: bool,
    ) -> RumpyResult<AtLoop> {
        if def.nout != 1 || signature.len() != def.nin + 1 || !(1..=2).contains(&def.nin) {
            return Err(RumpyError::Value(format!("{}.at: bad loop", def.name)));
        }
        let kernel = (def.lookup)(signature).ok_or_else(|| {
            RumpyError::Type(format!(
                "ufunc '{}' has no native loop for this signature",
                def.name
            ))
        })?;
        Ok(AtLoop {
            kernel,
            name: def.name,
            input: signature[0],
            clears: loop_clears_status(def.name, signature[0]),
            nin: def.nin,
            load: cast_fn(array, signature[0]),
            store: cast_fn(signature[def.nin], array),
            direct: signature[0] == array && signature[def.nin] == array,
            itemsize: array.itemsize(),
            arith: if def.nin == 2 && uniform(signature, array) {
                arith_run(def.name, array)
            } else {
                None
            },
            nan_compare: match (indexed, def.name, array) {
                (true, "minimum" | "maximum", DType::Float32) if uniform(signature, array) => {
                    Some(either_nan::<f32>)
                }
                (true, "minimum" | "maximum", DType::Float64) if uniform(signature, array) => {
                    Some(either_nan::<f64>)
                }
                _ => None,
            },
        })
    }

    /// `*element = op(*element, *value)` (or `op(*element)` for a unary
    /// op), through aligned copies of the element and the result.
    ///
    /// # Safety
    /// `element` must address one element of the array's dtype and `value`
    /// (binary ops) one of the loop's second input dtype.
    #[inline]
    unsafe fn apply(&self, element: *mut u8, value: *mut u8) {
        if self.direct && (element as usize).is_multiple_of(self.itemsize.min(8)) {
            // In place on the element itself.
            if self.nin == 2 {
                self.call(&[element, value, element], &[0, 0, 0]);
            } else {
                self.call(&[element, element], &[0, 0]);
            }
            return;
        }
        let (mut x, mut y) = (Slot([0; 16]), Slot([0; 16]));
        let (px, py) = (x.0.as_mut_ptr(), y.0.as_mut_ptr());
        (self.load)([element, px], [0, 0], 1);
        if self.nin == 2 {
            self.call(&[px, value, py], &[0, 0, 0]);
        } else {
            self.call(&[px, py], &[0, 0]);
        }
        (self.store)([py, element], [0, 0], 1);
    }

    /// The loop on one element. With casts (not `direct`), its flags are
    /// kept apart from theirs: the loop's own as NumPy's loop reports them
    /// ([`reported_flags_for`]); without, [`AtLoop::run`] filters them once
    /// at the end. A loop that clears the status drops all raised so far,
    /// as NumPy's does after each call — one per element in `at` — earlier
    /// elements' casts back included.
    ///
    /// # Safety
    /// As the kernel, for one element.
    #[inline]
    unsafe fn call(&self, p: &[*mut u8], s: &[isize]) {
        if self.direct {
            (self.kernel)(p, s, 1);
            if self.clears {
                fpstatus::take();
            }
            return;
        }
        let before = fpstatus::take();
        (self.kernel)(p, s, 1);
        let own = fpstatus::take();
        if !self.clears {
            fpstatus::raise(before | reported_flags_for(self.name, self.input, own));
        }
    }

    /// Applies the loop at every element of the plan (the array's elements,
    /// with the plan's other operand as the values) and returns the
    /// floating-point flags NumPy would report.
    ///
    /// # Safety
    /// As [`MapPlan::for_each_pair`] with the array written.
    pub unsafe fn run(&self, plan: &MapPlan) -> RumpyResult<u32> {
        fpstatus::clear();
        let mut nan_compared = false;
        match (self.arith, self.nan_compare) {
            (Some(run), _) => run(plan)?,
            (None, Some(either_nan)) => plan.for_each_pair(|element, value| {
                nan_compared |= either_nan(element, value);
                self.apply(element, value)
            })?,
            (None, None) => plan.for_each_pair(|element, value| self.apply(element, value))?,
        }
        // (Only the loop raises flags when nothing is cast; with casts they
        // were filtered element by element.)
        let flags = fpstatus::take();
        let flags = if self.direct {
            reported_flags_for(self.name, self.input, flags)
        } else {
            flags
        };
        Ok(if nan_compared {
            flags | fpstatus::INVALID
        } else {
            flags
        })
    }
}
