/**
 * Splitting arrays into views: `split`, `array_split`, `hsplit`, `vsplit`,
 * `dsplit` and `unstack`. Every piece is a basic-slice view of the input
 * (`a[..., start:stop, ...]` along the axis), so writes through a piece
 * reach the input, as in NumPy.
 *
 * `array_split(a, N)` with `n = a.shape[axis]` gives `n % N` pieces of
 * length `floor(n / N) + 1`, then the rest of length `floor(n / N)`; with a
 * list of indices, piece `k` is `a[idx[k-1]:idx[k]]` (Python slice rules, so
 * out-of-range and decreasing indices give clipped or empty pieces).
 */
import { type Param, parseArgs, pyTypeName } from '../args';
import { IndexError, ValueError, ZeroDivisionError } from '../errors';
import { type NDArray, isNDArray } from './ndarray';
import { along, asArr, axisTuple, moveAxisView, rangeLength, sliceIndices, toInt } from './shapeutil';

/** `ary.shape[axis]` as Python indexes a tuple (IndexError past either end). */
function axisLength(a: NDArray, axis: number): [number, number] {
  const ax = axis < 0 ? axis + a.ndim : axis;
  if (ax < 0 || ax >= a.ndim) throw new IndexError('tuple index out of range');
  return [ax, a.shape[ax]];
}

/** `a[start:stop]` along `axis` with Python's slice rules. */
function piece(a: NDArray, axis: number, start: number | null, stop: number | null): NDArray {
  const [s, e] = sliceIndices(start, stop, 1, a.shape[axis]);
  return along(a, axis, s, rangeLength(s, e, 1));
}

/** Indices given as a sequence (a JS array, TypedArray or 1-d NDArray), or null for a section count. */
function indexList(x: unknown): number[] | null {
  if (Array.isArray(x)) return x.map(toInt);
  if (isNDArray(x) && x.ndim > 0) return (x.tolist() as unknown[]).map(toInt);
  if (ArrayBuffer.isView(x)) return Array.from(x as unknown as ArrayLike<number>).map(toInt);
  return null;
}

/** Python's `int(x)` for a section count. */
function pyInt(x: unknown): number {
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) {
      throw new (Number.isNaN(x) ? ValueError : TypeError)(
        Number.isNaN(x) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer',
      );
    }
    return Math.trunc(x);
  }
  if (typeof x === 'bigint') return Number(x);
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (isNDArray(x) && x.ndim === 0) return pyInt(x.item());
  throw new TypeError(`int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(x)}'`);
}

function splitCore(a: NDArray, spec: unknown, axisArg: unknown, equal: boolean): NDArray[] {
  const [axis, n] = axisLength(a, toInt(axisArg));
  const indices = indexList(spec);
  let bounds: [number | null, number | null][];
  if (indices !== null) {
    const pts: (number | null)[] = [0, ...indices, n];
    bounds = [];
    for (let k = 0; k + 1 < pts.length; k++) bounds.push([pts[k], pts[k + 1]]);
  } else {
    const sections = pyInt(spec);
    if (equal) {
      if (sections === 0) throw new ZeroDivisionError('integer modulo by zero');
      if (n % sections !== 0) throw new ValueError('array split does not result in an equal division');
    }
    if (sections <= 0) throw new ValueError('number sections must be larger than 0.');
    const each = Math.floor(n / sections);
    const extras = n % sections;
    bounds = [];
    let at = 0;
    for (let k = 0; k < sections; k++) {
      const len = each + (k < extras ? 1 : 0);
      bounds.push([at, at + len]);
      at += len;
    }
  }
  return bounds.map(([s, e]) => piece(a, axis, s, e));
}

const splitParams: Param[] = [{ name: 'ary' }, { name: 'indices_or_sections' }, { name: 'axis', default: 0 }];

/**
 * `np.array_split(ary, indices_or_sections, axis=0)`: like `split`, but a
 * section count need not divide the axis length.
 */
export function array_split(...args: unknown[]): NDArray[] {
  const p = parseArgs('array_split', args, splitParams);
  return splitCore(asArr(p.ary), p.indices_or_sections, p.axis, false);
}

/** `np.split(ary, indices_or_sections, axis=0)`: equal sections or pieces between indices. */
export function split(...args: unknown[]): NDArray[] {
  const p = parseArgs('split', args, splitParams);
  return splitCore(asArr(p.ary), p.indices_or_sections, p.axis, true);
}

const dirParams: Param[] = [{ name: 'ary' }, { name: 'indices_or_sections' }];

/** `np.hsplit(ary, indices_or_sections)`: along axis 1 (axis 0 for 1-d input). */
export function hsplit(...args: unknown[]): NDArray[] {
  const p = parseArgs('hsplit', args, dirParams);
  const a = asArr(p.ary);
  if (a.ndim === 0) throw new ValueError('hsplit only works on arrays of 1 or more dimensions');
  return splitCore(a, p.indices_or_sections, a.ndim > 1 ? 1 : 0, true);
}

/** `np.vsplit(ary, indices_or_sections)`: along axis 0 of an array of 2 or more dimensions. */
export function vsplit(...args: unknown[]): NDArray[] {
  const p = parseArgs('vsplit', args, dirParams);
  const a = asArr(p.ary);
  if (a.ndim < 2) throw new ValueError('vsplit only works on arrays of 2 or more dimensions');
  return splitCore(a, p.indices_or_sections, 0, true);
}

/** `np.dsplit(ary, indices_or_sections)`: along axis 2 of an array of 3 or more dimensions. */
export function dsplit(...args: unknown[]): NDArray[] {
  const p = parseArgs('dsplit', args, dirParams);
  const a = asArr(p.ary);
  if (a.ndim < 3) throw new ValueError('dsplit only works on arrays of 3 or more dimensions');
  return splitCore(a, p.indices_or_sections, 2, true);
}

const unstackParams: Param[] = [{ name: 'x' }, { name: 'axis', default: 0, kwOnly: true }];

/**
 * `np.unstack(x, /, *, axis=0)`: the views `x[..., i, ...]` along `axis`, as
 * a list (JS scalars for a 1-d `x`, as NumPy gives NumPy scalars).
 */
export function unstack(...args: unknown[]): (NDArray | unknown)[] {
  const p = parseArgs('unstack', args, unstackParams);
  const x = asArr(p.x);
  if (x.ndim === 0) throw new ValueError('Input array must be at least 1-d.');
  const [axis] = axisTuple(p.axis, x.ndim, 'source');
  const m = moveAxisView(x, axis, 0);
  const rest = m.shape.slice(1);
  const strides = m.strides.slice(1);
  return Array.from({ length: m.shape[0] }, (_, i) => {
    const v = m._view(m._offset + i * m.strides[0], rest, strides);
    return v.ndim === 0 ? v.item() : v;
  });
}
