/**
 * `np.bincount`, `np.digitize`, `np.histogram_bin_edges` and
 * `np.histogram`, with NumPy 2.4's algorithms (numpy/lib/_histograms_impl.py,
 * `digitize` in numpy/lib/_function_base_impl.py, `bincount` and
 * `_monotonicity` in numpy/_core/src/multiarray/compiled_base.c), composed
 * of rumpy's ufuncs, reductions, sort, searchsorted and `add.at`: every
 * pass over the data is one native call.
 *
 * - `bincount(x)`: `out[k]` is the number of `i` with `x[i] == k` (int64),
 *   or with `weights` the sum of `weights[i]` over those `i` (float64,
 *   added in the order of `x`, as NumPy's C loop does). The length is
 *   `max(max(x) + 1, minlength)`.
 * - `digitize(x, bins)`: for increasing bins the `i` with
 *   `bins[i-1] <= x < bins[i]` (`right=True`: `bins[i-1] < x <= bins[i]`),
 *   i.e. `searchsorted(bins, x, side)` with the side swapped; decreasing
 *   bins search the reversed bins and give `len(bins) - i`.
 * - `histogram_bin_edges`: an array `bins` is returned as it is (after the
 *   monotonicity check); an integer `n` gives `linspace(lo, hi, n + 1)` in
 *   the result type of `lo`, `hi` and the data (float64 for integer data),
 *   where `[lo, hi]` is `range` or the data's min and max (widened by 0.5
 *   on each side when equal; `[0, 1]` for empty data). A string names an
 *   estimator of the bin width `h` from the data within the range, with
 *   `n = ceil((hi - lo) / h)` (`h >= 1` for integer data, `n = 1` when
 *   `h == 0`; `ptp = max - min` in the unsigned type for signed integers):
 *   `sqrt` `ptp/√N`, `sturges` `ptp/(log2 N + 1)`, `rice` `ptp/(2·N^(1/3))`,
 *   `scott` `(24·√π/N)^(1/3)·σ`, `fd` `2·IQR·N^(−1/3)`, `doane`
 *   `ptp/(1 + log2 N + log2(1 + |g1|/σ_g1))` with `g1` the sample skewness
 *   and `σ_g1 = √(6(N−2)/((N+1)(N+3)))`, `stone` `ptp/k` for the `k` in
 *   `1..max(100, ⌊√N⌋)` minimising the cross-validation estimate
 *   `(2 − (N+1)·Σ p_i²)/(ptp/k)`, and `auto` `min(max(fd, sqrt/2), sturges)`.
 *   Each scalar step keeps NumPy's scalar types (a float16 input keeps
 *   float16 widths; a signed integer range subtracts in the unsigned type).
 * - `histogram`: with equal-width bins, each value `v` in range gets the
 *   bin `⌊(v − lo)/(hi − lo)·n⌋` computed in the bin-edge dtype, then is
 *   moved one bin down where `v < edges[i]` (or `i == n`) and one bin up
 *   where `v >= edges[i+1]` (not past the last bin), and the bins are
 *   counted with `bincount` (complex weights: real and imaginary parts
 *   separately). Other bins count through a cumulative histogram: the
 *   sorted data (sorted with its weights, whose cumulative sums are read)
 *   searched for each edge, the last edge inclusive. Both work on blocks
 *   of 65536 values, as NumPy does, so that float sums round the same way.
 *   `density=True` divides by the bin widths (float64) and the total.
 */
import { type Param, isOptionsObject, parseArgs, pyTypeName } from '../args';
import { toArray } from '../core/convert';
import { zeros } from '../core/creation';
import { castError, concatenate } from '../core/joining';
import { type NDArray, isNDArray } from '../core/ndarray';
import { linspace } from '../core/ranges';
import { type DType, complex128, float64, int64, dtype as toDType } from '../dtype/dtype';
import { result_type } from '../dtype/functions';
import { canCastDTypes } from '../dtype/promotion';
import { OverflowError, ValueError } from '../errors';
import * as native from '../native';
import { floatScalarStr } from '../printing/dragon4';
import { arr, warn } from '../reductions/common';
import { diff } from '../reductions/differences';
import { argmax, max, min } from '../reductions/minmax';
import { percentile } from '../reductions/quantile';
import { mean, std } from '../reductions/stats';
import { all, anyTrue, cumsum, sum } from '../reductions/sum';
import { searchsorted } from '../sorting/search';
import { argsort, sort } from '../sorting/sort';
import {
  add,
  equal,
  float_power,
  greater,
  greater_equal,
  less,
  less_equal,
  logical_and,
  logical_or,
  multiply,
  not_equal,
  power,
  subtract,
  true_divide,
} from '../ufunc';
import { dot } from '../ufunc/dot';
import { absolute, ceil, isfinite, log2, logical_not } from '../ufunc/unary';
import { packed } from './packed';

/** A ufunc or function result known to be an array. */
const A = (x: unknown): NDArray => x as NDArray;

/**
 * A scalar of NumPy's scalar arithmetic: a JS number is a Python int or
 * float (weak under NEP 50); a NumPy scalar is kept as a 1-element 1-d
 * array, so that ufuncs keep its dtype (strong) and return arrays.
 */
export type Sc = number | NDArray;

/** The values per block of `histogram` (NumPy's `BLOCK`). */
const BLOCK = 65536;

const uint8 = toDType('uint8');

/** A strong scalar `v` of dtype `dt`. */
const strong = (v: number, dt: DType = float64): NDArray => toArray([v], dt, null);

/** The value of a scalar as a JS number. */
function value(s: Sc): number {
  return typeof s === 'number' ? s : Number(s.item(0));
}

/**
 * A scalar as an f-string shows it (for NumPy's messages): `1`, `1.0`,
 * `nan`, `inf`. A float16/float32 scalar formats as the Python float of
 * its value (`0.0999755859375` for float16 0.1).
 */
function pyStr(s: Sc): string {
  if (typeof s === 'number') {
    if (Number.isInteger(s) && !Object.is(s, -0)) return BigInt(s).toString();
    return floatScalarStr(s, 'float64');
  }
  const v = s.item(0);
  if (s.dtype.kind === 'f') return floatScalarStr(v as number, 'float64');
  if (s.dtype.kind === 'b') return v ? 'True' : 'False';
  return String(v);
}

/** Python's `repr()` of a str. */
function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), `\\${q}`);
  return `${q}${body}${q}`;
}

/** Python's truth value of an argument. */
export function truthy(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string' || Array.isArray(v)) return v.length > 0;
  if (isNDArray(v)) {
    if (v.size !== 1) {
      if (v.size === 0) return false;
      throw new ValueError(
        'The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()',
      );
    }
    return Boolean(v.reshape(-1).item(0));
  }
  return Boolean(v);
}

/** `a OP b` of two scalars as Python compares them (NumPy scalars in their common dtype). */
function compare(op: typeof greater, a: Sc, b: Sc): boolean {
  const r = op(a, b);
  return isNDArray(r) ? r.item(0) === true : r === true;
}

/** Whether a scalar is finite (`np.isfinite`). */
function finite(s: Sc): boolean {
  if (typeof s === 'number') return Number.isFinite(s);
  return s.dtype.kind !== 'f' && s.dtype.kind !== 'c' ? true : A(isfinite(s)).item(0) === true;
}

/**
 * NumPy's `_unsigned_subtract(a, b)` (`a >= b`): `a - b` in the result type
 * of `a` and `b`, or for a signed integer type in its unsigned
 * counterpart, where the difference always fits.
 */
function unsignedSubtract(a: Sc, b: Sc): NDArray {
  const dt = result_type(a, b);
  const sa = typeof a === 'number' ? strong(a, dt) : a;
  const sb = typeof b === 'number' ? strong(b, dt) : b;
  if (dt.kind === 'i') {
    const u = toDType(`uint${dt.itemsize * 8}`);
    return A(subtract(A(sa).astype(dt), A(sb).astype(dt), { casting: 'unsafe', dtype: u }));
  }
  return A(subtract(sa, sb, { dtype: dt }));
}

/** C `pow(x, y)` of two Python floats (`x ** y`). */
function cpow(x: number, y: number): number {
  return value(A(float_power(strong(x), y)));
}

/** Python's `int()` of a float. */
function pyInt(v: number): number {
  if (Number.isNaN(v)) throw new ValueError('cannot convert float NaN to integer');
  if (!Number.isFinite(v)) throw new OverflowError('cannot convert float infinity to integer');
  return Math.trunc(v);
}

// ---------------------------------------------------------------- bincount

/** NumPy's conversion of an array argument that must be 1-d (`PyArray_FromAny(obj, dt, 1, 1)`). */
function check1d(a: NDArray, fromArray: boolean): void {
  if (a.ndim === 0) throw new ValueError('object of too small depth for desired array');
  if (a.ndim > 1) {
    throw new ValueError(
      fromArray
        ? 'object too deep for desired array'
        : 'setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.',
    );
  }
}

/** Whether `x` converts as an existing array (an NDArray or a TypedArray) rather than a list. */
const isArrayInput = (x: unknown): boolean => isNDArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));

/**
 * `bincount`'s conversion of `x` to intp: integer arrays are cast as they
 * are (wrapping); other arrays need a safe cast. A list that is not
 * integer takes NumPy 2.1's deprecated path: a DeprecationWarning, then
 * Python's `int()` of each element (truncation; NaN, inf and values past
 * int64 raise).
 */
function bincountList(x0: unknown): NDArray {
  const fromArray = isArrayInput(x0);
  const x = arr(x0);
  check1d(x, fromArray);
  const k = x.dtype.kind;
  if (k === 'i' || k === 'u') return x.astype(int64);
  if (canCastDTypes(x.dtype, int64, 'safe')) return x.astype(int64);
  if (fromArray) throw castError(x.dtype, int64, 'safe');
  if (x.size === 0) return zeros(0, int64);
  process.emitWarning(
    'Non-integer input passed to bincount. In a future version of NumPy, this will be an error. (Deprecated NumPy 2.1)',
    'DeprecationWarning',
  );
  if (k === 'c') {
    throw new TypeError("int() argument must be a string, a bytes-like object or a real number, not 'complex'");
  }
  if (k === 'f') {
    const bad = A(logical_or(logical_not(isfinite(x)), greater_equal(absolute(x), 2 ** 63)));
    if (anyTrue(bad)) {
      const v = Number(x.item(argmax(bad) as number));
      if (Number.isNaN(v)) throw new ValueError('cannot convert float NaN to integer');
      if (!Number.isFinite(v)) throw new OverflowError('cannot convert float infinity to integer');
      throw new OverflowError('Python int too large to convert to C long');
    }
    return x.astype(int64);
  }
  throw castError(x.dtype, int64, 'safe');
}

/** `bincount`'s `minlength` (NumPy's `PyArray_PyIntAsIntp`). */
function minlengthArg(v: unknown): number {
  if (v === null) throw new TypeError('use 0 instead of None for minlength');
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new TypeError("'float' object cannot be interpreted as an integer");
    return v;
  }
  if (typeof v === 'bigint') {
    if (v >= 2n ** 63n || v < -(2n ** 63n)) throw new OverflowError('Python int too large to convert to C long');
    return Number(v);
  }
  if (typeof v === 'boolean') throw new TypeError('an integer is required');
  if (isNDArray(v)) {
    if (v.ndim === 0 && (v.dtype.kind === 'i' || v.dtype.kind === 'u')) return Number(v.item());
    throw new TypeError('only integer scalar arrays can be converted to a scalar index');
  }
  throw new TypeError(`'${pyTypeName(v)}' object cannot be interpreted as an integer`);
}

/** `bincount`'s weights: a 1-d array safely cast to float64 (a list's elements by Python's `float()`). */
function bincountWeights(w0: unknown): NDArray {
  const fromArray = isArrayInput(w0);
  const w = arr(w0);
  check1d(w, fromArray);
  if (!fromArray && w.dtype.kind === 'c') {
    throw new TypeError("float() argument must be a string or a real number, not 'complex'");
  }
  if (!canCastDTypes(w.dtype, float64, 'safe')) throw castError(w.dtype, float64, 'safe');
  return w.astype(float64);
}

/**
 * The counts (int64) or weight sums (float64, `w` already float64) of the
 * non-negative int64 values `lst`, at least `minlength` long.
 */
export function bincountCore(lst: NDArray, w: unknown, minlength: number): NDArray {
  if (lst.size === 0) return zeros(minlength, int64);
  if (Number(min(lst)) < 0) throw new ValueError("'list' argument must have no negative elements");
  const size = Math.max(Number(max(lst)) + 1, minlength);
  // (One native pass adding in the order of `lst`, as NumPy's loop.)
  const xs = packed(lst, int64);
  if (w === null) {
    const out = zeros(size, int64);
    native.bincountInto(xs, null, out);
    return out;
  }
  const wts = bincountWeights(w);
  if (wts.size !== lst.size) throw new ValueError("The weights and list don't have the same length.");
  const out = zeros(size, float64);
  native.bincountInto(xs, packed(wts, float64), out);
  return out;
}

const BINCOUNT_PARAMS: Param[] = [{ name: 'x' }, { name: 'weights', default: null }, { name: 'minlength', default: 0 }];

/**
 * `np.bincount(x, /, weights=None, minlength=0)`: the number of
 * occurrences of each value `0..max(x)` in the non-negative integers `x`
 * (int64), or the sum of the `weights` at each value (float64).
 */
export function bincount(...args: unknown[]): NDArray {
  const last = args[args.length - 1];
  if (isOptionsObject(last) && Object.hasOwn(last, 'x')) {
    throw new TypeError("bincount() got some positional-only arguments passed as keyword arguments: 'x'");
  }
  const p = parseArgs('bincount', args, BINCOUNT_PARAMS);
  const lst = bincountList(p.x);
  const minlength = minlengthArg(p.minlength);
  if (minlength < 0) throw new ValueError("'minlength' must not be negative");
  return bincountCore(lst, p.weights, minlength);
}

// ---------------------------------------------------------------- digitize

/**
 * NumPy's `_monotonicity(bins)`: 1 for non-decreasing bins (also empty or
 * constant ones), -1 for non-increasing, 0 otherwise, compared as float64.
 * The direction is set by the first element that differs from `bins[0]`
 * (`!=`, so a NaN differs), and only pairs against it are checked, as in
 * NumPy's C loop.
 */
function monotonicity(bins: NDArray): number {
  check1d(bins, true);
  if (!canCastDTypes(bins.dtype, float64, 'safe')) throw castError(bins.dtype, float64, 'safe');
  const d = bins.astype(float64);
  if (d.size === 0) return 1;
  const differs = A(not_equal(d.get('1:'), d.get('0:1')));
  if (!anyTrue(differs)) return 1;
  const i = (argmax(differs) as number) + 1;
  const lo = d.get(':-1');
  const hi = d.get('1:');
  if ((d.item(0) as number) < (d.item(i) as number)) return anyTrue(greater(lo, hi)) ? 0 : 1;
  return anyTrue(less(lo, hi)) ? 0 : -1;
}

const DIGITIZE_PARAMS: Param[] = [{ name: 'x' }, { name: 'bins' }, { name: 'right', default: false }];

/**
 * `np.digitize(x, bins, right=False)`: the index of the bin of each `x`
 * (int64; a JS number for a scalar `x`). See the file comment.
 */
export function digitize(...args: unknown[]): NDArray | number {
  const p = parseArgs('digitize', args, DIGITIZE_PARAMS);
  const x = arr(p.x);
  const bins = arr(p.bins);
  if (x.dtype.kind === 'c') throw new TypeError('x may not be complex');
  const mono = monotonicity(bins);
  if (mono === 0) throw new ValueError('bins must be monotonically increasing or decreasing');
  // (The sides are swapped: searchsorted looks for bins in x's place.)
  const side = truthy(p.right) ? 'left' : 'right';
  if (mono === -1) {
    const r = searchsorted(bins.get('::-1'), x, side);
    return typeof r === 'number' ? bins.shape[0] - r : A(subtract(bins.shape[0], r));
  }
  return searchsorted(bins, x, side);
}

// ------------------------------------------------------- bin-edge helpers

/** NumPy's `_ravel_and_check_weights`: bool data becomes uint8 (with a RuntimeWarning). */
function ravelAndCheckWeights(a0: unknown, w0: unknown): [NDArray, NDArray | null] {
  let a = arr(a0);
  if (a.dtype.kind === 'b') {
    warn("Converting input from bool to <class 'numpy.uint8'> for compatibility.");
    a = a.astype(uint8);
  }
  let w: NDArray | null = null;
  if (w0 !== null && w0 !== undefined) {
    w = arr(w0);
    if (w.ndim !== a.ndim || w.shape.some((n, i) => n !== a.shape[i])) {
      throw new ValueError('weights should have the same shape as a.');
    }
    w = w.ravel();
  }
  return [a.ravel(), w];
}

/** One element of `range`: a Python number, or a NumPy scalar. */
function rangeItem(v: unknown): Sc {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isNDArray(v) && v.ndim === 0) return v.reshape([1]);
  throw new TypeError(`'>' not supported between instances of '${pyTypeName(v)}' and '${pyTypeName(v)}'`);
}

/** `first_edge, last_edge = range` (with Python's unpacking errors), or null. */
export function rangeArg(r: unknown): [Sc, Sc] | null {
  if (r === null || r === undefined) return null;
  let items: unknown[];
  if (Array.isArray(r)) items = r;
  else if (isNDArray(r) && r.ndim > 0) items = Array.from({ length: r.shape[0] }, (_, i) => r.get(i));
  else if (ArrayBuffer.isView(r) && !(r instanceof DataView)) items = Array.from(r as unknown as ArrayLike<number>);
  else throw new TypeError(`cannot unpack non-iterable ${pyTypeName(r)} object`);
  if (items.length < 2) throw new ValueError(`not enough values to unpack (expected 2, got ${items.length})`);
  if (items.length > 2) throw new ValueError('too many values to unpack (expected 2)');
  return [rangeItem(items[0]), rangeItem(items[1])];
}

/**
 * NumPy's `_get_outer_edges`: `range` (checked), `[0, 1]` for empty data,
 * or the data's min and max (NumPy scalars); equal edges are widened by 0.5.
 */
export function outerEdges(a: NDArray, range: [Sc, Sc] | null): [Sc, Sc] {
  let first: Sc;
  let last: Sc;
  if (range !== null) {
    [first, last] = range;
    if (compare(greater, first, last)) throw new ValueError('max must be larger than min in range parameter.');
    if (!(finite(first) && finite(last))) {
      throw new ValueError(`supplied range of [${pyStr(first)}, ${pyStr(last)}] is not finite`);
    }
  } else if (a.size === 0) {
    first = 0;
    last = 1;
  } else {
    first = A(min(a, { keepdims: true }));
    last = A(max(a, { keepdims: true }));
    if (!(finite(first) && finite(last))) {
      throw new ValueError(`autodetected range of [${pyStr(first)}, ${pyStr(last)}] is not finite`);
    }
  }
  if (compare(equal, first, last)) {
    first = typeof first === 'number' ? first - 0.5 : A(subtract(first, 0.5));
    last = typeof last === 'number' ? last + 0.5 : A(add(last, 0.5));
  }
  return [first, last];
}

/** `_ptp(x)`: `max - min` (unsigned for signed integers), a NumPy scalar. */
const ptp = (x: NDArray): NDArray => unsignedSubtract(A(max(x, { keepdims: true })), A(min(x, { keepdims: true })));

/** A bin-width estimator on non-empty data within `range`. */
type Estimator = (x: NDArray, range: [Sc, Sc]) => Sc;

const hSqrt: Estimator = (x) => A(true_divide(ptp(x), strong(Math.sqrt(x.size))));

const hSturges: Estimator = (x) => A(true_divide(ptp(x), add(log2(strong(x.size)), 1.0)));

const hRice: Estimator = (x) => A(true_divide(ptp(x), 2.0 * cpow(x.size, 1.0 / 3)));

const hScott: Estimator = (x) =>
  A(multiply(cpow((24.0 * cpow(Math.PI, 0.5)) / x.size, 1.0 / 3.0), std(x, { keepdims: true })));

const hFd: Estimator = (x) => {
  const q = A(percentile(x, [75, 25]));
  const iqr = A(subtract(q.get('0:1'), q.get('1:2')));
  return A(multiply(multiply(2.0, iqr), cpow(x.size, -1.0 / 3.0)));
};

const hDoane: Estimator = (x) => {
  const n = x.size;
  if (n > 2) {
    const sg1 = strong(Math.sqrt((6.0 * (n - 2)) / ((n + 1.0) * (n + 3))));
    const sigma = A(std(x, { keepdims: true }));
    if (value(sigma) > 0.0) {
      // g1 = mean(((x - mean(x)) / sigma) ** 3), in one temporary.
      const temp = A(subtract(x, mean(x, { keepdims: true })));
      true_divide(temp, sigma, { out: temp });
      power(temp, 3, { out: temp });
      const g1 = A(mean(temp, { keepdims: true }));
      const skew = log2(add(1.0, true_divide(absolute(g1), sg1)));
      return A(true_divide(ptp(x), add(add(1.0, log2(strong(n))), skew)));
    }
  }
  return 0;
};

const hStone: Estimator = (x, range) => {
  const n = x.size;
  const ptpX = ptp(x);
  if (n <= 1 || value(ptpX) === 0) return 0;
  const jhat = (nbins: number): number => {
    const hh = value(A(true_divide(ptpX, nbins)));
    const pk = A(true_divide(histogramCore(x, nbins, range, null)[0], n));
    return (2 - (n + 1) * (dot(pk, pk) as number)) / hh;
  };
  const upper = Math.max(100, Math.trunc(Math.sqrt(n)));
  let best = 1;
  let bestJ = jhat(1);
  for (let k = 2; k <= upper; k++) {
    const j = jhat(k);
    if (j < bestJ) {
      best = k;
      bestJ = j;
    }
  }
  if (best === upper) warn('The number of bins estimated may be suboptimal.');
  return A(true_divide(ptpX, best));
};

const hAuto: Estimator = (x, range) => {
  const fd = hFd(x, range);
  const sturges = hSturges(x, range);
  const half = A(true_divide(hSqrt(x, range), 2));
  // Python's max()/min(): the first argument unless the second is beyond it.
  const fdCorrected = value(half) > value(fd) ? half : fd;
  return value(sturges) < value(fdCorrected) ? sturges : fdCorrected;
};

const ESTIMATORS: Record<string, Estimator> = {
  stone: hStone,
  auto: hAuto,
  doane: hDoane,
  fd: hFd,
  rice: hRice,
  scott: hScott,
  sqrt: hSqrt,
  sturges: hSturges,
};

/** `np.ndim(bins)` without converting numbers. */
export function ndimOf(bins: unknown): number {
  if (isNDArray(bins)) return bins.ndim;
  if (Array.isArray(bins) || (ArrayBuffer.isView(bins) && !(bins instanceof DataView))) return arr(bins).ndim;
  return 0;
}

/** `operator.index(bins)` for the number of bins. */
function binsCount(bins: unknown): number {
  if (typeof bins === 'number' && Number.isInteger(bins)) return bins;
  if (typeof bins === 'bigint') return Number(bins);
  if (typeof bins === 'boolean') return bins ? 1 : 0;
  if (isNDArray(bins) && (bins.dtype.kind === 'i' || bins.dtype.kind === 'u')) return Number(bins.item());
  throw new TypeError('`bins` must be an integer, a string, or an array');
}

interface BinEdges {
  edges: NDArray;
  /** Equal-width bins: the outer edges and the number of bins. */
  uniform: { first: Sc; last: Sc; n: number } | null;
}

/** NumPy's `_get_bin_edges(a, bins, range, weights)` for raveled `a`. */
function getBinEdges(a0: NDArray, bins: unknown, range: [Sc, Sc] | null, weights: NDArray | null): BinEdges {
  let a = a0;
  let n: number;
  let first: Sc;
  let last: Sc;
  if (typeof bins === 'string') {
    if (!Object.hasOwn(ESTIMATORS, bins)) throw new ValueError(`${pyRepr(bins)} is not a valid estimator for \`bins\``);
    if (weights !== null) {
      throw new TypeError('Automated estimation of the number of bins is not supported for weighted data');
    }
    [first, last] = outerEdges(a, range);
    if (range !== null) {
      const keep = A(logical_and(greater_equal(a, first), less_equal(a, last)));
      if (all(keep) !== true) a = a.get(keep);
    }
    if (a.size === 0) n = 1;
    else {
      let width = ESTIMATORS[bins](a, [first, last]);
      const w = value(width);
      if (w !== 0) {
        if ((a.dtype.kind === 'i' || a.dtype.kind === 'u') && w < 1) width = 1;
        n = pyInt(value(A(ceil(true_divide(unsignedSubtract(last, first), width)))));
      } else n = 1;
    }
  } else if (ndimOf(bins) === 0) {
    n = binsCount(bins);
    if (n < 1) throw new ValueError('`bins` must be positive, when an integer');
    [first, last] = outerEdges(a, range);
  } else {
    const edges = arr(bins);
    if (edges.ndim !== 1) throw new ValueError('`bins` must be 1d, when an array');
    if (anyTrue(greater(edges.get(':-1'), edges.get('1:')))) {
      throw new ValueError('`bins` must increase monotonically, when an array');
    }
    return { edges, uniform: null };
  }
  let binType = result_type(first, last, a);
  if (binType.kind === 'i' || binType.kind === 'u') binType = result_type(binType, float64);
  const edge = (s: Sc): unknown => (typeof s === 'number' ? s : s.reshape([]));
  const edges = A(linspace(edge(first), edge(last), n + 1, { endpoint: true, dtype: binType }));
  if (anyTrue(greater_equal(edges.get(':-1'), edges.get('1:')))) {
    throw new ValueError(`Too many bins for data range. Cannot create ${n} finite-sized bins.`);
  }
  return { edges, uniform: { first, last, n } };
}

/** `a.searchsorted(v)` with the last edge on the right (the last bin is closed). */
function searchSortedInclusive(a: NDArray, v: NDArray): NDArray {
  return concatenate([A(searchsorted(a, v.get(':-1'), 'left')), A(searchsorted(a, v.get('-1:'), 'right'))]);
}

/** The histogram counts of equal-width bins (NumPy's fast path). */
function uniformCounts(
  a: NDArray,
  weights: NDArray | null,
  edges: NDArray,
  u: { first: Sc; last: Sc; n: number },
  ntype: DType,
): NDArray {
  const { first, last, n: nbins } = u;
  const n = zeros(nbins, ntype);
  const denom = unsignedSubtract(last, first);
  const value = (x: Sc): number => (typeof x === 'number' ? x : Number(x.astype(float64).reshape(-1).item(0)));
  if (
    a.dtype === float64 &&
    edges.dtype === float64 &&
    (weights === null ? ntype === int64 : weights.dtype === float64 && ntype === float64)
  ) {
    // The same steps in one native pass (float64 throughout).
    const w = weights === null ? null : packed(weights, float64);
    native.histogramUniform(packed(a, float64), w, packed(edges, float64), n, value(first), value(last), value(denom));
    return n;
  }
  const total = a.shape[0];
  for (let i = 0; i < total; i += BLOCK) {
    const block = `${i}:${i + BLOCK}`;
    let ta = a.get(block);
    let tw = weights === null ? null : weights.get(block);
    const keep = A(logical_and(greater_equal(ta, first), less_equal(ta, last)));
    if (all(keep) !== true) {
      ta = ta.get(keep);
      if (tw !== null) tw = tw.get(keep);
    }
    if (ta.dtype !== edges.dtype) ta = ta.astype(edges.dtype);
    // The bin of each value, then corrected by one where rounding put it
    // next to its bin; values on the last edge go into the last bin.
    let idx = A(multiply(true_divide(subtract(ta, first), denom), nbins)).astype(int64);
    idx = A(subtract(idx, equal(idx, nbins)));
    idx = A(subtract(idx, less(ta, edges.get(idx))));
    idx = A(add(idx, logical_and(greater_equal(ta, edges.get(A(add(idx, 1)))), not_equal(idx, nbins - 1))));
    if (ntype.kind === 'c') {
      const w = tw as NDArray;
      const re = n.real;
      const im = n.imag;
      add(re, bincountCore(idx, w.real, nbins), { out: re });
      add(im, bincountCore(idx, w.imag, nbins), { out: im });
    } else {
      add(n, bincountCore(idx, tw, nbins).astype(ntype), { out: n });
    }
  }
  return n;
}

/** The histogram counts of any bins, through a cumulative histogram (NumPy's general path). */
function cumulativeCounts(a: NDArray, weights: NDArray | null, edges: NDArray, ntype: DType): NDArray {
  const cum = zeros(edges.shape, ntype);
  const total = a.shape[0];
  const zero = zeros(1, ntype);
  for (let i = 0; i < total; i += BLOCK) {
    const block = `${i}:${i + BLOCK}`;
    if (weights === null) {
      add(cum, searchSortedInclusive(sort(a.get(block)), edges), { out: cum });
    } else {
      const ta = a.get(block);
      const order = argsort(ta);
      const sa = ta.get(order);
      const cw = concatenate([zero, cumsum(weights.get(block).get(order))]);
      add(cum, cw.get(searchSortedInclusive(sa, edges)), { out: cum });
    }
  }
  return A(diff(cum));
}

/**
 * NumPy's `histogram` on validated arguments (`a` and `weights` raveled):
 * the counts (intp, or the weights' dtype) and the bin edges.
 */
function histogramCore(a: NDArray, bins: unknown, range: [Sc, Sc] | null, weights: NDArray | null): [NDArray, NDArray] {
  const { edges, uniform } = getBinEdges(a, bins, range, weights);
  const ntype = weights === null ? int64 : weights.dtype;
  const simpleWeights =
    weights === null || canCastDTypes(weights.dtype, float64) || canCastDTypes(weights.dtype, complex128);
  const n =
    uniform !== null && simpleWeights
      ? uniformCounts(a, weights, edges, uniform, ntype)
      : cumulativeCounts(a, weights, edges, ntype);
  return [n, edges];
}

const EDGES_PARAMS: Param[] = [
  { name: 'a' },
  { name: 'bins', default: 10 },
  { name: 'range', default: null },
  { name: 'weights', default: null },
];

/**
 * `np.histogram_bin_edges(a, bins=10, range=None, weights=None)`: the bin
 * edges `histogram` uses (see the file comment).
 */
export function histogram_bin_edges(...args: unknown[]): NDArray {
  const p = parseArgs('histogram_bin_edges', args, EDGES_PARAMS);
  const [a, weights] = ravelAndCheckWeights(p.a, p.weights);
  return getBinEdges(a, p.bins, rangeArg(p.range), weights).edges;
}

const HISTOGRAM_PARAMS: Param[] = [
  { name: 'a' },
  { name: 'bins', default: 10 },
  { name: 'range', default: null },
  { name: 'density', default: null },
  { name: 'weights', default: null },
];

/**
 * `np.histogram(a, bins=10, range=None, density=None, weights=None)`:
 * `[hist, bin_edges]` (NumPy's tuple). `hist` is int64, or the weights'
 * dtype; with `density` it is float64 (complex128 for complex weights),
 * `hist / diff(bin_edges) / hist.sum()`.
 */
export function histogram(...args: unknown[]): [NDArray, NDArray] {
  const p = parseArgs('histogram', args, HISTOGRAM_PARAMS);
  const [a, weights] = ravelAndCheckWeights(p.a, p.weights);
  const [n, edges] = histogramCore(a, p.bins, rangeArg(p.range), weights);
  if (truthy(p.density)) {
    const db = toArray(diff(edges), float64);
    return [A(true_divide(true_divide(n, db), sum(n, { keepdims: true }))), edges];
  }
  return [n, edges];
}
