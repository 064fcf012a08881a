/**
 * `np.interp(x, xp, fp, left=None, right=None, period=None)`: piecewise
 * linear interpolation with NumPy's rules (its compiled `interp`):
 *
 * - `x`, `xp` are float64 (`fp` float64 or complex128); `xp` is assumed
 *   increasing and is not checked.
 * - For `xp[j] ≤ x < xp[j+1]`: `s·(x − xp[j]) + fp[j]` with the slope
 *   `s = (fp[j+1] − fp[j]) / (xp[j+1] − xp[j])`; where that is NaN (an
 *   infinite slope or sample), `s·(x − xp[j+1]) + fp[j+1]`, and where that
 *   is NaN too and `fp[j] == fp[j+1]`, `fp[j]`. `x == xp[j]` gives `fp[j]`
 *   exactly. Complex `fp` interpolates its real and imaginary parts so.
 * - Below `xp[0]`: `left` (default `fp[0]`); above `xp[-1]`: `right`
 *   (default `fp[-1]`); a NaN `x` gives NaN. With one sample point, every
 *   `x` that is neither below nor above it (a NaN too) gives `fp[0]`.
 * - `period`: `x` and `xp` are taken modulo `period`, `xp` sorted and
 *   extended by one point at either end; `left`/`right` are ignored.
 *
 * The loop is native (`kernels/interp.rs`): one pass over `x`, a binary
 * search per element.
 */
import { type Param, parseArgs } from '../args';
import { toArray } from '../core/convert';
import { full } from '../core/creation';
import type { Scalar } from '../core/elements';
import { concatenate } from '../core/joining';
import { copyto } from '../core/memory';
import { type NDArray, allocateForOverwrite } from '../core/ndarray';
import { complex128, float64 } from '../dtype/dtype';
import { ValueError } from '../errors';
import { take } from '../indexing/take';
import * as native from '../native';
import { arr } from '../reductions/common';
import { argsort } from '../sorting/sort';
import {
  add,
  divide,
  equal,
  greater,
  less,
  logical_and,
  maximum,
  minimum,
  multiply,
  remainder,
  subtract,
} from '../ufunc';
import { isnan } from '../ufunc/unary';
import { imag, iscomplexobj, real } from '../ufunc/unary_functions';
import { packed } from './packed';

const A = (x: unknown): NDArray => x as NDArray;

const PARAMS: Param[] = [
  { name: 'x' },
  { name: 'xp' },
  { name: 'fp' },
  { name: 'left', default: null },
  { name: 'right', default: null },
  { name: 'period', default: null },
];

/** A 1-d float64/complex128 sample array, with NumPy's depth errors. */
function samples(x: unknown, dt: typeof float64): NDArray {
  const a = toArray(x, dt, null);
  if (a.ndim > 1 && Array.isArray(x)) {
    throw new ValueError(
      'setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.',
    );
  }
  if (a.ndim > 1) throw new ValueError('object too deep for desired array');
  if (a.ndim < 1) throw new ValueError('object of too small depth for desired array');
  return a;
}

/** `np.interp(x, xp, fp, left=None, right=None, period=None)`. */
export function interp(...args: unknown[]): NDArray | Scalar {
  const p = parseArgs('interp', args, PARAMS);
  const complex = iscomplexobj(arr(p.fp));
  const dt = complex ? complex128 : float64;
  let left = p.left;
  let right = p.right;
  let x = toArray(p.x, float64, null);
  let xp: NDArray;
  let fp: NDArray;
  if (p.period !== null) {
    const periodArg = Number(p.period);
    if (periodArg === 0) throw new ValueError('period must be a non-zero value');
    const period = Math.abs(periodArg);
    left = null;
    right = null;
    xp = toArray(p.xp, float64, null);
    fp = toArray(p.fp, dt, null);
    if (xp.ndim !== 1 || fp.ndim !== 1) throw new ValueError('Data points must be 1-D sequences');
    if (xp.shape[0] !== fp.shape[0]) throw new ValueError('fp and xp are not of the same length');
    x = A(remainder(x.ndim === 0 ? x.reshape([1]) : x, period)).reshape(x.shape);
    xp = A(remainder(xp, period));
    const order = argsort(xp);
    xp = take(xp, order);
    fp = take(fp, order);
    xp = concatenate([subtract(xp.get('-1:'), period), xp, add(xp.get('0:1'), period)]);
    fp = concatenate([fp.get('-1:'), fp, fp.get('0:1')]);
  } else {
    fp = samples(p.fp, dt);
    xp = samples(p.xp, float64);
  }
  const n = xp.shape[0];
  if (n === 0) throw new ValueError('array of sample points is empty');
  if (fp.shape[0] !== n) throw new ValueError('fp and xp are not of the same length.');
  const x1 = x.ndim === 0 ? x.reshape([1]) : x;
  // (The native loop, like NumPy's, reports no floating-point errors.)
  const result = complex
    ? interpComplex(x1, xp, fp, left, right)
    : interpReal(x1, xp, fp, left === null ? null : Number(left), right === null ? null : Number(right));
  return x.ndim === 0 ? result.reshape([]).item() : result;
}

/** The real interpolation of `x` (at least 1-d) on the samples `(xp, fp)`: one native pass. */
function interpReal(x: NDArray, xp: NDArray, fp: NDArray, left: number | null, right: number | null): NDArray {
  const n = xp.shape[0];
  const lval = left ?? Number(fp.item(0));
  const rval = right ?? Number(fp.item(n - 1));
  const out = allocateForOverwrite([x.size], float64);
  native.interpF64(packed(x.reshape(-1), float64), packed(xp, float64), packed(fp, float64), out, lval, rval);
  return out.reshape(x.shape);
}

/** Complex `fp`: the real and imaginary parts interpolated alike. */
function interpComplex(x: NDArray, xp: NDArray, fp: NDArray, left: unknown, right: unknown): NDArray {
  const n = xp.shape[0];
  const parts = (v: unknown, dflt: NDArray | Scalar): [number, number] => {
    const c = toArray(v === null ? dflt : v, complex128, null);
    return [Number(real(c)), Number(imag(c))];
  };
  const [lre, lim] = parts(left, fp.get(0));
  const [rre, rim] = parts(right, fp.get(n - 1));
  const re = interpReal(x, xp, A(real(fp)).copy(), lre, rre);
  const im = interpReal(x, xp, A(imag(fp)).copy(), lim, rim);
  const out = full(x.shape, 0, { dtype: 'complex128' });
  copyto(A(real(out)), re);
  copyto(A(imag(out)), im);
  return out;
}
