/**
 * Advanced indexing (API.md §6) and assignment: `a.get(...)` with integer or
 * boolean arrays, and `a.set(...index, value)`, NumPy's `a[index] = value`.
 *
 * NumPy's rules, as implemented here:
 * - A boolean array of k dimensions consumes k axes (its shape must match
 *   them) and stands for the k integer arrays of its `nonzero()`; a 0-d
 *   boolean (or `true`/`false`) adds an axis of length 1 indexed by `[0]`
 *   (true) or `[]` (false).
 * - When any array index is present, integers count as (0-d) array indices.
 * - All index arrays broadcast together to a shape B. The result is the
 *   remaining ("subspace") axes with B inserted where the array indices
 *   stand if they are all adjacent, else in front.
 * - Results of advanced indexing are new arrays, laid out as `B ++
 *   subspace` (the subspace in the source's memory order) and, when B is not
 *   in front, returned as a transposed view of that array, as NumPy does.
 * - Assignment broadcasts the value to the indexing result and casts it to
 *   the array's dtype (Python scalars and lists with `setitem`'s rules,
 *   arrays unsafely); with repeated indices the last value wins.
 * The element moves are one native call (`native.indexMap`).
 */
import { int64 } from '../dtype/dtype';
import { IndexError, ValueError } from '../errors';
import * as native from '../native';
import { broadcastStrides, tryBroadcastShapes } from './broadcast';
import { warnComplexCast } from './complexwarning';
import { copyAs, toArray } from './convert';
import { dataView, writer } from './elements';
import { type IndexItem, basicIndex, classifyIndex } from './indexing';
import { keepOrderStrides } from './layout';
import {
  NDArray,
  allocate,
  allocateCLike,
  allocateForOverwrite,
  defaultStrides,
  isNDArray,
  shapeSize,
} from './ndarray';
import { type PyScalar, setitemValue, toPyScalar } from './pyscalar';
import { Slice } from './slice';
import { frozenTuple, tuple1, tuple2 } from './tuple';

const FULL = new Slice(null, null, null);

/** `(2,3)`, `(2,)`, `()` as NumPy prints shapes in indexing messages. */
const shapeText = (s: readonly number[]): string => `(${s.join(',')}${s.length === 1 ? ',' : ''})`;

/**
 * The index arrays of the non-zero elements of `a`, one int64 array per
 * axis (views of one `count × ndim` array, as NumPy's `nonzero` returns).
 */
export function nonzeroIndices(a: NDArray): NDArray[] {
  const nd = a.ndim;
  const size = a.size;
  let all: NDArray;
  let count: number;
  if (size * nd * 8 <= ONE_PASS_NONZERO_BYTES) {
    // One pass into room for every element; the result's base is then the
    // used `(count, nd)` rows of that memory, as NumPy's is. (Small
    // integers throughout: the frozen tuples are interned ones.)
    const rowStrides = tuple2(8 * nd, 8);
    const room = allocateCLike(tuple2(size, nd), size * nd, int64, rowStrides);
    count = native.nonzeroCollectAll(a, room);
    all = NDArray._fromParts({
      bytes: room._bytes,
      offset: room._offset,
      dtype: int64,
      shape: tuple2(count, nd),
      // (NumPy gives an empty result all-zero strides, its views not.)
      strides: count === 0 ? tuple2(0, 0) : rowStrides,
      base: null,
      address: room._address,
      frozen: true,
    });
  } else {
    // Count, then collect into exactly that many rows.
    count = native.nonzeroCount(a);
    all = allocateForOverwrite([count, nd], int64);
    native.nonzeroCollect(a, all);
  }
  const shape = frozenTuple([count]);
  const strides = tuple1(8 * nd);
  const out = new Array<NDArray>(nd);
  for (let k = 0; k < nd; k++) {
    out[k] = NDArray._fromParts({
      bytes: all._bytes,
      offset: all._offset + 8 * k,
      dtype: int64,
      shape,
      strides,
      base: all,
      writeable: all._writeable,
      address: all._address,
      frozen: true,
    });
  }
  return out;
}

/** Largest index memory (bytes) `nonzeroIndices` allocates for every element to find the indices in one pass. */
const ONE_PASS_NONZERO_BYTES = 16 * 1024;

/** One index array of a plan: the view axis it selects along and the axis of `a` named in errors. */
interface PlanIndex {
  axis: number;
  reportAxis: number;
  index: NDArray;
  /** Listed in broadcast errors (integers are not). */
  listed: boolean;
}

/** An advanced index, resolved against an array. */
export interface MapPlan {
  /** `a` after the basic part of the index; indexed axes are kept. */
  view: NDArray;
  indices: PlanIndex[];
  /** The broadcast shape of the index arrays. */
  bshape: number[];
  /** Where B stands in the result's axes. */
  bPos: number;
  /** The view's axes that are not indexed by arrays, in order. */
  sub: number[];
  /** The items were exactly one boolean array (NumPy's boolean assignment path). */
  singleBool: boolean;
}

function tooMany(a: NDArray, n: number): IndexError {
  return new IndexError(`too many indices for array: array is ${a.ndim}-dimensional, but ${n} were indexed`);
}

/** Resolves `items` (with at least one array index) against `a`. */
export function planIndex(a: NDArray, items: readonly IndexItem[]): MapPlan {
  const consumedBy = (it: IndexItem): number =>
    it.kind === 'int' || it.kind === 'slice'
      ? 1
      : it.kind === 'advanced'
        ? it.array.dtype.kind === 'b'
          ? it.array.ndim
          : 1
        : 0;
  const consumed = items.reduce((n, it) => n + consumedBy(it), 0);
  if (consumed > a.ndim) throw tooMany(a, consumed);
  const basic: IndexItem[] = [];
  const indices: PlanIndex[] = [];
  let ax = 0; // axis of `a`
  let pos = 0; // axis of the view
  for (const it of items) {
    switch (it.kind) {
      case 'int': {
        const n = a.shape[ax];
        if (it.value < -n || it.value >= n) {
          throw new IndexError(`index ${it.text} is out of bounds for axis ${ax} with size ${n}`);
        }
        const index = allocate([], int64);
        dataView(index._bytes.buffer).setBigInt64(index._bytes.byteOffset + index._offset, BigInt(it.value), true);
        indices.push({ axis: pos, reportAxis: ax, index, listed: false });
        basic.push({ kind: 'slice', slice: FULL });
        ax++;
        pos++;
        break;
      }
      case 'slice':
        basic.push(it);
        ax++;
        pos++;
        break;
      case 'newaxis':
        basic.push(it);
        pos++;
        break;
      case 'ellipsis': {
        const m = a.ndim - consumed;
        basic.push(it);
        ax += m;
        pos += m;
        break;
      }
      case 'advanced': {
        const x = it.array;
        if (x.dtype.kind !== 'b') {
          indices.push({ axis: pos, reportAxis: ax, index: x, listed: true });
          basic.push({ kind: 'slice', slice: FULL });
          ax++;
          pos++;
          break;
        }
        if (x.ndim === 0) {
          const on = x.item() as boolean;
          indices.push({ axis: pos, reportAxis: ax, index: allocate([on ? 1 : 0], int64), listed: true });
          basic.push({ kind: 'newaxis' });
          pos++;
          break;
        }
        for (let j = 0; j < x.ndim; j++) {
          if (x.shape[j] !== a.shape[ax + j]) {
            throw new IndexError(
              `boolean index did not match indexed array along axis ${ax + j}; size of axis is ${a.shape[ax + j]} but size of corresponding boolean axis is ${x.shape[j]}`,
            );
          }
        }
        nonzeroIndices(x).forEach((index, j) => {
          indices.push({ axis: pos + j, reportAxis: ax + j, index, listed: true });
          basic.push({ kind: 'slice', slice: FULL });
        });
        ax += x.ndim;
        pos += x.ndim;
        break;
      }
    }
  }
  const view = basicIndex(a, basic, true);
  const listed = indices.filter((p) => p.listed).map((p) => p.index.shape);
  const bshape = tryBroadcastShapes(indices.map((p) => p.index.shape));
  if (bshape === null) {
    throw new IndexError(
      `shape mismatch: indexing arrays could not be broadcast together with shapes ${listed.map(shapeText).join(' ')} `,
    );
  }
  const axes = indices.map((p) => p.axis);
  const adjacent = axes.every((p, i) => i === 0 || p === axes[i - 1] + 1);
  const sub = Array.from({ length: view.ndim }, (_, i) => i).filter((i) => !axes.includes(i));
  const singleBool = items.length === 1 && items[0].kind === 'advanced' && items[0].array.dtype.kind === 'b';
  return { view, indices, bshape, bPos: adjacent ? axes[0] : 0, sub, singleBool };
}

/** The result shape of a plan (B inserted into the subspace at `bPos`). */
export function resultShape(p: MapPlan): number[] {
  const sub = p.sub.map((i) => p.view.shape[i]);
  return [...sub.slice(0, p.bPos), ...p.bshape, ...sub.slice(p.bPos)];
}

/** The native descriptors of the plan's index arrays (broadcast to B). */
function mapIndices(p: MapPlan, copyIfShares: NDArray | null): native.MapIndex[] {
  return p.indices.map((ix) => {
    let index = ix.index;
    if (copyIfShares && index.buffer === copyIfShares.buffer) index = copyAs(index, index.dtype);
    const strides = broadcastStrides(index.shape, index.strides, p.bshape);
    return { axis: ix.axis, reportAxis: ix.reportAxis, index: index._view(index._offset, p.bshape, strides) };
  });
}

/**
 * The permutation from the result's axes to `B ++ subspace` order: result
 * axis `perm[k]` is axis `k` of the `B ++ subspace` layout.
 */
function toMapOrder(p: MapPlan): number[] {
  const nb = p.bshape.length;
  const ns = p.sub.length;
  const b = Array.from({ length: nb }, (_, i) => p.bPos + i);
  const s = Array.from({ length: ns }, (_, i) => (i < p.bPos ? i : i + nb));
  return [...b, ...s];
}

/**
 * Gathers `a[index]` for a plan (`mode`: 0 raise, 1 wrap, 2 clip). The
 * result is laid out as NumPy's indexing lays it out, or C-contiguous with
 * `cOrder` (as `take` and friends allocate).
 */
export function gather(p: MapPlan, mode = 0, cOrder = false): NDArray {
  const v = p.view;
  const item = v.itemsize;
  const perm = toMapOrder(p);
  const subShape = p.sub.map((i) => v.shape[i]);
  const mapShape = [...p.bshape, ...subShape];
  const total = shapeSize(mapShape);
  // The gather writes every element, so the buffer need not be zeroed.
  const fresh = (shape: number[], strides: number[], buf = allocateForOverwrite([total], v.dtype)): NDArray =>
    NDArray._fromParts({
      bytes: buf._bytes,
      offset: buf._offset,
      dtype: v.dtype,
      shape,
      strides: total === 0 ? shape.map(() => 0) : strides,
      base: null,
    });
  const permuted = (x: NDArray, shape: number[], strides: number[]): NDArray => {
    perm.forEach((r, k) => {
      shape[k] = x.shape[r];
      strides[k] = x.strides[r];
    });
    return x._view(x._offset, shape, strides);
  };
  if (cOrder) {
    const rshape = resultShape(p);
    const result = fresh(rshape, defaultStrides(rshape, item));
    const other = permuted(result, [], []);
    native.indexMap(v, other, mapIndices(p, null), mode, false);
    return result;
  }
  const subStrides = keepOrderStrides(
    subShape,
    p.sub.map((i) => v.strides[i]),
    item,
  );
  const bStrides = defaultStrides(p.bshape, shapeSize(subShape) * item || item);
  const other = fresh(mapShape, [...bStrides, ...subStrides]);
  native.indexMap(v, other, mapIndices(p, null), mode, false);
  if (p.bPos === 0) return other;
  const shape = new Array<number>(mapShape.length);
  const strides = new Array<number>(mapShape.length);
  perm.forEach((r, k) => {
    shape[r] = other.shape[k];
    strides[r] = other.strides[k];
  });
  return other._view(other._offset, shape, strides);
}

/**
 * The value of an assignment as an array of `a`'s dtype (NumPy's setitem
 * conversion): arrays are cast unsafely (copied when they share `a`'s
 * memory), with NumPy's ComplexWarning; JS scalars and lists of scalars are
 * stored element by element with Python's rules (`int(2.5)` truncates,
 * out-of-range ints raise); lists holding arrays convert as `np.array(value, dtype)`.
 */
export function assignValue(value: unknown, a: NDArray): NDArray {
  if (isNDArray(value)) {
    if (value.dtype === a.dtype && value.buffer !== a.buffer) return value;
    warnComplexCast(value.dtype, a.dtype);
    return copyAs(value, a.dtype);
  }
  const leaves: unknown[] = [];
  const walk = (x: unknown): boolean => {
    if (Array.isArray(x)) return x.every(walk);
    leaves.push(x);
    return !isNDArray(x) && toPyScalar(x) !== null;
  };
  if (!walk(value)) return toArray(value, a.dtype);
  const shape = Array.isArray(value) ? toArray(value, null, null).shape : [];
  const out = allocate(shape, a.dtype);
  const view = dataView(out._bytes.buffer);
  const write = writer(a.dtype);
  const start = out._bytes.byteOffset + out._offset;
  leaves.forEach((x, i) => {
    write(view, start + i * out.itemsize, setitemValue(toPyScalar(x) as PyScalar, a.dtype));
  });
  return out;
}

/** `v` broadcast to `shape` (a view; leading unit axes of `v` may drop), or null. */
export function broadcastTo(v: NDArray, shape: readonly number[]): NDArray | null {
  const nd = shape.length;
  if (v.ndim > nd) {
    // Leading unit axes of the value may be dropped, as NumPy does.
    const extra = v.ndim - nd;
    if (v.shape.slice(0, extra).some((n) => n !== 1)) return null;
    return broadcastTo(v._view(v._offset, v.shape.slice(extra), v.strides.slice(extra)), shape);
  }
  const strides = new Array<number>(nd).fill(0);
  for (let i = 0; i < v.ndim; i++) {
    const k = nd - v.ndim + i;
    if (v.shape[i] === shape[k]) strides[k] = v.strides[i];
    else if (v.shape[i] !== 1) return null;
  }
  return v._view(v._offset, shape, strides);
}

/** Scatters `value` into `a[index]` for a plan (`mode`: 0 raise, 1 wrap, 2 clip). */
export function scatter(a: NDArray, p: MapPlan, value: unknown, mode = 0): void {
  const v = assignValue(value, a);
  const rshape = resultShape(p);
  if (p.singleBool && a.ndim > 0 && p.indices.length === a.ndim) {
    // NumPy's path for `a[mask] = v` with a mask of a's shape.
    if (v.ndim > 1) {
      throw new TypeError(
        `NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has ${v.ndim} dimensions`,
      );
    }
    const count = shapeSize(p.bshape);
    if (v.size !== 1 && v.size !== count) {
      throw new ValueError(
        `NumPy boolean array indexing assignment cannot assign ${v.size} input values to the ${count} output values where the mask is true`,
      );
    }
  }
  const b = broadcastTo(v, rshape);
  if (b === null) {
    throw new ValueError(
      `shape mismatch: value array of shape ${shapeText(v.shape)} could not be broadcast to indexing result of shape ${shapeText(rshape)}`,
    );
  }
  const { values, indices } = mapOperands(a, p, b);
  native.indexMap(p.view, values, indices, mode, true);
}

/**
 * A plan without index arrays, for a basic index: every element of the
 * view, in C order.
 */
export function basicPlan(a: NDArray, items: readonly IndexItem[]): MapPlan {
  const view = basicIndex(a, items, true);
  return { view, indices: [], bshape: [], bPos: 0, sub: view.shape.map((_, i) => i), singleBool: false };
}

/**
 * The operands of a scatter-shaped native call for plan `p` of `a`: `v`
 * (already broadcast to the plan's result shape) with its axes in the
 * plan's map order, and the index arrays (copied when they share `a`'s
 * memory).
 */
export function mapOperands(a: NDArray, p: MapPlan, v: NDArray): { values: NDArray; indices: native.MapIndex[] } {
  const perm = toMapOrder(p);
  const values = v._view(
    v._offset,
    perm.map((r) => v.shape[r]),
    perm.map((r) => v.strides[r]),
  );
  return { values, indices: mapIndices(p, a) };
}

/** Checks that `a` may be assigned to. */
export function checkWriteable(a: NDArray): void {
  if (!a._writeable) throw new ValueError('assignment destination is read-only');
}

/** `a[index]`. */
export function getItem(a: NDArray, index: readonly unknown[]): NDArray {
  const items = classifyIndex(index);
  if (!items.some((it) => it.kind === 'advanced')) return basicIndex(a, items);
  return gather(planIndex(a, items));
}

/** `a[index] = value`. */
export function setItem(a: NDArray, index: readonly unknown[], value: unknown): void {
  checkWriteable(a);
  const items = classifyIndex(index);
  if (items.some((it) => it.kind === 'advanced')) {
    const rest = setByMask(a, items, value);
    if (rest !== DONE) scatter(a, planIndex(a, items), rest);
    return;
  }
  const view = basicIndex(a, items, true);
  // An integer per axis (`a[()]` for 0-d) sets one element from a Python
  // scalar conversion of the value, as NumPy does.
  const single = items.length === a.ndim && items.every((it) => it.kind === 'int');
  if (single && Array.isArray(value)) {
    setElementFromList(a, view, value);
    return;
  }
  if (single && isNDArray(value) && value.ndim > 0 && a.dtype.kind !== 'b') {
    if (a.dtype.kind === 'c') throw new TypeError('only 0-dimensional arrays can be converted to Python scalars');
    throw new ValueError('setting an array element with a sequence.');
  }
  const v = assignValue(value, a);
  const b = broadcastTo(v, view.shape);
  if (b === null) {
    throw new ValueError(
      `could not broadcast input array from shape ${shapeText(v.shape)} into shape ${shapeText(view.shape)}`,
    );
  }
  native.castCopy(b, view);
}

/** `setByMask` assigned the value. */
const DONE = Symbol('done');

/**
 * `a[mask] = v` with a boolean mask of `a`'s shape and one value: a native
 * masked copy (the result NumPy's boolean assignment gives), instead of
 * listing the mask's true positions and scattering. Otherwise returns the
 * value for the general path (converted once it was, so that a cast warns
 * once).
 */
function setByMask(a: NDArray, items: readonly IndexItem[], value: unknown): unknown {
  if (items.length !== 1 || items[0].kind !== 'advanced') return value;
  const mask = items[0].array;
  if (mask.dtype.kind !== 'b' || a.ndim === 0 || mask.ndim !== a.ndim) return value;
  if (mask.shape.some((n, i) => n !== a.shape[i])) return value;
  const v = assignValue(value, a);
  if (v.size !== 1) return v;
  native.maskedCopy(
    v.reshape([]) as NDArray,
    a.shape.map(() => 0),
    mask,
    mask.strides,
    a,
  );
  return DONE;
}

/**
 * `a[i, j] = [..]` for one element: NumPy converts the list as a scalar of
 * `a`'s dtype, so a bool element takes the list's truthiness (non-empty)
 * and the other kinds raise `float()`/`int()`/`complex()`'s error.
 */
function setElementFromList(a: NDArray, element: NDArray, list: readonly unknown[]): void {
  switch (a.dtype.kind) {
    case 'b':
      native.castCopy(assignValue(list.length > 0, a), element);
      return;
    case 'c':
      throw new TypeError('must be real number, not list');
    case 'i':
    case 'u':
      throw new TypeError("int() argument must be a string, a bytes-like object or a real number, not 'list'");
    default:
      throw new ValueError('setting an array element with a sequence.');
  }
}

declare module './ndarray' {
  interface NDArray {
    /**
     * `a[index]`: `a.get(2)`, `a.get('1:5:2')`, `a.get('1:3, ::2')`,
     * `a.get('...', 0)`, `a.get(':', null)`, `a.get([0, 2])`, `a.get(mask)`;
     * `a.get()` is `a[()]`. Basic indexing returns a view, advanced a copy.
     */
    get(...index: unknown[]): NDArray;
    /** `a[index] = value`: `a.set(0, 5)`, `a.set(mask, 0)`, `a.set(value)` is `a[()] = value`. */
    set(...indexThenValue: unknown[]): void;
  }
}

NDArray.prototype.get = function get(this: NDArray, ...index: unknown[]): NDArray {
  return getItem(this, index);
};

NDArray.prototype.set = function set(this: NDArray, ...args: unknown[]): void {
  if (args.length === 0) throw new TypeError('set() missing required argument: value');
  setItem(this, args.slice(0, -1), args[args.length - 1]);
};
