/**
 * `np.correlate(a, v, mode='valid')` and `np.convolve(a, v, mode='full')`
 * for 1-d sequences, as NumPy's `multiarray.correlate2`/`correlate` define
 * them:
 *
 * - Both are converted to their common dtype (ints stay ints and wrap as
 *   NumPy's do; bools give OR of ANDs). `correlate` conjugates `v`.
 * - With `a` the longer input, output `k` is `Σⱼ a[k + j − L]·v[j]` over
 *   the `j` where `a` is defined, for lags from `−L` on: `valid` has
 *   `L = 0` and `len(a) − len(v) + 1` outputs, `same` `L = ⌊len(v)/2⌋` and
 *   `len(a)` outputs, `full` `L = len(v) − 1` and `len(a) + len(v) − 1`.
 *   When `v` is the longer input `correlate` swaps them and reverses the
 *   result; `convolve(a, v)` is the old `correlate(a, v[::-1])` with the
 *   longer first.
 * - Every output is one row of a single matrix–vector product: the rows
 *   are zero-copy windows of `a` (zero-padded for `same`/`full`), so the
 *   sums run in rumpy's `matmul` order rather than NumPy's BLAS `dot`
 *   order (floats can differ in the last bits; designs/deviations.md).
 *   Padding multiplies `v` by zeros, which is exact while `v` is finite;
 *   with an infinite or NaN `v` the partial outputs at the ends are
 *   computed from the defined elements only, one product each.
 * - As NumPy's loop, no floating-point warnings are reported.
 */
import { type Param, parseArgs } from '../args';
import { toArray } from '../core/convert';
import { full } from '../core/creation';
import { errstate } from '../core/errstate';
import { copyto } from '../core/memory';
import type { NDArray } from '../core/ndarray';
import { promoteTypes } from '../dtype/promotion';
import { ValueError } from '../errors';
import { all } from '../reductions/sum';
import { matmul } from '../ufunc';
import { dot } from '../ufunc/dot';
import { conjugate, isfinite } from '../ufunc/unary';

const A = (x: unknown): NDArray => x as NDArray;

/** NumPy's mode argument: 0/1/2 or 'valid'/'same'/'full'. */
function modeOf(mode: unknown): number {
  if (typeof mode === 'number' && Number.isInteger(mode)) {
    if (mode < 0 || mode > 2) throw new ValueError('integer convolve/correlate mode must be 0, 1, or 2');
    return mode;
  }
  if (typeof mode === 'string') {
    const i = ['valid', 'same', 'full'].indexOf(mode);
    if (i >= 0) return i;
    if (mode.length > 0 && 'vsfVSF'.includes(mode[0])) {
      throw new ValueError("Use one of 'valid', 'same', or 'full' for convolve/correlate mode");
    }
    throw new ValueError(`mode must be one of 'valid', 'same', or 'full' (got '${mode}')`);
  }
  throw new TypeError('convolve/correlate mode not understood');
}

/** A 1-d operand of the correlation (NumPy's `PyArray_FromAny(op, type, 1, 1)`). */
function oneD(x: NDArray): NDArray {
  if (x.ndim > 1) throw new ValueError('object too deep for desired array');
  if (x.ndim < 1) throw new ValueError('object of too small depth for desired array');
  return x;
}

/**
 * NumPy's `_pyarray_correlate(a1, a2, mode)`: the correlation with `a1`
 * the longer (swapped otherwise; `inverted` says so).
 */
function correlateCore(a1: NDArray, a2: NDArray, mode: number): { out: NDArray; inverted: boolean } {
  if (a1.shape[0] === 0) throw new ValueError('first array argument cannot be empty');
  if (a2.shape[0] === 0) throw new ValueError('second array argument cannot be empty');
  const inverted = a1.shape[0] < a2.shape[0];
  const [x, v] = inverted ? [a2, a1] : [a1, a2];
  const n1 = x.shape[0];
  const n2 = v.shape[0];
  const [left, right] =
    mode === 0 ? [0, 0] : mode === 1 ? [Math.floor(n2 / 2), n2 - Math.floor(n2 / 2) - 1] : [n2 - 1, n2 - 1];
  const length = n1 - n2 + 1 + left + right;
  const dt = x.dtype;
  const item = dt.itemsize;
  const finite = (dt.kind !== 'f' && dt.kind !== 'c') || all(isfinite(v)) === true;
  // (NumPy's correlation loop reports no floating-point errors.)
  const out = errstate({ all: 'ignore' }, () => {
    if (finite) {
      // x with `left`/`right` zeros around it; one window per output.
      const padded = full([n1 + left + right], 0, { dtype: dt });
      copyto(padded.get(`${left}:${left + n1}`) as NDArray, x);
      return A(matmul(padded._view(padded._offset, [length, n2], [item, item]), v.copy()));
    }
    // The full windows in one product; the partial sums at either end over
    // the defined elements only.
    const res = full([length], 0, { dtype: dt });
    const xc = x.copy();
    const middle = A(matmul(xc._view(xc._offset, [n1 - n2 + 1, n2], [item, item]), v.copy()));
    copyto(res.get(`${left}:${left + n1 - n2 + 1}`) as NDArray, middle);
    for (let i = 0; i < left; i++) {
      const m = n2 - left + i;
      copyto(res.get(`${i}:${i + 1}`) as NDArray, dot(x.get(`0:${m}`), v.get(`${left - i}:`)));
    }
    for (let i = 0; i < right; i++) {
      const k = length - right + i;
      const start = k - left;
      const m = n2 - 1 - i;
      copyto(res.get(`${k}:${k + 1}`) as NDArray, dot(x.get(`${start}:${start + m}`), v.get(`0:${m}`)));
    }
    return res;
  });
  return { out, inverted };
}

/** The two inputs as 1-d arrays of their common dtype. */
function operands(a: unknown, v: unknown): [NDArray, NDArray] {
  const x = toArray(a, null, null);
  const y = toArray(v, null, null);
  const dt = promoteTypes(x.dtype, y.dtype);
  return [oneD(x).astype(dt), oneD(y).astype(dt)];
}

const CORRELATE_PARAMS: Param[] = [{ name: 'a' }, { name: 'v' }, { name: 'mode', default: 'valid' }];

/** `np.correlate(a, v, mode='valid')`: `Σⱼ a[k + j]·conj(v[j])`. */
export function correlate(...args: unknown[]): NDArray {
  const p = parseArgs('correlate', args, CORRELATE_PARAMS);
  const mode = modeOf(p.mode);
  const [a, v0] = operands(p.a, p.v);
  const v = v0.dtype.kind === 'c' ? A(conjugate(v0)) : v0;
  const { out, inverted } = correlateCore(a, v, mode);
  return inverted ? out.get('::-1').copy() : out;
}

const CONVOLVE_PARAMS: Param[] = [{ name: 'a' }, { name: 'v' }, { name: 'mode', default: 'full' }];

/** `np.convolve(a, v, mode='full')`: `Σⱼ a[j]·v[k − j]`. */
export function convolve(...args: unknown[]): NDArray {
  const p = parseArgs('convolve', args, CONVOLVE_PARAMS);
  let a = toArray(p.a, null, null);
  let v = toArray(p.v, null, null);
  if (a.ndim === 0) a = a.reshape([1]);
  if (v.ndim === 0) v = v.reshape([1]);
  if (a.shape[0] === 0) throw new ValueError('a cannot be empty');
  if (v.shape[0] === 0) throw new ValueError('v cannot be empty');
  if (v.shape[0] > a.shape[0]) [a, v] = [v, a];
  const mode = modeOf(p.mode);
  const [x, y] = operands(a, v.get('::-1'));
  return correlateCore(x, y, mode).out;
}
