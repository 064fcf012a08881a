/**
 * rumpy: NumPy for Node.js. This module is the public namespace `np`.
 * Importing it installs every topic module's NDArray methods.
 */
import './core/values';
import './core/shape';
import './core/indexing';
import './core/rearranging';
import './core/memory';
import './core/advanced_indexing';
export { add, subtract, multiply, divide, true_divide } from './ufunc';
export {
  floor_divide,
  remainder,
  mod,
  fmod,
  divmod,
  power,
  float_power,
  equal,
  not_equal,
  less,
  less_equal,
  greater,
  greater_equal,
  maximum,
  minimum,
  fmax,
  fmin,
  logical_and,
  logical_or,
  logical_xor,
  bitwise_and,
  bitwise_or,
  bitwise_xor,
  left_shift,
  right_shift,
  arctan2,
  hypot,
  copysign,
  nextafter,
  ldexp,
  heaviside,
  gcd,
  lcm,
  logaddexp,
  logaddexp2,
  matmul,
  vecdot,
  matvec,
  vecmat,
  pow,
  atan2,
  bitwise_left_shift,
  bitwise_right_shift,
} from './ufunc';
export { isclose, allclose, array_equal, array_equiv } from './ufunc/closeness';
export { dot, inner, vdot, outer, tensordot, kron, cross } from './ufunc/dot';
export { clip } from './ufunc/clip';
export {
  negative,
  positive,
  absolute,
  abs,
  fabs,
  sign,
  reciprocal,
  square,
  conjugate,
  conj,
  sqrt,
  cbrt,
  exp,
  exp2,
  expm1,
  log,
  log2,
  log10,
  log1p,
  sin,
  cos,
  tan,
  arcsin,
  arccos,
  arctan,
  sinh,
  cosh,
  tanh,
  arcsinh,
  arccosh,
  arctanh,
  asin,
  acos,
  atan,
  asinh,
  acosh,
  atanh,
  deg2rad,
  rad2deg,
  degrees,
  radians,
  floor,
  ceil,
  trunc,
  rint,
  isnan,
  isinf,
  isfinite,
  signbit,
  spacing,
  logical_not,
  invert,
  bitwise_not,
  bitwise_invert,
  bitwise_count,
  frexp,
  modf,
  fix,
  round,
  around,
  isposinf,
  isneginf,
  iscomplex,
  isreal,
  iscomplexobj,
  isrealobj,
  real,
  imag,
  angle,
  nan_to_num,
} from './ufunc';
export type { Ufunc } from './ufunc/ufunc';
export { seterr, geterr, errstate, seterrcall, geterrcall } from './core/errstate';
export * from './reductions';
export * from './statistics';
import './printing/install';

export { NDArray, NDArray as ndarray, Flags } from './core/ndarray';
export { Complex } from './core/complex';
export {
  DType,
  bool,
  bool as bool_,
  int8,
  int16,
  int32,
  int64,
  int64 as int_,
  int64 as intp,
  uint8,
  uint16,
  uint32,
  uint64,
  uint64 as uint,
  uint64 as uintp,
  float16,
  float16 as half,
  float32,
  float32 as single,
  float64,
  float64 as double,
  complex64,
  complex64 as csingle,
  complex128,
  complex128 as cdouble,
  int8 as byte,
  uint8 as ubyte,
  int16 as short,
  uint16 as ushort,
  int32 as intc,
  uint32 as uintc,
  int64 as long,
  uint64 as ulong,
  int64 as longlong,
  uint64 as ulonglong,
} from './dtype/dtype';
export {
  dtype,
  result_type,
  promote_types,
  can_cast,
  min_scalar_type,
  issubdtype,
  isdtype,
  generic,
  number,
  integer,
  signedinteger,
  unsignedinteger,
  inexact,
  floating,
  complexfloating,
} from './dtype/functions';
export { finfo, iinfo, type FInfo, type IInfo } from './dtype/finfo';
export {
  array,
  asarray,
  asanyarray,
  ascontiguousarray,
  asfortranarray,
  copy,
  frombuffer,
} from './core/convert';
export { zeros, ones, empty, full, zeros_like, ones_like, empty_like, full_like } from './core/creation';
export { arange, linspace, logspace, geomspace } from './core/ranges';
export { eye, identity, diag, diagflat, tri, tril, triu, vander } from './core/matrices';
export { meshgrid, fromfunction } from './core/grids';
export {
  reshape,
  ravel,
  transpose,
  swapaxes,
  squeeze,
  expand_dims,
  broadcast_to,
} from './core/shape';
export { Slice, slice } from './core/slice';
// NumPy 2's array-API names for the same functions.
export { transpose as permute_dims } from './core/shape';
export { concatenate as concat } from './core/joining';
export { ndim, shape, size, isscalar, astype, matrix_transpose } from './core/inspection';
export {
  concatenate,
  stack,
  vstack,
  row_stack,
  hstack,
  dstack,
  column_stack,
  block,
  append,
  atleast_1d,
  atleast_2d,
  atleast_3d,
  broadcast_arrays,
  broadcast_shapes,
} from './core/joining';
export { split, array_split, hsplit, vsplit, dsplit, unstack } from './core/splitting';
export {
  moveaxis,
  rollaxis,
  flip,
  fliplr,
  flipud,
  rot90,
  roll,
  tile,
  repeat,
  resize,
} from './core/rearranging';
export { insert, delete_ as delete, trim_zeros } from './core/editing';
export { pad } from './core/padding';
export { shares_memory, may_share_memory, copyto, require_ as require } from './core/memory';
/** `np.newaxis` is `null` (Python's `None`), for indexing: `a.get(':', np.newaxis)`. */
export const newaxis = null;
export {
  ValueError,
  AxisError,
  IndexError,
  OverflowError,
  KeyError,
  ZeroDivisionError,
  FloatingPointError,
} from './errors';
export { array2string, array_repr, array_str } from './printing/array2string';
export { format_float_positional, format_float_scientific } from './printing/format_float';
export { get_printoptions, printoptions, set_printoptions } from './printing/options';
export { panicForTest as __panicForTest } from './native';
export * as linalg from './linalg';
import './indexing/methods';
export { take, put, take_along_axis, put_along_axis, choose, compress, extract, place, putmask } from './indexing/take';
export { nonzero, flatnonzero, argwhere, where } from './indexing/nonzero';
export { select, piecewise } from './indexing/select';
export { apply_along_axis, apply_over_axes } from './core/functional';
export {
  diagonal,
  fill_diagonal,
  diag_indices,
  diag_indices_from,
  tril_indices,
  triu_indices,
  tril_indices_from,
  triu_indices_from,
  mask_indices,
} from './indexing/diagonal';
export { indices, ix_, ravel_multi_index, unravel_index, ndindex, ndenumerate } from './indexing/multi_index';
export { sort, argsort, lexsort, sort_complex } from './sorting/sort';
export { partition, argpartition } from './sorting/partition';
export { searchsorted, count_nonzero } from './sorting/search';
export { unique, unique_all, unique_counts, unique_inverse, unique_values } from './sets/unique';
export { intersect1d, union1d, setdiff1d, setxor1d, isin } from './sets/setops';
export { bincount, digitize, histogram, histogram_bin_edges } from './statistics/histograms';
export { histogram2d, histogramdd } from './statistics/histogramdd';

/*
 * `require('rumpy')` returns a plain object of data properties. TypeScript's
 * CommonJS output declares each re-export above as `exports.name = void 0`
 * and then redefines it as a getter; V8 keeps such an object in slow
 * dictionary mode, so every `np.name` in user code would be a hash lookup
 * plus a getter call (designs/0003-native-boundary.md, "Module exports").
 */
const namespace: Record<string, unknown> = { ...(exports as Record<string, unknown>) };
module.exports = Object.defineProperty(namespace, '__esModule', { value: true });
