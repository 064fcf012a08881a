/**
 * NumPy's array products outside the gufuncs: `np.dot`, `np.inner`,
 * `np.vdot` and `np.outer`. The first three run on the product kernel of
 * `matmul` (`kernels/matmul.rs`: `out[…] = Σₖ a[…, k] · b[…, k]` over views
 * whose free axes broadcast with stride 0); `outer` is `multiply.outer` of
 * the flattened operands.
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
import { type Param, parseArgs } from '../args';
import { copyAs, toArray } from '../core/convert';
import type { Scalar } from '../core/elements';
import { reportFloatingPointErrors } from '../core/errstate';
import { NDArray, allocateForOverwrite, isCContiguous } from '../core/ndarray';
import { promoteTypes } from '../dtype/promotion';
import { ValueError } from '../errors';
import * as native from '../native';
import { multiply } from './index';
import { conjugate } from './unary';

const fmtShape = (s: readonly number[]) => `(${s.join(',')}${s.length === 1 ? ',' : ''})`;

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
  if (typeof o !== 'object' || !('dtype' in o) || o.dtype !== dt || o.ndim !== shape.length || !isCContiguous(o)) {
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
