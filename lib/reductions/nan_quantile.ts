/**
 * `np.nanmedian`, `np.nanquantile` and `np.nanpercentile`: the median and
 * quantiles of each lane with its NaNs left out, as NumPy computes them
 * (numpy/lib/_nanfunctions_impl.py):
 *
 * - An empty array gives `np.nanmean` of it (NaN, "Mean of empty slice").
 * - Each lane's non-NaN values go to `np.median` / `np.quantile` (so the
 *   methods, dtypes and `weights` are theirs); a lane of NaNs only gives
 *   NaN in the lane's dtype and warns "All-NaN slice encountered", once per
 *   such lane.
 * - As NumPy's `apply_along_axis`, the result array takes the dtype of the
 *   first lane's result (`nanquantile` of a float32 array with a float64 `q`
 *   whose first lane is all NaN is float32); with `weights` and several
 *   lanes it has the input's dtype, as NumPy's loop fills `empty_like(a)`.
 * - Arrays without a NaN take `np.median` / `np.quantile` directly, which
 *   give the same values in one pass over all lanes.
 */
import { type Param, parseArgs } from '../args';
import { toArray } from '../core/convert';
import { full } from '../core/creation';
import type { Scalar } from '../core/elements';
import { copyto } from '../core/memory';
import type { NDArray } from '../core/ndarray';
import { moveaxis } from '../core/rearranging';
import { broadcast_to } from '../core/shape';
import { ValueError } from '../errors';
import { true_divide } from '../ufunc';
import { outArg } from '../ufunc/methods';
import { isnan, logical_not } from '../ufunc/unary';
import { arr, warn } from './common';
import { MEDIAN_PARAMS, boolArg, medianImpl, mergeAxes, normalizeAxisTuple } from './median';
import { nanmean } from './nan';
import { QUANTILE_PARAMS, checkedWeights, quantileImpl, validQ } from './quantile';
import { anyTrue } from './sum';

type R = NDArray | Scalar;

const A = (x: unknown): NDArray => x as NDArray;

/** The statistic of one lane's non-NaN values (median or quantiles), shaped like `q`. */
type LaneStat = (values: NDArray, weights: NDArray | null) => NDArray;

/** Whether a float array holds a NaN (other dtypes never do). */
function hasNaN(a: NDArray): boolean {
  return 'fMm'.includes(a.dtype.kind) && anyTrue(isnan(a));
}

/**
 * NumPy's `_nanmedian1d` / `_nanquantile_1d` for a 1-d lane: its non-NaN
 * values (and their weights) to `stat`, or `allNaN` with NumPy's warning.
 */
function laneStat(lane: NDArray, weights: NDArray | null, stat: LaneStat, allNaN: () => NDArray): NDArray {
  if (!hasNaN(lane)) return stat(lane, weights);
  const keep = A(logical_not(isnan(lane)));
  const values = lane.get(keep) as NDArray;
  if (values.size === 0) {
    warn('All-NaN slice encountered');
    return allNaN();
  }
  return stat(values, weights === null ? null : (weights.get(keep) as NDArray));
}

/**
 * NumPy's `_ureduce` around the NaN-ignoring reductions: `stat` per lane
 * of `a` along `axisArg` (several axes merged), `qShape` the leading
 * dimensions each lane's result has. `whole` computes the same without
 * NaNs in one call (`np.median`/`np.quantile` with the same arguments).
 */
function nanReduce(
  a: NDArray,
  axisArg: unknown,
  out: NDArray | null,
  keepdims: boolean,
  weights: NDArray | null,
  qShape: readonly number[],
  stat: LaneStat,
  allNaN: () => NDArray,
  whole: () => R,
): R {
  if (!hasNaN(a)) return whole();
  const nd = a.ndim;
  const axes = axisArg === null ? null : normalizeAxisTuple(axisArg, nd);
  let o = out;
  if (out && keepdims) o = out.get('...', ...a.shape.map((_, i) => (axes === null || axes.includes(i) ? 0 : ':')));
  let work = a;
  let w = weights;
  let axis = 0;
  if (axes !== null) {
    if (axes.length === 1) axis = axes[0];
    else {
      work = mergeAxes(a, axes);
      if (w !== null) w = mergeAxes(w, axes);
      axis = work.ndim - 1;
    }
  }
  let result: R;
  if (axes === null || work.ndim === 1) {
    result = laneStat(work.reshape(-1), w === null ? null : w.reshape(-1), stat, allNaN);
  } else {
    // One lane per row of `lanes`, in C order of the kept axes.
    const lanes = moveaxis(work, axis, -1);
    const lw = w === null ? null : moveaxis(w, axis, -1);
    const rest = lanes.shape.slice(0, -1);
    const n = lanes.shape[lanes.ndim - 1];
    const count = rest.reduce((x, y) => x * y, 1);
    const rows = lanes.reshape([count, n]);
    const wrows = lw === null ? null : lw.reshape([count, n]);
    let buffer: NDArray | null = null;
    for (let k = 0; k < count; k++) {
      const value = laneStat(rows.get(k) as NDArray, wrows === null ? null : (wrows.get(k) as NDArray), stat, allNaN);
      if (buffer === null) {
        // (NumPy's `apply_along_axis` buffer: the first result's dtype;
        // its weighted loop: `empty_like(a)`.)
        const dt = wrows === null ? value.dtype : a.dtype;
        buffer = full([count, ...qShape], 0, { dtype: dt });
      }
      copyto(buffer.get(k), value, { casting: 'unsafe' });
    }
    const shaped = (buffer as NDArray).reshape([...rest, ...qShape]);
    // The q axes first (NumPy moves them there after `apply_along_axis`).
    const q0 = rest.length;
    result =
      qShape.length === 0
        ? shaped
        : moveaxis(
            shaped,
            qShape.map((_, i) => q0 + i),
            qShape.map((_, i) => i),
          );
  }
  if (o) {
    copyto(o, result as NDArray, { casting: 'unsafe' });
    return out as NDArray;
  }
  if (typeof result !== 'object' || result === null || !('shape' in result)) {
    if (!keepdims) return result;
    result = toArray(result, null, null);
  }
  const res = result as NDArray;
  if (keepdims) {
    const kept = a.shape.map((s, i) => (axes === null || axes.includes(i) ? 1 : s));
    return res.reshape([...qShape, ...kept]);
  }
  return res.ndim === 0 ? res.item() : res;
}

/** `np.nanmedian(a, axis=None, out=None, overwrite_input=False, keepdims=False)`. */
export function nanmedian(...args: unknown[]): R {
  const p = parseArgs('nanmedian', args, MEDIAN_PARAMS);
  const a = arr(p.a);
  const out = outArg(p.out);
  const overwrite = boolArg('overwrite_input', p.overwrite_input, 'nanmedian');
  const keepdims = boolArg('keepdims', p.keepdims, 'nanmedian');
  if (a.size === 0) return nanmean(a, p.axis, { out, keepdims });
  return nanReduce(
    a,
    p.axis,
    out,
    keepdims,
    null,
    [],
    (values) => (medianImpl(values, null, null, overwrite, true) as NDArray).reshape([]),
    // (NumPy returns the lane's last element, a NaN of its dtype.)
    () => full([], Number.NaN, { dtype: a.dtype }),
    () => medianImpl(a, p.axis, out, overwrite, keepdims),
  );
}

/** `nanquantile`/`nanpercentile` once `q` is the quantiles array. */
function nanQuantile(fname: string, args: unknown[], scale: number): R {
  const p = parseArgs(fname, args, QUANTILE_PARAMS);
  const a = arr(p.a);
  if (a.dtype.kind === 'c') throw new TypeError('a must be an array of real numbers');
  const weakQ = typeof p.q === 'number';
  const q0 = arr(p.q);
  const q = scale === 1 ? q0 : A(true_divide(q0.ndim === 0 ? q0.reshape([1]) : q0, scale)).reshape(q0.shape);
  if (!validQ(q)) {
    throw new ValueError(
      scale === 1 ? 'Quantiles must be in the range [0, 1]' : 'Percentiles must be in the range [0, 100]',
    );
  }
  const out = outArg(p.out);
  const method = String(p.method);
  const keepdims = Boolean(p.keepdims);
  const overwrite = Boolean(p.overwrite_input);
  const checked = checkedWeights(p.weights, a, p.axis, method);
  // (Each lane takes its own weights.)
  const weights = checked === null ? null : (broadcast_to(checked, a.shape) as NDArray);
  const run = (x: NDArray, axis: unknown, o: NDArray | null, kd: boolean, w: NDArray | null) =>
    quantileImpl(x, q, axis, o, overwrite, method, kd, w, weakQ);
  if (a.size === 0) return nanmean(a, p.axis, { out, keepdims });
  return nanReduce(
    a,
    p.axis,
    out,
    keepdims,
    weights,
    q.shape,
    (values, w) => (run(values, null, null, true, w) as NDArray).reshape(q.shape),
    () => full(q.shape, Number.NaN, { dtype: a.dtype }),
    () => run(a, p.axis, out, keepdims, weights),
  );
}

/**
 * `np.nanquantile(a, q, axis=None, out=None, overwrite_input=False,
 * method='linear', keepdims=False, *, weights=None)`.
 */
export function nanquantile(...args: unknown[]): R {
  return nanQuantile('nanquantile', args, 1);
}

/**
 * `np.nanpercentile(a, q, axis=None, out=None, overwrite_input=False,
 * method='linear', keepdims=False, *, weights=None)`.
 */
export function nanpercentile(...args: unknown[]): R {
  return nanQuantile('nanpercentile', args, 100);
}
