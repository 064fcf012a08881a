/**
 * `np.cov` and `np.corrcoef` as NumPy computes them
 * (numpy/lib/_function_base_impl.py), from rumpy's `average`, `dot` and
 * ufuncs:
 *
 * - Rows are variables, columns observations (`rowvar=False`: the other
 *   way); `y` adds rows. The data are converted to `result_type(m, y,
 *   float64)` (or `dtype`).
 * - `cov = (X − x̄)·(X − x̄)ᴴ / fact` with the weighted mean `x̄` (weights
 *   `fweights·aweights`), and `fact = N − ddof` unweighted,
 *   `Σw − ddof` with frequency weights only, and
 *   `Σw − ddof·Σ(w·a)/Σw` with analytic weights; `fact ≤ 0` warns
 *   "Degrees of freedom <= 0 for slice" and divides by 0. The result is
 *   squeezed (a 0-d result is a JS number).
 * - `corrcoef = cov / (σᵢσⱼ)` with `σ = sqrt(diag(cov).real)`, clipped to
 *   [−1, 1] (real and imaginary parts separately).
 */
import { type Param, parseArgs } from '../args';
import { toArray } from '../core/convert';
import type { Scalar } from '../core/elements';
import { atleast_2d, concatenate } from '../core/joining';
import { diag } from '../core/matrices';
import { copyto } from '../core/memory';
import type { NDArray } from '../core/ndarray';
import { type DType, float64, dtype as toDType } from '../dtype/dtype';
import { result_type } from '../dtype/functions';
import { ValueError } from '../errors';
import { warn } from '../reductions/common';
import { average } from '../reductions/stats';
import { all, anyTrue, sum } from '../reductions/sum';
import { divide, equal, less, multiply, subtract, true_divide } from '../ufunc';
import { clip } from '../ufunc/clip';
import { dot } from '../ufunc/dot';
import { conjugate, sqrt } from '../ufunc/unary';
import { around, imag, iscomplexobj, real } from '../ufunc/unary_functions';

type R = NDArray | Scalar;
const A = (x: unknown): NDArray => x as NDArray;

const COV_PARAMS: Param[] = [
  { name: 'm' },
  { name: 'y', default: null },
  { name: 'rowvar', default: true },
  { name: 'bias', default: false },
  { name: 'ddof', default: null },
  { name: 'fweights', default: null },
  { name: 'aweights', default: null },
  { name: 'dtype', default: null, kwOnly: true },
];

/** One weights argument of `cov` as float64, checked as NumPy checks it. */
function weightsOf(w: unknown, name: string, n: number): NDArray {
  const a = toArray(w, float64, null);
  if (a.ndim > 1) throw new Error(`cannot handle multidimensional ${name}`);
  if (a.shape[0] !== n) throw new Error(`incompatible numbers of samples and ${name}`);
  if (anyTrue(less(a, 0))) throw new ValueError(`${name} cannot be negative`);
  return a;
}

/** The covariance of validated arguments. */
function covImpl(
  mArg: unknown,
  yArg: unknown,
  rowvar: boolean,
  bias: boolean,
  ddofArg: unknown,
  fweights: unknown,
  aweights: unknown,
  dtypeArg: unknown,
): R {
  if (ddofArg !== null && ddofArg !== undefined && Number(ddofArg) !== Math.trunc(Number(ddofArg))) {
    throw new ValueError('ddof must be integer');
  }
  const m = toArray(mArg, null, null);
  if (m.ndim > 2) throw new ValueError('m has more than 2 dimensions');
  const y = yArg === null ? null : toArray(yArg, null, null);
  if (y !== null && y.ndim > 2) throw new ValueError('y has more than 2 dimensions');
  const dt: DType =
    dtypeArg === null || dtypeArg === undefined
      ? y === null
        ? result_type(m, float64)
        : result_type(m, y, float64)
      : toDType(dtypeArg);
  let X = (atleast_2d(m) as NDArray).astype(dt);
  if (!rowvar && m.ndim !== 1) X = X.T;
  if (X.shape[0] === 0) return toArray([], float64, null).reshape([0, 0]);
  if (y !== null) {
    let yy = (atleast_2d(y) as NDArray).astype(dt);
    if (!rowvar && yy.shape[0] !== 1) yy = yy.T;
    X = concatenate([X, yy], { axis: 0 });
  }
  const ddof = ddofArg === null || ddofArg === undefined ? (bias ? 0 : 1) : Number(ddofArg);
  const n = X.shape[1];
  let w: NDArray | null = null;
  let aw: NDArray | null = null;
  if (fweights !== null && fweights !== undefined) {
    const fw = toArray(fweights, float64, null);
    if (all(equal(fw, around(fw))) !== true) throw new TypeError('fweights must be integer');
    w = weightsOf(fw, 'fweights', n);
  }
  if (aweights !== null && aweights !== undefined) {
    aw = weightsOf(aweights, 'aweights', n);
    w = w === null ? aw : A(multiply(w, aw));
  }
  const [avg, wSumArr] = average(X, { axis: 1, weights: w, returned: true }) as NDArray[];
  const wSum = Number(wSumArr.item(0));
  let fact: number;
  if (w === null) fact = n - ddof;
  else if (ddof === 0) fact = wSum;
  else if (aw === null) fact = wSum - ddof;
  else fact = wSum - (ddof * Number(sum(multiply(w, aw)))) / wSum;
  if (fact <= 0) {
    warn('Degrees of freedom <= 0 for slice');
    fact = 0;
  }
  const centred = A(subtract(X, avg.reshape([-1, 1])));
  const XT = w === null ? centred.T : A(multiply(centred, w)).T;
  const c = A(dot(centred, conjugate(XT)));
  copyto(c, multiply(c, true_divide(1, toArray([fact], float64, null))), { casting: 'unsafe' });
  // (NumPy returns the squeezed array, 0-d for one variable.)
  return c.squeeze();
}

/**
 * `np.cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None,
 * aweights=None, *, dtype=None)`.
 */
export function cov(...args: unknown[]): R {
  const p = parseArgs('cov', args, COV_PARAMS);
  return covImpl(p.m, p.y, Boolean(p.rowvar), Boolean(p.bias), p.ddof, p.fweights, p.aweights, p.dtype);
}

const CORRCOEF_PARAMS: Param[] = [
  { name: 'x' },
  { name: 'y', default: null },
  { name: 'rowvar', default: true },
  { name: 'dtype', default: null, kwOnly: true },
];

/** `np.corrcoef(x, y=None, rowvar=True, *, dtype=None)`. */
export function corrcoef(...args: unknown[]): R {
  const p = parseArgs('corrcoef', args, CORRCOEF_PARAMS);
  const c = covImpl(p.x, p.y, Boolean(p.rowvar), false, null, null, null, p.dtype);
  if (typeof c !== 'object' || c === null || !('shape' in c) || (c as NDArray).ndim !== 2) {
    // NumPy's `diag` fails on a 0-d (or 1-d) covariance: it returns c / c.
    const a = toArray(c, null, null);
    const r = A(divide(a.ndim === 0 ? a.reshape([1]) : a, a.ndim === 0 ? a.reshape([1]) : a));
    return a.ndim === 0 ? r.reshape([]).item() : r;
  }
  const cc = c as NDArray;
  const stddev = A(sqrt(real(diag(cc))));
  copyto(cc, divide(cc, stddev.reshape([-1, 1])));
  copyto(cc, divide(cc, stddev.reshape([1, -1])));
  const re = A(real(cc));
  copyto(re, clip(re, -1, 1));
  if (iscomplexobj(cc)) {
    const im = A(imag(cc));
    copyto(im, clip(im, -1, 1));
  }
  return cc;
}
