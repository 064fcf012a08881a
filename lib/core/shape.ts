/**
 * Shape manipulation (NumPy's views and the copies it makes when a view is
 * impossible): `reshape`, `ravel`, `flatten`, `transpose`/`T`, `swapaxes`,
 * `squeeze`, `expand_dims`, `broadcast_to` and `ndarray.view`.
 *
 * Reshape without copying: dropping the length-1 axes of the old shape, the
 * old and new shapes are split into consecutive groups of axes with equal
 * products. A group of old axes can be re-read with another shape only when
 * it is contiguous within itself in the requested order (C: each axis'
 * stride equals the next stride times the next length; F: mirrored); the new
 * axes of the group then get C (or F) strides starting from the group's
 * innermost old stride. Trailing new length-1 axes take the last stride
 * (times the last length in F order). If any group fails, the data is copied
 * — or, with `copy: false`, NumPy's ValueError is raised.
 */
import { type Param, parseArgs, pyTypeName } from '../args';
import { type DType, dtype as toDType } from '../dtype/dtype';
import { AxisError, ValueError, axisError } from '../errors';
import { toArray } from './convert';
import { copyInOrder, flatCopy, keepOrderPerm } from './layout';
import { NDArray, type Order, defaultStrides, isNDArray } from './ndarray';
import { reversedTuple } from './tuple';

type AnyOrder = Order | 'A' | 'K';

/** Python's `operator.index` for a JS value. */
function toInt(x: unknown): number {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'bigint') return Number(x);
  throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
}

function parseOrder(x: unknown): AnyOrder {
  if (x === 'C' || x === 'F' || x === 'A' || x === 'K') return x;
  if (x === null || x === undefined) return 'K';
  if (typeof x !== 'string') throw new TypeError(`order must be str, not ${pyTypeName(x)}`);
  throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${x}')`);
}

/** F-contiguous but not C-contiguous (NumPy's `PyArray_ISFORTRAN`). */
function isFortranOnly(a: NDArray): boolean {
  const f = a.flags;
  return f.f_contiguous && !f.c_contiguous;
}

function contiguousIn(a: NDArray, order: Order): boolean {
  return order === 'C' ? a.flags.c_contiguous : a.flags.f_contiguous;
}

/**
 * NumPy's text for a shape in errors: `(2,3)`, `(4,)`; negative (unknown)
 * lengths read `newaxis`, and leading ones are left out.
 */
export function shapeText(dims: readonly number[]): string {
  let i = 0;
  while (i < dims.length && dims[i] < 0) i++;
  if (i === dims.length) return '()';
  const parts = [String(dims[i])];
  for (i++; i < dims.length; i++) parts.push(dims[i] < 0 ? 'newaxis' : String(dims[i]));
  return dims.length === 1 ? `(${parts[0]},)` : `(${parts.join(',')})`;
}

/** Replaces the one negative (unknown) length so that the sizes match. */
function fixUnknown(dims: readonly number[], size: number): number[] {
  let known = 1;
  let unknown = -1;
  dims.forEach((d, i) => {
    if (d < 0) {
      if (unknown >= 0) throw new ValueError('can only specify one unknown dimension');
      unknown = i;
    } else {
      known *= d;
    }
  });
  const mismatch = (): ValueError =>
    new ValueError(`cannot reshape array of size ${size} into shape ${shapeText(dims)}`);
  const out = [...dims];
  if (unknown >= 0) {
    if (known === 0 || size % known !== 0) throw mismatch();
    out[unknown] = size / known;
  } else if (known !== size) {
    throw mismatch();
  }
  return out;
}

/** New strides that read `a`'s memory with `shape` in `order`, or null if none do. */
function attemptNoCopy(a: NDArray, shape: readonly number[], order: Order): number[] | null {
  const oldDims: number[] = [];
  const oldStrides: number[] = [];
  a.shape.forEach((d, i) => {
    if (d !== 1) {
      oldDims.push(d);
      oldStrides.push(a.strides[i]);
    }
  });
  const out = new Array<number>(shape.length).fill(0);
  let oi = 0;
  let oj = 1;
  let ni = 0;
  let nj = 1;
  while (ni < shape.length && oi < oldDims.length) {
    let newProd = shape[ni];
    let oldProd = oldDims[oi];
    while (newProd !== oldProd) {
      if (newProd < oldProd) newProd *= shape[nj++];
      else oldProd *= oldDims[oj++];
    }
    for (let k = oi; k < oj - 1; k++) {
      const ok =
        order === 'F'
          ? oldStrides[k + 1] === oldDims[k] * oldStrides[k]
          : oldStrides[k] === oldDims[k + 1] * oldStrides[k + 1];
      if (!ok) return null;
    }
    if (order === 'F') {
      out[ni] = oldStrides[oi];
      for (let k = ni + 1; k < nj; k++) out[k] = out[k - 1] * shape[k - 1];
    } else {
      out[nj - 1] = oldStrides[oj - 1];
      for (let k = nj - 1; k > ni; k--) out[k - 1] = out[k] * shape[k];
    }
    ni = nj++;
    oi = oj++;
  }
  let last = ni >= 1 ? out[ni - 1] : a.itemsize;
  if (order === 'F' && ni >= 1) last *= shape[ni - 1];
  for (let k = ni; k < shape.length; k++) out[k] = last;
  return out;
}

/**
 * `a.reshape(dims)` with NumPy's rules: a view when the strides allow it,
 * else a view of a C/F copy (so `owndata` is false, as in NumPy).
 */
export function reshapeArray(a: NDArray, dims: readonly number[], orderArg: AnyOrder, copy: boolean | null): NDArray {
  if (orderArg === 'K') throw new ValueError("order 'K' is not permitted for reshaping");
  const order: Order = orderArg === 'A' ? (isFortranOnly(a) ? 'F' : 'C') : orderArg;
  if (copy !== true && dims.length === a.ndim && dims.every((d, i) => d === a.shape[i])) {
    return a._view(a._offset, a.shape, a.strides);
  }
  const shape = fixUnknown(dims, a.size);
  let src = a;
  let strides: number[] | null = null;
  if (copy === true) {
    src = copyInOrder(a, order);
  } else if (!contiguousIn(a, order)) {
    strides = attemptNoCopy(a, shape, order);
    if (strides === null) {
      if (copy === false) throw new ValueError('Unable to avoid creating a copy while reshaping.');
      src = copyInOrder(a, order);
    }
  }
  return src._view(src._offset, shape, strides ?? defaultStrides(shape, a.itemsize, order));
}

/** A shape argument of reshape: an integer or a sequence of integers. */
function reshapeDims(shape: unknown): number[] {
  if (typeof shape === 'number' && !Number.isInteger(shape)) {
    throw new TypeError(`expected a sequence of integers or a single integer, got '${shape}'`);
  }
  const list = Array.isArray(shape) ? shape : [shape];
  return list.map(toInt);
}

function copyFlag(x: unknown): boolean | null {
  if (x === null || x === undefined) return null;
  if (typeof x === 'boolean') return x;
  throw new TypeError(`reshape(): argument 'copy' must be a bool or None, not ${pyTypeName(x)}`);
}

const reshapeParams: Param[] = [
  { name: 'a' },
  { name: 'shape' },
  { name: 'order', default: 'C' },
  { name: 'copy', default: null, kwOnly: true },
];

/** `np.reshape(a, shape, order='C', *, copy=None)`. */
export function reshape(...args: unknown[]): NDArray {
  const p = parseArgs('reshape', args, reshapeParams);
  const a = toArray(p.a, null, null);
  return reshapeArray(a, reshapeDims(p.shape), parseOrder(p.order), copyFlag(p.copy));
}

/** `np.ravel(a, order='C')`: a 1-d view when the layout allows, else a copy. */
export function ravelArray(a: NDArray, orderArg: AnyOrder): NDArray {
  let order = orderArg;
  if (order === 'A') order = isFortranOnly(a) ? 'F' : 'C';
  else if (order === 'K') {
    if (a.flags.c_contiguous) order = 'C';
    else if (a.flags.f_contiguous) order = 'F';
  }
  if (order !== 'K') {
    // Contiguous: a 1-d view with stride itemsize (even for length <= 1).
    if (contiguousIn(a, order)) return a._view(a._offset, [a.size], [a.itemsize]);
    return flatCopy(a, order);
  }
  // K: a view when the axes, sorted by |stride|, tile memory without gaps.
  const perm = keepOrderPerm(a.strides);
  let expected = a.itemsize;
  for (let k = perm.length - 1; k >= 0; k--) {
    const ax = perm[k];
    if (a.shape[ax] === 1) continue;
    if (a.strides[ax] !== expected) return flatCopy(a, 'K');
    expected *= a.shape[ax];
  }
  return a._view(a._offset, [a.size], [a.itemsize]);
}

const ravelParams: Param[] = [{ name: 'a' }, { name: 'order', default: 'C' }];

/** `np.ravel(a, order='C')`. */
export function ravel(...args: unknown[]): NDArray {
  const p = parseArgs('ravel', args, ravelParams);
  return ravelArray(toArray(p.a, null, null), parseOrder(p.order));
}

/** `a.flatten(order='C')`: always a new 1-d array. */
function flattenArray(a: NDArray, orderArg: AnyOrder): NDArray {
  const order = orderArg === 'A' ? (isFortranOnly(a) ? 'F' : 'C') : orderArg;
  return flatCopy(a, order);
}

/** Permutes axes: `perm` null reverses them. */
export function transposeArray(a: NDArray, axes: readonly unknown[] | null): NDArray {
  if (axes === null) return reversedView(a);
  const nd = a.ndim;
  if (axes.length !== nd) throw new ValueError("axes don't match array");
  const seen = new Set<number>();
  const perm = axes.map((x) => {
    const k = toInt(x);
    if (k < -nd || k >= nd) throw axisError(k, nd);
    const ax = k < 0 ? k + nd : k;
    if (seen.has(ax)) throw new ValueError('repeated axis in transpose');
    seen.add(ax);
    return ax;
  });
  return a._view(
    a._offset,
    perm.map((p) => a.shape[p]),
    perm.map((p) => a.strides[p]),
  );
}

/** The view with `a`'s axes in reverse order (`a.T`): its frozen tuples reversed, interned when small. */
function reversedView(a: NDArray): NDArray {
  return NDArray._fromParts({
    bytes: a._bytes,
    offset: a._offset,
    dtype: a.dtype,
    shape: reversedTuple(a.shape),
    strides: reversedTuple(a.strides),
    base: a.base ?? a,
    writeable: a._writeable,
    address: a._address,
    frozen: true,
  });
}

const transposeParams: Param[] = [{ name: 'a' }, { name: 'axes', default: null }];

/** `np.transpose(a, axes=None)`. */
export function transpose(...args: unknown[]): NDArray {
  // `np.transpose(a)` of an array alone.
  if (args.length === 1 && isNDArray(args[0])) return reversedView(args[0]);
  const p = parseArgs('transpose', args, transposeParams);
  const a = toArray(p.a, null, null);
  if (p.axes === null) return transposeArray(a, null);
  return transposeArray(a, Array.isArray(p.axes) ? p.axes : [p.axes]);
}

function axisWithPrefix(x: unknown, nd: number, name: string): number {
  const k = toInt(x);
  if (k < -nd || k >= nd) throw new AxisError(`${name}: ${axisError(k, nd).message}`);
  return k < 0 ? k + nd : k;
}

function swapaxesArray(a: NDArray, axis1: unknown, axis2: unknown): NDArray {
  const i = axisWithPrefix(axis1, a.ndim, 'axis1');
  const j = axisWithPrefix(axis2, a.ndim, 'axis2');
  const perm = a.shape.map((_, k) => (k === i ? j : k === j ? i : k));
  return transposeArray(a, perm);
}

const swapaxesParams: Param[] = [{ name: 'a' }, { name: 'axis1' }, { name: 'axis2' }];

/** `np.swapaxes(a, axis1, axis2)`: a view with two axes exchanged. */
export function swapaxes(...args: unknown[]): NDArray {
  const p = parseArgs('swapaxes', args, swapaxesParams);
  return swapaxesArray(toArray(p.a, null, null), p.axis1, p.axis2);
}

/**
 * Removes length-1 axes (all of them, or those in `axis`). A single integer
 * axis of a 0-d array may be 0 or -1, as in NumPy.
 */
function squeezeArray(a: NDArray, axis: unknown): NDArray {
  const nd = a.ndim;
  const drop = new Array<boolean>(nd).fill(false);
  if (axis === null || axis === undefined) {
    a.shape.forEach((d, i) => {
      drop[i] = d === 1;
    });
  } else {
    const single = !Array.isArray(axis);
    const list = single ? [axis] : (axis as unknown[]);
    const limit = single && nd === 0 ? 1 : nd;
    for (const x of list) {
      const k = toInt(x);
      if (k < -limit || k >= limit) throw axisError(k, nd);
      const ax = k < 0 ? k + limit : k;
      if (nd === 0) continue;
      if (drop[ax]) throw new ValueError("duplicate value in 'axis'");
      drop[ax] = true;
    }
    if (drop.some((d, i) => d && a.shape[i] !== 1)) {
      throw new ValueError('cannot select an axis to squeeze out which has size not equal to one');
    }
  }
  // NumPy returns the array itself when there is nothing to remove.
  if (!drop.includes(true)) return a;
  return a._view(
    a._offset,
    a.shape.filter((_, i) => !drop[i]),
    a.strides.filter((_, i) => !drop[i]),
  );
}

const squeezeParams: Param[] = [{ name: 'a' }, { name: 'axis', default: null }];

/** `np.squeeze(a, axis=None)`. */
export function squeeze(...args: unknown[]): NDArray {
  const p = parseArgs('squeeze', args, squeezeParams);
  return squeezeArray(toArray(p.a, null, null), p.axis);
}

const expandParams: Param[] = [{ name: 'a' }, { name: 'axis' }];

/**
 * `np.expand_dims(a, axis)`: inserts length-1 axes at the positions `axis`
 * (an integer or a sequence) of the result; a reshape, so a view.
 */
export function expand_dims(...args: unknown[]): NDArray {
  const p = parseArgs('expand_dims', args, expandParams);
  const a = toArray(p.a, null, null);
  const list = Array.isArray(p.axis) ? p.axis : [p.axis];
  const outNd = a.ndim + list.length;
  const axes = list.map((x) => {
    const k = toInt(x);
    if (k < -outNd || k >= outNd) throw axisError(k, outNd);
    return k < 0 ? k + outNd : k;
  });
  if (new Set(axes).size !== axes.length) throw new ValueError('repeated axis');
  const shape: number[] = [];
  let next = 0;
  for (let i = 0; i < outNd; i++) shape.push(axes.includes(i) ? 1 : a.shape[next++]);
  return reshapeArray(a, shape, 'C', null);
}

const broadcastParams: Param[] = [{ name: 'array' }, { name: 'shape' }, { name: 'subok', default: false }];

/**
 * `np.broadcast_to(array, shape)`: a read-only view with `shape`. New
 * leading axes and length-1 axes get stride 0.
 */
export function broadcast_to(...args: unknown[]): NDArray {
  const p = parseArgs('broadcast_to', args, broadcastParams);
  const a = toArray(p.array, null, null);
  const shape = (Array.isArray(p.shape) ? p.shape : [p.shape]).map(toInt);
  if (shape.length === 0 && a.ndim > 0) throw new ValueError('cannot broadcast a non-scalar to a scalar array');
  if (shape.some((s) => s < 0)) throw new ValueError('all elements of broadcast shape must be non-negative');
  const lead = shape.length - a.ndim;
  if (lead < 0) throw new ValueError('input operand has more dimensions than allowed by the axis remapping');
  const strides = shape.map((s, i) => {
    const k = i - lead;
    if (k < 0) return 0;
    const d = a.shape[k];
    if (d !== s && d !== 1) {
      throw new ValueError(
        `operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeText(a.shape)}  and requested shape ${shapeText(shape)}`,
      );
    }
    return d === 1 ? 0 : a.strides[k];
  });
  const v = a._view(a._offset, shape, strides);
  v._writeable = false;
  return v;
}

/**
 * `a.view(dtype)`: the same memory read as another dtype. With a different
 * itemsize, the last axis must be contiguous and its byte length divisible
 * by the new itemsize; its length scales by old/new itemsize.
 */
function viewAs(a: NDArray, dt: DType): NDArray {
  if (dt.itemsize === a.itemsize) return a._view(a._offset, a.shape, a.strides, dt);
  if (a.ndim === 0) {
    throw new ValueError('Changing the dtype of a 0d array is only supported if the itemsize is unchanged');
  }
  const last = a.ndim - 1;
  if (a.shape[last] !== 1 && a.size !== 0 && a.strides[last] !== a.itemsize) {
    throw new ValueError('To change to a dtype of a different size, the last axis must be contiguous');
  }
  if (dt.itemsize < a.itemsize) {
    if (a.itemsize % dt.itemsize !== 0) {
      throw new ValueError(
        'When changing to a smaller dtype, its size must be a divisor of the size of original dtype',
      );
    }
  } else if ((a.shape[last] * a.itemsize) % dt.itemsize !== 0) {
    throw new ValueError(
      'When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis of the array.',
    );
  }
  const shape = [...a.shape];
  const strides = [...a.strides];
  shape[last] = (a.shape[last] * a.itemsize) / dt.itemsize;
  strides[last] = dt.itemsize;
  return a._view(a._offset, shape, strides, dt);
}

declare module './ndarray' {
  interface NDArray {
    /** `a.reshape(2, 3)`, `a.reshape([2, 3])`, `a.reshape(-1, {order: 'F', copy: false})`. */
    reshape(...args: unknown[]): NDArray;
    /** `a.ravel(order='C')`: 1-d, a view when possible. */
    ravel(...args: unknown[]): NDArray;
    /** `a.flatten(order='C')`: a 1-d copy. */
    flatten(...args: unknown[]): NDArray;
    /** `a.transpose()`, `a.transpose(1, 0)`, `a.transpose([1, 0])`. */
    transpose(...axes: unknown[]): NDArray;
    /** `a.swapaxes(axis1, axis2)`. */
    swapaxes(...args: unknown[]): NDArray;
    /** `a.squeeze(axis=None)`. */
    squeeze(...args: unknown[]): NDArray;
    /** `a.view(dtype=None)`: a new array object on the same memory. */
    view(...args: unknown[]): NDArray;
    /** `a.T`: the transposed view. */
    readonly T: NDArray;
    /** `a.mT`: the view with the last two axes exchanged (a stack of transposed matrices). */
    readonly mT: NDArray;
  }
}

const methodOptions = (fname: string, args: unknown[], allowed: readonly string[]): Record<string, unknown> => {
  const last = args[args.length - 1];
  if (args.length > 0 && last !== null && typeof last === 'object' && !Array.isArray(last) && !isNDArray(last)) {
    const proto = Object.getPrototypeOf(last);
    if (proto === Object.prototype || proto === null) {
      args.pop();
      const o = last as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        if (!allowed.includes(k)) throw new TypeError(`'${k}' is an invalid keyword argument for this function`);
      }
      return o;
    }
  }
  return {};
};

NDArray.prototype.reshape = function (this: NDArray, ...args: unknown[]): NDArray {
  const o = methodOptions('reshape', args, ['order', 'copy']);
  if (args.length === 0) throw new TypeError("reshape() missing required argument 'shape' (pos 1)");
  const shape = args.length === 1 ? args[0] : args;
  const order = o.order === undefined ? 'C' : parseOrder(o.order);
  return reshapeArray(this, reshapeDims(shape), order, copyFlag(o.copy));
};

const orderParams: Param[] = [{ name: 'order', default: 'C' }];

NDArray.prototype.ravel = function (this: NDArray, ...args: unknown[]): NDArray {
  return ravelArray(this, parseOrder(parseArgs('ravel', args, orderParams).order));
};

NDArray.prototype.flatten = function (this: NDArray, ...args: unknown[]): NDArray {
  return flattenArray(this, parseOrder(parseArgs('flatten', args, orderParams).order));
};

NDArray.prototype.transpose = function (this: NDArray, ...axes: unknown[]): NDArray {
  if (axes.length === 0 || (axes.length === 1 && (axes[0] === null || axes[0] === undefined))) {
    return transposeArray(this, null);
  }
  if (axes.length === 1 && Array.isArray(axes[0])) return transposeArray(this, axes[0]);
  return transposeArray(this, axes);
};

const swapParams: Param[] = [{ name: 'axis1' }, { name: 'axis2' }];

NDArray.prototype.swapaxes = function (this: NDArray, ...args: unknown[]): NDArray {
  const p = parseArgs('swapaxes', args, swapParams);
  return swapaxesArray(this, p.axis1, p.axis2);
};

const squeezeMethodParams: Param[] = [{ name: 'axis', default: null }];

NDArray.prototype.squeeze = function (this: NDArray, ...args: unknown[]): NDArray {
  return squeezeArray(this, parseArgs('squeeze', args, squeezeMethodParams).axis);
};

const viewParams: Param[] = [
  { name: 'dtype', default: null },
  { name: 'type', default: null },
];

NDArray.prototype.view = function (this: NDArray, ...args: unknown[]): NDArray {
  const p = parseArgs('view', args, viewParams);
  // `a.view(np.ndarray)`: the type argument given first, as NumPy allows.
  const dt = p.dtype === null || p.dtype === NDArray ? this.dtype : toDType(p.dtype);
  return viewAs(this, dt);
};

Object.defineProperty(NDArray.prototype, 'T', {
  get(this: NDArray): NDArray {
    return transposeArray(this, null);
  },
  configurable: true,
  enumerable: false,
});

Object.defineProperty(NDArray.prototype, 'mT', {
  get(this: NDArray): NDArray {
    if (this.ndim < 2) throw new ValueError('matrix transpose with ndim < 2 is undefined');
    return swapaxesArray(this, -1, -2);
  },
  configurable: true,
  enumerable: false,
});
