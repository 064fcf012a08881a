/**
 * Rearranging elements: `moveaxis`, `rollaxis`, `flip`/`fliplr`/`flipud`,
 * `rot90` (views: axis permutations and negative strides), and the copying
 * `roll`, `tile`, `repeat`, `resize`.
 *
 * - `roll` shifts by `k` along an axis by copying two blocks per rolled axis
 *   (`a[:-k] -> r[k:]`, `a[-k:] -> r[:k]`), all combinations at once.
 * - `tile` writes the result through one view of shape
 *   `[r0, n0, r1, n1, …]` (strides `[n0·s0, s0, …]`) from the input seen
 *   with zero strides on the repetition axes: one native copy.
 * - `repeat` with a single count is the same trick on one axis; with one
 *   count per element it is a native counted row copy.
 * - `resize` repeats the flattened input cyclically to the new size.
 */
import { type Param, parseArgs } from '../args';
import { int64 } from '../dtype/dtype';
import { canCastDTypes } from '../dtype/promotion';
import { AxisError, ValueError } from '../errors';
import * as native from '../native';
import { copyAs, toArray } from './convert';
import { newArray, newLike, toIndex } from './creation';
import { NDArray, allocate, defaultStrides, isNDArray, shapeSize } from './ndarray';
import { along, asArr, axisIndex, axisTuple, toInt } from './shapeutil';

/** A transposed view with axes in `perm` order. */
function permute(a: NDArray, perm: readonly number[]): NDArray {
  return a._view(
    a._offset,
    perm.map((p) => a.shape[p]),
    perm.map((p) => a.strides[p]),
  );
}

const moveaxisParams: Param[] = [{ name: 'a' }, { name: 'source' }, { name: 'destination' }];

/** `np.moveaxis(a, source, destination)`: a view with the given axes moved, the others in order. */
export function moveaxis(...args: unknown[]): NDArray {
  const p = parseArgs('moveaxis', args, moveaxisParams);
  const a = asArr(p.a);
  const source = axisTuple(p.source, a.ndim, 'source');
  const dest = axisTuple(p.destination, a.ndim, 'destination');
  if (source.length !== dest.length) {
    throw new ValueError('`source` and `destination` arguments must have the same number of elements');
  }
  const order = a.shape.map((_, i) => i).filter((i) => !source.includes(i));
  const pairs = dest.map((d, i) => [d, source[i]]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  for (const [d, s] of pairs) order.splice(d, 0, s);
  return permute(a, order);
}

const rollaxisParams: Param[] = [{ name: 'a' }, { name: 'axis' }, { name: 'start', default: 0 }];

/** `np.rollaxis(a, axis, start=0)`: axis `axis` moved to lie before `start` (a view). */
export function rollaxis(...args: unknown[]): NDArray {
  const p = parseArgs('rollaxis', args, rollaxisParams);
  const a = asArr(p.a);
  const n = a.ndim;
  const axis = axisIndex(p.axis, n);
  let start = toInt(p.start);
  if (start < 0) start += n;
  if (!(start >= 0 && start < n + 1)) {
    // NumPy reports `start` after adding `n` to a negative value.
    throw new AxisError(`'start' arg requires ${-n} <= start < ${n + 1}, but ${start} was passed in`);
  }
  if (axis < start) start--;
  if (axis === start) return a._view(a._offset, a.shape, a.strides);
  const order = a.shape.map((_, i) => i).filter((i) => i !== axis);
  order.splice(start, 0, axis);
  return permute(a, order);
}

/** The view reversing `axes` of `a`. */
function flipAxes(a: NDArray, axes: readonly number[]): NDArray {
  let offset = a._offset;
  const strides = [...a.strides];
  for (const ax of axes) {
    if (a.shape[ax] > 0) offset += (a.shape[ax] - 1) * a.strides[ax];
    strides[ax] = -a.strides[ax];
  }
  return a._view(offset, a.shape, strides);
}

const flipParams: Param[] = [{ name: 'm' }, { name: 'axis', default: null }];

/**
 * `np.flip(m, axis=None)`: a view with the order of elements reversed along
 * `axis` (all axes if None; a 0-d input gives its element, as NumPy's `m[()]`).
 */
export function flip(...args: unknown[]): NDArray | unknown {
  const p = parseArgs('flip', args, flipParams);
  const m = asArr(p.m);
  if (m.ndim === 0 && p.axis === null) return m.item();
  const axes = p.axis === null ? m.shape.map((_, i) => i) : axisTuple(p.axis, m.ndim);
  return flipAxes(m, axes);
}

const fliplrParams: Param[] = [{ name: 'm' }];

/** `np.fliplr(m)`: reverse axis 1. */
export function fliplr(...args: unknown[]): NDArray {
  const m = asArr(parseArgs('fliplr', args, fliplrParams).m);
  if (m.ndim < 2) throw new ValueError('Input must be >= 2-d.');
  return flipAxes(m, [1]);
}

const flipudParams: Param[] = [{ name: 'm' }];

/** `np.flipud(m)`: reverse axis 0. */
export function flipud(...args: unknown[]): NDArray {
  const m = asArr(parseArgs('flipud', args, flipudParams).m);
  if (m.ndim < 1) throw new ValueError('Input must be >= 1-d.');
  return flipAxes(m, [0]);
}

const rot90Params: Param[] = [
  { name: 'm' },
  { name: 'k', default: 1 },
  { name: 'axes', default: Object.freeze([0, 1]) },
];

/**
 * `np.rot90(m, k=1, axes=(0, 1))`: a view rotated by 90° `k` times from the
 * first axis towards the second (a flip plus a transpose).
 */
export function rot90(...args: unknown[]): NDArray {
  const p = parseArgs('rot90', args, rot90Params);
  const m = asArr(p.m);
  const axes = (Array.isArray(p.axes) ? p.axes : [p.axes]).map(toInt);
  if (axes.length !== 2) throw new ValueError('len(axes) must be 2.');
  const [a0, a1] = axes;
  if (a0 === a1 || Math.abs(a0 - a1) === m.ndim) throw new ValueError('Axes must be different.');
  if (a0 >= m.ndim || a0 < -m.ndim || a1 >= m.ndim || a1 < -m.ndim) {
    throw new ValueError(`Axes=(${a0}, ${a1}) out of range for array of ndim=${m.ndim}.`);
  }
  const x = a0 < 0 ? a0 + m.ndim : a0;
  const y = a1 < 0 ? a1 + m.ndim : a1;
  const k = ((toInt(p.k) % 4) + 4) % 4;
  if (k === 0) return m._view(m._offset, m.shape, m.strides);
  if (k === 2) return flipAxes(flipAxes(m, [x]), [y]);
  const perm = m.shape.map((_, i) => i);
  perm[x] = y;
  perm[y] = x;
  return k === 1 ? permute(flipAxes(m, [y]), perm) : flipAxes(permute(m, perm), [y]);
}

/** Integer shifts/axes as NumPy's `broadcast(shift, axis)` pairs them. */
function shiftPairs(shift: unknown, axis: unknown): [number, unknown][] {
  const sh = Array.isArray(shift) ? shift : [shift];
  const ax = Array.isArray(axis) ? axis : [axis];
  if (sh.some(Array.isArray) || ax.some(Array.isArray)) {
    throw new ValueError("'shift' and 'axis' should be scalars or 1D sequences");
  }
  const n = Math.max(sh.length, ax.length);
  if (sh.length !== ax.length && sh.length !== 1 && ax.length !== 1) {
    throw new ValueError(
      `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (${sh.length},) and arg 1 with shape (${ax.length},).`,
    );
  }
  return Array.from({ length: n }, (_, i) => [toInt(sh[sh.length === 1 ? 0 : i]), ax[ax.length === 1 ? 0 : i]]);
}

function rollArray(a: NDArray, shifts: readonly number[]): NDArray {
  const result = newLike(a, a.dtype, 'K', null);
  // Per axis: list of (source start, dest start, length) blocks.
  const blocks = a.shape.map((n, ax) => {
    const off = n === 0 ? 0 : ((shifts[ax] % n) + n) % n;
    return off === 0
      ? [[0, 0, n]]
      : [
          [0, off, n - off],
          [n - off, 0, off],
        ];
  });
  const combos: number[][][] = [[]];
  for (const b of blocks) {
    const next: number[][][] = [];
    for (const c of combos) for (const blk of b) next.push([...c, blk]);
    combos.splice(0, combos.length, ...next);
  }
  for (const combo of combos) {
    let src = a;
    let dst = result;
    combo.forEach(([s, d, len], ax) => {
      src = along(src, ax, s, len);
      dst = along(dst, ax, d, len);
    });
    native.castCopy(src, dst);
  }
  return result;
}

const rollParams: Param[] = [{ name: 'a' }, { name: 'shift' }, { name: 'axis', default: null }];

/** `np.roll(a, shift, axis=None)`: elements shifted cyclically (flattened when `axis` is None). */
export function roll(...args: unknown[]): NDArray {
  const p = parseArgs('roll', args, rollParams);
  const a = asArr(p.a);
  if (p.axis === null) {
    const flat = a.reshape(-1);
    const [[s]] = shiftPairs(p.shift, 0);
    const shifts = Array.isArray(p.shift) ? (p.shift as unknown[]).reduce<number>((x, y) => x + toInt(y), 0) : s;
    return rollArray(flat, [shifts]).reshape(a.shape);
  }
  const pairs = shiftPairs(p.shift, p.axis);
  const shifts = new Array<number>(a.ndim).fill(0);
  for (const [s, ax] of pairs) {
    const [k] = axisTuple(ax, a.ndim);
    shifts[k] += s;
  }
  return rollArray(a, shifts);
}

const tileParams: Param[] = [{ name: 'A' }, { name: 'reps' }];

/**
 * `np.tile(A, reps)`: `A` repeated `reps[i]` times along each axis (`A`
 * gains leading axes, or `reps` leading ones, to match lengths).
 */
export function tile(...args: unknown[]): NDArray {
  const p = parseArgs('tile', args, tileParams);
  let reps = (Array.isArray(p.reps) ? p.reps : [p.reps]).map(toIndex);
  let c = asArr(p.A);
  const d = reps.length;
  if (c.ndim < d) {
    const k = d - c.ndim;
    c = c._view(c._offset, [...new Array(k).fill(1), ...c.shape], [...new Array(k).fill(0), ...c.strides]);
  }
  if (d < c.ndim) reps = [...new Array(c.ndim - d).fill(1), ...reps];
  const outShape = c.shape.map((n, i) => n * reps[i]);
  if (reps.some((r) => r < 0)) throw new ValueError('negative dimensions are not allowed');
  const out = newArray(outShape, c.dtype);
  if (out.size === 0) return out;
  const os = out.strides;
  const viewShape: number[] = [];
  const viewStrides: number[] = [];
  const srcStrides: number[] = [];
  c.shape.forEach((n, i) => {
    viewShape.push(reps[i], n);
    viewStrides.push(n * os[i], os[i]);
    srcStrides.push(0, c.strides[i]);
  });
  native.castCopy(c._view(c._offset, viewShape, srcStrides), out._view(out._offset, viewShape, viewStrides));
  return out;
}

/** Repeat counts as NumPy reads them (cast to intp, forced), checked non-negative. */
function repeatCounts(repeats: unknown): number[] {
  const r = toArray(repeats, null, null);
  if (r.ndim > 1) throw new ValueError('object too deep for desired array');
  // NumPy casts an array of repeats to intp safely (JS numbers and lists
  // convert like Python ones, truncating).
  if (isNDArray(repeats) && !canCastDTypes(r.dtype, int64, 'safe')) {
    throw new TypeError(
      `Cannot cast ${r.ndim === 0 ? 'scalar' : 'array data'} from dtype('${r.dtype.name}') to dtype('int64') according to the rule 'safe'`,
    );
  }
  const ints = r.dtype === int64 ? r : copyAs(r, int64);
  return (ints.reshape(-1).tolist() as number[]).map(Number);
}

function repeatArray(a0: NDArray, repeats: unknown, axisArg: unknown): NDArray {
  let a = a0;
  let axis: number;
  if (axisArg === null) {
    a = a.reshape(-1);
    axis = 0;
  } else {
    axis = axisIndex(axisArg, a.ndim);
  }
  const counts = repeatCounts(repeats);
  const n = a.shape[axis];
  if (counts.length === 1) {
    const r = counts[0];
    if (r < 0) throw new ValueError('negative dimensions are not allowed');
    const shape = [...a.shape];
    shape[axis] = n * r;
    const out = newArray(shape, a.dtype);
    if (out.size === 0) return out;
    const vs = [...a.shape];
    vs.splice(axis + 1, 0, r);
    const ds = [...out.strides];
    ds.splice(axis, 1, r * out.strides[axis], out.strides[axis]);
    const ss = [...a.strides];
    ss.splice(axis + 1, 0, 0);
    native.castCopy(a._view(a._offset, vs, ss), out._view(out._offset, vs, ds));
    return out;
  }
  if (counts.length !== n) {
    throw new ValueError(`operands could not be broadcast together with shape (${n},) (${counts.length},)`);
  }
  if (counts.some((c) => c < 0)) throw new ValueError('repeats may not contain negative values.');
  const total = counts.reduce((x, y) => x + y, 0);
  const outer = shapeSize(a.shape.slice(0, axis));
  const inner = shapeSize(a.shape.slice(axis + 1));
  const shape = [...a.shape];
  shape[axis] = total;
  const out = newArray(shape, a.dtype);
  if (out.size === 0) return out;
  const src = a._view(a._offset, [outer, n, inner], [0, 0, 0]);
  const s3 = a.reshape([outer, n, inner]);
  native.repeatRows(s3.size ? s3 : src, out.reshape([outer, total, inner]), Float64Array.from(counts));
  return out;
}

const repeatParams: Param[] = [{ name: 'a' }, { name: 'repeats' }, { name: 'axis', default: null }];

/** `a.repeat()`'s: `np.repeat`'s without the array. */
const repeatMethodParams: Param[] = repeatParams.slice(1);

/** `np.repeat(a, repeats, axis=None)`: each element repeated (one count, or one per element along `axis`). */
export function repeat(...args: unknown[]): NDArray {
  const p = parseArgs('repeat', args, repeatParams);
  return repeatArray(asArr(p.a), p.repeats, p.axis);
}

/** The flat copy of `a` cycled to `size` elements (NumPy's `resize` fill rule). */
function cycledFlat(a: NDArray, size: number): NDArray {
  const flat = a.reshape(-1);
  const out = newArray([size], a.dtype);
  const n = flat.size;
  if (n === 0 || size === 0) return out;
  const whole = Math.floor(size / n);
  if (whole > 0) {
    native.castCopy(
      flat._view(flat._offset, [whole, n], [0, flat.strides[0]]),
      out._view(out._offset, [whole, n], [n * a.itemsize, a.itemsize]),
    );
  }
  const rest = size - whole * n;
  if (rest > 0) native.castCopy(along(flat, 0, 0, rest), along(out, 0, whole * n, rest));
  return out;
}

function newShapeArg(x: unknown): number[] {
  return (Array.isArray(x) ? x : [x]).map(toIndex);
}

const resizeParams: Param[] = [{ name: 'a' }, { name: 'new_shape' }];

/**
 * `np.resize(a, new_shape)`: a new array of `new_shape` filled with `a`'s
 * elements (C order) repeated cyclically; zeros when `a` is empty.
 */
export function resize(...args: unknown[]): NDArray {
  const p = parseArgs('resize', args, resizeParams);
  const a = asArr(p.a);
  const shape = newShapeArg(p.new_shape);
  if (shape.some((d) => d < 0)) throw new ValueError('all elements of `new_shape` must be non-negative');
  const size = shapeSize(shape);
  return cycledFlat(a, size).reshape(shape);
}

declare module './ndarray' {
  interface NDArray {
    /** `a.repeat(repeats, axis=None)`. */
    repeat(...args: unknown[]): NDArray;
    /**
     * `a.resize(new_shape, refcheck=True)`: changes `a` itself to the new
     * shape (C order; new elements are zero). Only arrays that own their
     * memory can be resized. `refcheck` is accepted but cannot be honoured
     * (JS cannot count references); views made earlier keep the old memory.
     */
    resize(...args: unknown[]): undefined;
  }
}

NDArray.prototype.repeat = function (this: NDArray, ...args: unknown[]): NDArray {
  const p = parseArgs('repeat', args, repeatMethodParams);
  return repeatArray(this, p.repeats, p.axis);
};

NDArray.prototype.resize = function (this: NDArray, ...args: unknown[]): undefined {
  let opts: Record<string, unknown> = {};
  let dims = args;
  const last = args[args.length - 1];
  if (last !== null && typeof last === 'object' && !Array.isArray(last) && !isNDArray(last)) {
    opts = last as Record<string, unknown>;
    dims = args.slice(0, -1);
    for (const k of Object.keys(opts)) {
      if (k !== 'refcheck' && k !== 'new_shape') {
        throw new TypeError(`'${k}' is an invalid keyword argument for this function`);
      }
    }
  }
  if (opts.new_shape !== undefined) dims = [opts.new_shape];
  if (dims.length === 0 || (dims.length === 1 && dims[0] === null)) return undefined;
  const shape = dims.length === 1 ? newShapeArg(dims[0]) : dims.map(toIndex);
  if (!this.flags.c_contiguous) throw new ValueError('resize only works on single-segment arrays');
  if (this.base !== null || this._borrowed) throw new ValueError('cannot resize this array: it does not own its data');
  if (shape.some((d) => d < 0)) throw new ValueError('negative dimensions not allowed');
  if (!this._writeable) throw new ValueError('cannot resize this array: it does not own its data');
  const fresh = allocate(shape, this.dtype);
  const keep = Math.min(this.size, fresh.size) * this.itemsize;
  fresh._bytes.set(this._bytes.subarray(this._offset, this._offset + keep), fresh._offset);
  const self = this as unknown as {
    _bytes: Uint8Array;
    _offset: number;
    _address: number;
    shape: readonly number[];
    strides: readonly number[];
  };
  self._bytes = fresh._bytes;
  self._offset = fresh._offset;
  // (The cached buffer address must follow the bytes, or native calls would
  // keep reading the old buffer.)
  self._address = fresh._address;
  self.shape = Object.freeze([...shape]);
  self.strides = Object.freeze(defaultStrides(shape, this.itemsize));
  return undefined;
};
