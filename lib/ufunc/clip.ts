/**
 * `np.clip` and `ndarray.clip`, as NumPy 2 defines them on top of the
 * three-input `clip` ufunc (`numpy._core.umath.clip`, loops `TTT->T` for
 * every dtype; native op `clip` in native/src/kernels/compare.rs).
 *
 * Elementwise `clip(x, lo, hi) = min'(max'(x, lo), hi)`, where `max'(a, b)`
 * is `a` when `a` is NaN and otherwise `a > b ? a : b` (`min'` likewise):
 * a NaN in `x` or in a bound propagates, and `lo > hi` gives `hi`.
 *
 * `ndarray.clip(min=None, max=None, out=None, **kwargs)` follows NumPy's
 * `_clip`: for integer arrays a Python int bound at or beyond the dtype's
 * range is dropped (NEP 50: no value-based promotion), then no bounds is
 * `positive(a)`, one bound is `minimum`/`maximum`, both is the ufunc.
 * `**kwargs` are the ufunc options (`where`, `casting`, `order`, `dtype`,
 * `subok`, `signature`). `np.clip(a, a_min, a_max, out=None, *, min, max)`
 * checks its arguments as NumPy does and calls the method on
 * `asarray(a)`; a 0-d result comes back as a JS scalar (a ufunc result).
 */
import { type Param, parseArgs } from '../args';
import { toArray } from '../core/convert';
import type { Scalar } from '../core/elements';
import { NDArray, isNDArray } from '../core/ndarray';
import { iinfo } from '../dtype/finfo';
import { ValueError } from '../errors';
import { maximum, minimum } from './index';
import { NO_VALUE } from './methods';
import { ALL_CHARS, same } from './table';
import { makeUfunc } from './ufunc';
import { positive } from './unary';

/** The ufunc behind `np.clip` (NumPy's `np._core.umath.clip`). */
const clipUfunc = makeUfunc({ name: 'clip', nin: 3, nout: 1, identity: null, types: same(ALL_CHARS, 3, 1) });

const UFUNC_OPTIONS = ['where', 'casting', 'order', 'dtype', 'subok', 'signature', 'sig'];
const optionParams: Param[] = UFUNC_OPTIONS.map((name) => ({ name, default: NO_VALUE, kwOnly: true }));

/** A Python `int`: a bigint or an integral JS number other than `-0` (API.md §3). */
function isPyInt(v: unknown): v is number | bigint {
  return typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v) && !Object.is(v, -0));
}

/** The ufunc options given (NumPy's `**kwargs`), plus `out` when not None. */
function ufuncOptions(p: Record<string, unknown>): Record<string, unknown> {
  const opts: Record<string, unknown> = {};
  for (const k of UFUNC_OPTIONS) if (p[k] !== NO_VALUE) opts[k] = p[k];
  if (p.out !== null && p.out !== undefined) opts.out = p.out;
  return opts;
}

/** NumPy's `_methods._clip(a, min, max, out=None, **kwargs)`. */
function clipArray(a: NDArray, lo: unknown, hi: unknown, opts: Record<string, unknown>): NDArray | Scalar {
  if (a.dtype.kind === 'i' || a.dtype.kind === 'u') {
    const info = iinfo(a.dtype);
    if (isPyInt(lo) && BigInt(lo) <= BigInt(info.min)) lo = null;
    if (isPyInt(hi) && BigInt(hi) >= BigInt(info.max)) hi = null;
  }
  const loNone = lo === null || lo === undefined;
  const hiNone = hi === null || hi === undefined;
  // Single-output ufuncs: the result is one array or scalar. (Without
  // options they are called without an options object, which lets them take
  // their short paths.)
  const plain = Object.keys(opts).length === 0;
  if (loNone && hiNone) return (plain ? positive(a) : positive(a, opts)) as NDArray | Scalar;
  if (loNone) return (plain ? minimum(a, hi) : minimum(a, hi, opts)) as NDArray | Scalar;
  if (hiNone) return (plain ? maximum(a, lo) : maximum(a, lo, opts)) as NDArray | Scalar;
  return (plain ? clipUfunc(a, lo, hi) : clipUfunc(a, lo, hi, opts)) as NDArray | Scalar;
}

const methodParams: Param[] = [
  { name: 'a' },
  { name: 'min', default: null },
  { name: 'max', default: null },
  { name: 'out', default: null },
  ...optionParams,
];

declare module '../core/ndarray' {
  interface NDArray {
    /** `a.clip(min=None, max=None, out=None, **kwargs)`. */
    clip(...args: unknown[]): NDArray | Scalar;
  }
}

NDArray.prototype.clip = function (this: NDArray, ...args: unknown[]): NDArray | Scalar {
  // NumPy's method forwards to `_clip(a, min, max, out, **kwargs)`, whose errors name it.
  const p = parseArgs('_clip', [this, ...args], methodParams);
  return clipArray(this, p.min, p.max, ufuncOptions(p));
};

const clipParams: Param[] = [
  { name: 'a' },
  { name: 'a_min', default: NO_VALUE },
  { name: 'a_max', default: NO_VALUE },
  { name: 'out', default: null },
  { name: 'min', default: NO_VALUE, kwOnly: true },
  { name: 'max', default: NO_VALUE, kwOnly: true },
  ...optionParams,
];

/** `np.clip(a, a_min=<no value>, a_max=<no value>, out=None, *, min=<no value>, max=<no value>, **kwargs)`. */
export function clip(...args: unknown[]): NDArray | Scalar {
  const p = parseArgs('clip', args, clipParams);
  let lo = p.a_min;
  let hi = p.a_max;
  if (lo === NO_VALUE && hi === NO_VALUE) {
    lo = p.min === NO_VALUE ? null : p.min;
    hi = p.max === NO_VALUE ? null : p.max;
  } else if (lo === NO_VALUE) {
    throw new TypeError("clip() missing 1 required positional argument: 'a_min'");
  } else if (hi === NO_VALUE) {
    throw new TypeError("clip() missing 1 required positional argument: 'a_max'");
  } else if (p.min !== NO_VALUE || p.max !== NO_VALUE) {
    throw new ValueError('Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden.');
  }
  const a = isNDArray(p.a) ? p.a : toArray(p.a, null, null);
  return clipArray(a, lo, hi, ufuncOptions(p));
}
