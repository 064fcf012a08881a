/**
 * `np.quantile` and `np.percentile` with NumPy's algorithm
 * (`_quantile_ureduce_func` and `_quantile` in
 * numpy/lib/_function_base_impl.py), composed of rumpy's ufuncs, partition
 * and take so that dtypes, values and errors are NumPy's:
 *
 * - `q` in [0, 1] (`percentile`: `q / 100` in [0, 100]); each lane of `n`
 *   values is copied (flattened for `axis=None`) unless
 *   `overwrite_input=True`, and several axes are merged into one last axis.
 * - Each method maps `q` to a virtual index into the sorted lane
 *   (Hyndman & Fan 1996): `linear` is `(n − 1)·q`; the continuous ones
 *   (`hazen`, `weibull`, `median_unbiased`, `normal_unbiased`,
 *   `interpolated_inverted_cdf`) `n·q + α + q·(1 − α − β) − 1`;
 *   `averaged_inverted_cdf` `n·q − 1`; `midpoint` the mean of the floor and
 *   ceil of the linear index; the discontinuous ones (`inverted_cdf`,
 *   `closest_observation`, `lower`, `higher`, `nearest`) an integer index.
 * - An integer index (also `linear` with an integer `q`) takes the
 *   partitioned element itself. Otherwise the lane is partitioned around
 *   the floor `i` and `i + 1` of the index (clamped to the lane), and the
 *   result is `lerp(x[i], x[i+1], γ)` with `γ` the fractional part
 *   (method-adjusted): `x[i] + (x[i+1] − x[i])·γ`, or for `γ ≥ 0.5`
 *   `x[i+1] − (x[i+1] − x[i])·(1 − γ)`, which is exact at both ends.
 * - A lane holding a NaN gives NaN (its last element after partitioning).
 * - With a JS number `q`, `γ` is a weak Python float, so a float32 lane
 *   gives float32; an array `q` brings its own dtype (float64 for a list).
 * - `weights=` (only with `inverted_cdf`) sorts each lane with its weights
 *   and takes the first element whose normalised cumulative weight reaches
 *   `q`.
 */
import { type Param, parseArgs } from '../args';
import { toArray } from '../core/convert';
import { full } from '../core/creation';
import type { Scalar } from '../core/elements';
import { concatenate } from '../core/joining';
import { copyto } from '../core/memory';
import type { NDArray } from '../core/ndarray';
import { moveaxis } from '../core/rearranging';
import { type DType, float64, dtype as toDType } from '../dtype/dtype';
import { promoteWithWeak } from '../dtype/promotion';
import { ValueError } from '../errors';
import { take, take_along_axis } from '../indexing/take';
import { unique } from '../sets/unique';
import { searchsorted } from '../sorting/search';
import { argsort } from '../sorting/sort';
import {
  add,
  equal,
  greater_equal,
  less,
  logical_and,
  minimum,
  multiply,
  remainder,
  subtract,
  true_divide,
} from '../ufunc';
import { outArg } from '../ufunc/methods';
import { ceil, floor, isnan, rint } from '../ufunc/unary';
import { arr } from './common';
import { mergeAxes, normalizeAxisTuple } from './median';
import { min } from './minmax';
import { anyTrue, cumsum } from './sum';

type R = NDArray | Scalar;

/** A ufunc or function result known to be an array (its inputs are not all 0-d). */
const A = (x: unknown): NDArray => x as NDArray;

/** The intp dtype. */
const intp = toDType('intp');

/**
 * A Python float `c` as NumPy applies it to an array of dtype `like` (NEP 50
 * weak scalar): converted to `like`'s float type, or float64. (A JS number
 * with an integral value would act as a Python int.)
 */
function weakFloat(c: number, like: DType): NDArray {
  return toArray([c], promoteWithWeak(like, 'f'), null);
}

/** NumPy's `_get_gamma_mask`: `full(shape, dflt)` (float64), `cond` where `where`. */
function gammaMask(shape: readonly number[], dflt: number | NDArray, cond: number | NDArray, where: NDArray): NDArray {
  const out = typeof dflt === 'number' ? full(shape, dflt, { dtype: 'float64' }) : full(shape, dflt);
  copyto(out, typeof cond === 'number' ? toArray([cond], float64, null) : cond, { where, casting: 'unsafe' });
  return out;
}

/** NumPy's `_discrete_interpolation_to_boundaries`: an intp index from a real one. */
function toBoundaries(index: NDArray, condition: (gamma: NDArray, index: NDArray) => NDArray): NDArray {
  const previous = A(floor(index));
  const next = A(add(previous, 1));
  const gamma = A(subtract(index, previous));
  const res = gammaMask(index.shape, next, previous, condition(gamma, index)).astype(intp);
  copyto(res, 0, { where: less(res, 0) });
  return res;
}

/** `n·q + (α + q·(1 − α − β)) − 1` with Python's scalar types (`ints`: α and β are ints). */
function continuousIndex(n: number, q: NDArray, alpha: number, beta: number, ints: boolean): NDArray {
  const rest = 1 - alpha - beta;
  const qTimes = ints ? multiply(q, rest) : multiply(q, weakFloat(rest, q.dtype));
  const inner = ints ? add(alpha, qTimes) : add(A(qTimes), weakFloat(alpha, A(qTimes).dtype));
  return A(subtract(add(multiply(n, q), inner), 1));
}

interface Method {
  index: (n: number, q: NDArray) => NDArray;
  /** NumPy's `fix_gamma` (null: the index is an integer). */
  fixGamma: ((gamma: NDArray, index: NDArray) => NDArray) | null;
}

const same = (gamma: NDArray): NDArray => gamma;
const linearIndex = (n: number, q: NDArray): NDArray => A(multiply(n - 1, q));

/** NumPy's `_QuantileMethods`, in its order (its error message lists them). */
const METHODS: Record<string, Method> = {
  inverted_cdf: {
    index: (n, q) => toBoundaries(A(subtract(multiply(n, q), 1)), (gamma) => A(equal(gamma, 0))),
    fixGamma: null,
  },
  averaged_inverted_cdf: {
    index: (n, q) => A(subtract(multiply(n, q), 1)),
    fixGamma: (gamma) => gammaMask(gamma.shape, 1, 0.5, A(equal(gamma, 0))),
  },
  closest_observation: {
    index: (n, q) =>
      toBoundaries(A(subtract(subtract(multiply(n, q), 1), 0.5)), (gamma, index) =>
        A(logical_and(equal(gamma, 0), equal(remainder(floor(index), 2), 1))),
      ),
    fixGamma: null,
  },
  interpolated_inverted_cdf: { index: (n, q) => continuousIndex(n, q, 0, 1, true), fixGamma: same },
  hazen: { index: (n, q) => continuousIndex(n, q, 0.5, 0.5, false), fixGamma: same },
  weibull: { index: (n, q) => continuousIndex(n, q, 0, 0, true), fixGamma: same },
  linear: { index: linearIndex, fixGamma: same },
  median_unbiased: { index: (n, q) => continuousIndex(n, q, 1 / 3, 1 / 3, false), fixGamma: same },
  normal_unbiased: { index: (n, q) => continuousIndex(n, q, 3 / 8, 3 / 8, false), fixGamma: same },
  lower: { index: (n, q) => A(floor(linearIndex(n, q))).astype(intp), fixGamma: null },
  higher: { index: (n, q) => A(ceil(linearIndex(n, q))).astype(intp), fixGamma: null },
  midpoint: {
    index: (n, q) => A(multiply(0.5, add(floor(linearIndex(n, q)), ceil(linearIndex(n, q))))),
    fixGamma: (gamma, index) => gammaMask(gamma.shape, 0.5, 0, A(equal(remainder(index, 1), 0))),
  },
  nearest: { index: (n, q) => A(rint(linearIndex(n, q))).astype(intp), fixGamma: null },
};

/** NumPy's `_get_indexes`: the intp neighbours of the virtual indexes, clamped to the lane. */
function neighbours(lane: NDArray, v: NDArray, n: number): [NDArray, NDArray] {
  const previous = A(floor(v));
  const next = A(add(previous, 1));
  const above = A(greater_equal(v, n - 1));
  copyto(previous, -1, { where: above });
  copyto(next, -1, { where: above });
  const below = A(less(v, 0));
  copyto(previous, 0, { where: below });
  copyto(next, 0, { where: below });
  if (lane.dtype.kind === 'f' || lane.dtype.kind === 'c') {
    const nans = A(isnan(v));
    copyto(previous, -1, { where: nans });
    copyto(next, -1, { where: nans });
  }
  return [previous.astype(intp), next.astype(intp)];
}

/**
 * NumPy's `_lerp(a, b, t, out)`; `t` is an array shaped to broadcast, or a
 * weak Python float.
 */
function lerp(a: NDArray, b: NDArray, t: NDArray | number, out: NDArray | null): NDArray {
  const diff = A(subtract(b, a));
  const weak = typeof t === 'number';
  const tt = weak ? weakFloat(t, diff.dtype) : t;
  const oneMinus = weak ? weakFloat(1 - t, diff.dtype) : A(subtract(1, t));
  const res = A(add(a, multiply(diff, tt), out ? { out } : {}));
  subtract(b, multiply(diff, oneMinus), {
    out: res,
    where: weak ? t >= 0.5 : greater_equal(t, 0.5),
    casting: 'unsafe',
    dtype: res.dtype,
  });
  return res;
}

/**
 * NumPy's `_quantile(arr, q, axis, method, out, weights)` on a working
 * lane array (which it partitions), for a `q` of at least one dimension.
 * Returns an array of shape `q.shape + lanes` (`out` when given).
 */
function quantileLanes(
  work: NDArray,
  q: NDArray,
  axis: number,
  method: string,
  out: NDArray | null,
  weights: NDArray | null,
  weakQ: boolean,
): NDArray {
  const n = work.shape[axis < 0 ? axis + work.ndim : axis];
  const lanes = axis !== 0 ? moveaxis(work, axis, 0) : work;
  const supportsNans = 'fMm'.includes(lanes.dtype.kind);
  let result: NDArray;
  let nans: NDArray | null = null;
  // (The array whose last element along the lanes is a NaN where one is.)
  let last = lanes;
  if (weights === null) {
    const m = METHODS[method];
    if (m === undefined) {
      throw new ValueError(
        `'${method}' is not a valid method. Use one of: dict_keys([${Object.keys(METHODS)
          .map((k) => `'${k}'`)
          .join(', ')}])`,
      );
    }
    const v = m.index(n, q);
    const integral = v.dtype.kind === 'i' || v.dtype.kind === 'u' || v.dtype.kind === 'b';
    if (m.fixGamma === null || (method === 'linear' && integral)) {
      const kth = supportsNans ? concatenate([v.reshape(-1), toArray([-1], intp, null)]) : v.reshape(-1);
      lanes.partition(kth, { axis: 0 });
      if (supportsNans) nans = A(isnan(lanes.get(-1, '...')));
      result = take(lanes, v, { axis: 0, ...(out ? { out } : {}) });
    } else {
      const [previous, next] = neighbours(lanes, v, n);
      const kth = unique(concatenate([toArray([0, -1], intp, null), previous.reshape(-1), next.reshape(-1)]));
      lanes.partition(kth as NDArray, { axis: 0 });
      if (supportsNans) nans = A(isnan(lanes.get(-1, '...')));
      const lo = take(lanes, previous, { axis: 0 });
      const hi = take(lanes, next, { axis: 0 });
      let gamma = m.fixGamma(A(subtract(v, previous)), v).astype(v.dtype);
      let t: NDArray | number;
      if (weakQ) t = Number(gamma.reshape(-1).item(0));
      else {
        gamma = gamma.reshape([...v.shape, ...new Array<number>(lanes.ndim - 1).fill(1)]);
        t = gamma;
      }
      result = lerp(lo, hi, t, out);
    }
  } else {
    const w = axis !== 0 ? moveaxis(weights, axis, 0) : weights;
    const order = argsort(lanes, { axis: 0 });
    const sorted = take_along_axis(lanes, order, 0);
    const sw =
      w.shape.length === sorted.shape.length && w.shape.every((s, i) => s === sorted.shape[i])
        ? take_along_axis(w, order, 0)
        : take(w.reshape(-1), order, { axis: 0 });
    last = sorted;
    if (supportsNans) nans = A(isnan(sorted.get(-1, '...')));
    let cdf = cumsum(sw, { axis: 0, dtype: 'float64' });
    cdf = A(true_divide(cdf, cdf.get(-1, '...')));
    if (anyTrue(A(isnan(cdf.get(-1, '...'))))) throw new ValueError('Weights included NaN, inf or were all zero.');
    if (q.dtype.kind === 'f') cdf = cdf.astype(q.dtype);
    if (anyTrue(A(equal(cdf.get(0, '...'), 0)))) copyto(cdf, -1, { where: equal(cdf, 0) });
    const rest = sorted.shape.slice(1);
    const rshape = q.ndim > 0 ? [...q.shape, ...rest] : rest;
    if (out && (out.ndim !== rshape.length || out.shape.some((s, i) => s !== rshape[i]))) {
      throw new ValueError(
        `Wrong shape of argument 'out', shape=(${rshape.join(', ')}${rshape.length === 1 ? ',' : ''}) is required; got shape=(${out.shape.join(', ')}${out.ndim === 1 ? ',' : ''}).`,
      );
    }
    result = out ?? full(rshape, 0, { dtype: sorted.dtype });
    // One searchsorted per lane (NumPy's loop over `np.ndindex`).
    const count = rest.reduce((x, y) => x * y, 1);
    for (let k = 0; k < count; k++) {
      const at: number[] = [];
      for (let j = rest.length - 1, r = k; j >= 0; j--) {
        at.unshift(r % rest[j]);
        r = Math.floor(r / rest[j]);
      }
      const found = searchsorted(cdf.get(':', ...at), q, { side: 'left' });
      const idx = A(minimum(found, n - 1));
      copyto(result.get('...', ...at), take(sorted.get(':', ...at), idx, { axis: 0 }));
    }
  }
  if (nans !== null && anyTrue(nans)) copyto(result, last.get(-1, '...'), { where: nans });
  return result;
}

/** NumPy's `_quantile_is_valid`: every `q` in [0, 1] (a NaN is not). */
export function validQ(q: NDArray): boolean {
  // (Beyond one short dimension NumPy checks `q.min()`, which raises for an empty q.)
  if (q.size === 0 && q.ndim !== 1) min(q);
  return (q.astype(float64).reshape(-1).tolist() as number[]).every((x) => x >= 0 && x <= 1);
}

/** NumPy's `_weights_are_valid`: `weights` broadcastable along `axes` of `a`. */
function validWeights(weights: unknown, a: NDArray, axes: number[] | null): NDArray {
  let w = arr(weights);
  const same = w.ndim === a.ndim && w.shape.every((s, i) => s === a.shape[i]);
  if (!same) {
    if (axes === null) throw new TypeError('Axis must be specified when shapes of a and weights differ.');
    if (w.ndim !== axes.length || w.shape.some((s, i) => s !== a.shape[axes[i]])) {
      throw new ValueError('Shape of weights must be consistent with shape of a along specified axis.');
    }
    const order = axes.map((_, i) => i).sort((i, j) => axes[i] - axes[j]);
    w = w.transpose(order);
    w = w.reshape(a.shape.map((s, ax) => (axes.includes(ax) ? s : 1)));
  }
  return w;
}

/**
 * NumPy's checks of `weights=` (null: none): only with `inverted_cdf`,
 * shaped like `a` or like its reduced axes (then broadcast along them),
 * and non-negative.
 */
export function checkedWeights(weightsArg: unknown, a: NDArray, axisArg: unknown, method: string): NDArray | null {
  if (weightsArg === null || weightsArg === undefined) return null;
  if (method !== 'inverted_cdf') throw new ValueError(`Only method 'inverted_cdf' supports weights. Got: ${method}.`);
  const weights = validWeights(weightsArg, a, axisArg === null ? null : normalizeAxisTuple(axisArg, a.ndim));
  if (anyTrue(A(less(weights, 0)))) throw new ValueError('Weights must be non-negative.');
  return weights;
}

/** The quantiles of validated arguments: NumPy's `_ureduce` around `_quantile_ureduce_func`. */
export function quantileImpl(
  a: NDArray,
  q: NDArray,
  axisArg: unknown,
  out: NDArray | null,
  overwrite: boolean,
  method: string,
  keepdims: boolean,
  weightsArg: unknown,
  weakQ: boolean,
): R {
  const nd = a.ndim;
  const axes = axisArg === null ? null : normalizeAxisTuple(axisArg, nd);
  let weights = checkedWeights(weightsArg, a, axisArg, method);
  if (q.ndim > 2) throw new ValueError('q must be a scalar or 1d');
  let o = out;
  if (out && keepdims) o = out.get('...', ...a.shape.map((_, i) => (axes === null || axes.includes(i) ? 0 : ':')));
  let work = a;
  let axis = 0;
  if (axes !== null) {
    if (axes.length === 1) axis = axes[0];
    else {
      work = mergeAxes(a, axes);
      if (weights !== null) weights = mergeAxes(weights, axes);
      axis = -1;
    }
  }
  let lanes: NDArray;
  if (overwrite) {
    lanes = axes === null ? work.ravel() : work;
    if (axes === null && weights !== null) weights = weights.ravel();
  } else {
    lanes = axes === null ? work.flatten() : work.copy();
    if (axes === null && weights !== null) weights = weights.flatten();
  }
  // A 0-d `q` is computed as one element (rumpy's 0-d results are scalars).
  const q1 = q.ndim === 0 ? q.reshape([1]) : q;
  const o1 = o === null ? null : q.ndim === 0 ? o.get(null) : o;
  const res = quantileLanes(lanes, q1, axis, method, o1, weights, weakQ);
  if (out) return out;
  const rest = res.shape.slice(q1.ndim);
  const shape = [...q.shape, ...rest];
  if (keepdims) {
    const kept = a.shape.map((s, i) => (axes === null || axes.includes(i) ? 1 : s));
    return res.reshape([...q.shape, ...kept]);
  }
  if (shape.length > 0) return res.reshape(shape);
  // NumPy's weighted path returns its 0-d result array itself (a scalar
  // only when it took the lane's NaN); the others return a scalar.
  const zeroD = res.reshape([]);
  return weights !== null && !(lanes.dtype.kind === 'f' && Number.isNaN(zeroD.item())) ? zeroD : zeroD.item();
}

/** The parameters of `quantile`/`percentile` (and their NaN-ignoring forms). */
export const QUANTILE_PARAMS: Param[] = [
  { name: 'a' },
  { name: 'q' },
  { name: 'axis', default: null },
  { name: 'out', default: null },
  { name: 'overwrite_input', default: false },
  { name: 'method', default: 'linear' },
  { name: 'keepdims', default: false },
  { name: 'weights', default: null, kwOnly: true },
];

/** The arguments both functions share, after NumPy's checks of `a`. */
function parse(fname: string, args: unknown[]) {
  const p = parseArgs(fname, args, QUANTILE_PARAMS);
  const a = arr(p.a);
  if (a.dtype.kind === 'c') throw new TypeError('a must be an array of real numbers');
  const weakQ = typeof p.q === 'number';
  return { p, a, weakQ };
}

/** The rest of a call once `q` is the quantiles array. */
function finish(p: Record<string, unknown>, a: NDArray, q: NDArray, weakQ: boolean): R {
  return quantileImpl(
    a,
    q,
    p.axis,
    outArg(p.out),
    Boolean(p.overwrite_input),
    String(p.method),
    Boolean(p.keepdims),
    p.weights,
    weakQ,
  );
}

/**
 * `np.quantile(a, q, axis=None, out=None, overwrite_input=False,
 * method='linear', keepdims=False, *, weights=None)`.
 */
export function quantile(...args: unknown[]): R {
  const { p, a, weakQ } = parse('quantile', args);
  const q = arr(p.q);
  if (!validQ(q)) throw new ValueError('Quantiles must be in the range [0, 1]');
  return finish(p, a, q, weakQ);
}

/**
 * `np.percentile(a, q, axis=None, out=None, overwrite_input=False,
 * method='linear', keepdims=False, *, weights=None)`: `quantile` of
 * `q / 100`.
 */
export function percentile(...args: unknown[]): R {
  const { p, a, weakQ } = parse('percentile', args);
  const q0 = arr(p.q);
  // (As NumPy's `true_divide(q, 100, out=...)`: an array even for 0-d `q`.)
  const q = A(true_divide(q0.ndim === 0 ? q0.reshape([1]) : q0, 100)).reshape(q0.shape);
  if (!validQ(q)) throw new ValueError('Percentiles must be in the range [0, 100]');
  return finish(p, a, q, weakQ);
}
