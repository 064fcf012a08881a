/**
 * Where the true (non-zero) elements are: `nonzero`, `flatnonzero`,
 * `argwhere`, and `where` with one argument (`nonzero`) or three
 * (`x` where the condition holds, else `y`, broadcast together, as one
 * native elementwise op). An element is true when it is non-zero; NaN is
 * true, and a complex value is true when either part is non-zero.
 */
import { type Param, parseArgs } from '../args';
import { nonzeroIndices } from '../core/advanced_indexing';
import { broadcastOperands, broadcastStrides } from '../core/broadcast';
import { foldedFlags, reportFloatingPointErrors } from '../core/errstate';
import { type NDArray, allocateForOverwrite, isNDArray } from '../core/ndarray';
import { type DType, bool, int64 } from '../dtype/dtype';
import { type WeakKind, promoteTypes, promoteWithWeak, resultTypeOf, weakKindOf } from '../dtype/promotion';
import { ValueError } from '../errors';
import * as native from '../native';
import { defaultScalarSlot } from '../ufunc/ufunc';
import { asArray, flat } from './common';

/** `np.nonzero(a)`: one int64 index array per axis (a JS array for NumPy's tuple). */
export function nonzero(...args: unknown[]): NDArray[] {
  if (args.length === 1 && isNDArray(args[0])) return nonzeroOf(args[0]);
  const p = parseArgs('nonzero', args, A_PARAMS);
  return nonzeroOf(asArray(p.a));
}

/** `a.nonzero()`. */
export function nonzeroOf(a: NDArray): NDArray[] {
  if (a.ndim === 0) {
    throw new ValueError('Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.');
  }
  return nonzeroIndices(a);
}

/** `np.flatnonzero(a)`: indices of the non-zero elements of `a.ravel()`. */
export function flatnonzero(...args: unknown[]): NDArray {
  const p = parseArgs('flatnonzero', args, A_PARAMS);
  return nonzeroIndices(flat(asArray(p.a)))[0];
}

/** `np.argwhere(a)`: the `(N, a.ndim)` array of the non-zero elements' indices. */
export function argwhere(...args: unknown[]): NDArray {
  const p = parseArgs('argwhere', args, A_PARAMS);
  const a = asArray(p.a);
  const src = a.ndim === 0 ? a._view(a._offset, [1], [0]) : a;
  const count = native.nonzeroCount(src);
  const all = allocateForOverwrite([count, src.ndim], int64);
  native.nonzeroCollect(src, all);
  return a.ndim === 0 ? all._view(all._offset, [count, 0], [8, 8]) : all;
}

/** `where(condition, x, y)`: one native elementwise call. */
export function where3(condition: unknown, x: unknown, y: unknown): NDArray {
  const cond = asArray(condition);
  // The result dtype: arrays promote, then Python scalars apply as weak
  // kinds (NEP 50); a scalar is then cast to it unsafely, as NumPy does.
  const wx = weakKindOf(x);
  const wy = weakKindOf(y);
  // (A Python scalar goes in a reused 0-d slot: the native call below is its only reader.)
  const xa = defaultScalarSlot(1, x) ?? asArray(x);
  const ya = defaultScalarSlot(2, y) ?? asArray(y);
  let dt: DType;
  if (wx === null && wy === null) dt = xa.dtype === ya.dtype ? xa.dtype : promoteTypes(xa.dtype, ya.dtype);
  else if (wx === null) dt = promoteWithWeak(xa.dtype, wy as WeakKind);
  else if (wy === null) dt = promoteWithWeak(ya.dtype, wx);
  else dt = resultTypeOf([], [wx, wy]);
  const shape = sameShapes(cond.shape, xa.shape, ya.shape) ?? broadcastOperands([cond.shape, xa.shape, ya.shape]);
  // (Every element is written.)
  const out = allocateForOverwrite(shape, dt);
  if (out.size === 0) return out;
  const inputs = [cond, xa, ya];
  const flags = native.ufuncCall(
    native.ufuncIndex('where'),
    [bool, dt, dt, dt],
    inputs,
    inputs.map((a) => (a.shape === shape ? a.strides : broadcastStrides(a.shape, a.strides, shape))),
    [out],
  );
  // Selecting raises nothing; casting x or y to the result dtype can
  // overflow (np.where(m, float16_array, 1e6)), which NumPy reports.
  if (flags !== 0) reportFloatingPointErrors(foldedFlags(flags), 'cast');
  return out;
}

/** The common shape when the operands' shapes are equal (0-d ones broadcast freely), else null. */
function sameShapes(...shapes: (readonly number[])[]): readonly number[] | null {
  let shape: readonly number[] | null = null;
  for (const s of shapes) {
    if (s.length === 0) continue;
    if (shape === null) shape = s;
    else if (s !== shape && (s.length !== shape.length || s.some((n, k) => n !== (shape as readonly number[])[k]))) {
      return null;
    }
  }
  return shape ?? shapes[0];
}

const WHERE_PARAMS: Param[] = [{ name: 'condition' }, { name: 'x', optional: true }, { name: 'y', optional: true }];
const A_PARAMS: Param[] = [{ name: 'a' }];

/** `np.where(condition, [x, y])`. */
export function where(...args: unknown[]): NDArray | NDArray[] {
  const p = parseArgs('where', args, WHERE_PARAMS);
  const hasX = p.x !== undefined;
  const hasY = p.y !== undefined;
  if (hasX !== hasY) throw new ValueError('either both or neither of x and y should be given');
  if (!hasX) return nonzeroOf(asArray(p.condition));
  return where3(p.condition, p.x, p.y);
}
