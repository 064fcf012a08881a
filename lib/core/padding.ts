/**
 * `np.pad(array, pad_width, mode='constant', **kwargs)`, following NumPy's
 * algorithm: the input is copied into the centre of a new array (C order,
 * F when the input is Fortran-only), then each axis in turn fills its two
 * pad areas inside the "region of interest" (full extent on the axes
 * already padded, the original extent on later axes), so corners come out
 * as NumPy's do. Every fill is a block copy or a broadcast scalar copy.
 *
 * - constant: `constant_values` (scalar, per-axis, or per-side pairs).
 * - edge: the outermost original slice, broadcast over the pad area.
 * - linear_ramp: `linspace(end_value, edge, width, endpoint=False)` in the
 *   array's dtype (integers floored, as linspace does), mirrored on the right.
 * - reflect / symmetric: the original values mirrored about the edge
 *   (symmetric repeats the edge), chunk by chunk while the pad area is wider
 *   than the values available; `reflect_type='odd'` writes `2·edge − x`.
 * - wrap: the values cycled, chunk by chunk.
 * - empty: the pad area is left as allocated (zeros in rumpy).
 * - a function `f(vector, [before, after], axis, kwargs)` is called on every
 *   1-d line of the padded array along each axis and writes in place.
 * - maximum, minimum, mean, median: the statistic (np.amax, np.amin,
 *   np.mean, np.median with keepdims) of the `stat_length` values next to
 *   each edge of the original area (all of it by default; lengths larger
 *   than the axis are clipped; `stat_length` is `np.round`-ed to intp),
 *   rounded half to even when the array has an integer dtype, then cast
 *   into the pad area (unsafe: NaN into integers gives NumPy's values). A
 *   length of 0 is a ValueError for maximum/minimum; for mean/median it is
 *   the mean of an empty slice (NaN, with NumPy's warnings).
 */
import { pyTypeName } from '../args';
import type { DType } from '../dtype/dtype';
import { ValueError } from '../errors';
import { medianImpl } from '../reductions/median';
import { meanImpl } from '../reductions/stats';
import { multiply, round, subtract } from '../ufunc';
import { NO_VALUE, REDUCERS, reduceArray } from '../ufunc/methods';
import { assignValue } from './advanced_indexing';
import { toArray } from './convert';
import { newArray } from './creation';
import { type NDArray, isNDArray } from './ndarray';
import { linspace } from './ranges';
import { broadcast_to } from './shape';
import { along, asArr, copyInto, moveAxisView } from './shapeutil';

/** Per-axis (before, after) values: 0-d arrays (NumPy scalars) or JS scalars (Python scalars from `tolist`). */
type Pairs = [unknown, unknown][];

const ALLOWED: Record<string, string[]> = {
  empty: [],
  edge: [],
  wrap: [],
  constant: ['constant_values'],
  linear_ramp: ['end_values'],
  maximum: ['stat_length'],
  mean: ['stat_length'],
  median: ['stat_length'],
  minimum: ['stat_length'],
  reflect: ['reflect_type'],
  symmetric: ['reflect_type'],
};

/** Python's repr of a set of keyword names: `{'a', 'b'}`. */
function setRepr(names: string[]): string {
  return `{${names.map((n) => `'${n}'`).join(', ')}}`;
}

/**
 * NumPy's `_as_pairs(x, ndim)`: one (before, after) pair per axis from a
 * scalar, a pair, or an `(ndim, 2)`-broadcastable array. As in NumPy, the
 * scalar and pair forms give NumPy scalars (0-d views of `np.array(x)`,
 * strong in promotion) and the general form gives Python scalars (weak).
 */
function asPairs(x: unknown, ndim: number): Pairs {
  const a = toArray(x, null, null);
  const flat = a.size > 0 ? a.reshape(-1) : a;
  const el = (i: number): NDArray => flat._view(flat._offset + i * flat.strides[0], [], []);
  if (a.ndim < 3) {
    if (a.size === 1) return Array.from({ length: ndim }, () => [el(0), el(0)]);
    if (a.size === 2 && !(a.ndim === 2 && a.shape[0] === 2 && a.shape[1] === 1)) {
      return Array.from({ length: ndim }, () => [el(0), el(1)]);
    }
  }
  const b = broadcast_to(a, [ndim, 2]);
  const rows = b.tolist() as unknown[][];
  return rows.map((r) => [r[0], r[1]]);
}

/**
 * The tail of NumPy's `_as_pairs(x, ndim, as_index=True)` once `x` is an
 * integer array: a scalar or a pair (except shape (2, 1)) is used for every
 * axis, anything else is broadcast to `(ndim, 2)`; a negative value is a
 * ValueError (checked before broadcasting, as in NumPy).
 */
function indexPairs(a: NDArray, ndim: number): [number, number][] {
  const neg = (): ValueError => new ValueError("index can't contain negative values");
  const vals = (a.reshape(-1).tolist() as (number | bigint)[]).map(Number);
  if (a.ndim < 3) {
    if (a.size === 1) {
      if (vals[0] < 0) throw neg();
      return Array.from({ length: ndim }, () => [vals[0], vals[0]]);
    }
    if (a.size === 2 && !(a.ndim === 2 && a.shape[0] === 2 && a.shape[1] === 1)) {
      if (vals[0] < 0 || vals[1] < 0) throw neg();
      return Array.from({ length: ndim }, () => [vals[0], vals[1]]);
    }
  }
  if (vals.length === 0) throw new ValueError('zero-size array to reduction operation minimum which has no identity');
  if (Math.min(...vals) < 0) throw neg();
  const b = broadcast_to(a, [ndim, 2]);
  return (b.tolist() as (number | bigint)[][]).map((r) => [Number(r[0]), Number(r[1])]);
}

/** `pad_width` as integer pairs: NumPy requires a signed-integer array (`dtype.kind == 'i'`), then `_as_pairs`. */
function widthPairs(x: unknown, ndim: number): [number, number][] {
  const a = toArray(x, null, null);
  if (a.dtype.kind !== 'i') throw new TypeError('`pad_width` must be of integral type.');
  return indexPairs(a, ndim);
}

/**
 * `stat_length` as NumPy's `_as_pairs(stat_length, ndim, as_index=True)`:
 * None gives `(None, None)` for every axis; otherwise the values are
 * `np.round`-ed (half to even) and cast to intp (NaN and ±inf become the
 * most negative intp, hence "negative"), then paired as for `pad_width`.
 */
function lengthPairs(x: unknown, ndim: number): [number | null, number | null][] {
  if (x === null || x === undefined) return Array.from({ length: ndim }, () => [null, null]);
  const a = asArr(round(asArr(x))).astype('int64') as NDArray;
  return indexPairs(a, ndim);
}

/** `padded[..., lo:hi, ...]` on `axis` with Python slice bounds (non-negative here). */
function sl(a: NDArray, axis: number, lo: number, hi: number): NDArray {
  return along(a, axis, lo, Math.max(0, hi - lo));
}

/** The region of interest for `axis`: full on axes `<= axis`, original on later axes. */
function viewRoi(padded: NDArray, widths: [number, number][], orig: readonly number[], axis: number): NDArray {
  let v = padded;
  for (let ax = axis + 1; ax < padded.ndim; ax++) v = along(v, ax, widths[ax][0], orig[ax]);
  return v;
}

/**
 * NumPy's `_set_pad_area`: `roi[..., :w0] = left` and `roi[..., n-w1:] = right`,
 * each value converted as an assignment converts it (an array cast, with
 * NumPy's ComplexWarning; a Python scalar by Python's rules).
 */
function setPadArea(roi: NDArray, axis: number, w: [number, number], left: unknown, right: unknown): void {
  const value = (v: unknown): NDArray => (isNDArray(v) && v.dtype === roi.dtype ? v : assignValue(v, roi));
  copyInto(value(left), sl(roi, axis, 0, w[0]));
  const n = roi.shape[axis];
  copyInto(value(right), sl(roi, axis, n - w[1], n));
}

function edges(roi: NDArray, axis: number, w: [number, number]): [NDArray, NDArray] {
  const r = roi.shape[axis] - w[1];
  return [sl(roi, axis, w[0], w[0] + 1), sl(roi, axis, r - 1, r)];
}

/** Assigns `src` into `dst` where both may overlap (NumPy's setitem copies overlapping sources first). */
function assign(src: NDArray, dst: NDArray): void {
  copyInto(src, dst);
}

/** The chunk to write: the mirrored values, or `2·edge − values` for `reflect_type='odd'` (in the array's arithmetic). */
function reflectChunk(src: NDArray, edge: NDArray, odd: boolean): NDArray {
  return odd ? (subtract(multiply(2, edge), src) as NDArray) : src;
}

function setReflectBoth(
  roi: NDArray,
  axis: number,
  w: [number, number],
  odd: boolean,
  period: number,
  includeEdge: boolean,
): [number, number] {
  let [left, right] = w;
  const n = roi.shape[axis];
  let oldLength = n - right - left;
  let edgeOffset = 0;
  if (includeEdge) {
    oldLength = Math.floor(oldLength / period) * period;
    edgeOffset = 1;
  } else {
    oldLength = Math.floor((oldLength - 1) / (period - 1)) * (period - 1) + 1;
    oldLength -= 1;
  }
  if (left > 0) {
    const chunk = Math.min(oldLength, left);
    const stop = left - edgeOffset;
    // padded[start:stop:-1] with start = stop + chunk: indices start, start-1, …, stop+1.
    const src = along(roi, axis, stop + chunk, chunk, -1);
    const c = reflectChunk(src, sl(roi, axis, left, left + 1), odd);
    assign(c, sl(roi, axis, left - chunk, left));
    left -= chunk;
  }
  if (right > 0) {
    const chunk = Math.min(oldLength, right);
    const start = n - right + edgeOffset - 2;
    const src = along(roi, axis, start, chunk, -1);
    const c = reflectChunk(src, sl(roi, axis, n - right - 1, n - right), odd);
    assign(c, sl(roi, axis, n - right, n - right + chunk));
    right -= chunk;
  }
  return [left, right];
}

function setWrapBoth(roi: NDArray, axis: number, w: [number, number], origPeriod: number): [number, number] {
  const [left, right] = w;
  const n = roi.shape[axis];
  let period = n - right - left;
  period = Math.floor(period / origPeriod) * origPeriod;
  let newLeft = 0;
  let newRight = 0;
  if (left > 0) {
    const end = left + period;
    const src = sl(roi, axis, end - Math.min(period, left), end);
    if (left > period) {
      assign(src, sl(roi, axis, left - period, left));
      newLeft = left - period;
    } else {
      assign(src, sl(roi, axis, 0, left));
    }
  }
  if (right > 0) {
    const start = n - right - period;
    const src = sl(roi, axis, start, start + Math.min(period, right));
    if (right > period) {
      assign(src, sl(roi, axis, n - right, n - right + period));
      newRight = right - period;
    } else {
      assign(src, sl(roi, axis, n - right, n));
    }
  }
  return [newLeft, newRight];
}

/** The statistic of `chunk` along `axis`, kept as a length-1 axis (np.amax, np.amin, np.mean, np.median). */
function statistic(mode: string, chunk: NDArray, axis: number): NDArray {
  if (mode === 'mean') return meanImpl(chunk, axis, null, null, true, NO_VALUE) as NDArray;
  if (mode === 'median') return medianImpl(chunk, axis, null, false, true) as NDArray;
  const op = mode === 'maximum' ? REDUCERS.maximum : REDUCERS.minimum;
  return reduceArray(op, chunk, {
    axis,
    dtype: null,
    out: null,
    keepdims: true,
    initial: NO_VALUE,
    where: true,
  }) as NDArray;
}

/** NumPy's `_round_if_needed`: `np.round` in place (half to even) when the padded dtype is an integer type. */
function roundIfNeeded(stat: NDArray, dtype: DType): void {
  if (dtype.kind === 'i' || dtype.kind === 'u') round(stat, { out: stat });
}

/**
 * NumPy's `_get_stats`: the statistic of the `left_length` values next to
 * the left edge of the original area and of the `right_length` values
 * ending at its right edge (each clipped to the original extent; None is
 * the whole extent). When both lengths cover the whole extent the right
 * statistic is the left one.
 */
function getStats(
  roi: NDArray,
  axis: number,
  w: [number, number],
  lengths: [number | null, number | null],
  mode: string,
  dtype: DType,
): [NDArray, NDArray] {
  const leftIndex = w[0];
  const rightIndex = roi.shape[axis] - w[1];
  const maxLength = rightIndex - leftIndex;
  let [leftLength, rightLength] = lengths;
  if (leftLength === null || maxLength < leftLength) leftLength = maxLength;
  if (rightLength === null || maxLength < rightLength) rightLength = maxLength;
  if ((leftLength === 0 || rightLength === 0) && (mode === 'maximum' || mode === 'minimum')) {
    throw new ValueError('stat_length of 0 yields no value for padding');
  }
  const leftStat = statistic(mode, sl(roi, axis, leftIndex, leftIndex + leftLength), axis);
  roundIfNeeded(leftStat, dtype);
  if (leftLength === maxLength && rightLength === maxLength) return [leftStat, leftStat];
  const rightStat = statistic(mode, sl(roi, axis, rightIndex - rightLength, rightIndex), axis);
  roundIfNeeded(rightStat, dtype);
  return [leftStat, rightStat];
}

/** Calls a user pad function on every 1-d line along each axis. */
function padWithFunction(padded: NDArray, widths: [number, number][], f: Function, kwargs: object): void {
  for (let axis = 0; axis < padded.ndim; axis++) {
    const view = moveAxisView(padded, axis, padded.ndim - 1);
    const outer = view.shape.slice(0, -1);
    const count = outer.reduce((x, y) => x * y, 1);
    const idx = new Array<number>(outer.length).fill(0);
    for (let k = 0; k < count; k++) {
      let off = view._offset;
      idx.forEach((i, d) => {
        off += i * view.strides[d];
      });
      const line = view._view(off, [view.shape[view.ndim - 1]], [view.strides[view.ndim - 1]]);
      f(line, [...widths[axis]], axis, kwargs);
      for (let d = outer.length - 1; d >= 0; d--) {
        if (++idx[d] < outer[d]) break;
        idx[d] = 0;
      }
    }
  }
}

/**
 * `np.pad(array, pad_width, mode='constant', **kwargs)`: kwargs go in the
 * trailing options object (`{constant_values}`, `{end_values}`,
 * `{reflect_type}`, `{stat_length}`), or as the third argument's sibling
 * `{mode: 'edge'}`.
 */
export function pad(...args: unknown[]): NDArray {
  let rest = args;
  let opts: Record<string, unknown> = {};
  const last = rest[rest.length - 1];
  if (rest.length > 0 && last !== null && typeof last === 'object' && !Array.isArray(last) && !isNDArray(last)) {
    const proto = Object.getPrototypeOf(last);
    if (proto === Object.prototype || proto === null) {
      opts = { ...(last as Record<string, unknown>) };
      rest = rest.slice(0, -1);
    }
  }
  if (rest.length > 3)
    throw new TypeError(`pad() takes from 2 to 3 positional arguments but ${rest.length} were given`);
  const get = (i: number, name: string): unknown => {
    if (i < rest.length && name in opts) throw new TypeError(`pad() got multiple values for argument '${name}'`);
    const v = i < rest.length ? rest[i] : opts[name];
    delete opts[name];
    return v;
  };
  const arrayArg = get(0, 'array');
  const widthArg = get(1, 'pad_width');
  if (arrayArg === undefined || widthArg === undefined) {
    throw new TypeError(
      `pad() missing ${arrayArg === undefined && widthArg === undefined ? "2 required positional arguments: 'array' and 'pad_width'" : `1 required positional argument: '${arrayArg === undefined ? 'array' : 'pad_width'}'`}`,
    );
  }
  let mode = get(2, 'mode');
  if (mode === undefined) mode = 'constant';
  const array = asArr(arrayArg);
  const nd = array.ndim;
  const widths = widthPairs(widthArg, nd);
  const kwargs = opts;
  if (typeof mode === 'function') {
    const padded = simplePad(array, widths);
    padWithFunction(padded, widths, mode, kwargs);
    return padded;
  }
  if (typeof mode !== 'string' || !(mode in ALLOWED)) {
    throw new ValueError(`mode '${typeof mode === 'string' ? mode : pyTypeName(mode)}' is not supported`);
  }
  const unsupported = Object.keys(kwargs).filter((k) => !ALLOWED[mode as string].includes(k));
  if (unsupported.length > 0) {
    throw new ValueError(`unsupported keyword arguments for mode '${mode}': ${setRepr(unsupported)}`);
  }
  const padded = simplePad(array, widths);
  const orig = array.shape;
  const axes = orig.map((_, i) => i);
  if (mode === 'constant') {
    const values = asPairs(kwargs.constant_values ?? 0, nd);
    for (const ax of axes) setPadArea(viewRoi(padded, widths, orig, ax), ax, widths[ax], ...values[ax]);
    return padded;
  }
  if (mode === 'empty') return padded;
  if (array.size === 0) {
    for (const ax of axes) {
      if (orig[ax] === 0 && (widths[ax][0] > 0 || widths[ax][1] > 0)) {
        throw new ValueError(`can't extend empty axis ${ax} using modes other than 'constant' or 'empty'`);
      }
    }
    return padded;
  }
  if (mode === 'edge') {
    for (const ax of axes) {
      const roi = viewRoi(padded, widths, orig, ax);
      setPadArea(roi, ax, widths[ax], ...edges(roi, ax, widths[ax]));
    }
  } else if (mode === 'linear_ramp') {
    const ends = asPairs(kwargs.end_values ?? 0, nd);
    for (const ax of axes) {
      const roi = viewRoi(padded, widths, orig, ax);
      const [le, re] = edges(roi, ax, widths[ax]);
      const ramp = (end: unknown, edge: NDArray, width: number): NDArray =>
        linspace(end, edge.squeeze(ax), { num: width, endpoint: false, dtype: padded.dtype, axis: ax }) as NDArray;
      const lr = ramp(ends[ax][0], le, widths[ax][0]);
      const rr0 = ramp(ends[ax][1], re, widths[ax][1]);
      const rr = along(rr0, ax, rr0.shape[ax] - 1, rr0.shape[ax], -1);
      setPadArea(roi, ax, widths[ax], lr, rr);
    }
  } else if (mode === 'reflect' || mode === 'symmetric') {
    const method = kwargs.reflect_type ?? 'even';
    const include = mode === 'symmetric';
    for (const ax of axes) {
      let [l, r] = widths[ax];
      if (orig[ax] === 1 && (l > 0 || r > 0)) {
        setPadArea(padded, ax, widths[ax], ...edges(padded, ax, widths[ax]));
        continue;
      }
      const roi = viewRoi(padded, widths, orig, ax);
      while (l > 0 || r > 0) [l, r] = setReflectBoth(roi, ax, [l, r], method === 'odd', orig[ax], include);
    }
  } else if (mode === 'wrap') {
    for (const ax of axes) {
      let [l, r] = widths[ax];
      const roi = viewRoi(padded, widths, orig, ax);
      let period = padded.shape[ax] - r - l;
      period -= period % orig[ax];
      while (l > 0 || r > 0) [l, r] = setWrapBoth(roi, ax, [l, r], period);
    }
  } else {
    const lengths = lengthPairs(kwargs.stat_length, nd);
    for (const ax of axes) {
      const roi = viewRoi(padded, widths, orig, ax);
      setPadArea(roi, ax, widths[ax], ...getStats(roi, ax, widths[ax], lengths[ax], mode, padded.dtype));
    }
  }
  return padded;
}

/** NumPy's `_pad_simple`: a new array with `array` copied into its centre (pad areas zero). */
function simplePad(array: NDArray, widths: [number, number][]): NDArray {
  const shape = array.shape.map((n, i) => n + widths[i][0] + widths[i][1]);
  const f = array.flags;
  const padded = newArray(shape, array.dtype, f.f_contiguous && !f.c_contiguous ? 'F' : 'C');
  let centre = padded;
  array.shape.forEach((n, i) => {
    centre = along(centre, i, widths[i][0], n);
  });
  copyInto(array, centre);
  return padded;
}
