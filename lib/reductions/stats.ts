/**
 * `np.mean`, `np.var`, `np.std`, `np.average` with NumPy's algorithms:
 * mean = sum / n, summing integers and bools in float64 and float16 in
 * float32 (the result cast back to float16); var = mean of squared
 * deviations `|x - mean|²` (for complex `re² + im²` in the part dtype),
 * divided by `max(n - ddof, 0)`; std = sqrt(var); var/std take NumPy 2's
 * `mean=` (used as given instead of the computed mean). Empty slices and
 * `ddof >= n` warn as NumPy does and give NaN. The common form of
 * mean/var/std (float32/float64, contiguous, no dtype/out/where/mean) is one
 * fused native call (./moments.ts) with the same results.
 */
import { type Param, parseArgs } from '../args';
import { toArray } from '../core/convert';
import { fillWith } from '../core/creation';
import type { Scalar } from '../core/elements';
import { withOpName } from '../core/errstate';
import { type NDArray, allocate, isNDArray } from '../core/ndarray';
import { axisTuple } from '../core/shapeutil';
import { type DType, complex128, float64, int64, dtype as toDType, uint64 } from '../dtype/dtype';
import { promoteTypes, resultTypeOf } from '../dtype/promotion';
import { ValueError, ZeroDivisionError } from '../errors';
import * as native from '../native';
import { divide, multiply, sqrt, square, subtract } from '../ufunc';
import { NO_VALUE, REDUCERS, outArg, parseAxes, reduceArray, reductionAxes } from '../ufunc/methods';
import { absSquared, arr, arrOf, bcast, countItems, dt, finish, kd, params, warn } from './common';
import { MEAN, STD, VAR, fusedMoments } from './moments';

type R = NDArray | Scalar;

const isIntLike = (d: DType) => d.kind === 'b' || d.kind === 'i' || d.kind === 'u';

function anyZero(c: number | NDArray, below = 0): boolean {
  if (typeof c === 'number') return c - below <= 0;
  return (c.reshape(-1).tolist() as number[]).some((x) => x - below <= 0);
}

/** Sum over `axis` with `dtype`, kept dims (or into `out`). */
function sumKeep(a: NDArray, axis: unknown, dtype: DType | null, where: unknown, out: NDArray | null, keepdims = true) {
  return reduceArray(REDUCERS.add, a, { axis, dtype, out, keepdims, initial: NO_VALUE, where }) as NDArray;
}

/** Whether a reduction of `a` over `axis` (without `out`) is one value. */
function toOneValue(a: NDArray, axis: unknown, keepdims: boolean): boolean {
  return a.ndim === 0 || (!keepdims && reductionAxes(axis, a.ndim).length === a.ndim);
}

/**
 * `sum / count` for a result of one value, which NumPy's `_mean`/`_var`
 * divide as NumPy scalars (`ret.dtype.type(ret / rcount)`, `rcount` an
 * intp): NumPy's scalar math does it, and warns "scalar divide", when the
 * sum's type and intp promote to the sum's type or are both integers
 * (float64, complex128, integers but uint64); otherwise the ufunc does,
 * "divide".
 */
function divideOne(sum: NDArray, count: number | NDArray): NDArray {
  const d = sum.dtype;
  const scalarMath = d === float64 || d === complex128 || ((d.kind === 'i' || d.kind === 'u') && d !== uint64);
  const s = sum.ndim === 0 ? sum.reshape([1]) : sum;
  const n = typeof count === 'number' ? toArray(count, int64) : count.reshape(s.shape);
  const q = () => divide(s, n) as NDArray;
  // (Then `ret.dtype.type(quotient)`: a cast, which warns as casts do.)
  native.castCopy(scalarMath ? withOpName('scalar divide', q) : q(), s);
  return sum;
}

/** Divides `r` in place by the counts (NumPy's `true_divide(..., out=r, casting='unsafe')`). */
function divideBy(r: NDArray, count: number | NDArray): NDArray {
  const c = typeof count === 'number' ? count : count.reshape(r.shape);
  return divide(r, c, { out: r, casting: 'unsafe' }) as NDArray;
}

/**
 * The mean; `out` receives it when given. `oneValue` says whether NumPy
 * divides the sum as one NumPy scalar (by default: a 0-d input, or every
 * axis reduced without keepdims).
 */
export function meanImpl(
  a: NDArray,
  axis: unknown,
  dtype: DType | null,
  out: NDArray | null,
  keepdims: boolean,
  where: unknown,
  oneValue?: boolean,
): R {
  const fused = fusedMoments(a, axis, MEAN, false, 0, keepdims, { dtype, out, where });
  if (fused) return fused.value;
  const count = countItems(a, axis, where);
  if (anyZero(count)) warn('Mean of empty slice');
  let d = dtype;
  let half = false;
  if (d === null) {
    if (isIntLike(a.dtype)) d = toDType('float64');
    else if (a.dtype.name === 'float16') {
      d = toDType('float32');
      half = true;
    }
  }
  if (out) {
    sumKeep(a, axis, d, where, out, keepdims);
    return divideBy(out, typeof count === 'number' ? count : (finish(count, axis, a.ndim, keepdims) as NDArray));
  }
  const sum = sumKeep(a, axis, d, where, null);
  let r = (oneValue ?? toOneValue(a, axis, keepdims)) ? divideOne(sum, count) : divideBy(sum, count);
  if (half) r = r.astype('float16') as NDArray;
  return finish(r, axis, a.ndim, keepdims);
}

/**
 * `x - mean` as an array: `np.subtract(a, mean, out=...)` (a 0-d result is
 * made through a length-1 view so that it keeps NumPy's result dtype).
 */
function deviations(a: NDArray, mean: unknown): NDArray {
  const x = subtract(a, mean);
  if (isNDArray(x)) return x;
  return (subtract(a.reshape(1), mean) as NDArray).reshape([]);
}

/**
 * NumPy's `_var` squaring step: `np.square(x)` when `a` is real (integer or
 * float; a complex `x` from a complex `mean=` is squared as complex), else
 * `re² + im²` in the part dtype for complex `x`, else `x * conj(x)` (bool
 * input: `x` is real).
 */
function squaredDeviations(a: NDArray, x: NDArray): NDArray {
  const k = a.dtype.kind;
  if (k === 'f' || k === 'i' || k === 'u') return square(x, { out: x }) as NDArray;
  if (x.dtype.kind === 'c') return absSquared(x);
  return multiply(x, x, { out: x }) as NDArray;
}

/** `np.sqrt` in place: real results rounded to their float dtype; complex ones (from a complex `mean=`) by the ufunc. */
function rootInPlace(r: NDArray): void {
  // NumPy's `_std` takes `sqrt(var, out=var)`: an integer `out` fails the
  // float → int output cast there, after the variance was stored.
  sqrt(r, { out: r });
}

/**
 * The variance (and with `root`, the standard deviation), as NumPy's
 * `_var`: `sum(|x - mean|²) / max(n - ddof, 0)`. `mean` (NumPy 2's
 * `mean=`; `null` or `<no value>` computes it) is used as given: it is
 * subtracted with broadcasting (so it should have the keepdims shape) in
 * the ufunc's result dtype, and the squares are summed like the computed
 * case (in float64 for integer and bool input).
 */
export function varImpl(
  a: NDArray,
  axis: unknown,
  dtype: DType | null,
  out: NDArray | null,
  ddof: number,
  keepdims: boolean,
  where: unknown,
  root: boolean,
  mean: unknown = null,
): R {
  // (With `where`, NumPy counts by a ufunc reduction: axis 0/-1 of a 0-d array passes.)
  if (where === NO_VALUE || where === true) parseAxes(axis, a.ndim);
  const fused = fusedMoments(a, axis, root ? STD : VAR, false, ddof, keepdims, { dtype, out, where, mean });
  if (fused) return fused.value;
  const count = countItems(a, axis, where);
  if (anyZero(count, ddof)) warn('Degrees of freedom <= 0 for slice');
  const d = dtype === null && isIntLike(a.dtype) ? toDType('float64') : dtype;
  let x: NDArray;
  if (mean === null || mean === NO_VALUE) {
    // (A 0-d input's mean is a NumPy scalar, divided as one.)
    const total = sumKeep(a, axis, d, where, null);
    const m = a.ndim === 0 ? divideOne(total, count) : divideBy(total, count);
    x = arrOf(subtract(a, m), promoteTypes(a.dtype, m.dtype));
  } else {
    x = deviations(a, mean);
  }
  x = squaredDeviations(a, x);
  const dof =
    typeof count === 'number'
      ? Math.max(count - ddof, 0)
      : (arrOf(subtract(count, ddof), count.dtype).reshape(-1).tolist() as number[]).map((v) => Math.max(v, 0));
  const dofArr =
    typeof dof === 'number' ? dof : (toArray(dof, toDType('int64')).reshape((count as NDArray).shape) as NDArray);
  if (out) {
    sumKeep(x, axis, d, where, out, keepdims);
    const dv = typeof dofArr === 'number' ? dofArr : (finish(dofArr, axis, a.ndim, keepdims) as NDArray);
    divideBy(out, dv);
    if (root) rootInPlace(out);
    return out;
  }
  const sq = sumKeep(x, axis, d, where, null);
  const one = toOneValue(a, axis, keepdims);
  const r = one ? divideOne(sq, dofArr) : divideBy(sq, dofArr);
  if (root && one) {
    // NumPy's `ret.dtype.type(um.sqrt(ret))`: no `out=`, so no casting check.
    const r1 = r.ndim === 0 ? r.reshape([1]) : r;
    native.castCopy(sqrt(r1) as NDArray, r1);
  } else if (root) rootInPlace(r);
  return finish(r, axis, x.ndim, keepdims);
}

const meanParams = params('a', 'axis', 'dtype', 'out', 'keepdims', '*', 'where');

/** `np.mean(a, axis=None, dtype=None, out=None, keepdims, *, where)`. */
export function mean(...args: unknown[]): R {
  const p = parseArgs('mean', args, meanParams);
  return meanImpl(arr(p.a), p.axis, dt(p.dtype), outArg(p.out), kd(p.keepdims), p.where);
}

const VAR_PARAMS = params('a', 'axis', 'dtype', 'out', 'ddof', 'keepdims', '*', 'where', 'mean', 'correction');

function ddofOf(p: Record<string, unknown>): number {
  if (p.correction !== NO_VALUE) {
    if (p.ddof !== 0) throw new ValueError("ddof and correction can't be provided simultaneously.");
    return Number(p.correction);
  }
  return Number(p.ddof);
}

/** `np.var(a, axis=None, dtype=None, out=None, ddof=0, keepdims, *, where, mean, correction)`. */
export function variance(...args: unknown[]): R {
  const p = parseArgs('var', args, VAR_PARAMS);
  return varImpl(arr(p.a), p.axis, dt(p.dtype), outArg(p.out), ddofOf(p), kd(p.keepdims), p.where, false, p.mean);
}

/** `np.std(a, axis=None, dtype=None, out=None, ddof=0, keepdims, *, where, mean, correction)`. */
export function std(...args: unknown[]): R {
  const p = parseArgs('std', args, VAR_PARAMS);
  return varImpl(arr(p.a), p.axis, dt(p.dtype), outArg(p.out), ddofOf(p), kd(p.keepdims), p.where, true, p.mean);
}

const AVERAGE_PARAMS: Param[] = [
  { name: 'a' },
  { name: 'axis', default: null },
  { name: 'weights', default: null },
  { name: 'returned', default: false },
  { name: 'keepdims', default: NO_VALUE, kwOnly: true },
];

/** `np.average(a, axis=None, weights=None, returned=False, *, keepdims)`. */
export function average(...args: unknown[]): R | R[] {
  const p = parseArgs('average', args, AVERAGE_PARAMS);
  const a = arr(p.a);
  const keep = kd(p.keepdims);
  if (p.axis !== null) axisTuple(p.axis, a.ndim, 'axis');
  let avg: NDArray;
  let scl: NDArray;
  if (p.weights === null) {
    // (A 0-d input's mean, as a 0-d array.)
    // (NumPy's `a.mean(axis)`: one value when every axis is reduced without keepdims.)
    const one = toOneValue(a, p.axis, keep);
    avg =
      a.ndim === 0
        ? (meanImpl(a.reshape([1]), 0, null, null, true, NO_VALUE, one) as NDArray).reshape([])
        : (meanImpl(a, p.axis, null, null, true, NO_VALUE, one) as NDArray);
    // NumPy's scale `a.size / avg.size`, a Python division.
    if (avg.size === 0) throw new ZeroDivisionError('division by zero');
    scl = allocate(avg.shape, avg.dtype);
    fillWith(scl, a.size / Math.max(avg.size, 1));
  } else {
    let w = arr(p.weights);
    const rdt = isIntLike(a.dtype)
      ? resultTypeOf([a.dtype, w.dtype, toDType('float64')], [])
      : resultTypeOf([a.dtype, w.dtype], []);
    if (a.shape.join() !== w.shape.join()) {
      if (p.axis === null) throw new TypeError('Axis must be specified when shapes of a and weights differ.');
      if (w.ndim !== 1) throw new TypeError('1D weights expected when shapes of a and weights differ.');
      const axes = parseAxes(p.axis, a.ndim);
      if (axes.length !== 1) throw new TypeError('1D weights expected when shapes of a and weights differ.');
      const ax = axes[0];
      if (w.shape[0] !== a.shape[ax]) throw new ValueError('Length of weights not compatible with specified axis.');
      w = w._view(
        w._offset,
        a.shape.map((n, i) => (i === ax ? n : 1)),
        a.shape.map((_, i) => (i === ax ? w.strides[0] : 0)),
      );
    }
    scl = sumKeep(w, p.axis, rdt, NO_VALUE, null);
    if (
      (scl.reshape(-1).tolist() as unknown[]).some(
        (v) =>
          v === 0 ||
          (typeof v === 'object' && v !== null && (v as { re: number }).re === 0 && (v as { im: number }).im === 0),
      )
    ) {
      throw new ZeroDivisionError("Weights sum to zero, can't be normalized");
    }
    const prod = arrOf(multiply(a, w, { dtype: rdt }), rdt);
    const tot = sumKeep(prod, p.axis, null, NO_VALUE, null);
    avg = arrOf(divide(tot, scl), promoteTypes(tot.dtype, scl.dtype));
    if (scl.shape.join() !== avg.shape.join()) {
      const full = allocate(avg.shape, scl.dtype);
      native.castCopy(bcast(scl, avg.shape), full);
      scl = full;
    }
  }
  const res = finish(avg, p.axis, a.ndim, keep);
  if (!p.returned) return res;
  if (scl.dtype !== avg.dtype) {
    const c = avg.copy() as NDArray;
    native.castCopy(scl.reshape(c.shape) as NDArray, c);
    scl = c;
  }
  return [res, finish(scl, p.axis, a.ndim, keep)];
}
