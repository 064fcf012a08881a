//! The dtype enum and the one place that dispatches on it.
//!
//! Codes are shared with the TypeScript layer (`lib/dtype/codes.ts`); they are
//! a wire format, so new dtypes (datetime64, timedelta64, str) take new codes
//! after the existing ones and never renumber them.

use crate::error::{RumpyError, RumpyResult};
use half::f16;
use num_complex::{Complex32, Complex64};

/// Every dtype the native core understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum DType {
    Bool = 0,
    Int8 = 1,
    Int16 = 2,
    Int32 = 3,
    Int64 = 4,
    UInt8 = 5,
    UInt16 = 6,
    UInt32 = 7,
    UInt64 = 8,
    Float16 = 9,
    Float32 = 10,
    Float64 = 11,
    Complex64 = 12,
    Complex128 = 13,
}

impl DType {
    /// Decodes a wire code sent by the TypeScript layer.
    pub fn from_code(code: u32) -> RumpyResult<DType> {
        Ok(match code {
            0 => DType::Bool,
            1 => DType::Int8,
            2 => DType::Int16,
            3 => DType::Int32,
            4 => DType::Int64,
            5 => DType::UInt8,
            6 => DType::UInt16,
            7 => DType::UInt32,
            8 => DType::UInt64,
            9 => DType::Float16,
            10 => DType::Float32,
            11 => DType::Float64,
            12 => DType::Complex64,
            13 => DType::Complex128,
            _ => return Err(RumpyError::Type(format!("unknown dtype code {code}"))),
        })
    }

    /// NumPy's dtype name.
    pub fn name(self) -> &'static str {
        match self {
            DType::Bool => "bool",
            DType::Int8 => "int8",
            DType::Int16 => "int16",
            DType::Int32 => "int32",
            DType::Int64 => "int64",
            DType::UInt8 => "uint8",
            DType::UInt16 => "uint16",
            DType::UInt32 => "uint32",
            DType::UInt64 => "uint64",
            DType::Float16 => "float16",
            DType::Float32 => "float32",
            DType::Float64 => "float64",
            DType::Complex64 => "complex64",
            DType::Complex128 => "complex128",
        }
    }

    /// Size of one element in bytes (NumPy's `itemsize`).
    pub fn itemsize(self) -> usize {
        with_dtype!(self, T => std::mem::size_of::<T>())
    }

    /// Whether elements are floating point, real or complex (NumPy's
    /// `np.inexact` kinds 'f' and 'c').
    pub fn is_inexact(self) -> bool {
        matches!(
            self,
            DType::Float16 | DType::Float32 | DType::Float64 | DType::Complex64 | DType::Complex128
        )
    }
}

/// NumPy's bool element: one byte in which any non-zero value is True.
///
/// Array memory is written by JS and may hold bytes other than 0 and 1
/// (`a.view('bool')` of int8 data), so the byte is never read as a Rust
/// `bool`, for which such values would be undefined behaviour.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[repr(transparent)]
pub struct Bool8(pub u8);

impl Bool8 {
    pub const FALSE: Bool8 = Bool8(0);
    pub const TRUE: Bool8 = Bool8(1);

    /// The truth value.
    #[inline(always)]
    pub fn get(self) -> bool {
        self.0 != 0
    }
}

impl From<bool> for Bool8 {
    #[inline(always)]
    fn from(b: bool) -> Bool8 {
        Bool8(b as u8)
    }
}

/// Marker for the Rust type that stores one element of a dtype.
pub trait Element: Copy + Send + Sync + 'static {
    const DTYPE: DType;
}

macro_rules! element {
    ($($t:ty => $d:ident),* $(,)?) => {
        $(impl Element for $t { const DTYPE: DType = DType::$d; })*
    };
}
element!(
    Bool8 => Bool, i8 => Int8, i16 => Int16, i32 => Int32, i64 => Int64,
    u8 => UInt8, u16 => UInt16, u32 => UInt32, u64 => UInt64,
    f16 => Float16, f32 => Float32, f64 => Float64,
    Complex32 => Complex64, Complex64 => Complex128,
);

/// Runs `$body` with `$t` bound to the element type of `$dtype`; with a
/// `complex => $other` arm, the complex dtypes evaluate `$other` instead
/// (for kernels that exist for real types only).
///
/// This macro is the single `match` on [`DType`] in the crate: kernels are
/// written generically and every binding reaches them through here.
#[macro_export]
macro_rules! with_dtype {
    ($dtype:expr, $t:ident => $body:expr) => {
        $crate::dtype::with_dtype!(@match $dtype, $t => $body; $body)
    };
    ($dtype:expr, $t:ident => $body:expr, complex => $other:expr) => {
        $crate::dtype::with_dtype!(@match $dtype, $t => $body; $other)
    };
    (@match $dtype:expr, $t:ident => $body:expr; $complex:expr) => {{
        use $crate::dtype::DType as D;
        match $dtype {
            D::Bool => {
                type $t = $crate::dtype::Bool8;
                $body
            }
            D::Int8 => {
                type $t = i8;
                $body
            }
            D::Int16 => {
                type $t = i16;
                $body
            }
            D::Int32 => {
                type $t = i32;
                $body
            }
            D::Int64 => {
                type $t = i64;
                $body
            }
            D::UInt8 => {
                type $t = u8;
                $body
            }
            D::UInt16 => {
                type $t = u16;
                $body
            }
            D::UInt32 => {
                type $t = u32;
                $body
            }
            D::UInt64 => {
                type $t = u64;
                $body
            }
            D::Float16 => {
                type $t = half::f16;
                $body
            }
            D::Float32 => {
                type $t = f32;
                $body
            }
            D::Float64 => {
                type $t = f64;
                $body
            }
            D::Complex64 => {
                #[allow(dead_code)]
                type $t = num_complex::Complex32;
                $complex
            }
            D::Complex128 => {
                #[allow(dead_code)]
                type $t = num_complex::Complex64;
                $complex
            }
        }
    }};
}
pub use with_dtype;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_itemsizes_match_numpy() {
        let sizes = [1, 1, 2, 4, 8, 1, 2, 4, 8, 2, 4, 8, 8, 16];
        for (code, size) in sizes.iter().enumerate() {
            let d = DType::from_code(code as u32).unwrap();
            assert_eq!(d as u32, code as u32);
            assert_eq!(d.itemsize(), *size);
        }
        assert!(DType::from_code(99).is_err());
    }
}
