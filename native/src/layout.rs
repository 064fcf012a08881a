//! Strided array descriptors over borrowed JS memory.
//!
//! An array is `(base pointer, byte length of the buffer, byte offset, dtype,
//! shape, byte strides)`, exactly NumPy's model. The descriptor is validated
//! once on entry (every addressed byte lies inside the buffer), so kernels and
//! traversal loops can use raw pointer arithmetic without further checks.

use crate::dtype::DType;
use crate::error::{RumpyError, RumpyResult};
use smallvec::SmallVec;

/// Axes kept inline (no heap allocation) in shapes and strides: up to 8,
/// which covers nearly every array; more (up to NumPy's 64) spill to the
/// heap. A small call builds a dozen of these, and their allocations were a
/// sixth of its time.
pub const INLINE_AXES: usize = 8;
/// A shape (or any per-axis list of sizes or indices).
pub type Dims = SmallVec<[usize; INLINE_AXES]>;
/// Byte strides, one per axis.
pub type Steps = SmallVec<[isize; INLINE_AXES]>;

/// A validated view of an n-d strided array in a borrowed byte buffer.
#[derive(Clone, Debug)]
pub struct ArrayDesc {
    /// Start of the whole underlying buffer.
    pub base: *mut u8,
    /// Byte length of the underlying buffer.
    pub buffer_len: usize,
    /// Byte offset of element `[0, 0, …]` from `base`.
    pub offset: usize,
    pub dtype: DType,
    pub shape: Dims,
    /// Byte strides, possibly negative or zero.
    pub strides: Steps,
}

impl ArrayDesc {
    /// Builds a descriptor from the wire metadata `[dtype, offset, ndim,
    /// shape…, strides…]` and checks that every element lies in the buffer.
    pub fn new(base: *mut u8, buffer_len: usize, meta: &[f64]) -> RumpyResult<ArrayDesc> {
        let bad = || RumpyError::Value("malformed array descriptor".into());
        if meta.len() < 3 {
            return Err(bad());
        }
        let dtype = DType::from_code(meta[0] as u32)?;
        let offset = meta[1];
        let ndim = meta[2] as usize;
        if meta.len() != 3 + 2 * ndim || offset < 0.0 {
            return Err(bad());
        }
        let shape: Dims = meta[3..3 + ndim].iter().map(|&s| s as usize).collect();
        let strides: Steps = meta[3 + ndim..].iter().map(|&s| s as isize).collect();
        let desc = ArrayDesc {
            base,
            buffer_len,
            offset: offset as usize,
            dtype,
            shape,
            strides,
        };
        desc.check_bounds()?;
        Ok(desc)
    }

    /// Number of elements.
    pub fn size(&self) -> usize {
        self.shape.iter().product()
    }

    /// Lowest and one-past-highest byte touched, relative to `base`.
    pub fn byte_extent(&self) -> (isize, isize) {
        let item = self.dtype.itemsize() as isize;
        if self.size() == 0 {
            return (self.offset as isize, self.offset as isize);
        }
        let (mut lo, mut hi) = (self.offset as isize, self.offset as isize + item);
        for (&n, &s) in self.shape.iter().zip(&self.strides) {
            let span = (n as isize - 1) * s;
            if span < 0 {
                lo += span;
            } else {
                hi += span;
            }
        }
        (lo, hi)
    }

    /// Checks that every element lies inside the buffer.
    pub fn check_bounds(&self) -> RumpyResult<()> {
        // An empty array touches no memory; NumPy lets its offset point
        // anywhere (e.g. the reversed view of an empty axis).
        if self.size() == 0 {
            return Ok(());
        }
        let (lo, hi) = self.byte_extent();
        if lo < 0 || hi as usize > self.buffer_len {
            return Err(RumpyError::Value(
                "array descriptor addresses memory outside its buffer".into(),
            ));
        }
        Ok(())
    }

    /// Pointer to element `[0, 0, …]`.
    pub fn origin(&self) -> *mut u8 {
        // Wrapping: an empty array's offset may lie past its buffer; such a
        // pointer is never dereferenced.
        self.base.wrapping_add(self.offset)
    }

    /// True when the byte ranges of `self` and `other` intersect.
    pub fn overlaps(&self, other: &ArrayDesc) -> bool {
        let (a0, a1) = self.byte_extent();
        let (b0, b1) = other.byte_extent();
        let a0 = self.base as isize + a0;
        let a1 = self.base as isize + a1;
        let b0 = other.base as isize + b0;
        let b1 = other.base as isize + b1;
        a0 < b1 && b0 < a1
    }

    /// True when the elements are laid out in C order without gaps.
    pub fn is_c_contiguous(&self) -> bool {
        let mut expected = self.dtype.itemsize() as isize;
        for (&n, &s) in self.shape.iter().zip(&self.strides).rev() {
            if n != 1 && s != expected {
                return self.size() == 0;
            }
            expected *= n as isize;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn desc(len: usize, meta: &[f64]) -> RumpyResult<ArrayDesc> {
        ArrayDesc::new(std::ptr::null_mut(), len, meta)
    }

    #[test]
    fn accepts_in_bounds_negative_strides() {
        // float64, offset 16, shape [3], stride -8: touches bytes 0..24.
        let d = desc(24, &[11.0, 16.0, 1.0, 3.0, -8.0]).unwrap();
        assert_eq!(d.byte_extent(), (0, 24));
        assert!(!d.is_c_contiguous());
    }

    #[test]
    fn rejects_out_of_bounds() {
        assert!(desc(16, &[11.0, 0.0, 1.0, 3.0, 8.0]).is_err());
        assert!(desc(24, &[11.0, 8.0, 1.0, 3.0, -8.0]).is_err());
        assert!(desc(24, &[11.0, 0.0, 2.0, 3.0]).is_err());
    }

    #[test]
    fn empty_arrays_touch_nothing() {
        let d = desc(0, &[11.0, 0.0, 2.0, 0.0, 5.0, 40.0, 8.0]).unwrap();
        assert_eq!(d.size(), 0);
        assert!(d.is_c_contiguous());
    }
}
