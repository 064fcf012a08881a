/**
 * Differences and the trace, from NumPy's "sums, products, differences":
 * - `np.diff(a, n=1, axis=-1, prepend, append)`: `out[i] = a[i+1] − a[i]`
 *   along `axis`, `n` times (`not_equal` for bool), after joining `prepend`
 *   and `append` (a 0-d one broadcast to one slice) to `a` along `axis`;
 * - `np.ediff1d(ary, to_end=None, to_begin=None)`: the differences of the
 *   flattened array, in its dtype, between `to_begin` and `to_end` (which
 *   must cast to it `same_kind`);
 * - `np.trace(a, offset=0, axis1=0, axis2=1, dtype=None, out=None)`: the sum
 *   of a diagonal (`ndarray.trace` too), with `sum`'s accumulator dtypes.
 */
import { type Param, checks, parseArgs } from '../args';
import { toArray } from '../core/convert';
import type { Scalar } from '../core/elements';
import { concatenate } from '../core/joining';
import { NDArray, allocateForOverwrite } from '../core/ndarray';
import { broadcast_to } from '../core/shape';
import { bool } from '../dtype/dtype';
import { canCastDTypes } from '../dtype/promotion';
import { ValueError, normalizeAxis } from '../errors';
import { diagonalOf } from '../indexing/diagonal';
import { not_equal, subtract } from '../ufunc';
import { NO_VALUE } from '../ufunc/methods';
import { sum } from './sum';

const DIFF_PARAMS: Param[] = [
  { name: 'a' },
  { name: 'n', default: 1, check: checks.index },
  { name: 'axis', default: -1, check: checks.index },
  { name: 'prepend', default: NO_VALUE },
  { name: 'append', default: NO_VALUE },
];

/** `np.diff(a, n=1, axis=-1, prepend=<no value>, append=<no value>)`. */
export function diff(...args: unknown[]): unknown {
  const p = parseArgs('diff', args, DIFF_PARAMS);
  const n = Number(p.n);
  if (n === 0) return p.a;
  if (n < 0) throw new ValueError(`order must be non-negative but got ${n}`);
  let a = toArray(p.a, null, null);
  if (a.ndim === 0) throw new ValueError('diff requires input that is at least one dimensional');
  const axis = normalizeAxis(Number(p.axis), a.ndim);
  // A 0-d prepend/append is one slice along the axis.
  const edge = (v: unknown): NDArray => {
    const e = toArray(v, null, null);
    if (e.ndim > 0) return e;
    const shape = [...a.shape];
    shape[axis] = 1;
    return broadcast_to(e, shape);
  };
  const parts: NDArray[] = [];
  if (p.prepend !== NO_VALUE) parts.push(edge(p.prepend));
  parts.push(a);
  if (p.append !== NO_VALUE) parts.push(edge(p.append));
  if (parts.length > 1) a = concatenate(parts, axis);
  const lead = new Array<string>(axis).fill(':');
  const op = a.dtype === bool ? not_equal : subtract;
  for (let i = 0; i < n; i++) a = op(a.get(...lead, '1:'), a.get(...lead, ':-1')) as NDArray;
  return a;
}

const EDIFF1D_PARAMS: Param[] = [
  { name: 'ary' },
  { name: 'to_end', default: null },
  { name: 'to_begin', default: null },
];

/** `np.ediff1d(ary, to_end=None, to_begin=None)`. */
export function ediff1d(...args: unknown[]): NDArray {
  const p = parseArgs('ediff1d', args, EDIFF1D_PARAMS);
  const ary = toArray(p.ary, null, null).reshape(-1) as NDArray;
  if (p.to_begin === null && p.to_end === null) return subtract(ary.get('1:'), ary.get(':-1')) as NDArray;
  const edge = (v: unknown, name: string): NDArray | null => {
    if (v === null) return null;
    const e = toArray(v, null, null);
    if (!canCastDTypes(e.dtype, ary.dtype, 'same_kind')) {
      throw new TypeError(`dtype of \`${name}\` must be compatible with input \`ary\` under the \`same_kind\` rule.`);
    }
    return e.reshape(-1) as NDArray;
  };
  const begin = edge(p.to_begin, 'to_begin');
  const end = edge(p.to_end, 'to_end');
  const nb = begin === null ? 0 : begin.size;
  const ne = end === null ? 0 : end.size;
  const nd = Math.max(ary.size - 1, 0);
  const result = allocateForOverwrite([nb + nd + ne], ary.dtype);
  if (begin !== null && nb > 0) result.set(`:${nb}`, begin);
  if (end !== null && ne > 0) result.set(`${nb + nd}:`, end);
  subtract(ary.get('1:'), ary.get(':-1'), { out: result.get(`${nb}:${nb + nd}`) });
  return result;
}

const TRACE_PARAMS: Param[] = [
  { name: 'a' },
  { name: 'offset', default: 0, check: checks.index },
  { name: 'axis1', default: 0, check: checks.index },
  { name: 'axis2', default: 1, check: checks.index },
  { name: 'dtype', default: null },
  { name: 'out', default: null },
];

/** `np.trace(a, offset=0, axis1=0, axis2=1, dtype=None, out=None)`: `diagonal(...).sum(-1)`. */
export function trace(...args: unknown[]): NDArray | Scalar {
  const p = parseArgs('trace', args, TRACE_PARAMS);
  const d = diagonalOf(toArray(p.a, null, null), Number(p.offset), Number(p.axis1), Number(p.axis2));
  return sum(d, { axis: -1, dtype: p.dtype, out: p.out });
}

declare module '../core/ndarray' {
  interface NDArray {
    /** `a.trace(offset=0, axis1=0, axis2=1, dtype=None, out=None)`. */
    trace(...args: unknown[]): NDArray | Scalar;
  }
}

Object.defineProperty(NDArray.prototype, 'trace', {
  value: function (this: NDArray, ...args: unknown[]) {
    return trace(this, ...args);
  },
  writable: true,
  configurable: true,
});
