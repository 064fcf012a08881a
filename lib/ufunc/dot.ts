/**
 * NumPy's array products outside the gufuncs: `np.dot`, `np.inner`,
 * `np.vdot`, `np.outer`, `np.tensordot`, `np.kron` and `np.cross`. The
 * first three run on the product kernel of `matmul` (`kernels/matmul.rs`:
 * `out[…] = Σₖ a[…, k] · b[…, k]` over views whose free axes broadcast with
 * stride 0) and `tensordot` on `dot`; `outer` is `multiply.outer` of the
 * flattened operands; `kron` and `cross` are NumPy's ufunc compositions.
 *
 * - `dot(a, b)`: with a 0-d operand, `multiply(a, b)`; otherwise the sum over
 *   the last axis of `a` and the second-to-last of `b` (its only axis when
 *   1-d): `dot(a, b)[i, j, k, m] = Σ a[i, j, :] · b[k, :, m]`, of shape
 *   `a.shape[:-1] + b.shape[:-2] + b.shape[-1:]`.
 * - `inner(a, b)`: the sum over the last axes of both, of shape
 *   `a.shape[:-1] + b.shape[:-1]`.
 * - `vdot(a, b)`: `Σ conj(a.flat[i]) · b.flat[i]`, one value.
 *
 * Operands are converted as `np.asarray` converts them (JS numbers are
 * int64/float64 arrays, not weak scalars) and computed in their promoted
 * dtype: integers wrap, bool is or-of-ands, float16 sums in float32 and
 * rounds once. The sums' floating-point errors are reported as NumPy's
 * ("overflow encountered in dot").
 */
import { type Param, checks, parseArgs } from '../args';
import { copyAs, toArray } from '../core/convert';
import type { Scalar } from '../core/elements';
import { reportFloatingPointErrors } from '../core/errstate';
import { broadcast_shapes } from '../core/joining';
import { NDArray, allocateForOverwrite, isCContiguous, isNDArray } from '../core/ndarray';
import { moveaxis } from '../core/rearranging';
import { promoteTypes } from '../dtype/promotion';
import { AxisError, IndexError, ValueError } from '../errors';
import * as native from '../native';
import { multiply, subtract } from './index';
import { fmtShape } from './ufunc';
import { conjugate, negative } from './unary';

/** `x` as an array (`np.asarray`). */
function asArray(x: unknown): NDArray {
  return toArray(x, null, null);
}

/** `a` and `b` in their promoted dtype. */
function promoted(a: NDArray, b: NDArray): [NDArray, NDArray] {
  const dt = promoteTypes(a.dtype, b.dtype);
  return [a.dtype === dt ? a : copyAs(a, dt, 'K'), b.dtype === dt ? b : copyAs(b, dt, 'K')];
}

/**
 * The product `Σₖ a[free axes of a…, k] · b[free axes of b…, k]` with `a`'s
 * free axes first in the result, then `b`'s: `aFree`/`bFree` list each
 * operand's free axes in result order and `aK`/`bK` its summed axis. Writes
 * into `out` (of the result's shape and dtype) or a new array; the JS value
 * for a 0-d result.
 */
function product(
  name: string,
  a: NDArray,
  aFree: readonly number[],
  aK: number,
  b: NDArray,
  bFree: readonly number[],
  bK: number,
  out: NDArray | null,
): NDArray | Scalar {
  const shape = [...aFree.map((ax) => a.shape[ax]), ...bFree.map((ax) => b.shape[ax])];
  // (Every element is written: a sum of no terms is zero.)
  const result = out ?? allocateForOverwrite(shape, a.dtype);
  if (result.size > 0) {
    const zerosA = aFree.map(() => 0);
    const zerosB = bFree.map(() => 0);
    // A 0-d result is one element: the kernel walks at least one axis.
    const one = shape.length === 0;
    const flags = native.matmulCall(
      {
        array: a,
        shape: one ? [1, a.shape[aK]] : [...shape, a.shape[aK]],
        strides: one ? [0, a.strides[aK]] : [...aFree.map((ax) => a.strides[ax]), ...zerosB, a.strides[aK]],
      },
      {
        array: b,
        shape: one ? [1, b.shape[bK]] : [...shape, b.shape[bK]],
        strides: one ? [0, b.strides[bK]] : [...zerosA, ...bFree.map((ax) => b.strides[ax]), b.strides[bK]],
      },
      { array: result, shape: one ? [1] : shape, strides: one ? [0] : result.strides },
    );
    reportFloatingPointErrors(flags, name);
  }
  return result.ndim === 0 ? result.item() : result;
}

/** NumPy's `dot` error for summed axes of different lengths. */
function notAligned(a: readonly number[], b: readonly number[], aDim: number, bDim: number): ValueError {
  return new ValueError(
    `shapes ${fmtShape(a)} and ${fmtShape(b)} not aligned: ${a[aDim]} (dim ${aDim}) != ${b[bDim]} (dim ${bDim})`,
  );
}

/** `out=` of `dot`: exactly the result's dtype and shape, C-contiguous. */
function checkDotOut(out: unknown, shape: readonly number[], dt: NDArray['dtype']): NDArray | null {
  if (out === null) return null;
  const o = out as NDArray;
  if (!isNDArray(o) || o.dtype !== dt || o.ndim !== shape.length || !isCContiguous(o)) {
    throw new ValueError(
      'output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)',
    );
  }
  if (o.shape.some((n, i) => n !== shape[i])) throw new ValueError('output array has wrong dimensions');
  return o;
}

const DOT_PARAMS: Param[] = [{ name: 'a' }, { name: 'b' }, { name: 'out', default: null }];

/** `np.dot(a, b, out=None)`. */
export function dot(...args: unknown[]): NDArray | Scalar {
  const p = parseArgs('dot', args, DOT_PARAMS);
  const [a, b] = promoted(asArray(p.a), asArray(p.b));
  if (a.ndim === 0 || b.ndim === 0) {
    return (p.out === null ? multiply(a, b) : multiply(a, b, { out: p.out })) as NDArray | Scalar;
  }
  const aK = a.ndim - 1;
  const bK = b.ndim === 1 ? 0 : b.ndim - 2;
  if (a.shape[aK] !== b.shape[bK]) throw notAligned(a.shape, b.shape, aK, bK);
  const aFree = [...Array(aK).keys()];
  const bFree = [...Array(b.ndim).keys()].filter((ax) => ax !== bK);
  const shape = [...aFree.map((ax) => a.shape[ax]), ...bFree.map((ax) => b.shape[ax])];
  return product('dot', a, aFree, aK, b, bFree, bK, checkDotOut(p.out, shape, a.dtype));
}

const INNER_PARAMS: Param[] = [{ name: 'a' }, { name: 'b' }];

/** `np.inner(a, b)`: the sum over the last axes of both. */
export function inner(...args: unknown[]): NDArray | Scalar {
  const p = parseArgs('inner', args, INNER_PARAMS);
  const [a, b] = promoted(asArray(p.a), asArray(p.b));
  if (a.ndim === 0 || b.ndim === 0) return multiply(a, b) as NDArray | Scalar;
  const aK = a.ndim - 1;
  const bK = b.ndim - 1;
  if (a.shape[aK] !== b.shape[bK]) {
    // NumPy names b with its last two axes swapped (it calls dot on that view).
    const bs = [...b.shape];
    if (bs.length > 1) [bs[bs.length - 2], bs[bs.length - 1]] = [bs[bs.length - 1], bs[bs.length - 2]];
    throw notAligned(a.shape, bs, aK, Math.max(0, b.ndim - 2));
  }
  return product('inner', a, [...Array(aK).keys()], aK, b, [...Array(bK).keys()], bK, null);
}

const VDOT_PARAMS: Param[] = [{ name: 'a' }, { name: 'b' }];

/** `np.vdot(a, b)`: `Σ conj(a.flat[i]) · b.flat[i]`. */
export function vdot(...args: unknown[]): Scalar {
  const p = parseArgs('vdot', args, VDOT_PARAMS);
  let [a, b] = promoted(asArray(p.a), asArray(p.b));
  if (a.size !== b.size) throw new ValueError(`cannot reshape array of size ${b.size} into shape (${a.size},)`);
  a = a.reshape(-1) as NDArray;
  b = b.reshape(-1) as NDArray;
  if (a.dtype.kind === 'c') a = conjugate(a) as NDArray;
  return product('vdot', a, [], 0, b, [], 0, null) as Scalar;
}

const OUTER_PARAMS: Param[] = [{ name: 'a' }, { name: 'b' }, { name: 'out', default: null }];

/** `np.outer(a, b, out=None)`: `out[i, j] = a.flat[i] · b.flat[j]`. */
export function outer(...args: unknown[]): NDArray {
  const p = parseArgs('outer', args, OUTER_PARAMS);
  const a = asArray(p.a).reshape(-1);
  const b = asArray(p.b).reshape(-1);
  return (p.out === null ? multiply.outer(a, b) : multiply.outer(a, b, { out: p.out })) as NDArray;
}

/** `start, start + 1, …` below `stop` (Python's `range`). */
const range = (start: number, stop: number) => Array.from({ length: Math.max(0, stop - start) }, (_, i) => start + i);
const prod = (xs: readonly number[]) => xs.reduce((x, y) => x * y, 1);

const TENSORDOT_PARAMS: Param[] = [{ name: 'a' }, { name: 'b' }, { name: 'axes', default: 2 }];

/**
 * `np.tensordot(a, b, axes=2)`: the sum over `a`'s axes `axes[0]` and `b`'s
 * `axes[1]` (an int N: `a`'s last N and `b`'s first N), of shape `a`'s other
 * axes then `b`'s. As NumPy: both move their summed axes together, flatten to
 * two matrices, and `dot` them; a 0-d result stays a 0-d array.
 */
export function tensordot(...args: unknown[]): NDArray {
  const p = parseArgs('tensordot', args, TENSORDOT_PARAMS);
  let axesA: number[];
  let axesB: number[];
  if (!Array.isArray(p.axes)) {
    const n = Number(p.axes);
    [axesA, axesB] = [range(-n, 0), range(0, n)];
  } else {
    const [x, y] = p.axes as unknown[];
    const list = (v: unknown) => (Array.isArray(v) ? v.map(Number) : [Number(v)]);
    [axesA, axesB] = [list(x), list(y)];
  }
  for (const ax of [axesA, axesB]) {
    if (new Set(ax).size !== ax.length) throw new ValueError('duplicate axes are not allowed in tensordot');
  }
  const a = asArray(p.a);
  const b = asArray(p.b);
  // Python's tuple indexing: negative from the end, else out of range.
  const dim = (shape: readonly number[], ax: number) => {
    const k = ax < 0 ? ax + shape.length : ax;
    if (k < 0 || k >= shape.length) throw new IndexError('tuple index out of range');
    return shape[k];
  };
  let equal = axesA.length === axesB.length;
  for (let k = 0; equal && k < axesA.length; k++) {
    if (dim(a.shape, axesA[k]) !== dim(b.shape, axesB[k])) equal = false;
    else {
      if (axesA[k] < 0) axesA[k] += a.ndim;
      if (axesB[k] < 0) axesB[k] += b.ndim;
    }
  }
  if (!equal) throw new ValueError('shape-mismatch for sum');
  const freeA = range(0, a.ndim).filter((k) => !axesA.includes(k));
  const freeB = range(0, b.ndim).filter((k) => !axesB.includes(k));
  const shapeA = freeA.map((k) => a.shape[k]);
  const shapeB = freeB.map((k) => b.shape[k]);
  const summed = prod(axesA.map((k) => a.shape[k]));
  const at = a.transpose([...freeA, ...axesA]).reshape(prod(shapeA), summed) as NDArray;
  const bt = b.transpose([...axesB, ...freeB]).reshape(summed, prod(shapeB)) as NDArray;
  return (dot(at, bt) as NDArray).reshape([...shapeA, ...shapeB]) as NDArray;
}

const KRON_PARAMS: Param[] = [{ name: 'a' }, { name: 'b' }];

/**
 * `np.kron(a, b)`: the Kronecker product, blocks `a[i, j, …] · b`. As
 * NumPy: both get the same number of axes (leading 1s), `a`'s are
 * interleaved with new unit axes after each and `b`'s before each, and the
 * broadcast product is reshaped to `a.shape · b.shape`.
 */
export function kron(...args: unknown[]): NDArray | Scalar {
  const p = parseArgs('kron', args, KRON_PARAMS);
  const b = asArray(p.b);
  let a = asArray(p.a);
  if (a.ndim < b.ndim) a = a.reshape([...new Array<number>(b.ndim - a.ndim).fill(1), ...a.shape]) as NDArray;
  if (a.ndim === 0 || b.ndim === 0) return multiply(a, b) as NDArray | Scalar;
  const nd = a.ndim;
  const bs = [...new Array<number>(nd - b.ndim).fill(1), ...b.shape];
  const aUnits = a.shape.flatMap((n) => [n, 1]);
  const bUnits = bs.flatMap((n) => [1, n]);
  const result = multiply(a.reshape(aUnits), b.reshape(bUnits)) as NDArray;
  return result.reshape(a.shape.map((n, i) => n * bs[i])) as NDArray;
}

const CROSS_PARAMS: Param[] = [
  { name: 'a' },
  { name: 'b' },
  { name: 'axisa', default: -1, check: checks.index },
  { name: 'axisb', default: -1, check: checks.index },
  { name: 'axisc', default: -1, check: checks.index },
  { name: 'axis', default: null },
];

/** `axis` normalised for `ndim` dimensions, NumPy's AxisError naming the argument. */
function argAxis(axis: unknown, ndim: number, name: string): number {
  const k = Number(axis);
  if (k < -ndim || k >= ndim) throw new AxisError(`${name}: axis ${k} is out of bounds for array of dimension ${ndim}`);
  return k < 0 ? k + ndim : k;
}

/**
 * `np.cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None)`: cross products
 * of 3-vectors (a 2-vector has a zero third component; deprecated, as in
 * NumPy 2) along the given axes, broadcast over the others, computed as
 * NumPy does with its ufuncs in the promoted dtype.
 */
export function cross(...args: unknown[]): NDArray {
  const p = parseArgs('cross', args, CROSS_PARAMS);
  const [axisA, axisB, axisC] = p.axis === null ? [p.axisa, p.axisb, p.axisc] : [p.axis, p.axis, p.axis];
  let a = asArray(p.a);
  let b = asArray(p.b);
  if (a.ndim < 1 || b.ndim < 1) throw new ValueError('At least one array has zero dimension');
  a = moveaxis(a, argAxis(axisA, a.ndim, 'axisa'), -1);
  b = moveaxis(b, argAxis(axisB, b.ndim, 'axisb'), -1);
  const [na, nb] = [a.shape[a.ndim - 1], b.shape[b.ndim - 1]];
  if ((na !== 2 && na !== 3) || (nb !== 2 && nb !== 3)) {
    throw new ValueError('incompatible dimensions for cross product\n(dimension must be 2 or 3)');
  }
  if (na === 2 || nb === 2) {
    process.emitWarning(
      'Arrays of 2-dimensional vectors are deprecated. Use arrays of 3-dimensional vectors instead. (deprecated in NumPy 2.0)',
      'DeprecationWarning',
    );
  }
  const base = broadcast_shapes(a.shape.slice(0, -1), b.shape.slice(0, -1));
  const shape = [...base];
  let axisOut = 0;
  if (na === 3 || nb === 3) {
    shape.push(3);
    axisOut = argAxis(axisC, shape.length, 'axisc');
  }
  const dt = promoteTypes(a.dtype, b.dtype);
  const cp = allocateForOverwrite(shape, dt);
  a = a.astype(dt) as NDArray;
  b = b.astype(dt) as NDArray;
  const part = (x: NDArray, i: number) => x.get('...', i);
  const [a0, a1, a2] = [part(a, 0), part(a, 1), na === 3 ? part(a, 2) : null];
  const [b0, b1, b2] = [part(b, 0), part(b, 1), nb === 3 ? part(b, 2) : null];
  // (Products into arrays: with 1-d inputs the parts are 0-d, and a ufunc
  // would return their product as a JS value.)
  const tmp = allocateForOverwrite(base, dt);
  if (na === 2 && nb === 2) {
    multiply(a0, b1, { out: cp });
    subtract(cp, multiply(a1, b0, { out: tmp }), { out: cp });
    return cp;
  }
  const [c0, c1, c2] = [part(cp, 0), part(cp, 1), part(cp, 2)];
  if (na === 2 && b2 !== null) {
    multiply(a1, b2, { out: c0 });
    multiply(a0, b2, { out: c1 });
    negative(c1, { out: c1 });
  } else if (a2 !== null && b2 !== null) {
    multiply(a1, b2, { out: c0 });
    subtract(c0, multiply(a2, b1, { out: tmp }), { out: c0 });
    multiply(a2, b0, { out: c1 });
    multiply(a0, b2, { out: tmp });
    subtract(c1, tmp, { out: c1 });
  } else if (a2 !== null) {
    multiply(a2, b1, { out: c0 });
    negative(c0, { out: c0 });
    multiply(a2, b0, { out: c1 });
  }
  multiply(a0, b1, { out: c2 });
  subtract(c2, multiply(a1, b0, { out: tmp }), { out: c2 });
  return moveaxis(cp, -1, axisOut);
}

declare module '../core/ndarray' {
  interface NDArray {
    /** `a.dot(b, out=None)`: `np.dot(a, b, out)`. */
    dot(b: unknown, options?: object): NDArray | Scalar;
  }
}

Object.defineProperty(NDArray.prototype, 'dot', {
  value: function (this: NDArray, ...args: unknown[]) {
    return dot(this, ...args);
  },
  writable: true,
  configurable: true,
});
