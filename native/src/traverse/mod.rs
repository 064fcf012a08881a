//! Memory traversal: how n-d strided operands are walked, separate from what
//! is computed. Loops call a 1-D strided inner kernel, as NumPy's ufunc
//! machinery does.

pub mod blocked;
pub mod indexed;
pub mod moments;
pub mod nary;
pub mod reduce;
pub mod staging;
pub mod streamed;
