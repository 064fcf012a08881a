/**
 * NaN-ignoring reductions, as NumPy's nanfunctions compute them: NaNs are
 * replaced (0 for sums and means, 1 for products, ±inf for arg-extremes)
 * and the ordinary reduction runs; nanmin/nanmax reduce with fmin/fmax.
 * All-NaN slices warn ("All-NaN slice encountered") or raise for
 * nanargmin/nanargmax; empty counts warn and give NaN. nanvar/nanstd take
 * NumPy 2's `mean=`: it replaces the NaN-ignoring mean and is subtracted
 * into the NaN-zeroed copy with an unsafe cast (so it must broadcast to the
 * input's shape, as the keepdims mean does). nansum/nanmean/nanvar/nanstd
 * of float32/float64 in their common form (contiguous, no dtype/out/where/
 * mean/initial) are one fused native call (./moments.ts) with the same
 * results, without the NaN-zeroed copy and mask.
 */
import { parseArgs } from '../args';
import { warnComplexCast } from '../core/complexwarning';
import { toArray } from '../core/convert';
import type { Scalar } from '../core/elements';
import { errstate } from '../core/errstate';
import { copyto } from '../core/memory';
import type { NDArray } from '../core/ndarray';
import { type DType, dtype as toDType } from '../dtype/dtype';
import { ValueError } from '../errors';
import * as native from '../native';
import { divide, isnan, multiply, sqrt, subtract } from '../ufunc';
import { NO_VALUE, REDUCERS, accumulateArray, outArg, reduceArray, reduceResult } from '../ufunc/methods';
import { conjugate } from '../ufunc/unary';
import { arr, arrOf, dt, finish, kd, params, replaceNan, setFlat, warn } from './common';
import { argExtreme } from './minmax';
import { MEAN, STD, SUM, VAR, fusedMoments } from './moments';
import { meanImpl, varImpl } from './stats';
import { cumulative } from './sum';

type R = NDArray | Scalar;

function hasNan(r: R): boolean {
  if (typeof r === 'number') return Number.isNaN(r);
  if (typeof r === 'object' && r !== null && !('shape' in r)) {
    const c = r as { re: number; im: number };
    return Number.isNaN(c.re) || Number.isNaN(c.im);
  }
  if (typeof r !== 'object' || r === null) return false;
  const a = r as NDArray;
  return (a.dtype.kind === 'f' || a.dtype.kind === 'c') && (toArray(isnan(a), toDType('bool')).any() as boolean);
}

function nanReduce(op: string, fname: string, fill: number) {
  const ps = params('a', 'axis', 'dtype', 'out', 'keepdims', 'initial', 'where');
  return (...args: unknown[]): R => {
    const p = parseArgs(fname, args, ps);
    if (op === 'add' && p.initial === NO_VALUE) {
      // float32/float64 in the common form: one fused pass that adds NaNs
      // as +0.0 in NumPy's order, without the NaN-zeroed copy.
      const input = arr(p.a);
      const opts = { dtype: dt(p.dtype), out: outArg(p.out), where: p.where };
      const fused = fusedMoments(input, p.axis, SUM, true, 0, kd(p.keepdims), opts);
      if (fused !== null) return fused.value;
    }
    const [a] = replaceNan(arr(p.a), fill);
    return reduceResult(REDUCERS[op], a, {
      axis: p.axis,
      dtype: dt(p.dtype),
      out: outArg(p.out),
      keepdims: kd(p.keepdims),
      initial: p.initial,
      where: p.where,
    });
  };
}

/** `np.nansum`: sum with NaNs as 0. */
export const nansum = nanReduce('add', 'nansum', 0);
/** `np.nanprod`: product with NaNs as 1. */
export const nanprod = nanReduce('multiply', 'nanprod', 1);

function nanExtreme(op: string, fname: string) {
  const ps = params('a', 'axis', 'out', 'keepdims', 'initial', 'where');
  return (...args: unknown[]): R => {
    const p = parseArgs(fname, args, ps);
    const r = reduceResult(REDUCERS[op], arr(p.a), {
      axis: p.axis,
      dtype: null,
      out: outArg(p.out),
      keepdims: kd(p.keepdims),
      initial: p.initial,
      where: p.where,
    });
    if (hasNan(r)) warn('All-NaN slice encountered');
    return r;
  };
}

/** `np.nanmax`: fmax.reduce. */
export const nanmax = nanExtreme('fmax', 'nanmax');
/** `np.nanmin`: fmin.reduce. */
export const nanmin = nanExtreme('fmin', 'nanmin');

function nanArg(fname: string, isMax: boolean) {
  const ps = params('a', 'axis', 'out', '*', 'keepdims');
  return (...args: unknown[]): R => {
    const p = parseArgs(fname, args, ps);
    const [a, mask] = replaceNan(arr(p.a), isMax ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY);
    if (mask !== null && mask.size > 0) {
      const allNan = reduceArray(REDUCERS.logical_and, mask, {
        axis: p.axis,
        dtype: null,
        out: null,
        keepdims: false,
        initial: NO_VALUE,
        where: true,
      });
      const bad =
        typeof allNan === 'boolean' ? allNan : ((allNan as NDArray).reshape(-1).tolist() as boolean[]).some((x) => x);
      if (bad) throw new ValueError('All-NaN slice encountered');
    }
    return argExtreme(fname.slice(3), isMax, a, p.axis, outArg(p.out), kd(p.keepdims));
  };
}

/** `np.nanargmax`. */
export const nanargmax = nanArg('nanargmax', true);
/** `np.nanargmin`. */
export const nanargmin = nanArg('nanargmin', false);

/** `np.nancumsum`. */
export const nancumsum = cumulative('add', 'nancumsum', (a) => replaceNan(a, 0)[0]);
/** `np.nancumprod`. */
export const nancumprod = cumulative('multiply', 'nancumprod', (a) => replaceNan(a, 1)[0]);

/** NumPy's checks of a NaN-aware mean/var/std on inexact input: `dtype` and `out` must be inexact too. */
function checkInexact(dtype: DType | null, out: NDArray | null): void {
  const inexact = (d: DType) => d.kind === 'f' || d.kind === 'c';
  if (dtype !== null && !inexact(dtype)) throw new TypeError('If a is inexact, then dtype must be inexact');
  if (out !== null && !inexact(out.dtype)) throw new TypeError('If a is inexact, then out must be inexact');
}

/** Sum of non-NaN counts and values, kept dims. */
function counts(mask: NDArray, axis: unknown, where: unknown): NDArray {
  const notMask = arrOf(subtract(1, mask.astype('int64')), toDType('int64'));
  return reduceArray(REDUCERS.add, notMask, {
    axis,
    dtype: toDType('int64'),
    out: null,
    keepdims: true,
    initial: NO_VALUE,
    where,
  }) as NDArray;
}

const nanmeanParams = params('a', 'axis', 'dtype', 'out', 'keepdims', '*', 'where');

/** `np.nanmean(a, axis=None, dtype=None, out=None, keepdims, *, where)`. */
export function nanmean(...args: unknown[]): R {
  const p = parseArgs('nanmean', args, nanmeanParams);
  const a0 = arr(p.a);
  const dtype = dt(p.dtype);
  const out = outArg(p.out);
  const keep = kd(p.keepdims);
  const fused = fusedMoments(a0, p.axis, MEAN, true, 0, keep, { dtype, out, where: p.where });
  if (fused) {
    if (fused.degenerate) warn('Mean of empty slice');
    return fused.value;
  }
  const [a, mask] = replaceNan(a0, 0);
  if (mask === null) return meanImpl(a, p.axis, dtype, out, keep, p.where);
  checkInexact(dtype, out);
  const cnt = counts(mask, p.axis, p.where);
  const avg = keptMean(a, p.axis, dtype, p.where, cnt);
  if ((cnt.reshape(-1).tolist() as number[]).some((c) => c === 0)) warn('Mean of empty slice');
  if (out) {
    // NumPy sums into `out` (a reduction's two ComplexWarnings), then divides there.
    warnComplexCast(avg.dtype, out.dtype, 2);
    native.castCopy(avg.reshape(out.shape) as NDArray, out);
    return out;
  }
  return finish(avg, p.axis, a.ndim, keep);
}

/** NumPy's `_divide_by_count`: `a / b` into `a` (unsafe cast), with invalid and divide-by-zero ignored. */
function divideByCount(a: NDArray, b: NDArray): NDArray {
  return errstate(
    { invalid: 'ignore', divide: 'ignore' },
    () => divide(a, b, { out: a, casting: 'unsafe' }) as NDArray,
  );
}

/** The mean over `axis` (dims kept) of NaN-zeroed `a`: its sum divided by the non-NaN counts `cnt`. */
function keptMean(a: NDArray, axis: unknown, dtype: DType | null, where: unknown, cnt: NDArray): NDArray {
  const tot = reduceArray(REDUCERS.add, a, {
    axis,
    dtype,
    out: null,
    keepdims: true,
    initial: NO_VALUE,
    where,
  }) as NDArray;
  return divideByCount(tot, cnt);
}

function nanVar(fname: string, root: boolean) {
  const ps = params('a', 'axis', 'dtype', 'out', 'ddof', 'keepdims', '*', 'where', 'mean', 'correction');
  return (...args: unknown[]): R => {
    const p = parseArgs(fname, args, ps);
    let ddof = Number(p.ddof);
    if (p.correction !== NO_VALUE) {
      if (p.ddof !== 0) throw new ValueError("ddof and correction can't be provided simultaneously.");
      ddof = Number(p.correction);
    }
    const a0 = arr(p.a);
    const dtype = dt(p.dtype);
    const out = outArg(p.out);
    const keep = kd(p.keepdims);
    if (p.mean === NO_VALUE) {
      const fused = fusedMoments(a0, p.axis, root ? STD : VAR, true, ddof, keep, { dtype, out, where: p.where });
      if (fused) {
        if (fused.degenerate) warn('Degrees of freedom <= 0 for slice.');
        return fused.value;
      }
    }
    const [a, mask] = replaceNan(a0, 0);
    if (mask === null) return varImpl(a, p.axis, dtype, out, ddof, keep, p.where, root, p.mean);
    checkInexact(dtype, out);
    const cnt = counts(mask, p.axis, p.where);
    // A given `mean` is used as it is (None included, which NumPy then fails to subtract).
    let avg = p.mean;
    if (avg === NO_VALUE) {
      avg = keptMean(a, p.axis, dtype, p.where, cnt);
    }
    const where = p.where === NO_VALUE ? {} : { where: p.where };
    subtract(a, avg, { out: a, casting: 'unsafe', ...where });
    // NaN positions contribute 0.
    copyto(a, 0, { where: mask });
    // NumPy squares complex deviations as `(a * conj(a)).real`.
    const sqr =
      a.dtype.kind === 'c'
        ? (multiply(a, conjugate(a), { out: a, ...where }) as NDArray).real
        : (multiply(a, a, { out: a, ...where }) as NDArray);
    const v = reduceArray(REDUCERS.add, sqr, {
      axis: p.axis,
      dtype,
      out: null,
      keepdims: true,
      initial: NO_VALUE,
      where: p.where,
    }) as NDArray;
    const dofs = (cnt.reshape(-1).tolist() as number[]).map((c) => c - ddof);
    const dof = arrOf(subtract(cnt, ddof), cnt.dtype);
    const r = divideByCount(v, dof);
    if (dofs.some((d) => d <= 0)) {
      warn('Degrees of freedom <= 0 for slice.');
      dofs.forEach((d, i) => {
        if (d <= 0) setFlat(r, i, Number.NaN);
      });
    }
    if (root) sqrt(r, { out: r });
    if (out) {
      native.castCopy(r.reshape(out.shape) as NDArray, out);
      return out;
    }
    return finish(r, p.axis, a.ndim, keep);
  };
}

/** `np.nanvar`. */
export const nanvar = nanVar('nanvar', false);
/** `np.nanstd`. */
export const nanstd = nanVar('nanstd', true);
