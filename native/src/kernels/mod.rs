//! Op definitions: what is computed per element, with no knowledge of memory
//! layout (see `traverse`) or of dtype dispatch (see `dtype::with_dtype`).

pub mod arith;
pub mod binary_loops;
pub mod binary_math;
pub mod bincount;
pub mod bitwise;
pub mod cast;
pub mod compare;
pub mod complex_math;
pub mod complex_product;
pub mod fill;
pub mod gather;
pub mod histogram;
pub mod intdiv;
pub mod interp;
pub mod isclose;
pub mod lane_scan;
pub mod libm;
pub mod matmul;
pub mod matmul_faer;
pub mod moments;
pub mod nonzero;
pub mod pairwise_tree;
pub mod predicates;
pub mod reduce;
pub mod round_scaled;
pub mod shapeops;
pub mod simd;
pub mod sort;
pub mod unary;
pub mod unary_arith;
pub mod unary_math;
pub mod vander;
pub mod vmath;
pub mod where_op;
