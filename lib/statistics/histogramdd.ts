/**
 * `np.histogramdd` and `np.histogram2d` with NumPy 2.4's algorithm
 * (`histogramdd` in numpy/lib/_histograms_impl.py, `histogram2d` in
 * numpy/lib/_twodim_base_impl.py):
 *
 * - `sample` is an `(N, D)` array: N points of D coordinates. Anything
 *   else (a list of D coordinate sequences, a 1-d array) is read as
 *   `atleast_2d(sample).T`.
 * - Each dimension's edges are its array of `bins[i]` (checked to be
 *   non-decreasing), or `linspace(lo, hi, bins[i] + 1)` over `range[i]` or
 *   the coordinate's min and max (widened by 0.5 when equal, `[0, 1]`
 *   with no points), in the type of `lo` and `hi` (float32 data keeps
 *   float32 edges).
 * - A point's bin along dimension `i` is `searchsorted(edges, x, 'right')`
 *   (0 and `len(edges)` are the outlier bins), moved one down where `x`
 *   equals the last edge (the last bin is closed). The D indices are
 *   raveled and counted with `bincount` (summing `weights`), reshaped to
 *   `len(edges_i) + 1` per dimension, cast to float64 and stripped of the
 *   outlier bins.
 * - `density=True` divides by each dimension's bin widths and then by the
 *   total.
 */
import { type Param, parseArgs, pyTypeName } from '../args';
import { atleast_2d } from '../core/joining';
import { type NDArray, isNDArray } from '../core/ndarray';
import { linspace } from '../core/ranges';
import { float64 } from '../dtype/dtype';
import { ValueError } from '../errors';
import { ravel_multi_index } from '../indexing/multi_index';
import { arr } from '../reductions/common';
import { diff } from '../reductions/differences';
import { anyTrue, sum } from '../reductions/sum';
import { searchsorted } from '../sorting/search';
import { equal, greater, less, subtract, true_divide } from '../ufunc';
import { type Sc, bincountCore, ndimOf, outerEdges, rangeArg, truthy } from './histograms';

const A = (x: unknown): NDArray => x as NDArray;

/** Python's `len(x)`, or null where `len` raises TypeError. */
function lenOf(x: unknown): number | null {
  if (Array.isArray(x) || typeof x === 'string') return x.length;
  if (isNDArray(x)) return x.ndim === 0 ? null : x.shape[0];
  if (ArrayBuffer.isView(x) && !(x instanceof DataView)) return (x as unknown as ArrayLike<number>).length;
  return null;
}

/** `len(x)` with Python's TypeError. */
function lenOrThrow(x: unknown): number {
  const n = lenOf(x);
  if (n !== null) return n;
  if (isNDArray(x)) throw new TypeError('len() of unsized object');
  throw new TypeError(`object of type '${pyTypeName(x)}' has no len()`);
}

/** `x[i]` of a sequence argument. */
function itemOf(x: unknown, i: number): unknown {
  if (isNDArray(x)) return x.get(i);
  if (typeof x === 'string') return x[i];
  return (x as ArrayLike<unknown>)[i];
}

/** The `(N, D)` sample. */
function sampleArg(s0: unknown): NDArray {
  if (isNDArray(s0) && s0.ndim === 2) return s0;
  const s = A(atleast_2d(arr(s0)));
  if (s.ndim > 2) throw new ValueError('too many values to unpack (expected 2)');
  return s.T;
}

/** Python's `bins[i] < 1` (which raises for None and other non-numbers). */
function lessThanOne(b: unknown): boolean {
  if (typeof b === 'number' || typeof b === 'bigint') return b < 1;
  if (typeof b === 'boolean') return !b;
  if (isNDArray(b)) {
    const r = less(b, 1);
    return isNDArray(r) ? r.item() === true : r === true;
  }
  throw new TypeError(`'<' not supported between instances of '${pyTypeName(b)}' and 'int'`);
}

/** `operator.index(bins[i])`. */
function binsIndex(b: unknown, i: number): number {
  if (typeof b === 'number' && Number.isInteger(b)) return b;
  if (typeof b === 'bigint') return Number(b);
  if (typeof b === 'boolean') return b ? 1 : 0;
  if (isNDArray(b) && (b.dtype.kind === 'i' || b.dtype.kind === 'u')) return Number(b.item());
  throw new TypeError(`\`bins[${i}]\` must be an integer, when a scalar`);
}

/** NumPy's histogramdd on parsed arguments; returns `[hist, edges]`. */
function histogramddImpl(
  sample0: unknown,
  bins: unknown,
  range0: unknown,
  density: unknown,
  weights0: unknown,
): [NDArray, NDArray[]] {
  const sample = sampleArg(sample0);
  const [, D] = sample.shape;
  const weights = weights0 === null || weights0 === undefined ? null : arr(weights0);
  const m = lenOf(bins);
  let binsList: unknown[];
  if (m === null) binsList = new Array(D).fill(bins);
  else {
    if (m !== D) throw new ValueError('The dimension of bins must be equal to the dimension of the sample x.');
    binsList = Array.from({ length: D }, (_, i) => itemOf(bins, i));
  }
  let ranges: unknown[];
  if (range0 === null || range0 === undefined) ranges = new Array(D).fill(null);
  else {
    if (lenOrThrow(range0) !== D) throw new ValueError('range argument must have one entry per dimension');
    ranges = Array.from({ length: D }, (_, i) => itemOf(range0, i));
  }
  const edges: NDArray[] = [];
  const nbin: number[] = [];
  for (let i = 0; i < D; i++) {
    const b = binsList[i];
    const column = sample.get(':', i);
    if (ndimOf(b) === 0) {
      if (lessThanOne(b)) throw new ValueError(`\`bins[${i}]\` must be positive, when an integer`);
      const [lo, hi] = outerEdges(column, rangeArg(ranges[i]));
      const n = binsIndex(b, i);
      const edge = (s: Sc): unknown => (typeof s === 'number' ? s : s.reshape([]));
      edges.push(A(linspace(edge(lo), edge(hi), n + 1)));
    } else if (ndimOf(b) === 1) {
      const e = arr(b);
      if (anyTrue(greater(e.get(':-1'), e.get('1:')))) {
        throw new ValueError(`\`bins[${i}]\` must be monotonically increasing, when an array`);
      }
      edges.push(e);
    } else {
      throw new ValueError(`\`bins[${i}]\` must be a scalar or 1d array`);
    }
    nbin.push(edges[i].shape[0] + 1);
  }
  // The bin of each point along each dimension; points on the last edge
  // go into the last bin, not the outlier bin after it.
  const counts = edges.map((e, i) => {
    const column = sample.get(':', i);
    const found = A(searchsorted(e, column, 'right'));
    return A(subtract(found, equal(column, e.get(-1))));
  });
  const xy = A(ravel_multi_index(counts, nbin));
  const size = nbin.reduce((p, n) => p * n, 1);
  let hist = bincountCore(xy, weights, size).reshape(nbin).astype(float64);
  hist = hist.get(...new Array(D).fill('1:-1'));
  if (truthy(density)) {
    const s = sum(hist);
    for (let i = 0; i < D; i++) {
      const shape = new Array(D).fill(1);
      shape[i] = nbin[i] - 2;
      hist = A(true_divide(hist, A(diff(edges[i])).reshape(shape)));
    }
    true_divide(hist, s, { out: hist });
  }
  return [hist, edges];
}

const DD_PARAMS: Param[] = [
  { name: 'sample' },
  { name: 'bins', default: 10 },
  { name: 'range', default: null },
  { name: 'density', default: null },
  { name: 'weights', default: null },
];

/**
 * `np.histogramdd(sample, bins=10, range=None, density=None, weights=None)`:
 * `[H, edges]` (NumPy's tuple), `H` float64 of shape `len(edges_i) - 1`
 * per dimension and `edges` a JS array of the D edge arrays.
 */
export function histogramdd(...args: unknown[]): [NDArray, NDArray[]] {
  const p = parseArgs('histogramdd', args, DD_PARAMS);
  return histogramddImpl(p.sample, p.bins, p.range, p.density, p.weights);
}

const TWOD_PARAMS: Param[] = [
  { name: 'x' },
  { name: 'y' },
  { name: 'bins', default: 10 },
  { name: 'range', default: null },
  { name: 'density', default: null },
  { name: 'weights', default: null },
];

/**
 * `np.histogram2d(x, y, bins=10, range=None, density=None, weights=None)`:
 * `[H, xedges, yedges]`, the histogramdd of the points `(x[i], y[i])`. A
 * `bins` sequence whose length is neither 1 nor 2 is the edges of both
 * dimensions.
 */
export function histogram2d(...args: unknown[]): [NDArray, NDArray, NDArray] {
  const p = parseArgs('histogram2d', args, TWOD_PARAMS);
  if (lenOrThrow(p.x) !== lenOrThrow(p.y)) throw new ValueError('x and y must have the same length.');
  let bins = p.bins;
  const n = lenOf(bins) ?? 1;
  if (n !== 1 && n !== 2) {
    const e = arr(bins);
    bins = [e, e];
  }
  const [hist, edges] = histogramddImpl([p.x, p.y], bins, p.range, p.density, p.weights);
  return [hist, edges[0], edges[1]];
}
