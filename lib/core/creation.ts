/**
 * Array creation from a shape or a prototype: `zeros`, `ones`, `empty`,
 * `full` and their `*_like` forms, plus the internal helpers other creation
 * modules build on (shape and order arguments, broadcasting views, filling
 * with a value). Filling is one native `castCopy` from a 0-stride view of a
 * single converted value, never a JS loop over elements.
 */
import { type Param, isOptionsObject, parseArgs, pyTypeName } from '../args';
import { type DType, bool, float64, int64, dtype as toDType } from '../dtype/dtype';
import { MemoryError, ValueError } from '../errors';
import * as native from '../native';
import { defaultScalarSlot } from '../ufunc/ufunc';
import { pyFloatRepr } from './complex';
import { warnComplexCast } from './complexwarning';
import { toArray } from './convert';
import {
  NDArray,
  type Order,
  allocate,
  allocateForOverwrite,
  defaultStrides,
  isCContiguous,
  isFContiguous,
} from './ndarray';

/** Python's repr of a shape tuple: `()`, `(3,)`, `(2, 3)`. */
export function shapeRepr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** NumPy's compact shape text in broadcast errors: `(2,)`, `(2,3)`. */
function compactShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(',')})`;
}

/** `operator.index(x)` for one dimension, with Python's TypeError. */
export function toIndex(x: unknown): number {
  if (typeof x === 'bigint') return Number(x);
  if (typeof x === 'number' && Number.isInteger(x) && !Object.is(x, -0)) return x;
  throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
}

/**
 * A shape argument as NumPy's `PyArray_IntpConverter` reads it: an integer
 * or a sequence of integers, no negative entries.
 */
export function parseShape(shape: unknown): number[] {
  let dims: number[];
  if (shape === null || shape === undefined) throw new TypeError('Use () not None as shape arguments');
  if (Array.isArray(shape)) {
    dims = shape.map(toIndex);
  } else if (typeof shape === 'bigint' || (typeof shape === 'number' && Number.isInteger(shape))) {
    dims = [toIndex(shape)];
  } else if (typeof shape === 'number' || typeof shape === 'boolean') {
    const text = typeof shape === 'boolean' ? (shape ? 'True' : 'False') : pyFloatRepr(shape);
    throw new TypeError(`expected a sequence of integers or a single integer, got '${text}'`);
  } else {
    throw new TypeError(`'${pyTypeName(shape)}' object cannot be interpreted as an integer`);
  }
  if (dims.some((d) => d < 0)) throw new ValueError('negative dimensions are not allowed');
  return dims;
}

/** NumPy's order argument: a string among C/F/A/K (any case), or None. */
export function parseOrder(
  order: unknown,
  allowed: 'CF' | 'CFAK',
  fallback: Order | 'A' | 'K' = 'C',
): Order | 'A' | 'K' {
  if (order === null || order === undefined) return fallback;
  if (typeof order !== 'string') throw new TypeError(`order must be str, not ${pyTypeName(order)}`);
  const o = order.length === 1 ? order.toUpperCase() : order;
  if (o !== 'C' && o !== 'F' && o !== 'A' && o !== 'K') {
    throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${order}')`);
  }
  if (allowed === 'CF' && o !== 'C' && o !== 'F') throw new ValueError("only 'C' or 'F' order is permitted");
  return o;
}

/** The `dtype` argument (None means `fallback`). */
export function parseDType(dt: unknown, fallback: DType): DType {
  return dt === null || dt === undefined ? fallback : toDType(dt);
}

/** NumPy's `device` keyword: only "cpu" exists. */
export function checkDevice(device: unknown): void {
  if (device !== null && device !== undefined && device !== 'cpu') {
    throw new ValueError(`Device not understood. Only "cpu" is allowed, but received: ${String(device)}`);
  }
}

const MAX_BYTES = 2 ** 63;

/**
 * A fresh zero-filled array, with NumPy's size errors; with `overwrite`, one
 * whose contents are unspecified (`allocateForOverwrite`) because the caller
 * writes every element.
 */
export function newArray(shape: readonly number[], dt: DType, order: Order = 'C', overwrite = false): NDArray {
  let bytes = dt.itemsize;
  for (const s of shape) bytes *= s;
  if (bytes >= MAX_BYTES) {
    throw new ValueError('array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.');
  }
  try {
    return overwrite ? allocateForOverwrite(shape, dt, order) : allocate(shape, dt, order);
  } catch (e) {
    if (e instanceof RangeError) {
      throw new MemoryError(
        `Unable to allocate ${bytes} bytes for an array with shape ${shapeRepr(shape)} and data type ${dt.name}`,
      );
    }
    throw e;
  }
}

/**
 * The broadcast of two or more shapes (NumPy's rules: right-aligned, each
 * dimension equal or 1).
 */
export function broadcastShapes(...shapes: (readonly number[])[]): number[] {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(nd).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const k = nd - s.length + i;
      if (s[i] === out[k] || s[i] === 1) continue;
      if (out[k] !== 1) {
        const parts = shapes.map((sh, j) => `arg ${j} with shape ${shapeRepr(sh)}`).join(' and ');
        throw new ValueError(
          `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between ${parts}.`,
        );
      }
      out[k] = s[i];
    }
  }
  return out;
}

/**
 * A read-only-in-spirit view of `a` broadcast to `shape` (0 strides on new
 * or stretched axes), or null when the shapes do not broadcast.
 */
export function broadcastView(a: NDArray, shape: readonly number[]): NDArray | null {
  const nd = shape.length;
  if (a.ndim > nd) return null;
  const strides = new Array<number>(nd).fill(0);
  for (let i = 0; i < a.ndim; i++) {
    const k = nd - a.ndim + i;
    if (a.shape[i] === shape[k]) strides[k] = a.strides[i];
    else if (a.shape[i] !== 1) return null;
  }
  return a._view(a._offset, shape, strides);
}

function isPyInt(x: unknown): boolean {
  return typeof x === 'bigint' || (typeof x === 'number' && Number.isInteger(x) && !Object.is(x, -0));
}

/**
 * NumPy's `copyto(dst, value, casting='unsafe')` for creation: a Python int
 * must fit `dst`'s integer dtype (OverflowError otherwise); anything else is
 * converted with its own dtype, broadcast to `dst` and cast.
 */
export function fillWith(dst: NDArray, value: unknown): void {
  // A Python float or bool (and an int for an int64 or float64 array, which
  // converts exactly either way) goes through a reused 0-d slot.
  const exact = dst.dtype === int64 || dst.dtype === float64;
  const slot = !isPyInt(value) || exact ? defaultScalarSlot(0, value) : null;
  const src = slot ?? (isPyInt(value) ? toArray(value, dst.dtype) : toArray(value, null, null));
  const b = broadcastView(src, dst.shape);
  if (!b) {
    throw new ValueError(
      `could not broadcast input array from shape ${compactShape(src.shape)} into shape ${compactShape(dst.shape)}`,
    );
  }
  warnComplexCast(src.dtype, dst.dtype);
  native.castCopy(b, dst);
}

/**
 * A new array shaped like `proto` (or `shape`), with NumPy's `order`:
 * 'C'/'F' as given; 'A' is F when `proto` is Fortran-contiguous; 'K' keeps
 * `proto`'s memory layout (axes ordered by decreasing |stride|) when the
 * number of dimensions is unchanged. With `overwrite`, the contents are
 * unspecified (the caller writes every element), as `allocateForOverwrite`.
 */
export function newLike(
  proto: NDArray,
  dt: DType,
  order: Order | 'A' | 'K',
  shape: readonly number[] | null,
  overwrite = false,
): NDArray {
  const target = shape ?? proto.shape;
  if (order === 'C' || order === 'F') return newArray(target, dt, order, overwrite);
  const c = isCContiguous(proto);
  const f = isFContiguous(proto);
  if (order === 'A') return newArray(target, dt, f && !c ? 'F' : 'C', overwrite);
  if (target.length !== proto.ndim || c) return newArray(target, dt, 'C', overwrite);
  if (f) return newArray(target, dt, 'F', overwrite);
  // Axes from outermost to innermost in proto's memory (stable on ties).
  const perm = proto.shape.map((_, i) => i);
  perm.sort((i, j) => Math.abs(proto.strides[j]) - Math.abs(proto.strides[i]));
  return newInAxisOrder(target, dt, perm, overwrite);
}

/**
 * A new array of `shape` whose memory runs through the axes in `perm`
 * order (`perm[0]` outermost, the last innermost): C order for the
 * identity permutation.
 */
export function newInAxisOrder(
  shape: readonly number[],
  dt: DType,
  perm: readonly number[],
  overwrite = false,
): NDArray {
  const permShape = perm.map((ax) => shape[ax]);
  const base = newArray(permShape, dt, 'C', overwrite);
  const strides = new Array<number>(shape.length);
  const cStrides = defaultStrides(permShape, dt.itemsize);
  perm.forEach((ax, k) => {
    strides[ax] = cStrides[k];
  });
  return NDArray._fromParts({
    bytes: base._bytes,
    offset: base._offset,
    dtype: dt,
    shape,
    strides,
    base: null,
  });
}

const shapeParams: Param[] = [
  { name: 'shape' },
  { name: 'dtype', default: null },
  { name: 'order', default: 'C' },
  { name: 'device', default: null, kwOnly: true },
  { name: 'like', default: null, kwOnly: true },
];

/**
 * The array of `np.zeros` (`value` null), `np.ones` (1) and `np.empty`
 * (undefined: left uninitialised, except that a bool array is zeroed so
 * that every element is a valid bool).
 */
function fromShape(fname: string, args: unknown[], value: number | null | undefined): NDArray {
  // `np.zeros(shape)` alone: float64, C order.
  if (args.length === 1 && !isOptionsObject(args[0])) {
    const out = newArray(parseShape(args[0]), float64, 'C', value !== null);
    if (typeof value === 'number') fillWith(out, value);
    return out;
  }
  const p = parseArgs(fname, args, shapeParams);
  const shape = parseShape(p.shape);
  const dt = parseDType(p.dtype, float64);
  const order = parseOrder(p.order, 'CF') as Order;
  checkDevice(p.device);
  const out = newArray(shape, dt, order, value !== null && !(value === undefined && dt === bool));
  if (typeof value === 'number') fillWith(out, value);
  return out;
}

/** `np.zeros(shape, dtype=float, order='C', *, device=None, like=None)`. */
export function zeros(...args: unknown[]): NDArray {
  return fromShape('zeros', args, null);
}

/** `np.ones(shape, dtype=None, order='C', *, device=None, like=None)`. */
export function ones(...args: unknown[]): NDArray {
  return fromShape('ones', args, 1);
}

/**
 * `np.empty(shape, dtype=float, order='C', *, device=None, like=None)`: as
 * in NumPy, the contents are whatever the new memory held (Node's
 * uninitialised allocation, or a slab's unused bytes), not zeroed.
 */
export function empty(...args: unknown[]): NDArray {
  return fromShape('empty', args, undefined);
}

const fullParams: Param[] = [
  { name: 'shape' },
  { name: 'fill_value' },
  { name: 'dtype', default: null },
  { name: 'order', default: 'C' },
  { name: 'device', default: null, kwOnly: true },
  { name: 'like', default: null, kwOnly: true },
];

/**
 * `np.full(shape, fill_value, dtype=None, order='C', *, device=None)`:
 * `fill_value` (array_like) is broadcast to `shape`; without `dtype` the
 * result takes `fill_value`'s own dtype (`full(3, 1.5)` is float64,
 * `full(3, 7)` int64).
 */
export function full(...args: unknown[]): NDArray {
  const p = parseArgs('full', args, fullParams);
  const shape = parseShape(p.shape);
  const order = parseOrder(p.order, 'CF') as Order;
  checkDevice(p.device);
  let value = p.fill_value;
  let dt: DType;
  if (p.dtype === null) {
    value = toArray(value, null, null);
    dt = (value as NDArray).dtype;
  } else {
    dt = toDType(p.dtype);
  }
  const out = newArray(shape, dt, order);
  fillWith(out, value);
  return out;
}

const likeParams: Param[] = [
  { name: 'prototype' },
  { name: 'dtype', default: null },
  { name: 'order', default: 'K' },
  { name: 'subok', default: true },
  { name: 'shape', default: null },
  { name: 'device', default: null, kwOnly: true },
];

/**
 * The new array of the `*_like` functions: `prototype`'s shape (or
 * `shape`), dtype (or `dtype`) and layout for `order`. `contents` 'zeroed'
 * zero-fills it; 'overwritten' leaves it unspecified (the caller fills every
 * element); 'uninitialised' is `np.empty`'s rule (see `fromShape`).
 */
function fromPrototype(
  p: Record<string, unknown>,
  prototype: unknown,
  contents: 'zeroed' | 'overwritten' | 'uninitialised',
): NDArray {
  const proto = toArray(prototype, null, null);
  const dt = parseDType(p.dtype, proto.dtype);
  const overwrite = contents === 'overwritten' || (contents === 'uninitialised' && dt !== bool);
  const order = parseOrder(p.order, 'CFAK', 'K');
  checkDevice(p.device);
  const shape = p.shape === null ? null : parseShape(p.shape);
  return newLike(proto, dt, order, shape, overwrite);
}

/** `np.zeros_like(a, dtype=None, order='K', subok=True, shape=None, *, device=None)`. */
export function zeros_like(...args: unknown[]): NDArray {
  const p = parseArgs('zeros_like', args, likeParams);
  return fromPrototype(p, p.prototype, 'zeroed');
}

/** `np.ones_like(a, dtype=None, order='K', subok=True, shape=None, *, device=None)`. */
export function ones_like(...args: unknown[]): NDArray {
  const p = parseArgs('ones_like', args, likeParams);
  const out = fromPrototype(p, p.prototype, 'overwritten');
  fillWith(out, 1);
  return out;
}

/** `np.empty_like(prototype, dtype=None, order='K', subok=True, shape=None, *, device=None)` (uninitialised, as `np.empty`). */
export function empty_like(...args: unknown[]): NDArray {
  const p = parseArgs('empty_like', args, likeParams);
  return fromPrototype(p, p.prototype, 'uninitialised');
}

const fullLikeParams: Param[] = [
  { name: 'a' },
  { name: 'fill_value' },
  { name: 'dtype', default: null },
  { name: 'order', default: 'K' },
  { name: 'subok', default: true },
  { name: 'shape', default: null },
  { name: 'device', default: null, kwOnly: true },
];

/**
 * `np.full_like(a, fill_value, dtype=None, order='K', subok=True,
 * shape=None, *, device=None)`: the dtype is `a`'s unless given.
 */
export function full_like(...args: unknown[]): NDArray {
  const p = parseArgs('full_like', args, fullLikeParams);
  const out = fromPrototype(p, p.a, 'overwritten');
  fillWith(out, p.fill_value);
  return out;
}
