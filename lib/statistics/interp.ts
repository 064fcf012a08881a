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
 * Each step is one native call over all of `x` (searchsorted, take,
 * ufuncs), never a call per element.
 */
import { type Param, parseArgs } from '../args';
import { toArray } from '../core/convert';
import { full } from '../core/creation';
import type { Scalar } from '../core/elements';
import { errstate } from '../core/errstate';
import { concatenate } from '../core/joining';
import { copyto } from '../core/memory';
import type { NDArray } from '../core/ndarray';
import { complex128, float64 } from '../dtype/dtype';
import { ValueError } from '../errors';
import { take } from '../indexing/take';
import { arr } from '../reductions/common';
import { searchsorted } from '../sorting/search';
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
  // (NumPy's loop raises no floating-point warnings: an infinite slope's
  // NaNs are replaced below.)
  const result = errstate({ all: 'ignore' }, () =>
    complex
      ? interpComplex(x1, xp, fp, left, right)
      : interpReal(x1, xp, fp, left === null ? null : Number(left), right === null ? null : Number(right)),
  );
  return x.ndim === 0 ? result.reshape([]).item() : result;
}

/** The real interpolation of `x` (at least 1-d) on the samples `(xp, fp)`. */
function interpReal(x: NDArray, xp: NDArray, fp: NDArray, left: number | null, right: number | null): NDArray {
  const n = xp.shape[0];
  const lval = left ?? Number(fp.item(0));
  const rval = right ?? Number(fp.item(n - 1));
  const below = A(less(x, xp.get(0)));
  const above = A(greater(x, xp.get(n - 1)));
  let res: NDArray;
  if (n === 1) {
    res = full(x.shape, Number(fp.item(0)), { dtype: 'float64' });
  } else {
    res = lerpAt(x, xp, fp);
  }
  copyto(res, lval, { where: below });
  copyto(res, rval, { where: above });
  if (n > 1) copyto(res, x, { where: isnan(x) });
  return res;
}

/**
 * `s·(x − xp[j]) + fp[j]` at each `x` with its bracket `j` (clamped to the
 * samples; the ends are overwritten by the caller), with NumPy's NaN
 * fall-backs and exact samples.
 */
function lerpAt(x: NDArray, xp: NDArray, fp: NDArray): NDArray {
  const n = xp.shape[0];
  const found = A(subtract(searchsorted(xp, x, { side: 'right' }), 1));
  const j = A(maximum(minimum(found, n - 2), 0));
  const x0 = take(xp, j);
  const x1 = take(xp, A(add(j, 1)));
  const y0 = take(fp, j);
  const y1 = take(fp, A(add(j, 1)));
  const slope = A(divide(subtract(y1, y0), subtract(x1, x0)));
  const res = A(add(multiply(slope, subtract(x, x0)), y0));
  const nan = A(isnan(res));
  copyto(res, add(multiply(slope, subtract(x, x1)), y1), { where: nan });
  copyto(res, y0, { where: logical_and(isnan(res), equal(y0, y1)) });
  // Exactly at a sample: its value (the last sample too).
  copyto(res, y0, { where: equal(x, x0) });
  copyto(res, fp.get(n - 1), { where: equal(x, xp.get(n - 1)) });
  return res;
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
